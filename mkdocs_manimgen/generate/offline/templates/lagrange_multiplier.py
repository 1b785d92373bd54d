"""lagrange_multiplier: the largest and smallest values of the author's f(x, y) on the author's curve g(x, y) = c
(Lagrange multipliers; Stewart 14.8, Thomas 14.8, OpenStax Calculus 3 4.8, 同济《高等数学》9.8 条件极值): the level
curves of f and the constraint curve, a point sliding along the curve while a readout shows f, stopping at each
solution of ∇f = λ∇g, g = c where a level curve touches the constraint, with ∇f and ∇g drawn parallel there; the
values compared and the maximum and minimum named (on an unbounded curve, only the one that exists).

Every object comes from :func:`..constrained.read_lagrange` (the author's f and constraint, sympy's exact
candidates, every stated value checked). Two variables only: a block in x, y, z is refused, since its picture
(level surfaces tangent to a constraint surface) is not this one.
"""

from __future__ import annotations

import math
import re

import numpy as np

from ..constrained import EXPLICIT, Lagrange, asks_explicitly, read_lagrange
from ..families import formula_example
from ..latex import fmt, single_line
from ..notes import check
from ..parts.contours import level_curves
from ..symbolic import evaluate2
from .common import Ctx, formula_corner

PRIORITY = 90  # before ellipse_foci (95) and extremum (165): a block that reduced to one letter is extremum's (see needs)
TITLE = ("Lagrange Multipliers: a Constrained Optimum", "拉格朗日乘数法：条件极值")
WHAT = ("To find the extreme values of $f(x, y)$ on the curve $g(x, y) = c$, look for the points where a level curve of $f$ "
        "just touches the constraint: there $\\nabla f$ and $\\nabla g$ are parallel, $\\nabla f = \\lambda \\nabla g$. Solve "
        "these equations with $g = c$ and compare the values of $f$ at the solutions: on a closed bounded curve the largest is "
        "the maximum and the smallest the minimum.",
        "求 $f(x, y)$ 在曲线 $g(x, y) = c$ 上的极值：找 $f$ 的等值线与约束曲线相切的点，那里 $\\nabla f$ 与 $\\nabla g$ 平行，"
        "$\\nabla f = \\lambda \\nabla g$。把它与 $g = c$ 联立求解，再比较各解处 $f$ 的值：在有界闭曲线上最大者为最大值，最小者为最小值。")


def evidence(info) -> int | None:
    """The block asks a constrained optimum in so many words, or reads as one (a distance to a point from a line)."""
    if asks_explicitly(info):
        return 0
    return 1 if read_lagrange(info) is not None else None

_COLORS = {"max": "RED", "min": "GREEN", "": "GREY_B"}


# A block that asks what the method means and writes no formula ("拉格朗日乘数法的几何意义是什么？"): x + y on a
# circle, whose level lines touch it at (1, 1) and (-1, -1), where ∇f = (1, 1) is parallel to ∇g = (2x, 2y).
EXAMPLE = r"$f(x, y) = x + y$ on the circle $x^2 + y^2 = 2$"
# the method named (not "the Lagrangian" of mechanics, nor "maximise the area subject to a fixed perimeter", whose own
# objective and constraint are not this example's)
_METHOD = r"lagrange\s+multipliers?|method\s+of\s+lagrange|拉格朗日乘|条件极值|constrained\s+(?:optimi|extrem)"


def _reading(info) -> tuple[object, bool]:
    """The block's own reading, or for a block that asks about the method with no formula at all the example's,
    and whether it is the example."""
    if not re.search(_METHOD, info.prose, re.I):
        return info, False
    return formula_example(info, EXAMPLE)


def needs(info) -> Lagrange | None:
    """The author's f(x, y) and one constraint g(x, y) = c, with every stated value true (or :data:`EXAMPLE` for
    a block that asks about the method with no formula); a block that does not ask a constrained optimum in so
    many words is left to extremum when extremum reads a function of one letter."""
    info = _reading(info)[0]
    L = read_lagrange(info)
    if L is None:
        return None
    if not asks_explicitly(info):
        from ..extrema import read_extremum

        if read_extremum(info) is not None:
            return None
    return L


def _t(v) -> str:
    import sympy as sp

    return sp.latex(v)


def _val(v) -> str:
    """An exact value, with its decimal when it is not a whole number."""
    import sympy as sp

    tex = sp.latex(v)
    f = float(v)
    return tex if sp.sympify(v).is_Integer else f"{tex} \\approx {fmt(f, 4)}" if tex != fmt(f, 4) else tex


def _pt(c) -> str:
    return f"\\left({_t(c.x)}, {_t(c.y)}\\right)"


def _levels(code: str, box, values: list[float]) -> list[float]:
    g = np.linspace(0, 1, 41)
    X, Y = np.meshgrid(box[0] + g * (box[1] - box[0]), box[2] + g * (box[3] - box[2]))
    Z = evaluate2(code, X, Y)
    Z = Z[np.isfinite(Z)] if Z is not None else np.array([])
    if Z.size == 0:
        return []
    lo, hi = np.percentile(Z, [3, 97])
    step = (hi - lo) / 9 or 1.0
    base = values[0]
    out = {round(base + k * step, 6) for k in range(-30, 31) if lo <= base + k * step <= hi}
    return sorted(v for v in out if all(abs(v - u) > 0.3 * step for u in values))


def _stops(L: Lagrange):
    """(piece, index) of each candidate on the ordered curve, the path with the exact point put in."""
    paths = [list(p) for p in L.curve]
    found = []
    for cand in L.candidates:
        best = None
        for k, path in enumerate(paths):
            for i, p in enumerate(path):
                d = math.hypot(p[0] - cand.point[0], p[1] - cand.point[1])
                if best is None or d < best[0]:
                    best = (d, k, i)
        found.append((best[1], best[2], cand))
    for k, i, cand in found:
        paths[k][i] = cand.point
    found.sort(key=lambda s: (s[0], s[1]))
    return paths, found


def _thin(path, keep: set[int], most: int = 150):
    """The path with at most ``most`` points, keeping the indices in ``keep``; returns (points, new index of each kept)."""
    n = len(path)
    step = max(1, n // most)
    idx = sorted(set(range(0, n, step)) | {n - 1} | keep)
    return [path[i] for i in idx], {i: idx.index(i) for i in keep}


def build(ctx: Ctx) -> None:
    import sympy as sp

    w = ctx.w
    info, w.example = _reading(ctx.info)
    L = read_lagrange(info)
    x, y = sp.symbols("x y")
    x0, x1, y0, y1 = L.box
    name = L.name
    g_shown = single_line(L.g_tex)
    f_shown = f"{name}(x, y) = {single_line(L.f_tex)}"
    curve_word = ctx.L("the " + _curve_word(L), _curve_word(L, True))
    ctx.facts.update(candidates=[(c.point, c.v, c.kind) for c in L.candidates], f=f_shown, g=g_shown, bounded=L.bounded)
    w.beat(ctx.title, ctx.L(f"We look for the extreme values of ${f_shown}$ on {curve_word} ${g_shown}$: the blue curves are "
                            f"level curves of ${name}$, the yellow one is the constraint.",
                            f"求 ${f_shown}$ 在{curve_word} ${g_shown}$ 上的最值：蓝色曲线是 ${name}$ 的等值线，黄色曲线是约束。"))
    w.title(ctx.title)
    formula_corner(ctx, f"{f_shown}, \\quad {g_shown}", size=34)
    span = max(x1 - x0, 1e-9)
    step = next(s for s in (0.5, 1, 2, 5, 10, 20, 50, 100, 200) if span / s <= 12)
    w.code(
        "axes = Axes(",
        f"    x_range=[{fmt(x0, 4)}, {fmt(x1, 4)}, {step}], y_range=[{fmt(y0, 4)}, {fmt(y1, 4)}, {step}],",
        "    x_length=5.4, y_length=5.4, tips=False,",
        '    axis_config={"include_numbers": False, "color": GREY_B, "stroke_opacity": 0.6},',
        ").to_corner(DL, buff=0.3).shift(RIGHT * 0.3)",
        "def F(x, y):",
        f"    return {L.f_code}",
        "def G(x, y):",
        f"    return {L.g_code} - ({fmt(float(L.c), 8)})",
        "def at(x, y):",
        "    return axes.c2p(x, y)",
    )
    values = sorted({round(c.v, 6) for c in L.candidates})
    level_curves(w, "levels", _levels(L.f_code, L.box, values), L.box, color="BLUE_D")
    paths, stops = _stops(L)
    keep: dict[int, set[int]] = {}
    for k, i, _ in stops:
        keep.setdefault(k, set()).add(i)
    thinned = [_thin(p, keep.get(k, set())) for k, p in enumerate(paths)]
    w.code("paths = [")
    for pts, _ in thinned:
        w.code("    np.array([" + ", ".join(f"[{fmt(px, 4)}, {fmt(py, 4)}]" for px, py in pts) + "]),")
    w.code("]",
           "constraint = VGroup(*[VMobject(color=YELLOW, stroke_width=5).set_points_as_corners([at(*p) for p in P]) for P in paths])")
    w.play("Write(title), FadeIn(formula), Create(axes)", 1.2)
    w.play("Create(levels)", 1.6)
    w.play("Create(constraint)", 1.4)
    if L.ref is not None:  # the point the distance is measured from
        rx, ry = L.ref
        w.code(f"ref = Dot(at({fmt(float(rx), 4)}, {fmt(float(ry), 4)}), color=PURPLE_A, radius=0.08)",
               f'ref_label = MathTex(r"\\left({_t(rx)}, {_t(ry)}\\right)", color=PURPLE_A, font_size=28).next_to(ref, DL, buff=0.08)',
               "ref_label.add_background_rectangle(opacity=0.7, buff=0.03)")
        w.play("FadeIn(ref), FadeIn(ref_label)", 0.6)

    w.beat(ctx.L("Slide along the constraint", "沿约束曲线滑动"),
           ctx.L(f"A point moves along {curve_word}; the readout shows ${name}$ there. Where ${name}$ stops growing or "
                 "shrinking, a level curve just touches the constraint.",
                 f"一个点沿{curve_word}移动，读数显示该处 ${name}$ 的值。在 ${name}$ 停止增大或减小的地方，某条等值线恰好与约束曲线相切。"))
    w.code(
        "cur = {'P': paths[0]}",
        "tracker = ValueTracker(0)",
        "def along(t):",
        "    P = cur['P']",
        "    i = int(np.clip(np.floor(t), 0, len(P) - 2))",
        "    u = float(np.clip(t - i, 0, 1))",
        "    return P[i] * (1 - u) + P[i + 1] * u",
        "mover = Dot(color=WHITE, radius=0.09).add_updater(lambda m: m.move_to(at(*along(tracker.get_value()))))",
        f'readout_label = MathTex(r"{name} =", font_size=36)',
        "readout = DecimalNumber(float(F(*along(0))), num_decimal_places=3, font_size=36)  # its digits from the start: FadeIn keeps them",
        "readout.add_updater(lambda m: m.set_value(float(F(*along(tracker.get_value())))))",
        "reading = VGroup(readout_label, readout).arrange(RIGHT, buff=0.15).move_to(RIGHT * 0.6 + UP * 1.75, aligned_edge=LEFT)",
        "readout.add_updater(lambda m: m.next_to(readout_label, RIGHT, buff=0.15))",
        "rows = VGroup()",
    )
    w.play("FadeIn(mover), FadeIn(reading)", 0.8)
    L_box = max(x1 - x0, y1 - y0)
    arrow_len = 0.16 * L_box
    piece = 0
    last = 0
    quick = min(1.0, 2.5 / len(stops)) if stops else 1.0  # more candidates, quicker stops: the scene stays within 20 s
    for n, (k, i, cand) in enumerate(stops):
        new_i = thinned[k][1][i]
        if k != piece:
            w.code(f"cur['P'] = paths[{k}]", "tracker.set_value(0)")
            piece, last = k, 0
        px, py = cand.point
        fx, fy = (float(sp.diff(L.core, v).subs({x: cand.x, y: cand.y})) for v in (x, y))
        gx, gy = (float(sp.diff(L.g, v).subs({x: cand.x, y: cand.y})) for v in (x, y))
        gfx, gfy = (sp.simplify(sp.diff(L.core, v).subs({x: cand.x, y: cand.y})) for v in (x, y))
        ggx, ggy = (sp.simplify(sp.diff(L.g, v).subs({x: cand.x, y: cand.y})) for v in (x, y))
        nabla = f"\\nabla ({name}^2)" if L.distance else f"\\nabla {name}"
        grad_tex = f"{nabla} = ({_t(gfx)}, {_t(gfy)})"
        gg_tex = f"\\nabla g = ({_t(ggx)}, {_t(ggy)})"
        w.beat(ctx.L(f"Candidate {n + 1}: ${_pt(cand)}$", f"候选点 {n + 1}：${_pt(cand)}$"),
               ctx.L(f"At ${_pt(cand)}$ the level curve ${name} = {_t(cand.value)}$ touches the constraint: ${grad_tex}$ and "
                     f"${gg_tex}$ are parallel, $\\lambda = {_t(cand.lam)}$. There ${name} = {_val(cand.value)}$.",
                     f"在 ${_pt(cand)}$ 处，等值线 ${name} = {_t(cand.value)}$ 与约束曲线相切：${grad_tex}$ 与 ${gg_tex}$ 平行，"
                     f"$\\lambda = {_t(cand.lam)}$。此处 ${name} = {_val(cand.value)}$。"))
        dist = max(1, new_i - last)
        w.play(f"tracker.animate.set_value({new_i})", quick * min(2.2, 0.6 + 0.015 * dist), "rate_func=smooth")
        last = new_i
        level_curves(w, f"touch{n}", [cand.v], L.box, color="ORANGE")
        gn, fn_ = math.hypot(gx, gy), math.hypot(fx, fy)
        w.code(f"touch{n}.set_stroke(width=4)",
               f"g_arrow{n} = Arrow(at({fmt(px, 4)}, {fmt(py, 4)}), at({fmt(px + arrow_len * gx / gn, 4)}, {fmt(py + arrow_len * gy / gn, 4)}), "
               "buff=0, color=GREEN_C, stroke_width=6, max_tip_length_to_length_ratio=0.25)")
        if fn_ > 1e-12:
            w.code(f"f_arrow{n} = Arrow(at({fmt(px, 4)}, {fmt(py, 4)}), at({fmt(px + 0.75 * arrow_len * fx / fn_, 4)}, "
                   f"{fmt(py + 0.75 * arrow_len * fy / fn_, 4)}), buff=0, color=RED, stroke_width=8, max_tip_length_to_length_ratio=0.3)")
        else:
            w.code(f"f_arrow{n} = Dot(at({fmt(px, 4)}, {fmt(py, 4)}), color=RED)")
        w.code(
            f'row{n} = MathTex(r"{_pt(cand)}:\\ {name} = {_t(cand.value)}", font_size=34)',
            f"rows.add(row{n})",
            ("rows.arrange(DOWN, aligned_edge=LEFT, buff=0.22)" if len(stops) <= 4 else
             "rows.arrange_in_grid(cols=2, buff=(0.4, 0.22), col_alignments='ll', flow_order='dr')")
            + ".next_to(reading, DOWN, buff=0.45).align_to(reading, LEFT)",
            "if rows.width > 6:",
            "    rows.scale_to_fit_width(6)",
            "if rows.height > 2.6:",
            "    rows.scale_to_fit_height(2.6).next_to(reading, DOWN, buff=0.45).align_to(reading, LEFT)",
            f'grads{n} = VGroup(MathTex(r"{grad_tex}", color=RED, font_size=32), MathTex(r"{gg_tex}", color=GREEN_C, font_size=32), '
            f'MathTex(r"\\lambda = {_t(cand.lam)}", font_size=32)).arrange(DOWN, aligned_edge=LEFT, buff=0.12)',
            f"grads{n}.to_corner(DR, buff=0.3)",
            f"pin{n} = Dot(at({fmt(px, 4)}, {fmt(py, 4)}), color=WHITE, radius=0.07)",
        )
        w.play(f"Create(touch{n}), FadeIn(pin{n})", quick * 1.0)
        fade = f", FadeOut(grads{n - 1})" if n else ""
        w.play(f"GrowArrow(g_arrow{n}), {'GrowArrow' if fn_ > 1e-12 else 'FadeIn'}(f_arrow{n}), FadeIn(grads{n}){fade}", quick * 1.2)
        w.play(f"Write(row{n})", quick * 0.8)
        w.play(f"FadeOut(touch{n}), FadeOut(g_arrow{n}), FadeOut(f_arrow{n})", quick * 0.6)
    # the end of the ride (a closed curve comes back; a line runs on, f past every candidate's value)
    end = len(thinned[piece][0]) - 1
    if last < end:
        w.play(f"tracker.animate.set_value({end})", 0.8, "rate_func=linear")
    _verdict(ctx, L, name, curve_word, [cand for _, _, cand in stops])
    w.wait(0.8)


def _curve_word(L: Lagrange, zh: bool = False) -> str:
    import sympy as sp

    x, y = sp.symbols("x y")
    poly = sp.Poly(L.g - L.c, x, y)
    if poly.total_degree() == 1:
        return "直线" if zh else "line"
    if L.bounded and poly.total_degree() == 2:
        a, b, cxy = poly.coeff_monomial(x ** 2), poly.coeff_monomial(y ** 2), poly.coeff_monomial(x * y)
        if a == b and cxy == 0:
            return "圆" if zh else "circle"
        return "椭圆" if zh else "ellipse"
    return "曲线" if zh else "curve"


def _verdict(ctx: Ctx, L: Lagrange, name: str, curve_word: str, shown: list) -> None:
    """The extremes named; ``shown``: the candidates in the order of their rows (row0, row1, ...)."""
    w = ctx.w
    mx = [c for c in L.candidates if c.kind == "max"]
    mn = [c for c in L.candidates if c.kind == "min"]
    en, zh = [], []
    if mx:
        pts = ", ".join(f"${_pt(c)}$" for c in mx)
        en.append(f"the maximum of ${name}$ is ${_val(mx[0].value)}$, at {pts}")
        zh.append(f"${name}$ 的最大值为 ${_val(mx[0].value)}$，在 {'、'.join(f'${_pt(c)}$' for c in mx)} 处取得")
    if mn:
        pts = ", ".join(f"${_pt(c)}$" for c in mn)
        en.append(f"the minimum is ${_val(mn[0].value)}$, at {pts}")
        zh.append(f"最小值为 ${_val(mn[0].value)}$，在 {'、'.join(f'${_pt(c)}$' for c in mn)} 处取得")
    if L.bounded:
        why_en, why_zh = f"The {_curve_word(L)} is closed and bounded, so both extremes exist among the candidates: ", "约束曲线有界且闭合，最值一定在候选点中取得："
    else:
        why_en = (f"Along the whole {_curve_word(L)} (checked far beyond the picture) ${name}$ "
                  + ("has no largest value" if not mx else "has no smallest value" if not mn else "stays between these values")
                  + ("" if not L.positive else " for $x, y > 0$") + ": ")
        why_zh = (f"沿整条{_curve_word(L, True)}（在图外很远处也检验过）${name}$ "
                  + ("没有最大值" if not mx else "没有最小值" if not mn else "始终介于这两个值之间") + "：")
    far = L.asks == "max" and bool(mx)  # the farthest point asked
    if L.distance and (mn or far):
        best = mx if far else mn
        en.append(f"so the {'farthest' if far else 'closest'} point{'s are' if len(best) > 1 else ' is'} "
                  + ", ".join(f"${_pt(c)}$" for c in best))
        zh.append(f"所以{'最远' if far else '最近'}点为 " + "、".join(f"${_pt(c)}$" for c in best))
    w.beat(ctx.L("Compare the values", "比较函数值"),
           ctx.L(why_en + "; ".join(en) + ".", why_zh + "；".join(zh) + "。"))
    lines = []
    for c_list, color, word in ((mx, "RED", ("max", "最大值")), (mn, "GREEN", ("min", "最小值"))):
        if c_list:
            value = f'MathTex(r"{name} = {_t(c_list[0].value)}", color={color}, font_size=34)'
            word_mob = (f'Text("{word[1]}", font_size=28, color={color})' if ctx.zh
                        else f'Text("{word[0]}", font_size=28, color={color})')
            lines.append(f"VGroup({word_mob}, {value}).arrange(RIGHT, buff=0.2)")
    if not lines:
        return
    count = len(shown)
    for n, c in enumerate(shown):
        if c.kind:
            w.code(f"row{n}.set_color({_COLORS[c.kind]})", f"pin{n}.set_color({_COLORS[c.kind]}).scale(1.4)")
    w.code(f"verdict = VGroup({', '.join(lines)}).arrange(DOWN, aligned_edge=LEFT, buff=0.2)",
           "verdict.next_to(rows, DOWN, buff=0.45).align_to(rows, LEFT)",
           "for m in verdict:",
           "    m.add_background_rectangle(opacity=0.85, buff=0.05)")
    if L.ref is not None and (mn or far):
        px, py = (mx if far else mn)[0].point
        w.code(f"gap = DashedLine(ref.get_center(), at({fmt(px, 4)}, {fmt(py, 4)}), color=PURPLE_A)")
        w.play("Create(gap)", 0.8)
    w.play(f"FadeOut(grads{count - 1}), FadeOut(mover), " + ", ".join(
        f"Indicate(row{n}, color={_COLORS[c.kind]})" for n, c in enumerate(shown) if c.kind) + ", FadeIn(verdict)", 1.4)


@check("lagrange_multiplier")
def _check(facts):
    cands = facts["candidates"]
    best = max(cands, key=lambda c: c[1])
    return (f"Which candidate point gives the largest value of $f$ on the constraint, and is it a maximum?",
            "哪个候选点处 $f$ 的值最大？它是不是最大值？",
            f"$({fmt(best[0][0], 4)}, {fmt(best[0][1], 4)})$ with $f = {fmt(best[1], 4)}$; "
            + ("it is the maximum." if best[2] == "max" else "but $f$ has no maximum on this unbounded curve."),
            f"$({fmt(best[0][0], 4)}, {fmt(best[0][1], 4)})$，$f = {fmt(best[1], 4)}$；"
            + ("它就是最大值。" if best[2] == "max" else "但在这条无界曲线上 $f$ 没有最大值。"))
