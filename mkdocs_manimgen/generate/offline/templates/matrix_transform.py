"""matrix_transform: the plane, i-hat and j-hat and the unit square move under a 2x2 matrix."""

from __future__ import annotations

from ..families import states_only
from ..latex import fmt
from ..symbolic import matrices
from ..notes import check
from .common import Ctx


def pick_matrix(ctx: Ctx, default):
    for m in matrices(ctx.info.concept):
        if len(m) == 2 and len(m[0]) == 2 and all(abs(v) <= 4 for row in m for v in row):
            return m, True
    return default, False


def build(ctx: Ctx) -> None:
    w = ctx.w
    M, own = pick_matrix(ctx, [[1.0, 1.0], [0.0, 1.0]])
    w.example = not own
    det = M[0][0] * M[1][1] - M[0][1] * M[1][0]
    ctx.facts.update(M=M, det=det)
    rows = r" \\ ".join(" & ".join(fmt(v) for v in row) for row in M)
    w.beat(ctx.title, ctx.L(f"The matrix sends $\\hat\\imath$ to $({fmt(M[0][0])}, {fmt(M[1][0])})$ and $\\hat\\jmath$ to $({fmt(M[0][1])}, {fmt(M[1][1])})$.",
                            f"矩阵把 $\\hat\\imath$ 送到 $({fmt(M[0][0])}, {fmt(M[1][0])})$，把 $\\hat\\jmath$ 送到 $({fmt(M[0][1])}, {fmt(M[1][1])})$。"))
    w.code(
        f"matrix = [[{fmt(M[0][0])}, {fmt(M[0][1])}], [{fmt(M[1][0])}, {fmt(M[1][1])}]]",
        "plane = NumberPlane(x_range=[-8, 8, 1], y_range=[-5, 5, 1],",
        '                    background_line_style={"stroke_color": TEAL, "stroke_opacity": 0.5})',
        "fixed = NumberPlane(x_range=[-8, 8, 1], y_range=[-5, 5, 1], faded_line_ratio=0,",
        '                    background_line_style={"stroke_color": GREY_D, "stroke_opacity": 0.4})',
        "square = Square(side_length=1, color=YELLOW, fill_opacity=0.4).move_to([0.5, 0.5, 0])",
        "i_hat = Vector([1, 0], color=GREEN)",
        "j_hat = Vector([0, 1], color=RED)",
    )
    w.title(ctx.title)
    w.code(
        f"label = MathTex(r\"A = \\begin{{pmatrix}} {rows} \\end{{pmatrix}}\", font_size=40)",
        "label.to_corner(UL, buff=0.4).shift(DOWN * 0.7).add_background_rectangle(opacity=0.85, buff=0.15)",
        "title.add_background_rectangle(opacity=0.85, buff=0.1)",
    )
    w.play("Create(fixed), Create(plane), Write(title)", 1.4)
    w.play("FadeIn(label), GrowArrow(i_hat), GrowArrow(j_hat), FadeIn(square)", 1.2)
    w.beat(ctx.L("Apply the matrix", "施加变换"), ctx.L("Every grid line stays straight and parallel; the basis vectors land on the matrix's columns.",
                                                       "网格线仍然笔直且平行；基向量落在矩阵的两列上。"))
    w.play("plane.animate.apply_matrix(matrix), i_hat.animate.put_start_and_end_on(ORIGIN, [matrix[0][0], matrix[1][0], 0]), "
           "j_hat.animate.put_start_and_end_on(ORIGIN, [matrix[0][1], matrix[1][1], 0]), square.animate.apply_matrix(matrix)", 3)
    w.beat(ctx.L("Area scales by det A", "面积乘以 det A"), ctx.L(f"The unit square becomes a parallelogram of area $|\\det A| = {fmt(abs(det))}$.",
                                                               f"单位正方形变成面积为 $|\\det A| = {fmt(abs(det))}$ 的平行四边形。"))
    w.code(f"det_label = MathTex(r\"\\det A = {fmt(det)}\", font_size=40, color=YELLOW).next_to(label, DOWN, buff=0.3).add_background_rectangle(opacity=0.85, buff=0.1)")
    w.play("Write(det_label), Indicate(square, color=YELLOW)", 1.4)
    w.wait(1.5)


@check("matrix_transform")
def _check(f):
    M, det = f["M"], f["det"]
    return ("Where does the vector $(1, 1)$ go, and how does the area of any shape change?",
            "向量 $(1, 1)$ 被送到哪里？任意图形的面积如何变化？",
            f"$(1, 1) \\mapsto ({fmt(M[0][0] + M[0][1])}, {fmt(M[1][0] + M[1][1])})$, the sum of the columns; every area is multiplied by $|\\det A| = {fmt(abs(det))}$.",
            f"$(1, 1) \\mapsto ({fmt(M[0][0] + M[0][1])}, {fmt(M[1][0] + M[1][1])})$，即两列之和；所有面积都乘以 $|\\det A| = {fmt(abs(det))}$。")


# -- recognition (see families.py)
PRIORITY = 170
KEYWORDS = (r"矩阵", r"线性变换", r"matrix", r"linear\s+(map|transformation)", r"shear", r"剪切")
STRUCTURE = (r"\\begin\{[pb]matrix\}",)


def needs(info) -> bool:
    """A numeric 2x2 matrix of the author's, or only a symbolic map written without a matrix (a shear, for instance)."""
    return pick_matrix(Ctx(info, "matrix_transform", None, ""), None)[1] or states_only(info, r"^(?!.*\\begin\{)[^0-9]*$")
