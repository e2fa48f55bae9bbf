#!/usr/bin/python3
"""Oracle values for the community and cohesion tests, from Debian's networkx 2.8.8 and python3-igraph 0.10.2.

Run: /usr/bin/python3 tests/TestData/communities/make_fixtures.py            (classic graphs -> fixtures.json)
     /usr/bin/python3 tests/TestData/communities/make_fixtures.py --lfr      (also regenerate the LFR graphs + lfr.json)

Graphs are read from tests/TestData/graphs/*.edges exactly as the C# TestGraphs.Load reads them (ids are strings).
Every value is keyed by vertex id, so vertex numbering on either side does not matter.
"""
import json
import math
import os
import random
import sys

import networkx as nx
import igraph as ig
from networkx.algorithms import community as nxc

HERE = os.path.dirname(os.path.abspath(__file__))
GRAPHS = os.path.join(HERE, "..", "graphs")


def load(name, directory=GRAPHS):
    lines = open(os.path.join(directory, name + ".edges"), encoding="utf-8").read().splitlines()
    directed = any(l.startswith("# directed") for l in lines)
    g = nx.DiGraph() if directed else nx.Graph()
    weighted = False
    for l in lines:
        if l.startswith("#! node "):
            g.add_node(l[len("#! node "):].strip())
    for l in lines:
        if not l or l[0] == "#":
            continue
        r = l.split()
        if len(r) > 2:
            weighted = True
            g.add_edge(r[0], r[1], weight=float(r[2]))
        else:
            g.add_edge(r[0], r[1])
    return g, weighted


def as_membership(g, communities):
    m = {}
    for i, c in enumerate(communities):
        for v in c:
            m[v] = i
    return {str(v): m[v] for v in g.nodes()}


def to_igraph(g, membership):
    nodes = list(g.nodes())
    return [membership[v] for v in nodes]


def category(v):
    # a deterministic "organisation type" per vertex for attribute assortativity and the E-I index
    return sum(ord(ch) for ch in v) % 3


def ei_index(g, groups):
    """Krackhardt & Stern's E-I index: (E - I) / (E + I), overall and per group (edges counted once, self-loops internal)."""
    e = i = 0
    per = {}
    for u, v in g.edges():
        gu, gv = groups[u], groups[v]
        for grp in {gu, gv}:
            per.setdefault(grp, [0, 0])
        if gu == gv:
            i += 1
            per[gu][1] += 1
        else:
            e += 1
            per[gu][0] += 1
            per[gv][0] += 1
    overall = (e - i) / (e + i) if e + i else None
    return overall, {str(k): ((a - b) / (a + b) if a + b else None) for k, (a, b) in per.items()}


def path_stats(g):
    und = g.to_undirected() if g.is_directed() else g
    out = []
    for comp in sorted(nx.connected_components(und), key=lambda c: min(c, key=lambda x: list(und.nodes()).index(x))):
        sub = und.subgraph(comp)
        n = sub.number_of_nodes()
        out.append({
            "vertices": sorted(comp),
            "diameter": nx.diameter(sub) if n > 1 else 0,
            "average_shortest_path_length": nx.average_shortest_path_length(sub) if n > 1 else 0.0,
        })
    return out


def clean(x):
    """JSON has no NaN: write null (the tests read null as 'the oracle gives NaN')."""
    if isinstance(x, float) and math.isnan(x):
        return None
    if isinstance(x, dict):
        return {k: clean(v) for k, v in x.items()}
    if isinstance(x, list):
        return [clean(v) for v in x]
    return x


def classic():
    fixtures = {}
    for name in ["karate", "florentine", "kite", "weighted", "directed", "directed_weighted", "disconnected"]:
        g, weighted = load(name)
        w = "weight" if weighted else None
        f = {"directed": g.is_directed(), "weighted": weighted}
        # partitions to score: label propagation, a seeded NetworkX Louvain, and a category grouping
        partitions = {}
        if not g.is_directed():
            partitions["lpa"] = as_membership(g, nxc.label_propagation_communities(g))
            partitions["greedy"] = as_membership(g, nxc.greedy_modularity_communities(g, weight=w))
        partitions["louvain_nx"] = as_membership(g, nxc.louvain_communities(g, weight="weight", seed=1))
        partitions["category"] = {v: category(v) for v in g.nodes()}
        partitions["singletons"] = {v: i for i, v in enumerate(g.nodes())}
        partitions["whole"] = {v: 0 for v in g.nodes()}
        f["partitions"] = partitions
        f["modularity"] = {}
        for pname, memb in partitions.items():
            groups = {}
            for v, c in memb.items():
                groups.setdefault(c, set()).add(v)
            comms = list(groups.values())
            for res in [1.0, 0.5, 2.0]:
                f["modularity"][f"{pname}@{res}"] = nxc.modularity(g, comms, weight="weight", resolution=res)
        f["louvain_nx_modularity"] = f["modularity"]["louvain_nx@1.0"]
        und = g
        f["clustering"] = nx.clustering(g)
        f["clustering_weighted"] = nx.clustering(g, weight="weight") if weighted else None
        f["average_clustering"] = nx.average_clustering(g)
        if not g.is_directed():
            f["triangles"] = nx.triangles(g)
            f["transitivity"] = nx.transitivity(g)
        f["core_number"] = nx.core_number(g)
        f["density"] = nx.density(g)
        f["degree_assortativity"] = nx.degree_assortativity_coefficient(g) if g.number_of_edges() else None
        nx.set_node_attributes(g, {v: category(v) for v in g.nodes()}, "category")
        f["categories"] = {v: category(v) for v in g.nodes()}
        f["attribute_assortativity"] = nx.attribute_assortativity_coefficient(g, "category")
        overall, per = ei_index(g, f["categories"])
        f["ei_index"] = {"overall": overall, "per_group": per}
        f["path_stats"] = path_stats(g)
        fixtures[name] = f
        # fix NaN (degree assortativity of regular graphs) for JSON
        for key in ["degree_assortativity", "attribute_assortativity"]:
            if f[key] is not None and (isinstance(f[key], float) and math.isnan(f[key])):
                f[key] = None

    # partition comparison against igraph on random labellings of 60 vertices, plus edge cases
    rng = random.Random(3)
    comparisons = []
    cases = [
        ([rng.randrange(4) for _ in range(60)], [rng.randrange(5) for _ in range(60)]),
        ([v // 10 for v in range(60)], [v // 12 for v in range(60)]),
        ([v // 10 for v in range(60)], [(v // 10 + 3) % 6 for v in range(60)]),
        ([v % 2 for v in range(60)], [v // 30 for v in range(60)]),
        ([0] * 10, [v for v in range(10)]),
        ([0] * 10, [0] * 10),
        ([v for v in range(10)], [v for v in range(10)]),
    ]
    for a, b in cases:
        comparisons.append({
            "a": a, "b": b,
            "nmi": ig.compare_communities(a, b, method="nmi"),
            "ari": ig.compare_communities(a, b, method="adjusted_rand"),
        })
    fixtures["_comparisons"] = comparisons
    with open(os.path.join(HERE, "fixtures.json"), "w", encoding="utf-8") as fh:
        json.dump(clean(fixtures), fh, indent=1, sort_keys=True)


LFR_MUS = [0.1, 0.2, 0.3, 0.4]


def lfr():
    """LFR graphs (Lancichinetti, Fortunato & Radicchi 2008) and igraph's Louvain/Leiden quality on them."""
    results = {}
    for mu in LFR_MUS:
        name = f"lfr_mu{mu}"
        for seed in range(1, 50):
            try:
                g = nx.LFR_benchmark_graph(1000, 3, 1.5, mu, average_degree=10, min_community=20, seed=seed)
                break
            except nx.ExceededMaxIterations:
                continue
        g.remove_edges_from(nx.selfloop_edges(g))
        planted = {}
        for v in sorted(g.nodes()):
            key = min(g.nodes[v]["community"])
            planted.setdefault(key, len(planted))
        membership = {str(v): planted[min(g.nodes[v]["community"])] for v in g.nodes()}
        with open(os.path.join(HERE, name + ".edges"), "w", encoding="utf-8") as fh:
            fh.write(f"# LFR_benchmark_graph(1000, tau1=3, tau2=1.5, mu={mu}, average_degree=10, min_community=20, seed={seed})\n")
            fh.write(f"# undirected, {g.number_of_nodes()} nodes, {g.number_of_edges()} edges\n")
            for v in sorted(g.nodes()):
                if g.degree(v) == 0:
                    fh.write(f"#! node {v}\n")
            for u, v in sorted(g.edges()):
                fh.write(f"{u} {v}\n")
        # igraph on the same file, vertex order as in the file
        gg, _ = load(name, HERE)
        nodes = list(gg.nodes())
        index = {v: i for i, v in enumerate(nodes)}
        h = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in gg.edges()])
        truth = [membership[v] for v in nodes]
        runs = {"multilevel": [], "leiden": []}
        for s in range(20):
            random.seed(s)
            ig.set_random_number_generator(random)
            ml = h.community_multilevel()
            ld = h.community_leiden(objective_function="modularity", n_iterations=-1)
            for key, cl in [("multilevel", ml), ("leiden", ld)]:
                runs[key].append({
                    "modularity": h.modularity(cl.membership),
                    "nmi": ig.compare_communities(truth, cl.membership, method="nmi"),
                })
        summary = {}
        for key, rs in runs.items():
            summary[key] = {
                "mean_modularity": sum(r["modularity"] for r in rs) / len(rs),
                "mean_nmi": sum(r["nmi"] for r in rs) / len(rs),
                "runs": rs,
            }
        results[name] = {
            "mu": mu, "seed": seed, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
            "planted": membership,
            "planted_modularity": h.modularity(truth),
            "igraph": summary,
        }
        print(name, seed, g.number_of_edges(), {k: (round(v["mean_modularity"], 4), round(v["mean_nmi"], 4)) for k, v in summary.items()})
    with open(os.path.join(HERE, "lfr.json"), "w", encoding="utf-8") as fh:
        json.dump(clean(results), fh, indent=1, sort_keys=True)


if __name__ == "__main__":
    classic()
    if "--lfr" in sys.argv:
        lfr()
