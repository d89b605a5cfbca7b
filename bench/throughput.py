#!/usr/bin/env python3
"""Core throughput only: `claimlens check --format json` against the one
PCRE2-JIT cue scan, interleaved, as bench/report.py runs them, but with the
median and CPU time (user + system) beside the best wall time: on a shared
machine the CPU time is the figure to compare builds by.

    python3 bench/throughput.py [ROOT] [BIN...]

ROOT is the repository (build/bench must hold the corpus, `scan` and
cues.pat, as bench/run.sh leaves them); BIN are claimlens binaries to
compare (default ROOT/build/claimlens), run in turn with ROOT's rules.
Environment: RUNS (default 7), SIZES (default "100k 1m 10m")."""
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
B = os.path.join(ROOT, "build", "bench")
BINS = sys.argv[2:] or [os.path.join(ROOT, "build", "claimlens")]
RUNS = int(os.environ.get("RUNS", "7"))
SIZES = os.environ.get("SIZES", "100k 1m 10m").split()


def once(cmd):
    """Wall and CPU seconds of one run of cmd, its output thrown away."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         cwd=ROOT)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = 0
    if status:
        sys.exit(f"{cmd[0]} failed: status {status}")
    return wall, ru.ru_utime + ru.ru_stime


def main():
    pattern = os.path.join(B, "cues.pat")
    for z in SIZES:
        f = os.path.join(B, f"corpus-{z}.md")
        n = os.path.getsize(f)
        cmds = [[b, "check", "--format", "json", f] for b in BINS]
        cmds.append([os.path.join(B, "scan"), pattern, f])
        res = [[] for _ in cmds]
        for _ in range(RUNS):
            for i, c in enumerate(cmds):
                res[i].append(once(c))
        scan_cpu = statistics.median(c for _, c in res[-1])
        for i, c in enumerate(cmds):
            walls = [w for w, _ in res[i]]
            cpus = [c for _, c in res[i]]
            name = "scan" if i == len(cmds) - 1 else BINS[i]
            cpu = statistics.median(cpus)
            print(f"{z:>5} {name[-40:]:>40}  wall best {min(walls)*1e3:7.1f} "
                  f"median {statistics.median(walls)*1e3:7.1f} ms  cpu median {cpu*1e3:7.1f} "
                  f"min {min(cpus)*1e3:7.1f} ms  {n/1e6/cpu:5.1f} MB/s(cpu)"
                  + ("" if i == len(cmds) - 1 else f"  {cpu/scan_cpu:.2f}x scan(cpu)"))


if __name__ == "__main__":
    main()
