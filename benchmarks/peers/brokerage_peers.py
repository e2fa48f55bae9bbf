#!/usr/bin/python3
"""Peer timings for benchmarks/Stakeholders.Benchmarks/BrokerageBenchmarks.cs.

Run: /usr/bin/python3 benchmarks/peers/brokerage_peers.py
Rebuilds the benchmark graphs with the same LCG generator and seeds as LcgGraph in BrokerageBenchmarks.cs, times
NetworkX 2.8.8 constraint + effective_size (one run: it takes tens of seconds), writes the directed graph to a temporary edge list and runs
brokerage_sna.R on it to time R sna::brokerage with the same grouping (v % 5).
"""
import os
import subprocess
import sys
import tempfile
import time

import networkx as nx

MASK = (1 << 64) - 1


def lcg_graph(n, m, directed, seed):
    state = seed
    seen = set()
    edges = []

    def draw():
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK
        return (state >> 33) % n

    while len(seen) < m:
        u, v = draw(), draw()
        if u == v:
            continue
        key = (u, v) if directed or u < v else (v, u)
        if key not in seen:
            seen.add(key)
            edges.append(key)
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    return g


def best_of(f, repeats=3):
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t)
    return best


def main():
    # NetworkX needs tens of seconds per run at this size, so one run each.
    und = lcg_graph(1000, 5000, False, 1)
    dig_small = lcg_graph(1000, 5000, True, 2)
    dig = lcg_graph(2000, 10000, True, 2)
    print(f"networkx {nx.__version__}")
    t = best_of(lambda: (nx.constraint(und), nx.effective_size(und)), repeats=1)
    print(f"networkx constraint+effective_size, undirected G(1000,5000): {t * 1000:.1f} ms")
    t = best_of(lambda: (nx.constraint(dig_small), nx.effective_size(dig_small)), repeats=1)
    print(f"networkx constraint+effective_size, directed G(1000,5000): {t * 1000:.1f} ms")
    with tempfile.NamedTemporaryFile("w", suffix=".edges", delete=False) as f:
        for u, v in dig.edges():
            f.write(f"{u} {v}\n")
        path = f.name
    try:
        here = os.path.dirname(os.path.abspath(__file__))
        subprocess.run(["Rscript", os.path.join(here, "brokerage_sna.R"), path, "2000"], check=True)
    finally:
        os.unlink(path)


if __name__ == "__main__":
    sys.exit(main())
