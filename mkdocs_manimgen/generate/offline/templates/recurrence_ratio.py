"""recurrence_ratio: the terms of the author's second-order recurrence (Fibonacci and kin) and the
ratios of consecutive terms, which close in on a limit (the golden ratio for Fibonacci)."""

from __future__ import annotations

import math

from ..latex import fmt
from ..notes import check
from ..sequences import recurrence
from ._plots import axes_code, nice_range
from .common import Ctx, formula_corner

PRIORITY = 225
KEYWORDS = (r"fibonacci", r"斐波那契", r"golden\s+ratio", r"黄金(比|分割)", r"ratio", r"比值", r"recurrence", r"递推",
            r"sequence", r"数列", r"lucas", r"卢卡斯")
TITLE = ("Ratios of a Recurrence", "递推数列的比值")
WHAT = ("For a recurrence such as $F_{n+1} = F_n + F_{n-1}$ the ratio of consecutive terms $F_{n+1}/F_n$ settles to a "
        "limit: the dominant root of its characteristic equation ($\\varphi = \\frac{1+\\sqrt5}{2}$ for Fibonacci).",
        "对 $F_{n+1} = F_n + F_{n-1}$ 这样的递推数列，相邻两项之比 $F_{n+1}/F_n$ 会趋于一个极限：特征方程的主根（斐波那契数列是 $\\varphi = \\frac{1+\\sqrt5}{2}$）。")


def needs(info) -> bool:
    """A second-order recurrence of the author's whose terms stay non-zero."""
    rec = recurrence(info, order=2)
    return rec is not None and len(rec.terms(14)) == 14 and all(t != 0 for t in rec.terms(14)[1:])


def build(ctx: Ctx) -> None:
    w = ctx.w
    rec = recurrence(ctx.info, order=2)
    terms = rec.terms(14)
    k0 = rec.first_index
    ratios = [b / a for a, b in zip(terms, terms[1:]) if a != 0]
    limit = ratios[-1]
    golden = abs(limit - (1 + math.sqrt(5)) / 2) < 1e-4
    n = rec.name
    ctx.facts.update(row=rec.row, limit=limit, golden=golden, name=n, terms=terms)
    yr = nice_range(ratios[1:] + [limit], 0.2)
    limit_tex = r"\varphi = \tfrac{1+\sqrt5}{2} \approx " + fmt(limit, 4) if golden else r"\approx " + fmt(limit, 4)
    start = f"{n}_{{{k0}}} = {fmt(terms[0])},\\ {n}_{{{k0 + 1}}} = {fmt(terms[1])}"

    w.beat(ctx.title, ctx.L(f"The recurrence ${rec.row}$ from ${start}${rec.declared(w)}" + ("" if rec.own_start else w.chose("starts")) + ".",
                            f"递推式 ${rec.row}$，从 ${start}$ 开始{rec.declared(w)}" + ("" if rec.own_start else w.chose("starts")) + "。"))
    w.title(ctx.title)
    formula_corner(ctx, rec.row + r",\quad " + start)
    w.code(f"terms = [{', '.join(fmt(t, 4) for t in terms)}]",
           f"ratios = [{', '.join(fmt(r, 5) for r in ratios)}]",
           "row = VGroup(*[MathTex(" + 'rf"{v:g}"' + ", font_size=30) for v in terms[:10]]).arrange(RIGHT, buff=0.38)",
           "row.next_to(formula, DOWN, buff=0.35)",
           "row.scale_to_fit_width(min(row.width, 12))",
           axes_code((k0 + 1, k0 + len(ratios) + 1, 1), yr, x_length=10, y_length=3.6) + ".to_edge(DOWN, buff=0.35)",
           f'labels = axes.get_axis_labels(MathTex("n", font_size=28), MathTex(r"\\frac{{{n}_{{n+1}}}}{{{n}_n}}", font_size=28))',
           f"dots = VGroup(*[Dot(axes.c2p({k0 + 1} + i, r), color=YELLOW, radius=0.07) for i, r in enumerate(ratios)])",
           "links = VGroup(*[Line(a.get_center(), b.get_center(), color=YELLOW, stroke_width=2) for a, b in zip(dots, dots[1:])])",
           f"level = DashedLine(axes.c2p({k0 + 1}, {fmt(limit, 5)}), axes.c2p({k0 + len(ratios) + 1}, {fmt(limit, 5)}), color=GREEN)",
           f"level_label = MathTex(r\"{limit_tex}\", font_size=32, color=GREEN).next_to(level, UP, buff=0.1).to_edge(RIGHT, buff=0.5)")
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    w.beat(ctx.L("The terms", "各项"), ctx.L("Each term is built from the two before it: " + ", ".join(f"${fmt(t)}$" for t in terms[:8]) + ", …",
                                            "每一项由前两项得到：" + "，".join(f"${fmt(t)}$" for t in terms[:8]) + "，…"))
    w.play("LaggedStart(*[FadeIn(t, shift=UP * 0.2) for t in row], lag_ratio=0.25)", 2)
    w.beat(ctx.L("Ratios of neighbours", "相邻项之比"), ctx.L(
        f"Divide each term by the one before: ${fmt(ratios[0], 3)}$, ${fmt(ratios[1], 3)}$, ${fmt(ratios[2], 3)}$, … jumping above and below a level.",
        f"每一项除以前一项：${fmt(ratios[0], 3)}$，${fmt(ratios[1], 3)}$，${fmt(ratios[2], 3)}$，……在某个高度上下跳动。"))
    w.play("Create(axes), Write(labels)", 1)
    w.play("LaggedStart(*[FadeIn(d, scale=1.5) for d in dots], lag_ratio=0.3), Create(links)", 3)
    w.beat(ctx.L("The limit", "极限"), ctx.L(f"The ratios close in on ${limit_tex}$.", f"比值趋近于 ${limit_tex}$。"))
    w.play("Create(level), Write(level_label)", 1.2)
    w.wait(1.2)


@check("recurrence_ratio")
def _check(f):
    n, L = f["name"], f["limit"]
    return (f"If ${n}_{{n+1}}/{n}_n \\to L$, which equation must $L$ satisfy for ${f['row']}$?",
            f"若 ${n}_{{n+1}}/{n}_n \\to L$，对 ${f['row']}$ 而言 $L$ 满足什么方程？",
            f"Divide the recurrence by ${n}_n$ and let $n \\to \\infty$: $L$ is a root of the characteristic equation" + (", $L^2 = L + 1$, so $L = \\varphi$." if f["golden"] else f"; here $L \\approx {fmt(L, 4)}$."),
            f"把递推式两边除以 ${n}_n$ 并令 $n \\to \\infty$：$L$ 是特征方程的根" + ("，$L^2 = L + 1$，所以 $L = \\varphi$。" if f["golden"] else f"；这里 $L \\approx {fmt(L, 4)}$。"))
