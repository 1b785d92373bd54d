"""The render pool's shared formula cache: trusted jobs add to it, a model's code only reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from mkdocs_manimgen.model import QUALITIES
from mkdocs_manimgen.render.encode import plan
from mkdocs_manimgen.render.job import RenderJob
from mkdocs_manimgen.render import tex_cache
from mkdocs_manimgen.render.pool import LocalPool

pytestmark = pytest.mark.render

LOW = QUALITIES["low"]
FORMULA = """
from manim import *

class Formula(Scene):
    def construct(self):
        self.play(Write(MathTex(r"\\int_0^1 x^2\\,dx = \\tfrac{1}{3}")), run_time=0.5)
"""
# A hostile scene: plants a file, and replaces every formula it was given with a fake.
TAMPER = """
from pathlib import Path
from manim import *

class Tamper(Scene):
    def construct(self):
        seeded = sorted(Path("tex").glob("*.svg"))
        assert seeded, "the job starts with the shared formulas"
        Path("tex/0123456789abcdef.svg").write_text("<svg>planted</svg>")
        for svg in seeded:
            try:
                svg.write_text("<svg>fake</svg>")  # a seeded formula: read-only to the job
                raise AssertionError("a shared formula was writable")
            except PermissionError:
                svg.unlink()  # its own directory: it may replace the link, not the shared file
                svg.write_text("<svg>fake</svg>")
        self.play(Write(MathTex(r"x")), run_time=0.3)
"""


def run(pool: LocalPool, code: str, scene: str, share: bool) -> None:
    pool.submit(RenderJob(code, scene, LOW, plan(("webm",), LOW), share_tex=share)).result().cleanup()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_model_scene_cannot_poison_the_formulas_other_blocks_use(tmp_path: Path):
    pool = LocalPool(1, tmp_path)
    try:
        run(pool, FORMULA, "Formula", share=False)  # a model's code adds nothing
        assert list(pool.tex_cache.iterdir()) == []
        run(pool, FORMULA, "Formula", share=True)  # the offline designer's or the author's code shares
        shared = snapshot(pool.tex_cache)
        assert shared and all(name.endswith(".svg") and b"<svg" in data for name, data in shared.items())
        run(pool, TAMPER, "Tamper", share=False)
        assert snapshot(pool.tex_cache) == shared, "the shared formulas are unchanged, nothing was planted"
    finally:
        pool.close()


# A trusted scene that finds its formula already compiled when its job starts (seeded from the folder).
SEEDED = FORMULA.replace("class Formula(Scene):\n    def construct(self):\n",
                         "class Seeded(Scene):\n    def construct(self):\n"
                         "        from pathlib import Path\n"
                         "        assert list(Path('tex').glob('*.svg')), 'the formula was compiled again'\n")


def test_formulas_outlive_the_pool_that_compiled_them(tmp_path: Path):
    folder = tex_cache.folder(tmp_path / "cache")
    first = LocalPool(1, tmp_path / "work", tex_cache=folder)
    try:
        run(first, FORMULA, "Formula", share=True)
    finally:
        first.close()
    compiled = snapshot(folder)
    assert compiled, "a trusted job's formulas stay in the folder after its pool closed"
    second = LocalPool(1, tmp_path / "work", tex_cache=folder)  # the next build
    try:
        run(second, SEEDED, "Seeded", share=True)
    finally:
        second.close()
    assert snapshot(folder) == compiled, "nothing new was compiled"


def test_the_formula_folder_is_named_by_the_toolchain_and_an_upgrade_leaves_the_old_one_stale(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.delenv(tex_cache.TEX_CACHE_ENV, raising=False)
    here = tex_cache.folder(cache)
    assert here.parent == cache / "tex" and here.name == tex_cache.toolchain() and len(here.name) == 16
    here.mkdir(parents=True)
    old = cache / "tex" / "0123456789abcdef"  # what a TeX Live or Manim before an upgrade compiled
    old.mkdir()
    assert tex_cache.stale_folders(cache) == [old]
    monkeypatch.setenv(tex_cache.TEX_CACHE_ENV, str(tmp_path / "shared"))
    assert tex_cache.folder(cache) == tmp_path / "shared" / tex_cache.toolchain(), "several sites share one folder"


def test_the_toolchain_digest_changes_with_the_tex_programs(monkeypatch):
    real = tex_cache.toolchain()
    tex_cache.toolchain.cache_clear()
    monkeypatch.setenv("PATH", "/nonexistent")  # no latex, xelatex, dvisvgm or kpsewhich
    try:
        assert tex_cache.toolchain() != real
    finally:
        tex_cache.toolchain.cache_clear()
