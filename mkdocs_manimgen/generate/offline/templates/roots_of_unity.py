"""roots_of_unity: the n solutions of z^n = 1 (or z^n = w) as a regular polygon in the complex plane.

Multiplying by the first root turns the polygon onto itself, one vertex along, which is why
the roots are equally spaced; n (and w) are the author's.
"""

from __future__ import annotations

import cmath
import math
import re

from ..families import no_formula
from ..latex import IMAGINARY_UNIT, fmt, plain_unit
from ..symbolic import number
from ..notes import check
from .common import Ctx, formula_corner

TITLE = ("Roots of Unity", "单位根")
WHAT = ("The $n$-th roots of unity are the solutions of $z^n = 1$: $z_k = e^{2\\pi i k/n}$, $k = 0, \\dots, n-1$. They sit "
        "on the unit circle as the vertices of a regular $n$-gon, and multiplying by $\\omega = e^{2\\pi i/n}$ turns the "
        "polygon onto itself.",
        "$n$ 次单位根是 $z^n = 1$ 的解：$z_k = e^{2\\pi i k/n}$，$k = 0, \\dots, n-1$。它们在单位圆上构成正 $n$ 边形的顶点，"
        "乘以 $\\omega = e^{2\\pi i/n}$ 就把多边形旋转到自身。")
PRIORITY = 55
_ORDINAL = {"square": 2, "cube": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
            "twelfth": 12, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "立": 3, "平": 2}
# "the fifth roots of $-32$" / "$-32$ 的五次方根" (plural, or 复 in the block: a real cube root is arithmetic, not this family)
_PROSE_EN = (r"\b(square|cube|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|\$?(\d+)\$?\s*-?\s*(?:st|nd|rd|th))\s+roots\s+of\s+"
             r"(?:\$([^$]+)\$|(unity))")
_PROSE_ZH = (r"(?:\$([^$]+)\$\s*的\s*(?:所有\s*)?|())(?:([二三四五六七八九十])次(?:方根|单位根)|([立平])方根|\$?\s*(\d+)\s*\$?\s*次(?:方根|单位根))")
KEYWORDS = (r"roots?\s+of\s+unity", r"单位根", r"n-?th\s+roots?", r"cyclotomic", r"分圆",
            r"\b(?:square|cube|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|\d+(?:st|nd|rd|th))\s+roots\s+of\b", r"次方根")
_LONE_Z = r"(?:^|(?<=[,;(])|(?<=\\quad))\s*z\^\{?\s*(\d+)\s*\}?\s*="  # z^n is the whole left side: x^2 + y^2 + z^2 = 4 is a sphere
TEX_PATTERNS = (_LONE_Z + r"\s*-?(\d+(\.\d+)?\s*i?|i)(?![\w.^{])",
                r"\)\s*\^\s*\{?\s*(?:\\[dt]?frac\s*\{?\s*1\s*\}?\s*\{?\s*\d|1\s*/\s*\d)")  # (1 + i)^{1/3}: a complex number's roots


def title_for(info) -> tuple[str, str] | None:
    """Roots of a number other than 1 are no roots of unity."""
    found = needs(info)
    if found and abs(complex(found[1]) - 1) > 1e-12:
        return ("Roots of a Complex Number", "复数的方根")
    return None


def needs(info):
    """(n, w) from the author's z^n = w (w a real or complex number), or n alone; no formula: n = 6, for instance."""
    prose = _prose_root(info.concept)
    if prose:
        return prose
    if no_formula(info):
        return 6, 1.0
    for tex in info.blocks:
        m = re.search(_LONE_Z + r"\s*([^,;]+)", tex)
        if m and 2 <= int(m.group(1)) <= 24:
            w = _complex(m.group(2).strip())
            if w is not None and abs(w) > 1e-9:
                return int(m.group(1)), w
    for tex in info.blocks:
        found = _fractional_power(tex)
        if found:
            return found
    given = re.search(r"(?<![A-Za-z\\])n\s*=\s*(\d+)", " ".join(info.blocks))
    if given and 2 <= int(given.group(1)) <= 24 and re.search(r"\\omega|e\^\{?\s*\\?frac\{?2\s*\\pi|e\^\{\s*2\s*\\pi", " ".join(info.blocks)):
        return int(given.group(1)), 1.0
    return None


def _prose_root(concept: str) -> tuple[int, complex] | None:
    """(n, w) from roots named in words: "the fifth roots of $-32$", "$8i$ 的三次方根" (a Chinese block must
    say 复, the complex plane or numbers: 8 的立方根 alone is arithmetic)."""
    m = re.search(_PROSE_EN, concept, re.I)
    if m:
        n, tex = int(m.group(2)) if m.group(2) else _ORDINAL[m.group(1).lower().strip("$")], m.group(3) or "1"
    else:
        m = re.search(_PROSE_ZH, concept)
        if not m or m.group(1) is None and "单位根" not in m.group(0) or m.group(1) is not None and "复" not in concept:
            return None
        n, tex = (int(m.group(5)) if m.group(5) else _ORDINAL[m.group(3) or m.group(4)]), m.group(1) or "1"
    w = _complex(tex.strip())
    if w is None or abs(w) < 1e-9 or not 2 <= n <= 24:
        return None
    # a positive real's roots are named in arithmetic too ("the square roots of 2 are irrational"): the complex
    # picture only when the block says complex, plane or all
    complex_ = w == 1 or w.imag != 0 or w.real < 0 or re.search(r"complex|argand|plane|\ball\b|复", concept, re.I)
    return (n, w) if complex_ else None


_ROOT_POWER = (r"\(\s*([^()]+?)\s*\)\s*\^\s*\{?\s*(?:\\[dt]?frac\s*\{?\s*1\s*\}?\s*\{?\s*(\d+)\s*\}?|1\s*/\s*(\d+))\s*\}?|"
               r"\\sqrt\s*\[\s*(\d+)\s*\]\s*\{([^{}]+)\}")


def _fractional_power(tex: str) -> tuple[int, complex] | None:
    """(n, w) from ``(1+\\sqrt3\\,i)^{\\frac13}``, ``(w)^{1/n}`` or ``\\sqrt[n]{w}`` of a non-real w: the n-th roots
    of a complex number (a real one's root is arithmetic)."""
    flat = re.sub(r"\\(?:left|right)(?![A-Za-z])", "", tex)
    for m in re.finditer(_ROOT_POWER, flat):
        n = int(m.group(2) or m.group(3) or m.group(4))
        w = _complex(m.group(1) or m.group(5))
        if w is not None and 2 <= n <= 24 and abs(w.imag) > 1e-12:
            return n, w
    return None


def _complex(tex: str):
    tex = tex.replace(" ", "")
    if re.search(IMAGINARY_UNIT, tex):
        return _exact_complex(tex)  # number() reads \mathrm{i} as a unit and drops it
    real = number(tex)
    if real is not None:
        return complex(real)
    m = re.fullmatch(r"([+-]?\d*\.?\d*)i", tex)  # 8i, -i
    if m:
        return complex(0, _coefficient(m.group(1)))
    m = re.fullmatch(r"([+-]?\d+\.?\d*)([+-]\d*\.?\d*)i", tex)  # 1 + 2i
    if m:
        return complex(float(m.group(1)), _coefficient(m.group(2)))
    return _exact_complex(tex)


def _exact_complex(tex: str):
    """``1+\\sqrt3\\,\\mathrm{i}``, ``\\frac{\\sqrt2}{2}(1+i)``: a complex number written with roots and fractions."""
    import sympy as sp

    from ..symbolic import exact_complex, parse

    expr = parse(plain_unit(tex))
    value = exact_complex(expr) if isinstance(expr, sp.Expr) else None
    return None if value is None else complex(value)


def _coefficient(text: str) -> float:
    return float(text) if text not in ("", "+", "-") else (-1.0 if text == "-" else 1.0)


def build(ctx: Ctx) -> None:
    w = ctx.w
    n, target = needs(ctx.info) or (6, 1.0)
    target = complex(target)
    R = abs(target) ** (1 / n)
    base = cmath.phase(target) / n
    roots = [R * cmath.exp(1j * (base + 2 * math.pi * k / n)) for k in range(n)]
    unity = abs(target - 1) < 1e-12
    ctx.facts.update(n=n, unity=unity, R=R)
    rhs = "1" if unity else _tex(target)
    w.example = no_formula(ctx.info) and _prose_root(ctx.info.concept) is None
    lead = ctx.L("For instance, t", "例如，") if w.example else ctx.L("T", "")
    w.beat(ctx.title, ctx.L(f"{lead}he {n} solutions of $z^{{{n}}} = {rhs}$.", f"{lead}$z^{{{n}}} = {rhs}$ 的 {n} 个解。"))
    w.title(ctx.title)
    own = ctx.formula if ctx.formula and len(ctx.formula) < 70 and re.search(r"[zw]\s*\^", ctx.formula) else None
    formula_corner(ctx, own or f"z^{{{n}}} = {rhs}")  # a bare -32 read from "the fifth roots of -32" is no equation
    scale = 2.3 / R
    w.code(
        f"s = {fmt(scale, 4)}  # screen units per unit of the plane",
        "plane = ComplexPlane(x_range=[-8, 8, 1], y_range=[-5, 5, 1], background_line_style={\"stroke_opacity\": 0.3})",
        "plane.scale(s).shift(LEFT * 2.2 + DOWN * 0.6)",
        "O = plane.n2p(0)",
        f"circle = Circle(radius={fmt(R, 4)} * s, color=GREY_B).move_to(O)",
        f"roots = [{', '.join(f'complex({fmt(z.real, 5)}, {fmt(z.imag, 5)})' for z in roots)}]",
        "dots = VGroup(*[Dot(plane.n2p(z), color=YELLOW, radius=0.08) for z in roots])",
        "polygon = Polygon(*[plane.n2p(z) for z in roots], color=YELLOW, stroke_width=3, fill_opacity=0.15)",
        "labels = VGroup(*[MathTex(f\"z_{{{k}}}\", font_size=28).move_to(O + 1.22 * (plane.n2p(z) - O)) for k, z in enumerate(roots)])",
        f'omega = MathTex(r"\\omega = e^{{2\\pi i/{n}}}", font_size=38)',
        f'turn = MathTex(r"\\arg\\omega = {fmt(360 / n, 2)}^\\circ", font_size=34, color=TEAL)',
        f'sum_ = MathTex(r"z_0 + z_1 + \\dots + z_{{{n - 1}}} = 0", font_size=34)',
        "VGroup(omega, turn, sum_).arrange(DOWN, buff=0.35).to_edge(RIGHT, buff=0.5).shift(UP * 0.2)",
        "for mob in (omega, turn, sum_):",
        "    mob.add_background_rectangle(opacity=0.85, buff=0.08)",
    )
    w.play("Write(title), FadeIn(formula), Create(plane), Create(circle)", 1.4)
    radius_text = ctx.L("the unit circle" if unity else f"the circle of radius $|{rhs}|^{{1/{n}}} = {fmt(R, 3)}$",
                        "单位圆上" if unity else f"半径为 $|{rhs}|^{{1/{n}}} = {fmt(R, 3)}$ 的圆上")
    w.beat(ctx.L("Equally spaced roots", "等距分布的根"),
           ctx.L(f"All {n} roots lie on {radius_text}, ${fmt(360 / n, 2)}^\\circ$ apart.",
                 f"{n} 个根都在{radius_text}，相邻两个相差 ${fmt(360 / n, 2)}^\\circ$。"))
    w.play("LaggedStart(*[GrowFromCenter(d) for d in dots], lag_ratio=0.2), FadeIn(labels)", 1.8)
    w.play("Create(polygon)", 1.2)
    w.beat(ctx.L("Multiply by ω", "乘以 ω"),
           ctx.L(f"Multiplying every root by $\\omega = e^{{2\\pi i/{n}}}$ turns the polygon by ${fmt(360 / n, 2)}^\\circ$: it lands on itself.",
                 f"每个根都乘以 $\\omega = e^{{2\\pi i/{n}}}$，多边形旋转 ${fmt(360 / n, 2)}^\\circ$，恰好与自身重合。"))
    w.play("FadeIn(omega), FadeIn(turn)", 1)
    w.play(f"Rotate(VGroup(polygon, dots), angle=TAU / {n}, about_point=O)", 1.8)
    w.beat(ctx.L("They add up to zero", "它们的和为零"),
           ctx.L("By this symmetry the roots balance around the centre: their sum is 0.",
                 "由于这种对称性，这些根围绕圆心保持平衡：它们的和为 0。"))
    w.play("Write(sum_), Indicate(dots)", 1.4)
    w.wait(1.2)


def _part(v: float) -> str:
    """A real or imaginary part as the author likely wrote it: 1.7320508 is \\sqrt{3}, 0.5 is 0.5."""
    import sympy as sp

    e = sp.nsimplify(v, [sp.sqrt(2), sp.sqrt(3)], tolerance=1e-10)
    if not e.is_Rational and abs(float(e) - v) < 1e-9 and sp.count_ops(e) <= 3:
        return sp.latex(e) + "\\,"
    return fmt(v)


def _tex(z: complex) -> str:
    if abs(z.imag) < 1e-12:
        return fmt(z.real)
    if abs(z.real) < 1e-12:
        return f"{_part(z.imag)}i" if z.imag not in (1, -1) else ("i" if z.imag > 0 else "-i")
    sign = "+" if z.imag > 0 else "-"
    imag = "" if abs(abs(z.imag) - 1) < 1e-12 else _part(abs(z.imag))
    return f"{fmt(z.real)} {sign} {imag}i"


@check("roots_of_unity")
def _check(f):
    n = f["n"]
    return (f"What is the product of $\\omega = e^{{2\\pi i/{n}}}$ with itself ${n}$ times, and where is $\\omega^2$ in the picture?",
            f"$\\omega = e^{{2\\pi i/{n}}}$ 自乘 ${n}$ 次是多少？$\\omega^2$ 在图中的哪里？",
            f"$\\omega^{{{n}}} = 1$: ${n}$ turns of ${fmt(360 / n, 2)}^\\circ$ make a full turn. $\\omega^2$ is the vertex two steps round from $1$ (on the unit circle).",
            f"$\\omega^{{{n}}} = 1$：${n}$ 次 ${fmt(360 / n, 2)}^\\circ$ 的旋转正好一整圈。$\\omega^2$ 是从 1 出发逆时针第二个顶点（在单位圆上）。")
