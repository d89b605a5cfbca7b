#!/usr/bin/env python3
"""Bad input, each with a test: the core gives a clear error or a bounded,
correct result, and the server keeps serving (issue "Robustness").

Drives `claimlens rpc` over pipes and `claimlens check` with each bad input.
CLAIMLENS names the binary (default build/claimlens); ROBUST_SLOW multiplies
every time limit (sanitizer builds run slower); ROBUST_SKIP_BIG=1 leaves out
the 50 MB and 1 GB inputs.
"""
import json, os, queue, random, select, subprocess, sys, tempfile, threading, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mp  # noqa: E402

BIN = os.environ.get("CLAIMLENS", "build/claimlens")
SLOW = float(os.environ.get("ROBUST_SLOW", "1"))
SKIP_BIG = os.environ.get("ROBUST_SKIP_BIG") == "1"
SAMPLE = open("sample/article.md", "rb").read() if os.path.exists("sample/article.md") else b""
results = []
tmpfiles = []


tests = []


def test(fn):
    tests.append(fn)
    return fn


def run_tests():
    for fn in tests:
        t0 = time.time()
        try:
            fn()
            results.append((fn.__name__, None, time.time() - t0))
        except Exception as e:  # report every failure, not just the first
            results.append((fn.__name__, e, time.time() - t0))


def tmpfile(data, suffix=".txt"):
    f = tempfile.NamedTemporaryFile(delete=False, suffix=suffix)
    f.write(data)
    f.close()
    tmpfiles.append(f.name)
    return f.name


class Server:
    """`claimlens rpc` on pipes; a thread reads what it writes."""

    def __init__(self, env=None):
        e = dict(os.environ)
        e.update(env or {})
        self.err = tempfile.TemporaryFile()
        self.p = subprocess.Popen([BIN, "rpc"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=self.err, env=e)
        self.q = queue.Queue()
        self.pending = []
        self.msgid = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        s = mp.Stream()
        out = self.p.stdout
        while True:
            data = out.read1(1 << 20)
            if not data:
                self.q.put(None)
                return
            s.feed(data)
            # Take whatever else is already waiting before decoding: a long
            # message written in many pieces would otherwise be decoded from
            # its start again after every piece.
            while select.select([out], [], [], 0)[0]:
                more = out.read1(1 << 20)
                if not more:
                    break
                s.feed(more)
            while True:
                m = s.next()
                if m is None:
                    break
                self.q.put(m)

    def send(self, data):
        self.p.stdin.write(data)
        self.p.stdin.flush()

    def next(self, timeout=10):
        if self.pending:
            return self.pending.pop(0)
        m = self.q.get(timeout=timeout * SLOW)
        if m is None:
            raise AssertionError("the server closed its output (exit %s)" % self.p.poll())
        return m

    def call(self, method, params, timeout=30):
        """A request; returns (error, result); pushes on the way are kept."""
        self.msgid += 1
        self.send(mp.request(self.msgid, method, params))
        return self.wait_response(self.msgid, timeout)

    def wait_response(self, msgid, timeout=30):
        skipped = []
        deadline = time.time() + timeout * SLOW
        try:
            while True:
                m = self.q.get(timeout=max(0.01, deadline - time.time()))
                if m is None:
                    raise AssertionError("server exited (%s) before answering" % self.p.poll())
                if m[0] == 1 and m[1] == msgid:
                    return m[2], m[3]
                skipped.append(m)
        except queue.Empty:
            raise AssertionError("no answer to request %d in %ss" % (msgid, timeout * SLOW))
        finally:
            self.pending.extend(skipped)

    def push(self, name=None, timeout=10):
        """The next push (claimlens/NAME), skipping responses."""
        deadline = time.time() + timeout * SLOW
        while True:
            if self.pending:
                m = self.pending.pop(0)
            else:
                m = self.q.get(timeout=max(0.01, deadline - time.time()))
            if m is None:
                raise AssertionError("server exited before pushing")
            if m[0] == 2 and (name is None or m[1] == "claimlens/" + name):
                return m[1][len("claimlens/"):], m[2][0]

    def pushes(self, wait=0.5):
        """Every push that arrives within `wait` seconds."""
        out = [m for m in self.pending if m[0] == 2]
        self.pending = [m for m in self.pending if m[0] != 2]
        end = time.time() + wait
        while time.time() < end:
            try:
                m = self.q.get(timeout=max(0.01, end - time.time()))
            except queue.Empty:
                break
            if m is None:
                break
            if m[0] == 2:
                out.append(m)
        return out

    def alive(self):
        e, r = self.call("ping", [], timeout=20)
        assert e is None and r == "pong", (e, r)

    def rss_kb(self):
        for line in open("/proc/%d/status" % self.p.pid):
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0

    def close(self):
        try:
            self.p.stdin.close()
        except BrokenPipeError:
            pass
        rc = self.p.wait(timeout=60 * SLOW)
        self.err.seek(0)
        log = self.err.read().decode("utf-8", "replace")
        self.err.close()
        assert rc == 0, "server exit status %s; stderr: %s" % (rc, log[-2000:])
        assert "runtime error" not in log and "Sanitizer" not in log, log[-3000:]
        return log


def check_json(raw, doc):
    """Every span of the CLI's JSON is exactly the bytes it names."""
    for a in doc["annotations"]:
        stack = [a]
        while stack:
            x = stack.pop()
            if isinstance(x, dict):
                if "start" in x and "end" in x and "text" in x:
                    assert 0 <= x["start"] <= x["end"] <= len(raw), x
                    got = raw[x["start"]:x["end"]].decode("utf-8", "replace")
                    assert got == x["text"], (got, x["text"])
                stack.extend(x.values())
            elif isinstance(x, list):
                stack.extend(x)


def check_result(lines, result):
    """Every position of an RPC result lies inside the buffer's lines."""
    assert isinstance(result, dict) and "ranges" in result, result
    for r in result["ranges"]:
        for a in r["annotations"]:
            stack = [a]
            while stack:
                x = stack.pop()
                if isinstance(x, dict):
                    if "lnum" in x:
                        assert 0 <= x["lnum"] <= x["end_lnum"] <= len(lines), x
                        assert x["col"] <= len(lines[x["lnum"]]) if x["lnum"] < len(lines) else True, x
                    stack.extend(x.values())
                elif isinstance(x, list):
                    stack.extend(x)


def check_cli(data, extra=(), timeout=120, want_rc=0):
    path = tmpfile(data)
    t0 = time.time()
    p = subprocess.run([BIN, "check", "--format", "json", *extra, path],
                       capture_output=True, timeout=timeout * SLOW)
    took = time.time() - t0
    assert p.returncode == want_rc, (p.returncode, p.stderr[-2000:])
    assert b"runtime error" not in p.stderr and b"Sanitizer" not in p.stderr, p.stderr[-3000:]
    doc = json.loads(p.stdout)
    check_json(data, doc)
    return doc, p.stderr.decode("utf-8", "replace"), took


def kinds(doc):
    out = {}
    for a in doc["annotations"]:
        out[a["kind"]] = out.get(a["kind"], 0) + 1
    return out


# ---- text: invalid UTF-8, NUL, binary, line endings, size ----------------

BAD_LINES = [b"Officials said \xff\xfe the plan \x00 was \"dead\".",
             b"\xc3\x28 A senior official told reporters that it \xed\xa0\x80 failed.",
             b"\xf4\x90\x80\x80 The ministry demanded \x00\x00 an end to the strikes.",
             b"", b"\x00" * 40, b"Moscow claimed \xe2\x80 \"victory\"\xe2\x80\x9d, sources said."]


@test
def rpc_invalid_utf8_and_nul_bytes():
    s = Server()
    s.send(mp.notify("hello", [{"protocol": 1, "client": "test"}]))
    s.push("hello")
    s.send(mp.notify("open", [1, 1, BAD_LINES]))
    e, r = s.call("analyse", [1, 1, -1])
    assert e is None, e
    check_result(BAD_LINES, r)
    e, r = s.call("check", [b"\n".join(BAD_LINES)])
    assert e is None, e
    text = b"\n".join(BAD_LINES)
    for a in r["annotations"]:
        assert 0 <= a["start"] <= a["end"] <= len(text), a
    s.alive()
    s.close()


@test
def cli_invalid_utf8_nul_every_format():
    data = b"\n".join(BAD_LINES) + b"\n"
    check_cli(data)
    path = tmpfile(data)
    for fmt in ("text", "quickfix"):
        p = subprocess.run([BIN, "check", "--format", fmt, path], capture_output=True,
                           timeout=60 * SLOW)
        assert p.returncode == 0, p.stderr


@test
def binary_files_cli_and_rpc():
    rnd = random.Random(1234)
    data = bytes(rnd.getrandbits(8) for _ in range(1 << 20))
    doc, _, _ = check_cli(data)
    s = Server()
    e, r = s.call("check", [data[: 1 << 18]])
    assert e is None, e
    lines = data[: 1 << 18].split(b"\n")
    s.send(mp.notify("open", [3, 1, lines]))
    e, r = s.call("analyse", [3, 1, -1])
    assert e is None, e
    check_result(lines, r)
    s.alive()
    s.close()


@test
def output_grows_while_pointing_back():
    """'Two diplomats said ...  Both said ...' after ever more claims: the
    back-reference is read while the output list it points into grows
    (under tests/sanitize.sh a stale pointer there is a use after free)."""
    paras = []
    for k in range(1, 80):
        lead = " ".join("Official %d said the plan was dead." % j for j in range(k % 37))
        paras.append(lead + " Two diplomats said the talks were over. Both said the deal had failed.")
    doc, _, _ = check_cli("\n\n".join(paras).encode())
    both = [a for a in doc["annotations"] if a["kind"] == "claim" and a["source"]
            and a["source"]["text"] == "Both"]
    assert len(both) == 79, len(both)


@test
def output_grows_while_of_whom_points_back():
    """'..., according to five people at the plant, two of whom were told
    ...' after ever more claims: the unnamed people "of whom" points back
    at are read after the output list they sit in has grown (under
    tests/sanitize.sh a stale pointer there is a use after free)."""
    paras = []
    for k in range(1, 80):
        lead = " ".join("Official %d said the plan was dead." % j for j in range(k % 37))
        paras.append(lead + " Staff were moved, according to five people at the plant,"
                     " two of whom were told the site would close.")
    doc, _, _ = check_cli("\n\n".join(paras).encode())
    whom = [a for a in doc["annotations"] if a["kind"] == "claim" and a["source"]
            and a["source"]["text"] == "two of whom"]
    assert len(whom) == 79, len(whom)
    assert all(a["source"]["refers_to"]["text"] == "five people at the plant" for a in whom)


@test
def every_gold_text_in_one_file():
    """All our gold texts and the seed as one document: every shape the
    analysers know, side by side, in one run."""
    import glob
    texts = []
    for f in sorted(glob.glob("tests/gold/**/*.jsonl", recursive=True)) + \
            ["../shared/corpus/seed.gold.jsonl"]:
        if os.path.exists(f):
            texts += [json.loads(l)["text"] for l in open(f, encoding="utf-8") if l.strip()]
    assert len(texts) > 1000, len(texts)
    check_cli("\n\n".join(texts).encode())


@test
def crlf_and_lone_cr_line_endings():
    lf, _, _ = check_cli(SAMPLE)
    crlf, _, _ = check_cli(SAMPLE.replace(b"\n", b"\r\n"))
    assert kinds(crlf) == kinds(lf), (kinds(crlf), kinds(lf))
    cr, _, _ = check_cli(SAMPLE.replace(b"\n", b"\r"))   # old Mac: one "line"
    assert cr["annotations"], "nothing found in a CR-only file"
    # the editor sends CRLF files' lines with their \r when fileformat=unix
    lines = SAMPLE.replace(b"\n", b"\r\n").split(b"\n")
    s = Server()
    s.send(mp.notify("open", [4, 1, lines]))
    e, r = s.call("analyse", [4, 1, -1])
    assert e is None, e
    check_result(lines, r)
    n = sum(len(x["annotations"]) for x in r["ranges"])
    assert n == len(lf["annotations"]), (n, len(lf["annotations"]))
    s.alive()
    s.close()


@test
def a_50_mb_single_line():
    if SKIP_BIG:
        return
    unit = (b"Officials said the talks had failed, according to two unnamed sources, "
            b"and the ministry demanded \"an end\" to the strikes; ")
    line = unit * (50 * 1024 * 1024 // len(unit) + 1)
    # Millions of findings in one paragraph: the first ones are shown and the
    # cut is said plainly (PARAGRAPH_MAX_FINDINGS, :help claimlens-limits).
    doc, stderr, took = check_cli(line, timeout=180, want_rc=2)
    assert doc["annotations"], "nothing found in 50 MB of claims"
    assert "the rest are not shown" in stderr, stderr[-500:]
    s = Server()
    t0 = time.time()
    s.send(mp.notify("open", [7, 1, [line]]))
    e, r = s.call("analyse", [7, 1, -1], timeout=180)
    assert e is None, e
    assert r["ranges"] and r["ranges"][0]["annotations"], "no findings over RPC"
    s.alive()
    s.close()


# ---- msgpack: size, nesting, types, methods, buffers ----------------------

@test
def a_1_gb_request_announced():
    s = Server()
    t0 = time.time()
    head = bytes([0x93, 0x02, 0xa4]) + b"open" + bytes([0x93, 0x01, 0x01, 0x91, 0xdb]) + \
        (1 << 30).to_bytes(4, "big")
    s.send(head)
    name, payload = s.push("error", timeout=10)
    assert "refused" in payload["message"], payload
    assert s.rss_kb() < 200 * 1024, "server holds %d kB" % s.rss_kb()
    if not SKIP_BIG:       # the refused bytes are skipped exactly: in step after
        chunk = b"x" * (1 << 20)
        for _ in range(1 << 10):
            s.send(chunk)
        assert s.rss_kb() < 200 * 1024, "server holds %d kB" % s.rss_kb()
        s.alive()
    s.close()
    # headers announcing 4 G elements: refused at once, without waiting
    for big in (b"\xdd\xff\xff\xff\xff", b"\xdf\xff\xff\xff\xff", b"\xc6\xff\xff\xff\xff"):
        s = Server()
        s.send(mp.pack([0, 1, "open", mp.Raw(big)])[:-0 or None])
        name, payload = s.push("error", timeout=10)
        assert "refused" in payload["message"], payload
        s.close()


@test
def deeply_nested_msgpack():
    s = Server()
    for deep in (b"\x91" * 200000 + b"\xc0",                    # arrays
                 b"\x81\xa1k" * 100000 + b"\xc0",               # maps
                 mp.pack([0, 1, "open", mp.Raw(b"\x93\x01\x01" + b"\x91" * 5000 + b"\xc0")])):
        s.send(deep)
        name, payload = s.push("error", timeout=20)
        assert payload["message"], payload
        s.alive()
    s.close()


WRONG = [
    ("open", ["1", 1, ["x"]]), ("open", [1, 1, "x"]), ("open", [1, 1, [1, 2]]),
    ("open", [1, "tick", []]), ("open", []), ("open", None), ("open", {"a": 1}),
    ("edit", [1.5, 1, 0, 0, []]), ("edit", [99, 1, 0, 0, []]),
    ("analyse", ["x", 1, -1]), ("analyse", [99, 1, -1]), ("analyse", [2**64 - 1, 1, -1]),
    ("analyse", [-2**63, 1, -1]), ("check", [5]), ("check", []), ("check", [None]),
    ("hello", [{"protocol": "1"}]), ("hello", [{"protocol": 99}]),
    ("reload", [{"packs": 5}]), ("reload", [{"notes": "x"}]),
    ("close", ["x"]), ("close", []), ("frobnicate", []), ("", []), ("open\x00", []),
]


@test
def wrong_argument_types_and_unknown_methods():
    s = Server()
    s.send(mp.notify("open", [1, 1, ["Officials said so."]]))
    for method, params in WRONG:
        e, r = s.call(method, params)
        assert isinstance(e, str) and e, (method, params, e, r)
    e, r = s.call("edit", [1, 2, 5, 9, ["x"]])
    assert e and "outside" in e, e
    e, r = s.call("edit", [1, 2, -1, 0, ["x"]])
    assert e, e
    # not an RPC at all, or a method that is not a string
    for bad in (mp.pack([0, 1, 42, []]), mp.pack([0, "id", "ping"]), mp.pack([7, 1, "ping", []]),
                mp.pack({"method": "ping"}), mp.pack("ping"), mp.pack([2**32, 1, "ping", []])):
        s.send(bad)
    s.send(mp.notify("frobnicate", []))
    s.alive()
    errs = s.pushes(0.5)
    assert len(errs) >= 5, errs
    # the buffer opened first is still there and sound
    e, r = s.call("analyse", [1, 1, -1])
    assert e is None and r["ranges"][0]["annotations"], (e, r)
    s.close()


@test
def a_buffer_closed_meanwhile():
    s = Server()
    lines = SAMPLE.split(b"\n")
    # analysis asked for, then the buffer closed before it could run
    s.send(mp.notify("open", [5, 1, lines]) + mp.notify("analyse", [5, 1, -1]) +
           mp.notify("close", [5]))
    s.alive()
    late = [m for m in s.pushes(1.0) if m[2][0].get("buf") == 5 and m[1] == "claimlens/result"]
    assert not late, "a result for a closed buffer: %r" % late[:1]
    e, r = s.call("analyse", [5, 1, -1])
    assert e and "unknown buffer 5" in e, e
    e, r = s.call("edit", [5, 2, 0, 1, ["x"]])
    assert e and "unknown buffer 5" in e, e
    # re-opened with other text: the result is about the new text
    s.send(mp.notify("open", [5, 7, ["A senior official said the plan had failed."]]) +
           mp.notify("analyse", [5, 7, -1]))
    name, res = s.push("result", timeout=30)
    assert res["buf"] == 5 and res["tick"] == 7, res
    assert res["full"] is True, res
    s.alive()
    s.close()


@test
def edits_leave_what_one_fresh_pass_finds():
    """After edits, the cached findings (re-analysed only near each edit)
    equal a fresh analysis of the same text: pronouns, "the official" and
    responses reach paragraphs away, and their context must reach as far."""
    import glob
    rnd = random.Random(7)
    texts = [json.loads(l)["text"] for f in sorted(glob.glob("tests/gold/*.jsonl"))
             for l in open(f, encoding="utf-8") if l.strip()]
    rnd.shuffle(texts)
    lines = [l.encode() for l in "\n\n".join(texts[:60]).split("\n")]
    pool = [l for l in lines if len(l) > 40]

    def found(res):
        return sorted(json.dumps(a, sort_keys=True) for r in res["ranges"] for a in r["annotations"])

    # What an editor shows, kept as it keeps its marks: moved by edits,
    # those on lines an edit replaced dropped, each range's lines cleared
    # and filled again.  Annotations as (start line, the rest).
    def shift(shown, a, b, n):
        return [(l if l < a else l + n - (b - a), x) for l, x in shown if not a <= l < b]

    def apply(shown, res):
        for r in res["ranges"]:
            shown = [(l, x) for l, x in shown if not r["first"] <= l < r["last"]]
            shown += [(x["lnum"], (x["kind"], x["col"], x["end_lnum"] - x["lnum"], x["text"]))
                      for x in r["annotations"]]
        return shown

    s = Server()
    s.send(mp.notify("open", [1, 1, lines]))
    e, r = s.call("analyse", [1, 1, -1], timeout=60)
    assert e is None, e
    shown = apply([], r)
    for tick in range(2, 32):
        i = rnd.randrange(len(lines))
        other = rnd.choice([l for l in pool if l != lines[i]])  # the same text: see buffer.lua's sweep
        a, b, new = [(i, i + 1, [other]), (i, min(i + 2, len(lines)), []),
                     (i, i, [other, b""])][tick % 3]
        lines[a:b] = new
        s.send(mp.notify("edit", [1, tick, a, b, new]))
        shown = shift(shown, a, b, len(new))
        e, r = s.call("analyse", [1, tick, tick - 1], timeout=60)
        assert e is None, e
        assert r["full"] is False, "an edit gets only what changed"
        shown = apply(shown, r)
        e, cached = s.call("analyse", [1, tick, -1], timeout=60)
        assert e is None, e
        s.send(mp.notify("open", [2, 1, lines]))
        e, fresh = s.call("analyse", [2, 1, -1], timeout=60)
        assert e is None, e
        c, f = set(found(cached)), set(found(fresh))
        assert c == f, "edit %d at line %d: only cached %s, only fresh %s" % (
            tick, a, sorted(c - f)[:1], sorted(f - c)[:1])
        want = sorted(apply([], fresh))
        assert sorted(shown) == want, "edit %d (%d-%d, %d lines): only shown %s, only fresh %s" % (
            tick, a, b, len(new), sorted(set(shown) - set(want))[:2], sorted(set(want) - set(shown))[:2])
        s.send(mp.notify("close", [2]))
    s.alive()
    s.close()


# ---- results in parts (doc/protocol.md) ------------------------------------

def corpus(size):
    """News prose of about `size` bytes, the benchmark's generator."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("gen_corpus", "bench/gen_corpus.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    return gen.generate(size).encode().split(b"\n")


def hello(s, parts, packed=False):
    opts = {"protocol": 1, "client": "test"}
    if parts:
        opts["parts"] = True
    if packed:
        opts["packed"] = True
    s.send(mp.notify("hello", [opts]))
    s.push("hello")


def result_parts(s, buf, tick, timeout=60):
    """Every part of the result for (buf, tick), in arrival order."""
    got = []
    while True:
        _, res = s.push("result", timeout=timeout)
        if res["buf"] != buf or res["tick"] != tick:
            continue
        got.append(res)
        if not res.get("more"):
            return got


def flat(ranges):
    return sorted(json.dumps(a, sort_keys=True) for r in ranges for a in r["annotations"])


@test
def results_in_parts_focus_first():
    lines = corpus(400_000)
    s = Server()
    hello(s, True)
    focus = [len(lines) // 2, len(lines) // 2 + 40]
    s.send(mp.notify("open", [1, 3, lines]) + mp.notify("analyse", [1, 3, -1, focus]))
    parts = result_parts(s, 1, 3)
    assert len(parts) > 2, len(parts)
    seen = []
    for i, p in enumerate(parts, 1):
        assert p["part"] == i, (i, p["part"])
        assert p["full"] is (i == 1), (i, p["full"])
        assert bool(p.get("more")) is (i < len(parts)), (i, p.get("more"))
        n = sum(len(r["annotations"]) for r in p["ranges"])
        assert n <= 2100, (i, n)
        for r in p["ranges"]:
            seen.append((r["first"], r["last"]))
        check_result(lines, p)
    seen.sort()
    for a, b in zip(seen, seen[1:]):
        assert a[1] <= b[0], ("ranges overlap", a, b)
    first = parts[0]["ranges"]
    assert first and first[0]["first"] <= focus[0] and first[-1]["last"] >= focus[1], \
        [(r["first"], r["last"]) for r in first]
    # the union of the parts is the one-shot result
    s.send(mp.notify("open", [2, 1, lines]))
    e, whole = s.call("analyse", [2, 1, -1], timeout=60)
    assert e is None, e
    assert flat(whole["ranges"]) == flat(r for p in parts for r in p["ranges"])
    # an edit: only what changed, in one part
    line = focus[0] + 3
    s.send(mp.notify("edit", [1, 4, line, line + 1, [b"The minister said the talks had failed."]]) +
           mp.notify("analyse", [1, 4, 3, focus]))
    parts = result_parts(s, 1, 4)
    assert parts[0]["full"] is False and parts[-1]["part"] == len(parts), parts[0]
    assert sum(len(p["ranges"]) for p in parts) <= 4, [p["ranges"] for p in parts]
    s.alive()
    s.close()


def unpacked(parts):
    """The parts with each packed range's annotations decoded."""
    for p in parts:
        for r in p["ranges"]:
            assert "annotations" not in r and isinstance(r["packed"], bytes), list(r)
            b, i, anns = r.pop("packed"), 0, []
            while i < len(b):
                a, i = mp.unpack_from(b, i)
                anns.append(a)
            r["annotations"] = anns
    return parts


@test
def packed_parts_carry_the_same_annotations():
    lines = corpus(400_000)
    got = {}
    for packed in (False, True):
        s = Server()
        hello(s, True, packed)
        s.send(mp.notify("open", [1, 3, lines]) + mp.notify("analyse", [1, 3, -1, [200, 260]]))
        got[packed] = result_parts(s, 1, 3)
        # an edit: the changed paragraph only, packed the same way
        s.send(mp.notify("edit", [1, 4, 203, 204, [b"The minister said the talks had failed."]]) +
               mp.notify("analyse", [1, 4, 3, [200, 260]]))
        got[packed, "edit"] = result_parts(s, 1, 4)
        s.alive()
        s.close()
    edited = lines[:203] + [b"The minister said the talks had failed."] + lines[204:]
    for key, text in ((True, lines), ((True, "edit"), edited)):
        plain = got[False if key is True else (False, "edit")]
        packed = unpacked(got[key])
        assert len(plain) > (2 if key is True else 0), len(plain)
        assert plain == packed, [(p["part"], len(p["ranges"])) for p in packed]
        for p in packed:
            check_result(text, p)


@test
def a_client_without_parts_gets_one_push():
    lines = corpus(200_000)
    s = Server()
    hello(s, False)
    s.send(mp.notify("open", [1, 1, lines]) + mp.notify("analyse", [1, 1, -1, [100, 150]]))
    _, res = s.push("result", timeout=60)
    assert "part" not in res and "more" not in res and res["full"] is True, list(res)
    assert len(res["ranges"]) == 1 and res["ranges"][0]["first"] == 0, res["ranges"][:1]
    assert not [m for m in s.pushes(0.5) if m[1] == "claimlens/result"]
    s.alive()
    s.close()


@test
def a_newer_edit_or_request_abandons_the_parts_under_way():
    lines = corpus(2_000_000)
    s = Server()
    hello(s, True)
    s.send(mp.notify("open", [1, 1, lines]) + mp.notify("analyse", [1, 1, -1, [0, 50]]))
    _, res = s.push("result", timeout=60)
    assert res["tick"] == 1 and res["part"] == 1 and res.get("more"), res["part"]
    s.send(mp.notify("edit", [1, 2, 5, 6, [b"Officials said the plan had failed."]]))
    e, r = s.call("ping", [])          # answered after the edit was read
    assert e is None and r == "pong"
    s.pending = []                     # what came before the answer may be tick 1
    late = [m for m in s.pushes(1.0) if m[1] == "claimlens/result" and m[2][0]["tick"] == 1]
    assert not late, "parts of tick 1 after a newer edit: %d" % len(late)
    # the next request gets a full result: the editor never had all of tick 1
    s.send(mp.notify("analyse", [1, 2, -1, [0, 50]]))
    _, res = s.push("result", timeout=60)
    assert res["tick"] == 2 and res["part"] == 1 and res["full"] is True, res["part"]
    s.send(mp.notify("analyse", [1, 3, 1, [0, 50]]))     # a newer tick, same text
    e, r = s.call("ping", [])
    assert e is None and r == "pong"
    early = [m[2][0] for m in s.pending if m[0] == 2 and m[1] == "claimlens/result"]
    s.pending = []
    pushed = [m[2][0] for m in s.pushes(1.0) if m[1] == "claimlens/result"]
    assert not [p for p in pushed if p["tick"] == 2], "parts of tick 2 after a newer request"
    parts = [p for p in early + pushed if p["tick"] == 3]
    while not parts or parts[-1].get("more"):
        parts += result_parts(s, 1, 3)
    assert parts[0]["full"] is True, "applied tick 1 was never sent whole"
    s.alive()
    s.close()


# ---- rule packs and notes ------------------------------------------------

CATASTROPHIC = {"name": "slow", "version": 1,
                "cues": ["(a+)+$", "(x+x+)+y", "(?:a|aa)+b?c", "(\\w+\\s?)*$", "(.*a){12}"],
                "contested": [{"pattern": "((a|a)+)+z", "why": "slow"}]}


@test
def catastrophic_backtracking_patterns_are_bounded():
    pack = tmpfile(json.dumps(CATASTROPHIC).encode(), ".json")
    text = (b"a" * 30000 + b"b\n\n" + b"x" * 5000 + b"\n\n" + SAMPLE +
            b"\n\n" + (b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab " * 200) + b"\n")
    t0 = time.time()
    p = subprocess.run([BIN, "check", "--pack", pack, "--format", "json", tmpfile(text)],
                       capture_output=True, timeout=120 * SLOW)
    took = time.time() - t0
    assert p.returncode in (0, 2), p.stderr[-2000:]
    doc = json.loads(p.stdout)
    check_json(text, doc)
    assert took < 60 * SLOW, "took %.1fs" % took
    if p.returncode == 0:      # loaded: the shipped rules still find things
        assert doc["annotations"], "no findings with the slow pack"
    s = Server()
    e, r = s.call("reload", [{"packs": [pack]}])
    assert e is None, e
    e, r = s.call("check", [text], timeout=120)
    assert e is None or "limit" in e, e
    s.alive()
    s.close()


BAD_PACKS = {
    "truncated": b'{"name": "broken", "version": 1, "cues": ["sa',
    "empty": b"",
    "binary": bytes(range(256)),
    "root-array": b'[{"name": "x", "version": 1}]',
    "no-name": b'{"version": 1, "cues": ["said"]}',
    "cues-not-list": b'{"name": "x", "version": 1, "cues": 5}',
    "bad-regex": b'{"name": "x", "version": 1, "cues": ["said("]}',
    "bad-entry": b'{"name": "x", "version": 1, "cues": [[1], {"pattern": 5}]}',
    "unknown-section": b'{"name": "x", "version": 1, "frobs": ["a"]}',
    "verbs": b'{"name": "x", "version": 1, "cues": ["(*MARK:a)said"]}',
    "bad-shape": b'{"name": "x", "version": 1, "cues": [{"pattern": "x", "shape": "zz"}]}',
    "deep": b"[" * 100000 + b"]" * 100000,
}


@test
def malformed_rule_packs_named_and_rules_stay():
    s = Server()
    for what, data in BAD_PACKS.items():
        path = tmpfile(data, ".json")
        p = subprocess.run([BIN, "check", "--pack", path, "--format", "json", "sample/article.md"],
                           capture_output=True, timeout=60 * SLOW)
        assert p.returncode == 2, (what, p.returncode, p.stderr[-500:])
        assert path.encode() in p.stderr, (what, p.stderr[-500:])
        assert json.loads(p.stdout)["annotations"], (what, "shipped rules lost")
        e, r = s.call("reload", [{"packs": [path]}])
        assert e is None, (what, e)
        assert any(path in m for m in r["errors"]), (what, r["errors"])
        e, r = s.call("check", [SAMPLE])
        assert e is None and r["annotations"], (what, e)
    s.alive()
    s.close()


BAD_NOTES = {
    "truncated": b'{"notes": [{"term": "NATO", "te',
    "empty": b"",
    "root-array": b'[{"term": "NATO", "text": "x"}]',
    "notes-not-list": b'{"notes": {"term": "NATO"}}',
    "entry-not-object": b'{"notes": [[1]]}',
    "entry-string": b'{"notes": ["NATO"]}',
    "no-term": b'{"notes": [{"text": "x"}]}',
    "alias-not-string": b'{"notes": [{"term": "a", "text": "b", "aliases": [1]}]}',
    "aliases-not-list": b'{"notes": [{"term": "a", "text": "b", "aliases": "c"}]}',
    "unknown-field": b'{"notes": [{"term": "a", "text": "b", "x": 1}]}',
    "deep": b"[" * 100000 + b"]" * 100000,
}


@test
def malformed_notes_files_named_and_service_goes_on():
    s = Server()
    for what, data in BAD_NOTES.items():
        path = tmpfile(data, ".json")
        p = subprocess.run([BIN, "check", "--notes", path, "--format", "json",
                            "sample/article.md"], capture_output=True, timeout=60 * SLOW)
        assert p.returncode == 2, (what, p.returncode, p.stderr[-500:])
        assert path.encode() in p.stderr, (what, p.stderr[-500:])
        assert b"Sanitizer" not in p.stderr and b"runtime error" not in p.stderr, p.stderr
        assert json.loads(p.stdout)["annotations"], what
        e, r = s.call("reload", [{"notes": [path]}])
        assert e is None and any(path in m for m in r["errors"]), (what, e, r)
    s.alive()
    s.close()


@test
def note_terms_are_literal_text():
    notes = {"notes": [{"term": "C++", "text": "a language"},
                       {"term": "\\E(a+)+$", "text": "not a pattern"},
                       {"term": "U.N.", "aliases": ["(", "a|b"], "text": "a body"}]}
    path = tmpfile(json.dumps(notes).encode(), ".json")
    text = (b"Officials said C++ was used, a senior U.N. official told reporters.\n\n" +
            b"a" * 20000 + b"\n")
    doc, err, took = check_cli(text, ("--notes", path), timeout=60)
    terms = {n["term"] for a in doc["annotations"] for n in a.get("notes", [])}
    assert "C++" in terms or "U.N." in terms, (terms, doc["annotations"][:2])
    assert "\\E(a+)+$" not in terms


@test
def invalid_utf8_note_term_is_reported():
    path = tmpfile(b'{"notes": [{"term": "\xff\xfe", "text": "x"}]}', ".json")
    p = subprocess.run([BIN, "check", "--notes", path, "--format", "json", "sample/article.md"],
                       capture_output=True, timeout=60 * SLOW)
    assert p.returncode in (0, 2), p.stderr
    assert json.loads(p.stdout)["annotations"]


def main():
    run_tests()
    for name, err, took in results:
        print(("ok   " if err is None else "FAIL ") + name + " (%.1fs)" % took +
              ("" if err is None else ": %s" % (repr(err)[:1500])))
    for f in tmpfiles:
        try:
            os.unlink(f)
        except OSError:
            pass
    failed = sum(1 for _, e, _ in results if e is not None)
    print(f"robust: {len(results) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
