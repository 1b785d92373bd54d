"""discrete_distribution: the author's distribution table (分布列) of one discrete X, its mean and variance.

The pmf is the author's (:mod:`..pmf`: a table, a formula with its range, ``B(n, p)`` or a list of
``P(X = k)``), exact.  Bars of P(X = k) stand at the author's k with exact labels; the mean
E(X) = Σ k p_k is the balance point, a fulcrum under the axis; the variance D(X) = Σ (k - E)^2 p_k is
drawn as the band E ± σ when the block asks it or states it.  A table that does not add up to 1 is no
distribution: the scene says so and computes no mean.  Stated values that are false are called by
:mod:`..claims` (``_pmf_statements``) in the coda.
"""

from __future__ import annotations

import re

from ..notes import check
from ..pmf import Pmf, read, show
from .common import Ctx, fmt, formula_corner, math_mob, pystr, tick

TITLE = ("A Distribution Table, Its Mean and Variance", "分布列、期望与方差")
WHAT = ("A discrete random variable $X$ is given by its distribution table: each value $k$ with its probability "
        "$P(X = k)$, all adding up to 1. The expectation $E(X) = \\sum k\\,P(X = k)$ is the balance point of the bars, "
        "the variance $D(X) = \\sum (k - E(X))^2 P(X = k)$ measures their spread about it.",
        "离散型随机变量 $X$ 由分布列给出：每个取值 $k$ 及其概率 $P(X = k)$，概率之和为 1。数学期望 $E(X) = \\sum k\\,P(X = k)$ "
        "是各柱子的平衡点，方差 $D(X) = \\sum (k - E(X))^2 P(X = k)$ 衡量它们偏离期望的程度。")
PRIORITY = 29  # before markov_chain, normal_probability, central_limit, bayes (their words keep their blocks: evidence)

# The block asks the distribution or its moments.
_ASKS = (r"分布列|概率分布|分布律|数学期望|期望|均值|方差|标准差|distribution\s+(?:table|of)|probability\s+distribution|"
         r"\bpmf\b|probability\s+mass|mass\s+function|expect(?:ed\s+value|ation)|\bmean\b|variance|standard\s+deviation")
_ASKS_TEX = r"(?<![A-Za-z\\])(?:E|D|V|Var)\s*\(|\\(?:operatorname|mathrm|text)\{Var\}"
# Other families' questions about a distribution (precision: not ours).
_OTHERS = (r"normal|正态|gauss|高斯|confidence|置信|bayes|贝叶斯|posterior|后验|markov|马尔可夫|马尔科夫|density|密度|"
           r"continuous|连续型|central\s+limit|中心极限|approximat|近似|poisson|泊松|law\s+of\s+large|大数定律|"
           r"simulat|模拟|monte\s*carlo|蒙特卡")
NOT_ONE = r" \neq 1"
_VARIANCE = r"方差|标准差|variance|standard\s+deviation|\\sigma|(?<![A-Za-z\\])(?:D|V|Var)\s*\(|\{Var\}"


def evidence(info) -> int | None:
    """Tier 0 when the block gives one discrete X's distribution (:func:`..pmf.read`) and asks it or its moments."""
    if re.search(_OTHERS, info.prose, re.I) or re.search(r"\\int|f\s*\(\s*x\s*\)", " ".join(info.blocks)):
        return None
    if not (re.search(_ASKS, info.prose, re.I) or re.search(_ASKS_TEX, " ".join(info.blocks))):
        return None
    return 0 if read(info) is not None else None


def needs(info) -> Pmf | None:
    """The block's distribution, when its values fit one axis (at most 24 of the smallest gap between them)."""
    pmf = read(info) if evidence(info) is not None else None
    return pmf if pmf is not None and at(pmf, pmf.values[-1]) <= 24 else None


def _tex_row(pmf: Pmf, values) -> str:
    return " & ".join(show(v, pmf.decimal) for v in values)


def build(ctx: Ctx) -> None:
    w = ctx.w
    pmf = needs(ctx.info)
    assert pmf is not None, "discrete_distribution drawn without a distribution"
    X, ks, ps = pmf.variable, pmf.values, pmf.probs
    dec = pmf.decimal
    P = [show(p, dec) for p in ps]
    total = show(pmf.total, dec)
    spread = bool(re.search(_VARIANCE, ctx.info.prose + " " + " ".join(ctx.info.blocks), re.I))
    ctx.facts.update(variable=X, values=[str(k) for k in ks], probs=P, total=total, proper=pmf.proper,
                     source=pmf.source, spread=spread)
    table = (rf"\begin{{array}}{{c|{'c' * len(ks)}}} {X} & {_tex_row(pmf, ks)} \\ \hline P & {' & '.join(P)} \end{{array}}")
    law = {"formula": ctx.L("the block's formula", "题中的公式"), "binomial": ctx.L(f"${pmf.law}$", f"${pmf.law}$")}
    given = law.get(pmf.source, ctx.L("the block's table", "题中的分布列"))
    w.beat(ctx.title, ctx.L(f"The distribution of ${X}$ from {given}: each value $k$ with $P({X} = k)$.",
                            f"由{given}得到 ${X}$ 的分布列：每个取值 $k$ 及其概率 $P({X} = k)$。"))
    w.title(ctx.title)
    formula_corner(ctx, table, size=34)
    if pmf.law:
        w.code(f"law = {math_mob(pmf.law, 30, 'GREY_A')}.next_to(formula, LEFT, buff=0.4)",
               "if law.get_left()[0] < -6.9:",
               "    VGroup(law, formula).arrange(RIGHT, buff=0.4).next_to(title, DOWN, buff=0.25)",
               "if law.width + formula.width > 13:",
               "    VGroup(law, formula).arrange(DOWN, buff=0.15).scale_to_fit_height(min(1.9, VGroup(law, formula).height)).next_to(title, DOWN, buff=0.2)")
    w.play("Write(title), FadeIn(formula)" + (", FadeIn(law)" if pmf.law else ""), 1.2)
    if pmf.unknown:
        a, value = pmf.unknown
        w.beat(ctx.L(f"Solve for ${a}$", f"求 ${a}$"),
               ctx.L(f"The probabilities add up to 1, which gives ${a} = {show(value, dec)}$.",
                     f"概率之和为 1，由此得 ${a} = {show(value, dec)}$。"))
    _axes(ctx, pmf)
    w.code("bars = VGroup(*[Rectangle(width=axes.x_axis.unit_size * 0.6, height=max(axes.y_axis.unit_size * p, 0.001),",
           "                          stroke_width=1, stroke_color=BLUE_A, fill_color=BLUE, fill_opacity=0.8)",
           "                .move_to(axes.c2p(u, 0), aligned_edge=DOWN) for u, p in zip(us, ps)])",
           f"labels = VGroup(*[MathTex(t, font_size={24 if len(ks) > 7 else 30}).next_to(bar, UP, buff=0.1)"
           f" for t, bar in zip([{', '.join(pystr(t) for t in P)}], bars)])")
    w.beat(ctx.L(f"The bars $P({X} = k)$", f"概率 $P({X} = k)$ 的柱状图"),
           ctx.L(f"One bar for each value, as tall as its probability: ${', '.join(f'P({X}={k}) = {t}' for k, t in zip(ks, P))}$.",
                 f"每个取值一根柱子，高度等于它的概率：${'，'.join(f'P({X}={k}) = {t}' for k, t in zip(ks, P))}$。"))
    w.play("Create(axes), FadeIn(ticks), FadeIn(axis_label)", 1.0)
    w.play("LaggedStart(*[GrowFromEdge(b, DOWN) for b in bars], lag_ratio=0.15), LaggedStart(*[FadeIn(t) for t in labels], lag_ratio=0.15)", 1.6)
    total_tex = " + ".join(P) + f" = {total}"
    if not pmf.proper:
        w.code(f"total = {math_mob(total_tex + NOT_ONE, 34, 'RED')}.to_corner(UR, buff=0.5).shift(DOWN * 1.6)",
               "total.scale_to_fit_width(min(total.width, 6.5)).to_edge(RIGHT, buff=0.4)")
        why = ctx.L("a probability outside [0, 1]", "有概率不在 [0, 1] 内") if any(not 0 <= p <= 1 for p in ps) else ""
        w.beat(ctx.L("Not a distribution", "这不是分布列"),
               ctx.L(f"The probabilities add up to ${total}$, not 1{' and ' + why if why else ''}: the table is false as a distribution "
                     f"of ${X}$, so $E({X})$ and $D({X})$ cannot be computed from it.",
                     f"这些概率之和为 ${total}$，不等于 1{'，且' + why if why else ''}：作为 ${X}$ 的分布列，这不成立，"
                     f"因此不能由它求 $E({X})$ 和 $D({X})$。"))
        w.play("Write(total)", 1.2)
        w.wait(2)
        return
    w.code(f"total = {math_mob(total_tex, 30, 'GREY_A')}.to_corner(UR, buff=0.5).shift(DOWN * 1.6)",
           "total.scale_to_fit_width(min(total.width, 6.0)).to_edge(RIGHT, buff=0.4)")
    w.beat(ctx.L("They add up to 1", "概率之和为 1"),
           ctx.L(f"${total_tex}$, so this is a distribution of ${X}$.", f"${total_tex}$，所以这是 ${X}$ 的分布列。"))
    w.play("Write(total)", 1.0)
    _mean(ctx, pmf)
    if spread:
        _spread(ctx, pmf)
    w.wait(1.5)


def at(pmf: Pmf, k) -> float:
    """Where value k stands on the axis: the smallest value at 1, one unit per the smallest gap between values,
    so the y-axis (at 0) stands left of every bar, whatever the sign of the values."""
    ks = pmf.values
    unit = min((b - a for a, b in zip(ks, ks[1:])), default=1)
    return float((k - ks[0]) / unit + 1)


def _axes(ctx: Ctx, pmf: Pmf) -> None:
    ps = [float(p) for p in pmf.probs]
    us = [at(pmf, k) for k in pmf.values]
    top = max(max(ps), 1e-3)
    y_step = tick(top * 1.3, 4)
    y_max = y_step * (int(top * 1.3 / y_step) + 1)
    ctx.w.code(
        f"us, ps = [{', '.join(fmt(u, 6) for u in us)}], [{', '.join(fmt(p, 8) for p in ps)}]  # bar positions, P(X = k)",
        f"axes = Axes(x_range=[0, {fmt(us[-1] + 1, 6)}, 1], y_range=[0, {fmt(y_max, 6)}, {fmt(y_step, 6)}],",
        "            x_length=7.2, y_length=3.4, tips=False, axis_config={\"font_size\": 24, \"color\": GREY_B},",
        '            x_axis_config={"include_ticks": False}, y_axis_config={"include_numbers": True, "decimal_number_config": {"num_decimal_places": 2}})',
        "axes.to_edge(DOWN, buff=1.6).to_edge(LEFT, buff=0.5)",
        f"ticks = VGroup(*[MathTex(t, font_size=26).move_to(axes.c2p(u, 0) + DOWN * 0.55) for u, t in zip(us, [{', '.join(pystr(show(k)) for k in pmf.values)}])])",
        f'axis_label = MathTex(r"{pmf.variable}", font_size=30).next_to(axes.x_axis, RIGHT, buff=0.15)',
    )


def _mean(ctx: Ctx, pmf: Pmf) -> None:
    w, X, dec = ctx.w, pmf.variable, pmf.decimal
    mean = pmf.mean
    terms = " + ".join(f"{show(k, dec) if k >= 0 else '(' + show(k, dec) + ')'} \\cdot {show(p, dec)}"
                       for k, p in zip(pmf.values, pmf.probs))
    e = show(mean, dec)
    ctx.facts.update(mean=e)
    shown = f"E({X}) = " + (rf"\sum k\,P({X}=k)" if len(pmf.values) > 5 else terms) + f" = {e}"
    w.code(f"mean_eq = {math_mob(shown, 30, 'YELLOW')}",
           "mean_eq.scale_to_fit_width(min(mean_eq.width, 6.0)).next_to(total, DOWN, buff=0.35).align_to(total, RIGHT)",
           f"fulcrum = Triangle(color=YELLOW, fill_opacity=1).scale(0.14).next_to(axes.c2p({fmt(at(pmf, mean), 6)}, 0), DOWN, buff=0.02)",
           f"start = axes.c2p({fmt(at(pmf, pmf.values[0]), 6)}, 0)",
           f"e_label = {math_mob(f'E({X}) = {e}', 28, 'YELLOW')}.next_to(fulcrum, DOWN, buff=0.5)",
           "e_line = DashedLine(axes.c2p(%s, 0), axes.c2p(%s, %s), color=YELLOW, stroke_width=3)"
           % (fmt(at(pmf, mean), 6), fmt(at(pmf, mean), 6), fmt(max(float(p) for p in pmf.probs) * 1.15, 6)))
    w.beat(ctx.L(f"The mean $E({X})$: the balance point", f"期望 $E({X})$：平衡点"),
           ctx.L(f"Weight each value by its probability: $E({X}) = {terms} = {e}$. Placed there, a fulcrum balances the bars.",
                 f"每个取值乘以它的概率再相加：$E({X}) = {terms} = {e}$。把支点放在这里，柱子恰好平衡。"))
    w.play("Write(mean_eq)", 1.6)
    w.code("fulcrum_start = fulcrum.copy().next_to(start, DOWN, buff=0.02)")
    w.play("FadeIn(fulcrum_start)", 0.5)
    w.play("Transform(fulcrum_start, fulcrum), FadeIn(e_label), Create(e_line)", 1.4)


def _spread(ctx: Ctx, pmf: Pmf) -> None:
    import sympy as sp

    w, X, dec = ctx.w, pmf.variable, pmf.decimal
    mean, var, sd = pmf.mean, pmf.variance, pmf.sd
    e, d = show(mean, dec), show(var, dec)
    em = f"({e})" if mean < 0 else e
    terms = " + ".join(f"({show(k, dec)} - {em})^2 \\cdot {show(p, dec)}" for k, p in zip(pmf.values, pmf.probs))
    sd = sp.nsimplify(sd)
    sd_tex = show(sd, dec) if sd.is_Rational else sp.latex(sd)
    sd_num = f"{float(sd):.4g}"
    ctx.facts.update(variance=d, sd=sd_tex)
    sd_shown = rf"\sigma = \sqrt{{D({X})}} = {sd_tex}" + ("" if sd_tex == sd_num else rf" \approx {sd_num}")
    long = len(pmf.values) > 3
    shown = f"D({X}) = " + (rf"\sum (k - {em})^2 P({X}=k)" if long else terms) + f" = {d}"
    w.code(f"var_eq = {math_mob(shown, 30, 'TEAL')}",
           "var_eq.scale_to_fit_width(min(var_eq.width, 6.0)).next_to(mean_eq, DOWN, buff=0.35).align_to(total, RIGHT)",
           f"sd_eq = {math_mob(sd_shown, 30, 'TEAL')}",
           "sd_eq.next_to(var_eq, DOWN, buff=0.3).align_to(total, RIGHT)",
           f"band = Rectangle(width=abs(axes.c2p({fmt(at(pmf, mean + sd), 6)}, 0)[0] - axes.c2p({fmt(at(pmf, mean - sd), 6)}, 0)[0]),"
           f" height=axes.y_axis.unit_size * {fmt(max(float(p) for p in pmf.probs) * 1.15, 6)},",
           "                 stroke_width=0, fill_color=TEAL, fill_opacity=0.22)",
           f"band.move_to(axes.c2p({fmt(at(pmf, mean), 6)}, 0), aligned_edge=DOWN)",
           f"arrows = VGroup(DoubleArrow(axes.c2p({fmt(at(pmf, mean - sd), 6)}, 0) + DOWN * 0.25, axes.c2p({fmt(at(pmf, mean + sd), 6)}, 0) + DOWN * 0.25,"
           " buff=0, color=TEAL, stroke_width=3, tip_length=0.15))")
    w.beat(ctx.L(f"The variance $D({X})$: the spread", f"方差 $D({X})$：离散程度"),
           ctx.L(f"Square each value's distance from ${e}$ and weight it by its probability: $D({X}) = {terms} = {d}$; "
                 f"the band ${e} \\pm \\sigma$ with $\\sigma = {sd_tex}$ shows the spread.",
                 f"每个取值与 ${e}$ 的距离平方，乘以它的概率再相加：$D({X}) = {terms} = {d}$；"
                 f"阴影带 ${e} \\pm \\sigma$（$\\sigma = {sd_tex}$）表示离散程度。"))
    w.play("Write(var_eq)", 1.6)
    w.play("FadeIn(band), GrowFromCenter(arrows), Write(sd_eq)", 1.4)


@check("discrete_distribution")
def _check(f):
    """A question from the author's own table: the mean, or (a false table) its sum."""
    X = f["variable"]
    if not f["proper"]:
        return (f"Do the probabilities of the table add up to 1?", "分布列中的概率之和等于 1 吗？",
                f"No: they add up to ${f['total']}$, so it is no distribution of ${X}$.",
                f"不等于：它们之和为 ${f['total']}$，所以这不是 ${X}$ 的分布列。")
    return (f"Where do the bars of ${X}$ balance?", f"${X}$ 的各柱子在哪里平衡？",
            f"At the mean $E({X}) = {f['mean']}$.", f"在期望 $E({X}) = {f['mean']}$ 处。")
