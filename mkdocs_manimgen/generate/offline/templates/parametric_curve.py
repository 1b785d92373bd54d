"""parametric_curve: (x(t), y(t)) traced by a dot, with its coordinates as moving projections."""

from __future__ import annotations

import re

import numpy as np

from ..families import no_formula
from ..latex import fmt, single_line
from ..symbolic import evaluate, normalize, parse, to_numpy
from ..notes import check
from .common import Ctx, formula_corner, nice_step


def _own_components(info):
    """The author's (x(t), y(t)) as ((code, tex), (code, tex)), or None."""
    import sympy as sp

    comp = {}
    for block in info.blocks:
        for row in re.split(r"\\\\|,|;|\\quad", single_line(block).replace("&", "")):
            m = re.match(r"\s*([xy])\s*(\(t\))?\s*=(.*)", row)
            if not m:
                continue
            expr = parse(m.group(3))
            if expr is None:
                continue
            try:
                expr = normalize(expr)
                if {s.name for s in expr.free_symbols} <= {"t"}:
                    code = to_numpy(expr, ("t",))
                    if code:
                        comp[m.group(1)] = (code, sp.latex(expr))
            except Exception:
                continue
    if "x" in comp and "y" in comp:
        return comp["x"], comp["y"]
    return None


def _components(ctx: Ctx):
    return _own_components(ctx.info) or (("np.sin(3 * t)", r"\sin 3t"), ("np.sin(2 * t)", r"\sin 2t"))


def _t_end(xc: str, yc: str) -> float:
    """One period (2 pi) for trigonometric components; otherwise until y comes back to its start
    (a projectile lands), or t = 2."""
    if any(f in xc + yc for f in ("np.sin", "np.cos")):
        return float(2 * np.pi)
    ts = np.linspace(0, 10, 2001)
    ys = evaluate(yc, "t", ts)
    if ys is not None and np.all(np.isfinite(ys)):
        back = np.nonzero(np.diff(np.sign(ys[10:] - ys[0])) != 0)[0]
        if len(back):
            return float(ts[10 + back[0] + 1])
    return 2.0


def build(ctx: Ctx) -> None:
    w = ctx.w
    (xc, xt), (yc, yt) = _components(ctx)
    w.example = _own_components(ctx.info) is None
    T = _t_end(xc, yc)
    ts = np.linspace(0, T, 400)
    xs, ys = evaluate(xc, "t", ts), evaluate(yc, "t", ts)
    if xs is None or ys is None or not (np.all(np.isfinite(xs)) and np.all(np.isfinite(ys))):
        (xc, xt), (yc, yt) = ("np.sin(3 * t)", r"\sin 3t"), ("np.sin(2 * t)", r"\sin 2t")
        w.example = True
        T = 2 * np.pi
        ts = np.linspace(0, T, 400)
        xs, ys = evaluate(xc, "t", ts), evaluate(yc, "t", ts)
    m = max(float(np.max(np.abs(xs))), float(np.max(np.abs(ys))), 0.5)
    k = 2.2 / m  # on-screen units per unit
    ctx.facts.update(xt=xt, yt=yt)
    w.beat(ctx.title, ctx.L(f"The point $(x, y) = ({xt}, {yt})$ moves as $t$ runs.", f"当 $t$ 变化时，点 $(x, y) = ({xt}, {yt})$ 随之移动。"))
    w.title(ctx.title)
    formula_corner(ctx, f"x(t) = {xt},\\quad y(t) = {yt}")
    step = nice_step(2 * m)  # a few labelled ticks however large the curve (not one per unit)
    r = float(np.ceil(m / step) * step)
    w.code(
        f"axes = Axes(x_range=[-{fmt(r)}, {fmt(r)}, {fmt(step)}], y_range=[-{fmt(r)}, {fmt(r)}, {fmt(step)}], x_length={fmt(2 * r * k, 2)}, y_length={fmt(2 * r * k, 2)},",
        '            tips=False, axis_config={"include_numbers": True, "font_size": 22, "color": GREY_B}).to_edge(DOWN, buff=0.3)',
        "",
        "def point(t):",
        f"    return axes.c2p({xc}, {yc})",
        "",
        "t = ValueTracker(0)",
        "# drawn once and revealed as t runs (equal steps in t, so Create keeps pace with the dot)",
        f"curve = ParametricFunction(point, t_range=[0, {fmt(T, 4)}, {fmt(T / 300, 5)}], color=YELLOW, stroke_width=5)",
        "dot = always_redraw(lambda: Dot(point(t.get_value()), color=WHITE))",
        "to_x = always_redraw(lambda: DashedLine(point(t.get_value()), axes.c2p(axes.p2c(point(t.get_value()))[0], 0), color=BLUE, dash_length=0.15))",
        "to_y = always_redraw(lambda: DashedLine(point(t.get_value()), axes.c2p(0, axes.p2c(point(t.get_value()))[1]), color=GREEN, dash_length=0.15))",
    )
    w.play("Write(title), FadeIn(formula), Create(axes)", 1.4)
    w.beat(ctx.L("Trace the curve", "描出曲线"), ctx.L("The blue and green dashes show x(t) and y(t) separately; together they steer the point.",
                                                      "蓝色和绿色虚线分别表示 x(t) 和 y(t)，它们共同决定点的位置。"))
    w.code("self.add(to_x, to_y, dot)")
    w.play(f"t.animate.set_value({fmt(T, 4)}), Create(curve)", 6.4, "rate_func=linear")
    w.wait(1.4)


@check("parametric_curve")
def _check(f):
    return (f"Where is the point at $t = 0$ for $x = {f['xt']}$, $y = {f['yt']}$?",
            f"对 $x = {f['xt']}$，$y = {f['yt']}$，$t = 0$ 时点在哪里？",
            "Substitute $t = 0$ into both formulas; that is where the yellow trace starts.",
            "把 $t = 0$ 分别代入两个式子；那就是黄色轨迹的起点。")


# -- recognition (see families.py)
PRIORITY = 160
KEYWORDS = (r"参数方程", r"参数曲线", r"摆线", r"parametric", r"lissajous", r"cycloid", r"利萨如")


def needs(info) -> bool:
    """The author's x(t) and y(t), or no formula (a Lissajous figure, for instance)."""
    return no_formula(info) or _own_components(info) is not None
