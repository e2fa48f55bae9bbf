#!/usr/bin/python3
"""Writes igraph_karate_plain.graphml: Zachary's karate club as python3-igraph 0.10 writes a graph without attributes
(no <key>, no <data>), the input of the plain-graph fast path (PlainGraphSourceTests)."""
import os
import igraph

here = os.path.dirname(os.path.abspath(__file__))
igraph.Graph.Famous("Zachary").write_graphml(os.path.join(here, "igraph_karate_plain.graphml"))
