"""inverse_derivative: the author's y = f(x) reflected across y = x into its inverse; at matching
points (a, f(a)) and (f(a), a) the tangents' slopes are reciprocal, f'(a) and 1/f'(a).

A recipe over :mod:`..parts.curve` (equal-unit axes, so the reflection is a mirror image) and
:mod:`..parts.tangents` (readouts). The inverse and dx/dy the author states are checked against f
first (:func:`..calculus.read_inverse`)."""

from __future__ import annotations


import sympy as sp

from ..shape import read_inverse
from ..latex import fmt
from ..parts.curve import SIDE_AREA, equal_view
from ..parts.tangents import follow_side, side_readout, text_or_tex
from ..symbolic import evaluate, to_numpy
from .common import Ctx, Fn, formula_corner, graph_setup

PRIORITY = 150
TITLE = ("The Derivative of an Inverse", "反函数的导数")
WHAT = ("The graph of $f^{-1}$ is the graph of $f$ reflected across $y = x$. Reflection swaps rise and run, so at matching points "
        "$(a, b)$ and $(b, a)$ the tangent slopes are reciprocal: $(f^{-1})'(b) = \\frac{1}{f'(a)}$, i.e. $\\frac{dx}{dy} = 1 \\big/ \\frac{dy}{dx}$.",
        "$f^{-1}$ 的图像是 $f$ 的图像关于 $y = x$ 的对称图形。对称交换了“升高”和“前进”，所以在对应点 $(a, b)$ 与 $(b, a)$ 处切线斜率互为倒数："
        "$(f^{-1})'(b) = \\frac{1}{f'(a)}$，即 $\\frac{dx}{dy} = 1 \\big/ \\frac{dy}{dx}$。")


def evidence(info) -> int | None:
    return 0 if info.reading.asks("the derivative of an inverse") else None


def needs(info) -> bool:
    """The author's f (one-to-one where drawn) with its inverse or dx/dy stated, each checked."""
    return read_inverse(info) is not None


_LO, _HI = -3.0, 4.0  # the square window (both axes): read_inverse checks f is one-to-one on it


def build(ctx: Ctx) -> None:
    w = ctx.w
    pair = read_inverse(ctx.info)
    c = pair.curve
    fn = Fn(c.code, c.tex, c.expr, True)
    view = equal_view(_LO, _HI, _LO, _HI, SIDE_AREA)
    x = sp.Symbol("x")
    df = to_numpy(sp.diff(c.expr, x), ("x",))
    start, end = _travel(c.code, df, pair.at, view)
    ctx.facts.update(fn=fn, x0=start)

    w.beat(ctx.title, ctx.L(f"The inverse of $y = {c.tex}$ undoes it; its graph is the mirror image across $y = x$.",
                            f"$y = {c.tex}$ 的反函数把它“倒回去”；其图像是关于 $y = x$ 的镜像。"))
    w.title(ctx.title)
    formula_corner(ctx, f"y = {c.tex},\\quad " + r",\quad ".join(pair.stated))
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    graph_setup(ctx, fn, view.a, view.b, view.lo, view.hi, y_length=view.y_length, x_length=view.x_length)
    w.code("VGroup(axes, axis_labels, graph).to_edge(LEFT, buff=0.6)",
           f"mirror = DashedLine(axes.c2p({fmt(view.a)}, {fmt(view.a)}), axes.c2p({fmt(view.b)}, {fmt(view.b)}), color=GREY_B)",
           f'mirror_label = MathTex("y = x", font_size=26, color=GREY_B).next_to(axes.c2p({fmt(view.b)}, {fmt(view.b)}), LEFT, buff=0.15)')
    w.beat(ctx.L("The graph and the mirror", "图像与对称轴"), ctx.L(f"The graph of $y = {c.tex}$ (blue) and the line $y = x$.",
                                                                    f"$y = {c.tex}$ 的图像（蓝色）与直线 $y = x$。"))
    w.play("Create(axes), Write(axis_labels), Create(graph), Create(mirror), FadeIn(mirror_label)", 2)
    w.code("inverse = graph.copy().set_color(ORANGE)")
    w.beat(ctx.L("Reflect across y = x", "关于 y = x 翻折"), ctx.L(
        "Swapping $x$ and $y$ reflects the graph across $y = x$: the orange curve is the graph of the inverse $f^{-1}$.",
        "交换 $x$ 与 $y$ 就是关于 $y = x$ 翻折：橙色曲线是反函数 $f^{-1}$ 的图像。"))
    w.play("Rotate(inverse, PI, axis=np.array([1.0, 1.0, 0.0]), about_point=axes.c2p(0, 0))", 2.5)
    w.code("g_label = MathTex(r\"f^{-1}\", font_size=30, color=ORANGE).next_to(inverse, RIGHT, buff=0.05)")
    w.play("FadeIn(g_label)", 0.5)

    w.code("def df(x):", f"    return {df}", "",
           f"a = ValueTracker({fmt(start, 4)})",
           "",
           "def tangent(px, py, m, color):",
           "    n = math.hypot(1, m)",
           f"    L = {fmt(0.14 * (view.b - view.a), 4)}",
           "    return Line(axes.c2p(px - L / n, py - L * m / n), axes.c2p(px + L / n, py + L * m / n), color=color, stroke_width=5)",
           "",
           "def pair():",
           "    p, q = a.get_value(), f(a.get_value())",
           "    m = df(p)",
           "    flat = abs(m) < 1e-3  # the inverse's tangent is vertical there",
           "    back = Line(axes.c2p(q - 0.01, p - 1), axes.c2p(q, p + 1), color=ORANGE) if flat else tangent(q, p, 1 / m, ORANGE)",
           "    return VGroup(DashedLine(axes.c2p(p, q), axes.c2p(q, p), color=GREY_B, stroke_width=2),",
           "                  tangent(p, q, m, BLUE_B), back,",
           "                  Dot(axes.c2p(p, q), color=BLUE_B, radius=0.07), Dot(axes.c2p(q, p), color=ORANGE, radius=0.07))",
           "",
           "pairs = always_redraw(pair)")
    side_readout(ctx, "slope_f", 'MathTex(r"f\'(a) =", font_size=32)', "df(a.get_value())")
    side_readout(ctx, "slope_g", 'MathTex(r"(f^{-1})\'(f(a)) =", font_size=32)',
                 "1 / df(a.get_value()) if abs(df(a.get_value())) > 1e-3 else float('nan')", below="slope_f")
    w.code("product = " + text_or_tex(ctx, "两者之积 = 1", r"\text{product} = 1").replace("font_size=28", "font_size=26"),
           "product.next_to(slope_g, DOWN, buff=0.35, aligned_edge=LEFT)")
    d_said = ctx.L("the slopes are reciprocal: $(f^{-1})'(f(a)) = \\frac{1}{f'(a)}$", "两条切线的斜率互为倒数：$(f^{-1})'(f(a)) = \\frac{1}{f'(a)}$")
    w.beat(ctx.L("Matching points", "对应点"), ctx.L(
        f"The point $(a, f(a))$ on $f$ and its mirror image $(f(a), a)$ on $f^{{-1}}$: reflection swaps rise and run, so {d_said}.",
        f"$f$ 上的点 $(a, f(a))$ 与它在 $f^{{-1}}$ 上的镜像 $(f(a), a)$：翻折交换了“升高”和“前进”，所以{d_said}。"))
    w.play("FadeIn(pairs), FadeIn(slope_f), FadeIn(slope_g), FadeIn(product)", 1.2)
    follow_side(ctx, "slope_f")
    follow_side(ctx, "slope_g")
    stated = next((s for s in pair.stated if "d" in s and "frac{dx}" in s), None)
    w.beat(ctx.L("Move the point", "移动对应点"), ctx.L(
        "Wherever $a$ is, the two slopes multiply to 1" + (f": ${stated}$." if stated else "."),
        "无论 $a$ 在哪里，两个斜率之积都等于 1" + (f"：${stated}$。" if stated else "。")))
    w.play(f"a.animate.set_value({fmt(end, 4)})", 3.5, "rate_func=smooth")
    w.play(f"a.animate.set_value({fmt(start, 4)})", 2.5, "rate_func=smooth")
    w.wait(1)


def _travel(code: str, df: str, at: float | None, view) -> tuple[float, float]:
    """Where the matching point starts (the author's x, else the middle of the stretch where both
    points are inside the window) and where it travels to."""
    import numpy as np

    xs = np.linspace(view.a, view.b, 281)
    ys, ds = evaluate(code, "x", xs), evaluate(df, "x", xs)
    ok = np.isfinite(ys) & np.isfinite(ds) & (ys > view.lo + 0.3) & (ys < view.hi - 0.3) & (xs > view.a + 0.3) & (xs < view.b - 0.3)
    ok &= np.abs(ds) > 0.08  # keep both tangents drawable (the inverse's is vertical where f' = 0)
    inside = xs[ok]
    if inside.size == 0:
        return (at or 0.0), (at or 0.0)
    lo, hi = float(inside.min()), float(inside.max())
    start = at if at is not None and lo <= at <= hi else round((lo + hi) / 2, 2)
    end = hi if hi - start > start - lo else lo
    return start, round(end, 2)
