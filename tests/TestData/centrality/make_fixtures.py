#!/usr/bin/python3
"""Writes the centrality oracle fixtures, one JSON file per test graph, from Debian's networkx 2.8.8 and igraph 0.10.2.

Run: /usr/bin/python3 tests/TestData/centrality/make_fixtures.py
Reads tests/TestData/graphs/*.edges exactly as tests/Network.Tests/TestGraphs.cs does (header line '# directed',
'#! node <id>' lines for isolated vertices first, third column as weight, a repeated edge keeps its last weight).

Every score map is keyed by vertex id. A measure that NetworkX refuses (no convergence) is stored as
{"error": "<exception name>"}; the C# tests then expect the library to refuse too. NaN (igraph's closeness of an
isolated vertex) is stored as null.
"""
import json
import math
import os
import random
import warnings

import igraph
import networkx as nx
from networkx.algorithms.link_analysis.hits_alg import _hits_python

warnings.simplefilter("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
GRAPHS = os.path.join(HERE, "..", "graphs")
NAMES = ["karate", "florentine", "kite", "directed", "weighted", "directed_weighted", "disconnected"]
SAMPLE_SEED = 42


def load(name):
    with open(os.path.join(GRAPHS, name + ".edges"), encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f]
    directed = any(line.startswith("# directed") for line in lines)
    g = nx.DiGraph() if directed else nx.Graph()
    for line in lines:
        if line.startswith("#! node "):
            g.add_node(line[len("#! node "):].strip())
    rows = [line.split() for line in lines if line and not line.startswith("#")]
    weighted = any(len(r) > 2 for r in rows)
    for r in rows:
        if weighted:
            g.add_edge(r[0], r[1], weight=float(r[2]))
        else:
            g.add_edge(r[0], r[1])
    return g, weighted


def clean(d):
    out = {}
    for k, v in d.items():
        v = float(v)
        out[str(k)] = None if math.isnan(v) else v
    return out


def guarded(fn):
    try:
        return fn()
    except nx.PowerIterationFailedConvergence as e:
        return {"error": type(e).__name__}
    except (nx.NetworkXException, ZeroDivisionError, ValueError, ArithmeticError) as e:
        return {"error": type(e).__name__}


def edge_list(d):
    return [[str(u), str(v), float(x)] for (u, v), x in d.items()]


def to_igraph(g, weighted):
    names = [str(v) for v in g.nodes()]
    index = {v: i for i, v in enumerate(g.nodes())}
    ig = igraph.Graph(n=len(names), edges=[(index[u], index[v]) for u, v in g.edges()], directed=g.is_directed())
    ig.vs["name"] = names
    if weighted:
        ig.es["weight"] = [d["weight"] for _, _, d in g.edges(data=True)]
    return ig, names


def igraph_measures(g, weighted, connected):
    ig, names = to_igraph(g, weighted)
    w = "weight" if weighted else None
    by_name = lambda values: clean(dict(zip(names, values)))
    out = {
        # igraph's betweenness is NetworkX's normalized=False (undirected pairs counted once)
        "betweenness_raw": by_name(ig.betweenness(directed=g.is_directed(), weights=w)),
        # igraph's normalized closeness is (reached-1)/sum of distances: NetworkX's wf_improved=False; mode "in" is NetworkX's
        "closeness_no_wf": by_name(ig.closeness(mode="in", weights=w, normalized=True)),
        "harmonic_normalized": by_name(ig.harmonic_centrality(mode="in", weights=w, normalized=True)),
        "pagerank": by_name(ig.pagerank(directed=g.is_directed(), damping=0.85, weights=w)),
        "hubs": by_name(normalise_sum(ig.hub_score(weights=w, scale=True))),
        "authorities": by_name(normalise_sum(ig.authority_score(weights=w, scale=True))),
    }
    if connected and not g.is_directed():
        ev = ig.eigenvector_centrality(directed=False, scale=True, weights=w)
        norm = math.sqrt(sum(x * x for x in ev))
        out["eigenvector"] = by_name([x / norm for x in ev])
    return out


def normalise_sum(values):
    s = sum(values)
    return [x / s for x in values]


def fixtures(name):
    g, weighted = load(name)
    n = len(g)
    directed = g.is_directed()
    w = "weight" if weighted else None
    connected = nx.is_weakly_connected(g) if directed else nx.is_connected(g)
    rng = random.Random(SAMPLE_SEED)
    k = n // 2
    sample = [str(v) for v in rng.sample(list(g.nodes()), k)]

    m = {}
    m["degree"] = clean(dict(g.degree()))
    m["degree_centrality"] = clean(nx.degree_centrality(g))
    m["strength"] = clean(dict(g.degree(weight="weight")))
    if directed:
        m["in_degree"] = clean(dict(g.in_degree()))
        m["out_degree"] = clean(dict(g.out_degree()))
        m["in_degree_centrality"] = clean(nx.in_degree_centrality(g))
        m["out_degree_centrality"] = clean(nx.out_degree_centrality(g))
        m["in_strength"] = clean(dict(g.in_degree(weight="weight")))
        m["out_strength"] = clean(dict(g.out_degree(weight="weight")))

    # path measures: unweighted (NetworkX's default) and, for weighted graphs, weights read as distances
    for suffix, wt in [("", None)] + ([("_weighted", "weight")] if weighted else []):
        m["betweenness" + suffix] = clean(nx.betweenness_centrality(g, weight=wt))
        m["betweenness_raw" + suffix] = clean(nx.betweenness_centrality(g, normalized=False, weight=wt))
        m["betweenness_endpoints" + suffix] = clean(nx.betweenness_centrality(g, endpoints=True, weight=wt))
        m["betweenness_endpoints_raw" + suffix] = clean(nx.betweenness_centrality(g, normalized=False, endpoints=True, weight=wt))
        # NetworkX draws the k sources with random.Random(seed).sample(list(G), k); the draw is recorded so the C# test
        # can pass the same sources explicitly (the library's own seeded draw uses a different generator).
        m["betweenness_k" + suffix] = clean(nx.betweenness_centrality(g, k=k, seed=SAMPLE_SEED, weight=wt))
        m["betweenness_k_raw_endpoints" + suffix] = clean(
            nx.betweenness_centrality(g, k=k, seed=SAMPLE_SEED, normalized=False, endpoints=True, weight=wt))
        m["edge_betweenness" + suffix] = edge_list(nx.edge_betweenness_centrality(g, weight=wt))
        m["edge_betweenness_raw" + suffix] = edge_list(nx.edge_betweenness_centrality(g, normalized=False, weight=wt))
        m["closeness" + suffix] = clean(nx.closeness_centrality(g, distance=wt))
        m["closeness_no_wf" + suffix] = clean(nx.closeness_centrality(g, distance=wt, wf_improved=False))
        m["harmonic" + suffix] = clean(nx.harmonic_centrality(g, distance=wt))

    # strength measures: NetworkX's default weight argument, and (weighted graphs) the weights read as they are
    m["eigenvector"] = guarded(lambda: clean(nx.eigenvector_centrality(g)))
    m["katz"] = guarded(lambda: clean(nx.katz_centrality(g)))
    m["katz_raw"] = guarded(lambda: clean(nx.katz_centrality(g, normalized=False)))
    m["pagerank_unweighted"] = guarded(lambda: clean(nx.pagerank(g, weight=None)))
    m["pagerank"] = guarded(lambda: clean(nx.pagerank(g)))
    nodes = list(g.nodes())
    personalization = {v: float(1 + (i % 3)) for i, v in enumerate(nodes)}
    dangling = {v: float(1 + (i % 2)) for i, v in enumerate(nodes)}
    m["pagerank_personalized"] = guarded(lambda: clean(nx.pagerank(g, personalization=personalization)))
    m["pagerank_dangling"] = guarded(lambda: clean(nx.pagerank(g, personalization=personalization, dangling=dangling)))
    m["pagerank_alpha_0_5"] = guarded(lambda: clean(nx.pagerank(g, alpha=0.5)))
    hits_python = guarded(lambda: tuple(clean(x) for x in _hits_python(g)))
    if isinstance(hits_python, tuple):
        m["hubs"], m["authorities"] = hits_python
    else:
        m["hubs"] = m["authorities"] = hits_python
    hits_svd = guarded(lambda: tuple(clean(x) for x in nx.hits(g)))
    if isinstance(hits_svd, tuple):
        m["hubs_svd"], m["authorities_svd"] = hits_svd
    if weighted:
        m["eigenvector_weighted"] = guarded(lambda: clean(nx.eigenvector_centrality(g, weight="weight")))
        m["katz_weighted"] = guarded(lambda: clean(nx.katz_centrality(g, weight="weight")))

    return {
        "graph": name,
        "directed": directed,
        "weighted": weighted,
        "connected": connected,
        "nodes": [str(v) for v in nodes],
        "sample": {"seed": SAMPLE_SEED, "k": k, "sources": sample},
        "personalization": {str(k): v for k, v in personalization.items()},
        "dangling": {str(k): v for k, v in dangling.items()},
        "networkx": m,
        "igraph": igraph_measures(g, weighted, connected),
        "versions": {"networkx": nx.__version__, "igraph": igraph.__version__},
    }


def main():
    for name in NAMES:
        data = fixtures(name)
        with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1, sort_keys=False)
            f.write("\n")
        errors = [k for k, v in data["networkx"].items() if isinstance(v, dict) and "error" in v]
        print(name, "n=%d" % len(data["nodes"]), "refused:", errors)


if __name__ == "__main__":
    main()
