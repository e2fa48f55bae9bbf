#!/usr/bin/python3
"""Peer timings for ReportDrawingBenchmarks: Fruchterman-Reingold layouts of the same LCG graphs.

Run with Debian's interpreter: /usr/bin/python3 benchmarks/peers/layout_peers.py
NetworkX 2.8.8 spring_layout (FR, 50 iterations, dense numpy below 500 nodes) and igraph 0.10.2
layout_fruchterman_reingold (500 iterations by default, C code), best of 3 wall-clock runs.
"""
import time

import igraph
import networkx as nx


def lcg_graph(n, m, seed):
    """The same graph as LcgGraph.Build(n, m, directed: false, seed) in BrokerageBenchmarks.cs."""
    state = seed
    mask = (1 << 64) - 1
    seen = set()

    def nxt():
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & mask
        return (state >> 33) % n

    while len(seen) < m:
        u, v = nxt(), nxt()
        if u == v:
            continue
        seen.add((min(u, v), max(u, v)))
    return sorted(seen)


def best_of(fn, runs=3):
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main():
    edges = lcg_graph(300, 900, 3)
    g = nx.Graph()
    g.add_nodes_from(range(300))
    g.add_edges_from(edges)
    ig = igraph.Graph(n=300, edges=edges)
    print(f"G(300, 900): networkx spring_layout {best_of(lambda: nx.spring_layout(g, seed=42)) * 1000:.1f} ms")
    print(f"G(300, 900): igraph layout_fruchterman_reingold {best_of(lambda: ig.layout_fruchterman_reingold(seed=None)) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
