#!/usr/bin/python3
"""Peer timings for benchmarks/Stakeholders.Benchmarks/AnalyticsBenchmarks.cs.

Run: /usr/bin/python3 benchmarks/peers/analytics_peers.py
Rebuilds G(2000, 6000) with the LCG generator and seed of AnalyticsBenchmarks (LcgGraph, seed 11) and times NetworkX
2.8.8 on the same work: m-reach/reach/distance-weighted reach of every vertex (one BFS per vertex), the radius-2 ego
graph of vertex 0 with density and effective size, and all shortest paths from 0 to the smallest-numbered vertex farthest from 0.
"""
import os
import sys
import time

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from brokerage_peers import lcg_graph, best_of  # noqa: E402


def reach_all(g, m=2):
    n = g.number_of_nodes()
    out = []
    for v in g:
        lengths = nx.single_source_shortest_path_length(g, v)
        within = sum(1 for u, d in lengths.items() if u != v and d <= m)
        weighted = sum(1.0 / d for u, d in lengths.items() if u != v) / (n - 1)
        out.append((within, len(lengths) - 1, weighted))
    return out


def main():
    g = lcg_graph(2000, 6000, False, 11)
    dist = nx.single_source_shortest_path_length(g, 0)
    far_d = max(dist.values())
    print(f"networkx {nx.__version__}; farthest distance from 0: {far_d}; nodes at it: {sum(1 for d in dist.values() if d == far_d)}")
    t = best_of(lambda: reach_all(g), repeats=1)
    print(f"networkx reach (m=2) of all vertices, G(2000,6000): {t * 1000:.1f} ms")

    def ego():
        h = nx.ego_graph(g, 0, radius=2)
        return nx.density(h), nx.effective_size(h)[0]

    t = best_of(ego, repeats=5)
    print(f"networkx ego_graph radius 2 + density + effective_size of 0: {t * 1000:.2f} ms")
    target = sys.argv[1] if len(sys.argv) > 1 else None
    targets = [int(target)] if target else [min(v for v, d in dist.items() if d == far_d)]
    t = best_of(lambda: list(nx.all_shortest_paths(g, 0, targets[0])), repeats=5)
    print(f"networkx all_shortest_paths 0 -> {targets[0]} ({len(list(nx.all_shortest_paths(g, 0, targets[0])))} paths): {t * 1000:.2f} ms")


if __name__ == "__main__":
    main()
