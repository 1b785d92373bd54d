"""determinant_volume: the author's 3x3 matrix sends the unit cube to a parallelepiped whose
volume is |det A| (its columns are where the three basis vectors land).
"""

from __future__ import annotations

import numpy as np

from ..latex import fmt
from ..symbolic import matrices
from ..notes import check
from ._three_d import axes_code
from .common import Ctx, math_mob

TITLE = ("The Determinant as a Volume", "行列式与体积")
WHAT = ("A $3\\times 3$ matrix $A$ sends the unit cube to the parallelepiped spanned by its columns; its volume is "
        "$|\\det A|$, and the sign of $\\det A$ says whether the orientation is kept or flipped.",
        "$3\\times 3$ 矩阵 $A$ 把单位立方体变成由它的三列张成的平行六面体，体积为 $|\\det A|$；"
        "$\\det A$ 的符号表示定向是否保持。")
PRIORITY = 165
THREE_D = True
KEYWORDS = (r"determinant", r"行列式", r"parallelepiped", r"平行六面体", r"triple\s+product", r"混合积")


def needs(info):
    """The author's numeric 3x3 matrix (entries within +-3, so the image fits), non-singular."""
    for m in matrices(info.concept):
        if len(m) == 3 and all(len(r) == 3 for r in m) and all(abs(v) <= 3 for r in m for v in r):
            if abs(np.linalg.det(np.array(m))) > 1e-9:
                return m
    return None


def build(ctx: Ctx) -> None:
    w = ctx.w
    M = needs(ctx.info) or [[1.0, 1.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 2.0]]
    det = float(np.linalg.det(np.array(M)))
    ctx.facts.update(M=M, det=det)
    rows = r" \\ ".join(" & ".join(fmt(v) for v in r) for r in M)
    w.beat(ctx.title, ctx.L("The unit cube, spanned by $\\hat\\imath, \\hat\\jmath, \\hat k$, has volume 1.",
                            "由 $\\hat\\imath, \\hat\\jmath, \\hat k$ 张成的单位立方体体积为 1。"))
    w.code("self.set_camera_orientation(phi=65 * DEGREES, theta=-50 * DEGREES, zoom=0.8)")
    w.title(ctx.title)
    matrix_tex = rf"A = \begin{{pmatrix}} {rows} \end{{pmatrix}}"
    det_tex = rf"\det A = {fmt(det, 3)}"
    w.code(
        f"label = {math_mob(matrix_tex, 34)}.to_corner(UL, buff=0.4).shift(DOWN * 0.6)",
        f"det_label = {math_mob(det_tex, 36, 'YELLOW')}.next_to(label, DOWN, buff=0.3).align_to(label, LEFT)",
        "self.add_fixed_in_frame_mobjects(label, det_label)",
        "self.remove(label, det_label)",
    )
    R = int(max(2, np.ceil(np.abs(np.array(M)).sum(axis=1).max())))
    axes_code(ctx, f"x_range=[-{R}, {R}, 1], y_range=[-{R}, {R}, 1], z_range=[-{R}, {R}, 1], x_length=5, y_length=5, z_length=5")
    w.code(
        f"matrix = np.array({[[float(v) for v in r] for r in M]})",
        "unit = axes.x_axis.unit_size",
        "cube = Cube(side_length=unit, fill_color=BLUE, fill_opacity=0.45, stroke_color=WHITE, stroke_width=1)",
        "cube.move_to(axes.c2p(0.5, 0.5, 0.5))",
        "O = axes.c2p(0, 0, 0)",
        "def column(k, color):",
        "    return Line(O, axes.c2p(*matrix[:, k]), color=color, stroke_width=6)",
        "basis = VGroup(Line(O, axes.c2p(1, 0, 0), color=RED, stroke_width=6), Line(O, axes.c2p(0, 1, 0), color=GREEN, stroke_width=6),",
        "               Line(O, axes.c2p(0, 0, 1), color=YELLOW, stroke_width=6))",
        "images = VGroup(column(0, RED), column(1, GREEN), column(2, YELLOW))",
    )
    w.play("Write(title), FadeIn(label), Create(axes)", 1.2)
    w.play("FadeIn(cube), Create(basis)", 1.2)
    cols = ", ".join(f"({fmt(M[0][k])}, {fmt(M[1][k])}, {fmt(M[2][k])})" for k in range(3))
    w.beat(ctx.L("Apply the matrix", "施加变换"),
           ctx.L(f"The basis vectors land on the columns {cols}; the cube becomes a parallelepiped.",
                 f"基向量落到三列 {cols} 上，立方体变成平行六面体。"))
    w.play("cube.animate.apply_matrix(matrix, about_point=O), Transform(basis, images)", 2.6)
    flip = ctx.L(" The sign is negative: the orientation is flipped." if det < 0 else "",
                 "符号为负：定向被翻转。" if det < 0 else "")
    w.beat(ctx.L("Volume = |det A|", "体积 = |det A|"),
           ctx.L(f"Its volume is $|\\det A| = {fmt(abs(det), 3)}$.{flip}", f"它的体积是 $|\\det A| = {fmt(abs(det), 3)}$。{flip}"))
    w.play("FadeIn(det_label)", 1)
    w.move_camera("phi=70 * DEGREES, theta=25 * DEGREES", 2.2)
    w.wait(1)


@check("determinant_volume")
def _check(f):
    d = f["det"]
    return ("What is the volume of the image of a box of volume 2 under the same matrix?", "同一个矩阵把体积为 2 的长方体变成体积多大的图形？",
            f"$2\\cdot|\\det A| = {fmt(2 * abs(d), 3)}$: every volume is multiplied by $|\\det A|$.",
            f"$2\\cdot|\\det A| = {fmt(2 * abs(d), 3)}$：所有体积都乘以 $|\\det A|$。")
