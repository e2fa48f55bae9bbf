#!/usr/bin/python3
"""Oracle values for tests/Examples.Tests: NetworkX 2.8.8 (Debian's /usr/bin/python3) on the example CSV and the seed.

Reads examples/data/forum.nodes.csv + forum.edges.csv and seeds/shijingshan-forum-2023.json, builds the graphs the
examples build (undirected, unweighted, every stakeholder a vertex; people linked through shared events), and writes
expected.json beside this script. Run from anywhere: /usr/bin/python3 tests/Examples.Tests/make_expected.py
"""
import csv
import json
import os

import networkx as nx
from networkx.algorithms import bipartite

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def read_csv_network():
    with open(os.path.join(ROOT, "examples", "data", "forum.nodes.csv"), newline="", encoding="utf-8") as f:
        nodes = [(r["id"], r["kind"]) for r in csv.DictReader(f)]
    ties = {}
    with open(os.path.join(ROOT, "examples", "data", "forum.edges.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            ties.setdefault(r["id"], (r["source"], r["target"]))  # a repeated id only adds evidence
    return nodes, list(ties.values())


def read_seed_network():
    with open(os.path.join(ROOT, "seeds", "shijingshan-forum-2023.json"), encoding="utf-8") as f:
        data = json.load(f)
    nodes = [(s["id"], s["kind"]) for s in data["stakeholders"]]
    ties = [(t["source"], t["target"]) for t in data["ties"]]
    return nodes, ties


def top(scores, k):
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
    return [{"id": i, "score": s} for i, s in ranked]


def summarise(nodes, ties):
    g = nx.Graph()
    g.add_nodes_from(i for i, _ in nodes)
    g.add_edges_from(ties)
    betweenness = nx.betweenness_centrality(g)
    pagerank = nx.pagerank(g)
    people = [i for i, k in nodes if k == "person"]
    events = [i for i, k in nodes if k == "event"]
    b = nx.Graph()
    b.add_nodes_from(people + events)
    b.add_edges_from((u, v) for u, v in ties if (u in people and v in events) or (u in events and v in people))
    projected = bipartite.weighted_projected_graph(b, people)
    pairs = sorted(({"first": min(u, v), "second": max(u, v), "weight": d["weight"]} for u, v, d in projected.edges(data=True)),
                   key=lambda p: (-p["weight"], p["first"], p["second"]))
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "ties": len(ties),
        "betweenness": {k: v for k, v in sorted(betweenness.items())},
        "pagerank": {k: v for k, v in sorted(pagerank.items())},
        "topBetweenness": top(betweenness, 3),
        "topPageRank": top(pagerank, 3),
        "coAttendance": pairs,
    }


def main():
    out = {
        "generator": "tests/Examples.Tests/make_expected.py, networkx " + nx.__version__,
        "forum": summarise(*read_csv_network()),
        "seed": summarise(*read_seed_network()),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, sort_keys=False)
        f.write("\n")


if __name__ == "__main__":
    main()
