"""average_value: the area under the author's f on [a, b] becomes a rectangle of the same width and area,
whose height is the average value f̄ = (1/(b-a)) ∫_a^b f(x) dx (Stewart, *Calculus*, 6.5)."""

from __future__ import annotations

from ..integral_readers import Average, asks, read_average
from ..notes import check
from ..parts.integrals import bound_tex, curve_axes, shaded_area
from .common import Ctx, Fn, fmt, open_with_formula

PRIORITY = 300
TITLE = ("The Average Value of a Function", "函数的平均值")
WHAT = ("The average value of $f$ on $[a, b]$ is $\\bar f = \\frac{1}{b-a}\\int_a^b f(x)\\,dx$: the height of the rectangle "
        "on $[a, b]$ whose area equals the area under the graph.",
        "$f$ 在 $[a, b]$ 上的平均值 $\\bar f = \\frac{1}{b-a}\\int_a^b f(x)\\,dx$，就是底为 $[a, b]$、面积与曲线下面积相等的矩形的高。")


def evidence(info) -> int | None:
    return asks(info, "an average value")


def needs(info) -> Average | None:
    """The author's f and [a, b], every value they state true (see integral_readers.read_average)."""
    return read_average(info)


def build(ctx: Ctx) -> None:
    w = ctx.w
    avg = read_average(ctx.info)
    c = avg.curve
    fn = Fn(c.code, c.tex, c.expr, True)
    a, b, width = bound_tex(c.a), bound_tex(c.b), c.b - c.a
    ctx.facts.update(avg=avg)
    area_word = ctx.L("signed area", "有向面积") if c.expr is not None and _dips(avg) else ctx.L("area", "面积")
    w.beat(ctx.title, ctx.L(f"The average value of $f(x) = {c.tex}$ on $[{a}, {b}]$ is the integral divided by the width $b - a$.",
                            f"$f(x) = {c.tex}$ 在 $[{a}, {b}]$ 上的平均值，等于积分除以区间长度 $b - a$。"))
    open_with_formula(ctx, ctx.formula or rf"\bar f = \frac{{1}}{{b-a}}\int_a^b f(x)\,dx")
    curve_axes(ctx, fn, c.a, c.b, extra=[avg.mean])
    shaded_area(ctx)
    w.code(f"area_note = MathTex(r\"\\int_{{{a}}}^{{{b}}} {c.tex}\\,dx \\approx {fmt(avg.area, 4)}\", font_size=34)",
           "area_note.next_to(axes, UP, buff=0.05).to_edge(RIGHT, buff=0.6).add_background_rectangle(opacity=0.85, buff=0.08)")
    w.play("Create(axes), Write(axis_labels), Create(graph)", 1.8)
    w.beat(ctx.L("The area", "面积"), ctx.L(f"The {area_word} under the graph from ${a}$ to ${b}$ is about ${fmt(avg.area, 4)}$.",
                                            f"从 ${a}$ 到 ${b}$，图像下的{area_word}约为 ${fmt(avg.area, 4)}$。"))
    w.play("FadeIn(area), Write(area_note)", 1.4)
    w.wait(0.6)
    w.beat(ctx.L("The same area as a rectangle", "同面积的矩形"), ctx.L(
        f"Spread that area evenly over the width ${fmt(width, 4)}$: a rectangle of height "
        f"$\\bar f = {fmt(avg.area, 4)} / {fmt(width, 4)} \\approx {fmt(avg.mean, 4)}$ has the same area.",
        f"把这块面积均匀铺在宽度 ${fmt(width, 4)}$ 上：高为 $\\bar f = {fmt(avg.area, 4)} / {fmt(width, 4)} \\approx {fmt(avg.mean, 4)}$ 的矩形面积相同。"))
    w.code(f"mean = {fmt(avg.mean, 8)}",
           "rect = Polygon(axes.c2p(a, 0), axes.c2p(a, mean), axes.c2p(b, mean), axes.c2p(b, 0),",
           "               fill_color=ORANGE, fill_opacity=0.55, stroke_color=ORANGE, stroke_width=2)",
           "level = DashedLine(axes.c2p(axes.x_range[0], mean), axes.c2p(axes.x_range[1], mean), color=ORANGE)",
           f"mean_note = MathTex(r\"\\bar f \\approx {fmt(avg.mean, 4)}\", font_size=34, color=ORANGE)",
           "mean_note.next_to(area_note, DOWN, buff=0.15).add_background_rectangle(opacity=0.85, buff=0.08)")
    w.play("ReplacementTransform(area.copy(), rect), Create(level)", 2)
    w.play("Write(mean_note)", 1)
    w.beat(ctx.L("Above and below the average", "高于与低于平均值"), ctx.L(
        "Where the graph rises above the dashed level it has as much extra area as it lacks where it falls below.",
        "曲线高出虚线的部分多出的面积，恰好等于低于虚线的部分缺少的面积。"))
    w.play("Indicate(level, color=YELLOW)", 1.2)
    w.wait(1.2)


def _dips(avg: Average) -> bool:
    import numpy as np

    from ..symbolic import evaluate

    ys = evaluate(avg.curve.code, "x", np.linspace(avg.curve.a, avg.curve.b, 201))
    return ys is not None and float(np.nanmin(ys)) < 0


@check("average_value")
def _check(f):
    avg = f["avg"]
    c = avg.curve
    a, b = bound_tex(c.a), bound_tex(c.b)
    return (f"Is there an $x$ in $[{a}, {b}]$ with $f(x) = \\bar f$ for $f(x) = {c.tex}$? Why?",
            f"对 $f(x) = {c.tex}$，$[{a}, {b}]$ 中是否存在 $x$ 使 $f(x) = \\bar f$？为什么？",
            f"Yes: $f$ is continuous and $\\bar f \\approx {fmt(avg.mean, 4)}$ lies between its least and greatest values on the interval, "
            "so the graph crosses the dashed level (the mean value theorem for integrals).",
            f"存在：$f$ 连续，且 $\\bar f \\approx {fmt(avg.mean, 4)}$ 介于它在区间上的最小值和最大值之间，所以图像必与虚线相交（积分中值定理）。")
