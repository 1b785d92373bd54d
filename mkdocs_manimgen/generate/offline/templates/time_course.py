"""time_course: the author's quantity as a function of time, drawn from t = 0, with the instant the
block asks about marked: the landing of a falling body (y = 0), the doubling time of a growth, the
half-life of a decay, or a time the author names; the value is solved with sympy, not read off."""

from __future__ import annotations

import re

import numpy as np

from ..dynamics import TIME_WORDS, TimeCurve, read_time_curve
from ..latex import fmt
from ..notes import check
from ..parts.timeseries import instant, response, threshold, time_axes, tracer
from ..symbolic import evaluate
from .common import Ctx, formula_corner

PRIORITY = 210  # after slope_field: a block that writes the ODE too is the slope field's
TITLE = ("A Quantity in Time", "随时间变化的量")
WHAT = ("A quantity given as a function of time is read from $t = 0$: its graph shows how it changes, and the question "
        "(when it lands, doubles or halves) is an instant where the graph meets a level.",
        "以时间为自变量的量从 $t = 0$ 开始读：图像显示它怎样变化，而问题（何时落地、翻倍、减半）就是图像到达某一水平线的时刻。")

_ASKED = {  # question -> (en, zh) of "the instant"
    "ground": ("it reaches the ground", "落地"),
    "doubling": ("it has doubled", "翻了一倍"),
    "half-life": ("half of it is left", "剩下一半"),
    "given": ("the time the block names", "题中给出的时刻"),
}


def evidence(info) -> int | None:
    """Time words (tier 0); or, weaker, a quantity the author writes as a function of time,
    ``x(t) = 3\\cos 2t`` (tier 2: an oscillation or a position with no time word)."""
    if any(re.search(p, info.prose, re.I) for p in TIME_WORDS):
        return 0 if read_time_curve(info) is not None else None
    if not re.search(r"[A-Za-z]\s*\(\s*t\s*\)\s*=", " ".join(info.blocks)):
        return None  # no x(t) = ... written: nothing to read (parsing is most of a design's time)
    curve = read_time_curve(info)
    return 2 if curve is not None and re.search(r"\(\s*t\s*\)\s*$", curve.lhs) else None


def needs(info) -> bool:
    """The author's function of t alone (every other letter given a value) with an answerable question."""
    return read_time_curve(info) is not None


def build(ctx: Ctx) -> None:
    w = ctx.w
    curve = read_time_curve(ctx.info)
    name = re.sub(r"\s*\(.*\)\s*$", "", curve.lhs).strip()
    ts = np.linspace(0, curve.horizon, 401)
    ys = evaluate(curve.code, "t", ts)
    rising = bool(ys[-1] > ys[0])
    digits = 0 if np.nanmax(np.abs(ys)) >= 100 else 2
    ctx.facts.update(curve=curve, name=name)

    w.beat(ctx.title, ctx.L(f"${curve.row}$ gives ${name}$ at every time $t$; we follow it from $t = 0$.",
                            f"${curve.row}$ 给出每个时刻 $t$ 的 ${name}$；我们从 $t = 0$ 开始看。"))
    w.title(ctx.title)
    formula_corner(ctx, curve.row)
    levels = [curve.level] if curve.level is not None else []
    # a body that has landed stays on the ground: its height is drawn up to the landing only
    drawn = curve.t_star if curve.question == "ground" else curve.horizon
    time_axes(w, curve.horizon, ys[ts <= drawn + 1e-9], y_tex=name, levels=levels)
    response(w, "course", curve.code, drawn, "BLUE")
    tracer(w, "course_f", "t", name, digits, corner="UL" if rising else "UR")
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    w.beat(ctx.L("The graph from t = 0", "从 t = 0 起的图像"), ctx.L(
        f"At $t = 0$, ${name} = {fmt(float(ys[0]), 4)}$; the curve shows ${name}$ up to $t = {fmt(drawn, 3)}$.",
        f"$t = 0$ 时 ${name} = {fmt(float(ys[0]), 4)}$；曲线画到 $t = {fmt(drawn, 3)}$。"))
    w.play("Create(axes), Write(labels)", 1.2)
    w.play("Create(course)", 2)
    end = curve.t_star if curve.t_star is not None else curve.horizon
    w.beat(ctx.L("Follow the clock", "跟着时间走"), ctx.L(
        f"A point rides the curve while the readouts show $t$ and ${name}$.",
        f"一个点沿曲线移动，读数显示 $t$ 与 ${name}$。"))
    w.play("FadeIn(rider), FadeIn(readings)", 0.6)
    w.play(f"clock.animate.set_value({fmt(end, 6)})", 3.5, "rate_func=linear")
    if curve.question is not None:
        _question(ctx, curve, name)
    w.wait(1.2)


def _question(ctx: Ctx, curve: TimeCurve, name: str) -> None:
    w = ctx.w
    en, zh = _ASKED[curve.question]
    t_star, level = curve.t_star, curve.level
    start = float(evaluate(curve.code, "t", np.array([0.0]))[0])
    how = {"ground": (f"${name} = 0$", f"${name} = 0$"),
           "doubling": (f"${name} = 2 \\times {fmt(start, 4)} = {fmt(level, 4)}$", f"${name} = 2 \\times {fmt(start, 4)} = {fmt(level, 4)}$"),
           "half-life": (f"${name} = \\frac{{1}}{{2}} \\times {fmt(start, 4)} = {fmt(level, 4)}$",
                         f"${name} = \\frac{{1}}{{2}} \\times {fmt(start, 4)} = {fmt(level, 4)}$"),
           "given": (f"$t = {fmt(t_star, 4)}$", f"$t = {fmt(t_star, 4)}$")}[curve.question]
    label = {"ground": "t", "doubling": "T_d", "half-life": "t_{1/2}", "given": "t"}[curve.question]
    exact = _exact(curve)
    t_tex = f"{label} = {exact} \\approx {fmt(t_star, 3)}" if exact else f"{label} \\approx {fmt(t_star, 3)}"
    if curve.question == "given":
        said = ctx.L(f"At $t = {fmt(t_star, 4)}$, ${name} = {fmt(level, 2)}$.", f"$t = {fmt(t_star, 4)}$ 时，${name} = {fmt(level, 2)}$。")
        t_tex = f"t = {fmt(t_star, 4)}"
    else:
        said = ctx.L(f"{en.capitalize()} when {how[0]}: solving gives ${t_tex}$.", f"{zh}时 {how[1]}：解得 ${t_tex}$。")
    ctx.facts.update(t_tex=t_tex)
    w.beat(ctx.L("The instant asked about", "所问的时刻"), said)
    if curve.question in ("doubling", "half-life"):
        threshold(w, level, f"{name} = {fmt(level, 4)}", curve.horizon)
        w.play("Create(threshold)", 1)
    instant(w, t_star, level, t_tex)
    w.play("Create(moment[0]), FadeIn(moment[1], scale=1.5), Write(moment[2])", 1.4)


def _exact(curve: TimeCurve) -> str | None:
    """The instant in closed form (``\\frac{\\ln 2}{0.05}``, ``\\sqrt{20/4.9}``) when sympy gives a short one."""
    import sympy as sp

    t = sp.Symbol("t")
    expr, level = sp.nsimplify(curve.expr, rational=True), sp.nsimplify(curve.level, rational=True)
    if any(max(abs(q.p), q.q) > 10**6 for q in (expr - level).atoms(sp.Rational)):
        # a decimal such as 0.000123 in an exponent becomes a huge fraction, and solving with it raises e to
        # enormous integer powers, in C, where the design's deadline cannot stop it: no closed form then
        return None
    try:
        roots = [r for r in sp.solve(sp.Eq(expr, level), t)
                 if r.is_real and abs(float(r) - curve.t_star) < 1e-6 * max(1.0, curve.t_star)]
    except Exception:
        return None
    if not roots:
        return None
    tex = sp.latex(sp.expand_log(sp.simplify(roots[0]), force=True), ln_notation=True)
    return tex if len(tex) <= 28 and not re.fullmatch(r"[\d.]+", tex) else None  # a long surd reads worse than a decimal


@check("time_course")
def _check(f):
    curve, name = f["curve"], f["name"]
    t1 = round(curve.horizon / 2, 2)
    value = float(evaluate(curve.code, "t", np.array([t1]))[0])
    return (f"From ${curve.row}$, what is ${name}$ at $t = {fmt(t1, 3)}$?", f"由 ${curve.row}$，$t = {fmt(t1, 3)}$ 时 ${name}$ 等于多少？",
            f"Put $t = {fmt(t1, 3)}$ in: ${name} \\approx {fmt(value, 4)}$, the height of the curve there.",
            f"代入 $t = {fmt(t1, 3)}$：${name} \\approx {fmt(value, 4)}$，即曲线在该处的高度。")
