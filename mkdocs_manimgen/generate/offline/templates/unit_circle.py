"""unit_circle: a point runs round the unit circle while its height draws the sine wave."""

from __future__ import annotations

import re

from ..notes import check
from .common import Ctx, formula_corner


def build(ctx: Ctx) -> None:
    w = ctx.w
    w.beat(ctx.title, ctx.L("The point at angle θ on the unit circle has height sin θ.", "单位圆上角度为 θ 的点，高度是 sin θ。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 60 else r"P(\theta) = (\cos\theta, \sin\theta)")
    w.code(
        "R = 1.5  # radius on screen",
        "centre = LEFT * 4.6 + DOWN * 0.9",
        "circle = Circle(radius=R, color=BLUE).move_to(centre)",
        "axes = Axes(x_range=[0, 2 * PI, PI / 2], y_range=[-1, 1, 1], x_length=7, y_length=2 * R, tips=False,",
        '            axis_config={"color": GREY_B})',
        "axes.move_to(centre, aligned_edge=LEFT).shift(RIGHT * (R + 0.8))",
        'ticks = VGroup(*[MathTex(t, font_size=28).next_to(axes.c2p(v, 0), DOWN) for t, v in [(r"\\pi", PI), (r"2\\pi", 2 * PI)]])',
        "theta = ValueTracker(0)",
        "",
        "def tip():",
        "    return centre + R * np.array([np.cos(theta.get_value()), np.sin(theta.get_value()), 0])",
        "",
        "radius = always_redraw(lambda: Line(centre, tip(), color=WHITE))",
        "dot = always_redraw(lambda: Dot(tip(), color=YELLOW))",
        "height = always_redraw(lambda: Line(tip(), [tip()[0], centre[1], 0], color=GREEN, stroke_width=5))",
        "bridge = always_redraw(lambda: DashedLine(tip(), axes.c2p(theta.get_value(), np.sin(theta.get_value())), color=GREY_B))",
        "wave = always_redraw(lambda: axes.plot(np.sin, x_range=[0, max(theta.get_value(), 0.001)], color=YELLOW))",
    )
    w.play("Write(title), FadeIn(formula)", 1.2)
    w.play("Create(circle), Create(axes), FadeIn(ticks)", 1.2)
    w.beat(ctx.L("Trace the sine wave", "描出正弦曲线"), ctx.L("As θ runs from 0 to 2π the green height is carried across to draw $y = \\sin\\theta$.",
                                                              "θ 从 0 转到 2π，绿色的高度被平移过去，画出 $y = \\sin\\theta$。"))
    w.code("self.add(radius, height, bridge, wave, dot)")
    w.play("theta.animate.set_value(2 * PI)", 6, "rate_func=linear")
    w.beat(ctx.L("One full period", "一个完整周期"), ctx.L("One full turn of the circle is one period, $2\\pi$, of the sine wave.",
                                                        "圆转一整圈，正弦曲线正好走完一个周期 $2\\pi$。"))
    w.play("Indicate(ticks[1], color=YELLOW)", 1.2)
    w.wait(1)


@check("unit_circle")
def _check(f):
    return ("Where is the point on the unit circle when $\\sin\\theta$ is largest, and what is θ?",
            "当 $\\sin\\theta$ 最大时，单位圆上的点在哪里？θ 是多少？",
            "At the top, $(0, 1)$, where $\\theta = \\pi/2$ and $\\sin\\theta = 1$.",
            "在最高点 $(0, 1)$，此时 $\\theta = \\pi/2$，$\\sin\\theta = 1$。")


# -- recognition (see families.py)
PRIORITY = 100
KEYWORDS = (r"单位圆", r"unit\s+circle", r"正弦波", r"sine\s+wave", r"正弦曲线")


def needs(info) -> bool:
    """Formulas (if any) only about sin/cos of one angle on the unit circle, with no other numbers."""

    def plain(tex: str) -> bool:
        letters = re.sub(r"\\(sin|cos|theta|left|right|quad|text\{[^}]*\})|[\s{}()=,+\-^\\]", "", tex)
        return bool(re.search(r"\\(sin|cos)", tex)) and set(letters) <= set("xytP012")

    return all(plain(b) for b in info.blocks)
