"""mean_value_theorem: the secant of the author's f over their [a, b], and the point c where the
tangent runs parallel to it, f'(c) = (f(b) - f(a)) / (b - a); Rolle's theorem when f(a) = f(b).

c is solved exactly where sympy can (a polynomial, a root), else numerically on a fine grid then
refined; a block whose f has no such c on (a, b) (a corner such as |x|, a gap) does not meet the
family: the theorem's hypotheses fail, and the scene must not pretend otherwise.
"""

from __future__ import annotations

import math
import re

import numpy as np

from ..families import law_example
from ..given import interval
from ..latex import fmt
from ..notes import check
from ..symbolic import evaluate, function_of
from .common import Ctx, Fn, formula_corner, graph_setup, nice_step, y_window

PRIORITY = 300  # before derivative (340): the prose names the theorem, the math has a derivative
KEYWORDS = (r"mean[- ]value\s+theorem", r"\brolle", r"中值定理", r"平均值定理", r"罗尔定理", r"拉格朗日中值")
TITLE = ("The Mean Value Theorem", "拉格朗日中值定理")
WHAT = ("If $f$ is continuous on $[a, b]$ and differentiable inside it, some $c$ between $a$ and $b$ has "
        "$f'(c) = \\frac{f(b) - f(a)}{b - a}$: somewhere the tangent is parallel to the secant. When "
        "$f(a) = f(b)$ this is Rolle's theorem, and the tangent at $c$ is horizontal.",
        "若 $f$ 在 $[a, b]$ 上连续、在 $(a, b)$ 内可导，则存在 $c \\in (a, b)$ 使 $f'(c) = \\frac{f(b) - f(a)}{b - a}$："
        "某处的切线与割线平行。当 $f(a) = f(b)$ 时就是罗尔定理，$c$ 处的切线是水平的。")


def title_for(info) -> tuple[str, str] | None:
    """Rolle's theorem when the block names it (the families contract's title hook)."""
    return ("Rolle's Theorem", "罗尔定理") if re.search(r"\brolle|罗尔", info.prose, re.I) else None


def _setting(info):
    """(Fn, a, b, slope, [c, ...]) for the author's f on [a, b], or None."""
    import sympy as sp

    found, span = info.reading.function, interval(info)
    if found is None or span is None:
        return None
    expr, code, tex = found
    a, b = span
    if isinstance(expr, sp.Piecewise):
        return None
    x = sp.Symbol("x")
    try:
        fa, fb = (float(expr.subs(x, sp.nsimplify(v))) for v in (a, b))
    except (TypeError, ValueError):
        return None
    xs = np.linspace(a, b, 2001)
    ys = evaluate(code, "x", xs)
    if ys is None or not np.all(np.isfinite(np.broadcast_to(ys, xs.shape))):
        return None  # a gap or a pole on [a, b]: not continuous there
    slope = (fb - fa) / (b - a)
    return Fn(code, tex, expr, True), a, b, slope, _points(expr, a, b, slope)


def _points(expr, a: float, b: float, slope: float) -> list[float]:
    """Every c in (a, b) with f'(c) = slope (at most three), ascending."""
    import sympy as sp

    x = sp.Symbol("x")
    d = sp.diff(expr, x)
    if d.has(sp.Abs, sp.sign, sp.Heaviside):
        return []  # a corner: f' is not defined everywhere inside
    found: set[float] = set()
    try:
        solved = sp.solveset(sp.Eq(d, sp.nsimplify(slope)), x, sp.Interval.open(sp.nsimplify(a), sp.nsimplify(b)))
        if isinstance(solved, sp.FiniteSet):
            found = {float(c) for c in solved if c.is_real}
    except Exception:  # sympy cannot solve it: search numerically below
        found = set()
    if not found:
        g = sp.lambdify(x, d - slope, "numpy")
        grid = np.linspace(a, b, 4001)[1:-1]
        with np.errstate(all="ignore"):
            values = np.asarray(g(grid), dtype=float) * np.ones_like(grid)
        for i in np.nonzero(np.sign(values[:-1]) * np.sign(values[1:]) <= 0)[0]:
            try:
                found.add(float(sp.nsolve(d - slope, x, float(grid[i]))))
            except Exception:  # no convergence from here: skip this bracket
                continue
    return sorted(c for c in found if a < c < b)[:3]


LAW = "|".join(KEYWORDS)
EXAMPLE = r"$f(x) = x^3 - 3x$ on $[0, 2]$"  # slope 1, c = 2/sqrt(3): one point, inside
ROLLE = r"$f(x) = x^2 - 4x + 3$ on $[1, 3]$"  # f(1) = f(3) = 0, c = 2


def _own_or_example(info):
    return law_example(info, LAW, ROLLE if re.search(r"\brolle|罗尔", info.prose, re.I) else EXAMPLE)


def needs(info) -> bool:
    """The theorem named, the author's f and [a, b], and a point c the theorem promises; for the theorem
    stated in general, :data:`EXAMPLE` (or :data:`ROLLE`), said "for instance"."""
    setting = _setting(_own_or_example(info)[0])
    return setting is not None and bool(setting[4])


def build(ctx: Ctx) -> None:
    w = ctx.w
    info, w.example = _own_or_example(ctx.info)
    fn, a, b, slope, cs = _setting(info)
    c = cs[0]
    rolle = abs(slope) < 1e-12
    span = b - a
    step = nice_step(1.4 * span)
    lo_x, hi_x = math.floor((a - 0.2 * span) / step) * step, math.ceil((b + 0.2 * span) / step) * step  # round ticks
    lo, hi = y_window(fn.code, lo_x, hi_x)
    ctx.facts.update(fn=fn, a=a, b=b, slope=slope, cs=cs, rolle=rolle)
    m = fmt(slope, 4)
    w.beat(ctx.title, ctx.L(f"$f(x) = {fn.tex}$ on $[{fmt(a)}, {fmt(b)}]$.", f"$f(x) = {fn.tex}$，区间 $[{fmt(a)}, {fmt(b)}]$。"))
    w.title(ctx.title)
    example = rf",\quad f(x) = {fn.tex},\ [{fmt(a)}, {fmt(b)}]" if w.example else ""  # the example on screen
    formula_corner(ctx, r"f'(c) = \frac{f(b) - f(a)}{b - a}" + example)
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    graph_setup(ctx, fn, lo_x, hi_x, lo, hi)
    w.code(
        f"a, b, c = {fmt(a, 6)}, {fmt(b, 6)}, {fmt(c, 6)}",
        "A, B = Dot(axes.c2p(a, f(a)), color=RED), Dot(axes.c2p(b, f(b)), color=RED)",
        "secant = Line(axes.c2p(a, f(a)), axes.c2p(b, f(b)), color=RED, stroke_width=4)",
        "",
        "def tangent_at(t):",
        "    # the tangent at t, drawn 2.4 units long on screen",
        "    k = (f(t + 1e-5) - f(t - 1e-5)) / 2e-5",
        "    return Line(axes.c2p(t - 1, f(t) - k), axes.c2p(t + 1, f(t) + k), color=YELLOW, stroke_width=4).set_length(2.4)",
        "",
        "t = ValueTracker(a + 0.02 * (b - a))",
        "tangent = always_redraw(lambda: tangent_at(t.get_value()))",
        "touch = always_redraw(lambda: Dot(axes.c2p(t.get_value(), f(t.get_value())), color=YELLOW))",
    )
    w.beat(ctx.L("The secant", "割线"), ctx.L(
        f"The secant from $(a, f(a))$ to $(b, f(b))$ has slope $\\frac{{f(b) - f(a)}}{{b - a}} = {m}$" +
        (": $f(a) = f(b)$, so it is horizontal (Rolle's theorem)." if rolle else "."),
        f"从 $(a, f(a))$ 到 $(b, f(b))$ 的割线斜率为 $\\frac{{f(b) - f(a)}}{{b - a}} = {m}$" +
        ("：$f(a) = f(b)$，割线是水平的（罗尔定理）。" if rolle else "。")))
    w.play("Create(axes), Write(axis_labels), Create(graph)", 1.8)
    w.play("FadeIn(A, B), Create(secant)", 1.2)
    at = ", ".join(f"c = {fmt(v, 4)}" for v in cs)
    w.beat(ctx.L("A parallel tangent", "平行的切线"), ctx.L(
        f"Slide a tangent along the curve: at ${at}$ its slope is ${m}$ too, so it runs parallel to the secant.",
        f"让切线沿曲线滑动：在 ${at}$ 处它的斜率也是 ${m}$，与割线平行。"))
    w.play("Create(tangent), FadeIn(touch)", 0.8)
    w.play("t.animate.set_value(c)", 3, "rate_func=smooth")
    w.code(
        "tangent.clear_updaters()",
        'c_label = MathTex("c", font_size=34, color=YELLOW).next_to(axes.c2p(c, 0), DOWN, buff=0.15)',
        "c_line = DashedLine(axes.c2p(c, 0), axes.c2p(c, f(c)), color=YELLOW)",
    )
    w.play("Create(c_line), Write(c_label), Indicate(tangent, color=YELLOW)", 1.2)
    w.beat(ctx.L("What the theorem says", "定理的结论"), ctx.L(
        f"$f'({fmt(c, 4)}) = {m}$: somewhere between $a$ and $b$ the instantaneous rate equals the average rate.",
        f"$f'({fmt(c, 4)}) = {m}$：在 $a$ 与 $b$ 之间某处，瞬时变化率等于平均变化率。"))
    w.play("Indicate(secant, color=RED), Indicate(tangent, color=YELLOW)", 1.2)
    w.wait(1)


@check("mean_value_theorem")
def _check(f):
    a, b, fn = fmt(f["a"]), fmt(f["b"]), f["fn"]
    return (f"Why can the theorem not promise such a point for $f(x) = |x|$ on $[-1, 1]$, when it does for $f(x) = {fn.tex}$ on $[{a}, {b}]$?",
            f"为什么对 $f(x) = |x|$（区间 $[-1, 1]$）定理不能保证这样的点，而对 $f(x) = {fn.tex}$（区间 $[{a}, {b}]$）可以？",
            "$|x|$ has a corner at 0, where it has no derivative: the hypothesis 'differentiable inside $(a, b)$' fails, and indeed its slopes are only $\\pm 1$, never the secant's $0$.",
            "$|x|$ 在 0 处有尖角、不可导，不满足“在 $(a, b)$ 内可导”的条件；它的斜率只有 $\\pm 1$，永远不等于割线的斜率 $0$。")
