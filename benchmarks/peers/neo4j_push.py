#!/usr/bin/python3
"""Neo4j push and pull: `stakeholders neo4j push|pull` against a hand-written, parameterised `UNWIND ... MERGE` script
on the same rows, in the same run, against the Neo4j 3.1.1 test server that .ci/neo4j/start.sh starts.

    /usr/bin/python3 benchmarks/peers/neo4j_push.py generate DIR            # writes DIR/net_10k_50k.json (seeded)
    /usr/bin/python3 benchmarks/peers/neo4j_push.py run DIR CLI...          # the whole protocol below, a Markdown table
    /usr/bin/python3 benchmarks/peers/neo4j_push.py peer-push FILE URI      # the hand-written push alone
    /usr/bin/python3 benchmarks/peers/neo4j_push.py peer-pull URI OUT       # the hand-written pull alone
    /usr/bin/python3 benchmarks/peers/neo4j_push.py alternate DIR ROUNDS CLI... [-- CLI2... [-- CLI3...]]
                                       # warm server, network in it: ours and the peer alternate, pull and re-push
                                       # (and other builds of ours, e.g. the previous one, after `--`), ROUNDS times

`CLI...` starts our tool, e.g. `dotnet src/Network.Cli/bin/Release/net10.0/stakeholders.dll`. `run` drives the server
itself through .ci/neo4j/start.sh and stop.sh (it restarts it, and wipes its database, to measure a freshly started
JVM), so point it at a server of its own: set NEO4J_CACHE_DIR, NEO4J_HTTP_PORT and NEO4J_BOLT_PORT (see
.ci/neo4j/common.sh) to somewhere no test uses, and add `dbms.logs.http.enabled=true` to that server's conf/neo4j.conf
to have the HTTP requests of each step counted from its logs/http.log (else the count column says n/a).

The hand-written peer is what a user would write with no adapter: a uniqueness constraint, then one
`UNWIND $rows AS row MERGE ... SET ...` statement per 1,000 rows (per kind for the label, per type for the relationship
type), each POSTed to the transactional endpoint's auto-commit URL; its pull is two plain queries (every stakeholder,
every tie) written out as our native JSON. Ours pushes everything in one transaction (the CLI's default) and pulls
page by page (keyset pagination, 10,000 rows a page, the default), and a re-push
rewrites only rows that differ from what the database holds.

The network (seeded, deterministic): 10,000 stakeholders (person 50 %, organization 30 % with an organisation type,
event 10 %, place 10 %) and 50,000 distinct ties between them over six types, with strength, confidence and a role on
a third of them.
"""
import json
import os
import random
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
N_STAKEHOLDERS, N_TIES = 10_000, 50_000
TYPES = ["MEMBER_OF", "ATTENDED", "PARTNER_OF", "SPOKE_AT", "LOCATED_IN", "FUNDED"]
KIND_LABEL = {"person": "Person", "organization": "Organization", "event": "Event", "place": "Place", "initiative": "Initiative"}
BATCH = 1000


def generate(folder):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "net_10k_50k.json")
    if os.path.exists(path):
        return path
    rng = random.Random(16)
    stakeholders = []
    for i in range(N_STAKEHOLDERS):
        r = rng.random()
        kind = "person" if r < 0.5 else "organization" if r < 0.8 else "event" if r < 0.9 else "place"
        s = {"id": f"s{i:05d}", "name": f"Stakeholder {i}", "kind": kind}
        if kind == "organization":
            s["organizationType"] = rng.choice(["government", "company", "academic", "association"])
        stakeholders.append(s)
    seen = set()
    ties = []
    while len(ties) < N_TIES:
        a, b = rng.randrange(N_STAKEHOLDERS), rng.randrange(N_STAKEHOLDERS)
        t = rng.choice(TYPES)
        if a == b or (a, b, t) in seen:
            continue
        seen.add((a, b, t))
        tie = {"id": f"t{len(ties):06d}", "source": f"s{a:05d}", "target": f"s{b:05d}", "type": t,
               "strength": rng.randint(1, 5), "confidence": round(rng.uniform(0.5, 1.0), 2)}
        if rng.random() < 1 / 3:
            tie["role"] = rng.choice(["host", "guest", "sponsor"])
        ties.append(tie)
    with open(path, "w") as f:
        json.dump({"format": "stakeholders-network", "version": 1, "title": "neo4j benchmark",
                   "stakeholders": stakeholders, "ties": ties}, f)
    return path


def post(uri, statements):
    """One request to the auto-commit URL of Neo4j 3's transactional endpoint; raises on any error in the reply."""
    body = json.dumps({"statements": [{"statement": s, "parameters": p} for s, p in statements]}).encode()
    request = urllib.request.Request(uri.rstrip("/") + "/db/data/transaction/commit", data=body,
                                     headers={"Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=600) as reply:
        result = json.load(reply)
    if result.get("errors"):
        raise RuntimeError(result["errors"][0])
    return result["results"]


def peer_push(path, uri):
    with open(path) as f:
        net = json.load(f)
    post(uri, [("CREATE CONSTRAINT ON (n:Stakeholder) ASSERT n.id IS UNIQUE", {})])
    by_kind = {}
    for s in net["stakeholders"]:
        by_kind.setdefault(s["kind"], []).append(s)
    for kind, rows in by_kind.items():
        statement = f"UNWIND $rows AS row MERGE (n:Stakeholder {{id: row.id}}) SET n += row, n:{KIND_LABEL[kind]}"
        for i in range(0, len(rows), BATCH):
            post(uri, [(statement, {"rows": rows[i:i + BATCH]})])
    by_type = {}
    for t in net["ties"]:
        props = {k: v for k, v in t.items() if k not in ("source", "target", "type")}
        by_type.setdefault(t["type"], []).append({"source": t["source"], "target": t["target"], "id": t["id"], "props": props})
    for tie_type, rows in by_type.items():
        statement = ("UNWIND $rows AS row MATCH (a:Stakeholder {id: row.source}) MATCH (b:Stakeholder {id: row.target}) "
                     f"MERGE (a)-[r:{tie_type} {{id: row.id}}]->(b) SET r += row.props")
        for i in range(0, len(rows), BATCH):
            post(uri, [(statement, {"rows": rows[i:i + BATCH]})])


def peer_pull(uri, out):
    nodes, ties = post(uri, [
        ("MATCH (n:Stakeholder) RETURN properties(n)", {}),
        ("MATCH (a:Stakeholder)-[r]->(b:Stakeholder) RETURN a.id, b.id, type(r), properties(r)", {}),
    ])
    stakeholders = [row["row"][0] for row in nodes["data"]]
    out_ties = [dict(row["row"][3], source=row["row"][0], target=row["row"][1], type=row["row"][2]) for row in ties["data"]]
    with open(out, "w") as f:
        json.dump({"format": "stakeholders-network", "version": 1, "stakeholders": stakeholders, "ties": out_ties}, f)
    return len(stakeholders), len(out_ties)


# ---- the protocol -------------------------------------------------------------------------------------------------

def server_home():
    cache = os.environ.get("NEO4J_CACHE_DIR", os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "stakeholders"))
    return os.environ.get("NEO4J_HOME_DIR", os.path.join(cache, "neo4j-community-3.1.1"))


def server_uri():
    return f"http://127.0.0.1:{os.environ.get('NEO4J_HTTP_PORT', '17474')}"


def fresh_server():
    """Stops the server, deletes its database and starts it again: a new JVM on an empty store."""
    subprocess.run(["bash", os.path.join(REPO, ".ci/neo4j/stop.sh")], check=False, stderr=subprocess.DEVNULL)
    subprocess.run(["rm", "-rf", os.path.join(server_home(), "data", "databases", "graph.db")], check=True)
    subprocess.run(["bash", os.path.join(REPO, ".ci/neo4j/start.sh")], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wipe(uri):
    """Empties the database and drops the constraints, so the next push does the same work as the first."""
    while post(uri, [("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*)", {})])[0]["data"][0]["row"][0] > 0:
        pass
    for label in ("Stakeholder", "SourceDocument", "StakeholderNetworkInfo"):
        try:
            post(uri, [(f"DROP CONSTRAINT ON (n:{label}) ASSERT n.id IS UNIQUE", {})])
        except RuntimeError:
            pass


def http_log_size():
    path = os.path.join(server_home(), "logs", "http.log")
    return os.path.getsize(path) if os.path.exists(path) else None


def requests_since(start):
    """(requests, seconds the server spent on them) from the http.log lines written since `start`; None without a log.
    Each line ends with the request's duration in milliseconds as the server measured it."""
    path = os.path.join(server_home(), "logs", "http.log")
    if start is None or not os.path.exists(path):
        return None
    time.sleep(1.5)  # the request log is written asynchronously
    count, millis = 0, 0
    with open(path, "rb") as f:
        f.seek(start)
        for line in f:
            if b"[REQUEST]" in line:
                count += 1
                millis += int(line.split()[-1])
    return count, millis / 1000


def timed(label, argv, rows):
    start_log = http_log_size()
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(f"{label}: exit {done.returncode}: {done.stderr.strip()}")
    counted = requests_since(start_log)
    rows.append((label, wall, counted, load))
    shown = f"{counted[0]} requests, {counted[1]:.2f} s in the server" if counted else "requests n/a"
    print(f"{label}: {wall:.2f} s, {shown}, load {load:.1f}", file=sys.stderr)


def run(folder, cli, rounds=3):
    path = generate(folder)
    uri = server_uri()
    seed = os.path.join(REPO, "seeds", "shijingshan-forum-2023.json")
    me = [sys.executable, os.path.abspath(__file__)]
    ours_push = cli + ["neo4j", "push", path, "--uri", uri]
    ours_pull = cli + ["neo4j", "pull", "--uri", uri, "--out", os.path.join(folder, "pulled-ours.json")]
    peer_push_cmd = me + ["peer-push", path, uri]
    peer_pull_cmd = me + ["peer-pull", uri, os.path.join(folder, "pulled-peer.json")]
    rows = []

    # First push: a freshly started server (new JVM, empty store) against a warm one with an emptied database.
    fresh_server()
    timed("seed: ours push, fresh server", cli + ["neo4j", "push", seed, "--uri", uri], rows)
    timed("seed: ours push again (nothing to create)", cli + ["neo4j", "push", seed, "--uri", uri], rows)
    wipe(uri)
    timed("seed: ours push, warm server, empty database", cli + ["neo4j", "push", seed, "--uri", uri], rows)
    fresh_server()
    timed("50k: peer push, fresh server", peer_push_cmd, rows)
    wipe(uri)
    timed("50k: peer push, warm server, empty database", peer_push_cmd, rows)
    fresh_server()
    timed("50k: ours push, fresh server", ours_push, rows)
    wipe(uri)
    timed("50k: ours push, warm server, empty database", ours_push, rows)

    # Warm server, the network in the database: ours and the peer alternate, so both see the same load.
    for i in range(rounds):
        timed("50k: ours pull", ours_pull, rows)
        timed("50k: peer pull", peer_pull_cmd, rows)
        timed("50k: ours push again (atomic)", ours_push, rows)
        timed("50k: ours push again (--batched)", ours_push + ["--batched"], rows)
        timed("50k: peer push again", peer_push_cmd, rows)
    # Warm server, empty database each time.
    for i in range(rounds - 1):
        wipe(uri)
        timed("50k: ours push into an empty database (atomic)", ours_push, rows)
        wipe(uri)
        timed("50k: ours push into an empty database (--batched)", ours_push + ["--batched"], rows)
        wipe(uri)
        timed("50k: peer push into an empty database", peer_push_cmd, rows)

    print("| step | runs | wall, whole process (s) | HTTP requests | server time, sum over requests (s) | load (1 min) |")
    print("|---|---:|---:|---:|---:|---:|")
    labels = []
    for row in rows:
        if row[0] not in labels:
            labels.append(row[0])
    for label in labels:
        mine = [r for r in rows if r[0] == label]
        walls = f"{mine[0][1]:.2f}"
        if len(mine) > 1:
            walls = f"{min(r[1] for r in mine):.2f}–{max(r[1] for r in mine):.2f} (median {statistics.median(r[1] for r in mine):.2f})"
        counted = [r[2] for r in mine if r[2]]
        requests = "/".join(sorted({str(c[0]) for c in counted})) if counted else "n/a"
        server = (f"{statistics.median(c[1] for c in counted):.2f}" + (" (median)" if len(counted) > 1 else "")) if counted else "n/a"
        loads = f"{min(r[3] for r in mine):.0f}–{max(r[3] for r in mine):.0f}" if len(mine) > 1 else f"{mine[0][3]:.0f}"
        print(f"| {label} | {len(mine)} | {walls} | {requests} | {server} | {loads} |")


def alternate(folder, rounds, cli, others=()):
    """The re-push and pull rows of `run` alone, on a warm server that already holds the network (pushed once here):
    ours, the peer and optionally another build of ours take turns, so they see the same load."""
    path = generate(folder)
    uri = server_uri()
    me = [sys.executable, os.path.abspath(__file__)]
    rows = []
    subprocess.run(cli + ["neo4j", "push", path, "--uri", uri], check=True, capture_output=True)
    builds = [("ours", cli)] + [(f"build {i + 2}", other) for i, other in enumerate(others)]
    for i in range(rounds):
        for name, tool in builds:
            timed(f"{name} pull", tool + ["neo4j", "pull", "--uri", uri, "--out", os.path.join(folder, f"pulled-{name.replace(' ', '')}.json")], rows)
        timed("peer pull", me + ["peer-pull", uri, os.path.join(folder, "pulled-peer.json")], rows)
        for name, tool in builds:
            timed(f"{name} re-push (atomic)", tool + ["neo4j", "push", path, "--uri", uri], rows)
        timed("peer re-push", me + ["peer-push", path, uri], rows)
    print("| step | runs | wall, whole process (s) | HTTP requests | server time (s) | load (1 min) |")
    print("|---|---:|---:|---:|---:|---:|")
    labels = list(dict.fromkeys(r[0] for r in rows))
    for label in labels:
        mine = [r for r in rows if r[0] == label]
        walls = [r[1] for r in mine]
        counted = [r[2] for r in mine if r[2]]
        requests = "/".join(sorted({str(c[0]) for c in counted})) if counted else "n/a"
        server = f"{statistics.median(c[1] for c in counted):.2f} (median)" if counted else "n/a"
        print(f"| {label} | {len(mine)} | {min(walls):.2f}–{max(walls):.2f} (median {statistics.median(walls):.2f}) | {requests} | {server} "
              f"| {min(r[3] for r in mine):.1f}–{max(r[3] for r in mine):.1f} |")


def main(argv):
    if len(argv) >= 2 and argv[0] == "generate":
        print(generate(argv[1]))
    elif len(argv) >= 3 and argv[0] == "run":
        run(argv[1], argv[2:])
    elif len(argv) >= 4 and argv[0] == "alternate":
        groups = [[]]
        for arg in argv[3:]:
            if arg == "--":
                groups.append([])
            else:
                groups[-1].append(arg)
        alternate(argv[1], int(argv[2]), groups[0], groups[1:])
    elif len(argv) == 3 and argv[0] == "peer-push":
        peer_push(argv[1], argv[2])
    elif len(argv) == 3 and argv[0] == "peer-pull":
        print("pulled %d stakeholders and %d ties" % peer_pull(argv[1], argv[2]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
