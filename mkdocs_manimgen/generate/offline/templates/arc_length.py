"""arc_length: chords through n + 1 points of the author's curve, n = 1, 2, 4, 8, 16, 32: the polyline's
length climbs to the curve's length L = ∫_a^b √(1 + f'(x)²) dx (Stewart, *Calculus*, 8.1)."""

from __future__ import annotations

from ..integral_readers import ArcLength, asks, polyline_length, read_arc_length
from ..notes import check
from ..parts.integrals import bound_tex, chord_polyline, curve_axes, running_total
from .common import Ctx, Fn, fmt, open_with_formula

PRIORITY = 300
TITLE = ("Arc Length as a Limit of Chords", "弧长：折线的极限")
WHAT = ("The length of $y = f(x)$ on $[a, b]$ is the limit of the lengths of inscribed polylines; each chord is "
        "$\\sqrt{\\Delta x^2 + \\Delta y^2} \\approx \\sqrt{1 + f'(x)^2}\\,\\Delta x$, so $L = \\int_a^b \\sqrt{1 + f'(x)^2}\\,dx$.",
        "曲线 $y = f(x)$ 在 $[a, b]$ 上的长度是内接折线长度的极限；每段弦长 $\\sqrt{\\Delta x^2 + \\Delta y^2} \\approx "
        "\\sqrt{1 + f'(x)^2}\\,\\Delta x$，所以 $L = \\int_a^b \\sqrt{1 + f'(x)^2}\\,dx$。")
NS = (1, 2, 4, 8, 16, 32)


def evidence(info) -> int | None:
    return asks(info, "an arc length")


def needs(info) -> ArcLength | None:
    """The author's y = f(x) on their [a, b], any value or integral they state equal to its length."""
    return read_arc_length(info)


def build(ctx: Ctx) -> None:
    w = ctx.w
    arc = read_arc_length(ctx.info)
    c = arc.curve
    fn = Fn(c.code, c.tex, c.expr, True)
    a, b = bound_tex(c.a), bound_tex(c.b)
    lengths = [polyline_length(c.code, c.a, c.b, n) for n in NS]
    ctx.facts.update(arc=arc, lengths=dict(zip(NS, lengths)))
    w.beat(ctx.title, ctx.L(f"How long is the curve $y = {c.tex}$ from $x = {a}$ to $x = {b}$? Measure it with straight chords.",
                            f"曲线 $y = {c.tex}$ 从 $x = {a}$ 到 $x = {b}$ 有多长？用直线段（弦）去量。"))
    open_with_formula(ctx, ctx.formula or rf"L = \int_{{{a}}}^{{{b}}} \sqrt{{1 + f'(x)^2}}\,dx")
    curve_axes(ctx, fn, c.a, c.b, pad=0.1)
    chord_polyline(ctx)
    running_total(ctx, "total", r"\text{chords} =", lengths[0], digits=4)
    w.code("piece.set_color(BLUE_E)")
    w.play("Create(axes), Write(axis_labels), Create(graph)", 1.8)
    w.beat(ctx.L("Chords", "弦"), ctx.L(
        "With $n$ chords the polyline is a little shorter than the curve: "
        + ", ".join(f"$n = {n}$: ${fmt(v, 4)}$" for n, v in zip(NS, lengths)) + ".",
        "用 $n$ 段弦连成的折线比曲线略短：" + "，".join(f"$n = {n}$：${fmt(v, 4)}$" for n, v in zip(NS, lengths)) + "。"))
    w.code(f"poly = chords({NS[0]})",
           f"count = MathTex(r\"n = {NS[0]}\", font_size=34).next_to(total_readout, LEFT, buff=0.4)")
    w.play("Create(poly), FadeIn(total_readout), Write(count)", 1.2)
    for n, v in zip(NS[1:], lengths[1:]):
        w.play(f"Transform(poly, chords({n})), total.animate.set_value({fmt(v, 8)}), "
               f"Transform(count, MathTex(r\"n = {n}\", font_size=34).move_to(count))", 1.1)
    w.beat(ctx.L("The length", "长度"), ctx.L(
        f"The chords' lengths settle at the curve's length: $L \\approx {fmt(arc.length, 4)}$.",
        f"折线长度趋于曲线的长度：$L \\approx {fmt(arc.length, 4)}$。"))
    w.code(f"result = MathTex(r\"L \\approx {fmt(arc.length, 4)}\", font_size=38, color=YELLOW)",
           "result.next_to(total_readout, DOWN, buff=0.15).add_background_rectangle(opacity=0.85, buff=0.08)")
    w.play(f"total.animate.set_value({fmt(arc.length, 8)}), Write(result)", 1.2)
    w.wait(1.5)


@check("arc_length")
def _check(f):
    arc: ArcLength = f["arc"]
    c, one = arc.curve, f["lengths"][1]
    a, b = bound_tex(c.a), bound_tex(c.b)
    return (f"One chord from $x = {a}$ to $x = {b}$ has length ${fmt(one, 4)}$. Why is the curve $y = {c.tex}$ longer?",
            f"从 $x = {a}$ 到 $x = {b}$ 的一条弦长为 ${fmt(one, 4)}$。为什么曲线 $y = {c.tex}$ 更长？",
            f"A straight segment is the shortest path between its ends; the curve bends away from the chord, so its length "
            f"$L \\approx {fmt(arc.length, 4)}$ is larger, and more chords close the gap.",
            f"两点之间直线段最短；曲线偏离弦而弯曲，所以长度 $L \\approx {fmt(arc.length, 4)}$ 更大，弦越多差距越小。")
