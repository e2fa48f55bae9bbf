#!/usr/bin/python3
"""End to end, file to first answer: `stakeholders analyze FILE --measures pagerank --communities none` against one
Python process that starts, imports the peer library, reads the same file and runs PageRank.

    /usr/bin/python3 benchmarks/peers/e2e_peers.py generate DIR      # writes the inputs (seeded, deterministic)
    /usr/bin/python3 benchmarks/peers/e2e_peers.py run DIR CLI... --repeat 5
    /usr/bin/python3 benchmarks/peers/e2e_peers.py peer KIND FILE  # one peer job (what `run` times)

`CLI...` is the command that starts our tool, e.g. `dotnet artifacts/publish/stakeholders.dll` or the apphost
`artifacts/publish/stakeholders`. Every job runs under /usr/bin/time -v (wall time and peak RSS); ours and the peer
alternate within each repetition, so both see the same load. Medians and the ratio ours / peer are printed as a
Markdown table (benchmarks/README.md quotes it).

Inputs (all seeded with Python's random.Random, so a name always means the same file):
- gnm_100k_1m.edges: uniform G(n, m), n = 100,000, m = 1,000,000 distinct undirected edges, no self-loops, `u v` lines.
- ba_100k_500k.graphml: igraph's Barabasi(100,000, 5) (random.seed(1) before the call), written by igraph's write_graphml.
- net_20k_100k.json: our native JSON, 20,000 stakeholders (kinds, names, organisation types, attributes) and 100,000
  distinct ties between them (types, roles, partial dates, strength, confidence, one or two evidence quotes each,
  attributes), 200 source documents.
- same_100k.edges: 100,000 identical lines `a b` (a contact log), and distinct_100k.edges: 100,000 distinct edges over
  the same number of lines, for the parallel-ties check.
"""
import json
import os
import random
import re
import statistics
import subprocess
import sys

N_GNM, M_GNM = 100_000, 1_000_000


def generate(folder):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "gnm_100k_1m.edges")
    if not os.path.exists(path):
        rng = random.Random(42)
        seen = set()
        lines = []
        while len(seen) < M_GNM:
            u, v = rng.randrange(N_GNM), rng.randrange(N_GNM)
            if u == v:
                continue
            key = (u, v) if u < v else (v, u)
            if key in seen:
                continue
            seen.add(key)
            lines.append(f"{u} {v}\n")
        with open(path, "w") as f:
            f.writelines(lines)
    path = os.path.join(folder, "ba_100k_500k.graphml")
    if not os.path.exists(path):
        import igraph
        random.seed(1)
        g = igraph.Graph.Barabasi(100_000, 5)
        g.write_graphml(path)
    path = os.path.join(folder, "net_20k_100k.json")
    if not os.path.exists(path):
        write_native(path, 20_000, 100_000, random.Random(7))
    path = os.path.join(folder, "same_100k.edges")
    if not os.path.exists(path):
        with open(path, "w") as f:
            f.write("a b\n" * 100_000)
    path = os.path.join(folder, "distinct_100k.edges")
    if not os.path.exists(path):
        rng = random.Random(3)
        seen = set()
        with open(path, "w") as f:
            while len(seen) < 100_000:
                u, v = rng.randrange(20_000), rng.randrange(20_000)
                key = (min(u, v), max(u, v))
                if u == v or key in seen:
                    continue
                seen.add(key)
                f.write(f"{u} {v}\n")
    for name in sorted(os.listdir(folder)):
        print(f"{name}\t{os.path.getsize(os.path.join(folder, name)) / 1e6:.1f} MB")


KINDS = ["person", "organization", "event", "place", "initiative"]
ORG_TYPES = ["government", "state-owned-enterprise", "company", "financial", "academic", "association", "diplomatic", "media", "other"]
TIE_TYPES = ["HOLDS_POSITION", "MEMBER_OF", "SPOKE_AT", "ATTENDED", "HOSTED", "ORGANIZED", "PARTNERS_WITH", "INVESTS_IN", "PART_OF"]
WORDS = "forum district cooperation trade services park open international committee mayor director office zone".split()


def write_native(path, n, m, rng):
    documents = [{"id": f"doc-{d:04d}", "title": f"Press release {d}", "url": f"https://example.org/releases/{d}",
                  "published": f"20{rng.randrange(15, 24)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"}
                 for d in range(200)]
    stakeholders = []
    for i in range(n):
        kind = rng.choice(KINDS)
        s = {"id": f"s{i}", "name": f"Stakeholder {i} {rng.choice(WORDS).title()}", "kind": kind}
        if kind == "organization":
            s["organizationType"] = rng.choice(ORG_TYPES)
        s["attributes"] = {"region": f"r{rng.randrange(40)}"}
        stakeholders.append(s)
    seen = set()
    ties = []
    while len(ties) < m:
        u, v = rng.randrange(n), rng.randrange(n)
        tie_type = rng.choice(TIE_TYPES)
        if u == v or (u, v, tie_type) in seen:
            continue
        seen.add((u, v, tie_type))
        year = rng.randrange(2000, 2024)
        evidence = [{"document": f"doc-{rng.randrange(200):04d}",
                     "quote": " ".join(rng.choice(WORDS) for _ in range(rng.randrange(6, 16))),
                     "offset": rng.randrange(20_000)} for _ in range(rng.randrange(1, 3))]
        ties.append({"id": f"t{len(ties)}", "source": f"s{u}", "target": f"s{v}", "type": tie_type,
                     "role": rng.choice(WORDS).title(), "start": f"{year}-{rng.randrange(1, 13):02d}",
                     "end": None if rng.random() < 0.5 else str(year + rng.randrange(1, 5)),
                     "strength": round(rng.uniform(0.5, 3), 3), "confidence": round(rng.uniform(0.5, 1), 2),
                     "evidence": evidence, "attributes": {"observed": f"{year}"}})
    data = {"format": "stakeholders-network", "version": 1, "title": "Synthetic 20k/100k", "documents": documents,
            "stakeholders": stakeholders, "ties": ties}
    with open(path, "w") as f:
        json.dump(data, f, indent=1)


def peer(kind, path):
    """One peer job, as a user would write it: read the file, run PageRank, print the top vertex."""
    if kind == "igraph-edges":
        import igraph
        g = igraph.Graph.Read_Ncol(path, names=True, weights=False, directed=False)
        pr = g.pagerank()
    elif kind == "igraph-graphml":
        import igraph
        g = igraph.Graph.Read_GraphML(path)
        pr = g.pagerank()
    elif kind == "networkx-json":
        import networkx as nx
        with open(path) as f:
            data = json.load(f)
        data["nodes"] = data.pop("stakeholders")
        g = nx.node_link_graph(data, directed=False, multigraph=False, attrs={"link": "ties", "source": "source", "target": "target", "name": "id", "key": "key"})
        pr = list(nx.pagerank(g).values())
    elif kind == "igraph-json":
        import igraph
        with open(path) as f:
            data = json.load(f)
        index = {s["id"]: i for i, s in enumerate(data["stakeholders"])}
        g = igraph.Graph(n=len(index), edges=[(index[t["source"]], index[t["target"]]) for t in data["ties"]])
        g.simplify()
        pr = g.pagerank()
    else:
        raise SystemExit(f"unknown peer {kind}")
    print(max(range(len(pr)), key=pr.__getitem__))


TIME_RE = re.compile(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)")
RSS_RE = re.compile(r"Maximum resident set size \(kbytes\): (\d+)")


def timed(cmd):
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        raise SystemExit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr[-2000:]}")
    t = TIME_RE.search(p.stderr)
    wall = int(t.group(1) or 0) * 3600 + int(t.group(2)) * 60 + float(t.group(3))
    rss = int(RSS_RE.search(p.stderr).group(1)) / 1024
    return wall, rss


def run(folder, cli, repeat, only):
    me = [sys.executable, os.path.abspath(__file__), "peer"]
    ours = lambda f: cli + ["analyze", os.path.join(folder, f), "--measures", "pagerank", "--communities", "none", "--quiet", "--out", os.path.join(folder, "ours-scores.json")]  # analyze refuses --out without a known extension (/dev/null)
    jobs = [
        ("edge list G(100k, 1M)", "gnm_100k_1m.edges", "igraph", me + ["igraph-edges"]),
        ("GraphML BA 100k/500k (igraph-written)", "ba_100k_500k.graphml", "igraph", me + ["igraph-graphml"]),
        ("native JSON 20k/100k with evidence", "net_20k_100k.json", "NetworkX", me + ["networkx-json"]),
        ("native JSON 20k/100k with evidence", "net_20k_100k.json", "igraph (json.load + Graph)", me + ["igraph-json"]),
        ("100,000 identical ties `a b`", "same_100k.edges", "ours, 100,000 distinct ties", None),
    ]
    print(f"load average before: {os.getloadavg()}", file=sys.stderr)
    print("| input | peer | peer wall (median) | ours wall (median) | ratio ours/peer | peer peak RSS | ours peak RSS |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for label, name, peer_name, peer_cmd in jobs:
        if only and not any(o in name for o in only):
            continue
        if peer_cmd is None:
            peer_cmd = ours("distinct_100k.edges")
        else:
            peer_cmd = peer_cmd + [os.path.join(folder, name)]
        pw, pr_, ow, or_ = [], [], [], []
        for _ in range(repeat):
            w, r = timed(peer_cmd)
            pw.append(w); pr_.append(r)
            w, r = timed(ours(name))
            ow.append(w); or_.append(r)
        print(f"| {label} | {peer_name} | {statistics.median(pw):.2f} s | {statistics.median(ow):.2f} s | "
              f"{statistics.median(ow) / statistics.median(pw):.2f} | {statistics.median(pr_):.0f} MB | {statistics.median(or_):.0f} MB |", flush=True)
        print(f"  {name}: peer {pw} ours {ow}", file=sys.stderr)
    print(f"load average after: {os.getloadavg()}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "generate":
        generate(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == "peer":
        peer(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 4 and sys.argv[1] == "run":
        args = sys.argv[3:]
        repeat, only = 5, []
        if "--repeat" in args:
            i = args.index("--repeat"); repeat = int(args[i + 1]); del args[i:i + 2]
        while "--only" in args:
            i = args.index("--only"); only.append(args[i + 1]); del args[i:i + 2]
        run(sys.argv[2], args, repeat, only)
    else:
        raise SystemExit(__doc__)
