#!/usr/bin/python3
"""The hand-curated record of the CGIAR seed network; writes seeds/cgiar-consortium-2009.json.

A second seed of another kind than the forum press release: who sat on the bodies that built the Consortium of CGIAR
Centers in 2009-2010 (a reference group drawn from two sides, a newly selected board), from two public web pages of
the Alliance of CGIAR Centers kept beside this script as text. Every stakeholder, tie, role, date and quote below was
chosen by a person reading both texts in full. The only thing computed is each quote's offset (UTF-16 code units, as
C# counts); a quote that is missing or occurs more than once in its document stops the script.

Run:  /usr/bin/python3 seeds/make_cgiar_seed.py   (then /usr/bin/python3 seeds/check_seed.py seeds/cgiar-consortium-2009.json)
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "cgiar-consortium-2009.json")
REF = "cgiar-reference-group-2009"
BOARD = "cgiar-alliance-to-consortium-2010"
DOCUMENTS = [
    {"id": REF, "title": "Alliance-Donor Reference Group (Alliance of CGIAR Centers web page)",
     "url": "http://alliance.cgxchange.org/alliance-donor-reference-group", "published": "2009", "path": REF + ".txt"},
    {"id": BOARD, "title": "From Alliance to Consortium (CGIAR web archive)",
     "url": "http://www.cgiar.org/web-archives/www-cgiar-org-centers-alliance-html/", "published": "2010", "path": BOARD + ".txt"},
]
TEXTS = {}
for d in DOCUMENTS:
    with open(os.path.join(HERE, d["path"]), encoding="utf-8") as f:
        TEXTS[d["id"]] = f.read()

stakeholders = []
ties = []


def locate(document, quote):
    text = TEXTS[document]
    first = text.find(quote)
    if first < 0:
        sys.exit(f"quote not in {document}: {quote!r}")
    if text.find(quote, first + 1) >= 0:
        sys.exit(f"quote occurs more than once in {document}: {quote!r}")
    return {"document": document, "quote": quote, "url": None, "offset": len(text[:first].encode("utf-16-le")) // 2}


def add(kind, sid, name, org_type=None, aliases=(), description=None):
    entry = {"id": sid, "name": name, "kind": kind}
    if org_type:
        entry["organizationType"] = org_type
    if aliases:
        entry["aliases"] = list(aliases)
    if description:
        entry["description"] = description
    stakeholders.append(entry)


def tie(source, tie_type, target, evidence, role=None, start=None, end=None, confidence=1, **attributes):
    ties.append({
        "id": f"{source}|{tie_type}|{target}", "source": source, "target": target, "type": tie_type, "role": role,
        "start": start, "end": end, "strength": 1, "confidence": confidence,
        "evidence": [locate(doc, quote) for doc, quote in evidence],
        "attributes": attributes,
    })


# --- Bodies of the CGIAR reform (5 organizations, 1 draft, 2 meetings, the board) ----------------------------------
add("organization", "alliance", "Alliance of CGIAR Centers", "association", aliases=["Alliance"],
    description="The alliance of the CGIAR research centres; led the creation of the Consortium.")
add("organization", "exco", "Executive Council", "other", aliases=["ExCo"],
    description="The CGIAR Executive Council; reviewed the draft Consortium constitution.")
add("organization", "consortium", "Consortium of CGIAR Centers", "association", aliases=["Consortium"],
    description="The new consortium of the CGIAR centres, built by the Alliance in 2009-2010.")
add("organization", "reference-group", "Alliance-Donor Reference Group", "other",
    aliases=["Alliance Board-Alliance Executive Reference Group"],
    description="Members from the Alliance and from the donors, preparing the penultimate draft constitution.")
add("organization", "consortium-board", "Consortium Board", "other",
    description="The board of the new Consortium: a chair, two co-vice chairs and six members, with observers.")
add("organization", "cpt", "Consortium Planning Team", "other", description="Chaired by Steve Hall.")
add("initiative", "draft-constitution", "draft Consortium constitution", aliases=["penultimate draft constitution"],
    description="The draft constitution of the Consortium, presented by the Alliance and amended with ExCo's comments.")
add("event", "alliance-meeting-2009-10", "Alliance meeting, October 2009",
    description="The full Alliance's meeting of 29-31 October 2009, which was to review the penultimate draft.")
add("event", "exco-meeting-2009-11", "ExCo meeting, November 2009",
    description="The ExCo meeting of 3-4 November 2009, which was to review the penultimate draft.")

# --- Centres, donors and the World Bank (10 organizations) --------------------------------------------------------
for sid, name, description in [
    ("irri", "IRRI", "A CGIAR research centre (the International Rice Research Institute)."),
    ("ilri", "ILRI", "A CGIAR research centre (the International Livestock Research Institute)."),
    ("icrisat", "ICRISAT", "A CGIAR research centre (crops for the semi-arid tropics)."),
    ("ciat", "CIAT", "A CGIAR research centre (tropical agriculture)."),
    ("bioversity", "Bioversity", "A CGIAR research centre (Bioversity International)."),
    ("worldfish", "WorldFish", "A CGIAR research centre (the WorldFish Center)."),
]:
    add("organization", sid, name, "academic", description=description)
add("organization", "world-bank", "World Bank", "financial")
for sid, name in [("australia", "Australia"), ("norway", "Norway"), ("canada", "Canada")]:
    add("organization", sid, name, "government", description=f"The government of {name}, a CGIAR donor.")

# --- The reference group (11 people) ------------------------------------------------------------------------------
HEADER = (REF, "Members of this Alliance Board-Alliance Executive Reference Group are:")
FROM_ALLIANCE = (REF, "From the Alliance:")
FROM_DONORS = (REF, "From the donors:")
for sid, name, org, role, entry in [
    ("beth-woods", "Beth Woods", "irri", "IRRI Board", "Beth Woods (IRRI Board)"),
    ("uwe-verblow", "Uwe Verblow", "ilri", "ILRI Board", "Uwe Verblow (ILRI Board)"),
    ("nigel-poole", "Nigel Poole", "icrisat", "ICRISAT Board", "Nigel Poole (ICRISAT Board)"),
    ("gordon-mcneill", "Gordon McNeill", "ciat", "CIAT Board", "Gordon McNeill (CIAT Board)"),
    ("emile-frison", "Emile Frison", "bioversity", "Bioversity DG", "Emile Frison (Bioversity DG)"),
    ("steve-hall", "Steve Hall", "worldfish", "WorldFish DG", "Steve Hall (WorldFish DG"),
]:
    add("person", sid, name, description=f"{role}; member of the reference group from the Alliance.")
    tie(sid, "HOLDS_POSITION", org, [(REF, entry)], role=role)
    tie(sid, "MEMBER_OF", "reference-group", [HEADER, FROM_ALLIANCE, (REF, entry)], role="member from the Alliance", start="2009", end="2009")
tie("steve-hall", "HOLDS_POSITION", "cpt", [(REF, "Chair of the Consortium Planning Team")], role="Chair of the Consortium Planning Team")

add("person", "andrea-stumpf", "Andrea Stumpf", description="World Bank; additional resource person of the reference group.")
tie("andrea-stumpf", "HOLDS_POSITION", "world-bank", [(REF, "Andrea Stumpf (World Bank)")], role="World Bank")
tie("andrea-stumpf", "MEMBER_OF", "reference-group", [HEADER, (REF, "Additional resource person Andrea Stumpf")],
    role="additional resource person", start="2009", end="2009")

for sid, name, country, entry in [
    ("ian-kershaw", "Ian Kershaw", "australia", "Ian Kershaw, Simon Hearn (Australia)"),
    ("simon-hearn", "Simon Hearn", "australia", "Ian Kershaw, Simon Hearn (Australia)"),
    ("ruth-haug", "Ruth Haug", "norway", "Ruth Haug (Norway)"),
    ("catherine-coleman", "Catherine Coleman", "canada", "Catherine Coleman (Canada)"),
]:
    label = country.capitalize()
    add("person", sid, name, description=f"For the donor {label}; member of the reference group.")
    tie(sid, "HOLDS_POSITION", country, [FROM_DONORS, (REF, entry)], role=f"donor representative ({label})")
    tie(sid, "MEMBER_OF", "reference-group", [HEADER, FROM_DONORS, (REF, entry)], role="member from the donors", start="2009", end="2009")

# --- The reform work, dated by the text ---------------------------------------------------------------------------
tie("alliance", "DEVELOPS", "consortium", [
    (REF, "At the Executive Council Meeting in June, the Alliance was given the 'green light' on proceeding with building the Consortium"),
    (BOARD, "the Alliance of CGIAR Centers take the lead in creating a new Consortium of CGIAR Centers"),
], start="2009-06")
tie("alliance", "DEVELOPS", "draft-constitution", [(REF, "the draft Consortium consititution presented by the Alliance")], start="2009")
tie("exco", "REVIEWS", "draft-constitution", [(REF, "At the ExCo Meeting members gave feedback and comments on the draft Consortium consititution")],
    start="2009-06", end="2009-06")
tie("reference-group", "DEVELOPS", "draft-constitution", [
    (REF, "a Reference Group from the Alliance and for the donors are working together to prepare the penultimate draft constitution"),
], start="2009", end="2009")
tie("alliance", "ORGANIZED", "alliance-meeting-2009-10", [(REF, "reviewed by the full Alliance at their meeting in October (29-31)")],
    start="2009-10-29", end="2009-10-31")
tie("exco", "ORGANIZED", "exco-meeting-2009-11", [(REF, "at ExCo meeting (November 3-4)")], start="2009-11-03", end="2009-11-04")
tie("alliance-meeting-2009-10", "REVIEWS", "draft-constitution", [(REF, "reviewed by the full Alliance at their meeting in October (29-31)")],
    start="2009-10-29", end="2009-10-31", status="planned when the page was written")
tie("exco-meeting-2009-11", "REVIEWS", "draft-constitution", [(REF, "at ExCo meeting (November 3-4)")],
    start="2009-11-03", end="2009-11-04", status="planned when the page was written")

# --- The Consortium Board (10 people) -----------------------------------------------------------------------------
SELECTED = (BOARD, "In December 2009, after an international search, the Alliance selected")
JOINED = (BOARD, "They were joined in January 2010 by the other six Board members:")
tie("consortium-board", "PART_OF", "consortium", [
    (BOARD, "The Consortium Board will provide leadership, strategic direction, fund-raising support and be the ultimate authority for the newly-formed Consortium of CGIAR Centers"),
])
for sid, name, role, entry in [
    ("carlos-perez-del-castillo", "Carlos Pérez del Castillo", "Chair", "Carlos Pérez del Castillo as Chair"),
    ("bongiwe-njobe", "Bongiwe Nomandi Njobe", "co-Vice Chair", "Bongiwe Nomandi Njobe and Carl Hausmann as co-Vice Chairs"),
    ("carl-hausmann", "Carl Hausmann", "co-Vice Chair", "Bongiwe Nomandi Njobe and Carl Hausmann as co-Vice Chairs"),
]:
    add("person", sid, name, description=f"{role} of the Consortium Board, selected by the Alliance in December 2009.")
    tie(sid, "HOLDS_POSITION", "consortium-board", [SELECTED, (BOARD, entry)], role=role, start="2009-12")
    tie("alliance", "APPOINTED", sid, [SELECTED, (BOARD, entry)], role=role, start="2009-12", end="2009-12")
for sid, name in [
    ("mohammed-ait-kadi", "Mohammed Ait-Kadi"), ("tom-arnold", "Tom Arnold"), ("ganesan-balanchander", "Ganesan Balanchander"),
    ("gebisa-ejeta", "Gebisa Ejeta"), ("ian-goldin", "Ian Goldin"), ("lynn-haight", "Lynn Haight"),
]:
    add("person", sid, name, description="Member of the Consortium Board since January 2010.")
    tie(sid, "HOLDS_POSITION", "consortium-board", [JOINED, (BOARD, name)], role="Board member", start="2010-01")
add("person", "andrew-bennett", "Andrew Bennett", description="Observer on the Consortium Board for the Alliance of CGIAR Centers.")
tie("andrew-bennett", "HOLDS_POSITION", "consortium-board", [(BOARD, "Andrew Bennett representing the Alliance of CGIAR Centers")],
    role="observer representing the Alliance of CGIAR Centers")
tie("andrew-bennett", "REPRESENTS", "alliance", [(BOARD, "Andrew Bennett representing the Alliance of CGIAR Centers")], role="observer on the Consortium Board")


def write_json(path):
    def dumps(value):
        return json.dumps(value, ensure_ascii=False)

    lines = ["{", '  "format": "stakeholders-network",', '  "version": 1,',
             f'  "title": {dumps("Building the Consortium of CGIAR Centers, 2009-2010")},',
             '  "description": ' + dumps(
                 "Curated seed network: who sat on the bodies that built the Consortium of CGIAR Centers (the Alliance-Donor "
                 "Reference Group of 2009 and the Consortium Board selected in December 2009), from two public CGIAR web pages "
                 "(see seeds/README.md). Every tie quotes its page verbatim with its character offset.") + ",",
             '  "documents": [']
    lines += ["    " + dumps(d) + ("," if i < len(DOCUMENTS) - 1 else "") for i, d in enumerate(DOCUMENTS)]
    lines += ["  ],", '  "stakeholders": [']
    lines += ["    " + dumps(s) + ("," if i < len(stakeholders) - 1 else "") for i, s in enumerate(stakeholders)]
    lines += ["  ],", '  "ties": [']
    for i, t in enumerate(ties):
        head = {k: v for k, v in t.items() if k not in ("evidence", "attributes")}
        lines.append("    " + dumps(head)[:-1] + ',')
        lines.append('     "evidence": [')
        lines += ["       " + dumps(e) + ("," if j < len(t["evidence"]) - 1 else "") for j, e in enumerate(t["evidence"])]
        lines.append('     ],')
        lines.append('     "attributes": ' + dumps(t["attributes"]) + "}" + ("," if i < len(ties) - 1 else ""))
    lines += ["  ]", "}"]
    text = "\n".join(lines) + "\n"
    json.loads(text)
    with open(path + ".tmp", "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(path + ".tmp", path)


if __name__ == "__main__":
    ids = [s["id"] for s in stakeholders]
    if len(set(ids)) != len(ids) or len({t["id"] for t in ties}) != len(ties):
        sys.exit("duplicate ids")
    write_json(OUT_PATH)
    print(f"wrote {OUT_PATH}: {len(stakeholders)} stakeholders, {len(ties)} ties")
