#!/usr/bin/python3
"""Oracle values for NetworkProjection and TwoModeProjection, from Debian's python3-networkx.

Run: /usr/bin/python3 tests/TestData/graphs-projection/make_fixtures.py
Reads network.json (a hand-made stakeholder network) beside this script and writes projection_fixtures.json:
- "projection": for named option sets, the vertices (in network order) and the edges of the one-mode projection, computed
  here independently: filter the ties, then add them to a networkx (Di)Graph summing the weights of parallel ties.
- "two_mode": nx.algorithms.bipartite weighted_projected_graph (ratio False/True),
  collaboration_weighted_projected_graph and overlap_weighted_projected_graph (jaccard=True) on the bipartite graph
  the options describe, for the hand-made network and for Davis' Southern Women (davis_southern_women_graph).
"""
import calendar
import json
import os
import networkx as nx
from networkx.algorithms import bipartite

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "network.json"), encoding="utf-8") as f:
    NETWORK = json.load(f)


def earliest(d):
    parts = [int(p) for p in d.split("-")]
    return (parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def latest(d):
    parts = [int(p) for p in d.split("-")]
    y = parts[0]
    m = parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(y, m)[1]
    return (y, m, day)


MIN_DAY, MAX_DAY = (1, 1, 1), (9999, 12, 31)


def window(opts):
    if "asOf" in opts:
        return earliest(opts["asOf"]), latest(opts["asOf"])
    if "from" in opts or "to" in opts:
        return (earliest(opts["from"]) if "from" in opts else MIN_DAY, latest(opts["to"]) if "to" in opts else MAX_DAY)
    return None


def accepts(tie, opts, kind_of):
    kinds = opts.get("kinds")
    if kinds is not None and (kind_of[tie["source"]] not in kinds or kind_of[tie["target"]] not in kinds):
        return False
    types = opts.get("tieTypes")
    if types is not None and tie["type"] not in types:
        return False
    w = window(opts)
    has_period = "start" in tie or "end" in tie
    if w is not None and has_period:
        start = earliest(tie["start"]) if "start" in tie else MIN_DAY
        end = latest(tie["end"]) if "end" in tie else MAX_DAY
        if not (start <= w[1] and w[0] <= end):
            return False
    if len(set(tie["documents"])) < opts.get("minimumEvidence", 0):
        return False
    return True


def weight(tie, source):
    return {"strength": tie["strength"], "confidence": tie["confidence"],
            "strengthTimesConfidence": tie["strength"] * tie["confidence"], "none": 1.0}[source]


def project(opts):
    kind_of = {s["id"]: s["kind"] for s in NETWORK["stakeholders"]}
    directed = opts.get("directed", False)
    g = nx.DiGraph() if directed else nx.Graph()
    kinds = opts.get("kinds")
    for s in NETWORK["stakeholders"]:
        if kinds is None or s["kind"] in kinds:
            g.add_node(s["id"])
    source = opts.get("weightSource", "strength")
    for t in NETWORK["ties"]:
        if not accepts(t, opts, kind_of):
            continue
        u, v = t["source"], t["target"]
        if g.has_edge(u, v):
            g[u][v]["weight"] += weight(t, source)
            g[u][v]["ties"].append(t["id"])
        else:
            g.add_edge(u, v, weight=weight(t, source), ties=[t["id"]])
    if not opts.get("keepIsolated", True):
        g.remove_nodes_from(list(nx.isolates(g)))
    if source == "none":
        for _, _, d in g.edges(data=True):
            d["weight"] = 1.0
    order = [s["id"] for s in NETWORK["stakeholders"] if s["id"] in g]
    return {
        "options": opts,
        "vertices": order,
        "edges": sorted([u, v, d["weight"], sorted(d["ties"])] for u, v, d in g.edges(data=True)),
    }


PROJECTIONS = {
    "default": {},
    "directed_strength_times_confidence": {"directed": True, "weightSource": "strengthTimesConfidence"},
    "speakers_and_events": {"tieTypes": ["SPOKE_AT", "ATTENDED", "MODERATED"], "kinds": ["person", "event"]},
    "as_of_2023_09": {"asOf": "2023-09"},
    "as_of_2023_09_03": {"asOf": "2023-09-03", "weightSource": "confidence"},
    "from_2022_to_2022": {"from": "2022", "to": "2022-12-31", "keepIsolated": False},
    "from_2024_open": {"from": "2024"},
    "to_2021_open": {"to": "2021"},
    "evidence_2_no_isolates": {"minimumEvidence": 2, "keepIsolated": False},
    "unweighted": {"weightSource": "none"},
    "organizations_only_directed": {"kinds": ["organization"], "directed": True},
}


def bipartite_graph(actor_kinds, affiliation_kinds, tie_types, as_of=None):
    kind_of = {s["id"]: s["kind"] for s in NETWORK["stakeholders"]}
    b = nx.Graph()
    actors = [s["id"] for s in NETWORK["stakeholders"] if s["kind"] in actor_kinds]
    affiliations = [s["id"] for s in NETWORK["stakeholders"] if s["kind"] in affiliation_kinds]
    b.add_nodes_from(actors, bipartite=0)
    b.add_nodes_from(affiliations, bipartite=1)
    opts = {} if as_of is None else {"asOf": as_of}
    if tie_types is not None:
        opts["tieTypes"] = tie_types
    for t in NETWORK["ties"]:
        if not accepts(t, opts, kind_of):
            continue
        u, v = t["source"], t["target"]
        if (kind_of[u] in actor_kinds and kind_of[v] in affiliation_kinds) or (kind_of[v] in actor_kinds and kind_of[u] in affiliation_kinds):
            b.add_edge(u, v)
    return b, actors


def two_mode_tables(b, actors):
    def edges(g):
        return sorted([u, v, d["weight"]] if u <= v else [v, u, d["weight"]] for u, v, d in g.edges(data=True))
    return {
        "actors": list(actors),
        "count": edges(bipartite.weighted_projected_graph(b, actors)),
        "ratio": edges(bipartite.weighted_projected_graph(b, actors, ratio=True)),
        "collaboration": edges(bipartite.collaboration_weighted_projected_graph(b, actors)),
        "jaccard": edges(bipartite.overlap_weighted_projected_graph(b, actors, jaccard=True)),
    }


TWO_MODE = {
    "people_by_organizations_and_events": (["person"], ["organization", "event"], None, None),
    "organizations_by_people": (["organization"], ["person"], None, None),
    "people_by_events_spoke_or_attended": (["person"], ["event"], ["SPOKE_AT", "ATTENDED"], None),
    "people_by_anything_as_of_2022": (["person"], ["organization", "event", "place", "initiative"], None, "2022"),
}

fixtures = {"networkx": nx.__version__, "projection": {}, "two_mode": {}}
for name, opts in PROJECTIONS.items():
    fixtures["projection"][name] = project(opts)
for name, (actor_kinds, affiliation_kinds, tie_types, as_of) in TWO_MODE.items():
    b, actors = bipartite_graph(actor_kinds, affiliation_kinds, tie_types, as_of)
    entry = two_mode_tables(b, actors)
    entry.update({"actorKinds": actor_kinds, "affiliationKinds": affiliation_kinds, "tieTypes": tie_types, "asOf": as_of})
    fixtures["two_mode"][name] = entry

davis = nx.davis_southern_women_graph()
women = [n for n, d in davis.nodes(data=True) if d["bipartite"] == 0]
events = [n for n, d in davis.nodes(data=True) if d["bipartite"] == 1]
fixtures["davis"] = {
    "women": women,
    "events": events,
    "attended": sorted([u, v] if u in women else [v, u] for u, v in davis.edges()),
    "women_projection": two_mode_tables(davis, women),
    "events_projection": two_mode_tables(davis, events),
}

with open(os.path.join(HERE, "projection_fixtures.json"), "w", encoding="utf-8") as f:
    json.dump(fixtures, f, indent=1, sort_keys=True)
    f.write("\n")
print("wrote", os.path.join(HERE, "projection_fixtures.json"))
