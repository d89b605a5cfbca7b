#!/bin/sh
# Every check `make test` runs, in order; the last line is the total in the
# plain "N passed, N failed" form CI reads.  Runs from the repo root.
set -u
cd "$(dirname "$0")/.."
. tests/private_cache.sh
passed=0 failed=0

# Run one suite; count its "N passed, M failed" line, or the exit status.
suite() {
    name=$1; shift
    echo "== $name"
    out=$("$@" 2>&1); rc=$?
    echo "$out"
    line=$(echo "$out" | grep -E '[0-9]+ passed, [0-9]+ failed' | tail -1)
    p=$(echo " $line" | sed -n 's/.*[^0-9]\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\1/p')
    f=$(echo " $line" | sed -n 's/.*[^0-9]\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\2/p')
    if [ -z "$line" ]; then
        if [ $rc -eq 0 ]; then p=1 f=0; else p=0 f=1; fi
    fi
    [ $rc -ne 0 ] && [ "${f:-0}" -eq 0 ] && f=1
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
}

suite "C unit tests" sh tests/run_unit.sh build/unit/test_*
suite "CLI" sh tests/cli/run.sh
suite "analysis quality" sh tests/eval.sh --check
suite "Neovim integration" sh tests/nvim/run.sh
[ -f tests/robust/run.sh ] && suite "bad input" sh tests/robust/run.sh
[ -f tests/sanitize.sh ] && suite "sanitizers" sh tests/sanitize.sh
[ -f tests/fuzz/smoke.sh ] && suite "fuzz smoke" sh tests/fuzz/smoke.sh

echo
echo "total: $passed passed, $failed failed"
[ $failed -eq 0 ]
