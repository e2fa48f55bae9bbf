#!/usr/bin/python3
"""Checks files written by Stakeholders' writers with other tools' readers.

Run with Debian's interpreter (networkx 2.8.8, igraph 0.10, pydot, graphviz):

    /usr/bin/python3 check_formats.py expected.json

expected.json (written by the C# test InteropTests) holds the network as the documented mappings in docs/formats.md say
each format carries it, and the paths of the files to check:

    {"directed": false,
     "files": {"graphml": "...", "graphml_directed": "...", "gexf13": "...", "gexf12": "...", "nodelink": "...", "pajek": "...", "dot": "..."},
     "nodes": [{"id", "name", "kind", "organization_type"?, "aliases": [...], "description"?, "attributes": {...}}],
     "edges": [{"id", "source", "target", "type", "role"?, "start"?, "end"?, "weight", "confidence",
                "evidence": [...], "attributes": {...}}]}

Prints one line per check and exits 1 if any failed.
"""
import json
import subprocess
import sys
from collections import Counter

import igraph
import networkx as nx
from networkx.readwrite import json_graph

failures = []
DIRECTED = True  # set from the spec in main(): the direction the writers were told to write


def ends(u, v):
    """An edge's end points as compared: ordered when the file is directed, sorted when it is not."""
    return (u, v) if DIRECTED else tuple(sorted((u, v)))


def check(label, actual, expected):
    if actual == expected:
        print(f"ok   {label}")
    else:
        failures.append(label)
        print(f"FAIL {label}\n     expected: {expected!r}\n     actual:   {actual!r}")


def expected_node_attrs(node, name_key="name", aliases_as_json=True):
    """The attributes a GraphML/GEXF reader should see on a node, per docs/formats.md."""
    attrs = {name_key: node["name"], "kind": node["kind"]}
    if "organization_type" in node:
        attrs["organization_type"] = node["organization_type"]
    if node["aliases"]:
        attrs["aliases"] = node["aliases"] if not aliases_as_json else ("json", node["aliases"])
    if "description" in node:
        attrs["description"] = node["description"]
    for key, value in node["attributes"].items():
        attrs[key] = value
    return attrs


def expected_edge_attrs(edge):
    attrs = {"type": edge["type"], "weight": float(edge["weight"]), "confidence": float(edge["confidence"])}
    for key in ("role", "start", "end"):
        if key in edge:
            attrs[key] = edge[key]
    if edge["evidence"]:
        attrs["evidence"] = ("json", edge["evidence"])
    for key, value in edge["attributes"].items():
        attrs[key] = value
    return attrs


def decode(attrs):
    """Turns JSON-string attributes into ("json", value) so they compare structurally."""
    out = {}
    for key, value in attrs.items():
        if key in ("aliases", "evidence") and isinstance(value, str):
            out[key] = ("json", json.loads(value))
        else:
            out[key] = value
    return out


def freeze(value):
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def without_empty(attrs, drop_empty):
    return {k: v for k, v in attrs.items() if not (drop_empty and v == "")}


def check_networkx_graph(label, g, nodes, edges, name_key="name", extra_node_keys=(), extra_edge_keys=(), drop_empty=False):
    """drop_empty: NetworkX's GraphML reader skips <data> elements with no text, so "" values are absent there."""
    check(f"{label}: node ids", sorted(g.nodes), sorted(n["id"] for n in nodes))
    for n in nodes:
        data = {k: v for k, v in g.nodes[n["id"]].items() if k not in extra_node_keys}
        check(f"{label}: node {n['id']!r} attributes", decode(data), without_empty(expected_node_attrs(n, name_key), drop_empty))
    actual = Counter()
    for u, v, k, data in g.edges(keys=True, data=True):
        data = {kk: vv for kk, vv in data.items() if kk not in extra_edge_keys}
        actual[(*ends(u, v), freeze(decode(data)))] += 1
    expected = Counter((*ends(e["source"], e["target"]), freeze(without_empty(expected_edge_attrs(e), drop_empty))) for e in edges)
    check(f"{label}: edges with attributes", sorted(actual.items()), sorted(expected.items()))


def check_graphml_networkx(path, nodes, edges):
    g = nx.read_graphml(path, force_multigraph=True)
    check("graphml/networkx: directed as written", g.is_directed(), DIRECTED)
    # NetworkX uses the GraphML edge id as the multigraph edge key.
    ids = sorted(str(k) for _, _, k in g.edges(keys=True))
    check("graphml/networkx: edge ids", ids, sorted(e["id"] for e in edges))
    check_networkx_graph("graphml/networkx", g, nodes, edges, drop_empty=True)


def check_graphml_igraph(path, nodes, edges):
    g = igraph.Graph.Read_GraphML(path)
    check("graphml/igraph: directed as written", g.is_directed(), DIRECTED)
    check("graphml/igraph: vertex ids", sorted(g.vs["id"]), sorted(n["id"] for n in nodes))
    by_id = {n["id"]: n for n in nodes}
    for v in g.vs:
        node = by_id[v["id"]]
        # igraph gives every vertex every declared attribute; absent values read as "" (strings) or nan (numbers).
        data = {k: val for k, val in v.attributes().items() if k != "id" and val not in ("", None)}
        expected = {k: val for k, val in expected_node_attrs(node).items() if val != ""}
        check(f"graphml/igraph: vertex {v['id']!r} attributes", decode(data), expected)
    actual = Counter()
    for e in g.es:
        data = {k: val for k, val in e.attributes().items() if k != "id" and val not in ("", None) and val == val}
        actual[(*ends(g.vs[e.source]["id"], g.vs[e.target]["id"]), freeze(decode(data)))] += 1
    expected = Counter(
        (*ends(e["source"], e["target"]), freeze({k: v for k, v in expected_edge_attrs(e).items() if v != ""})) for e in edges)
    check("graphml/igraph: edges with attributes", sorted(actual.items()), sorted(expected.items()))


def check_graphml_directed(path):
    """The same network written with direction: NetworkX and igraph see a directed graph."""
    check("graphml-directed/networkx: directed", nx.read_graphml(path, force_multigraph=True).is_directed(), True)
    check("graphml-directed/igraph: directed", igraph.Graph.Read_GraphML(path).is_directed(), True)


def check_gexf(label, path, nodes, edges):
    g = nx.read_gexf(path)
    if not g.is_multigraph():
        g = nx.MultiDiGraph(g) if g.is_directed() else nx.MultiGraph(g)
    check(f"{label}: directed as written", g.is_directed(), DIRECTED)
    # GEXF: node label = name; edge label = type (also an attvalue 'type'); edge id kept as attribute 'id'.
    ids = sorted(d.get("id") for _, _, d in g.edges(data=True))
    check(f"{label}: edge ids", ids, sorted(e["id"] for e in edges))
    stripped = nx.MultiDiGraph() if g.is_directed() else nx.MultiGraph()
    for n, d in g.nodes(data=True):
        stripped.add_node(n, **d)
    for u, v, k, d in g.edges(keys=True, data=True):
        d = dict(d)
        check(f"{label}: edge {d.get('id')!r} label is its type", d.pop("label", None), d.get("type"))
        stripped.add_edge(u, v, key=k, **d)
    check_networkx_graph(label, stripped, nodes, edges, name_key="label", extra_edge_keys=("id",))


def check_gexf_1_3_is_refused_by_networkx_2(path):
    """GEXF 1.3 (written on request) is not a version NetworkX 2.x knows, which is why 1.2draft is the default."""
    try:
        nx.read_gexf(path)
        outcome = "read"
    except nx.NetworkXError as e:
        # NetworkX 2.8 looks for <graph> under the namespaces it knows and reports "No <graph> element in GEXF file."
        print(f"     networkx says: {e}")
        outcome = "refused"
    expected = "refused" if int(nx.__version__.split(".")[0]) < 3 else outcome
    check(f"gexf-1.3/networkx {nx.__version__}: {outcome}", outcome, expected)


def check_nodelink(path, nodes, edges):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    g = json_graph.node_link_graph(data)
    check("node-link/networkx: directed as written", g.is_directed(), DIRECTED)
    check("node-link/networkx: node ids", sorted(g.nodes), sorted(n["id"] for n in nodes))
    for n in nodes:
        # The name is written once, as label (docs/formats.md).
        expected = {"label": n["name"], "kind": n["kind"]}
        if "organization_type" in n:
            expected["organizationType"] = n["organization_type"]
        if n["aliases"]:
            expected["aliases"] = n["aliases"]
        if "description" in n:
            expected["description"] = n["description"]
        if n["attributes"]:
            expected["attributes"] = n["attributes"]
        check(f"node-link/networkx: node {n['id']!r}", dict(g.nodes[n["id"]]), expected)
    actual = Counter()
    for u, v, d in g.edges(data=True):
        actual[(*ends(u, v), freeze(d))] += 1
    expected = Counter()
    for e in edges:
        # Left out when equal to what a reader assumes: the id source|type|target, weight 1, confidence 1, an open end.
        d = {"type": e["type"]}
        if e["id"] != f"{e['source']}|{e['type']}|{e['target']}":
            d["id"] = e["id"]
        for key in ("weight", "confidence"):
            if e[key] != 1:
                d[key] = e[key]
        for key in ("role",):
            if key in e:
                d[key] = e[key]
        if "start" in e or "end" in e:
            d["start"] = e["start"] if e.get("start", "") != "" else None
        if e.get("end", "") != "":
            d["end"] = e["end"]
        if e["evidence"]:
            d["evidence"] = e["evidence"]
        if e["attributes"]:
            d["attributes"] = e["attributes"]
        expected[(*ends(e["source"], e["target"]), freeze(d))] += 1
    check("node-link/networkx: edges with attributes", sorted(actual.items()), sorted(expected.items()))


def check_pajek(path, nodes, edges):
    g = nx.read_pajek(path)
    check("pajek/networkx: node ids", sorted(g.nodes), sorted(n["id"] for n in nodes))
    actual = Counter((u, v, d["weight"]) for u, v, d in g.edges(data=True))
    expected = Counter((e["source"], e["target"], float(e["weight"])) for e in edges)
    check("pajek/networkx: arcs with weights", sorted(actual.items()), sorted(expected.items()))


def unquote_dot(text):
    assert text.startswith('"') and text.endswith('"'), text
    out, i, body = [], 0, text[1:-1]
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body) and body[i + 1] in '"\\':
            out.append(body[i + 1])
            i += 2
        elif body[i] == "\\" and i + 1 < len(body) and body[i + 1] == "n":
            out.append("\n")
            i += 2
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


def check_dot(path, nodes, edges):
    import pydot
    result = subprocess.run(["dot", "-Tcanon", path], capture_output=True, text=True)
    check("dot/graphviz: parses without error", (result.returncode, result.stderr.strip()), (0, ""))
    graphs = pydot.graph_from_dot_file(path)
    check("dot/pydot: one digraph", (len(graphs), graphs[0].get_type()), (1, "digraph"))
    g = graphs[0]
    # pydot 1.4.2 reports a phantom node named "\n" after edge statements (a parser artifact, not in the file).
    declared = [n for n in g.get_nodes() if n.get_name() not in ('"\\n"', "\\n")]
    names = sorted(unquote_dot(n.get_name()) for n in declared)
    check("dot/pydot: node ids", names, sorted(n["id"] for n in nodes))
    labels = {unquote_dot(n.get_name()): unquote_dot(n.get("label")) for n in declared}
    check("dot/pydot: node labels are names", labels, {n["id"]: n["name"].replace("\r\n", "\n").replace("\r", "\n") for n in nodes})
    actual = Counter((unquote_dot(e.get_source()), unquote_dot(e.get_destination()), unquote_dot(e.get("id")), unquote_dot(e.get("label")))
                     for e in g.get_edges())
    expected = Counter((e["source"], e["target"], e["id"].replace("\r\n", "\n").replace("\r", "\n"), e["type"]) for e in edges)
    check("dot/pydot: edges", sorted(actual.items()), sorted(expected.items()))


def main():
    global DIRECTED
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    DIRECTED = spec["directed"]
    files, nodes, edges = spec["files"], spec["nodes"], spec["edges"]
    print(f"networkx {nx.__version__}, igraph {igraph.__version__}")
    if "graphml" in files:
        check_graphml_networkx(files["graphml"], nodes, edges)
        check_graphml_igraph(files["graphml"], nodes, edges)
    if "graphml_directed" in files:
        check_graphml_directed(files["graphml_directed"])
    if "gexf12" in files:
        check_gexf("gexf-1.2draft/networkx", files["gexf12"], nodes, edges)
    if "gexf13" in files:
        check_gexf_1_3_is_refused_by_networkx_2(files["gexf13"])
    if "nodelink" in files:
        check_nodelink(files["nodelink"], nodes, edges)
    if "pajek" in files:
        check_pajek(files["pajek"], nodes, edges)
    if "dot" in files:
        check_dot(files["dot"], nodes, edges)
    print(f"{len(failures)} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
