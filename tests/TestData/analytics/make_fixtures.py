#!/usr/bin/python3
"""Oracle values for the stakeholder-analytics tests (ego networks, reach, all shortest paths, two-mode projection),
from Debian's python3-networkx 2.8.8.

Run: /usr/bin/python3 tests/TestData/analytics/make_fixtures.py
Reads the edge lists of tests/TestData/graphs as TestGraphs.Load does ('#! node x' adds an isolated vertex, a third
column is the weight, read as a distance) and the seed network, and writes analytics_fixtures.json beside this script.
"""
import json
import os
import networkx as nx
from networkx.algorithms import bipartite

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..")
GRAPHS = os.path.join(HERE, "..", "graphs")
NAMES = ["karate", "florentine", "kite", "directed", "weighted", "directed_weighted", "disconnected"]


def load(name):
    with open(os.path.join(GRAPHS, name + ".edges"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    directed = any(l.startswith("# directed") for l in lines)
    g = nx.DiGraph() if directed else nx.Graph()
    for l in lines:
        if l.startswith("#! node "):
            g.add_node(l[len("#! node "):].strip())
    for l in lines:
        if not l or l[0] == "#":
            continue
        p = l.split()
        if len(p) > 2:
            g.add_edge(p[0], p[1], weight=float(p[2]))
        else:
            g.add_edge(p[0], p[1])
    return g


def ego_entry(g, v, radius, direction):
    if direction == "in":
        h = nx.ego_graph(g.reverse(copy=True), v, radius=radius)
        h = g.subgraph(h.nodes())
    elif direction == "both":
        h = nx.ego_graph(g, v, radius=radius, undirected=True)
    else:
        h = nx.ego_graph(g, v, radius=radius)
    es = nx.effective_size(h)[v] if h.number_of_edges() > 0 and len(list(nx.all_neighbors(h, v))) > 0 else None
    # NetworkX 2.8.8 gives NaN to a directed vertex without successors (the library documents its deviation): no oracle.
    es = None if es is not None and es != es else es
    return {
        "nodes": sorted(h.nodes()),
        "edges": h.number_of_edges(),
        "density": nx.density(h),
        "effectiveSize": es,
    }


def main():
    out = {"graphs": {}}
    for name in NAMES:
        g = load(name)
        directed = g.is_directed()
        weighted = any("weight" in d for _, _, d in g.edges(data=True))
        entry = {"directed": directed, "weighted": weighted}
        directions = ["out", "in", "both"] if directed else ["out"]
        ego = {}
        for direction in directions:
            for radius in (1, 2):
                for v in sorted(g.nodes()):
                    ego[f"{direction}|{radius}|{v}"] = ego_entry(g, v, radius, direction)
        entry["ego"] = ego

        reach = {}
        for direction in directions:
            view = g.reverse(copy=True) if direction == "in" else (g.to_undirected() if direction == "both" else g)
            n = view.number_of_nodes()
            for v in sorted(g.nodes()):
                lengths = nx.single_source_shortest_path_length(view, v)
                row = {f"m{m}": len(nx.single_source_shortest_path_length(view, v, cutoff=m)) - 1 for m in (1, 2, 3)}
                row["reach"] = len(lengths) - 1
                row["distanceWeighted"] = sum(1.0 / d for u, d in lengths.items() if u != v) / (n - 1) if n > 1 else 0.0
                reach[f"{direction}|{v}"] = row
        entry["reach"] = reach

        asp = {}
        nodes = sorted(g.nodes())
        for s in nodes:
            for t in nodes:
                if s == t or (not directed and s > t):
                    continue
                for use_weights in ([False, True] if weighted else [False]):
                    key = f"{'w' if use_weights else 'h'}|{s}|{t}"
                    try:
                        paths = list(nx.all_shortest_paths(g, s, t, weight="weight" if use_weights else None))
                    except nx.NetworkXNoPath:
                        paths = []
                    asp[key] = sorted(paths)
        entry["allShortestPaths"] = asp
        out["graphs"][name] = entry

    # Two-mode projection of the seed network: people through organizations, events and initiatives.
    with open(os.path.join(ROOT, "seeds", "shijingshan-forum-2023.json"), encoding="utf-8") as f:
        seed = json.load(f)
    kind = {s["id"]: s["kind"] for s in seed["stakeholders"]}
    people = [s["id"] for s in seed["stakeholders"] if s["kind"] == "person"]
    groups = {"organization", "event", "initiative"}
    b = nx.Graph()
    b.add_nodes_from(people, bipartite=0)
    for t in seed["ties"]:
        a, c = t["source"], t["target"]
        if kind[a] == "person" and kind[c] in groups:
            b.add_edge(a, c)
        elif kind[c] == "person" and kind[a] in groups:
            b.add_edge(c, a)
    p = bipartite.weighted_projected_graph(b, people)
    out["seedTwoMode"] = sorted([min(u, v), max(u, v), d["weight"]] for u, v, d in p.edges(data=True))

    with open(os.path.join(HERE, "analytics_fixtures.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=None, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
