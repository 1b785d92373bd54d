"""Parts for a curve and what happens at one of its points: the axes with the author's curve, a
point on it, a line through a point (tangent, normal, approximation) clipped to the view, a secant
turning into the tangent as h -> 0, a tangent sliding along the curve with its slope read out.

Each part writes scene code through ``ctx.w``; the names it defines in the scene (``axes``, ``f``,
``graph``, ``x``, ``h``...) are listed in its docstring. Coordinates are the author's units.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..latex import fmt
from ..symbolic import evaluate
from ..templates.common import Ctx, Fn, graph_setup, nice_step, text_mob, x_window, y_window

AREA = (10.5, 4.6)  # the frame's room for axes under a title and formula (scene units)
# Letters that name a quantity that starts at 0 (a time, a quantity produced, a count, a radius).
FROM_ZERO = frozenset("tqnr")


@dataclass(frozen=True)
class View:
    """The window of the axes (author's units) and its size on screen (scene units)."""

    a: float
    b: float
    lo: float
    hi: float
    x_length: float = AREA[0]
    y_length: float = AREA[1]

    def clip(self, point: tuple[float, float], direction: tuple[float, float]) -> tuple[tuple[float, float], tuple[float, float]]:
        """The ends of the line through ``point`` along ``direction`` inside the window (Liang-Barsky)."""
        (px, py), (dx, dy) = point, direction
        lo_s, hi_s = -math.inf, math.inf
        for p, d, low, high in ((px, dx, self.a, self.b), (py, dy, self.lo, self.hi)):
            if abs(d) < 1e-12:
                continue
            s1, s2 = (low - p) / d, (high - p) / d
            lo_s, hi_s = max(lo_s, min(s1, s2)), min(hi_s, max(s1, s2))
        if not (math.isfinite(lo_s) and math.isfinite(hi_s)):
            lo_s, hi_s = -1.0, 1.0
        return (px + lo_s * dx, py + lo_s * dy), (px + hi_s * dx, py + hi_s * dy)


def _rounded(lo: float, hi: float) -> tuple[float, float]:
    step = nice_step(hi - lo)
    return math.floor(lo / step + 1e-9) * step, math.ceil(hi / step - 1e-9) * step


SIDE_AREA = (7.2, 4.6)  # axes at the left, readouts at their right


def equal_view(a: float, b: float, lo: float, hi: float, area: tuple[float, float] = AREA) -> View:
    """A window drawn with one unit for both axes (a normal looks perpendicular, y = x at 45°) that
    fits ``area`` (scene units)."""
    a, b = _rounded(a, b)
    lo, hi = _rounded(lo, hi)
    unit = min(area[0] / (b - a), area[1] / (hi - lo))
    return View(a, b, lo, hi, round(unit * (b - a), 3), round(unit * (hi - lo), 3))


def view_around(fn: Fn, at: float | None, var: str = "x", *, equal: bool = False,
                extra: list[float] | None = None, within: tuple[float, float] | None = None) -> View:
    """A window for the author's function: the interval the block gives it (``within``, such as (0, π) for x cot x),
    else a quantity named t, q, n or r from 0; the author's point inside it, away from the edges; ``equal`` centres
    an equal-unit window on the point."""
    from ..symbolic import evaluate

    a, b = x_window(fn, (-3, 3))
    if var in FROM_ZERO:
        a, b = 0.0, max(3.0, _balance(fn), 2 * abs(at or 0) + 1)
    if within is not None and all(map(math.isfinite, within)) and (at is None or within[0] <= at <= within[1]):
        a, b = within
    if at is not None and not a + 0.15 * (b - a) < at < b - 0.15 * (b - a):
        a, b = min(a, at - 1.5), max(b, at + 1.5)
    if equal and at is not None:
        y0 = float(evaluate(fn.code, "x", np.array([at]))[0])
        half = 0.5 * (b - a)
        a, b = at - half, at + half
        height = (b - a) * AREA[1] / AREA[0]
        return equal_view(a, b, y0 - height / 2, y0 + height / 2)
    lo, hi = y_window(fn.code, a, b, extra=extra)
    return View(a, b, lo, hi)


def _balance(fn: Fn) -> float:
    """Where a polynomial's two highest terms weigh the same (C = 100 + 5q + 0.1q^2: q = 50), so a
    quantity's window shows its curvature; 0 when there is no such scale."""
    import sympy as sp

    try:
        coeffs = sp.Poly(fn.expr, sp.Symbol("x")).all_coeffs()
    except Exception:  # noqa: BLE001 - not a polynomial
        return 0.0
    if len(coeffs) < 3 or coeffs[1] == 0:
        return 0.0
    scale = abs(float(coeffs[1] / coeffs[0]))
    return float(min(100, _rounded(0, scale)[1])) if scale > 3 else 0.0


def axes_with_curve(ctx: Ctx, fn: Fn, view: View, labels: tuple[str, str] = ("x", "y")) -> None:
    """``axes``, ``f``/``_f`` and ``graph``: the author's curve over the view (see ``graph_setup``);
    plays the axes and the curve being drawn."""
    graph_setup(ctx, fn, view.a, view.b, view.lo, view.hi, y_length=view.y_length,
                x_length=view.x_length, labels=labels)
    ctx.w.play("Create(axes), Write(axis_labels), Create(graph)", 2)


def point_on_curve(ctx: Ctx, name: str, x0: float, color: str = "YELLOW") -> None:
    """A dot ``name`` at (x0, f(x0))."""
    ctx.w.code(f"{name} = Dot(axes.c2p({fmt(x0, 4)}, f({fmt(x0, 4)})), color={color}, radius=0.08)")


def line_through(ctx: Ctx, name: str, view: View, point: tuple[float, float], slope: float | None,
                 color: str = "YELLOW", dashed: bool = False) -> None:
    """A line ``name`` through ``point`` with ``slope`` (None: vertical), clipped to the view."""
    direction = (0.0, 1.0) if slope is None else (1.0, float(slope))
    p, q = view.clip(point, direction)
    kind = "DashedLine" if dashed else "Line"
    ctx.w.code(f"{name} = {kind}(axes.c2p({fmt(p[0], 4)}, {fmt(p[1], 4)}), axes.c2p({fmt(q[0], 4)}, {fmt(q[1], 4)}), "
               f"color={color}, stroke_width=4)")


def readout(ctx: Ctx, name: str, label_code: str, value_code: str, digits: int = 3) -> None:
    """``name``: a label and a live number (``value_code``, scene code) at the top right of the axes;
    not yet shown. Call :func:`follow` after it appears."""
    ctx.w.code(f"{name} = VGroup({label_code}, DecimalNumber(0, num_decimal_places={digits}, font_size=34)).arrange(RIGHT)",
               f"{name}.next_to(axes, UP, buff=0.1).to_edge(RIGHT, buff=0.6)",
               f"{name}[1].set_value({value_code})")


def follow(ctx: Ctx, name: str, value_code: str) -> None:
    ctx.w.code(f"{name}[1].add_updater(lambda m: m.set_value({value_code}))")


def secant(ctx: Ctx, x0: float, h0: float, label_code: str) -> None:
    """Trackers ``x`` (the point) and ``h`` (the step), the secant ``line`` through (x, f(x)) and
    (x + h, f(x + h)), the dots ``p_dot``, ``q_dot`` and the slope readout ``slope``; plays them in."""
    w = ctx.w
    w.code(
        f"x = ValueTracker({fmt(x0, 4)})",
        f"h = ValueTracker({fmt(h0, 4)})",
        "",
        "def point(t):",
        "    return axes.c2p(t, f(t))",
        "",
        "def secant():",
        "    p, q = point(x.get_value()), point(x.get_value() + h.get_value())",
        "    return Line(p, q, color=YELLOW, stroke_width=5).set_length(3.2)",
        "",
        "def secant_slope():",
        "    return (f(x.get_value() + h.get_value()) - f(x.get_value())) / h.get_value()",
        "",
        "line = always_redraw(secant)",
        "p_dot = always_redraw(lambda: Dot(point(x.get_value()), color=YELLOW))",
        "q_dot = always_redraw(lambda: Dot(point(x.get_value() + h.get_value()), color=GREEN))",
    )
    readout(ctx, "slope", label_code, "secant_slope()")
    w.play("Create(line), FadeIn(p_dot, q_dot), FadeIn(slope)", 1.5)
    follow(ctx, "slope", "secant_slope()")


def shrink_h(ctx: Ctx, h0: float) -> None:
    """Plays h -> 0 (from the side it started on): the secant turns into the tangent."""
    ctx.w.play(f"h.animate.set_value({'0.001' if h0 > 0 else '-0.001'})", 3, "rate_func=smooth")
    ctx.w.wait(0.5)


def slope_label(ctx: Ctx, tex: str | None = None) -> str:
    """Code of the label of a slope readout: ``tex`` (MathTex) or the word "slope =" in the block's language."""
    if tex is not None:
        return f'MathTex(r"{tex} =", font_size=34)'
    return text_mob("斜率 =", 30) if ctx.zh else 'MathTex(r"\\text{slope} =", font_size=34)'


def slide_with_trace(ctx: Ctx, end: float, scale: float | None, label: str) -> None:
    """Moves tracker ``x`` to ``end``; with a ``scale``, a green trail plots ``scale`` times f' (``label``
    names it, e.g. ``C'(q)``)."""
    w = ctx.w
    if scale is not None:
        w.code(
            f"k = {fmt(scale, 3)}  # f' drawn at this scale so it fits the axes",
            "trail_dot = always_redraw(lambda: Dot(axes.c2p(x.get_value(), k * (f(x.get_value() + 0.001) - f(x.get_value() - 0.001)) / 0.002), color=GREEN, radius=0.06))",
            "trail = TracedPath(trail_dot.get_center, stroke_color=GREEN, stroke_width=4)",
            "self.add(trail, trail_dot)",
        )
    w.play(f"x.animate.set_value({fmt(end, 4)})", 3.5, "rate_func=smooth")
    if scale is not None:
        shown = label if scale == 1 else f"{fmt(scale, 3)}\\,{label}"
        w.code(f"trace_label = MathTex(r\"{shown}\", font_size=32, color=GREEN).next_to(trail_dot, RIGHT, buff=0.15)",
               "trace_label.add_background_rectangle(opacity=0.7, buff=0.05)",
               "trace_label.set_y(np.clip(trace_label.get_y(), -3.6, 3.0))  # a steep f' ends near an edge: keep it in the frame")
        w.play("FadeIn(trace_label)", 0.6)


def trace_scale(fn: Fn, view: View, start: float, end: float) -> tuple[View, float | None]:
    """Whether f' fits the axes along the slide: (the view, perhaps taller, and the scale of the
    trace: 1, a round factor, or None when no round factor fits)."""
    xs = np.linspace(min(start, end), max(start, end), 60)
    fx = evaluate(fn.code, "x", xs)
    if fx is None:
        return view, None
    slopes = np.gradient(fx, xs)
    if not np.all(np.isfinite(slopes)):
        return view, None
    lo2, hi2 = y_window(fn.code, view.a, view.b, extra=[float(slopes.min()), float(slopes.max())])
    if hi2 - lo2 <= 1.8 * (view.hi - view.lo):
        return View(view.a, view.b, lo2, hi2, view.x_length, view.y_length), 1.0
    for k in (0.5, 0.2, 0.1, 0.05, 0.02, 0.01):
        if k * slopes.min() > view.lo and k * slopes.max() < view.hi:
            return view, k
    return view, None


def plain_axes(ctx: Ctx, view: View, labels: tuple[str, str] = ("x", "y"), left: bool = True) -> None:
    """``axes`` and ``axis_labels`` over the view (numbers on both axes), at the bottom left of the
    frame when ``left`` (readouts go on their right); not yet shown."""
    from ..templates._plots import axes_code

    place = ".to_edge(DOWN, buff=0.35)" + (".to_edge(LEFT, buff=0.6)" if left else "")
    ctx.w.code(axes_code((view.a, view.b, nice_step(view.b - view.a)), (view.lo, view.hi, nice_step(view.hi - view.lo)),
                         x_length=view.x_length, y_length=view.y_length) + place,
               f'axis_labels = axes.get_axis_labels(MathTex("{labels[0]}", font_size=30), MathTex("{labels[1]}", font_size=30))')
