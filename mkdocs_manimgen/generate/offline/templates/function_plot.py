"""function_plot: the author's f(x) drawn on labelled axes, then traced by a moving point."""

from __future__ import annotations

import re

from ..given import interval
from ..given import lower_bound
from ._last_resort import states_a_linear_system
from .common import Ctx, fmt, graph_setup, open_with_formula, resolve_function, x_window, y_window


def build(ctx: Ctx) -> None:
    w = ctx.w
    fn = resolve_function(ctx.info, "np.sin(x) + 0.5 * np.cos(2 * x)", r"\sin x + \tfrac{1}{2}\cos 2x",
                          "sin(x) + cos(2*x)/2")
    w.example = not fn.from_block
    import sympy as sp

    # "f(x) = |x| on [-\pi, \pi]": the block's domain, not ours (a case's condition, 0 <= x < 2, is no domain)
    stated = interval(ctx.info) if fn.from_block and not isinstance(fn.expr, sp.Piecewise) else None
    a, b = stated or _around(x_window(fn), _named_xs(ctx.info) if fn.from_block else [])
    start = lower_bound(ctx.info, "x") if fn.from_block and not stated and not isinstance(fn.expr, sp.Piecewise) else None
    if start is not None and a < start:
        a, b = start, max(b, start + 4)  # "x > 0": the block's half-line, not our window's left part
    lo, hi = y_window(fn.code, a, b)
    ctx.facts.update(fn=fn, window=(a, b, lo, hi))

    # the author's formula when it is the function drawn (a block's main formula may be another statement,
    # |AB| = 2p/sin^2(alpha) beside the chord's line); for a function by cases, all of them
    own = fn.from_block and not isinstance(fn.expr, sp.Piecewise) and _writes(ctx.formula, fn.expr)
    shown = ctx.formula if own else ("y = " if fn.from_block else "f(x) = ") + fn.tex

    w.beat(ctx.title, ctx.L(f"We want to see the shape of the function ${fn.tex}$.",
                            f"我们来看函数 ${fn.tex}$ 的图像长什么样。"))
    open_with_formula(ctx, shown)

    graph_setup(ctx, fn, a, b, lo, hi)
    w.beat(ctx.L("Axes", "坐标轴"), ctx.L(f"Axes from $x={fmt(a)}$ to $x={fmt(b)}$, " +
                                         ("the interval the block gives." if stated else "frame the region where the function is interesting."),
                                         f"坐标轴取 $x$ 从 ${fmt(a)}$ 到 ${fmt(b)}$，" + ("即题中给出的区间。" if stated else "正好框住函数有意思的部分。")))
    w.play("Create(axes), Write(axis_labels)", 1.5)
    w.beat(ctx.L("Draw the graph", "画出图像"), ctx.L("Each point (x, f(x)) is plotted; together they form the curve.",
                                                      "把每个点 (x, f(x)) 描出来，连成一条曲线。"))
    w.play("Create(graph)", 2.5)

    x0, x1 = max(ctx.facts["pieces"], key=lambda r: r[1] - r[0])
    pad = 0.05 * (x1 - x0)
    w.beat(ctx.L("Trace a point", "跟踪一个点"), ctx.L("A point slides along the curve; its height is the value f(x).",
                                                       "一个点沿曲线滑动，它的高度就是函数值 f(x)。"))
    w.code(
        f"x = ValueTracker({fmt(x0 + pad, 3)})",
        "dot = always_redraw(lambda: Dot(axes.c2p(x.get_value(), f(x.get_value())), color=YELLOW))",
        "drop = always_redraw(lambda: axes.get_vertical_line(axes.c2p(x.get_value(), f(x.get_value())), color=YELLOW))",
        f"readout = VGroup(MathTex(\"{'f(x)' if shown.startswith('f(x)') else 'y'} =\", font_size=34), "
        "DecimalNumber(0, num_decimal_places=2, font_size=34)).arrange(RIGHT)",
        "readout[1].set_value(f(x.get_value()))",
        "readout.next_to(axes, UP, buff=0.1).to_edge(RIGHT, buff=0.6)",
    )
    w.play("FadeIn(dot), Create(drop), FadeIn(readout)", 0.8)
    w.code("readout[1].add_updater(lambda m: m.set_value(f(x.get_value())))")
    w.play(f"x.animate.set_value({fmt(x1 - pad, 3)})", 3, "rate_func=smooth")
    w.wait(1)


def _writes(formula: str, expr) -> bool:
    """One side of ``formula`` is ``expr`` (compared at a few points of x, so forms sympy writes otherwise count)."""
    import numpy as np
    import sympy as sp

    from ..latex import split_top
    from ..symbolic import normalize, parse

    x = sp.Symbol("x")
    xs = (0.37, 1.3, 2.9)
    want = [complex(sp.N(expr.subs(x, v))) for v in xs]
    for side in split_top(formula, "="):
        got = parse(side)
        if not isinstance(got, sp.Expr) or got.free_symbols - {x}:
            continue
        try:
            values = [complex(sp.N(normalize(got).subs(x, v))) for v in xs]
        except (TypeError, ValueError):
            continue
        if all(np.isfinite(a) and abs(a - b) <= 1e-9 * max(1.0, abs(b)) for a, b in zip(values, want)):
            return True
    return False


# -- recognition (see families.py)
PRIORITY = 400
_PLOT_WORDS = (r"函数图像", r"图像", r"图象", r"graph", r"plot", r"curve", r"函数")


def evidence(info) -> int | None:
    tex = " ".join(info.blocks)
    if any(re.search(p, info.prose, re.I) for p in _PLOT_WORDS) or re.search(r"(^|[^a-zA-Z])([fgh]\(x\)|y)\s*=", tex):
        return 2
    return None


# "the line $y = x$", "直线 $y=x$": a line the block names as a boundary or a mirror, not a function it asks to see
_NAMED_LINE = re.compile(r"(?:\bline|直线)\s*\$\s*y\s*=", re.I)


def _named_xs(info) -> list[float]:
    """The points of x the block names: x = 4, x \\to 4^-, x \\neq 4, f(4) (where it asks what happens)."""
    flat = " ; ".join(info.blocks)
    num = r"(-?\d+(?:\.\d+)?)(?![\d.^]|\s*\\(?:times|cdot|ln|log|pi|sqrt))"  # not x = 10^{-4}, x = -2\ln 2
    # x = 4 as a formula of its own (3\sinh x = 5 is an equation, not x = 5)
    found = re.findall(rf"(?:^|[;,(]|\\q?quad|\\text\{{[^{{}}]*\}})\s*x\s*(?:=|\\to|\\neq?|\\rightarrow)\s*{num}"
                       rf"|(?<![A-Za-z\\])[fgy]\s*\(\s*{num}\s*\)", flat)
    return [float(a or b) for a, b in found]


def _around(window: tuple[float, float], points: list[float]) -> tuple[float, float]:
    """``window`` widened so that each named point has two units of the curve on either side (f = (16-x^2)/|4-x|
    asked about x -> 4 from both sides was drawn on [-4, 4], its jump at the edge)."""
    a, b = window
    inside = [c for c in points if abs(c) < 50]
    if not inside:
        return window
    return float(min(a, min(inside) - 2)), float(max(b, max(inside) + 2))


def needs(info) -> bool:
    """The author's function of x alone (two lines of a linear system are the equation slide's); not a line the
    block names as one ("the line y = x" in a lattice-path count) when it asks for no graph."""
    if _NAMED_LINE.search(info.concept) and not any(re.search(p, info.prose, re.I) for p in _PLOT_WORDS):
        return False
    return info.reading.function is not None and not states_a_linear_system(info) and not _defines_a_family(info)


def _defines_a_family(info) -> bool:
    """The block's function is a family with a free letter (f_k(x) = e^{kx}/x for k > 0): a curve it also writes
    (the locus y = e/x of the minima) is not the block's function, and no member is ours to pick."""
    import sympy as sp

    from ..latex import single_line
    from ..odes import _given
    from ..symbolic import parse

    for block in info.blocks:
        m = re.match(r"\s*[fgh](?:_\{?[A-Za-z0-9]+\}?)?\s*\(\s*x\s*\)\s*=(?!=)(.+)$", single_line(block))
        if not m:
            continue
        expr = parse(m.group(1))
        letters = sorted({str(s) for s in expr.free_symbols} - {"x", "e", "pi"}) if isinstance(expr, sp.Expr) else []
        return len(_given(info, letters)) < len(letters)  # the first function the block defines is the one
    return False
