"""spring_mass: a mass on a spring moving as the author's second-order equation says (damped or
driven), beside its graph x(t) drawn at the same time; the motion is computed by RK4. A damping the block
leaves general is drawn at each of its regimes; several values the block gives one coefficient (``c = 2, 6, 10``,
欠阻尼、临界阻尼、过阻尼) are compared: each x(t) on shared axes and its path in the phase plane, the
characteristic discriminant's sign naming each regime, and a regime the block states checked."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from ..families import no_formula
from ..latex import extract, fmt
from ..notes import check

from ..odes import characteristic, general, listed_values, ode_system, rk4, tex_name, value_runs
from ..parts.timeseries import legend, time_axes
from ._plots import axes_code, nice_range, points_code
from .common import Ctx, formula_corner, math_mob, text_mob

PRIORITY = 205
KEYWORDS = (r"spring", r"弹簧", r"oscillat", r"振动", r"振子", r"harmonic", r"简谐", r"damp", r"阻尼",
            r"driven", r"受迫", r"resonan", r"共振", r"hooke", r"胡克")
TITLE = ("A Mass on a Spring", "弹簧振子")
WHAT = ("Newton's second law for a mass on a spring, $m\\ddot x = -kx$ (plus damping or a driving force), is a "
        "second-order equation; its solution $x(t)$ is the oscillation, drawn here beside the moving mass.",
        "弹簧振子的牛顿第二定律 $m\\ddot x = -kx$（加上阻尼或驱动力）是二阶方程；它的解 $x(t)$ 就是振动，这里与运动的物块并排画出。")


def evidence(info) -> int | None:
    """Spring words, unless the block asks for the phase plane (then phase_portrait draws it); a comparison of
    the block's values of one coefficient (see :func:`comparison`) whatever its words: both views are drawn here."""
    if comparison(info) is not None:
        return 0
    if re.search(r"phase|相图|相平面|limit\s+cycle|极限环|van\s+der\s+pol", info.prose, re.I):
        return None
    return 0 if any(re.search(p, info.prose, re.I) for p in KEYWORDS) else None


# The kinds of free damped motion, by the sign of the characteristic discriminant D = β² − 4αγ of
# αx'' + βx' + γx = 0: (en, zh, the roots in words en, zh); and the words an author uses for each.
REGIMES = {-1: ("underdamped", "欠阻尼", "complex roots: it oscillates", "复根：振荡"),
           0: ("critically damped", "临界阻尼", "a double root: critical", "重根：临界"),
           1: ("overdamped", "过阻尼", "real roots: no oscillation", "实根：不振荡")}
UNDAMPED = ("undamped", "无阻尼")  # β = 0: D < 0, but no decay at all
_REGIME_WORDS = {-1: r"under[- ]?damp\w*|欠阻尼|弱阻尼", 0: r"critical(?:ly)?[- ]?damp\w*|临界阻尼",
                 1: r"over[- ]?damp\w*|过阻尼|强阻尼"}
_SENTENCE_END = re.compile(r"[。；;！？!?]|\.(?:\s|$)")


@dataclass
class Comparison:
    """The block's values of one coefficient of αx'' + βx' + γx = 0, each with its discriminant and regime."""

    name: str  # the parameter (code name, "c", "zeta")
    values: list  # sympy numbers, the block's order
    coeffs: tuple  # (α, β, γ), parameters symbolic
    D: list  # β² − 4αγ at each value (sympy numbers)
    undamped: list[bool]  # β = 0 at that value
    stated: list[tuple[int, int]] = field(default_factory=list)  # (value index, the regime the block states)

    def sign(self, i: int) -> int:
        return int(bool(self.D[i] > 0)) - int(bool(self.D[i] < 0))

    def regime(self, i: int) -> tuple[str, str]:
        return UNDAMPED if self.undamped[i] else REGIMES[self.sign(i)][:2]


def comparison(info) -> Comparison | None:
    """Several values the block gives one coefficient of a linear, unforced oscillator (the others given or
    chosen), each a positive restoring force and a damping not negative; None otherwise."""
    import sympy as sp

    if not re.search(r"\\ddot|''|\\prime\s*\\prime|d\^\{?2\}?", " ".join(info.blocks)):
        return None  # no second derivative written: no oscillator (reading one is most of the cost)
    system = _oscillator(info)
    if system is None:
        return None
    swept = [p for p in system.params if listed_values(info, p)]
    coeffs = characteristic(system)
    if len(swept) != 1 or coeffs is None or not 2 <= len(listed_values(info, swept[0])) <= 4:
        return None
    name = swept[0]
    if set(general(info, list(system.params))) - {name}:
        return None  # another letter left general: each curve would stand for many
    values = listed_values(info, name)
    fixed = {sp.Symbol(p): sp.nsimplify(v) for p, v in system.params.items() if p != name}
    D, undamped = [], []
    for v in values:
        a, b, c = (sp.nsimplify(k.subs({**fixed, sp.Symbol(name): v})) for k in coeffs)
        if not all(k.is_number for k in (a, b, c)) or a <= 0 or b < 0 or c <= 0:
            return None  # negative damping or no restoring force: no regimes to compare
        D.append(sp.expand(b ** 2 - 4 * a * c))
        undamped.append(b == 0)
    out = Comparison(name, values, coeffs, D, undamped)
    out.stated = _stated_regimes(info.concept, name, values)
    return out


def _stated_regimes(text: str, name: str, values: list) -> list[tuple[int, int]]:
    """The regimes the block states for its values: a word right after a value (``c = 2 is underdamped``,
    ``c=1 时为欠阻尼``) or right before one (``overdamped for c = 10``, ``欠阻尼（c=1）``); after a list, as many
    words as values, in order (``c = 2, 6, 10: underdamped, critically damped, overdamped``). A negated word
    (not, 不是) states nothing."""
    words = "|".join(f"(?P<r{k + 1}>{w})" for k, w in _REGIME_WORDS.items())
    found = []  # (start, end, regime)
    for m in re.finditer(words, text, re.I):
        if re.search(r"(?:\bnot|n't|\bnever|不是|不为|不|非)\s*(?:\bbe\s+)?$", text[max(0, m.start() - 8):m.start()], re.I):
            continue
        found.append((m.start(), m.end(), next(k - 1 for k in (0, 1, 2) if m.group(f"r{k}"))))
    runs = value_runs(text, name)
    out: list[tuple[int, int]] = []
    claimed = set()
    for start, end, regime in found:
        ahead = re.match(r"\s*(?:\(|（|\bfor\b|\bwhen\b|\bat\b|\bwith\b|\bif\b|[:：])\s*(?:当)?\s*\$?\s*", text[end:])
        owner = next((r for r in runs if ahead and r[0] == end + ahead.end() and len(r[2]) == 1), None)
        if owner is None:  # the run before it in its sentence, with no other run between
            before = [r for r in runs if r[1] <= start and not _SENTENCE_END.search(text[r[1]:start])]
            owner = before[-1] if before else None
            if owner is not None and len(owner[2]) > 1:
                continue  # after a list: read below, as the list's words
        if owner is not None and (start, regime) not in claimed:
            claimed.add((start, regime))
            out.append((values.index(owner[2][0]), regime))
    for r0, r1, vals in (r for r in runs if len(r[2]) > 1):  # c = 2, 6, 10: underdamped, critically damped, overdamped
        lead = re.match(r"\s*\$?\s*(?:[:：—–]|,?\s*(?:which\s+are|i\.e\.,?|namely|respectively|give|giving|are)\b|，?\s*(?:分别(?:为|是|对应)?|依次(?:为|是)|即))\s*", text[r1:])
        if lead is None:
            continue
        at, regimes = r1 + lead.end(), []
        for start, end, regime in found:
            if start < at:
                continue
            if start != at:
                break
            regimes.append(regime)
            sep = re.match(r"\s*(?:motion|motions|oscillations?)?\s*(?:,|，|、|;|\band\b|和|与)?\s*(?:and\s+)?", text[end:])
            at = end + sep.end()
        if len(regimes) == len(vals):
            out += [(values.index(v), regime) for v, regime in zip(vals, regimes)]
    return out


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
    if _repelling(system):
        return None
    return system


def _repelling(system) -> bool:
    """x'' - 4x = 0: the force pushes away from 0 (its coefficient of x has the sign of x''), so the solutions
    grow like e^{2t} and there is no spring to draw.  Decided only at the values the block gives."""
    import sympy as sp

    from ..odes import characteristic

    found = characteristic(system)
    if found is None:
        return False
    a, _b, c = (k.subs({sp.Symbol(p): v for p, v in system.params.items() if p not in system.chosen}) for k in found)
    return not (a.free_symbols | c.free_symbols) and float(a) * float(c) < 0


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
        labels.append(REGIMES[-1 if d < -1e-9 else 0 if abs(d) <= 1e-9 else 1][2:])
    return free[0], values, labels


def needs(info) -> bool:
    """One second-order equation for a displacement (not an angle); a parameter the block leaves
    general only when its regimes can be swept (see _regimes), or given several values to compare."""
    system = _oscillator(info)
    return system is not None and (comparison(info) is not None or _regimes(system, info) is not False)


def title_for(info) -> tuple[str, str] | None:
    return ("Damped Motions Compared", "阻尼振动的比较") if comparison(info) is not None else None


def build(ctx: Ctx) -> None:
    w = ctx.w
    system = _oscillator(ctx.info)
    w.example = no_formula(ctx.info)  # the first beat then says "For instance"
    compared = comparison(ctx.info)
    if compared is not None:
        _compare(ctx, system, compared)
        return
    regimes = _regimes(system, ctx.info)
    if regimes:
        _sweep(ctx, system, *regimes)
        return
    F = system.F()
    rest_x = _equilibrium(F)
    # a chosen start is a pull of 1 from where the mass hangs at rest (x_e = l + mg/k), never a point above it
    u0, own = system.start([rest_x + 1.0, 0.0])
    resonance = w.example and re.search(_RESONANCE_WORDS, ctx.info.prose, re.I)
    T = 30.0 if resonance else 12.0  # long enough for the resonant swing to build up
    ts, us = rk4(F, 0.0, u0, T, 1500 if resonance else 600)
    xs = us[:, 0]
    T = float(ts[-1])
    amp = max(float(np.max(np.abs(xs))), 1e-6)
    swing = max(float(np.max(np.abs(xs - rest_x))), 1e-6)  # about the equilibrium, which the picture's marker shows
    yr = nice_range([-amp, amp] if rest_x == 0 else [min(float(xs.min()), rest_x), max(float(xs.max()), rest_x)], 0.1)
    scale = 1.6 / swing  # screen units per unit of x: the mass swings at most 1.6 to each side
    shown = f"(x_at(t.get_value()) - {fmt(rest_x, 6)})" if rest_x else "x_at(t.get_value())"  # the picture shows x - x_e
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
        "rest = LEFT * 3.8 + DOWN * 0.6  # where the mass sits at equilibrium",
        "",
        "def spring():",
        "    # a zigzag from the wall to the mass, stretched or squeezed with x",
        f"    end = rest + RIGHT * (k * {shown} - 0.45)",
        "    start = wall.get_center()",
        "    n = 14",
        "    pts = [start + (end - start) * i / n + UP * (0.22 if i % 2 else -0.22) * (0 < i < n) for i in range(n + 1)]",
        "    return VMobject(color=GREY_A, stroke_width=3).set_points_as_corners(pts)",
        "",
        f"mass = always_redraw(lambda: Square(0.9, color=BLUE, fill_opacity=0.8).move_to(rest + RIGHT * k * {shown}))",
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
    elif rest_x != 0:
        lo, hi = fmt(float(xs.min()), 3), fmt(float(xs.max()), 3)
        w.beat(ctx.L("Read the graph", "读图"), ctx.L(
            f"It swings between ${lo}$ and ${hi}$, about the rest position ${x}_e = {fmt(rest_x, 4)}$ where the forces balance "
            f"(the dashed mark); at the end ${x} \\approx {fmt(float(xs[-1]), 3)}$.",
            f"它在 ${lo}$ 与 ${hi}$ 之间往复，围绕受力平衡的位置 ${x}_e = {fmt(rest_x, 4)}$（虚线处）振动；"
            f"结束时 ${x} \\approx {fmt(float(xs[-1]), 3)}$。"))
    else:
        w.beat(ctx.L("Read the graph", "读图"), ctx.L(
            f"The largest swing is ${fmt(amp, 3)}$; at the end ${x} \\approx {fmt(float(xs[-1]), 3)}$.",
            f"最大位移为 ${fmt(amp, 3)}$；结束时 ${x} \\approx {fmt(float(xs[-1]), 3)}$。"))
    w.play("Indicate(tip, scale_factor=2)", 1)
    w.wait(1)


def _equilibrium(F) -> float:
    """Where the mass rests: the x with no acceleration at rest, for a force linear in x (x_e = l + mg/k for
    m x'' = mg - k(x - l)); 0 when the force is not linear there, has no such point or is driven (depends on t)."""
    a0, a1, a2 = (float(F(0.0, [x, 0.0])[1]) for x in (0.0, 1.0, 2.0))
    if abs(float(F(1.234, [0.0, 0.0])[1]) - a0) > 1e-12:
        return 0.0  # a driving force: the rest position moves with it
    if not all(map(math.isfinite, (a0, a1, a2))) or abs(a1 - a0) < 1e-12 or abs((a2 - a1) - (a1 - a0)) > 1e-9 * max(1.0, abs(a1 - a0)):
        return 0.0
    return round(-a0 / (a1 - a0), 9)


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


def _number_tex(v) -> str:
    """An exact value as the block writes it: 9, 0.25, -32."""
    return str(int(v)) if v.is_Integer else fmt(float(v), 4)


def _discriminant_tex(a, b, c) -> str:
    """``c^2 - 4 k m``: β² − 4αγ in the author's letters."""
    import sympy as sp

    names = {q: tex_name(q.name) for q in (a * b * c).free_symbols}  # omega_{0} -> \\omega_{0}
    square = f"{sp.latex(b, symbol_names=names)}^2" if b.is_Symbol else f"\\left({sp.latex(b, symbol_names=names)}\\right)^2"
    return f"{square} - {sp.latex(4 * a * c, symbol_names=names)}"


def _sign_tex(d_tex: str, comp: Comparison, i: int) -> str:
    """``c^2 - 4 k m = -32 < 0`` (``= 0`` once when it vanishes)."""
    if comp.sign(i) == 0:
        return f"{d_tex} = 0"
    return f"{d_tex} = {_number_tex(comp.D[i])} {'<' if comp.sign(i) < 0 else '>'} 0"


def _horizon(comp: Comparison, system) -> float:
    """Long enough for the slowest of the motions to settle (7 time constants), or four periods of an undamped one."""
    import sympy as sp

    fixed = {sp.Symbol(p): v for p, v in system.params.items() if p != comp.name}
    rates, freqs = [], []
    for v in comp.values:
        a, b, c = (complex(k.subs({**fixed, sp.Symbol(comp.name): v})) for k in comp.coeffs)
        for r in np.roots([a.real, b.real, c.real]):
            rates.append(-r.real)
            freqs.append(abs(r.imag))
    slow = min(rates)
    T = 7 / slow if slow > 1e-9 else 8 * np.pi / max(max(freqs), 1e-6)
    return float(min(max(T, 2.0), 60.0))


def _compare(ctx: Ctx, system, comp: Comparison) -> None:
    """Each of the block's values: its x(t) on shared axes (left) and its path in the phase plane (right), with
    D = β² − 4αγ and the regime its sign names; a regime the block states is checked."""
    w = ctx.w
    x, (xt, vt) = system.states[0], system.state_tex
    ptex = tex_name(comp.name)
    u0, own = system.start([1.0, 0.0])
    T = _horizon(comp, system)
    colours = ("BLUE", "YELLOW", "RED", "GREEN")
    runs = []
    for v in comp.values:
        ts, us = rk4(system.at({comp.name: float(v)}).F(), 0.0, u0, T, 600)
        runs.append((ts[::3], us[::3]))
    xs = np.concatenate([u[:, 0] for _, u in runs])
    vs = np.concatenate([u[:, 1] for _, u in runs])
    d_tex = _discriminant_tex(*comp.coeffs)
    others = ",\\ ".join(f"{tex_name(p)} = {fmt(val, 3)}" for p, val in system.params.items() if p != comp.name)
    ic = f"{xt}(0) = {fmt(u0[0], 3)},\\ {vt}(0) = {fmt(u0[1], 3)}"
    shown = ", ".join(_number_tex(v) for v in comp.values)
    said = {i: r for i, r in comp.stated}
    ctx.facts.update(x=x, rows=system.rows, ic=ic, comparison=comp, d_tex=d_tex,
                     what=("The roots of the characteristic equation $\\alpha r^2 + \\beta r + \\gamma = 0$ of $\\alpha\\ddot x + "
                           "\\beta\\dot x + \\gamma x = 0$ decide the motion: complex when $D = \\beta^2 - 4\\alpha\\gamma < 0$ "
                           "(underdamped: it oscillates), a double root when $D = 0$ (critically damped), real when $D > 0$ "
                           "(overdamped).",
                           "特征方程 $\\alpha r^2 + \\beta r + \\gamma = 0$ 的根决定 $\\alpha\\ddot x + \\beta\\dot x + \\gamma x = 0$ 的运动："
                           "$D = \\beta^2 - 4\\alpha\\gamma < 0$ 时为共轭复根（欠阻尼，振荡），$D = 0$ 时为重根（临界阻尼），"
                           "$D > 0$ 时为两个实根（过阻尼）。"))
    w.beat(ctx.title, ctx.L(
        f"${system.rows[0]}$ with ${ptex} = {shown}${system.at({comp.name: float(comp.values[0])}).declared(w)}: the sign of the "
        f"discriminant $D = {d_tex}$ of its characteristic equation names each motion.",
        f"${system.rows[0]}$ 中取 ${ptex} = {shown}${system.at({comp.name: float(comp.values[0])}).declared(w)}：特征方程的判别式 "
        f"$D = {d_tex}$ 的符号决定每种运动的类型。"))
    w.title(ctx.title)
    formula_corner(ctx, system.rows[0] + (f",\\quad {others}" if others else "") + f",\\quad {ic}", size=32)
    tr = nice_range([0, T], 0)
    w.code(axes_code((0, tr[1], tr[2]), nice_range(list(xs) + [0], 0.08), x_length=6.3, y_length=3.9, name="taxes")
           + ".move_to(LEFT * 3.55 + DOWN * 1.65)",
           f'tlabels = taxes.get_axis_labels(MathTex("t", font_size=28), MathTex(r"{xt}", font_size=28))',
           axes_code(nice_range(list(xs) + [0], 0.1), nice_range(list(vs) + [0], 0.1), x_length=5.6, y_length=3.9, name="paxes")
           + ".move_to(RIGHT * 3.75 + DOWN * 1.65)",
           f'plabels = paxes.get_axis_labels(MathTex(r"{xt}", font_size=28), MathTex(r"{vt}", font_size=28))')
    rows = []
    for i, (v, (ts, us), colour) in enumerate(zip(comp.values, runs, colours)):
        en, zh = comp.regime(i)
        w.code(points_code(f"run{i}", list(zip(ts, us[:, 0]))),
               f"def run{i}_f(s):",
               f"    return float(np.interp(s, [p[0] for p in run{i}], [p[1] for p in run{i}]))",
               f"run{i}_graph = taxes.plot(run{i}_f, x_range=[0, {fmt(float(ts[-1]), 4)}, {fmt(float(ts[-1]) / 240, 4)}], "
               f"color={colour}, stroke_width=4)",
               points_code(f"path{i}", list(zip(us[:, 0], us[:, 1]))),
               f"orbit{i} = VMobject(color={colour}, stroke_width=4).set_points_as_corners([paxes.c2p(a, b) for a, b in path{i}])")
        case = math_mob(f"{ptex} = {_number_tex(v)}:\\quad {_sign_tex(d_tex, comp, i)}", 28, colour)
        rows.append(f"VGroup(Line(ORIGIN, RIGHT * 0.45, color={colour}, stroke_width=5), {case}, "
                    f"{text_mob(ctx.L(en, zh), 24, colour)}).arrange(RIGHT, buff=0.2)")
    w.code(f"table = VGroup({', '.join(rows)}).arrange(DOWN, aligned_edge=LEFT, buff=0.12)",
           "table.next_to(formula, DOWN, buff=0.2).to_edge(LEFT, buff=0.8)  # room on the right for a stated regime")
    w.fit("table", 9, 1.7)
    w.play("Write(title), FadeIn(formula), Create(taxes), Write(tlabels), Create(paxes), Write(plabels)", 1.6)
    w.beat(ctx.L("The same start", "同一初始状态"), ctx.L(
        f"Each motion starts at ${ic}$" + ("" if own else w.chose("start")) + f": on the left ${xt}$ against $t$, on the right "
        f"the state $({xt}, {vt})$ in the phase plane.",
        f"每种运动都从 ${ic}$ 出发" + ("" if own else w.chose("start")) + f"：左边是 ${xt}$ 随 $t$ 的变化，右边是相平面上的状态 $({xt}, {vt})$。"))
    w.code(f"start = Dot(paxes.c2p({fmt(u0[0], 4)}, {fmt(u0[1], 4)}), color=WHITE, radius=0.07)")
    w.play("FadeIn(start, scale=1.5)", 0.6)
    for i, v in enumerate(comp.values):
        en, zh = comp.regime(i)
        roots_en, roots_zh = REGIMES[comp.sign(i)][2:]
        rel = "<" if comp.sign(i) < 0 else "=" if comp.sign(i) == 0 else ">"
        head = f"${ptex} = {_number_tex(v)}$: $D = {_sign_tex(d_tex, comp, i)}$"
        if comp.undamped[i]:
            words = ctx.L(f"{head}, and no damping term: it oscillates forever ({en}); its path is a closed loop.",
                          f"{head}，且没有阻尼项：永远振荡（{zh}）；相轨线是闭合曲线。")
        elif comp.sign(i) < 0:
            words = ctx.L(f"{head}, {roots_en} ({en}): ${xt}$ crosses 0 again and again with shrinking swings, and the path spirals into the origin.",
                          f"{head}，{roots_zh}（{zh}）：${xt}$ 反复穿过 0、振幅逐渐减小，相轨线绕原点螺旋收拢。")
        else:
            words = ctx.L(f"{head}, {roots_en} ({en}): ${xt}$ returns to 0 without oscillating, crossing it at most once, and the path "
                          "runs into the origin without circling it.",
                          f"{head}，{roots_zh}（{zh}）：${xt}$ 不振荡地回到 0（至多穿过一次），相轨线不绕圈地进入原点。")
        stated = said.get(i)
        if stated is not None and stated == comp.sign(i):  # undamped is underdamped's limit (ζ = 0 < 1): not false
            words += ctx.L(" As the block says.", "与题中所说一致。")
        elif stated is not None:
            s_en, s_zh = REGIMES[stated][:2]
            words += ctx.L(f" The block says ${ptex} = {_number_tex(v)}$ is {s_en}; that is false: $D {rel} 0$ makes it {en}.",
                           f"题中说 ${ptex} = {_number_tex(v)}$ 时为{s_zh}，这不成立：$D {rel} 0$，应为{zh}。")
        w.beat(ctx.L(f"{en.capitalize()} ({_number_tex(v)})", f"{zh}（{_number_tex(v)}）"), words)
        w.play(f"FadeIn(table[{i}]), Create(run{i}_graph), Create(orbit{i})", 3.0, "rate_func=linear")
        if stated is not None and stated != comp.sign(i):
            w.code(f"said = {text_mob(ctx.L('the block says: ', '题中说：') + REGIMES[stated][0 if not ctx.zh else 1], 22, 'RED')}",
                   f"room = 6.9 - table[{i}].get_right()[0] - 0.3",
                   "if said.width > room:",
                   "    said.scale_to_fit_width(room)",
                   f"said.next_to(table[{i}], RIGHT, buff=0.3)",
                   "cross = Cross(said, stroke_color=RED, stroke_width=4)")
            w.play("FadeIn(said)", 0.6)
            w.play("Create(cross)", 0.5)
        w.wait(0.6)
    w.beat(ctx.L("Compare", "比较"), ctx.L(
        f"The sign of $D$ sorts the motions: $D < 0$ oscillates (a spiral in the phase plane), $D = 0$ and $D > 0$ do not "
        f"(the paths run straight into the origin).",
        f"$D$ 的符号把运动分开：$D < 0$ 时振荡（相平面上是螺旋线），$D = 0$ 与 $D > 0$ 时不振荡（轨线直接进入原点）。"))
    w.play("Indicate(table, scale_factor=1.05)", 1.2)
    w.wait(1.5)


@check("spring_mass")
def _check(f):
    x = f["x"]
    if "comparison" in f:
        d = f["d_tex"]
        return ("Which sign of the discriminant makes the motion oscillate, and how does that look in the phase plane?",
                "判别式取什么符号时运动会振荡？在相平面上是什么样子？",
                f"$D = {d} < 0$: complex roots, so ${x}$ keeps crossing 0 and the phase path spirals into the origin; with "
                "$D \\ge 0$ the path enters the origin without circling.",
                f"$D = {d} < 0$：特征根为复数，${x}$ 反复穿过 0，相轨线绕原点螺旋收拢；$D \\ge 0$ 时轨线不绕圈地进入原点。")
    return (f"In the graph, where is the mass moving fastest, and where does it stop for an instant?",
            f"从图上看，物块在哪里运动最快？在哪里瞬间静止？",
            f"Fastest where the graph is steepest (crossing ${x} = 0$); at rest at the peaks and troughs, where the slope $\\dot {x}$ is 0.",
            f"图像最陡的地方（穿过 ${x} = 0$ 时）最快；波峰和波谷处斜率 $\\dot {x} = 0$，瞬间静止。")
