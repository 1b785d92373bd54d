"""Build real MkDocs sites in temporary directories, the way a user does: `mkdocs build`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import yaml

FENCE_FORMAT = "mkdocs_manimgen.fence.format"
FENCE_ENTRY = {"pymdownx.superfences": {"custom_fences": [{"name": "manimgen", "class": "manimgen",
                                                           "format": FENCE_FORMAT}]}}
SUMMARY = re.compile(r"manimgen: (\d+) block\(s\): (\d+) designed, (\d+) rendered, (\d+) from cache, (\d+) failed; "
                     r"(\d+) API call\(s\), (\d+) token\(s\)")


@dataclass
class Build:
    returncode: int
    log: str
    site_dir: Path

    @property
    def summary(self) -> dict[str, int]:
        m = SUMMARY.search(self.log)
        assert m, f"no summary line in the build log:\n{self.log}"
        keys = ("blocks", "designed", "rendered", "from_cache", "failed", "api_calls", "tokens")
        return dict(zip(keys, map(int, m.groups())))

    def html(self, page: str = "index.html") -> str:
        return (self.site_dir / page).read_text(encoding="utf-8")

    def warnings(self) -> list[str]:
        return [line for line in self.log.splitlines() if line.startswith("WARNING")]


@dataclass
class Site:
    root: Path
    plugin: dict = field(default_factory=dict)
    extra_config: dict = field(default_factory=dict)
    plugins: list | None = None  # the whole `plugins:` list; the string "manimgen" stands for ours with `plugin`
    fence: bool = False  # also declare the standalone fence (the one configuration for Zensical too)

    def write_page(self, name: str, text: str) -> Path:
        path = self.root / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        return path

    def write_config(self) -> Path:
        config = {
            "site_name": "Test site",
            "docs_dir": "docs",
            "markdown_extensions": ["admonition", "pymdownx.details", "pymdownx.superfences",
                                    {"pymdownx.tabbed": {"alternate_style": True}},
                                    {"pymdownx.arithmatex": {"generic": True}}],
            **self.extra_config,
        }
        if self.fence:
            config["markdown_extensions"] = [FENCE_ENTRY if e == "pymdownx.superfences" else e
                                             for e in config["markdown_extensions"]]
        # PDF guides off unless a test asks (tests/test_notes_pdf.py, the example course): LaTeX for the
        # guide of every block of every test site was a tenth of the render tests' time
        ours = {"manimgen": {"quality": "low", "workers": 2, "pdf": False, **self.plugin}}
        config["plugins"] = [ours if p == "manimgen" else p for p in (self.plugins or ["manimgen"])]
        path = self.root / "mkdocs.yml"
        text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
        path.write_text(text.replace(f"'{FENCE_FORMAT}'", f"!!python/name:{FENCE_FORMAT}"), encoding="utf-8")
        return path

    def build(self, *args: str, env: dict[str, str] | None = None, timeout: float = 600,
              engine: str = "mkdocs") -> Build:
        """`ENGINE build -f mkdocs.yml ARGS` (mkdocs, properdocs or zensical) in the site's folder."""
        self.write_config()
        run_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
        proc = subprocess.run([sys.executable, "-m", engine, "build", "-f", str(self.root / "mkdocs.yml"), *args],
                              capture_output=True, text=True, env=run_env, timeout=timeout, cwd=self.root)
        return Build(proc.returncode, proc.stdout + proc.stderr, self.root / "site")


def media_info(path: Path) -> dict:
    """Codec, size, frame rate and duration of a video or gif, read with PyAV."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        duration = float(container.duration / 1_000_000) if container.duration else 0.0
        if not duration and stream.duration and stream.time_base:
            duration = float(stream.duration * stream.time_base)
        return {"codec": stream.codec_context.name, "width": stream.codec_context.width,
                "height": stream.codec_context.height, "fps": float(stream.average_rate or 0),
                "duration": duration}


_DOT = """
```manimgen
title: {title}
code: |
  from manim import *

  class Dot{n}(Scene):
      def construct(self):
          self.play(FadeIn(Dot(color=YELLOW).shift({n} * 0.3 * RIGHT)), run_time=0.5)
          self.wait(0.5)
---
A dot appears.
```
"""


def dot_block(n: int, title: str | None = None) -> str:
    """A short hand-written block (no design step): a dot fading in, placed by n."""
    return _DOT.format(n=n, title=title or f"Dot {n}")
