#!/usr/bin/python3
"""Writes the classic test graphs as edge lists (`u v [weight]`), from Debian's python3-networkx.

Run: /usr/bin/python3 tests/TestData/graphs/make_graphs.py
Every fixture script under tests/TestData reads these files, so C# and the oracles see the same graphs.
"""
import os
import random
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, g, weighted=False, header=""):
    path = os.path.join(HERE, name + ".edges")
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {header}\n" if header else "")
        f.write(f"# {'directed' if g.is_directed() else 'undirected'}, {g.number_of_nodes()} nodes, {g.number_of_edges()} edges\n")
        # isolated vertices are listed as comment lines '#! node <id>' so readers can keep them
        for n in g.nodes():
            if g.degree(n) == 0:
                f.write(f"#! node {n}\n")
        for u, v, d in g.edges(data=True):
            if weighted:
                f.write(f"{u} {v} {d['weight']:.17g}\n")
            else:
                f.write(f"{u} {v}\n")


karate = nx.karate_club_graph()  # weighted in networkx >= 2.x? keep topology only
write("karate", nx.Graph(karate.edges()), header="Zachary's karate club (Zachary 1977), via networkx.karate_club_graph, unweighted")
write("florentine", nx.florentine_families_graph(), header="Padgett's Florentine families (marriage ties), via networkx.florentine_families_graph")
write("kite", nx.krackhardt_kite_graph(), header="Krackhardt kite, via networkx.krackhardt_kite_graph")

rng = random.Random(7)
directed = nx.gnp_random_graph(30, 0.12, seed=11, directed=True)
write("directed", directed, header="gnp_random_graph(30, 0.12, seed=11, directed=True)")

weighted = nx.gnp_random_graph(25, 0.2, seed=5)
for u, v in weighted.edges():
    weighted[u][v]["weight"] = rng.choice([0.5, 1.0, 1.5, 2.0, 3.0, 4.0])
write("weighted", weighted, weighted=True, header="gnp_random_graph(25, 0.2, seed=5), weights from random.Random(7) in {0.5,1,1.5,2,3,4}")

directed_weighted = nx.gnp_random_graph(20, 0.15, seed=3, directed=True)
for u, v in directed_weighted.edges():
    directed_weighted[u][v]["weight"] = rng.choice([1.0, 2.0, 3.0, 5.0])
write("directed_weighted", directed_weighted, weighted=True, header="gnp_random_graph(20, 0.15, seed=3, directed=True), weights in {1,2,3,5}")

disconnected = nx.disjoint_union_all([nx.path_graph(4), nx.cycle_graph(5), nx.star_graph(3), nx.empty_graph(2)])
write("disconnected", disconnected, header="path(4) + cycle(5) + star(3) + two isolated vertices, via disjoint_union_all")
