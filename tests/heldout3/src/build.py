import json, glob, importlib.util, os, re
cases = []
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "a*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    cases += m.CASES
KEYS = ("anon","named","cues","contested","not_anon","not_contested","ambiguous")
out = []
for c in cases:
    c["text"] = c["text"].strip("\n") + "\n"
    d = {"id": c["id"], "text": c["text"]}
    for k in KEYS: d[k] = c.get(k, [])
    d["demands"] = [{"actor": a, "items": i} for a, i in c.get("demands", [])]
    n = len(re.findall(r"\S+", c["text"]))
    print(c["id"], n, "words")
    out.append(json.dumps(d, ensure_ascii=False))
open(os.path.join(os.path.dirname(__file__), "..", "heldout3.jsonl"), "w", encoding="utf-8").write("\n".join(out) + "\n")
