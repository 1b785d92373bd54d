"""euclid_algorithm: the author's a x b rectangle cut into the largest squares, step by step.

Each step of Euclid's algorithm a = q b + r cuts q squares of side b off the rectangle and
leaves a b x r rectangle; the last square's side is gcd(a, b).
"""

from __future__ import annotations

import math
import re

from ..families import no_formula
from ..notes import check
from .common import Ctx, fmt, formula_corner

TITLE = ("Euclid's Algorithm", "辗转相除法（欧几里得算法）")
WHAT = ("Euclid's algorithm finds $\\gcd(a, b)$ by repeated division with remainder, $a = qb + r$, $\\gcd(a, b) = \\gcd(b, r)$. "
        "Geometrically it cuts the largest possible squares off an $a \\times b$ rectangle; the last square's side is the gcd.",
        "辗转相除法用带余除法 $a = qb + r$、$\\gcd(a, b) = \\gcd(b, r)$ 反复求最大公约数。几何上，它不断从 $a \\times b$ 的矩形中"
        "切下最大的正方形，最后一个正方形的边长就是最大公约数。")
PRIORITY = 70
KEYWORDS = (r"euclid'?s?\s+algorithm", r"euclidean\s+algorithm", r"辗转相除", r"欧几里[得德]算法", r"greatest\s+common\s+divisor",
            r"最大公约数", r"最大公因数", r"\bgcd\b")
TEX_PATTERNS = (r"\\gcd\s*\(\s*\d+\s*,\s*\d+\s*\)",)
MAX_SQUARES = 30


def needs(info):
    """Two whole numbers of the author's (gcd(a, b), or a = ..., b = ...) whose cut has at most 30 squares."""
    if no_formula(info):
        return 252, 105
    tex = " ".join(info.blocks)
    m = re.search(r"(?:\\gcd|\\operatorname\{gcd\}|gcd|\\mathrm\{gcd\})\s*\(\s*(\d+)\s*,\s*(\d+)\s*\)", tex)
    if not m:
        m = re.search(r"(?<![\w\\])a\s*=\s*(\d+)\b.*?(?<![\w\\])b\s*=\s*(\d+)\b", tex)
    if not m:
        return None
    a, b = sorted((int(m.group(1)), int(m.group(2))), reverse=True)
    if b == 0 or sum(q for q, *_ in steps(a, b)) > MAX_SQUARES:
        return None
    return a, b


def steps(a: int, b: int) -> list[tuple[int, int, int, int]]:
    """(q, a, b, r) for each division a = q b + r until r = 0."""
    out = []
    while b:
        q, r = divmod(a, b)
        out.append((q, a, b, r))
        a, b = b, r
    return out


def squares(a: int, b: int) -> list[list[tuple[float, float, float]]]:
    """For each step, its squares as (x, y, side) in rectangle units (origin bottom-left)."""
    x0, y0, w, h = 0.0, 0.0, float(a), float(b)
    out = []
    for q, *_ in steps(a, b):
        group = []
        if w >= h:
            for k in range(q):
                group.append((x0 + k * h, y0, h))
            x0 += q * h
            w -= q * h
        else:
            for k in range(q):
                group.append((x0, y0 + k * w, w))
            y0 += q * w
            h -= q * w
        out.append(group)
    return out


def build(ctx: Ctx) -> None:
    w = ctx.w
    a, b = needs(ctx.info) or (252, 105)
    g = math.gcd(a, b)
    st = steps(a, b)
    ctx.facts.update(a=a, b=b, g=g, steps=len(st))
    lead = ctx.L("For instance, t", "例如，") if not ctx.info.blocks else ctx.L("T", "")
    w.beat(ctx.title, ctx.L(f"{lead}he ${a} \\times {b}$ rectangle.", f"{lead}${a} \\times {b}$ 的矩形。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if "gcd" in ctx.formula and len(ctx.formula) < 60 else rf"\gcd({a}, {b})")
    unit = min(6.6 / a, 4.6 / b)
    colors = ["BLUE", "TEAL", "GREEN", "YELLOW", "ORANGE", "RED", "PURPLE", "MAROON"]
    w.code(
        f"u = {fmt(unit, 5)}  # screen units per unit of length",
        f"corner = np.array([{fmt(-6.1 + (6.6 - a * unit) / 2, 3)}, {fmt(-3.5 + (4.6 - b * unit) / 2, 3)}, 0])",
        f"rect = Rectangle(width={a} * u, height={b} * u, color=WHITE, stroke_width=3).move_to(corner + u * np.array([{a} / 2, {b} / 2, 0]))",
        f'side_a = MathTex("{a}", font_size=30).next_to(rect, DOWN, buff=0.12)',
        f'side_b = MathTex("{b}", font_size=30).next_to(rect, LEFT, buff=0.12)',
        "def square(x, y, s, color):",
        "    return Square(side_length=s * u, stroke_color=WHITE, stroke_width=2, fill_color=color, fill_opacity=0.6)"
        ".move_to(corner + u * np.array([x + s / 2, y + s / 2, 0]))",
        "cuts = [",
        *[f"    VGroup({', '.join(f'square({fmt(x)}, {fmt(y)}, {fmt(s)}, {colors[k % len(colors)]})' for x, y, s in group)}),"
          for k, group in enumerate(squares(a, b))],
        "]",
        "lines = VGroup(" + ", ".join(f'MathTex(r"{A} = {q} \\cdot {B} + {r}", font_size=34, color={colors[k % len(colors)]})'
                                     for k, (q, A, B, r) in enumerate(st)) + ")",
        f'answer = MathTex(r"\\gcd({a}, {b}) = {g}", font_size=42, color=YELLOW)',
        "lines.arrange(DOWN, aligned_edge=LEFT, buff=0.22)",
        "panel = VGroup(lines, answer).arrange(DOWN, aligned_edge=LEFT, buff=0.4)",
        "panel.scale_to_fit_width(min(panel.width, 5.6))",
        "if panel.height > 5:",
        "    panel.scale_to_fit_height(5)",
        "panel.to_edge(RIGHT, buff=0.4).shift(DOWN * 0.5)",
    )
    w.play("Write(title), FadeIn(formula), Create(rect), FadeIn(side_a), FadeIn(side_b)", 1.4)
    for k, (q, A, B, r) in enumerate(st):
        if k == 0:
            w.beat(ctx.L("Cut off squares", "切下正方形"),
                   ctx.L(f"${A} = {q} \\cdot {B} + {r}$: cut {q} square{'s' if q > 1 else ''} of side ${B}$; a ${B} \\times {r}$ rectangle is left.",
                         f"${A} = {q} \\cdot {B} + {r}$：切下 {q} 个边长为 ${B}$ 的正方形，剩下 ${B} \\times {r}$ 的矩形。"))
        elif k == 1:
            rest = ", ".join(f"${A2} = {q2} \\cdot {B2} + {r2}$" for q2, A2, B2, r2 in st[1:])
            w.beat(ctx.L("Repeat on what is left", "对剩下的部分重复"),
                   ctx.L(f"The same cut on the remainder: {rest}.", f"对剩下的矩形重复：{rest}。"))
        w.play(f"LaggedStart(*[FadeIn(s) for s in cuts[{k}]], lag_ratio=0.15), Write(lines[{k}])", 1.2 if k < 4 else 0.8)
    w.beat(ctx.L("The last square", "最后的正方形"),
           ctx.L(f"The remainder is 0: the smallest square, of side ${g}$, tiles everything, so $\\gcd({a}, {b}) = {g}$.",
                 f"余数为 0：最小的正方形边长为 ${g}$，它能铺满整个矩形，所以 $\\gcd({a}, {b}) = {g}$。"))
    w.play(f"Indicate(cuts[{len(st) - 1}][-1], color=YELLOW), Write(answer)", 1.4)
    w.wait(1.2)


@check("euclid_algorithm")
def _check(f):
    a, b, g = f["a"], f["b"], f["g"]
    l = a * b // g
    return (f"What is the least common multiple of ${a}$ and ${b}$?", f"${a}$ 与 ${b}$ 的最小公倍数是多少？",
            f"$\\operatorname{{lcm}}({a}, {b}) = \\frac{{{a}\\cdot{b}}}{{\\gcd({a}, {b})}} = \\frac{{{a * b}}}{{{g}}} = {l}$.",
            f"$\\operatorname{{lcm}}({a}, {b}) = \\frac{{{a}\\cdot{b}}}{{\\gcd({a}, {b})}} = \\frac{{{a * b}}}{{{g}}} = {l}$。")
