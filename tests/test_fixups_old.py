"""Issue 26's fix-up rows for old model-written scenes: ManimGL's camera API, old module paths,
fix_in_frame inside expressions, updater signatures, keywords a class does not take.

Each rewrite is checked here as text (fast); tests/test_fixups_old_render.py renders every row's
rewritten scene for real. No row may change working Manim CE code: Manim's own documentation
examples (hundreds of scenes that run) come out of the fix-ups unchanged.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import textwrap
from pathlib import Path

import pytest

from mkdocs_manimgen.validate import validate_code
from mkdocs_manimgen.validate.fixup_manim_api import EQUIVALENTS
from mkdocs_manimgen.validate.fixups import fixup_changes
from mkdocs_manimgen.validate.manim_api import build, keywords, module_names
from mkdocs_manimgen.validate.table import ROWS

OLD = Path(__file__).parent / "data" / "old_scenes"


def fix(code: str) -> tuple[str, set[str]]:
    new, changes = fixup_changes(textwrap.dedent(code))
    ast.parse(new)
    assert fixup_changes(new) == (new, []), "not idempotent"
    return new, {c.row for c in changes}


def scene(body: str, base: str = "Scene", head: str = "from manim import *\n") -> str:
    return head + f"\nclass A({base}):\n    def construct(self):\n" + textwrap.indent(textwrap.dedent(body), "        ")


@pytest.mark.parametrize("base, before, after", [
    ("ThreeDScene", "frame = self.camera.frame\nframe.set_euler_angles(theta=30 * DEGREES, phi=70 * DEGREES)\n",
     "self.set_camera_orientation(theta=30 * DEGREES, phi=70 * DEGREES)\n"),
    ("ThreeDScene", "self.camera.frame.set_euler_angles(0.5, 1.2)\n", "self.set_camera_orientation(theta=0.5, phi=1.2)\n"),
    ("ThreeDScene", "self.camera.frame.reorient(20, 70)\n",
     "self.set_camera_orientation(theta=(20) * DEGREES, phi=(70) * DEGREES)\n"),
    ("ThreeDScene", "self.play(self.camera.frame.animate.increment_theta(PI / 4), FadeIn(d), run_time=2)\n",
     "self.move_camera(theta=self.camera.get_theta() + PI / 4, added_anims=[FadeIn(d)], run_time=2)\n"),
    ("ThreeDScene", "self.play(self.camera.frame.animate.set_phi(PI / 3).scale(2))\n",
     "self.move_camera(phi=PI / 3, zoom=self.camera.get_zoom() / (2))\n"),
    ("ThreeDScene", "self.play(self.camera.animate.set_theta(1))\n", "self.move_camera(theta=1)\n"),
    ("ThreeDScene", "self.camera.frame.add_updater(lambda f, dt: f.increment_theta(0.2 * dt))\n",
     "self.begin_ambient_camera_rotation(rate=0.2)\n"),
    ("ThreeDScene", "self.camera.frame.add_updater(lambda f, dt: f.increment_phi(dt))\n",
     "self.begin_ambient_camera_rotation(rate=1, about='phi')\n"),
])
def test_gl_camera_3d(base: str, before: str, after: str) -> None:
    new, rows = fix(scene(before, base))
    assert textwrap.indent(after, " " * 8) in new, new
    assert "camera.frame" not in new and rows == {"gl-camera-3d"}


def test_gl_camera_3d_leaves_what_it_does_not_know() -> None:
    """An unknown frame call keeps the alias (removing it would turn an AttributeError into a NameError)."""
    code = scene("frame = self.camera.frame\nframe.set_euler_angles(phi=1)\np = frame.get_center()\n", "ThreeDScene")
    new, _ = fix(code)
    assert "frame = self.camera.frame" in new and "self.set_camera_orientation(phi=1)" in new


def test_camera_animate_in_2d_becomes_the_frame() -> None:
    new, rows = fix(scene("self.play(self.camera.animate.scale(0.5))\n"))
    assert "class A(MovingCameraScene)" in new and "self.camera.frame.animate.scale(0.5)" in new
    assert rows == {"camera-animate-2d", "camera-frame"}


def test_fix_in_frame_inside_expressions() -> None:
    new, rows = fix(scene("eq = MathTex('x')\nself.play(Write(eq.fix_in_frame()))\n", "ThreeDScene"))
    assert "self.add_fixed_in_frame_mobjects(eq)\n        self.play(Write(eq))" in new and rows == {"fix_in_frame"}
    new, _ = fix(scene("self.add(Text('t').to_edge(UP).fix_in_frame())\n"))
    assert "self.add(Text('t').to_edge(UP))" in new
    # in 3D a built expression would be built twice: left alone
    code = scene("self.add(Text('t').fix_in_frame())\n", "ThreeDScene")
    assert fix(code) == (code, set())


@pytest.mark.parametrize("before, after", [
    ("d.add_updater(lambda m, delta: m.shift(delta * RIGHT))", "d.add_updater(lambda m, dt: m.shift(dt * RIGHT))"),
    ("d.add_updater(lambda dt: d.rotate(dt))", "d.add_updater(lambda _mob, dt: d.rotate(dt))"),
    ("d.add_updater(lambda m, dt: m.rotate(dt))", "d.add_updater(lambda m, dt: m.rotate(dt))"),
    ("d.add_updater(lambda m: m.move_to(ORIGIN))", "d.add_updater(lambda m: m.move_to(ORIGIN))"),
    ("d.add_updater(lambda m, dt=0: m.rotate(dt))", "d.add_updater(lambda m, dt=0: m.rotate(dt))"),
    ("self.add_updater(lambda dt: d.rotate(dt))", "self.add_updater(lambda dt: d.rotate(dt))"),  # Scene's: f(dt)
])
def test_updater_signatures(before: str, after: str) -> None:
    new, rows = fix(scene(f"d = Dot()\n{before}\n"))
    assert after in new, new
    assert rows == (set() if before == after else {"updater-dt"})


def test_updater_def_renames_its_uses() -> None:
    new, _ = fix(scene("def orbit(mob, step):\n    mob.rotate(step, about_point=ORIGIN)\nd = Dot()\nd.add_updater(orbit)\n"))
    assert "def orbit(mob, dt):\n            mob.rotate(dt, about_point=ORIGIN)" in new
    # a call that names the parameter would break: left alone
    code = scene("def orbit(mob, step):\n    mob.rotate(step)\nd = Dot()\norbit(d, step=1)\nd.add_updater(orbit)\n")
    assert fix(code) == (code, set())


def test_a_files_own_fix_in_frame_is_kept() -> None:
    code = ("from manim import *\n\nclass Pin(Dot):\n    def fix_in_frame(self):\n        return self\n\n"
            "class A(Scene):\n    def construct(self):\n        p = Pin()\n        p.fix_in_frame()\n        self.add(p.fix_in_frame())\n")
    assert fix(code) == (code, set())


@pytest.mark.parametrize("head, after", [
    ("from manim.mobject.three_dimensions import ParametricSurface\n", "from manim import Surface\n"),
    ("from manim.mobject.geometry import Dot, Circle\n", "from manim import Dot, Circle\n"),
    ("from manim.mobject.geometry.arc import Dot\n", "from manim.mobject.geometry.arc import Dot\n"),  # it is there
    ("from manim.utils.rate_functions import smooth\n", "from manim.utils.rate_functions import smooth\n"),
])
def test_old_module_paths(head: str, after: str) -> None:
    new, rows = fix(head + "from manim import *\n\nclass A(Scene):\n    def construct(self):\n        self.wait(0.1)\n")
    assert new.startswith(after), new
    assert ("old-module-path" in rows) == (head != after)


def test_module_names_read_from_the_installed_source() -> None:
    assert module_names("manim.mobject.three_dimensions") is None
    assert "Dot" in module_names("manim.mobject.geometry.arc") and "arc" in module_names("manim.mobject.geometry")


@pytest.mark.parametrize("before, after", [
    ("a = Arrow(LEFT, RIGHT, max_tip_length=0.3, color=RED)", "a = Arrow(LEFT, RIGHT, color=RED)"),
    ("a = Arrow(LEFT, RIGHT, thickness=4)", "a = Arrow(LEFT, RIGHT, stroke_width=4)"),
    ("m = MathTex('a', isolate=['a'])", "m = MathTex('a', substrings_to_isolate=['a'])"),
    ("s = Sphere(gloss=0.5, shadow=0.2)", "s = Sphere()"),
    ("s = Sector(outer_radius=2, angle=PI)", "s = Sector(radius=2, angle=PI)"),
    ("c = Circle(colour=RED)", "c = Circle(color=RED)"),
    ("a = Arrow(LEFT, RIGHT, tip_shape=ArrowSquareTip, tip_length=0.2)", "a = Arrow(LEFT, RIGHT, tip_shape=ArrowSquareTip, tip_length=0.2)"),
    ("t = Text('x', t2c={'x': RED})", "t = Text('x', t2c={'x': RED})"),  # CE's Text has t2c
])
def test_unknown_keywords(before: str, after: str) -> None:
    new, rows = fix(scene(before + "\n"))
    assert after in new, new
    assert rows == (set() if before == after else {"unknown-keyword"})


def test_dropped_keyword_note_names_the_near_ones() -> None:
    _, changes = fixup_changes(scene("a = Arrow(LEFT, RIGHT, max_tip_length=0.3)\n"))
    assert "dropped max_tip_length= from Arrow" in str(changes[0]) and "max_tip_length_to_length_ratio" in str(changes[0])


def test_keyword_table_is_the_installed_manims() -> None:
    """manim_api.json is what inspect reads from the installed Manim now (regenerate:
    python -m mkdocs_manimgen.validate.manim_api)."""
    fresh = build()
    table = keywords()
    assert table, "the table's Manim version is not the installed one"
    assert {k: frozenset(v) for k, v in fresh["keywords"].items()} == table
    for old, new in EQUIVALENTS.items():
        assert any(new in kws and old not in kws for kws in table.values()), (old, new)


def _manim_doc_examples() -> list[tuple[str, str]]:
    """The ``.. manim::`` example scenes of the installed Manim's docstrings (they render in its docs)."""
    root = Path(importlib.util.find_spec("manim").origin).parent
    out = []
    for path in sorted(root.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        i = 0
        while i < len(lines):
            if re.match(r"\s*\.\. manim:: ", lines[i]):
                indent = len(lines[i]) - len(lines[i].lstrip())
                j, body = i + 1, []
                while j < len(lines) and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) > indent):
                    if not lines[j].strip().startswith(":"):
                        body.append(lines[j])
                    j += 1
                out.append((f"{path.name}:{i + 1}", textwrap.dedent("\n".join(body)).strip() + "\n"))
                i = j
            else:
                i += 1
    return out


NEW_ROWS = {"gl-camera-3d", "camera-animate-2d", "updater-dt", "old-module-path", "unknown-keyword", "fix_in_frame"}


def test_no_new_row_changes_manims_own_examples() -> None:
    examples = _manim_doc_examples()
    assert len(examples) > 300
    changed = []
    for where, code in examples:
        try:
            ast.parse(code)
        except SyntaxError:
            continue
        _, changes = fixup_changes("from manim import *\n" + code)
        changed += [f"{where}: {c}" for c in changes if c.row in NEW_ROWS]
    assert changed == []


def test_new_rows_are_in_the_table() -> None:
    assert NEW_ROWS <= set(ROWS)


def test_every_old_scene_passes_the_validator_after_fixups() -> None:
    """A refusal would cost a repair call too (headers and parsing: tests/test_validate_package.py)."""
    refused = {f.name: validate_code(fixup_changes(f.read_text(encoding="utf-8"))[0]).as_error_text()
               for f in sorted(OLD.glob("*.py"))}
    assert len(refused) >= 20 and not any(refused.values()), refused
