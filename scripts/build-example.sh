#!/usr/bin/env bash
# The README's first command: install everything and build the example course site, offline.
# Safe to re-run; a second run renders nothing (everything is cached).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
bash scripts/venv.sh
bash scripts/vendor-katex.sh site_examples/course/docs
.venv/bin/mkdocs build -f site_examples/course/mkdocs.yml "$@"
echo
echo "Built: site_examples/course/site/index.html  (preview: .venv/bin/mkdocs serve -f site_examples/course/mkdocs.yml)"
