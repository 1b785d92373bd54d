#!/usr/bin/env bash
# The README's second command: install what the tests need, then run them.
# Extra arguments go to pytest (e.g. `scripts/test.sh -k blocks`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh --test
bash scripts/venv.sh --test
exec .venv/bin/python -m pytest "$@"
