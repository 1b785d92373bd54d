"""vector_addition: u and v placed tip to tail; u + v is the parallelogram's diagonal."""

from __future__ import annotations

import math
import re

from ..families import states_only
from ..latex import fmt
from ..symbolic import matrices
from ..notes import check
from .common import Ctx


def _own_vectors(info):
    """The first two plane vectors the author writes, when their sum fits the plane; else None."""
    found = []
    for m in matrices(info.concept):
        if len(m) == 2 and all(len(r) == 1 for r in m):
            found.append((m[0][0], m[1][0]))
        elif len(m) == 1 and len(m[0]) == 2:
            found.append((m[0][0], m[0][1]))
    for a, b in re.findall(r"\(\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*\)", " ".join(info.blocks)):
        found.append((float(a), float(b)))
    good = [v for v in found if all(abs(c) <= 100 for c in v) and any(c for c in v)]
    return (good[0], good[1]) if len(good) >= 2 else None


def frame(u, v) -> tuple[float, float, tuple[int, int]]:
    """(k, step, start): screen units per unit of the vectors so that 0, u, v and u + v fit a
    11 x 5 box (k <= 1: small vectors keep one grid square a unit), the grid step, and the lattice
    point the arrows start from so that the picture is centred below the title."""
    xs, ys = (0, u[0], v[0], u[0] + v[0]), (0, u[1], v[1], u[1] + v[1])
    k = min(1.0, 11 / max(max(xs) - min(xs), 1e-9), 5 / max(max(ys) - min(ys), 1e-9))
    step = next(s for s in (1, 2, 5, 10, 20, 50) if s * k >= 0.45)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return k, step, (-round(cx), -round(cy + 0.6 / k))


def _vectors(ctx: Ctx):
    return _own_vectors(ctx.info) or ((3.0, 1.0), (1.0, 2.0))


def build(ctx: Ctx) -> None:
    w = ctx.w
    u, v = _vectors(ctx)
    s = (u[0] + v[0], u[1] + v[1])
    w.example = _own_vectors(ctx.info) is None
    ctx.facts.update(u=u, v=v, s=s)
    w.beat(ctx.title, ctx.L(f"Two vectors, $\\mathbf u = ({fmt(u[0])}, {fmt(u[1])})$ and $\\mathbf v = ({fmt(v[0])}, {fmt(v[1])})$.",
                            f"两个向量 $\\mathbf u = ({fmt(u[0])}, {fmt(u[1])})$ 和 $\\mathbf v = ({fmt(v[0])}, {fmt(v[1])})$。"))
    w.title(ctx.title)
    k, step, start = frame(u, v)
    X = step * math.ceil((7.2 / k + abs(start[0])) / step)  # the grid covers the frame around the start
    Y = step * math.ceil((4.1 / k + abs(start[1])) / step)
    w.code(
        "title.add_background_rectangle(opacity=0.85, buff=0.1)",
        f"k = {fmt(k, 6)}  # screen units per unit of the vectors",
        f"plane = NumberPlane(x_range=[-{fmt(X)}, {fmt(X)}, {step}], y_range=[-{fmt(Y)}, {fmt(Y)}, {step}],",
        f"                    x_length={fmt(2 * X * k, 6)}, y_length={fmt(2 * Y * k, 6)}, background_line_style={{\"stroke_opacity\": 0.35}})",
        f"origin = plane.c2p({start[0]}, {start[1]})",
        f"u, v = k * np.array([{fmt(u[0])}, {fmt(u[1])}, 0]), k * np.array([{fmt(v[0])}, {fmt(v[1])}, 0])",
        "arrow_u = Arrow(origin, origin + u, buff=0, color=BLUE)",
        "arrow_v = Arrow(origin, origin + v, buff=0, color=GREEN)",
        'label_u = MathTex(r"\\mathbf u", color=BLUE).next_to(arrow_u.get_center(), DOWN + RIGHT, buff=0.1)',
        'label_v = MathTex(r"\\mathbf v", color=GREEN).next_to(arrow_v.get_center(), LEFT + UP, buff=0.1)',
    )
    w.play("Create(plane), Write(title)", 1.2)
    w.play("GrowArrow(arrow_u), GrowArrow(arrow_v), Write(label_u), Write(label_v)", 1.4)
    w.beat(ctx.L("Tip to tail", "首尾相接"), ctx.L("Slide $\\mathbf v$ so that it starts where $\\mathbf u$ ends.", "把 $\\mathbf v$ 平移到 $\\mathbf u$ 的终点。"))
    w.code("moved_v = arrow_v.copy()")
    w.play("moved_v.animate.shift(u), label_v.animate.shift(u)", 1.6)
    w.beat(ctx.L("The sum", "和向量"), ctx.L(f"The sum runs from the start to the final tip: $\\mathbf u + \\mathbf v = ({fmt(s[0])}, {fmt(s[1])})$.",
                                            f"和向量从起点指向最后的终点：$\\mathbf u + \\mathbf v = ({fmt(s[0])}, {fmt(s[1])})$。"))
    w.code(
        "arrow_s = Arrow(origin, origin + u + v, buff=0, color=YELLOW, stroke_width=7)",
        f"label_s = MathTex(r\"\\mathbf u + \\mathbf v = ({fmt(s[0])}, {fmt(s[1])})\", color=YELLOW, font_size=38)",
        "label_s.next_to(origin + u + v, UP, buff=0.2).add_background_rectangle(opacity=0.85, buff=0.1)",
    )
    w.play("GrowArrow(arrow_s), Write(label_s)", 1.5)
    w.beat(ctx.L("Parallelogram", "平行四边形"), ctx.L("Going the other way, $\\mathbf v$ then $\\mathbf u$, gives the same diagonal: addition is commutative.",
                                                     "反过来先走 $\\mathbf v$ 再走 $\\mathbf u$，得到同一条对角线：加法满足交换律。"))
    w.code("moved_u = DashedLine(origin + v, origin + u + v, color=BLUE)",
           "side_v = DashedLine(origin, origin + v, color=GREEN)")
    w.play("Create(moved_u)", 1.2)
    w.wait(1.5)


@check("vector_addition")
def _check(f):
    u, v = f["u"], f["v"]
    return ("What is $\\mathbf u - \\mathbf v$ for these vectors, and where is it in the picture?",
            "这两个向量的 $\\mathbf u - \\mathbf v$ 是多少？它在图中的哪里？",
            f"$({fmt(u[0] - v[0])}, {fmt(u[1] - v[1])})$: the other diagonal of the parallelogram, from the tip of $\\mathbf v$ to the tip of $\\mathbf u$.",
            f"$({fmt(u[0] - v[0])}, {fmt(u[1] - v[1])})$：平行四边形的另一条对角线，从 $\\mathbf v$ 的终点指向 $\\mathbf u$ 的终点。")


# -- recognition (see families.py)
PRIORITY = 180
KEYWORDS = (r"向量加法", r"向量的和", r"平行四边形法则", r"三角形法则", r"vector\s+addition",
            r"adding\s+vectors", r"sum\s+of\s+(two\s+)?vectors", r"parallelogram\s+(rule|law)")


def needs(info) -> bool:
    """Two plane vectors of the author's, or only the symbolic rule u + v."""
    return _own_vectors(info) is not None or states_only(info, r"^[^0-9]*$")
