#!/usr/bin/python3
"""Times igraph and graph-tool on the graph of the C# CommunityBenchmarks suite (algorithm call only).

Run after the C# suite has written the graph (its GlobalSetup does):
    /usr/bin/python3 benchmarks/peers/community_peers.py [edge-list] [--repeat 3] [--skip-louvain]
Default edge list: artifacts/benchmarks/random_100k_1m.edges. Peers: python3-igraph (community_multilevel,
community_leiden(objective_function='modularity'), coreness, transitivity_local_undirected) and python3-graph-tool
with 2 OpenMP threads (kcore_decomposition, local_clustering). Prints the best and median of the repeats, and the
modularity reached by igraph's Louvain and Leiden.
"""
import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "2")

import numpy as np  # noqa: E402
import igraph as ig  # noqa: E402
import graph_tool.all as gt  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
parser = argparse.ArgumentParser(description="Time igraph and graph-tool on the community benchmark graph.")
parser.add_argument("path", nargs="?", default=os.path.join(ROOT, "artifacts", "benchmarks", "random_100k_1m.edges"))
parser.add_argument("--repeat", type=int, default=3)
parser.add_argument("--skip-louvain", action="store_true", help="igraph's Louvain takes about a minute on the 1M-edge graph")
options = parser.parse_args()
path, repeat = options.path, options.repeat
if not os.path.exists(path):
    sys.exit(f"{path} not found: run the C# CommunityBenchmarks suite first (it writes the graph).")

edges = np.loadtxt(path, dtype=np.int64, comments="#")
n = int(edges.max()) + 1
print(f"graph: {path}: n={n} m={len(edges)}")
h = ig.Graph(n=n, edges=edges.tolist())
g = gt.Graph(directed=False)
g.add_vertex(n)
g.add_edge_list(edges)
gt.openmp_set_num_threads(2)


def timed(label, fn, times=repeat):
    runs = []
    cpu = []
    result = None
    for _ in range(times):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        runs.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    # CPU time (all threads of this process) is the steadier figure when the machine is shared
    print(f"{label:48s} wall best {min(runs):8.3f} s  median {statistics.median(runs):8.3f} s   "
          f"cpu best {min(cpu):8.3f} s  median {statistics.median(cpu):8.3f} s   ({times} runs)", flush=True)
    return result


ig.set_random_number_generator(__import__("random").Random(1))
leiden = timed("igraph community_leiden(modularity, n_iterations=2)",
               lambda: h.community_leiden(objective_function="modularity", n_iterations=2))
print(f"    igraph Leiden modularity {h.modularity(leiden.membership):.4f}, {len(set(leiden.membership))} communities")
if not options.skip_louvain:
    louvain = timed("igraph community_multilevel", lambda: h.community_multilevel(), times=1)
    print(f"    igraph Louvain modularity {h.modularity(louvain.membership):.4f}, {len(set(louvain.membership))} communities")
timed("igraph coreness", lambda: h.coreness())
timed("igraph transitivity_local_undirected", lambda: h.transitivity_local_undirected(mode="zero"))
timed("graph-tool kcore_decomposition (2 threads)", lambda: gt.kcore_decomposition(g))
timed("graph-tool local_clustering (2 threads)", lambda: gt.local_clustering(g))
