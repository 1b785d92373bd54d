#!/usr/bin/env bash
# The README's second command: install what the tests need, then run them.
# Extra arguments go to pytest (e.g. `scripts/test.sh -k blocks`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh --test
bash scripts/venv.sh --test
# Three workers on 2 cores (pytest-xdist; MANIMGEN_TEST_WORKERS=0 runs in this process): much of the run waits on
# renders, LaTeX, builds and Chromium. Each file goes whole to one worker (its module fixtures, such as
# the example course's build, are made once), heaviest kinds first (tests/conftest.py orders them).
exec .venv/bin/python -m pytest -n "${MANIMGEN_TEST_WORKERS:-3}" --dist loadfile --no-loadscope-reorder "$@"
