"""A 24-block site built with the local pool vs a local Dask cluster (2 workers), fresh cache each.

On one machine the two should be close: the same warm sandboxed render processes do the work;
Dask adds scheduling and ships the media bytes back. The ratio shows that overhead.

    .venv/bin/python bench/dask_vs_local.py [--blocks 24] [--workers 2] [--repeat 1]
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

SCENE = """
```manimgen
title: Shape {n}
code: |
  from manim import *

  class Shape{n}(Scene):
      def construct(self):
          shape = {shape}(color={color}).shift({x:.2f} * RIGHT)
          self.play(Create(shape), run_time=0.6)
          self.play(shape.animate.rotate({n} * 0.1).scale(0.7), run_time=0.4)
---
Shape number {n}.
```
"""
SHAPES = ("Square", "Circle", "Triangle")
COLORS = ("BLUE", "RED", "GREEN", "YELLOW")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
for key in ("DEEPSEEK_API_KEY", "OPENAI_API_KEY"):
    ENV.pop(key, None)
SUMMARY = re.compile(r"(\d+) rendered, (\d+) from cache, (\d+) failed")


def write_site(root: Path, blocks: int, plugin: dict) -> Path:
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    per_page = 4
    for page in range(0, blocks, per_page):
        body = "".join(SCENE.format(n=n, shape=SHAPES[n % 3], color=COLORS[n % 4], x=(n % 5 - 2) * 0.8)
                       for n in range(page, min(page + per_page, blocks)))
        (docs / f"p{page // per_page}.md").write_text(f"# Page {page // per_page}\n{body}", encoding="utf-8")
    (docs / "index.md").write_text("# Bench\n", encoding="utf-8")
    config = {"site_name": "bench", "docs_dir": "docs", "markdown_extensions": ["pymdownx.superfences"],
              "plugins": [{"manimgen": {"quality": "low", "pdf": False, **plugin}}]}
    path = root / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def build(root: Path, blocks: int, plugin: dict) -> tuple[float, str]:
    shutil.rmtree(root, ignore_errors=True)  # fresh cache every time
    config = write_site(root, blocks, plugin)
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(config)], capture_output=True,
                          text=True, env=ENV, cwd=root)
    seconds = time.perf_counter() - started
    log = proc.stdout + proc.stderr
    m = SUMMARY.search(log)
    if proc.returncode != 0 or not m or m.group(1) != str(blocks) or m.group(3) != "0":
        raise SystemExit(f"build failed or did not render every block:\n{log}")
    return seconds, log


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blocks", type=int, default=24)
    parser.add_argument("--workers", type=int, default=2, help="local render processes = Dask workers")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    from distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.ERROR)  # restarts are expected here
    tmp = Path(tempfile.mkdtemp(prefix="manimgen-dask-bench-"))
    started = time.perf_counter()
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None)
    print(f"LocalCluster with {args.workers} worker(s) started in {time.perf_counter() - started:.1f} s "
          f"(not counted)")
    local_times, dask_times = [], []
    try:
        for _ in range(args.repeat):
            seconds, _ = build(tmp / "local", args.blocks, {"workers": args.workers})
            local_times.append(seconds)
            print(f"local pool ({args.workers} processes): {seconds:6.1f} s")
            if dask_times:  # cold against cold: fresh worker processes, as the local build gets
                with Client(cluster, set_as_default=False) as client:
                    client.restart()
            plugin = {"executor": "dask", "dask": {"scheduler": cluster.scheduler_address}}
            seconds, log = build(tmp / "dask", args.blocks, plugin)
            dask_times.append(seconds)
            where = re.search(r"\(rendered (.*)\)", log)
            where = where.group(1) if where else "?"
            print(f"dask ({args.workers} workers):         {seconds:6.1f} s   rendered {where}")
    finally:
        cluster.close()
        shutil.rmtree(tmp, ignore_errors=True)
    local, dask = statistics.median(local_times), statistics.median(dask_times)
    ratios = " ".join(f"{d / lo:.2f}" for lo, d in zip(local_times, dask_times))
    print(f"{args.blocks} blocks, quality low, median of {args.repeat}: local {local:.1f} s, dask {dask:.1f} s, "
          f"dask/local = {dask / local:.2f} (each run: {ratios})")


if __name__ == "__main__":
    main()
