"""matrix_product: a product of two of the author's 2x2 matrices as a composition of maps. The plane
moves under the right-hand factor, then under the left one, and ends where the product sends it;
when the block writes both orders, the other order is run from the start for comparison.

The product ``BA`` means "A first, then B" (the matrix next to the vector acts first)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..latex import fmt, single_line, split_top
from ..notes import check
from ..symbolic import matrices
from .common import Ctx
from .matrix_transform import unit_for

PRIORITY = 165  # before matrix_transform (170), which draws one matrix
KEYWORDS = (r"compos", r"复合", r"product", r"乘积", r"\bthen\b", r"先", r"order", r"顺序", r"commut", r"交换")
TITLE = ("Matrix Products Compose Maps", "矩阵乘法即变换的复合")
WHAT = ("The product $BA$ of two matrices is the map \"first $A$, then $B$\": a vector is moved by $A$ and the result by "
        "$B$. The order matters: in general $AB \\ne BA$.",
        "两个矩阵的乘积 $BA$ 是\"先作 $A$、再作 $B$\"的变换：向量先被 $A$ 移动，结果再被 $B$ 移动。顺序很重要：一般 $AB \\ne BA$。")

_NAME = r"[A-Z](?:_\{?\d\}?)?"
_ENV = r"\\begin\{[pbvBV]?matrix\}.*?\\end\{[pbvBV]?matrix\}"


@dataclass(frozen=True)
class Product:
    names: dict[str, list[list[float]]]  # the author's named matrices
    orders: tuple[tuple[str, str], ...]  # products written, (left, right): right acts first


def _name(tex: str) -> str | None:
    t = re.sub(r"\s+|[{}]", "", tex)
    return t if re.fullmatch(r"[A-Z](?:_\d)?", t) else None


def _scan(info):
    """(the named 2x2 matrices, the products of two of those names written, each with its stated value or None)."""
    names: dict[str, list[list[float]]] = {}
    products: list[tuple[str, str, list[list[float]] | None]] = []
    for block in info.blocks:
        for piece in split_top(single_line(block), ",;"):
            sides = [s.strip() for s in split_top(re.sub(r"\\(?:quad|qquad)", " ", piece), "=")]
            literal = next((matrices(s)[0] for s in sides if re.fullmatch(_ENV, s, re.S) and matrices(s)), None)
            for s in sides:
                if (n := _name(s)) and literal is not None and len(literal) == 2 and len(literal[0]) == 2:
                    names.setdefault(n, literal)
                m = re.fullmatch(rf"({_NAME})\s*(?:\\cdot|\\times)?\s*({_NAME})", s.replace("{", "").replace("}", ""))
                if m and m.group(1) != m.group(2):
                    products.append((m.group(1), m.group(2), literal))
    known = [(a, b, v) for a, b, v in products if a in names and b in names]
    return names, known


def writes_product(info) -> bool:
    """The block names two 2x2 matrices and writes a product of them (true or not)."""
    names, known = _scan(info)
    return len(names) >= 2 and bool(known)


def read_product(info) -> Product | None:
    """Two named numeric 2x2 matrices (``A = \\begin{pmatrix}..\\end{pmatrix}``) and a product of their
    names the block writes (``AB``, ``B A``, ``A\\cdot B``); every product it states a value for checked
    (numpy). None otherwise, or when a stated product is wrong."""
    names, known = _scan(info)
    if len(names) < 2 or not known:
        return None
    for a, b, value in known:
        if value is not None and not np.allclose(np.array(names[a]) @ np.array(names[b]), value, atol=1e-6):
            return None  # a stated product the matrices do not give
    orders = tuple(dict.fromkeys((a, b) for a, b, _ in known))
    return Product(names, orders[:2])


def needs(info) -> bool:
    """Two named 2x2 matrices of the author's and a product of them written (see read_product)."""
    return read_product(info) is not None


def _tex(M) -> str:
    return r"\begin{pmatrix} " + r" \\ ".join(" & ".join(fmt(v) for v in row) for row in M) + r" \end{pmatrix}"


def build(ctx: Ctx) -> None:
    w = ctx.w
    prod = read_product(ctx.info)
    runs = []
    for left, right in prod.orders:
        L, R = np.array(prod.names[left]), np.array(prod.names[right])
        runs.append((left, right, R, L @ R))
    ctx.facts.update(runs=[(a, b, P.tolist()) for a, b, _, P in runs])
    everything = [np.eye(2)] + [m for _, _, R, P in runs for m in (R, P)]
    unit = min(unit_for(m.tolist()) for m in everything)
    X, Y = int(np.ceil(8 / unit)), int(np.ceil(5 / unit))
    grid = f"x_range=[-{X}, {X}, 1], y_range=[-{Y}, {Y}, 1], x_length={fmt(2 * X * unit)}, y_length={fmt(2 * Y * unit)}"
    first_left, first_right = runs[0][0], runs[0][1]
    w.beat(ctx.title, ctx.L(f"${first_left}{first_right}$ means: first ${first_right}$, then ${first_left}$.",
                            f"${first_left}{first_right}$ 表示：先作 ${first_right}$，再作 ${first_left}$。"))
    w.title(ctx.title)
    w.code(
        f"unit = {fmt(unit)}  # one grid square on screen: every image of the unit square fits",
        f"fixed = NumberPlane({grid}, faded_line_ratio=0,",
        '                    background_line_style={"stroke_color": GREY_D, "stroke_opacity": 0.4})',
        "title.add_background_rectangle(opacity=0.85, buff=0.1)",
        "names = VGroup(" + ", ".join(f'MathTex(r"{n} = {_tex(M)}", font_size=32)' for n, M in prod.names.items()) + ")",
        "names.arrange(DOWN, aligned_edge=LEFT, buff=0.2).to_corner(UL, buff=0.3).shift(DOWN * 0.8)",
        "for m in names:",
        "    m.add_background_rectangle(opacity=0.85, buff=0.08)",
    )
    w.play("Create(fixed), Write(title), FadeIn(names)", 1.2)
    for k, (left, right, R, P) in enumerate(runs):
        L = np.array(prod.names[left])
        w.code(
            f"plane{k} = NumberPlane({grid}, background_line_style={{\"stroke_color\": TEAL, \"stroke_opacity\": 0.5}})",
            f"square{k} = Square(side_length=unit, color=YELLOW, fill_opacity=0.4).move_to([unit / 2, unit / 2, 0])",
            f"i{k} = Vector([unit, 0], color=GREEN)",
            f"j{k} = Vector([0, unit], color=RED)",
            f"shape{k} = VGroup(plane{k}, square{k})",
        )
        if k:
            w.beat(ctx.L("The other order", "换一个顺序"), ctx.L(f"${left}{right}$: first ${right}$, then ${left}$, from the start again.",
                                                                 f"${left}{right}$：先作 ${right}$，再作 ${left}$，从头再来。"))
            w.play("FadeOut(shape0), FadeOut(i0), FadeOut(j0), FadeOut(result0)", 0.8)
        w.play(f"FadeIn(shape{k}), GrowArrow(i{k}), GrowArrow(j{k})", 0.8)
        for name, M in ((right, R), (left, L)):
            w.beat(ctx.L(f"Apply {name}", f"作用 {name}"), ctx.L(f"${name}$ moves every point of the plane.", f"${name}$ 移动平面上的每一点。"))
            at = np.array(M)
            w.play(f"shape{k}.animate.apply_matrix({at.tolist()}), "
                   f"i{k}.animate.apply_matrix({at.tolist()}), j{k}.animate.apply_matrix({at.tolist()})", 1.8)
        cols = f"({fmt(P[0][0])}, {fmt(P[1][0])})", f"({fmt(P[0][1])}, {fmt(P[1][1])})"
        w.beat(ctx.L(f"The product {left}{right}", f"乘积 {left}{right}"),
               ctx.L(f"$\\hat\\imath$ ends at ${cols[0]}$ and $\\hat\\jmath$ at ${cols[1]}$: the columns of ${left}{right} = {_tex(P)}$.",
                     f"$\\hat\\imath$ 最后落在 ${cols[0]}$，$\\hat\\jmath$ 落在 ${cols[1]}$：正是 ${left}{right} = {_tex(P)}$ 的两列。"))
        w.code(f'result{k} = MathTex(r"{left}{right} = {_tex(P)}", font_size=36, color=YELLOW)',
               f"result{k}.to_corner(DR, buff=0.4).shift(UP * {fmt(1.6 * k, 2)}).add_background_rectangle(opacity=0.85, buff=0.1)")
        w.play(f"Write(result{k})", 1.0)
    if len(runs) == 2:
        same = np.allclose(runs[0][3], runs[1][3])
        a, b = runs[0][0] + runs[0][1], runs[1][0] + runs[1][1]
        rel = "=" if same else "\\ne"
        w.beat(ctx.L("Order", "顺序"), ctx.L(f"${a} {rel} {b}$: " + ("here the two orders agree." if same else "the order matters."),
                                             f"${a} {rel} {b}$：" + ("这里两种顺序结果相同。" if same else "顺序很重要。")))
        w.play("Indicate(result0), Indicate(result1)", 1.0)
    w.wait(1.2)


@check("matrix_product")
def _check(f):
    left, right, P = f["runs"][0]
    return (f"Where does $(1, 0)$ go under ${left}{right}$, and which matrix acts on it first?",
            f"$(1, 0)$ 在 ${left}{right}$ 下被送到哪里？哪个矩阵先作用？",
            f"${right}$ acts first, then ${left}$; $(1, 0) \\mapsto ({fmt(P[0][0])}, {fmt(P[1][0])})$, the first column of ${left}{right}$.",
            f"先作 ${right}$，再作 ${left}$；$(1, 0) \\mapsto ({fmt(P[0][0])}, {fmt(P[1][0])})$，即 ${left}{right}$ 的第一列。")
