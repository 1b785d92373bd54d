"""law_of_cosines: the angle C opens and closes; c follows c^2 = a^2 + b^2 - 2ab cos C."""

from __future__ import annotations

from ..notes import check
from .common import Ctx, formula_corner


def build(ctx: Ctx) -> None:
    w = ctx.w
    w.beat(ctx.title, ctx.L("Sides a = 3 and b = 4 meet at angle C.", "边 a = 3、b = 4 夹角为 C。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 60 else r"c^2 = a^2 + b^2 - 2ab\cos C")
    w.code(
        "a, b, u = 3, 4, 1.0  # side lengths and the on-screen size of one unit",
        "angle = ValueTracker(90)  # the angle C in degrees",
        "origin = LEFT * 2.6 + DOWN * 2.6",
        "",
        "def corners():",
        "    t = angle.get_value() * DEGREES",
        "    P = origin + RIGHT * b * u",
        "    Q = origin + a * u * np.array([np.cos(t), np.sin(t), 0])",
        "    return P, Q",
        "",
        "def triangle():",
        "    P, Q = corners()",
        "    side_b = Line(origin, P, color=GREEN, stroke_width=6)",
        "    side_a = Line(origin, Q, color=BLUE, stroke_width=6)",
        "    side_c = Line(P, Q, color=YELLOW, stroke_width=6)",
        "    arc = Arc(radius=0.45, start_angle=0, angle=angle.get_value() * DEGREES, arc_center=origin, color=WHITE)",
        '    C = MathTex("C", font_size=30).move_to(origin + 0.75 * np.array([np.cos(angle.get_value() * DEGREES / 2), np.sin(angle.get_value() * DEGREES / 2), 0]))',
        "    return VGroup(side_b, side_a, side_c, arc, C)",
        "",
        "shape = always_redraw(triangle)",
        "",
        "def c_value():",
        "    return np.sqrt(a**2 + b**2 - 2 * a * b * np.cos(angle.get_value() * DEGREES))",
        "",
        'readout = VGroup(MathTex("C =", font_size=36), DecimalNumber(90, num_decimal_places=0, unit=r"^\\circ", font_size=36),',
        '                 MathTex("c =", font_size=36, color=YELLOW), DecimalNumber(5, num_decimal_places=2, font_size=36, color=YELLOW))',
        "readout.arrange_in_grid(rows=2, cols=2, buff=(0.2, 0.35), col_alignments='rl').move_to(RIGHT * 4.6 + DOWN * 0.5)",
    )
    w.play("Write(title), FadeIn(formula)", 1.2)
    w.play("Create(shape), FadeIn(readout)", 1.2)
    w.code("readout[1].add_updater(lambda m: m.set_value(angle.get_value()))",
           "readout[3].add_updater(lambda m: m.set_value(c_value()))")
    w.beat(ctx.L("At 90° it is Pythagoras", "90° 时就是勾股定理"), ctx.L("With $C = 90^\\circ$, $\\cos C = 0$ and $c = 5$, exactly as Pythagoras says.",
                                                                        "当 $C = 90^\\circ$ 时 $\\cos C = 0$，$c = 5$，正是勾股定理。"))
    w.play("Indicate(readout[3])", 1.2)
    w.beat(ctx.L("Close the angle", "角变小"), ctx.L("At $C = 45^\\circ$ the correction $-2ab\\cos C$ is negative, so $c$ shrinks to about $2.83$.",
                                                   "当 $C = 45^\\circ$，修正项 $-2ab\\cos C$ 为负，$c$ 缩短到约 $2.83$。"))
    w.play("angle.animate.set_value(45)", 2.4)
    w.beat(ctx.L("Open the angle", "角变大"), ctx.L("At $C = 135^\\circ$ the cosine is negative and $c$ grows to about $6.48$.",
                                                  "当 $C = 135^\\circ$，余弦为负，$c$ 增长到约 $6.48$。"))
    w.play("angle.animate.set_value(135)", 3)
    w.wait(1.2)


@check("law_of_cosines")
def _check(f):
    return ("Sides $a = 3$, $b = 4$ meet at $C = 60^\\circ$. How long is $c$?",
            "边 $a = 3$、$b = 4$ 夹角 $C = 60^\\circ$，$c$ 多长？",
            "$c^2 = 9 + 16 - 24\\cdot\\tfrac12 = 13$, so $c = \\sqrt{13} \\approx 3.61$.",
            "$c^2 = 9 + 16 - 24\\cdot\\tfrac12 = 13$，所以 $c = \\sqrt{13} \\approx 3.61$。")
