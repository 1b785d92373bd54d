#!/usr/bin/env bash
# Create .venv (once) and install the package with the example site's theme into it;
# `--test` adds the test dependencies.
# Re-running only installs what changed (pip is a no-op when everything is satisfied).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[[ -x .venv/bin/python ]] || "$PY" -m venv .venv
extra="[site]"
[[ "${1:-}" == "--test" ]] && extra="[site,test]"
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extra}" 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import mkdocs_manimgen, manim" >/dev/null
