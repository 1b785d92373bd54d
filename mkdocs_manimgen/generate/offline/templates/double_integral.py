"""double_integral: the author's z = f(x, y) over the author's rectangle, the volume under it filled by prisms
(midpoint Riemann sums on 2×2, 4×4 and 8×8 grids) closing in on the exact value (sympy).
"""

from __future__ import annotations

import numpy as np

from ..latex import fmt
from ..multivar import read_double_integral
from ..notes import check
from ..symbolic import evaluate2
from ._three_d import axes_code
from .common import Ctx, math_mob, nice_step

TITLE = ("A Double Integral as a Volume", "二重积分：曲顶柱体的体积")
WHAT = ("$\\iint_D f\\,dA$ over a rectangle is the signed volume under $z = f(x, y)$: cut $D$ into small rectangles, "
        "stand a prism of height $f$ (at each centre) on each, and add; finer grids converge to the integral.",
        "矩形区域上的 $\\iint_D f\\,dA$ 是曲面 $z = f(x, y)$ 下方的（有向）体积：把 $D$ 分成小矩形，在每个小矩形上立一个高为 $f$"
        "（取中心处的值）的柱体并求和；网格越细，和越接近积分值。")
PRIORITY = 70
THREE_D = True
KEYWORDS = (r"double\s+integral", r"二重积分", r"iterated\s+integral", r"累次积分")
TEX_PATTERNS = (r"\\iint",)
GRIDS = (2, 4, 8)


def needs(info) -> bool:
    """The author's integrand in x and y over a rectangle the block gives (iterated limits or a \\le x \\le b, c \\le y \\le d)."""
    return read_double_integral(info) is not None


def midpoint_sum(code: str, xr, yr, n: int) -> float:
    """The n×n midpoint Riemann sum of f over the rectangle xr × yr."""
    dx, dy = (xr[1] - xr[0]) / n, (yr[1] - yr[0]) / n
    X, Y = np.meshgrid(xr[0] + dx * (np.arange(n) + 0.5), yr[0] + dy * (np.arange(n) + 0.5))
    return float(np.sum(evaluate2(code, X, Y)) * dx * dy)


def build(ctx: Ctx) -> None:
    w = ctx.w
    di = read_double_integral(ctx.info)
    (x0, x1), (y0, y1), f = di.x, di.y, di.f
    g = np.linspace(0, 1, 25)
    Z = evaluate2(f.code, *np.meshgrid(x0 + g * (x1 - x0), y0 + g * (y1 - y0)))
    zlo, zhi = min(0.0, float(np.nanmin(Z))), max(0.0, float(np.nanmax(Z)))
    zstep = nice_step(zhi - zlo or 1.0)
    zlo, zhi = zstep * np.floor(zlo / zstep), zstep * np.ceil(zhi / zstep)
    sums = [midpoint_sum(f.code, di.x, di.y, n) for n in GRIDS]
    ctx.facts.update(tex=f.tex, x=di.x, y=di.y, value=di.value, sums=sums)
    region = f"[{fmt(x0)}, {fmt(x1)}]\\times[{fmt(y0)}, {fmt(y1)}]"
    w.beat(ctx.title, ctx.L(f"The volume under $z = {f.tex}$ over $D = {region}$.",
                            f"曲面 $z = {f.tex}$ 在 $D = {region}$ 上方围成的体积。"))
    w.code("self.set_camera_orientation(phi=62 * DEGREES, theta=-55 * DEGREES, zoom=0.74)")
    w.title(ctx.title)
    w.code(
        "panel = VGroup(" + math_mob(f"\\iint_D {f.tex}\\,dA,\\quad D = {region}", 30) + ")",
        "panel.arrange(DOWN, aligned_edge=LEFT, buff=0.2).to_corner(UL, buff=0.4).shift(DOWN * 0.7)",
        "self.add_fixed_in_frame_mobjects(panel)",
        "self.remove(panel)",
    )
    xs, ys = nice_step(x1 - x0), nice_step(y1 - y0)
    axes_code(ctx, f"x_range=[{fmt(min(0, x0))}, {fmt(max(0, x1))}, {fmt(xs)}], y_range=[{fmt(min(0, y0))}, {fmt(max(0, y1))}, {fmt(ys)}], "
                   f"z_range=[{fmt(zlo)}, {fmt(zhi)}, {fmt(zstep)}], x_length=5, y_length=5, z_length=3.2")
    w.code(
        "axes.shift(IN * 1.0 + RIGHT * 1.2)  # below and beside the formulas at the upper left",
        "def F(x, y):",
        f"    return {f.code}",
        f"surface = Surface(lambda u, v: axes.c2p(u, v, F(u, v)), u_range=[{fmt(x0)}, {fmt(x1)}], v_range=[{fmt(y0)}, {fmt(y1)}],",
        "                  resolution=(12, 12), fill_color=BLUE_D, fill_opacity=0.35, stroke_width=0.5, stroke_color=BLUE_B)",
        f"base = Polygon(axes.c2p({fmt(x0)}, {fmt(y0)}, 0), axes.c2p({fmt(x1)}, {fmt(y0)}, 0), axes.c2p({fmt(x1)}, {fmt(y1)}, 0), "
        f"axes.c2p({fmt(x0)}, {fmt(y1)}, 0), stroke_color=YELLOW, stroke_width=3, fill_color=YELLOW, fill_opacity=0.15)",
        "",
        "def prisms(n):",
        "    # one box per cell of an n x n grid, as high as f at the cell's centre (below the base when f < 0)",
        f"    dx, dy = {fmt(x1 - x0, 6)} / n, {fmt(y1 - y0, 6)} / n",
        "    boxes = VGroup()",
        "    for i in range(n):",
        "        for j in range(n):",
        f"            cx, cy = {fmt(x0, 6)} + (i + 0.5) * dx, {fmt(y0, 6)} + (j + 0.5) * dy",
        "            h = float(F(cx, cy))",
        "            corner, far = axes.c2p(cx - dx / 2, cy - dy / 2, min(h, 0)), axes.c2p(cx + dx / 2, cy + dy / 2, max(h, 0))",
        "            size = np.maximum(np.abs(far - corner), 1e-3)",
        "            box = Prism(dimensions=size, fill_color=TEAL if h >= 0 else RED, fill_opacity=0.75, stroke_width=0.5, stroke_color=WHITE)",
        "            boxes.add(box.move_to((corner + far) / 2))",
        "    return boxes",
    )
    w.play("Write(title), FadeIn(panel), Create(axes)", 1.2)
    w.play("Create(base), Create(surface)", 1.8)
    for k, (n, s) in enumerate(zip(GRIDS, sums)):
        w.beat(ctx.L(f"{n}×{n} prisms", f"{n}×{n} 个柱体"),
               ctx.L(f"Cut $D$ into {n * n} rectangles; the prisms' volumes add up to ${fmt(s, 5)}$.",
                     f"把 $D$ 分成 {n * n} 个小矩形，柱体体积之和为 ${fmt(s, 5)}$。"))
        label = math_mob(f"{n}\\times{n}:\\ \\sum f\\,\\Delta A = {fmt(s, 5)}", 30)
        w.code(f"boxes{k} = prisms({n})",
               f"sum{k} = {label}",
               f"sum{k}.next_to(panel, DOWN, aligned_edge=LEFT, buff=0.2 + 0.45 * {k})",
               f"self.add_fixed_in_frame_mobjects(sum{k})",
               f"self.remove(sum{k})")
        w.play(f"FadeIn(boxes{k}), FadeIn(sum{k})" + (f", FadeOut(boxes{k - 1})" if k else ""), 1.4)
        w.wait(0.6)
    w.beat(ctx.L("The exact volume", "精确体积"),
           ctx.L(f"The sums converge to the integral: $\\iint_D {f.tex}\\,dA = {fmt(di.value, 5)}$.",
                 f"这些和收敛到积分值：$\\iint_D {f.tex}\\,dA = {fmt(di.value, 5)}$。"))
    exact = math_mob(f"\\iint_D {f.tex}\\,dA = {fmt(di.value, 5)}", 32, "YELLOW")
    w.code(f"exact = {exact}",
           f"exact.next_to(panel, DOWN, aligned_edge=LEFT, buff=0.2 + 0.45 * {len(GRIDS)})",
           "self.add_fixed_in_frame_mobjects(exact)",
           "self.remove(exact)")
    w.play("FadeIn(exact)", 1.0)
    w.move_camera("phi=70 * DEGREES, theta=-20 * DEGREES", 2.0)
    w.wait(1.0)


@check("double_integral")
def _check(f):
    (x0, x1), (y0, y1) = f["x"], f["y"]
    area = (x1 - x0) * (y1 - y0)
    return (f"What is the average height of $z = {f['tex']}$ over $D$?", f"$z = {f['tex']}$ 在 $D$ 上的平均高度是多少？",
            f"The volume divided by the area: ${fmt(f['value'], 5)} / {fmt(area, 4)} = {fmt(f['value'] / area, 5)}$.",
            f"体积除以面积：${fmt(f['value'], 5)} / {fmt(area, 4)} = {fmt(f['value'] / area, 5)}$。")
