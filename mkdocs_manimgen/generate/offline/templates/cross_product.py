"""cross_product: the author's u and v in 3D, their parallelogram, and u x v standing on it.

The length of u x v is the parallelogram's area and its direction follows the right-hand
rule; the components are computed at design time and written into the scene.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

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
TEX_PATTERNS = (r"\\times\s*\\(mathbf|vec|boldsymbol|overrightarrow)",)
EXAMPLE = ((2.0, 0.0, 0.0), (1.0, 2.0, 0.0))
_NUM = r"-?\d+(?:\.\d+)?"
_POINT = re.compile(rf"(?<![A-Za-z\\])([A-Z])(?:_\{{?\d\}}?)?\s*(?:=\s*)?\(\s*({_NUM})\s*[,|]\s*({_NUM})\s*[,|]\s*({_NUM})\s*\)")
_TRIANGLE = re.compile(r"triangle|三角形|△|\\triangle", re.I)


@dataclass(frozen=True)
class Spanned:
    """u and v from the point ``at`` (the origin, or a triangle's vertex A with u = AB, v = AC); ``names``: how the
    block names them; ``triangle``: the area asked is the triangle's, half the parallelogram's."""

    u: tuple[float, float, float]
    v: tuple[float, float, float]
    at: tuple[float, float, float] = (0.0, 0.0, 0.0)
    names: tuple[str, str] = ("\\mathbf u", "\\mathbf v")
    triangle: bool = False
    example: bool = False


def title_for(info) -> tuple[str, str] | None:
    found = needs(info)
    return ("The Area of a Triangle in Space", "空间三角形的面积") if found is not None and found.triangle else None


def needs(info) -> Spanned | None:
    """A triangle the block names by three points in space (u = AB, v = AC); two 3D vectors of the author's; or a
    declared example when the block writes no number at all (a vague "what does |u × v| mean")."""
    triangle = _triangle(info)
    if triangle is not None:
        return triangle
    if no_formula(info) or not re.search(r"\d", " ".join(info.blocks)):
        return Spanned(*EXAMPLE, example=True)
    if len(_POINT.findall(info.concept)) >= 2:
        return None  # points, not vectors: their positions are no u and v
    found = vectors(info, 3)
    if len(found) >= 2 and np.linalg.norm(np.cross(found[0], found[1])) > 1e-9:
        return Spanned(found[0], found[1])
    return None


def _triangle(info) -> Spanned | None:
    """Triangle ABC named by exactly three points with three coordinates, the block speaking of the triangle."""
    points = {}
    for m in _POINT.finditer(info.concept):
        points.setdefault(m[1], tuple(float(m[k]) for k in (2, 3, 4)))
    if len(points) != 3 or not _TRIANGLE.search(info.concept):
        return None
    (a, A), (b, B), (c, C) = points.items()
    u, v = tuple(np.subtract(B, A)), tuple(np.subtract(C, A))
    if np.linalg.norm(np.cross(u, v)) < 1e-9:
        return None  # collinear: no triangle
    return Spanned(u, v, A, (rf"\overrightarrow{{{a}{b}}}", rf"\overrightarrow{{{a}{c}}}"), True)


def _vec(v) -> str:
    return "(" + ", ".join(fmt(c, 3) for c in v) + ")"


def build(ctx: Ctx) -> None:
    w = ctx.w
    sp_ = needs(ctx.info) or Spanned(*EXAMPLE, example=True)
    u, v, at = sp_.u, sp_.v, sp_.at
    nu, nv = sp_.names
    c = tuple(float(x) for x in np.cross(u, v))
    area = math.sqrt(sum(x * x for x in c))
    reach = (*at, *np.add(at, u), *np.add(at, v), *np.add(at, np.add(u, v)), *np.add(at, c))
    R = max(1.0, math.ceil(max(abs(x) for x in reach) * 1.1))
    ctx.facts.update(u=u, v=v, c=c, area=area, names=sp_.names)
    w.example = sp_.example
    if sp_.triangle:
        w.beat(ctx.title, ctx.L(f"The triangle's edges from one vertex: ${nu} = {_vec(u)}$ and ${nv} = {_vec(v)}$.",
                                f"从一个顶点出发的两条边：${nu} = {_vec(u)}$，${nv} = {_vec(v)}$。"))
    else:
        w.beat(ctx.title, ctx.L(f"${nu} = {_vec(u)}$ and ${nv} = {_vec(v)}$ in space.",
                                f"空间中的 ${nu} = {_vec(u)}$ 和 ${nv} = {_vec(v)}$。"))  # an example is said so by the writer
    w.code("self.set_camera_orientation(phi=65 * DEGREES, theta=-40 * DEGREES, zoom=0.85)")
    w.title(ctx.title)
    panel = [rf"{nu} = {_vec(u)},\ {nv} = {_vec(v)}",
             rf"{nu} \times {nv} = {_vec(c)}",
             rf"|{nu} \times {nv}| = {fmt(area, 3)}"]
    if sp_.triangle:
        panel.append(rf"S_\triangle = \tfrac12 |{nu} \times {nv}| = {fmt(area / 2, 3)}")
    colours = (None, "YELLOW", "TEAL", "ORANGE")
    w.code(
        "panel = VGroup(" + ", ".join(math_mob(p, 32, col) for p, col in zip(panel, colours)) + ")",
        "panel.arrange(DOWN, aligned_edge=LEFT, buff=0.25).to_corner(UL, buff=0.4).shift(DOWN * 0.7)",
        "self.add_fixed_in_frame_mobjects(panel)",
        "self.remove(panel)",
    )
    axes_code(ctx, f"x_range=[-{R}, {R}, 1], y_range=[-{R}, {R}, 1], z_range=[-{R}, {R}, 1], x_length=6, y_length=6, z_length=6")
    w.code(
        f"P0, u, v, c = np.array({list(at)}), np.array({list(u)}), np.array({list(v)}), np.array({[round(x, 4) for x in c]})",
        "O = axes.c2p(*P0)",
        "def arrow(end, color):",
        "    # a line and an 8-faced cone: Arrow3D's cone has hundreds of shaded faces, redrawn every frame",
        "    d = (end - O) / np.linalg.norm(end - O)",
        "    tip = Cone(direction=d, base_radius=0.09, height=0.28, resolution=(1, 8), checkerboard_colors=False,",
        "               fill_color=color, fill_opacity=1, stroke_width=0).shift(end)",
        "    return VGroup(Line(O, end - 0.28 * d, color=color, stroke_width=5), tip)",
        "",
        "arrow_u = arrow(axes.c2p(*(P0 + u)), BLUE)",
        "arrow_v = arrow(axes.c2p(*(P0 + v)), GREEN)",
        "arrow_c = arrow(axes.c2p(*(P0 + c)), YELLOW)",
        "parallelogram = Polygon(O, axes.c2p(*(P0 + u)), axes.c2p(*(P0 + u + v)), axes.c2p(*(P0 + v)), stroke_color=TEAL, stroke_width=2,",
        "                        fill_color=TEAL, fill_opacity=0.45)",
    )
    if sp_.triangle:
        w.code("triangle = Polygon(O, axes.c2p(*(P0 + u)), axes.c2p(*(P0 + v)), stroke_color=ORANGE, stroke_width=3,",
               "                   fill_color=ORANGE, fill_opacity=0.6)")
    w.play("Write(title), Create(axes)", 1.2)
    if sp_.triangle:
        w.play("Create(triangle), Create(arrow_u), Create(arrow_v), FadeIn(panel[0])", 1.4)
    else:
        w.play("Create(arrow_u), Create(arrow_v), FadeIn(panel[0])", 1.4)
    w.beat(ctx.L("The parallelogram", "平行四边形"),
           ctx.L(f"${nu}$ and ${nv}$ span a parallelogram of area ${fmt(area, 3)}$.",
                 f"${nu}$ 与 ${nv}$ 张成面积为 ${fmt(area, 3)}$ 的平行四边形。"))
    w.play("FadeIn(parallelogram)", 1.2)
    w.beat(ctx.L("Perpendicular to both", "垂直于两者"),
           ctx.L(f"${nu}\\times {nv} = {_vec(c)}$ stands perpendicular to the parallelogram; its length is the area.",
                 f"${nu}\\times {nv} = {_vec(c)}$ 垂直于平行四边形，长度等于其面积。"))
    w.play("Create(arrow_c), FadeIn(panel[1]), FadeIn(panel[2])", 1.6)
    if sp_.triangle:
        w.beat(ctx.L("Half of it: the triangle", "一半：三角形"),
               ctx.L(f"The triangle is half the parallelogram: its area is $\\tfrac12 \\cdot {fmt(area, 3)} = {fmt(area / 2, 3)}$.",
                     f"三角形是平行四边形的一半：面积为 $\\tfrac12 \\cdot {fmt(area, 3)} = {fmt(area / 2, 3)}$。"))
        w.play("Indicate(triangle), FadeIn(panel[3])", 1.4)
    w.beat(ctx.L("Look around", "换个角度"), ctx.L("Turning the view shows the right angle to both vectors.",
                                                  "转动视角，可以看到它与两个向量都成直角。"))
    w.move_camera("phi=75 * DEGREES, theta=30 * DEGREES", 2.2)
    w.wait(1.4)


@check("cross_product")
def _check(f):
    nu, nv = f["names"]
    return (f"What is ${nv} \\times {nu}$ for these vectors?", f"对这两个向量，${nv} \\times {nu}$ 是多少？",
            f"$-({nu}\\times {nv}) = {_vec(tuple(-x for x in f['c']))}$: the same length, pointing the other way.",
            f"$-({nu}\\times {nv}) = {_vec(tuple(-x for x in f['c']))}$：长度相同，方向相反。")
