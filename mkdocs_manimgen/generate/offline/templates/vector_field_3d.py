"""vector_field_3d: the author's space field F = (P, Q, R) as arrows on a 3×3×3 grid (ThreeDScene, one camera
swing), its divergence P_x + Q_y + R_z and curl ∇×F from sympy, the curl vector drawn at a point (Stewart,
*Calculus*, 16.5).  Every divergence or curl the author states is checked first; a false one is not drawn."""

from __future__ import annotations

import math

import numpy as np

from ..fields import Field, read_field
from ..latex import fmt
from ..notes import check
from ._three_d import axes_code, open_3d
from .common import Ctx
from .vector_field import _mine, evidence  # noqa: F401 - the same evidence as the plane family

PRIORITY = 110
THREE_D = True
TITLE = ("A Vector Field in Space: Divergence and Curl", "空间向量场的散度与旋度")
WHAT = ("A field $\\mathbf F = (P, Q, R)$ attaches an arrow to every point of space. Its divergence "
        "$\\nabla\\cdot\\mathbf F = P_x + Q_y + R_z$ is the net outflow per volume near a point; its curl "
        "$\\nabla\\times\\mathbf F = (R_y - Q_z,\\ P_z - R_x,\\ Q_x - P_y)$ is the axis (and twice the rate) of the local rotation.",
        "向量场 $\\mathbf F = (P, Q, R)$ 给空间中每个点配一个箭头。散度 $\\nabla\\cdot\\mathbf F = P_x + Q_y + R_z$ 是一点附近单位体积的净流出量；"
        "旋度 $\\nabla\\times\\mathbf F = (R_y - Q_z,\\ P_z - R_x,\\ Q_x - P_y)$ 给出局部旋转的轴（及两倍的角速度）。")


def needs(info) -> Field | None:
    """The author's field F = (P, Q, R) in x, y, z, every stated divergence and curl true (fields.read_field)."""
    found = read_field(info)
    return found if found is not None and found.dim == 3 and _mine(info) else None


def _at(expr, p):
    import sympy as sp

    x, y, z = sp.symbols("x y z")
    try:
        v = float(sp.sympify(expr).subs({x: p[0], y: p[1], z: p[2]}))
    except (TypeError, ValueError):
        return float("nan")
    return v


def build(ctx: Ctx) -> None:
    import sympy as sp

    w = ctx.w
    fld = read_field(ctx.info)
    N = fld.name
    given = _point3(ctx.info, fld)
    point = given or _curl_point(fld)
    curl = tuple(_at(c, point) for c in fld.curl)
    div = _at(fld.div, point)
    g = [-1.5, 0.0, 1.5]
    pts = [(a, b, c) for a in g for b in g for c in g]
    vals = []
    for p in pts:
        v = [_at(c, p) for c in fld.comps]
        vals.append(v if all(math.isfinite(t) for t in v) else [0.0, 0.0, 0.0])
    mags = [math.sqrt(sum(t * t for t in v)) for v in vals]
    top = max(max(mags), 1e-9)
    div_tex = sp.latex(fld.div)
    curl_tex = r"\left(" + ",\\ ".join(sp.latex(c) for c in fld.curl) + r"\right)"
    P = f"({fmt(point[0], 3)}, {fmt(point[1], 3)}, {fmt(point[2], 3)})"
    cnorm = math.sqrt(sum(c * c for c in curl)) if all(math.isfinite(c) for c in curl) else 0.0
    ctx.facts.update(field=fld, point=point, curl=curl, div=div)
    stated = lambda k: ctx.L(" (as stated)", "（与题中一致）") if k in fld.stated else ""  # noqa: E731

    w.beat(ctx.title, ctx.L(f"The field ${fld.tex}$ puts an arrow at every point of space; here on a grid of 27 points.",
                            f"向量场 ${fld.tex}$ 在空间每个点放一个箭头；这里画在 27 个格点上。"))
    open_3d(ctx, "phi=70 * DEGREES, theta=-50 * DEGREES, zoom=0.8", fld.tex, 34, 6.0)
    axes_code(ctx, "x_range=[-2, 2, 1], y_range=[-2, 2, 1], z_range=[-2, 2, 1], x_length=5, y_length=5, z_length=5")
    w.code(
        "def arrow(start, end, color):",
        "    d = end - start",
        "    n = np.linalg.norm(d)",
        "    if n < 1e-6:",
        "        return Dot3D(start, radius=0.03, color=color)",
        "    d = d / n",
        "    tip = min(0.16, 0.45 * n)",
        "    cone = Cone(direction=d, base_radius=0.06, height=tip, resolution=(1, 6), checkerboard_colors=False,",
        "                fill_color=color, fill_opacity=1, stroke_width=0).shift(end)",
        "    return VGroup(Line(start, end - tip * d, color=color, stroke_width=3), cone)",
        "arrows = VGroup()",
        f"for (px, py, pz), (u, v, s) in zip({[tuple(p) for p in pts]}, {[tuple(round(t, 5) for t in v) for v in vals]}):",
        "    m = (u * u + v * v + s * s) ** 0.5",
        f"    k = 0.75 * np.tanh(m / {fmt(top, 4)}) / np.tanh(1.0) / m if m > 1e-9 else 0",
        "    start = axes.c2p(px, py, pz)",
        f"    arrows.add(arrow(start, axes.c2p(px + k * u, py + k * v, pz + k * s), interpolate_color(BLUE, RED, min(1, m / {fmt(top, 4)}))))",
    )
    w.play("Write(title), Create(axes)", 1.2)
    w.code("self.add_fixed_in_frame_mobjects(formula)")
    w.play("FadeIn(formula)", 0.6)
    w.play("LaggedStart(*[FadeIn(a) for a in arrows], lag_ratio=0.03)", 2.0)

    w.beat(ctx.L("Divergence and curl", "散度与旋度"), ctx.L(
        f"$\\nabla\\cdot\\mathbf {N} = P_x + Q_y + R_z = {div_tex}${stated('div')}; "
        f"$\\nabla\\times\\mathbf {N} = {curl_tex}${stated('curl')}.",
        f"$\\nabla\\cdot\\mathbf {N} = P_x + Q_y + R_z = {div_tex}${stated('div')}；$\\nabla\\times\\mathbf {N} = {curl_tex}${stated('curl')}。"))
    w.code(
        "panel = VGroup(",
        f'    MathTex(r"\\nabla\\cdot\\mathbf {N} = {div_tex}", font_size=32, color=BLUE_B),',
        f'    MathTex(r"\\nabla\\times\\mathbf {N} = {curl_tex}", font_size=32, color=YELLOW),',
        ").arrange(DOWN, aligned_edge=LEFT, buff=0.25).to_corner(UR, buff=0.4).shift(DOWN * 0.9)",
        "for row in panel:",
        "    if row.width > 5.6:",
        "        row.scale_to_fit_width(5.6)",
        "    row.add_background_rectangle(opacity=0.8, buff=0.06)",
        "self.add_fixed_in_frame_mobjects(panel)",
        "self.remove(panel)",
    )
    w.play("FadeIn(panel)", 1.2)
    if cnorm > 1e-9:
        k = 1.4 / cnorm
        w.beat(ctx.L("The axis of rotation", "旋转轴"), ctx.L(
            f"At ${P}$ the curl is $({', '.join(fmt(c, 4) for c in curl)})$: a tiny paddle wheel there spins fastest with its axle along this arrow"
            + (f" (drawn at {fmt(k, 3)} of its length)." if abs(k - 1) > 1e-9 else "."),
            f"在 ${P}$ 处旋度为 $({', '.join(fmt(c, 4) for c in curl)})$：放在该点的小叶轮，轴沿这个箭头时转得最快"
            + (f"（按 {fmt(k, 3)} 倍长度绘制）。" if abs(k - 1) > 1e-9 else "。")))
        end = tuple(p + k * c for p, c in zip(point, curl))
        w.code(
            f"curl_arrow = arrow(axes.c2p({', '.join(fmt(t, 4) for t in point)}), axes.c2p({', '.join(fmt(t, 4) for t in end)}), YELLOW)",
            "curl_arrow[0].set_stroke(width=7)",
            f'curl_note = MathTex(r"\\nabla\\times\\mathbf {N}{P} = ({", ".join(fmt(c, 4) for c in curl)})", font_size=30, color=YELLOW)',
            "curl_note.next_to(panel, DOWN, buff=0.3).to_edge(RIGHT, buff=0.4).add_background_rectangle(opacity=0.8, buff=0.06)",
            "self.add_fixed_in_frame_mobjects(curl_note)",
            "self.remove(curl_note)",
        )
        w.play("FadeIn(curl_arrow), FadeIn(curl_note)", 1.2)
    else:
        w.beat(ctx.L("No rotation", "无旋"), ctx.L(f"The curl is zero at ${P}$: a paddle wheel there does not spin.",
                                                f"在 ${P}$ 处旋度为零：小叶轮不转。"))
        w.play("Indicate(panel[1])", 1.0)
    w.beat(ctx.L("Look around", "环绕观察"), ctx.L("The camera swings around the field.", "镜头绕场旋转。"))
    w.move_camera("phi=60 * DEGREES, theta=30 * DEGREES", 3.0)
    w.wait(1.2)


def _curl_point(fld: Field) -> tuple[float, float, float]:
    """Where the curl is drawn when the author gives no point: the origin, or the grid point (coordinates 0, ±1)
    where the curl is longest when it is longer there."""
    grid = [(0.0, 0.0, 0.0)] + [(a, b, c) for a in (0.0, 1.0, -1.0) for b in (0.0, 1.0, -1.0) for c in (0.0, 1.0, -1.0)][1:]
    best, where = -1.0, (0.0, 0.0, 0.0)
    for p in grid:
        v = [_at(c, p) for c in fld.curl]
        if all(math.isfinite(t) for t in v) and all(math.isfinite(_at(c, p)) for c in fld.comps):
            n = math.sqrt(sum(t * t for t in v))
            if n > best + 1e-9:
                best, where = n, p
    return where


def _point3(info, fld: Field):
    """A point (a, b, c) the author writes that is not the field's own components."""
    comps = tuple(float(c) for c in fld.comps) if all(c.is_number for c in fld.comps) else None
    curl = tuple(float(c) for c in fld.curl) if all(getattr(c, "is_number", False) for c in fld.curl) else None
    for p in info.reading.vectors3:
        if p != comps and p != curl:
            return tuple(float(t) for t in p)
    return None


@check("vector_field_3d")
def _check(f):
    fld = f["field"]
    p, c = f["point"], f["curl"]
    P = f"({', '.join(fmt(t) for t in p)})"
    return (f"For ${fld.tex}$, is the flow near ${P}$ expanding or compressing, and about which axis does it turn?",
            f"对 ${fld.tex}$，${P}$ 附近的流是扩张还是压缩？绕哪个轴旋转？",
            f"The divergence there is ${fmt(f['div'], 4)}$ (expanding if positive, compressing if negative); the curl "
            f"$({', '.join(fmt(t, 4) for t in c)})$ is the axis of the rotation (none if it is zero).",
            f"该点散度为 ${fmt(f['div'], 4)}$（为正扩张，为负压缩）；旋度 $({', '.join(fmt(t, 4) for t in c)})$ 就是旋转轴（为零则不旋转）。")
