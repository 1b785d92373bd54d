#!/usr/bin/env bash
# Copy Debian's KaTeX (libjs-katex) into a site's docs folder so math renders without a CDN.
#   scripts/vendor-katex.sh DOCS_DIR
set -euo pipefail
src=/usr/share/javascript/katex
dest="${1:?usage: vendor-katex.sh DOCS_DIR}/javascripts/katex"
[[ -f "$dest/katex.min.js" ]] && exit 0
mkdir -p "$dest/fonts"
cp -L "$src/katex.min.js" "$src/katex.min.css" "$src/contrib/auto-render.js" "$dest/"
cp -L "$src"/fonts/*.woff2 "$dest/fonts/"
