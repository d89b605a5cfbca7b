#!/bin/sh
cd "$(dirname "$0")/../.." && exec python3 tests/cli/test_cli.py "$@"
