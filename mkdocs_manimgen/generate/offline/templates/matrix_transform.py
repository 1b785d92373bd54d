"""matrix_transform: the plane, i-hat and j-hat and the unit square move under a 2x2 matrix.

The unit square's image has signed area det A: when det A < 0 the turn from i-hat to j-hat is
shown reversing (the orientation flips), and when det A = 0 the square is shown collapsing
onto a segment (the columns are parallel).
"""

from __future__ import annotations

import math
import re

from ..families import states_only
from ..latex import fmt
from ..symbolic import matrices, number
from ..notes import check
from ..parts.labels import outward, place_helper
from .common import Ctx


def pick_matrix(ctx: Ctx, default):
    """The author's first 2x2 numeric matrix (entries within +-4, no zero column), else ``default``.  When the block
    names a matrix in letters first (``A = (a b; b a)``) that matrix is its subject: with the values the block gives
    its letters (``a = 3, b = 1``) put in, else none (a later numeric P of eigenvectors is not A)."""
    subject = _lettered_subject(ctx.info)
    found = [subject] if subject else matrices(ctx.info.concept) if subject is None else []
    for m in found:
        if len(m) == 2 and len(m[0]) == 2 and all(abs(v) <= 4 for row in m for v in row) \
                and all(m[0][k] or m[1][k] for k in (0, 1)):
            return m, True
    return default, False


_NAMED_MATRIX = re.compile(r"([A-Z])\s*=\s*(?:\\left)?\s*[(\[]?\s*\\begin\{([pbvBV]?matrix)\}(.*?)\\end\{\2\}", re.S)


def _lettered_subject(info) -> list | bool | None:
    """The block's first named matrix when its entries are letters: its rows with the block's values put in, or
    False when a letter has none; None when the first named matrix is numeric (or there is none)."""
    from ..odes import _given

    m = _NAMED_MATRIX.search(info.concept)
    if not m:
        return None
    cells = [[c.strip() for c in row.split("&")] for row in re.split(r"\\\\", m.group(3)) if row.strip()]
    if all(number(c) is not None for row in cells for c in row):
        return None
    letters = sorted({c for row in cells for c in row if number(c) is None})
    if not all(re.fullmatch(r"-?[a-z]", c) for c in letters):
        return False
    values = _given(info, sorted({c.lstrip("-") for c in letters}))
    out = []
    for row in cells:
        out.append([])
        for c in row:
            v = number(c)
            if v is None:
                name = c.lstrip("-")
                if name not in values:
                    return False
                v = -values[name] if c.startswith("-") else values[name]
            out[-1].append(float(v))
    return out


_DETERMINANT = r"determinant|行列式|\\det|signed\s+area|有向面积|orientation|定向"


# What the prose says the example must show: a zero determinant (the plane squashed onto a line), a negative
# one (orientation flipped); otherwise a shear. A shear (det 1) drawn for "why det = 0 squashes the plane" showed
# the opposite of the block's claim.
_SINGULAR = re.compile(r"(?:determinant|\\det\s*A?|行列式)[^.。;；]{0,30}?(?:zero|0\b|零)|singular|not\s+invertible|non-?invertible|"
                       r"squash|collaps|flatten|onto\s+a\s+line|奇异|不可逆|压扁|压缩成|降维|退化", re.I)
_FLIPPED = re.compile(r"negative\s+determinant|determinant\s+is\s+negative|(?:flip|revers)\w*\s+(?:the\s+)?orientation|"
                      r"行列式为负|行列式小于零|定向(?:相反|改变|翻转)", re.I)


def example_for(info) -> list[list[float]]:
    """The example matrix when the block writes none (see _SINGULAR, _FLIPPED): for the law ad - bc in letters, one
    whose columns (a, c) = (3, 1) and (b, d) = (1, 2) span a plain parallelogram of area 3 * 2 - 1 * 1 = 5."""
    if _SINGULAR.search(info.concept):
        return [[1.0, 2.0], [0.5, 1.0]]  # det 0: both columns on the line y = x / 2
    if _FLIPPED.search(info.concept):
        return [[0.0, 1.0], [1.0, 0.0]]  # det -1: the reflection in y = x
    if law_letters(info):
        return [[3.0, 1.0], [1.0, 2.0]]
    return [[1.0, 1.0], [0.0, 1.0]]


# The 2x2 determinant's law in letters, det [[a, b], [c, d]] = ad - bc (any letters, a_{11} too), asked about as an
# area: "为什么二阶行列式 |a b; c d| = ad - bc 是一个面积？". Its example is declared one on screen.
_ENTRY = r"([a-z](?:_\{?\w+\}?)?)"
_AD_BC = rf"{_ENTRY}{_ENTRY}-{_ENTRY}{_ENTRY}"
_LETTERS = r"(?:[^0-9]|_\{?\d+\}?)*"  # no number but an index
_DET_SIDE = (rf"(?:\\det\(?[A-Z]?\)?|\\det(?:\\left)?[(\[]?\\begin\{{[pb]?matrix\}}{_LETTERS}\\end\{{[pb]?matrix\}}(?:\\right)?[)\]]?|"
             rf"\\begin\{{vmatrix\}}{_LETTERS}\\end\{{vmatrix\}}|\\left\|\\begin\{{matrix\}}{_LETTERS}\\end\{{matrix\}}\\right\||\|[A-Z]\|)")
_LETTER_MATRIX = rf"[A-Z]=(?:\\left)?[(\[]?\\begin\{{[pb]?matrix\}}{_LETTERS}\\end\{{[pb]?matrix\}}(?:\\right)?[)\]]?"
_AREA = r"area|parallelogram|geometr|signed|orientation|面积|平行四边形|几何|有向|定向"


def law_letters(info) -> tuple[str, str, str, str] | None:
    """(a, b, c, d) as the author names them when every formula of the block is the 2x2 determinant's law
    ``det [[a, b], [c, d]] = ad - bc`` (or the letters' matrix ``A = ...``) and the prose asks about its area; else None."""
    if not re.search(_AREA, info.prose, re.I) or not states_only(
            info, rf"^{_DET_SIDE}={_AD_BC}$", rf"^{_AD_BC}={_DET_SIDE}$", rf"^{_LETTER_MATRIX}$"):
        return None
    for block in info.blocks:
        m = re.search(rf"={_AD_BC}$|^{_AD_BC}=", re.sub(r"\s+", "", block))
        if m:
            a, d, b, c = (g for g in m.groups() if g is not None)
            return a, b, c, d
    return None


def unit_for(M) -> float:
    """Length of one grid unit on screen: 1, or less so the image of the unit square stays in the
    frame below the title (its corners 0, the two columns and their sum)."""
    xs = [0, M[0][0], M[0][1], M[0][0] + M[0][1]]
    ys = [0, M[1][0], M[1][1], M[1][0] + M[1][1]]
    fits = [1.0, 6.5 / max(max(abs(v) for v in xs), 1e-9), 3.1 / max(max(ys), 1e-9), 3.6 / max(-min(ys), 1e-9)]
    return math.floor(min(fits) * 100) / 100


def turn(M) -> tuple[float, float]:
    """(start angle, signed angle) of the short turn from the image of i-hat to that of j-hat:
    counter-clockwise (positive) when det A > 0, clockwise when det A < 0."""
    start = math.atan2(M[1][0], M[0][0])
    delta = math.atan2(M[1][1], M[0][1]) - start
    delta = (delta + math.pi) % (2 * math.pi) - math.pi
    return start, delta


def build(ctx: Ctx) -> None:
    w = ctx.w
    M, own = pick_matrix(ctx, example_for(ctx.info))
    w.example = not own
    law = None if own else law_letters(ctx.info)
    det = M[0][0] * M[1][1] - M[0][1] * M[1][0]
    ctx.facts.update(M=M, det=det)
    about_det = bool(re.search(_DETERMINANT, ctx.info.concept, re.I))
    if about_det:
        from ..notes import default_title

        if ctx.title == default_title("matrix_transform", ctx.info):
            ctx.title = ctx.L("The Determinant as an Area", "行列式与面积")
        ctx.facts["what"] = (
            "The determinant of a $2\\times 2$ matrix $A$ is the signed area of the image of the unit square, the "
            "parallelogram spanned by its columns: $|\\det A|$ is its area, a negative sign means the orientation is "
            "flipped, and $\\det A = 0$ means the square collapses onto a segment.",
            "$2\\times 2$ 矩阵 $A$ 的行列式是单位正方形的像（由两列张成的平行四边形）的有向面积：$|\\det A|$ 是面积，"
            "负号表示定向翻转，$\\det A = 0$ 表示正方形被压扁成一条线段。")
    rows = r" \\ ".join(" & ".join(fmt(v) for v in row) for row in M)
    w.beat(ctx.title, ctx.L(f"The matrix sends $\\hat\\imath$ to $({fmt(M[0][0])}, {fmt(M[1][0])})$ and $\\hat\\jmath$ to $({fmt(M[0][1])}, {fmt(M[1][1])})$.",
                            f"矩阵把 $\\hat\\imath$ 送到 $({fmt(M[0][0])}, {fmt(M[1][0])})$，把 $\\hat\\jmath$ 送到 $({fmt(M[0][1])}, {fmt(M[1][1])})$。"))
    unit = unit_for(M)
    X, Y = math.ceil(8 / unit), math.ceil(5 / unit)
    grid = f"x_range=[-{X}, {X}, 1], y_range=[-{Y}, {Y}, 1], x_length={fmt(2 * X * unit)}, y_length={fmt(2 * Y * unit)}"
    w.code(
        f"matrix = [[{fmt(M[0][0])}, {fmt(M[0][1])}], [{fmt(M[1][0])}, {fmt(M[1][1])}]]",
        f"unit = {fmt(unit)}  # one grid square on screen: the image of the unit square fits in the frame",
        f"plane = NumberPlane({grid},",
        '                    background_line_style={"stroke_color": TEAL, "stroke_opacity": 0.5})',
        f"fixed = NumberPlane({grid}, faded_line_ratio=0,",
        '                    background_line_style={"stroke_color": GREY_D, "stroke_opacity": 0.4})',
        "square = Square(side_length=unit, color=YELLOW, fill_opacity=0.4).move_to([unit / 2, unit / 2, 0])",
        "i_hat = Vector([unit, 0], color=GREEN)",
        "j_hat = Vector([0, unit], color=RED)",
    )
    w.title(ctx.title)
    w.code(
        f"label = MathTex(r\"A = \\begin{{pmatrix}} {rows} \\end{{pmatrix}}\", font_size=40)",
        "label.to_corner(UL, buff=0.4).shift(DOWN * 0.7).add_background_rectangle(opacity=0.85, buff=0.15)",
        "title.add_background_rectangle(opacity=0.85, buff=0.1)",
    )
    w.play("Create(fixed), Create(plane), Write(title)", 1.4)
    show_turn = (about_det or det < 0) and abs(det) > 1e-12  # a segment has no orientation to show
    if show_turn:
        w.code("turn = Arc(radius=0.5 * unit, start_angle=0, angle=PI / 2, color=WHITE, stroke_width=5).add_tip(tip_length=0.18)")
        w.play("FadeIn(label), GrowArrow(i_hat), GrowArrow(j_hat), FadeIn(square), Create(turn)", 1.2)
    else:
        w.play("FadeIn(label), GrowArrow(i_hat), GrowArrow(j_hat), FadeIn(square)", 1.2)
    if abs(det) < 1e-12:
        w.beat(ctx.L("Apply the matrix", "施加变换"), ctx.L("The basis vectors land on the matrix's columns, which are parallel: the whole plane is squashed onto one line.",
                                                           "基向量落在矩阵的两列上，而两列平行：整个平面被压到一条直线上。"))
    else:
        w.beat(ctx.L("Apply the matrix", "施加变换"), ctx.L("Every grid line stays straight and parallel; the basis vectors land on the matrix's columns.",
                                                           "网格线仍然笔直且平行；基向量落在矩阵的两列上。"))
    w.play("plane.animate.apply_matrix(matrix), i_hat.animate.put_start_and_end_on(ORIGIN, [unit * matrix[0][0], unit * matrix[1][0], 0]), "
           "j_hat.animate.put_start_and_end_on(ORIGIN, [unit * matrix[0][1], unit * matrix[1][1], 0]), square.animate.apply_matrix(matrix)", 3)
    cols = f"$({fmt(M[0][0])}, {fmt(M[1][0])})$ {ctx.L('and', '与')} $({fmt(M[0][1])}, {fmt(M[1][1])})$"
    if abs(det) < 1e-12:
        what = ctx.L(f"The columns {cols} lie on one line, so the unit square collapses onto a segment: its area is $\\det A = 0$.",
                     f"两列 {cols} 在同一条直线上，单位正方形被压扁成一条线段：面积 $\\det A = 0$。")
    else:
        what = ctx.L(f"The unit square becomes a parallelogram of area $|\\det A| = {fmt(abs(det))}$.",
                     f"单位正方形变成面积为 $|\\det A| = {fmt(abs(det))}$ 的平行四边形。")
    det_tex = f"\\det A = {fmt(det)}"
    if law is not None:  # the author's letters on the columns, and ad - bc worked out with the example's entries
        a, b, c, d = law
        worked = f"{a}{d} - {b}{c} = {_times(M[0][0], M[1][1])} - {_times(M[0][1], M[1][0])} = {fmt(det)}"
        what = ctx.L(f"The columns $({a}, {c}) = ({fmt(M[0][0])}, {fmt(M[1][0])})$ and $({b}, {d}) = ({fmt(M[0][1])}, {fmt(M[1][1])})$ "
                     f"span the image of the unit square, a parallelogram of area ${worked}$.",
                     f"两列 $({a}, {c}) = ({fmt(M[0][0])}, {fmt(M[1][0])})$ 与 $({b}, {d}) = ({fmt(M[0][1])}, {fmt(M[1][1])})$ "
                     f"张成单位正方形的像，一个面积为 ${worked}$ 的平行四边形。")
        det_tex = f"\\det A = {worked}"
        place_helper(w)
        w.code(f"col_1 = MathTex(r\"({a}, {c})\", font_size=34, color=GREEN)",
               f"col_2 = MathTex(r\"({b}, {d})\", font_size=34, color=RED)",
               "taken = [title, label, square]",
               "for col in (col_1, col_2):",
               "    col.add_background_rectangle(opacity=0.85, buff=0.06)",
               f"self._place(col_1, i_hat.get_end(), {outward(complex(M[0][0], M[1][0]))}, taken)",
               f"self._place(col_2, j_hat.get_end(), {outward(complex(M[0][1], M[1][1]))}, taken)")
    w.beat(ctx.L("Area = |det A|", "面积 = |det A|"), what)
    if law is not None:
        w.play("Write(col_1), Write(col_2)", 1)
    align = ".align_to(label, LEFT)" if law is not None else ""  # ad - bc worked out is wider than A: kept in the frame
    w.code(f"det_label = MathTex(r\"{det_tex}\", font_size=40, color=YELLOW).next_to(label, DOWN, buff=0.3){align}"
           ".add_background_rectangle(opacity=0.85, buff=0.1)")
    w.play("Write(det_label), Indicate(square, color=YELLOW)", 1.4)
    if show_turn:
        start, delta = turn(M)
        radius = 0.5 * unit * min(1.6, math.hypot(M[0][0], M[1][0]), math.hypot(M[0][1], M[1][1]))
        flipped = det < 0
        w.beat(ctx.L("Orientation", "定向"),
               ctx.L("The turn from $\\hat\\imath$ to $\\hat\\jmath$ was counter-clockwise; now it is clockwise: the orientation "
                     "is flipped, which is the minus sign of $\\det A$." if flipped else
                     "The turn from $\\hat\\imath$ to $\\hat\\jmath$ is still counter-clockwise: the orientation is kept and "
                     "$\\det A$ is positive.",
                     "从 $\\hat\\imath$ 转到 $\\hat\\jmath$ 原来是逆时针，现在变成顺时针：定向翻转了，这就是 $\\det A$ 的负号。"
                     if flipped else "从 $\\hat\\imath$ 转到 $\\hat\\jmath$ 仍是逆时针：定向保持，$\\det A$ 为正。"))
        w.code(f"turned = Arc(radius={fmt(radius, 3)}, start_angle={fmt(start, 4)}, angle={fmt(delta, 4)}, color={'ORANGE' if flipped else 'WHITE'},",
               "             stroke_width=5).add_tip(tip_length=0.18)")
        w.play("Transform(turn, turned)", 1.2)
    w.wait(1.5)


def _times(x: float, y: float) -> str:
    """``x \\cdot y`` with a negative factor in brackets."""
    return " \\cdot ".join(fmt(v) if v >= 0 else f"({fmt(v)})" for v in (x, y))


@check("matrix_transform")
def _check(f):
    M, det = f["M"], f["det"]
    return ("Where does the vector $(1, 1)$ go, and how does the area of any shape change?",
            "向量 $(1, 1)$ 被送到哪里？任意图形的面积如何变化？",
            f"$(1, 1) \\mapsto ({fmt(M[0][0] + M[0][1])}, {fmt(M[1][0] + M[1][1])})$, the sum of the columns; every area is multiplied by $|\\det A| = {fmt(abs(det))}$.",
            f"$(1, 1) \\mapsto ({fmt(M[0][0] + M[0][1])}, {fmt(M[1][0] + M[1][1])})$，即两列之和；所有面积都乘以 $|\\det A| = {fmt(abs(det))}$。")


# -- recognition (see families.py)
PRIORITY = 170
KEYWORDS = (r"矩阵", r"线性变换", r"matrix", r"linear\s+(map|transformation)", r"shear", r"剪切", r"determinant", r"行列式")
TEX_PATTERNS = (r"\\det\b",)
STRUCTURE = (r"\\begin\{[pbv]matrix\}",)


def needs(info) -> bool:
    """A numeric 2x2 matrix of the author's, or only a symbolic map written without a matrix (a shear, for
    instance); not a product of two named matrices."""
    from .matrix_product import writes_product

    if writes_product(info):
        return False  # a product of two matrices: matrix_product draws it (or refuses a false one)
    return (pick_matrix(Ctx(info, "matrix_transform", None, ""), None)[1] or states_only(info, r"^(?!.*\\begin\{)[^0-9]*$")
            or law_letters(info) is not None)
