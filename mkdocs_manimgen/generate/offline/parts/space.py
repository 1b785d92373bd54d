"""3D pieces: light arrows, a line through a point, a plane patch with its normal (ThreeDScene code on ``axes``)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..latex import fmt


def v3(v: Sequence[float], digits: int = 4) -> str:
    return "np.array([" + ", ".join(fmt(c, digits) for c in v) + "])"


def arrow3d_helper(w) -> None:
    """The scene function ``arrow3d(start, end, color)``: a line and an 8-faced cone (Arrow3D's cone has
    hundreds of shaded faces redrawn every frame)."""
    w.code(
        "def arrow3d(start, end, color):",
        "    d = (end - start) / np.linalg.norm(end - start)",
        "    tip = Cone(direction=d, base_radius=0.09, height=0.28, resolution=(1, 8), checkerboard_colors=False,",
        "               fill_color=color, fill_opacity=1, stroke_width=0).shift(end)",
        "    return VGroup(Line(start, end - 0.28 * d, color=color, stroke_width=5), tip)",
    )


def line_through(w, name: str, point: Sequence[float], direction: Sequence[float], t: tuple[float, float], color: str = "YELLOW") -> None:
    """``name``: the line point + s * direction for s in ``t``, on ``axes``."""
    w.code(f"{name} = Line(axes.c2p(*({v3(point)} + {fmt(t[0], 4)} * {v3(direction)})), "
           f"axes.c2p(*({v3(point)} + {fmt(t[1], 4)} * {v3(direction)})), color={color}, stroke_width=5)")


def plane_patch(w, name: str, point: Sequence[float], normal: Sequence[float], half: float, color: str = "TEAL") -> None:
    """``name``: a square of half-side ``half`` (units of the axes) in the plane through ``point`` with ``normal``."""
    n = np.asarray(normal, dtype=float)
    n = n / np.linalg.norm(n)
    helper = np.array([1.0, 0, 0]) if abs(n[0]) < 0.9 else np.array([0, 1.0, 0])
    e1 = np.cross(n, helper)
    e1 /= np.linalg.norm(e1)
    e2 = np.cross(n, e1)
    corners = [np.asarray(point) + half * (a * e1 + b * e2) for a, b in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
    w.code(f"{name} = Polygon(" + ", ".join(f"axes.c2p(*{v3(c)})" for c in corners)
           + f", stroke_color={color}, stroke_width=2, fill_color={color}, fill_opacity=0.4)")
