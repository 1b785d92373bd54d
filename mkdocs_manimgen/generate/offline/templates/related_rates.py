"""related_rates: the author's relation among quantities that change in time (a ladder's
x^2 + y^2 = 13^2, a balloon's V = 4/3 π r^3, two cars' s^2 = x^2 + y^2), differentiated implicitly in t.

The mechanism is the relation's own graph: for two quantities, the curve of the relation in their
plane, with the state point moving along it as the known rate drives it, its velocity split into the
two rates (the horizontal and vertical arrows), live readouts, stopping at the author's instant with
the asked rate. For three quantities, the plane of the two driven ones with level curves of the third.
When the relation is recognisably a figure (a sum of squares: a ladder, two cars; a circle's area or a
sphere's volume) that figure moves alongside. Read and checked by :func:`..rates.read_rates`."""

from __future__ import annotations

import math
import re

import numpy as np
import sympy as sp

from ..latex import fmt
from ..notes import check
from ..rates import Rates, read_rates
from ..symbolic import to_numpy
from ._plots import axes_code
from .common import Ctx, formula_corner, nice_step

PRIORITY = 4
TITLE = ("Related Rates", "相关变化率")
WHAT = ("When quantities are tied by a relation and change in time, differentiating the relation in $t$ (implicitly, by the "
        "chain rule) ties their rates: the known rates and the values at one instant give the unknown rate there.",
        "几个量由一个关系式联系并随时间变化时，把关系式对 $t$ 求导（链式法则、隐函数求导）就把它们的变化率联系起来："
        "已知的变化率和某一时刻各量的值决定了那一时刻未知的变化率。")

N = 48  # samples of the path up to the instant


def evidence(info) -> int | None:
    """The block asks related rates in words; or its math alone is a whole related-rates problem (a
    relation, a known rate, an instant, an asked rate) with no words for it."""
    if info.reading.asks("related rates"):
        return 0
    return 1 if "dt" in " ".join(info.blocks) and read_rates(info) is not None else None


def needs(info) -> bool:
    r = read_rates(info)
    return r is not None and _path(r) is not None and (len(r.quantities) == 2 or _explicit(r) is not None)


def _explicit(r: Rates):
    """The asked quantity as a function of the two driven ones (its root through the instant), or None."""
    a = sp.Symbol(r.asked)
    try:
        roots = sp.solve(r.relation, a)
    except Exception:  # noqa: BLE001
        return None
    point = {sp.Symbol(n): v for n, v in r.at.items() if n != r.asked}
    for root in roots:
        try:
            if abs(complex(root.subs(point)) - r.at[r.asked]) < 1e-6 * max(1, abs(r.at[r.asked])):
                code = to_numpy(root, tuple(n for n in r.quantities if n != r.asked))
                return (root, code) if code else None
        except (TypeError, ValueError):
            continue
    return None


def _path(r: Rates):
    """(taus, {quantity: values}, asked rates) from a moment before the instant (tau = 0) up to it: the
    driven quantities change at their known rates, the asked one solved from the relation by Newton steps
    (None when it leaves the real branch)."""
    names = r.quantities
    syms = [sp.Symbol(n) for n in names]
    a = sp.Symbol(r.asked)
    F = sp.lambdify(syms, r.relation, "math")
    Fa = sp.lambdify(syms, sp.diff(r.relation, a), "math")
    grads = {n: sp.lambdify(syms, sp.diff(r.relation, sp.Symbol(n)), "math") for n in names}
    spans = [0.6 * abs(r.at[n]) / abs(v) for n, v in r.given.items() if v != 0 and r.at[n] != 0 and r.at[n] * v > 0]
    spans += [0.6 * abs(r.at[n]) / abs(v) for n, v in r.given.items() if v != 0 and r.at[n] != 0]
    span = min(spans[:1] or spans or [1.0])
    for _ in range(6):
        taus = np.linspace(-span, 0, N + 1)
        values = {n: [r.at[n] + v * tau for tau in taus] for n, v in r.given.items()}
        found, cur, ok = [0.0] * (N + 1), r.at[r.asked], True
        for i in range(N, -1, -1):
            args = {n: values[n][i] for n in r.given}
            for _ in range(40):
                args[r.asked] = cur
                try:
                    f, d = F(*[args[n] for n in names]), Fa(*[args[n] for n in names])
                except (ValueError, ZeroDivisionError, OverflowError):
                    ok = False
                    break
                if abs(d) < 1e-12:
                    ok = False
                    break
                cur -= f / d
                if abs(f) < 1e-12 * (1 + abs(cur)):
                    break
            if not ok or not math.isfinite(cur) or cur * r.at[r.asked] <= 0:
                ok = False
                break
            found[i] = cur
        if ok:
            values[r.asked] = found
            rates = []
            for i in range(N + 1):
                args = [values[n][i] for n in names]
                rates.append(-sum(grads[n](*args) * v for n, v in r.given.items()) / Fa(*args))
            if abs(rates[-1] - r.answer) < 1e-6 * max(1, abs(r.answer)):
                return taus, values, rates
            return None
        span /= 2
    return None


def _window(vals: list[float], instant: float) -> tuple[float, float, float]:
    lo, hi = min(min(vals), instant), max(max(vals), instant)
    if lo >= 0:
        lo = 0.0
    hi = max(hi, 0.0)
    hi, lo = hi + 0.2 * (hi - lo), lo - (0.2 * (hi - lo) if lo < 0 else 0)
    step = nice_step(hi - lo)
    return math.floor(lo / step) * step, math.ceil(hi / step) * step, step


def _digits(v: float) -> int:
    m = max(abs(v), 1e-9)
    return 0 if m >= 1000 else 1 if m >= 100 else 2 if m >= 1 else 4


def _rate_tex(n: str) -> str:
    return rf"\frac{{d{n}}}{{dt}}"


def _unit(r: Rates, n: str, rate: bool = True) -> str:
    """The author's unit as TeX (``\\,\\mathrm{cm^{3}/s}``); '' when none or not Latin (said in words)."""
    u = (r.rate_units if rate else r.value_units).get(n)
    if not u or not all(ord(ch) < 128 for ch in u.replace("²", "").replace("³", "")):
        return ""
    u = re.sub(r"\^\{?(\d)\}?", r"^{\1}", u).replace("²", "^{2}").replace("³", "^{3}")
    return f"\\,\\mathrm{{{u}}}"


def _unit_words(r: Rates, n: str, rate: bool = True) -> str:
    """The author's unit as words after the math (Chinese units: 米/秒), '' when said in TeX."""
    u = (r.rate_units if rate else r.value_units).get(n)
    return f" {u}" if u and not _unit(r, n, rate) else ""


def _figure(r: Rates):
    """'squares' (legs, hypotenuse or a constant length), 'circle' / 'sphere' (radius letter), or None."""
    F = sp.expand(r.relation)
    syms = [sp.Symbol(n) for n in r.quantities]
    squares = [s for s in syms if sp.simplify(F.coeff(s, 2)) != 0]
    if len(r.quantities) == 2 and len(squares) == 2:
        rest = sp.expand(F - F.coeff(syms[0], 2) * syms[0] ** 2 - F.coeff(syms[1], 2) * syms[1] ** 2)
        c0, c1 = F.coeff(syms[0], 2), F.coeff(syms[1], 2)
        if c0 == c1 and rest.is_number and float(-rest / c0) > 0 and all(r.at[n] > 0 for n in r.quantities):
            return ("squares", r.quantities[0], r.quantities[1], None)
    if len(r.quantities) == 3:
        for h in syms:
            legs = [s for s in syms if s != h]
            if sp.expand(F - F.coeff(h, 2) * (h ** 2 - legs[0] ** 2 - legs[1] ** 2)) == 0 and all(v > 0 for v in r.at.values()):
                return ("squares", legs[0].name, legs[1].name, h.name)
    if len(r.quantities) == 2:
        for rad in syms:
            other = [s for s in syms if s != rad][0]
            for k, c, kind in ((2, sp.pi, "circle"), (3, sp.Rational(4, 3) * sp.pi, "sphere")):
                if sp.simplify(F - F.coeff(other, 1) * (other - c * rad ** k)) == 0 and r.at[rad.name] > 0:
                    return (kind, rad.name, other.name, None)
    return None


def build(ctx: Ctx) -> None:
    w = ctx.w
    r = read_rates(ctx.info)
    taus, values, rates = _path(r)
    asked, drivers = r.asked, list(r.given)
    figure = _figure(r)
    two = len(r.quantities) == 2
    if two:
        lhs_single = r.relation_tex.split("=")[0].strip()
        h, v = (r.quantities[1], r.quantities[0]) if lhs_single in r.quantities else r.quantities
    else:
        h, v = drivers[0], drivers[1]
    ctx.facts.update(rates=r)
    ans = fmt(r.answer, 4)
    given_tex = ", ".join(f"${_rate_tex(n)} = {fmt(val, 4)}{_unit(r, n)}${_unit_words(r, n)}" for n, val in r.given.items())
    instant = ", ".join(f"${n} = {fmt(r.at[n], 4)}{_unit(r, n, False)}${_unit_words(r, n, False)}" for n in r.instant)
    subs = (ctx.L(" with the substitution ", "，代入 ") + ", ".join(f"${s}$" for s in r.substitutions)) if r.substitutions else ""
    w.beat(ctx.title, ctx.L(
        f"The quantities are tied by ${r.relation_tex}${subs}; we know {given_tex} and ask for ${_rate_tex(asked)}$ when {instant}.",
        f"各量满足 ${r.relation_tex}${subs}；已知 {given_tex}，求 {instant} 时的 ${_rate_tex(asked)}$。"))
    w.title(ctx.title)
    formula_corner(ctx, r.relation_tex + "".join(r",\quad " + s for s in r.substitutions))
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)

    # the graph of the relation
    xa, xb, xs = _window(values[h], r.at[h])
    ya, yb, ys = _window(values[v], r.at[v])
    w.code(axes_code((xa, xb, xs), (ya, yb, ys), x_length=6.2, y_length=4.1) + ".to_edge(DOWN, buff=0.45).to_edge(LEFT, buff=0.7)",
           f'axis_labels = axes.get_axis_labels(MathTex("{h}", font_size=30), MathTex("{v}", font_size=30))',
           f"taus = [{', '.join(fmt(t, 6) for t in taus)}]",
           *[f"{n}s = [{', '.join(fmt(x, 6) for x in values[n])}]" for n in r.quantities],
           f"rates = [{', '.join(fmt(x, 6) for x in rates)}]",
           "clock = ValueTracker(taus[0])",
           "def now(vals):",
           "    return float(np.interp(clock.get_value(), taus, vals))")
    hs, vs = f"{h}s", f"{v}s"
    if two:
        code = to_numpy(r.relation, (h, v))
        w.code("def F(x, y):", f"    {h}, {v} = x, y", f"    return {code}",
               "graph = axes.plot_implicit_curve(F, color=BLUE, min_depth=6, max_quads=3000)")
        said = ctx.L(f"Every state $({h}, {v})$ the relation allows is a point of this curve: the quantities can only change together along it.",
                     f"关系式允许的每个状态 $({h}, {v})$ 都是这条曲线上的点：各量只能沿曲线一起变化。")
    else:
        root, code = _explicit(r)
        levels = sorted({float(x) for x in np.linspace(min(values[asked]), max(values[asked]), 4)})
        from ..parts.contours import level_curves

        w.code("def F(x, y):", f"    {h}, {v} = x, y", f"    return {code}")
        level_curves(w, "graph", levels, (xa, xb, ya, yb))
        said = ctx.L(f"The plane of ${h}$ and ${v}$; each blue curve is a level ${asked} = $ const of the relation, ${asked} = {sp.latex(root)}$.",
                     f"${h}$–${v}$ 平面；每条蓝色曲线是关系式中 ${asked}$ 取定值的等值线，${asked} = {sp.latex(root)}$。")
    w.beat(ctx.L("The relation's graph", "关系式的图像"), said)
    w.play("Create(axes), Write(axis_labels)", 1)
    w.play("Create(graph)", 1.6)

    # the moving state, its velocity split into the two rates
    dvs = f"rates" if v == asked else f"[{fmt(r.given[v], 6)}] * len(taus)" if v in r.given else "rates"
    dhs = "rates" if h == asked else f"[{fmt(r.given[h], 6)}] * len(taus)"
    sx, sy = 6.2 / (xb - xa), 4.1 / (yb - ya)
    vh = (r.answer if h == asked else r.given[h]) * sx
    vv = (r.answer if v == asked else r.given[v]) * sy
    k = 1.3 / max(math.hypot(vh, vv), 1e-12)
    w.code(f"dhs, dvs = {dhs}, {dvs}",
           "def state():",
           f"    p = axes.c2p(now({hs}), now({vs}))",
           f"    vx, vy = {fmt(k * sx, 6)} * now(dhs), {fmt(k * sy, 6)} * now(dvs)",
           "    L = np.hypot(vx, vy)",
           "    if L > 2.6:",
           "        vx, vy = vx * 2.6 / L, vy * 2.6 / L",
           "    g = VGroup(Dot(p, color=YELLOW, radius=0.08))",
           "    if abs(vx) > 0.02:",
           "        g.add(Arrow(p, p + RIGHT * vx, buff=0, color=ORANGE, stroke_width=5, max_tip_length_to_length_ratio=0.2))",
           "    if abs(vy) > 0.02:",
           "        g.add(Arrow(p + RIGHT * vx, p + RIGHT * vx + UP * vy, buff=0, color=GREEN, stroke_width=5, max_tip_length_to_length_ratio=0.2))",
           "    g.add(Arrow(p, p + RIGHT * vx + UP * vy, buff=0, color=YELLOW, stroke_width=4, max_tip_length_to_length_ratio=0.2))",
           "    return g",
           "moving = always_redraw(state)")
    rows = [(n, f"now({n}s)", False) for n in r.quantities] + [(n, f"now({'rates' if n == asked else f'[{fmt(r.given[n], 6)}] * len(taus)'})", True) for n in r.quantities]
    w.code("panel = VGroup()")
    for n, value, is_rate in rows:
        label = (_rate_tex(n) if is_rate else n) + " ="
        color = ", color=YELLOW" if is_rate and n == asked else ", color=ORANGE" if is_rate and n == h else ", color=GREEN" if is_rate and n == v else ""
        digits = _digits(r.rates[n] if is_rate else max(abs(x) for x in values[n]))
        w.code(f"row = VGroup(MathTex(r\"{label}\", font_size=30{color}), DecimalNumber({value}, num_decimal_places={digits}, font_size=30{color})).arrange(RIGHT, buff=0.15)",
               f"row[1].add_updater(lambda m: m.set_value({value}))",
               "panel.add(row)")
    top = "formula" if figure is None else "title"
    w.code("panel.arrange(DOWN, aligned_edge=LEFT, buff=0.16)",
           "panel.next_to(axes, RIGHT, buff=0.9).align_to(axes, UP)" if figure is None else
           "panel.to_edge(RIGHT, buff=0.5).next_to(formula, DOWN, buff=0.3).to_edge(RIGHT, buff=0.5)",
           "if panel.height > 3.3 and " + ("False" if figure is None else "True") + ":",
           "    panel.scale_to_fit_height(3.3)")
    del top
    chain = ctx.L(f"Differentiating the relation in $t$ (chain rule): ${r.derivative_tex}$.",
                  f"关系式两边对 $t$ 求导（链式法则）：${r.derivative_tex}$。")
    w.beat(ctx.L("Differentiate in t", "对 t 求导"), chain)
    w.code(f"chain = MathTex(r\"{r.derivative_tex}\", font_size=32).next_to(formula, DOWN, buff=0.15)",
           "if chain.width > 6.2:", "    chain.scale_to_fit_width(6.2)",
           "chain.align_to(axes, LEFT).add_background_rectangle(opacity=0.85, buff=0.06)")
    w.play("FadeIn(chain)", 1.2)
    w.wait(1.2)

    if figure is not None:
        _draw_figure(ctx, r, figure, values)
    known = " ".join(f"${_rate_tex(n)}$" for n in drivers)
    w.beat(ctx.L("The state moves", "状态点运动"), ctx.L(
        f"The known rate{'s' if len(drivers) > 1 else ''} {known} drive{'' if len(drivers) > 1 else 's'} the point; its velocity (yellow) splits into the "
        f"horizontal rate ${_rate_tex(h)}$ (orange) and the vertical rate ${_rate_tex(v)}$ (green), which the relation keeps tied.",
        f"已知变化率 {known} 推动状态点运动；它的速度（黄色）分解为水平方向的 ${_rate_tex(h)}$（橙色）和竖直方向的 ${_rate_tex(v)}$（绿色），二者由关系式联系。"))
    shown = "FadeIn(moving), FadeIn(panel)" + (", FadeIn(fig)" if figure is not None else "")
    w.play(shown, 1)
    w.play("clock.animate.set_value(0)", 5, "rate_func=linear")
    unit = _unit(r, asked)
    w.code(f"answer = MathTex(r\"{_rate_tex(asked)} = {ans}{unit}\", font_size=36, color=YELLOW)",
           "answer.next_to(axes.c2p(" + fmt(r.at[h], 5) + ", " + fmt(r.at[v], 5) + "), UR, buff=0.25)",
           "answer.add_background_rectangle(opacity=0.85, buff=0.08)",
           "if answer.get_right()[0] > 6.9:", "    answer.shift(LEFT * (answer.get_right()[0] - 6.9))",
           "if answer.get_top()[1] > 3.9:", "    answer.shift(DOWN * (answer.get_top()[1] - 3.9))")
    at_tex = ",\\ ".join(f"{n} = {fmt(r.at[n], 4)}" for n in r.quantities)
    w.beat(ctx.L("At the instant", "在所求时刻"), ctx.L(
        f"At ${at_tex}$ the relation gives ${_rate_tex(asked)} = {ans}$"
        + (f" {r.rate_units[asked]}" if asked in r.rate_units else "") + ("" if r.stated is None else ", as stated") + ".",
        f"在 ${at_tex}$ 时，由关系式得 ${_rate_tex(asked)} = {ans}$" + (f" {r.rate_units[asked]}" if asked in r.rate_units else "")
        + ("" if r.stated is None else "，与所给一致") + "。"))
    w.play("Write(answer), Flash(moving[0], color=YELLOW)", 1.4)
    w.wait(1.2)


def _draw_figure(ctx: Ctx, r: Rates, figure, values) -> None:
    """``fig``: the figure the relation describes, redrawn from the clock (bottom right)."""
    kind, a, b, c = figure
    w = ctx.w
    if kind == "squares":
        size = 2.3 / max(max(values[a]), max(values[b]))
        hyp = c or ""
        w.code("def figure():",
               "    o = np.array([2.2, -3.5, 0])",
               f"    p, q = o + RIGHT * {fmt(size, 6)} * now({a}s), o + UP * {fmt(size, 6)} * now({b}s)",
               "    g = VGroup(Line(o, o + RIGHT * 3.4, color=GREY_B), Line(o, o + UP * 2.6, color=GREY_B))",
               "    g.add(Line(p, q, color=YELLOW, stroke_width=6), Dot(p, color=ORANGE), Dot(q, color=GREEN))",
               f"    g.add(MathTex(\"{a}\", font_size=28, color=ORANGE).next_to((o + p) / 2, DOWN, buff=0.1))",
               f"    g.add(MathTex(\"{b}\", font_size=28, color=GREEN).next_to((o + q) / 2, LEFT, buff=0.1))",
               *([f"    g.add(MathTex(\"{hyp}\", font_size=28, color=YELLOW).next_to((p + q) / 2, UR, buff=0.05))"] if hyp else []),
               "    return g",
               "fig = always_redraw(figure)")
    else:
        size = 1.25 / max(values[a])
        fill = "0.35" if kind == "sphere" else "0.25"
        w.code("def figure():",
               "    o = np.array([4.2, -2.3, 0])",
               f"    R = max({fmt(size, 6)} * now({a}s), 0.01)",
               f"    g = VGroup(Circle(radius=R, color=BLUE, fill_opacity={fill}).move_to(o))",
               "    g.add(Line(o, o + RIGHT * R, color=ORANGE, stroke_width=5))",
               f"    g.add(MathTex(\"{a}\", font_size=28, color=ORANGE).next_to(o + RIGHT * R / 2, UP, buff=0.05))",
               *(["    g.add(Ellipse(width=2 * R, height=0.6 * R, color=BLUE_B, stroke_width=2).move_to(o))"] if kind == "sphere" else []),
               "    return g",
               "fig = always_redraw(figure)")


@check("related_rates")
def _check(f):
    r = f["rates"]
    n = r.asked
    return (f"At the same instant, what would ${_rate_tex(n)}$ be if every known rate were doubled? Why?",
            f"在同一时刻，如果所有已知变化率都加倍，${_rate_tex(n)}$ 会是多少？为什么？",
            f"${fmt(2 * r.answer, 4)}$: the differentiated relation is linear in the rates, so doubling the known rates doubles "
            f"${_rate_tex(n)} = {fmt(r.answer, 4)}$.",
            f"${fmt(2 * r.answer, 4)}$：求导后的关系式对各变化率是线性的，所以已知变化率加倍，${_rate_tex(n)} = {fmt(r.answer, 4)}$ 也加倍。")
