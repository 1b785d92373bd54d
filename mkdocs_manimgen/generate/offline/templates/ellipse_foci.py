"""ellipse_foci: the author's ellipse x^2/a^2 + y^2/b^2 = 1 traced by a point whose distances to the
two foci always add up to 2a (the gardener's construction with a string).
"""

from __future__ import annotations

import math
import re

from ..families import no_formula
from ..given import assigned
from ..latex import single_line, split_top
from ..symbolic import number
from ..notes import check
from .common import Ctx, fmt, formula_corner

TITLE = ("An Ellipse from Its Foci", "椭圆与焦点")
WHAT = ("An ellipse is the set of points whose distances to two fixed points, the foci $F_1$ and $F_2$, add up to the same "
        "constant $2a$. For $\\frac{x^2}{a^2} + \\frac{y^2}{b^2} = 1$ with $a > b$ the foci are at $(\\pm c, 0)$, $c^2 = a^2 - b^2$.",
        "椭圆是到两个定点（焦点 $F_1$、$F_2$）距离之和等于常数 $2a$ 的点的集合。对 $\\frac{x^2}{a^2} + \\frac{y^2}{b^2} = 1$（$a > b$），"
        "焦点在 $(\\pm c, 0)$，$c^2 = a^2 - b^2$。")
PRIORITY = 95
KEYWORDS = (r"ellipse", r"椭圆", r"\bfoci\b", r"focus\s+of\s+an\s+ellipse", r"焦点")
_STD = r"\\frac\{x\^2\}\{(\d+(?:\.\d+)?)(?:\^2)?\}\s*\+\s*\\frac\{y\^2\}\{(\d+(?:\.\d+)?)(?:\^2)?\}\s*=\s*1(?![\d.+\-])"  # = 1, not = 1 + k^2


def needs(info):
    """(a, b) with a > b > 0: from x^2/A + y^2/B = 1 (A = a^2, or a^2 written as 5^2) or a = .., b = ..."""
    if no_formula(info):
        return 5.0, 3.0
    tex = " ".join(info.blocks).replace(" ", "")
    if re.search(r"z\^|(?<![A-Za-z\\])z\s*=", tex):
        return None  # a quadric surface in x, y, z (its slices are ellipses, but the block is 3D)
    m = next(filter(None, (re.search(_STD, b.replace(" ", "")) for b in info.blocks)), None)  # per formula: "= 1" ends one
    if m:
        A, B = float(m.group(1)), float(m.group(2))
        raw = m.group(0)
        a = A if f"{{{m.group(1)}^2}}" in raw else math.sqrt(A)
        b = B if f"{{{m.group(2)}^2}}" in raw else math.sqrt(B)
        if a < b:
            return None  # the long axis is the y-axis: the drawing (foci on the x-axis) would turn the author's ellipse
    else:
        given = assigned(info, ("a", "b"))
        if "a" not in given or "b" not in given:
            return None
        a, b = given["a"], given["b"]
    if a < b:
        a, b = b, a  # the drawing puts the long axis along x
    return (a, b) if 0 < b < a <= 50 and a / b < 6 else None


def build(ctx: Ctx) -> None:
    w = ctx.w
    a, b = needs(ctx.info) or (5.0, 3.0)
    c = math.sqrt(a * a - b * b)
    ctx.facts.update(a=a, b=b, c=c)
    A, B, C = fmt(a, 3), fmt(b, 3), fmt(c, 3)
    lead = ctx.L("For instance, t", "例如，") if not ctx.info.blocks else ctx.L("T", "")
    w.beat(ctx.title, ctx.L(f"{lead}he ellipse with $a = {A}$, $b = {B}$: its foci are at $(\\pm {C}, 0)$ since $c^2 = a^2 - b^2$.",
                            f"{lead}$a = {A}$、$b = {B}$ 的椭圆：由 $c^2 = a^2 - b^2$，焦点在 $(\\pm {C}, 0)$。"))
    w.title(ctx.title)
    said_e = stated_eccentricity(ctx.info)
    false_e = said_e is not None and abs(said_e - c / a) > 0.006
    # the corner shows the author's formula, unless it is a false statement (e = b/a): then the ellipse's own equation
    own = ctx.formula if ctx.formula and len(ctx.formula) < 70 and not (false_e and re.match(r"\s*e\s*=", ctx.formula)) else None
    if own is None:  # the author's equation of the ellipse, if written, before one of ours
        own = next((b for b in ctx.info.blocks if re.search(_STD, b.replace(" ", "")) and len(b) < 70), None)
    formula_corner(ctx, own or rf"\frac{{x^2}}{{{A}^2}} + \frac{{y^2}}{{{B}^2}} = 1")
    u = min(5.6 / a, 2.3 / b)
    w.code(
        f"a, b, c, u = {A}, {B}, {C}, {fmt(u, 4)}  # semi-axes, focal distance, screen units per unit",
        "centre = LEFT * 1.6 + DOWN * 0.9",
        "def at(x, y):",
        "    return centre + u * np.array([x, y, 0])",
        "F1, F2 = at(-c, 0), at(c, 0)",
        "foci = VGroup(Dot(F1, color=RED), Dot(F2, color=RED))",
        'foci_labels = VGroup(MathTex("F_1", font_size=30, color=RED).next_to(F1, DOWN, buff=0.15),',
        '                     MathTex("F_2", font_size=30, color=RED).next_to(F2, DOWN, buff=0.15))',
        "major = DashedLine(at(-a, 0), at(a, 0), color=GREY_B, stroke_width=2)",
        "t = ValueTracker(0.0001)",
        "P = always_redraw(lambda: Dot(at(a * np.cos(t.get_value()), b * np.sin(t.get_value())), color=YELLOW))",
        "strings = always_redraw(lambda: VGroup(Line(F1, P.get_center(), color=BLUE, stroke_width=4),",
        "                                       Line(F2, P.get_center(), color=GREEN, stroke_width=4)))",
        "trace = TracedPath(P.get_center, stroke_color=YELLOW, stroke_width=4)",
        "def d1():",
        "    return np.linalg.norm(P.get_center() - F1) / u",
        "def d2():",
        "    return np.linalg.norm(P.get_center() - F2) / u",
        "readout = VGroup(",
        '    VGroup(MathTex("PF_1 =", font_size=32, color=BLUE), DecimalNumber(a + c, num_decimal_places=2, font_size=32, color=BLUE)).arrange(RIGHT),',
        '    VGroup(MathTex("PF_2 =", font_size=32, color=GREEN), DecimalNumber(a - c, num_decimal_places=2, font_size=32, color=GREEN)).arrange(RIGHT),',
        f'    MathTex(r"PF_1 + PF_2 = 2a = {fmt(2 * a, 3)}", font_size=32, color=YELLOW),',
        ").arrange(DOWN, aligned_edge=LEFT, buff=0.25).to_edge(RIGHT, buff=0.4).shift(DOWN * 0.4)",
        "for row in readout:",
        "    row.add_background_rectangle(opacity=0.85, buff=0.06)",
    )
    w.play("Write(title), FadeIn(formula), Create(major), FadeIn(foci), FadeIn(foci_labels)", 1.4)
    w.beat(ctx.L("Two distances", "两段距离"),
           ctx.L(f"From a point $P$ to the foci: at the end of the long axis $PF_1 = {fmt(a + c, 3)}$ and $PF_2 = {fmt(a - c, 3)}$.",
                 f"点 $P$ 到两个焦点的距离：在长轴端点处 $PF_1 = {fmt(a + c, 3)}$，$PF_2 = {fmt(a - c, 3)}$。"))
    w.code("self.add(trace)")
    w.play("FadeIn(P), Create(strings), FadeIn(readout[0]), FadeIn(readout[1])", 1.2)
    w.code("readout[0][1].add_updater(lambda m: m.set_value(d1()))",
           "readout[1][1].add_updater(lambda m: m.set_value(d2()))")
    w.beat(ctx.L("The sum never changes", "距离之和不变"),
           ctx.L(f"As $P$ goes round, one distance grows as the other shrinks: their sum stays $2a = {fmt(2 * a, 3)}$, and $P$ traces the ellipse.",
                 f"$P$ 绕行时，一段变长另一段就变短：两者之和始终是 $2a = {fmt(2 * a, 3)}$，$P$ 画出椭圆。"))
    w.play("FadeIn(readout[2])", 0.8)
    w.play("t.animate.set_value(TAU)", 4.4, "rate_func=linear")
    w.wait(1.2)
    if said_e is not None:
        e = fmt(c / a, 3)
        w.beat(ctx.L("The eccentricity", "离心率"), ctx.L(
            f"$e = c/a = {C}/{A} = {e}$" + (f"; the block's $e = {fmt(said_e, 3)}$ is false." if false_e else "."),
            f"$e = c/a = {C}/{A} = {e}$" + (f"；题中的 $e = {fmt(said_e, 3)}$ 不成立。" if false_e else "。")))
        w.code(f'eccentricity = MathTex(r"e = \\frac{{c}}{{a}} = \\frac{{{C}}}{{{A}}} = {e}", font_size=36, color=YELLOW)',
               "eccentricity.next_to(readout, DOWN, buff=0.4).add_background_rectangle(opacity=0.85, buff=0.06)")
        w.play("FadeIn(eccentricity, shift=UP * 0.2)", 0.8)
        if false_e:
            w.code(f'said_e = MathTex(r"e = {fmt(said_e, 3)}", font_size=32, color=RED).next_to(eccentricity, DOWN, buff=0.3)')
            w.play("FadeIn(said_e), Create(Cross(stroke_width=5).scale(0.15).next_to(said_e, RIGHT, buff=0.2))", 0.8)
        w.wait(1.2)


def stated_eccentricity(info) -> float | None:
    """The eccentricity the block states (``e = \\frac{b}{a} = \\frac35``: the last closed step), when its prose or
    formula names it (eccentricity, 离心率); else None."""
    if not re.search(r"eccentricity|离心率", info.concept, re.I):
        return None
    for block in info.blocks:
        parts = split_top(single_line(block), "=")
        if len(parts) >= 2 and parts[0].strip() == "e":
            value = number(parts[-1].strip().rstrip(".,").strip())
            if value is not None and 0 <= value < 1.5:
                return value
    return None


@check("ellipse_foci")
def _check(f):
    a, b, c = f["a"], f["b"], f["c"]
    return ("What is the sum of the distances from the top of the ellipse, $(0, b)$, to the two foci?",
            "椭圆顶点 $(0, b)$ 到两个焦点的距离之和是多少？",
            f"Each distance is $\\sqrt{{c^2 + b^2}} = a = {fmt(a, 3)}$, so the sum is $2a = {fmt(2 * a, 3)}$, as everywhere on the ellipse.",
            f"每段距离都是 $\\sqrt{{c^2 + b^2}} = a = {fmt(a, 3)}$，和为 $2a = {fmt(2 * a, 3)}$，与椭圆上其他点一样。")
