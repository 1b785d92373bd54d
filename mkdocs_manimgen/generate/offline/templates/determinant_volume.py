"""determinant_volume: the author's 3x3 matrix sends the unit cube to a parallelepiped whose
volume is |det A| (its columns are where the three basis vectors land).  A singular matrix
(det A = 0) flattens the cube into a plane (rank 2, seen edge-on at the end) or onto a line
(rank 1): the columns' dependency, found exactly with sympy, is named.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

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

# a value the author gives the determinant: "\det A = 0", "\end{vmatrix} = 0", "...\end{pmatrix}$$ is 0"
_NUMBER = r"(-?\d+(?:\.\d+)?)(?!\w|\.\d)"
_STATED = (re.compile(r"\\det\s*\(?\s*[A-Z]?\s*\)?\s*=\s*" + _NUMBER),
           re.compile(r"\|\s*[A-Z]\s*\|\s*=\s*" + _NUMBER),
           re.compile(r"\\end\{[a-zA-Z]*matrix\}\s*(?:\\right\W)?[\s$]*(?:=|\bis\b|\bequals\b|为|等于|是)[\s$]*" + _NUMBER))


def exact(M):
    """The matrix as a sympy Matrix of rationals (the entries as written: 0.5 is 1/2)."""
    import sympy as sp

    return sp.Matrix([[sp.Rational(str(v)) for v in row] for row in M])


def stated(concept: str):
    """The determinant's value the author writes (a sympy Rational), or None."""
    import sympy as sp

    for pattern in _STATED:
        m = pattern.search(concept or "")
        if m:
            return sp.Rational(m.group(1))
    return None


def needs(info):
    """The author's numeric 3x3 matrix whose determinant is not stated differently from its exact
    value: entries within +-3 (so the image fits), or +-9 when singular (the image is flat, the
    camera starts close to the cube); a zero matrix is refused."""
    claim = stated(info.concept)
    for m in matrices(info.concept):
        if len(m) == 3 and all(len(r) == 3 for r in m):
            A = exact(m)
            det = A.det()
            bound = 9 if det == 0 else 3
            if all(abs(v) <= bound for r in m for v in r) and A.rank() > 0 and (claim is None or claim == det):
                return m
    return None


def _primitive(vector) -> tuple[int, ...]:
    """A rational vector scaled to coprime integers, its first non-zero entry positive."""
    import sympy as sp

    scale = sp.ilcm(*[sp.Rational(v).q for v in vector])
    ints = [int(v * scale) for v in vector]
    g = math.gcd(*ints) or 1
    sign = -1 if next(v for v in ints if v) < 0 else 1
    return tuple(sign * v // g for v in ints)


def _vec(v) -> str:
    return "(" + ", ".join(fmt(float(c)) for c in v) + ")"


def _combination(terms) -> str:
    """LaTeX for sum c * vector over (c, vector) with c a rational: '2(2, 5, 8) - (1, 4, 7)'."""
    import sympy as sp

    out = ""
    for c, v in sorted(terms, key=lambda t: bool(t[0] < 0)):  # positive terms first: no leading minus
        if c == 0:
            continue
        size = sp.latex(abs(c)) if abs(c) != 1 else ""
        out += (" - " if c < 0 else " + " if out else "") + size + _vec(v)
    return out.lstrip()


@dataclass(frozen=True)
class Collapse:
    """What a singular matrix does to the unit cube."""

    rank: int  # 2: flattened into a plane; 1: onto a line
    dependency: str  # LaTeX: "$(3, 6, 9) = 2(2, 5, 8) - (1, 4, 7)$" (rank 2) or the common direction "$(1, 2, 1)$"
    column: int | None  # rank 2: the index of the column written as a combination of the others
    null: list[tuple[int, ...]]  # a basis of the null space, coprime integers
    axis: np.ndarray  # unit vector: the image plane's normal (rank 2) or the image line's direction (rank 1)


def collapse(M) -> Collapse:
    """The rank, the columns' dependency and the null space of a singular 3x3 matrix, exactly (sympy)."""
    import sympy as sp

    A = exact(M)
    rank = A.rank()
    cols = [list(A[:, k]) for k in range(3)]
    null = [_primitive(list(v)) for v in A.nullspace()]
    if rank == 2:
        v = null[0]
        k = max(i for i in range(3) if v[i])
        others = [j for j in range(3) if j != k]  # independent: the image plane is their span
        rhs = _combination([(-sp.Rational(v[j], v[k]), cols[j]) for j in others])
        normal = np.cross(*[np.array(cols[j], dtype=float) for j in others])
        return Collapse(2, f"${_vec(cols[k])} = {rhs}$", k, null, normal / np.linalg.norm(normal))
    u = _primitive(next(c for c in cols if any(c)))
    direction = np.array(u, dtype=float)
    return Collapse(1, f"${_vec(u)}$", None, null, direction / np.linalg.norm(direction))


def edge_on(normal, phi: float = 70, theta: float = 25) -> tuple[int, int]:
    """(phi, theta) in whole degrees of a camera looking along the plane with this normal: the
    direction of (phi, theta) with its component along the normal removed, from above."""
    p, t = math.radians(phi), math.radians(theta)
    view = np.array([math.sin(p) * math.cos(t), math.sin(p) * math.sin(t), math.cos(p)])
    d = view - np.dot(view, normal) * normal
    if np.linalg.norm(d) < 1e-6:  # looking straight along the normal: any direction in the plane
        d = np.cross(normal, [0.0, 0.0, 1.0]) if abs(normal[2]) < 0.9 else np.cross(normal, [1.0, 0.0, 0.0])
    d = d / np.linalg.norm(d)
    if d[2] < 0:
        d = -d
    return round(math.degrees(math.acos(min(1.0, d[2])))), round(math.degrees(math.atan2(d[1], d[0])))


def build(ctx: Ctx) -> None:
    w = ctx.w
    M = needs(ctx.info) or [[1.0, 1.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 2.0]]
    exact_det = exact(M).det()
    det = float(exact_det)
    flat = collapse(M) if exact_det == 0 else None
    ctx.facts.update(M=M, det=det, null=flat.null if flat else None)
    rows = r" \\ ".join(" & ".join(fmt(v) for v in r) for r in M)
    w.beat(ctx.title, ctx.L("The unit cube, spanned by $\\hat\\imath, \\hat\\jmath, \\hat k$, has volume 1.",
                            "由 $\\hat\\imath, \\hat\\jmath, \\hat k$ 张成的单位立方体体积为 1。"))
    R = int(max(2, np.ceil(np.abs(np.array(M)).sum(axis=1).max())))
    # a large image dwarfs the cube: start close to the cube, pull back while the matrix acts
    zoom = 0.8 if R <= 3 else min(4.0, round(0.8 * R / 3, 2))
    w.code(f"self.set_camera_orientation(phi=65 * DEGREES, theta=-50 * DEGREES, zoom={fmt(zoom, 2)})")
    w.title(ctx.title)
    matrix_tex = rf"A = \begin{{pmatrix}} {rows} \end{{pmatrix}}"
    det_tex = rf"\det A = {fmt(det, 3)}"
    w.code(
        f"label = {math_mob(matrix_tex, 34)}.to_corner(UL, buff=0.4).shift(DOWN * 0.6)",
        f"det_label = {math_mob(det_tex, 36, 'YELLOW')}.next_to(label, DOWN, buff=0.3).align_to(label, LEFT)",
        "self.add_fixed_in_frame_mobjects(label, det_label)",
        "self.remove(label, det_label)",
    )
    step = 1 if R <= 6 else 2 if R <= 12 else 5  # ticks a few pixels apart are noise
    axes_code(ctx, f"x_range=[-{R}, {R}, {step}], y_range=[-{R}, {R}, {step}], z_range=[-{R}, {R}, {step}], "
                   "x_length=5, y_length=5, z_length=5")
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
    if zoom == 0.8:
        w.play("Write(title), FadeIn(label), Create(axes)", 1.2)
    else:  # close to the cube the axes would cross the labels: they come in as the camera pulls back
        w.play("Write(title), FadeIn(label)", 1.2)
    w.play("FadeIn(cube), Create(basis)", 1.2)
    cols = ", ".join(f"({fmt(M[0][k])}, {fmt(M[1][k])}, {fmt(M[2][k])})" for k in range(3))
    if flat is None:
        w.beat(ctx.L("Apply the matrix", "施加变换"),
               ctx.L(f"The basis vectors land on the columns {cols}; the cube becomes a parallelepiped.",
                     f"基向量落到三列 {cols} 上，立方体变成平行六面体。"))
    else:
        w.beat(ctx.L("Apply the matrix", "施加变换"), _flattening(ctx, flat, cols))
    act = "cube.animate.apply_matrix(matrix, about_point=O), Transform(basis, images)"
    if zoom == 0.8:
        w.play(act, 2.6)
    else:
        w.move_camera(f"zoom=0.8, added_anims=[{act}, Create(axes)]", 2.6)
    if flat is None:
        flip = ctx.L(" The sign is negative: the orientation is flipped." if det < 0 else "",
                     "符号为负：定向被翻转。" if det < 0 else "")
        w.beat(ctx.L("Volume = |det A|", "体积 = |det A|"),
               ctx.L(f"Its volume is $|\\det A| = {fmt(abs(det), 3)}$.{flip}", f"它的体积是 $|\\det A| = {fmt(abs(det), 3)}$。{flip}"))
        w.play("FadeIn(det_label)", 1)
        w.move_camera("phi=70 * DEGREES, theta=25 * DEGREES", 2.2)
    else:  # rank 2: seen edge-on along its plane; rank 1: from beside its line
        phi, theta = edge_on(flat.axis) if flat.rank == 2 else _beside(flat.axis)
        w.beat(ctx.L("Volume = 0", "体积 = 0"), ctx.L(
            "The volume is 0: the image is flat. Seen along its plane it has no thickness, so $\\det A = 0$." if flat.rank == 2 else
            "The volume is 0: the image is a line segment, with neither width nor thickness, so $\\det A = 0$.",
            "体积为 0：像是扁平的。沿着它所在的平面看过去，它没有厚度，所以 $\\det A = 0$。" if flat.rank == 2 else
            "体积为 0：像只是一条线段，既没有宽度也没有厚度，所以 $\\det A = 0$。"))
        w.play("FadeIn(det_label)", 1)
        w.move_camera(f"phi={phi} * DEGREES, theta={theta} * DEGREES", 2.2)
    w.wait(1)


def _flattening(ctx: Ctx, flat: Collapse, cols: str) -> str:
    """The narration of a singular matrix acting: where the basis lands and why nothing is left of the volume."""
    words, k = flat.dependency, flat.column
    if flat.rank == 2:
        nth = (("first", "second", "third")[k], ("第一", "第二", "第三")[k])
        return ctx.L(f"The basis vectors land on the columns {cols}. They are linearly dependent: the {nth[0]} column is "
                     f"{words}, so all three lie in one plane and the cube is flattened into it.",
                     f"基向量落到三列 {cols} 上。三列线性相关：{nth[1]}列 {words}，所以三列都在同一个平面里，立方体被压扁到这个平面上。")
    return ctx.L(f"The basis vectors land on the columns {cols}: all three are multiples of {words}, so the cube "
                 "collapses onto a line.",
                 f"基向量落到三列 {cols} 上：三列都是 {words} 的倍数，所以立方体被压缩到一条直线上。")


def _beside(direction) -> tuple[int, int]:
    """The usual closing view (70, 25 degrees), or (70, -50) when it looks almost along the line."""
    p, t = math.radians(70), math.radians(25)
    view = np.array([math.sin(p) * math.cos(t), math.sin(p) * math.sin(t), math.cos(p)])
    return (70, 25) if abs(float(np.dot(view, direction))) < 0.8 else (70, -50)


@check("determinant_volume")
def _check(f):
    d, null = f["det"], f.get("null")
    if null:
        shown = " and ".join(f"${_vec(v)}$" for v in null)
        shown_zh = " 和 ".join(f"${_vec(v)}$" for v in null)
        return ("Is there a non-zero vector $\\mathbf x$ with $A\\mathbf x = \\mathbf 0$?", "有没有非零向量 $\\mathbf x$ 使 $A\\mathbf x = \\mathbf 0$？",
                (f"Yes: $\\mathbf x = {_vec(null[0])}$ and its multiples" if len(null) == 1 else
                 f"Yes, a whole plane of them, spanned by {shown}") + ": the columns' dependency. "
                "So $A$ squashes a direction to nothing and has no inverse, which is why $\\det A = 0$.",
                (f"有：$\\mathbf x = {_vec(null[0])}$ 及其倍数" if len(null) == 1 else f"有，而且是一整个平面，由 {shown_zh} 张成")
                + "，这正是三列的线性相关关系。$A$ 把一个方向压成零，没有逆矩阵，所以 $\\det A = 0$。")
    return ("What is the volume of the image of a box of volume 2 under the same matrix?", "同一个矩阵把体积为 2 的长方体变成体积多大的图形？",
            f"$2\\cdot|\\det A| = {fmt(2 * abs(d), 3)}$: every volume is multiplied by $|\\det A|$.",
            f"$2\\cdot|\\det A| = {fmt(2 * abs(d), 3)}$：所有体积都乘以 $|\\det A|$。")
