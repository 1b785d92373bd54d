"""figurate_numbers: proofs without words for the sum of the first n odd numbers (= n^2, L-shaped
layers of a square) and of the first n whole numbers (= n(n+1)/2, two staircases making a rectangle).
"""

from __future__ import annotations

import re

from ..given import assigned
from ..notes import check
from .common import Ctx, fmt, formula_corner

TITLE = ("Figurate Numbers: a Proof Without Words", "形数：无字证明")
WHAT = ("Figurate numbers count dots in a shape. The odd numbers $1, 3, 5, \\dots$ are L-shaped layers that build a "
        "square, so $1 + 3 + \\dots + (2n-1) = n^2$; two staircases of $1 + 2 + \\dots + n$ squares make an "
        "$n \\times (n+1)$ rectangle, so $1 + 2 + \\dots + n = \\frac{n(n+1)}{2}$.",
        "形数用图形中的点来计数。奇数 $1, 3, 5, \\dots$ 是一层层 L 形，拼成正方形，所以 $1 + 3 + \\dots + (2n-1) = n^2$；"
        "两个 $1 + 2 + \\dots + n$ 的阶梯拼成 $n \\times (n+1)$ 的矩形，所以 $1 + 2 + \\dots + n = \\frac{n(n+1)}{2}$。")
PRIORITY = 65
KEYWORDS = (r"figurate", r"形数", r"triangular\s+numbers?", r"三角形数", r"square\s+numbers?", r"平方数", r"proofs?\s+without\s+words",
            r"无字证明", r"sum\s+of\s+(the\s+first\s+\w+\s+)?odd\s+numbers", r"奇数之和", r"奇数的和", r"gauss.*sum", r"高斯求和")
_ODD = r"1\s*\+\s*3\s*\+\s*5|2\s*[nk]\s*-\s*1|2\s*[ik]\s*-\s*1"
_TRI = r"1\s*\+\s*2\s*\+\s*3|\\frac\{n\s*\(\s*n\s*\+\s*1\s*\)\}\{2\}|n\s*\(\s*n\s*\+\s*1\s*\)\s*/\s*2|\\sum_\{[ik]\s*=\s*1\}\^\{?n\}?\s*[ik](?![\w^])"
STRUCTURE = (_ODD, _TRI)
_SUM = r"\\sum|\+\s*\\[lc]?dots|\\[lc]?dots\s*\+|1\s*\+\s*3\s*\+\s*5"  # written as a sum
_OF_X = r"\\(?:sin|cos|tan|exp|log|ln)(?![A-Za-z])|(?<![A-Za-z\\])x(?![A-Za-z])"


def needs(info):
    """('odd' | 'triangular', n): the sum the author writes, n from n = .. or the last written term (else 5 shown)."""
    tex = " ".join(info.blocks)
    if not info.blocks:
        kind = "triangular" if re.search(r"triang|三角形数|gauss|高斯", info.prose, re.I) else "odd"
    elif re.search(_OF_X, tex):
        return None  # sin((2n - 1)x)/(2n - 1) runs over odd numbers, but sums a function of x, not integers
    elif re.search(_ODD, tex) and (re.search(_SUM, tex) or re.search(r"\bsum|之和|的和|求和", info.prose, re.I)):
        kind = "odd"  # 2n - 1 in a sum: {2n - 1, 2n} as a set (the pigeonholes of 1..2n) sums nothing
    elif re.search(_TRI, tex):
        kind = "triangular"
    else:
        return None
    n = assigned(info, ("n",)).get("n")
    lhs = re.split(r"=", tex)[0]
    if n is None and not re.search(r"[nk]", lhs):  # 1 + 3 + 5 + 7 = 16: the last term written
        terms = [int(t) for t in re.findall(r"(?<![\w^.])(\d+)(?![\w.])", re.split(r"=", tex)[0])]
        last = max(terms) if terms else 0
        n = (last + 1) // 2 if kind == "odd" and last % 2 else last if kind == "triangular" else None
    n = int(n) if n and 2 <= n <= 10 and float(n).is_integer() else 5
    return kind, n


def build(ctx: Ctx) -> None:
    w = ctx.w
    kind, n = needs(ctx.info) or ("odd", 5)
    ctx.facts.update(kind=kind, n=n)
    lead = ctx.L("For instance, w", "例如，") if not ctx.info.blocks else ctx.L("W", "")
    if kind == "odd":
        _odd(ctx, n, lead)
    else:
        _triangular(ctx, n, lead)


def _odd(ctx: Ctx, n: int, lead: str) -> None:
    w = ctx.w
    terms = " + ".join(str(2 * k + 1) for k in range(n))
    w.beat(ctx.title, ctx.L(f"{lead}ith $n = {n}$: ${terms} = {n * n}$.", f"{lead}取 $n = {n}$：${terms} = {n * n}$。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 70 else r"1 + 3 + \dots + (2n-1) = n^2")
    size = min(0.7, 4.6 / n)
    colors = ["BLUE", "TEAL", "GREEN", "YELLOW", "ORANGE", "RED", "PURPLE", "MAROON", "PINK", "GOLD"]
    w.code(
        f"s = {fmt(size, 3)}  # side of one cell",
        f"corner = np.array([{fmt(-2.4 - n * size / 2, 3)}, {fmt(-3.4, 3)}, 0])",
        "def cell(i, j, color):",
        "    return Square(side_length=s * 0.92, stroke_width=1, stroke_color=WHITE, fill_color=color, fill_opacity=0.85)"
        ".move_to(corner + s * np.array([i + 0.5, j + 0.5, 0]))",
    )
    w.code("colors = [" + ", ".join(colors[k % len(colors)] for k in range(n)) + "]",
           f"layers = [VGroup(*[cell(i, j, colors[k]) for i in range(k + 1) for j in range(k + 1) if max(i, j) == k]) for k in range({n})]",
           "counts = VGroup(*[MathTex(str(2 * k + 1), font_size=34, color=colors[k]) for k in range(" + str(n) + ")])",
           "plus = VGroup(*[MathTex('+', font_size=34) for _ in range(" + str(n - 1) + ")])",
           "row = VGroup(*[m for pair in zip(counts, [*plus, VMobject()]) for m in pair][:-1]).arrange(RIGHT, buff=0.15)",
           f'total = MathTex(r"= {n}^2 = {n * n}", font_size=38, color=YELLOW)',
           "sum_line = VGroup(row, total).arrange(RIGHT, buff=0.2).to_edge(RIGHT, buff=0.5).shift(UP * 0.3)",
           "if sum_line.width > 6.4:",
           "    sum_line.scale_to_fit_width(6.4).to_edge(RIGHT, buff=0.5)")
    w.play("Write(title), FadeIn(formula)", 1.2)
    w.beat(ctx.L("Odd numbers are L-shaped layers", "奇数是一层层 L 形"),
           ctx.L(f"Each odd number ${', '.join(str(2 * k + 1) for k in range(min(n, 4)))}, \\dots$ wraps one more L around the square.",
                 f"每个奇数 ${', '.join(str(2 * k + 1) for k in range(min(n, 4)))}, \\dots$ 在正方形外再包一层 L 形。"))
    w.play("FadeIn(layers[0]), FadeIn(counts[0])", 0.8)
    w.loop(f"for k in range(1, {n}):", "FadeIn(layers[k], shift=0.2 * (UP + RIGHT)), FadeIn(plus[k - 1]), FadeIn(counts[k])", n - 1, 0.8)
    w.beat(ctx.L("A square", "一个正方形"),
           ctx.L(f"Together they fill a ${n} \\times {n}$ square: ${terms} = {n}^2$.",
                 f"合起来正好铺满 ${n} \\times {n}$ 的正方形：${terms} = {n}^2$。"))
    w.play("Write(total), Circumscribe(VGroup(*layers), color=YELLOW)", 1.6)
    w.wait(1.2)


def _triangular(ctx: Ctx, n: int, lead: str) -> None:
    w = ctx.w
    terms = " + ".join(str(k) for k in range(1, n + 1))
    T = n * (n + 1) // 2
    w.beat(ctx.title, ctx.L(f"{lead}ith $n = {n}$: ${terms} = {T}$.", f"{lead}取 $n = {n}$：${terms} = {T}$。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 70 else r"1 + 2 + \dots + n = \frac{n(n+1)}{2}")
    size = min(0.7, 4.6 / (n + 1))
    w.code(
        f"s = {fmt(size, 3)}  # side of one cell",
        f"corner = np.array([{fmt(-2.6 - (n + 1) * size / 2, 3)}, -3.4, 0])",
        "def cell(i, j, color):",
        "    return Square(side_length=s * 0.92, stroke_width=1, stroke_color=WHITE, fill_color=color, fill_opacity=0.85)"
        ".move_to(corner + s * np.array([i + 0.5, j + 0.5, 0]))",
        f"stairs = VGroup(*[VGroup(*[cell(i, j, BLUE) for i in range(j + 1)]) for j in range({n})])  # row j has j + 1 cells",
        f"copy = VGroup(*[VGroup(*[cell(i, j, ORANGE) for i in range(j + 1, {n + 1})]) for j in range({n})])",
        f'sum_line = MathTex(r"{terms} = {T}", font_size=36).to_edge(RIGHT, buff=0.5).shift(UP * 0.6)',
        "if sum_line.width > 6:",
        "    sum_line.scale_to_fit_width(6).to_edge(RIGHT, buff=0.5)",
        f'rect = MathTex(r"2 \\cdot ({terms}) = {n} \\cdot {n + 1}", font_size=34, color=ORANGE).next_to(sum_line, DOWN, buff=0.45).align_to(sum_line, RIGHT)',
        "if rect.width > 6:",
        "    rect.scale_to_fit_width(6).align_to(sum_line, RIGHT)",
        f'answer = MathTex(r"{terms} = \\frac{{{n} \\cdot {n + 1}}}{{2}} = {T}", font_size=36, color=YELLOW).next_to(rect, DOWN, buff=0.45).align_to(sum_line, RIGHT)',
        "if answer.width > 6:",
        "    answer.scale_to_fit_width(6).align_to(sum_line, RIGHT)",
    )
    w.play("Write(title), FadeIn(formula)", 1.2)
    w.beat(ctx.L("A staircase", "一个阶梯"), ctx.L(f"Rows of $1, 2, \\dots, {n}$ cells make a staircase of ${T}$ cells.",
                                                f"$1, 2, \\dots, {n}$ 个格子排成阶梯，共 ${T}$ 格。"))
    w.play("LaggedStart(*[FadeIn(r, shift=0.2 * RIGHT) for r in stairs], lag_ratio=0.3), Write(sum_line)", 2)
    w.beat(ctx.L("Two staircases make a rectangle", "两个阶梯拼成矩形"),
           ctx.L(f"A second, turned staircase fills the gap: a ${n} \\times {n + 1}$ rectangle, so twice the sum is ${n * (n + 1)}$.",
                 f"再放一个倒过来的阶梯补满空缺，得到 ${n} \\times {n + 1}$ 的矩形，所以和的两倍是 ${n * (n + 1)}$。"))
    w.play("LaggedStart(*[FadeIn(r, shift=0.2 * LEFT) for r in copy], lag_ratio=0.3), Write(rect)", 2)
    w.beat(ctx.L("Half the rectangle", "矩形的一半"),
           ctx.L(f"The sum is half of it: ${terms} = \\frac{{{n}\\cdot{n + 1}}}{{2}} = {T}$.",
                 f"和是矩形的一半：${terms} = \\frac{{{n}\\cdot{n + 1}}}{{2}} = {T}$。"))
    w.play("Write(answer), Indicate(stairs)", 1.6)
    w.wait(1.2)


@check("figurate_numbers")
def _check(f):
    if f["kind"] == "odd":
        return ("What is $1 + 3 + 5 + \\dots + 99$?", "$1 + 3 + 5 + \\dots + 99$ 等于多少？",
                "There are 50 odd numbers up to 99, so the sum is $50^2 = 2500$.", "到 99 为止共有 50 个奇数，所以和为 $50^2 = 2500$。")
    return ("What is $1 + 2 + \\dots + 100$?", "$1 + 2 + \\dots + 100$ 等于多少？",
            "$\\frac{100 \\cdot 101}{2} = 5050$.", "$\\frac{100 \\cdot 101}{2} = 5050$。")
