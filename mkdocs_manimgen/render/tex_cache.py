"""The formula cache: compiled LaTeX kept between jobs and builds, safe from hostile scenes.

Manim skips LaTeX for a formula whose `<hash>.svg` is already in its tex_dir (the hash covers the
whole .tex file, template included). Each job gets its own tex_dir, seeded with hard links to the
shared SVGs (owned by the render process, read-only to the job's uid); after a job of trusted code
succeeded, its new SVGs are copied in. A model's code never adds to the cache, so it cannot plant
a wrong picture for another block's formula. Runs in the build process's pool thread (outside the
sandbox), before and after the job.

The cache outlives the build (:func:`folder`): LaTeX and dvisvgm were about half of a cold render
of a typical offline design (13.5 s cold, 6.8 s with its formulas compiled), and an edited block,
a quality change or a new page mostly shows formulas compiled before. Its folder is named by the
TeX toolchain (:func:`toolchain`), so an upgraded TeX Live, dvisvgm or Manim starts a new one.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import stat
import subprocess
from importlib import metadata
from pathlib import Path

from ..cache import atomic_copy

MAX_SVG_BYTES = 4 * 1024 * 1024
TEX_CACHE_ENV = "MANIMGEN_TEX_CACHE"  # a folder several sites (or a CI's builds) share
SUBDIR = "tex"  # in the cache_dir, when the variable is not set


def folder(cache_dir: Path) -> Path:
    """The formula folder of this machine's TeX toolchain: ``$MANIMGEN_TEX_CACHE/<toolchain>``
    if the variable names a folder, else ``<cache_dir>/tex/<toolchain>``."""
    shared = os.environ.get(TEX_CACHE_ENV)
    return (Path(shared) if shared else cache_dir / SUBDIR) / toolchain()


@functools.lru_cache(maxsize=1)
def toolchain() -> str:
    """A short digest of what turns a formula into an SVG: Manim's version, the first line of
    ``latex --version``, ``xelatex --version`` (Chinese) and ``dvisvgm --version``, and the time the
    TeX file database (texmf-dist's ``ls-R``) was last rebuilt, which every TeX package install or
    upgrade does. A missing program is part of the digest too."""
    parts = []
    try:
        parts.append("manim " + metadata.version("manim"))
    except metadata.PackageNotFoundError:
        parts.append("manim missing")
    for program in ("latex", "xelatex", "dvisvgm"):
        parts.append(_first_line([program, "--version"]) or f"{program} missing")
    texmf = _first_line(["kpsewhich", "-var-value=TEXMFDIST"])
    try:
        parts.append(str(os.stat(Path(texmf) / "ls-R").st_mtime_ns) if texmf else "no texmf")
    except OSError:
        parts.append("no ls-R")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def _first_line(argv: list[str]) -> str:
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=20, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return out.strip().splitlines()[0] if out.strip() else ""


def stale_folders(cache_dir: Path) -> list[Path]:
    """Formula folders of other toolchains in ``<cache_dir>/tex`` (left by an upgrade): nothing reads them."""
    root = cache_dir / SUBDIR
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and p.name != toolchain())


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
