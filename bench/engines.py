"""Zensical, warm: the site with the manimgen fence vs the same site without it, in one invocation.

Both sites have the same 8 pages; with the fence each page holds a block (hand-written scenes, so the
cold build is short), without it the same fences are plain code listings. After one cold build of
each, every build is warm: Zensical serves the pages from its own cache, and we put every block's
files back into the site it emptied (see mkdocs_manimgen/fence.py). Target: ratio <= 1.3.

    .venv/bin/python bench/engines.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ENV = {k: v for k, v in os.environ.items() if k not in ("DEEPSEEK_API_KEY", "OPENAI_API_KEY")}
BLOCK = """```manimgen
title: Dot {i}
code: |
  from manim import *
  class Dot{i}(Scene):
      def construct(self):
          self.play(FadeIn(Dot().shift({i} * 0.2 * RIGHT)), run_time=0.4)
---
A dot.
```
"""
FENCE = """  - pymdownx.superfences:
      custom_fences:
        - name: manimgen
          class: manimgen
          format: !!python/name:mkdocs_manimgen.fence.format
"""


def write_site(root: Path, with_fence: bool) -> Path:
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for i in range(8):
        (docs / f"p{i}.md").write_text(f"# Page {i}\n\nSome prose.\n\n{BLOCK.format(i=i)}")
    (docs / "index.md").write_text("# Bench\n")
    config = (f"site_name: bench\ntheme:\n  name: material\nplugins:\n  - search\n"
              f"  - manimgen:\n      quality: low\n      pdf: false\n"
              f"markdown_extensions:\n{FENCE if with_fence else '  - pymdownx.superfences' + chr(10)}")
    (root / "mkdocs.yml").write_text(config)
    return root


def timed(root: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "zensical", "build"], cwd=root, env=ENV, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ours, plain = write_site(Path(tmp) / "ours", True), write_site(Path(tmp) / "plain", False)
        cold = timed(ours), timed(plain)
        print(f"cold: with the fence {cold[0]:.2f} s (8 renders), without {cold[1]:.2f} s")
        times: dict[str, list[float]] = {"ours": [], "plain": []}
        for _ in range(args.repeat):  # interleaved, so drift of the machine hits both alike
            times["ours"].append(timed(ours))
            times["plain"].append(timed(plain))
        assert (ours / "site" / "assets" / "manimgen" / "manimgen.js").is_file(), "the fence's files were not published"
        a, b = statistics.median(times["ours"]), statistics.median(times["plain"])
        print(f"warm: with the fence {a:.2f} s, without {b:.2f} s (medians of {args.repeat})")
        print(f"ratio warm/plain: {a / b:.2f}  (target <= 1.3)")


if __name__ == "__main__":
    main()
