"""integral: the approximation rule the author names, under the author's f, refines until it becomes the area.

Left, right and midpoint rectangles, trapezoids, or Simpson's parabolas (the rules and the
names L_n, R_n, M_n, T_n, S_n of J. Stewart, *Calculus*, section 7.7), starting from the
author's n when the block gives one and doubling.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..families import instance_of_law, no_formula
from ..given import assigned, interval
from ..integral_readers import from_to
from ..latex import single_line, split_top
from ..symbolic import atoms_in_formulas, evaluate, function_of, normalize, parse, to_numpy
from ..notes import check
from ..parts.integrals import curve_axes, riemann_pieces, running_total, shaded_area
from .common import Ctx, fmt, Fn, open_with_formula, resolve_function


SLICING = "a volume by slicing"  # verify.QUESTIONS: V = ∫ A(x) dx, drawn as the area under A's graph


def _volume_integral(info):
    """The integral the block sets its volume equal to (``V = \\int_a^b A(x)\\,dx = ...``), or None."""
    import sympy as sp

    for block in info.blocks:
        sides = split_top(single_line(block), "=")
        if len(sides) >= 2 and re.fullmatch(r"\s*V(?:_\{?\w+\}?)?\s*", sides[0]):
            expr = parse(sides[1])
            if isinstance(expr, sp.Integral):
                return expr
    return None


def title_for(info) -> tuple[str, str] | None:
    return ("Volume by Slicing", "截面法求体积") if info.reading.asks(SLICING) else None


def _from_block(ctx: Ctx):
    import sympy as sp

    slicing = ctx.info.reading.asks(SLICING)
    for integral in ([_volume_integral(ctx.info)] if slicing else atoms_in_formulas(ctx.info, sp.Integral)):
        if integral is None:
            return None  # a volume by slices whose V = ∫ we cannot read: no other integral of the block stands in
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


@dataclass(frozen=True)
class Rule:
    """One approximation rule: its letter (L_n...), what it is called, and how Manim draws it."""

    name: str  # left | right | midpoint | trapezoid | simpson
    letter: str
    en: str  # a beat title
    zh: str
    pieces_en: str  # what the pieces are, plural
    pieces_zh: str
    sample: str | None  # get_riemann_rectangles' input_sample_type; None: drawn as polygons


RULES = {
    "left": Rule("left", "L", "Riemann rectangles", "黎曼矩形", "left-endpoint rectangles", "左端点矩形", "left"),
    "right": Rule("right", "R", "Right-endpoint rectangles", "右端点矩形", "right-endpoint rectangles", "右端点矩形", "right"),
    "midpoint": Rule("midpoint", "M", "Midpoint rectangles", "中点矩形", "midpoint rectangles", "中点矩形", "center"),
    "trapezoid": Rule("trapezoid", "T", "The trapezoidal rule", "梯形法则", "trapezoids", "梯形", None),
    "simpson": Rule("simpson", "S", "Simpson's rule", "辛普森法则", "parabolic strips (Simpson's rule)", "抛物线小条（辛普森法则）", None),
}
# Prose that names a rule (checked in this order: "left Riemann sum" is left, "trapezoid" wins over "sum").
# 曲边梯形 ("curved trapezoid") is the region under a curve in Chinese texts, not the trapezoidal rule.
_RULE_WORDS = (("simpson", r"simpson|辛普森"), ("trapezoid", r"trapezo|trapezium|(?<!曲边)梯形"),
               ("midpoint", r"mid-?point|中点"), ("right", r"\bright(?:[- ]hand)?(?:[- ]endpoint)?\b|右端点|右矩形"),
               ("left", r"\bleft\b|左端点|左矩形"))


def rule_of(info) -> Rule:
    """The rule the block's prose names; left endpoints (Manim's default) when it names none."""
    for name, pattern in _RULE_WORDS:
        if re.search(pattern, info.prose, re.I):
            return RULES[name]
    return RULES["left"]


def authors_n(info) -> int | None:
    """The number of subintervals the author gives (``n = 6``), if it is a whole number 1..64."""
    given = assigned(info, ("n", "N"))
    n = given.get("n", given.get("N"))
    return int(n) if n is not None and float(n).is_integer() and 1 <= n <= 64 else None


def integral_tex(fn: Fn, a: float, b: float) -> str:
    """``\\int_a^b f(x)\\,dx``, the integrand in parentheses when it is a sum (``\\int (9 - x^2)\\,dx``)."""
    import sympy as sp

    body = rf"\left({fn.tex}\right)" if isinstance(fn.expr, sp.Add) else fn.tex
    return rf"\int_{{{fmt(a)}}}^{{{fmt(b)}}} {body}\,dx"


def piece_areas(code: str, a: float, b: float, n: int, rule: Rule) -> list[float]:
    """The (signed) area of each piece the rule draws, in order: n rectangles or trapezoids, n/2 Simpson
    strips; their sum is :func:`approximate`'s value."""
    h = (b - a) / n
    offset = {"left": 0.0, "right": 1.0, "midpoint": 0.5}.get(rule.name)
    if offset is not None:
        ys = evaluate(code, "x", a + h * (np.arange(n) + offset))
        return list(h * ys) if ys is not None else [float("nan")]
    ys = evaluate(code, "x", a + h * np.arange(n + 1))
    if ys is None:
        return [float("nan")]
    if rule.name == "trapezoid":
        return list(h / 2 * (ys[:-1] + ys[1:]))
    return list(h / 3 * (ys[0:-1:2] + 4 * ys[1::2] + ys[2::2]))


def approximate(code: str, a: float, b: float, n: int, rule: Rule) -> float:
    """The rule's value with n subintervals of [a, b] (Simpson: n even)."""
    terms = piece_areas(code, a, b, n, rule)
    return float(np.sum(terms)) if terms and np.all(np.isfinite(terms)) else float("nan")


def _bounded(code: str, xs: np.ndarray, ys: np.ndarray) -> bool:
    """Whether the integrand is finite on the grid, a removable gap (sin x / x at 0) read just beside it, as
    the scene's f reads it."""
    gaps = ~np.isfinite(ys)
    if gaps.any():
        beside = evaluate(code, "x", xs[gaps] + 1e-6)  # evaluate gives the grid's shape
        if beside is None:
            return False
        ys = ys.copy()
        ys[gaps] = beside
    return bool(np.all(np.isfinite(ys)) and np.max(np.abs(ys)) < 1e5)


def build(ctx: Ctx) -> None:
    w = ctx.w
    found = _from_block(ctx)
    if found is None:  # the author's f(x) over the interval they give it ([0, 2], 0 <= x <= 2), if any
        fn = resolve_function(ctx.info, "0.5 * x**2 + 1", r"\tfrac{1}{2}x^2 + 1", "x**2/2 + 1")
        a, b = interval(ctx.info) or from_to(ctx.info) or (None, None)  # "from 0 to 2" in words too
        found = (fn, a, b) if fn.from_block else None
    else:
        fn, a, b = found
    own_bounds = found is not None and a is not None and b is not None
    if a is None or b is None or not (np.isfinite(a) and np.isfinite(b)) or b <= a or b - a > 20:
        a, b, own_bounds = 0.0, 2.0, False
    w.example = not fn.from_block
    chosen = "" if own_bounds or w.example else w.chose("interval")
    xs = np.linspace(a, b, 2001)
    ys = evaluate(fn.code, "x", xs)
    if ys is None or not _bounded(fn.code, xs, ys):
        # 1/x over [0, 2]: an improper integral (its own family's), never an area drawn as a number
        raise ValueError(f"the integrand is unbounded on [{a:g}, {b:g}]")
    exact = float(np.trapezoid(ys, xs)) if ys is not None else float("nan")
    rule = rule_of(ctx.info)
    given_n = authors_n(ctx.info)
    first = given_n or (2 if rule.name == "simpson" else 4)
    # the author's n is the sum they ask about: stop there; without one, double from a small n
    ns = [given_n] if given_n else [first * 2**k for k in range(4 if first <= 8 else 3)]
    sums = [approximate(fn.code, a, b, n, rule) for n in ns]
    ctx.facts.update(fn=fn, a=a, b=b, area=exact, sums=dict(zip(ns, sums)), rule=rule)
    shown = ctx.formula or integral_tex(fn, a, b)

    signed = ys is not None and float(np.nanmin(ys)) < 0  # below the axis the area counts negative
    slicing = ctx.info.reading.asks(SLICING)
    ctx.facts.update(signed=signed)
    if slicing:
        w.beat(ctx.title, ctx.L(f"Slice the solid: the slice at $x$ has area $A(x) = {fn.tex}$, so the volume "
                                f"$V = \\int_{{{fmt(a)}}}^{{{fmt(b)}}} A(x)\\,dx$ is the area under the graph of $A$.",
                                f"把立体切成薄片：位置 $x$ 处截面面积为 $A(x) = {fn.tex}$，体积 "
                                f"$V = \\int_{{{fmt(a)}}}^{{{fmt(b)}}} A(x)\\,dx$ 就是 $A$ 的图像下方的面积。"))
    elif signed:
        w.beat(ctx.title, ctx.L(f"The integral of ${fn.tex}$ from ${fmt(a)}$ to ${fmt(b)}${chosen} is the signed area between its graph "
                                "and the x-axis: area above the axis counts positive, area below it negative.",
                                f"${fn.tex}$ 从 ${fmt(a)}$ 到 ${fmt(b)}${chosen} 的积分，是图像与 x 轴之间的有向面积："
                                "x 轴上方的面积为正，下方的为负。"))
    else:
        w.beat(ctx.title, ctx.L(f"The integral of ${fn.tex}$ from ${fmt(a)}$ to ${fmt(b)}${chosen} is the area under its graph.",
                                f"${fn.tex}$ 从 ${fmt(a)}$ 到 ${fmt(b)}${chosen} 的积分，就是图像下方的面积。"))
    open_with_formula(ctx, shown)

    curve_axes(ctx, fn, a, b)
    w.beat(ctx.L("The region", "所求区域"), ctx.L(f"The region lies between the curve and the x-axis, from $x={fmt(a)}$ to $x={fmt(b)}$.",
                                                  f"区域夹在曲线与 x 轴之间，从 $x={fmt(a)}$ 到 $x={fmt(b)}$。"))
    w.code("bounds = VGroup(axes.get_vertical_line(axes.c2p(a, f(a))), axes.get_vertical_line(axes.c2p(b, f(b))))")
    w.play("Create(axes), Write(axis_labels), Create(graph)", 2)
    w.play("Create(bounds)", 0.6)

    riemann_pieces(ctx, rule.name, rule.sample)
    if given_n:
        _authors_sum(ctx, fn, a, b, given_n, rule, sums[0])
        place = "next_to(note, DOWN, buff=0.15)"
    else:
        _doubling(ctx, rule, ns, sums)
        place = "move_to(note)"

    area_en, area_zh = ("signed area", "有向面积") if signed else ("area", "面积")
    if slicing:
        w.beat(ctx.L("The volume", "体积"), ctx.L(
            f"In the limit the {rule.pieces_en} fill the region exactly: each is a slice's volume $A(x)\\,\\Delta x$, "
            f"and the volume is about ${fmt(exact, 4)}$.",
            f"取极限时{rule.pieces_zh}恰好填满区域：每一块是一片薄片的体积 $A(x)\\,\\Delta x$，体积约为 ${fmt(exact, 4)}$。"))
    else:
        w.beat(ctx.L(f"The exact {area_en}", f"精确{area_zh}"), ctx.L(
            f"In the limit the {rule.pieces_en} fill the region exactly: the {area_en} is about ${fmt(exact, 4)}$.",
            f"取极限时{rule.pieces_zh}恰好填满区域，{area_zh}约为 ${fmt(exact, 4)}$。"))
    shaded_area(ctx)
    label = "V" if slicing else "\\text{Signed area}" if signed else "\\text{Area}"
    w.code(
        f"result = MathTex(r\"{label} \\approx {fmt(exact, 4)}\", font_size=38, color=YELLOW).{place}",
    )
    w.play("FadeOut(boxes), FadeIn(area), " + ("FadeIn(result)" if given_n else "Transform(note, result)"), 1.2)
    w.wait(1.2)


def _doubling(ctx: Ctx, rule: Rule, ns: list[int], sums: list[float]) -> None:
    """No n from the author: the rule's sums for n, 2n, 4n, … morph into each other (``boxes``, ``note``)."""
    w, L = ctx.w, rule.letter
    w.beat(ctx.L(rule.en, rule.zh), ctx.L(
        f"Approximate the area with {rule.pieces_en}: " + ", ".join(f"${L}_{{{n}}} = {fmt(s, 4)}$" for n, s in zip(ns, sums)) + ".",
        f"用{rule.pieces_zh}近似面积：" + "，".join(f"${L}_{{{n}}} = {fmt(s, 4)}$" for n, s in zip(ns, sums)) + "。"))
    w.code(
        "def label(n, s):",
        f"    return MathTex(rf\"{L}_{{{{{{n}}}}}} \\approx {{s}}\", font_size=34).next_to(axes, UP, buff=0.1).to_edge(RIGHT, buff=0.6)",
        "",
        f"boxes, note = rects({ns[0]}), label({ns[0]}, \"{fmt(sums[0], 4)}\")",
    )
    w.play("Create(boxes), Write(note)", 1.2)
    for n, s in zip(ns[1:], sums[1:]):
        w.play(f"Transform(boxes, rects({n})), Transform(note, label({n}, \"{fmt(s, 4)}\"))", 1.1)


def _authors_sum(ctx: Ctx, fn: Fn, a: float, b: float, n: int, rule: Rule, total: float) -> None:
    """The author's n: the n pieces appear one by one while a running total adds each one's area,
    ending at the rule's sum (``boxes``, ``note`` = the readout)."""
    w, L = ctx.w, rule.letter
    terms = piece_areas(fn.code, a, b, n, rule)
    running = list(np.cumsum(terms))
    w.beat(ctx.L(rule.en, rule.zh), ctx.L(
        f"With the author's $n = {n}$, add the {rule.pieces_en} one at a time: ${L}_{{{n}}} = {fmt(total, 4)}$.",
        f"取题中的 $n = {n}$，逐个累加{rule.pieces_zh}的面积：${L}_{{{n}}} = {fmt(total, 4)}$。"))
    running_total(ctx, "total", rf"{L}_{{{n}}} =", 0.0, digits=4)
    w.code(f"boxes = rects({n})", "running = [" + ", ".join(fmt(v, 8) for v in running) + "]", "note = total_readout")
    w.play("FadeIn(total_readout)", 0.6)
    w.loop("for box, value in zip(boxes, running):", "FadeIn(box), total.animate.set_value(value)", len(running),
           min(0.6, 4.0 / len(running)))
    w.wait(0.6)


# Why a rule over- or under-shoots (J. Stewart, *Calculus*, 7.7: the error bounds of M_n, T_n, S_n).
_WHY = {
    "left": ("left-endpoint rectangles fall short where $f$ rises and overshoot where it falls",
             "左端点矩形在函数上升处偏小、下降处偏大"),
    "right": ("right-endpoint rectangles overshoot where $f$ rises and fall short where it falls",
              "右端点矩形在函数上升处偏大、下降处偏小"),
    "midpoint": ("midpoint rectangles fall short where $f$ is concave up and overshoot where it is concave down",
                 "中点矩形在函数下凸（凹向上）处偏小、上凸处偏大"),
    "trapezoid": ("trapezoids overshoot where $f$ is concave up and fall short where it is concave down",
                  "梯形在函数下凸（凹向上）处偏大、上凸处偏小"),
    "simpson": ("Simpson's parabolas are exact for polynomials up to degree 3, and the error shrinks like $h^4$",
                "辛普森法则对三次以内的多项式是精确的，误差按 $h^4$ 缩小"),
}


@check("integral")
def _check(f):
    fn, a, b, sums, rule = f["fn"], f["a"], f["b"], f["sums"], f["rule"]
    n, s = next(iter(sums.items()))
    area = f["area"]
    value, exact = fmt(s, 4), fmt(area, 4)
    integral = integral_tex(fn, a, b)
    relation = ("equal to it" if abs(s - area) < 5e-5 else "too large" if s > area else "too small",
                "与它相等" if abs(s - area) < 5e-5 else "偏大" if s > area else "偏小")
    why_en, why_zh = _WHY[rule.name]
    return (
        f"${rule.letter}_{{{n}}} = {value}$. Is the exact value of ${integral}$ larger or smaller, and why?",
        f"${rule.letter}_{{{n}}} = {value}$。精确值 ${integral}$ 比它大还是小？为什么？",
        f"The exact area is about ${exact}$, so ${rule.letter}_{{{n}}}$ is {relation[0]}: {why_en}; doubling $n$ closes the gap.",
        f"精确面积约为 ${exact}$，所以 ${rule.letter}_{{{n}}}$ {relation[1]}：{why_zh}；$n$ 加倍，误差随之缩小。",
    )


# -- recognition (see families.py)
PRIORITY = 320
KEYWORDS = (r"积分(?!曲线)", r"曲线下.*面积", r"integral(?!\s+curves?)", r"area\s+under", r"riemann", r"黎曼和")
STRUCTURE = (r"\\int",)


_SUMS = (r"riemann|黎曼|trapezoid|trapezium|梯形|simpson|辛普森|midpoint\s+rule|中点公式|(?:left|right)[- ]endpoint|"
         r"limit\s+of\s+(?:the\s+)?(?:riemann\s+)?sums|定积分的定义")


# Two integral signs in a row, or two differentials at the end: an iterated (double or triple) integral.
_ITERATED = re.compile(r"\\int(?:_\{[^{}]*\}|_\S)?(?:\^\{[^{}]*\}|\^\S)?(?:\s|\\[!,;:])*\\int|"
                       r"(?:\\mathrm\{d\}|(?<![A-Za-z\\])d)\s*\\?[A-Za-z]+\s*(?:\\[,;! ]\s*)*(?:\\mathrm\{d\}|(?<![A-Za-z\\])d)\s*\\?[A-Za-z]+\s*$")


def needs(info) -> bool:
    """An integral with a plottable integrand, the author's f(x), or no formula; and for Simpson's
    rule an even n (it pairs the subintervals: an odd n is the author's slip, not ours to change)."""
    if rule_of(info).name == "simpson" and (authors_n(info) or 2) % 2:
        return False
    if any(_ITERATED.search(b) for b in info.blocks):
        return False  # \int_0^{2\pi}\!\int_0^{2\pi}(2 + \cos\varphi)\,d\varphi\,d\theta: a double integral (a torus' area), no area under one curve
    found = _from_block(Ctx(info, "integral", None, ""))
    if info.reading.asks(SLICING):
        return found is not None
    if instance_of_law(info, _SUMS):  # a Riemann sum or a rule stated in general: its example, said so
        return True
    if (found is None or found[1] is None) and "\\int" in " ".join(info.blocks) and info.reading.interval is None:
        return False  # an indefinite integral (exp(∫p dx)) with no interval anywhere: an area would need bounds we invent
    return no_formula(info) or found is not None or info.reading.function is not None
