"""The fix-up table: one row per deterministic rewrite, each with a stable id.

The rewrites themselves live in the collectors (:mod:`.fixup_names`, :mod:`.fixup_api`,
:mod:`.fixup_tex`); every edit they make carries its row's id. The LLM prompt's list of
wrong names (:data:`PROMPT_NAMES`) and :func:`mkdocs_manimgen.validate.fixups.replacement_for`
are derived from this table, so a name is written once. Every target was checked against
manim 0.22 (``inspect.signature`` of the named callables; tests/test_validate_package.py checks them).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Fixup:
    id: str  # stable: shown by `manimgen fix`, used in notes and tests
    old: str  # the old name, or the shape of old code
    new: str  # its replacement
    why: str
    rename: bool = False  # a plain rename of a name (`old`/`new` are identifiers, `.x` = attribute only)
    prompt: bool = True  # listed among the wrong names in the LLM prompt
    advice: str = ""  # what the prompt tells a model to write, when it differs from the rewrite (`new`)

    @property
    def for_prompt(self) -> str:
        """The replacement the LLM prompt names: the advice, else the rewrite's result."""
        return self.advice or self.new


# The font CJK text is set in, in Text(...): installed with the build's fonts; the prompt, the
# tex-cjk rewrite and the render's TeX diagnosis all name it.
CJK_FONT = "Noto Sans CJK SC"


GL = "ManimGL name"
OLD = "pre-Community-Edition name"
FIXUPS: list[Fixup] = [
    # plain renames (names, attributes, `from manim import X`)
    Fixup("showcreation", "ShowCreation", "Create", GL, rename=True),
    Fixup("texmobject", "TexMobject", "MathTex", OLD, rename=True),
    Fixup("textext", "TexText", "Tex", GL, rename=True),
    Fixup("oldtex", "OldTex", "MathTex", GL, rename=True, prompt=False),
    Fixup("oldtextext", "OldTexText", "Tex", GL, rename=True, prompt=False),
    Fixup("parametricsurface", "ParametricSurface", "Surface", OLD, rename=True),
    Fixup("get_graph", ".get_graph", ".plot", "renamed in Community Edition", rename=True),
    # call rewrites
    Fixup("textmobject", "TextMobject(...)", "Text(...) / Tex(...) when it holds $, \\ or several strings", OLD),
    Fixup("gl-tex", "Tex(...) in ManimGL code", "MathTex(...)", "ManimGL's Tex is math mode", prompt=False),
    Fixup("fadeinfrom", "FadeInFrom(m, d)", "FadeIn(m, shift=-d)", OLD + "; it came *from* d, so it moves by -d"),
    Fixup("fadeinfromdown", "FadeInFromDown(m)", "FadeIn(m, shift=UP)", OLD),
    Fixup("fadeoutandshift", "FadeOutAndShift(m, d)", "FadeOut(m, shift=d)", OLD),
    Fixup("fadeoutandshiftdown", "FadeOutAndShiftDown(m)", "FadeOut(m, shift=DOWN)", OLD, prompt=False),
    Fixup("fadeinfromlarge", "FadeInFromLarge(m, s)", "FadeIn(m, scale=s)", OLD, prompt=False),
    Fixup("showcreationthendestruction", "ShowCreationThenDestruction(m)", "ShowPassingFlash(m, time_width=2)", OLD),
    Fixup("applymethod", "ApplyMethod(m.f, *args, **anim)", "m.animate(**anim).f(*args)", "the .animate syntax is the CE way"),
    Fixup("play-method", "self.play(m.f, *args)", "self.play(m.animate.f(*args))",
          "CE's play takes animations; passing a bound method was ManimGL's shorthand"),
    Fixup("x_min-x_max", "x_min=a, x_max=b", "x_range=[a, b]", OLD + " (also y_, z_, t_, u_, v_)"),
    Fixup("x_min-on-plot", "plot/get_riemann_rectangles/get_area(..., x_min=a, x_max=b, step_size=h)",
          "x_range=[a, b] (plot: x_range=[a, b, h])", OLD),
    Fixup("graphscene", "class A(GraphScene) with CONFIG x_min/y_max/...",
          "class A(Scene) with self.axes = Axes(x_range=..., y_range=...) and self.setup_axes()",
          "GraphScene was removed in v0.9; its ranges move into an Axes",
          advice="class A(Scene) with ax = Axes(x_range=[a, b, step], y_range=[c, d, step]); "
                 "self.play(Create(ax), Write(ax.get_axis_labels(x_label='x', y_label='y'))); graph = ax.plot(f) "
                 "(a Scene has no setup_axes(), get_graph() or coords_to_point(): call plot, c2p, ... on the Axes)"),
    Fixup("code-keywords", "Code(file_name=, code=, insert_line_no=, style=, ...)",
          "Code(code_file=, code_string=, add_line_numbers=, formatter_style=, ...)", "Code was rewritten in v0.19"),
    Fixup("vgroup-non-vmobject", "VGroup(ValueTracker / ImageMobject / Group ...)", "Group(...)",
          "VGroup holds only VMobjects"),
    Fixup("create-on-group", "Create(group) / Write(group) of a Group", "FadeIn(group)",
          "Create and Write draw VMobject outlines; a Group may hold images and trackers"),
    Fixup("unknown-colour", "CYAN, MAGENTA, LIGHT_BLUE, 'cyan', ...", "the nearest Manim colour (PURE_CYAN, PURE_MAGENTA, BLUE_B, ...)",
          "Manim CE does not define these colours"),
    Fixup("fix_in_frame", "m.fix_in_frame()", "self.add_fixed_in_frame_mobjects(m) in a ThreeDScene, else removed", GL),
    Fixup("fixed-in-frame-2d", "self.add_fixed_in_frame_mobjects(m) in a 2D scene", "self.add(m)",
          "only ThreeDScene has add_fixed_in_frame_mobjects; a 2D camera never moves them"),
    Fixup("camera-frame", "self.camera.frame in a Scene", "class derives from MovingCameraScene",
          "only MovingCameraScene has camera.frame"),
    Fixup("gl-camera-3d", "self.camera.frame.set_euler_angles(...) / frame.animate... / frame.add_updater(...) in a ThreeDScene",
          "self.set_camera_orientation(...) / self.move_camera(...) / self.begin_ambient_camera_rotation(...)",
          "ManimGL's camera API; Manim CE's 3D camera has no frame: the scene sets and moves its angles"),
    Fixup("camera-animate-2d", "self.camera.animate.scale(...) in a 2D scene", "self.camera.frame.animate.scale(...)",
          "the camera itself cannot be animated; a MovingCameraScene's frame can"),
    Fixup("updater-dt", "mob.add_updater(lambda m, delta: ...) / add_updater(lambda dt: ...)",
          "mob.add_updater(lambda m, dt: ...)",
          "Manim CE passes the time step only to an updater with a parameter named dt, and then as f(mob, dt)"),
    Fixup("threed-camera-in-2d", "self.set_camera_orientation(...) in a Scene", "class derives from ThreeDScene",
          "only ThreeDScene has a 3D camera"),
    Fixup("camera-degrees", "set_camera_orientation(phi=75)", "set_camera_orientation(phi=75 * DEGREES)",
          "the camera's angles are radians"),
    Fixup("tex-unicode", "MathTex('2πr ≥ 0')", "MathTex(r'2\\pi r \\ge 0')",
          "TeX's default fonts have no Unicode math symbols"),
    Fixup("tex-cjk", "MathTex('面积 = ...')", f"VGroup(Text('面积', font='{CJK_FONT}'), MathTex('= ...')).arrange(RIGHT)",
          "pdfLaTeX cannot set CJK; Text can"),
    Fixup("tex-percent", "MathTex('50%')", "MathTex(r'50\\%')", "an unescaped % starts a TeX comment"),
    Fixup("unknown-keyword", "Arrow(..., max_tip_length=0.3) / Sphere(gloss=0.5) / Tex(..., isolate=[...])",
          "the keyword Manim CE has for it (substrings_to_isolate, tex_to_color_map, stroke_width), else dropped",
          "the class's real signature (Manim CE 0.22, read with inspect) does not take it", prompt=False),
    # import and statement rewrites
    Fixup("old-module-path", "from manim.mobject.three_dimensions import ParametricSurface",
          "from manim import Surface", "Manim CE moved its modules; every public name is exported by manim itself"),
    Fixup("manimlib-import", "from manimlib import *", "from manim import *", GL + " (also manimlib.imports, manim_imports_ext)"),
    Fixup("config-dict", "CONFIG = {...}", "plain class attributes / __init__ arguments", OLD + "; pass these values as arguments instead"),
    Fixup("embed", "self.embed()", "nothing (remove it)", "rendering is not interactive"),
    Fixup("wait-zero", "self.wait(0)", "removed", "CE refuses a zero-length wait", prompt=False),
    Fixup("main-block", 'if __name__ == "__main__":', "removed", "the plugin renders the scene itself", prompt=False),
]

ROWS: dict[str, Fixup] = {f.id: f for f in FIXUPS}
RENAMES: dict[str, str] = {f.old.lstrip("."): f.new.lstrip(".") for f in FIXUPS if f.rename}
# Removed / renamed names -> the row that replaces them: the plain renames, and the call rewrites
# whose old name is gone from (or superseded in) Manim CE.
_REMOVED_CALLS = ("textmobject", "fadeinfrom", "fadeinfromdown", "fadeoutandshift", "fadeoutandshiftdown",
                  "fadeinfromlarge", "showcreationthendestruction", "applymethod")
REMOVED_NAMES: dict[str, Fixup] = {f.old.lstrip(".").split("(")[0]: f for f in FIXUPS
                                   if f.rename or f.id in _REMOVED_CALLS}
REMOVED_NAMES["GraphScene"] = ROWS["graphscene"]
# The prompt's list of wrong names: (old, new) pairs, derived from the rows above.
PROMPT_NAMES: tuple[tuple[str, str], ...] = tuple((f.old, f.for_prompt) for f in FIXUPS if f.prompt)
