"""The validate package's shared facts: one scene-class rule, one TeX policy, the fix-up table's rows."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from mkdocs_manimgen.cli import cli
from mkdocs_manimgen.generate.answer_parser import find_scene_name
from mkdocs_manimgen.generate.offline.latex import sanitize
from mkdocs_manimgen.generate.prompts import WRONG_NAMES
from mkdocs_manimgen.validate import find_scene, fixup_hint, replacement_for, validate_code
from mkdocs_manimgen.validate.colours import manim_colours
from mkdocs_manimgen.validate.fixups import FIXUPS, ROWS, fixup_changes
from mkdocs_manimgen.validate.tex import BLOCKED, REFUSED, is_blocked, refused_in

CORPUS = Path(__file__).parent / "data" / "broken_scenes"

# --- one scene-class rule ------------------------------------------------------------------
SCENES = {
    "two scenes, one with construct": ("class A(Scene):\n    pass\nclass B(Scene):\n    def construct(self): pass\n", "B"),
    "own base class": ("class Base(Scene):\n    def helper(self): pass\nclass Main(Base):\n    def construct(self): pass\n", "Main"),
    "base defined after": ("class Main(Base):\n    def construct(self): pass\nclass Base(ThreeDScene):\n    pass\n", "Main"),
    "ThreeDScene": ("class S(ThreeDScene):\n    def construct(self): pass\n", "S"),
    "MovingCameraScene": ("import manim\nclass M(manim.MovingCameraScene):\n    def construct(self): pass\n", "M"),
    "a VGroup subclass is no scene": ("class Box(VGroup):\n    pass\nclass S(Scene):\n    def construct(self): pass\n", "S"),
}


@pytest.mark.parametrize("case", SCENES, ids=list(SCENES))
def test_every_caller_picks_the_same_scene(case: str) -> None:
    code, expected = SCENES[case]
    code = "from manim import *\n" + code
    assert validate_code(code).scene_name == expected
    assert find_scene(code, None)[0] == expected
    assert find_scene_name(code) == expected


def test_ambiguous_and_missing_scenes() -> None:
    two = "from manim import *\nclass A(Scene):\n    def construct(self): pass\nclass B(Scene):\n    def construct(self): pass\n"
    assert validate_code(two).scene_name is None and "scene: A" in validate_code(two).as_error_text()
    assert find_scene(two, "B")[0] == "B"
    assert find_scene_name(two) == "B"  # the answer parser still names one, for the repair loop
    none = "from manim import *\nx = Dot()\n"
    assert find_scene(none, None)[0] is None and find_scene_name(none) == ""


# --- one TeX policy ------------------------------------------------------------------------
@pytest.mark.parametrize("formula", [r"x + \scantokens{y}", r"a \IfFileExists{/etc/passwd}{b}{c}", r"x^^5cinput y",
                                     r"\includegraphics{f} + 1", r"\readline 1 to \x"])
def test_offline_sanitiser_never_leaves_what_the_validator_refuses(formula: str) -> None:
    """On main the offline list was shorter: these passed `sanitize` and were refused in the scene."""
    clean = sanitize(formula)
    assert refused_in(clean) is None, clean
    code = f"from manim import *\nclass A(Scene):\n    def construct(self):\n        self.add(MathTex({clean!r}))\n"
    assert validate_code(code).ok, validate_code(code).as_error_text()


def test_strip_strength_contains_refuse_strength() -> None:
    assert REFUSED <= BLOCKED and all(is_blocked(n) for n in REFUSED)
    assert refused_in(r"\item a \newline b") is None  # an author's Tex may use these
    assert refused_in(r"\input{x}") == r"\input" and is_blocked("newcommand") and is_blocked("pdfshellescape")


# --- the fix-up table ------------------------------------------------------------------------
def test_rows_have_unique_ids_and_the_prompt_is_derived() -> None:
    assert len(ROWS) == len(FIXUPS)
    assert set(WRONG_NAMES) == {(f.old, f.advice or f.new) for f in FIXUPS if f.prompt}
    assert "GraphScene" in " ".join(old for old, _ in WRONG_NAMES)


def test_replacement_for() -> None:
    assert replacement_for("TexMobject").startswith("MathTex")
    assert replacement_for("ShowCreation").startswith("Create")
    assert "Axes" in replacement_for("GraphScene")
    assert replacement_for("Circle") is None and replacement_for("VGroup") is None


def test_targets_and_signatures_exist_in_installed_manim() -> None:
    """Every name and keyword the new rows write is real in the manim we render with (0.22)."""
    import inspect

    import manim

    from mkdocs_manimgen.validate import fixup_api, graph_scene

    for name in ("Group", "FadeIn", "FadeOut", "MovingCameraScene", "ThreeDScene", "DEGREES", "Text", "VGroup",
                 "RIGHT", *fixup_api._NON_VMOBJECTS):
        assert hasattr(manim, name), name
    params = lambda f: set(inspect.signature(f).parameters)  # noqa: E731
    assert {"x_range"} <= params(manim.Axes.plot)
    assert {"x_range", "dx"} <= params(manim.Axes.get_riemann_rectangles)
    assert {"x_range", "color", "opacity"} <= params(manim.Axes.get_area)
    code_targets = {t[0] for t in fixup_api._CODE_KWS.values() if t}
    assert code_targets <= params(manim.Code.__init__), code_targets - params(manim.Code.__init__)
    assert {"buff", "stroke_width", "stroke_color", "corner_radius"} <= set(manim.Code.default_background_config)
    assert {"font", "font_size", "line_spacing"} <= set(manim.Code.default_paragraph_config)
    for angle in ("phi", "theta", "gamma"):
        assert angle in params(manim.ThreeDScene.set_camera_orientation) and angle in params(manim.ThreeDScene.move_camera)
    for method in fixup_api._METHODS:
        assert any(hasattr(cls, method) for cls in (manim.VMobject, manim.ValueTracker, manim.VGroup)), method
    for method in ("coords_to_point", "point_to_coords", "input_to_graph_point", "get_riemann_rectangles",
                   "get_area", "get_graph_label", "get_vertical_line", "plot_derivative_graph", "get_axis_labels"):
        assert hasattr(manim.Axes, method), method
    assert set(graph_scene._DELEGATES) - {"get_vertical_line_to_graph", "get_derivative_graph"} <= set(dir(manim.Axes))


def test_manim_colours_read_without_import_match_the_import() -> None:
    import manim

    real = {n: getattr(manim, n).to_hex().upper() for n in dir(manim)
            if n.isupper() and isinstance(getattr(manim, n), manim.ManimColor)}
    assert manim_colours() == real


def fix(code: str) -> str:
    new, changes = fixup_changes(textwrap.dedent(code))
    ast.parse(new)
    assert fixup_changes(new) == (new, []), "not idempotent"
    return new


@pytest.mark.parametrize("row, before, after", [
    ("x_min-on-plot", "g = ax.plot(f, x_min=0, x_max=2, color=RED)", "g = ax.plot(f, x_range=[0, 2], color=RED)"),
    ("x_min-on-plot", "g = ax.get_graph(f, x_min=-1, x_max=1, step_size=0.1)", "g = ax.plot(f, x_range=[-1, 1, 0.1])"),
    ("x_min-on-plot", "r = ax.get_riemann_rectangles(g, x_min=0, x_max=2, dx=0.5)", "r = ax.get_riemann_rectangles(g, x_range=[0, 2], dx=0.5)"),
    ("x_min-on-plot", "a = ax.get_area(g, 1, 3)", "a = ax.get_area(g, x_range=[1, 3])"),
    ("code-keywords", "c = Code(code=s, language='python', insert_line_no=False, font_size=20)",
     "c = Code(language='python', code_string=s, add_line_numbers=False, paragraph_config={'font_size': 20})"),
    ("play-method", "self.play(sq.shift, UP, run_time=2)", "self.play(sq.animate.shift(UP), run_time=2)"),
    ("vgroup-non-vmobject", "g = VGroup(ValueTracker(1), Dot())", "g = Group(ValueTracker(1), Dot())"),
    ("create-on-group", "self.play(Create(Group(Dot(), Square())))", "self.play(FadeIn(Group(Dot(), Square())))"),
    ("unknown-colour", "c = Circle(color=CYAN)", "c = Circle(color=PURE_CYAN)"),
    ("unknown-colour", "c = Circle(color='light blue')", "c = Circle(color='BLUE_B')"),
    ("fixed-in-frame-2d", "self.add_fixed_in_frame_mobjects(t)", "self.add(t)"),
    ("tex-unicode", "m = MathTex('x ≥ 2π')", r"m = MathTex(r'x \ge 2\pi')"),
    ("tex-unicode", "t = Tex('x → 0')", r"t = Tex(r'x $\to$ 0')"),
    ("tex-percent", "m = MathTex('5%')", r"m = MathTex(r'5\%')"),
    ("tex-cjk", "m = MathTex(r'面积 = \\pi r^2')", "m = VGroup(Text('面积', font='Noto Sans CJK SC'), MathTex(r\"= \\pi r^2\")).arrange(RIGHT, buff=0.15)"),
])
def test_rows(row: str, before: str, after: str) -> None:
    code = f"from manim import *\n\nclass A(Scene):\n    def construct(self):\n        {before}\n"
    new = fix(code)
    assert after in new, new
    assert row in {c.row for c in fixup_changes(code)[1]}


def test_camera_rows() -> None:
    code = "from manim import *\nclass A(ThreeDScene):\n    def construct(self):\n        self.set_camera_orientation(phi=75, theta=-30)\n"
    assert "phi=75 * DEGREES, theta=-30 * DEGREES" in fix(code)
    radians = code.replace("phi=75, theta=-30", "phi=1.2, theta=0.5")
    assert fixup_changes(radians)[1] == []
    flat = code.replace("ThreeDScene", "Scene")
    assert "class A(ThreeDScene)" in fix(flat)


def test_scene_class_rows_follow_the_files_own_base_classes() -> None:
    mixed = fix((CORPUS / "scene_3d_mixed.py").read_text(encoding="utf-8"))
    assert "class Solid(ThreeDScene)" in mixed and "self.add_fixed_in_frame_mobjects(title)" in mixed
    assert "phi=70 * DEGREES, theta=30 * DEGREES" in mixed
    based = fix((CORPUS / "camera_frame_base.py").read_text(encoding="utf-8"))
    assert "class Base(MovingCameraScene)" in based and "class Zoomed(Base)" in based


def test_graphscene_keeps_the_ranges() -> None:
    new = fix((CORPUS / "graphscene_config.py").read_text(encoding="utf-8"))
    assert "class Parabola(Scene)" in new and "(GraphScene)" not in new
    assert "x_range=[-3, 3, 1]" in new and "y_range=[0, 9, 1]" in new and "def setup_axes" in new
    assert validate_code(new).ok


@pytest.mark.parametrize("folder, header, at_least", [(CORPUS, "# kind: ", 30),
                                                     (CORPUS.parent / "old_scenes", "# old scene: ", 20)])
def test_every_corpus_scene_says_what_it_holds_and_parses(folder: Path, header: str, at_least: int) -> None:
    files = sorted(folder.glob("*.py"))
    assert len(files) >= at_least
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert text.startswith(header), f.name
        ast.parse(text)


# --- manimgen fix and the hand-written block's hint --------------------------------------------
def test_manimgen_fix_rewrites_and_check_reports(tmp_path: Path) -> None:
    scene = tmp_path / "x.py"
    original = (CORPUS / "plot_x_min.py").read_text(encoding="utf-8")
    scene.write_text(original, encoding="utf-8")
    runner = CliRunner()
    checked = runner.invoke(cli, ["fix", "--check", str(scene)])
    assert checked.exit_code == 1 and "x_min-on-plot" in checked.output and ":8:" in checked.output
    assert scene.read_text(encoding="utf-8") == original
    fixed = runner.invoke(cli, ["fix", str(scene)])
    assert fixed.exit_code == 0 and "rewrote 1" in fixed.output
    assert "x_range=[-PI, PI]" in scene.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["x.py"]  # no temporary file left
    again = runner.invoke(cli, ["fix", "--check", str(scene)])
    assert again.exit_code == 0 and "nothing to fix" in again.output


def test_fixup_hint_names_the_command() -> None:
    hint = fixup_hint((CORPUS / "colour_cyan.py").read_text(encoding="utf-8"))
    assert hint is not None and "manimgen fix" in hint and "unknown-colour" in hint
    assert fixup_hint("from manim import *\nclass A(Scene):\n    def construct(self): self.add(Dot())\n") is None
