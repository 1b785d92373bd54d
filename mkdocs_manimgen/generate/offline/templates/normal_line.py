"""normal_line: the tangent and the normal of the author's y = f(x) at the author's point, with both
slopes (m and -1/m) read out, then moved along the curve.

A recipe over :mod:`..parts.curve` (equal-unit axes: the right angle looks right) and
:mod:`..parts.tangents`, the graph taken as the curve F = y - f(x). A normal line or slope the block
states must be the normal's (or the tangent's) there (:func:`..calculus.read_point_ask`)."""

from __future__ import annotations


import sympy as sp

from ..calculus import PointAsk, read_point_ask, statement
from ..latex import fmt
from ..parts.curve import SIDE_AREA, equal_view
from ..parts.tangents import gradient_code, moving_frame, thinned, trace_branch
from ..symbolic import evaluate, to_numpy
from .common import Ctx, Fn, formula_corner, graph_setup

PRIORITY = 160
TITLE = ("The Normal Line", "法线")
WHAT = ("The normal to a curve at a point is the line through it perpendicular to the tangent: where the tangent's slope is "
        "$m = f'(a) \\neq 0$, the normal's is $-1/m$, and its equation is $y - f(a) = -\\frac{1}{f'(a)}(x - a)$.",
        "曲线在一点的法线是过该点且与切线垂直的直线：切线斜率 $m = f'(a) \\neq 0$ 时，法线斜率为 $-1/m$，"
        "方程为 $y - f(a) = -\\frac{1}{f'(a)}(x - a)$。")


def evidence(info) -> int | None:
    return 0 if info.reading.asks("a normal line") else None


def needs(info) -> bool:
    """The author's f of x, the point, and any stated line or slope agreeing with the tangent or normal."""
    ask = read_point_ask(info, normal=True)
    return ask is not None and ask.curve.var == "x" and ask.secant is None and not ask.approx


def build(ctx: Ctx) -> None:
    w = ctx.w
    ask: PointAsk = read_point_ask(ctx.info, normal=True)
    c, at = ask.curve, ask.at
    fn = Fn(c.code, c.tex, c.expr, True)
    y0 = float(evaluate(c.code, "x", [at])[0])
    width = 6.0
    height = width * SIDE_AREA[1] / SIDE_AREA[0]
    view = equal_view(at - width / 2, at + width / 2, y0 - height / 2, y0 + height / 2, SIDE_AREA)
    x, y = sp.Symbol("x"), sp.Symbol("y")
    F = y - c.expr
    fx = to_numpy(sp.diff(F, x), ("x", "y"))
    funcs = [sp.lambdify((x, y), e, "numpy") for e in (F, sp.diff(F, x), sp.diff(F, y))]
    branch, i0 = trace_branch(*funcs, (at, y0), view)
    branch, i0 = thinned(branch, i0)
    m = ask.slope
    normal_line = sp.expand(-1 / m * (x - sp.nsimplify(at)) + c.expr.subs(x, sp.nsimplify(at)))
    ctx.facts.update(fn=fn, x0=at, normal=normal_line)
    name = "y" if c.name == "y" else "f(x)"
    d = "y'" if c.name == "y" else "f'"

    w.beat(ctx.title, ctx.L(f"The normal to ${name} = {c.tex}$ at $x = {fmt(at, 4)}$ is perpendicular to its tangent there.",
                            f"${name} = {c.tex}$ 在 $x = {fmt(at, 4)}$ 处的法线与该点的切线垂直。"))
    w.title(ctx.title)
    claim = statement(ctx.info, c)
    formula_corner(ctx, f"{name} = {c.tex}" + (rf",\quad {claim}" if claim else ""))
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    graph_setup(ctx, fn, view.a, view.b, view.lo, view.hi, y_length=view.y_length, x_length=view.x_length)
    w.code("VGroup(axes, axis_labels, graph).to_edge(LEFT, buff=0.6)")
    w.beat(ctx.L("The graph", "函数图像"), ctx.L("Equal units on both axes, so that right angles look right.",
                                                 "两轴单位长度相同，直角才看得出是直角。"))
    w.play("Create(axes), Write(axis_labels), Create(graph)", 2)
    gradient_code(ctx, fx, "1 + 0 * x")
    p = fmt(at, 4)
    said = (f"At $x = {p}$ the tangent's slope is ${d}({p}) = {sp.latex(m)}$, so the normal's is $-\\frac{{1}}{{{d}({p})}} = {sp.latex(-1 / m)}$: "
            f"the normal line is $y = {sp.latex(normal_line)}$.",
            f"在 $x = {p}$ 处切线斜率 ${d}({p}) = {sp.latex(m)}$，所以法线斜率为 $-\\frac{{1}}{{{d}({p})}} = {sp.latex(-1 / m)}$，"
            f"法线方程为 $y = {sp.latex(normal_line)}$。")
    moving_frame(ctx, branch, i0, view, (at, y0), said, normal_slope=True)
