"""piecewise_continuity: a function defined by two cases, each drawn on its own domain, with the
closed and open endpoints at the break, and points sliding towards it from both sides while their
values are read out: the one-sided limits and f(c) (computed with sympy) decide continuity."""

from __future__ import annotations

import re

import numpy as np

from ..breaks import Break, read_break
from ..latex import fmt
from ..notes import check
from ..symbolic import evaluate
from ._plots import axes_code, nice_range
from .common import Ctx, formula_corner, nice_step

PRIORITY = 150
KEYWORDS = (r"continu", r"jump", r"one[- ]sided", r"left[- ]hand limit", r"right[- ]hand limit", r"连续", r"间断", r"跳跃",
            r"左极限", r"右极限", r"单侧极限")
TITLE = ("Continuity at the Break", "分段点处的连续性")
WHAT = ("A function defined by cases is continuous at the break $c$ when both one-sided limits exist, agree, and equal "
        "$f(c)$: $\\lim_{x\\to c^-} f(x) = \\lim_{x\\to c^+} f(x) = f(c)$.",
        "分段函数在分段点 $c$ 处连续，当且仅当左右极限都存在、彼此相等，并且等于 $f(c)$："
        "$\\lim_{x\\to c^-} f(x) = \\lim_{x\\to c^+} f(x) = f(c)$。")


def evidence(info) -> int | None:
    return 0 if any(re.search(p, info.prose, re.I) for p in KEYWORDS) and read_break(info) is not None else None


def needs(info) -> bool:
    """Two cases split at one number, finite one-sided limits, and no claim that contradicts them."""
    return read_break(info) is not None


def build(ctx: Ctx) -> None:
    w = ctx.w
    b = read_break(ctx.info)
    c = b.c
    lo_x, hi_x = c - 3, c + 3
    xl, xr = np.linspace(lo_x, c, 200), np.linspace(c, hi_x, 200)
    yl, yr = evaluate(b.left.code, "x", xl), evaluate(b.right.code, "x", xr)
    lo, hi, step = nice_range(np.concatenate([yl, yr, [b.left_limit, b.right_limit, b.value]]), 0.1)
    ctx.facts.update(brk=b)
    cx = fmt(c, 4)

    w.beat(ctx.title, ctx.L(f"${b.tex}$: two formulas that meet at $x = {cx}$.", f"${b.tex}$：两个表达式在 $x = {cx}$ 处衔接。"))
    w.title(ctx.title)
    formula_corner(ctx, b.tex)
    w.code(axes_code((lo_x, hi_x, nice_step(hi_x - lo_x)), (lo, hi, step), x_length=8.4, y_length=4.2) + ".to_corner(DL, buff=0.45)",
           'labels = axes.get_axis_labels(MathTex("x", font_size=30), MathTex("y", font_size=30))',
           "def left_f(x):", f"    return {b.left.code}",
           "def right_f(x):", f"    return {b.right.code}",
           f"left_graph = axes.plot(left_f, x_range=[{fmt(lo_x, 4)}, {cx}, 0.02], color=BLUE, stroke_width=4)",
           f"right_graph = axes.plot(right_f, x_range=[{cx}, {fmt(hi_x, 4)}, 0.02], color=GREEN, stroke_width=4)",
           "def end(y, closed, color):",
           "    # a closed dot belongs to the case; an open one marks the value the case only approaches",
           f"    return Dot(axes.c2p({cx}, y), radius=0.09, color=color) if closed else \\",
           f"        Circle(radius=0.09, color=color, stroke_width=3).set_fill(BLACK, 1).move_to(axes.c2p({cx}, y))",
           # open ends first: a closed dot at the same height covers them, as on paper
           f"ends = VGroup(*sorted([end({fmt(b.left_limit, 6)}, {b.left.closed}, BLUE), end({fmt(b.right_limit, 6)}, {b.right.closed}, GREEN)],"
           " key=lambda d: isinstance(d, Dot)))")
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    w.beat(ctx.L("Each case on its own side", "各段画在各自的范围"), ctx.L(
        f"${b.left.tex}$ is drawn left of $x = {cx}$ and ${b.right.tex}$ right of it; a filled dot belongs to the case, an open one does not.",
        f"${b.left.tex}$ 画在 $x = {cx}$ 左侧，${b.right.tex}$ 画在右侧；实心点属于该段，空心点不属于。"))
    w.play("Create(axes), Write(labels)", 1.2)
    w.play("Create(left_graph), Create(right_graph)", 2)
    w.play("FadeIn(ends, scale=1.5)", 0.8)
    w.beat(ctx.L("Approach from both sides", "从两侧逼近"), ctx.L(
        f"Points slide towards $x = {cx}$: from the left the values approach ${fmt(b.left_limit, 4)}$, from the right ${fmt(b.right_limit, 4)}$.",
        f"两个点向 $x = {cx}$ 滑动：从左侧，函数值趋于 ${fmt(b.left_limit, 4)}$；从右侧，趋于 ${fmt(b.right_limit, 4)}$。"))
    w.code(f"u = ValueTracker({fmt(2.5, 2)})  # the distance to the break",
           f"left_dot = always_redraw(lambda: Dot(axes.c2p({cx} - u.get_value(), left_f({cx} - u.get_value())), color=YELLOW))",
           f"right_dot = always_redraw(lambda: Dot(axes.c2p({cx} + u.get_value(), right_f({cx} + u.get_value())), color=YELLOW))",
           "def reading(tex, fn, color):",
           "    row = VGroup(MathTex(tex, font_size=32, color=color), DecimalNumber(0, num_decimal_places=3, font_size=32))",
           "    row.arrange(RIGHT, buff=0.15)",
           "    row[1].set_value(fn())  # its value before the updater runs: a FadeIn must not see the digits change",
           "    row[1].add_updater(lambda m: m.set_value(fn()))",
           "    return row",
           f'readings = VGroup(reading(r"x \\to {cx}^-:\\ f(x) =", lambda: left_f({cx} - u.get_value()), BLUE),',
           f'                  reading(r"x \\to {cx}^+:\\ f(x) =", lambda: right_f({cx} + u.get_value()), GREEN))',
           "readings.arrange(DOWN, aligned_edge=LEFT).next_to(axes, RIGHT, buff=0.3).align_to(axes, UP)",
           "if readings.get_right()[0] > 6.9:",
           "    readings.shift(LEFT * (readings.get_right()[0] - 6.9))")
    w.play("FadeIn(left_dot), FadeIn(right_dot), FadeIn(readings)", 0.8)
    w.play("u.animate.set_value(0.001)", 4, "rate_func=smooth")
    joined = b.continuous
    lim = (f"\\lim_{{x\\to {cx}^-}} f(x) = {fmt(b.left_limit, 4)},\\ \\lim_{{x\\to {cx}^+}} f(x) = {fmt(b.right_limit, 4)},\\ "
           f"f({cx}) = {fmt(b.value, 4)}")
    w.beat(ctx.L("The verdict", "结论"), ctx.L(
        f"${lim}$: " + (f"all three agree, so $f$ is continuous at $x = {cx}$." if joined else
                        f"they do not all agree, so $f$ is not continuous at $x = {cx}$."),
        f"${lim}$：" + (f"三者相等，所以 $f$ 在 $x = {cx}$ 处连续。" if joined else f"三者不全相等，所以 $f$ 在 $x = {cx}$ 处不连续。")))
    verdict = ctx.L("continuous" if joined else "not continuous", "连续" if joined else "不连续")
    rows = [f"\\lim_{{x\\to {cx}^-}} f(x) = {fmt(b.left_limit, 4)}", f"\\lim_{{x\\to {cx}^+}} f(x) = {fmt(b.right_limit, 4)}",
            f"f({cx}) = {fmt(b.value, 4)}"]
    w.code("limits = VGroup(" + ", ".join(f'MathTex(r"{r}", font_size=32)' for r in rows) + ")",
           "limits.arrange(DOWN, aligned_edge=LEFT, buff=0.2).next_to(readings, DOWN, buff=0.4, aligned_edge=LEFT)",
           f"verdict = Text({verdict!r}, font_size=32, color={'GREEN' if joined else 'RED'}"
           + (', font="Noto Sans CJK SC"' if ctx.zh else "") + ").next_to(limits, DOWN, buff=0.3, aligned_edge=LEFT)")
    w.play("Write(limits)", 1.5)
    w.play("FadeIn(verdict)", 0.8)
    w.wait(1.2)


@check("piecewise_continuity")
def _check(f):
    b: Break = f["brk"]
    cx = fmt(b.c, 4)
    return (f"What are the two one-sided limits at $x = {cx}$, and is $f$ continuous there?",
            f"$x = {cx}$ 处的左右极限各是多少？$f$ 在该点连续吗？",
            f"From the left ${b.left.tex} \\to {fmt(b.left_limit, 4)}$, from the right ${b.right.tex} \\to {fmt(b.right_limit, 4)}$, and "
            f"$f({cx}) = {fmt(b.value, 4)}$: " + ("continuous." if b.continuous else "not continuous."),
            f"左侧 ${b.left.tex} \\to {fmt(b.left_limit, 4)}$，右侧 ${b.right.tex} \\to {fmt(b.right_limit, 4)}$，"
            f"$f({cx}) = {fmt(b.value, 4)}$：" + ("连续。" if b.continuous else "不连续。"))
