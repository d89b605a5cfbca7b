import json, re, sys
import os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "gold"))
from check_gold import _fallback_locate as loc
pat = re.compile(r"\b(said|says|say|saying|told|tell|according|claim\w*|denie\w*|deny|added|adding|insist\w*|warn\w*|report\w*|confirm\w*|noted|argu\w*|stated|statement|describ\w*|call\w*|accus\w*|alleg\w*|found|show\w*|reject\w*|disput\w*|dismiss\w*|echo\w*|narrative|purport\w*|so-called|evidence|false\w*|admit\w*|recall\w*|announc\w*|citing|believ\w*|understood|heard|suggest\w*|explain\w*|acknowledg\w*|wrote|writes)\b", re.I)
for line in open("heldout3.jsonl"):
    c = json.loads(line); t = c["text"]
    cov = []
    for k in ("cues","contested","ambiguous","not_contested","not_anon"):
        for s in c[k]:
            a,b = loc(t, s); cov.append((a,b,k))
    for m in pat.finditer(t):
        a = len(t[:m.start()].encode()); b = a + len(m.group().encode())
        hit = [k for x,y,k in cov if min(b,y) > max(a,x)]
        if not hit:
            print(c["id"], m.group(), repr(t[max(0,m.start()-40):m.end()+30]))
