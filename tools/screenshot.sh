#!/bin/sh
# Take the README's screenshots from real Neovim: xterm under Xvfb, keys
# sent with xdotool, the window grabbed with ImageMagick's import.
# Needs: apt-get install xvfb xterm imagemagick xdotool fonts-dejavu-core
set -eu
cd "$(dirname "$0")/.."
out=doc/screenshots
mkdir -p "$out"
nvim=$(pwd)/.deps/nvim-latest/bin/nvim
display=:97
Xvfb $display -screen 0 1500x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
export DISPLAY=$display
xterm -geometry 150x42 -fa 'DejaVu Sans Mono' -fs 11 -bg '#1e1e2e' -fg '#cdd6f4' \
    -T claimlens -e "$nvim" -u tools/demo_init.lua sample/article.md &
term=$!
sleep 4
shot() { import -window root -crop 1500x900+0+0 "$out/$1.png"; }
keys() { xdotool type --delay 40 "$1"; }
key() { xdotool key "$@"; }

key Escape; keys ':set nonumber'; key Return; sleep 1
shot highlights
# the hover: put the cursor on the unnamed source of the first paragraph
keys '/familiar'; key Return; sleep 0.5; key K; sleep 1.5
shot hover
key Escape
keys ':Claimlens demands'; key Return; sleep 1.5
shot demands
keys ':qa!'; key Return
wait $term 2>/dev/null || true
echo "screenshots in $out/"
