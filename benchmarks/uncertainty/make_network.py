#!/usr/bin/python3
"""A synthetic stakeholder network for the --uncertainty benchmark: 2,000 stakeholders, 10,000 ties of five types,
confidences drawn from {0.5, 0.7, 0.8, 0.9, 1.0}, seeded (random.Random(7)). Writes the native JSON format.

Run: /usr/bin/python3 benchmarks/uncertainty/make_network.py /tmp/uncertain-10k.json
"""
import json
import random
import sys

rnd = random.Random(7)
n, t = 2000, 10000
types = ["MEMBER_OF", "SPOKE_AT", "PARTNERS_WITH", "INVESTS_IN", "HOLDS_POSITION"]
stakeholders = [{"id": "s%d" % i, "name": "Stakeholder %d" % i, "kind": "organization" if i % 3 else "person"} for i in range(n)]
ties = []
for k in range(t):
    # Preferential attachment-ish endpoints: a few hubs, many peripheral stakeholders.
    u = int(n * rnd.random() ** 2)
    v = rnd.randrange(n)
    if u == v:
        v = (v + 1) % n
    ties.append({"id": "t%d" % k, "source": "s%d" % u, "target": "s%d" % v, "type": rnd.choice(types),
                 "strength": 1, "confidence": rnd.choice([0.5, 0.7, 0.8, 0.9, 1.0]), "evidence": []})
json.dump({"format": "stakeholders-network", "version": 1, "title": "Synthetic uncertain network (10k ties)",
           "documents": [], "stakeholders": stakeholders, "ties": ties}, open(sys.argv[1], "w"))
