"""similar_triangles: the author's triangle scaled by k from a vertex; the angles stay, every side is
multiplied by k and the area by k^2.
"""

from __future__ import annotations

import math
import re

from ..families import no_formula
from ..given import assigned, vectors
from ..notes import check
from .common import Ctx, fmt, formula_corner

TITLE = ("Similar Triangles", "相似三角形")
WHAT = ("Two triangles are similar when one is a scaled copy of the other: the angles are equal and every side is "
        "multiplied by the same ratio $k$, so the perimeter is multiplied by $k$ and the area by $k^2$.",
        "两个三角形相似，就是一个是另一个的缩放：对应角相等，每条边都乘以同一个比 $k$，所以周长乘以 $k$，面积乘以 $k^2$。")
PRIORITY = 93
KEYWORDS = (r"similar\s+triangles?", r"相似三角形", r"三角形相似", r"similarity\s+ratio", r"相似比", r"scale\s+factor")
EXAMPLE = ((3.0, 4.0, 5.0), 2.0)


def _triangle(sides) -> bool:
    a, b, c = sorted(sides)
    return a > 0 and a + b > c


def needs(info):
    """((a, b, c), k): two side triples of the author's, or one triple and k = ..; no formula: 3-4-5 and k = 2."""
    if no_formula(info):
        return EXAMPLE
    triples = [t for t in vectors(info, 3) if _triangle(t)]
    k = assigned(info, ("k",)).get("k")
    if len(triples) >= 2:
        ratios = {round(y / x, 6) for x, y in zip(triples[0], triples[1])}
        if len(ratios) == 1:
            k = next(iter(ratios))
            return triples[0], k
        return None
    if triples and k:
        return triples[0], k
    return None


def build(ctx: Ctx) -> None:
    w = ctx.w
    (a, b, c), k = needs(ctx.info) or EXAMPLE
    if k < 1:  # draw the small one first, grow it
        (a, b, c), k = (a * k, b * k, c * k), 1 / k
    # triangle with base c on the x-axis, apex from the law of cosines
    x = (b * b + c * c - a * a) / (2 * c)
    y = math.sqrt(max(b * b - x * x, 0.0))
    u = min(6.0 / (c * k), 4.3 / (y * k))
    ctx.facts.update(sides=(a, b, c), k=k)
    A, B, C = fmt(a, 3), fmt(b, 3), fmt(c, 3)
    lead = ctx.L("For instance, t", "例如，") if not ctx.info.blocks else ctx.L("T", "")
    w.beat(ctx.title, ctx.L(f"{lead}he triangle with sides ${A}, {B}, {C}$, scaled by $k = {fmt(k, 3)}$.",
                            f"{lead}边长为 ${A}, {B}, {C}$ 的三角形，按 $k = {fmt(k, 3)}$ 放大。"))
    w.title(ctx.title)
    own = ctx.formula if re.search(r"=|\\sim|\\frac", ctx.formula or "") and len(ctx.formula) < 70 else None
    formula_corner(ctx, own or r"\frac{a'}{a} = \frac{b'}{b} = \frac{c'}{c} = k")
    w.code(
        f"u, k = {fmt(u, 4)}, {fmt(k, 4)}",
        "P = LEFT * 5.6 + DOWN * 3.2  # the common vertex, centre of the scaling",
        f"Q, R = P + RIGHT * {fmt(c, 4)} * u, P + u * np.array([{fmt(x, 4)}, {fmt(y, 4)}, 0])",
        "small = Polygon(P, Q, R, color=BLUE, stroke_width=5, fill_opacity=0.25)",
        "big = small.copy().set_color(YELLOW).set_fill(opacity=0.15)",
        "def side_label(text, p, q, corners, color, outside):",
        "    # beside the side's midpoint, away from (outside) or towards (inside) the triangle's centre",
        "    mid = (p + q) / 2",
        "    away = mid - sum(corners) / 3",
        "    return MathTex(text, font_size=30, color=color).move_to(mid + (0.32 if outside else -0.3) * away / np.linalg.norm(away))",
        f'labels = VGroup(side_label("{C}", P, Q, (P, Q, R), BLUE, False), side_label("{B}", P, R, (P, Q, R), BLUE, False), side_label("{A}", Q, R, (P, Q, R), BLUE, False))',
        "angles = VGroup(Angle(Line(P, Q), Line(P, R), radius=0.4, color=WHITE), Angle(Line(Q, R), Line(Q, P), radius=0.4, color=WHITE),",
        "                Angle(Line(R, P), Line(R, Q), radius=0.4, color=WHITE))",
        f'panel = VGroup(MathTex(r"\\frac{{a\'}}{{a}} = \\frac{{{fmt(a * k, 3)}}}{{{A}}} = {fmt(k, 3)}", font_size=34),',
        f'               MathTex(r"\\frac{{b\'}}{{b}} = \\frac{{{fmt(b * k, 3)}}}{{{B}}} = {fmt(k, 3)}", font_size=34),',
        f'               MathTex(r"\\frac{{c\'}}{{c}} = \\frac{{{fmt(c * k, 3)}}}{{{C}}} = {fmt(k, 3)}", font_size=34),',
        f'               MathTex(r"\\frac{{S\'}}{{S}} = k^2 = {fmt(k * k, 3)}", font_size=36, color=YELLOW))',
        "panel.arrange(DOWN, aligned_edge=LEFT, buff=0.25).to_edge(RIGHT, buff=0.5).shift(DOWN * 0.4)",
    )
    w.play("Write(title), FadeIn(formula), Create(small), FadeIn(labels)", 1.4)
    w.play("Create(angles)", 0.8)
    w.beat(ctx.L("Scale from a vertex", "从一个顶点放大"),
           ctx.L(f"Every point moves $k = {fmt(k, 3)}$ times as far from the corner; the angles do not change.",
                 f"每个点到该顶点的距离都变为 $k = {fmt(k, 3)}$ 倍，角的大小不变。"))
    w.code("Q2, R2 = P + k * (Q - P), P + k * (R - P)",
           f'big_labels = VGroup(side_label("{fmt(c * k, 3)}", P, Q2, (P, Q2, R2), YELLOW, True), '
           f'side_label("{fmt(b * k, 3)}", P, R2, (P, Q2, R2), YELLOW, True), side_label("{fmt(a * k, 3)}", Q2, R2, (P, Q2, R2), YELLOW, True))')
    w.play("big.animate.scale(k, about_point=P)", 2)
    w.play("FadeIn(big_labels)", 0.8)
    w.beat(ctx.L("Equal ratios", "对应边成比例"),
           ctx.L(f"Each side of the large triangle is ${fmt(k, 3)}$ times its partner, and the area is $k^2 = {fmt(k * k, 3)}$ times as large.",
                 f"大三角形的每条边都是对应边的 ${fmt(k, 3)}$ 倍，面积是 $k^2 = {fmt(k * k, 3)}$ 倍。"))
    w.play("LaggedStart(*[Write(p) for p in panel], lag_ratio=0.4)", 2.4)
    w.wait(1.2)


@check("similar_triangles")
def _check(f):
    k = f["k"]
    return (f"If the small triangle has area 6, what is the area of the large one?", "若小三角形面积为 6，大三角形面积是多少？",
            f"$6 k^2 = 6 \\cdot {fmt(k * k, 3)} = {fmt(6 * k * k, 3)}$.", f"$6 k^2 = 6 \\cdot {fmt(k * k, 3)} = {fmt(6 * k * k, 3)}$。")
