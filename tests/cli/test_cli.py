#!/usr/bin/env python3
"""The `claimlens check` contract: formats, offsets, exit codes, bad input.

Runs the real binary; every JSON span must be exactly the bytes it names.
"""
import json, os, re, subprocess, sys, tempfile

BIN = os.environ.get("CLAIMLENS", "build/claimlens")
SEED = "../shared/corpus/seed-kyiv-independent.txt"
SAMPLE = "sample/article.md"
results = []


def run(args, stdin=None):
    return subprocess.run([BIN] + args, input=stdin, capture_output=True, timeout=120)


def test(fn):
    try:
        fn()
        results.append((fn.__name__, None))
    except Exception as e:  # report every failure, not just the first
        results.append((fn.__name__, e))
    return fn


def tmpfile(data):
    f = tempfile.NamedTemporaryFile(delete=False, suffix=".txt")
    f.write(data)
    f.close()
    return f.name


SPAN_KEYS = ("source", "cue", "content", "marker", "rebuttal", "actor",
             "condition", "response", "reason_span")


def spans_of(a):
    yield a
    for k in SPAN_KEYS:
        if isinstance(a.get(k), dict):
            yield a[k]
            via = a[k].get("via")
            if isinstance(via, dict):
                yield via
            ref = a[k].get("refers_to")
            if isinstance(ref, dict):
                yield ref
    for item in a.get("items") or []:
        yield item


def check_offsets(raw, doc):
    assert set(doc) >= {"file", "annotations"}, doc.keys()
    for a in doc["annotations"]:
        assert a["kind"] in ("claim", "anonymous", "contested", "demand"), a
        for s in spans_of(a):
            b = raw[s["start"]:s["end"]]
            assert 0 <= s["start"] <= s["end"] <= len(raw), s
            assert b.decode("utf-8", "replace") == s["text"], (b, s["text"])
        need = {"claim": ("source", "cue", "content"),
                "anonymous": ("count", "descriptors", "reason"),
                "contested": ("marker", "reason", "rebuttal"),
                "demand": ("actor", "cue", "items")}[a["kind"]]
        for k in need:
            assert k in a, (k, a)


@test
def json_offsets_exact_on_seed():
    raw = open(SEED, "rb").read()
    p = run(["check", "--format", "json", SEED])
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    check_offsets(raw, doc)
    kinds = {a["kind"] for a in doc["annotations"]}
    assert kinds == {"claim", "anonymous", "contested", "demand"}, kinds


@test
def json_offsets_exact_on_sample():
    raw = open(SAMPLE, "rb").read()
    doc = json.loads(run(["check", "--format", "json", SAMPLE]).stdout)
    check_offsets(raw, doc)
    assert doc["annotations"], "no findings on the sample article"


@test
def several_files_give_an_array():
    p = run(["check", "--format", "json", SEED, SEED])
    docs = json.loads(p.stdout)
    assert isinstance(docs, list) and len(docs) == 2


@test
def stdin_is_read_with_dash():
    raw = open(SEED, "rb").read()
    p = run(["check", "--format", "json", "-"], stdin=raw)
    doc = json.loads(p.stdout)
    assert doc["file"] == "<stdin>"
    check_offsets(raw, doc)


@test
def quickfix_lines_parse():
    p = run(["check", "--format", "quickfix", SEED])
    lines = p.stdout.decode().splitlines()
    assert lines
    for l in lines:
        assert re.match(r"^.+:\d+:\d+: (claim|anonymous|contested|demand): .+$", l), l


@test
def text_format_has_header():
    p = run(["check", "--format", "text", SEED])
    assert p.returncode == 0
    assert re.match(rb"^.+: \d+ findings?\n", p.stdout), p.stdout[:80]


@test
def invalid_utf8_and_nul_give_valid_json():
    raw = (b"Officials said \xff\xfe the plan \x00 was \"dead\".\n"
           b"\xc3\x28 A senior official told reporters that it failed.\r\n")
    path = tmpfile(raw)
    p = run(["check", "--format", "json", path])
    os.unlink(path)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    for a in doc["annotations"]:
        for s in spans_of(a):
            assert 0 <= s["start"] <= s["end"] <= len(raw)


@test
def empty_and_binary_files():
    for data in (b"", b"\n\n\n", bytes(range(256)) * 64):
        path = tmpfile(data)
        p = run(["check", "--format", "json", path])
        os.unlink(path)
        assert p.returncode == 0, p.stderr
        json.loads(p.stdout)


@test
def missing_file_is_an_error_not_a_crash():
    p = run(["check", "--format", "json", "/nonexistent/x.txt", SEED])
    assert p.returncode == 2
    assert b"/nonexistent/x.txt" in p.stderr
    docs = json.loads(p.stdout)
    assert docs[0] is None and docs[1]["annotations"]


@test
def usage_errors():
    assert run(["check"]).returncode == 2
    assert run(["check", "--format", "yaml", SEED]).returncode == 2
    assert run(["frobnicate"]).returncode == 2


@test
def version():
    p = run(["--version"])
    assert p.returncode == 0 and re.match(rb"claimlens \d+\.\d+\.\d+", p.stdout)


@test
def bad_user_pack_is_named_and_rules_stay():
    path = tmpfile(b'{"name": "broken", ')
    p = run(["check", "--pack", path, "--format", "json", SEED])
    os.unlink(path)
    assert p.returncode == 2
    assert path.encode() in p.stderr, p.stderr
    assert json.loads(p.stdout)["annotations"], "shipped rules were lost"


def run_env(args, env):
    e = dict(os.environ)
    e.update(env)
    return subprocess.run([BIN] + args, capture_output=True, timeout=120, env=e)


def cache_files(home):
    d = os.path.join(home, "claimlens")
    return sorted(f for f in os.listdir(d) if f.startswith("rules-")) if os.path.isdir(d) else []


@test
def compiled_patterns_cache():
    """A second run reads what the first compiled; the output never moves."""
    import shutil
    home = tempfile.mkdtemp()
    try:
        env = {"XDG_CACHE_HOME": home}
        args = ["check", "--format", "json", SEED]
        cold = run_env(args, env)
        files = cache_files(home)
        assert cold.returncode == 0 and len(files) == 1, (cold.stderr, files)
        path = os.path.join(home, "claimlens", files[0])
        stamp = os.stat(path).st_mtime_ns
        warm = run_env(args, env)
        assert warm.stdout == cold.stdout and warm.returncode == 0
        assert os.stat(path).st_mtime_ns == stamp, "a hit rewrote the file"
        plain = run_env(args + ["--no-cache"], {"XDG_CACHE_HOME": home + "/off"})
        off = run_env(args, {"XDG_CACHE_HOME": home + "/off", "CLAIMLENS_CACHE": "off"})
        assert plain.stdout == cold.stdout and off.stdout == cold.stdout
        assert not os.path.exists(home + "/off"), "the cache was written while off"
        # damaged: same output, and the file is whole again afterwards
        data = open(path, "rb").read()
        for bad in (data[:len(data) // 2], b"", data[:-1] + bytes([data[-1] ^ 1])):
            open(path, "wb").write(bad)
            p = run_env(args, env)
            assert p.stdout == cold.stdout and p.returncode == 0, len(bad)
            assert open(path, "rb").read() == data, "not rewritten"
        # a user pack is another key: another file beside the first
        pack = tmpfile(b'{"name": "mine", "version": 1, "cues": ["opined"]}')
        p = run_env(["check", "--pack", pack, "--format", "json", SEED], env)
        os.unlink(pack)
        assert p.returncode == 0 and len(cache_files(home)) == 2, cache_files(home)
        # the folder cannot be made: still the same output
        blocker = os.path.join(home, "file")
        open(blocker, "w").write("x")
        p = run_env(args, {"XDG_CACHE_HOME": blocker})
        assert p.stdout == cold.stdout and p.returncode == 0
    finally:
        shutil.rmtree(home, ignore_errors=True)


@test
def cache_written_by_processes_at_once():
    import shutil
    home = tempfile.mkdtemp()
    try:
        e = dict(os.environ, XDG_CACHE_HOME=home)
        args = [BIN, "check", "--format", "json", SEED]
        procs = [subprocess.Popen(args, stdout=subprocess.PIPE, env=e) for _ in range(6)]
        outs = [p.communicate(timeout=120)[0] for p in procs]
        assert all(p.returncode == 0 for p in procs)
        assert len(set(outs)) == 1
        d = os.path.join(home, "claimlens")
        names = os.listdir(d)
        assert len(cache_files(home)) == 1, names
        assert not [n for n in names if n.startswith(".")], "temporaries left"
        again = subprocess.run(args, capture_output=True, env=e, timeout=120)
        assert again.stdout == outs[0]
    finally:
        shutil.rmtree(home, ignore_errors=True)


for name, err in results:
    print(("ok   " if err is None else "FAIL ") + name + ("" if err is None else f": {err!r}"))
failed = sum(1 for _, e in results if e is not None)
print(f"cli: {len(results) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
