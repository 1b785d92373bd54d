"""Deterministic old-Manim fixups: each rewrite, idempotence, strings/comments untouched."""

from __future__ import annotations

import ast
import textwrap

import pytest

from mkdocs_manimgen.validate.fixups import FIXUPS, RENAMES, apply_fixups
from mkdocs_manimgen.validate import validate_code


def fix(code: str) -> tuple[str, list[str]]:
    new, notes = apply_fixups(textwrap.dedent(code))
    ast.parse(new)  # every rewrite leaves valid Python
    again, more = apply_fixups(new)
    assert (again, more) == (new, []), "not idempotent"
    return new, notes


def scene(body: str, base: str = "Scene", head: str = "from manim import *\n") -> str:
    return head + f"\nclass A({base}):\n    def construct(self):\n" + textwrap.indent(textwrap.dedent(body), "        ")


@pytest.mark.parametrize(
    "before, after",
    [
        ("self.play(ShowCreation(sq))", "self.play(Create(sq))"),
        ("t = TexMobject('x^2')", "t = MathTex('x^2')"),
        ("t = TexText('Hello')", "t = Tex('Hello')"),
        ("t = TextMobject('Hello')", "t = Text('Hello')"),
        ("t = TextMobject('Area $A$')", "t = Tex('Area $A$')"),
        ("t = TextMobject('a', 'b')", "t = Tex('a', 'b')"),
        ("s = ParametricSurface(f, u_min=0, u_max=1)", "s = Surface(f, u_range=[0, 1])"),
        ("g = axes.get_graph(lambda x: x ** 2, color=RED)", "g = axes.plot(lambda x: x ** 2, color=RED)"),
        ("self.play(FadeInFrom(t, UP))", "self.play(FadeIn(t, shift=DOWN))"),
        ("self.play(FadeInFrom(t, 2 * LEFT))", "self.play(FadeIn(t, shift=-(2 * LEFT)))"),
        ("self.play(FadeInFrom(t, -v))", "self.play(FadeIn(t, shift=v))"),
        ("self.play(FadeInFrom(t))", "self.play(FadeIn(t, shift=UP))"),
        ("self.play(FadeInFrom(t, direction=RIGHT, run_time=2))", "self.play(FadeIn(t, shift=LEFT, run_time=2))"),
        ("self.play(FadeInFromDown(t))", "self.play(FadeIn(t, shift=UP))"),
        ("self.play(FadeOutAndShift(t, UP))", "self.play(FadeOut(t, shift=UP))"),
        ("self.play(FadeOutAndShift(t))", "self.play(FadeOut(t, shift=DOWN))"),
        ("self.play(FadeOutAndShiftDown(t))", "self.play(FadeOut(t, shift=DOWN))"),
        ("self.play(FadeInFromLarge(t, 3))", "self.play(FadeIn(t, scale=3))"),
        ("self.play(FadeInFromLarge(t))", "self.play(FadeIn(t, scale=2))"),
        ("self.play(ShowCreationThenDestruction(line))", "self.play(ShowPassingFlash(line, time_width=2))"),
        ("self.play(ApplyMethod(m.shift, UP))", "self.play(m.animate.shift(UP))"),
        ("self.play(ApplyMethod(m.set_color, RED, run_time=2))", "self.play(m.animate(run_time=2).set_color(RED))"),
        ("self.play(ApplyMethod(group[0].scale, 2, 0.5))", "self.play(group[0].animate.scale(2, 0.5))"),
        ("ax = Axes(x_min=-3, x_max=3, y_min=0, y_max=9)", "ax = Axes(x_range=[-3, 3], y_range=[0, 9])"),
        ("c = ParametricFunction(f, t_min=0, t_max=TAU, color=RED)", "c = ParametricFunction(f, t_range=[0, TAU], color=RED)"),
        ("self.play(Write(t, run_time=2))", "self.play(Write(t, run_time=2))"),
        ("self.play(GrowFromCenter(c))", "self.play(GrowFromCenter(c))"),
    ],
)
def test_rewrites(before: str, after: str) -> None:
    new, notes = fix(scene(before))
    assert after in new, new
    if before != after:
        assert notes and all(n.startswith("line ") for n in notes), notes
    else:
        assert notes == []


def test_note_format() -> None:
    _, notes = fix(scene("self.play(ShowCreation(sq))\n"))
    assert notes == ["line 5: ShowCreation → Create (ManimGL name)"]


def test_nested_rewrites_converge() -> None:
    new, notes = fix(scene("self.play(ApplyMethod(t.become, TextMobject('a $x$')))\n"))
    assert "t.animate.become(Tex('a $x$'))" in new
    assert len(notes) == 2


def test_manimgl_imports_and_tex() -> None:
    code = "from manimlib import *\n\nclass A(Scene):\n    def construct(self):\n        self.play(Write(Tex('x^2')), Write(TexText('hi')))\n"
    new, notes = fix(code)
    assert new.startswith("from manim import *\n")
    assert "MathTex('x^2')" in new and "Tex('hi')" in new and "TexText" not in new
    for head in ("from manimlib.imports import *", "from manim_imports_ext import *", "import manimlib"):
        new, _ = fix(head + "\nclass A(Scene):\n    def construct(self):\n        self.add(Tex('x'))\n")
        assert new.startswith("from manim import *") and "MathTex('x')" in new


def test_plain_ce_tex_is_left_alone() -> None:
    code = scene("self.add(Tex('hello $x$'))\n")
    assert fix(code) == (code, [])


def test_fix_in_frame_in_3d() -> None:
    code = scene("label = Text('x')\nlabel.fix_in_frame()\nt = Text('y').fix_in_frame()\nself.add(label, t)\n", base="ThreeDScene")
    new, notes = fix(code)
    assert "self.add_fixed_in_frame_mobjects(label)" in new
    assert "t = Text('y')\n        self.add_fixed_in_frame_mobjects(t)" in new
    assert "fix_in_frame()" not in new and len(notes) == 2


def test_fix_in_frame_in_2d_is_removed() -> None:
    new, notes = fix(scene("label = Text('x')\nlabel.fix_in_frame()\nself.add(label)\n"))
    assert "fix_in_frame" not in new and "add_fixed_in_frame" not in new
    assert "label = Text('x')\n        self.add(label)" in new


def test_camera_frame_needs_moving_camera_scene() -> None:
    new, notes = fix(scene("self.play(self.camera.frame.animate.scale(0.5))\n"))
    assert "class A(MovingCameraScene):" in new and "MovingCameraScene" in notes[0]
    code = scene("self.play(self.camera.frame.animate.scale(0.5))\n", base="MovingCameraScene")
    assert fix(code) == (code, [])


def test_config_dict_removed() -> None:
    code = 'from manim import *\n\nclass A(Scene):\n    CONFIG = {\n        "x_min": -3,\n        "color": RED,\n    }\n\n    def construct(self):\n        self.add(Dot())\n'
    new, notes = fix(code)
    assert "CONFIG" not in new and "def construct" in new and "CONFIG" in notes[0]
    new, _ = fix('from manim import *\n\nclass Base(Scene):\n    CONFIG = {"a": 1}\n')
    assert "class Base(Scene):\n    pass\n" in new


def test_wait_zero_dropped() -> None:
    new, notes = fix(scene("self.add(Dot())\nself.wait(0)\nself.wait(0.5)\n"))
    assert "self.wait(0)\n" not in new and "self.wait(0.5)" in new and len(notes) == 1
    new, _ = fix(scene("if True:\n    self.wait(0)\nself.add(Dot())\n"))
    assert "if True:\n            pass" in new


def test_main_block_removed() -> None:
    code = scene("self.add(Dot())\n") + '\nif __name__ == "__main__":\n    A().render()\n'
    new, notes = fix(code)
    assert "__main__" not in new and "render" not in new and notes


def test_strings_and_comments_untouched() -> None:
    code = scene(
        "# ShowCreation was renamed; TextMobject too; self.wait(0)\n"
        "t = Text('ShowCreation TextMobject get_graph FadeInFrom(x, UP) CONFIG = {}')\n"
        "doc = '''from manimlib import *'''\n"
        "self.add(t)\n"
    )
    assert fix(code) == (code, [])


def test_authors_own_names_are_not_renamed() -> None:
    code = scene("self.add(get_graph())\n", head="from manim import *\n\ndef get_graph():\n    return Dot()\n")
    assert fix(code) == (code, [])
    code = scene("self.add(ShowCreation())\n", head="from manim import *\n\nclass ShowCreation(Dot):\n    pass\n")
    assert fix(code) == (code, [])


def test_from_manim_import_names() -> None:
    new, notes = fix("from manim import Scene, ShowCreation, Square\n\nclass A(Scene):\n    def construct(self):\n        self.play(ShowCreation(Square()))\n")
    assert "from manim import Scene, Create, Square" in new and "Create(Square())" in new


def test_syntax_error_left_alone() -> None:
    code = "class A(Scene:\n    ShowCreation\n"
    assert apply_fixups(code) == (code, [])


def test_non_ascii_positions() -> None:
    new, _ = fix(scene("t = Text('héllo → ✓'); self.play(ShowCreation(t))\n"))
    assert "Text('héllo → ✓'); self.play(Create(t))" in new


def test_big_old_scene_becomes_valid() -> None:
    old = '''
from manimlib.imports import *

class OldScene(Scene):
    CONFIG = {"camera_config": {"background_color": BLACK}}

    def construct(self):
        title = TextMobject("Derivative")
        eq = TexMobject(r"f'(x) = 2x")
        axes = Axes(x_min=-3, x_max=3, y_min=-1, y_max=9)
        graph = axes.get_graph(lambda x: x ** 2)
        self.play(ShowCreation(axes), FadeInFrom(title, UP))
        self.play(ShowCreation(graph), Write(eq))
        self.play(ApplyMethod(eq.shift, DOWN))
        self.play(self.camera.frame.animate.scale(0.8))
        self.wait(0)
        self.play(FadeOutAndShift(title, DOWN))

if __name__ == "__main__":
    OldScene().render()
'''
    new, notes = fix(old)
    report = validate_code(new)
    assert report.ok, report.as_error_text()
    assert report.scene_name == "OldScene"
    assert len(notes) >= 10
    for gone in ("manimlib", "TextMobject", "TexMobject", "get_graph", "ShowCreation", "FadeInFrom",
                 "ApplyMethod", "CONFIG", "wait(0)", "FadeOutAndShift(", "x_min"):
        assert gone not in new, gone


def test_targets_exist_in_installed_manim() -> None:
    """Every name a rewrite produces exists in the manim we render with."""
    import manim

    produced = set(RENAMES.values()) - {"plot"} | {
        "Text", "Tex", "MathTex", "FadeIn", "FadeOut", "ShowPassingFlash", "Surface",
        "MovingCameraScene", "ThreeDScene", "Create",
    }
    for name in produced:
        assert hasattr(manim, name), name
    assert hasattr(manim.Axes, "plot") and hasattr(manim.ThreeDScene, "add_fixed_in_frame_mobjects")
    assert len(FIXUPS) >= 20


def test_multiline_range_keywords() -> None:
    code = scene("axes = Axes(\n    x_min=-3,\n    x_max=3,\n    y_min=-1, y_max=9,\n    tips=False,\n)\nb = Axes(x_max=2, x_min=0)\n")
    new, _ = fix(code)
    assert "axes = Axes(\n            x_range=[-3, 3],\n            y_range=[-1, 9],\n            tips=False,\n        )" in new, new
    assert "b = Axes(x_range=[0, 2])" in new, new
