"""Render tier for issue 26's fix-up rows: every row's rewritten scene runs on the installed Manim,
the old-scene corpus renders with no repair call, and what no row can fix fails with a report
that tells the model the fix."""

from __future__ import annotations

import importlib.util
import textwrap
from pathlib import Path

import pytest

from mkdocs_manimgen.validate import validate_code
from mkdocs_manimgen.validate.fixups import fixup_changes

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "tests" / "data" / "old_scenes"


def _bench():
    spec = importlib.util.spec_from_file_location("fixups_share", ROOT / "bench" / "fixups_share.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _scene(body: str, base: str) -> str:
    return f"from manim import *\n\n\nclass Row({base}):\n    def construct(self):\n" + textwrap.indent(
        textwrap.dedent(body), "        ")


# row -> a scene that fails on Manim CE as written and that the row alone rewrites
ROW_SCENES = {
    "gl-camera-3d": _scene("""
        frame = self.camera.frame
        frame.set_euler_angles(theta=30 * DEGREES, phi=70 * DEGREES)
        self.add(Cube(side_length=1))
        self.play(frame.animate.increment_theta(20 * DEGREES).scale(1.2), FadeIn(Dot()), run_time=0.4)
        frame.add_updater(lambda f, dt: f.increment_theta(0.5 * dt))
        self.wait(0.2)
        """, "ThreeDScene"),
    "camera-animate-2d": _scene("""
        d = Dot()
        self.add(d)
        self.play(self.camera.animate.scale(0.5).move_to(d), run_time=0.4)
        """, "Scene"),
    "fix_in_frame": _scene("""
        eq = MathTex("x^2")
        self.set_camera_orientation(phi=60 * DEGREES)
        self.play(Write(eq.fix_in_frame()), run_time=0.4)
        """, "ThreeDScene"),
    "updater-dt": _scene("""
        d = Dot()
        d.add_updater(lambda m, step: m.shift(step * RIGHT))
        s = Square(0.5)
        s.add_updater(lambda dt: s.rotate(dt))
        self.add(d, s)
        self.wait(0.3)
        """, "Scene"),
    "old-module-path": "from manim.mobject.three_dimensions import ParametricSurface\n" + _scene("""
        self.add(ParametricSurface(lambda u, v: np.array([u, v, 0]), u_range=[0, 1], v_range=[0, 1], resolution=(2, 2)))
        self.wait(0.1)
        """, "ThreeDScene"),
    "unknown-keyword": _scene("""
        a = Arrow(LEFT, RIGHT, max_tip_length=0.3, thickness=3)
        m = MathTex("a", "+", "b", isolate=["a"])
        s = Sector(outer_radius=1, angle=PI / 2, colour=RED)
        self.play(FadeIn(a), FadeIn(m), FadeIn(s), FadeIn(Sphere(radius=0.3, resolution=(4, 4), gloss=0.5)), run_time=0.4)
        """, "Scene"),
}


@pytest.mark.render
def test_each_new_row_leaves_a_scene_that_renders() -> None:
    fixed = {}
    for row, code in ROW_SCENES.items():
        new, changes = fixup_changes(code)
        assert row in {c.row for c in changes}, (row, changes)
        assert validate_code(new).ok, validate_code(new).as_error_text()
        fixed[row] = new
    bench = _bench()
    written = bench.measure(ROW_SCENES, lambda code: (code, []), workers=2)
    assert all(r != "ok" for r in written.values()), written  # each fails as written: the row is needed
    results = bench.measure(fixed, lambda code: (code, []), workers=2)
    assert results == {row: "ok" for row in sorted(fixed)}, results


@pytest.mark.render
@pytest.mark.corpus  # renders the whole old-scene corpus: opt-in (-m corpus), like the gallery
def test_old_scene_corpus_renders_after_fixups_and_the_rest_is_explained() -> None:
    """Issue 26's measure: on main before these rows (2c56e54) 7 of 24 rendered; the two kinds no
    deterministic rewrite can fix stay broken, each with a report that names the fix."""
    bench = _bench()
    scenes = {p.name: p.read_text(encoding="utf-8") for p in sorted(OLD.glob("*.py"))}
    results = bench.measure(scenes, lambda code: (fixup_changes(code)[0], []), workers=2)
    failed = {name: why for name, why in results.items() if why != "ok"}
    assert set(failed) == {"image_transform.py", "name_before_defined.py"}, failed
    assert bench.share(results) >= 0.9


@pytest.mark.render
def test_reports_of_what_no_row_fixes() -> None:
    from mkdocs_manimgen.errors import RenderFailed
    from mkdocs_manimgen.model import QUALITIES
    from mkdocs_manimgen.render.encode import plan
    from mkdocs_manimgen.render.job import RenderJob
    from mkdocs_manimgen.render.pool import LocalPool
    import tempfile

    low = QUALITIES["low"]
    expect = {"image_transform.py": "use FadeOut(image) with FadeIn(square)",
              "name_before_defined.py": "`circle` is used on line 7 but first assigned on line 8"}
    with tempfile.TemporaryDirectory() as work:
        pool = LocalPool(1, Path(work))
        try:
            for name, fix in expect.items():
                code = fixup_changes((OLD / name).read_text(encoding="utf-8"))[0]
                future = pool.submit(RenderJob(code, validate_code(code).scene_name, low, plan(("webm",), low),
                                               timeout=120))
                with pytest.raises(RenderFailed) as err:
                    future.result(timeout=240)
                assert fix in err.value.detail, err.value.detail
        finally:
            pool.close()
