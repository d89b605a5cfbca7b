#!/bin/sh
# The core keeps compiled patterns under XDG_CACHE_HOME: a private one for
# the run, never the user's.
cd "$(dirname "$0")/../.." || exit 1
XDG_CACHE_HOME=$(mktemp -d) || exit 1
export XDG_CACHE_HOME
python3 tests/cli/test_cli.py "$@"
rc=$?
rm -rf "$XDG_CACHE_HOME"
exit $rc
