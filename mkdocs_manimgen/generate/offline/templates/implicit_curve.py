"""implicit_curve: the author's curve F(x, y) = c (xy = 6, x^2 + y^2 = 25, x^3 + y^3 = 6xy) drawn
from its equation, with the tangent and the normal at the author's point and dy/dx = -F_x/F_y read
out as they move along the curve.

A recipe over :mod:`..parts.curve` (equal-unit axes) and :mod:`..parts.tangents` (the branch and
the moving tangent and normal). The author's point must lie on the curve, and a slope, a dy/dx or a
tangent/normal the block states must agree with the curve's (:func:`..calculus.read_implicit`)."""

from __future__ import annotations

import re

import numpy as np
import sympy as sp

from ..implicit import Implicit, read_implicit
from ..latex import fmt
from ..parts.curve import SIDE_AREA, View, equal_view, plain_axes
from ..parts.tangents import gradient_code, moving_frame, thinned, trace_branch
from ..verify import asked
from .common import Ctx, formula_corner

PRIORITY = 5  # before the conic and plotting families: a tangent asked of an equation in x and y is this question
TITLE = ("An Implicit Curve and Its Tangent", "隐函数曲线与切线")
WHAT = ("A curve $F(x, y) = c$ need not be a graph $y = f(x)$, yet it has a tangent at each regular point. Differentiating both sides "
        "in $x$ (with $y$ a function of $x$) gives $\\frac{dy}{dx} = -F_x / F_y$; the normal is perpendicular to the tangent, "
        "along the gradient $(F_x, F_y)$.",
        "曲线 $F(x, y) = c$ 不一定是函数图像 $y = f(x)$，但在每个正则点都有切线。两边对 $x$ 求导（把 $y$ 看作 $x$ 的函数）得 "
        "$\\frac{dy}{dx} = -F_x / F_y$；法线与切线垂直，沿梯度 $(F_x, F_y)$ 方向。")
KEYWORDS = (r"implicit(?:ly)? differentiat", r"implicit (?:function|curve|equation)", r"隐函数", r"隐式")


def _asks_normal(info) -> bool:
    return info.reading.asks("a normal line")


def evidence(info) -> int | None:
    """A keyword; or a tangent/normal/slope asked of an equation in x and y (``the tangent to x^2 + y^2 = 25``);
    none when the block asks a question this family does not draw (a constrained optimum, related rates)."""
    if any("implicit_curve" not in q.drawn_by for q in asked(info)):
        return None
    if any(re.search(k, info.prose, re.I) for k in KEYWORDS):
        return 0
    if re.search(r"tangent|normal|slope|切线|法线|斜率", info.prose, re.I):
        return 0
    if re.search(r"\\frac\{dy\}\{dx\}|y'", " ".join(info.blocks)):
        return 1
    return None


def needs(info) -> bool:
    """An equation in x and y (not y = f(x)); its point on it; stated slopes agree."""
    return read_implicit(info, _asks_normal(info)) is not None


def _functions(imp: Implicit):
    x, y = sp.Symbol("x"), sp.Symbol("y")
    return [sp.lambdify((x, y), e, "numpy") for e in (imp.expr, sp.diff(imp.expr, x), sp.diff(imp.expr, y))]


def _view(F, point) -> View:
    """Equal-unit window: the whole curve when it is bounded inside [-10, 10]^2, else a square-ish
    window around the author's point (or the origin)."""
    g = np.linspace(-10, 10, 241)
    X, Y = np.meshgrid(g, g)
    with np.errstate(all="ignore"):
        Z = np.asarray(F(X, Y), dtype=float) * np.ones_like(X)
    s = np.sign(Z)
    cross = (s[:-1, :-1] != s[1:, :-1]) | (s[:-1, :-1] != s[:-1, 1:])
    ys, xs = np.nonzero(cross)
    px, py = point if point is not None else (0.0, 0.0)
    if xs.size and g[xs].min() > -9.5 and g[xs].max() < 9.5 and g[ys].min() > -9.5 and g[ys].max() < 9.5:
        a, b = min(g[xs].min(), px), max(g[xs].max() + 0.1, px)
        lo, hi = min(g[ys].min(), py), max(g[ys].max() + 0.1, py)
        padx, pady = 0.15 * (b - a) + 0.3, 0.15 * (hi - lo) + 0.3
        return equal_view(a - padx, b + padx, lo - pady, hi + pady, SIDE_AREA)
    r = max(4.0, 2.0 * max(abs(px), abs(py)))
    return equal_view(-r * SIDE_AREA[0] / SIDE_AREA[1], r * SIDE_AREA[0] / SIDE_AREA[1], -r, r, SIDE_AREA)


def _start(F, view: View) -> tuple[float, float] | None:
    """A point of the curve inside the view when the author gives none (where the moving tangent starts)."""
    inside = [p for p in _curve_samples_view(F, view)]
    return inside[len(inside) // 2] if inside else None


def _curve_samples_view(F, view: View):
    xs = np.linspace(view.a + 0.05 * (view.b - view.a), view.b - 0.05 * (view.b - view.a), 31)
    ys = np.linspace(view.lo, view.hi, 401)
    for a in xs:
        with np.errstate(all="ignore"):
            v = np.asarray(F(a, ys), dtype=float) * np.ones_like(ys)
        for i in np.nonzero(np.sign(v[:-1]) * np.sign(v[1:]) < 0)[0][:1]:
            lo, hi = ys[i], ys[i + 1]
            for _ in range(50):
                mid = 0.5 * (lo + hi)
                lo, hi = (mid, hi) if np.sign(F(a, mid)) == np.sign(F(a, lo)) else (lo, mid)
            yield float(a), 0.5 * (lo + hi)


def build(ctx: Ctx) -> None:
    w = ctx.w
    normal = _asks_normal(ctx.info)
    imp = read_implicit(ctx.info, normal)
    F, gx, gy = _functions(imp)
    view = _view(F, imp.point)
    start = imp.point or _start(F, view)
    branch, i0 = trace_branch(F, gx, gy, start, view)
    branch, i0 = thinned(branch, i0)
    x, y = sp.Symbol("x"), sp.Symbol("y")
    dydx = sp.simplify(-sp.diff(imp.expr, x) / sp.diff(imp.expr, y))
    ctx.facts.update(implicit=imp, dydx=dydx)

    w.beat(ctx.title, ctx.L(f"The curve ${imp.tex}$ is given implicitly, by an equation in $x$ and $y$; it still has a tangent at each regular point.",
                            f"曲线 ${imp.tex}$ 由关于 $x$、$y$ 的方程隐式给出；它在每个正则点仍有切线。"))
    w.title(ctx.title)
    formula_corner(ctx, imp.tex + (r",\quad " + imp.stated if imp.stated else ""))
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)

    plain_axes(ctx, view)
    w.code("def F(x, y):", f"    return {imp.code}", "",
           "curve = axes.plot_implicit_curve(F, color=BLUE, min_depth=6, max_quads=3000)")
    w.beat(ctx.L("The curve", "曲线"), ctx.L(f"Every point $(x, y)$ with ${imp.tex}$, drawn from the equation itself.",
                                            f"满足 ${imp.tex}$ 的所有点 $(x, y)$，直接由方程画出。"))
    w.play("Create(axes), Write(axis_labels)", 1)
    w.play("Create(curve)", 2)

    gradient_code(ctx, imp.fx, imp.fy)
    rule = sp.latex(dydx)
    w.beat(ctx.L("Differentiate both sides", "两边对 x 求导"), ctx.L(
        f"With $y$ a function of $x$, differentiating ${imp.tex}$ gives $\\frac{{dy}}{{dx}} = -\\frac{{F_x}}{{F_y}} = {rule}$.",
        f"把 $y$ 看作 $x$ 的函数，对 ${imp.tex}$ 两边求导得 $\\frac{{dy}}{{dx}} = -\\frac{{F_x}}{{F_y}} = {rule}$。"))
    w.wait(1.5)
    moving_frame(ctx, branch, i0, view, imp.point, _said_at(imp), normal_slope=normal)


def _said_at(imp: Implicit) -> tuple[str, str]:
    if imp.point is None:
        return ("At a point of the curve: the tangent (yellow) and the normal (green), perpendicular to it.",
                "曲线上一点处的切线（黄色）和与之垂直的法线（绿色）。")
    px, py = (fmt(v, 4) for v in imp.point)
    if imp.slope is None:
        return (f"At $({px}, {py})$ the tangent is vertical and the normal horizontal.", f"在点 $({px}, {py})$ 处，切线竖直，法线水平。")
    m = sp.latex(imp.slope)
    normal = (f"; the normal there has slope ${sp.latex(-1 / imp.slope)}$", f"；法线斜率为 ${sp.latex(-1 / imp.slope)}$") if imp.slope != 0 else ("; the normal is vertical", "；法线竖直")
    return (f"At $({px}, {py})$ the slope is $\\frac{{dy}}{{dx}} = {m}${normal[0]}.", f"在点 $({px}, {py})$ 处，斜率 $\\frac{{dy}}{{dx}} = {m}${normal[1]}。")
