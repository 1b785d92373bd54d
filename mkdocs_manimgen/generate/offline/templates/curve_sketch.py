"""curve_sketch: the whole sketch of the author's f (Stewart 4.5 "Summary of curve sketching";
同济《高等数学》3.6 函数图形的描绘): the domain with its gaps, vertical asymptotes and removable holes,
horizontal or oblique asymptotes from the limits at ±∞ (dashed, labelled), the sign line of f' with
the local extrema marked, the inflection points and concavity when the block asks, the intercepts,
then the curve drawn piece by piece on each interval of the domain (clipped to a window that shows
the features, never joined across an asymptote) and the textbook table (interval / f' / f'' / shape).

Every object comes from :func:`..sketch.read_sketch` (the author's f; every stated value checked)."""

from __future__ import annotations

import math

import numpy as np
import sympy as sp

from ..latex import fmt
from ..notes import check
from ..parts.curve import nice_step
from ..sketch import Point, Sketch, asks, read_sketch, shown
from .common import Ctx, formula_corner, math_mob, text_mob

PRIORITY = 158
TITLE = ("Sketching a Curve", "函数图形的描绘")
WHAT = ("To sketch $y = f(x)$: find its domain, intercepts and asymptotes (vertical where $f \\to \\pm\\infty$, horizontal or oblique "
        "from the limits at $\\pm\\infty$); the sign of $f'$ gives where it rises and falls and its local extrema; the sign of $f''$ "
        "gives its concavity and inflection points. Then draw it piece by piece on each interval of the domain.",
        "描绘 $y = f(x)$ 的图形：先求定义域、与坐标轴的交点和渐近线（$f \\to \\infty$ 处的铅直渐近线，$x \\to \\infty$ 时的水平或斜渐近线）；"
        "由 $f'$ 的符号得单调区间与极值，由 $f''$ 的符号得凹凸区间与拐点；最后在定义域的每个区间上分段画出曲线。")


def evidence(info) -> int | None:
    return 0 if asks(info) else None


def needs(info) -> Sketch | None:
    """The author's f of x alone, with every value the author states true (see sketch.read_sketch); a block
    that writes a limit is the limit family's unless it asks for the sketch."""
    import re

    if not info.reading.asks("a curve sketch") and any("\\lim" in b for b in info.blocks):
        return None
    if not info.reading.asks("a curve sketch") and re.search(r"\\lim|limit|极限", info.concept, re.I):
        return None
    return read_sketch(info)


def title_for(info) -> tuple[str, str] | None:
    sk = read_sketch(info)
    if sk is not None and not info.reading.asks("a curve sketch"):
        return ("Asymptotes of a Curve", "曲线的渐近线")
    return None


# -- the curve, clipped to the window -------------------------------------------------------------------


def _runs(sk: Sketch) -> list[tuple[float, float]]:
    """Stretches of each domain interval inside the window where f stays within [lo, hi], ends found by bisection."""
    from ..sketch import _values

    a, b, lo, hi = sk.window
    eps = 1e-5 * (b - a)
    cuts = sorted({c for c, _, _ in sk.vertical} | {p.x for p in sk.holes})
    out = []
    for p_lo, p_hi in sk.pieces:
        u, v = max(p_lo, a), min(p_hi, b)
        inner = [u] + [c for c in cuts if u < c < v] + [v]
        for s, t in zip(inner, inner[1:]):
            s2 = s + eps if (s in cuts or s == p_lo and not _closed(sk, s)) else s
            t2 = t - eps if (t in cuts or t == p_hi and not _closed(sk, t)) else t
            if not s2 < t2:
                continue
            xs = np.linspace(s2, t2, 3001)
            ys = _values(sk.code, xs)
            ok = np.isfinite(ys) & (ys >= lo) & (ys <= hi)
            i = 0
            while i < len(xs):
                if not ok[i]:
                    i += 1
                    continue
                j = i
                while j + 1 < len(xs) and ok[j + 1]:
                    j += 1
                left = xs[i] if i == 0 else _edge(sk.code, xs[i - 1], xs[i], lo, hi)
                right = xs[j] if j == len(xs) - 1 else _edge(sk.code, xs[j + 1], xs[j], lo, hi)
                if right - left > 1e-4 * (b - a):
                    out.append((float(left), float(right)))
                i = j + 1
    return out


def _closed(sk: Sketch, c: float) -> bool:
    return any(abs(p.x - c) < 1e-12 for p in sk.ends)


def _edge(code: str, out_x: float, in_x: float, lo: float, hi: float) -> float:
    """The x between ``out_x`` (outside the window or undefined) and ``in_x`` (inside) where f meets the window's edge."""
    from ..sketch import _values

    for _ in range(50):
        m = 0.5 * (out_x + in_x)
        y = _values(code, [m])[0]
        if math.isfinite(y) and lo <= y <= hi:
            in_x = m
        else:
            out_x = m
    return in_x


def _asymptote_code(sk: Sketch) -> tuple[list[str], list[str]]:
    """(dashed lines, their labels) as scene code."""
    a, b, lo, hi = sk.window
    lines, labels = [], []
    for c, tex, _ in sk.vertical:
        if a <= c <= b:
            lines.append(f"DashedLine(axes.c2p({fmt(c, 6)}, {fmt(lo, 6)}), axes.c2p({fmt(c, 6)}, {fmt(hi, 6)}), color=ORANGE, dash_length=0.12)")
            labels.append(f"{math_mob(f'x = {tex}', 26)}.set_color(ORANGE)"
                          f".next_to(axes.c2p({fmt(c, 6)}, {fmt(hi, 6)}), DR, buff=0.08)")
    mid = 0.5 * (a + b)
    seen = {}
    for side, L, tex in sk.horizontal:
        seen.setdefault(tex, []).append((side, L))
    for tex, sides in seen.items():
        L = sides[0][1]
        if not lo < L < hi:
            continue
        both = len(sides) == 2
        u = a if both or sides[0][0] == "-" else mid
        v = b if both or sides[0][0] == "+" else mid
        lines.append(f"DashedLine(axes.c2p({fmt(u, 6)}, {fmt(L, 6)}), axes.c2p({fmt(v, 6)}, {fmt(L, 6)}), color=ORANGE, dash_length=0.12)")
        end, where = (v, "UL") if sides[0][0] == "+" or both else (u, "UR")
        labels.append(f"{math_mob(f'y = {tex}', 26)}.set_color(ORANGE).next_to(axes.c2p({fmt(end, 6)}, {fmt(L, 6)}), {where}, buff=0.1)")
    seen_o = {}
    for side, k, c0, tex in sk.oblique:
        seen_o.setdefault(tex, []).append((side, k, c0))
    for tex, sides in seen_o.items():
        _, k, c0 = sides[0]
        # where k x + c0 stays inside [lo, hi] within [a, b]
        xs = [a, b] + [(y - c0) / k for y in (lo, hi)]
        inside = sorted(t for t in xs if a - 1e-9 <= t <= b + 1e-9 and lo - 1e-9 <= k * t + c0 <= hi + 1e-9)
        if len(inside) < 2:
            continue
        u, v = inside[0], inside[-1]
        lines.append(f"DashedLine(axes.c2p({fmt(u, 6)}, {fmt(k * u + c0, 6)}), axes.c2p({fmt(v, 6)}, {fmt(k * v + c0, 6)}), color=ORANGE, dash_length=0.12)")
        end = v if k > 0 else u
        labels.append(f"{math_mob(f'y = {tex}', 26)}.set_color(ORANGE).next_to(axes.c2p({fmt(end, 6)}, {fmt(k * end + c0, 6)}), "
                      f"{'DL' if k > 0 else 'DR'}, buff=0.12)")
    return lines, labels


def _pair(p: Point) -> str:
    return f"({fmt(p.x, 2)}, {fmt(p.y, 2)})"


def _in(sk: Sketch, p: Point) -> bool:
    a, b, lo, hi = sk.window
    return a <= p.x <= b and lo <= p.y <= hi


def _list(items: list[str], zh: bool) -> str:
    return ("、" if zh else ", ").join(items)


def _kind_word(ctx: Ctx, kind: str) -> str:
    return {"max": ctx.L("local max", "极大值"), "min": ctx.L("local min", "极小值"), "flat": ctx.L("no extremum", "非极值"),
            "infl": ctx.L("inflection", "拐点"), "gap": ctx.L("undefined", "无定义"), "end": ctx.L("end", "端点")}.get(kind, "")


def build(ctx: Ctx) -> None:
    w = ctx.w
    sk = read_sketch(ctx.info)
    a, b, lo, hi = sk.window
    x = sp.Symbol("x", real=True)
    call = sk.call
    dname = "y'" if sk.name == "y" else f"{sk.name}'(x)"
    d2name = "y''" if sk.name == "y" else f"{sk.name}''(x)"
    ctx.facts.update(sketch=sk)
    approx = ctx.L(" (found numerically: decimals)", "（数值求得，取近似值）") if sk.numeric else ""

    # 1. the function and its domain
    w.beat(ctx.title, ctx.L(f"We sketch ${call} = {sk.tex}$. It is defined for $x \\in {sk.domain_tex}$.",
                            f"描绘 ${call} = {sk.tex}$ 的图形。定义域为 $x \\in {sk.domain_tex}$。"))
    w.title(ctx.title)
    formula_corner(ctx, f"{call} = {sk.tex}, \\quad x \\in {sk.domain_tex}", size=34)
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)

    # 2. the axes and the asymptotes
    xs, ys = nice_step(b - a), nice_step(hi - lo)
    w.code("axes = Axes(",
           f"    x_range=[{fmt(a)}, {fmt(b)}, {fmt(xs)}],",
           f"    y_range=[{fmt(lo)}, {fmt(hi)}, {fmt(ys)}],",
           "    x_length=7.4, y_length=4.5, tips=False,",
           '    axis_config={"include_numbers": True, "font_size": 22, "color": GREY_B},',
           ").to_corner(DL, buff=0.35)",
           'axis_labels = axes.get_axis_labels(MathTex("x", font_size=28), MathTex("y", font_size=28))',
           "",
           "def _f(x):",
           f"    return {sk.code}",
           "",
           "def f(x):",
           "    with np.errstate(all=\"ignore\"):",
           "        return _f(x)",
           "")
    lines, labels = _asymptote_code(sk)
    dots = []
    for p in sk.holes:
        if _in(sk, p):
            dots.append(f"Circle(radius=0.07, color=BLUE, stroke_width=3).set_fill(BLACK, 1).move_to(axes.c2p({fmt(p.x, 6)}, {fmt(p.y, 6)}))")
    for p in sk.ends:
        if _in(sk, p):
            dots.append(f"Dot(axes.c2p({fmt(p.x, 6)}, {fmt(p.y, 6)}), color=BLUE, radius=0.07)")
    w.code("asymptotes = VGroup(" + ", ".join(lines) + ")",
           "asymptote_labels = VGroup(" + ", ".join(labels) + ")",
           "for m in asymptote_labels:",
           "    m.add_background_rectangle(opacity=0.8, buff=0.04)",
           "gaps = VGroup(" + ", ".join(dots) + ")",
           "# each point's label goes where it covers no other label, dot or tick number, inside the plot",
           "def _overlaps(m, n):",
           "    return abs(m.get_x() - n.get_x()) < (m.width + n.width) / 2 + 0.04 and abs(m.get_y() - n.get_y()) < (m.height + n.height) / 2 + 0.03",
           "ticks = [*getattr(axes.x_axis, 'numbers', []), *getattr(axes.y_axis, 'numbers', [])]",
           "taken = [*asymptote_labels, *gaps]",
           "def place(labels, spots):",
           "    taken.extend(Dot(p, radius=0.08) for p, _ in spots)",
           "    for m, (p, d) in zip(labels, spots):",
           "        best = None",
           "        for buff in (0.12, 0.35):",
           "            for way in (d, -d, UR, UL, DR, DL, RIGHT, LEFT):",
           "                m.next_to(p, way, buff=buff)",
           "                inside = m.get_left()[0] > -7 and m.get_right()[0] < axes.get_right()[0] + 0.3 and m.get_bottom()[1] > -3.95 and m.get_top()[1] < axes.get_top()[1]",
           "                cost = (0 if inside else 100) + 10 * sum(_overlaps(m, n) for n in taken) + sum(_overlaps(m, n) for n in ticks) + (buff > 0.2)",
           "                if best is None or cost < best[0]:",
           "                    best = (cost, way, buff)",
           "        m.next_to(p, best[1], buff=best[2])",
           "        taken.append(m)",
           "")
    said = []
    f_of = call if sk.name != "y" else "y"
    for c, tex, sides in sk.vertical:
        lims = ", ".join(f"\\lim_{{x \\to {tex}^{{{s[0]}}}}} {f_of} = {'+' if s[1] == '+' else '-'}\\infty" for s in sides)
        said.append(ctx.L(f"${lims}$, so $x = {tex}$ is a vertical asymptote", f"${lims}$，所以 $x = {tex}$ 是铅直渐近线"))
    for tex, sides in _grouped(sk.horizontal):
        where = "\\pm\\infty" if len(sides) == 2 else ("+\\infty" if sides[0] == "+" else "-\\infty")
        said.append(ctx.L(f"$\\lim_{{x \\to {where}}} {call} = {tex}$: the horizontal asymptote $y = {tex}$",
                          f"$\\lim_{{x \\to {where}}} {call} = {tex}$，水平渐近线 $y = {tex}$"))
    for tex, sides in _grouped([(s, 0, t) for s, _, _, t in sk.oblique]):
        where = "\\pm\\infty" if len(sides) == 2 else ("+\\infty" if sides[0] == "+" else "-\\infty")
        k = next(o[1] for o in sk.oblique if o[3] == tex)
        minus = f"- {_kx(k)}" if k > 0 else f"+ {_kx(-k)}"
        said.append(ctx.L(f"$\\lim_{{x \\to {where}}} \\frac{{{call}}}{{x}} = {_num(k)}$ and ${call} {minus}$ tends to a limit: "
                          f"the oblique asymptote $y = {tex}$",
                          f"$\\lim_{{x \\to {where}}} \\frac{{{call}}}{{x}} = {_num(k)}$，且 ${call} {minus}$ 有极限：斜渐近线 $y = {tex}$"))
    for p in sk.holes:
        if any(abs(p.x - c) < 1e-12 for c, _, _ in sk.vertical):
            continue
        said.append(ctx.L(f"at $x = {p.x_tex}$ it is undefined but tends to ${p.y_tex}$: an open dot $({p.x_tex}, {p.y_tex})$",
                          f"$x = {p.x_tex}$ 处无定义，但函数趋于 ${p.y_tex}$：空心点 $({p.x_tex}, {p.y_tex})$"))
    if not sk.asymptotes:
        said.append(ctx.L("it has no asymptotes", "它没有渐近线"))
    text = ctx.L("; ".join(said) + ".", "；".join(said) + "。")
    w.beat(ctx.L("Domain and asymptotes", "定义域与渐近线"), text[0].upper() + text[1:])
    w.play("Create(axes), Write(axis_labels)", 1.4)
    w.play("Create(asymptotes), FadeIn(asymptote_labels), FadeIn(gaps)", 1.4)

    # 3. the sign of f', the extrema
    d1_shown = sp.factor(sk.d1)
    d1_tex = sp.latex(d1_shown if sp.count_ops(d1_shown) <= sp.count_ops(sk.d1) + 2 else sk.d1, ln_notation=True)
    rows = [r for r in sk.rows if r[0] == "interval"]
    rises = _merged(sk, 4, 1)
    falls = _merged(sk, 4, -1)
    w.code("sy = max(axes.get_top()[1], axis_labels.get_top()[1]) + 0.2",
           "def sx(t):",
           "    return axes.c2p(t, 0)[0]",
           "")
    strip = []
    for u, v, sign in _runs_of_sign(sk):
        u, v = max(u, a), min(v, b)
        if not u < v:
            continue
        colour = "GREEN" if sign > 0 else "RED"
        strip.append(f"Line([sx({fmt(u, 6)}), sy, 0], [sx({fmt(v, 6)}), sy, 0], color={colour}, stroke_width=6)")
        strip.append(f"MathTex(r\"{'+' if sign > 0 else '-'}\", font_size=30, color={colour}).move_to([(sx({fmt(u, 6)}) + sx({fmt(v, 6)})) / 2, sy + 0.24, 0])")
    for r in sk.rows:
        if r[0] == "point" and a < r[1] < b and r[6] != "end":
            mark = "0" if r[6] not in ("gap", "infl") else (r"\times" if r[6] == "gap" else "")
            if mark:
                strip.append(f"MathTex(r\"{mark}\", font_size=24).move_to([sx({fmt(r[1], 6)}), sy + 0.24, 0])")
    pname = "y'" if sk.name == "y" else f"{sk.name}'"
    w.code("signs = VGroup(", *[f"    {s}," for s in strip], ")",
           f"sign_name = MathTex(r\"{pname}\", font_size=28).next_to([sx({fmt(a, 6)}), sy, 0], LEFT, buff=0.2)")
    extrema = [p for p in sk.critical if p.kind in ("max", "min")]
    ext_said = _list([ctx.L(f"a local {p.kind}imum ${sk.name}({p.x_tex}) = {shown(p.y_tex, p.y)}$" if sk.name != "y" else
                            f"a local {p.kind}imum $y = {shown(p.y_tex, p.y)}$ at $x = {p.x_tex}$",
                            f"{'极大值' if p.kind == 'max' else '极小值'} ${sk.name}({p.x_tex}) = {shown(p.y_tex, p.y)}$" if sk.name != "y" else
                            f"$x = {p.x_tex}$ 处{'极大值' if p.kind == 'max' else '极小值'} $y = {shown(p.y_tex, p.y)}$")
                      for p in extrema], ctx.zh)
    flat = [p for p in sk.critical if p.kind == "flat"]
    zeros = _list([f"$x = {p.x_tex}$" for p in sk.critical], ctx.zh)
    mono = ctx.L(("increasing on " + _list([f"${t}$" for t in rises], False) if rises else "")
                 + ("; " if rises and falls else "") + ("decreasing on " + _list([f"${t}$" for t in falls], False) if falls else ""),
                 ("在 " + _list([f"${t}$" for t in rises], True) + " 上单调增加" if rises else "")
                 + ("；" if rises and falls else "") + ("在 " + _list([f"${t}$" for t in falls], True) + " 上单调减少" if falls else ""))
    crit_said = ctx.L(f"$f' = 0$ at {zeros}{approx}" if sk.critical else "$f'$ is never $0$",
                      f"$f' = 0$ 的点：{zeros}{approx}" if sk.critical else "$f'$ 没有零点").replace("f'", pname)
    ext_tail = ctx.L(f"; {ext_said}" if extrema else "; no local extremum", f"；{ext_said}" if extrema else "；没有极值")
    if flat:
        ext_tail += ctx.L(f" (at {_list([f'$x = {p.x_tex}$' for p in flat], False)} $f'$ keeps its sign: no extremum)",
                          f"（在 {_list([f'$x = {p.x_tex}$' for p in flat], True)} 处 $f'$ 不变号，不是极值点）").replace("f'", pname)
    w.code(f"deriv = {math_mob(f'{dname} = {d1_tex}', 30)}",
           "deriv.next_to(formula, DOWN, buff=0.15).to_edge(RIGHT, buff=0.4)",
           "if deriv.width > 6.2:",
           "    deriv.scale_to_fit_width(6.2)")
    marks, mark_labels, spots = [], [], []
    for p in sk.critical:
        if not _in(sk, p):
            continue
        colour = "YELLOW" if p.kind != "flat" else "WHITE"
        marks.append(f"Dot(axes.c2p({fmt(p.x, 6)}, {fmt(p.y, 6)}), color={colour}, radius=0.08)")
        word = {"max": ctx.L("max", "极大"), "min": ctx.L("min", "极小"), "flat": ""}[p.kind]
        where = "UP" if p.kind == "max" else "DOWN"
        mark_labels.append(_label(word, _pair(p), colour, f"axes.c2p({fmt(p.x, 6)}, {fmt(p.y, 6)})", where))
        spots.append(f"(axes.c2p({fmt(p.x, 6)}, {fmt(p.y, 6)}), {where})")
    w.code("extrema = VGroup(" + ", ".join(marks) + ")",
           "extrema_labels = VGroup(" + ", ".join(mark_labels) + ")",
           "place(extrema_labels, [" + ", ".join(spots) + "])")
    w.beat(ctx.L("Rising and falling", "单调性与极值"), ctx.L(
        f"${dname} = {d1_tex}$: {crit_said}. It is {mono}{ext_tail}.",
        f"${dname} = {d1_tex}$：{crit_said}。函数{mono}{ext_tail}。"))
    w.play("Write(deriv)", 1.2)
    w.play("Create(signs), FadeIn(sign_name)", 1.4)
    w.play("FadeIn(extrema), FadeIn(extrema_labels)", 1)

    # 4. concavity and inflection points (when the block asks)
    if sk.concavity:
        d2_shown = sp.factor(sk.d2)
        d2_tex = sp.latex(d2_shown if sp.count_ops(d2_shown) <= sp.count_ops(sk.d2) + 2 else sk.d2, ln_notation=True)
        ups = _merged(sk, 5, 1)
        downs = _merged(sk, 5, -1)
        conc = ctx.L(("concave up on " + _list([f"${t}$" for t in ups], False) if ups else "")
                     + ("; " if ups and downs else "") + ("concave down on " + _list([f"${t}$" for t in downs], False) if downs else ""),
                     ("在 " + _list([f"${t}$" for t in ups], True) + " 上是凹的" if ups else "")
                     + ("；" if ups and downs else "") + ("在 " + _list([f"${t}$" for t in downs], True) + " 上是凸的" if downs else ""))
        pts = _list([f"$({p.x_tex}, {shown(p.y_tex, p.y)})$" for p in sk.inflections], ctx.zh)
        infl_said = ctx.L(f"; inflection point{'s' if len(sk.inflections) > 1 else ''} {pts}" if sk.inflections else "; no inflection point",
                          f"；拐点 {pts}" if sk.inflections else "；没有拐点")
        if sk.numeric and sk.inflections:
            infl_said += approx
        inf_marks, inf_labels, inf_spots = [], [], []
        for p in sk.inflections:
            if not _in(sk, p):
                continue
            inf_marks.append(f"Dot(axes.c2p({fmt(p.x, 6)}, {fmt(p.y, 6)}), color=PURPLE_A, radius=0.08)")
            inf_labels.append(_label(ctx.L("inflection", "拐点"), _pair(p), "PURPLE_A", f"axes.c2p({fmt(p.x, 6)}, {fmt(p.y, 6)})", "DR"))
            inf_spots.append(f"(axes.c2p({fmt(p.x, 6)}, {fmt(p.y, 6)}), DR)")
        w.code(f"deriv2 = {math_mob(f'{d2name} = {d2_tex}', 30)}",
               "if deriv2.width > 6.2:",
               "    deriv2.scale_to_fit_width(6.2)",
               "deriv2.next_to(deriv, DOWN, buff=0.12).to_edge(RIGHT, buff=0.4)",
               "inflections = VGroup(" + ", ".join(inf_marks) + ")",
               "inflection_labels = VGroup(" + ", ".join(inf_labels) + ")",
               "place(inflection_labels, [" + ", ".join(inf_spots) + "])")
        w.beat(ctx.L("Concavity", "凹凸性与拐点"), ctx.L(f"${d2name} = {d2_tex}$: it is {conc}{infl_said}.",
                                                          f"${d2name} = {d2_tex}$：曲线{conc}{infl_said}。"))
        w.play("Write(deriv2)", 1.2)
        w.play("FadeIn(inflections), FadeIn(inflection_labels)", 1)

    # 5. the curve, piece by piece
    plots = [f"axes.plot(f, x_range=[{fmt(u, 7)}, {fmt(v, 7)}, {fmt((v - u) / 400, 7)}], color=BLUE, stroke_width=4, use_smoothing=False)"
             for u, v in _runs(sk)]
    icepts = [p for p in sk.x_intercepts if _in(sk, p)] + ([sk.y_intercept] if sk.y_intercept is not None and _in(sk, sk.y_intercept) else [])
    idots = [f"Dot(axes.c2p({fmt(p.x, 6)}, {fmt(p.y, 6)}), color=WHITE, radius=0.06)" for p in icepts]
    w.code("curve = VGroup(", *[f"    {p}," for p in plots], ")",
           "intercepts = VGroup(" + ", ".join(idots) + ")",
           )
    xi = _list([f"$({p.x_tex}, 0)$" for p in sk.x_intercepts], ctx.zh)
    yi = f"$(0, {sk.y_intercept.y_tex})$" if sk.y_intercept is not None else ""
    cuts = ctx.L("It crosses the $x$-axis at " + xi if xi else "It never meets the $x$-axis",
                 "与 $x$ 轴交于 " + xi if xi else "与 $x$ 轴没有交点")
    cuts += ctx.L(f" and the $y$-axis at {yi}" if yi else " and never meets the $y$-axis",
                  f"，与 $y$ 轴交于 {yi}" if yi else "，与 $y$ 轴没有交点")
    pieces = ctx.L("piece by piece on each interval of the domain, never across an asymptote",
                   "在定义域的每个区间上分段画出，不跨越渐近线") if sk.vertical or sk.holes else ctx.L("through these points", "经过这些点")
    w.beat(ctx.L("The curve", "画出曲线"), ctx.L(
        f"{cuts}. Now the curve, {pieces}; the window shows $y$ from ${fmt(lo)}$ to ${fmt(hi)}$.",
        f"{cuts}。现在画出曲线：{pieces}；窗口中 $y$ 取 ${fmt(lo)}$ 到 ${fmt(hi)}$。"))
    w.play("FadeIn(intercepts), Create(curve)", 3)

    # 6. the table
    _table(ctx, sk, pname)
    w.wait(1.5)


def _runs_of_sign(sk: Sketch) -> list[tuple[float, float, int]]:
    """(u, v, sign of f') over the domain, neighbours of one sign joined across a point where f is defined."""
    out = []
    for r in sk.rows:
        if r[0] == "point":
            if r[6] in ("gap", "end") and out:
                out.append(None)
            continue
        if out and out[-1] is not None and out[-1][2] == r[4]:
            out[-1] = (out[-1][0], r[2], r[4])
        else:
            out.append((r[1], r[2], r[4]))
    return [o for o in out if o is not None]


def _merged(sk: Sketch, col: int, sign: int) -> list[str]:
    """The intervals where the sign in column ``col`` (4: f', 5: f'') is ``sign``, neighbours joined across a point
    where f is defined (an inflection point for f', a critical point for f''), never across a gap."""
    out, start, end = [], None, None
    rows = sk.rows
    for i, r in enumerate(rows):
        if r[0] == "interval":
            if r[col] == sign:
                start = start if start is not None else _left_tex(rows, i)
                end = r
            elif start is not None:
                out.append((start, end))
                start = None
        elif start is not None and r[6] in ("gap", "end") or (start is not None and r[0] == "point" and i + 1 < len(rows)
                                                              and rows[i + 1][col] != sign):
            out.append((start, end))
            start = None
    if start is not None:
        out.append((start, end))
    return [f"({s}, {e[3][1:-1].split(', ')[-1] if ', ' in e[3] else e[3]})" for s, e in out]


def _left_tex(rows, i: int) -> str:
    tex = rows[i][3][1:-1]
    return tex.split(", ")[0]


def _grouped(items):
    out = {}
    for side, _, tex in items:
        out.setdefault(tex, []).append(side)
    return list(out.items())


def _num(k: float) -> str:
    t = sp.nsimplify(k, tolerance=1e-10)
    return sp.latex(t) if abs(float(t) - k) < 1e-9 else fmt(k, 4)


def _kx(k: float) -> str:
    return "x" if k == 1 else "-x" if k == -1 else f"{_num(k)}x"


def _label(word: str, pair: str, colour: str, at: str, where: str) -> str:
    mob = math_mob(pair, 22) if not word else f"VGroup({text_mob(word, 20, colour)}, {math_mob(pair, 22)}).arrange(RIGHT, buff=0.08)"
    return f"{mob}.set_color({colour}).next_to({at}, {where}, buff=0.12).add_background_rectangle(opacity=0.75, buff=0.03)"


def _sign_tex(sign: int) -> str:
    return "0" if sign == 0 else "+" if sign > 0 else "-"


def _cell(tex: str, colour: str = "WHITE") -> str:
    return f"MathTex(r\"{tex}\", font_size=26, color={colour})" if tex else "VectorizedPoint()"


def _short(tex: str, value: float) -> str:
    return tex if len(tex) <= 14 else fmt(value, 3)


def _table(ctx: Ctx, sk: Sketch, pname: str) -> None:
    w = ctx.w
    cols = 5 if sk.concavity else 4
    p2 = pname + "'"
    cells = [_cell("x"), _cell(pname), *([_cell(p2)] if sk.concavity else []), _cell(sk.name if sk.name == "y" else f"{sk.name}(x)"),
             "VectorizedPoint()"]
    for kind, u, v, tex, s1, s2, what in sk.rows:
        if kind == "interval":
            shape = (r"\nearrow" if s1 > 0 else r"\searrow") + ((r"\ \smile" if s2 > 0 else r"\ \frown" if s2 < 0 else "") if sk.concavity else "")
            cells += [_cell(tex), _cell("+" if s1 > 0 else "-", "GREEN" if s1 > 0 else "RED"),
                      *([_cell("+" if s2 > 0 else "-" if s2 < 0 else "0")] if sk.concavity else []), _cell(shape), "VectorizedPoint()"]
            continue
        p = next((q for q in (*sk.critical, *sk.inflections, *sk.ends, *sk.holes) if abs(q.x - u) < 1e-12), None)
        gap = what == "gap"
        d1 = r"\nexists" if gap else _sign_tex(s1)
        d2 = r"\nexists" if gap else _sign_tex(s2)
        value = r"\nexists" if gap or p is None else _short(p.y_tex, p.y)
        colour = "YELLOW" if what.startswith(("max", "min")) else "PURPLE_A" if "infl" in what else "WHITE"
        words = [_kind_word(ctx, k) for k in what.split("+") if _kind_word(ctx, k)]
        if not sk.concavity:
            words = [wd for wd in words if wd != _kind_word(ctx, "infl")]
        cells += [_cell(tex), _cell(d1), *([_cell(d2)] if sk.concavity else []), _cell(value, colour),
                  text_mob(" ".join(words), 20, colour) if words else "VectorizedPoint()"]
    w.code("table = VGroup(", *[f"    {c}," for c in cells], ")",
           f"table.arrange_in_grid(rows={len(cells) // cols}, cols={cols}, buff=(0.3, 0.14))",
           "rule = Line(table[0].get_left() + LEFT * 0.1, table[" + str(cols - 1) + "].get_right() + RIGHT * 0.1, stroke_width=2, color=GREY_B)",
           "rule.next_to(VGroup(*table[:" + str(cols) + "]), DOWN, buff=0.07)",
           "board = VGroup(table, rule)",
           "room = 6.9 - axes.get_right()[0] - 0.3",
           "if board.width > room:",
           "    board.scale_to_fit_width(room)",
           f"top = {'deriv2' if sk.concavity else 'deriv'}.get_bottom()[1] - 0.2",
           "if board.height > top + 3.85:",
           "    board.scale_to_fit_height(top + 3.85)",
           "board.next_to(axes, RIGHT, buff=0.3).align_to(axes, DOWN).shift(UP * max(0, (top + 3.85 - board.height) / 2))",
           "board.add_to_back(BackgroundRectangle(board, fill_opacity=0.85, buff=0.08))")
    w.beat(ctx.L("The table", "列表"), ctx.L(
        "The table collects it: on each interval the signs of " + (f"${pname}$ and ${p2}$" if sk.concavity else f"${pname}$")
        + " and the shape of the curve; at each point, its value.",
        "列表汇总：每个区间上 " + (f"${pname}$ 与 ${p2}$" if sk.concavity else f"${pname}$") + " 的符号与曲线的形状，以及各分点处的值。"))
    w.play("FadeIn(board)", 1.5)


@check("curve_sketch")
def _check(f):
    sk = f["sketch"]
    if sk.vertical:
        c, tex, _ = sk.vertical[0]
        return (f"Why is $x = {tex}$ a vertical asymptote of $y = {sk.tex}$ but not part of the curve?",
                f"为什么 $x = {tex}$ 是 $y = {sk.tex}$ 的铅直渐近线，却不在曲线上？",
                f"$f$ is undefined at $x = {tex}$ and $|f(x)| \\to \\infty$ as $x \\to {tex}$: the curve runs along the dashed line "
                "on either side without ever reaching it, so it is drawn in separate pieces.",
                f"$f$ 在 $x = {tex}$ 处无定义，且 $x \\to {tex}$ 时 $|f(x)| \\to \\infty$：曲线在两侧沿虚线无限延伸而永不相交，所以分段画出。")
    ext = next((p for p in sk.critical if p.kind in ("max", "min")), None)
    if ext is not None:
        kind_en, kind_zh = ("maximum", "极大值") if ext.kind == "max" else ("minimum", "极小值")
        return (f"How does the sign line of $f'$ show that $x = {ext.x_tex}$ gives a local {kind_en}?",
                f"$f'$ 的符号怎样说明 $x = {ext.x_tex}$ 处取{kind_zh}？",
                f"$f'$ changes from {'$+$ to $-$' if ext.kind == 'max' else '$-$ to $+$'} at $x = {ext.x_tex}$, so $f$ "
                f"{'rises then falls' if ext.kind == 'max' else 'falls then rises'}: a local {kind_en} $f({ext.x_tex}) = {ext.y_tex}$.",
                f"$f'$ 在 $x = {ext.x_tex}$ 处由{'正变负' if ext.kind == 'max' else '负变正'}，函数先{'增后减' if ext.kind == 'max' else '减后增'}，"
                f"所以 $f({ext.x_tex}) = {ext.y_tex}$ 是{kind_zh}。")
    return (f"What does the curve $y = {sk.tex}$ do as $x \\to \\infty$?", f"$x \\to \\infty$ 时曲线 $y = {sk.tex}$ 怎样变化？",
            "Follow the table's last interval: the sign of $f'$ there says whether it keeps rising or falling.",
            "看列表的最后一个区间：那里 $f'$ 的符号说明它一直上升还是下降。")
