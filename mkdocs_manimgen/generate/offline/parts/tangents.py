"""Parts for the tangent and the normal of a curve F(x, y) = 0 at a point, standing still or moving
along the curve's branch through that point. A graph y = f(x) is the curve F = y - f(x).

The branch is traced when the scene is designed (predictor-corrector steps along F = 0) and carried
in the scene as a list of points, so the scene needs no root finding; the tangent's direction there is
(F_y, -F_x) and the normal's (F_x, F_y), from the author's F. The axes must have equal units (see
:func:`.curve.equal_view`) for the normal to look perpendicular.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from ..latex import fmt
from ..templates._plots import points_code
from ..templates.common import Ctx
from .curve import View

Point = tuple[float, float]


def trace_branch(F: Callable, gx: Callable, gy: Callable, start: Point, view: View, most: int = 900) -> tuple[list[Point], int]:
    """Points of the branch of F = 0 through ``start`` (which must be on it) inside ``view``, in order,
    and the index of ``start`` among them. Stops at the view's edge, where the gradient vanishes,
    or where a closed curve comes back to the start."""
    ds = (view.b - view.a) / 220

    def walk(sign: float) -> list[Point]:
        p, out = np.array(start, dtype=float), []
        for k in range(most):
            g = np.array([gx(*p), gy(*p)], dtype=float)
            n = float(np.hypot(*g))
            if not np.isfinite(n) or n < 1e-9:
                break
            q = p + sign * ds * np.array([g[1], -g[0]]) / n
            for _ in range(4):  # Newton back onto F = 0, along the gradient
                g2 = np.array([gx(*q), gy(*q)], dtype=float)
                d = float(g2 @ g2)
                if not np.isfinite(d) or d < 1e-18:
                    break
                q = q - float(F(*q)) * g2 / d
            if not np.all(np.isfinite(q)) or not _inside(q, view, 0.02):
                break
            out.append((float(q[0]), float(q[1])))
            if k > 20 and math.dist(q, start) < 1.5 * ds:  # a closed curve: once round
                return out
            p = q
        return out

    ahead = walk(1.0)
    closed = len(ahead) > 20 and math.dist(ahead[-1], start) < 1.5 * ds
    behind = [] if closed else walk(-1.0)
    return behind[::-1] + [tuple(start)] + ahead, len(behind)


def _inside(p, view: View, margin: float) -> bool:
    mx, my = margin * (view.b - view.a), margin * (view.hi - view.lo)
    return view.a - mx <= p[0] <= view.b + mx and view.lo - my <= p[1] <= view.hi + my


def thinned(points: list[Point], index: int, most: int = 140) -> tuple[list[Point], int]:
    """At most ``most`` of ``points`` (evenly), keeping the one at ``index``; its new index."""
    step = max(1, math.ceil(len(points) / most))
    keep = sorted(set(range(0, len(points), step)) | {index, len(points) - 1})
    return [points[i] for i in keep], keep.index(index)


def gradient_code(ctx: Ctx, fx: str, fy: str) -> None:
    """``Fx(x, y)`` and ``Fy(x, y)``: the partial derivatives of the author's F (numpy code)."""
    ctx.w.code("def Fx(x, y):", f"    return {fx}", "", "def Fy(x, y):", f"    return {fy}", "")


def tangent_normal_code(ctx: Ctx, branch: list[Point], length: float, normal: bool = True) -> None:
    """``branch`` (points), ``on_branch(v)`` (a point at a fractional index) and ``frame(v)``: the
    dot, the tangent (yellow) and, with ``normal``, the normal (green) with its right-angle mark at
    the point of index v; needs ``axes``, ``Fx``, ``Fy``."""
    ctx.w.code(
        points_code("branch", branch, 4) + "  # the author's curve through the point, in order",
        "",
        "def on_branch(v):",
        "    i = int(min(max(v, 0), len(branch) - 1.001))",
        "    t = v - i",
        "    (a, b), (c, d) = branch[i], branch[i + 1]",
        "    return a + t * (c - a), b + t * (d - b)",
        "",
        "def frame(v):",
        "    px, py = on_branch(v)",
        "    gx, gy = Fx(px, py), Fy(px, py)",
        "    n = math.hypot(gx, gy) or 1.0",
        "    tx, ty = gy / n, -gx / n  # along the curve",
        f"    L = {fmt(length, 4)}",
        "    tangent = Line(axes.c2p(px - L * tx, py - L * ty), axes.c2p(px + L * tx, py + L * ty), color=YELLOW, stroke_width=5)",
        "    parts = VGroup(tangent)",
    )
    if normal:
        ctx.w.code(
            "    normal = Line(axes.c2p(px - L * ty, py + L * tx), axes.c2p(px + L * ty, py - L * tx), color=GREEN, stroke_width=5)",
            "    parts.add(normal, RightAngle(tangent, normal, length=0.22, quadrant=(1, 1), color=WHITE))",
        )
    ctx.w.code("    parts.add(Dot(axes.c2p(px, py), color=RED, radius=0.08))", "    return parts", "")


def slope_value_code() -> str:
    """Scene code of dy/dx = -F_x / F_y at the tracker ``s`` (nan where the tangent is vertical)."""
    return "(lambda p: -Fx(*p) / Fy(*p) if abs(Fy(*p)) > 1e-3 * (abs(Fx(*p)) + 1e-9) else float('nan'))(on_branch(s.get_value()))"


def side_readout(ctx: Ctx, name: str, label_code: str, value_code: str, below: str | None = None) -> None:
    """A label and a live number beside the axes (right of them, or under ``below``); hidden where the
    value is not a number (a vertical tangent has no slope)."""
    place = f"next_to({below}, DOWN, buff=0.35, aligned_edge=LEFT)" if below else "next_to(axes, RIGHT, buff=0.8).align_to(axes, UP)"
    ctx.w.code(f"{name} = VGroup({label_code}, DecimalNumber(0, num_decimal_places=3, font_size=32)).arrange(RIGHT)",
               f"{name}.{place}",
               f"def _{name}_update(m):",
               f"    v = {value_code}",
               "    m.set_value(v if np.isfinite(v) else 0).set_opacity(1 if np.isfinite(v) else 0)",
               f"_{name}_update({name}[1])")


def follow_side(ctx: Ctx, name: str) -> None:
    ctx.w.code(f"{name}[1].add_updater(_{name}_update)")


def mark_point(ctx: Ctx, point: Point, name: str = "given", prefix: str = "") -> None:
    """``name``: the author's point, a white dot labelled with its coordinates (after ``prefix``, the
    point's name such as ``P``; stays on screen)."""
    label = f"{prefix}({fmt(point[0], 4)}, {fmt(point[1], 4)})"
    ctx.w.code(f"{name} = VGroup(Dot(axes.c2p({fmt(point[0], 4)}, {fmt(point[1], 4)}), color=WHITE, radius=0.06),",
               f'             MathTex(r"{label}", font_size=28))',
               f"{name}[1].next_to({name}[0], UR, buff=0.08).add_background_rectangle(opacity=0.7, buff=0.04)")


def moving_frame(ctx: Ctx, branch: list[Point], i0: int, view: View, point: Point | None,
                 said_at: tuple[str, str], *, normal_slope: bool = False) -> None:
    """The tangent and normal at ``branch[i0]`` (the author's ``point``, marked, when given) with the
    slope dy/dx read out (and the normal's slope with ``normal_slope``), narrated by ``said_at``
    (en, zh); then moved along the branch to both ends and back. Needs ``axes``, ``Fx``, ``Fy``."""
    w = ctx.w
    tangent_normal_code(ctx, branch, 0.16 * (view.b - view.a), normal=True)
    w.code(f"s = ValueTracker({i0})", "marks = always_redraw(lambda: frame(s.get_value()))")
    side_readout(ctx, "slope", r'MathTex(r"\frac{dy}{dx} =", font_size=34)', slope_value_code())
    shown = ["slope"]
    if normal_slope:
        value = "(lambda p: Fy(*p) / Fx(*p) if abs(Fx(*p)) > 1e-3 * (abs(Fy(*p)) + 1e-9) else float('nan'))(on_branch(s.get_value()))"
        side_readout(ctx, "nslope", text_or_tex(ctx, "法线斜率 =", r"\text{normal slope} ="), value, below="slope")
        shown.append("nslope")
    font = ', font="Noto Sans CJK SC"' if ctx.zh else ""
    w.code(f'key = VGroup(Text("{ctx.L("tangent", "切线")}", font_size=24, color=YELLOW{font}), '
           f'Text("{ctx.L("normal", "法线")}", font_size=24, color=GREEN{font})).arrange(DOWN, aligned_edge=LEFT)',
           f"key.next_to({shown[-1]}, DOWN, buff=0.4, aligned_edge=LEFT)")
    w.beat(ctx.L("At the point", "在给定点") if point else ctx.L("Tangent and normal", "切线与法线"), ctx.L(*said_at))
    if point is not None:
        mark_point(ctx, point)
        w.play("FadeIn(given)", 0.6)
    w.play(f"FadeIn(marks), {', '.join(f'FadeIn({n})' for n in shown)}, FadeIn(key)", 1.2)
    for name in shown:
        follow_side(ctx, name)
    w.wait(1)
    w.beat(ctx.L("Along the curve", "沿曲线移动"), ctx.L(
        "As the point moves along the curve, the tangent and the normal turn with it, always perpendicular; the readout is the slope there.",
        "点沿曲线移动时，切线和法线随之转动，始终互相垂直；读数是该点的斜率。"))
    w.play(f"s.animate.set_value({len(branch) - 1})", 3, "rate_func=smooth")
    w.play("s.animate.set_value(0)", 4, "rate_func=smooth")
    w.play(f"s.animate.set_value({i0})", 2, "rate_func=smooth")
    w.wait(1)


def text_or_tex(ctx: Ctx, zh: str, tex: str) -> str:
    """Code of a readout label: Chinese text, or a MathTex."""
    from ..storyboard import text_mob

    return text_mob(zh, 28) if ctx.zh else f'MathTex(r"{tex}", font_size=32)'
