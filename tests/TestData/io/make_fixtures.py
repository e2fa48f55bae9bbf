#!/usr/bin/python3
"""Writes GraphML/GEXF files with NetworkX 2.8.8 (Debian's /usr/bin/python3) for the reader tests: files produced by
another tool, so the readers are tested on input they did not write themselves.

Run from this directory: /usr/bin/python3 make_fixtures.py
"""
import networkx as nx

g = nx.MultiDiGraph()
g.graph["title"] = "written by networkx"
g.add_node("alice", label="Alice", kind="person", age=41)
g.add_node("acme", label="ACME Ltd.", kind="organization", organization_type="company")
g.add_node("bob")
g.add_edge("alice", "acme", key="e1", type="MEMBER_OF", weight=2.5, since="2019")
g.add_edge("bob", "acme", key="e2", weight=1.0)
g.add_edge("bob", "acme", key="e3", label="PARTNERS_WITH")
nx.write_graphml(g, "networkx.graphml")
nx.write_gexf(g, "networkx.gexf")
