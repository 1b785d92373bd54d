"""phase_portrait: the vector field of the author's system of two equations (or one equation of
second order), and the trajectory from their initial state, integrated by RK4 at design time."""

from __future__ import annotations

import re

import numpy as np

from ..latex import fmt
from ..notes import check
from ..odes import general, ode_system, rk4
from ._plots import axes_code, field_code, nice_range, solution_code, thin
from .common import Ctx, formula_corner, math_mob

PRIORITY = 210
KEYWORDS = (r"phase\s+(portrait|plane|space)", r"相图", r"相平面", r"相空间", r"predator", r"prey", r"捕食",
            r"lotka", r"volterra", r"van\s+der\s+pol", r"pendulum", r"单摆", r"system\s+of\s+(differential\s+)?equations",
            r"微分方程组", r"differential\s+equation", r"微分方程", r"limit\s+cycle", r"极限环", r"nullcline")
TITLE = ("Phase Portrait", "相图")
WHAT = ("A system of two first-order equations (or one of second order) assigns a velocity to every state; the phase "
        "portrait draws those velocities as arrows and a trajectory as the path the state follows.",
        "两个一阶方程组成的方程组（或一个二阶方程）给每个状态指定一个速度；相图把这些速度画成箭头，轨线就是状态随时间走过的路径。")


def _planar(info):
    """The block's autonomous system in two states (a phase plane is a picture of one: an equation
    forced by its independent variable, y'' - 3y' + 2y = x e^x, has no fixed field of arrows)."""
    system = ode_system(info)
    if system is None or len(system.states) != 2:
        return None
    mentions = re.compile(r"(?<![\w.])%s(?![\w(])" % re.escape(system.indep))
    return None if any(mentions.search(c) for c in system.rhs) else system


def evidence(info) -> int | None:
    if any(re.search(p, info.prose, re.I) for p in KEYWORDS):
        return 0
    return 1 if _planar(info) is not None else None


def needs(info) -> bool:
    """Two unknowns (or one of second order) whose equations the designer can integrate, with no
    parameter the block leaves general (one portrait would answer for one value of it)."""
    system = _planar(info)
    return system is not None and not general(info, list(system.params))


# "the graphs of x and y", "x(t) and y(t) against time", "随时间变化的图像": the states against t, not the phase plane
_IN_TIME = (r"graphs?\s+of\s+\$?\s*[a-z]\s*\$?\s*(?:\(t\)\s*)?and\s+\$?\s*[a-z]|against\s+(?:time|\$?t\b)|"
            r"(?:over|in)\s+time\b|time\s+series|随时间变化的?(?:图像|曲线)|关于\s*\$?t\$?\s*的图像|(?:时间|t)\s*[-—]\s*\S{0,3}\s*图像")
_MOST = r"\bmost\b|\bmaxim|\bpeak|\blargest|\bgreatest|最大|最多|峰值"


def title_for(info) -> tuple[str, str] | None:
    return ("The States in Time", "各状态随时间的变化") if _in_time(info) else None


def _in_time(info) -> bool:
    """The block asks the states' graphs against time, and gives its own initial state (a picture of its run)."""
    system = _planar(info)
    return system is not None and system.y0 is not None and not system.second_order \
        and re.search(_IN_TIME, info.concept, re.I) is not None


def build(ctx: Ctx) -> None:
    if _in_time(ctx.info):
        return _build_in_time(ctx)
    w = ctx.w
    system = _planar(ctx.info)
    F = system.F()
    u0, own = system.start([1.0, 0.0] if system.second_order else [2.0, 1.0])
    ts, us = rk4(F, 0.0, u0, 20.0, 2000)
    # a trajectory that grows without bound (x'' = 4x reaches 10^17 by t = 20) is drawn at the start's scale, not its end's
    limit = 10 * max(1.0, float(np.max(np.abs(u0))))
    away = np.nonzero(~(np.max(np.abs(us), axis=1) <= limit))[0]
    escapes = away.size > 0
    if escapes:
        ts, us = ts[:max(int(away[0]), 2) + 1], us[:max(int(away[0]), 2) + 1]
    xs, ys = us[:, 0], us[:, 1]
    xr = nice_range(np.percentile(xs, [1, 99]), 0.15)
    yr = nice_range(np.percentile(ys, [1, 99]), 0.15)
    keep = (xs >= xr[0]) & (xs <= xr[1]) & (ys >= yr[0]) & (ys <= yr[1])
    cut = int(np.argmin(keep)) if not keep.all() else len(xs)
    pts = list(zip(xs[:cut], ys[:cut]))[thin(cut, 240)]
    end = np.array([xs[cut - 1], ys[cut - 1]])
    size = max(xr[1] - xr[0], yr[1] - yr[0])
    tail = us[int(0.8 * cut):cut]
    if escapes or cut < len(xs):
        fate = ctx.L("It runs out of the window: this state keeps growing.", "它跑出了画面：这个状态一直在增长。")
    elif np.ptp(tail[:, 0]) < 0.02 * size and np.ptp(tail[:, 1]) < 0.02 * size:
        fate = ctx.L(f"It settles at the equilibrium $({fmt(end[0], 2)}, {fmt(end[1], 2)})$.",
                     f"它最终停在平衡点 $({fmt(end[0], 2)}, {fmt(end[1], 2)})$。")
    else:
        fate = ctx.L("It keeps circling: the motion repeats (or nearly so) in a loop.", "它不断绕圈：运动（近似）周期地重复。")
    a, b = system.state_tex
    s0 = f"({fmt(u0[0], 2)}, {fmt(u0[1], 2)})"
    ctx.facts.update(rows=system.rows, start=s0, fate=fate, states=(a, b))

    w.beat(ctx.title, ctx.L(f"The state $({a}, {b})$ moves with the velocity the equations give{system.declared(w)}.",
                            f"状态 $({a}, {b})$ 按方程给出的速度运动{system.declared(w)}。"))
    w.title(ctx.title)
    _system_panel(ctx, system, 34, 2.4)
    w.code(axes_code(xr, yr, x_length=8, y_length=5.6) + ".to_edge(RIGHT, buff=0.4).to_edge(DOWN, buff=0.3)",
           f'labels = axes.get_axis_labels(MathTex(r"{a}", font_size=30), MathTex(r"{b}", font_size=30))',
           "",
           f"def velocity({', '.join(system.states)}):",
           f"    return np.array([{system.rhs[0]}, {system.rhs[1]}], dtype=float)",
           "",
           "def arrow(px, py):",
           "    # the velocity's direction at (px, py), measured on screen; longer arrows for faster motion",
           "    v = velocity(px, py)",
           "    p = axes.c2p(px, py)",
           "    d = axes.c2p(px + 1e-3 * v[0], py + 1e-3 * v[1]) - p",
           "    n = np.linalg.norm(d)",
           "    d = d / max(n, 1e-12)",
           "    return Arrow(p, p + d * 0.34, buff=0, stroke_width=2.5, color=TEAL, max_tip_length_to_length_ratio=0.35)",
           "",
           *field_code("arrow", xr[:2], yr[:2], 11, 8, name="arrows"),
           "# the 88 shafts as one path and the 88 heads as one shape: drawn and copied as two shapes, not 88",
           "shafts = VMobject(color=TEAL).set_stroke(width=arrows[0].get_stroke_width())",
           "heads = VMobject(color=TEAL, fill_opacity=1, stroke_width=0)",
           "for a in arrows:",
           "    heads.append_vectorized_mobject(a.pop_tips()[0])",
           "    shafts.append_vectorized_mobject(a)",
           "field = VGroup(shafts, heads)")
    w.play("Write(title), FadeIn(system)", 1.2)
    w.beat(ctx.L("The velocity field", "速度场"), ctx.L(f"Each arrow points where the state goes next: $({a}', {b}')$ at that point.",
                                                      f"每个箭头指向状态下一步的去向：该点处的 $({a}', {b}')$。"))
    w.play("Create(axes), Write(labels)", 1)
    w.play("Create(shafts), FadeIn(heads)", 2)
    w.beat(ctx.L("A trajectory", "一条轨线"), ctx.L(
        f"From ${s0}$" + ("" if own else w.chose("start")) + ", RK4 steps follow the arrows.",
        f"从 ${s0}$ 出发" + ("" if own else w.chose("start")) + "，用 RK4 沿箭头一步步前进。"))
    w.code("# the trajectory, computed with RK4 (t from 0 to 20) when the scene was designed",
           *solution_code("path", pts, u0, stroke_width=4, radius=0.08),
           "mover = Dot(axes.c2p(*points[0]), color=YELLOW, radius=0.08)")
    w.play("FadeIn(start, scale=1.5), FadeIn(mover)", 0.6)
    w.play("Create(path), MoveAlongPath(mover, path)", 4.5, "rate_func=linear")
    w.beat(ctx.L("Where it goes", "最终去向"), fate)
    w.play("Indicate(mover, scale_factor=1.8)", 1)
    w.wait(1.2)


def _system_panel(ctx: Ctx, system, size: int, height: float) -> None:
    """``system``: the author's equations stacked at the upper left, at most 4.2 wide and ``height`` tall."""
    w = ctx.w
    w.code(f"system = {math_mob(system.stacked_rows(), size)}")
    w.code("system.to_corner(UL, buff=0.35).shift(DOWN * 0.55)")
    w.fit("system", 4.2, height)
    w.code("system.add_background_rectangle(opacity=0.85, buff=0.1)")


def _build_in_time(ctx: Ctx) -> None:
    """Each state against t from the author's initial state (RK4), over the span the block gives (0 ≤ t ≤ T) or
    [0, 20]; the instant a state is largest marked when the block asks when it is most."""
    from ..given import interval
    from ..parts.timeseries import instant, legend, response, time_axes

    w = ctx.w
    system = _planar(ctx.info)
    span = interval(ctx.info, system.indep, named=True)
    horizon = float(span[1]) if span is not None and span[0] == 0 and 0 < span[1] <= 1e4 else 20.0
    ts, us = rk4(system.F(), 0.0, list(system.y0), horizon, 2000)
    a, b = system.state_tex
    keep = thin(len(ts), 200)
    grid = [round(float(t), 5) for t in ts[keep]]
    colours = ("BLUE", "ORANGE")
    peaks = []
    if re.search(_MOST, ctx.info.prose, re.I):
        for k in range(2):
            i = int(np.argmax(us[:, k]))
            if 0 < i < len(ts) - 1:  # an interior maximum, not the start or the end of the span
                left, mid, right = us[i - 1, k], us[i, k], us[i + 1, k]
                bend = left - 2 * mid + right  # the parabola through the three samples: its vertex, not the grid's step
                shift = 0.5 * (left - right) / bend if bend < 0 else 0.0
                dt = float(ts[1] - ts[0])
                peaks.append((k, float(ts[i]) + shift * dt, float(mid - 0.25 * (left - right) * shift)))
    ctx.facts.update(rows=system.rows, start=f"({fmt(system.y0[0], 3)}, {fmt(system.y0[1], 3)})", states=(a, b),
                     fate=ctx.L("", ""), peaks=peaks, in_time=True)
    start = ", ".join(f"${t}(0) = {fmt(v, 3)}$" for t, v in zip(system.state_tex, system.y0))
    w.beat(ctx.title, ctx.L(f"The system from {start}: each state as a function of $t$.",
                            f"从 {start} 出发：每个状态都是 $t$ 的函数。"))
    w.title(ctx.title)
    _system_panel(ctx, system, 32, 1.8)
    time_axes(w, horizon, list(us[:, 0]) + list(us[:, 1]), y_tex=f"{a}, {b}", y_length=3.9)
    w.code(f"T_GRID = np.array({grid})")
    for k, name in enumerate(("first", "second")):
        w.code(f"{name.upper()}_VALUES = np.array({[round(float(v), 5) for v in us[keep, k]]})")
        response(w, name, f"np.interp(t, T_GRID, {name.upper()}_VALUES)", horizon, colours[k])
    legend(w, [(f"{a}(t)", colours[0]), (f"{b}(t)", colours[1])])
    w.play("Write(title), FadeIn(system)", 1.2)
    w.beat(ctx.L("Both states in time", "两个状态随时间变化"), ctx.L(
        f"RK4 steps from the initial state give ${a}(t)$ (blue) and ${b}(t)$ (orange) for $0 \\le t \\le {fmt(horizon)}$.",
        f"从初始状态用 RK4 逐步计算，得到 $0 \\le t \\le {fmt(horizon)}$ 上的 ${a}(t)$（蓝）与 ${b}(t)$（橙）。"))
    w.play("Create(axes), Write(labels)", 1)
    w.play("Create(first), Create(second), FadeIn(legend)", 3)
    for j, (k, t, v) in enumerate(peaks):
        name = system.state_tex[k]
        instant(w, t, v, f"{name}_{{\\max}} \\approx {fmt(v, 3)}", name=f"peak{j}", color=colours[k])
        w.beat(ctx.L(f"When {name} is largest", f"{name} 最大的时刻"), ctx.L(
            f"${name}$ is largest at $t \\approx {fmt(t, 3)}$, where ${name} \\approx {fmt(v, 3)}$.",
            f"$t \\approx {fmt(t, 3)}$ 时 ${name}$ 最大，约为 ${fmt(v, 3)}$。"))
        w.play(f"Create(peak{j}[0]), FadeIn(peak{j}[1]), Write(peak{j}[2])", 1.2)
    w.wait(1.5)


@check("phase_portrait")
def _check(f):
    a, b = f["states"]
    if f.get("in_time"):
        if f["peaks"]:
            k, t, v = f["peaks"][0]
            name = (a, b)[k]
            return (f"What is ${name}'$ at the instant $t \\approx {fmt(t, 3)}$ when ${name}$ is largest?",
                    f"$t \\approx {fmt(t, 3)}$ 时 ${name}$ 最大，此刻 ${name}'$ 等于多少？",
                    f"$0$: the graph of ${name}$ is level at its top, so the right-hand side of its equation vanishes there.",
                    f"$0$：${name}$ 的图像在最高点处是水平的，所以它的方程右边在该时刻等于零。")
        return (f"Where do the two curves start, and why there?", "两条曲线从哪里出发？为什么？",
                f"At the initial state ${f['start']}$ the block gives: every run of the system starts from its initial condition.",
                f"从题中给出的初始状态 ${f['start']}$ 出发：方程组的每一次演化都从初始条件开始。")
    return (f"At an equilibrium of this system, what are ${a}'$ and ${b}'$, and how does it look in the picture?",
            f"在这个方程组的平衡点处，${a}'$ 和 ${b}'$ 等于多少？在图中是什么样子？",
            f"Both are 0: the arrows vanish there, and a state that starts there stays. The trajectory from ${f['start']}$: {f['fate']}",
            f"都等于 0：那里的箭头长度为零，从那里出发的状态不会移动。从 ${f['start']}$ 出发的轨线：{f['fate']}")
