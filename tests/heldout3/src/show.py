import json, sys
import os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "gold")); 
from check_gold import _fallback_locate as loc
want = sys.argv[1:]
for line in open("heldout3.jsonl"):
    c = json.loads(line)
    if want and c["id"] not in want: continue
    raw = c["text"].encode()
    marks = []
    tags = {"anon":"A","named":"N","cues":"C","contested":"X","not_anon":"na","not_contested":"nx","ambiguous":"?"}
    for k,t in tags.items():
        for s in c[k]:
            a,b = loc(c["text"], s); marks.append((a,b,t))
    for d in c["demands"]:
        acts = d["actor"] if isinstance(d["actor"], list) else [d["actor"]]
        for s in acts:
            a,b = loc(c["text"], s); marks.append((a,b,"DA"))
        for s in d["items"]:
            a,b = loc(c["text"], s); marks.append((a,b,"DI"))
    ins = {}
    for a,b,t in marks:
        ins.setdefault(a, []).append("{"+t+":"); ins.setdefault(b, []).insert(0, "}")
    out = b""
    for i in range(len(raw)+1):
        if i in ins: out += "".join(ins[i]).encode()
        if i < len(raw): out += raw[i:i+1]
    print("=====", c["id"]); print(out.decode())
