"""pascal_triangle: rows of binomial coefficients built by adding the two numbers above, down to the
author's row n, whose entries are the coefficients of (a + b)^n and add up to 2^n.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..given import assigned
from ..latex import single_line, split_top
from ..notes import check
from .common import Ctx, fmt, formula_corner

TITLE = ("Pascal's Triangle", "杨辉三角（帕斯卡三角）")
WHAT = ("In Pascal's triangle each number is the sum of the two above it, $\\binom{n}{k} = \\binom{n-1}{k-1} + \\binom{n-1}{k}$. "
        "Row $n$ lists the coefficients of $(a + b)^n$ and adds up to $2^n$.",
        "杨辉三角中每个数等于它上方两个数之和，$\\binom{n}{k} = \\binom{n-1}{k-1} + \\binom{n-1}{k}$。第 $n$ 行是 $(a + b)^n$ "
        "展开式的系数，其和为 $2^n$。")
PRIORITY = 66
_BINOMIAL = (r"pascal'?s?\s+triangle", r"杨辉三角", r"帕斯卡三角", r"binomial\s+(theorem|coefficients?|expansion)", r"二项式定理",
             r"二项式系数", r"二项展开")
# an asked term of a power (常数项, "the coefficient of x^3") also points here; needs() takes it only with a binomial power
KEYWORDS = _BINOMIAL + (r"常数项", r"constant\s+term", r"coefficient\s+of", r"的系数")
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


@dataclass(frozen=True)
class Term:
    """The term of ``(A + B)^n`` a block asks for: T_{k+1} = C(n, k) A^{n-k} B^k, of x-power ``power``, worth
    ``coefficient`` (exact); ``stated``: the value the block gives for it, if any."""

    base: str  # LaTeX of A + B
    n: int
    k: int
    power: int
    coefficient: object
    stated: float | None
    factors: str = ""  # LaTeX of C(n, k) a^{n-k} b^k with the monomials' coefficients a and b


_CONSTANT_TERM = r"常数项|constant\s+term|term\s+(?:independent\s+of|free\s+of|without)\s+\$?\s*x"  # the power x^0


def asked_term(info) -> Term | None:
    """The constant term (常数项) or the coefficient of ``x^j`` (``x^3`` 的系数) of the block's ``(A + B)^n``, A and B
    monomials in x (``(x + \\frac{2}{x})^6``), n from 2 to 12; None when not asked or not such a power."""
    import sympy as sp

    from ..symbolic import normalize, parse

    if re.search(_CONSTANT_TERM, info.concept, re.I):
        target = 0
    else:
        m = re.search(r"(?:coefficient\s+of|系数.{0,4}?)\s*\$\s*x\s*\^\s*\{?\s*(-?\d+)\s*\}?\s*\$"
                      r"|\$\s*x\s*\^\s*\{?\s*(-?\d+)\s*\}?\s*\$\s*(?:项)?的系数", info.concept, re.I)
        if not m:
            return None
        target = int(m.group(1) or m.group(2))
    x = sp.Symbol("x")
    for block in info.blocks:
        for side in split_top(single_line(block), "="):
            expr = parse(side)
            if not (isinstance(expr, sp.Pow) and expr.exp.is_Integer and 2 <= expr.exp <= 12 and isinstance(expr.base, sp.Add)):
                continue
            base = normalize(expr.base)
            if len(base.args) != 2 or base.free_symbols != {x}:
                continue
            first, second = sorted(base.args, key=lambda arg: -arg.as_coeff_exponent(x)[1])  # x's larger power first
            (a, p), (b, q) = first.as_coeff_exponent(x), second.as_coeff_exponent(x)
            if a.has(x) or b.has(x) or not (p.is_Integer and q.is_Integer) or p == q:
                continue
            n = int(expr.exp)
            k, rest = divmod(int(p) * n - target, int(p - q))
            if rest or not 0 <= k <= n:
                return None  # no such term: the power never equals the target
            A, B = first, second
            coefficient = sp.nsimplify(math.comb(n, k) * (A / x ** p) ** (n - k) * (B / x ** q) ** k)
            said = re.search(r"(?:常数项|constant term|系数|coefficient)[^$。.]{0,12}?(?:为|是|is|=|equals)\s*\$?\s*(?:[^$]*=\s*)?(-?\d+(?:\.\d+)?)\s*\$?",
                             info.concept, re.I)
            factors = rf"\binom{{{n}}}{{{k}}} \cdot \left({sp.latex(a)}\right)^{{{n - k}}} \cdot \left({sp.latex(b)}\right)^{{{k}}}"
            return Term(sp.latex(base), n, k, target, coefficient, float(said.group(1)) if said else None, factors)
    return None


def needs(info):
    """The row n of the author's (a + b)^n, \\binom{n}{k} with a number n, or n = ..; general law: row 6 shown."""
    tex = " ".join(info.blocks)
    if re.search(r"\\int|\\lim|\\frac\{d", tex):
        return None
    term = asked_term(info)
    if term is not None:
        return term.n
    if not any(re.search(k, info.prose, re.I) for k in _BINOMIAL) and not _expanded(info):
        return None  # (z - a)^2 inside a field's formula is no binomial expansion
    m = (re.search(r"\(\s*[a-z]\s*[+-]\s*[a-z0-9]+\s*\)\s*\^\s*\{?\s*(\d+)", tex) or re.search(r"\\binom\{(\d+)\}", tex)
         or re.search(r"C_\{?(\d+)\}?\^", tex))
    n = int(m.group(1)) if m else assigned(info, ("n",)).get("n")
    if n is None:
        return 6 if not info.blocks or re.search(r"\\binom|C_n|\(\s*a\s*\+\s*b\s*\)\s*\^\s*\{?n", tex) else None
    return int(n) if 2 <= n <= 10 else None


def build(ctx: Ctx) -> None:
    w = ctx.w
    term = asked_term(ctx.info)
    n = term.n if term is not None else needs(ctx.info) or 6
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
    if term is not None:
        _asked_term(ctx, term)


def _asked_term(ctx: Ctx, t: Term) -> None:
    """The asked term: its entry of row n lit, then T_{k+1} = C(n, k) A^{n-k} B^k worked out; a stated value checked."""
    import sympy as sp

    w = ctx.w
    value = sp.latex(t.coefficient)
    what = ctx.L("the constant term", "常数项") if t.power == 0 else ctx.L(f"the coefficient of $x^{{{t.power}}}$", f"$x^{{{t.power}}}$ 的系数")

    false = t.stated is not None and abs(t.stated - float(t.coefficient)) > 1e-9
    w.beat(ctx.L("The asked term", "所求的项"), ctx.L(
        f"In $\\left({t.base}\\right)^{{{t.n}}}$ the power of $x$ is {t.power} when $k = {t.k}$: {what} is "
        f"${t.factors} = {value}$, built on entry {t.k} of row {t.n}."
        + (f" The block's ${fmt(t.stated, 6)}$ is false." if false else ""),
        f"在 $\\left({t.base}\\right)^{{{t.n}}}$ 中，$k = {t.k}$ 时 $x$ 的次数为 {t.power}：{what}为 "
        f"${t.factors} = {value}$，用到第 {t.n} 行的第 {t.k} 个数。"
        + (f"题中的 ${fmt(t.stated, 6)}$ 不成立。" if false else "")))
    w.code(f'asked = MathTex(r"k = {t.k}:\\quad \\binom{{{t.n}}}{{{t.k}}} = {math.comb(t.n, t.k)},\\qquad '
           f'T_{{{t.k + 1}}} = {value}' + (r"\,x^{" + str(t.power) + "}" if t.power else "") + '", font_size=36, color=GREEN)',
           "if asked.width > 11:",
           "    asked.scale_to_fit_width(11)",
           "if asked.height > 0.62:",
           "    asked.scale_to_fit_height(0.62)",
           "asked.move_to(total).align_to(total, DOWN)  # in the sum's place, under the triangle")
    w.play(f"Circumscribe(rows[{t.n}][{t.k}], color=GREEN), FadeOut(total), FadeIn(asked, shift=UP * 0.2)", 1.4)
    if false:
        w.code(f'said = MathTex(r"{fmt(t.stated, 6)}", font_size=34, color=RED).next_to(asked, RIGHT, buff=0.4)')
        w.play("FadeIn(said), Create(Cross(stroke_width=5).scale(0.15).next_to(said, RIGHT, buff=0.2))", 0.8)
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
