"""standing_wave: the author's standing wave y(x, t) (or modes psi_n(x), such as a particle in a
box) drawn for n = 1, 2, 3 and breathing in time, with the nodes marked."""

from __future__ import annotations

import math
import re

import numpy as np

from ..latex import fmt, single_line, split_top
from ..symbolic import normalize, parse, to_numpy
from ..notes import check
from ..odes import _given_in, number, parameter_values, values_tex
from .common import Ctx, formula_corner

PRIORITY = 195
KEYWORDS = (r"standing\s+wave", r"驻波", r"particle\s+in\s+a\s+box", r"无限深势阱", r"势阱", r"eigenfunction",
            r"本征函数", r"normal\s+mode", r"简正模", r"vibrating\s+string", r"弦振动", r"harmonics?\b", r"谐波",
            r"wave\s*function", r"波函数")
TITLE = ("Standing Waves", "驻波")
WHAT = ("A standing wave has a fixed shape whose size oscillates in time; its nodes never move. On a string of length "
        "$L$ (or for a particle in a box) only whole numbers of half wavelengths fit: the modes $\\sin(n\\pi x/L)$.",
        "驻波的形状固定，只是幅度随时间振荡，波节始终不动。长为 $L$ 的弦（或势阱中的粒子）上只能容纳整数个半波长：模式 $\\sin(n\\pi x/L)$。")
_CHOSEN = {"L": 1.0, "A": 1.0, "a": 1.0, "omega": 2 * math.pi, "k": math.pi, "c": 1.0, "v": 1.0, "lambda": 2.0}


def wave(info):
    """(sympy expr in x[, t][, n], params used, params chosen, the author's row) or None."""
    for block in info.blocks:
        if not re.search(r"\\(sin|cos)", block):
            continue
        parts = split_top(single_line(block), "=")
        expr = parse(parts[-1])
        if expr is None:
            continue
        try:
            expr = normalize(expr)
            names = {str(s.name) for s in expr.free_symbols}
        except Exception:
            continue
        if "x" not in names:
            continue
        params = sorted(names - {"x", "t", "n"})
        if len(params) > 4 or any("{" in p for p in params):
            continue
        given = {p: v for p in params for v in [_given_in(" ; ".join(info.blocks), p)] if v is not None}
        values, chosen = parameter_values(params, given, _CHOSEN)
        return expr, values, chosen, single_line(block)
    return None


def needs(info) -> bool:
    """A wave or mode formula with a sine or cosine in x."""
    return wave(info) is not None


def build(ctx: Ctx) -> None:
    import sympy as sp

    w = ctx.w
    expr, values, chosen, row = wave(ctx.info)
    f = expr.subs({sp.Symbol(p): number(v) for p, v in values.items()})
    has_t, has_n = "t" in {str(s) for s in f.free_symbols}, "n" in {str(s) for s in f.free_symbols}
    code = to_numpy(f, ("x", "t", "n"))
    length = values.get("L", 1.0 if has_n else None)
    if length is None:
        k = values.get("k", math.pi)
        length = 2 * math.pi / k if "k" in values else 2 * math.pi
    modes = [1, 2, 3] if has_n else [None]
    xs = np.linspace(0, length, 200)
    env = {"np": np, "math": math, "__builtins__": {}}
    fn = eval(f"lambda x, t, n: {code}", env)
    amp = max(float(np.nanmax(np.abs(np.broadcast_to(fn(xs, 0.0, m or 1), xs.shape)))) for m in modes) or 1.0
    with_text = values_tex(chosen)
    ctx.facts.update(row=row, has_n=has_n, length=length)
    time_note = ctx.L("and let time run" if has_t else "then let each mode oscillate in time (times $\\cos \\omega t$)",
                      "再让时间流动" if has_t else "再让每个模式随时间振荡（乘以 $\\cos \\omega t$）")

    w.beat(ctx.title, ctx.L(f"The wave ${row}$" + (f" with ${with_text}$" if with_text else "") + (" for $n = 1, 2, 3$" if has_n else "") + ".",
                            f"波 ${row}$" + (f"（取 ${with_text}$）" if with_text else "") + ("，$n = 1, 2, 3$" if has_n else "") + "。"))
    w.title(ctx.title)
    formula_corner(ctx, row)
    h = 4.8 / len(modes)
    w.code("def y(x, t, n):",
           f"    return {code}" + ("" if has_t else " * np.cos(2 * PI * t * n**2 if n else 2 * PI * t)"),
           "",
           "t = ValueTracker(0)",
           f"amp = {fmt(amp * 1.15, 4)}",
           "rows = VGroup()",
           "curves = VGroup()",
           f"for i, n in enumerate({modes!r}):",
           f"    axes = Axes(x_range=[0, {fmt(length, 4)}, {fmt(length / 4, 4)}], y_range=[-amp, amp, amp],",
           f"                x_length=9, y_length={fmt(h * 0.8, 3)}, tips=False, axis_config={{\"color\": GREY_B}})",
           f"    axes.move_to(DOWN * (0.9 - {fmt(h, 3)} * (i - {fmt((len(modes) - 1) / 2, 3)}))).shift(RIGHT * 0.6)  # n = 1 at the bottom",
           "    label = MathTex(f\"n = {n}\" if n else \"\", font_size=30).next_to(axes, LEFT, buff=0.3)",
           "    curve = always_redraw(lambda axes=axes, n=n: axes.plot(lambda x: y(x, t.get_value(), n),",
           f"                                                             x_range=[0, {fmt(length, 4)}, {fmt(length / 60, 5)}], color=YELLOW))",
           "    rows.add(VGroup(axes, label))",
           "    curves.add(curve)")
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    w.beat(ctx.L("The shapes", "形状"), ctx.L(("Modes $n = 1, 2, 3$ have $0, 1, 2$ nodes inside: whole numbers of half waves fit." if has_n
                                               else "At $t = 0$ the string has this shape; the points that stay at zero are the nodes."),
                                              ("$n = 1, 2, 3$ 的模式内部分别有 $0, 1, 2$ 个波节：恰好容纳整数个半波。" if has_n
                                               else "$t = 0$ 时弦的形状如图；始终为零的点就是波节。")))
    w.play("FadeIn(rows), FadeIn(curves)", 2)
    w.beat(ctx.L("Let time run", "时间流动"), ctx.L(f"Now {time_note}: the shape only grows and shrinks, the nodes stay put.",
                                                   f"现在{time_note}：形状只是变大变小，波节不动。"))
    w.play("t.animate.set_value(1.5)", 4.5, "rate_func=linear")
    w.wait(1)


@check("standing_wave")
def _check(f):
    if f["has_n"]:
        return ("How many nodes does mode $n$ have strictly inside the interval, and why?",
                "模式 $n$ 在区间内部有几个波节？为什么？",
                "$n - 1$: the mode holds $n$ half wavelengths, and neighbouring half waves meet at a node.",
                "$n - 1$ 个：这个模式容纳 $n$ 个半波长，相邻两个半波在波节处相接。")
    return (f"For ${f['row']}$, which points of the string never move?",
            f"对 ${f['row']}$，弦上哪些点永远不动？",
            "The nodes, where the space factor is zero: the curve passes through them at every moment of the animation.",
            "波节，也就是空间因子为零的点：动画的每一刻曲线都经过它们。")
