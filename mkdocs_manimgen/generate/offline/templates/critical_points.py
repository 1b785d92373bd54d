"""critical_points: the local extrema and saddle points of the author's f(x, y) by the second derivative test.

The stationary points solve f_x = f_y = 0 (sympy, polynomials); at each, A = f_xx, B = f_xy, C = f_yy decide it:
AC - B^2 > 0 with A > 0 a minimum, with A < 0 a maximum, AC - B^2 < 0 a saddle (the test of every multivariable
calculus course; 同济's notation A, B, C). The surface z = f(x, y) carries a marker at each point (the shapes
and legend of potential_surface), and a panel lists the test's numbers point by point with f's value.

Precision: the block asks for extrema, saddle or stationary points of one f(x, y) (a gradient, a tangent plane,
a constrained optimum or a potential are other families'); a point where the test says nothing (AC = B^2),
or stationary points too far apart to show on one surface, leave the block to the walkthrough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ....language import LABELS
from ..symbolic import evaluate2
from ..notes import check
from . import _landscape
from ._planar_potential import _legend, _marker
from ..parts.contours import level_curves
from ._three_d import axes_code, open_3d, surface_function
from .common import Ctx, fmt, math_mob, text_mob

PRIORITY = 34  # before lagrange_multiplier (a constraint is its question: it reads one, this family never does)
THREE_D = True
TITLE = ("Extrema of a Function of Two Variables", "二元函数的极值")
WHAT = ("Where $f(x, y)$ has a local extremum its tangent plane is flat: $f_x = f_y = 0$. At such a stationary point put "
        "$A = f_{xx}$, $B = f_{xy}$, $C = f_{yy}$: if $AC - B^2 > 0$ it is a minimum ($A > 0$) or a maximum ($A < 0$); if "
        "$AC - B^2 < 0$ a saddle; if $AC - B^2 = 0$ the test decides nothing.",
        "$f(x, y)$ 在极值点处切平面水平：$f_x = f_y = 0$。在这样的驻点处记 $A = f_{xx}$，$B = f_{xy}$，$C = f_{yy}$："
        "$AC - B^2 > 0$ 时，$A > 0$ 为极小值，$A < 0$ 为极大值；$AC - B^2 < 0$ 时不是极值点（鞍点）；$AC - B^2 = 0$ 时无法判定。")
ASKS = (r"\b(?:local|relative)\s+(?:extrem|max|min)|\bextrem(?:um|a)\b|saddle\s+points?|stationary\s+points?|critical\s+points?|"
        r"second[- ]derivative\s+test|hessian|极值|驻点|鞍点|稳定点|临界点")
_TWO_VARIABLES = r"f\s*\(\s*x\s*,\s*y\s*\)|z\s*=|二元函数|two\s+variables|\bf_x\b|\bf_\{?x"
_OTHER = (r"lagrange|拉格朗日|subject\s+to|constraint|条件极值|约束|on\s+the\s+(?:circle|ellipse|curve|line|boundary|region|disc|disk)|"
          r"在[^。，]{0,12}(?:圆|椭圆|直线|曲线|区域|边界)上|closed\s+(?:region|disc|disk|triangle|rectangle)|闭区域|"
          r"potential|势能|gradient\s+descent|梯度下降|tangent\s+plane|切平面")
_CONTOURS = r"level\s+(?:curves?|sets?)|contour|等高线|等值线"
_SPAN = 6.0  # stationary points farther out than this are not shown on one surface with the others


@dataclass(frozen=True)
class Stationary:
    x: float
    y: float
    kind: str
    A: float
    B: float
    C: float
    value: float

    @property
    def det(self) -> float:
        """AC - B^2, the second derivative test's discriminant."""
        return self.A * self.C - self.B ** 2


def evidence(info) -> int | None:
    asks = re.search(ASKS, info.prose, re.I)
    two = re.search(_TWO_VARIABLES, " ".join(info.blocks)) or re.search(r"二元函数|two\s+variables", info.prose, re.I)
    return 0 if asks and two and not re.search(_OTHER, info.concept, re.I) else None


def needs(info) -> tuple[object, str, list[Stationary]] | None:
    """The author's f(x, y) (a polynomial) with its stationary points, each decided by the test; None when the
    block writes another question, when a point is degenerate, or when there is none to show."""
    import sympy as sp

    if evidence(info) is None:
        return None
    code, tex, expr, own = surface_function(info, "", "")
    if not own or not expr.is_polynomial(*sp.symbols("x y")):
        return None
    everywhere = _landscape.critical_points(expr, limit=1e9, degenerate=True)  # solved once; the window's are a subset
    points = [c for c in everywhere or [] if max(abs(c.x), abs(c.y)) <= _SPAN]
    if not points or any(c.kind == "degenerate" for c in points):
        return None
    if len(everywhere) != len(points):
        return None  # a stationary point outside the window: "all extrema" would be wrong
    x, y = sp.symbols("x y")
    hxx, hxy, hyy = sp.diff(expr, x, 2), sp.diff(expr, x, y), sp.diff(expr, y, 2)
    found = []
    for c in points:
        at = {x: sp.nsimplify(c.x), y: sp.nsimplify(c.y)}
        found.append(Stationary(c.x, c.y, c.kind, float(hxx.subs(at)), float(hxy.subs(at)), float(hyy.subs(at)),
                                float(expr.subs(at))))
    return expr, code, found


def build(ctx: Ctx) -> None:
    import sympy as sp

    w = ctx.w
    expr, code, points = needs(ctx.info)
    x, y = sp.symbols("x y")
    tex = sp.latex(expr)
    fx, fy = sp.latex(sp.diff(expr, x)), sp.latex(sp.diff(expr, y))
    far = max(max(abs(p.x), abs(p.y)) for p in points)
    R = float(max(1.5, round(1.5 * far + 0.5, 1)))
    g = np.linspace(-R, R, 61)
    Z = evaluate2(code, *np.meshgrid(g, g))
    lo, hi = float(np.nanmin(Z)), float(np.nanmax(Z))
    k = 2.6 / max(hi - lo, 1e-6)  # the surface about 2.6 units tall
    ctx.facts.update(tex=tex, points=points)
    zh = ctx.zh
    test = "AC - B^2" if zh else "D = f_{xx} f_{yy} - f_{xy}^2"
    w.beat(ctx.title, ctx.L(f"The surface $z = {tex}$ over the square $|x|, |y| \\le {fmt(R)}$.",
                            f"曲面 $z = {tex}$，画在正方形 $|x|, |y| \\le {fmt(R)}$ 上。"))
    open_3d(ctx, "phi=60 * DEGREES, theta=-55 * DEGREES, zoom=0.8", "z = " + tex, 34, max_width=6)
    axes_code(ctx, f"x_range=[-{fmt(R)}, {fmt(R)}, 1], y_range=[-{fmt(R)}, {fmt(R)}, 1], z_range=[-1.5, 1.5, 1], "
                   "x_length=5.5, y_length=5.5, z_length=3")
    w.code("axes.shift(LEFT * 2.6 + DOWN * 0.4)  # the panel of the test's numbers takes the right half")
    rows = [rf"f_x = {fx} = 0,\quad f_y = {fy} = 0"]
    for p in points:
        D = p.det
        sign = ">" if D > 0 else "<"
        verdict = LABELS["zh" if zh else "en"][p.kind]
        rows.append(rf"({fmt(p.x, 3)}, {fmt(p.y, 3)}):\ A = {fmt(p.A, 3)},\ B = {fmt(p.B, 3)},\ C = {fmt(p.C, 3)},\ "
                    rf"{'AC - B^2' if zh else 'D'} = {fmt(D, 3)} {sign} 0")
        rows.append((rf"\Rightarrow\ f = {fmt(p.value, 4)}", verdict))
    w.code(
        "",
        "def F(x, y):",
        f"    return {fmt(k, 4)} * ({code}) + ({fmt(-k * (lo + hi) / 2, 4)})  # scaled and centred to fit",
        "",
        "surface = Surface(lambda u, v: axes.c2p(u, v, F(u, v)),",
        f"                  u_range=[-{fmt(R)}, {fmt(R)}], v_range=[-{fmt(R)}, {fmt(R)}], resolution=(14, 14),",
        "                  checkerboard_colors=[BLUE_D, TEAL_D], fill_opacity=0.8, stroke_width=0)",
        f"critical = {[(p.x, p.y, p.kind) for p in points]}",
        "marker = {",
        *(f'    "{kind}": lambda: {_marker(kind)},' for kind in _landscape.KINDS if any(p.kind == kind for p in points)),
        "}",
        "marks = VGroup(*[marker[kind]().move_to(axes.c2p(x, y, F(x, y) + 0.1)) for x, y, kind in critical])",
        "self.add_fixed_orientation_mobjects(*marks)  # flat, facing the camera however it turns",
        "self.remove(*marks)",
        f"panel = VGroup({', '.join(_row(r) for r in rows)})",
        "panel.arrange(DOWN, aligned_edge=LEFT, buff=0.16)",
        "panel.scale_to_fit_width(min(panel.width, 5.6)).to_corner(UR, buff=0.3).shift(DOWN * 0.9)",
        "for row in panel:",
        "    row.add_background_rectangle(opacity=0.8, buff=0.05)",
        "self.add_fixed_in_frame_mobjects(panel)",
        "self.remove(panel)",
        f"legend = VGroup({', '.join(_legend(ctx, points, False))}).arrange(DOWN, aligned_edge=LEFT, buff=0.18).to_corner(DL, buff=0.35)",
        "self.add_fixed_in_frame_mobjects(legend)",
        "self.remove(legend)",
    )
    w.play("Write(title), FadeIn(formula), Create(axes)", 1.2)
    w.play("Create(surface)", 2)
    listed = ctx.L(" and ", "和").join(f"$({fmt(p.x, 3)}, {fmt(p.y, 3)})$" for p in points)
    w.beat(ctx.L("Where the tangent plane is flat", "切平面水平的点"),
           ctx.L(f"$f_x = {fx}$ and $f_y = {fy}$ vanish together at {listed}.",
                 f"$f_x = {fx}$ 与 $f_y = {fy}$ 同时为零的点：{listed}。"))
    w.play("FadeIn(panel[0]), FadeIn(marks)", 1.2)
    for i, p in enumerate(points):
        D = p.det
        at = f"$({fmt(p.x, 3)}, {fmt(p.y, 3)})$"
        name_zh = LABELS["zh"][p.kind]
        why_en = ("$D < 0$: a saddle, no extremum" if D < 0 else
                  f"$D > 0$ and $A {'>' if p.A > 0 else '<'} 0$: a local {p.kind}")
        why_zh = ("$AC - B^2 < 0$：鞍点，不是极值点" if D < 0 else
                  f"$AC - B^2 > 0$ 且 $A {'>' if p.A > 0 else '<'} 0$：{name_zh}")
        w.beat(ctx.L(f"At {at}", f"在 {at} 处"),
               ctx.L(f"At {at}: $A = {fmt(p.A, 3)}$, $B = {fmt(p.B, 3)}$, $C = {fmt(p.C, 3)}$, ${test} = {fmt(D, 3)}$; {why_en}, "
                     f"with $f = {fmt(p.value, 4)}$.",
                     f"在 {at} 处：$A = {fmt(p.A, 3)}$，$B = {fmt(p.B, 3)}$，$C = {fmt(p.C, 3)}$，$AC - B^2 = {fmt(D, 3)}$；{why_zh}，"
                     f"$f = {fmt(p.value, 4)}$。"))
        w.play(f"FadeIn(panel[{2 * i + 1}]), FadeIn(panel[{2 * i + 2}]), Indicate(marks[{i}], scale_factor=1.6)", 1.4)
    if re.search(_CONTOURS, ctx.info.concept, re.I):
        fz = k * Z - k * (lo + hi) / 2  # F's values on the grid
        levels = sorted({round(float(v), 4) for v in np.quantile(fz, [0.08, 0.22, 0.4, 0.6, 0.8, 0.95])}
                        | {round(k * p.value - k * (lo + hi) / 2, 4) for p in points})
        level_curves(w, "contours", levels, (-R, R, -R, R), color="YELLOW_E", fn="F", z=-1.5)
        w.beat(ctx.L("Level curves", "等高线"), ctx.L(
            "Below, the level curves $f = c$ on the floor: closed rings shrink onto a minimum or a maximum, and two of them "
            "cross at a saddle.", "下方是等高线 $f = c$：极值点周围是一圈圈收缩的闭曲线，鞍点处两条等高线交叉。"))
        w.play("Create(contours)", 1.8)
    w.play("FadeIn(legend)", 0.6)
    w.move_camera("phi=52 * DEGREES, theta=-40 * DEGREES", 2.0)  # a small turn: the panel keeps the right half
    w.wait(1.2)


def _row(row) -> str:
    """Scene code of one panel row: a formula, or a verdict (the formula ⇒ f and the kind's word, in text so CJK shows)."""
    if isinstance(row, str):
        return math_mob(row, 26)
    formula, word = row
    return f"VGroup({math_mob(formula, 26, 'YELLOW')}, {text_mob(word, 22, 'YELLOW')}).arrange(RIGHT, buff=0.2)"


@check("critical_points")
def _check(f):
    saddles = [p for p in f["points"] if p.kind == "saddle"]
    if saddles:
        p = saddles[0]
        return (f"Why is $({fmt(p.x, 3)}, {fmt(p.y, 3)})$ no extremum, although $f_x = f_y = 0$ there?",
                f"$({fmt(p.x, 3)}, {fmt(p.y, 3)})$ 处 $f_x = f_y = 0$，为什么它不是极值点？",
                "There $AC - B^2 < 0$: along one direction through the point $f$ rises, along another it falls, like a saddle.",
                "该点 $AC - B^2 < 0$：过该点沿某个方向 $f$ 增大，沿另一方向 $f$ 减小，像马鞍一样。")
    p = f["points"][0]
    return (f"Why does $AC - B^2 > 0$ with $A {'>' if p.A > 0 else '<'} 0$ make $({fmt(p.x, 3)}, {fmt(p.y, 3)})$ a {p.kind}?",
            f"为什么 $AC - B^2 > 0$ 且 $A {'>' if p.A > 0 else '<'} 0$ 说明 $({fmt(p.x, 3)}, {fmt(p.y, 3)})$ 是{LABELS['zh'][p.kind]}？",
            "Near the point f is its second-order Taylor polynomial; with $AC - B^2 > 0$ that quadratic keeps one sign, "
            "the sign of $A$, in every direction.",
            "在该点附近 f 近似为二阶泰勒多项式；$AC - B^2 > 0$ 时这个二次型在各个方向上同号，符号与 $A$ 相同。")
