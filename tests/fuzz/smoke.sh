#!/bin/sh
# Fuzz smoke: build the libFuzzer targets, replay every crash found so far
# and the committed seeds, then fuzz each target for FUZZ_SECONDS (default
# 60).  New corpus entries go to build-fuzz/corpus/, crashes to
# build-fuzz/artifacts/ (copy a real one into tests/fuzz/crashes-found/NAME/
# with a telling name: it becomes a regression test).
#   FUZZ_SECONDS=300 sh tests/fuzz/smoke.sh        longer runs
#   FUZZ_TARGETS="rpc edit" sh tests/fuzz/smoke.sh  some targets only
set -u
cd "$(dirname "$0")/../.."
. tests/private_cache.sh
secs=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-"rpc analyse edit rules notes"}
passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; }
finish() { echo "fuzz smoke: $passed passed, $failed failed"; [ $failed -eq 0 ]; exit $?; }

if ! command -v "${FUZZ_CC:-clang}" >/dev/null 2>&1; then
    bad "clang not found: run 'make deps' (as root) to install it"
    finish
fi
if ! make --no-print-directory fuzz-build >build-fuzz.log 2>&1; then
    tail -20 build-fuzz.log
    bad "building the fuzz targets (see build-fuzz.log)"
    finish
fi
rm -f build-fuzz.log
mkdir -p build-fuzz/artifacts build-fuzz/corpus

for t in $targets; do
    bin=build-fuzz/fuzz_$t
    # 1. every reproducer and seed, once each: regressions
    inputs=$(ls -d tests/fuzz/crashes-found/$t/* tests/fuzz/corpus/$t/* 2>/dev/null)
    if [ -n "$inputs" ]; then
        # shellcheck disable=SC2086
        if out=$($bin -timeout=20 -rss_limit_mb=2048 $inputs 2>&1); then
            ok "$t: replays $(echo "$inputs" | wc -l) committed inputs"
        else
            echo "$out" | grep -a -E "ERROR|runtime error|invariant|fuzz:|Running:|#[0-9]+ 0x" | head -30
            bad "$t: a committed input fails"
        fi
    fi
    # 2. fuzz for a while from the seeds (and what earlier runs found)
    mkdir -p build-fuzz/corpus/$t
    dict=""
    [ -f tests/fuzz/$t.dict ] && dict="-dict=tests/fuzz/$t.dict"
    log=build-fuzz/fuzz_$t.log
    # shellcheck disable=SC2086
    if $bin -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix=build-fuzz/artifacts/$t- $dict \
        build-fuzz/corpus/$t tests/fuzz/corpus/$t >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        ok "$t: fuzzed ${secs}s, ${runs:-?} runs, no crash"
    else
        grep -a -E "ERROR|runtime error|invariant|fuzz:|Test unit written|#[0-9]+ 0x" "$log" | head -30
        bad "$t: fuzzing found a failure (log: $log)"
    fi
done
finish
