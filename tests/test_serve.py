"""`mkdocs serve`: editing one block re-renders only that block, with the render processes kept warm."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time

import pytest

from sites import SUMMARY

pytestmark = pytest.mark.render

SCENE = """
```manimgen
title: {title}
code: |
  from manim import *
  class S{n}(Scene):
      def construct(self):
          self.play(FadeIn(Square().shift({n} * 0.2 * LEFT)), run_time=0.4)
---
x
```
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_rerenders_only_the_edited_block(site):
    site.write_page("index.md", SCENE.format(title="A", n=1) + SCENE.format(title="B", n=2))
    site.write_config()
    lines: list[str] = []
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f",
                             str(site.root / "mkdocs.yml"), "--dev-addr", f"127.0.0.1:{free_port()}"],
                            stderr=subprocess.STDOUT, stdout=subprocess.PIPE, text=True, cwd=site.root,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, "")), daemon=True).start()

    def summaries() -> list[dict]:
        keys = ("blocks", "designed", "rendered", "from_cache", "failed")
        return [dict(zip(keys, map(int, m.groups()[:5]))) for line in list(lines) if (m := SUMMARY.search(line))]

    def wait_for(count: int, timeout: float = 120) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(summaries()) < count:
            time.sleep(0.2)
        assert len(summaries()) >= count, "".join(lines)
        return summaries()

    try:
        first = wait_for(1)[0]
        assert first["rendered"] == 2
        time.sleep(1.0)  # let the watcher settle before editing
        site.write_page("index.md", SCENE.format(title="A", n=1) + SCENE.format(title="B", n=3))
        second = wait_for(2)[1]
        assert second["rendered"] == 1 and second["from_cache"] == 1, "".join(lines)
        starts = sum("starting" in line and "render process" in line for line in lines)
        assert starts == 1, "the warm render processes are kept across rebuilds"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
