"""parameter_sweep: a general formula whose parameters the author left symbolic (``y = ax^2 + bx + c``,
``x(t) = A\\cos\\omega t``), drawn as a family of graphs: a slider per parameter with a live readout,
the graph redrawn as each one moves.  A law that parameters only scale (``F = k q_1 q_2 / r^2``) is
drawn with its constants at a declared example value, and its power shown by doubling the variable."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..given import points
from ..latex import fmt
from ..notes import check
from ..odes import tex_name
from ..params import ParamFamily, read_param_family
from ..parts.sliders import Tracked, family_graph, readouts, sweep, trackers
from ._last_resort import polar
from ._plots import axes_code
from ..storyboard import math_mob
from .common import Ctx, formula_corner, nice_step

PRIORITY = 450
# The block asks how parameters shape a graph.
KEYWORDS = (r"parameter", r"family of (?:curves|graphs|functions)", r"opens?\s+(?:up|down)", r"narrower|wider|steeper",
            r"amplitude", r"frequency", r"\bphase\b", r"shift", r"falls?\s+off", r"inverse[- ]square", r"proportional",
            r"参数", r"开口", r"振幅", r"频率", r"相位", r"平移", r"越大|越小", r"成反比|成正比")
TITLE = ("A Family of Graphs", "含参数的函数族")
WHAT = ("A formula with parameters is a whole family of graphs, one for each choice of the parameters; moving one "
        "parameter at a time shows what it does to the shape.",
        "含参数的公式代表一族图像，每组参数值对应一条；一次只改变一个参数，就能看出它如何影响图像的形状。")


# Another question about the formula (its derivative, area, limit, an instant in time): not this family's.
_OTHER = (r"derivative|integra|limit|tangent|area under|maximum|minimum|root|solve|half[- ]life|doubling time|hits? the ground",
          r"导数|积分|极限|切线|面积|最大|最小|求解|半衰期|翻倍|落地")


# The locus of a family's extremum as its parameter moves (the Abitur's Ortskurve, 顶点/极值点的轨迹): this family's.
LOCUS = (r"ortskurve|\b(?:tief|hoch|extrem)punkte?\b.{0,80}(?:wander|bewegt|liegen|auf der)|"
         r"\blocus\b.{0,60}(?:minim|maxim|vert|turning|extrem)|(?:minim|maxim|vert|turning|extrem)\w*.{0,60}\blocus\b|"
         r"(?:vertex|turning\s+point|minimum\s+point|maximum\s+point)\w*.{0,80}?(?:moves?|travels?|slides?|traces?|runs?)\s+(?:along|out)|"
         r"(?:顶点|极值点|最低点|最高点|极小值点|极大值点).{0,12}轨迹|"
         r"(?:顶点|极值点|最低点|最高点|极小值点|极大值点).{0,60}?沿着?.{0,30}?(?:移动|运动|滑动)")  # "the vertex moves along y = c - ax^2"


def evidence(info) -> int | None:
    """Parameter words in the prose (tier 0), else a general formula in one variable with free parameters (tier 1);
    none when the block asks something else about it (but the locus of its extremum is this family's question)."""
    if read_param_family(info) is None:
        return None
    if re.search(LOCUS, info.prose, re.I | re.S):
        return 0
    if any(re.search(p, info.prose, re.I) for p in _OTHER):
        return None
    return 0 if any(re.search(p, info.prose, re.I) for p in KEYWORDS) else 1


# Settings in which a quantity a law holds at an example value in fact changes with the swept variable, so the
# law read with it fixed gives the wrong dependence: (held, swept, setting). On a turntable every point has the
# same angular speed, so v = ωr and a = v²/r = ω²r grows with r; in series the current is common (P = I²R),
# in parallel the voltage (P = U²/R). The classic misreadings of a = v²/r and P = U²/R (physics teaching).
_TIED = (("v", "r", r"turntable|rotating (?:disc|disk|wheel|platform|record)|same angular (?:speed|velocity)|"
                    r"constant angular (?:speed|velocity)|rigid(?:ly)? rotat|转盘|同轴|角速度相同|匀速转动|匀速旋转|圆盘"),
         ("U", "R", r"in series|same current|串联|电流相同"), ("V", "R", r"in series|same current|串联|电流相同"),
         ("I", "R", r"in parallel|same voltage|并联|电压相同"))


def needs(info) -> bool:
    """A formula ``name = expr`` in one variable (x, t, r, θ) with free parameters, plottable on a window;
    not when the block gives data (pairs or a table): the data fix the parameters (a fit), none is free;
    not when the block's setting ties a quantity the sweep would hold to the variable (:data:`_TIED`)."""
    if points(info) is not None:
        return False
    if _specific_equation(info):
        return False  # x'' + 9x = 2cos 3t beside the general x'' + ω²x = F cos ωt: the block's own case fixes ω and F
    fam = read_param_family(info)
    if fam is not None and polar(fam.lhs_tex, fam.var):
        return False  # r = a theta is a polar curve (a spiral), not a graph of r against theta
    return fam is not None and not _tied(info, fam)


def _specific_equation(info) -> bool:
    """The block writes a differential equation with numbers for all its coefficients (its worked case)."""
    import sympy as sp

    from ..odes import marked_equation, rows_of

    for row in rows_of(info):
        expr, orders, _ = marked_equation(row)
        if not isinstance(expr, sp.Equality):
            continue
        known = {f"{v}_{{{'d' * k}}}" for v, o in orders.items() for k in range(1, o + 1)} | set(orders) | {"t", "x"}
        if not {str(s) for s in expr.free_symbols} - known:
            return True
    return False


def _tied(info, fam: ParamFamily) -> bool:
    """The block's setting makes a held parameter change with the variable (v on a turntable, as r grows)."""
    return any(held in fam.fixed and fam.var == swept and re.search(setting, info.prose, re.I)
               for held, swept, setting in _TIED)


def build(ctx: Ctx) -> None:
    w = ctx.w
    fam = read_param_family(ctx.info)
    params = [Tracked(f"p{i}", s.tex, s.stops[0]) for i, s in enumerate(fam.sliders)]
    held = {tex_name(name): value for name, value in fam.fixed.items()}
    # values held at an example (F = k q1 q2 / r^2 drawn with k = q1 = q2 = 1) are "for instance"; a swept
    # parameter is not fixed (its readout shows it moving), and g = 9.8 or the author's values are no example
    w.example = any(k not in fam.constants and k not in _given_names(fam, ctx) for k in fam.fixed)
    start = ", ".join(f"{p.tex} = {fmt(p.start, 3)}" for p in params)
    shown = ", ".join(f"{tex_name(k)} = {fmt(v, 4)}" for k, v in fam.fixed.items())
    ctx.facts.update(fam=fam, start=start, shown=shown)

    w.beat(ctx.title, ctx.L(f"${fam.row}$ is a whole family of graphs of ${fam.lhs_tex}$ against ${fam.var_tex}$, one for each value of "
                            f"{_names(fam, ctx)}.",
                            f"${fam.row}$ 是 ${fam.lhs_tex}$ 关于 ${fam.var_tex}$ 的一族图像，{_names(fam, ctx)}的每组取值对应一条。"))
    w.title(ctx.title)
    formula_corner(ctx, fam.row)
    a, b = fam.domain
    lo, hi = fam.window
    w.code(axes_code((a, b, nice_step(b - a)), (lo, hi, nice_step(hi - lo)), x_length=8.6, y_length=4.4)
           + ".to_corner(DL, buff=0.45)",
           f'labels = axes.get_axis_labels(MathTex(r"{fam.var_tex}", font_size=30), MathTex(r"{_name(fam.lhs_tex)}", font_size=30))')
    trackers(w, params)
    family_graph(w, fam.code, params, fam.domain, fam.window)
    readouts(w, params, held, example=ctx.L("for instance", "例如") if w.example else "")
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)

    said = ", ".join(x for x in (start, shown) if x)
    w.beat(ctx.L("One member of the family", "族中的一条"), ctx.L(
        f"Start from ${said}$ (values picked to begin with; the readouts show them).",
        f"先取 ${said}$（作为起点选取的值，右侧读数显示它们）。"))
    w.play("Create(axes), Write(labels)", 1.2)
    w.play("Create(graph), FadeIn(panel)", 1.5)
    locus = _extremum(ctx, fam) if re.search(LOCUS, ctx.info.prose, re.I | re.S) else None
    for i, s in enumerate(fam.sliders):
        stops = ", ".join(fmt(v, 3) for v in s.stops[1:])
        turn = ctx.L(f", through negative values: the author contrasts the sign of ${s.tex}$", f"，经过负值：作者对比了 ${s.tex}$ 的正负") \
            if s.sign_asked else ""
        w.beat(ctx.L(f"Vary ${s.tex}$", f"改变 ${s.tex}$"), ctx.L(
            f"Slide ${s.tex}$ to {stops}{turn}; the other parameters stay as they are.",
            f"让 ${s.tex}$ 依次取 {stops}{turn}；其余参数保持不变。"))
        w.play(f"Indicate(read{i})", 0.4)
        sweep(w, f"p{i}", s.stops)
    if locus is not None:
        _locus_curve(ctx, fam, locus)
    elif fam.power is not None:
        _doubling(ctx, fam)
    w.wait(1)


@dataclass(frozen=True)
class Extremum:
    """The family's one extremum as a function of its one parameter k: x*(k), y*(k), its kind, and the locus
    y = g(x) with k eliminated (None when sympy cannot eliminate it)."""

    x: object
    y: object
    kind: str  # "minimum" | "maximum"
    locus: object | None


def extremum_of(fam: ParamFamily) -> Extremum | None:
    """The one critical point of ``fam`` in its variable, real and of one kind at every stop of its one slider."""
    import sympy as sp

    if len(fam.sliders) != 1:
        return None
    x, k = sp.Symbol(fam.var), sp.Symbol(fam.sliders[0].name)
    f = fam.expr.subs({sp.Symbol(n): sp.nsimplify(v) for n, v in fam.fixed.items()})  # a = 1, not 1.0: x* = -b/2
    if f.free_symbols != {x, k}:
        return None
    try:
        found = [r for r in sp.solve(sp.diff(f, x), x) if r.free_symbols <= {k}]
    except Exception:  # noqa: BLE001 - sympy could not solve f' = 0: no extremum to follow
        return None
    kinds = set()
    for r in found:
        for stop in fam.sliders[0].stops:
            at = complex(r.subs(k, stop))
            if abs(at.imag) > 1e-9 or not fam.domain[0] < at.real < fam.domain[1]:
                return None
            bend = complex(sp.diff(f, x, 2).subs(x, r).subs(k, stop))
            if abs(bend.imag) > 1e-9 or abs(bend.real) < 1e-9:
                return None
            kinds.add("minimum" if bend.real > 0 else "maximum")
    if len(found) != 1 or len(kinds) != 1:
        return None
    xs = _plain(found[0], k)
    ys = _plain(f.subs(x, xs), k)
    locus = None
    try:
        ks = sp.solve(sp.Eq(x, xs), k)
        if len(ks) == 1:
            locus = _plain(ys.subs(k, ks[0]), x)
    except Exception:  # noqa: BLE001 - k not eliminable in closed form: the traced path alone shows the locus
        locus = None
    return Extremum(xs, ys, kinds.pop(), locus)


def _plain(expr, var):
    """``expr`` as a textbook writes it: a polynomial expanded (3x - x^2, not x(3 - x)), anything else simplified."""
    import sympy as sp

    expr = sp.simplify(expr)
    return sp.expand(expr) if expr.is_polynomial(var) else expr


def _extremum(ctx: Ctx, fam: ParamFamily) -> Extremum | None:
    """A dot on the family's extremum that leaves a trace as the parameter moves (before the sweep)."""
    import sympy as sp

    from ..symbolic import to_numpy

    e = extremum_of(fam)
    if e is None:
        return None
    k = sp.Symbol(fam.sliders[0].name)
    xc, yc = (to_numpy(v.subs(k, sp.Symbol("p0")), ("p0",)) for v in (e.x, e.y))
    if not xc or not yc:
        return None
    w, kt = ctx.w, fam.sliders[0].tex
    ctx.facts.update(extremum=e)
    word = ctx.L(e.kind, "最小值点" if e.kind == "minimum" else "最大值点")
    w.beat(ctx.L(f"The {e.kind} as ${kt}$ moves", f"${kt}$ 变化时的{word}"), ctx.L(
        f"Setting the derivative to zero gives the {e.kind} at $x = {sp.latex(e.x)}$, $y = {sp.latex(e.y)}$: a point that "
        f"moves with ${kt}$ and leaves a trail.",
        f"令导数为零，得{word} $x = {sp.latex(e.x)}$，$y = {sp.latex(e.y)}$：它随 ${kt}$ 移动并留下轨迹。"))
    point = f"x = {sp.latex(e.x)}," + r"\; " + f"y = {sp.latex(e.y)}"
    w.code("def extremum_point():",
           "    k = p0.get_value()",
           "    with np.errstate(all=\"ignore\"):",
           f"        return axes.c2p(float({xc.replace('p0', 'k')}), float({yc.replace('p0', 'k')}))",
           "extremum = always_redraw(lambda: Dot(extremum_point(), color=YELLOW, radius=0.08))",
           "trail = TracedPath(extremum_point, stroke_color=YELLOW, stroke_width=3, stroke_opacity=0.8)",
           f"extremum_label = {math_mob(point, 30, 'YELLOW')}",
           "extremum_label.next_to(panel, DOWN, buff=0.4, aligned_edge=LEFT)",
           "if extremum_label.get_right()[0] > 6.9:",
           "    extremum_label.shift(LEFT * (extremum_label.get_right()[0] - 6.9))")
    w.play("FadeIn(extremum), Write(extremum_label)", 1)
    w.code("self.add(trail)")
    return e


def _locus_curve(ctx: Ctx, fam: ParamFamily, e: Extremum) -> None:
    """After the sweep: the locus y = g(x) drawn along the trail, and a locus the block states checked against it."""
    import sympy as sp

    from ..symbolic import to_numpy

    if e.locus is None:
        return
    x = sp.Symbol(fam.var)
    code = to_numpy(e.locus.subs(x, sp.Symbol("x")), ("x",))
    if not code:
        return
    k = sp.Symbol(fam.sliders[0].name)
    ends = sorted(float(e.x.subs(k, v)) for v in fam.sliders[0].stops)
    stated = _stated_locus(ctx, fam, e.locus)
    ctx.facts.update(locus=e.locus, stated_locus=stated)
    kt, var = fam.sliders[0].tex, fam.var_tex
    verdict = ""
    if stated is not None:
        verdict = ctx.L(f" The block's ${stated[0]}$ is {'this curve' if stated[1] else 'not this curve: that is false'}.",
                        f"题中的 ${stated[0]}$ {'正是这条曲线' if stated[1] else '不是这条曲线，这不成立'}。")
    w = ctx.w
    w.beat(ctx.L("The locus", "轨迹"), ctx.L(
        f"Eliminating ${kt}$ from the two coordinates gives the curve the {e.kind} runs along: $y = {sp.latex(e.locus)}$.{verdict}",
        f"从两个坐标中消去 ${kt}$，得到{('最小值点' if e.kind == 'minimum' else '最大值点')}所走的曲线 $y = {sp.latex(e.locus)}$。{verdict}"))
    w.code("def locus_f(x):",
           "    with np.errstate(all=\"ignore\"):",
           f"        return {code}",
           f"locus = DashedVMobject(axes.plot(locus_f, x_range=[{fmt(ends[0], 4)}, {fmt(ends[-1], 4)}], color=ORANGE), num_dashes=30)",
           f"locus_label = {math_mob(f'y = {sp.latex(e.locus)}', 32, 'ORANGE')}",
           "locus_label.next_to(extremum_label, DOWN, buff=0.3, aligned_edge=LEFT)")
    w.play("Create(locus), Write(locus_label)", 1.4)
    if stated is not None and not stated[1]:
        wrong = stated[0] + r" \ne " + f"y = {sp.latex(e.locus)}"
        w.code(f"wrong = {math_mob(wrong, 30, 'RED')}",
               "wrong.next_to(locus_label, DOWN, buff=0.25, aligned_edge=LEFT)")
        w.play("Write(wrong)", 1)


def _stated_locus(ctx: Ctx, fam: ParamFamily, locus) -> tuple[str, bool] | None:
    """(the author's y = h(x), whether it is the locus) for a formula in the variable alone other than the family."""
    import sympy as sp

    from ..latex import single_line, split_top
    from ..symbolic import normalize, parse

    x = sp.Symbol(fam.var)
    for block in ctx.info.blocks:
        parts = split_top(single_line(block), "=")
        if len(parts) != 2 or not re.fullmatch(r"\s*y\s*", parts[0]):
            continue
        h = parse(parts[1])
        if not isinstance(h, sp.Expr):
            continue
        h = normalize(h)
        if h.free_symbols != {x}:
            continue
        xs = [0.37, 0.83, 1.41, 2.2]
        try:
            same = all(abs(complex(h.subs(x, v)) - complex(locus.subs(x, v))) < 1e-9 * max(1, abs(complex(h.subs(x, v))))
                       for v in xs)
        except (TypeError, ValueError):
            continue
        return single_line(block).strip(), same
    return None


def _doubling(ctx: Ctx, fam: ParamFamily) -> None:
    """Two points at v and 2v on the graph: their values differ by the factor 2^n of the power law."""
    w = ctx.w
    values = fam.values()
    span = fam.domain[1] - fam.domain[0]
    lo, hi = fam.window
    for frac in (0.25, 0.2, 0.3, 0.15, 0.35):
        v = round(fam.domain[0] + frac * span if fam.domain[0] >= 0 else frac * span, 2)
        y1, y2 = (float(fam.evaluate(np.array([u]), values)[0]) for u in (v, 2 * v))
        if all(np.isfinite((y1, y2))) and lo < y1 < hi and lo < y2 < hi:
            break
    else:
        return
    n = fam.power
    factor = 2.0 ** n
    ratio = f"2^{{{fmt(n, 3)}}} = {_fraction(factor)}"
    var, lhs = fam.var_tex, _name(fam.lhs_tex)
    ctx.facts.update(doubling=(v, y1, y2, n))
    w.beat(ctx.L(f"Double ${var}$", f"把 ${var}$ 加倍"), ctx.L(
        f"At ${var} = {fmt(v, 3)}$, ${lhs} = {fmt(y1, 4)}$; at ${var} = {fmt(2 * v, 3)}$, ${lhs} = {fmt(y2, 4)}$: "
        f"doubling ${var}$ multiplies ${lhs}$ by ${ratio}$.",
        f"${var} = {fmt(v, 3)}$ 时 ${lhs} = {fmt(y1, 4)}$；${var} = {fmt(2 * v, 3)}$ 时 ${lhs} = {fmt(y2, 4)}$："
        f"${var}$ 加倍，${lhs}$ 乘以 ${ratio}$。"))
    w.code(
        "marks = VGroup()",
        f"for u, val in (({fmt(v, 4)}, {fmt(y1, 6)}), ({fmt(2 * v, 4)}, {fmt(y2, 6)})):",
        "    marks.add(axes.get_vertical_line(axes.c2p(u, val), color=YELLOW), Dot(axes.c2p(u, val), color=YELLOW))",
        f'ratio = MathTex(r"\\frac{{{lhs}({fmt(2 * v, 3)})}}{{{lhs}({fmt(v, 3)})}} = {ratio}", font_size=36, color=YELLOW)',
        "ratio.next_to(panel, DOWN, buff=0.5, aligned_edge=LEFT)",
    )
    w.play("Create(marks)", 1.2)
    w.play("Write(ratio)", 1.2)


def _fraction(value: float) -> str:
    """``\\frac{1}{4}`` for 0.25, ``4`` for 4: a power of two as the reader would write it."""
    if value >= 1:
        return fmt(value, 4)
    inverse = 1 / value
    return f"\\frac{{1}}{{{fmt(inverse, 4)}}}" if abs(inverse - round(inverse)) < 1e-9 else fmt(value, 4)


def _name(lhs: str) -> str:
    """The quantity's name without its argument: ``x(t)`` -> ``x``."""
    return re.sub(r"\s*\(.*\)\s*$", "", lhs).strip() or lhs


def _names(fam: ParamFamily, ctx: Ctx) -> str:
    names = [s.tex for s in fam.sliders] + [tex_name(k) for k in fam.fixed]
    return ", ".join(f"${n}$" for n in names)


def _given_names(fam: ParamFamily, ctx: Ctx) -> set[str]:
    """The parameters the author gave a value (not declared examples)."""
    from ..params import _given

    return set(_given(ctx.info, list(fam.fixed)))


@check("parameter_sweep")
def _check(f):
    fam = f["fam"]
    if "doubling" in f:
        v, y1, y2, n = f["doubling"]
        lhs, var = _name(fam.lhs_tex), fam.var_tex
        return (f"If ${var}$ is tripled, by what factor does ${lhs}$ change?", f"若 ${var}$ 变为原来的 3 倍，${lhs}$ 变为原来的几倍？",
                f"By $3^{{{fmt(n, 3)}}} \\approx {fmt(3.0 ** n, 4)}$, since ${lhs}$ is proportional to ${var}^{{{fmt(n, 3)}}}$.",
                f"变为 $3^{{{fmt(n, 3)}}} \\approx {fmt(3.0 ** n, 4)}$ 倍，因为 ${lhs}$ 与 ${var}^{{{fmt(n, 3)}}}$ 成正比。")
    s = fam.sliders[0]
    return (f"In ${fam.row}$, what does changing ${s.tex}$ alone do to the graph?", f"在 ${fam.row}$ 中，只改变 ${s.tex}$ 会让图像怎样变化？",
            f"Hold the other parameters and compare the graphs drawn at ${s.tex} = {fmt(s.stops[0], 3)}$ and ${s.tex} = {fmt(s.stops[1], 3)}$ in the animation.",
            f"固定其他参数，比较动画中 ${s.tex} = {fmt(s.stops[0], 3)}$ 与 ${s.tex} = {fmt(s.stops[1], 3)}$ 时的图像。")
