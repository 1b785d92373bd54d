#!/usr/bin/env bash
# Copy Debian's KaTeX (libjs-katex) and the arithmatex glue into a site's docs folder, so math
# renders without a CDN. The glue's one source is the example course (which users copy whole).
#   scripts/vendor-katex.sh DOCS_DIR
set -euo pipefail
src=/usr/share/javascript/katex
docs="${1:?usage: vendor-katex.sh DOCS_DIR}"
dest="$docs/javascripts/katex"
glue="$(dirname "$0")/../site_examples/course/docs/javascripts/katex-init.js"
mkdir -p "$docs/javascripts"
[[ "$(realpath "$glue")" == "$(realpath -m "$docs/javascripts/katex-init.js")" ]] || cp "$glue" "$docs/javascripts/"
[[ -f "$dest/katex.min.js" ]] && exit 0
mkdir -p "$dest/fonts"
cp -L "$src/katex.min.js" "$src/katex.min.css" "$src/contrib/auto-render.js" "$dest/"
cp -L "$src"/fonts/*.woff2 "$dest/fonts/"
