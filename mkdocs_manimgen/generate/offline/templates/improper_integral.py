"""improper_integral: ∫_a^∞ f(x) dx as the limit of ∫_a^R f(x) dx: the area over [a, R] grows with R and its
value settles at the integral's value, or keeps growing when the integral diverges (sympy decides, and
the author's own claim must agree; Stewart, *Calculus*, 7.8)."""

from __future__ import annotations

import numpy as np

from ..integral_readers import Improper, asks, definite, read_improper
from ..notes import check
from ..parts.integrals import curve_axes, running_total
from .common import Ctx, Fn, fmt, open_with_formula, sample

PRIORITY = 300
TITLE = ("An Improper Integral", "反常积分")
WHAT = ("An integral over $[a, \\infty)$ is the limit $\\int_a^\\infty f(x)\\,dx = \\lim_{R\\to\\infty}\\int_a^R f(x)\\,dx$: "
        "it converges when the areas over $[a, R]$ settle at a finite value, and diverges otherwise.",
        "无穷区间上的积分是极限 $\\int_a^\\infty f(x)\\,dx = \\lim_{R\\to\\infty}\\int_a^R f(x)\\,dx$："
        "当 $[a, R]$ 上的面积趋于有限值时收敛，否则发散。")
STEPS = (1, 2, 4, 8, 16)  # R = a + step


def evidence(info) -> int | None:
    return asks(info, "an improper integral")


def needs(info) -> Improper | None:
    """∫_a^∞ f dx with f finite and of one sign on [a, ∞), sympy's verdict agreeing with the author's."""
    return read_improper(info)


def build(ctx: Ctx) -> None:
    w = ctx.w
    imp = read_improper(ctx.info)
    fn = Fn(imp.code, imp.tex, imp.expr, True)
    a = imp.a
    unit = _reach(imp)
    rs = [a + s * unit for s in STEPS]
    values = [definite(imp.code, *imp.window(r)) for r in rs]
    ctx.facts.update(imp=imp, values=dict(zip(rs, values)))
    integral = imp.tex_integral
    piece = "[-R, R]" if imp.both else f"[{fmt(a)}, R]"
    w.beat(ctx.title, ctx.L(f"${integral}$ is the limit of the areas over ${piece}$ as $R \\to \\infty$.",
                            f"${integral}$ 是 ${piece}$ 上的面积在 $R \\to \\infty$ 时的极限。"))
    open_with_formula(ctx, ctx.formula or integral)
    curve_axes(ctx, fn, -rs[-1] if imp.both else a, rs[-1], pad=0.04, extra=[0.0])
    running_total(ctx, "total", rf"\int_{{{'-R' if imp.both else fmt(a)}}}^{{R}} f\,dx =", 0.0, digits=4)
    left = "-R.get_value()" if imp.both else "a"
    w.code(f"R = ValueTracker({fmt(a, 6)})",
           "grid = np.linspace(a, b, 4001)",
           "vals = f(grid)",
           "cum = np.concatenate([[0], np.cumsum((vals[1:] + vals[:-1]) / 2 * np.diff(grid))])",
           "total.add_updater(lambda m: m.set_value(float(np.interp(R.get_value(), grid, cum) - np.interp("
           + left + ", grid, cum))))",
           f"region = always_redraw(lambda: axes.get_area(piece, x_range=[{left}, max(R.get_value(), {left} + 1e-3)], color=(TEAL, BLUE), opacity=0.7))",
           "edge = always_redraw(lambda: DashedLine(axes.c2p(R.get_value(), 0), axes.c2p(R.get_value(), f(R.get_value())), color=YELLOW))",
           "self.add(total)")
    w.play("Create(axes), Write(axis_labels), Create(graph)", 1.8)
    w.beat(ctx.L(f"Areas over {piece}", f"{piece} 上的面积"), ctx.L(
        "As $R$ grows: " + ", ".join(f"$R = {fmt(r)}$: ${fmt(v, 4)}$" for r, v in zip(rs, values)) + ".",
        "$R$ 增大时：" + "，".join(f"$R = {fmt(r)}$：${fmt(v, 4)}$" for r, v in zip(rs, values)) + "。"))
    if imp.both:
        w.code("edge_left = always_redraw(lambda: DashedLine(axes.c2p(-R.get_value(), 0), axes.c2p(-R.get_value(), f(-R.get_value())), color=YELLOW))")
        w.play("FadeIn(region), Create(edge), Create(edge_left), FadeIn(total_readout)", 0.8)
    else:
        w.play("FadeIn(region), Create(edge), FadeIn(total_readout)", 0.8)
    for r in rs:
        w.play(f"R.animate.set_value({fmt(r, 6)})", 1.3)
    if imp.value is not None:
        value = imp.value_tex if imp.value_tex == fmt(imp.value, 4) else f"{imp.value_tex} \\approx {fmt(imp.value, 4)}"
        w.beat(ctx.L("It converges", "收敛"), ctx.L(f"The areas settle: ${integral} = {value}$.",
                                                    f"面积趋于稳定：${integral} = {value}$。"))
        result = rf"{integral} = {imp.value_tex}"
    else:
        w.beat(ctx.L("It diverges", "发散"), ctx.L(
            "The areas keep growing without bound as $R \\to \\infty$: the integral diverges.",
            "$R \\to \\infty$ 时面积无限增大：积分发散。"))
        result = rf"{integral} = \infty"
    w.code(f"result = MathTex(r\"{result}\", font_size=36, color=YELLOW)",
           "result.next_to(total_readout, DOWN, buff=0.15).add_background_rectangle(opacity=0.85, buff=0.08)")
    w.play("Write(result)", 1.2)
    w.wait(1.5)


def _reach(imp: Improper) -> float:
    """The unit of R's steps: 1, or for ∫_{-∞}^{∞} of a fast-falling f (e^{-x²}) a quarter of where |f| drops
    below 1 % of its peak, so the hump is not a sliver in a window 32 wide."""
    if not imp.both:
        return 1.0
    xs, ys = sample(imp.code, 0, 16, 1601)
    ys = np.abs(ys)
    peak = np.nanmax(ys)
    low = xs[ys < 0.01 * peak]
    return float(min(1.0, max(0.25, low[0] / 4))) if low.size and peak > 0 else 1.0


@check("improper_integral")
def _check(f):
    imp: Improper = f["imp"]
    integral = imp.tex_integral
    last_r, last_v = list(f["values"].items())[-1]
    lo, hi = imp.window(last_r)
    beyond = f"$|x| > {fmt(last_r)}$" if imp.both else f"$x = {fmt(last_r)}$"
    if imp.value is not None:
        return (f"Over $[{fmt(lo)}, {fmt(hi)}]$ the area is ${fmt(last_v, 4)}$. How much is left beyond {beyond}?",
                f"$[{fmt(lo)}, {fmt(hi)}]$ 上的面积为 ${fmt(last_v, 4)}$。{beyond} 之外还剩多少面积？",
                f"${integral} = {imp.value_tex} \\approx {fmt(imp.value, 4)}$, so the tail beyond {beyond} has area about ${fmt(imp.value - last_v, 4)}$.",
                f"${integral} = {imp.value_tex} \\approx {fmt(imp.value, 4)}$，所以 {beyond} 之外的面积约为 ${fmt(imp.value - last_v, 4)}$。")
    return (f"The graph of ${imp.tex}$ tends to $0$; why can ${integral}$ still diverge?",
            f"${imp.tex}$ 的图像趋于 $0$，为什么 ${integral}$ 仍可能发散？",
            "A function tending to 0 is not enough: it must shrink fast enough that the areas over $[a, R]$ have a limit; here they keep growing.",
            "函数趋于 0 还不够：它必须衰减得足够快，使 $[a, R]$ 上的面积有极限；这里面积一直增大。")
