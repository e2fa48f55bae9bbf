#!/usr/bin/python3
"""Oracle values for the traversal tests (BFS, shortest paths, components), from Debian's python3-networkx.

Run: /usr/bin/python3 tests/TestData/paths/make_fixtures.py
Reads the edge lists of tests/TestData/graphs (as TestGraphs.Load does: '#! node x' adds an isolated vertex,
a third column is the weight, read as a distance) and writes paths_fixtures.json beside this script.
"""
import json
import os
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
GRAPHS = os.path.join(HERE, "..", "graphs")
NAMES = ["karate", "florentine", "kite", "directed", "weighted", "directed_weighted", "disconnected"]


def load(name):
    with open(os.path.join(GRAPHS, name + ".edges"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    directed = any(l.startswith("# directed") for l in lines)
    g = nx.DiGraph() if directed else nx.Graph()
    weighted = False
    for l in lines:
        if l.startswith("#! node "):
            g.add_node(l[len("#! node "):].strip())
    for l in lines:
        if not l or l[0] == "#":
            continue
        parts = l.split()
        if len(parts) > 2:
            weighted = True
            g.add_edge(parts[0], parts[1], weight=float(parts[2]))
        else:
            g.add_edge(parts[0], parts[1])
    return g, directed, weighted


def sets(components):
    return sorted(sorted(c) for c in components)


fixtures = {"networkx": nx.__version__, "graphs": {}}
for name in NAMES:
    g, directed, weighted = load(name)
    entry = {"directed": directed, "weighted": weighted}
    entry["hops"] = {s: dict(nx.single_source_shortest_path_length(g, s)) for s in g.nodes()}
    entry["hops_cutoff2"] = {s: dict(nx.single_source_shortest_path_length(g, s, cutoff=2)) for s in g.nodes()}
    if directed:
        r = g.reverse(copy=True)
        entry["hops_in"] = {s: dict(nx.single_source_shortest_path_length(r, s)) for s in g.nodes()}
        u = g.to_undirected(as_view=True)
        entry["hops_both"] = {s: dict(nx.single_source_shortest_path_length(u, s)) for s in g.nodes()}
        entry["strong"] = sets(nx.strongly_connected_components(g))
        entry["weak"] = sets(nx.weakly_connected_components(g))
    else:
        entry["connected"] = sets(nx.connected_components(g))
    if weighted:
        entry["dijkstra"] = {s: dict(nx.single_source_dijkstra_path_length(g, s, weight="weight")) for s in g.nodes()}
        entry["dijkstra_cutoff3"] = {s: dict(nx.single_source_dijkstra_path_length(g, s, cutoff=3.0, weight="weight")) for s in g.nodes()}
        if directed:
            r = g.reverse(copy=True)
            entry["dijkstra_in"] = {s: dict(nx.single_source_dijkstra_path_length(r, s, weight="weight")) for s in g.nodes()}
    fixtures["graphs"][name] = entry

with open(os.path.join(HERE, "paths_fixtures.json"), "w", encoding="utf-8") as f:
    json.dump(fixtures, f, indent=1, sort_keys=True)
    f.write("\n")
print("wrote", os.path.join(HERE, "paths_fixtures.json"))
