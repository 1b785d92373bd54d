"""eigen: under A most vectors turn, but eigenvectors stay on their own lines."""

from __future__ import annotations

import re

import numpy as np

from ..families import states_only
from ..latex import fmt
from ..notes import check
from .common import Ctx
from .matrix_transform import pick_matrix


def build(ctx: Ctx) -> None:
    w = ctx.w
    M, own = pick_matrix(ctx, [[2.0, 1.0], [0.0, 1.0]])
    vals, vecs = np.linalg.eig(np.array(M, dtype=float))
    if np.any(np.abs(vals.imag) > 1e-9) or abs(vals[0] - vals[1]) < 1e-9:
        M, own = [[2.0, 1.0], [0.0, 1.0]], False
        vals, vecs = np.linalg.eig(np.array(M))
    w.example = not own
    vals, vecs = vals.real, vecs.real
    order = np.argsort(-vals)
    vals, vecs = vals[order], vecs[:, order]
    vecs = [v / np.linalg.norm(v) * (1 if v[0] >= 0 else -1) for v in vecs.T]
    ctx.facts.update(M=M, vals=list(vals), vecs=vecs)
    rows = r" \\ ".join(" & ".join(fmt(v) for v in row) for row in M)
    w.beat(ctx.title, ctx.L("A matrix and a ring of vectors.", "一个矩阵和一圈向量。"))
    w.title(ctx.title)
    scale = min(1.5, 3.2 / max(1.0, max(abs(vals))))
    w.code(
        f"matrix = np.array([[{fmt(M[0][0])}, {fmt(M[0][1])}], [{fmt(M[1][0])}, {fmt(M[1][1])}]])",
        f"s = {fmt(scale, 3)}  # vector length on screen, so the stretched vectors still fit",
        "plane = NumberPlane(x_range=[-8, 8, 1], y_range=[-5, 5, 1], background_line_style={\"stroke_opacity\": 0.3})",
        "angles = np.linspace(0, 2 * PI, 16, endpoint=False)",
        "vectors = VGroup(*[Vector(s * np.array([np.cos(t), np.sin(t)]), color=GREY_B, stroke_width=3) for t in angles])",
        f"e1, e2 = np.array([{fmt(vecs[0][0], 4)}, {fmt(vecs[0][1], 4)}]), np.array([{fmt(vecs[1][0], 4)}, {fmt(vecs[1][1], 4)}])",
        "lines = VGroup(*[Line(-7 * np.append(e, 0), 7 * np.append(e, 0), color=c, stroke_opacity=0.6) for e, c in [(e1, YELLOW), (e2, GREEN)]])",
        "eig = VGroup(Vector(s * e1, color=YELLOW), Vector(s * e2, color=GREEN))",
        f"label = MathTex(r\"A = \\begin{{pmatrix}} {rows} \\end{{pmatrix}}\", font_size=40).to_corner(UL, buff=0.4).shift(DOWN * 0.7)",
        "label.add_background_rectangle(opacity=0.85, buff=0.15)",
        "title.add_background_rectangle(opacity=0.85, buff=0.1)",
    )
    w.play("Create(plane), Write(title), FadeIn(label)", 1.4)
    w.play("LaggedStartMap(GrowArrow, vectors, lag_ratio=0.05)", 1.2)
    w.beat(ctx.L("The eigen-directions", "特征方向"), ctx.L(f"Two special lines: the eigenvectors, with $\\lambda_1 = {fmt(vals[0])}$ and $\\lambda_2 = {fmt(vals[1])}$.",
                                                          f"两条特殊的直线：特征向量方向，$\\lambda_1 = {fmt(vals[0])}$，$\\lambda_2 = {fmt(vals[1])}$。"))
    w.play("Create(lines), GrowArrow(eig[0]), GrowArrow(eig[1])", 1.4)
    w.beat(ctx.L("Apply A", "施加 A"), ctx.L("Grey vectors turn off their lines; the yellow and green ones only stretch along theirs.",
                                             "灰色向量偏离了原来的方向；黄色和绿色的只沿自己的直线伸缩。"))
    w.code("moved = VGroup(*[Vector(matrix @ v.get_end()[:2], color=GREY_B, stroke_width=3) for v in vectors])")
    w.play("Transform(vectors, moved), eig[0].animate.put_start_and_end_on(ORIGIN, np.append(matrix @ (s * e1), 0)), "
           "eig[1].animate.put_start_and_end_on(ORIGIN, np.append(matrix @ (s * e2), 0))", 3)
    w.beat(ctx.L("Eigenvalues", "特征值"), ctx.L("Each eigenvector was scaled by its eigenvalue: $A\\mathbf v = \\lambda\\mathbf v$.",
                                                "每个特征向量都按其特征值缩放：$A\\mathbf v = \\lambda\\mathbf v$。"))
    w.code(
        f"values = MathTex(r\"\\lambda_1 = {fmt(vals[0])}\", r\"\\quad \\lambda_2 = {fmt(vals[1])}\", font_size=40)",
        "values[0].set_color(YELLOW)",
        "values[1].set_color(GREEN)",
        "values.next_to(label, DOWN, buff=0.3, aligned_edge=LEFT).add_background_rectangle(opacity=0.85, buff=0.1)",
    )
    w.play("Write(values)", 1.2)
    wrong = [v for v in stated_eigenvalues(ctx.info) if own and not any(abs(v - t) < 1e-6 for t in vals)]
    ctx.facts.update(wrong=wrong)
    if wrong:  # the block states a value no vector is scaled by: said, not drawn as true
        said = ", ".join(fmt(v) for v in wrong)
        w.beat(ctx.L("Not an eigenvalue", "不是特征值"), ctx.L(
            f"The block states $\\lambda = {said}$, but $\\det(A - \\lambda I) \\ne 0$ there: no vector is scaled by it. "
            f"The eigenvalues are ${fmt(vals[0])}$ and ${fmt(vals[1])}$.",
            f"题中说 $\\lambda = {said}$，但此时 $\\det(A - \\lambda I) \\ne 0$：没有向量按它缩放。特征值是 ${fmt(vals[0])}$ 和 ${fmt(vals[1])}$。"))
        w.code(f"claim = MathTex(r\"\\lambda = {said}\\ \\text{{?}}\\quad \\det(A - {said} I) = {fmt(_char(M, wrong[0]), 4)} \\ne 0\", font_size=34, color=RED)",
               "claim.next_to(values, DOWN, buff=0.3, aligned_edge=LEFT).add_background_rectangle(opacity=0.85, buff=0.1)")
        w.play("Write(claim)", 1.2)
    w.wait(1.5)


_STATED_TEX = re.compile(r"\\lambda\s*(?:_\{?\s*\d\s*\}?)?\s*=\s*(-?\d+(?:\.\d+)?)(?![\d.])")
_STATED_WORDS = re.compile(r"(?:eigenvalues?|特征值)[^.;。；]{0,30}?(?:are|is|:|为|是|equal)\s*\$?\s*(-?\d+(?:\.\d+)?)\$?"
                           r"(?:\s*(?:,|and|和|与|及)\s*\$?\s*(-?\d+(?:\.\d+)?)\$?)?", re.I)


def stated_eigenvalues(info) -> list[float]:
    """The eigenvalues the block states (``\\lambda_1 = 5``, "the eigenvalues are $3$ and $1$", 特征值为 3 和 1)."""
    found = [float(v) for v in _STATED_TEX.findall(" ".join(info.blocks))]
    for m in _STATED_WORDS.finditer(info.concept):
        found += [float(g) for g in m.groups() if g is not None]
    return list(dict.fromkeys(found))


def _char(M, lam: float) -> float:
    """det(A - lam I) of the 2x2 ``M``."""
    return (M[0][0] - lam) * (M[1][1] - lam) - M[0][1] * M[1][0]


@check("eigen")
def _check(f):
    v, lam = f["vecs"][0], f["vals"][0]
    return (f"Check that $({fmt(v[0], 3)}, {fmt(v[1], 3)})$ is an eigenvector: what is $A\\mathbf v$?",
            f"验证 $({fmt(v[0], 3)}, {fmt(v[1], 3)})$ 是特征向量：$A\\mathbf v$ 等于多少？",
            f"$A\\mathbf v = {fmt(lam)}\\,\\mathbf v$: the same direction, stretched by $\\lambda = {fmt(lam)}$.",
            f"$A\\mathbf v = {fmt(lam)}\\,\\mathbf v$：方向不变，长度乘以 $\\lambda = {fmt(lam)}$。")


# -- recognition (see families.py)
PRIORITY = 50
KEYWORDS = (r"特征向量", r"特征值", r"eigen")


def needs(info) -> bool:
    """A 2x2 matrix with two real eigenvalues, or only the definition A v = lambda v."""
    import numpy as np

    M, own = pick_matrix(Ctx(info, "eigen", None, ""), None)
    if own:
        vals = np.linalg.eigvals(np.array(M, dtype=float))
        return bool(np.all(np.abs(vals.imag) < 1e-9) and abs(vals[0] - vals[1]) > 1e-9)
    return states_only(info, r"^[^0-9]*\\lambda[^0-9]*$", r"^[^1-9]*\\lambda[^1-9]*=0$")
