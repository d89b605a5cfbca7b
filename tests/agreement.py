#!/usr/bin/env python3
"""agreement.py GOLD.jsonl TEXTFILE -- print one annotator's gold for the case
whose text is TEXTFILE in the engine's JSON shape, so that the scorer can
score one annotator against another:

    cat tests/heldout11/*.jsonl > build/first.jsonl
    cat tests/heldout11/second/*.jsonl > build/second.jsonl
    python3 ../shared/eval/score.py build/first.jsonl -- \
        python3 tests/agreement.py build/second.jsonl

The agreement between two people who read the same article is the ceiling
any engine can be judged against (tests/heldout11/README.md)."""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "eval"))
from score import locate  # noqa: E402


def main():
    gold, path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(gold, encoding="utf-8") as f:
        case = next(c for c in map(json.loads, f) if c["text"] == text)
    at = lambda s: dict(zip(("start", "end"), locate(text, s)))
    out = [dict(kind="anonymous", **at(s)) for s in case["anon"]]
    out += [dict(kind="claim", cue=at(s), source=None) for s in case["cues"]]
    out += [dict(kind="claim", cue=None, source=dict(anonymous=False, **at(s)))
            for s in case["named"]]
    out += [dict(kind="contested", marker=at(s), **at(s)) for s in case["contested"]]
    for d in case["demands"]:
        actors = d["actor"] if isinstance(d["actor"], list) else [d["actor"]]
        out.append(dict(kind="demand", actor=at(actors[0]),
                        items=[at(i) for i in d["items"]]))
    print(json.dumps({"file": path, "annotations": out}))


if __name__ == "__main__":
    main()
