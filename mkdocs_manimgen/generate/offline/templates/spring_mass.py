"""spring_mass: a mass on a spring moving as the author's second-order equation says (damped or
driven), beside its graph x(t) drawn at the same time; the motion is computed by RK4."""

from __future__ import annotations

import re

import numpy as np

from ..families import no_formula
from ..latex import extract, fmt
from ..notes import check
from ..odes import tex_name, general, ode_system, rk4
from ..parts.timeseries import legend, time_axes
from ._plots import axes_code, nice_range, points_code
from .common import Ctx, formula_corner

PRIORITY = 205
KEYWORDS = (r"spring", r"弹簧", r"oscillat", r"振动", r"振子", r"harmonic", r"简谐", r"damp", r"阻尼",
            r"driven", r"受迫", r"resonan", r"共振", r"hooke", r"胡克")
TITLE = ("A Mass on a Spring", "弹簧振子")
WHAT = ("Newton's second law for a mass on a spring, $m\\ddot x = -kx$ (plus damping or a driving force), is a "
        "second-order equation; its solution $x(t)$ is the oscillation, drawn here beside the moving mass.",
        "弹簧振子的牛顿第二定律 $m\\ddot x = -kx$（加上阻尼或驱动力）是二阶方程；它的解 $x(t)$ 就是振动，这里与运动的物块并排画出。")


def evidence(info) -> int | None:
    """Spring words, unless the block asks for the phase plane (then phase_portrait draws it)."""
    if re.search(r"phase|相图|相平面|limit\s+cycle|极限环|van\s+der\s+pol", info.prose, re.I):
        return None
    return 0 if any(re.search(p, info.prose, re.I) for p in KEYWORDS) else None


# For a block that only names resonance ("What is resonance?"): driven at its natural frequency (ω₀ = 2), from
# rest, with light damping, the amplitude builds up towards 1/(cω₀) = 2.5.
RESONANCE = r"$\ddot x + 0.2\dot x + 4x = \cos 2t$, $x(0) = 0$, $\dot x(0) = 0$"
_RESONANCE_WORDS = r"resonan|共振"


def _oscillator(info):
    if no_formula(info):
        info = extract(RESONANCE) if re.search(_RESONANCE_WORDS, info.prose, re.I) else info
    system = ode_system(info)
    if system is None or not system.second_order or len(system.states) != 2:
        return None
    if system.states[0] in ("theta", "phi", "varphi"):  # an angle: a pendulum, not a spring
        return None
    return system


def _regimes(system, info):
    """``(parameter, values, labels)`` when the block leaves one parameter of a linear, unforced
    oscillator general (``\\gamma \\ge 0``): its three regimes, at half, once and twice the value where
    the characteristic roots' discriminant vanishes, each labelled (en, zh) by its roots. None when
    the block leaves no parameter general; False when it leaves one this sweep cannot show (drawing
    one case would answer a question the block does not ask)."""
    import sympy as sp

    free = general(info, list(system.params))
    if not free:
        return None
    if len(free) != 1:
        return False
    p = sp.Symbol(free[0])
    x, v = (sp.Symbol(n) for n in system.states)
    F = system.exprs[1].subs({sp.Symbol(q): val for q, val in system.params.items() if q != free[0]})
    a, b = sp.diff(F, v), sp.diff(F, x)
    if sp.Symbol(system.indep) in F.free_symbols or (a.free_symbols | b.free_symbols) - {p} \
            or sp.simplify(F - a * v - b * x) != 0:
        return False
    D = sp.expand(a ** 2 + 4 * b)  # roots of r^2 - a r - b = 0 are real when D >= 0
    roots = [float(r) for r in sp.solve(D, p) if r.is_real and r > 0]
    if not roots:
        return False
    pc = min(roots)
    values = [pc / 2, pc, 2 * pc]
    labels = []
    for val in values:
        d = float(D.subs(p, val))
        labels.append(("complex roots: it oscillates", "复根：振荡") if d < -1e-9 else
                      ("a double root: critical", "重根：临界") if abs(d) <= 1e-9 else
                      ("real roots: no oscillation", "实根：不振荡"))
    return free[0], values, labels


def needs(info) -> bool:
    """One second-order equation for a displacement (not an angle); a parameter the block leaves
    general only when its regimes can be swept (see _regimes)."""
    system = _oscillator(info)
    return system is not None and _regimes(system, info) is not False


def build(ctx: Ctx) -> None:
    w = ctx.w
    system = _oscillator(ctx.info)
    w.example = no_formula(ctx.info)  # the first beat then says "For instance"
    regimes = _regimes(system, ctx.info)
    if regimes:
        _sweep(ctx, system, *regimes)
        return
    F = system.F()
    u0, own = system.start([1.0, 0.0])
    resonance = w.example and re.search(_RESONANCE_WORDS, ctx.info.prose, re.I)
    T = 30.0 if resonance else 12.0  # long enough for the resonant swing to build up
    ts, us = rk4(F, 0.0, u0, T, 1500 if resonance else 600)
    xs = us[:, 0]
    T = float(ts[-1])
    amp = max(float(np.max(np.abs(xs))), 1e-6)
    yr = nice_range([-amp, amp], 0.1)
    scale = 1.6 / amp  # screen units per unit of x: the mass swings at most 1.6 to each side
    keep = slice(None, None, 3)
    x = system.states[0]
    rows = system.rows
    ic = f"{x}(0) = {fmt(u0[0], 3)},\\ \\dot {x}(0) = {fmt(u0[1], 3)}"
    ctx.facts.update(x=x, amp=amp, rows=rows, ic=ic, final=float(xs[-1]), T=T)

    w.beat(ctx.title, ctx.L(f"A mass on a spring obeys ${rows[0]}${system.declared(w)}.",
                            f"弹簧上的物块满足 ${rows[0]}${system.declared(w)}。"))
    w.title(ctx.title)
    formula_corner(ctx, rows[0] + r",\quad " + ic)
    w.code(
        "# the motion x(t), computed with RK4 when the scene was designed",
        points_code("motion", list(zip(ts[keep], xs[keep]))),
        "times = np.array([p[0] for p in motion])",
        "values = np.array([p[1] for p in motion])",
        "t = ValueTracker(0)",
        "",
        "def x_at(s):",
        "    return float(np.interp(s, times, values))",
        "",
        f"k = {fmt(scale, 4)}  # screen units per unit of {x}",
        "wall = Line(UP * 0.6, DOWN * 0.6, color=GREY_B, stroke_width=6).move_to(LEFT * 6.3 + DOWN * 0.6)",
        "rest = LEFT * 3.8 + DOWN * 0.6  # where the mass sits when the spring is relaxed",
        "",
        "def spring():",
        "    # a zigzag from the wall to the mass, stretched or squeezed with x",
        "    end = rest + RIGHT * (k * x_at(t.get_value()) - 0.45)",
        "    start = wall.get_center()",
        "    n = 14",
        "    pts = [start + (end - start) * i / n + UP * (0.22 if i % 2 else -0.22) * (0 < i < n) for i in range(n + 1)]",
        "    return VMobject(color=GREY_A, stroke_width=3).set_points_as_corners(pts)",
        "",
        "mass = always_redraw(lambda: Square(0.9, color=BLUE, fill_opacity=0.8).move_to(rest + RIGHT * k * x_at(t.get_value())))",
        "coil = always_redraw(spring)",
        "marker = DashedLine(rest + UP * 0.8, rest + DOWN * 0.8, color=GREY_C)",
        axes_code((0, nice_range([0, T], 0)[1], nice_range([0, T], 0)[2]), yr, x_length=5.6, y_length=3.6)
        + ".to_edge(RIGHT, buff=0.4).shift(DOWN * 0.6)",
        f'labels = axes.get_axis_labels(MathTex("t", font_size=28), MathTex("{x}", font_size=28))',
        "# drawn once and revealed as t runs (equal steps in t, so Create keeps pace with the mass)",
        f"graph = axes.plot(x_at, x_range=[0, {fmt(T, 3)}, {fmt(T / 240, 4)}], color=YELLOW)",
        "tip = always_redraw(lambda: Dot(axes.c2p(t.get_value(), x_at(t.get_value())), color=YELLOW, radius=0.06))",
    )
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    w.beat(ctx.L("The set-up", "装置"), ctx.L(f"The mass starts at ${ic}$" + ("" if own else w.chose("start")) + "; the graph will record its position.",
                                            f"物块从 ${ic}$ 开始" + ("" if own else w.chose("start")) + "；右边的图记录它的位置。"))
    w.play("Create(wall), Create(marker), FadeIn(coil, mass), Create(axes), Write(labels)", 1.4)
    w.code("self.add(tip)")
    w.beat(ctx.L("Let it go", "释放"), ctx.L(f"As time runs to $t = {fmt(T, 1)}$ the mass moves and the graph of ${x}(t)$ is drawn with it.",
                                            f"时间走到 $t = {fmt(T, 1)}$，物块运动，${x}(t)$ 的图像同步画出。"))
    w.play(f"t.animate.set_value({fmt(T, 2)}), Create(graph)", 7, "rate_func=linear")
    if resonance:
        w.beat(ctx.L("Resonance", "共振"), ctx.L(
            f"The force $\\cos 2t$ pushes at the spring's own frequency $\\omega_0 = \\sqrt{{4}} = 2$, always in step with the motion, "
            f"so each push adds to the swing: it grows from 0 to ${fmt(amp, 3)}$, towards $1/(0.2 \\cdot 2) = 2.5$, where damping "
            "takes away what the force puts in. Pushed at another frequency the swing stays small.",
            f"外力 $\\cos 2t$ 的频率正好等于弹簧的固有频率 $\\omega_0 = \\sqrt{{4}} = 2$，总与运动同步，每一推都使振幅变大："
            f"从 0 增长到 ${fmt(amp, 3)}$，趋向 $1/(0.2 \\cdot 2) = 2.5$，那时阻尼消耗的能量等于外力输入的能量。"
            "若以别的频率推动，振幅始终很小。"))
    else:
        w.beat(ctx.L("Read the graph", "读图"), ctx.L(
            f"The largest swing is ${fmt(amp, 3)}$; at the end ${x} \\approx {fmt(float(xs[-1]), 3)}$.",
            f"最大位移为 ${fmt(amp, 3)}$；结束时 ${x} \\approx {fmt(float(xs[-1]), 3)}$。"))
    w.play("Indicate(tip, scale_factor=2)", 1)
    w.wait(1)


def _sweep(ctx: Ctx, system, name: str, values: list[float], labels) -> None:
    """The author's oscillator at three values of the parameter it leaves general, one graph each."""
    w = ctx.w
    ptex, x = tex_name(name), system.states[0]
    u0, own = system.start([1.0, 0.0])
    T = 12.0
    curves, peak = [], 1e-6
    for val in values:
        ts, us = rk4(system.at({name: val}).F(), 0.0, u0, T, 600)
        curves.append(list(zip(ts[::3], us[::3, 0])))
        peak = max(peak, float(np.max(np.abs(us[:, 0]))))
    ic = f"{x}(0) = {fmt(u0[0], 3)},\\ \\dot {x}(0) = {fmt(u0[1], 3)}"
    shown = ", ".join(fmt(v, 3) for v in values)
    others = system.at({name: values[1]})  # the other letters' values the designer chose, said on screen
    held = held_zh = others.declared(w)
    ctx.facts.update(x=x, amp=peak, rows=system.rows, ic=ic, final=float(curves[0][-1][1]), T=T, sweep=(ptex, values))
    w.beat(ctx.title, ctx.L(f"${system.rows[0]}$ leaves ${ptex}$ general: its characteristic roots change kind at "
                            f"${ptex} = {fmt(values[1], 3)}$, so we draw ${ptex} = {shown}$, one of each kind{held}.",
                            f"${system.rows[0]}$ 中 ${ptex}$ 是一般的参数：特征根在 ${ptex} = {fmt(values[1], 3)}$ 处改变类型，"
                            f"所以取 ${ptex} = {shown}$，每种各画一条{held_zh}。"))
    w.title(ctx.title)
    formula_corner(ctx, system.rows[0])
    time_axes(w, T, [-peak, peak], y_tex=x, y_length=4.0)
    colors = ("BLUE", "YELLOW", "RED")
    for i, (pts, color) in enumerate(zip(curves, colors)):
        w.code(points_code(f"run{i}", pts),
               f"def run{i}_f(s):",
               f"    return float(np.interp(s, [p[0] for p in run{i}], [p[1] for p in run{i}]))",
               f"run{i}_graph = axes.plot(run{i}_f, x_range=[0, {fmt(T, 3)}, {fmt(T / 240, 4)}], color={color}, stroke_width=4)")
    legend(w, [(f"{ptex} = {fmt(v, 3)}", c) for v, c in zip(values, colors)])
    w.play("Write(title), FadeIn(formula), Create(axes), Write(labels)", 1.4)
    w.beat(ctx.L("The same start", "同一初始状态"),
           ctx.L(f"Each run starts at ${ic}$" + ("" if own else w.chose("start")) + ".",
                 f"每条曲线都从 ${ic}$ 出发" + ("" if own else w.chose("start")) + "。"))
    for i, ((en, zh), v) in enumerate(zip(labels, values)):
        w.beat(ctx.L(f"{ptex} = {fmt(v, 3)}", f"{ptex} = {fmt(v, 3)}"),
               ctx.L(f"${ptex} = {fmt(v, 3)}$: {en}.", f"${ptex} = {fmt(v, 3)}$：{zh}。"))
        # legend[0] is its background rectangle (add_background_rectangle puts it first)
        w.play(("FadeIn(legend[0]), " if i == 0 else "") + f"Create(run{i}_graph), FadeIn(legend[{i + 1}])", 2.6, "rate_func=linear")
    w.wait(1.5)


@check("spring_mass")
def _check(f):
    x = f["x"]
    return (f"In the graph, where is the mass moving fastest, and where does it stop for an instant?",
            f"从图上看，物块在哪里运动最快？在哪里瞬间静止？",
            f"Fastest where the graph is steepest (crossing ${x} = 0$); at rest at the peaks and troughs, where the slope $\\dot {x}$ is 0.",
            f"图像最陡的地方（穿过 ${x} = 0$ 时）最快；波峰和波谷处斜率 $\\dot {x} = 0$，瞬间静止。")
