"""roots_of_unity: the n solutions of z^n = 1 (or z^n = w) as a regular polygon in the complex plane.

Multiplying by the first root turns the polygon onto itself, one vertex along, which is why
the roots are equally spaced; n (and w) are the author's.
"""

from __future__ import annotations

import cmath
import math
import re

from ..families import no_formula
from ..latex import fmt
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
KEYWORDS = (r"roots?\s+of\s+unity", r"单位根", r"n-?th\s+roots?", r"cyclotomic", r"分圆")
_LONE_Z = r"(?:^|(?<=[,;(])|(?<=\\quad))\s*z\^\{?\s*(\d+)\s*\}?\s*="  # z^n is the whole left side: x^2 + y^2 + z^2 = 4 is a sphere
TEX_PATTERNS = (_LONE_Z + r"\s*-?(\d+(\.\d+)?\s*i?|i)(?![\w.^{])",)


def needs(info):
    """(n, w) from the author's z^n = w (w a real or complex number), or n alone; no formula: n = 6, for instance."""
    if no_formula(info):
        return 6, 1.0
    for tex in info.blocks:
        m = re.search(_LONE_Z + r"\s*([^,;]+)", tex)
        if m and 2 <= int(m.group(1)) <= 24:
            w = _complex(m.group(2).strip())
            if w is not None and abs(w) > 1e-9:
                return int(m.group(1)), w
    given = re.search(r"(?<![A-Za-z\\])n\s*=\s*(\d+)", " ".join(info.blocks))
    if given and 2 <= int(given.group(1)) <= 24 and re.search(r"\\omega|e\^\{?\s*\\?frac\{?2\s*\\pi|e\^\{\s*2\s*\\pi", " ".join(info.blocks)):
        return int(given.group(1)), 1.0
    return None


def _complex(tex: str):
    tex = tex.replace(" ", "")
    real = number(tex)
    if real is not None:
        return complex(real)
    m = re.fullmatch(r"([+-]?\d*\.?\d*)i", tex)  # 8i, -i
    if m:
        return complex(0, _coefficient(m.group(1)))
    m = re.fullmatch(r"([+-]?\d+\.?\d*)([+-]\d*\.?\d*)i", tex)  # 1 + 2i
    if m:
        return complex(float(m.group(1)), _coefficient(m.group(2)))
    return None


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
    lead = ctx.L("For instance, t", "例如，") if not ctx.info.blocks else ctx.L("T", "")
    w.beat(ctx.title, ctx.L(f"{lead}he {n} solutions of $z^{{{n}}} = {rhs}$.", f"{lead}$z^{{{n}}} = {rhs}$ 的 {n} 个解。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 70 else f"z^{{{n}}} = {rhs}")
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


def _tex(z: complex) -> str:
    if abs(z.imag) < 1e-12:
        return fmt(z.real)
    if abs(z.real) < 1e-12:
        return f"{fmt(z.imag)}i" if z.imag not in (1, -1) else ("i" if z.imag > 0 else "-i")
    sign = "+" if z.imag > 0 else "-"
    return f"{fmt(z.real)} {sign} {fmt(abs(z.imag))}i"


@check("roots_of_unity")
def _check(f):
    n = f["n"]
    return (f"What is the product of $\\omega = e^{{2\\pi i/{n}}}$ with itself ${n}$ times, and where is $\\omega^2$ in the picture?",
            f"$\\omega = e^{{2\\pi i/{n}}}$ 自乘 ${n}$ 次是多少？$\\omega^2$ 在图中的哪里？",
            f"$\\omega^{{{n}}} = 1$: ${n}$ turns of ${fmt(360 / n, 2)}^\\circ$ make a full turn. $\\omega^2$ is the vertex two steps round from $1$ (on the unit circle).",
            f"$\\omega^{{{n}}} = 1$：${n}$ 次 ${fmt(360 / n, 2)}^\\circ$ 的旋转正好一整圈。$\\omega^2$ 是从 1 出发逆时针第二个顶点（在单位圆上）。")
