#!/usr/bin/env python3
"""A scripted editor session against `claimlens rpc` run under valgrind
memcheck: every method, good and bad input, reloads, closes.  Run from the
repository root with the command to test as arguments."""
import json, os, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mp  # noqa: E402
import test_robust as T  # noqa: E402  (only its Server helper)

cmd = sys.argv[1:]
T.BIN = None
sample = open("sample/article.md", "rb").read()
lines = sample.split(b"\n")


class VServer(T.Server):
    def __init__(self):
        import queue, subprocess, threading
        self.err = tempfile.TemporaryFile()
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=self.err)
        self.q = queue.Queue()
        self.pending = []
        self.msgid = 0
        threading.Thread(target=self._read, daemon=True).start()


def tmp(data):
    f = tempfile.NamedTemporaryFile(delete=False, suffix=".json")
    f.write(data)
    f.close()
    return f.name


T.SLOW = 20          # valgrind is slow
pack = tmp(json.dumps({"name": "user", "version": 1, "cues": ["(a+)+$", "reckoned"]}).encode())
bad_pack = tmp(b'{"name": "x", "version": 1, "cues": ["said("]}')
notes = tmp(json.dumps({"notes": [{"term": "Meridian", "aliases": ["the port operator"],
                                   "text": "an invented company"}]}).encode())
bad_notes = tmp(b'{"notes": [[1]]}')
s = VServer()
ok = True
try:
    s.send(mp.notify("hello", [{"protocol": 1, "client": "nvim", "packs": [pack], "notes": [notes]}]))
    s.send(mp.notify("open", [1, 1, lines]) + mp.notify("analyse", [1, 1, -1]))
    s.send(mp.notify("edit", [1, 2, 3, 5, [b"A senior official said \xff it failed.", b""]]))
    e, r = s.call("analyse", [1, 2, 1], timeout=60)
    assert e is None, e
    s.send(mp.notify("edit", [1, 3, 0, 0, [b"\x00 NUL \r", b"Moscow claimed \"victory\"."]]))
    s.send(mp.notify("analyse", [1, 3, 2]))
    e, r = s.call("check", [sample + b"\n\xc3\x28 bad utf-8"], timeout=60)
    assert e is None, e
    e, r = s.call("reload", [{"packs": [bad_pack], "notes": [bad_notes]}], timeout=60)
    assert e is None and len(r["errors"]) == 2, (e, r)
    s.send(b"\xc1" + b"\x93\x05\x05\x05" + b"\x91" * 5000 + b"\xc0")
    s.send(bytes([0x93, 0x02, 0xa4]) + b"open" + bytes([0x91, 0xdb, 0x00, 0x30, 0x00, 0x00]) +
           b"z" * 0x300000)
    for method, params in T.WRONG:
        e, r = s.call(method, params, timeout=60)
        assert e, (method, params)
    s.send(mp.notify("open", [2, 1, lines]) + mp.notify("analyse", [2, 1, -1]) +
           mp.notify("close", [2]))
    e, r = s.call("stats", [], timeout=60)
    assert e is None, e
    s.send(mp.notify("close", [1]))
    s.alive()
    s.close()
except Exception as exc:  # noqa: BLE001
    print("session failed: %r" % (exc,))
    ok = False
    try:
        s.p.kill()
    except Exception:  # noqa: BLE001
        pass
for p in (pack, bad_pack, notes, bad_notes):
    os.unlink(p)
sys.exit(0 if ok else 1)
