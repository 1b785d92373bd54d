"""Helpers shared by the 3D families."""

from __future__ import annotations

from ..latex import fmt
from ..storyboard import math_mob
from ..symbolic import evaluate2, formulas, normalize, sides, to_numpy
from .common import Ctx


def open_3d(ctx: Ctx, camera: str, tex: str, size: int, max_width: float | None = None) -> None:
    """The 3D families' opening: the camera's first orientation (``camera``: the arguments of
    ``set_camera_orientation``), the title, and ``formula`` (``tex`` at font ``size``) fixed in the
    frame at the upper left, shrunk to ``max_width`` (scene units) when wider; it enters later."""
    w = ctx.w
    w.code(f"self.set_camera_orientation({camera})")
    w.title(ctx.title)
    fit = [] if max_width is None else [
        f"if formula.width > {fmt(max_width)}:",
        f"    formula.scale_to_fit_width({fmt(max_width)}).to_corner(UL, buff=0.4).shift(DOWN * 0.6)",
    ]
    w.code(
        f"formula = {math_mob(tex, size)}.to_corner(UL, buff=0.4).shift(DOWN * 0.6)",
        *fit,
        "self.add_fixed_in_frame_mobjects(formula)",
        "self.remove(formula)",
    )


def beside_panel(ctx: Ctx, theta: float, right: float, down: float = 0.6, name: str = "axes") -> None:
    """Centre ``name`` (ThreeDAxes; what is placed with its ``c2p`` follows), then shift it ``right`` scene units to
    the right of the screen's centre, seen from azimuth ``theta`` (degrees), at any elevation phi, and ``down``
    into the floor: the picture beside a panel of formulas at the upper left. Turning the camera's theta later
    moves it."""
    import math

    t = math.radians(theta)
    ctx.w.code(f"{name}.shift(-{name}.get_center() + {fmt(-right * math.sin(t), 3)} * RIGHT + {fmt(right * math.cos(t), 3)} * UP"
               f" + {fmt(down, 3)} * IN)  # beside the panel")


def surface_function(info, default_code: str, default_tex: str):
    """The block's z = f(x, y) as numpy code (x, y), else the default."""
    for expr in formulas(info):
        try:
            rhs = normalize(sides(expr)[1])
            names = {s.name for s in rhs.free_symbols}
        except Exception:
            continue
        if names == {"x", "y"}:
            code = to_numpy(rhs, ("x", "y"))
            if code:
                import numpy as np

                g = np.linspace(-2, 2, 21)
                X, Y = np.meshgrid(g, g)
                Z = evaluate2(code, X, Y)
                if Z is not None and np.all(np.isfinite(Z)):
                    import sympy as sp

                    return code, sp.latex(rhs), rhs, True
    return default_code, default_tex, None, False


def z_range(code: str, r: float = 2.0):
    import numpy as np

    g = np.linspace(-r, r, 41)
    X, Y = np.meshgrid(g, g)
    Z = evaluate2(code, X, Y)
    if Z is None or not np.all(np.isfinite(Z)):
        return -1.0, 1.0, 1.0
    lo, hi = float(Z.min()), float(Z.max())
    span = max(hi - lo, 1e-6)
    scale = min(1.0, 3.0 / span)  # keep the surface about 3 units tall
    return lo, hi, scale


# Render-time budget (Cairo, 854x480): a frame in which the camera moves redraws
# every face (~50 ms for a 12x12 surface), while frames of an ordinary animation redraw only
# the moving mobjects over a cached background and a still ``wait`` is encoded once.  So the
# 3D families build with plain animations, move the camera once (about 2 s, no ambient
# rotation), hold still at the end, and keep surfaces at 12x12 faces without strokes.
SURFACE_STYLE = "resolution=(12, 12), checkerboard_colors=[BLUE_D, TEAL_D], fill_opacity=1, stroke_width=0"


def axes_code(ctx, args: str, name: str = "axes") -> None:
    """ThreeDAxes with few shaded pieces and a fixed shading gradient.

    Cairo's ThreeDAxes recomputes each piece's gradient from the whole axis' bounding box on
    every frame (a third of a 3D frame's time); our axes never move, so compute it once.
    """
    ctx.w.code(
        f"{name} = ThreeDAxes({args}, num_axis_pieces=6)",
        f"for axis in {name}.get_axes():  # the axes never move: fix their shading gradient once",
        f"    ends = (axis.get_edge_center(-{name}.light_source), axis.get_edge_center({name}.light_source))",
        "    for piece in axis.family_members_with_points():",
        "        piece.get_gradient_start_and_end_points = lambda ends=ends: ends",
    )


def ball_code(ctx, start: str) -> None:
    """``ball``, the rolling ball of the landscape families, at ``start`` (code for a point).

    A shaded disc turned to face the camera: drawn over the surface and any marks, so it is seen
    whole while it rolls and at rest in a marked minimum, and one shape instead of a Sphere's
    shaded faces redrawn every frame.
    """
    ctx.w.code(
        f"ball = Dot(radius=0.14, color=RED).set_sheen(0.4, UL).set_stroke(BLACK, width=1).move_to({start})",
        "self.add_fixed_orientation_mobjects(ball)",
        "self.remove(ball)",
    )
