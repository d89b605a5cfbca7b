#!/usr/bin/env python3
"""items_only.py GOLD.jsonl -- BIN [ARGS...] | --gold OTHER.jsonl

Demand items scored as the scorer scores them (token F1 >= 0.5 against a
gold item, spans in `ambiguous` excused) but with the actor ignored, so
that what the engine misses in the text can be told from whom it
credits.  With `--gold OTHER.jsonl` the other annotator's gold for the
same texts stands in for the engine (tests/heldout12/README.md)."""
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "eval"))
import score  # noqa: E402


def engine_items(cmd, text):
    out = subprocess.run(cmd + ["-"], input=text.encode(), capture_output=True, check=True)
    doc = json.loads(out.stdout)
    return [score.span(i) for a in doc["annotations"] if a["kind"] == "demand"
            for i in a.get("items", [])]


def main():
    gold_path, rest = sys.argv[1], sys.argv[2:]
    other = {}
    if rest[:1] == ["--gold"]:
        with open(rest[1], encoding="utf-8") as f:
            other = {c["text"]: c for c in map(json.loads, f)}
    elif rest[:1] == ["--"]:
        cmd = rest[1:]
    else:
        sys.exit(__doc__)
    tp = fn = fp = 0
    with open(gold_path, encoding="utf-8") as f:
        for case in map(json.loads, f):
            text = case["text"]
            raw = text.encode()
            if other:
                items = [score.locate(text, i) for d in other[text]["demands"] for i in d["items"]]
            else:
                items = engine_items(cmd, text)
            gold = [score.locate(text, i) for d in case["demands"] for i in d["items"]]
            excused = [score.locate(text, s) for s in case.get("ambiguous", [])]
            used = set()
            for g in gold:
                hit = next((k for k, p in enumerate(items)
                            if k not in used and score.token_f(raw, p, g) >= 0.5), None)
                if hit is None:
                    fn += 1
                else:
                    tp += 1
                    used.add(hit)
            for k, p in enumerate(items):
                if k in used or any(score.token_f(raw, p, g) >= 0.5 for g in gold):
                    continue
                if not any(score.overlap(p, e) for e in excused):
                    fp += 1
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"demand items, actor ignored: P={p:.3f} R={r:.3f} F1={f1:.3f}  (tp={tp} fn={fn} fp={fp})")


if __name__ == "__main__":
    main()
