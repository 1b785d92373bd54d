#!/usr/bin/env bash
# Install the Debian/Ubuntu system packages mkdocs-manimgen needs.
# Safe to re-run: apt-get skips what is already installed, and the whole step
# is skipped when every package is present (no network needed for a re-run).
#   scripts/system-deps.sh          packages a build needs
#   scripts/system-deps.sh --test   plus what the test suite needs (chromium, poppler)
set -euo pipefail

BUILD_PKGS=(
  # Manim's native dependencies (pycairo / manimpango compile against these)
  build-essential pkg-config libcairo2-dev libpango1.0-dev
  # gif output (ffmpeg's palette, then gifsicle's lossless optimisation), and MathTex: LaTeX + dvisvgm (Manim's template uses standalone, amsmath, amssymb)
  ffmpeg gifsicle dvisvgm texlive-latex-base texlive-latex-recommended texlive-latex-extra
  texlive-fonts-recommended
  # the PDF scene guides: latexmk drives pdflatex, xelatex + xeCJK for Chinese
  latexmk texlive-xetex texlive-lang-chinese
  # Chinese text in animations and PDFs
  fonts-noto-cjk
  # the render sandbox (no network, read-only system)
  bubblewrap
  # KaTeX for math on the example site, served from the site itself (no CDN)
  libjs-katex
)
TEST_PKGS=(chromium poppler-utils git)

pkgs=("${BUILD_PKGS[@]}")
[[ "${1:-}" == "--test" ]] && pkgs+=("${TEST_PKGS[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "system packages: all present"
  exit 0
fi
SUDO=""
[[ $(id -u) -ne 0 ]] && SUDO="sudo"
echo "system packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "system packages: done"
