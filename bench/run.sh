#!/bin/sh
# bench/run.sh -- `make bench`: throughput, peers, editor latency, memory.
# Installs the peers when missing (Debian packages as root, npm packages under
# build/bench), builds the one-scan baseline, writes the corpus, then runs
# bench/report.py, which prints the table and writes build/bench/results.txt.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
B="$ROOT/build/bench"
mkdir -p "$B"
# The core's compiled-pattern cache: here, not in the user's home.
XDG_CACHE_HOME="$B/cache"
export XDG_CACHE_HOME
LOG="$B/install.log"
: >"$LOG"
say() { echo "bench: $*" >&2; }

# ---- peers and tools, only when missing; a failure leaves an n/a in the table
missing=""
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
[ -x /usr/bin/time ] || missing="$missing time"
command -v proselint >/dev/null 2>&1 || missing="$missing python3-proselint"
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"
if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
        say "installing$missing"
        # A missing package is an n/a in the table, not a failed bench.
        (export DEBIAN_FRONTEND=noninteractive
         apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing) \
            >>"$LOG" 2>&1 || say "apt-get failed (see $LOG)"
    else
        say "not root: cannot install$missing"
        echo "not root: cannot install$missing" >>"$LOG"
    fi
fi
npm_want=""
[ -x "$B/node_modules/.bin/write-good" ] || npm_want="$npm_want write-good"
[ -x "$B/node_modules/.bin/alex" ] || npm_want="$npm_want alex"
[ -f "$B/node_modules/harper.js/dist/index.js" ] || npm_want="$npm_want harper.js"
if [ -n "$npm_want" ] && command -v npm >/dev/null 2>&1; then
    say "npm install$npm_want"
    npm install --prefix "$B" --no-audit --no-fund --loglevel=error $npm_want >>"$LOG" 2>&1 ||
        say "npm install failed (see $LOG)"
fi

# ---- the baseline scan, the corpus and the cue pattern
cc -std=c11 -O2 -Wall -Wextra -o "$B/scan" "$ROOT/bench/scan.c" \
    $(pkg-config --cflags --libs libpcre2-8)
say "writing the corpus"
python3 "$ROOT/bench/gen_corpus.py" "$B"
if "$ROOT/build/claimlens" cues >"$B/cues.pat" 2>>"$LOG" && [ -s "$B/cues.pat" ] &&
    ! grep -qx '(?!)' "$B/cues.pat"; then
    echo "claimlens cues" >"$B/cues.src"
else
    # Older core without `cues`: the rule packs' "cues" entries, joined here.
    python3 - "$ROOT/rules" >"$B/cues.pat" <<'EOF'
import glob, json, os, sys
pats = []
for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
    for c in json.load(open(f)).get("cues", []):
        pats.append(c["pattern"] if isinstance(c, dict) else c)
print(r"\b(?:" + "|".join(f"(?:{p})" for p in pats) + r")\b")
EOF
    echo "rules/*.json (fallback: no 'claimlens cues')" >"$B/cues.src"
fi

# ---- the editor: the newest Neovim `make nvim` unpacked, else 0.10, else PATH
NVIM=nvim
for v in nvim-latest nvim-0.10; do
    if [ -x "$ROOT/.deps/$v/bin/nvim" ]; then NVIM="$ROOT/.deps/$v/bin/nvim"; break; fi
done
export NVIM

say "measuring (about 10 minutes)"
python3 "$ROOT/bench/report.py" "$ROOT"
