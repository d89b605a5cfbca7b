#!/bin/sh
# Run every tests/nvim/*_spec.lua on each fetched Neovim (tests/nvim/fetch.sh:
# .deps/nvim-0.10 and .deps/nvim-latest) against the real core, build/claimlens.
# Prints one line per spec and Neovim, one summary line per Neovim, and last
#   nvim: N passed, M failed
# Exit status is non-zero when anything failed.
#   CLAIMLENS_NVIM="0.10 latest"  which Neovims (names under .deps/nvim-*)
#   CLAIMLENS_SPECS="crash hover" which specs (default: all)
#   VERBOSE=1                     print every test line, not only failures
set -u
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cd "$repo" || exit 1

# CLAIMLENS_BIN: test another core binary (default build/claimlens).
if [ ! -x "${CLAIMLENS_BIN:-build/claimlens}" ]; then
    echo "claimlens nvim tests: ${CLAIMLENS_BIN:-build/claimlens} missing (run make)" >&2
    echo "nvim: 0 passed, 1 failed"
    exit 1
fi
sh "$here/fetch.sh" || { echo "nvim: 0 passed, 1 failed"; exit 1; }

versions=${CLAIMLENS_NVIM:-"0.10 latest"}
if [ -n "${CLAIMLENS_SPECS:-}" ]; then
    specs=""
    for s in $CLAIMLENS_SPECS; do specs="$specs $here/${s%_spec.lua}_spec.lua"; done
else
    specs=$(ls "$here"/*_spec.lua)
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
total_p=0
total_f=0
for v in $versions; do
    nvim="$repo/.deps/nvim-$v/bin/nvim"
    vp=0
    vf=0
    ver=$("$nvim" --headless -u NONE -i NONE --version 2>/dev/null | head -n 1)
    for spec in $specs; do
        name=$(basename "$spec" _spec.lua)
        out="$tmp/$v-$name.out"
        # A private home so nothing of the user's setup or state is read.
        home="$tmp/home-$v-$name"
        mkdir -p "$home"
        res="$tmp/$v-$name.res"
        : >"$res"
        CLAIMLENS_TEST_OUT="$res" \
        HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_STATE_HOME="$home/state" XDG_CACHE_HOME="$home/cache" \
        NVIM_LOG_FILE="$home/nvim.log" \
            timeout 300 "$nvim" --headless -u NONE -i NONE -n \
            --cmd "set rtp^=$repo" -l "$spec" >"$out" 2>&1 </dev/null
        rc=$?
        p=$(grep -c '^ok - ' "$res")
        f=$(grep -c '^not ok - ' "$res")
        if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
            f=1   # crashed or timed out outside a test
        fi
        if ! grep -q '^# passed' "$res"; then
            [ "$f" -gt 0 ] || f=1
        fi
        vp=$((vp + p))
        vf=$((vf + f))
        status=ok
        [ "$f" -eq 0 ] || status=FAIL
        printf '  %-8s %-12s %3d passed, %d failed\n' "$v" "$name" "$p" "$f"
        if [ "$f" -ne 0 ] || [ -n "${VERBOSE:-}" ]; then
            if [ -n "${VERBOSE:-}" ]; then
                sed 's/^/      /' "$res"
            else
                # the failing tests with their messages
                awk '/^not ok - /{p=1; print; next} /^ok - /{p=0; next} /^# passed/{next} p{print}' "$res" | sed 's/^/      /' | head -n 80
                if ! grep -q '^# passed' "$res"; then
                    echo "      (the spec did not finish; exit $rc; its output:)"
                    tail -n 15 "$out" | sed 's/^/      /'
                fi
                [ "$rc" -eq 124 ] && echo "      (timed out)"
            fi
        fi
        : "$status"
    done
    echo "nvim $v ($ver): $vp passed, $vf failed"
    total_p=$((total_p + vp))
    total_f=$((total_f + vf))
done
echo "nvim: $total_p passed, $total_f failed"
[ "$total_f" -eq 0 ]
