"""Tiny helper: build gold cases as Python dicts and write JSON lines."""
import json, os, sys
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LISTS = ("anon", "named", "cues", "contested", "not_anon", "not_contested", "ambiguous")

def C(text, **kw):
    d = {"text": text}
    for k in LISTS:
        d[k] = list(kw.get(k, []))
    d["demands"] = [{"actor": a, "items": list(i)} for a, i in kw.get("demands", [])]
    return d

def write(name, cases):
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for n, c in enumerate(cases, 1):
            row = {"id": f"bt-{name}-{n:03d}", "text": c["text"]}
            for k in LISTS:
                row[k] = c[k]
            row["demands"] = c["demands"]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(name, len(cases))
