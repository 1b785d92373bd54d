"""cobweb: the author's iteration x_{n+1} = g(x_n) as a cobweb diagram between y = g(x) and y = x,
from their starting value; the terms settle on a fixed point, cycle, or wander."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..latex import fmt
from ..symbolic import evaluate
from ..notes import check
from ..sequences import recurrence
from ._plots import axes_code, nice_range
from .common import Ctx, formula_corner, runs, text_mob

PRIORITY = 220
KEYWORDS = (r"cobweb", r"蛛网", r"fixed[\s-]+point", r"不动点", r"logistic\s+map", r"逻辑斯谛映射", r"iterat", r"迭代",
            r"recurrence", r"递推", r"sequence", r"数列")
TITLE = ("Cobweb Diagram of an Iteration", "迭代的蛛网图")
WHAT = ("Iterating $x_{n+1} = g(x_n)$ bounces between the graph of $g$ and the diagonal $y = x$: up to the curve gives "
        "the next value, across to the diagonal makes it the new input. Where the two meet is a fixed point.",
        "迭代 $x_{n+1} = g(x_n)$ 在 $g$ 的图像与对角线 $y = x$ 之间来回：竖直走到曲线得到下一个值，水平走到对角线把它当作新的输入。两者的交点是不动点。")


def needs(info) -> bool:
    """A first-order recurrence x_{n+1} = g(x_n) of the author's."""
    return recurrence(info, order=1) is not None


def build(ctx: Ctx) -> None:
    w = ctx.w
    rec = recurrence(ctx.info, order=1)
    terms = rec.terms(13)
    code = re.sub(r"(?<![A-Za-z_.])p(?![A-Za-z_])", "x", rec.code)
    # terms that run away (x^2/4 from 4.5 reaches 1.4e7 in 7 steps) are drawn while they stay on the scale of the
    # first ones; the rest are listed, and the window is not stretched to hold them
    scale = 8 * max(1.0, max(abs(t) for t in terms[:3]))
    shown = terms[:max(2, next((i for i, t in enumerate(terms) if abs(t) > scale), len(terms)))]
    lo, hi, step = nice_range(shown, 0.25)
    xs = np.linspace(lo, hi, 200)
    ys = evaluate(code, "x", xs)
    ys = ys[np.isfinite(ys)] if ys is not None else np.array([])
    ylo, yhi, ystep = nice_range(np.concatenate([ys, [lo, hi]]) if ys.size else [lo, hi], 0.05)
    ylo, yhi = max(ylo, lo - (hi - lo)), min(yhi, hi + (hi - lo))
    n = rec.name
    fate = long_run(rec)
    last = fate.value if fate.kind == "fixed" else terms[-1]
    settled = fate.kind == "fixed"
    said = said_limit(ctx.info)
    ctx.facts.update(row=rec.row, start=terms[0], last=last, settled=settled, name=n)
    k0 = rec.first_index  # the author's first index: x_0 or x_1
    start_tex = f"{n}_{{{k0}}} = {fmt(terms[0], 3)}"

    w.beat(ctx.title, ctx.L(f"Iterate ${rec.row}$ from ${start_tex}${rec.declared(w)}" + ("" if rec.own_start else w.chose("start")) + ".",
                            f"从 ${start_tex}$ 开始迭代 ${rec.row}${rec.declared(w)}" + ("" if rec.own_start else w.chose("starts")) + "。"))
    w.title(ctx.title)
    formula_corner(ctx, rec.row + r",\quad " + start_tex)
    w.code(axes_code((lo, hi, step), (ylo, yhi, ystep), x_length=6.2, y_length=5.0) + ".to_edge(DOWN, buff=0.3).shift(LEFT * 2.6)",
           f'labels = axes.get_axis_labels(MathTex("{n}_n", font_size=28), MathTex("{n}_{{n+1}}", font_size=28))',
           "",
           "def g(x):",
           f"    return {code}",
           "",
           "# the curve where it is inside the window (a run-away g leaves it)",
           f"curve = VGroup(*[axes.plot(g, x_range=[a, b, {fmt((hi - lo) / 150, 5)}], color=BLUE)"
           f" for a, b in {[(round(a, 4), round(b, 4)) for a, b in runs(code, lo, hi, ylo, yhi)] or [(round(lo, 4), round(hi, 4))]}])",
           f"diagonal = axes.plot(lambda x: x, x_range=[{fmt(max(lo, ylo), 4)}, {fmt(min(hi, yhi), 4)}], color=GREY_B)",
           f"terms = [{', '.join(fmt(t, 4) for t in terms)}]",
           f"drawn = {len(shown)}  # the terms inside the window",
           "",
           "web = VGroup()",
           "for a, b in zip(terms[:drawn], terms[1:drawn]):",
           "    # up (or down) to the curve, then across to the diagonal",
           "    web.add(Line(axes.c2p(a, a), axes.c2p(a, b), color=YELLOW, stroke_width=3),",
           "            Line(axes.c2p(a, b), axes.c2p(b, b), color=YELLOW, stroke_width=3))",
           f"start = Dot(axes.c2p(terms[0], {fmt(max(ylo, min(0, yhi)), 4)}), color=RED, radius=0.07)",
           "first = Line(start.get_center(), axes.c2p(terms[0], terms[0]), color=YELLOW, stroke_width=3)",
           "table = VGroup(*[MathTex(rf\"" + n + "_{{{i}}} = {v}\", font_size=28) for i, v in enumerate(terms[:8]" + (f", start={k0}" if k0 else "") + ")])",
           "table.arrange(DOWN, aligned_edge=LEFT, buff=0.14).to_edge(RIGHT, buff=0.9).shift(DOWN * 0.5)",
           )
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    w.beat(ctx.L("The curve and the diagonal", "曲线与对角线"), ctx.L(f"Blue: $y = g({n})$, the right side of the recurrence; grey: $y = {n}$.",
                                                                   f"蓝色：$y = g({n})$，即递推式的右边；灰色：$y = {n}$。"))
    w.play("Create(axes), Write(labels), Create(curve), Create(diagonal)", 1.6)
    w.beat(ctx.L("Bounce between them", "来回反弹"), ctx.L(
        f"Up to the curve gives the next term, across to the diagonal makes it the input: " +
        ", ".join(f"${fmt(t, 3)}$" for t in terms[:5]) + ", …",
        "竖直到曲线得到下一项，水平到对角线把它作为输入：" + "，".join(f"${fmt(t, 3)}$" for t in terms[:5]) + "，…"))
    w.play("FadeIn(start), Create(first)", 0.6)
    w.play("LaggedStart(*[Create(s) for s in web], lag_ratio=1)", 4.5, "rate_func=linear")
    w.play("LaggedStart(*[FadeIn(t) for t in table], lag_ratio=0.3)", 1.2)
    if settled:
        en = f"The terms converge to the fixed point ${n}^* \\approx {fmt(last, 4)}$, where the curve meets the diagonal."
        zh = f"各项收敛到不动点 ${n}^* \\approx {fmt(last, 4)}$，即曲线与对角线的交点。"
    elif fate.kind == "cycle":
        a, b = (fmt(v, 4) for v in fate.cycle)
        en = f"The terms do not converge: they end up alternating between ${a}$ and ${b}$ (a cycle of period 2)."
        zh = f"各项不收敛：最终在 ${a}$ 与 ${b}$ 之间交替（周期为 2 的循环）。"
    else:
        k = len(terms) - 1  # 12, or fewer when the terms ran out of range
        en = f"The terms do not settle: after {k} steps ${n}_{{{k + k0}}} \\approx {fmt(terms[-1], 4)}$."
        zh = f"各项没有稳定下来：{k} 步后 ${n}_{{{k + k0}}} \\approx {fmt(terms[-1], 4)}$。"
    said_false = said is not None and not (settled and abs(said - last) <= 0.01 * max(1.0, abs(last)))
    if said_false:
        en += f" The block says they converge to ${fmt(said, 4)}$; that is false."
        zh += f"题中说收敛到 ${fmt(said, 4)}$，这不成立。"
    w.beat(ctx.L("Where it ends", "最终结果"), ctx.L(en, zh))
    w.play("Indicate(web[-1], color=RED)", 1)
    if fate.kind == "cycle" or said is not None:
        shown = ctx.L(f"period 2: {fmt(fate.cycle[0], 4)}, {fmt(fate.cycle[1], 4)}", f"周期 2：{fmt(fate.cycle[0], 4)}，{fmt(fate.cycle[1], 4)}") \
            if fate.kind == "cycle" else ctx.L(f"limit {fmt(last, 4)}", f"极限 {fmt(last, 4)}") if settled else ctx.L("no limit", "不收敛")
        w.code(f"fate = {text_mob(shown, 24)}.next_to(table, DOWN, buff=0.35)")
        if said_false:
            w.code(f"said = {text_mob(ctx.L(f'not {fmt(said, 4)}', f'不是 {fmt(said, 4)}'), 24)}.set_color(RED).next_to(fate, DOWN, buff=0.2)",
                   "fate = VGroup(fate, said)")
        w.code("fate.to_edge(RIGHT, buff=0.3)  # under the table, inside the frame")
        w.play("FadeIn(fate, shift=UP * 0.2)", 0.8)
    w.wait(1)


@dataclass(frozen=True)
class Fate:
    """Where the iteration goes in the long run: "fixed" (value), "cycle" (its two values) or "other"."""

    kind: str
    value: float = 0.0
    cycle: tuple[float, float] = (0.0, 0.0)


def long_run(rec, steps: int = 2000) -> Fate:
    """The fate of the iterates after ``steps`` steps (the 12 drawn are too few to tell: x_{n+1} = cos x_n
    still moves by 0.003 at step 12, and was said not to settle)."""
    terms = rec.terms(steps)
    if len(terms) < steps:
        return Fate("other")  # it left every bound
    a, b, c = terms[-3], terms[-2], terms[-1]
    scale = max(1.0, abs(c))
    if abs(c - b) < 1e-9 * scale:
        return Fate("fixed", c)
    if abs(c - a) < 1e-9 * scale:
        return Fate("cycle", cycle=tuple(sorted((b, c))))
    return Fate("other")


def said_limit(info) -> float | None:
    """The value the prose says the iterates converge to ("converge to $0.6875$", "收敛于 $0.6875$"), or None."""
    # "converges to the root $1.3247$", "收敛到根 $1.3247$", "收敛于不动点 $x^* = 0.739$": the value after a noun too
    noun = r"(?:(?:the\s+)?(?:root|fixed\s+point|limit)\s*|根\s*|不动点\s*|极限\s*)?\$?\s*(?:[A-Za-z](?:\^\{?\*\}?|_\{?\*\}?)?\s*(?:=|\\approx)\s*)?"
    m = re.search(rf"(?:converg\w*|tends?)\s+to\s+{noun}(-?\d+(?:\.\d+)?)|收敛(?:于|到)\s*{noun}(-?\d+(?:\.\d+)?)",
                  info.concept, re.I)
    return float(m.group(1) or m.group(2)) if m else None


@check("cobweb")
def _check(f):
    n = f["name"]
    return (f"How can you read the fixed point of ${f['row']}$ off the picture, and what equation does it solve?",
            f"如何从图上读出 ${f['row']}$ 的不动点？它满足什么方程？",
            f"It is where the curve crosses the diagonal: ${n}^* = g({n}^*)$. " + (f"Here the iteration converges to about ${fmt(f['last'], 4)}$." if f["settled"] else "Here the iteration does not converge to it."),
            f"就是曲线与对角线的交点：${n}^* = g({n}^*)$。" + (f"这里迭代收敛到约 ${fmt(f['last'], 4)}$。" if f["settled"] else "这里迭代没有收敛到它。"))
