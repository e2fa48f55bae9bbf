#!/usr/bin/env python3
"""Scores the rule-based extractor against the gold annotations of the development set.

Usage: score.py [--cli "dotnet path/to/stakeholders.dll"] [--json out.json] [--markdown]
Runs `stakeholders extract` on every document of devset.json, then computes, per split (dev, test):
  - people + organizations: precision, recall, F1 (a predicted person/organization matches a gold one when any
    name or alias of the one equals any name or alias of the other, case-insensitively, ignoring a leading "the"
    and quotation marks; one-to-one);
  - ties, type-agnostic: both endpoints matched (to any gold stakeholder by name/alias), the unordered pair;
  - ties, typed: the same plus the tie type (direction kept except for SIGNED_AGREEMENT_WITH and PARTNERS_WITH);
  - quotes verbatim: the share of evidence quotes found at their offset in the document text (must be 1.0).
Micro-averaged over the documents of the split. Deterministic.
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SYMMETRIC = {"SIGNED_AGREEMENT_WITH", "PARTNERS_WITH"}


def norm(name):
    s = name.strip().replace("\u2019", "'").replace('"', "").replace("\u201c", "").replace("\u201d", "")
    if s.lower().startswith("the "):
        s = s[4:]
    return " ".join(s.lower().split())


def load_gold(path):
    d = json.load(open(os.path.join(ROOT, path), encoding="utf-8"))
    ents, ties = [], []
    if d.get("format") == "stakeholders-network":
        byid = {}
        for s in d["stakeholders"]:
            kind = s["kind"]
            e = {"names": {norm(s["name"])} | {norm(a) for a in s.get("aliases", [])},
                 "scored": kind in ("person", "organization"), "label": s["name"]}
            byid[s["id"]] = len(ents)
            ents.append(e)
        for t in d["ties"]:
            ties.append((byid[t["source"]], t["type"], byid[t["target"]]))
    else:
        byname = {}
        for group, scored in (("people", True), ("organizations", True), ("others", False)):
            for s in d.get(group, []):
                byname[s["name"]] = len(ents)
                ents.append({"names": {norm(s["name"])} | {norm(a) for a in s.get("aliases", [])}, "scored": scored, "label": s["name"]})
        for t in d["ties"]:
            ties.append((byname[t["source"]], t["type"], byname[t["target"]]))
    return ents, ties


def extract(cli, text_path, out_dir):
    out = os.path.join(out_dir, os.path.basename(text_path) + ".json")
    cmd = cli + ["extract", os.path.join(ROOT, text_path), "--out", out]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"extract failed for {text_path}: {r.stderr}")
    return json.load(open(out, encoding="utf-8"))


def pair(s, typ, t):
    if typ in SYMMETRIC and s > t:
        s, t = t, s
    return (s, typ, t)


def score_document(doc, gold_path, text_path):
    ents, gold_ties = load_gold(gold_path)
    text = open(os.path.join(ROOT, text_path), encoding="utf-8").read()
    stake = doc["stakeholders"]
    names = {s["id"]: {norm(s["name"])} | {norm(a) for a in s.get("aliases", [])} for s in stake}
    # one-to-one entity matching for people + organizations
    gold_scored = [i for i, e in enumerate(ents) if e["scored"]]
    used = set()
    tp = 0
    predicted = [s for s in stake if s["kind"] in ("person", "organization")]
    matched_pred = []
    for s in predicted:
        for i in gold_scored:
            if i not in used and ents[i]["names"] & names[s["id"]]:
                used.add(i)
                tp += 1
                matched_pred.append(s["name"])
                break
    missed = [ents[i]["label"] for i in gold_scored if i not in used]
    spurious = [s["name"] for s in predicted if s["name"] not in matched_pred]
    # endpoint mapping (any kind, first gold entity sharing a name)
    mapping = {}
    for s in stake:
        for i, e in enumerate(ents):
            if e["names"] & names[s["id"]]:
                mapping[s["id"]] = i
                break
    pred_pairs, pred_typed = set(), set()
    tie_rows = []
    for t in doc["ties"]:
        a = mapping.get(t["source"], "?" + t["source"])
        b = mapping.get(t["target"], "?" + t["target"])
        pred_pairs.add(frozenset((str(a), str(b))))
        typed = pair(str(a), t["type"], str(b))
        pred_typed.add(typed)
        tie_rows.append((t, typed))
    gold_pairs = {frozenset((str(a), str(b))) for a, _, b in gold_ties}
    gold_typed = {pair(str(a), ty, str(b)) for a, ty, b in gold_ties}
    quotes = verbatim = 0
    for t in doc["ties"]:
        for ev in t.get("evidence", []):
            quotes += 1
            off = ev.get("offset")
            if off is not None and text[off:off + len(ev["quote"])] == ev["quote"]:
                verbatim += 1
    rules = []
    for t, typed in tie_rows:
        correct = typed in gold_typed
        for rule in t.get("attributes", {}).get("rule", "").split("+"):
            rules.append((rule, correct, t["confidence"]))
    return {
        "entities": (tp, len(predicted), len(gold_scored)),
        "pairs": (len(pred_pairs & gold_pairs), len(pred_pairs), len(gold_pairs)),
        "typed": (len(pred_typed & gold_typed), len(pred_typed), len(gold_typed)),
        "quotes": (verbatim, quotes),
        "rules": rules,
        "missed": missed,
        "missed_ties": sorted(f"{ents[int(a)]['label']} {ty} {ents[int(b)]['label']}" for a, ty, b in gold_typed - pred_typed),
        "wrong_ties": sorted(f"{t['source']} {t['type']} {t['target']}" for t, typed in tie_rows if typed not in gold_typed),
        "spurious": spurious,
    }


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "predicted": npred, "gold": ngold}


def run(cli):
    devset = json.load(open(os.path.join(HERE, "devset.json"), encoding="utf-8"))
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for d in devset["documents"]:
            doc = extract(cli, d["text"], tmp)
            results[d["text"]] = (d["split"], score_document(doc, d["gold"], d["text"]))
    return results


def summarise(results):
    out = {}
    for split in ("dev", "test"):
        rows = [r for s, r in results.values() if s == split]
        agg = {}
        for key in ("entities", "pairs", "typed"):
            tp = sum(r[key][0] for r in rows); npred = sum(r[key][1] for r in rows); ngold = sum(r[key][2] for r in rows)
            agg[key] = prf(tp, npred, ngold)
        v = sum(r["quotes"][0] for r in rows); q = sum(r["quotes"][1] for r in rows)
        agg["quotes_verbatim"] = round(v / q, 3) if q else 1.0
        agg["quotes"] = q
        agg["documents"] = len(rows)
        out[split] = agg
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=None, help="command that runs the stakeholders CLI")
    ap.add_argument("--json", default=None)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    cli = args.cli.split() if args.cli else ["dotnet", os.path.join(ROOT, "src/Network.Cli/bin/Debug/net10.0/stakeholders.dll")]
    results = run(cli)
    summary = summarise(results)
    if args.verbose:
        for name, (split, r) in results.items():
            if split != "dev":
                continue  # the held-out split is reported in aggregate only: its errors must not steer the rules
            print(f"== {name} [{split}] entities {prf(*r['entities'])['f1']} pairs {prf(*r['pairs'])['f1']} typed {prf(*r['typed'])['f1']}")
            print("   missed:", r["missed"])
            print("   spurious:", r["spurious"])
            print("   missed ties:", *r["missed_ties"], sep="\n     ")
            print("   wrong ties:", *r["wrong_ties"], sep="\n     ")
    print("| split | documents | people+orgs P | R | F1 | ties (any type) P | R | F1 | ties (typed) P | R | F1 | quotes verbatim |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for split in ("dev", "test"):
        a = summary[split]
        e, p, t = a["entities"], a["pairs"], a["typed"]
        print(f"| {split} | {a['documents']} | {e['precision']:.2f} | {e['recall']:.2f} | {e['f1']:.2f} | {p['precision']:.2f} | {p['recall']:.2f} | {p['f1']:.2f} | {t['precision']:.2f} | {t['recall']:.2f} | {t['f1']:.2f} | {a['quotes_verbatim']:.0%} of {a['quotes']} |")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(summary, f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
