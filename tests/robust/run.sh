#!/bin/sh
# Bad-input tests against build/claimlens (CLAIMLENS=... for another build).
cd "$(dirname "$0")/../.." && exec python3 tests/robust/test_robust.py "$@"
