"""projectile_drag: two flights from one launch, without and with air drag, at the author's speed, angle
and drag coefficient k (both integrated by RK4 at design time): the drag flight is lower and lands
sooner and shorter, and the drag-free range is the textbook's v_0^2 sin 2θ / g."""

from __future__ import annotations

import math
import re

from ..dynamics import flight, read_launch
from ..latex import fmt
from ..notes import check
from ..parts.timeseries import legend
from ._plots import axes_code, nice_range, points_code
from .common import Ctx, formula_corner

PRIORITY = 190
KEYWORDS = (r"projectile", r"launch", r"thrown|throw", r"fired", r"cannon", r"trajector", r"抛体", r"抛射", r"斜抛", r"发射", r"轨迹")
TITLE = ("A Projectile With and Without Drag", "有无空气阻力的抛体")
WHAT = ("Without air resistance a projectile's path is a parabola with range $v_0^2\\sin 2\\theta / g$; a drag force "
        "against the velocity takes energy away, so the path is lower and shorter and comes down more steeply.",
        "没有空气阻力时，抛体轨迹是抛物线，射程为 $v_0^2\\sin 2\\theta / g$；阻力与速度方向相反、不断消耗能量，"
        "所以轨迹更低、更短，下落得更陡。")


def evidence(info) -> int | None:
    return 0 if any(re.search(p, info.prose, re.I) for p in KEYWORDS) and read_launch(info) is not None else None


def needs(info) -> bool:
    """A launch with drag: the author's launch speed and drag coefficient k (the angle may be an example)."""
    return read_launch(info) is not None


def build(ctx: Ctx) -> None:
    w = ctx.w
    launch = read_launch(ctx.info)
    t0, x0, y0 = flight(launch, drag=False)
    t1, x1, y1 = flight(launch, drag=True)
    deg = math.degrees(launch.angle)
    range0 = launch.v0 ** 2 * math.sin(2 * launch.angle) / launch.g  # the closed form the RK4 flight matches
    model = "a = -k\\,|\\vec v|\\,\\vec v" if launch.quadratic else "\\vec a = -k\\,\\vec v"
    ctx.facts.update(launch=launch, range0=range0, range1=float(x1[-1]), land1=float(t1[-1]), land0=float(t0[-1]))
    w.example = not launch.angle_given
    given = f"v_0 = {fmt(launch.v0, 3)}\\text{{ m/s}},\\ \\theta = {fmt(deg, 3)}^\\circ,\\ k = {fmt(launch.k, 4)}"

    w.beat(ctx.title, ctx.L(
        f"One launch, ${given}$" + ("" if launch.angle_given else w.chose("angle"))
        + f", flown twice: without drag, and with a drag force, ${model}$ (per unit mass), $g = 9.8$.",
        f"同一次发射，${given}$" + ("" if launch.angle_given else w.chose("angle"))
        + f"，飞两次：无阻力一次，有阻力 ${model}$（单位质量）一次，$g = 9.8$。"))
    w.title(ctx.title)
    formula_corner(ctx, given + r",\quad " + model)
    xr = nice_range([0, max(x0)], 0.05)
    yr = nice_range([0, max(y0) * 1.5], 0.02)  # headroom for the ranges' text
    thin = max(1, len(t0) // 120)
    w.code(axes_code((0, xr[1], xr[2]), (0, yr[1], yr[2]), x_length=10.4, y_length=4.2) + ".to_edge(DOWN, buff=0.45)",
           'labels = axes.get_axis_labels(MathTex(r"x\\,(\\mathrm{m})", font_size=28), MathTex(r"y\\,(\\mathrm{m})", font_size=28))',
           "# both flights computed with RK4 when the scene was designed: (t, x, y)",
           points_code("free", list(zip(t0, x0, y0))[::thin] + [(t0[-1], x0[-1], y0[-1])], 4),
           points_code("drag", list(zip(t1, x1, y1))[::thin] + [(t1[-1], x1[-1], y1[-1])], 4),
           "def path(pts, color):",
           "    return VMobject(color=color, stroke_width=4).set_points_smoothly([axes.c2p(x, y) for _, x, y in pts])",
           "def at(pts, s):",
           "    # the position at time s (held at the landing point afterwards)",
           "    ts = [p[0] for p in pts]",
           "    return axes.c2p(np.interp(s, ts, [p[1] for p in pts]), np.interp(s, ts, [p[2] for p in pts]))",
           "free_path, drag_path = path(free, BLUE), path(drag, ORANGE)",
           "clock = ValueTracker(0)",
           "ball0 = always_redraw(lambda: Dot(at(free, clock.get_value()), color=BLUE, radius=0.1))",
           "ball1 = always_redraw(lambda: Dot(at(drag, clock.get_value()), color=ORANGE, radius=0.1))",
           f"aim = Arrow(axes.c2p(0, 0), axes.c2p(0, 0) + 1.3 * np.array([{fmt(math.cos(launch.angle), 4)}, {fmt(math.sin(launch.angle), 4)}, 0]),"
           " buff=0, color=YELLOW)")
    legend(w, [("\\text{no drag}", "BLUE"), (f"\\text{{drag }} k = {fmt(launch.k, 4)}", "ORANGE")])
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    w.beat(ctx.L("The launch", "发射"), ctx.L(f"Both start at the origin with speed ${fmt(launch.v0, 3)}$ m/s at ${fmt(deg, 3)}^\\circ$.",
                                            f"两者都从原点以 ${fmt(launch.v0, 3)}$ m/s、${fmt(deg, 3)}^\\circ$ 出发。"))
    w.play("Create(axes), Write(labels), GrowArrow(aim), FadeIn(legend)", 1.4)
    w.beat(ctx.L("Two flights, one clock", "同一时钟下的两次飞行"), ctx.L(
        f"Without drag the ball lands at $t = {fmt(t0[-1], 3)}$ s; with drag it lands sooner, at $t = {fmt(t1[-1], 3)}$ s, and lower all the way.",
        f"无阻力时在 $t = {fmt(t0[-1], 3)}$ s 落地；有阻力时更早，在 $t = {fmt(t1[-1], 3)}$ s 落地，全程都更低。"))
    w.code("self.add(ball0, ball1)")
    w.play(f"clock.animate.set_value({fmt(t0[-1], 4)}), Create(free_path), Create(drag_path)", 5, "rate_func=linear")
    shorter = 100 * (1 - x1[-1] / range0)
    w.beat(ctx.L("The ranges", "射程"), ctx.L(
        f"Without drag the range is $\\frac{{v_0^2 \\sin 2\\theta}}{{g}} = {fmt(range0, 1)}$ m; with drag it is ${fmt(x1[-1], 1)}$ m, "
        f"{fmt(shorter, 1)}% shorter.",
        f"无阻力射程 $\\frac{{v_0^2 \\sin 2\\theta}}{{g}} = {fmt(range0, 1)}$ m；有阻力射程 ${fmt(x1[-1], 1)}$ m，短了 {fmt(shorter, 1)}%。"))
    w.code(
        "ranges = VGroup(",
        f'    MathTex(r"R_0 = \\frac{{v_0^2 \\sin 2\\theta}}{{g}} = {fmt(range0, 1)}\\text{{ m}}", font_size=32, color=BLUE),',
        f'    MathTex(r"R_{{\\text{{drag}}}} = {fmt(x1[-1], 1)}\\text{{ m}}", font_size=32, color=ORANGE),',
        ").arrange(DOWN, aligned_edge=LEFT).next_to(axes.get_corner(UL), DR, buff=0.2).shift(RIGHT * 0.6)",
        f"marks = VGroup(Dot(axes.c2p({fmt(range0, 4)}, 0), color=BLUE), Dot(axes.c2p({fmt(x1[-1], 4)}, 0), color=ORANGE))",
    )
    w.play("FadeIn(marks, scale=1.5), Write(ranges)", 1.5)
    w.wait(1.2)


@check("projectile_drag")
def _check(f):
    return ("Why does the flight with drag land sooner as well as shorter?", "为什么有阻力的飞行不仅更近，而且更早落地？",
            f"Drag slows the rise, so the ball climbs less high and has less height to fall: it lands at "
            f"$t \\approx {fmt(f['land1'], 3)}$ s instead of ${fmt(f['land0'], 3)}$ s, at ${fmt(f['range1'], 4)}$ m instead of ${fmt(f['range0'], 4)}$ m.",
            f"阻力减缓上升，小球升得更低、要下落的高度更小，于是在 $t \\approx {fmt(f['land1'], 3)}$ s（而非 ${fmt(f['land0'], 3)}$ s）落地，"
            f"射程 ${fmt(f['range1'], 4)}$ m（而非 ${fmt(f['range0'], 4)}$ m）。")
