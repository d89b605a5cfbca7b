#!/bin/sh
# Run each C unit test binary; print one total line the CI reader knows.
passed=0 failed=0 status=0
. "$(dirname "$0")/private_cache.sh"
for t in "$@"; do
    out=$("$t") || status=1
    echo "$out"
    p=$(echo "$out" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed/\1/p' | tail -1)
    f=$(echo "$out" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed/\2/p' | tail -1)
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-1}))
done
echo "unit: $passed passed, $failed failed"
exit $status
