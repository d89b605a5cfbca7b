#!/bin/sh
# Install the Debian packages claimlens builds and tests with, only those
# missing, so running it twice costs nothing.
set -eu
want="build-essential pkg-config libpcre2-dev libcjson-dev python3 ca-certificates tmux patchelf clang libclang-rt-dev valgrind"
missing=""
for p in $want; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
        missing="$missing $p"
done
have_msgpack() {
    pkg-config --exists msgpack-c 2>/dev/null || pkg-config --exists msgpack 2>/dev/null
}
if [ -z "$missing" ] && have_msgpack; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "claimlens: missing build dependencies:$missing (run 'make deps' as root)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# msgpack-c is libmsgpack-dev on Debian 12 and libmsgpack-c-dev later.
if ! have_msgpack; then
    if apt-cache show libmsgpack-c-dev >/dev/null 2>&1; then
        missing="$missing libmsgpack-c-dev"
    else
        missing="$missing libmsgpack-dev"
    fi
fi
echo "claimlens: installing$missing"
apt-get install -y -qq --no-install-recommends $missing >/dev/null
