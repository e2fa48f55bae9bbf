#!/usr/bin/python3
"""Checks that NetworkX and igraph read the scores `stakeholders analyze --out` writes as numbers equal to its JSON.

    /usr/bin/python3 check_scores.py analysis.json network.graphml network.gexf network.nodelink.json

analysis.json is `stakeholders analyze --out analysis.json` of the same input and options. Every score must be a float
(the community an int) equal to the JSON value, an undefined score (JSON null) must be absent (GraphML, GEXF) or null
(node-link), and NetworkX's own betweenness on the GraphML read as it is (no to_undirected) must equal ours.
Prints one line per check and exits 1 if any failed.
"""
import json
import math
import sys

import igraph
import networkx as nx
from networkx.readwrite import json_graph

failures = []


def check(label, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + label + ("" if ok else f"\n     {detail}"))
    if not ok:
        failures.append(label)


def compare(label, nodes, get, measures):
    """get(node_id, name) returns what the reader saw, or None when absent."""
    for row in nodes:
        for name in measures + ["community"]:
            if name not in row:
                continue
            expected, actual = row[name], get(row["id"], name)
            if expected is None:
                check(f"{label}: {row['id']}.{name} undefined", actual is None or (isinstance(actual, float) and math.isnan(actual)), repr(actual))
            elif name == "community":
                check(f"{label}: {row['id']}.community", isinstance(actual, int) and actual == expected, f"{actual!r} != {expected!r}")
            else:
                check(f"{label}: {row['id']}.{name}", isinstance(actual, float) and actual == expected, f"{actual!r} ({type(actual).__name__}) != {expected!r}")


def main():
    analysis_path, graphml, gexf, nodelink = sys.argv[1:5]
    with open(analysis_path, encoding="utf-8") as f:
        analysis = json.load(f)
    measures = analysis["provenance"]["parameters"]["measures"]
    nodes = analysis["nodes"]
    directed = analysis["network"]["directed"]
    print(f"networkx {nx.__version__}, igraph {igraph.__version__}; measures {measures}")

    g = nx.read_graphml(graphml)
    check("graphml/networkx: direction as analysed", g.is_directed() == directed)
    compare("graphml/networkx", nodes, lambda n, k: g.nodes[n].get(k), measures)
    if "betweenness" in measures:
        theirs = nx.betweenness_centrality(g)
        check("graphml/networkx: its own betweenness on the file as read equals ours",
              all(abs(theirs[r["id"]] - r["betweenness"]) < 1e-12 for r in nodes),
              str({r["id"]: (theirs[r["id"]], r["betweenness"]) for r in nodes if abs(theirs[r["id"]] - r["betweenness"]) >= 1e-12}))

    ig = igraph.Graph.Read_GraphML(graphml)
    check("graphml/igraph: direction as analysed", ig.is_directed() == directed)
    by_id = {v["id"]: v for v in ig.vs}

    def igraph_value(n, k):
        value = by_id[n][k]
        # igraph reads GraphML int as a float vertex attribute; an absent value is NaN.
        if k == "community" and isinstance(value, float) and value.is_integer():
            return int(value)
        return value

    compare("graphml/igraph", nodes, igraph_value, measures)

    x = nx.read_gexf(gexf)
    check("gexf/networkx: direction as analysed", x.is_directed() == directed)
    compare("gexf/networkx", nodes, lambda n, k: x.nodes[n].get(k), measures)

    with open(nodelink, encoding="utf-8") as f:
        data = json.load(f)
    check("node-link: directed as analysed", data["directed"] == directed)
    nl = json_graph.node_link_graph(data)

    def nodelink_value(n, k):
        value = nl.nodes[n].get(k)
        return float(value) if isinstance(value, int) and k != "community" else value

    compare("node-link/networkx", nodes, nodelink_value, measures)
    check("node-link: every node has label, x and y", all({"label", "x", "y"} <= set(nl.nodes[r["id"]]) for r in nodes))
    print(f"{len(failures)} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
