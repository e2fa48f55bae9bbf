#!/usr/bin/python3
"""Checks a seed network in the native JSON format (docs/formats.md) against its source documents.

Independent of make_seed.py: it reads only the JSON and the documents it cites. Verifies that every evidence quote
occurs verbatim at its offset (offsets in UTF-16 code units, as C# string.IndexOf counts them), every tie endpoint
exists, every stakeholder takes part in a tie, ids are unique, kinds, organization types, dates, strengths and
confidences are valid, every tie has evidence, every person holds a position, and no two stakeholders share a name or
alias (so repeated mentions were resolved to one stakeholder). Prints counts by kind, organization type and tie type.

Usage: /usr/bin/python3 seeds/check_seed.py [network.json ...]   (default: every *.json in seeds/)
Exit code 0 when clean, 1 when any problem is found.
"""

import collections
import glob
import json
import os
import re
import sys

KINDS = ["person", "organization", "event", "place", "initiative"]
ORGANIZATION_TYPES = ["government", "state-owned-enterprise", "company", "financial", "academic", "association",
                      "diplomatic", "media", "other"]
WELL_KNOWN_TIE_TYPES = ["HOLDS_POSITION", "MEMBER_OF", "SPOKE_AT", "ATTENDED", "HOSTED", "ORGANIZED", "MODERATED",
                        "SIGNED_AGREEMENT_WITH", "PARTNERS_WITH", "INVESTS_IN", "DEVELOPS", "PART_OF", "LOCATED_IN",
                        "LAUNCHED", "PARTICIPATED_IN", "SUPPORTS"]
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def utf16_index(text, offset):
    """Maps an offset in UTF-16 code units to a Python string index, or None when it falls inside a surrogate pair."""
    units = 0
    for index, char in enumerate(text):
        if units == offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text) if units == offset else None


def date_bounds(text):
    """(earliest, latest) as comparable tuples for a partial date, or None when it is not one."""
    if not isinstance(text, str) or not PARTIAL_DATE.match(text):
        return None
    parts = [int(p) for p in text.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else None
    day = parts[2] if len(parts) > 2 else None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        if not 1 <= day <= days:
            return None
    return (year, month or 1, day or 1), (year, month or 12, day or 31)


def check(path):
    problems = []
    base = os.path.dirname(os.path.abspath(path))
    with open(path, encoding="utf-8") as f:
        network = json.load(f)

    if network.get("format") != "stakeholders-network":
        problems.append(f"format is {network.get('format')!r}, expected 'stakeholders-network'")
    if network.get("version") != 1:
        problems.append(f"version is {network.get('version')!r}, expected 1")

    texts = {}
    for d in network.get("documents", []):
        if d.get("id") in texts:
            problems.append(f"duplicate document id {d.get('id')!r}")
        if d.get("published") is not None and date_bounds(d["published"]) is None:
            problems.append(f"document {d.get('id')!r}: published {d['published']!r} is not a partial date")
        text = None
        if d.get("path"):
            doc_path = os.path.join(base, d["path"])
            if os.path.exists(doc_path):
                with open(doc_path, encoding="utf-8", newline="") as f:
                    text = f.read()
            else:
                problems.append(f"document {d.get('id')!r}: file {d['path']!r} does not exist")
        texts[d.get("id")] = text

    stakeholders = network.get("stakeholders", [])
    by_id = {}
    names = {}
    for s in stakeholders:
        sid = s.get("id")
        where = f"stakeholder {sid!r}"
        if not isinstance(sid, str) or not sid.strip():
            problems.append(f"{where}: blank id")
        elif sid in by_id:
            problems.append(f"{where}: duplicate id")
        by_id[sid] = s
        if not isinstance(s.get("name"), str) or not s["name"].strip():
            problems.append(f"{where}: no name")
        kind = s.get("kind")
        if kind not in KINDS:
            problems.append(f"{where}: kind {kind!r} is not one of {KINDS}")
        org_type = s.get("organizationType")
        if kind == "organization" and org_type not in ORGANIZATION_TYPES:
            problems.append(f"{where}: organization type {org_type!r} is not one of {ORGANIZATION_TYPES}")
        if kind != "organization" and org_type is not None:
            problems.append(f"{where}: a {kind} has an organization type")
        aliases = s.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            problems.append(f"{where}: aliases must be non-blank strings")
            aliases = []
        if not all(isinstance(v, str) for v in s.get("attributes", {}).values()):
            problems.append(f"{where}: attribute values must be strings")
        for label in [s.get("name", "")] + aliases:
            key = label.casefold()
            if key in names and names[key] != sid:
                problems.append(f"{where}: name or alias {label!r} is also used by {names[key]!r}")
            names[key] = sid

    ties = network.get("ties", [])
    tie_ids = set()
    in_tie = set()
    positions = collections.Counter()
    for t in ties:
        tid = t.get("id") or f"{t.get('source')}|{t.get('type')}|{t.get('target')}"
        where = f"tie {tid!r}"
        if tid in tie_ids:
            problems.append(f"{where}: duplicate id")
        tie_ids.add(tid)
        for end in ("source", "target"):
            if t.get(end) not in by_id:
                problems.append(f"{where}: {end} {t.get(end)!r} is not a stakeholder")
            else:
                in_tie.add(t[end])
        tie_type = t.get("type")
        if not isinstance(tie_type, str) or not re.match(r"^[A-Z][A-Z0-9_]*$", tie_type):
            problems.append(f"{where}: type {tie_type!r} is not UPPER_SNAKE_CASE")
        bounds = {}
        for end in ("start", "end"):
            if t.get(end) is not None:
                bounds[end] = date_bounds(t[end])
                if bounds[end] is None:
                    problems.append(f"{where}: {end} {t[end]!r} is not a partial date")
        if bounds.get("start") and bounds.get("end") and bounds["end"][1] < bounds["start"][0]:
            problems.append(f"{where}: ends before it starts")
        strength = t.get("strength", 1)
        if not isinstance(strength, (int, float)) or strength < 0:
            problems.append(f"{where}: strength {strength!r} must be a number >= 0")
        confidence = t.get("confidence", 1)
        if not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1:
            problems.append(f"{where}: confidence {confidence!r} must be between 0 and 1")
        if not all(isinstance(v, str) for v in t.get("attributes", {}).values()):
            problems.append(f"{where}: attribute values must be strings")
        if tie_type == "HOLDS_POSITION":
            if not t.get("role"):
                problems.append(f"{where}: a position without a role (the title)")
            if by_id.get(t.get("source"), {}).get("kind") != "person":
                problems.append(f"{where}: the holder of a position must be a person")
            if by_id.get(t.get("target"), {}).get("kind") != "organization":
                problems.append(f"{where}: a position must be held in an organization")
            positions[t.get("source")] += 1
        evidence = t.get("evidence", [])
        if not evidence:
            problems.append(f"{where}: no evidence")
        for n, e in enumerate(evidence, 1):
            quote, doc, offset = e.get("quote"), e.get("document"), e.get("offset")
            if not isinstance(quote, str) or not quote.strip():
                problems.append(f"{where}: evidence #{n} has no quote")
                continue
            if doc not in texts:
                problems.append(f"{where}: evidence #{n} cites undeclared document {doc!r}")
                continue
            text = texts[doc]
            if text is None:
                problems.append(f"{where}: evidence #{n} cites document {doc!r}, which has no local text")
                continue
            if not isinstance(offset, int):
                problems.append(f"{where}: evidence #{n} has no offset")
                continue
            index = utf16_index(text, offset)
            if index is None or text[index:index + len(quote)] != quote:
                found = text.find(quote)
                hint = f"found at index {found}" if found >= 0 else "not in the text at all"
                problems.append(f"{where}: evidence #{n} quote is not at offset {offset} ({hint}): {quote[:60]!r}")

    for s in stakeholders:
        if s.get("id") not in in_tie:
            problems.append(f"stakeholder {s.get('id')!r} takes part in no tie")
        if s.get("kind") == "person" and positions[s.get("id")] == 0:
            problems.append(f"person {s.get('id')!r} holds no position")

    return network, problems


def print_counts(network):
    stakeholders, ties = network.get("stakeholders", []), network.get("ties", [])
    kinds = collections.Counter(s.get("kind") for s in stakeholders)
    org_types = collections.Counter(s.get("organizationType") for s in stakeholders if s.get("kind") == "organization")
    tie_types = collections.Counter(t.get("type") for t in ties)
    evidence = sum(len(t.get("evidence", [])) for t in ties)
    uncertain = sum(1 for t in ties if t.get("confidence", 1) < 1)
    print(f"stakeholders: {len(stakeholders)}")
    for kind in KINDS:
        print(f"  {kind:<24}{kinds.get(kind, 0):>4}")
    print(f"organizations by type: {sum(org_types.values())}")
    for org_type in ORGANIZATION_TYPES:
        if org_types.get(org_type):
            print(f"  {org_type:<24}{org_types[org_type]:>4}")
    print(f"ties: {len(ties)}  (evidence items: {evidence}; confidence < 1: {uncertain})")
    for tie_type in WELL_KNOWN_TIE_TYPES + sorted(set(tie_types) - set(WELL_KNOWN_TIE_TYPES)):
        if tie_types.get(tie_type):
            custom = "" if tie_type in WELL_KNOWN_TIE_TYPES else "  (custom type)"
            print(f"  {tie_type:<24}{tie_types[tie_type]:>4}{custom}")


def main(argv):
    paths = argv[1:] or sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "*.json")))
    failed = False
    for path in paths:
        network, problems = check(path)
        print(f"== {os.path.basename(path)}")
        print_counts(network)
        if problems:
            failed = True
            print(f"PROBLEMS: {len(problems)}")
            for p in problems:
                print(f"  {p}")
        else:
            print("OK: every quote is verbatim at its offset; every tie endpoint exists; every stakeholder is in a tie; ids unique; kinds and types valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
