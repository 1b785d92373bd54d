"""power_series: where the author's power series (or series of functions Σ g(x)^n) converges, and to what.

The ratio test gives the open interval |x - c| < R (or the set where |g(x)| < 1); each finite endpoint is a
numeric series of its own, tested by itself; the partial sums S_N(x) then close in on the sum function inside
the interval and run away outside it. A series in z gets its disc of convergence in the complex plane and the
partial sums at a point inside and a point outside, side by side. Every number is computed from the block's
series (:mod:`..series_readers`); a radius, interval or sum the block states wrongly is called false by the
claims step's coda, with what holds.
"""

from __future__ import annotations

import cmath
import math
import re

from ..notes import check
from ..series_readers import SeriesOfFunctions, read_series_of_functions
from ..symbolic import to_numpy
from .common import Ctx, Fn, fmt, formula_corner, graph_setup, nice_step, runs, show_approximation, y_window

PRIORITY = 40
TITLE = ("Where a Power Series Converges", "幂级数的收敛域")
WHAT = ("By the ratio test a power series $\\sum a_n (x - c)^n$ converges where $|x - c| < R$ and diverges where "
        "$|x - c| > R$; at the two endpoints $x = c \\pm R$ the test says nothing, and each endpoint series is tested "
        "by itself. Inside the interval the partial sums $S_N(x)$ close in on the sum function $S(x)$; outside they "
        "grow without bound.",
        "由比值判别法，幂级数 $\\sum a_n (x - c)^n$ 在 $|x - c| < R$ 内收敛，在 $|x - c| > R$ 时发散；在两个端点 "
        "$x = c \\pm R$ 处比值判别法失效，要把端点代入、逐个判断。在收敛区间内部分和 $S_N(x)$ 逼近和函数 $S(x)$，"
        "在区间外则无限增大。")
KEYWORDS = (r"power\s+series", r"幂级数", r"radius\s+of\s+convergence", r"interval\s+of\s+convergence", r"收敛半径", r"收敛域",
            r"收敛区间", r"函数项级数", r"series\s+of\s+functions",
            # the question with its letter in math, which the prose does not keep: "for which $x$ does ... converge"
            r"for\s+which\s+(?:(?:real\s+|complex\s+)?values\s+of\s+)?(?:\w+\s+)?(?:does|do|is)\b[^.?!]{0,40}converg",
            r"(?:何值|哪些值|什么范围)[^。？；]{0,16}收敛")
COUNTS = (1, 2, 4, 8, 16)  # the partial sums shown


def title_for(info) -> tuple[str, str] | None:
    s = read_series_of_functions(info)
    if s is not None and s.radius is None:
        return ("Where a Series of Functions Converges", "函数项级数的收敛域")
    return None


def evidence(info) -> int | None:
    return 0 if any(re.search(k, info.prose, re.I) for k in KEYWORDS) else None


def needs(info) -> SeriesOfFunctions | None:
    """The block's one series of functions, its region decided by the ratio test and its endpoints by sympy."""
    return read_series_of_functions(info)


def build(ctx: Ctx) -> None:
    import sympy as sp

    s = read_series_of_functions(ctx.info)
    ctx.facts["series"] = s
    w = ctx.w
    v = sp.latex(s.var)
    series_tex = s.tex
    w.beat(ctx.title, ctx.L(f"Where does ${series_tex}$ converge, and to what?", f"${series_tex}$ 在哪里收敛？和是多少？"))
    w.title(ctx.title)
    formula_corner(ctx, series_tex)
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    ratio_tex = s.latex(sp.Abs(s.ratio))
    if s.complex_plane:
        _disc(ctx, s, v, ratio_tex)
    else:
        _interval(ctx, s, v, ratio_tex)
    w.wait(1.5)


def _region_tex(s: SeriesOfFunctions, v: str) -> str:
    """The open region in the block's letter: ``|x - 2| < 3``, ``x > -\\frac{1}{2}``, ``R = \\infty``."""
    if s.radius is None:
        if math.isfinite(s.lo) and math.isfinite(s.hi):
            return f"{_tex(s.lo)} < {v} < {_tex(s.hi)}"
        return f"{v} > {_tex(s.lo)}" if math.isfinite(s.lo) else f"{v} < {_tex(s.hi)}" if math.isfinite(s.hi) else ""
    if math.isinf(s.radius):
        return "R = \\infty"
    about = v if s.centre == 0 else f"{v} - {fmt(s.centre)}" if s.centre > 0 else f"{v} + {fmt(-s.centre)}"
    return f"|{about}| < {_tex(s.radius)}"


def _interval(ctx: Ctx, s: SeriesOfFunctions, v: str, ratio_tex: str) -> None:
    import sympy as sp

    w = ctx.w
    a, b = _window(s)
    x = sp.Symbol("x")  # the scene's plotting variable, whatever the author's letter
    sums = []
    for count in COUNTS:
        code = to_numpy(s.partial_sum(count).subs(s.var, x), ("x",))
        if code is None:
            break
        sums.append((count, code))
    total_code = to_numpy(s.total.subs(s.var, x), ("x",)) if s.total is not None else None
    inner = (max(a, s.lo) + 0.04 * (min(b, s.hi) - max(a, s.lo)), min(b, s.hi) - 0.04 * (min(b, s.hi) - max(a, s.lo)))
    lo, hi = y_window(total_code or sums[-1][1], *inner)
    fn = Fn(total_code, s.latex(s.total), s.total, True) if total_code else Fn(sums[-1][1], "S_{16}", None, True)
    graph_setup(ctx, fn, a, b, lo, hi, y_length=4.0, labels=(v, "S"))
    where = _region_tex(s, v) or f"{ratio_tex} < 1"
    solved = "" if s.radius is not None else f"{ratio_tex} < 1 \\iff "
    if s.radius is not None and math.isinf(s.radius):
        says = ctx.L(f"The ratio $|t_{{n+1}}/t_n|$ tends to $0$ for every ${v}$: the series converges on the whole line.",
                     f"比值 $|t_{{n+1}}/t_n|$ 对每个 ${v}$ 都趋于 $0$：级数在整条数轴上收敛。")
    else:
        radius = ctx.L(f", so $R = {_tex(s.radius)}$", f"，所以 $R = {_tex(s.radius)}$") if s.radius is not None else ""
        says = ctx.L(f"The ratio test: $|t_{{n+1}}/t_n| \\to {ratio_tex}$, and the series converges where this is below $1$: ${solved}{where}${radius}.",
                     f"比值判别法：$|t_{{n+1}}/t_n| \\to {ratio_tex}$，小于 $1$ 时级数收敛：${solved}{where}${radius}。")
    w.beat(ctx.L("The ratio test", "比值判别法"), says)
    seg_lo, seg_hi = max(s.lo, a), min(s.hi, b)
    w.code(f"band = Line(axes.c2p({fmt(seg_lo, 4)}, 0), axes.c2p({fmt(seg_hi, 4)}, 0), color=GREEN, stroke_width=12)",
           f"where = MathTex(r\"{where}\", font_size=34, color=GREEN)",
           "where.to_corner(UR, buff=0.5).shift(DOWN * 1.1).add_background_rectangle(opacity=0.85, buff=0.08)")
    w.play("Create(axes), Write(axis_labels)", 1.4)
    w.play("Create(band), Write(where)", 1.4)
    if s.ends:
        parts_en, parts_zh, dots = [], [], []
        for end, converges in s.ends:
            at = s.at(end)
            parts_en.append(f"at ${v} = {_tex(end)}$ the series is ${at}$, which {'converges' if converges else 'diverges'}")
            parts_zh.append(f"${v} = {_tex(end)}$ 时级数为 ${at}$，{'收敛' if converges else '发散'}")
            fill = "1" if converges else "0"
            dots.append(f"Dot(axes.c2p({fmt(end, 4)}, 0), radius=0.11, color={'GREEN' if converges else 'RED'}, "
                        f"fill_opacity={fill}, stroke_width=4)")
        w.beat(ctx.L("The endpoints", "端点"), ctx.L(
            "There the ratio is exactly 1 and the test says nothing; each endpoint is tested by itself: " + "; ".join(parts_en)
            + f". The interval of convergence is ${s.interval_tex}$.",
            "端点处比值恰为 1，判别法失效，要逐个判断：" + "；".join(parts_zh) + f"。收敛域为 ${s.interval_tex}$。"))
        w.code(f"ends = VGroup({', '.join(dots)})",
               f"interval = MathTex(r\"{s.interval_tex}\", font_size=40, color=GREEN)",
               "interval.next_to(where, DOWN, buff=0.2).add_background_rectangle(opacity=0.85, buff=0.08)")
        w.play("GrowFromCenter(ends), Write(interval)", 1.4)
    total_words = ctx.L(f" the sum $S({v}) = {s.latex(s.total)}$", f"和函数 $S({v}) = {s.latex(s.total)}$") if s.total is not None else ctx.L(" the sum", "和")
    w.beat(ctx.L("Partial sums", "部分和"), ctx.L(
        f"The partial sums $S_N({v})$ for $N = {', '.join(str(c) for c, _ in sums)}$ close in on{total_words} inside the interval, "
        "and run away outside it.",
        f"部分和 $S_N({v})$（$N = {', '.join(str(c) for c, _ in sums)}$）在区间内逼近{total_words}，在区间外则越来越偏离。"))
    if s.total is not None:
        w.play("Create(graph)", 1.5)
    w.code("", "def partial(p, pieces):",
           "    return VGroup(*[axes.plot(p, x_range=[lo, hi, (hi - lo) / 200], color=YELLOW, stroke_width=4) for lo, hi in pieces])",
           "", "def count_label(n):",
           "    return MathTex(rf\"S_{{{n}}}\", font_size=36, color=YELLOW).next_to(axes, UP, buff=0.1).to_edge(LEFT, buff=0.8)")
    point = _stated_point(ctx.info, s)
    if point is not None and total_code is not None:
        value = float(s.total.subs(s.var, point))
        w.code(f"guide = DashedLine(axes.c2p({fmt(point, 4)}, 0), axes.c2p({fmt(point, 4)}, {fmt(value, 4)}), color=GREY_B)",
               f"target = Dot(axes.c2p({fmt(point, 4)}, {fmt(value, 4)}), color=BLUE, radius=0.09)",
               f"target_label = MathTex(r\"S({_tex(point)}) = {_tex(value)}\", font_size=32, color=BLUE)",
               "target_label.next_to(target, UR, buff=0.1).add_background_rectangle(opacity=0.85, buff=0.06)")
        w.play("Create(guide), FadeIn(target), Write(target_label)", 1.0)
    for i, (count, code) in enumerate(sums):
        pieces = runs(code, a, b, lo, hi) or [(a, b)]
        w.code(f"p{count} = lambda x: {code}")
        show_approximation(ctx, i, f"partial(p{count}, {[(round(p, 3), round(q, 3)) for p, q in pieces]})",
                           f"count_label({count})", morph=1.3, pause=0.4)


def _stated_point(info, s: SeriesOfFunctions) -> float | None:
    """A value of the variable the block fixes inside the open region (``x = 2``, where the sum is asked)."""
    import sympy as sp

    from ..symbolic import formulas

    for expr in formulas(info):
        if isinstance(expr, sp.Equality) and expr.lhs == s.var and expr.rhs.is_number:
            value = float(expr.rhs)
            if s.lo < value < s.hi and all(abs(value - e) > 1e-9 for e, _ in s.ends):
                return value
    return None


def _window(s: SeriesOfFunctions) -> tuple[float, float]:
    """The x-range: the interval with a margin on each side where the partial sums run away."""
    if math.isfinite(s.lo) and math.isfinite(s.hi):
        pad = 0.3 * (s.hi - s.lo)
        return s.lo - pad, s.hi + pad
    if math.isfinite(s.lo):
        return s.lo - 1.5, s.lo + 6.0
    if math.isfinite(s.hi):
        return s.hi - 6.0, s.hi + 1.5
    return s.centre - 4.0, s.centre + 4.0


def _disc(ctx: Ctx, s: SeriesOfFunctions, v: str, ratio_tex: str) -> None:
    """The disc |z - c| < R, and |S_N| at a point inside (settling) and a point outside (growing)."""
    w = ctx.w
    R = s.radius
    inside, outside = s.centre + 0.6 * R * cmath.exp(0.7j), s.centre + 1.25 * R * cmath.exp(2.4j)
    sums = {name: _partial_sums(s, z, 16) for name, z in (("inside", inside), ("outside", outside))}
    settled = abs(sums["inside"][-1])
    top = max(math.ceil(4.0 * settled) / 2, 1.0)  # twice the settled value, on a half-unit
    where = _region_tex(s, v)
    w.beat(ctx.L("The disc of convergence", "收敛圆"), ctx.L(
        f"The ratio test: $|t_{{n+1}}/t_n| \\to {ratio_tex}$, below $1$ exactly when ${where}$: the series converges in the disc "
        f"of radius $R = {_tex(R)}$ and diverges outside it.",
        f"比值判别法：$|t_{{n+1}}/t_n| \\to {ratio_tex}$，它小于 $1$ 当且仅当 ${where}$：级数在半径 $R = {_tex(R)}$ 的圆内收敛，圆外发散。"))
    scale = 1.7 / R
    step = nice_step(R)
    reach = step * math.ceil((1.6 * R + abs(s.centre)) / step)  # the disc, B and a margin; not the whole screen
    w.code(f"s = {fmt(scale, 4)}  # screen units per unit of the plane",
           f"plane = ComplexPlane(x_range=[{fmt(-reach)}, {fmt(reach)}, {fmt(step)}], y_range=[{fmt(-reach)}, {fmt(reach)}, {fmt(step)}],",
           "                     background_line_style={\"stroke_opacity\": 0.3})",
           "plane.scale(s).shift(LEFT * 3.4 + DOWN * 0.7)",
           f"C = plane.n2p(complex({fmt(s.centre, 4)}, 0))",
           f"disc = Circle(radius={fmt(R, 4)} * s, color=GREEN, fill_opacity=0.18, stroke_width=3).move_to(C)",
           f"where = MathTex(r\"{where}\", font_size=34, color=GREEN).next_to(disc, UP, buff=0.15)",
           "where.add_background_rectangle(opacity=0.85, buff=0.08)",
           f"A = Dot(plane.n2p(complex({fmt(inside.real, 4)}, {fmt(inside.imag, 4)})), color=TEAL, radius=0.09)",
           f"B = Dot(plane.n2p(complex({fmt(outside.real, 4)}, {fmt(outside.imag, 4)})), color=RED, radius=0.09)",
           "A_label = MathTex(r\"A\", font_size=30, color=TEAL).next_to(A, UR, buff=0.08)",
           "B_label = MathTex(r\"B\", font_size=30, color=RED).next_to(B, UL, buff=0.08)")
    w.play("FadeIn(plane), DrawBorderThenFill(disc), Write(where)", 1.6)
    w.beat(ctx.L("Partial sums at two points", "两点处的部分和"), ctx.L(
        f"At $A = {_ztex(inside)}$ inside the disc $|S_N|$ settles at ${fmt(settled, 3)}$; at $B = {_ztex(outside)}$ outside "
        "it the terms grow and $|S_N|$ runs away.",
        f"圆内的点 $A = {_ztex(inside)}$ 处 $|S_N|$ 稳定在 ${fmt(settled, 3)}$；圆外的点 $B = {_ztex(outside)}$ 处各项越来越大，$|S_N|$ 发散。"))
    shown = {k: [(n, abs(z)) for n, z in enumerate(vals, 1) if abs(z) <= top] for k, vals in sums.items()}
    w.code("chart = Axes(x_range=[0, 16, 4], y_range=[0, " + fmt(top, 3) + ", " + fmt(top / 4, 3) + "], x_length=5, y_length=3.6, tips=False,",
           "             axis_config={\"include_numbers\": True, \"font_size\": 22, \"color\": GREY_B}).to_edge(RIGHT, buff=0.5).shift(DOWN * 0.7)",
           "chart_labels = chart.get_axis_labels(MathTex(\"N\", font_size=28), MathTex(r\"|S_N|\", font_size=28))",
           f"inside_dots = VGroup(*[Dot(chart.c2p(n, y), color=TEAL, radius=0.06) for n, y in {[(n, round(y, 4)) for n, y in shown['inside']]}])",
           f"outside_dots = VGroup(*[Dot(chart.c2p(n, y), color=RED, radius=0.06) for n, y in {[(n, round(y, 4)) for n, y in shown['outside']]}])")
    w.play("FadeIn(A), FadeIn(B), Write(A_label), Write(B_label), Create(chart), Write(chart_labels)", 1.4)
    w.play("LaggedStart(*[FadeIn(d) for d in inside_dots], lag_ratio=0.15)", 2.0)
    w.play("LaggedStart(*[FadeIn(d) for d in outside_dots], lag_ratio=0.3)", 1.6)


def _partial_sums(s: SeriesOfFunctions, z: complex, count: int) -> list[complex]:
    out, total = [], 0j
    for k in range(s.start, s.start + count):
        total += complex(s.term.subs({s.n: k, s.var: z}))
        out.append(total)
    return out


def _tex(value: float) -> str:
    from ..series_readers import _num_tex

    return _num_tex(value)


def _ztex(z: complex) -> str:
    sign = "+" if z.imag >= 0 else "-"
    return f"{fmt(z.real, 2)} {sign} {fmt(abs(z.imag), 2)}i"


@check("power_series")
def _check(f):
    s: SeriesOfFunctions = f["series"]
    import sympy as sp

    v = sp.latex(s.var)
    if s.ends:
        end, converges = s.ends[-1]
        at = s.at(end)
        return (f"Why does the ratio test decide nothing at ${v} = {_tex(end)}$, and what does?",
                f"为什么比值判别法在 ${v} = {_tex(end)}$ 处失效？该怎样判断？",
                f"There the ratio tends to exactly $1$. Put ${v} = {_tex(end)}$ into the series: ${at}$ "
                f"{'converges' if converges else 'diverges'}, so the endpoint is {'in' if converges else 'not in'} the interval ${s.interval_tex}$.",
                f"该点处比值的极限恰为 $1$。把 ${v} = {_tex(end)}$ 代入级数：${at}$ {'收敛' if converges else '发散'}，"
                f"所以该端点{'属于' if converges else '不属于'}收敛域 ${s.interval_tex}$。")
    if s.radius is not None and math.isinf(s.radius):
        return (f"Why does the series converge for every ${v}$?", f"为什么级数对每个 ${v}$ 都收敛？",
                "The ratio of consecutive terms tends to 0 whatever the variable is, so the terms eventually shrink faster than any geometric series.",
                "无论自变量取何值，相邻两项之比都趋于 0，各项最终比任何几何级数衰减得都快。")
    return (f"Where exactly does the series converge, and why there?", "级数究竟在哪里收敛？为什么？",
            f"Where ${s.latex(sp.Abs(s.ratio))} < 1$ (the ratio test): ${_region_tex(s, v) or s.interval_tex}$.",
            f"在 ${s.latex(sp.Abs(s.ratio))} < 1$ 处（比值判别法）：${_region_tex(s, v) or s.interval_tex}$。")
