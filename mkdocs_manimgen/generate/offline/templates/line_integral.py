"""line_integral: the work W = ∫_C F · dr = ∫ P dx + Q dy of the author's field F = (P, Q) along the author's
path (r(t) on [t0, t1], or y = g(x) from A to B): the field's arrows along the path, a point moving
along it and the running integral (Stewart, *Calculus*, 16.2)."""

from __future__ import annotations

import numpy as np

from ..integral_readers import LineIntegral, asks, read_line_integral
from ..notes import check
from ..parts.integrals import field_along_path, running_total
from ..symbolic import evaluate, evaluate2
from ._plots import axes_code, nice_range
from .common import Ctx, fmt, formula_corner

PRIORITY = 300
TITLE = ("Work Along a Path", "沿路径做功")
WHAT = ("The line integral $\\int_C \\mathbf F\\cdot d\\mathbf r = \\int_{t_0}^{t_1} \\mathbf F(\\mathbf r(t))\\cdot\\mathbf r'(t)\\,dt$ "
        "adds up the component of the field along the path, step by step: the work the field does on a particle moving along $C$.",
        "曲线积分 $\\int_C \\mathbf F\\cdot d\\mathbf r = \\int_{t_0}^{t_1} \\mathbf F(\\mathbf r(t))\\cdot\\mathbf r'(t)\\,dt$ "
        "把场沿路径方向的分量逐段累加：即场对沿 $C$ 运动的质点所做的功。")


def evidence(info) -> int | None:
    return asks(info, "a line integral")


def needs(info) -> LineIntegral | None:
    """Both the field F = (P, Q) and the path (with its ends) from the block (integral_readers.read_line_integral)."""
    return read_line_integral(info)


def build(ctx: Ctx) -> None:
    w = ctx.w
    li = read_line_integral(ctx.info)
    ts = np.linspace(li.t0, li.t1, 201)
    xs, ys = evaluate(li.x_code, "t", ts), evaluate(li.y_code, "t", ts)
    ctx.facts.update(li=li)
    # the window holds the path and the arrows' tips (the part scales the longest arrow to 0.9 units)
    u, v = evaluate2(li.p_code + " + 0 * x", xs[::20], ys[::20]), evaluate2(li.q_code + " + 0 * x", xs[::20], ys[::20])
    scale = 0.9 / max(1e-9, float(np.max(np.hypot(u, v))))
    xr = nice_range(list(xs) + list(xs[::20] + scale * u), 0.1)
    yr = nice_range(list(ys) + list(ys[::20] + scale * v), 0.1)
    w.beat(ctx.title, ctx.L(f"The field ${li.field_tex}$ acts along the path ${li.path_tex}$; its work is $\\int_C \\mathbf F\\cdot d\\mathbf r$.",
                            f"场 ${li.field_tex}$ 作用在路径 ${li.path_tex}$ 上；它做的功是 $\\int_C \\mathbf F\\cdot d\\mathbf r$。"))
    w.title(ctx.title)
    formula_corner(ctx, rf"{li.field_tex},\quad {li.path_tex}")
    unit = min(7.2 / (xr[1] - xr[0]), 4.6 / (yr[1] - yr[0]))  # one scale on both axes: a circle stays round
    w.code(axes_code(xr, yr, x_length=unit * (xr[1] - xr[0]), y_length=unit * (yr[1] - yr[0]))
           + ".to_edge(DOWN, buff=0.35).to_edge(LEFT, buff=0.6)")
    field_along_path(ctx, li.p_code, li.q_code, li.x_code, li.y_code, li.t0, li.t1)
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    w.play("Create(axes), Create(path)", 1.6)
    w.beat(ctx.L("The field along the path", "路径上的场"), ctx.L(
        "Green arrows show $\\mathbf F$ at points of the path; only the part along the direction of motion does work.",
        "绿色箭头是路径上各点的 $\\mathbf F$；只有沿运动方向的分量做功。"))
    w.play("LaggedStart(*[GrowArrow(v) for v in arrows], lag_ratio=0.1)", 1.6)
    running_total(ctx, "work", r"W =", 0.0, digits=4)
    w.code("work_readout.to_edge(RIGHT, buff=0.8)",
           "t = ValueTracker(t0)",
           "tt = np.linspace(t0, t1, 4001)",
           "px, py = rx(tt), ry(tt)",
           "mx, my = (px[1:] + px[:-1]) / 2, (py[1:] + py[:-1]) / 2",
           "cum = np.concatenate([[0], np.cumsum(P(mx, my) * np.diff(px) + Q(mx, my) * np.diff(py))])",
           "work.add_updater(lambda m: m.set_value(float(np.interp(t.get_value(), tt, cum))))",
           "mover = always_redraw(lambda: Dot(axes.c2p(rx(t.get_value()), ry(t.get_value())), color=RED, radius=0.09))",
           "self.add(work)")
    start, end = (f"({fmt(xs[i], 4)}, {fmt(ys[i], 4)})" for i in (0, -1))
    w.beat(ctx.L("Adding up the work", "累加做功"), ctx.L(
        f"As the point moves from ${start}$ to ${end}$ the work adds up: $W \\approx {fmt(li.work, 4)}$.",
        f"点从 ${start}$ 移动到 ${end}$，功逐渐累加：$W \\approx {fmt(li.work, 4)}$。"))
    w.play("FadeIn(mover), FadeIn(work_readout)", 0.6)
    w.play("t.animate.set_value(t1)", 4, "rate_func=linear")
    w.code(f"result = MathTex(r\"\\int_C \\mathbf F\\cdot d\\mathbf r \\approx {fmt(li.work, 4)}\", font_size=34, color=YELLOW)",
           "result.next_to(work_readout, DOWN, buff=0.2).add_background_rectangle(opacity=0.85, buff=0.08)")
    w.play("Write(result)", 1)
    w.wait(1.5)


@check("line_integral")
def _check(f):
    li: LineIntegral = f["li"]
    return ("If the point went back along the same path, from its end to its start, what would the work be?",
            "如果质点沿同一路径反向运动（从终点回到起点），做功是多少？",
            f"$-{fmt(li.work, 4)}$: reversing the path reverses $d\\mathbf r$, so every step's $\\mathbf F\\cdot d\\mathbf r$ changes sign.",
            f"$-{fmt(li.work, 4)}$：反向时 $d\\mathbf r$ 反号，每一小段的 $\\mathbf F\\cdot d\\mathbf r$ 都变号。")
