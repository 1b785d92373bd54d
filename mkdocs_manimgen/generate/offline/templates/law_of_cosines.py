"""law_of_cosines: the angle C opens and closes; c follows c^2 = a^2 + b^2 - 2ab cos C."""

from __future__ import annotations

import math
import re

from ..families import states_only
from ..latex import fmt
from ..notes import check
from .common import Ctx, formula_corner, given_values


def _side(a: float, b: float, degrees: float) -> float:
    return math.sqrt(max(a * a + b * b - 2 * a * b * math.cos(math.radians(degrees)), 0.0))


def _approx(v: float) -> str:
    return f"= {fmt(v)}" if abs(v - round(v)) < 1e-9 else f"\\approx {v:.2f}"


def build(ctx: Ctx) -> None:
    w = ctx.w
    given = given_values(ctx.info, ("a", "b", "C"))
    a, b = given.get("a", 3.0), given.get("b", 4.0)
    if not (0 < a <= 1000 and 0 < b <= 1000) or max(a, b) > 20 * min(a, b):
        a, b = 3.0, 4.0  # a triangle that cannot be drawn legibly: the family's own
    w.example = "a" not in given or "b" not in given
    own_angle = given.get("C") if 0 < given.get("C", 0) < 180 else None
    # One unit on screen, so that the triangle fits beside the readout at every angle shown.
    u = round(min(1.0, 4.5 / a, 5.2 / b), 4)
    ctx.facts.update(a=a, b=b, C=own_angle)
    A, B = fmt(a), fmt(b)
    w.beat(ctx.title, ctx.L(f"Sides $a = {A}$ and $b = {B}$ meet at angle $C$.", f"边 $a = {A}$、$b = {B}$ 夹角为 $C$。"))
    w.title(ctx.title)
    own = ctx.formula if ctx.formula and "\\cos" in ctx.formula and len(ctx.formula) < 60 else None
    formula_corner(ctx, own or r"c^2 = a^2 + b^2 - 2ab\cos C")  # the law, not a given value like C = 60°
    w.code(
        f"a, b, u = {A}, {B}, {fmt(u, 4)}  # side lengths and the on-screen size of one unit",
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
        f'                 MathTex("c =", font_size=36, color=YELLOW), DecimalNumber({fmt(_side(a, b, 90), 4)}, num_decimal_places=2, font_size=36, color=YELLOW))',
        "readout.arrange_in_grid(rows=2, cols=2, buff=(0.2, 0.35), col_alignments='rl').move_to(RIGHT * 4.6 + DOWN * 0.5)",
    )
    w.play("Write(title), FadeIn(formula)", 1.2)
    w.play("Create(shape), FadeIn(readout)", 1.2)
    w.code("readout[1].add_updater(lambda m: m.set_value(angle.get_value()))",
           "readout[3].add_updater(lambda m: m.set_value(c_value()))")
    right = _approx(_side(a, b, 90))
    w.beat(ctx.L("At 90° it is Pythagoras", "90° 时就是勾股定理"),
           ctx.L(f"With $C = 90^\\circ$, $\\cos C = 0$ and $c = \\sqrt{{{A}^2 + {B}^2}} {right}$, exactly as Pythagoras says.",
                 f"当 $C = 90^\\circ$ 时 $\\cos C = 0$，$c = \\sqrt{{{A}^2 + {B}^2}} {right}$，正是勾股定理。"))
    w.play("Indicate(readout[3])", 1.2)
    w.beat(ctx.L("Close the angle", "角变小"),
           ctx.L(f"At $C = 45^\\circ$ the correction $-2ab\\cos C$ is negative, so $c$ shrinks to about ${_side(a, b, 45):.2f}$.",
                 f"当 $C = 45^\\circ$，修正项 $-2ab\\cos C$ 为负，$c$ 缩短到约 ${_side(a, b, 45):.2f}$。"))
    w.play("angle.animate.set_value(45)", 2.4)
    w.beat(ctx.L("Open the angle", "角变大"),
           ctx.L(f"At $C = 135^\\circ$ the cosine is negative and $c$ grows to about ${_side(a, b, 135):.2f}$.",
                 f"当 $C = 135^\\circ$，余弦为负，$c$ 增长到约 ${_side(a, b, 135):.2f}$。"))
    w.play("angle.animate.set_value(135)", 3)
    if own_angle is not None and own_angle not in (45, 90, 135):
        G, c = fmt(own_angle), _side(a, b, own_angle)
        w.beat(ctx.L("Your triangle", "题中的三角形"),
               ctx.L(f"At $C = {G}^\\circ$: $c^2 = {A}^2 + {B}^2 - 2\\cdot{A}\\cdot{B}\\cos {G}^\\circ$, so $c {_approx(c)}$.",
                     f"当 $C = {G}^\\circ$：$c^2 = {A}^2 + {B}^2 - 2\\cdot{A}\\cdot{B}\\cos {G}^\\circ$，所以 $c {_approx(c)}$。"))
        w.play(f"angle.animate.set_value({G})", 2.4)
        w.play("Indicate(readout[3])", 1.2)
    w.wait(1.2)


@check("law_of_cosines")
def _check(f):
    """A practice triangle with the block's sides at an angle the animation did not stop at."""
    a, b = f.get("a", 3.0), f.get("b", 4.0)
    angle = 120 if f.get("C") == 60 else 60
    A, B, cos = fmt(a), fmt(b), "\\tfrac12" if angle == 60 else "(-\\tfrac12)"
    c2 = a * a + b * b - 2 * a * b * math.cos(math.radians(angle))
    value = f"$c^2 = {A}^2 + {B}^2 - 2\\cdot{A}\\cdot{B}\\cdot{cos} = {fmt(c2)}$"
    return (f"Sides $a = {A}$, $b = {B}$ meet at $C = {angle}^\\circ$. How long is $c$?",
            f"边 $a = {A}$、$b = {B}$ 夹角 $C = {angle}^\\circ$，$c$ 多长？",
            f"{value}, so $c = \\sqrt{{{fmt(c2)}}} {_approx(math.sqrt(c2))}$.",
            f"{value}，所以 $c = \\sqrt{{{fmt(c2)}}} {_approx(math.sqrt(c2))}$。")


# -- recognition (see families.py)
PRIORITY = 70
KEYWORDS = (r"余弦定理", r"law\s+of\s+cosines", r"cosine\s+rule")
TEX_PATTERNS = (r"2\s*ab\s*\\cos",)


def needs(info) -> bool:
    """A block giving a specific triangle and asking for a part is the triangle family's (or the walkthrough's). The author's sides/angle, or only the law itself."""
    from .triangle import claims

    if claims(info):
        return None
    if given_values(info, ("a", "b", "C")):
        return True
    return states_only(info, r"\\cos", r"^[abcC]=\d+(\.\d+)?(\^\{?\\circ\}?)?$")
