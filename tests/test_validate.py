"""Static validation: ordinary scenes pass untouched, hostile snippets are refused."""

from __future__ import annotations

import pytest

from mkdocs_manimgen.validate import MAX_CODE_BYTES, Finding, validate_code
from hostile import load_hostile  # tests/ is on sys.path (conftest, rootdir insertion)

ORDINARY: dict[str, str] = {
    "basic_2d": '''
from manim import *

class SquareToCircle(Scene):
    def construct(self):
        circle = Circle(color=BLUE).set_fill(BLUE, opacity=0.5)
        square = Square()
        title = Text("Square to circle", font_size=36).to_edge(UP)
        self.play(Write(title))
        self.play(Create(square))
        self.play(Transform(square, circle), run_time=2)
        self.wait()
''',
    "three_d_surface": '''
from manim import *
import numpy as np

class Paraboloid(ThreeDScene):
    def construct(self):
        axes = ThreeDAxes(x_range=[-3, 3], y_range=[-3, 3], z_range=[0, 9])
        surface = Surface(
            lambda u, v: axes.c2p(u, v, u ** 2 + v ** 2),
            u_range=[-2, 2], v_range=[-2, 2], resolution=(16, 16),
        )
        surface.set_fill_by_checkerboard(BLUE_D, BLUE_E, opacity=0.8)
        label = MathTex(r"z = x^2 + y^2").to_corner(UL)
        self.add_fixed_in_frame_mobjects(label)
        self.set_camera_orientation(phi=70 * DEGREES, theta=-45 * DEGREES)
        self.play(Create(axes), Write(label))
        self.play(Create(surface))
        self.begin_ambient_camera_rotation(rate=0.2)
        self.wait(3)
        self.stop_ambient_camera_rotation()
''',
    "numpy_plot": '''
from manim import *
import numpy as np

class SineWave(Scene):
    def construct(self):
        axes = Axes(x_range=[0, 2 * PI, PI / 2], y_range=[-1.5, 1.5, 0.5], tips=False)
        labels = axes.get_axis_labels(x_label="x", y_label="y")
        graph = axes.plot(lambda x: np.sin(x), color=YELLOW)
        xs = np.linspace(0, 2 * np.pi, 9)
        dots = VGroup(*[Dot(axes.c2p(x, np.sin(x))) for x in xs])
        area = axes.get_area(graph, x_range=[0, PI], color=BLUE, opacity=0.3)
        self.play(Create(axes), Write(labels))
        self.play(Create(graph), run_time=2)
        self.play(LaggedStart(*[FadeIn(d, scale=0.5) for d in dots], lag_ratio=0.1))
        self.play(FadeIn(area))
        self.wait()
''',
    "value_tracker_updaters": '''
from manim import *

class TangentLine(Scene):
    def construct(self):
        axes = Axes(x_range=[-3, 3], y_range=[-1, 9])
        f = lambda x: x ** 2
        graph = axes.plot(f, color=BLUE)
        t = ValueTracker(-2)
        dot = always_redraw(lambda: Dot(axes.c2p(t.get_value(), f(t.get_value())), color=RED))
        slope = always_redraw(
            lambda: axes.get_secant_slope_group(t.get_value(), graph, dx=0.01, secant_line_length=4)
        )
        readout = DecimalNumber(0, num_decimal_places=2).to_corner(UR)
        readout.add_updater(lambda m: m.set_value(2 * t.get_value()))
        self.add(axes, graph, dot, slope, readout)
        self.play(t.animate.set_value(2), run_time=4, rate_func=linear)
        readout.clear_updaters()
        self.wait()
''',
    "moving_camera": '''
from manim import *

class ZoomIn(MovingCameraScene):
    def construct(self):
        self.camera.frame.save_state()
        dots = VGroup(*[Dot(point=[i, (-1) ** i * 0.5, 0]) for i in range(-4, 5)])
        self.add(dots)
        self.play(self.camera.frame.animate.scale(0.5).move_to(dots[4]))
        self.wait()
        self.play(Restore(self.camera.frame))
''',
    "custom_init_super": '''
from manim import *

class LabeledBox(VGroup):
    def __init__(self, text, **kwargs):
        super().__init__(**kwargs)
        self.box = Rectangle(width=2, height=1)
        self.label = Text(text, font_size=28).move_to(self.box)
        self.add(self.box, self.label)

class Boxes(Scene):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.names = ["input", "model", "output"]

    def construct(self):
        boxes = VGroup(*[LabeledBox(n) for n in self.names]).arrange(RIGHT, buff=1)
        arrows = VGroup(*[Arrow(a.get_right(), b.get_left(), buff=0.1) for a, b in zip(boxes, boxes[1:])])
        self.play(LaggedStartMap(FadeIn, boxes, shift=UP * 0.3))
        self.play(*[GrowArrow(a) for a in arrows])
        self.wait()
''',
    "explicit_imports_random_math": '''
import math
import random
from itertools import combinations
from functools import reduce
from typing import List
import colorsys
import numpy.linalg as la
from manim import Scene, Dot, Line, VGroup, Create, FadeIn, WHITE, ManimColor

class Graph(Scene):
    def construct(self) -> None:
        random.seed(3)
        points: List[tuple] = [(math.cos(a), math.sin(a), 0) for a in [k * math.tau / 6 for k in range(6)]]
        dots = VGroup(*[Dot(p) for p in points])
        edges = VGroup(*[Line(p, q, color=WHITE) for p, q in combinations(points, 2) if random.random() < 0.6])
        r, g, b = colorsys.hsv_to_rgb(0.6, 0.8, 0.9)
        dots.set_color(ManimColor.from_rgb((r, g, b)))
        total = reduce(lambda s, e: s + e.get_length(), edges, 0.0)
        norm = la.norm([1.0, 2.0])
        self.play(FadeIn(dots))
        self.play(Create(edges), run_time=1 + total / 20 + norm / 100)
''',
    "vector_scene": '''
from manim import *

class Shear(LinearTransformationScene):
    def __init__(self, **kwargs):
        LinearTransformationScene.__init__(
            self, show_coordinates=True, leave_ghost_vectors=True, **kwargs
        )

    def construct(self):
        matrix = [[1, 1], [0, 1]]
        self.add_vector([1, 2], color=YELLOW)
        self.apply_matrix(matrix)
        self.wait()
''',
    "generic_helpers_and_loops": '''
from manim import *
import numpy as np

def riemann(axes, f, n):
    dx = 4 / n
    return VGroup(*[
        Rectangle(width=axes.x_axis.unit_size * dx, height=max(f(x), 0) * axes.y_axis.unit_size)
        .move_to(axes.c2p(x + dx / 2, 0), aligned_edge=DOWN)
        for x in np.arange(0, 4, dx)
    ])

class Riemann(Scene):
    def construct(self):
        axes = Axes(x_range=[0, 4], y_range=[0, 5])
        f = lambda x: 0.25 * x ** 2 + 1
        self.add(axes, axes.plot(f))
        rects = riemann(axes, f, 4).set_fill(GREEN, 0.5)
        self.play(Create(rects))
        for n in (8, 16, 32):
            new = riemann(axes, f, n).set_fill(GREEN, 0.5)
            self.play(Transform(rects, new))
        i = 0
        while i < 2:
            self.wait(0.5)
            i += 1
        label = MathTex(r"\\int_0^4 f(x)\\,dx \\approx " + f"{sum(f(x) for x in np.arange(0, 4, 0.01)) * 0.01:.2f}")
        self.play(Write(label.to_edge(UP)))
''',
    "text_colors_config_read": '''
from manim import *

class Title(Scene):
    def construct(self):
        width = config.frame_width
        height = config["frame_height"]
        t = Text("Hello", t2c={"H": RED}, gradient=(BLUE, GREEN))
        t.scale_to_fit_width(width * 0.6)
        frame = Rectangle(width=width - 1, height=height - 1)
        name = getattr(t, "color")
        if hasattr(t, "text"):
            setattr(t, "z_index", 2)
        self.play(Write(t), Create(frame))
        self.play(t.animate.set_color(name), rate_func=there_and_back)
        self.play(Indicate(t), Circumscribe(t))
        self.wait(1)
''',
    "three_d_parametric_base_class": '''
from manim import *
import numpy as np

class Base3D(ThreeDScene):
    def setup_axes(self):
        self.axes = ThreeDAxes()
        self.set_camera_orientation(phi=65 * DEGREES, theta=30 * DEGREES)
        self.add(self.axes)

class Helix(Base3D):
    def construct(self):
        self.setup_axes()
        helix = ParametricFunction(
            lambda t: np.array([np.cos(t), np.sin(t), t / 4]), t_range=[0, 4 * TAU], color=ORANGE
        )
        sphere = Sphere(radius=0.3).move_to(helix.get_end())
        self.play(Create(helix), run_time=3)
        self.play(FadeIn(sphere))
        self.move_camera(phi=45 * DEGREES, run_time=2)
''',
    "dataclass_like_and_try": '''
from manim import *

class Counter(Scene):
    steps = 3

    @staticmethod
    def label(n: int) -> Text:
        return Text(str(n), font_size=72)

    def construct(self):
        current = self.label(0)
        self.add(current)
        for n in range(1, self.steps + 1):
            try:
                nxt = self.label(n)
            except ValueError as err:
                nxt = Text(f"error: {err}")
            self.play(ReplacementTransform(current, nxt))
            current = nxt
        group = {k: Dot() for k in "abc"}
        self.play(*[FadeOut(m) for m in [current, *group.values()]])
        if __name__ == "__main__":
            pass
''',
    "image_from_array_and_zoomed": '''
from manim import *
import numpy as np

class Pixels(ZoomedScene):
    def construct(self):
        img = ImageMobject(np.uint8([[0, 100, 30, 200], [255, 0, 5, 33]]))
        img.height = 3
        logo = SVGMobject("assets/logo.svg")
        self.add(img, logo)
        self.activate_zooming(animate=False)
        self.play(self.zoomed_camera.frame.animate.shift(RIGHT))
        self.wait()
''',
}


@pytest.mark.parametrize("name", sorted(ORDINARY))
def test_ordinary_scenes_have_no_findings(name: str) -> None:
    report = validate_code(ORDINARY[name])
    assert report.findings == [], report.as_error_text()
    assert report.ok
    assert report.scene_name is not None


def test_scene_name_and_3d_flag() -> None:
    assert validate_code(ORDINARY["basic_2d"]).scene_name == "SquareToCircle"
    assert not validate_code(ORDINARY["basic_2d"]).is_3d
    r = validate_code(ORDINARY["three_d_surface"])
    assert (r.scene_name, r.is_3d) == ("Paraboloid", True)
    # 3D through a base class defined in the code; the base itself is not rendered
    r = validate_code(ORDINARY["three_d_parametric_base_class"])
    assert (r.scene_name, r.is_3d) == ("Helix", True)
    # a helper VGroup subclass is not a scene
    assert validate_code(ORDINARY["custom_init_super"]).scene_name == "Boxes"


TWO_SCENES = """
from manim import *
class A(Scene):
    def construct(self): self.add(Dot())
class B(Scene):
    def construct(self): self.add(Square())
"""


def test_several_scenes_need_a_name() -> None:
    r = validate_code(TWO_SCENES)
    assert not r.ok and r.scene_name is None
    assert "A, B" in r.as_error_text() and "scene:" in r.as_error_text()
    r = validate_code(TWO_SCENES, scene="B")
    assert r.ok and r.scene_name == "B"


def test_named_scene_must_exist() -> None:
    r = validate_code(ORDINARY["basic_2d"], scene="Nope")
    assert not r.ok and "Nope" in r.as_error_text() and "SquareToCircle" in r.as_error_text()
    r = validate_code(ORDINARY["custom_init_super"], scene="LabeledBox")
    assert not r.ok and "not a Scene" in r.as_error_text()


def test_no_scene() -> None:
    r = validate_code("from manim import *\nx = Dot()\n")
    assert not r.ok and "no Scene subclass" in r.as_error_text()


def test_syntax_error_is_a_finding_with_its_line() -> None:
    r = validate_code("from manim import *\n\nclass A(Scene):\n    def construct(self)\n        pass\n")
    assert len(r.findings) == 1
    assert r.findings[0].line == 4 and "syntax error" in r.findings[0].what


def test_never_raises_on_odd_input() -> None:
    for code in ["\x00", "(" * 500 + ")" * 500, "x = " + "-" * 100_00 + "1", "\ufeffimport os", ""]:
        r = validate_code(code)
        assert isinstance(r.findings, list)
    assert not validate_code(None).ok  # type: ignore[arg-type]


def test_size_limit() -> None:
    code = ORDINARY["basic_2d"] + "#" * MAX_CODE_BYTES
    r = validate_code(code)
    assert not r.ok and "bytes" in r.as_error_text()


def test_finding_text() -> None:
    f = Finding(12, 1, "import of 'os'", "only manim, numpy may be imported")
    assert str(f) == "line 12: import of 'os' (only manim, numpy may be imported)"
    r = validate_code("import os\nimport sys\nfrom manim import *\nclass A(Scene):\n    pass\n")
    lines = r.as_error_text().splitlines()
    assert lines[0].startswith("line 1: import of 'os'") and lines[1].startswith("line 2: import of 'sys'")


@pytest.mark.parametrize(
    "snippet, needle",
    [
        ("import os", "import of 'os'"),
        ("from os import path", "import of 'os'"),
        ("from . import x", "relative import"),
        ("import numpy.ctypeslib", "numpy.ctypeslib"),
        ("from numpy import load", "load"),
        ("from manim.utils.commands import capture", "manim.utils.commands"),
        ("x = eval('1')", "'eval'"),
        ("f = getattr", "getattr"),
        ("getattr(Dot(), 'col' + 'or')", "computed attribute name"),
        ("getattr(Dot(), '__class__')", "__class__"),
        ("getattr(Dot(), 'color')", None),
        ("x = ().__class__", "__class__"),
        ("d = {}['__globals__']", "__globals__"),
        ("s = '{0.__class__}'.format(1)", "format field"),
        ("t = 'x'; s = t.format(1)", "computed string"),
        ("config.background_color = WHITE", "config.background_color"),
        ("config['media_dir'] = '/tmp'", "config[...]"),
        ("c = config", "config used as a value"),
        ("x = np.load('a.npy', allow_pickle=True)", ".load"),
        ("np.save('a.npy', [1])", ".save"),
        ("ImageMobject(name)", "computed at run time"),
        ("ImageMobject('/etc/passwd')", "/etc/passwd"),
        ("SVGMobject('../../secret.svg')", "secret"),
        ("Code(code_file=p)", "computed at run time"),
        ("Code(code_string='print(1)', language='python')", None),
        ("MathTex(r'\\input{/etc/passwd}')", "\\input"),
        ("TexTemplate(tex_compiler='sh')", "tex_compiler"),
        ("utils.commands.capture(['id'])", "'utils'"),
        ("async def f(): pass", "async"),
        ("def f(x: 'eval(1)'): pass", "string annotation"),
        ("class M(type): pass\nclass K(metaclass=M): pass", "metaclass"),
        ("random._os.system('id')", "_os"),
        ("g = (i for i in []); g.gi_frame", "gi_frame"),
        ("mob.save_image('/tmp/x.png')", "save_image"),
    ],
)
def test_rules(snippet: str, needle: str | None) -> None:
    code = "from manim import *\nimport numpy as np\nclass A(Scene):\n    def construct(self):\n        pass\n" + snippet + "\n"
    r = validate_code(code)
    text = r.as_error_text()
    if needle is None:
        assert r.ok, text
    else:
        assert needle in text, text
        assert all(f.line >= 6 for f in r.findings), text  # points at the snippet's line


def test_local_variable_named_like_a_module_is_fine() -> None:
    code = '''
from manim import *
class A(Scene):
    def construct(self):
        mobject = Dot()
        scene = [mobject]
        config = {"a": 1}
        config["b"] = 2
        self.add(*[animation for animation in scene])
'''
    assert validate_code(code).ok, validate_code(code).as_error_text()


def test_fullwidth_identifiers_are_normalised() -> None:
    r = validate_code("from manim import *\nclass A(Scene):\n    def construct(self):\n        ｅｖａｌ('1')\n")
    assert "'eval'" in r.as_error_text()


# -- hostile corpus -------------------------------------------------------------------------
HOSTILE = load_hostile()
STATIC = [c for c in HOSTILE if c.expect == "static"]
SANDBOX = [c for c in HOSTILE if c.expect == "sandbox"]


def test_corpus_size() -> None:
    assert len(HOSTILE) >= 40
    assert len(STATIC) >= 30 and len(SANDBOX) >= 5
    assert len({c.name for c in HOSTILE}) == len(HOSTILE)


@pytest.mark.parametrize("case", STATIC, ids=lambda c: c.name)
def test_static_hostile_snippets_are_refused(case) -> None:
    report = validate_code(case.code)
    assert report.findings, f"{case.name} ({case.what}) passed the validator"


@pytest.mark.parametrize("case", SANDBOX, ids=lambda c: c.name)
def test_sandbox_hostile_snippets_pass_statically(case) -> None:
    """These use only allowed constructs: the render sandbox (time/memory/output limits) must stop them."""
    report = validate_code(case.code)
    assert report.ok, report.as_error_text()
    assert report.scene_name is not None


@pytest.mark.parametrize(
    "snippet, needle",
    [
        ("s = '{0.gi_frame.f_back}'.format(g)", "gi_frame"),
        ("s = '{0:{1.__class__}}'.format(1, 2)", "__class__"),
        ("s = '{x[_a]}'.format(x={})", "'_a'"),
        ("s = '{:.2f} and {name}'.format(1.0, name='a')", None),
        ("match ():\n    case object(__class__=c):\n        pass", "__class__"),
        ("import manim\nmanim.config.media_dir = '/tmp/x'", "config.media_dir"),
        ("from manim import config as cfg\ncfg.output_file = 'x'", "config.output_file"),
        ("from manim import config as cfg\nsetattr(cfg, 'media_dir', '/')", "setattr() on config"),
        ("from numpy import *", "numpy import *"),
        ("t = Text(type(Dot()).__name__)", None),
        ("license()", "license"),
        ("get_dir_layout('/')", "get_dir_layout"),
        ("self_add = Typst('#read(\"/etc/passwd\")')", "Typst"),
    ],
)
def test_more_rules(snippet: str, needle: str | None) -> None:
    test_rules(snippet, needle)


def test_everyday_remove_calls_are_not_refused():
    code = (
        "from manim import *\n\nclass R(Scene):\n    def construct(self):\n"
        "        dots = VGroup(Dot(), Dot())\n        self.add(dots)\n        dots.remove(dots[0])\n"
        "        self.remove(dots)\n        xs = [1, 2]\n        xs.remove(1)\n        self.wait(0.1)\n"
    )
    assert validate_code(code).findings == []
