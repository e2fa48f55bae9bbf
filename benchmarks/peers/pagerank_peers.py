#!/usr/bin/python3
"""PageRank on the directed 500k-vertex / 1.1M-arc graph: graph-tool 2.45 and ours, alternating in one run (issue 16).

One command (builds ours in Release first):
    /usr/bin/python3 benchmarks/peers/pagerank_peers.py [--rounds 3] [--repeat 5]
Needs Debian's python3-graph-tool (`apt-get install -y python3-graph-tool`).

Each round runs graph-tool's `pagerank` (`--repeat` calls, 1 thread and then 2 OpenMP threads) and then ours
(`Stakeholders.Benchmarks pagerank-timing REPEAT`: a fresh process that builds the same graph, warms up once and times
`--repeat` calls of `CentralityMeasures.PageRank`, 1 and 2 threads). Only the algorithm call is timed on both sides.
Stopping rules: graph-tool stops when the L1 change is below epsilon = 1e-6; ours is timed with that rule (Tolerance =
1e-6 / n) and with NetworkX's default (L1 change below n * 1e-6), which the CLI uses. graph-tool spreads the rank of
dangling vertices uniformly, as ours does. Prints every figure, then the ratios ours / graph-tool per round (best of
the round's calls) and the load average at the start and end.
"""
import argparse
import os
import re
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROJECT = os.path.join(REPO, "benchmarks", "Stakeholders.Benchmarks")
DLL = os.path.join(PROJECT, "bin", "Release", "net10.0", "Stakeholders.Benchmarks.dll")


def ours(repeat):
    out = subprocess.run(["dotnet", DLL, "pagerank-timing", str(repeat)], check=True, capture_output=True, text=True).stdout
    rows = {}
    path = None
    for line in out.splitlines():
        if line.startswith("graph "):
            path = line.split("file=", 1)[1]
        m = re.match(r'ours rule="([^"]+)" threads=(\d+) best_ms=([\d.]+) median_ms=([\d.]+) cpu_ms_per_call=([\d.]+) iterations=(\d+)', line)
        if m:
            rows[(m.group(1).split()[0], int(m.group(2)))] = (float(m.group(3)) / 1000, float(m.group(4)) / 1000, float(m.group(5)) / 1000, int(m.group(6)))
    return path, rows


def load_graph_tool(path):
    import graph_tool.all as gt
    with open(path, encoding="utf-8") as f:
        header = f.readline().split()
        n = int(header[2].split("=")[1])
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    g = gt.Graph(directed=True)
    g.add_vertex(n)
    g.add_edge_list(edges)
    return gt, g


def time_graph_tool(gt, g, threads, repeat):
    gt.openmp_set_num_threads(threads)
    gt.pagerank(g)  # warm-up, as ours
    walls, cpus, iterations = [], [], 0
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        _, iterations = gt.pagerank(g, epsilon=1e-6, ret_iter=True)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    walls.sort()
    return walls[0], walls[len(walls) // 2], sum(cpus) / len(cpus), iterations


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        subprocess.run(["dotnet", "build", PROJECT, "-c", "Release", "-v", "q", "-nologo"], check=True)
    print(f"load average at start: {os.getloadavg()}")
    path, _ = ours(1)  # writes the graph file
    gt, g = load_graph_tool(path)
    print(f"graph-tool {gt.__version__.split()[0]}, graph {g.num_vertices()} vertices / {g.num_edges()} arcs from {path}")
    fmt = "{:<10} {:<34} {:>7} {:>9} {:>10} {:>10} {:>10}"
    print(fmt.format("round", "who / rule", "threads", "best s", "median s", "CPU s/call", "iterations"))
    ratios = []
    for r in range(1, args.rounds + 1):
        peer = {t: time_graph_tool(gt, g, t, args.repeat) for t in (1, 2)}
        for t, (best, median, cpu, it) in peer.items():
            print(fmt.format(r, "graph-tool (L1 < 1e-6)", t, f"{best:.3f}", f"{median:.3f}", f"{cpu:.3f}", it))
        _, mine = ours(args.repeat)
        for (rule, t), (best, median, cpu, it) in sorted(mine.items()):
            label = "ours, graph-tool rule" if rule == "graph-tool" else "ours, NetworkX rule (CLI default)"
            print(fmt.format(r, label, t, f"{best:.3f}", f"{median:.3f}", f"{cpu:.3f}", it))
        best_peer = min(peer[1][0], peer[2][0])
        best_ours = min(mine[("graph-tool", 1)][0], mine[("graph-tool", 2)][0])
        best_ours_nx = min(mine[("NetworkX", 1)][0], mine[("NetworkX", 2)][0])
        ratios.append((best_ours / best_peer, best_ours_nx / best_peer, mine[("graph-tool", 1)][2] / peer[1][2]))
    print(f"load average at end: {os.getloadavg()}")
    for r, (same_rule, nx_rule, cpu1) in enumerate(ratios, 1):
        print(f"round {r}: ours/graph-tool, same rule, best wall of 1 or 2 threads: {same_rule:.2f}; "
              f"ours with the CLI's NetworkX rule / graph-tool: {nx_rule:.2f}; single-thread CPU per call, same rule: {cpu1:.2f}")


if __name__ == "__main__":
    sys.exit(main())
