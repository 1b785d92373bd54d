"""derivative: a secant through two points turns into the tangent as h -> 0, then slides.

At the author's point (``at x = 1``, ``在 x = 1 处``, ``x_0 = 1``) when the block names one, with the
tangent's slope and line there worked out exactly."""

from __future__ import annotations

import re

import numpy as np

from ..families import no_formula
from ..given import assigned
from ..symbolic import evaluate, function_of
from .common import Ctx, fmt, graph_setup, open_with_formula, resolve_function, text_mob, x_window, y_window


_AT = (r"(?:\bat\b|\bwhere\b|在|于)\s*\$?\s*x\s*=\s*(-?\d+(?:\.\d+)?)(?![\d.])",
       r"x\s*=\s*(-?\d+(?:\.\d+)?)\s*\$?\s*(?:处|时)")


def authors_point(info) -> float | None:
    """The x at which the block asks for the derivative or tangent, if it names one."""
    for pattern in _AT:
        m = re.search(pattern, info.concept)
        if m:
            return float(m.group(1))
    given = assigned(info, ("x_0", "x_{0}"))
    return next(iter(given.values()), None)


def tangent_at(fn, p: float) -> tuple[str, str, float] | None:
    """(f'(p) as LaTeX, the tangent line's right side as LaTeX, f'(p)) when f is the author's."""
    import sympy as sp

    if fn.expr is None or not fn.from_block:
        return None
    x = sp.Symbol("x")
    at = sp.nsimplify(p)
    try:
        m = sp.simplify(sp.diff(fn.expr, x).subs(x, at))
        line = sp.expand(m * (x - at) + fn.expr.subs(x, at))
        if not (m.is_real and line.free_symbols <= {x}):
            return None
        value = sp.latex(m) if m.is_rational else rf"{sp.latex(m)} \approx {fmt(float(m), 4)}"
        return value, sp.latex(line), float(m)
    except (TypeError, ValueError):
        return None


def build(ctx: Ctx) -> None:
    w = ctx.w
    fn = resolve_function(ctx.info, "0.25 * x**3 - x", r"\tfrac{1}{4}x^3 - x", "x**3/4 - x")
    a, b = x_window(fn, (-3, 3))
    at = authors_point(ctx.info) if fn.from_block else None
    tangent = tangent_at(fn, at) if at is not None else None
    if tangent is not None and not a < at < b:  # widen the view to take in the author's point
        a, b = min(a, at - 1), max(b, at + 1)
    piece_a, piece_b = a, b
    ctx.facts.update(fn=fn)
    w.example = not fn.from_block
    x0 = at if tangent is not None else round(piece_a + 0.3 * (piece_b - piece_a), 2)
    h0 = round(0.3 * (piece_b - piece_a), 2)
    end = round(piece_b - 0.1 * (piece_b - piece_a), 2)
    if tangent is not None and end - x0 < 0.2 * (piece_b - piece_a):  # near the right edge: slide left
        end = round(piece_a + 0.1 * (piece_b - piece_a), 2)
    if x0 + h0 > piece_b - 0.05 * (piece_b - piece_a):  # the second point would leave the axes: take it on the left
        h0 = -h0
    # Slopes along the slide: f'(x) is traced on the same axes, so the y-range takes them in
    # when that costs little; otherwise the trace is f'(x) scaled down by a round factor.
    xs = np.linspace(x0, end, 60)
    fx = evaluate(fn.code, "x", xs)
    slopes = None if fx is None else np.gradient(fx, xs)
    lo, hi = y_window(fn.code, a, b)
    scale = None
    if slopes is not None and np.all(np.isfinite(slopes)):
        lo2, hi2 = y_window(fn.code, a, b, extra=[float(slopes.min()), float(slopes.max())])
        if hi2 - lo2 <= 1.8 * (hi - lo):
            lo, hi, scale = lo2, hi2, 1.0
        else:
            for k in (0.5, 0.2, 0.1, 0.05, 0.02, 0.01):
                if k * slopes.min() > lo and k * slopes.max() < hi:
                    scale = k
                    break
    show_trace = scale is not None
    ctx.facts.update(x0=x0, trace=show_trace)

    w.beat(ctx.title, ctx.L(f"The derivative of $f(x) = {fn.tex}$ is the slope of its tangent line.",
                            f"函数 $f(x) = {fn.tex}$ 的导数，就是切线的斜率。"))
    open_with_formula(ctx, ctx.formula if ctx.formula else "f'(x)=\\lim_{h\\to 0}\\frac{f(x+h)-f(x)}{h}")

    graph_setup(ctx, fn, a, b, lo, hi)
    w.beat(ctx.L("The graph of f", "f 的图像"), ctx.L("First we draw the curve.", "先画出曲线。"))
    w.play("Create(axes), Write(axis_labels), Create(graph)", 2)

    w.beat(ctx.L("A secant line", "割线"), ctx.L(f"Join the points at $x={fmt(x0)}$ and $x={fmt(x0)}+h$: the secant's slope is the average rate of change.",
                                                f"连接 $x={fmt(x0)}$ 和 $x={fmt(x0)}+h$ 两点：割线斜率是平均变化率。"))
    slope_label = text_mob("斜率 =", 30) if ctx.zh else 'MathTex(r"\\text{slope} =", font_size=34)'
    w.code(
        f"x = ValueTracker({fmt(x0)})",
        f"h = ValueTracker({fmt(h0)})",
        "",
        "def point(t):",
        "    return axes.c2p(t, f(t))",
        "",
        "def secant():",
        "    p, q = point(x.get_value()), point(x.get_value() + h.get_value())",
        "    return Line(p, q, color=YELLOW, stroke_width=5).set_length(3.2)",
        "",
        "line = always_redraw(secant)",
        "p_dot = always_redraw(lambda: Dot(point(x.get_value()), color=YELLOW))",
        "q_dot = always_redraw(lambda: Dot(point(x.get_value() + h.get_value()), color=GREEN))",
        f"slope = VGroup({slope_label}, DecimalNumber(0, num_decimal_places=3, font_size=34)).arrange(RIGHT)",
        "slope.next_to(axes, UP, buff=0.1).to_edge(RIGHT, buff=0.6)",
        "",
        "def secant_slope():",
        "    return (f(x.get_value() + h.get_value()) - f(x.get_value())) / h.get_value()",
        "",
        "slope[1].set_value(secant_slope())",
    )
    w.play("Create(line), FadeIn(p_dot, q_dot), FadeIn(slope)", 1.5)
    w.code("slope[1].add_updater(lambda m: m.set_value(secant_slope()))")

    if tangent is None:
        w.beat(ctx.L("Let h shrink", "让 h 变小"), ctx.L("As h goes to 0 the second point slides into the first and the secant becomes the tangent.",
                                                        "h 趋于 0 时，第二个点滑向第一个点，割线变成切线。"))
    else:
        slope_tex, line_tex, _ = tangent
        ctx.facts.update(tangent=(at, slope_tex, line_tex))
        w.beat(ctx.L("Let h shrink", "让 h 变小"), ctx.L(
            f"As h goes to 0 the secant becomes the tangent at $x = {fmt(at, 4)}$: its slope is $f'({fmt(at, 4)}) = {slope_tex}$, "
            f"and the tangent line is $y = {line_tex}$.",
            f"h 趋于 0 时，割线变成 $x = {fmt(at, 4)}$ 处的切线：斜率 $f'({fmt(at, 4)}) = {slope_tex}$，切线方程为 $y = {line_tex}$。"))
    w.play(f"h.animate.set_value({'0.001' if h0 > 0 else '-0.001'})", 3, "rate_func=smooth")
    w.wait(0.5)

    w.beat(ctx.L("Slide the tangent", "移动切线"), ctx.L("Moving the point, the tangent's slope changes: that changing slope is f'(x)." + (" The green trail plots it." if show_trace else ""),
                                                        "移动切点，切线斜率随之变化，这个变化的斜率就是 f'(x)。" + ("绿色轨迹画出了它。" if show_trace else "")))
    if show_trace:
        w.code(
            f"k = {fmt(scale, 3)}  # f'(x) drawn at this scale so it fits the axes",
            "trail_dot = always_redraw(lambda: Dot(axes.c2p(x.get_value(), k * (f(x.get_value() + 0.001) - f(x.get_value() - 0.001)) / 0.002), color=GREEN, radius=0.06))",
            "trail = TracedPath(trail_dot.get_center, stroke_color=GREEN, stroke_width=4)",
            "self.add(trail, trail_dot)",
        )
    w.play(f"x.animate.set_value({fmt(end)})", 3.5, "rate_func=smooth")
    if show_trace:
        label = "f'(x)" if scale == 1 else f"{fmt(scale, 3)}\\,f'(x)"
        w.code(f"trace_label = MathTex(r\"{label}\", font_size=32, color=GREEN).next_to(trail_dot, RIGHT, buff=0.15)",
               "trace_label.add_background_rectangle(opacity=0.7, buff=0.05)",
               "trace_label.set_y(np.clip(trace_label.get_y(), -3.6, 3.0))  # a steep f' ends near an edge: keep it in the frame")
        w.play("FadeIn(trace_label)", 0.6)
    w.wait(1)


# -- recognition (see families.py)
PRIORITY = 340
KEYWORDS = (r"导数", r"微分", r"切线", r"斜率", r"derivative", r"tangent", r"slope", r"differentiat")
STRUCTURE = (r"\\frac\{d[^}]*\}\{d|f'\s*\(|\\prime",)


def needs(info) -> bool:
    """The function that is differentiated (a function of x alone), or no formula."""
    return no_formula(info) or info.reading.function is not None
