"""tangent_plane: the surface z = f(x, y) of the author near their point (x0, y0), the two slices y = y0 and x = x0 whose
tangent lines have slopes f_x(x0, y0) and f_y(x0, y0) (the partial derivatives, from sympy), and the tangent plane
z = f(x0, y0) + f_x(x − x0) + f_y(y − y0) they span: the linearisation (Stewart, *Calculus*, 14.3-14.4).

A general formula the block states before its example (z = f(a, b) + f_x(a, b)(x - a) + ..., z - z_0 = ...) is the
theory; the example's f and point are drawn (fields.read_plane).  The scene ends zooming in on the point: the surface,
redrawn on a shrinking window, flattens onto the plane (the gap shrinks like the window squared).

Every partial derivative or plane the author states is checked; a false one is not drawn.  A block that asks only
for the partial derivatives of f and gives no point is sliced at (1, 1) "for instance", said on screen: the partials
it states are functions, true at every point, so any point shows them.  A tangent plane without a point is refused:
the plane is the point's, and a point we chose would draw a plane the author never wrote.
"""

from __future__ import annotations

import math
import re

import numpy as np

from ..fields import PARTIAL_WORDS, PLANE_WORDS, Plane, read_plane
from ..latex import fmt
from ..notes import check
from ..storyboard import text_mob
from ..symbolic import evaluate2
from ._three_d import axes_code, open_3d
from .common import Ctx

PRIORITY = 115
THREE_D = True
TITLE = ("The Tangent Plane and Partial Derivatives", "切平面与偏导数")
WHAT = ("The partial derivative $f_x(x_0, y_0)$ is the slope of the slice $y = y_0$ of the surface $z = f(x, y)$, and "
        "$f_y(x_0, y_0)$ the slope of the slice $x = x_0$; the two tangent lines span the tangent plane "
        "$z = f(x_0, y_0) + f_x(x_0, y_0)(x - x_0) + f_y(x_0, y_0)(y - y_0)$, the linearisation of $f$ there.",
        "偏导数 $f_x(x_0, y_0)$ 是曲面 $z = f(x, y)$ 沿截线 $y = y_0$ 的斜率，$f_y(x_0, y_0)$ 是沿截线 $x = x_0$ 的斜率；"
        "两条切线张成切平面 $z = f(x_0, y_0) + f_x(x_0, y_0)(x - x_0) + f_y(x_0, y_0)(y - y_0)$，即 $f$ 在该点的线性化。")
_TEX = r"\\frac\s*\{\s*\\partial\s*[fz]\s*\}\s*\{\s*\\partial\s*[xy]\s*\}|(?<![A-Za-z\\])f_\{?[xy]\}?\s*(?:\(|=)|(?<![A-Za-z\\])L\s*\(\s*x\s*,\s*y\s*\)"


def evidence(info) -> int | None:
    if re.search(PLANE_WORDS + "|" + PARTIAL_WORDS, info.prose, re.I) or re.search(_TEX, " ".join(info.blocks)):
        return 0
    return None


def _asks_plane(info) -> bool:
    return info.reading.asks("a tangent plane") or bool(re.search(PLANE_WORDS, info.prose, re.I))


def _partials_only(info) -> bool:
    return info.reading.asks("a partial derivative") and not _asks_plane(info)


def needs(info) -> Plane | None:
    """The author's z = f(x, y) and point, or f and its partials only (then (1, 1) for instance); every stated
    partial and plane true (fields.read_plane); no question another family draws."""
    if not all("tangent_plane" in q.drawn_by for q in info.reading.questions):
        return None
    if not (_asks_plane(info) or info.reading.asks("a partial derivative")):
        return None
    return read_plane(info, partials_only=_partials_only(info))


def _box(pl: Plane) -> tuple[float, float] | None:
    """Half-width of a square around the point on which f is finite, and the surface's z span there."""
    x0, y0 = pl.point
    for R in (1.5, 1.0, 0.6, 0.3):
        g = np.linspace(-R, R, 25)
        X, Y = np.meshgrid(x0 + g, y0 + g)
        Z = evaluate2(pl.code, X, Y)
        if Z is not None and np.all(np.isfinite(Z)):
            return R, float(np.max(Z) - np.min(Z))
    return None


def build(ctx: Ctx) -> None:
    import sympy as sp

    w = ctx.w
    info = ctx.info
    pl = read_plane(info, partials_only=_partials_only(info))
    show_plane = _asks_plane(info)
    w.example = pl.example
    (x0, y0), z0, (a, b) = pl.point, pl.z0, pl.slopes
    R, _ = _box(pl) or (0.3, 1.0)
    g = np.linspace(-R, R, 25)
    X, Y = np.meshgrid(x0 + g, y0 + g)
    Z = evaluate2(pl.code, X, Y)
    r = 0.7 * R
    corners = [z0 + a * u + b * v for u in (-r, r) for v in (-r, r)]
    lo = min(float(np.min(Z)), *corners, z0 - abs(a) * r, z0 - abs(b) * r)
    hi = max(float(np.max(Z)), *corners, z0 + abs(a) * r, z0 + abs(b) * r)
    pad = 0.1 * (hi - lo or 1.0)
    lo, hi = lo - pad, hi + pad
    zstep = 10 ** math.floor(math.log10(max(hi - lo, 1e-6) / 2))
    x, y = sp.symbols("x y")
    fx_tex, fy_tex = sp.latex(pl.fx), sp.latex(pl.fy)
    plane_tex = sp.latex(sp.expand(sp.nsimplify(pl.plane)))
    P = f"({fmt(x0, 3)}, {fmt(y0, 3)})"
    ctx.facts.update(plane=pl, show_plane=show_plane, plane_tex=plane_tex)
    stated = lambda k: ctx.L(" (as stated)", "（与题中一致）") if k in pl.stated else ""  # noqa: E731

    w.beat(ctx.title, ctx.L(f"The surface $z = {pl.tex}$ near the point ${P}$, where $z = {fmt(z0, 4)}$.",
                            f"曲面 $z = {pl.tex}$ 在点 ${P}$ 附近，该处 $z = {fmt(z0, 4)}$。"))
    open_3d(ctx, "phi=65 * DEGREES, theta=-60 * DEGREES, zoom=0.8", f"z = {pl.tex}", 34, 5.5)
    axes_code(ctx, f"x_range=[{fmt(x0 - R, 4)}, {fmt(x0 + R, 4)}, {fmt(R / 3 if R < 1 else 0.5, 3)}], "
                   f"y_range=[{fmt(y0 - R, 4)}, {fmt(y0 + R, 4)}, {fmt(R / 3 if R < 1 else 0.5, 3)}], "
                   f"z_range=[{fmt(lo, 4)}, {fmt(hi, 4)}, {fmt(zstep, 4)}], x_length=5, y_length=5, z_length=3.6")
    w.code(
        "def f(x, y):",
        "    with np.errstate(all=\"ignore\"):",
        f"        return {pl.code}",
        f"x0, y0, z0, a, b = {fmt(x0, 6)}, {fmt(y0, 6)}, {fmt(z0, 6)}, {fmt(a, 6)}, {fmt(b, 6)}",
        f"surface = Surface(lambda u, v: axes.c2p(u, v, f(u, v)), u_range=[x0 - {fmt(R, 4)}, x0 + {fmt(R, 4)}],",
        f"                  v_range=[y0 - {fmt(R, 4)}, y0 + {fmt(R, 4)}], resolution=(12, 12),",
        "                  checkerboard_colors=[BLUE_D, BLUE_E], fill_opacity=0.6, stroke_width=0)",
        "point = Dot3D(axes.c2p(x0, y0, z0), radius=0.07, color=WHITE)",
    )
    if pl.example:
        w.code(f"example_note = {text_mob(ctx.L('at the point (1, 1), for instance', '例如在点 (1, 1) 处'), 24, 'GREY_A')}",
               "example_note.to_corner(DL, buff=0.4)",
               "self.add_fixed_in_frame_mobjects(example_note)",
               "self.remove(example_note)")
    w.play("Write(title), Create(axes)", 1.2)
    w.code("self.add_fixed_in_frame_mobjects(formula)")
    w.play("FadeIn(formula)" + (", FadeIn(example_note)" if pl.example else ""), 0.6)
    w.play("Create(surface)", 1.8)
    w.play("FadeIn(point)", 0.5)

    w.beat(ctx.L("The slice y = y0: slope f_x", "截线 y = y0：斜率 f_x"), ctx.L(
        f"Hold $y = {fmt(y0, 4)}$: the red slice's tangent has slope $f_x{P} = {fmt(a, 4)}$, with $f_x = {fx_tex}${stated('fx')}.",
        f"固定 $y = {fmt(y0, 4)}$：红色截线的切线斜率为 $f_x{P} = {fmt(a, 4)}$，其中 $f_x = {fx_tex}${stated('fx')}。"))
    w.code(
        f"slice_x = ParametricFunction(lambda t: axes.c2p(t, y0, f(t, y0)), t_range=[x0 - {fmt(R, 4)}, x0 + {fmt(R, 4)}], color=RED, stroke_width=5)",
        f"tan_x = Line(axes.c2p(x0 - {fmt(r, 4)}, y0, z0 - a * {fmt(r, 4)}), axes.c2p(x0 + {fmt(r, 4)}, y0, z0 + a * {fmt(r, 4)}), color=RED_A, stroke_width=6)",
        f"slice_y = ParametricFunction(lambda t: axes.c2p(x0, t, f(x0, t)), t_range=[y0 - {fmt(R, 4)}, y0 + {fmt(R, 4)}], color=GREEN, stroke_width=5)",
        f"tan_y = Line(axes.c2p(x0, y0 - {fmt(r, 4)}, z0 - b * {fmt(r, 4)}), axes.c2p(x0, y0 + {fmt(r, 4)}, z0 + b * {fmt(r, 4)}), color=GREEN_A, stroke_width=6)",
        "panel = VGroup(",
        f'    MathTex(r"f_x = {fx_tex},\\quad f_x{P} = {fmt(a, 4)}", font_size=30, color=RED),',
        f'    MathTex(r"f_y = {fy_tex},\\quad f_y{P} = {fmt(b, 4)}", font_size=30, color=GREEN),',
        *([f'    MathTex(r"z = {plane_tex}", font_size=32, color=YELLOW),'] if show_plane else []),
        ").arrange(DOWN, aligned_edge=LEFT, buff=0.25).to_corner(UR, buff=0.4).shift(DOWN * 0.9)",
        "for row in panel:",
        "    if row.width > 5.8:",
        "        row.scale_to_fit_width(5.8)",
        "    row.add_background_rectangle(opacity=0.8, buff=0.06)",
        "self.add_fixed_in_frame_mobjects(panel)",
        "self.remove(panel)",
    )
    w.play("Create(slice_x)", 1.2)
    w.play("Create(tan_x), FadeIn(panel[0])", 1.2)
    w.beat(ctx.L("The slice x = x0: slope f_y", "截线 x = x0：斜率 f_y"), ctx.L(
        f"Hold $x = {fmt(x0, 4)}$: the green slice's tangent has slope $f_y{P} = {fmt(b, 4)}$, with $f_y = {fy_tex}${stated('fy')}.",
        f"固定 $x = {fmt(x0, 4)}$：绿色截线的切线斜率为 $f_y{P} = {fmt(b, 4)}$，其中 $f_y = {fy_tex}${stated('fy')}。"))
    w.play("Create(slice_y)", 1.2)
    w.play("Create(tan_y), FadeIn(panel[1])", 1.2)
    if show_plane:
        w.beat(ctx.L("The tangent plane", "切平面"), ctx.L(
            f"The two tangent lines span the tangent plane $z = {fmt(z0, 4)} + {fmt(a, 4)}(x - {fmt(x0, 4)}) + {fmt(b, 4)}(y - {fmt(y0, 4)})"
            f" = {plane_tex}${stated('plane')}: near ${P}$ the surface is almost this plane.",
            f"两条切线张成切平面 $z = {fmt(z0, 4)} + {fmt(a, 4)}(x - {fmt(x0, 4)}) + {fmt(b, 4)}(y - {fmt(y0, 4)}) = {plane_tex}${stated('plane')}："
            f"在 ${P}$ 附近曲面几乎就是这个平面。"))
        w.code(f"tplane = Polygon(*[axes.c2p(x0 + u, y0 + v, z0 + a * u + b * v) for u, v in "
               f"(({fmt(-r, 4)}, {fmt(-r, 4)}), ({fmt(r, 4)}, {fmt(-r, 4)}), ({fmt(r, 4)}, {fmt(r, 4)}), ({fmt(-r, 4)}, {fmt(r, 4)}))],",
               "                 stroke_color=YELLOW, stroke_width=2, fill_color=YELLOW, fill_opacity=0.45)")
        w.play("FadeIn(tplane), FadeIn(panel[2])", 1.4)
    if show_plane:  # the camera swings round as it moves in on the point
        _zoom(ctx, pl, r, 5 / (2 * R), 3.6 / (hi - lo))
        return
    w.beat(ctx.L("Look around", "环绕观察"), ctx.L("The camera swings round: the tangent lines touch the surface at the point.",
                                                   "镜头旋转：两条切线在该点与曲面相切。"))
    w.move_camera("phi=75 * DEGREES, theta=20 * DEGREES", 2.4)
    w.wait(1.2)


_ZOOMS = (5, 10, 20, 50, 100, 200)  # magnifications tried, smallest first
_ALIKE = 0.01  # the on-screen gap, as a share of the window's width, below which surface and plane look the same


def _zoom_gap(pl: Plane, h: float) -> float:
    """The largest |f - L| over the square of half-width h about the point (L the tangent plane)."""
    (x0, y0), (a, b) = pl.point, pl.slopes
    g = np.linspace(-h, h, 21)
    U, V = np.meshgrid(g, g)
    Z = evaluate2(pl.code, x0 + U, y0 + V)
    return float(np.max(np.abs(Z - (pl.z0 + a * U + b * V))))


def _zoom(ctx: Ctx, pl: Plane, r: float, xscale: float, zscale: float) -> None:
    """Magnify about the point: the camera moves in on it and the window |x - x0|, |y - y0| <= r/k shrinks as k grows,
    the surface redrawn on it at scale k (a fresh mesh, never one facet blown up); the gap |f - L| shrinks like the
    square of the window (f is differentiable), so surface and plane become indistinguishable."""
    w = ctx.w
    (x0, y0) = pl.point
    k = next((k for k in _ZOOMS if k * _zoom_gap(pl, r / k) * zscale < _ALIKE * 2 * r * xscale), _ZOOMS[-1])
    h = r / k
    gap, gap1 = _zoom_gap(pl, h), _zoom_gap(pl, r)
    P = f"({fmt(x0, 3)}, {fmt(y0, 3)})"
    box = lambda half: f"|x - {fmt(x0, 3)}|, |y - {fmt(y0, 3)}| \\le {fmt(half, 3)}"  # noqa: E731
    w.beat(ctx.L("Zoom in", "放大"), ctx.L(
        f"Zoom in on ${P}$, {k} times: on ${box(r)}$ the surface is up to ${fmt(gap1, 3)}$ off the plane, on ${box(h)}$ at most "
        f"${fmt(gap, 3)}$. The gap shrinks like the square of the window, so magnified the surface and its tangent plane look the same.",
        f"在 ${P}$ 处放大 {k} 倍：在 ${box(r)}$ 上曲面与平面最多相差 ${fmt(gap1, 3)}$，在 ${box(h)}$ 上至多相差 ${fmt(gap, 3)}$。"
        "差距随窗口边长的平方缩小，所以放大后曲面与切平面看起来一样。"))
    w.code(
        "log_k = ValueTracker(0)",
        "def patch_now():",
        "    k = 10 ** log_k.get_value()",
        f"    return Surface(lambda u, v: axes.c2p(x0 + u, y0 + v, z0 + k * (f(x0 + u / k, y0 + v / k) - z0)),",
        f"                   u_range=[{fmt(-r, 4)}, {fmt(r, 4)}], v_range=[{fmt(-r, 4)}, {fmt(r, 4)}], resolution=(14, 14),",
        "                   checkerboard_colors=[BLUE_D, BLUE_E], fill_opacity=0.7, stroke_width=0)",
        "patch = always_redraw(patch_now)",
        f'magnified = {text_mob(ctx.L(f"magnified {k} times", f"放大 {k} 倍"), 28, "YELLOW")}',
        "magnified.to_corner(DL, buff=0.5).add_background_rectangle(opacity=0.8, buff=0.06)",
        "self.add_fixed_in_frame_mobjects(magnified)",
        "self.remove(magnified)",
    )
    w.move_camera("phi=70 * DEGREES, theta=-10 * DEGREES, frame_center=axes.c2p(x0, y0, z0), zoom=1.6, added_anims=[FadeOut(axes), FadeOut(surface), FadeIn(patch), "
                  "FadeOut(VGroup(slice_x, slice_y, tan_x, tan_y)), tplane.animate.set_fill(opacity=0.3)]", 1.6)
    w.play(f"log_k.animate.set_value({fmt(math.log10(k), 6)})", 4.0, "rate_func=linear")
    w.play("FadeIn(magnified)", 0.6)
    w.wait(1.2)


@check("tangent_plane")
def _check(f):
    pl = f["plane"]
    (x0, y0), (a, b) = pl.point, pl.slopes
    dx, dy = 0.1, -0.1
    approx = pl.z0 + a * dx + b * dy
    import sympy as sp

    x, y = sp.symbols("x y")
    exact = float(pl.f.subs({x: x0 + dx, y: y0 + dy}))
    return (f"Estimate $f({fmt(x0 + dx)}, {fmt(y0 + dy)})$ for $f(x, y) = {pl.tex}$ with the linearisation at $({fmt(x0)}, {fmt(y0)})$.",
            f"用 $f(x, y) = {pl.tex}$ 在 $({fmt(x0)}, {fmt(y0)})$ 处的线性化估计 $f({fmt(x0 + dx)}, {fmt(y0 + dy)})$。",
            f"$L = {fmt(pl.z0, 4)} + {fmt(a, 4)}\\cdot {fmt(dx)} + {fmt(b, 4)}\\cdot({fmt(dy)}) = {fmt(approx, 4)}$; the exact value is "
            f"${fmt(exact, 4)}$.",
            f"$L = {fmt(pl.z0, 4)} + {fmt(a, 4)}\\cdot {fmt(dx)} + {fmt(b, 4)}\\cdot({fmt(dy)}) = {fmt(approx, 4)}$；精确值为 ${fmt(exact, 4)}$。")
