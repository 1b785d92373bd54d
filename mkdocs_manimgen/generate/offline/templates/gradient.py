"""gradient: level curves of the author's f(x, y), the gradient at the author's point drawn perpendicular to the
level curve through it (sympy's partial derivatives; a gradient the author states is checked).
"""

from __future__ import annotations

import math
import re

import numpy as np

from ..families import formula_example, law_example
from ..latex import fmt
from ..multivar import DIRECTIONAL, GRADIENT, read_gradient
from ..notes import check
from ..parts.contours import level_curves
from ..parts.vectors import arrow, right_angle, vec_code
from ..symbolic import evaluate2
from .common import Ctx, formula_corner

TITLE = ("The Gradient at a Point", "梯度")
WHAT = ("The gradient $\\nabla f = (f_x, f_y)$ points in the direction in which $f$ increases fastest; its length is that "
        "greatest rate, and it is perpendicular to the level curve through the point.",
        "梯度 $\\nabla f = (f_x, f_y)$ 指向 $f$ 增长最快的方向，其长度就是最大的变化率；它与过该点的等值线垂直。")
PRIORITY = 120
KEYWORDS = (GRADIENT, DIRECTIONAL)
TEX_PATTERNS = (r"\\nabla\s*f",)


def title_for(info) -> tuple[str, str] | None:
    grad = read_gradient(info)
    return ("The Directional Derivative", "方向导数") if grad is not None and grad.direction is not None else None


# A block that asks what the gradient means with no formula ("why does the gradient point uphill fastest? show it on
# a contour map"), or states only the general law ∇f = (f_x, f_y): an ellipse-shaped bowl, whose level curves are not
# circles, so the arrow's being perpendicular to them (and not pointing at the centre) is visible.
EXAMPLE = r"$f(x, y) = x^2 + 2y^2$ at the point $(1, 1)$"


# Where the gradient vanishes (a peak, a pit, a pass): a question about critical points, which an arrow at a point
# with a nonzero gradient does not answer.
_CRITICAL = (r"\bzero\b|vanish|critical|stationary|saddle|mountain\s+pass|\bpass\b|\bpeak|\bpit\b|maxim|minim|"
             r"为零|等于零|驻点|临界点|鞍点|极值|最大|最小")


def _reading(info) -> tuple[object, bool]:
    """The block's own reading, or the example's for a block that asks about the gradient in general, and whether
    it is the example."""
    if not re.search(GRADIENT, info.prose, re.I) or re.search(_CRITICAL, info.prose, re.I):
        return info, False
    info, example = formula_example(info, EXAMPLE)
    return (info, example) if example else law_example(info, GRADIENT, EXAMPLE)


def needs(info) -> bool:
    """The author's f(x, y) and point (or :data:`EXAMPLE` for a block that asks about the gradient in general), a
    gradient that is not zero there and equals the stated one; not gradient descent."""
    return not re.search(r"descent|下降", info.concept, re.I) and read_gradient(_reading(info)[0]) is not None


def _levels(code: str, box, c0: float) -> list[float]:
    """Five levels spread over f's values on the box, and c0 (the point's level) among them."""
    g = np.linspace(0, 1, 41)
    X, Y = np.meshgrid(box[0] + g * (box[1] - box[0]), box[2] + g * (box[3] - box[2]))
    Z = evaluate2(code, X, Y)
    Z = Z[np.isfinite(Z)] if Z is not None else np.array([])
    if Z.size == 0:
        return [c0]
    lo, hi = np.percentile(Z, [5, 95])
    step = (hi - lo) / 6 or 1.0
    return sorted({round(c0 + k * step, 6) for k in range(-6, 7) if lo <= c0 + k * step <= hi} | {c0})


def build(ctx: Ctx) -> None:
    import sympy as sp

    w = ctx.w
    info, w.example = _reading(ctx.info)
    grad = read_gradient(info)
    (x0, y0), (gx, gy) = grad.point, grad.grad
    length = math.hypot(gx, gy)
    k = 1.0 if length <= 3 else 2.5 / length  # the arrow's drawn length, declared on screen when not 1
    R = max(1.5, 1.25 * k * length)
    box = (x0 - R, x0 + R, y0 - R, y0 + R)
    c0 = grad.value
    x, y = sp.symbols("x y")
    fx, fy = sp.latex(sp.diff(grad.f.expr, x)), sp.latex(sp.diff(grad.f.expr, y))
    ctx.facts.update(point=(x0, y0), grad=(gx, gy), tex=grad.f.tex, c0=c0)
    P, G = vec_code((x0, y0), 3), vec_code((gx, gy), 4)
    w.beat(ctx.title, ctx.L(f"Level curves of $f(x, y) = {grad.f.tex}$ around the point ${P}$.",
                            f"$f(x, y) = {grad.f.tex}$ 在点 ${P}$ 附近的等值线。"))
    w.title(ctx.title)
    formula_corner(ctx, f"f(x, y) = {grad.f.tex}")
    step = 1 if R <= 6 else 5
    w.code(
        "axes = Axes(",
        f"    x_range=[{fmt(box[0], 4)}, {fmt(box[1], 4)}, {step}], y_range=[{fmt(box[2], 4)}, {fmt(box[3], 4)}, {step}],",
        "    x_length=5.6, y_length=5.6, tips=False,",
        '    axis_config={"include_numbers": False, "color": GREY_B, "stroke_opacity": 0.6},',
        ").to_corner(DL, buff=0.35).shift(RIGHT * 0.4)",
        "def F(x, y):",
        f"    return {grad.f.code}",
        "def at(x, y):",
        "    return axes.c2p(x, y)",
    )
    level_curves(w, "levels", _levels(grad.f.code, box, c0), box)
    level_curves(w, "through", [c0], box, color="YELLOW")
    w.code(
        f"point = Dot(at({fmt(x0, 4)}, {fmt(y0, 4)}), color=WHITE)",
        f'point_label = MathTex(r"{P}", font_size=28).next_to(point, DL, buff=0.1).add_background_rectangle(opacity=0.7, buff=0.03)',
        f'c_label = MathTex(r"f = {fmt(c0, 4)}", color=YELLOW, font_size=28).to_corner(DL, buff=0.3).add_background_rectangle(opacity=0.8, buff=0.04)',
    )
    w.play("Write(title), FadeIn(formula), Create(axes)", 1.2)
    w.play("Create(levels)", 1.8)
    w.play("Create(through), FadeIn(point), FadeIn(point_label), FadeIn(c_label)", 1.4)
    w.beat(ctx.L("Partial derivatives", "偏导数"),
           ctx.L(f"$f_x = {fx}$ and $f_y = {fy}$; at ${P}$ the gradient is $\\nabla f = {G}$"
                 + (", as stated." if grad.stated else "."),
                 f"$f_x = {fx}$，$f_y = {fy}$；在 ${P}$ 处梯度为 $\\nabla f = {G}$" + ("，与题中一致。" if grad.stated else "。")))
    w.code(
        "panel = VGroup(",
        f'    MathTex(r"f_x = {fx},\\quad f_y = {fy}", font_size=32),',
        f'    MathTex(r"\\nabla f{P} = {G}", font_size=34, color=RED),',
        f'    MathTex(r"|\\nabla f| = {fmt(length, 4)}", font_size=32),',
        ").arrange(DOWN, aligned_edge=LEFT, buff=0.3).to_edge(RIGHT, buff=0.5).shift(DOWN * 0.2)",
        "for row in panel:",
        "    row.add_background_rectangle(opacity=0.85, buff=0.06)",
    )
    w.play("Write(panel[0])", 1.2)
    w.play("Write(panel[1]), Write(panel[2])", 1.2)
    w.beat(ctx.L("Steepest ascent, across the level curve", "最速上升方向，垂直于等值线"),
           ctx.L("The gradient points where $f$ grows fastest, straight across the level curve: it is perpendicular to the curve's tangent."
                 + ("" if k == 1 else f" (drawn at {fmt(k, 3)} of its length)"),
                 "梯度指向 $f$ 增长最快的方向，垂直穿过等值线：它与等值线的切线垂直。"
                 + ("" if k == 1 else f"（按 {fmt(k, 3)} 倍长度绘制）")))
    t = (-gy / length, gx / length)
    w.code(
        f"tangent = DashedLine(at({fmt(x0 - 0.45 * R * t[0], 4)}, {fmt(y0 - 0.45 * R * t[1], 4)}), "
        f"at({fmt(x0 + 0.45 * R * t[0], 4)}, {fmt(y0 + 0.45 * R * t[1], 4)}), color=GREY_A)",
        f"grad_arrow = Arrow(at({fmt(x0, 4)}, {fmt(y0, 4)}), at({fmt(x0 + k * gx, 4)}, {fmt(y0 + k * gy, 4)}), buff=0, color=RED, stroke_width=7, max_tip_length_to_length_ratio=0.15)",
        f'grad_label = MathTex(r"{"" if k == 1 else fmt(k, 3) + chr(92) + ","}\\nabla f", color=RED, font_size=32).next_to(grad_arrow.get_end(), UR, buff=0.08)',
        "grad_label.add_background_rectangle(opacity=0.8, buff=0.04)",
    )
    right_angle(w, "corner", (x0, y0), t, (gx, gy), size=0.2)
    w.play("Create(tangent)", 1.0)
    w.play("GrowArrow(grad_arrow), FadeIn(grad_label), Create(corner)", 1.5)
    if grad.direction is not None:
        _directional(ctx, grad, k)
    w.wait(1.5)


def _directional(ctx: Ctx, grad, k: float) -> None:
    """The rate along the author's direction u: the shadow of ∇f on the unit vector u/|u|."""
    w = ctx.w
    (x0, y0), (gx, gy) = grad.point, grad.grad
    ux, uy = grad.unit
    s = k * (gx * ux + gy * uy)  # the drawn gradient's shadow on u, in plot units
    U, rate = vec_code(grad.direction, 3), fmt(grad.rate, 4)
    unit = "" if abs(math.hypot(*grad.direction) - 1) < 1e-9 else f" (unit vector $({fmt(ux, 3)}, {fmt(uy, 3)})$)"
    w.beat(ctx.L("The directional derivative", "方向导数"),
           ctx.L(f"Along $\\mathbf u = {U}${unit}, $f$ changes at the rate $D_{{\\mathbf u}} f = \\nabla f \\cdot \\mathbf u / |\\mathbf u| = {rate}$: "
                 "the shadow of the gradient on that direction.",
                 f"沿 $\\mathbf u = {U}${unit.replace(' (unit vector', '（单位向量').replace(')$)', ')$）')}，$f$ 的变化率为 "
                 f"$D_{{\\mathbf u}} f = \\nabla f \\cdot \\mathbf u / |\\mathbf u| = {rate}$：梯度在该方向上的投影。"))
    arrow(w, "u_arrow", (x0 + ux, y0 + uy), "GREEN", r"\mathbf u", tail=(x0, y0), size=32, side="DR")
    w.code(
        f"foot = at({fmt(x0 + s * ux, 4)}, {fmt(y0 + s * uy, 4)})",
        "drop = DashedLine(grad_arrow.get_end(), foot, color=GREY_A)",
        f"shadow = Line(at({fmt(x0, 4)}, {fmt(y0, 4)}), foot, color=YELLOW, stroke_width=9)",
        f'rate_row = MathTex(r"D_{{\\mathbf u}} f = \\nabla f \\cdot \\frac{{\\mathbf u}}{{|\\mathbf u|}} = {rate}", color=YELLOW, font_size=32)',
        "rate_row.next_to(panel, DOWN, buff=0.35, aligned_edge=LEFT).add_background_rectangle(opacity=0.85, buff=0.06)",
    )
    w.play("GrowArrow(u_arrow), FadeIn(u_arrow_label)", 1.0)
    w.play("Create(drop), Create(shadow)", 1.2)
    w.play("Write(rate_row)", 1.2)


@check("gradient")
def _check(f):
    (gx, gy), (x0, y0) = f["grad"], f["point"]
    n = math.hypot(gx, gy)
    u = f"({fmt(gx / n, 3)}, {fmt(gy / n, 3)})"
    return (f"In which unit direction does $f$ increase fastest at $({fmt(x0)}, {fmt(y0)})$, and at what rate?",
            f"在 $({fmt(x0)}, {fmt(y0)})$ 处 $f$ 沿哪个单位方向增长最快？变化率是多少？",
            f"Along ${u}$, the gradient's direction, at the rate $|\\nabla f| = {fmt(n, 4)}$; along the level curve the rate is 0.",
            f"沿梯度方向 ${u}$，变化率为 $|\\nabla f| = {fmt(n, 4)}$；沿等值线方向变化率为 0。")
