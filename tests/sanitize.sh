#!/bin/sh
# The C unit tests, the CLI golden runs and the bad-input tests on a build
# under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/); any
# report, leak included, fails the run.  Then valgrind memcheck over a
# scripted RPC session on the plain build (tests/valgrind.sh).
set -u
cd "$(dirname "$0")/.."
. tests/private_cache.sh
passed=0 failed=0
step() {
    name=$1; shift
    if out=$("$@" 2>&1); then passed=$((passed + 1)); echo "ok   $name"
    else failed=$((failed + 1)); echo "$out" | tail -40; echo "FAIL $name"; fi
}
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=exitcode=23

step "asan build" make --no-print-directory asan
step "unit tests (asan+ubsan)" sh tests/run_unit.sh build-asan/unit/test_*
step "CLI golden runs (asan+ubsan)" env CLAIMLENS=build-asan/claimlens python3 tests/cli/test_cli.py
# the 50 MB and 1 GB inputs run against the plain build (tests/robust/run.sh)
step "bad input (asan+ubsan)" env CLAIMLENS=build-asan/claimlens ROBUST_SLOW=4 \
    ROBUST_SKIP_BIG=1 python3 tests/robust/test_robust.py
step "valgrind memcheck, RPC session" sh tests/valgrind.sh
echo "sanitizers: $passed passed, $failed failed"
[ $failed -eq 0 ]
