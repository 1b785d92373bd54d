"""newton_method: Newton's method on the author's f: from x_0, follow the tangent down to the axis,
again and again; the table of x_n closes in on the root. A block about the secant method gets the secant
through the last two iterates instead of the tangent, from the author's x_0 and x_1."""

from __future__ import annotations

import re

import numpy as np

from ..choices import stated_start
from ..families import law_example
from ..extrema import close_to_shown
from ..latex import fmt, single_line
from ..storyboard import math_mob
from ..symbolic import function_of, number, to_numpy
from ..notes import check
from ..params import with_given_values
from ._last_resort import sides
from ._plots import axes_code, nice_range
from .common import Ctx, formula_corner, given_values, in_range, Fn

PRIORITY = 190
SECANT = r"secant\s+method|割线法|弦截法"
KEYWORDS = (r"newton'?s?\s+(method|iteration)", r"newton[-–]raphson", r"牛顿(迭代|法)", r"切线法", SECANT)
TITLE = ("Newton's Method", "牛顿迭代法")
WHAT = ("Newton's method replaces $f$ by its tangent at $x_n$ and takes the tangent's zero as the next guess: "
        "$x_{n+1} = x_n - f(x_n)/f'(x_n)$. Near a simple root the number of correct digits roughly doubles each step.",
        "牛顿法在 $x_n$ 处用切线代替 $f$，把切线与 x 轴的交点作为下一个近似：$x_{n+1} = x_n - f(x_n)/f'(x_n)$。在单根附近，每一步正确的位数大约翻倍。")


def _function(info) -> Fn | None:
    """The f whose root is sought: the author's ``f(x) = …``; else one stated in general with the author's
    values put in (``g(x) = x^2 - b``, then ``b = 7``); else an equation ``g(x) = h(x)`` taken as
    f = g - h (``\\cos x = x`` asks for the root of cos x - x, not of x); else a function of x."""
    named = [b for b in info.blocks if re.match(r"\s*f\s*\(\s*x\s*\)\s*=", b)]  # f(x) = … first
    found = function_of(named) or with_given_values(info) or _equation(info) or info.reading.function
    return Fn(found[1], found[2], found[0], True) if found else None


def _equation(info):
    """(expr, code, tex) of g - h for the first equation g(x) = h(x) whose left side is not a name
    being defined (``y = …``, ``g(x) = …``); its two sides are read as the equation slide reads them."""
    import sympy as sp

    x = sp.Symbol("x")
    for block in info.blocks:
        found = sides(single_line(block))
        if found is None or re.fullmatch(r"\s*[A-Za-z](?:\s*\(\s*x\s*\))?\s*", found[0]):
            continue
        g_text, _, g, h = found
        try:
            expr = sp.simplify(g - h)
        except Exception:  # sympy cannot handle it: not this equation
            continue
        if expr.free_symbols != {x}:
            continue
        code = to_numpy(expr, ("x",))
        if code:  # g(x) = 0 keeps the author's writing of g
            return expr, code, g_text.strip() if h == 0 else sp.latex(expr)
    return None


LAW = "|".join(KEYWORDS)
EXAMPLE = r"$f(x) = x^2 - 2$, $x_0 = 1$"  # sqrt(2): 1, 1.5, 1.41667, 1.41422 ...


def needs(info) -> bool:
    """The function whose root is sought, f(x) (or an equation in x); for the method stated in general,
    :data:`EXAMPLE`, said "for instance"."""
    return _function(law_example(info, LAW, EXAMPLE)[0]) is not None


def stated_iterates(info) -> list[tuple[int, str, float]]:
    """The iterates the block states, (n, the value as written, its value) for each ``x_n = …`` or
    ``x_n \\approx …`` with n >= 1 (every closed step of a chain ``x_1 = 3 - \\frac{2}{6} \\approx 2.6667``)."""
    out = []
    for block in info.blocks:
        for piece in re.split(r",|;|\\q?quad|\\text\{[^{}]*\}", single_line(block)):
            parts = re.split(r"=|\\approx(?![A-Za-z])", piece)
            m = re.fullmatch(r"\s*x_\s*\{?\s*(\d+)\s*\}?\s*", parts[0])
            if not m or int(m.group(1)) == 0:
                continue
            for part in parts[1:]:
                value = number(part)
                if value is not None:
                    out.append((int(m.group(1)), part.strip(), value))
    return out


def _derivative(fn: Fn, x: float) -> float:
    a, b = in_range(fn, x + 1e-6), in_range(fn, x - 1e-6)
    return (a - b) / 2e-6 if a is not None and b is not None else float("nan")


def _iterate(fn: Fn, x0: float, steps: int = 5) -> list[float]:
    xs = [x0]
    for _ in range(steps):
        fx, d = in_range(fn, xs[-1]), _derivative(fn, xs[-1])
        if fx is None or not np.isfinite(d) or abs(d) < 1e-9:
            break
        nxt = xs[-1] - fx / d
        if not np.isfinite(nxt) or abs(nxt) > 1e4:
            break
        xs.append(float(nxt))
    return xs


def _secant_iterate(fn: Fn, x0: float, x1: float, steps: int = 7) -> list[float]:
    """x_{k+1} = x_k - f(x_k)(x_k - x_{k-1})/(f(x_k) - f(x_{k-1})) from the two starts, until it settles or breaks."""
    xs = [x0, x1]
    for _ in range(steps):
        a, b = in_range(fn, xs[-2]), in_range(fn, xs[-1])
        if a is None or b is None or abs(b - a) < 1e-14 or abs(xs[-1] - xs[-2]) < 1e-12:
            break
        nxt = xs[-1] - b * (xs[-1] - xs[-2]) / (b - a)
        if not np.isfinite(nxt) or abs(nxt) > 1e4:
            break
        xs.append(float(nxt))
    return xs


def title_for(info) -> tuple[str, str] | None:
    return ("The Secant Method", "割线法") if re.search(SECANT, info.prose, re.I) else None


def _verdict(fn, xs: list[float]) -> tuple[str, str] | None:
    """None when the iterates settle on a root (the last two agree and f is ~0 there); else why not, (en, zh): a cycle
    (x_3 = x_1, x_2 = x_0: x^3 - 2x + 2 from 0 goes 0, 1, 0, 1), or iterates that stop short or wander."""
    last = xs[-1]
    value = in_range(fn, last)
    if len(xs) >= 2 and abs(xs[-1] - xs[-2]) < 1e-6 * max(1.0, abs(last)) and value is not None and abs(value) < 1e-6:
        return None
    if len(xs) >= 4 and abs(xs[-1] - xs[-3]) < 1e-9 * max(1.0, abs(last)) and abs(xs[-1] - xs[-2]) > 1e-6:
        a, b = fmt(xs[-2], 4), fmt(xs[-1], 4)
        return (f"The iterates do not converge: they cycle between ${a}$ and ${b}$ for ever, and neither is a root "
                f"($f({b}) = {fmt(value, 4)}$). Another start is needed.",
                f"迭代不收敛：在 ${a}$ 与 ${b}$ 之间无限循环，两者都不是根（$f({b}) = {fmt(value, 4)}$）。需要换一个初值。")
    return (f"The iterates have not settled on a root: after {len(xs) - 1} steps $x \\approx {fmt(last, 4)}$, where "
            f"$f = {fmt(value, 4) if value is not None else '?'}$.",
            f"迭代没有收敛到根：{len(xs) - 1} 步后 $x \\approx {fmt(last, 4)}$，此处 $f = {fmt(value, 4) if value is not None else '?'}$。")


def build(ctx: Ctx) -> None:
    w = ctx.w
    info, w.example = law_example(ctx.info, LAW, EXAMPLE)
    fn = _function(info)
    given = given_values(info, ("x_0", "x_{0}"))
    x0 = next(iter(given.values()), stated_start(info))  # x_0 = 2, or "with initial guess 2"
    own = x0 is not None
    secant = bool(re.search(SECANT, info.prose, re.I))
    x1 = next(iter(given_values(info, ("x_1", "x_{1}")).values()), None) if secant else None
    if x0 is None:  # start a little to the right of a root the grid finds (shown as our choice)
        grid = np.linspace(-4, 4, 801)
        vals = np.array([in_range(fn, g) if in_range(fn, g) is not None else np.nan for g in grid])
        sign = np.nonzero(np.diff(np.sign(vals)) != 0)[0]
        x0 = float(round(grid[sign[-1]] + 1.5)) if len(sign) else 2.0
    own_x1 = x1 is not None
    if secant and x1 is None:
        x1 = x0 + 1.0  # the second start, ours (said)
    xs = _secant_iterate(fn, x0, x1) if secant else _iterate(fn, x0)
    extra = max(max(xs) - min(xs), 0.25)  # zoom so that the first steps are visible
    lo_x, hi_x, step_x = nice_range(xs + [min(xs) - extra, max(xs) + extra], 0.05)
    samples = np.linspace(lo_x, hi_x, 200)
    ys = [in_range(fn, s) for s in samples]
    yr = nice_range([y for y in ys if y is not None], 0.08, include_zero=True)
    # an iterate the block states must be the one Newton's step gives from the author's start
    wrong = [(n, shown) for n, shown, value in stated_iterates(info) if own and n < len(xs)
             and not close_to_shown(xs[n], value, shown)]
    ctx.facts.update(fn=fn, xs=xs, wrong=wrong)
    root = xs[-1]

    starts = f"$x_0 = {fmt(x0, 3)}$" + ("" if own else w.chose("start"))
    if secant:
        starts += ctx.L(" and ", " 和 ") + f"$x_1 = {fmt(x1, 3)}$" + ("" if own_x1 else w.chose("second start"))
    w.beat(ctx.title, ctx.L(f"Find a root of $f(x) = {fn.tex}$ starting from {starts}.",
                            f"从 {starts} 出发，求 $f(x) = {fn.tex}$ 的根。"))
    w.title(ctx.title)
    formula_corner(ctx, (r"x_{n+1} = x_n - f(x_n)\,\frac{x_n - x_{n-1}}{f(x_n) - f(x_{n-1})}" if secant else
                         r"x_{n+1} = x_n - \frac{f(x_n)}{f'(x_n)}") + r",\quad f(x) = " + fn.tex)
    w.code(axes_code((lo_x, hi_x, step_x), yr, x_length=8.4, y_length=4.6) + ".to_edge(DOWN, buff=0.3).to_edge(LEFT, buff=0.5)",
           "",
           "def f(x):",
           f"    return {fn.code}",
           "",
           f"graph = axes.plot(f, x_range=[{fmt(lo_x, 4)}, {fmt(hi_x, 4)}, {fmt((hi_x - lo_x) / 200, 5)}], color=BLUE)",
           f"xs = [{', '.join(fmt(v, 6) for v in xs)}]",
           "",
           *(["def step(a, b, c):",
              "    # the secant through (a, f(a)) and (b, f(b)) runs on to the axis at (c, 0): one line through all three",
              "    ends = sorted([(a, f(a)), (b, f(b)), (c, 0)])",
              "    return VGroup(DashedLine(axes.c2p(a, 0), axes.c2p(a, f(a)), color=GREY_B),",
              "                  DashedLine(axes.c2p(b, 0), axes.c2p(b, f(b)), color=GREY_B),",
              "                  Line(axes.c2p(*ends[0]), axes.c2p(*ends[-1]), color=YELLOW, stroke_width=4),",
              "                  Dot(axes.c2p(c, 0), color=RED, radius=0.06))",
              "",
              "steps = [step(a, b, c) for a, b, c in zip(xs, xs[1:], xs[2:])]"] if secant else
             ["def step(a, b):",
              "    # from (a, 0) up to the curve, then along the tangent down to (b, 0)",
              "    return VGroup(DashedLine(axes.c2p(a, 0), axes.c2p(a, f(a)), color=GREY_B),",
              "                  Line(axes.c2p(a, f(a)), axes.c2p(b, 0), color=YELLOW, stroke_width=4),",
              "                  Dot(axes.c2p(b, 0), color=RED, radius=0.06))",
              "",
              "steps = [step(a, b) for a, b in zip(xs, xs[1:])]"]),
           "table = VGroup(*[MathTex(rf\"x_{{{i}}} = {v:.6f}\", font_size=28) for i, v in enumerate(xs)])",
           "table.arrange(DOWN, aligned_edge=LEFT, buff=0.16).to_edge(RIGHT, buff=0.5).shift(DOWN * 0.6)")
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    first = 2 if secant else 1  # the iterates the table starts with
    w.play("Create(axes), Create(graph), " + ", ".join(f"FadeIn(table[{i}])" for i in range(first)), 1.4)
    listed = ", ".join(f"$x_{i} \\approx {fmt(v, 4)}$" for i, v in enumerate(xs[:first + 3]))
    if secant:
        w.beat(ctx.L("Follow the secants", "沿割线前进"), ctx.L(
            "Each step draws the line through the curve's points over the last two iterates and takes its zero: " + listed + ".",
            "每一步过曲线上最近两个迭代点作割线，取它与 x 轴的交点：" + listed.replace(", ", "，") + "。"))
    else:
        w.beat(ctx.L("Follow the tangents", "沿切线前进"), ctx.L(
            "Each step goes up to the curve and slides down its tangent to the axis: " + listed + ".",
            "每一步先竖直到曲线，再沿切线滑到 x 轴：" + listed.replace(", ", "，") + "。"))
    w.loop("for i, s in enumerate(steps):", f"Create(s), FadeIn(table[i + {first}])", len(xs) - first, 1.2)
    verdict = _verdict(fn, xs)
    ctx.facts.update(converged=verdict is None)
    if verdict is None:
        w.beat(ctx.L("The root", "根"), ctx.L(f"The guesses agree to many digits: the root is $x \\approx {fmt(root, 6)}$.",
                                             f"近似值的前几位都不再变化：根约为 $x \\approx {fmt(root, 6)}$。"))
    else:
        w.beat(ctx.L("No root reached", "没有收敛到根"), ctx.L(verdict[0], verdict[1]))
    w.play("Indicate(table[-1], color=YELLOW)", 1)
    if wrong:
        said = ", ".join(f"$x_{{{n}}} \\approx {shown}$" for n, shown in wrong)
        truth = ", ".join(f"$x_{{{n}}} \\approx {fmt(xs[n], 4)}$" for n, _ in wrong)
        w.beat(ctx.L("The stated steps, checked", "题中迭代值的检验"),
               ctx.L(f"The block states {said}; that is false: " + ("the secant steps give" if secant else
                                                                         f"Newton's step from $x_0 = {fmt(x0, 3)}$ gives") + f" {truth}.",
                     f"题中写 {said}，这不成立：" + ("割线迭代给出" if secant else f"从 $x_0 = {fmt(x0, 3)}$ 出发的牛顿迭代给出") + f" {truth}。"))
        w.code("wrong = VGroup(" + ", ".join(math_mob(f"x_{{{n}}} \\neq {shown}", 28, "RED") for n, shown in wrong) + ")",
               "wrong.arrange(DOWN, aligned_edge=LEFT, buff=0.14).next_to(table, DOWN, buff=0.35, aligned_edge=LEFT)")
        w.play("FadeIn(wrong, shift=UP * 0.2), " + ", ".join(f"Indicate(table[{n}], color=RED)" for n, _ in wrong), 1.2)
    w.wait(1)


@check("newton_method")
def _check(f):
    fn, xs = f["fn"], f["xs"]
    return (f"Why does Newton's method for $f(x) = {fn.tex}$ fail if some $x_n$ lands where $f'(x_n) = 0$?",
            f"对 $f(x) = {fn.tex}$ 用牛顿法时，如果某个 $x_n$ 恰好满足 $f'(x_n) = 0$，为什么会失败？",
            f"The tangent there is horizontal and never meets the axis, so $x_{{n+1}}$ is undefined. Here the steps went {', '.join(fmt(v, 4) for v in xs[:4])}, …",
            f"那里的切线是水平的，与 x 轴不相交，$x_{{n+1}}$ 无定义。这里的迭代依次为 {', '.join(fmt(v, 4) for v in xs[:4])}，……")
