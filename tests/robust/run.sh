#!/bin/sh
# Bad-input tests against build/claimlens (CLAIMLENS=... for another build).
# The core's compiled-pattern cache goes to a private XDG_CACHE_HOME.
cd "$(dirname "$0")/../.." || exit 1
XDG_CACHE_HOME=$(mktemp -d) || exit 1
export XDG_CACHE_HOME
python3 tests/robust/test_robust.py "$@"
rc=$?
rm -rf "$XDG_CACHE_HOME"
exit $rc
