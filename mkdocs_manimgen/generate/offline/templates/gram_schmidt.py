"""gram_schmidt: the author's two plane vectors made orthonormal step by step.

q1 = a / |a|; the second vector minus its projection on q1 is perpendicular to q1 (a right-angle mark);
normalised it is q2.  Everything is computed at design time (:func:`linalg.read_gram_schmidt`).
"""

from __future__ import annotations

import numpy as np

from ..latex import fmt
from ..linalg import GRAM_SCHMIDT, GramSchmidt, read_gram_schmidt
from ..notes import check
from ..storyboard import math_mob
from ..parts.vectors import arrow, away, plane_frame, right_angle, vec_code
from .common import Ctx

TITLE = ("Gram–Schmidt Orthogonalisation", "施密特正交化")
WHAT = ("Gram–Schmidt turns independent vectors into orthonormal ones: keep the direction of the first, "
        "subtract from each next vector its projections on the earlier directions, and divide by the length.",
        "施密特正交化把线性无关的向量变成标准正交向量：保留第一个向量的方向，从后面每个向量中减去它在前面方向上的投影，再除以长度。")
PRIORITY = 160
KEYWORDS = (GRAM_SCHMIDT,)


def needs(info) -> bool:
    """Two independent plane vectors of the author's, in a block that asks for Gram–Schmidt (space ones are
    gram_schmidt_3d's)."""
    gs = read_gram_schmidt(info)
    return gs is not None and gs.dim == 2 and len(gs.given) == 2


def stated_checked(ctx: Ctx, gs: GramSchmidt, digits: int = 3) -> None:
    """A beat calling false each result the block states that the steps do not make (it is never drawn);
    one the author rescaled (to clear fractions) is said to be that."""
    rescaled = [s for s in gs.stated if s.true and not np.allclose(s.vector.value, gs.truth(s), atol=2e-3)]
    for s in rescaled:
        t = np.array(gs.truth(s))
        name, k = s.vector.tex or s.vector.name, float(np.dot(s.vector.value, t) / np.dot(t, t))
        ctx.w.beat(ctx.L("The stated result, rescaled", "题中结果：同方向缩放"), ctx.L(
            f"The block's ${name} = {vec_code(s.vector.value, digits)}$ is ${name} = {vec_code(gs.truth(s), digits)}$ times ${fmt(k, 3)}$: "
            "the same line, so it is as perpendicular to the others.",
            f"题中的 ${name} = {vec_code(s.vector.value, digits)}$ 是 ${vec_code(gs.truth(s), digits)}$ 的 ${fmt(k, 3)}$ 倍：在同一条直线上，同样与其余向量垂直。"))
    if not gs.false:
        return
    said = ", ".join(f"${s.vector.tex or s.vector.name} = {vec_code(s.vector.value, digits)}$" for s in gs.false)
    truth = ", ".join(f"${s.vector.tex or s.vector.name} = {vec_code(gs.truth(s), digits)}$" for s in gs.false)
    ctx.w.beat(ctx.L("The stated result, checked", "题中结果的检验"),
               ctx.L(f"The block states {said}; that is false: the steps give {truth}.",
                     f"题中写 {said}，这不成立：按上面的步骤得到 {truth}。"))
    rows = ", ".join(math_mob(f"{s.vector.tex or s.vector.name} \\neq {vec_code(s.vector.value, digits)}", 30, "RED") for s in gs.false)
    ctx.w.code(f"wrong = VGroup({rows}).arrange(DOWN, aligned_edge=LEFT, buff=0.14)",
               "wrong.next_to(panel, DOWN, buff=0.3, aligned_edge=LEFT)")
    if ctx.w.three_d:
        ctx.w.code("self.add_fixed_in_frame_mobjects(wrong)", "self.remove(wrong)")
    ctx.w.play("FadeIn(wrong, shift=UP * 0.2)", 1.0)


def build(ctx: Ctx) -> None:
    w = ctx.w
    gs = read_gram_schmidt(ctx.info)
    a, b = (v.value for v in gs.given)
    (_, w2), (q1, q2) = gs.w, gs.q
    na, nb = gs.names()
    k = b[0] * q1[0] + b[1] * q1[1]  # b . q1: the length of b's shadow on q1
    p = (k * q1[0], k * q1[1])
    norm_a, norm_w = (a[0] ** 2 + a[1] ** 2) ** 0.5, (w2[0] ** 2 + w2[1] ** 2) ** 0.5
    ctx.facts.update(a=a, b=b, q1=q1, q2=q2, names=(na, nb))
    w.beat(ctx.title, ctx.L(f"Start from ${na} = {vec_code(a, 3)}$ and ${nb} = {vec_code(b, 3)}$.",
                            f"从 ${na} = {vec_code(a, 3)}$ 和 ${nb} = {vec_code(b, 3)}$ 出发。"))
    w.title(ctx.title)
    w.code("title.add_background_rectangle(opacity=0.85, buff=0.1)")
    plane_frame(w, [a, b, p, w2, q1, q2], most=1.6)
    arrow(w, "va", a, "BLUE", na)
    arrow(w, "vb", b, "GREEN", nb)
    w.play("Write(title), Create(plane)", 1.2)
    w.play("GrowArrow(va), GrowArrow(vb), FadeIn(va_label), FadeIn(vb_label)", 1.4)
    w.code(
        "panel = VGroup(",
        f'    MathTex(r"q_1 = \\frac{{{na}}}{{|{na}|}} = \\frac{{1}}{{{fmt(norm_a, 4)}}}{vec_code(a, 3)} = {vec_code(q1, 3)}", font_size=32),',
        f'    MathTex(r"{nb} - ({nb}\\cdot q_1)\\,q_1 = {vec_code(b, 3)} - {fmt(k, 4)}\\,q_1 = {vec_code(w2, 3)}", font_size=32),',
        f'    MathTex(r"q_2 = \\frac{{{vec_code(w2, 3)}}}{{{fmt(norm_w, 4)}}} = {vec_code(q2, 3)}", font_size=32),',
        f'    MathTex(r"q_1\\cdot q_2 = 0,\\quad |q_1| = |q_2| = 1", font_size=32, color=YELLOW),',
        ").arrange(DOWN, aligned_edge=LEFT, buff=0.3)",
        "panel.scale_to_fit_width(min(panel.width, 5.8)).to_edge(RIGHT, buff=0.3).shift(DOWN * 0.4)",
        "for row in panel:",
        "    row.add_background_rectangle(opacity=0.85, buff=0.06)",
    )
    w.beat(ctx.L("Normalise the first", "第一个向量单位化"),
           ctx.L(f"$q_1$ keeps the direction of ${na}$ with length 1: $q_1 = {vec_code(q1, 3)}$.",
                 f"$q_1$ 保持 ${na}$ 的方向、长度为 1：$q_1 = {vec_code(q1, 3)}$。"))
    arrow(w, "q1", q1, "YELLOW", "q_1", width=8, side=away((-q1[1], q1[0])))
    w.play("TransformFromCopy(va, q1), FadeIn(q1_label), Write(panel[0])", 1.5)
    w.beat(ctx.L("Subtract the projection", "减去投影"),
           ctx.L(f"The shadow of ${nb}$ on $q_1$ is $({nb}\\cdot q_1)\\,q_1 = {vec_code(p, 3)}$; what is left, "
                 f"${vec_code(w2, 3)}$, is perpendicular to $q_1$.",
                 f"${nb}$ 在 $q_1$ 上的投影是 $({nb}\\cdot q_1)\\,q_1 = {vec_code(p, 3)}$；剩下的 ${vec_code(w2, 3)}$ 与 $q_1$ 垂直。"))
    w.code(f"drop = DashedLine(at(*{vec_code(b)}), at(*{vec_code(p)}), color=GREY_A)")
    arrow(w, "shadow", p, "ORANGE", None, width=5)
    arrow(w, "rest", b, "RED", None, tail=p, width=5)
    right_angle(w, "corner", p, (-q1[0], -q1[1]) if k > 0 else q1, w2)
    w.play("Create(drop), GrowFromPoint(shadow, at(0, 0))", 1.3)
    w.play("GrowArrow(rest), Create(corner), Write(panel[1])", 1.4)
    w.beat(ctx.L("Normalise what is left", "剩余部分单位化"),
           ctx.L(f"Moved to the origin and divided by its length ${fmt(norm_w, 4)}$, it is $q_2 = {vec_code(q2, 3)}$.",
                 f"把它移到原点并除以长度 ${fmt(norm_w, 4)}$，得到 $q_2 = {vec_code(q2, 3)}$。"))
    arrow(w, "moved", w2, "RED", None, width=5)
    arrow(w, "q2", q2, "YELLOW", "q_2", width=8, side=away((q2[1], -q2[0])))
    w.play(f"ReplacementTransform(rest.copy(), moved), FadeOut(drop), FadeOut(shadow)", 1.4)
    w.play("TransformFromCopy(moved, q2), FadeIn(q2_label), Write(panel[2])", 1.4)
    w.beat(ctx.L("An orthonormal pair", "标准正交的一对"),
           ctx.L("$q_1$ and $q_2$ are perpendicular unit vectors spanning the same plane as the originals.",
                 "$q_1$ 与 $q_2$ 是互相垂直的单位向量，张成的平面与原来的向量相同。"))
    right_angle(w, "corner0", (0, 0), q1, q2, size=0.18)
    w.play("Create(corner0), Write(panel[3])", 1.2)
    stated_checked(ctx, gs)
    w.wait(1.5)


@check("gram_schmidt")
def _check(f):
    na, nb = f["names"]
    q1, q2 = f["q1"], f["q2"]
    return (f"Write ${nb}$ in the new basis: what are ${nb}\\cdot q_1$ and ${nb}\\cdot q_2$?",
            f"在新基下写出 ${nb}$：${nb}\\cdot q_1$ 与 ${nb}\\cdot q_2$ 各是多少？",
            f"${fmt(f['b'][0] * q1[0] + f['b'][1] * q1[1], 4)}$ and ${fmt(f['b'][0] * q2[0] + f['b'][1] * q2[1], 4)}$: "
            "the lengths of its shadows on the two perpendicular unit vectors.",
            f"${fmt(f['b'][0] * q1[0] + f['b'][1] * q1[1], 4)}$ 和 ${fmt(f['b'][0] * q2[0] + f['b'][1] * q2[1], 4)}$："
            "它在两个互相垂直的单位向量上的投影长度。")
