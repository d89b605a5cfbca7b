#!/bin/sh
# valgrind memcheck over a scripted RPC session (tests/robust/valgrind_session.py):
# no leak, no invalid read or write, no use of uninitialised memory.
set -u
cd "$(dirname "$0")/.."
. tests/private_cache.sh
passed=0 failed=0
if ! command -v valgrind >/dev/null 2>&1; then
    echo "FAIL valgrind not found: run 'make deps' (as root)"
    echo "valgrind: 0 passed, 1 failed"
    exit 1
fi
log=build/valgrind.log
# a small limit, so the refused-message path runs without sending 256 MB
if CLAIMLENS_MAX_MESSAGE=1048576 python3 tests/robust/valgrind_session.py \
    valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect,possible \
    --errors-for-leak-kinds=definite,indirect,possible --track-origins=yes --log-file="$log" \
    build/claimlens rpc && [ ! -s "$log" ]; then
    passed=1; echo "ok   rpc session under memcheck: no errors, no leaks"
else
    failed=1; tail -60 "$log"; echo "FAIL rpc session under memcheck (log: $log)"
fi
echo "valgrind: $passed passed, $failed failed"
[ $failed -eq 0 ]
