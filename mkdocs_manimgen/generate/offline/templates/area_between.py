"""area_between: the region between the author's two curves y = f(x) and y = g(x), shaded; a thin vertical
strip of height top − bottom sweeps across it, and the strips add up to A = ∫_a^b (top − bottom) dx, split
where the curves cross (Stewart, *Calculus*, 6.1; 同济《高等数学》6.2)."""

from __future__ import annotations

import sympy as sp

from ..area_readers import AreaBetween, Side, read_area_between
from ..integral_readers import asks
from ..notes import check
from ..parts.integrals import bound_tex, curve_labels, strip_between, two_curves_axes
from .common import Ctx, Fn, fmt, open_with_formula

PRIORITY = 290
TITLE = ("The Area Between Two Curves", "两曲线之间的面积")
WHAT = ("The area between $y = f(x)$ and $y = g(x)$ on $[a, b]$ is $\\int_a^b |f(x) - g(x)|\\,dx$: thin vertical strips of "
        "height top $-$ bottom, added up; where the curves cross, the top curve changes and the integral is split there.",
        "曲线 $y = f(x)$ 与 $y = g(x)$ 在 $[a, b]$ 上所夹的面积是 $\\int_a^b |f(x) - g(x)|\\,dx$：把高为“上减下”的细竖条加起来；"
        "两曲线相交处上下互换，积分在交点处分段。")


def evidence(info) -> int | None:
    return asks(info, "an area between curves")


def needs(info) -> AreaBetween | None:
    """The author's two curves, their bounds (or where the curves meet), every stated value true."""
    return read_area_between(info)


def _diff_tex(top: Side, bottom: Side) -> str:
    if bottom.tex.strip() == "0":
        return top.tex
    b = rf"\left({bottom.tex}\right)" if isinstance(bottom.expr, sp.Add) else bottom.tex
    return rf"\left({top.tex} - {b}\right)"


def area_tex(r: AreaBetween) -> str:
    """``\\int_a^c (f - g)\\,dx + \\int_c^b (g - f)\\,dx``: one integral per piece, top minus bottom."""
    parts = []
    for lo, hi, top in zip(r.cuts, r.cuts[1:], r.tops):
        up, down = (r.f, r.g) if top == 0 else (r.g, r.f)
        parts.append(rf"\int_{{{bound_tex(lo)}}}^{{{bound_tex(hi)}}} {_diff_tex(up, down)}\,dx")
    return " + ".join(parts)


def build(ctx: Ctx) -> None:
    w = ctx.w
    r = read_area_between(ctx.info)
    f, g = r.f, r.g
    a, b = bound_tex(r.a), bound_tex(r.b)
    ctx.facts.update(region=r)
    fy, gy = f"y = {f.tex}", f"y = {g.tex}"
    if r.met and len(r.met) == 2:
        opening = ctx.L(f"The curves ${fy}$ and ${gy}$ meet where ${f.tex} = {g.tex}$: at $x = {a}$ and $x = {b}$. "
                        "The region they enclose lies between those two points.",
                        f"曲线 ${fy}$ 与 ${gy}$ 相交于 ${f.tex} = {g.tex}$ 的点：$x = {a}$ 和 $x = {b}$。它们所围成的区域就夹在这两点之间。")
    elif r.met:
        m = bound_tex(r.met[0])
        opening = ctx.L(f"The curves ${fy}$ and ${gy}$ meet at $x = {m}$; with the line the author gives, the region runs "
                        f"from $x = {a}$ to $x = {b}$.",
                        f"曲线 ${fy}$ 与 ${gy}$ 相交于 $x = {m}$；连同题中给出的直线，区域从 $x = {a}$ 延伸到 $x = {b}$。")
    else:
        opening = ctx.L(f"The region between the curves ${fy}$ and ${gy}$ from $x = {a}$ to $x = {b}$.",
                        f"曲线 ${fy}$ 与 ${gy}$ 之间、从 $x = {a}$ 到 $x = {b}$ 的区域。")
    w.beat(ctx.title, opening)
    shown = ctx.formula if "\\int" in ctx.formula else "A = " + area_tex(r)
    open_with_formula(ctx, shown)
    fn = Fn(f.code, f.tex, f.expr, True)
    _, x_hi = two_curves_axes(ctx, fn, g.code, r.a, r.b)
    curve_labels(ctx, fy, gy, x_hi)
    w.play("Create(axes), Write(axis_labels)", 1.2)
    w.play("Create(graph), Create(graph_g), FadeIn(f_label), FadeIn(g_label)", 1.6)
    if r.met:
        w.code("meets = VGroup(*[Dot(axes.c2p(u, f(u)), color=YELLOW, radius=0.07) for u in ("
               + ", ".join(fmt(m, 8) for m in r.met) + ",)])")
        w.play("FadeIn(meets, scale=0.5)", 0.8)

    # which curve is on top, piece by piece
    colors = ("TEAL", "ORANGE")
    regions = []
    for i, (lo, hi, top) in enumerate(zip(r.cuts, r.cuts[1:], r.tops)):
        first, second = ("piece", "piece_g")
        w.code(f"region_{i} = axes.get_area({first}, x_range=[{fmt(lo, 8)}, {fmt(hi, 8)}], bounded_graph={second}, "
               f"color={colors[i % 2] if r.switches else 'TEAL'}, opacity=0.45)")
        regions.append(f"region_{i}")
    if r.switches:
        words_en, words_zh = [], []
        for lo, hi, top in zip(r.cuts, r.cuts[1:], r.tops):
            up = f if top == 0 else g
            words_en.append(f"$y = {up.tex}$ is on top on $[{bound_tex(lo)}, {bound_tex(hi)}]$")
            words_zh.append(f"在 $[{bound_tex(lo)}, {bound_tex(hi)}]$ 上 $y = {up.tex}$ 在上方")
        crossings = ", ".join(f"$x = {bound_tex(c)}$" for c in r.cuts[1:-1])
        w.beat(ctx.L("Which curve is on top", "哪条曲线在上"), ctx.L(
            f"The curves cross at {crossings}, so the top curve changes: " + "; ".join(words_en) + ".",
            f"两曲线在 {crossings} 处相交，上下互换：" + "；".join(words_zh) + "。"))
        w.code("cross_dots = VGroup(*[Dot(axes.c2p(u, f(u)), color=RED, radius=0.07) for u in ("
               + ", ".join(fmt(c, 8) for c in r.cuts[1:-1]) + ",)])")
        w.play("FadeIn(cross_dots, scale=0.5)", 0.8)
    else:
        up, down = (f, g) if r.tops[0] == 0 else (g, f)
        w.beat(ctx.L("Which curve is on top", "哪条曲线在上"), ctx.L(
            f"On $[{a}, {b}]$ the curve $y = {up.tex}$ lies above $y = {down.tex}$.",
            f"在 $[{a}, {b}]$ 上，曲线 $y = {up.tex}$ 位于 $y = {down.tex}$ 的上方。"))
    w.play(f"LaggedStart({', '.join(f'FadeIn({n})' for n in regions)}, lag_ratio=0.4)", 1.4)

    # the strip
    width = (r.b - r.a) / 40
    w.beat(ctx.L("A thin strip", "细竖条"), ctx.L(
        "At each $x$ a thin vertical strip reaches from the lower curve to the upper one: its height is top $-$ bottom "
        "and its area about (top $-$ bottom)$\\,dx$. Sweeping it across adds up the region.",
        "在每个 $x$ 处，细竖条从下方曲线伸到上方曲线：高为“上 $-$ 下”，面积约为（上 $-$ 下）$\\,dx$。让它扫过整个区域，把面积累加起来。"))
    strip_between(ctx, width)
    w.code(r'height_label = MathTex(r"y_{\text{top}} - y_{\text{bottom}} =", font_size=32, color=YELLOW)',
           "height_value = DecimalNumber(0, num_decimal_places=3, font_size=32, color=YELLOW)",
           "height_value.add_updater(lambda m: m.set_value(abs(f(s.get_value()) - g(s.get_value()))).next_to(height_label, RIGHT, buff=0.15))",
           "height_label.next_to(axes, UP, buff=0.05).to_edge(RIGHT, buff=2.2)",
           "height_value.next_to(height_label, RIGHT, buff=0.15)",
           "height_back = BackgroundRectangle(VGroup(height_label, height_value), fill_opacity=0.85, buff=0.08)")
    w.play("FadeIn(strip), FadeIn(height_back), FadeIn(height_label), FadeIn(height_value)", 0.8)
    prev = r.a
    for stop in r.cuts[1:]:  # stop at each crossing, where the top curve changes
        w.play(f"s.animate.set_value({fmt(stop, 8)})", max(0.8, 3.2 * (stop - prev) / (r.b - r.a)), "rate_func=linear")
        prev = stop
        if stop != r.b:
            w.wait(0.4)
    w.wait(0.3)

    # the integral
    # 1/3 ≈ 0.3333; a whole 9 is said once ("= \\approx 9" read as nonsense); no exact form: ≈ 0.9315
    value = (f"{r.exact} \\approx {fmt(r.area, 4)}" if r.exact and r.exact != fmt(r.area, 4) else r.exact or f"\\approx {fmt(r.area, 4)}")
    eq = "=" if r.exact else ""
    result_tex = f"A = {area_tex(r)} {eq} {value}"
    w.beat(ctx.L("Adding up the strips", "把竖条加起来"), ctx.L(
        f"In the limit the strips fill the region: $A = {area_tex(r)} {eq} {value}$.",
        f"取极限时竖条填满区域：$A = {area_tex(r)} {eq} {value}$。"))
    w.code(f"result = MathTex(r\"{result_tex}\", font_size=34, color=YELLOW)",
           "if result.width > 12.5:",
           "    result.scale_to_fit_width(12.5)",
           "result.move_to(formula)  # the author's formula, now with its value, where it stood (clear of the axes)",
           "result.add_background_rectangle(opacity=0.85, buff=0.08)")
    w.play("FadeOut(strip), FadeOut(height_back), FadeOut(height_label), FadeOut(height_value), "
           + ", ".join(f"Indicate({n}, color=YELLOW)" for n in regions), 1.2)
    w.play("FadeOut(formula), Write(result)", 1.4)
    w.wait(1.0)


@check("area_between")
def _check(facts):
    r: AreaBetween = facts["region"]
    f, g = r.f, r.g
    signed = sum(p if t == 0 else -p for p, t in zip(r.pieces, r.tops))
    a, b = bound_tex(r.a), bound_tex(r.b)
    if r.switches:
        return (f"Why is $\\int_{{{a}}}^{{{b}}} ({f.tex} - {g.tex})\\,dx \\approx {fmt(signed, 4)}$ not the area between the curves?",
                f"为什么 $\\int_{{{a}}}^{{{b}}} ({f.tex} - {g.tex})\\,dx \\approx {fmt(signed, 4)}$ 不是两曲线之间的面积？",
                f"The curves cross inside $[{a}, {b}]$: where the other curve is on top, $f - g$ is negative and cancels area. "
                f"Splitting at the crossings and taking top $-$ bottom on each piece gives $A \\approx {fmt(r.area, 4)}$.",
                f"两曲线在 $[{a}, {b}]$ 内相交：另一条曲线在上方时 $f - g$ 为负，会抵消面积。在交点处分段、每段取“上减下”，得 $A \\approx {fmt(r.area, 4)}$。")
    up, down = (f, g) if r.tops[0] == 0 else (g, f)
    return (f"What does $\\int_{{{a}}}^{{{b}}} ({down.tex} - {up.tex})\\,dx$ give, and why?",
            f"$\\int_{{{a}}}^{{{b}}} ({down.tex} - {up.tex})\\,dx$ 等于多少？为什么？",
            f"$-{fmt(r.area, 4)}$: bottom minus top is negative at every $x$, so it is minus the area; the area takes top minus bottom.",
            f"$-{fmt(r.area, 4)}$：下减上在每一点都为负，所以得到面积的相反数；求面积要用上减下。")
