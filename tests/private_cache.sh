# Sourced by the test scripts.  The core keeps compiled patterns under
# XDG_CACHE_HOME: a test run gets a private folder, never the user's, and
# removes it when it exits.
XDG_CACHE_HOME=$(mktemp -d) || exit 1
export XDG_CACHE_HOME
trap 'rm -rf "$XDG_CACHE_HOME"' EXIT
