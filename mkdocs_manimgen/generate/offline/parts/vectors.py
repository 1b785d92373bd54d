"""Plane vectors on a grid: a frame that fits the author's vectors, labelled arrows, a right-angle mark.

Each part writes scene code through the SceneWriter; the scene then has ``s`` (screen units per
unit), ``origin`` and ``at(x, y)`` (a point of the plane in scene coordinates) and ``plane``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ..latex import fmt

Box = tuple[float, float, float, float]  # left, right, bottom, top of the region the picture fills (scene units)
LEFT_BOX: Box = (-6.6, -0.5, -3.6, 1.9)  # the left part of the frame, beside a panel of formulas
WIDE_BOX: Box = (-6.6, 6.6, -3.6, 2.2)


def fit(points: Sequence[Sequence[float]], box: Box = LEFT_BOX, most: float = 1.2) -> tuple[float, float, float]:
    """(s, ox, oy): scale (at most ``most`` screen units per unit) and origin so that the origin and
    every point fit ``box`` centred."""
    x0, x1, y0, y1 = box
    xs, ys = [0.0] + [p[0] for p in points], [0.0] + [p[1] for p in points]
    width, height = x1 - x0, y1 - y0
    s = min(most, width / max(max(xs) - min(xs), 1e-9), height / max(max(ys) - min(ys), 1e-9))
    return (s, x0 - s * min(xs) + (width - s * (max(xs) - min(xs))) / 2,
            y0 - s * min(ys) + (height - s * (max(ys) - min(ys))) / 2)


def plane_frame(w, points: Sequence[Sequence[float]], box: Box = LEFT_BOX, most: float = 1.2) -> float:
    """Write ``s``, ``origin``, ``plane`` (a NumberPlane, grid of 1) and ``at(x, y)`` fitting ``points``; returns s."""
    s, ox, oy = fit(points, box, most)
    step = 1 if s >= 0.3 else 5 if s >= 0.06 else 50
    # the grid covers the frame (14.2 x 8 scene units) wherever the origin sits
    nx = step * math.ceil((7.2 + abs(ox)) / s / step)
    ny = step * math.ceil((4.1 + abs(oy)) / s / step)
    w.code(
        f"s = {fmt(s, 4)}  # screen units per unit, so that every vector fits",
        f"origin = np.array([{fmt(ox, 3)}, {fmt(oy, 3)}, 0])",
        f"plane = NumberPlane(x_range=[-{nx}, {nx}, {step}], y_range=[-{ny}, {ny}, {step}], x_length={fmt(2 * nx * s, 4)}, "
        f"y_length={fmt(2 * ny * s, 4)}, background_line_style={{\"stroke_opacity\": 0.3}}).shift(origin)",
        "def at(x, y):",
        "    return origin + s * np.array([x, y, 0])",
    )
    return s


def away(vec: Sequence[float]) -> str:
    """A Manim direction constant pointing away from the origin along ``vec`` (for a label at a tip)."""
    x, y = vec[0], vec[1]
    return {(True, True): "UR", (True, False): "DR", (False, True): "UL", (False, False): "DL"}[(x >= 0, y >= 0)]


def vec_code(v: Sequence[float], digits: int = 4) -> str:
    return "(" + ", ".join(fmt(c, digits) for c in v) + ")"


def arrow(w, name: str, tip: Sequence[float], color: str, label: str | None = None, *,
          tail: Sequence[float] = (0.0, 0.0), width: int = 6, size: int = 36, side: str | None = None) -> None:
    """``name`` = an arrow from ``tail`` to ``tip`` (plane coordinates); ``name_label`` = ``label`` (TeX) beside its
    tip, away from the tail (or on ``side``, a Manim direction). A vector too short to draw as an arrow is a dot."""
    d = (tip[0] - tail[0], tip[1] - tail[1])
    w.code(f"{name} = Arrow(at(*{vec_code(tail)}), at(*{vec_code(tip)}), buff=0, color={color}, stroke_width={width}, "
           "max_tip_length_to_length_ratio=0.2)"
           if math.hypot(*d) > 1e-9 else f"{name} = Dot(at(*{vec_code(tip)}), color={color})")
    if label is not None:
        w.code(f"{name}_label = MathTex({_raw(label)}, color={color}, font_size={size}).next_to(at(*{vec_code(tip)}), {side or away(d)}, buff=0.1)",
               f"{name}_label.add_background_rectangle(opacity=0.7, buff=0.04)")


def right_angle(w, name: str, foot: Sequence[float], along: Sequence[float], toward: Sequence[float], size: float = 0.22) -> None:
    """``name``: a small square at ``foot`` between the directions ``along`` and ``toward`` (plane vectors,
    perpendicular), drawn the same size on screen whatever the scale."""
    def unit(v):
        n = math.hypot(v[0], v[1]) or 1.0
        return (v[0] / n, v[1] / n)

    (ux, uy), (nx, ny) = unit(along), unit(toward)
    w.code(
        f"_u, _n, _r = np.array([{fmt(ux, 4)}, {fmt(uy, 4)}, 0]), np.array([{fmt(nx, 4)}, {fmt(ny, 4)}, 0]), {fmt(size)}",
        f"_p = at(*{vec_code(foot)})",
        f"{name} = VMobject(color=WHITE, stroke_width=2).set_points_as_corners([_p + _r * _u, _p + _r * (_u + _n), _p + _r * _n])",
    )


def _raw(tex: str) -> str:
    return 'r"' + tex + '"' if '"' not in tex else repr(tex)
