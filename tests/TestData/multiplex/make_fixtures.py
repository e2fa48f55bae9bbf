#!/usr/bin/python3
"""Oracle values for the multiplex tests, from Debian's networkx 2.8.8, python3-igraph 0.10.2 and python3-leidenalg 0.9.1.

Run: /usr/bin/python3 tests/TestData/multiplex/make_fixtures.py   (writes fixtures.json beside this script)

1. "hand": a small three-layer network defined below; per layer NetworkX degree, betweenness, density and components
   of the layer's edges, the Jaccard overlap of the layers' pair sets, the Pearson correlation of the layer degrees
   (statistics.correlation), overlapping degree and Battiston et al.'s participation coefficient.
2. "seed": the curated seed network read as one layer per tie type (undirected, unweighted, every stakeholder a node
   of every layer); NetworkX degree and betweenness per layer, and the participation coefficient.
3. "generated": multiplex graphs with planted communities (three layers, each keeping a community's ties with its own
   probability); leidenalg's optimise_partition_multiplex with one ModularityVertexPartition per layer (resolution 1,
   layer weights 1, leidenalg's default refinement) and n_iterations=-1 (iterate until an iteration improves nothing),
   one call per rng seed 0..RUNS-1, and the summed modularity each call reached (checked against NetworkX's
   modularity). The tests compare (a) our default (best of MultiplexLeidenOptions.Restarts = 4 runs) with the mean of
   these single calls, and (b) like with like, our best of 4 against leidenalg's best of 4 calls (seeds 4s..4s+3).
"""
import json
import os
import random
import statistics

import igraph as ig
import leidenalg as la
import networkx as nx
from networkx.algorithms import community as nxc

RUNS = 80
HERE = os.path.dirname(os.path.abspath(__file__))
SEED_NETWORK = os.path.join(HERE, "..", "..", "..", "seeds", "shijingshan-forum-2023.json")

HAND_NODES = ["a", "b", "c", "d", "e", "f", "g", "h"]
HAND_LAYERS = {
    "ADVISES": [("a", "b"), ("a", "c"), ("b", "c"), ("c", "d")],
    "FUNDS": [("a", "b"), ("a", "e"), ("e", "f")],
    "MEETS": [("a", "b"), ("b", "c"), ("f", "g"), ("g", "h"), ("c", "d")],
}


def layer_graph(nodes, edges):
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from(edges)
    return g


def pairs(edges):
    return {tuple(sorted(e)) for e in edges}


def participation(nodes, graphs):
    m = len(graphs)
    out = {}
    for v in nodes:
        k = [g.degree(v) for g in graphs]
        o = sum(k)
        out[v] = None if o == 0 or m < 2 else m / (m - 1) * (1 - sum((x / o) ** 2 for x in k))
    return out


def describe(nodes, layers):
    names = sorted(layers)
    graphs = {n: layer_graph(nodes, layers[n]) for n in names}
    result = {"nodes": nodes, "layers": {n: [list(e) for e in layers[n]] for n in names}, "perLayer": {}, "pairs": []}
    for n in names:
        g = graphs[n]
        active = g.subgraph([v for v in g if g.degree(v) > 0])
        result["perLayer"][n] = {
            "degree": dict(g.degree()),
            "betweenness": nx.betweenness_centrality(g),
            "activeNodes": active.number_of_nodes(),
            "edges": g.number_of_edges(),
            "density": nx.density(active) if active.number_of_nodes() > 1 else 0.0,
            "components": nx.number_connected_components(active),
        }
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            pa, pb = pairs(layers[a]), pairs(layers[b])
            da = [graphs[a].degree(v) for v in nodes]
            db = [graphs[b].degree(v) for v in nodes]
            result["pairs"].append({
                "a": a, "b": b, "shared": len(pa & pb),
                "jaccard": len(pa & pb) / len(pa | pb),
                "pearson": statistics.correlation(da, db),
            })
    result["overlappingDegree"] = {v: sum(graphs[n].degree(v) for n in names) for v in nodes}
    result["participation"] = participation(nodes, [graphs[n] for n in names])
    return result


def seed_layers():
    data = json.load(open(SEED_NETWORK, encoding="utf-8"))
    nodes = [s["id"] for s in data["stakeholders"]]
    layers = {}
    for t in data["ties"]:
        layers.setdefault(t["type"], []).append((t["source"], t["target"]))
    names = sorted(layers)
    graphs = {n: layer_graph(nodes, layers[n]) for n in names}
    return {
        "perLayer": {n: {"degree": dict(graphs[n].degree()), "betweenness": nx.betweenness_centrality(graphs[n])} for n in names},
        "participation": participation(nodes, [graphs[n] for n in names]),
        "overlappingDegree": {v: sum(graphs[n].degree(v) for n in names) for v in nodes},
    }


def generated(seed, n=120, k=6, layer_probs=((0.30, 0.02), (0.20, 0.03), (0.10, 0.01))):
    rnd = random.Random(seed)
    block = [v * k // n for v in range(n)]
    layers = {}
    for li, (p_in, p_out) in enumerate(layer_probs):
        edges = []
        for u in range(n):
            for v in range(u + 1, n):
                if rnd.random() < (p_in if block[u] == block[v] else p_out):
                    edges.append((u, v))
        layers["L%d" % li] = edges
    names = sorted(layers)
    graphs = [ig.Graph(n=n, edges=layers[name]) for name in names]
    runs = []
    for s in range(RUNS):
        parts = [la.ModularityVertexPartition(g) for g in graphs]
        optimiser = la.Optimiser()
        optimiser.set_rng_seed(s)
        optimiser.optimise_partition_multiplex(parts, n_iterations=-1)
        membership = parts[0].membership
        q = sum(p.quality() for p in parts)
        # The same value from NetworkX, so the quality is the plain modularity sum.
        comms = {}
        for v, c in enumerate(membership):
            comms.setdefault(c, set()).add(v)
        q_nx = sum(nxc.modularity(layer_graph(range(n), layers[name]), list(comms.values())) for name in names)
        assert abs(q - q_nx) < 1e-9, (q, q_nx)
        runs.append({"seed": s, "quality": q, "communities": len(comms)})
    return {"n": n, "layers": {name: [list(e) for e in layers[name]] for name in names}, "leidenalg": runs}


def main():
    fixtures = {
        "hand": describe(HAND_NODES, HAND_LAYERS),
        "seed": seed_layers(),
        "generated": [
            generated(11),
            generated(12, n=200, k=8, layer_probs=((0.12, 0.03), (0.08, 0.04), (0.06, 0.02))),
            generated(13, n=200, k=10, layer_probs=((0.10, 0.04), (0.07, 0.03), (0.05, 0.03))),
        ],
    }
    with open(os.path.join(HERE, "fixtures.json"), "w", encoding="utf-8") as f:
        json.dump(fixtures, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
