import json, os
KEYS = ("anon", "named", "cues", "contested", "not_anon", "not_contested", "ambiguous")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

def C(text, **kw):
    d = {"text": text.strip("\n") + "\n"}
    for k in KEYS:
        d[k] = list(kw.get(k, []))
    dem = []
    for actor, items in kw.get("demands", []):
        dem.append({"actor": actor, "items": list(items)})
    d["demands"] = dem
    bad = set(kw) - set(KEYS) - {"demands"}
    assert not bad, bad
    return d

def write(name, cases):
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for n, c in enumerate(cases, 1):
            row = {"id": f"h2-{name}-{n:03d}", **c}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(name, len(cases))
