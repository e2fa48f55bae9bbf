#!/usr/bin/env python3
"""Calibrates the rule confidences of the rule-based extractor on the development split.

Usage: calibrate.py [--cli "dotnet .../stakeholders.dll"] [--check]
For every rule id, over the ties of the 'dev' documents of devset.json: n = ties the rule produced, correct = those
whose endpoints and type match a gold tie (see score.py). The confidence written into
src/Network.Extraction/Lexicons/en-press-release.json ("confidences") is the rule's measured precision with add-one
smoothing, (correct + 1) / (n + 2), rounded to two decimals, so that a rule seen twice is not called certain.
Also writes calibration.json beside this script: per rule, the dev counts and confidence, and the observed precision
of the same rule on the held-out 'test' split (predicted confidence vs observed precision).
--check recomputes and fails (exit 1) when the lexicon's confidences differ from the computed ones.
"""
import argparse, json, os, sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402

LEXICON = os.path.join(score.ROOT, "src", "Network.Extraction", "Lexicons", "en-press-release.json")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=None)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cli = args.cli.split() if args.cli else ["dotnet", os.path.join(score.ROOT, "src/Network.Cli/bin/Debug/net10.0/stakeholders.dll")]
    results = score.run(cli)
    counts = {"dev": defaultdict(lambda: [0, 0]), "test": defaultdict(lambda: [0, 0])}
    for split, r in results.values():
        for rule, correct, _ in r["rules"]:
            counts[split][rule][0] += 1
            counts[split][rule][1] += 1 if correct else 0
    confidences = {rule: round((c + 1) / (n + 2), 2) for rule, (n, c) in sorted(counts["dev"].items())}
    table = []
    for rule in sorted(set(counts["dev"]) | set(counts["test"])):
        n, c = counts["dev"].get(rule, [0, 0])
        tn, tc = counts["test"].get(rule, [0, 0])
        table.append({"rule": rule, "dev_ties": n, "dev_correct": c, "confidence": confidences.get(rule, 0.5),
                      "test_ties": tn, "test_correct": tc, "test_precision": round(tc / tn, 2) if tn else None})
    lexicon = json.load(open(LEXICON, encoding="utf-8"))
    if args.check:
        if lexicon.get("confidences") != confidences:
            print("lexicon confidences differ from the calibration:", lexicon.get("confidences"), confidences, sep="\n")
            sys.exit(1)
        print("calibration matches the lexicon")
        return
    lexicon["confidences"] = confidences
    with open(LEXICON, "w", encoding="utf-8") as f:
        json.dump(lexicon, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(score.HERE, "calibration.json"), "w", encoding="utf-8") as f:
        json.dump(table, f, indent=2)
        f.write("\n")
    print("| rule | dev ties | dev correct | confidence written | test ties | test correct | test precision |")
    print("|---|---|---|---|---|---|---|")
    for row in table:
        tp = "" if row["test_precision"] is None else f"{row['test_precision']:.2f}"
        print(f"| `{row['rule']}` | {row['dev_ties']} | {row['dev_correct']} | {row['confidence']:.2f} | {row['test_ties']} | {row['test_correct']} | {tp} |")


if __name__ == "__main__":
    main()
