"""cross_product: the author's u and v in 3D, their parallelogram, and u x v standing on it.

The length of u x v is the parallelogram's area and its direction follows the right-hand
rule; the components are computed at design time and written into the scene.
"""

from __future__ import annotations

import math

import numpy as np

from ..families import no_formula
from ..given import vectors
from ..notes import check
from ._three_d import axes_code
from .common import Ctx, fmt, math_mob

TITLE = ("The Cross Product", "向量积（叉积）")
WHAT = ("The cross product $\\mathbf u\\times\\mathbf v$ is perpendicular to both vectors (right-hand rule) and its length "
        "$|\\mathbf u||\\mathbf v|\\sin\\theta$ is the area of the parallelogram they span.",
        "叉积 $\\mathbf u\\times\\mathbf v$ 同时垂直于两个向量（右手定则），长度 $|\\mathbf u||\\mathbf v|\\sin\\theta$ 等于它们张成的平行四边形的面积。")
PRIORITY = 45
THREE_D = True
KEYWORDS = (r"cross\s+product", r"vector\s+product", r"叉积", r"叉乘", r"向量积", r"外积", r"right[- ]hand\s+rule", r"右手定则")
TEX_PATTERNS = (r"\\times\s*\\(mathbf|vec|boldsymbol)",)
EXAMPLE = ((2.0, 0.0, 0.0), (1.0, 2.0, 0.0))


def needs(info):
    """Two 3D vectors of the author's, or no formula at all."""
    if no_formula(info):
        return EXAMPLE
    found = vectors(info, 3)
    if len(found) >= 2 and np.linalg.norm(np.cross(found[0], found[1])) > 1e-9:
        return found[0], found[1]
    return None


def _vec(v) -> str:
    return "(" + ", ".join(fmt(c, 3) for c in v) + ")"


def build(ctx: Ctx) -> None:
    w = ctx.w
    u, v = needs(ctx.info) or EXAMPLE
    c = tuple(float(x) for x in np.cross(u, v))
    area = math.sqrt(sum(x * x for x in c))
    R = max(1.0, math.ceil(max(abs(x) for x in (*u, *v, *c)) * 1.1))
    ctx.facts.update(u=u, v=v, c=c, area=area)
    lead = ctx.L("For instance, ", "例如，") if not ctx.info.blocks else ""
    w.beat(ctx.title, ctx.L(f"{lead}$\\mathbf u = {_vec(u)}$ and $\\mathbf v = {_vec(v)}$ in space.",
                            f"{lead}空间中的 $\\mathbf u = {_vec(u)}$ 和 $\\mathbf v = {_vec(v)}$。"))
    w.code("self.set_camera_orientation(phi=65 * DEGREES, theta=-40 * DEGREES, zoom=0.85)")
    w.title(ctx.title)
    panel = [rf"\mathbf u = {_vec(u)},\ \mathbf v = {_vec(v)}",
             rf"\mathbf u \times \mathbf v = {_vec(c)}",
             rf"|\mathbf u \times \mathbf v| = {fmt(area, 3)}"]
    w.code(
        "panel = VGroup(" + ", ".join(math_mob(p, 32, col) for p, col in zip(panel, (None, "YELLOW", "TEAL"))) + ")",
        "panel.arrange(DOWN, aligned_edge=LEFT, buff=0.25).to_corner(UL, buff=0.4).shift(DOWN * 0.7)",
        "self.add_fixed_in_frame_mobjects(panel)",
        "self.remove(panel)",
    )
    axes_code(ctx, f"x_range=[-{R}, {R}, 1], y_range=[-{R}, {R}, 1], z_range=[-{R}, {R}, 1], x_length=6, y_length=6, z_length=6")
    w.code(
        f"u, v, c = np.array({list(u)}), np.array({list(v)}), np.array({[round(x, 4) for x in c]})",
        "O = axes.c2p(0, 0, 0)",
        "def arrow(end, color):",
        "    # a line and an 8-faced cone: Arrow3D's cone has hundreds of shaded faces, redrawn every frame",
        "    d = (end - O) / np.linalg.norm(end - O)",
        "    tip = Cone(direction=d, base_radius=0.09, height=0.28, resolution=(1, 8), checkerboard_colors=False,",
        "               fill_color=color, fill_opacity=1, stroke_width=0).shift(end)",
        "    return VGroup(Line(O, end - 0.28 * d, color=color, stroke_width=5), tip)",
        "",
        "arrow_u = arrow(axes.c2p(*u), BLUE)",
        "arrow_v = arrow(axes.c2p(*v), GREEN)",
        "arrow_c = arrow(axes.c2p(*c), YELLOW)",
        "parallelogram = Polygon(O, axes.c2p(*u), axes.c2p(*(u + v)), axes.c2p(*v), stroke_color=TEAL, stroke_width=2,",
        "                        fill_color=TEAL, fill_opacity=0.45)",
    )
    w.play("Write(title), Create(axes)", 1.2)
    w.play("Create(arrow_u), Create(arrow_v), FadeIn(panel[0])", 1.4)
    w.beat(ctx.L("The parallelogram", "平行四边形"),
           ctx.L(f"$\\mathbf u$ and $\\mathbf v$ span a parallelogram of area ${fmt(area, 3)}$.",
                 f"$\\mathbf u$ 与 $\\mathbf v$ 张成面积为 ${fmt(area, 3)}$ 的平行四边形。"))
    w.play("FadeIn(parallelogram)", 1.2)
    w.beat(ctx.L("Perpendicular to both", "垂直于两者"),
           ctx.L(f"$\\mathbf u\\times\\mathbf v = {_vec(c)}$ stands perpendicular to the parallelogram; its length is the area.",
                 f"$\\mathbf u\\times\\mathbf v = {_vec(c)}$ 垂直于平行四边形，长度等于其面积。"))
    w.play("Create(arrow_c), FadeIn(panel[1]), FadeIn(panel[2])", 1.6)
    w.beat(ctx.L("Look around", "换个角度"), ctx.L("Turning the view shows the right angle to both vectors.",
                                                  "转动视角，可以看到它与两个向量都成直角。"))
    w.move_camera("phi=75 * DEGREES, theta=30 * DEGREES", 2.2)
    w.wait(1.4)


@check("cross_product")
def _check(f):
    u, v = f["u"], f["v"]
    return ("What is $\\mathbf v \\times \\mathbf u$ for these vectors?", "对这两个向量，$\\mathbf v \\times \\mathbf u$ 是多少？",
            f"$-(\\mathbf u\\times\\mathbf v) = {_vec(tuple(-x for x in f['c']))}$: the same length, pointing the other way.",
            f"$-(\\mathbf u\\times\\mathbf v) = {_vec(tuple(-x for x in f['c']))}$：长度相同，方向相反。")
