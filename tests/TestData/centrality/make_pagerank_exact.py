#!/usr/bin/python3
"""How far NetworkX's default PageRank stopping rule leaves the scores from the exact vector, on Les Misérables.

Writes lesmis_pagerank.json beside this script: the graph (77 characters, 254 weighted co-appearance edges, from
networkx.les_miserables_graph()), the exact PageRank (damping 0.85, weights used, as networkx.pagerank's defaults) from a
dense linear solve, NetworkX's default-tolerance result (tol=1e-06, max_iter=100) and the distances between them.
Run with Debian's python3-networkx and python3-numpy: /usr/bin/python3 make_pagerank_exact.py
"""
import json
import os

import networkx as nx
import numpy as np

ALPHA = 0.85

g = nx.les_miserables_graph()
nodes = sorted(g.nodes())
index = {v: i for i, v in enumerate(nodes)}
n = len(nodes)

# Column-stochastic transition matrix of the weighted random walk (no dangling vertices in this graph).
w = np.zeros((n, n))
for u, v, d in g.edges(data=True):
    w[index[u], index[v]] += d.get("weight", 1.0)
    w[index[v], index[u]] += d.get("weight", 1.0)
out = w.sum(axis=1)
assert (out > 0).all(), "Les Miserables has no isolated vertex"
p = (w / out[:, None]).T
# x = alpha P x + (1 - alpha)/n  ->  (I - alpha P) x = (1 - alpha)/n
exact = np.linalg.solve(np.eye(n) - ALPHA * p, np.full(n, (1 - ALPHA) / n))
exact = exact / exact.sum()

default = nx.pagerank(g, alpha=ALPHA)
tight = nx.pagerank(g, alpha=ALPHA, tol=1e-15, max_iter=10000)

default_v = np.array([default[v] for v in nodes])
tight_v = np.array([tight[v] for v in nodes])

result = {
    "graph": "networkx.les_miserables_graph()",
    "networkx": nx.__version__,
    "numpy": np.__version__,
    "alpha": ALPHA,
    "edges": [[u, v, d.get("weight", 1.0)] for u, v, d in sorted(g.edges(data=True))],
    "exact": {v: float(exact[index[v]]) for v in nodes},
    "networkx_default": {v: float(default[v]) for v in nodes},
    "default_l1_from_exact": float(np.abs(default_v - exact).sum()),
    "default_max_from_exact": float(np.abs(default_v - exact).max()),
    "tight_l1_from_exact": float(np.abs(tight_v - exact).sum()),
    "tight_max_from_exact": float(np.abs(tight_v - exact).max()),
}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "lesmis_pagerank.json"), "w", encoding="utf-8") as f:
    json.dump(result, f, indent=1, ensure_ascii=False)
    f.write("\n")
print({k: v for k, v in result.items() if k.endswith("exact")})
