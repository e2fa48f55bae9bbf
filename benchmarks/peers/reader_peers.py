#!/usr/bin/python3
"""Reader throughput (issue 16): ours against igraph's readers (and NetworkX's GEXF reader), alternating in one run.

One command (builds ours in Release, writes the inputs once into DIR, default /tmp/stakeholders-readers):
    /usr/bin/python3 benchmarks/peers/reader_peers.py [--dir DIR] [--rounds 3] [--repeat 3] [--only nodelink,gexf]

Inputs (seeded): the G(100k, 1M) edge list of e2e_peers.py (11.8 MB); the same graph as Pajek, written by igraph's
write_pajek; igraph's Barabasi(100,000, 5) GraphML of e2e_peers.py; and, converted by our CLI from e2e_peers.py's native
JSON (20k stakeholders / 100k ties with evidence), node-link JSON and GEXF. Each round reads every file with the peer
(`Graph.Read_Ncol`, `Graph.Read_Pajek`, `Graph.Read_GraphML`, NetworkX `read_gexf`; the native JSON and node-link have no
igraph reader and are timed for ours only) --repeat times, then runs ours (`Stakeholders.Benchmarks reader-timing`: a
fresh process, one warm-up read, then --repeat reads of each file, on the plain-graph fast path when the file takes it
and through the full model; with DOTNET_gcConcurrent=0, as the CLI runs). MB/s = file size / process CPU time per read
(the steadier figure on a shared machine)
and / best wall time; bytes allocated per tie are ours only.
"""
import argparse
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PROJECT = os.path.join(REPO, "benchmarks", "Stakeholders.Benchmarks")
DLL = os.path.join(PROJECT, "bin", "Release", "net10.0", "Stakeholders.Benchmarks.dll")
CLI_PROJECT = os.path.join(REPO, "src", "Network.Cli")
sys.path.insert(0, HERE)
import e2e_peers  # noqa: E402  (the seeded inputs)


def inputs(folder):
    e2e_peers.generate(folder)
    import igraph
    files = {
        "edgelist": os.path.join(folder, "gnm_100k_1m.edges"),
        "pajek": os.path.join(folder, "gnm_100k_1m.net"),
        "graphml": os.path.join(folder, "ba_100k_500k.graphml"),
        "json": os.path.join(folder, "net_20k_100k.json"),
        "nodelink": os.path.join(folder, "net_20k_100k.nodelink.json"),
        "gexf": os.path.join(folder, "net_20k_100k.gexf"),
    }
    if not os.path.exists(files["pajek"]):
        igraph.Graph.Read_Ncol(files["edgelist"], directed=False).write_pajek(files["pajek"])
    for kind in ("nodelink", "gexf"):
        if not os.path.exists(files[kind]):
            subprocess.run(["dotnet", "run", "-c", "Release", "--project", CLI_PROJECT, "--", "convert", files["json"], files[kind]],
                           check=True, capture_output=True)
    return files


def peer_readers():
    import igraph
    import networkx as nx
    return {
        "edgelist": ("igraph Read_Ncol", lambda p: igraph.Graph.Read_Ncol(p, directed=False)),
        "pajek": ("igraph Read_Pajek", igraph.Graph.Read_Pajek),
        "graphml": ("igraph Read_GraphML", igraph.Graph.Read_GraphML),
        "gexf": ("NetworkX read_gexf", nx.read_gexf),
    }


def time_peer(read, path, repeat):
    read(path)  # warm-up, as ours
    best, cpu = float("inf"), 0.0
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        read(path)
        best = min(best, time.perf_counter() - t0)
        cpu += time.process_time() - c0
    return best, cpu / repeat


def ours(files, repeat):
    # The CLI runs without the background GC (ConcurrentGarbageCollection=false in src/Network.Cli); read as it does.
    env = dict(os.environ, DOTNET_gcConcurrent="0")
    out = subprocess.run(["dotnet", DLL, "reader-timing", str(repeat)] + list(files.values()), check=True, capture_output=True, text=True, env=env).stdout
    rows = []
    for line in out.splitlines():
        fields = dict(re.findall(r"(\w+)=(\S+)", line))
        if line.startswith("ours "):
            rows.append(fields)
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", default="/tmp/stakeholders-readers")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--only", default="", help="comma-separated subset of: edgelist,pajek,graphml,json,nodelink,gexf")
    args = parser.parse_args()
    if not args.no_build:
        subprocess.run(["dotnet", "build", PROJECT, "-c", "Release", "-v", "q", "-nologo"], check=True)
    files = inputs(args.dir)
    if args.only:
        files = {kind: path for kind, path in files.items() if kind in args.only.split(",")}
    readers = peer_readers()
    print(f"load average at start: {os.getloadavg()}")
    print(f"{'round':<6} {'file':<28} {'reader':<26} {'MB':>7} {'best s':>8} {'CPU s':>8} {'MB/s CPU':>9} {'MB/s wall':>9} {'B/tie':>7}")
    for r in range(1, args.rounds + 1):
        for kind, path in files.items():
            if kind in readers:
                name, read = readers[kind]
                best, cpu = time_peer(read, path, args.repeat)
                mb = os.path.getsize(path) / 1e6
                print(f"{r:<6} {os.path.basename(path):<28} {name:<26} {mb:>7.2f} {best:>8.3f} {cpu:>8.3f} {mb / cpu:>9.1f} {mb / best:>9.1f} {'':>7}")
        for row in ours(files, args.repeat):
            print(f"{r:<6} {row['file']:<28} {'ours, ' + row['route'] + ' path':<26} {float(row['mb']):>7.2f} {float(row['best_ms']) / 1000:>8.3f} "
                  f"{float(row['cpu_ms']) / 1000:>8.3f} {float(row['mbps_cpu']):>9.1f} {float(row['mbps_wall']):>9.1f} {row['bytes_per_tie']:>7}")
    print(f"load average at end: {os.getloadavg()}")


if __name__ == "__main__":
    sys.exit(main())
