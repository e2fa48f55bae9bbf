#!/usr/bin/python3
"""Peer timings for FormatBenchmarks: the same network shape (Barabasi-Albert n=5000, m=4, every edge with a role, a
start date, one evidence quote as a JSON string, a weight and an attribute; every node with a name, kind and country),
written and read with NetworkX 2.8.8's GraphML code and Python's json module, in memory. Best of 5 runs, milliseconds.

    /usr/bin/python3 benchmarks/Stakeholders.Benchmarks/IO/peer_timing.py
"""
import io
import json
import time

import networkx as nx

g0 = nx.barabasi_albert_graph(5000, 4, seed=1)
g = nx.MultiDiGraph()
for i in g0.nodes:
    g.add_node(f"s{i}", name=f"Stakeholder {i}", kind="person" if i % 2 == 0 else "organization",
               country="CN" if i % 3 == 0 else "DE")
for e, (u, v) in enumerate(g0.edges):
    g.add_edge(f"s{u}", f"s{v}", key=f"t{e}", type="PARTNERS_WITH", role="partner", start=str(2000 + e % 24),
               weight=float(1 + e % 5), confidence=1.0,
               evidence=json.dumps([{"document": "doc", "quote": f"s{u} works with s{v}."}]), sector="energy")

doc = {"nodes": [{"id": n, **d} for n, d in g.nodes(data=True)],
       "links": [{"source": u, "target": v, "id": k, **d} for u, v, k, d in g.edges(keys=True, data=True)]}


def best(f, runs=5):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append((time.perf_counter() - t) * 1000)
    return min(times)


def write_graphml():
    buffer = io.BytesIO()
    nx.write_graphml(g, buffer)
    return buffer.getvalue()


graphml = write_graphml()
text = json.dumps(doc, indent=2)
print(f"nodes {g.number_of_nodes()}, edges {g.number_of_edges()}")
print(f"json.dumps (indent=2):        {best(lambda: json.dumps(doc, indent=2)):8.1f} ms")
print(f"json.loads:                   {best(lambda: json.loads(text)):8.1f} ms")
print(f"networkx write_graphml:       {best(write_graphml):8.1f} ms")
print(f"networkx read_graphml:        {best(lambda: nx.read_graphml(io.BytesIO(graphml), force_multigraph=True)):8.1f} ms")
