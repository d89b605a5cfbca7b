#!/usr/bin/env python3
"""Write the committed seed corpora under tests/fuzz/corpus/.  Run from the
repository root; the files it writes are what is committed (rerunning it
gives the same bytes)."""
import json, os, struct, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "robust"))
import mp  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "corpus")
ARTICLE = open("sample/article.md", "rb").read()
PARAS = ARTICLE.split(b"\n\n")
SENTENCES = [
    b'A senior official said on Monday that the talks had failed.\n',
    b'According to two unnamed sources, Moscow claimed "victory".\n',
    b'The ministry demanded the release of all prisoners, an end to the '
    b'strikes and new elections, Reuters reported, citing three people '
    b'familiar with the matter.\n',
    b'"We will not back down," said Mr. Smith, the U.N. envoy. He added it was '
    b'a so-called "ceasefire".\n',
    b'Officials said \xff\xfe the plan \x00 was "dead".\r\n\xc3\x28 A senior '
    b'official told reporters that it failed.\r\n',
    b'---\ntitle: x\n---\n# Heading said\n\n- Officials said it\n> quoted said\n'
    b'```\ncode said\n```\n',
    b'Line one said.\rLine two, sources said.\rNo newline at the end',
]


def write(kind, name, data):
    d = os.path.join(ROOT, kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def rpc_seeds():
    lines = ARTICLE.decode().split("\n")[:12]
    hello = mp.notify("hello", [{"protocol": 1, "client": "nvim"}])
    session = (hello + mp.notify("open", [1, 1, lines]) +
               mp.notify("analyse", [1, 1, -1]) +
               mp.notify("edit", [1, 2, 2, 4, ["Officials said it failed.", ""]]) +
               mp.request(1, "analyse", [1, 2, 1]) +
               mp.notify("edit", [1, 3, 0, 0, ["# New title"]]) +
               mp.notify("analyse", [1, 3, 2]) +
               mp.request(2, "stats", []) + mp.notify("close", [1]))
    write("rpc", "session", b"\0" + session)
    write("rpc", "session-split", b"\x03" + session)
    write("rpc", "check", b"\0" + mp.request(1, "hello", [{"protocol": 1}]) +
          mp.request(2, "check", [SENTENCES[2].decode() + SENTENCES[0].decode()]) +
          mp.request(3, "check", [SENTENCES[4]]))
    write("rpc", "misc", b"\0" + mp.request(1, "ping", []) + mp.request(2, "stats", []) +
          mp.request(3, "frobnicate", []) + mp.notify("nvim_error_event", [0, "x"]) +
          mp.pack([1, 9, None, "a response"]))
    write("rpc", "wrong-types", b"\0" +
          mp.request(1, "edit", ["one", True]) + mp.request(2, "open", [1, "t", [1, 2]]) +
          mp.request(3, "analyse", [42, 1, -1]) + mp.request(4, "check", [5]) +
          mp.request(5, "hello", [{"protocol": 7}]) + mp.request(6, "reload", [{"packs": 5}]) +
          mp.request(7, 42, []) + mp.request(8, "close", {"a": 1}) +
          mp.pack([0, 9, "ping"]) + mp.pack([5, 1, "ping", []]))
    write("rpc", "garbage", b"\0\xc1\x93\x05\x05\x05\xff\xc1" + mp.request(1, "ping", []))
    write("rpc", "huge", b"\0" + bytes([0x93, 0x02, 0xa4]) + b"open" +
          bytes([0x91, 0xdb, 0x00, 0x30, 0x00, 0x00]) + b"\0" * 64 +
          bytes([0xdd, 0xff, 0xff, 0xff, 0xff]))
    write("rpc", "nested", b"\0" + b"\x91" * 40 + b"\xc0" + mp.request(1, "ping", []) +
          mp.pack([0, 2, "open", [1, 1, mp.Raw(b"\x91" * 30 + b"\xc0")]]))
    write("rpc", "closed-meanwhile", b"\0" + mp.notify("open", [2, 1, ["Officials said so."]]) +
          mp.notify("analyse", [2, 1, -1]) + mp.notify("close", [2]) +
          mp.request(1, "analyse", [2, 1, -1]) + mp.request(2, "edit", [2, 2, 0, 1, ["x"]]) +
          mp.notify("open", [2, 5, ["x"]]) + mp.request(3, "edit", [2, 6, 0, 9, ["y"]]))
    write("rpc", "reload", b"\0" + mp.request(1, "reload", [{"packs": ["/nonexistent.json"],
                                                            "notes": ["/nonexistent-notes.json"]}]) +
          mp.request(2, "hello", [{"protocol": 1, "client": "other", "packs": [], "notes": None}]))
    write("rpc", "crlf-nul", b"\0" + mp.notify("open", [3, 1, [b"Officials said \x00 it.\r",
                                                          b"\xff\xfe said sources.\r", b""]]) +
          mp.request(1, "analyse", [3, 1, -1]))


def analyse_seeds():
    for i, p in enumerate(PARAS[:8]):
        write("analyse", "article-%d" % i, b"\0\0\0" + p + b"\n")
    write("analyse", "article-window", b"\x01\x40\xc0" + ARTICLE)
    for i, s in enumerate(SENTENCES):
        write("analyse", "sentence-%d" % i, b"\0\0\0" + s)
    write("analyse", "long-quote", b"\0\0\0" + b'He said "' + b"word " * 900 + b'" today.\n')
    write("analyse", "binary", b"\0\0\0" + bytes(range(256)))


def edit_seeds():
    def op(flags, first, last, lines):
        out = bytes([flags, first, last, len(lines)])
        for l in lines:
            out += bytes([len(l)]) + l
        return out
    paras = [l for l in ARTICLE.split(b"\n") if len(l) < 64][:16]
    write("edit", "build-and-edit",
          op(1, 0, 0, paras[:7]) + op(1, 2, 1, [b"Officials said it failed."]) +
          op(1, 0, 2, []) + op(1, 3, 0, [b"", b"A senior official told reporters so."]) +
          op(3, 0, 0, paras[7:14]) + op(1, 99, 99, [b"tail said sources."]))
    write("edit", "crlf-nul", op(1, 0, 0, [b"Officials said\r", b"\x00 so.\r", b"\xff\xfe"]) +
          op(1, 1, 1, [b"embedded\nnewline said sources."]))
    write("edit", "blank-lines", op(1, 0, 0, [b"", b"", b"x said.", b"", b""]) +
          op(1, 1, 3, [b"y"]) + op(1, 0, 9, []))


def rules_seeds():
    packs = {
        "full": {"name": "user", "version": "1", "description": "seed",
                 "cues": ["said", {"pattern": "according to", "shape": "according"},
                          {"pattern": "citing", "shape": "citing"}],
                 "contested": [{"pattern": "so-called", "why": "scare quotes", "rebuttal": False}],
                 "demands": [{"pattern": "demand(?:s|ed)?", "shape": "object"},
                             {"pattern": "urged", "shape": "urge"}],
                 "source_nouns": ["officials?"], "anonymity_markers": ["senior"],
                 "not_sources": ["energy sources"], "anonymity_reasons": ["not authori[sz]ed"],
                 "conditions": ["in exchange for"], "responses": ["rejected"],
                 "item_stops": ["and then"],
                 "abbreviations": ["Mr.", "U.N."], "titles": ["President"],
                 "org_nouns": ["ministry"], "pronouns": ["he", "she"],
                 "auxiliaries": ["has"], "determiners": ["the"],
                 "function_words": ["The"], "clause_words": ["that"],
                 "counts": {"two": 2, "three": 3},
                 "aliases": [{"canonical": "Russia", "names": ["Moscow", "the Kremlin"]}]},
        "catastrophic": {"name": "slow", "version": 1,
                         "cues": ["(a+)+$", "(x+x+)+y", "(?:a|aa)+b?c", "(\\w+\\s?)*$"]},
        "bad-regex": {"name": "bad", "version": 1, "cues": ["said(", "[z-a]"]},
        "bad-fields": {"name": "odd", "version": 1, "cues": [{"pattern": "x", "shape": "nope"}],
                       "unknown": [1], "aliases": [{"canonical": ""}]},
        "verbs": {"name": "verbs", "version": 1, "cues": ["(*MARK:x)said", "(?C1)said"]},
    }
    for name, p in packs.items():
        write("rules", name, json.dumps(p).encode())
    write("rules", "truncated", b'{"name": "broken", "version": 1, "cues": ["sa')
    write("rules", "not-object", b'[{"name": "x"}]')
    write("rules", "deep", b"[" * 2000 + b"]" * 2000)


def notes_seeds():
    write("notes", "basic", json.dumps({"notes": [
        {"term": "NATO", "aliases": ["the alliance", "North Atlantic Treaty Organization"],
         "text": "32 members"},
        {"term": "IAEA", "text": "U.N. nuclear watchdog"}]}).encode())
    write("notes", "metachars", json.dumps({"notes": [
        {"term": "C++", "text": "a language"}, {"term": "\\E(a+)+$", "text": "x"},
        {"term": "U.N.", "aliases": ["(", "[", "a|b"], "text": "y"}]}).encode())
    write("notes", "unicode", '{"notes": [{"term": "Україна", "aliases": ["Kyiv\u2019s"], '
          '"text": "\u0000nul"}]}'.encode())
    write("notes", "bad-shapes", b'{"notes": [[1], "x", {"term": 5}, {"term": "a", "text": "b", '
          b'"aliases": "c"}, {"term": "", "text": ""}, {"term": "a", "text": "b", "x": 1}]}')
    write("notes", "truncated", b'{"notes": [{"term": "NATO", "te')
    write("notes", "invalid-utf8", b'{"notes": [{"term": "\xff\xfe", "text": "x"}]}')


rpc_seeds()
analyse_seeds()
edit_seeds()
rules_seeds()
notes_seeds()
