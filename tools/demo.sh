#!/bin/sh
# Open the bundled sample article in Neovim with claimlens active: the
# newest Neovim Debian carries, unpacked under .deps/ by `make nvim`, with
# no user config, so what you see is the plugin alone.
set -eu
cd "$(dirname "$0")/.."
nvim=.deps/nvim-latest/bin/nvim
[ -x "$nvim" ] || nvim=$(command -v nvim)
exec "$nvim" -u tools/demo_init.lua "${1:-sample/article.md}"
