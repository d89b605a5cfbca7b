#!/usr/bin/env python3
"""Validate the gold files in this folder (every *.jsonl next to this script).

Checks: each line is a JSON object; ids are unique across all files; the
required keys are present with the right types; every span string (and every
demand actor / item) locates exactly once in the case text, using the same
locate() as eval/score.py; no span is both gold and its own negative
(anon vs not_anon, contested vs not_contested) and no span is both anonymous
and named.  Prints the number of cases per file and in total; exits non-zero
on any problem.

Usage: python3 tests/gold/check_gold.py [-v] [FOLDER...]
  (default: this folder; -v also lists per-file stats)
"""
import glob
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "eval", "score.py"))

LISTS = ("anon", "named", "cues", "contested", "not_anon", "not_contested", "ambiguous")
REQUIRED = ("id", "text") + LISTS + ("demands",)


def _fallback_locate(text, s):
    # Copy of eval/score.py locate(), used only when that file is missing.
    if "[[" in s:
        whole = s.replace("[[", "").replace("]]", "")
        at = text.find(whole)
        if at < 0 or text.count(whole) != 1:
            raise ValueError(f"gold string not unique in text: {s!r}")
        pre = s.index("[[")
        inner = s[pre + 2:s.index("]]")]
        b = len(text[:at + pre].encode())
        return b, b + len(inner.encode())
    if text.count(s) != 1:
        raise ValueError(f"gold string not unique in text: {s!r}")
    b = len(text[:text.find(s)].encode())
    return b, b + len(s.encode())


def load_locate():
    if os.path.exists(SCORE):
        sys.dont_write_bytecode = True  # leave no __pycache__ in the shared folder
        spec = importlib.util.spec_from_file_location("claimlens_score", SCORE)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod.locate, SCORE
    return _fallback_locate, "built-in copy (score.py not found)"


def overlap(a, b):
    return min(a[1], b[1]) > max(a[0], b[0])


def check_span(locate, text, s, where, problems):
    """Locate s; also enforce at most one well-formed [[...]] pair."""
    if not isinstance(s, str) or not s:
        problems.append(f"{where}: not a non-empty string: {s!r}")
        return None
    if s.count("[[") > 1 or s.count("]]") != s.count("[["):
        problems.append(f"{where}: malformed [[ ]] marker: {s!r}")
        return None
    if "[[" in s and (s.index("]]") < s.index("[[") or s.index("]]") == s.index("[[") + 2):
        problems.append(f"{where}: empty or reversed [[ ]] marker: {s!r}")
        return None
    try:
        return locate(text, s)
    except Exception as e:  # noqa: BLE001 - report and go on
        problems.append(f"{where}: {e}")
        return None


def check_case(locate, case, where, problems, warnings):
    if not isinstance(case, dict):
        problems.append(f"{where}: not a JSON object")
        return
    missing = [k for k in REQUIRED if k not in case]
    if missing:
        problems.append(f"{where}: missing keys {missing}")
        return
    extra = sorted(set(case) - set(REQUIRED))
    if extra:
        warnings.append(f"{where}: unknown keys {extra}")
    if not isinstance(case["id"], str) or not case["id"]:
        problems.append(f"{where}: id must be a non-empty string")
    text = case["text"]
    if not isinstance(text, str) or not text.strip():
        problems.append(f"{where}: text must be a non-empty string")
        return
    spans = {}
    for k in LISTS:
        if not isinstance(case[k], list):
            problems.append(f"{where}: {k} must be a list")
            continue
        spans[k] = []
        for s in case[k]:
            sp = check_span(locate, text, s, f"{where} {k}", problems)
            if sp:
                spans[k].append((sp, s))
    if not isinstance(case["demands"], list):
        problems.append(f"{where}: demands must be a list")
    else:
        for n, d in enumerate(case["demands"]):
            dw = f"{where} demands[{n}]"
            if not isinstance(d, dict) or set(d) != {"actor", "items"}:
                problems.append(f"{dw}: must be an object with exactly 'actor' and 'items'")
                continue
            actors = d["actor"] if isinstance(d["actor"], list) else [d["actor"]]
            if not actors:
                problems.append(f"{dw}: empty actor list")
            for a in actors:
                check_span(locate, text, a, f"{dw} actor", problems)
            if not isinstance(d["items"], list) or not d["items"]:
                problems.append(f"{dw}: items must be a non-empty list")
                continue
            for i in d["items"]:
                check_span(locate, text, i, f"{dw} item", problems)
    # A span may not be gold and negative at once (named + not_anon is fine:
    # the seed lists "[[Reuters]] reported" in both).
    for gold, neg in (("anon", "not_anon"), ("contested", "not_contested"), ("anon", "named")):
        for ga, gs in spans.get(gold, []):
            for na, ns in spans.get(neg, []):
                if overlap(ga, na):
                    problems.append(f"{where}: {gold} {gs!r} overlaps {neg} {ns!r}")
    for k in LISTS:
        seen = [sp for sp, _ in spans.get(k, [])]
        if len(seen) != len(set(seen)):
            problems.append(f"{where}: duplicate span in {k}")


def main():
    verbose = "-v" in sys.argv[1:]
    folders = [a for a in sys.argv[1:] if a != "-v"] or [HERE]
    locate, origin = load_locate()
    problems, warnings = [], []
    ids = {}
    counts = {}
    stats = {}
    files = sorted(f for d in folders for f in glob.glob(os.path.join(d, "*.jsonl")))
    if not files:
        problems.append(f"no *.jsonl files in {', '.join(folders)}")
    for path in files:
        name = os.path.basename(path)
        counts[name] = 0
        st = stats[name] = {"empty": 0, "demands": 0, "anon": 0, "contested": 0}
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{name}:{ln}"
                try:
                    case = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append(f"{where}: invalid JSON: {e}")
                    continue
                counts[name] += 1
                if isinstance(case, dict) and isinstance(case.get("id"), str):
                    cid = case["id"]
                    where = f"{name}:{ln} ({cid})"
                    if cid in ids:
                        problems.append(f"{where}: duplicate id, first seen at {ids[cid]}")
                    else:
                        ids[cid] = f"{name}:{ln}"
                check_case(locate, case, where, problems, warnings)
                if isinstance(case, dict):
                    gold = [case.get(k) for k in ("anon", "named", "cues", "contested", "demands")]
                    if all(isinstance(g, list) and not g for g in gold):
                        st["empty"] += 1
                    st["demands"] += sum(len(d.get("items", [])) for d in case.get("demands", [])
                                         if isinstance(d, dict) and isinstance(d.get("items"), list))
                    st["anon"] += len(case.get("anon", []) or [])
                    st["contested"] += len(case.get("contested", []) or [])
    print(f"locate() from: {origin}")
    for name in sorted(counts):
        extra = ""
        if verbose:
            s = stats[name]
            extra = (f"  (no gold: {s['empty']}, anon spans: {s['anon']}, "
                     f"contested: {s['contested']}, demand items: {s['demands']})")
        print(f"{name:28s} {counts[name]:4d}{extra}")
    total = sum(counts.values())
    print(f"{'total':28s} {total:4d}")
    if verbose:
        empty = sum(s["empty"] for s in stats.values())
        print(f"cases without any gold annotation: {empty} ({100 * empty / max(total, 1):.0f}%)")
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    for p in problems:
        print("error:", p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
