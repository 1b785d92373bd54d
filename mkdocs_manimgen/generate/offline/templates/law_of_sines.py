"""law_of_sines: the author's triangle in its circumcircle; a / sin A = b / sin B = c / sin C = 2R.

The diameter through B meets the circle again at A'; the angle at A' equals A (same arc) and
the triangle A'BC has a right angle at C, so a = 2R sin A. The triangle is completed from what
the author gives (two angles and a side, three sides, or two sides and the angle between).
"""

from __future__ import annotations

import math
import re

from ..families import no_formula
from ..notes import check
from .common import Ctx, fmt, formula_corner, given_values

TITLE = ("The Law of Sines", "正弦定理")
WHAT = ("The law of sines: in any triangle $\\frac{a}{\\sin A} = \\frac{b}{\\sin B} = \\frac{c}{\\sin C} = 2R$, where $R$ is "
        "the radius of the circumscribed circle. The diameter through one vertex makes a right triangle with the same angle.",
        "正弦定理：任意三角形中 $\\frac{a}{\\sin A} = \\frac{b}{\\sin B} = \\frac{c}{\\sin C} = 2R$，$R$ 为外接圆半径。"
        "过一个顶点作直径，得到含同一个角的直角三角形。")
PRIORITY = 72
KEYWORDS = (r"law\s+of\s+sines", r"sine\s+rule", r"正弦定理", r"circumcircle", r"circumradius", r"外接圆")
TEX_PATTERNS = (r"\\frac\{a\}\{\\sin\s*A\}",)
EXAMPLE = (5.0, 6.0, 7.0)


def solve(g: dict[str, float]) -> tuple[float, float, float] | None:
    """Sides (a, b, c) from sides a, b, c and angles A, B, C in degrees, when they fix the triangle."""
    sides = {k: g[k] for k in "abc" if k in g}
    angles = {k: math.radians(g[k]) for k in "ABC" if k in g and 0 < g[k] < 180}
    if len(angles) >= 2:
        missing = next((k for k in "ABC" if k not in angles), None)
        if missing:
            angles[missing] = math.pi - sum(angles.values())
        if min(angles.values()) <= 0 or not sides:
            return None
        k, v = next(iter(sides.items()))
        two_r = v / math.sin(angles[k.upper()])
        return tuple(two_r * math.sin(angles[s]) for s in "ABC")
    if len(sides) == 3:
        a, b, c = sides["a"], sides["b"], sides["c"]
        return (a, b, c) if a + b > c and b + c > a and a + c > b else None
    for s1, s2, ang in (("a", "b", "C"), ("b", "c", "A"), ("a", "c", "B")):
        if s1 in sides and s2 in sides and ang in angles:
            x, y, t = sides[s1], sides[s2], angles[ang]
            third = math.sqrt(x * x + y * y - 2 * x * y * math.cos(t))
            out = dict(sides)
            out[{"C": "c", "A": "a", "B": "b"}[ang]] = third
            return out["a"], out["b"], out["c"]
    return None


def needs(info):
    """A block giving a specific triangle and asking for a part is the triangle family's (or the walkthrough's). The author's triangle (sides a, b, c), or only the law written (5, 6, 7 shown)."""
    from .triangle import claims

    if claims(info):
        return None
    found = solve(given_values(info, ("a", "b", "c", "A", "B", "C")))
    if found:
        return found if max(found) / min(found) < 8 else None
    tex = " ".join(info.blocks)
    if no_formula(info) or (re.search(r"\\sin", tex) and not re.search(r"\d", re.sub(r"2\s*R", "", tex))):
        return EXAMPLE
    return None


def build(ctx: Ctx) -> None:
    w = ctx.w
    a, b, c = needs(ctx.info) or EXAMPLE
    A = math.acos((b * b + c * c - a * a) / (2 * b * c))
    B = math.acos((a * a + c * c - b * b) / (2 * a * c))
    C = math.pi - A - B
    R = a / (2 * math.sin(A))
    ctx.facts.update(a=a, b=b, c=c, A=math.degrees(A), B=math.degrees(B), C=math.degrees(C), R=R)
    deg = {k: fmt(math.degrees(v), 1) for k, v in zip("ABC", (A, B, C))}
    example = (a, b, c) == EXAMPLE and not re.search(r"\d", " ".join(ctx.info.blocks))
    lead = ctx.L("For instance, t", "例如，") if example else ctx.L("T", "")
    w.beat(ctx.title, ctx.L(f"{lead}he triangle with $a = {fmt(a, 3)}$, $b = {fmt(b, 3)}$, $c = {fmt(c, 3)}$ and its circumcircle, radius $R = {fmt(R, 3)}$.",
                            f"{lead}边长 $a = {fmt(a, 3)}$、$b = {fmt(b, 3)}$、$c = {fmt(c, 3)}$ 的三角形及其外接圆，半径 $R = {fmt(R, 3)}$。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and "sin" in ctx.formula and len(ctx.formula) < 80 else
                   r"\frac{a}{\sin A} = \frac{b}{\sin B} = \frac{c}{\sin C} = 2R")
    s = 2.35 / R
    # vertices on the circle: A at the top-left, B and C from the central angles 2C (over AB) and 2A (over BC)
    tA = math.radians(110)
    tB = tA + 2 * C
    tC = tB + 2 * A
    w.code(
        f"s = {fmt(s, 4)}  # screen units per unit",
        "O = LEFT * 2.6 + DOWN * 0.85",
        f"R = {fmt(R * s, 4)}",
        "def on_circle(t):",
        "    return O + R * np.array([np.cos(t), np.sin(t), 0])",
        f"PA, PB, PC = on_circle({fmt(tA, 5)}), on_circle({fmt(tB, 5)}), on_circle({fmt(tC, 5)})",
        "PA2 = 2 * O - PB  # the other end of the diameter through B",
        "circle = Circle(radius=R, color=GREY_B).move_to(O)",
        "triangle = Polygon(PA, PB, PC, color=BLUE, stroke_width=4)",
        "def name(text, P, color=WHITE):",
        "    return MathTex(text, font_size=32, color=color).move_to(O + (R + 0.32) * (P - O) / R)",
        'names = VGroup(name("A", PA), name("B", PB), name("C", PC))',
        "diameter = Line(PB, PA2, color=YELLOW)",
        "chords = VGroup(Line(PA2, PC, color=YELLOW))",
        "right = RightAngle(Line(PC, PB), Line(PC, PA2), length=0.22, color=YELLOW)",
        'prime = name("A\'", PA2, YELLOW)',
        "rows = VGroup(",
        *[f'    MathTex(r"\\frac{{{side}}}{{\\sin {ang}}} = \\frac{{{fmt(val, 3)}}}{{\\sin {deg[ang]}^\\circ}} = {fmt(val / math.sin(rad), 3)}", font_size=32),'
          for side, ang, val, rad in (("a", "A", a, A), ("b", "B", b, B), ("c", "C", c, C))],
        f'    MathTex(r"2R = {fmt(2 * R, 3)}", font_size=36, color=YELLOW),',
        ").arrange(DOWN, aligned_edge=LEFT, buff=0.22).to_edge(RIGHT, buff=0.5).shift(DOWN * 0.5)",
    )
    w.play("Write(title), FadeIn(formula), Create(circle)", 1.2)
    w.play("Create(triangle), FadeIn(names)", 1.4)
    w.beat(ctx.L("Three equal ratios", "三个相等的比"),
           ctx.L(f"Each side over the sine of its opposite angle gives the same number, ${fmt(2 * R, 3)}$.",
                 f"每条边除以对角的正弦，得到同一个数 ${fmt(2 * R, 3)}$。"))
    w.play("LaggedStart(*[Write(r) for r in rows[:3]], lag_ratio=0.4)", 2)
    w.beat(ctx.L("It is the diameter", "它就是直径"),
           ctx.L(f"Draw the diameter $BA'$: the angle at $A'$ equals $A$ (same arc $BC$) and the angle at $C$ is right, so $a = 2R\\sin A$ and $2R = {fmt(2 * R, 3)}$.",
                 f"作直径 $BA'$：$A'$ 处的角等于 $A$（同弧 $BC$），$C$ 处是直角，所以 $a = 2R\\sin A$，$2R = {fmt(2 * R, 3)}$。"))
    w.play("Create(diameter), FadeIn(prime)", 1.2)
    w.play("Create(chords), Create(right), Write(rows[3])", 1.4)
    w.wait(1.2)


@check("law_of_sines")
def _check(f):
    return (f"In this triangle, how long would a side opposite a $30^\\circ$ angle be?", "在这个外接圆中，对着 $30^\\circ$ 角的边有多长？",
            f"$2R \\sin 30^\\circ = R = {fmt(f['R'], 3)}$: every chord is $2R$ times the sine of the inscribed angle on it.",
            f"$2R \\sin 30^\\circ = R = {fmt(f['R'], 3)}$：每条弦都等于 $2R$ 乘以它所对圆周角的正弦。")
