"""euler_formula: e^{i theta} walks the unit circle; at theta = pi it reaches -1."""

from __future__ import annotations

import re

from ..families import no_formula
from ..latex import plain_unit
from ..notes import check
from .common import Ctx, formula_corner


def build(ctx: Ctx) -> None:
    w = ctx.w
    w.beat(ctx.title, ctx.L("$e^{i\\theta}$ is the point at angle θ on the unit circle.", "$e^{i\\theta}$ 是单位圆上角度为 θ 的点。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 60 else r"e^{i\theta} = \cos\theta + i\sin\theta")
    w.code(
        "plane = ComplexPlane(x_range=[-2, 2, 1], y_range=[-1.5, 1.5, 1], x_length=6.4, y_length=4.8,",
        "                     background_line_style={\"stroke_opacity\": 0.35}).to_edge(DOWN, buff=0.35).shift(LEFT * 2.3)",
        'plane.add_coordinates(font_size=22)',
        "circle = Circle(radius=plane.get_x_unit_size(), color=BLUE).move_to(plane.n2p(0))",
        "theta = ValueTracker(0.001)",
        "point = lambda: plane.n2p(np.exp(1j * theta.get_value()))",
        "radius = always_redraw(lambda: Line(plane.n2p(0), point(), color=YELLOW))",
        "dot = always_redraw(lambda: Dot(point(), color=YELLOW))",
        "cos_part = always_redraw(lambda: Line(plane.n2p(0), plane.n2p(np.cos(theta.get_value())), color=GREEN, stroke_width=6))",
        "sin_part = always_redraw(lambda: Line(plane.n2p(np.cos(theta.get_value())), point(), color=TEAL, stroke_width=6))",
        "arc = always_redraw(lambda: Arc(radius=0.35, angle=theta.get_value(), arc_center=plane.n2p(0), color=WHITE))",
        'readout = VGroup(MathTex(r"\\theta =", font_size=36), DecimalNumber(0, num_decimal_places=2, font_size=36),',
        '                 MathTex(r"\\cos\\theta =", font_size=36, color=GREEN), DecimalNumber(1, num_decimal_places=2, font_size=36, color=GREEN),',
        '                 MathTex(r"\\sin\\theta =", font_size=36, color=TEAL), DecimalNumber(0, num_decimal_places=2, font_size=36, color=TEAL))',
        "readout.arrange_in_grid(rows=3, cols=2, buff=(0.2, 0.3), col_alignments='rl').move_to(RIGHT * 4 + DOWN * 0.8)",
    )
    w.play("Write(title), FadeIn(formula)", 1.2)
    w.play("Create(plane), Create(circle), FadeIn(radius, dot, cos_part, sin_part, arc, readout)", 1.4)
    w.code("readout[1].add_updater(lambda m: m.set_value(theta.get_value()))",
           "readout[3].add_updater(lambda m: m.set_value(np.cos(theta.get_value())))",
           "readout[5].add_updater(lambda m: m.set_value(np.sin(theta.get_value())))")
    w.beat(ctx.L("Turn to θ = π", "转到 θ = π"), ctx.L("As θ grows the point turns; the green and teal legs are its real part $\\cos\\theta$ and imaginary part $\\sin\\theta$.",
                                                      "θ 增大时点沿圆转动；绿色和青色两段是实部 $\\cos\\theta$ 和虚部 $\\sin\\theta$。"))
    w.play("theta.animate.set_value(PI)", 4, "rate_func=smooth")
    w.beat(ctx.L("e^{iπ} = −1", "e^{iπ} = −1"), ctx.L("Half a turn lands on $-1$: $e^{i\\pi} + 1 = 0$.", "转半圈落在 $-1$：$e^{i\\pi} + 1 = 0$。"))
    w.code('identity = MathTex(r"e^{i\\pi} = -1", font_size=40, color=YELLOW).next_to(plane.n2p(-1), UL, buff=0.15).add_background_rectangle(opacity=0.85, buff=0.08)')
    w.play("Write(identity), Flash(dot, color=YELLOW)", 1.2)
    w.play("theta.animate.set_value(2 * PI)", 2.4, "rate_func=smooth")
    w.wait(1)


@check("euler_formula")
def _check(f):
    return ("Where on the unit circle is $e^{i\\pi/2}$, and what complex number is it?",
            "$e^{i\\pi/2}$ 在单位圆的什么位置？它是哪个复数？",
            "A quarter turn from 1: the top of the circle, $\\cos\\frac{\\pi}{2} + i\\sin\\frac{\\pi}{2} = i$.",
            "从 1 转四分之一圈，在圆的最高点：$\\cos\\frac{\\pi}{2} + i\\sin\\frac{\\pi}{2} = i$。")


# -- recognition (see families.py)
PRIORITY = 40
KEYWORDS = (r"欧拉公式", r"欧拉恒等式", r"euler'?s?\s+(formula|identity)")
TEX_PATTERNS = (r"e\^\{\s*i\s*\\(theta|pi|varphi|phi)",)


def needs(info) -> bool:
    """Its formula is e^{i theta} (or e^{i pi} + 1 = 0): the scene walks exactly that.  With no
    formula, not when the prose counts a solid's vertices, edges and faces (Euler's polyhedron formula)."""
    if no_formula(info):
        return not re.search(r"vert|edges?\b|faces?\b|polyhedr|prism|pyramid|solid|顶点|棱|面体", info.prose, re.I)
    if re.search(r"\bmaps?\b|mapping|conformal|joukowsk|映射|保角", info.prose, re.I) or any(
            re.match(r"\s*w\s*=", b) for b in info.blocks):
        return False  # z = re^{i theta} put into a map w = f(z) (Joukowsky's): the map's question, not Euler's formula
    # e^{i theta} with the angle a letter, or e^{i pi} + 1 = 0: not 2e^{i pi/6}, a number written in polar form
    # (its rotation or roots are another question than the formula this scene walks)
    return any(re.search(r"e\^\{?\s*i\s*\\?(?:theta|varphi|phi|[a-zA-Z])\b(?!\s*/)", plain_unit(b).replace("\\mathrm{e}", "e"))
               or re.search(r"e\^\{?\s*i\s*\\pi\s*\}?\s*\+\s*1\s*=\s*0", b) for b in info.blocks)
