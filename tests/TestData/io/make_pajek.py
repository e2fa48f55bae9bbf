#!/usr/bin/python3
"""Writes karate.net with NetworkX's write_pajek (Debian python3-networkx 2.8.8), so the Pajek reader is tested on a
file another tool wrote. Run: /usr/bin/python3 tests/TestData/io/make_pajek.py"""
import os
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
G = nx.Graph()
with open(os.path.join(HERE, "..", "graphs", "karate.edges"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        u, v = line.split()[:2]
        G.add_edge(u, v)
nx.write_pajek(G, os.path.join(HERE, "karate.net"))
