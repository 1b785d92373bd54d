"""Helpers shared by the families that plot computed data (ODE solutions, iterations)."""

from __future__ import annotations

import math

import numpy as np

from ..latex import fmt
from .common import nice_step


def nice_range(values, pad: float = 0.1, include_zero: bool = False) -> tuple[float, float, float]:
    """(lo, hi, step) with round bounds around ``values`` (finite ones), padded by ``pad`` of the span."""
    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)]
    lo, hi = (float(v.min()), float(v.max())) if v.size else (-1.0, 1.0)
    if include_zero:
        lo, hi = min(lo, 0.0), max(hi, 0.0)
    if hi - lo < 1e-9:
        lo, hi = lo - 1, hi + 1
    span = hi - lo
    lo, hi = lo - pad * span, hi + pad * span
    step = nice_step(hi - lo)
    return math.floor(lo / step) * step, math.ceil(hi / step) * step, step


def axes_code(x: tuple[float, float, float], y: tuple[float, float, float], *, x_length: float = 10.5,
              y_length: float = 4.6, numbers: bool = True, name: str = "axes") -> str:
    """Code for a 2D ``Axes`` with these (lo, hi, step) ranges (placed by the caller)."""
    return "\n".join([
        f"{name} = Axes(",
        f"    x_range=[{fmt(x[0])}, {fmt(x[1])}, {fmt(x[2])}], y_range=[{fmt(y[0])}, {fmt(y[1])}, {fmt(y[2])}],",
        f"    x_length={fmt(x_length)}, y_length={fmt(y_length)}, tips=False,",
        f'    axis_config={{"include_numbers": {numbers}, "font_size": 22, "color": GREY_B}},',
        ")",
    ])


def points_code(name: str, pts, digits: int = 3) -> str:
    """``name = [(x, y), ...]`` (or triples) as stable text."""
    body = ", ".join("(" + ", ".join(fmt(float(c), digits) for c in p) + ")" for p in pts)
    return f"{name} = [{body}]"


def field_code(glyph: str, x: tuple[float, float], y: tuple[float, float], columns: int, rows: int,
               name: str = "field") -> list[str]:
    """Code for ``name = VGroup(glyph(px, py), …)``: one glyph (a slope segment, a velocity arrow) at the
    centre of each cell of a ``columns`` × ``rows`` grid over the window ``x`` × ``y`` (axes units)."""
    (x0, x1), (y0, y1) = x, y
    dx, dy = (x1 - x0) / (2 * columns), (y1 - y0) / (2 * rows)
    return [f"{name} = VGroup(*[{glyph}(px, py) for px in np.linspace({fmt(x0 + dx, 4)}, {fmt(x1 - dx, 4)}, {columns})",
            f"                 for py in np.linspace({fmt(y0 + dy, 4)}, {fmt(y1 - dy, 4)}, {rows})])"]


def solution_code(name: str, pts, start: tuple[float, float], *, stroke_width: float, radius: float) -> list[str]:
    """Code for a computed solution on ``axes``: ``points``, the smooth curve ``name`` through them (yellow)
    and the red ``start`` dot at the initial condition ``start`` (axes units)."""
    return [points_code("points", pts),
            f"{name} = VMobject(color=YELLOW, stroke_width={fmt(stroke_width)}).set_points_smoothly([axes.c2p(p, q) for p, q in points])",
            f"start = Dot(axes.c2p({fmt(start[0])}, {fmt(start[1])}), color=RED, radius={fmt(radius, 4)})"]


def thin(n: int, most: int) -> slice:
    return slice(None, None, max(1, math.ceil(n / most)))
