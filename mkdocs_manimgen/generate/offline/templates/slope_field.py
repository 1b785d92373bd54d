"""slope_field: the direction field of the author's y' = f(x, y), then the solution through their
initial condition, computed by RK4 at design time, drawn along the slopes.  When the block asks for
Euler's method, its polygon with the author's step h is drawn over that solution."""

from __future__ import annotations

import re
from typing import NamedTuple

import numpy as np

from ..choices import stated_start, stated_step
from ..claims.core import literal_places, statement_rows
from ..families import no_formula
from ..given import assigned, interval
from ..latex import fmt, split_top
from ..notes import check
from ..odes import general, ode_system, rk4
from ..one_step import EULER, HEUN, method_asked, step_sizes
from ..one_step import chain as steps_chain
from ..one_step import points as steps_points
from ..storyboard import math_mob
from ..symbolic import number
from ._plots import axes_code, field_code, solution_code
from .common import Ctx, formula_corner, nice_step, tick

PRIORITY = 200
KEYWORDS = (r"slope\s+field", r"direction\s+field", r"方向场", r"斜率场", r"differential\s+equation", r"微分方程",
            r"initial\s+value", r"初值", r"logistic", r"逻辑斯谛", r"cooling", r"冷却", r"\bODE\b",
            r"exponential\s+(decay|growth)", r"指数(衰减|增长)")
TITLE = ("Slope Field and a Solution", "方向场与解曲线")
WHAT = ("A first-order differential equation $y' = f(x, y)$ prescribes a slope at every point; a solution is a curve "
        "that follows those slopes everywhere, and the initial condition picks one of them.",
        "一阶微分方程 $y' = f(x, y)$ 在平面上每一点规定一个斜率；解曲线处处沿着这些斜率走，初始条件选出其中一条。")


def _scalar(info):
    system = ode_system(info)
    if system is None or len(system.states) != 1:
        return None
    return system


def evidence(info) -> int | None:
    if any(re.search(p, info.prose, re.I) for p in KEYWORDS):
        return 0
    system = _scalar(info)
    if system is not None and system.states[0] in system.rhs[0]:  # y' depends on y: an ODE, not a derivative
        return 1
    return None


# Shown, declared "for instance", when a block asks about slope fields with no equation of its own:
# every solution of y' = x - y approaches the line y = x - 1, visible in the field without solving.
_EXAMPLE = r"$y' = x - y$, $y(0) = 2$"
_FIELD_WORDS = r"slope\s+field|direction\s+field|方向场|斜率场"


def _own_or_example(info):
    """(the info to read, its equation, whether it is our example): the author's y' = f(x, y), else the
    example when the block asks about slope fields and writes no math; None otherwise."""
    system = _scalar(info)
    if system is not None:
        return info, system, False
    if no_formula(info) and re.search(_FIELD_WORDS, info.prose, re.I):
        from ..latex import extract

        example = extract(_EXAMPLE)
        return example, _scalar(example), True
    return None


def needs(info) -> bool:
    """A first-order equation in one unknown, y' = f(x, y); or a block about slope fields with no math.
    Not when the start it would choose is a point where the equation is undefined (y' = sin(x)/x at x = 0)."""
    if any(re.search(r"(?<![A-Za-z\\])[pqPQgh]\s*\(\s*[xt]\s*\)\s*\\?,?\s*y|=\s*[pqPQgh]\s*\(\s*[xt]\s*\)", b)
           and re.search(r"y\s*'|\\frac\{\s*d\s*y", b) for b in info.blocks):
        return False  # y' + p(x) y = q(x): the general linear equation, whose p and q the field cannot draw as letters
    found = _own_or_example(info)
    if found is None:
        return False
    reading, system, _ = found
    if general(reading, list(system.params)):
        return False  # a parameter left general: one field would answer for one value of it
    s0, y0, given = start(reading, system)
    if not given and system.chosen:
        return False  # a start and a parameter both ours (k = 1, T(0) = 1 for a cup at 90 °C): the field of another problem
    if not given:
        with np.errstate(all="ignore"):
            try:
                slope = float(system.F()(s0, [y0])[0])
            except (ZeroDivisionError, ValueError, OverflowError):
                return False
        if not np.isfinite(slope):
            return False
    return True


def authors_step(info) -> float | None:
    """The author's h (``h = 0.5``, ``\\Delta x = 0.1``, "step size 0.25"; the first when several are compared) when the
    block asks for a one-step method (:func:`.one_step.method_asked`)."""
    if method_asked(info) is None:
        return None
    written = step_sizes(info)
    values = assigned(info, ("h", "\\Delta x", "\\Delta t"))
    h = written[0] if written else next(iter(values.values()), stated_step(info))
    return float(h) if h is not None and h > 0 else None


def euler_step(info, s0: float, end: float) -> tuple[float, bool] | None:
    """(h, given) when the block asks for a one-step method; else None. h is the author's (:func:`authors_step`)
    when it fits before ``end``, else a quarter of the way to ``end`` rounded down to 1, 2 or 5 (given=False)."""
    if method_asked(info) is None:
        return None
    h = authors_step(info)
    if h is not None and h <= end - s0 + 1e-9:
        return h, True
    raw = (end - s0) / 4
    return float(max(m * 10.0 ** np.floor(np.log10(raw)) for m in (1, 2, 5) if m * 10.0 ** np.floor(np.log10(raw)) <= raw)), False


class StatedStep(NamedTuple):
    """One Euler value the block states: y_k (k steps of h from the start), as written (``y(0.3) \approx 1.362``)."""

    k: int
    tex: str
    value: float
    places: int | None  # decimal places written; None for an exact value (``\frac{11}{10}``)


def stated_steps(info, y: str, s0: float, h: float) -> list[StatedStep]:
    """The Euler values the block states, in order: ``y_2 = 1.22``, ``y_{3} \approx 1.362``, ``y(0.3) \approx 1.362``
    (x = x_0 + k h on the grid of the author's step) and ``y_1 = y_0 + h f(x_0, y_0) = 1.1`` (its last side)."""
    name = re.escape(y)
    out = []
    for row in statement_rows(info):
        for piece in re.split(r"[，、；]", row):
            approx = re.search(r"\\approx(?![A-Za-z])|≈", piece) is not None
            parts = [p.strip() for p in split_top(re.sub(r"\\approx(?![A-Za-z])|≈", "=", piece), "=")]
            m = re.fullmatch(rf"{name}_\{{?(\d+)\}}?|{name}\s*\(\s*([^()]+?)\s*\)", parts[0]) if len(parts) > 1 else None
            value = number(parts[-1]) if m else None
            if value is None:
                continue
            if m.group(1) is not None:
                k = int(m.group(1))
            else:
                x = number(m.group(2))
                if x is None or abs((x - s0) / h - round((x - s0) / h)) > 1e-6:
                    continue
                k = round((x - s0) / h)
            places = literal_places(parts[-1])
            if places is None and re.fullmatch(r"\s*-?\d+\s*", parts[-1]):
                places = 0
            if 1 <= k <= 40:
                relation = r"\approx" if approx else "="
                out.append(StatedStep(k, f"{parts[0]} {relation} {parts[-1]}", value, places))
    return out


def _agrees(value: float, places: int | None, true: float) -> bool:
    """A stated value is the true one to the decimals written: rounded, or cut off there."""
    if places is None:
        return abs(value - true) <= 1e-9 * max(1.0, abs(true))
    unit = 10.0 ** -places
    return abs(value - true) <= 0.5 * unit * (1 + 1e-6) or abs(value - np.trunc(true / unit + 1e-9) * unit) < 1e-9 * unit


# How a stated Euler value holds: as Euler's y_k, as the solution's value y(x_k), or not at all ("").
STEP, SOLUTION = "step", "solution"


def checked_steps(info, F, y: str, s0: float, y0: float, h: float) -> list[tuple[StatedStep, str]]:
    """Each stated Euler value against the computed y_k, and how it holds (:data:`STEP`, :data:`SOLUTION` or ""):
    to its decimals; or one Euler step from the author's own rounded y_{k-1} (which held); or, written ``y(x_k)``,
    as the solution's value there (the exact value the steps are compared with)."""
    said = stated_steps(info, y, s0, h)
    if not said:
        return []
    method = method_asked(info) or EULER
    chain = steps_chain(method, F, s0, y0, h, max(s.k for s in said))
    held: dict[int, float] = {0: y0}
    out = []
    for s in said:
        holds = STEP if np.isfinite(chain[s.k]) and _agrees(s.value, s.places, chain[s.k]) else ""
        if not holds and s.k - 1 in held:
            prev = held[s.k - 1]
            holds = STEP if _agrees(s.value, s.places, method.advance(F, s0 + (s.k - 1) * h, prev, h)) else ""
        if holds:
            held[s.k] = s.value
        elif "(" in s.tex:
            ss, us = rk4(F, s0, [y0], s0 + s.k * h, 200)
            holds = SOLUTION if len(ss) == 201 and _agrees(s.value, s.places, float(us[-1, 0])) else ""
        out.append((s, holds))
    return out


def start(info, system) -> tuple[float, float, bool]:
    """(s0, y0, given): the author's initial condition ``y(0) = 1``, else the one point the block names
    ("the solution through $(0, 0.5)$"), else a start said in words ("initially at 90"), else (0, 1) chosen (given=False; the scene then says so)."""
    from ..given import points

    u0, own = system.start([1.0])
    if own:
        return 0.0, u0[0], True
    named = points(info, minimum=1)
    if named is not None and len(set(named)) == 1:
        return named[0][0], named[0][1], True
    said = stated_start(info) if len(system.states) == 1 else None  # "the tea is initially at 90 °C"
    if said is not None:
        return 0.0, said, True
    return 0.0, u0[0], False


def _window(system, F, s0: float, y0: float, end: float | None = None):
    """Independent range and the solution on it: time runs forward until the solution settles
    (or to ``end``, when the scene must show a given stretch)."""
    if end is not None:
        a, b = (s0 if system.indep == "t" else s0 - (end - s0) / 2), end
    elif system.indep == "t":
        ss, us = rk4(F, s0, [y0], s0 + 10, 400)
        ys = us[:, 0]
        span = 10.0
        if len(ys) > 20:
            final, scale = ys[-1], max(np.ptp(ys), 1e-9)
            moving = np.nonzero(np.abs(ys - final) > 0.02 * scale)[0]
            if len(moving) and len(ys) == 401:
                span = float(min(10.0, max(3.0, 1.4 * ss[moving[-1]] - s0)))
        a, b = s0, s0 + span
    else:
        a, b = s0 - 2, s0 + 4
    left = rk4(F, s0, [y0], a, 200) if a < s0 else (np.array([s0]), np.array([[y0]]))
    right = rk4(F, s0, [y0], b, 300)
    s = np.concatenate([left[0][::-1], right[0][1:]])
    y = np.concatenate([left[1][::-1, 0], right[1][1:, 0]])
    return a, b, s, y


def build(ctx: Ctx) -> None:
    w = ctx.w
    info, system, w.example = _own_or_example(ctx.info)
    F = system.F()
    x, y = system.indep, system.states[0]
    s0, y0, own_ic = start(info, system)
    stated = interval(info)  # "on [0, 1]": the author's stretch, not one the scene picks
    end = stated[1] if stated is not None and abs(stated[0] - s0) < 1e-9 else None
    h_own = authors_step(info)
    checks = checked_steps(info, F, y, s0, y0, h_own) if h_own is not None else []
    if end is None and checks:  # the author's steps, y_1 ... y_k, are the stretch shown
        end = s0 + max(s.k for s, _ in checks) * h_own
    a, b, ss, ys = _window(system, F, s0, y0, end)
    asked = euler_step(info, s0, b)
    if end is None and asked is not None and asked[1] and s0 + 10 * asked[0] < b:  # the author's h: show ten of their steps
        a, b, ss, ys = _window(system, F, s0, y0, s0 + 10 * asked[0])
    keep = np.isfinite(ys)
    ss, ys = ss[keep], ys[keep]
    lo, hi = (float(v) for v in np.percentile(ys, [4, 96]))  # a steep tail may leave the frame
    pad = max(0.25 * (hi - lo), min(1.0, b - a))  # a short stretch (the author's few Euler steps) keeps its scale
    lo, hi = lo - pad, hi + pad
    step_y, step_x = (nice_step(span) if span >= 2 else tick(span, 6) for span in (hi - lo, b - a))
    lo, hi = np.floor(lo / step_y) * step_y, np.ceil(hi / step_y) * step_y
    inside = (ys >= lo) & (ys <= hi)
    idx = np.nonzero(inside)[0]
    pts = list(zip(ss[idx], ys[idx]))[:: max(1, len(idx) // 80)]
    eq = system.rows[0]
    ic_tex = f"{y}({fmt(s0)}) = {fmt(y0, 3)}"
    ctx.facts.update(eq=eq, ic=ic_tex, x=x, y=y, end=(float(ss[-1]), float(ys[-1])), chosen=system.chosen_text(ctx.zh))

    w.beat(ctx.title, ctx.L(f"The equation ${eq}$ gives a slope at every point of the plane{system.declared(w)}.",
                            f"方程 ${eq}$ 在平面上每一点给出一个斜率{system.declared(w)}。"))
    w.title(ctx.title)
    formula_corner(ctx, eq + r",\quad " + ic_tex)
    w.code(
        axes_code((a, b, step_x), (lo, hi, step_y)) + ".to_edge(DOWN, buff=0.35)",
        f'labels = axes.get_axis_labels(MathTex("{x}", font_size=30), MathTex(r"{y}", font_size=30))',
        "",
        f"def slope({x}, {y}):",
        f"    return {system.rhs[0]}",
        "",
        "def segment(px, py):",
        "    # a short piece of the line with this slope, measured on screen",
        "    p, q = axes.c2p(px, py), axes.c2p(px + 1e-3, py + 1e-3 * slope(px, py))",
        "    d = (q - p) / max(np.linalg.norm(q - p), 1e-9)",
        "    return Line(p - 0.16 * d, p + 0.16 * d, stroke_width=2.5, color=TEAL)",
        "",
        *field_code("segment", (a, b), (lo, hi), 14, 8, name="segments"),
        "# one path of 112 pieces: drawn and copied as one shape, not 112 (a third of the render time)",
        "field = VMobject(color=TEAL, stroke_width=2.5)",
        "for s in segments:",
        "    field.append_vectorized_mobject(s)",
    )
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    w.beat(ctx.L("The direction field", "方向场"), ctx.L(f"Each short segment has the slope ${y}'$ the equation gives at that point.",
                                                       f"每条短线段的斜率，就是方程在该点给出的 ${y}'$。"))
    w.play("Create(axes), Write(labels)", 1.2)
    w.play("Create(field)", 2)
    w.beat(ctx.L("The solution through the start", "过初始点的解"), ctx.L(
        f"Starting from ${ic_tex}$" + ("" if own_ic else w.chose("start")) + ", the solution follows the segments.",
        f"从 ${ic_tex}$ 出发" + ("" if own_ic else w.chose("start")) + "，解曲线沿着线段前进。"))
    w.code(
        "# the solution through the initial condition, computed with RK4 when the scene was designed",
        *solution_code("solution", pts, (s0, y0), stroke_width=5, radius=0.09),
    )
    w.play("FadeIn(start, scale=1.5)", 0.6)
    w.play("Create(solution)", 3.5, "rate_func=linear")
    if ss[-1] < b - 1e-6:  # RK4 stopped: a singularity or a blow-up (see odes.rk4)
        said = ctx.L(f"The curve is tangent to the field wherever it exists; near ${x} = {fmt(ss[-1], 2)}$ the slope grows "
                     "without bound and this solution cannot be continued.",
                     f"曲线在其存在的范围内处处与方向场相切；在 ${x} = {fmt(ss[-1], 2)}$ 附近斜率趋于无穷，这条解无法继续延伸。")
    else:
        said = ctx.L(f"The curve is tangent to the field everywhere; at ${x} = {fmt(ss[-1], 2)}$ it has reached ${y} \\approx {fmt(ys[-1], 3)}$.",
                     f"曲线处处与方向场相切；在 ${x} = {fmt(ss[-1], 2)}$ 时到达 ${y} \\approx {fmt(ys[-1], 3)}$。")
    step = euler_step(info, s0, float(ss[-1]))
    if step is not None:
        h, given = step
        method = method_asked(info)
        sizes = [g for g in step_sizes(info) if g <= float(ss[-1]) - s0 + 1e-9][:3] if given else []
        if len(sizes) >= 2:  # "halve the step": the polygons of every h the block writes, their errors compared
            _sizes_beat(ctx, method, sizes, F, (s0, y0), ss, ys, (lo, hi), x, y)
        elif method.two_slopes:
            _heun_beat(ctx, (h, given, steps_points(method, F, s0, y0, h, float(ss[-1]), (lo, hi))), F, ss, ys, x, y)
        else:
            _euler_beat(ctx, (h, given, steps_points(method, F, s0, y0, h, float(ss[-1]), (lo, hi))), ss, ys, x, y)
        if checks and given:
            _checks_beat(ctx, checks, F, (s0, y0, h), x, y, "UR" if ys[0] > ys[-1] else "UL")
    w.beat(ctx.L("Follows every slope", "处处沿着斜率"), said)
    w.play("Indicate(solution, color=YELLOW)", 1.2)
    w.wait(1.2)


def _euler_beat(ctx: Ctx, euler, ss, ys, x: str, y: str) -> None:
    """Euler's polygon over the RK4 solution, and how far its last point is from it."""
    h, given, points = euler
    (xn, yn), steps = points[-1], len(points) - 1
    true = float(np.interp(xn, ss, ys))
    chosen = "" if given else ctx.w.chose("step")
    ctx.facts.update(euler=(h, steps, xn, yn, true))
    ctx.w.beat(ctx.L("Euler's method", "欧拉法"), ctx.L(
        f"Euler's method with $h = {fmt(h, 4)}${chosen} walks along the tangent, ${y}_{{n+1}} = {y}_n + h\\,f({x}_n, {y}_n)$: "
        f"after {steps} steps ${y}({fmt(xn, 4)}) \\approx {fmt(yn, 4)}$, while the solution has ${fmt(true, 4)}$.",
        f"欧拉法取步长 $h = {fmt(h, 4)}${chosen}，沿切线前进：${y}_{{n+1}} = {y}_n + h\\,f({x}_n, {y}_n)$；"
        f"走 {steps} 步后 ${y}({fmt(xn, 4)}) \\approx {fmt(yn, 4)}$，而解的值为 ${fmt(true, 4)}$。"))
    body = ", ".join(f"({fmt(px, 6)}, {fmt(py, 6)})" for px, py in points)
    ctx.w.code(
        "# Euler's polygon (forward Euler with the step h), computed when the scene was designed",
        f"euler_pts = [{body}]",
        "euler = VMobject(color=ORANGE, stroke_width=4).set_points_as_corners([axes.c2p(px, py) for px, py in euler_pts])",
        "euler_dots = VGroup(*[Dot(axes.c2p(px, py), radius=0.05, color=ORANGE) for px, py in euler_pts])",
    )
    ctx.w.play("Create(euler), FadeIn(euler_dots, lag_ratio=0.2)", 2.5)
    ctx.w.wait(0.8)


def _heun_beat(ctx: Ctx, steps, F, ss, ys, x: str, y: str) -> None:
    """The improved Euler method's polygon over the RK4 solution; at each of its first four steps the two slopes it
    averages: the predictor's f(x_n, y_n) to ȳ_{n+1}, and f(x_{n+1}, ȳ_{n+1}) there."""
    h, given, points = steps
    (xn, yn), count = points[-1], len(points) - 1
    true = float(np.interp(xn, ss, ys))
    chosen = "" if given else ctx.w.chose("step")
    ctx.facts.update(euler=(h, count, xn, yn, true))
    (a0, b0), (_, b1) = points[0], points[min(1, count)]
    k1, bar, k2 = HEUN.slopes(F, a0, b0, h)
    first = (f"from ${x}_0 = {fmt(a0, 4)}$: $k_1 = f({fmt(a0, 4)}, {fmt(b0, 4)}) = {fmt(k1, 4)}$, the predictor "
             f"$\\bar {y}_1 = {fmt(b0, 4)} + {fmt(h, 4)} \\cdot {fmt(k1, 4)} = {fmt(bar, 5)}$, $k_2 = f({fmt(a0 + h, 4)}, {fmt(bar, 5)}) = {fmt(k2, 4)}$, "
             f"so ${y}_1 = {fmt(b0, 4)} + \\tfrac{{{fmt(h, 4)}}}{{2}}({fmt(k1, 4)} + {fmt(k2, 4)}) = {fmt(b1, 6)}$")
    ctx.w.beat(ctx.L("The improved Euler method", "改进的欧拉法"), ctx.L(
        f"Each step of $h = {fmt(h, 4)}${chosen} takes two slopes, ${HEUN.rule(x, y)}$; {first}. After {count} step"
        f"{'s' if count > 1 else ''} ${y}({fmt(xn, 4)}) \\approx {fmt(yn, 6)}$, while the solution has ${fmt(true, 6)}$.",
        f"每一步（$h = {fmt(h, 4)}${chosen}）用两个斜率：${HEUN.rule(x, y)}$；"
        + first.replace("from ", "从 ").replace(": ", "：").replace(", the predictor ", "，预估值 ").replace(", so ", "，于是 ")
        + f"。走 {count} 步后 ${y}({fmt(xn, 4)}) \\approx {fmt(yn, 6)}$，而解的值为 ${fmt(true, 6)}$。"))
    shown = min(count, 4)  # the first steps' two slopes: later ones crowd the polygon
    slopes = []
    for px, py in points[:shown]:
        _, pb, k = HEUN.slopes(F, px, py, h)
        slopes.append((px, py, px + h, pb, k))
    body = ", ".join(f"({fmt(px, 6)}, {fmt(py, 6)})" for px, py in points)
    rows = ", ".join(f"({', '.join(fmt(v, 6) for v in row)})" for row in slopes)
    ctx.w.code(
        "# the improved Euler polygon, and at its first steps the predictor to (x_{n+1}, y-bar) and the slope found there",
        f"euler_pts = [{body}]",
        "euler = VMobject(color=ORANGE, stroke_width=4).set_points_as_corners([axes.c2p(px, py) for px, py in euler_pts])",
        "euler_dots = VGroup(*[Dot(axes.c2p(px, py), radius=0.05, color=ORANGE) for px, py in euler_pts])",
        f"two_slopes = [{rows}]  # (x_n, y_n, x_n+1, y-bar, f(x_n+1, y-bar))",
        "predictors = VGroup(*[DashedLine(axes.c2p(a, b), axes.c2p(c, d), color=BLUE, stroke_width=3) for a, b, c, d, _ in two_slopes])",
        "correctors = VGroup(*[VGroup(Dot(axes.c2p(c, d), radius=0.045, color=GREEN),",
        "                             Line(axes.c2p(c - 0.35 * (c - a), d - 0.35 * (c - a) * k), axes.c2p(c + 0.35 * (c - a), d + 0.35 * (c - a) * k),",
        "                                  color=GREEN, stroke_width=4)) for a, b, c, d, k in two_slopes])",
    )
    for i in range(shown):
        ctx.w.play(f"Create(predictors[{i}]), FadeIn(correctors[{i}])", 1.0)
    ctx.w.play("Create(euler), FadeIn(euler_dots, lag_ratio=0.2)", 2.0)
    ctx.w.wait(0.8)


def _sizes_beat(ctx: Ctx, method, sizes: list[float], F, start: tuple[float, float], ss, ys, window, x: str, y: str) -> None:
    """The method's polygon for each step size the block writes, with each one's error at its last grid point; when
    every polygon reaches the same end, the ratio of the errors: halving h divides a method of order p's error by about
    2^p (Euler: 2, not 4). A polygon whose iterates grow out of the frame is said to (Euler's y' = -40y at h = 0.06)."""
    s0, y0 = start
    end = float(ss[-1])
    runs = []
    for h in sizes:
        last = s0 + np.floor((end - s0) / h + 1e-9) * h
        pts = steps_points(method, F, s0, y0, h, last, window, most=400)
        runs.append((h, pts, abs(pts[-1][0] - last) < 1e-9))
    errors = [abs(pts[-1][1] - float(np.interp(pts[-1][0], ss, ys))) for _, pts, _ in runs]
    ctx.facts.update(euler_sizes=[(h, pts[-1][0], pts[-1][1], e, whole) for (h, pts, whole), e in zip(runs, errors)])
    colors = ["ORANGE", "PINK", "PURPLE"]
    each = []
    for (h, pts, whole), e in zip(runs, errors):
        if whole:
            each.append((f"$h = {fmt(h, 4)}$ ends at ${y}({fmt(pts[-1][0], 4)}) \\approx {fmt(pts[-1][1], 5)}$, error ${fmt(e, 3)}$",
                         f"$h = {fmt(h, 4)}$ 时 ${y}({fmt(pts[-1][0], 4)}) \\approx {fmt(pts[-1][1], 5)}$，误差 ${fmt(e, 3)}$"))
        else:
            first = ", ".join(fmt(v, 4) for v in steps_chain(method, F, s0, y0, h, 3)[1:])
            each.append((f"with $h = {fmt(h, 4)}$ the iterates ${y}_1, {y}_2, {y}_3 = {first}$ grow and leave the frame instead of "
                         "following the solution",
                         f"$h = {fmt(h, 4)}$ 时迭代值 ${y}_1, {y}_2, {y}_3 = {first}$ 越来越大，离开了画面，不再跟随解"))
    tail_en = tail_zh = ""
    whole = [r for r in runs if r[2]]
    if len(whole) == len(runs) and abs(runs[0][1][-1][0] - runs[1][1][-1][0]) < 1e-9 and errors[1] > 1e-12 and errors[0] > 0:
        ratio, shrink = errors[0] / errors[1], sizes[0] / sizes[1]
        order = float(np.log(ratio) / np.log(shrink)) if shrink > 1 else None
        if order is not None:
            p = 2 if method.two_slopes else 1
            tail_en = (f" Making $h$ {fmt(shrink, 3)} times smaller divides the error by ${fmt(ratio, 3)}$: order $p \\approx {fmt(order, 2)}$, "
                       f"as {method.name[0]}'s error is $O(h^{{{p}}})$.")
            tail_zh = (f"步长缩小为 $\\frac{{1}}{{{fmt(shrink, 3)}}}$，误差缩小为 $\\frac{{1}}{{{fmt(ratio, 3)}}}$：阶数 $p \\approx {fmt(order, 2)}$，"
                       f"{method.name[1]}的误差是 $O(h^{{{p}}})$。")
    ctx.w.beat(ctx.L(f"{method.name[0][0].upper() + method.name[0][1:]} with each step size", f"不同步长的{method.name[1]}"), ctx.L(
        f"${method.rule(x, y)}$ with each step the block gives, against the solution: " + "; ".join(e for e, _ in each) + "." + tail_en,
        f"按题中的每个步长用 ${method.rule(x, y)}$，与解比较：" + "；".join(z for _, z in each) + "。" + tail_zh))
    lines = []
    for i, ((h, pts, whole), e) in enumerate(zip(runs, errors)):
        body = ", ".join(f"({fmt(px, 6)}, {fmt(py, 6)})" for px, py in pts)
        ctx.w.code(f"run_{i} = VMobject(color={colors[i]}, stroke_width=4).set_points_as_corners("
                   f"[axes.c2p(px, py) for px, py in [{body}]])")
        lines.append(math_mob(f"h = {fmt(h, 4)}:\\ |e| = {fmt(e, 3)}" if whole else f"h = {fmt(h, 4)}:\\ \\text{{grows}}", 30, colors[i]))
    ctx.w.code(f"errors_table = VGroup({', '.join(lines)}).arrange(DOWN, aligned_edge=LEFT, buff=0.15)",
               "errors_table.next_to(axes, UP, buff=-errors_table.height - 0.2).to_edge(RIGHT, buff=0.6)",
               "errors_table.add_background_rectangle(opacity=0.85, buff=0.1)")
    for i in range(len(runs)):
        ctx.w.play(f"Create(run_{i}), FadeIn(errors_table[{i + 1}])", 1.8)
    ctx.w.wait(1.0)


def _checks_beat(ctx: Ctx, checks: list[tuple[StatedStep, str]], F, start: tuple[float, float, float], x: str, y: str,
                 corner: str) -> None:
    """The author's stated Euler values, each against the computed step; a false one is called false with the
    step that gives the true value, y_k = y_{k-1} + h f(x_{k-1}, y_{k-1}), its slope taken at x_{k-1}."""
    s0, y0, h = start
    rows = list({(s.k, s.value): (s, holds) for s, holds in reversed(checks)}.values())[::-1]  # y_3 = 1.362 and y(0.3) ≈ 1.362: one value
    method = method_asked(ctx.info) or EULER
    chain = steps_chain(method, F, s0, y0, h, max(s.k for s, _ in rows))

    def result(k: int) -> str:  # "= 1.22", or "\approx 1.3620" when four decimals do not hold it exactly
        relation = "=" if abs(round(chain[k], 4) - chain[k]) < 1e-9 else r"\approx"
        return f"{relation} {fmt(chain[k], 4)}"

    def step(k: int) -> str:  # y_2 = y_1 + h f(x_1, y_1) = 1.1 + 0.1 \cdot f(0.1, 1.1) = 1.1 + 0.1 \cdot (1.2) = 1.22
        prev, xp = chain[k - 1], s0 + (k - 1) * h
        slope, _, k2 = method.slopes(F, xp, prev, h)
        if method.two_slopes:  # y_k = y_{k-1} + h/2 (k_1 + k_2), k_2 at the predictor
            return (f"{y}_{{{k}}} = {y}_{{{k - 1}}} + \\tfrac{{h}}{{2}}(k_1 + k_2) = {fmt(prev, 6)} + \\tfrac{{{fmt(h, 4)}}}{{2}}"
                    f"({fmt(slope, 4)} + {fmt(k2, 4)}) {result(k)}")
        return (f"{y}_{{{k}}} = {y}_{{{k - 1}}} + h\\,f({x}_{{{k - 1}}}, {y}_{{{k - 1}}}) = {fmt(prev, 4)} + {fmt(h, 4)} \\cdot f({fmt(xp, 4)}, {fmt(prev, 4)})"
                f" = {fmt(prev, 4)} + {fmt(h, 4)} \\cdot ({fmt(slope, 4)}) {result(k)}")

    false = [s for s, holds in rows if not holds]
    # Calling a step false here keeps the closing check (claims.coda) silent: a false stated solution is said here too.
    solutions = [c for c in ctx.info.claims if re.match(rf"{re.escape(y)}\s*(?:\(\s*{re.escape(x)}\s*\))?\s*=", c.stated)] if false else []
    steps = [f"${s.tex}$" for s, holds in rows if holds == STEP]
    exact = ctx.L(", ", "、").join(f"${s.tex}$" for s, holds in rows if holds == SOLUTION)
    said = [ctx.L(f"The block's {', '.join(steps)} {'agree' if len(steps) > 1 else 'agrees'} with these steps.",
                  f"题中的 {'、'.join(steps)} 与这些步骤一致。")] if steps else []
    said += [ctx.L(f"Its {exact} is the solution's value, not {'Euler' if method is EULER else method.name[0]}'s.",
                   f"题中的 {exact} 是解的值，不是{method.name[1]}的值。")] if exact else []
    said += [ctx.L(f"The block's ${s.tex}$ is false: ${step(s.k)}$.", f"题中的 ${s.tex}$ 不成立：${step(s.k)}$。") for s in false]
    said += [ctx.L(f"Its ${c.stated}$ is false too: {c.why[0]}.", f"题中的 ${c.stated}$ 也不成立：{c.why[1]}。") for c in solutions]
    said = ctx.L(" ", "").join(said)
    ctx.w.beat(ctx.L("The block's steps, checked", "题中各步的检验"), said)
    check_mark = math_mob(r"\checkmark", 30, "GREEN")
    lines = []
    for s, holds in rows:
        if holds:
            lines.append(f"VGroup({math_mob(s.tex, 30, 'GREEN')}, {check_mark}).arrange(RIGHT, buff=0.2)")
        else:
            truth = math_mob(f"{y}_{{{s.k}}} {result(s.k)}", 30, "GREEN")
            lines.append(f"VGroup({math_mob(s.tex, 30, 'RED')}, {truth}).arrange(RIGHT, buff=0.7)")
    for c in solutions:
        lines.append(f"VGroup({math_mob(c.stated, 30, 'RED')}, {math_mob(c.truth, 30, 'GREEN')}).arrange(RIGHT, buff=0.7)")
    ctx.w.code(f"steps_table = VGroup({', '.join(lines)}).arrange(DOWN, aligned_edge=LEFT, buff=0.18)",
               f"steps_table.next_to(axes, UP, buff=-steps_table.height - 0.15).to_edge({'RIGHT' if corner == 'UR' else 'LEFT'}, buff=0.6)",
               "steps_table.add_background_rectangle(opacity=0.85, buff=0.1)")
    ctx.w.play("FadeIn(steps_table, shift=DOWN * 0.2)", 1.0)
    for i, holds in enumerate([holds for _, holds in rows] + [""] * len(solutions)):
        if not holds:  # in the gap after the false value (the table's first member is its background)
            ctx.w.code(f"cross_{i} = Cross(stroke_width=4).scale(0.12).next_to(steps_table[{i + 1}][0], RIGHT, buff=0.22)")
            ctx.w.play(f"Create(cross_{i})", 0.6)
    ctx.w.wait(1.6)


@check("slope_field")
def _check(f):
    x, y = f["x"], f["y"]
    return (f"Why can no two solutions of ${f['eq']}$ cross?",
            f"为什么 ${f['eq']}$ 的两条解曲线不会相交？",
            f"At a crossing point both would have to follow the same slope, so they would be the same solution; the one through ${f['ic']}$ ends near $({fmt(f['end'][0], 2)}, {fmt(f['end'][1], 3)})$.",
            f"若在某点相交，两者在该点的斜率相同，就是同一条解；过 ${f['ic']}$ 的解最后到达 $({fmt(f['end'][0], 2)}, {fmt(f['end'][1], 3)})$ 附近。")
