"""regression: the least-squares line through the author's data points, residuals drawn.

A line through the centroid turns from flat to the fitted slope while the sum of squared
residuals falls to its minimum; the fit (numpy.polyfit) is computed at design time.
"""

from __future__ import annotations

import math

import numpy as np

from ..families import no_formula
from ..given import points
from ..notes import check
from .common import Ctx, fmt, formula_corner, nice_step

TITLE = ("Least-Squares Regression", "最小二乘回归")
WHAT = ("Least-squares regression picks the line $\\hat y = a + bx$ that makes the sum of squared residuals "
        "$\\sum (y_i - \\hat y_i)^2$ as small as possible; it always passes through the mean point $(\\bar x, \\bar y)$.",
        "最小二乘回归选取直线 $\\hat y = a + bx$，使残差平方和 $\\sum (y_i - \\hat y_i)^2$ 最小；这条直线总经过均值点 $(\\bar x, \\bar y)$。")

PRIORITY = 34
KEYWORDS = (r"least[- ]squares?", r"最小二乘", r"linear\s+regression", r"线性回归", r"line\s+of\s+best\s+fit", r"best[- ]fit\s+line", r"回归直线", r"regression\s+line")
EXAMPLE = [(1.0, 2.1), (2.0, 2.9), (3.0, 4.2), (4.0, 4.8), (5.0, 6.1), (6.0, 6.8)]


def needs(info) -> list[tuple[float, float]] | None:
    """At least three data points with two different x values, written by the author."""
    if no_formula(info):
        return EXAMPLE
    data = points(info)
    if data is None or len({x for x, _ in data}) < 2 or len(data) > 40:
        return None
    return data


def _range(values: list[float]) -> tuple[float, float, float]:
    lo, hi = min(min(values), 0.0), max(values)
    step = nice_step((hi - lo) * 1.15 or 1)
    return math.floor(lo / step) * step, math.ceil(hi * 1.1 / step) * step if hi > 0 else step, step


def build(ctx: Ctx) -> None:
    w = ctx.w
    data = needs(ctx.info) or EXAMPLE
    example = data is EXAMPLE
    xs, ys = np.array([p[0] for p in data]), np.array([p[1] for p in data])
    b, a = (float(v) for v in np.polyfit(xs, ys, 1))
    mx, my = float(xs.mean()), float(ys.mean())
    sse_flat = float(((ys - my) ** 2).sum())
    sse = float(((ys - (a + b * xs)) ** 2).sum())
    ctx.facts.update(a=a, b=b, sse=sse, n=len(data), xbar=mx, ybar=my, x_new=float(xs.max() + 1))
    x_lo, x_hi, x_step = _range(list(xs))
    y_lo, y_hi, y_step = _range(list(ys) + [a + b * x_lo, a + b * x_hi])
    lead = ctx.L("For instance, these", "例如这") if example else ctx.L("The", "这")
    w.beat(ctx.title, ctx.L(f"{lead} {len(data)} data points, with mean point $(\\bar x, \\bar y) = ({fmt(mx, 3)}, {fmt(my, 3)})$.",
                            f"{lead} {len(data)} 个数据点，均值点 $(\\bar x, \\bar y) = ({fmt(mx, 3)}, {fmt(my, 3)})$。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 70 and not example and "(" not in ctx.formula[:3]
                   and any(t in ctx.formula for t in ("\\sum", "\\hat", "=")) and ctx.formula.count(",") < 3
                   else r"\min_{a,b} \sum_i \left(y_i - (a + b x_i)\right)^2")
    w.code(
        f"axes = Axes(x_range=[{fmt(x_lo)}, {fmt(x_hi)}, {fmt(x_step)}], y_range=[{fmt(y_lo)}, {fmt(y_hi)}, {fmt(y_step)}],",
        "            x_length=7.4, y_length=4.6, tips=False, axis_config={\"include_numbers\": True, \"font_size\": 22, \"color\": GREY_B})",
        "axes.to_corner(DL, buff=0.45)",
        f"data = [{', '.join(f'({fmt(x, 4)}, {fmt(y, 4)})' for x, y in data)}]",
        f"xbar, ybar = {fmt(mx, 5)}, {fmt(my, 5)}",
        "slope = ValueTracker(0)  # the line turns about the mean point",
        "",
        "def line_y(x):",
        "    return ybar + slope.get_value() * (x - xbar)",
        "",
        "dots = VGroup(*[Dot(axes.c2p(x, y), radius=0.07, color=BLUE) for x, y in data])",
        f"line = always_redraw(lambda: axes.plot(line_y, x_range=[{fmt(x_lo)}, {fmt(x_hi)}], color=YELLOW, stroke_width=4))",
        "residuals = always_redraw(lambda: VGroup(*[Line(axes.c2p(x, y), axes.c2p(x, line_y(x)), color=RED, stroke_width=3)",
        "                                          for x, y in data]))",
        "",
        "def sse():",
        "    return sum((y - line_y(x)) ** 2 for x, y in data)",
        "",
        'readout = VGroup(MathTex(r"\\sum (y_i - \\hat y_i)^2 =", font_size=34), DecimalNumber(sse(), num_decimal_places=3, font_size=34, color=RED))',
        "readout.arrange(RIGHT).move_to(RIGHT * 3.6 + UP * 0.6)",
    )
    w.play("Write(title), FadeIn(formula), Create(axes)", 1.2)
    w.play("LaggedStart(*[GrowFromCenter(d) for d in dots], lag_ratio=0.15)", 1.2)
    w.beat(ctx.L("A first guess and its residuals", "先猜一条线"),
           ctx.L(f"A flat line at $\\bar y = {fmt(my, 3)}$; the red residuals are the vertical misses. Their squares add up to ${fmt(sse_flat, 4)}$.",
                 f"先取水平线 $y = \\bar y = {fmt(my, 3)}$；红色残差是竖直方向的偏差，平方和为 ${fmt(sse_flat, 4)}$。"))
    w.play("Create(line), Create(residuals), FadeIn(readout)", 1.4)
    w.code("readout[1].add_updater(lambda m: m.set_value(sse()))")
    w.beat(ctx.L("Turn to the best slope", "转到最佳斜率"),
           ctx.L(f"Turning the line about the mean point, the sum of squares falls to its minimum ${fmt(sse, 4)}$ at slope $b = {fmt(b, 4)}$.",
                 f"绕均值点转动直线，残差平方和降到最小值 ${fmt(sse, 4)}$，此时斜率 $b = {fmt(b, 4)}$。"))
    w.play(f"slope.animate.set_value({fmt(b, 6)})", 3)
    sign = "+" if b >= 0 else "-"
    w.beat(ctx.L("The fitted line", "回归直线"),
           ctx.L(f"The least-squares line is $\\hat y = {fmt(a, 3)} {sign} {fmt(abs(b), 3)}x$.",
                 f"最小二乘直线为 $\\hat y = {fmt(a, 3)} {sign} {fmt(abs(b), 3)}x$。"))
    w.code(f'fit = MathTex(r"\\hat y = {fmt(a, 3)} {sign} {fmt(abs(b), 3)}\\,x", font_size=40, color=YELLOW).next_to(readout, DOWN, buff=0.6)')
    w.play("Write(fit)", 1.2)
    w.wait(1.4)


@check("regression")
def _check(f):
    x = f["x_new"]
    y = f["a"] + f["b"] * x
    return (f"What does the fitted line predict at $x = {fmt(x)}$?", f"回归直线在 $x = {fmt(x)}$ 处的预测值是多少？",
            f"$\\hat y = {fmt(f['a'], 3)} + ({fmt(f['b'], 3)})\\cdot {fmt(x)} \\approx {fmt(y, 3)}$.",
            f"$\\hat y = {fmt(f['a'], 3)} + ({fmt(f['b'], 3)})\\cdot {fmt(x)} \\approx {fmt(y, 3)}$。")
