#!/usr/bin/python3
"""Times igraph and graph-tool on the centrality benchmark graphs, algorithm call only.

Run the C# suites first (they write the graphs), then:
    /usr/bin/python3 benchmarks/peers/centrality_peers.py [--repeat 3] [--only betweenness,closeness,...]
Graphs are read from $STAKEHOLDERS_BENCH_DATA (default /tmp/stakeholders-bench): ba_10000_5.edges (undirected) and
directed_sf_500000.edges (directed), lines 'u v' over 0..n-1 after a '# directed|undirected n=.. m=..' header.
Uses Debian's python3-igraph (single-threaded) and python3-graph-tool with openmp_set_num_threads(2).
Prints wall and process CPU seconds (best of --repeat) per call; loading and graph construction are not timed.
"""
import argparse
import os
import tempfile
import time

import graph_tool.all as gt
import igraph

DATA = os.environ.get("STAKEHOLDERS_BENCH_DATA") or os.path.join(tempfile.gettempdir(), "stakeholders-bench")


def read_edges(name):
    path = os.path.join(DATA, name)
    if not os.path.exists(path):
        raise SystemExit(f"{path} is missing: run the C# centrality benchmarks first (they write the graphs)")
    with open(path, encoding="utf-8") as f:
        header = f.readline().split()
        directed = header[1] == "directed"
        n = int(header[2].split("=")[1])
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    return n, edges, directed


def build(name):
    n, edges, directed = read_edges(name)
    ig = igraph.Graph(n=n, edges=edges, directed=directed)
    g = gt.Graph(directed=directed)
    g.add_vertex(n)
    g.add_edge_list(edges)
    return ig, g


def best(fn, repeat):
    walls, cpus = [], []
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return min(walls), min(cpus)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="betweenness,closeness,harmonic,pagerank,eigenvector")
    args = parser.parse_args()
    only = set(args.only.split(","))
    gt.openmp_set_num_threads(2)
    print(f"igraph {igraph.__version__}, graph-tool {gt.__version__.split()[0]}, graph-tool OpenMP threads {gt.openmp_get_num_threads()}")

    def report(measure, library, fn, repeat):
        wall, cpu = best(fn, repeat)
        print(f"{measure:12s} {library:10s} wall {wall:8.3f} s   cpu {cpu:8.3f} s", flush=True)

    if only & {"betweenness", "closeness", "harmonic"}:
        ig, g = build("ba_10000_5.edges")
        if "betweenness" in only:
            report("betweenness", "igraph", lambda: ig.betweenness(directed=False), args.repeat)
            report("betweenness", "graph-tool", lambda: gt.betweenness(g), args.repeat)
        if "closeness" in only:
            report("closeness", "igraph", lambda: ig.closeness(), args.repeat)
            report("closeness", "graph-tool", lambda: gt.closeness(g), args.repeat)
        if "harmonic" in only:
            report("harmonic", "igraph", lambda: ig.harmonic_centrality(), args.repeat)
            report("harmonic", "graph-tool", lambda: gt.closeness(g, harmonic=True), args.repeat)

    if only & {"pagerank", "eigenvector"}:
        ig, g = build("directed_sf_500000.edges")
        if "pagerank" in only:
            report("pagerank", "igraph", lambda: ig.pagerank(directed=True), args.repeat)
            report("pagerank", "graph-tool", lambda: gt.pagerank(g), args.repeat)
        if "eigenvector" in only:
            report("eigenvector", "igraph", lambda: ig.eigenvector_centrality(directed=True), args.repeat)
            report("eigenvector", "graph-tool", lambda: gt.eigenvector(g), args.repeat)


if __name__ == "__main__":
    main()
