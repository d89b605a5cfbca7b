#!/bin/sh
# CLI tests against build/claimlens; the core's compiled-pattern cache goes
# to a private XDG_CACHE_HOME.
cd "$(dirname "$0")/../.." || exit 1
. tests/private_cache.sh
python3 tests/cli/test_cli.py "$@"
