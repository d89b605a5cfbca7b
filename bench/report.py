#!/usr/bin/env python3
"""Run every benchmark and print one table (bench/run.sh prepares the tools).

    python3 bench/report.py ROOT      # ROOT: the repository

Environment: RUNS (best of, default 5), PEER_RUNS (3), PEER_TIMEOUT (120 s),
CORE_TIMEOUT (120 s), EDITS (200), DEBOUNCE (50 ms), NVIM (the editor).
Writes the table to build/bench/results.txt and the raw figures to
build/bench/results.json.  Standard library only.
"""
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
B = os.path.join(ROOT, "build", "bench")
CORE = os.path.join(ROOT, "build", "claimlens")
SIZES = [("100k", "100 KB"), ("1m", "1 MB"), ("10m", "10 MB")]
RUNS = int(os.environ.get("RUNS", "5"))
PEER_RUNS = int(os.environ.get("PEER_RUNS", "3"))
PEER_TIMEOUT = float(os.environ.get("PEER_TIMEOUT", "120"))
CORE_TIMEOUT = float(os.environ.get("CORE_TIMEOUT", "120"))
EDITS = int(os.environ.get("EDITS", "200"))
DEBOUNCE = int(os.environ.get("DEBOUNCE", "50"))
MB = 1e6


def corpus(size):
    return os.path.join(B, f"corpus-{size}.md")


def run_once(cmd, timeout, env=None):
    """Wall seconds, peak RSS (KB) and outcome of one run of `cmd`.
    Outcome: 'ok', 'timeout', or an error text (signal, traceback)."""
    err = tempfile.TemporaryFile()
    e = dict(os.environ, **(env or {}))
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=err, env=e, start_new_session=True)
    killed = []

    def kill():
        killed.append(1)
        os.killpg(p.pid, signal.SIGKILL)
    timer = threading.Timer(timeout, kill)
    timer.start()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    timer.cancel()
    p.returncode = 0  # reaped by wait4; keep Popen from waiting again
    err.seek(0)
    text = err.read().decode("utf-8", "replace")
    if killed:
        outcome = "timeout"
    elif os.WIFSIGNALED(status):
        outcome = f"killed by signal {os.WTERMSIG(status)}"
    elif any(k in text for k in ("Traceback", "FATAL ERROR", "Error:", "error:")):
        outcome = "error: " + text.strip().splitlines()[-1][:60]
    else:
        outcome = "ok"
    return wall, ru.ru_maxrss, outcome, os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1


def best_of(cmd, n, timeout, env_fn=None):
    """Best wall time and the largest peak RSS over up to n runs; runs longer
    than 10 s are not repeated.  Returns dict(wall, rss, outcome)."""
    best = None
    for i in range(n):
        env, cleanup = env_fn() if env_fn else (None, None)
        wall, rss, outcome, code = run_once(cmd, timeout, env)
        if cleanup:
            cleanup()
        if outcome != "ok":
            return {"wall": wall, "rss": rss, "outcome": outcome, "code": code}
        if best is None or wall < best["wall"]:
            best = {"wall": wall, "rss": max(rss, best["rss"] if best else 0),
                    "outcome": "ok", "code": code}
        else:
            best["rss"] = max(best["rss"], rss)
        if wall > 10:
            break
    return best


def fresh_cache():
    """proselint memoizes results in XDG_CACHE_HOME: give each run a new one."""
    d = tempfile.mkdtemp(prefix="proselint-")
    return {"XDG_CACHE_HOME": d}, lambda: shutil.rmtree(d, ignore_errors=True)


# ---- what we compare ------------------------------------------------------

NM = os.path.join(B, "node_modules")
PEERS = [
    ("proselint", lambda f: ["proselint", f], fresh_cache,
     lambda: shutil.which("proselint")),
    ("write-good", lambda f: [os.path.join(NM, ".bin", "write-good"), f], None,
     lambda: os.path.exists(os.path.join(NM, ".bin", "write-good")) and shutil.which("node")),
    ("alex", lambda f: [os.path.join(NM, ".bin", "alex"), f], None,
     lambda: os.path.exists(os.path.join(NM, ".bin", "alex")) and shutil.which("node")),
    ("harper.js", lambda f: ["node", os.path.join(ROOT, "bench", "harper.mjs"), f],
     lambda: ({"HARPER_JS": os.path.join(NM, "harper.js", "dist")}, None),
     lambda: os.path.exists(os.path.join(NM, "harper.js", "dist", "index.js")) and shutil.which("node")),
]


def version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "?"


def npm_version(pkg):
    try:
        with open(os.path.join(NM, pkg, "package.json")) as f:
            return json.load(f)["version"]
    except (OSError, ValueError, KeyError):
        return "?"


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            ram = int(f.readline().split()[1]) / 1024 / 1024
    except OSError:
        ram = 0
    commit = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"],
                            capture_output=True, text=True).stdout.strip() or "?"
    return (f"{platform.node()}: {os.cpu_count()} CPUs, {cpu}, {ram:.1f} GiB RAM, "
            f"Linux {platform.release()}; claimlens {commit}; "
            f"{time.strftime('%Y-%m-%d %H:%M %Z')}")


# ---- the table --------------------------------------------------------------

rows = []  # (section, size, figure, value, ratio, target, ok)


def row(section, size, figure, value, ratio="", target="", ok=None):
    rows.append((section, size, figure, value, ratio, target, ok))


def ms(s):
    return f"{s * 1000:.1f} ms" if s < 10 else f"{s:.1f} s"


def mib(kb):
    return f"{kb / 1024:.1f} MiB"


def verdict(ok):
    return {True: "pass", False: "MISS", None: ""}[ok]


def table():
    head = ("section", "size", "figure", "value", "ratio (peers: peer/core)", "target", "result")
    body = [(s, z, f, v, r, t, verdict(o)) for s, z, f, v, r, t, o in rows]
    w = [max(len(str(x[i])) for x in [head] + body) for i in range(len(head))]
    lines, last = [], None
    for i, x in enumerate([head] + body):
        if i > 0 and x[0] != last:
            lines.append("  ".join("-" * k for k in w))
        last = x[0]
        lines.append("  ".join(str(c).ljust(k) for c, k in zip(x, w)).rstrip())
    return "\n".join(lines)


def main():
    raw = {"machine": machine()}
    size_bytes = {z: os.path.getsize(corpus(z)) for z, _ in SIZES}
    pattern = os.path.join(B, "cues.pat")
    with open(os.path.join(B, "cues.src")) as f:
        cue_source = f.read().strip()

    # 1. core against one PCRE2-JIT scan, interleaved in the same run
    core = {}
    for z, label in SIZES:
        f, n = corpus(z), size_bytes[z]
        c = best_of([CORE, "check", "--format", "json", f], RUNS, CORE_TIMEOUT)
        s = best_of([os.path.join(B, "scan"), pattern, f], RUNS, CORE_TIMEOUT)
        core[z] = c
        raw[f"core_{z}"], raw[f"scan_{z}"] = c, s
        if c["outcome"] == "ok":
            rate = n / MB / c["wall"]
            row("core throughput", label, "claimlens check --format json",
                f"{ms(c['wall'])}, {rate:.1f} MB/s", "", ">= 20 MB/s", rate >= 20)
        else:
            row("core throughput", label, "claimlens check --format json",
                f">{CORE_TIMEOUT:.0f} s" if c["outcome"] == "timeout" else c["outcome"],
                "", ">= 20 MB/s", False)
        row("core throughput", label, "one PCRE2-JIT cue scan",
            f"{ms(s['wall'])}, {n / MB / s['wall']:.1f} MB/s" if s["outcome"] == "ok" else s["outcome"])
        if c["outcome"] == "ok" and s["outcome"] == "ok":
            r = c["wall"] / s["wall"]
            row("core throughput", label, "check time / scan time", "", f"{r:.1f}x", "<= 3x", r <= 3)

    # 2. peers, same files
    for name, cmd, env_fn, present in PEERS:
        prev = None  # (bytes, seconds) of the last size measured
        for z, label in SIZES:
            f, n = corpus(z), size_bytes[z]
            c = core[z]
            if not present():
                row("peers", label, name, "n/a: not installed (see build/bench/install.log)")
                continue
            if prev and prev[1] * n / prev[0] > 1.5 * PEER_TIMEOUT:
                est = prev[1] * n / prev[0]
                row("peers", label, name,
                    f">{PEER_TIMEOUT:.0f} s (not run: ~{est:.0f} s by the smaller file)",
                    "", "core faster", c["outcome"] == "ok" and c["wall"] < PEER_TIMEOUT)
                continue
            p = best_of(cmd(f), PEER_RUNS, PEER_TIMEOUT, env_fn)
            raw[f"{name}_{z}"] = p
            if p["outcome"] == "timeout":
                prev = (n, p["wall"])
                row("peers", label, name, f">{PEER_TIMEOUT:.0f} s (timed out)", "",
                    "core faster", c["outcome"] == "ok" and c["wall"] < PEER_TIMEOUT)
            elif p["outcome"] != "ok":
                row("peers", label, name, f"n/a: {p['outcome']}")
            else:
                prev = (n, p["wall"])
                ok = c["outcome"] == "ok" and c["wall"] < p["wall"]
                ratio = (f"time {p['wall'] / c['wall']:.1f}x, mem {p['rss'] / c['rss']:.1f}x"
                         if c["outcome"] == "ok" else f"core: {c['outcome']}")
                row("peers", label, name, f"{ms(p['wall'])}, {mib(p['rss'])}",
                    ratio, "core faster", ok)

    # 3. editor latency, headless Neovim with the plugin and the real core
    nvim = os.environ.get("NVIM", "nvim")
    for z, label in (("100k", "100 KB"), ("10m", "10 MB")):
        out = os.path.join(B, f"latency-{z}.json")
        if os.path.exists(out):
            os.remove(out)
        cmd = [nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c",
               "luafile " + os.path.join(ROOT, "bench", "latency.lua")]
        wall, _, outcome, _ = run_once(cmd, 600, {
            "BENCH_ROOT": ROOT, "BENCH_FILE": corpus(z), "BENCH_OUT": out,
            "BENCH_EDITS": str(EDITS), "BENCH_DEBOUNCE": str(DEBOUNCE),
            "XDG_STATE_HOME": tempfile.mkdtemp()})
        try:
            with open(out) as fh:
                L = json.load(fh)
        except (OSError, ValueError):
            row("editor", label, "latency run", f"n/a: {outcome}, no results")
            continue
        raw[f"latency_{z}"] = L
        big = z == "10m"
        fm = L.get("first_ms")
        row("editor", label, "open to first highlights",
            f"{fm:.0f} ms" if fm else "none within 60 s", "",
            "< 1000 ms" if big else "", (fm is not None and fm < 1000) if big else None)
        full = L.get("full_ms")
        row("editor", label, "open to whole result applied", f"{full:.0f} ms" if full else "n/a")
        # beside each wall-clock gap, the CPU time of the same probe (the
        # wall gap also counts waiting for a CPU on a loaded host)
        cpu = lambda k: f"CPU {L[k]:.1f} ms" if L.get(k) is not None else ""
        row("editor", label, "loop held while attaching (max)", f"{L['block_open_ms']:.1f} ms",
            cpu("block_open_cpu_ms"), "<= 8 ms", L["block_open_ms"] <= 8)
        e = sorted(L.get("edits") or [])
        if not e:
            row("editor", label, "edit to highlights", f"n/a: {L.get('note', 'no edit completed')}")
            continue
        p50 = e[len(e) // 2]
        p99 = e[min(len(e) - 1, int(0.99 * len(e)))]
        note = f" ({len(e)} edits, {L['missed']} missed)" if L["missed"] else f" ({len(e)} edits)"
        row("editor", label, "edit to highlights p50" + note, f"{p50:.1f} ms")
        row("editor", label, f"edit to highlights p99 - debounce {DEBOUNCE} ms",
            f"{p99 - DEBOUNCE:.1f} ms", f"p99 {p99:.1f} ms", "< 20 ms" if big else "",
            (p99 - DEBOUNCE < 20 and L["missed"] == 0) if big else None)
        row("editor", label, "loop held while editing (max)",
            f"{L['block_edit_ms']:.1f} ms",
            f"{L['block_edit_over8']} gaps > 8 ms, {cpu('block_edit_cpu_ms')}".rstrip(", "),
            "<= 8 ms", L["block_edit_ms"] <= 8)
        if big and L.get("core_hwm_kb"):
            core["rpc"] = L["core_hwm_kb"]

    # 4. memory: the core's peak RSS against 3x the text plus 20 MB
    for z, label in SIZES:
        c, n = core[z], size_bytes[z]
        limit = (3 * n + 20 * MB) / 1024
        if c["outcome"] == "ok":
            row("memory", label, "claimlens check peak RSS", mib(c["rss"]),
                f"{c['rss'] * 1024 / n:.1f}x text", f"< {mib(limit)}", c["rss"] < limit)
        else:
            row("memory", label, "claimlens check peak RSS",
                f"{mib(c['rss'])} when stopped ({c['outcome']})", "", f"< {mib(limit)}")
    if "rpc" in core:
        n = size_bytes["10m"]
        limit = (3 * n + 20 * MB) / 1024
        row("memory", "10 MB", "claimlens rpc peak RSS (VmHWM)", mib(core["rpc"]),
            f"{core['rpc'] * 1024 / n:.1f}x text", f"< {mib(limit)}", core["rpc"] < limit)

    versions = (f"peers: proselint {version(['proselint', '--version'])}, "
                f"write-good {npm_version('write-good')}, alex {npm_version('alex')}, "
                f"harper.js {npm_version('harper.js')}; node {version(['node', '--version'])}; "
                f"nvim {version([nvim, '--version'])}")
    text = "\n".join([
        "claimlens benchmarks -- " + raw["machine"],
        versions,
        f"corpus: bench/gen_corpus.py ({', '.join(f'{z} = {size_bytes[z]} bytes' for z, _ in SIZES)}); "
        f"core and scan best of {RUNS}, peers best of {PEER_RUNS} (one run when over 10 s), "
        f"cap {PEER_TIMEOUT:.0f} s; cue pattern from {cue_source}",
        "",
        table(),
    ])
    print(text)
    with open(os.path.join(B, "results.txt"), "w") as fh:
        fh.write(text + "\n")
    with open(os.path.join(B, "results.json"), "w") as fh:
        json.dump(raw, fh, indent=1)


if __name__ == "__main__":
    main()
