"""Parts for the integral families: the author's curve over an interval, a shaded area, Riemann
pieces for a rule, a running-total readout, chords through n + 1 curve points, a field along a path.

Each part writes scene code through ``ctx.w`` (a :class:`~..storyboard.SceneWriter`) and leaves
named mobjects for the recipe that calls it (documented per part).  Numbers come from the caller,
who computed them from the author's own objects.
"""

from __future__ import annotations

import numpy as np

from ..latex import fmt
from ..symbolic import evaluate
from ..templates.common import Ctx, Fn, graph_setup, y_window


def bound_tex(v: float) -> str:
    """TeX for an interval's end: a simple multiple of π as ``\\frac{\\pi}{2}`` (the author wrote π, the
    float is only how it was read), any other number as :func:`fmt` writes it."""
    import sympy as sp

    for k in (1, 2, 3, 4, 6):
        m = v * k / np.pi
        if abs(m - round(m)) < 1e-9 and round(m) != 0:
            return sp.latex(sp.Rational(round(m), k) * sp.pi)
    return fmt(v, 4)


def curve_axes(ctx: Ctx, fn: Fn, a: float, b: float, *, extra: list[float] | None = None,
               pad: float = 0.25) -> tuple[float, float]:
    """``axes``, ``axis_labels``, ``f`` and ``graph`` (the author's f over a window around [a, b]), then
    ``a, b`` and ``piece`` (f over [a, b] alone, for areas and pieces). ``extra``: y values the window
    must show (a mean, a running value). Returns the window's (x_lo, x_hi)."""
    span = b - a
    x_lo, x_hi = a - pad * span, b + pad * span
    if a >= 0 > x_lo:
        x_lo = 0.0  # a region that starts at or right of 0 keeps the y-axis at its left edge
    lo, hi = y_window(fn.code, x_lo, x_hi, extra)
    graph_setup(ctx, fn, x_lo, x_hi, lo, hi)
    ctx.w.code(f"a, b = {fmt(a, 4)}, {fmt(b, 4)}",
               "piece = axes.plot(f, x_range=[a, b], color=BLUE)")
    return x_lo, x_hi


def shaded_area(ctx: Ctx, name: str = "area", opacity: float = 0.7) -> None:
    """``name``: the region between ``piece`` and the x-axis over [a, b] (after :func:`curve_axes`)."""
    ctx.w.code(f"{name} = axes.get_area(piece, x_range=[a, b], color=(TEAL, BLUE), opacity={fmt(opacity)})")


def riemann_pieces(ctx: Ctx, rule: str, sample: str | None) -> None:
    """``rects(n)``: the n pieces of a rule over [a, b] (after :func:`curve_axes`) as a VGroup, one
    piece per subinterval (Simpson: one parabolic strip per pair). ``rule``: left | right | midpoint |
    trapezoid | simpson; ``sample``: Manim's ``input_sample_type`` for the rectangle rules."""
    w = ctx.w
    w.code("def rects(n):")
    if sample is not None:
        w.code(
            f"    return axes.get_riemann_rectangles(piece, x_range=[a, b], dx=(b - a) / n, input_sample_type=\"{sample}\",",
            "                                       color=(TEAL, BLUE), fill_opacity=0.7, stroke_width=1)",
        )
    elif rule == "trapezoid":
        w.code(
            "    xs = np.linspace(a, b, n + 1)",
            "    return VGroup(*[Polygon(axes.c2p(u, 0), axes.c2p(u, f(u)), axes.c2p(v, f(v)), axes.c2p(v, 0),",
            "                            fill_color=TEAL, fill_opacity=0.7, stroke_color=BLUE_A, stroke_width=1)",
            "                    for u, v in zip(xs, xs[1:])])",
        )
    else:  # Simpson: over each pair of subintervals, the parabola through the three points
        w.code(
            "    xs = np.linspace(a, b, n + 1)",
            "    strips = VGroup()",
            "    for u, m, v in zip(xs[0:-1:2], xs[1::2], xs[2::2]):",
            "        q = np.polyfit([u, m, v], [f(u), f(m), f(v)], 2)",
            "        top = [axes.c2p(t, np.polyval(q, t)) for t in np.linspace(u, v, 13)]",
            "        strips.add(Polygon(axes.c2p(u, 0), *top, axes.c2p(v, 0), fill_color=TEAL, fill_opacity=0.7,",
            "                           stroke_color=BLUE_A, stroke_width=1))",
            "    return strips",
        )
    w.code("")


def running_total(ctx: Ctx, name: str, label_tex: str, start: float, *, digits: int = 4,
                  color: str = "YELLOW", size: int = 36) -> None:
    """A readout ``label = value`` that follows the ValueTracker ``name`` (``name.animate.set_value(v)``
    moves it): ``name`` and ``name_readout`` (a VGroup, placed at the upper right over the axes)."""
    w = ctx.w
    w.code(
        f"{name} = ValueTracker({fmt(start, 6)})",
        f"{name}_label = MathTex(r\"{label_tex}\", font_size={size}, color={color})",
        f"{name}_value = DecimalNumber({fmt(start, 6)}, num_decimal_places={digits}, font_size={size}, color={color})",
        f"{name}_value.add_updater(lambda m: m.set_value({name}.get_value()).next_to({name}_label, RIGHT, buff=0.15))",
        f"{name}_readout = VGroup({name}_label, {name}_value)",
        f"{name}_label.next_to(axes, UP, buff=0.05).to_edge(RIGHT, buff=2.4)",
        f"{name}_value.next_to({name}_label, RIGHT, buff=0.15)",
        f"{name}_readout.add_background_rectangle(opacity=0.85, buff=0.08)",
    )


def chord_polyline(ctx: Ctx) -> None:
    """``chords(n)``: the polyline through the n + 1 points (x_i, f(x_i)), x_i equally spaced on [a, b],
    with a dot at each point (after :func:`curve_axes`)."""
    ctx.w.code(
        "def chords(n):",
        "    xs = np.linspace(a, b, n + 1)",
        "    corners = [axes.c2p(u, f(u)) for u in xs]",
        "    line = VMobject(color=YELLOW, stroke_width=4).set_points_as_corners(corners)",
        "    dots = VGroup(*[Dot(p, radius=max(0.02, 0.06 - 0.003 * n), color=RED) for p in corners])",
        "    return VGroup(line, dots)",
        "",
    )


def partial_sums(code: str, xs: np.ndarray, weights: np.ndarray) -> list[float]:
    """Running totals of Σ weights_i · f(xs_i) (the values a running readout steps through)."""
    ys = evaluate(code, "x", xs)
    return [float(v) for v in np.cumsum(weights * ys)]


def field_along_path(ctx: Ctx, p_code: str, q_code: str, x_code: str, y_code: str, t0: float, t1: float,
                     arrows: int = 12) -> None:
    """On ``axes`` (the caller's): ``path`` (r(t) for t in [t0, t1], yellow), ``arrows`` (the field
    F = (P, Q) at ``arrows`` points along it, scaled so the longest is 0.9 axis units), and
    ``P, Q, rx, ry`` as scene functions."""
    ctx.w.code(
        "def P(x, y):", f"    return {p_code} + 0 * x", "",
        "def Q(x, y):", f"    return {q_code} + 0 * x", "",
        "def rx(t):", f"    return {x_code} + 0 * t", "",
        "def ry(t):", f"    return {y_code} + 0 * t", "",
        f"t0, t1 = {fmt(t0, 6)}, {fmt(t1, 6)}",
        "path = ParametricFunction(lambda t: axes.c2p(rx(t), ry(t)), t_range=[t0, t1], color=YELLOW, stroke_width=5)",
        f"ts = np.linspace(t0, t1, {arrows})",
        "vecs = [np.array([P(rx(t), ry(t)), Q(rx(t), ry(t))]) for t in ts]",
        "scale = 0.9 / max(1e-9, max(np.linalg.norm(v) for v in vecs))",
        "arrows = VGroup(*[Arrow(axes.c2p(rx(t), ry(t)), axes.c2p(rx(t) + scale * v[0], ry(t) + scale * v[1]),",
        "                        buff=0, color=GREEN, stroke_width=3, max_tip_length_to_length_ratio=0.25)",
        "                  for t, v in zip(ts, vecs) if np.linalg.norm(v) > 1e-9])",
    )


def rounded_window(lo: float, hi: float, pad: float = 0.12, keep_zero_left: bool = True) -> tuple[float, float]:
    """An x-window around [lo, hi] whose ends sit on the tick step (ticks start at the window's left end),
    starting at 0 when the span starts at or right of 0."""
    from ..templates.common import nice_step

    span = hi - lo
    x_lo, x_hi = lo - pad * span, hi + pad * span
    if keep_zero_left and lo >= 0 > x_lo:
        x_lo = 0.0
    step = nice_step(x_hi - x_lo)
    return float(np.floor(x_lo / step + 1e-9) * step), float(np.ceil(x_hi / step - 1e-9) * step)


def two_curves_axes(ctx: Ctx, f: Fn, g_code: str, a: float, b: float, *, colors=("BLUE", "GREEN")) -> tuple[float, float]:
    """``axes``, ``axis_labels``, ``f``/``graph`` (the author's first curve) and ``g``/``graph_g`` (the second)
    over a window around [a, b] that shows both whole; then ``a, b``, ``piece`` and ``piece_g`` (each curve
    over [a, b]). Returns the window (x_lo, x_hi)."""
    x_lo, x_hi = rounded_window(a, b)
    xs = np.linspace(x_lo, x_hi, 401)
    gs = evaluate(g_code, "x", xs)
    fs = evaluate(f.code, "x", np.linspace(a, b, 401))
    extra = [float(v) for arr in (gs, fs) if arr is not None for v in (np.nanmin(arr), np.nanmax(arr)) if np.isfinite(v)]
    both = f"np.fmax({f.code} + 0 * x, {g_code} + 0 * x)"
    lo, hi = y_window(both, x_lo, x_hi, extra)
    lo2, _ = y_window(f"np.fmin({f.code} + 0 * x, {g_code} + 0 * x)", x_lo, x_hi, extra)
    graph_setup(ctx, f, x_lo, x_hi, min(lo, lo2), hi, color=colors[0])
    ctx.w.code("def g(x):", f"    return {g_code} + 0 * x", "",
               f"graph_g = axes.plot(g, x_range=[{fmt(x_lo, 4)}, {fmt(x_hi, 4)}, {fmt((x_hi - x_lo) / 160, 4)}], color={colors[1]})",
               f"a, b = {fmt(a, 8)}, {fmt(b, 8)}",
               f"piece = axes.plot(f, x_range=[a, b], color={colors[0]})",
               f"piece_g = axes.plot(g, x_range=[a, b], color={colors[1]})")
    return x_lo, x_hi


def curve_labels(ctx: Ctx, f_tex: str, g_tex: str, x_end: float, colors=("BLUE", "GREEN")) -> None:
    """``f_label`` and ``g_label``: each curve's equation at its right end (after :func:`two_curves_axes`),
    pushed apart when they would overlap."""
    ctx.w.code(
        f"f_label = MathTex(r\"{f_tex}\", font_size=30, color={colors[0]})",
        f"g_label = MathTex(r\"{g_tex}\", font_size=30, color={colors[1]})",
        f"f_label.next_to(axes.c2p({fmt(x_end, 4)}, f({fmt(x_end, 4)})), RIGHT, buff=0.1)",
        f"g_label.next_to(axes.c2p({fmt(x_end, 4)}, g({fmt(x_end, 4)})), RIGHT, buff=0.1)",
        "gap = f_label.get_y() - g_label.get_y()",
        "if abs(gap) < 0.45:",
        "    push = (0.45 - abs(gap)) / 2 * (1 if gap >= 0 else -1)",
        "    f_label.shift(UP * push)",
        "    g_label.shift(DOWN * push)",
        "for lab in (f_label, g_label):",
        "    if lab.get_right()[0] > 7.0:",
        "        lab.shift(LEFT * (lab.get_right()[0] - 7.0))",
        "    lab.set_y(np.clip(lab.get_y(), -3.7, 2.4))",
        "    lab.add_background_rectangle(opacity=0.75, buff=0.05)",
    )


def strip_between(ctx: Ctx, width: float, name: str = "strip") -> None:
    """``s`` (a ValueTracker at x = a) and ``name``: a thin rectangle of ``width`` from the lower curve to
    the upper one at x = s, redrawn as s moves; ``height_readout`` shows top − bottom there."""
    ctx.w.code(
        "s = ValueTracker(a)",
        "def _strip():",
        "    u = s.get_value()",
        f"    lo_, hi_ = max(a, u - {fmt(width / 2, 6)}), min(b, u + {fmt(width / 2, 6)})",
        "    top, bot = max(f(u), g(u)), min(f(u), g(u))",
        "    return Polygon(axes.c2p(lo_, bot), axes.c2p(hi_, bot), axes.c2p(hi_, top), axes.c2p(lo_, top),",
        "                   fill_color=YELLOW, fill_opacity=0.85, stroke_color=YELLOW, stroke_width=1)",
        "",
        f"{name} = always_redraw(_strip)",
    )
