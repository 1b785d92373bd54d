"""integral: Riemann rectangles under the author's f refine until they become the area."""

from __future__ import annotations

import numpy as np

from ..families import no_formula
from ..symbolic import atoms_in_formulas, evaluate, function_of, normalize, to_numpy
from ..notes import check
from .common import Ctx, fmt, Fn, graph_setup, open_with_formula, resolve_function, y_window


def _from_block(ctx: Ctx):
    import sympy as sp

    for integral in atoms_in_formulas(ctx.info, sp.Integral):
        body = normalize(integral.args[0])
        limits = integral.args[1]
        var = limits[0]
        body = body.subs(var, sp.Symbol("x"))
        code = to_numpy(body, ("x",))
        if code is None:
            continue
        a = b = None
        if len(limits) == 3:
            try:
                a, b = float(normalize(limits[1])), float(normalize(limits[2]))
            except Exception:
                a = b = None
        return Fn(code, sp.latex(body), body, True), a, b
    return None


def riemann(code: str, a: float, b: float, n: int) -> float:
    xs = a + (b - a) * np.arange(n) / n  # left endpoints, as Manim draws them
    ys = evaluate(code, "x", xs)
    return float(np.sum(ys) * (b - a) / n) if ys is not None else float("nan")


def build(ctx: Ctx) -> None:
    w = ctx.w
    found = _from_block(ctx)
    if found is None:
        fn = resolve_function(ctx.info, "0.5 * x**2 + 1", r"\tfrac{1}{2}x^2 + 1", "x**2/2 + 1")
        a, b = 0.0, 2.0
    else:
        fn, a, b = found
    own_bounds = found is not None and a is not None and b is not None
    if a is None or b is None or not (np.isfinite(a) and np.isfinite(b)) or b <= a or b - a > 20:
        a, b, own_bounds = 0.0, 2.0, False
    w.example = not fn.from_block
    chosen = "" if own_bounds or w.example else ctx.L(" (an interval we chose)", "（我们选取的区间）")
    span = b - a
    x_lo, x_hi = a - 0.25 * span, b + 0.25 * span
    if a >= 0 and x_lo < 0:
        x_lo = 0.0 if a - 0 < 0.5 * span else x_lo
    lo, hi = y_window(fn.code, x_lo, x_hi)
    xs = np.linspace(a, b, 2001)
    ys = evaluate(fn.code, "x", xs)
    exact = float(np.trapezoid(ys, xs)) if ys is not None else float("nan")
    ns = [4, 8, 16, 32]
    sums = [riemann(fn.code, a, b, n) for n in ns]
    ctx.facts.update(fn=fn, a=a, b=b, area=exact, sums=dict(zip(ns, sums)))
    shown = ctx.formula or rf"\int_{{{fmt(a)}}}^{{{fmt(b)}}} {fn.tex}\,dx"

    w.beat(ctx.title, ctx.L(f"The integral of ${fn.tex}$ from ${fmt(a)}$ to ${fmt(b)}${chosen} is the area under its graph.",
                            f"${fn.tex}$ 从 ${fmt(a)}$ 到 ${fmt(b)}${chosen} 的积分，就是图像下方的面积。"))
    open_with_formula(ctx, shown)

    graph_setup(ctx, fn, x_lo, x_hi, lo, hi)
    w.beat(ctx.L("The region", "所求区域"), ctx.L(f"The region lies between the curve and the x-axis, from $x={fmt(a)}$ to $x={fmt(b)}$.",
                                                  f"区域夹在曲线与 x 轴之间，从 $x={fmt(a)}$ 到 $x={fmt(b)}$。"))
    w.code(
        f"a, b = {fmt(a, 3)}, {fmt(b, 3)}",
        "piece = axes.plot(f, x_range=[a, b], color=BLUE)",
        "bounds = VGroup(axes.get_vertical_line(axes.c2p(a, f(a))), axes.get_vertical_line(axes.c2p(b, f(b))))",
    )
    w.play("Create(axes), Write(axis_labels), Create(graph)", 2)
    w.play("Create(bounds)", 0.6)

    w.beat(ctx.L("Riemann rectangles", "黎曼矩形"), ctx.L(
        "Approximate the area with rectangles: " + ", ".join(f"$n={n}$ gives ${fmt(s, 3)}$" for n, s in zip(ns, sums)) + ".",
        "用矩形近似面积：" + "，".join(f"$n={n}$ 时约为 ${fmt(s, 3)}$" for n, s in zip(ns, sums)) + "。"))
    w.code(
        "def rects(n):",
        "    return axes.get_riemann_rectangles(piece, x_range=[a, b], dx=(b - a) / n, color=(TEAL, BLUE),",
        "                                       fill_opacity=0.7, stroke_width=1)",
        "",
        "def label(n, s):",
        "    return MathTex(rf\"n = {n}:\\ \\textstyle\\sum \\approx {s}\", font_size=34).next_to(axes, UP, buff=0.1).to_edge(RIGHT, buff=0.6)",
        "",
        f"boxes, note = rects({ns[0]}), label({ns[0]}, \"{fmt(sums[0], 3)}\")",
    )
    w.play("Create(boxes), Write(note)", 1.2)
    for n, s in zip(ns[1:], sums[1:]):
        w.play(f"Transform(boxes, rects({n})), Transform(note, label({n}, \"{fmt(s, 3)}\"))", 1.1)

    w.beat(ctx.L("The exact area", "精确面积"), ctx.L(f"In the limit the rectangles fill the region exactly: the area is about ${fmt(exact, 3)}$.",
                                                      f"取极限时矩形恰好填满区域，面积约为 ${fmt(exact, 3)}$。"))
    w.code(
        "area = axes.get_area(piece, x_range=[a, b], color=(TEAL, BLUE), opacity=0.7)",
        f"result = MathTex(r\"\\text{{Area}} \\approx {fmt(exact, 3)}\", font_size=38, color=YELLOW).move_to(note)",
    )
    w.play("FadeOut(boxes), FadeIn(area), Transform(note, result)", 1.2)
    w.wait(1.2)


@check("integral")
def _check(f):
    fn, a, b, sums = f["fn"], f["a"], f["b"], f["sums"]
    s4 = fmt(sums.get(4, 0), 3)
    area = fmt(f["area"], 3)
    return (
        f"With 4 rectangles the sum is ${s4}$. Is the exact value of $\\int_{{{fmt(a)}}}^{{{fmt(b)}}} {fn.tex}\\,dx$ larger or smaller, and why?",
        f"用 4 个矩形得到 ${s4}$。精确值 $\\int_{{{fmt(a)}}}^{{{fmt(b)}}} {fn.tex}\\,dx$ 比它大还是小？为什么？",
        f"The exact area is about ${area}$. Left-endpoint rectangles under- or over-shoot depending on whether $f$ rises or falls; refining $n$ closes the gap.",
        f"精确面积约为 ${area}$。左端点矩形在函数上升时偏小、下降时偏大；$n$ 越大误差越小。",
    )


# -- recognition (see families.py)
PRIORITY = 320
KEYWORDS = (r"积分(?!曲线)", r"曲线下.*面积", r"integral(?!\s+curves?)", r"area\s+under", r"riemann", r"黎曼和")
STRUCTURE = (r"\\int",)


def needs(info) -> bool:
    """An integral with a plottable integrand, the author's f(x), or no formula."""
    return (no_formula(info) or _from_block(Ctx(info, "integral", None, "")) is not None
            or function_of(info.blocks) is not None)
