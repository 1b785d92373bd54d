"""The render pool's shared formula cache: trusted jobs add to it, a model's code only reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from mkdocs_manimgen.model import QUALITIES
from mkdocs_manimgen.render.encode import plan
from mkdocs_manimgen.render.job import RenderJob
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
