"""A formula cache shared by the jobs of one render pool, kept safe from hostile scenes.

Manim skips LaTeX for a formula whose `<hash>.svg` is already in its tex_dir. Each job gets its
own tex_dir, seeded with hard links to the shared SVGs (owned by the render process, read-only
to the job's uid); after a job of trusted code succeeded, its new SVGs are copied in. A model's
code never adds to the cache, so it cannot plant a wrong picture for another block's formula.
Runs in the build process's pool thread (outside the sandbox), before and after the job.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from ..cache import atomic_copy

MAX_SVG_BYTES = 4 * 1024 * 1024


def seed(shared: Path, tex_dir: Path, uid: int | None) -> None:
    tex_dir.mkdir(exist_ok=True)
    if uid is not None:
        os.chown(tex_dir, uid, uid)  # the job writes its own new formulas here
    for entry in os.scandir(shared):
        if entry.name.endswith(".svg") and entry.is_file(follow_symlinks=False):
            try:
                os.link(entry.path, tex_dir / entry.name)
            except OSError:
                shutil.copyfile(entry.path, tex_dir / entry.name)


def harvest(tex_dir: Path, shared: Path) -> None:
    if not tex_dir.is_dir():
        return
    for entry in os.scandir(tex_dir):
        if not entry.name.endswith(".svg") or (shared / entry.name).exists():
            continue
        info = entry.stat(follow_symlinks=False)
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1 or info.st_size > MAX_SVG_BYTES:
            continue  # only plain files the job wrote itself
        # A temp name unique per call: the pool's threads harvest concurrently, often the same formula.
        atomic_copy(Path(entry.path), shared / entry.name, follow_symlinks=False)
