#!/bin/sh
# Bad-input tests against build/claimlens (CLAIMLENS=... for another build).
# The core's compiled-pattern cache goes to a private XDG_CACHE_HOME.
cd "$(dirname "$0")/../.." || exit 1
. tests/private_cache.sh
python3 tests/robust/test_robust.py "$@"
