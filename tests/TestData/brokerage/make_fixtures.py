#!/usr/bin/python3
"""Writes the structural-holes oracle fixtures (Burt 1992) from Debian's python3-networkx 2.8.8.

Run: /usr/bin/python3 tests/TestData/brokerage/make_fixtures.py
Reads the shared graphs in tests/TestData/graphs (and writes two small self-loop graphs next to this script),
writes karate_factions.txt (for make_sna_fixtures.R), key_players.json (Borgatti's key-player objectives of fixed sets and
exhaustive optima, from NetworkX shortest paths), then structural_holes.json: per graph and weighting, NetworkX's constraint, effective_size and
local_constraint, efficiency both as effective size / degree (the NetworkX docs recipe) and as effective size /
number of contacts (Burt), and Burt's hierarchy computed here from NetworkX's local_constraint.
Values that NetworkX reports as NaN for isolated vertices are written as null. On directed graphs NetworkX also
reports NaN for vertices that only receive ties (see case()); those get the formula's value, listed in networkxNaNSinks.
"""
import json
import math
import os
import sys

# NetworkX sums over Python sets; a fixed hash seed fixes their order, so reruns write byte-identical files.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
GRAPHS = os.path.join(HERE, "..", "graphs")


def load(path):
    """Reads an edge list the way tests/Network.Tests/TestGraphs.cs does (same vertex order, same weights)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    directed = any(l.startswith("# directed") for l in lines)
    g = nx.DiGraph() if directed else nx.Graph()
    weighted = False
    for l in lines:
        if l.startswith("#! node "):
            g.add_node(l[len("#! node "):].strip())
    for l in lines:
        if not l or l.startswith("#"):
            continue
        parts = l.split()
        if len(parts) > 2:
            weighted = True
            g.add_edge(parts[0], parts[1], weight=float(parts[2]))
        else:
            g.add_edge(parts[0], parts[1])
    return g, weighted


def contacts(g, v):
    return set(nx.all_neighbors(g, v)) - {v}


def hierarchy(g, v, weight):
    """Burt (1992)'s hierarchy (Coleman-Theil disorder index): H = sum_j (c_j / (C/N)) ln(c_j / (C/N)) / (N ln N) over the contacts j used by constraint."""
    js = set(nx.all_neighbors(g, v))
    n = len(js)
    if n == 0:
        return None
    if n == 1:
        return 0.0
    local = [nx.local_constraint(g, v, j, weight=weight) for j in js]
    total = sum(local)
    if total == 0:
        return None
    s = 0.0
    for c in local:
        r = c * n / total
        if r > 0:
            s += r * math.log(r)
    return s / (n * math.log(n))


def clean(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x


def case(name, g, weight):
    constraint = nx.constraint(g, weight=weight)
    esize = nx.effective_size(g, weight=weight)
    sinks = []
    if g.is_directed():
        # NetworkX 2.8.8 tests len(G[v]) == 0, i.e. out-degree 0 on a DiGraph, and so returns NaN for vertices that
        # only receive ties. Mutual weights a_ij + a_ji do not change when every arc is reversed, so the reversed graph
        # gives the formula's value for those vertices; the library returns that value (documented deviation).
        rev = g.reverse(copy=True)
        rc = nx.constraint(rev, weight=weight)
        re_ = nx.effective_size(rev, weight=weight)
        for v in g.nodes():
            if g.out_degree(v) == 0 and g.in_degree(v) > 0:
                assert math.isnan(constraint[v]) and math.isnan(esize[v])
                sinks.append(v)
                constraint[v] = rc[v]
                esize[v] = re_[v]
    out = {
        "graph": name,
        "useWeights": weight is not None,
        "constraint": {},
        "effectiveSize": {},
        "efficiencyByDegree": {},
        "efficiencyByContacts": {},
        "hierarchy": {},
        "localConstraint": [],
        "networkxNaNSinks": sinks,
    }
    for v in g.nodes():
        out["constraint"][v] = clean(constraint[v])
        out["effectiveSize"][v] = clean(esize[v])
        deg = g.degree(v)
        out["efficiencyByDegree"][v] = clean(esize[v] / deg) if deg > 0 else None
        k = len(contacts(g, v))
        out["efficiencyByContacts"][v] = clean(esize[v] / k) if k > 0 else None
        out["hierarchy"][v] = clean(hierarchy(g, v, weight))
        for u in sorted(set(nx.all_neighbors(g, v)), key=str):
            out["localConstraint"].append([v, u, nx.local_constraint(g, v, u, weight=weight)])
    return out


def write_selfloop_graphs():
    """Two small graphs with self-loops, to pin how NetworkX counts a loop as a neighbour of its own vertex."""
    und = nx.Graph([("a", "b"), ("a", "c"), ("b", "c"), ("c", "d"), ("d", "e"), ("b", "b"), ("d", "d")])
    dig = nx.DiGraph([("a", "b"), ("b", "a"), ("b", "c"), ("c", "d"), ("d", "b"), ("a", "a"), ("c", "c"), ("d", "e")])
    for name, g in (("selfloops", und), ("selfloops_directed", dig)):
        with open(os.path.join(HERE, name + ".edges"), "w", encoding="utf-8") as f:
            f.write(f"# {'directed' if g.is_directed() else 'undirected'}, {g.number_of_nodes()} nodes, "
                    f"{g.number_of_edges()} edges, with self-loops (written by make_fixtures.py)\n")
            for u, v in g.edges():
                f.write(f"{u} {v}\n")


def write_karate_factions():
    """The two factions of Zachary's club (NetworkX's 'club' attribute), read by make_sna_fixtures.R: id group."""
    g = nx.karate_club_graph()
    with open(os.path.join(HERE, "karate_factions.txt"), "w", encoding="utf-8") as f:
        f.write("# vertex faction (0 = Mr. Hi, 1 = Officer), from networkx.karate_club_graph's 'club' attribute\n")
        for v in g.nodes():
            f.write(f"{v} {0 if g.nodes[v]['club'] == 'Mr. Hi' else 1}\n")


def fragmentation(g, removed, distance_weighted):
    """Borgatti (2006) F or D_F of g without `removed`, over ordered pairs (reachability / hop distance along arcs)."""
    h = g.copy()
    h.remove_nodes_from(removed)
    n = h.number_of_nodes()
    total = 0.0
    for s, lengths in nx.all_pairs_shortest_path_length(h):
        for t, d in lengths.items():
            if t != s:
                total += 1.0 / d if distance_weighted else 1.0
    return 1.0 - total / (n * (n - 1))


def reach(g, members, m, distance_weighted):
    """m-reach share or distance-weighted reach of `members` (distance from the nearest member, along out-arcs)."""
    best = {}
    for s in members:
        for t, d in nx.single_source_shortest_path_length(g, s).items():
            best[t] = min(best.get(t, d), d)
    outside = [v for v in g.nodes() if v not in set(members)]
    if distance_weighted:
        total = sum(1.0 / best[v] for v in outside if v in best)
    else:
        total = sum(1 for v in outside if v in best and best[v] <= m)
    return total / len(outside)


def objectives(g, members, m):
    return {
        "components": fragmentation(g, members, False),
        "distanceWeighted": fragmentation(g, members, True),
        "mReach": reach(g, members, m, False),
        "distanceWeightedReach": reach(g, members, m, True),
    }


def key_player_fixtures():
    """Objective values of fixed sets, and the exhaustive optimum of each objective, computed with NetworkX paths."""
    import itertools
    import random
    rng = random.Random(2006)
    scores, optima = [], []
    for name in ["karate", "florentine", "kite", "directed", "weighted", "disconnected"]:
        g, _ = load(os.path.join(GRAPHS, name + ".edges"))
        nodes = list(g.nodes())
        for size in (0, 1, 2, 3, 5):
            members = rng.sample(nodes, size)
            for m in (1, 2):
                if size == 0:
                    scores.append({"graph": name, "set": [], "m": m,
                                   "components": fragmentation(g, [], False), "distanceWeighted": fragmentation(g, [], True)})
                    continue
                scores.append({"graph": name, "set": members, "m": m, **objectives(g, members, m)})
    for name, ks in (("kite", (1, 2, 3)), ("florentine", (1, 2)), ("directed", (1, 2)), ("disconnected", (1, 2, 3))):
        g, _ = load(os.path.join(GRAPHS, name + ".edges"))
        for k in ks:
            best = {}
            for members in itertools.combinations(list(g.nodes()), k):
                for key, value in objectives(g, list(members), 2).items():
                    best[key] = max(best.get(key, -1.0), value)
            optima.append({"graph": name, "k": k, "m": 2, **best})
    with open(os.path.join(HERE, "key_players.json"), "w", encoding="utf-8") as f:
        json.dump({"generator": "make_fixtures.py, networkx " + nx.__version__, "scores": scores, "optima": optima}, f, indent=1)


def main():
    key_player_fixtures()
    write_selfloop_graphs()
    write_karate_factions()
    cases = []
    names = ["karate", "florentine", "kite", "directed", "weighted", "directed_weighted", "disconnected"]
    for name in names:
        g, weighted = load(os.path.join(GRAPHS, name + ".edges"))
        cases.append(case(name, g, None))
        if weighted:
            cases.append(case(name, g, "weight"))
    for name in ("selfloops", "selfloops_directed"):
        g, _ = load(os.path.join(HERE, name + ".edges"))
        cases.append(case("../brokerage/" + name, g, None))
    with open(os.path.join(HERE, "structural_holes.json"), "w", encoding="utf-8") as f:
        json.dump({"generator": "make_fixtures.py, networkx " + nx.__version__, "cases": cases}, f, indent=1)


if __name__ == "__main__":
    main()
