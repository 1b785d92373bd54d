"""column_picture: b as a combination x a1 + y a2 of the author's two plane columns, drawn tip to tail.

The coefficients are solved at design time (numpy, :func:`linalg.read_combination`); a coefficient the
author states must match or the block is not claimed.
"""

from __future__ import annotations

from ..latex import fmt
from ..linalg import COLUMN, read_combination
from ..systems import left_side
from ..notes import check
from ..parts.vectors import arrow, plane_frame, vec_code
from .common import Ctx, formula_corner

TITLE = ("The Column Picture", "列图像：列向量的线性组合")
WHAT = ("$A\\mathbf x = \\mathbf b$ read by columns: $\\mathbf b$ is the combination $x\\mathbf a_1 + y\\mathbf a_2$ of the "
        "columns, and solving the system finds the coefficients that reach $\\mathbf b$ tip to tail.",
        "按列看 $A\\mathbf x = \\mathbf b$：$\\mathbf b$ 是各列的线性组合 $x\\mathbf a_1 + y\\mathbf a_2$，"
        "解方程组就是找到首尾相接恰好到达 $\\mathbf b$ 的系数。")
PRIORITY = 170
KEYWORDS = (COLUMN,)


def needs(info) -> bool:
    """The author's b and two independent plane columns written as a combination (coefficients solved)."""
    return read_combination(info) is not None


def _col(v) -> str:
    return f"\\begin{{pmatrix}}{fmt(v[0], 3)}\\\\{fmt(v[1], 3)}\\end{{pmatrix}}"


def build(ctx: Ctx) -> None:
    w = ctx.w
    comb = read_combination(ctx.info)
    (a1, a2), b, (x, y), (nx, ny) = comb.columns, comb.b, comb.coefficients, comb.names
    xa1 = (x * a1[0], x * a1[1])
    ctx.facts.update(a1=a1, a2=a2, b=b, x=x, y=y, names=(nx, ny))
    w.beat(ctx.title, ctx.L(f"Which combination ${nx}\\,a_1 + {ny}\\,a_2$ of the columns $a_1 = {vec_code(a1, 3)}$ and "
                            f"$a_2 = {vec_code(a2, 3)}$ reaches $b = {vec_code(b, 3)}$?",
                            f"列向量 $a_1 = {vec_code(a1, 3)}$ 与 $a_2 = {vec_code(a2, 3)}$ 的哪个组合 ${nx}\\,a_1 + {ny}\\,a_2$ "
                            f"恰好等于 $b = {vec_code(b, 3)}$？"))
    w.title(ctx.title)
    w.code("title.add_background_rectangle(opacity=0.85, buff=0.1)")
    formula_corner(ctx, f"{nx}{_col(a1)} + {ny}{_col(a2)} = {_col(b)}")
    plane_frame(w, [a1, a2, b, xa1, (0, 0)], box=(-6.6, -0.5, -3.6, 1.3))  # below the column-vector formula
    arrow(w, "col1", a1, "BLUE", "a_1")
    arrow(w, "col2", a2, "GREEN", "a_2")
    arrow(w, "target", b, "YELLOW", "b", width=7)
    w.play("Write(title), FadeIn(formula), Create(plane)", 1.2)
    w.play("GrowArrow(col1), GrowArrow(col2), FadeIn(col1_label), FadeIn(col2_label)", 1.4)
    w.play("GrowArrow(target), FadeIn(target_label)", 1.0)
    w.beat(ctx.L("Solve for the coefficients", "求出系数"),
           ctx.L(f"Component by component the combination is a $2\\times2$ system; solving it gives ${nx} = {fmt(x, 4)}$ and ${ny} = {fmt(y, 4)}$.",
                 f"按分量写出就是一个 $2\\times2$ 方程组，解得 ${nx} = {fmt(x, 4)}$，${ny} = {fmt(y, 4)}$。"))
    w.code(
        "panel = VGroup(",
        f'    MathTex(r"{left_side(a1[0], nx, a2[0], ny)} = {fmt(b[0], 3)}", font_size=34),',
        f'    MathTex(r"{left_side(a1[1], nx, a2[1], ny)} = {fmt(b[1], 3)}", font_size=34),',
        f'    MathTex(r"{nx} = {fmt(x, 4)},\\quad {ny} = {fmt(y, 4)}", font_size=36, color=YELLOW),',
        ").arrange(DOWN, aligned_edge=LEFT, buff=0.3).to_edge(RIGHT, buff=0.5).shift(DOWN * 0.3)",
        "for row in panel:",
        "    row.add_background_rectangle(opacity=0.85, buff=0.06)",
    )
    w.play("Write(panel[0]), Write(panel[1])", 1.4)
    w.play("Write(panel[2])", 1.0)
    w.beat(ctx.L("Tip to tail", "首尾相接"),
           ctx.L(f"Go ${fmt(x, 4)}$ times along $a_1$, then ${fmt(y, 4)}$ times along $a_2$: the path ends exactly at $b$.",
                 f"先沿 $a_1$ 走 ${fmt(x, 4)}$ 倍，再沿 $a_2$ 走 ${fmt(y, 4)}$ 倍：终点恰好是 $b$。"))
    arrow(w, "step1", xa1, "BLUE", None, width=8)
    w.code(f'step1_label = MathTex(r"{fmt(x, 3)}\\,a_1", color=BLUE, font_size=36).next_to(step1.get_center(), LEFT, buff=0.15)',
           "step1_label.add_background_rectangle(opacity=0.7, buff=0.04)")
    arrow(w, "step2", b, "GREEN", None, tail=xa1, width=8)
    w.code(f'step2_label = MathTex(r"{fmt(y, 3)}\\,a_2", color=GREEN, font_size=36).next_to(step2.get_center(), RIGHT, buff=0.15)',
           "step2_label.add_background_rectangle(opacity=0.7, buff=0.04)")
    w.play("TransformFromCopy(col1, step1), FadeIn(step1_label)", 1.4)
    w.play("TransformFromCopy(col2, step2), FadeIn(step2_label)", 1.4)
    w.play("Indicate(target, color=YELLOW), Indicate(target_label)", 1.0)
    w.wait(1.5)


@check("column_picture")
def _check(f):
    (nx, ny), b = f["names"], f["b"]
    return (f"Which combination of the same columns reaches $2b = {vec_code((2 * b[0], 2 * b[1]), 3)}$?",
            f"同样两列的哪个组合等于 $2b = {vec_code((2 * b[0], 2 * b[1]), 3)}$？",
            f"${nx} = {fmt(2 * f['x'], 4)}$, ${ny} = {fmt(2 * f['y'], 4)}$: doubling b doubles both coefficients (the system is linear).",
            f"${nx} = {fmt(2 * f['x'], 4)}$，${ny} = {fmt(2 * f['y'], 4)}$：b 加倍，两个系数也加倍（方程组是线性的）。")
