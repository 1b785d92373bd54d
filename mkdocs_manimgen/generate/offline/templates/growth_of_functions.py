"""growth_of_functions: the author's functions of n on one axes over the author's range, crossings marked.

Read by :mod:`..growth` ("$n\\log n$ versus $n^2$ for $n$ from 1 to 100"). A log-scale y only when a
linear one would flatten a curve; a crossing is marked only when it does not depend on an unstated
log base. Without a stated range the scene says its range is an example.
"""

from __future__ import annotations

import re

import numpy as np

from ..growth import WORDS, Growth, read_growth
from ..notes import check
from ..parts.curves import COLORS, curves_axes, point_on
from ..symbolic import evaluate
from .common import Ctx, fmt, text_mob

TITLE = ("Growth of Functions", "函数的增长速度")
WHAT = ("Comparing how fast functions grow: plotted on one axes over a range of $n$, the faster-growing function "
        "eventually stays above the others; where two curves cross, the order changes.",
        "比较函数增长的快慢：在同一坐标系中画出一段 $n$ 上的图像，增长更快的函数最终总在上方；两条曲线相交处，大小顺序改变。")
PRIORITY = 60


def evidence(info) -> int | None:
    """Tier 0: the block writes two functions of one variable and the prose speaks of growth, or compares
    functions of n (versus, compare, 比较: an algorithm's running times). Comparing functions of x is left
    to the families of its question (an area between curves, an intersection)."""
    growth = re.search(WORDS, info.prose, re.I)
    compared = re.search(r"versus|\bvs\.?|compar\w*|比较", info.prose, re.I)
    if not (growth or compared):
        return None  # before reading: the reading parses every formula (most of a design's time)
    g = read_growth(info)
    if g is None:
        return None
    return 0 if growth or (g.var == "n" and compared) else None


def needs(info) -> Growth | None:
    """Two to four of the author's functions of one variable, finite over the range (see :mod:`..growth`)."""
    return read_growth(info)


def sci(v: float) -> str:
    """A value for narration: 4 significant digits, powers of ten beyond a million."""
    if abs(v) < 1e6:
        return fmt(v, 2 if abs(v) < 100 else 0 if abs(v) >= 1000 else 1)
    mantissa, exp = f"{v:.3e}".split("e")
    return f"{mantissa.rstrip('0').rstrip('.')} \\times 10^{{{int(exp)}}}"


def build(ctx: Ctx) -> None:
    w = ctx.w
    g = needs(ctx.info)
    assert g is not None, "growth_of_functions drawn without functions"
    w.example = not g.span_given
    a, b = g.span
    texs, codes, v = [c.tex for c in g.curves], [c.code for c in g.curves], g.var
    ends = [float(evaluate(c, v, np.array([b]))[0]) for c in codes]
    order = sorted(range(len(codes)), key=lambda k: -ends[k])
    ctx.facts.update(span=g.span, curves=texs, ends=ends, crossings=g.crossings)
    names = ", ".join(f"${t}$" for t in texs)
    w.beat(ctx.title, ctx.L(f"Compare {names} for ${v}$ from {fmt(a)} to {fmt(b)}.",
                            f"比较 {names}，${v}$ 从 {fmt(a)} 到 {fmt(b)}。"))
    w.title(ctx.title)
    curves_axes(w, v, codes, texs, a, b, log_y=g.log_y)
    notes = []
    if g.log_y:
        notes.append(ctx.L("logarithmic scale: each step up is ten times larger", "对数刻度：每向上一格扩大十倍"))
    if g.natural_log:
        notes.append(ctx.L("log is the natural logarithm here", "这里 log 取自然对数"))
    w.code(f"scale_note = VGroup({', '.join(text_mob(t, 20, 'GREY_A') for t in notes)}).arrange(DOWN, aligned_edge=RIGHT)"
           ".next_to(title, DOWN, buff=0.15).to_edge(RIGHT, buff=0.4)" if notes else "scale_note = VGroup()")
    w.play("Write(title), Create(axes), FadeIn(axis_names), FadeIn(scale_note)", 1.4)
    w.beat(ctx.L("The curves", "画出曲线"),
           ctx.L(f"Each function in its colour{', on a logarithmic scale' if g.log_y else ''}.",
                 f"每个函数用一种颜色{'，纵轴为对数刻度' if g.log_y else ''}。"))
    for k in range(len(codes)):
        w.play(f"Create(curve{k}), FadeIn(legend[{k + 1}])" if k else "Create(curve0), FadeIn(legend[0]), FadeIn(legend[1])", 1.3)
    shown = g.crossings[-4:]
    if shown:
        x, y, i, j = shown[-1]
        w.beat(ctx.L("Where they cross", "交点"),
               ctx.L(f"${texs[i]}$ and ${texs[j]}$ meet at ${v} \\approx {fmt(x, 2)}$; past it their order is reversed.",
                     f"${texs[i]}$ 与 ${texs[j]}$ 在 ${v} \\approx {fmt(x, 2)}$ 处相交；过了这里，两者大小顺序互换。"))
        w.code(f"crossings = VGroup(*[Dot(p, color=YELLOW, radius=0.07) for p in [{', '.join(point_on(cx, cy, g.log_y) for cx, cy, *_ in shown)}]])",
               f'cross_label = MathTex(r"{v} \\approx {fmt(x, 2)}", font_size=30, color=YELLOW).next_to(crossings[-1], UP + RIGHT, buff=0.12)',
               "cross_label.add_background_rectangle(opacity=0.8, buff=0.05)")
        w.play("FadeIn(crossings), Write(cross_label)", 1.2)
    top = order[0]
    values = ", ".join(f"${texs[k]} = {sci(ends[k])}$" for k in order)
    w.beat(ctx.L(f"At {v} = {fmt(b)}", f"{v} = {fmt(b)} 时"),
           ctx.L(f"At ${v} = {fmt(b)}$: {values}. ${texs[top]}$ is the largest there.",
                 f"${v} = {fmt(b)}$ 时：{values}。此时 ${texs[top]}$ 最大。"))
    w.code("end_dots = VGroup(" + ", ".join(f"Dot({point_on(b, e, g.log_y)}, color={COLORS[k]}, radius=0.07)"
                                     for k, e in enumerate(ends)) + ")")
    w.play(f"FadeIn(end_dots), Indicate(legend[{top + 1}])", 1.2)
    w.wait(1.6)


@check("growth_of_functions")
def _check(f):
    a, b = f["span"]
    return (f"Over the range from {fmt(a)} to {fmt(b)}, which function is the largest at the right end, and does that decide which grows fastest?",
            f"在 {fmt(a)} 到 {fmt(b)} 上，右端哪个函数最大？这能否决定谁增长最快？",
            "The largest at the end is read off the plot; which grows fastest for all large values is decided by the limit of "
            "their ratio, not by one range: a crossing further right could still reverse the order.",
            "右端谁最大可以从图上读出；但谁最终增长最快要看两者之比的极限，而不是某一段范围：更右边还可能有交点改变顺序。")
