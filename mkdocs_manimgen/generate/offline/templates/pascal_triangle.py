"""pascal_triangle: rows of binomial coefficients built by adding the two numbers above, down to the
author's row n, whose entries are the coefficients of (a + b)^n and add up to 2^n.
"""

from __future__ import annotations

import math
import re

from ..given import assigned
from ..latex import single_line, split_top
from ..notes import check
from .common import Ctx, formula_corner

TITLE = ("Pascal's Triangle", "杨辉三角（帕斯卡三角）")
WHAT = ("In Pascal's triangle each number is the sum of the two above it, $\\binom{n}{k} = \\binom{n-1}{k-1} + \\binom{n-1}{k}$. "
        "Row $n$ lists the coefficients of $(a + b)^n$ and adds up to $2^n$.",
        "杨辉三角中每个数等于它上方两个数之和，$\\binom{n}{k} = \\binom{n-1}{k-1} + \\binom{n-1}{k}$。第 $n$ 行是 $(a + b)^n$ "
        "展开式的系数，其和为 $2^n$。")
PRIORITY = 66
KEYWORDS = (r"pascal'?s?\s+triangle", r"杨辉三角", r"帕斯卡三角", r"binomial\s+(theorem|coefficients?|expansion)", r"二项式定理",
            r"二项式系数", r"二项展开")
TEX_PATTERNS = (r"\(\s*[a-z]\s*\+\s*[a-z]\s*\)\s*\^\s*\{?\s*\d+",)


def letters(info) -> tuple[str, str]:
    """The two letters of the author's binomial, (x + y)^n -> (x, y); else (a, b)."""
    m = re.search(r"\(\s*([a-z])\s*\+\s*([a-z])\s*\)\s*\^", " ".join(info.blocks))
    return (m.group(1), m.group(2)) if m else ("a", "b")


def _expanded(info) -> bool:
    """A side of one of the author's formulas is a whole binomial power, (a + b)^n: the expansion
    (or the power alone) is what the formula is about."""
    power = r"\s*\(\s*[a-z]\s*[+-]\s*[a-z0-9]+\s*\)\s*\^\s*\{?\s*(?:\d+|n)\s*\}?\s*"
    return any(re.fullmatch(power, side) for b in info.blocks for side in split_top(single_line(b), "="))


def needs(info):
    """The row n of the author's (a + b)^n, \\binom{n}{k} with a number n, or n = ..; general law: row 6 shown."""
    tex = " ".join(info.blocks)
    if re.search(r"\\int|\\lim|\\frac\{d", tex):
        return None
    if not any(re.search(k, info.prose, re.I) for k in KEYWORDS) and not _expanded(info):
        return None  # (z - a)^2 inside a field's formula is no binomial expansion
    m = (re.search(r"\(\s*[a-z]\s*[+-]\s*[a-z0-9]+\s*\)\s*\^\s*\{?\s*(\d+)", tex) or re.search(r"\\binom\{(\d+)\}", tex)
         or re.search(r"C_\{?(\d+)\}?\^", tex))
    n = int(m.group(1)) if m else assigned(info, ("n",)).get("n")
    if n is None:
        return 6 if not info.blocks or re.search(r"\\binom|C_n|\(\s*a\s*\+\s*b\s*\)\s*\^\s*\{?n", tex) else None
    return int(n) if 2 <= n <= 10 else None


def build(ctx: Ctx) -> None:
    w = ctx.w
    n = needs(ctx.info) or 6
    row = [math.comb(n, k) for k in range(n + 1)]
    x, y = letters(ctx.info)
    ctx.facts.update(x=x, y=y)
    ctx.facts.update(n=n, row=row)
    lead = ctx.L("For instance, r", "例如，") if not ctx.info.blocks else ctx.L("R", "")
    w.beat(ctx.title, ctx.L(f"{lead}ows $0$ to ${n}$ of Pascal's triangle.", f"{lead}杨辉三角的第 $0$ 到第 ${n}$ 行。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 70 else rf"\binom{{n}}{{k}} = \binom{{n-1}}{{k-1}} + \binom{{n-1}}{{k}}")
    dy = min(0.6, 4.0 / n)
    dx = min(1.0, 11.5 / (n + 1), 1.25 * dy * 1.6)
    size = 34 if n <= 6 else 28 if n <= 8 else 24
    w.code(
        f"dx, dy = {dx:.3f}, {dy:.3f}  # spacing of the entries",
        "top = np.array([0, min(1.9, formula.get_bottom()[1] - 0.45), 0])  # the first row, under the formula",
        f"rows = [VGroup(*[MathTex(str(math.comb(r, k)), font_size={size}).move_to(top + DOWN * dy * r + RIGHT * dx * (k - r / 2))",
        f"                 for k in range(r + 1)]) for r in range({n + 1})]",
        f"rows[{n}].set_color(YELLOW)",
        f'coeffs = MathTex(r"({x} + {y})^{{{n}}} = ' + " + ".join(_term(n, k, c, x, y) for k, c in enumerate(row)) + '", font_size=30)',
        "coeffs.to_edge(DOWN, buff=0.3)",
        "if coeffs.width > 13:",
        "    coeffs.scale_to_fit_width(13)",
        f'total = MathTex(r"{" + ".join(str(c) for c in row)} = 2^{{{n}}} = {2 ** n}", font_size=30, color=YELLOW)',
        "total.next_to(coeffs, UP, buff=0.2)",
        "if total.width > 13:",
        "    total.scale_to_fit_width(13)",
    )
    w.play("Write(title), FadeIn(formula)", 1.2)
    w.beat(ctx.L("Each number is the sum of the two above", "每个数等于上方两数之和"),
           ctx.L("Every row starts and ends with 1; each inner number adds the two just above it.",
                 "每行首尾都是 1，中间每个数都是它正上方两个数的和。"))
    w.play("FadeIn(rows[0]), FadeIn(rows[1])", 0.8)
    w.loop(f"for r in range(2, {n + 1}):",
           "*[TransformFromCopy(VGroup(rows[r - 1][k - 1], rows[r - 1][k]), rows[r][k]) for k in range(1, r)], "
           "FadeIn(rows[r][0]), FadeIn(rows[r][r])", n - 1, 0.8 if n <= 6 else 0.6)
    w.beat(ctx.L(f"Row {n}: the binomial coefficients", f"第 {n} 行：二项式系数"),
           ctx.L(f"Row ${n}$, ${', '.join(str(c) for c in row)}$, gives the coefficients of $({x} + {y})^{{{n}}}$, and they add up to $2^{{{n}}} = {2 ** n}$.",
                 f"第 ${n}$ 行 ${', '.join(str(c) for c in row)}$ 是 $({x} + {y})^{{{n}}}$ 的展开系数，它们的和为 $2^{{{n}}} = {2 ** n}$。"))
    w.play(f"Indicate(rows[{n}]), Write(coeffs)", 1.6)
    w.play("Write(total)", 1.2)
    w.wait(1.2)


def _term(n: int, k: int, c: int, x: str, y: str) -> str:
    a = "" if n - k == 0 else x if n - k == 1 else f"{x}^{{{n - k}}}"
    b = "" if k == 0 else y if k == 1 else f"{y}^{{{k}}}"
    coeff = "" if c == 1 else str(c)
    return f"{coeff}{a}{b}"


@check("pascal_triangle")
def _check(f):
    n, x, y = f["n"], f["x"], f["y"]
    k = n // 2
    return (f"What is the coefficient of ${x}^{{{n - k}}}{y}^{{{k}}}$ in $({x} + {y})^{{{n}}}$, and where is it in the triangle?",
            f"$({x} + {y})^{{{n}}}$ 展开式中 ${x}^{{{n - k}}}{y}^{{{k}}}$ 的系数是多少？它在三角形中的哪里？",
            f"$\\binom{{{n}}}{{{k}}} = {math.comb(n, k)}$: entry ${k}$ (counting from 0) of row ${n}$.",
            f"$\\binom{{{n}}}{{{k}}} = {math.comb(n, k)}$：第 ${n}$ 行的第 ${k}$ 个数（从 0 数起）。")
