"""inscribed_angle: the inscribed angle theorem — C moves round the circle and the angle ACB stays half
the central angle AOB (the author's angle when the block gives one).
"""

from __future__ import annotations

import re

from ..families import no_formula
from ..notes import check
from .common import Ctx, fmt, formula_corner

TITLE = ("The Inscribed Angle Theorem", "圆周角定理")
WHAT = ("An inscribed angle $\\angle ACB$, with $C$ on the circle, is half the central angle $\\angle AOB$ on the same arc; "
        "so every inscribed angle on that arc is the same, and one on a diameter is a right angle (Thales).",
        "圆周角 $\\angle ACB$（$C$ 在圆上）等于同弧所对圆心角 $\\angle AOB$ 的一半；所以同弧上的圆周角都相等，"
        "直径所对的圆周角是直角（泰勒斯定理）。")
PRIORITY = 92
KEYWORDS = (r"inscribed\s+angle", r"圆周角", r"central\s+angle", r"圆心角", r"thales", r"泰勒斯", r"angle\s+in\s+a\s+semicircle",
            r"直径所对的圆周角")


def needs(info):
    """The central angle in degrees: the author's (AOB = 100 deg, or twice the inscribed ACB = 50 deg), or the general law alone (120 shown)."""
    tex = " ".join(info.blocks)
    central = re.search(r"\\angle\s*A\s*O\s*B\s*=\s*(\d+(?:\.\d+)?)\s*(?:\^\s*\{?\\circ\}?|°)", tex)
    inscribed = re.search(r"\\angle\s*A\s*[CPD]\s*B\s*=\s*(\d+(?:\.\d+)?)\s*(?:\^\s*\{?\\circ\}?|°)", tex)
    if central:
        value = float(central.group(1))
    elif inscribed:
        value = 2 * float(inscribed.group(1))
    elif no_formula(info) or ("\\angle" in tex and not re.search(r"\d\s*(\^\s*\{?\\circ|°)", tex)):
        return 120.0
    else:
        return None
    return value if 20 <= value <= 180 else None


def build(ctx: Ctx) -> None:
    w = ctx.w
    central = needs(ctx.info) or 120.0
    ins = central / 2
    ctx.facts.update(central=central, inscribed=ins)
    example = not re.search(r"\d\s*(\^\s*\{?\\circ|°)", " ".join(ctx.info.blocks))
    lead = ctx.L("For instance, a", "例如，") if example else ctx.L("A", "")
    w.beat(ctx.title, ctx.L(f"{lead} central angle $\\angle AOB = {fmt(central)}^\\circ$ on the arc $AB$.",
                            f"{lead}弧 $AB$ 所对的圆心角 $\\angle AOB = {fmt(central)}^\\circ$。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 60 else r"\angle ACB = \tfrac{1}{2}\angle AOB")
    w.code(
        "R = 2.3",
        "O = LEFT * 2.4 + DOWN * 0.85",
        "def on_circle(deg):",
        "    return O + R * np.array([np.cos(deg * DEGREES), np.sin(deg * DEGREES), 0])",
        f"a_deg, b_deg = {fmt(-90 - central / 2, 3)}, {fmt(-90 + central / 2, 3)}  # A and B below, symmetric",
        "A, B = on_circle(a_deg), on_circle(b_deg)",
        "circle = Circle(radius=R, color=GREY_B).move_to(O)",
        f"c_deg = ValueTracker({fmt(90 + 0, 3)})  # C on the other arc",
        "dots = VGroup(Dot(O), Dot(A), Dot(B))",
        'names = VGroup(MathTex("O", font_size=30).next_to(O, UP, buff=0.12), MathTex("A", font_size=30).next_to(A, DL, buff=0.1),',
        '               MathTex("B", font_size=30).next_to(B, DR, buff=0.1))',
        "spokes = VGroup(Line(O, A, color=BLUE), Line(O, B, color=BLUE))",
        f"central = Angle(Line(O, A), Line(O, B), radius=0.45, color=BLUE)",
        "def inscribed():",
        "    C = on_circle(c_deg.get_value())",
        "    return VGroup(Line(C, A, color=YELLOW), Line(C, B, color=YELLOW), Dot(C, color=YELLOW),",
        "                  Angle(Line(C, A), Line(C, B), radius=0.5, color=YELLOW),",
        '                  MathTex("C", font_size=30, color=YELLOW).move_to(O + (R + 0.3) * (C - O) / R))',
        "chords = always_redraw(inscribed)",
        "readout = VGroup(",
        f'    MathTex(r"\\angle AOB = {fmt(central)}^\\circ", font_size=36, color=BLUE),',
        f'    MathTex(r"\\angle ACB = {fmt(ins)}^\\circ", font_size=36, color=YELLOW),',
        f'    MathTex(r"{fmt(ins)}^\\circ = \\tfrac12 \\cdot {fmt(central)}^\\circ", font_size=36),',
        ").arrange(DOWN, aligned_edge=LEFT, buff=0.3).to_edge(RIGHT, buff=0.8).shift(DOWN * 0.5)",
    )
    w.play("Write(title), FadeIn(formula), Create(circle), FadeIn(dots), FadeIn(names)", 1.4)
    w.play("Create(spokes), Create(central), FadeIn(readout[0])", 1.2)
    w.beat(ctx.L("An inscribed angle", "圆周角"),
           ctx.L(f"From a point $C$ on the circle, the chords to $A$ and $B$ make $\\angle ACB = {fmt(ins)}^\\circ$, half of ${fmt(central)}^\\circ$.",
                 f"从圆上一点 $C$ 向 $A$、$B$ 连弦，$\\angle ACB = {fmt(ins)}^\\circ$，是 ${fmt(central)}^\\circ$ 的一半。"))
    w.play("Create(chords), FadeIn(readout[1])", 1.4)
    w.beat(ctx.L("Move C", "移动 C"),
           ctx.L("Wherever $C$ moves on this arc, the angle stays the same.", "无论 $C$ 在这段弧上怎样移动，这个角都不变。"))
    span = (360 - central) / 2 - 18
    w.play(f"c_deg.animate.set_value({fmt(90 + span, 3)})", 1.8)
    w.play(f"c_deg.animate.set_value({fmt(90 - span, 3)})", 2.4)
    w.play("c_deg.animate.set_value(90), Write(readout[2])", 1.4)
    w.wait(1.2)


@check("inscribed_angle")
def _check(f):
    return ("$AB$ is a diameter and $C$ is on the circle. What is $\\angle ACB$?", "$AB$ 是直径，$C$ 在圆上，$\\angle ACB$ 是多少？",
            "The central angle is $180^\\circ$, so $\\angle ACB = 90^\\circ$ (Thales' theorem).",
            "圆心角是 $180^\\circ$，所以 $\\angle ACB = 90^\\circ$（泰勒斯定理）。")
