"""extremum: the largest and smallest values of the author's function of one variable on the
author's domain (Stewart, *Calculus*, 4.1 and 4.3; 同济《高等数学》3.5): the graph on the domain, the
sign line of f', a point sliding along the curve whose tangent turns flat at each critical point,
the critical points and the ends of a closed domain marked with their values in a table (the
closed-interval method), and the maximum and minimum highlighted; local extrema by the first-
derivative test; an optimisation problem's objective in one letter on the domain its lengths allow.

Every object comes from :func:`..extrema.read_extremum` (the author's function and domain, each
value the author states checked)."""

from __future__ import annotations

import math
import re

import sympy as sp

from ..extrema import Candidate, Extremum, asks, read_extremum
from ..latex import fmt
from ..notes import check
from ..parts.curve import nice_step
from .common import Ctx, Fn, formula_corner, graph_setup, math_mob, text_mob, y_window

PRIORITY = 165
TITLE = ("Maximum and Minimum Values", "函数的最大值与最小值")
WHAT = ("The largest and smallest values of a continuous $f$ on a closed interval $[a, b]$ are reached, and only at a critical "
        "point ($f'(c) = 0$ or $f'(c)$ undefined) or at an end: compare $f$ there (the closed-interval method). Where $f'$ "
        "changes from $+$ to $-$, $f$ has a local maximum; from $-$ to $+$, a local minimum (the first-derivative test).",
        "闭区间 $[a, b]$ 上的连续函数一定取得最大值和最小值，且只可能在驻点（$f'(c) = 0$）、不可导点或端点处取得：比较这些点的函数值即可。"
        "$f'$ 由正变负的点是极大值点，由负变正的点是极小值点（一阶导数判别法）。")


def evidence(info) -> int | None:
    return 0 if asks(info) else None


def needs(info) -> Extremum | None:
    """The author's function of one letter on its domain, with a maximum or minimum to show and
    every value the author states true (see extrema.read_extremum)."""
    return read_extremum(info)


def title_for(info) -> tuple[str, str] | None:
    ex = read_extremum(info)
    if ex is None:
        return None
    if ex.word:
        return ("Optimisation: the Best Value", "最值应用题")
    if ex.local and not ex.domain.compact:
        return ("Local Extrema: the First-Derivative Test", "函数的极值")
    if ex.domain.compact:
        return ("Absolute Extrema on a Closed Interval", "闭区间上的最大值与最小值")
    return None


def _window(ex: Extremum) -> tuple[float, float]:
    d = ex.domain
    inner = [c.x for c in ex.candidates]
    if math.isfinite(d.a) and math.isfinite(d.b):
        return d.a, d.b
    if math.isfinite(d.a):
        far = max(inner + [d.a + 1])
        step = nice_step(max(3.0, 2.2 * (far - d.a)))
        return d.a, d.a + math.ceil(max(3.0, 2.2 * (far - d.a)) / step) * step
    if math.isfinite(d.b):
        near = min(inner + [d.b - 1])
        return d.b - max(3.0, 2.2 * (d.b - near)), d.b
    lo, hi = min(inner), max(inner)
    pad = max(1.5, 0.4 * (hi - lo))
    return lo - pad, hi + pad


def _where(ctx: Ctx, c: Candidate) -> str:
    return {"end": ctx.L("endpoint", "端点"), "critical": ctx.L("f' = 0", "驻点"), "singular": ctx.L("f' undefined", "不可导点")}[c.where]


def build(ctx: Ctx) -> None:
    w = ctx.w
    ex = read_extremum(ctx.info)
    v, call, dcall = ex.var, ex.call, ex.dcall
    a, b = _window(ex)
    inner = [c for c in ex.candidates if c.where != "end"]
    ends = [c for c in ex.candidates if c.where == "end"]
    lo, hi = y_window(ex.code, a, b, extra=[c.y for c in ex.candidates])
    fn = Fn(ex.code, ex.tex, ex.expr, True)
    d_raw = ex.shown_d if ex.shown_d is not None else ex.d_expr
    d_shown = sp.factor(d_raw) if sp.count_ops(sp.factor(d_raw)) <= sp.count_ops(d_raw) + 2 else d_raw
    d_tex = sp.latex(d_shown.subs(d_shown.free_symbols.pop(), sp.Symbol(v)) if d_shown.free_symbols else d_shown, ln_notation=True)
    ctx.facts.update(extremum=ex, fn=fn)
    dom = ex.domain.tex
    show_abs = ex.absolute or ex.domain.compact
    on = "on" if dom.startswith(("[", "(", "\\mathbb")) else "for"
    show_local = ex.local or not show_abs

    # 1. the question
    if ex.domain.source == "positivity":
        why = ctx.L(f"every length in it must be positive, so ${dom}$", f"式中各段长度都要为正，所以 ${dom}$")
    elif ex.domain.source == "quantity":
        why = ctx.L(f"${v}$ is a positive quantity, so ${dom}$", f"${v}$ 是正的量，所以 ${dom}$")
    elif ex.domain.source == "natural":
        why = ctx.L(f"it is defined for ${dom}$", f"它的定义域为 ${dom}$")
    else:
        why = ctx.L(f"{on} ${dom}$", f"在 ${dom}$ 上")
    wants_max = bool(re.search(r"maxim|largest|greatest|最大|极大|最多", ctx.info.prose, re.I))
    wants_min = bool(re.search(r"minim|smallest|least|最小|极小|最省|最少", ctx.info.prose, re.I))
    if wants_max == wants_min:
        wants_max = wants_min = True
    if show_abs and not ex.local:
        ask = ctx.L("the largest and smallest values" if wants_max and wants_min else "the largest value" if wants_max else "the smallest value",
                    "最大值和最小值" if wants_max and wants_min else "最大值" if wants_max else "最小值")
    elif not show_abs:
        ask = ctx.L("the local maxima and minima", "极值")
    else:
        ask = ctx.L("the extreme values", "极值与最值")
    w.beat(ctx.title, ctx.L(f"We look for {ask} of ${call} = {ex.tex}$: {why}.",
                            f"求 ${call} = {ex.tex}$ 的{ask}：{why}。"))
    w.title(ctx.title)
    formula_corner(ctx, rf"{call} = {ex.tex}, \quad {dom}")
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)

    # 2. the graph on the domain
    graph_setup(ctx, fn, a, b, lo, hi, x_length=7.3, y_length=4.2, labels=(v, ex.name.replace("\\", "\\\\")))  # written into a plain string
    w.code("plot = VGroup(axes, axis_labels, graph).to_edge(LEFT, buff=0.45)")
    holes = [e for e, closed in ((ex.domain.a, ex.domain.closed_a), (ex.domain.b, ex.domain.closed_b))
             if not closed and math.isfinite(e)]
    hole_code = [f"Circle(radius=0.08, color=BLUE, stroke_width=3).set_fill(BLACK, 1).move_to(axes.c2p({fmt(e, 5)}, f({fmt(e, 5)})))"
                 for e in holes if _finite(ex, e) and lo <= _y(ex, e) <= hi]
    w.code("holes = VGroup(" + ", ".join(hole_code) + ")")
    open_note = ctx.L(" The open ends (hollow) are not part of the domain.", "空心点表示端点不在定义域内。") if hole_code else ""
    w.beat(ctx.L("The graph on the domain", "定义域上的图像"), ctx.L(
        f"The graph of ${call}$ {on} ${dom}$.{open_note}", f"${call}$ 在 ${dom}$ 上的图像。{open_note}"))
    w.play("Create(axes), Write(axis_labels), Create(graph), FadeIn(holes)", 2)

    # 3. the derivative and its sign
    zeros = [c for c in inner if c.where == "critical"]
    corners = [c for c in inner if c.where == "singular"]
    where0 = ", ".join(f"${v} = {c.x_tex}$" for c in zeros)
    said = ctx.L(f"$f' = 0$ at {where0}" if zeros else "$f'$ is never $0$ inside the domain",
                 f"$f' = 0$ 的点：{where0}" if zeros else "$f'$ 在定义域内部没有零点")
    said = said.replace("f'", dcall.split("(")[0])
    if corners:
        said += ctx.L(f"; it is undefined at " + ", ".join(f"${v} = {c.x_tex}$" for c in corners),
                      "；在 " + "、".join(f"${v} = {c.x_tex}$" for c in corners) + " 处导数不存在")
    w.code(f"deriv = {math_mob(f'{dcall} = {d_tex}', 32)}",
           "deriv.next_to(plot, RIGHT, buff=0.4).align_to(plot, UP)",
           "if deriv.width > 13.6 - deriv.get_left()[0] - 6.8:",
           "    deriv.scale_to_fit_width(6.6 - deriv.get_left()[0])")
    cuts = [a] + [c.x for c in inner] + [b]
    signs = _signs(ex, cuts)
    w.code("sy = VGroup(axes, axis_labels).get_top()[1] + 0.22", "def sx(t):", "    return axes.c2p(t, 0)[0]", "")
    parts = []
    for (u, t), s in zip(zip(cuts, cuts[1:]), signs):
        colour = "GREEN" if s > 0 else "RED"
        parts.append(f"Line([sx({fmt(u, 5)}), sy, 0], [sx({fmt(t, 5)}), sy, 0], color={colour}, stroke_width=6)")
        parts.append(f"MathTex(r\"{'+' if s > 0 else '-'}\", font_size=34, color={colour}).move_to([(sx({fmt(u, 5)}) + sx({fmt(t, 5)})) / 2, sy + 0.28, 0])")
    for c in inner:
        parts.append(f"Line([sx({fmt(c.x, 5)}), sy - 0.13, 0], [sx({fmt(c.x, 5)}), sy + 0.13, 0], color=WHITE, stroke_width=3)")
        mark = "0" if c.where == "critical" else r"\nexists"
        parts.append(f"MathTex(r\"{mark}\", font_size=26).move_to([sx({fmt(c.x, 5)}), sy + 0.3, 0])")
    w.code("signs = VGroup(", *[f"    {p}," for p in parts], ")",
           f"sign_name = MathTex(r\"{dcall.split('(')[0]}\", font_size=30).next_to([sx({fmt(a, 5)}), sy, 0], LEFT, buff=0.25)")
    rises = ctx.L(f"where ${dcall} > 0$ (green) ${call}$ rises, where ${dcall} < 0$ (red) it falls",
                  f"${dcall} > 0$（绿）处 ${call}$ 递增，${dcall} < 0$（红）处递减")
    w.beat(ctx.L("The sign of the derivative", "导数的符号"), ctx.L(
        f"${dcall} = {d_tex}$: {said}; {rises}.", f"${dcall} = {d_tex}$：{said}；{rises}。"))
    w.play("Write(deriv)", 1.2)
    w.play("Create(signs), FadeIn(sign_name)", 1.6)

    # 4. the sliding tangent
    span = b - a
    start = a if ex.domain.closed_a or not math.isfinite(ex.domain.a) else a + 0.02 * span
    end = b if ex.domain.closed_b or not math.isfinite(ex.domain.b) else b - 0.02 * span
    w.code("def d1(x):", f"    return {ex.d_code}", "",
           f"corners = [{', '.join(fmt(c.x, 6) for c in corners)}]",
           "def slope(p):",
           f"    if any(abs(p - c) < {fmt(0.004 * span, 6)} for c in corners):",
           "        return None",
           "    with np.errstate(all=\"ignore\"):",
           "        m = float(d1(p))",
           "    return m if np.isfinite(m) else None",
           "",
           f"x = ValueTracker({fmt(start, 5)})",
           "def tangent():",
           "    p = x.get_value()",
           "    m = slope(p)",
           "    if m is None:",
           "        return VMobject()",
           "    c = axes.c2p(p, f(p))",
           "    u = axes.c2p(p + 1, f(p) + m) - c",
           "    u = u / np.linalg.norm(u)",
           "    return Line(c - 0.9 * u, c + 0.9 * u, color=YELLOW, stroke_width=4)",
           "touch = always_redraw(tangent)",
           "touch_dot = always_redraw(lambda: Dot(axes.c2p(x.get_value(), f(x.get_value())), color=YELLOW, radius=0.07))",
           f"readout = VGroup(MathTex(r\"{dcall} =\", font_size=30), DecimalNumber(0, num_decimal_places=2, font_size=30)).arrange(RIGHT)",
           "readout.next_to(deriv, DOWN, buff=0.25, aligned_edge=LEFT)",
           "readout[1].set_value(np.clip(slope(x.get_value()) or 0, -9999, 9999))")
    flat = ", ".join(f"${v} = {c.x_tex}$" for c in zeros)
    w.beat(ctx.L("Slide along the curve", "沿曲线滑动"), ctx.L(
        f"A point slides along the curve with its tangent; the slope is ${dcall}$."
        + (f" At {flat} the tangent is flat." if zeros else "") + (" At a corner there is no tangent." if corners else ""),
        f"一个点带着切线沿曲线滑动，切线斜率就是 ${dcall}$。" + (f"在 {flat} 处切线水平。" if zeros else "")
        + ("在尖点处没有切线。" if corners else "")))
    w.play("FadeIn(touch, touch_dot), FadeIn(readout)", 0.8)
    w.code("readout[1].add_updater(lambda m: m.set_value(np.clip(slope(x.get_value()) or 0, -9999, 9999)))")
    here = start
    for c in inner:
        w.play(f"x.animate.set_value({fmt(c.x, 6)})", max(1.2, 3.5 * (c.x - here) / span), "rate_func=smooth")
        w.play(f"Flash(axes.c2p({fmt(c.x, 5)}, f({fmt(c.x, 5)})), color=YELLOW, flash_radius=0.3)", 0.6)
        w.wait(0.4)
        here = c.x
    w.play(f"x.animate.set_value({fmt(end, 5)})", max(1.2, 3.5 * (end - here) / span), "rate_func=smooth")

    # 5. the candidates and their values
    shown = list(ex.candidates) if show_abs else inner
    rows = [(c, c.x_tex, c.y_tex) for c in shown]
    head = [math_mob(v, 28), math_mob(call, 28), text_mob(ctx.L("where", "类型"), 22)]
    cells = list(head)
    for c, xt, yt in rows:
        kind = _kind_text(ctx, c, show_abs)
        if kind == "f' = 0":
            where = math_mob(f"{ex.name}' = 0", 28)
        elif kind == "f' undefined":
            where = math_mob(f"{ex.name}' \\text{{ undefined}}", 28)
        else:
            where = text_mob(kind, 22)
        cells += [math_mob(xt, 28), math_mob(_short(yt, c.y), 28), where]
    w.code("table = VGroup(", *[f"    {cell}," for cell in cells], f").arrange_in_grid(rows={len(rows) + 1}, cols=3, buff=(0.45, 0.16))",
           "table.add(Line(table.get_corner(UL) + DOWN * 0.42, table.get_corner(UR) + DOWN * 0.42, stroke_width=2, color=GREY_B))",
           "table.next_to(readout, DOWN, buff=0.35, aligned_edge=LEFT)",
           "if table.width > 6.7 - table.get_left()[0]:",
           "    table.scale_to_fit_width(6.7 - table.get_left()[0]).next_to(readout, DOWN, buff=0.35, aligned_edge=LEFT)",
           "if table.get_bottom()[1] < -2.6:",
           "    table.scale(max(0.5, (table.get_top()[1] + 2.6) / table.height), about_edge=UP)")
    dots = [f"Dot(axes.c2p({fmt(c.x, 6)}, {fmt(c.y, 6)}), color=WHITE, radius=0.075)" for c in shown]
    w.code("marks = VGroup(" + ", ".join(dots) + ")")
    listed = ", ".join(f"${ex.name}({c.x_tex}) = {_short(c.y_tex, c.y)}$" for c in shown)
    if show_abs:
        w.beat(ctx.L("Critical points and endpoints", "驻点与端点") if ends else ctx.L("The critical points", "驻点"), ctx.L(
            f"The candidates are the critical points" + (" and the endpoints" if ends else "") + f": {listed}.",
            f"候选点是驻点" + ("和端点" if ends else "") + f"：{listed}。"))
    else:
        w.beat(ctx.L("The first-derivative test", "一阶导数判别法"), ctx.L(
            f"At each critical point read the sign change of ${dcall}$: {listed}.",
            f"在每个驻点看 ${dcall}$ 的符号怎样变化：{listed}。"))
    w.play("FadeOut(touch, touch_dot), FadeIn(marks), FadeIn(table)", 1.4)

    # 6. the maximum and the minimum
    verdict = []  # (candidates of one value, colour, label en, label zh)

    def ties(c: Candidate) -> list[Candidate]:
        return [q for q in shown if abs(q.y - c.y) <= 1e-9 * max(1.0, abs(c.y))]

    if show_abs:
        if ex.best is not None and wants_max:
            verdict.append((ties(ex.best), "YELLOW", "maximum", "最大值"))
        if ex.worst is not None and wants_min:
            verdict.append((ties(ex.worst), "TEAL", "minimum", "最小值"))
    if show_local:
        for c in inner:
            if c.kind in ("max", "min") and not any(c in group for group, *_ in verdict):
                verdict.append(([c], "ORANGE" if c.kind == "max" else "PURPLE_B",
                                "local max" if c.kind == "max" else "local min", "极大值" if c.kind == "max" else "极小值"))
    verdict = verdict[:4]
    lines, notes, lit = [], [], []
    for group, colour, en, zh in verdict:
        c = group[0]
        value = " = ".join(f"{ex.name}({q.x_tex})" for q in group) + f" = {_short(c.y_tex, c.y)}"
        lines.append(f"VGroup({text_mob(ctx.L(en, zh), 24, colour)}, {math_mob(value, 30, colour)}).arrange(RIGHT, buff=0.2)")
        notes.append(ctx.L(f"the {en} is ${value}$", f"{zh}为 ${value}$"))
        for q in group:
            row = shown.index(q) + 1
            tag = f"t{len(lit)}"
            lit.append(tag)
            up = q.kind == "max" or en == "maximum"
            w.code(f"hl_{tag} = SurroundingRectangle(VGroup(*table[{3 * row}:{3 * row + 3}]), color={colour}, buff=0.07)",
                   f"dot_{tag} = Dot(axes.c2p({fmt(q.x, 6)}, {fmt(q.y, 6)}), color={colour}, radius=0.11)",
                   f"tag_{tag} = {text_mob(ctx.L(en, zh), 22, colour)}.next_to(dot_{tag}, {'UP' if up else 'DOWN'}, buff=0.12)",
                   f"if tag_{tag}.get_top()[1] > axes.get_top()[1] or tag_{tag}.get_bottom()[1] < axes.get_bottom()[1]:",
                   f"    tag_{tag}.next_to(dot_{tag}, RIGHT, buff=0.12)",
                   f"if tag_{tag}.get_right()[0] > axes.get_right()[0]:",
                   f"    tag_{tag}.next_to(dot_{tag}, LEFT, buff=0.12)",
                   f"tag_{tag}.add_background_rectangle(opacity=0.75, buff=0.04)")
    missing = []
    if show_abs and ex.best is None and wants_max:
        missing.append(ctx.L(f"${call}$ has no largest value on ${dom}$", f"${call}$ 在 ${dom}$ 上没有最大值"))
    if show_abs and ex.worst is None and wants_min:
        missing.append(ctx.L(f"${call}$ has no smallest value on ${dom}$", f"${call}$ 在 ${dom}$ 上没有最小值"))
    if ex.word:
        missing = []  # the story names the best value
    w.code("verdict = VGroup(", *[f"    {ln}," for ln in lines], ").arrange(DOWN, aligned_edge=LEFT, buff=0.15)",
           "verdict.next_to(table, DOWN, buff=0.3, aligned_edge=LEFT)",
           "if verdict.width > 6.8 - verdict.get_left()[0]:",
           "    verdict.scale_to_fit_width(6.8 - verdict.get_left()[0]).next_to(table, DOWN, buff=0.3, aligned_edge=LEFT)",
           "if verdict.get_bottom()[1] < -3.85:",
           "    verdict.shift(UP * (-3.85 - verdict.get_bottom()[1]))")
    if ex.word and ex.best is not None and re.search(r"maxim|largest|greatest|最大|最多", ctx.info.prose, re.I):
        c = ex.best
        story = ctx.L(f"${ex.name}$ is largest at ${v} = {c.x_tex}$: ${ex.name}({c.x_tex}) = {_short(c.y_tex, c.y)}$.",
                      f"当 ${v} = {c.x_tex}$ 时 ${ex.name}$ 最大，最大值 ${ex.name}({c.x_tex}) = {_short(c.y_tex, c.y)}$。")
    elif ex.word and ex.worst is not None:
        c = ex.worst
        story = ctx.L(f"${ex.name}$ is smallest at ${v} = {c.x_tex}$: ${ex.name}({c.x_tex}) = {_short(c.y_tex, c.y)}$.",
                      f"当 ${v} = {c.x_tex}$ 时 ${ex.name}$ 最小，最小值 ${ex.name}({c.x_tex}) = {_short(c.y_tex, c.y)}$。")
    else:
        story = ctx.L("; ".join(notes + missing) + ".", "；".join(notes + missing) + "。")
    heads = [(en, zh) for _, _, en, zh in verdict] or [("maximum", "最大值")]
    w.beat(ctx.L(" and ".join(dict.fromkeys(en for en, _ in heads)).capitalize(), "与".join(dict.fromkeys(zh for _, zh in heads))), story)
    hl = ", ".join(f"Create(hl_{t}), GrowFromCenter(dot_{t}), FadeIn(tag_{t})" for t in lit)
    w.play((hl + ", " if hl else "") + "FadeIn(verdict, shift=UP * 0.2)", 1.6)
    w.wait(1.5)


def _signs(ex: Extremum, cuts: list[float]) -> list[int]:
    import numpy as np

    from ..symbolic import evaluate

    out = []
    for u, t in zip(cuts, cuts[1:]):
        mids = evaluate(ex.d_code, "x", np.linspace(u, t, 7)[1:-1])
        s = np.sign(mids[np.isfinite(mids)]) if mids is not None else np.array([])
        s = s[s != 0]
        out.append(int(s[len(s) // 2]) if len(s) else 1)
    return out


def _finite(ex: Extremum, e: float) -> bool:
    return math.isfinite(_y(ex, e))


def _y(ex: Extremum, e: float) -> float:
    import numpy as np

    from ..symbolic import evaluate

    ys = evaluate(ex.code, "x", np.array([e]))
    return float(ys[0]) if ys is not None and np.isfinite(ys[0]) else math.nan


def _short(tex: str, value: float) -> str:
    """An exact value, with its decimal when it is not a plain number (e^{-1} \\approx 0.3679)."""
    if re.fullmatch(r"-?\s*\d+(?:\.\d+)?", tex.strip()) or re.fullmatch(r"-?\s*\\frac\{\d+\}\{\d+\}", tex.strip()):
        return tex
    return f"{tex} \\approx {fmt(value, 4)}"


def _kind_text(ctx: Ctx, c: Candidate, absolute: bool) -> str:
    if absolute:
        return _where(ctx, c)
    return {"max": ctx.L("+ to -: max", "正变负：极大"), "min": ctx.L("- to +: min", "负变正：极小"),
            "neither": ctx.L("no sign change", "不变号")}[c.kind]


@check("extremum")
def _check(f):
    ex: Extremum = f["extremum"]
    call = ex.call
    if ex.domain.compact:
        return (f"Why is it enough to compare ${call}$ at the critical points and at the endpoints of ${ex.domain.tex}$?",
                f"为什么只需比较 ${call}$ 在驻点和 ${ex.domain.tex}$ 端点处的值？",
                "A continuous function on a closed interval reaches a largest and a smallest value (the extreme value theorem); "
                "inside the interval such a point has a horizontal tangent or none, so it is a critical point; otherwise it is an end.",
                "闭区间上的连续函数一定取得最大值和最小值（最值定理）；若在区间内部取得，该点切线水平或不存在，即为驻点或不可导点；否则就在端点。")
    c = next((q for q in ex.candidates if q.kind in ("max", "min") and q.where != "end"), ex.candidates[0])
    word = "maximum" if c.kind == "max" else "minimum"
    zh = "极大值" if c.kind == "max" else "极小值"
    return (f"How does the sign of ${ex.dcall}$ show that ${ex.var} = {c.x_tex}$ gives a local {word}?",
            f"${ex.dcall}$ 的符号怎样说明 ${ex.var} = {c.x_tex}$ 处取得{zh}？",
            f"${ex.dcall}$ changes from {'+ to −' if c.kind == 'max' else '− to +'} there: ${ex.name}$ "
            f"{'rises and then falls' if c.kind == 'max' else 'falls and then rises'}, so nearby values are "
            f"{'smaller' if c.kind == 'max' else 'larger'} than ${ex.name}({c.x_tex})$.",
            f"${ex.dcall}$ 在该点{'由正变负' if c.kind == 'max' else '由负变正'}：${ex.name}$ {'先增后减' if c.kind == 'max' else '先减后增'}，"
            f"附近的函数值都{'小于' if c.kind == 'max' else '大于'} ${ex.name}({c.x_tex})$。")
