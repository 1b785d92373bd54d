"""concavity: the author's f coloured by the sign of f'' (concave up / down), a tangent sliding along
it with f'' read out, and the author's inflection point marked where the tangent crosses the curve;
or, for the second-derivative test, each critical point marked with f''(c) and its kind.

A recipe over :mod:`..parts.curve`; the points named by the author must be inflection (or
critical) points of the author's f (:func:`..calculus.read_concavity`)."""

from __future__ import annotations

import sympy as sp

from ..shape import Concavity, read_concavity
from ..latex import fmt
from ..parts.curve import View, axes_with_curve, follow, readout
from ..symbolic import evaluate, to_numpy
from .common import Ctx, Fn, formula_corner, x_window, y_window

PRIORITY = 170
TITLE = ("Concavity and Inflection Points", "凹凸性与拐点")
WHAT = ("Where $f'' > 0$ the graph is concave up (it bends upward, above its tangents); where $f'' < 0$ it is concave down. "
        "An inflection point is where $f''$ changes sign: there the tangent crosses the curve. At a critical point ($f'(c) = 0$), "
        "$f''(c) > 0$ means a local minimum and $f''(c) < 0$ a local maximum (the second-derivative test).",
        "$f'' > 0$ 处图像是凹的（向上弯，位于切线上方）；$f'' < 0$ 处是凸的。拐点是 $f''$ 变号的点，切线在那里穿过曲线。"
        "在驻点（$f'(c) = 0$）处，$f''(c) > 0$ 为极小值，$f''(c) < 0$ 为极大值（二阶导数判别法）。")
KEYWORDS = (r"inflection", r"concav", r"拐点", r"凹凸", r"second[- ]derivative test", r"二阶导数(?:判别|检验)")


def needs(info) -> bool:
    """The author's f with an inflection (or critical) point; every point the author names is one."""
    return read_concavity(info) is not None


def _window(fn: Fn, con: Concavity) -> tuple[float, float, list[float], list[tuple[float, str]]]:
    """The x-range and the special points shown in it (all of f's near the origin, the author's always)."""
    a, b = x_window(fn, (-3, 3))
    periodic = any(t in fn.code for t in ("np.sin", "np.cos", "np.tan"))
    special = [p for p in list(con.inflections) + [c for c, _ in con.critical] if abs(p) <= 10] + list(con.named)
    if special and not periodic:
        lo, hi = min(special), max(special)
        pad = max(1.5, 0.3 * (hi - lo))
        a, b = lo - pad, hi + pad
    elif con.named:
        a, b = min(a, min(con.named) - 1.5), max(b, max(con.named) + 1.5)
    inflections = [p for p in con.inflections if a < p < b]
    critical = [(c, k) for c, k in con.critical if a < c < b]
    return a, b, inflections, critical


def _pieces(a: float, b: float, cuts: list[float]) -> list[tuple[float, float]]:
    edges = [a, *sorted(cuts), b]
    return list(zip(edges, edges[1:]))


def build(ctx: Ctx) -> None:
    w = ctx.w
    con = read_concavity(ctx.info)
    c = con.curve
    fn = Fn(c.code, c.tex, c.expr, True)
    a, b, inflections, critical = _window(fn, con)
    lo, hi = y_window(c.code, a, b)
    x = sp.Symbol("x")
    d2 = sp.diff(c.expr, x, 2)
    d1c, d2c = to_numpy(sp.diff(c.expr, x), ("x",)), to_numpy(d2, ("x",))
    ctx.facts.update(fn=fn, concavity=con)

    w.beat(ctx.title, ctx.L(f"How $f(x) = {c.tex}$ bends: the sign of $f''(x) = {sp.latex(sp.expand(d2))}$ decides.",
                            f"$f(x) = {c.tex}$ 怎样弯曲，由 $f''(x) = {sp.latex(sp.expand(d2))}$ 的符号决定。"))
    w.title(ctx.title)
    formula_corner(ctx, f"f(x) = {c.tex}")
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    w.beat(ctx.L("The graph", "函数图像"), ctx.L(f"The graph of $f(x) = {c.tex}$.", f"$f(x) = {c.tex}$ 的图像。"))
    axes_with_curve(ctx, fn, View(a, b, lo, hi))

    w.code("def d1(x):", f"    return {d1c}", "", "def d2(x):", f"    return {d2c}", "")
    shade = []
    for k, (p, q) in enumerate(_pieces(a, b, inflections)):
        mid = float(evaluate(d2c, "x", [(p + q) / 2])[0])
        colour = "GREEN" if mid > 0 else "RED"
        shade.append(f"axes.plot(f, x_range=[{fmt(p, 4)}, {fmt(q, 4)}, {fmt((q - p) / 120, 5)}], color={colour}, stroke_width=7)")
    w.code("bends = VGroup(", *[f"    {s}," for s in shade], ")",
           "key = VGroup(" + _text(ctx, "concave up: f'' > 0", "凹：f'' > 0", "GREEN") + ", "
           + _text(ctx, "concave down: f'' < 0", "凸：f'' < 0", "RED") + ").arrange(DOWN, aligned_edge=LEFT)",
           "key.next_to(axes, UP, buff=0.1).to_edge(LEFT, buff=0.6)")
    w.beat(ctx.L("Concave up, concave down", "凹与凸"), ctx.L(
        "Green where $f'' > 0$ (the curve bends up), red where $f'' < 0$ (it bends down).",
        "绿色处 $f'' > 0$（曲线向上弯，凹），红色处 $f'' < 0$（向下弯，凸）。"))
    w.play("Create(bends), FadeIn(key)", 2)

    start, end = a + 0.06 * (b - a), b - 0.06 * (b - a)
    w.code(f"x = ValueTracker({fmt(start, 4)})",
           f"L = {fmt(0.12 * (b - a), 4)}",
           "def tangent():",
           "    p = x.get_value()",
           "    m = d1(p)",
           "    return Line(axes.c2p(p - L, f(p) - L * m), axes.c2p(p + L, f(p) + L * m), color=YELLOW, stroke_width=4)",
           "touch = always_redraw(tangent)",
           "touch_dot = always_redraw(lambda: Dot(axes.c2p(x.get_value(), f(x.get_value())), color=YELLOW, radius=0.07))")
    readout(ctx, "bend", "MathTex(r\"f''(x) =\", font_size=34)", "d2(x.get_value())")
    w.beat(ctx.L("Slide a tangent", "滑动切线"), ctx.L(
        "Where the curve is concave up it lies above its tangent; concave down, below. At an inflection point the tangent crosses it.",
        "凹的地方曲线在切线上方，凸的地方在切线下方；在拐点处切线穿过曲线。"))
    w.play("FadeIn(touch, touch_dot), FadeIn(bend)", 0.8)
    follow(ctx, "bend", "d2(x.get_value())")
    w.play(f"x.animate.set_value({fmt(end, 4)})", 5, "rate_func=linear")
    _marks(ctx, con, inflections, critical)
    w.wait(1)


def _marks(ctx: Ctx, con: Concavity, inflections: list[float], critical: list[tuple[float, str]]) -> None:
    """The inflection points (or, for the second-derivative test, the critical points with their kind)."""
    w = ctx.w
    x = sp.Symbol("x")
    if con.test:
        shown = [(p, ctx.L({"min": "minimum", "max": "maximum", "flat": "test fails"}[k], {"min": "极小值", "max": "极大值", "flat": "判别失效"}[k]))
                 for p, k in critical]
        d2 = sp.diff(con.curve.expr, x, 2)
        said = "; ".join(f"$f''({_exact(p)}) = {_exact_value(d2, p)}$: {label}" for p, label in shown)
        title, narr = ctx.L("The second-derivative test", "二阶导数判别法"), ctx.L(
            f"At each critical point $f'(c) = 0$: {said}.", f"在每个驻点 $f'(c) = 0$ 处：{said}。")
    else:
        shown = [(p, ctx.L("inflection point", "拐点")) for p in inflections]
        pts = ", ".join(f"$({_exact(p)}, {_exact_value(con.curve.expr, p)})$" for p in inflections)
        title, narr = ctx.L("The inflection point", "拐点"), ctx.L(
            f"$f''$ changes sign at {pts}: the inflection point" + ("s" if len(inflections) > 1 else "") + ".",
            f"$f''$ 在 {pts} 处变号：这就是拐点。")
    w.beat(title, narr)
    lines = []
    for p, label in shown:
        lines += [f"VGroup(Dot(axes.c2p({fmt(p, 4)}, f({fmt(p, 4)})), color=WHITE, radius=0.09),",
                  f"       {_text(ctx, label, label, 'WHITE', 24)}.next_to(axes.c2p({fmt(p, 4)}, f({fmt(p, 4)})), DOWN, buff=0.2)),"]
    w.code("marks = VGroup(", *[f"    {ln}" for ln in lines], ")")
    w.play("FadeIn(marks)", 1)
    if not con.test and inflections:
        w.play(f"x.animate.set_value({fmt(inflections[0], 4)})", 2, "rate_func=smooth")


def _exact(p: float) -> str:
    """``p`` as LaTeX: exactly when it is a simple rational or multiple of pi, else to 4 places."""
    near = sp.nsimplify(p, [sp.pi], tolerance=1e-8)
    return sp.latex(near) if abs(float(near) - p) < 1e-8 and sp.count_ops(near) <= 4 else fmt(p, 4)


def _exact_value(expr, p: float) -> str:
    """expr(p) as LaTeX (exact where ``_exact`` is), else a decimal."""
    x = sp.Symbol("x")
    near = sp.nsimplify(p, [sp.pi], tolerance=1e-8)
    value = sp.simplify(expr.subs(x, near)) if abs(float(near) - p) < 1e-8 else sp.Float(float(expr.subs(x, p)))
    return sp.latex(value) if value.is_rational or sp.count_ops(value) <= 4 and not value.is_Float else fmt(float(value), 4)


def _text(ctx: Ctx, en: str, zh: str, colour: str, size: int = 24) -> str:
    from .common import text_mob

    return text_mob(ctx.L(en, zh), size, colour)
