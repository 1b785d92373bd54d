"""accumulation: the author's F(x) = ∫_a^x f(t) dt as an area that grows with x (negative below the axis)
on top, F traced underneath; then the fundamental theorem of calculus: the slope of F at a point is the
height of f there, F'(x) = f(x) (Stewart, *Calculus*, 5.3; 同济《高等数学》5.2 积分上限的函数)."""

from __future__ import annotations

import numpy as np

from ..area_readers import Accumulation, read_accumulation
from ..families import law_example
from ..integral_readers import asks
from ..notes import check
from ..parts.integrals import bound_tex, rounded_window
from ..templates.common import nice_step, y_window
from .common import Ctx, fmt, open_with_formula

PRIORITY = 290
TITLE = ("The Accumulation Function", "积分上限函数")
WHAT = ("$F(x) = \\int_a^x f(t)\\,dt$ is the signed area under $f$ from $a$ to $x$; as $x$ moves, $F$ grows where $f > 0$ "
        "and shrinks where $f < 0$, at the rate $F'(x) = f(x)$ (the fundamental theorem of calculus).",
        "$F(x) = \\int_a^x f(t)\\,dt$ 是 $f$ 从 $a$ 到 $x$ 的有向面积；$x$ 移动时，$f > 0$ 处 $F$ 增大，$f < 0$ 处 $F$ 减小，"
        "变化率 $F'(x) = f(x)$（微积分基本定理）。")


def evidence(info) -> int | None:
    return asks(info, "an accumulation function")


LAW = r"fundamental\s+theorem|微积分基本定理|accumulation\s+function|积分上限函数|变上限"
EXAMPLE = r"$F(x) = \int_0^x \cos t\,dt$"  # F rises and falls with the sign of cos: F' = f is visible


def needs(info) -> Accumulation | None:
    """The author's F(x) = ∫_a^x f(t) dt with a number a and f of t alone; every statement about F true;
    for the theorem stated in general, :data:`EXAMPLE`, said "for instance"."""
    return read_accumulation(law_example(info, LAW, EXAMPLE)[0])


def build(ctx: Ctx) -> None:
    w = ctx.w
    info, w.example = law_example(ctx.info, LAW, EXAMPLE)
    acc = read_accumulation(info)
    F, v = acc.name, acc.var
    a, b = bound_tex(acc.a), bound_tex(acc.b)
    x0 = acc.at
    xs = np.linspace(acc.a, acc.b, 801)
    Fs = acc.values(xs)
    f0 = float(np.interp(x0, xs, [float(y) for y in _f(acc, xs)]))
    F0 = float(np.interp(x0, xs, Fs))
    F_end = float(Fs[-1])
    ctx.facts.update(acc=acc, f0=f0, F0=F0)
    definition = rf"{F}(x) = \int_{{{a}}}^{{x}} {acc.tex}\,d{v}"
    w.beat(ctx.title, ctx.L(
        f"${definition}$ is the signed area under $y = {acc.tex}$ from ${v} = {a}$ to ${v} = x$: a number for each $x$.",
        f"${definition}$ 是 $y = {acc.tex}$ 从 ${v} = {a}$ 到 ${v} = x$ 的有向面积：每个 $x$ 对应一个数。"))
    open_with_formula(ctx, ctx.formula if "\\int" in ctx.formula else definition)
    x_lo, x_hi = rounded_window(acc.a, acc.b, pad=0.06)
    lo1, hi1 = y_window(acc.code, x_lo, x_hi)
    lo2, hi2 = y_window("0 * x", x_lo, x_hi, [float(Fs.min()), float(Fs.max())])
    step = nice_step(x_hi - x_lo)
    w.code(
        "def _f(x):", f"    return {acc.code} + 0 * x", "",
        "def f(x):", "    with np.errstate(all=\"ignore\"):", "        return _f(x)", "",
        f"a, b = {fmt(acc.a, 8)}, {fmt(acc.b, 8)}",
        "grid = np.linspace(a, b, 2001)",
        "cum = np.concatenate([[0.0], np.cumsum(0.5 * (f(grid)[1:] + f(grid)[:-1]) * np.diff(grid))])",
        "",
        "def F(x):",
        "    return float(np.interp(x, grid, cum))",
        "",
        "top = Axes(",
        f"    x_range=[{fmt(x_lo)}, {fmt(x_hi)}, {fmt(step)}], y_range=[{fmt(lo1)}, {fmt(hi1)}, {fmt(nice_step(hi1 - lo1))}],",
        "    x_length=9.6, y_length=2.1, tips=False,",
        '    axis_config={"include_numbers": True, "font_size": 20, "color": GREY_B},',
        ").to_edge(LEFT, buff=0.8).set_y(0.75)",
        "bottom = Axes(",
        f"    x_range=[{fmt(x_lo)}, {fmt(x_hi)}, {fmt(step)}], y_range=[{fmt(lo2)}, {fmt(hi2)}, {fmt(nice_step(hi2 - lo2))}],",
        "    x_length=9.6, y_length=2.1, tips=False,",
        '    axis_config={"include_numbers": True, "font_size": 20, "color": GREY_B},',
        ").to_edge(DOWN, buff=0.35)",
        "bottom.shift(RIGHT * (top.c2p(a, 0)[0] - bottom.c2p(a, 0)[0]))",
        f'top_labels = top.get_axis_labels(MathTex("{v}", font_size=26), MathTex(r"y = f({v})", font_size=26))',
        f'bottom_labels = bottom.get_axis_labels(MathTex("x", font_size=26), MathTex(r"{F}(x)", font_size=26))',
        f"graph = top.plot(f, x_range=[{fmt(x_lo)}, {fmt(x_hi)}, {fmt((x_hi - x_lo) / 200, 4)}], color=BLUE)",
        f"f_label = MathTex(r\"f({v}) = {acc.tex}\", font_size=28, color=BLUE).next_to(top, RIGHT, buff=0.2).align_to(top, UP)",
        "if f_label.get_right()[0] > 7.0:",
        "    f_label.scale_to_fit_width(7.0 - f_label.get_left()[0])",
        "X = ValueTracker(a)",
        "",
        "def accumulated():",
        "    u = X.get_value()",
        "    ts = np.linspace(a, max(u, a + 1e-4), 160)",
        "    ys = f(ts)",
        "    ups = [top.c2p(t, max(y, 0)) for t, y in zip(ts, ys)]",
        "    downs = [top.c2p(t, min(y, 0)) for t, y in zip(ts, ys)]",
        "    base = [top.c2p(ts[-1], 0), top.c2p(ts[0], 0)]",
        "    return VGroup(Polygon(*ups, *base, stroke_width=0, fill_color=BLUE, fill_opacity=0.55),",
        "                  Polygon(*downs, *base, stroke_width=0, fill_color=RED, fill_opacity=0.55))",
        "",
        "area = always_redraw(accumulated)",
        "trace = always_redraw(lambda: bottom.plot(F, x_range=[a, max(X.get_value(), a + 1e-3), "
        f"{fmt((acc.b - acc.a) / 200, 5)}], color=GREEN, stroke_width=5))",
        "dot = always_redraw(lambda: Dot(bottom.c2p(X.get_value(), F(X.get_value())), color=YELLOW, radius=0.07))",
        "link = always_redraw(lambda: DashedLine(top.c2p(X.get_value(), 0), bottom.c2p(X.get_value(), F(X.get_value())),",
        "                                        color=GREY_B, stroke_width=2))",
        f'F_label = MathTex(r"{F}(x) =", font_size=30, color=GREEN)',
        "F_value = DecimalNumber(0, num_decimal_places=3, font_size=30, color=GREEN)",
        "F_label.next_to(bottom, RIGHT, buff=0.2).align_to(bottom, UP)",
        "F_value.add_updater(lambda m: m.set_value(F(X.get_value())).next_to(F_label, RIGHT, buff=0.12))",
        "x_label = MathTex(r\"x =\", font_size=30).next_to(F_label, DOWN, buff=0.25).align_to(F_label, LEFT)",
        "x_value = DecimalNumber(a, num_decimal_places=2, font_size=30)",
        "x_value.add_updater(lambda m: m.set_value(X.get_value()).next_to(x_label, RIGHT, buff=0.12))",
    )
    w.play("Create(top), Write(top_labels), Create(graph), FadeIn(f_label)", 1.2)
    w.play("Create(bottom), Write(bottom_labels)", 0.7)

    neg = bool(np.nanmin(_f(acc, xs)) < 0)
    chosen = ctx.L(f" (we let $x$ run to ${b}$)", f"（我们让 $x$ 走到 ${b}$）") if acc.chosen else ""
    w.beat(ctx.L("The area accumulates", "面积的累积"), ctx.L(
        f"Move $x$ from ${a}$ to ${b}${chosen}: the shaded area is ${F}(x)$, traced below. "
        + ("Area below the axis (red) counts negative, so there $F$ decreases. " if neg else "")
        + f"${F}({b}) \\approx {fmt(F_end, 4)}$.",
        f"让 $x$ 从 ${a}$ 移到 ${b}${chosen}：阴影面积就是 ${F}(x)$，在下方描出它的图像。"
        + ("$t$ 轴下方的面积（红色）记为负，那里 $F$ 减小。" if neg else "")
        + f"${F}({b}) \\approx {fmt(F_end, 4)}$。"))
    w.play("FadeIn(area), FadeIn(trace), FadeIn(dot), FadeIn(link), FadeIn(F_label), FadeIn(F_value), FadeIn(x_label), FadeIn(x_value)", 0.8)
    w.play("X.animate.set_value(b)", 3.0, "rate_func=linear")
    w.wait(0.3)

    at = bound_tex(x0)
    where = "" if acc.at_given else ctx.L(" (for instance)", "（例如）")
    w.beat(ctx.L("The slope of F is the height of f", "F 的斜率等于 f 的高度"), ctx.L(
        f"At $x = {at}${where} the tangent to ${F}$ has slope ${F}'({at}) = f({at}) \\approx {fmt(f0, 4)}$: the height of $f$ there. "
        f"Each step $dx$ adds a strip of area $f(x)\\,dx$, so ${F}'(x) = f(x)$.",
        f"在 $x = {at}${where} 处，${F}$ 的切线斜率 ${F}'({at}) = f({at}) \\approx {fmt(f0, 4)}$，正是 $f$ 在该点的高度。"
        f"$x$ 每增加 $dx$，面积多出一条 $f(x)\\,dx$，所以 ${F}'(x) = f(x)$。"))
    half = 0.12 * (acc.b - acc.a)
    w.code(
        "def tangent():",
        "    u = X.get_value()",
        f"    d = {fmt(half, 6)}",
        "    return Line(bottom.c2p(u - d, F(u) - d * f(u)), bottom.c2p(u + d, F(u) + d * f(u)), color=YELLOW, stroke_width=4)",
        "",
        "def height():",
        "    u = X.get_value()",
        "    return Line(top.c2p(u, 0), top.c2p(u, f(u)), color=YELLOW, stroke_width=6)",
        "",
        "slope_line, height_bar = always_redraw(tangent), always_redraw(height)",
        f'slope_label = MathTex(r"{F}\'(x) = f(x) =", font_size=30, color=YELLOW).next_to(x_label, DOWN, buff=0.25).align_to(x_label, LEFT)',
        f"slope_value = DecimalNumber({fmt(f0, 6)}, num_decimal_places=3, font_size=30, color=YELLOW)  # its value when it fades in",
        "slope_value.add_updater(lambda m: m.set_value(f(X.get_value())).next_to(slope_label, RIGHT, buff=0.12))",
        "if slope_label.get_right()[0] > 6.0:",
        "    slope_label.scale(0.85).align_to(x_label, LEFT)",
    )
    w.play(f"X.animate.set_value({fmt(x0, 8)})", 1.2)
    w.play("Create(slope_line), Create(height_bar), FadeIn(slope_label), FadeIn(slope_value)", 1.2)
    w.wait(0.4)
    other = acc.a + 0.25 * (acc.b - acc.a) if x0 > acc.a + 0.5 * (acc.b - acc.a) else acc.a + 0.85 * (acc.b - acc.a)
    w.beat(ctx.L("At every x", "对每个 x"), ctx.L(
        "Slide $x$: wherever $f$ is high, $F$ climbs steeply; where $f = 0$, $F$ is flat; where $f < 0$, $F$ falls.",
        "移动 $x$：$f$ 越高，$F$ 上升越陡；$f = 0$ 处 $F$ 的切线水平；$f < 0$ 处 $F$ 下降。"))
    w.play(f"X.animate.set_value({fmt(other, 8)})", 1.8, "rate_func=smooth")
    w.play(f"X.animate.set_value({fmt(x0, 8)})", 1.4, "rate_func=smooth")
    if acc.closed:
        # above F's readout: below the readouts it reached the lower axes' x label
        w.code(f'closed = MathTex(r"{F}(x) = {acc.closed}", font_size=32, color=GREEN).next_to(F_label, UP, buff=0.3)'
               ".align_to(F_label, LEFT)",
               "if closed.get_right()[0] > 7.0:",
               "    closed.scale_to_fit_width(7.0 - closed.get_left()[0])",
               "closed.add_background_rectangle(opacity=0.8, buff=0.06)")
        w.beat(ctx.L("In closed form", "原函数"), ctx.L(
            f"Here ${F}(x) = {acc.closed}$, and differentiating it gives back $f(x)$.",
            f"这里 ${F}(x) = {acc.closed}$，对它求导又得到 $f(x)$。"))
        w.play("Write(closed)", 0.8)
    w.wait(0.6)


def _f(acc: Accumulation, xs):
    from ..symbolic import evaluate

    return evaluate(acc.code, "x", xs)


@check("accumulation")
def _check(facts):
    acc: Accumulation = facts["acc"]
    F, at = acc.name, bound_tex(acc.at)
    f0 = facts["f0"]
    trend_en = "increasing" if f0 > 0 else "decreasing" if f0 < 0 else "momentarily flat"
    trend_zh = "递增" if f0 > 0 else "递减" if f0 < 0 else "切线水平"
    return (f"Is ${F}$ increasing or decreasing at $x = {at}$? Answer without integrating.",
            f"不用积分，判断 ${F}$ 在 $x = {at}$ 处递增还是递减。",
            f"${F}'({at}) = f({at}) \\approx {fmt(f0, 4)}$, so ${F}$ is {trend_en} there (the fundamental theorem of calculus).",
            f"${F}'({at}) = f({at}) \\approx {fmt(f0, 4)}$，所以 ${F}$ 在该处{trend_zh}（微积分基本定理）。")
