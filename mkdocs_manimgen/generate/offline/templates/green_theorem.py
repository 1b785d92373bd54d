"""green_theorem: Green's theorem for the author's field F = (P, Q) and closed curve C bounding D (Stewart,
*Calculus*, 16.4; 同济《高等数学》下册 11.3 格林公式): the field's arrows, a point running around C with the
tangential (or, for the flux form, the normal) component adding up, D coloured by the scalar curl
Q_x − P_y (or the divergence P_x + Q_y) with small wheels turning, and the two numbers meeting:
∮_C P dx + Q dy = ∬_D (Q_x − P_y) dA, both computed by sympy (green.read_green). A clockwise C flips the sign."""

from __future__ import annotations

import math
import re

import numpy as np

from ..families import no_formula
from ..green import EXAMPLE, GREEN_WORDS, Green, read_green, states_theorem
from ..latex import extract, fmt
from ..notes import check
from ..symbolic import evaluate2, to_numpy
from ..storyboard import math_mob, text_mob
from ._plots import axes_code, nice_range
from .common import Ctx

PRIORITY = 60  # before double_integral and line_integral: its reader claims only a closed curve with its field
TITLE = ("Green's Theorem", "格林公式")
WHAT = ("Green's theorem: for a closed curve $C$ traversed counterclockwise around a region $D$, "
        "$\\oint_C P\\,dx + Q\\,dy = \\iint_D \\left(\\frac{\\partial Q}{\\partial x} - \\frac{\\partial P}{\\partial y}\\right)dA$: "
        "the circulation around the boundary adds up the spin $Q_x - P_y$ inside (and the outward flux "
        "$\\oint_C P\\,dy - Q\\,dx$ adds up the divergence $P_x + Q_y$). Traversing $C$ clockwise flips the sign.",
        "格林公式：$C$ 为区域 $D$ 的正向（逆时针）边界时，"
        "$\\oint_C P\\,dx + Q\\,dy = \\iint_D \\left(\\frac{\\partial Q}{\\partial x} - \\frac{\\partial P}{\\partial y}\\right)dx\\,dy$："
        "沿边界的环量等于区域内旋度 $Q_x - P_y$ 的总和（通量形式：$\\oint_C P\\,dy - Q\\,dx = \\iint_D (P_x + Q_y)\\,dx\\,dy$）。"
        "顺时针方向取边界时结果变号。")

_CLOSED = (r"\\oint|circulation|环量|\bflux\b|通量|closed\s+curve|闭曲线|正向边界|边界曲线|positively\s+oriented|"
           r"counter-?\s?clockwise|anti-?clockwise|逆时针|顺时针|\bclockwise|boundary\s+of")


def evidence(info) -> int | None:
    from ..integral_readers import asks

    if asks(info, "Green's theorem") is not None:
        return 0
    if re.search(_CLOSED, info.prose + " " + " ".join(info.blocks), re.I):
        return 0
    return None


def _example(info) -> bool:
    """A block that names Green's theorem and writes it with letters only (or writes nothing): our example."""
    return states_theorem(info) or (no_formula(info) and re.search(GREEN_WORDS, info.prose, re.I) is not None)


def _read(info) -> tuple[Green | None, bool]:
    if _example(info):
        return read_green(extract(info.prose + " " + EXAMPLE)), True
    return read_green(info), False


def needs(info) -> Green | None:
    """The author's field and closed curve, both sides computed and every stated value true (green.read_green);
    a declared example for a block that states the theorem in letters only."""
    return _read(info)[0]


def _window(region):
    """(lo, hi, step) of x and y around D, reaching to an axis when it is near."""
    x0, x1, y0, y1 = region.box
    xs, ys = [x0 - 0.1 * (x1 - x0), x1 + 0.1 * (x1 - x0)], [y0 - 0.1 * (y1 - y0), y1 + 0.1 * (y1 - y0)]
    if 0 < x0 < 0.5 * (x1 - x0) or 0 > x1 > -0.5 * (x1 - x0):
        xs.append(0.0)
    if 0 < y0 < 0.5 * (y1 - y0) or 0 > y1 > -0.5 * (y1 - y0):
        ys.append(0.0)
    return nice_range(xs, 0.05), nice_range(ys, 0.05)


def _curl_parts(g: Green) -> tuple[str, str]:
    """(``Q_x - P_y`` written out, its name) for the scene's panel."""
    import sympy as sp

    x, y = sp.symbols("x y")
    if g.form == "circulation":
        a, b = sp.diff(g.Q, x), sp.diff(g.P, y)
        name = r"\frac{\partial Q}{\partial x} - \frac{\partial P}{\partial y}"
        sign = "-"
    else:
        a, b = sp.diff(g.P, x), sp.diff(g.Q, y)
        name = r"\frac{\partial P}{\partial x} + \frac{\partial Q}{\partial y}"
        sign = "+"
    bt = sp.latex(b)
    if b.is_Add or b.could_extract_minus_sign():
        bt = f"\\left({bt}\\right)"
    return f"{name} = {sp.latex(a)} {sign} {bt}", name


def build(ctx: Ctx) -> None:
    import sympy as sp

    w = ctx.w
    g, example = _read(ctx.info)
    w.example = example
    reg = g.region
    flux = g.form == "flux"
    ctx.facts.update(green=g)
    (xl, xh, xs), (yl, yh, ys) = _window(reg)
    unit = min(6.1 / (xh - xl), 5.3 / (yh - yl))
    integrand_tex = sp.latex(g.integrand)
    written, name = _curl_parts(g)
    orient = (ctx.L("clockwise", "顺时针") if g.clockwise else ctx.L("counterclockwise", "逆时针"))
    what = ctx.L("divergence", "散度") if flux else ctx.L("curl", "旋度")
    line_name = r"\oint_C \mathbf F\cdot\mathbf n\,ds" if flux else r"\oint_C \mathbf F\cdot d\mathbf r"
    exact_val = g.value_tex if g.exact else f"\\approx {g.value_tex}"
    eq = "=" if g.exact else ""
    double_val = sp.latex(g.double) if g.exact else fmt(float(g.double), 4)
    region_tex = reg.tex if reg.kind not in ("between",) else r"D:\ " + reg.tex
    if reg.kind == "ellipse":
        region_tex = "C:\\ " + reg.tex

    w.beat(ctx.title, ctx.L(
        f"Green's theorem for ${g.field_tex}$ and the closed curve ${region_tex}$: the "
        + ("outward flux across $C$ equals the integral of the divergence $P_x + Q_y$ over $D$."
           if flux else "circulation around $C$ equals the integral of the curl $Q_x - P_y$ over $D$."),
        f"对 ${g.field_tex}$ 和闭曲线 ${region_tex}$ 用格林公式："
        + ("穿过 $C$ 向外的通量等于散度 $P_x + Q_y$ 在 $D$ 上的二重积分。" if flux
           else "沿 $C$ 的环量等于旋度 $Q_x - P_y$ 在 $D$ 上的二重积分。")))
    w.title(ctx.title)
    shown = math_mob(g.field_tex + r",\quad " + region_tex, 32)
    w.code(f"formula = {shown}.next_to(title, DOWN, buff=0.2)",
           "if formula.width > 13:",
           "    formula.scale_to_fit_width(13)")
    w.code(axes_code((xl, xh, xs), (yl, yh, ys), x_length=unit * (xh - xl), y_length=unit * (yh - yl)),
           "axes.move_to(np.array([-3.55, -0.75, 0]))")
    pieces = []
    for X, Y, t0, t1 in reg.pieces:
        cx, cy = to_numpy(X, ("t",)), to_numpy(Y, ("t",))
        pieces.append(f"(lambda t: {cx} + 0 * t, lambda t: {cy} + 0 * t, {fmt(float(t0), 8)}, {fmt(float(t1), 8)})")
    # the field's arrows: a grid over the window, each arrow centred on its point, the longest ~0.8 of a cell
    cols = 11
    cell = (xh - xl) / cols
    rows = max(4, int(round((yh - yl) / cell)))
    gx = xl + cell * (np.arange(cols) + 0.5)
    gy = yl + (yh - yl) / rows * (np.arange(rows) + 0.5)
    GX, GY = np.meshgrid(gx, gy)
    U, V = evaluate2(g.p_code + " + 0 * x", GX, GY), evaluate2(g.q_code + " + 0 * x", GX, GY)
    norms = np.hypot(U, V)
    top = float(np.percentile(norms[np.isfinite(norms)], 90)) if np.any(np.isfinite(norms)) else 1.0
    top = top if top > 1e-9 else 1.0
    w.code(
        "def P(x, y):", f"    return {g.p_code} + 0 * x", "",
        "def Q(x, y):", f"    return {g.q_code} + 0 * x", "",
        "def G(x, y):  # " + ("the divergence P_x + Q_y" if flux else "the curl Q_x - P_y"),
        f"    return {g.integrand_code} + 0 * x", "",
        "def inside(x, y):",
        f"    return {reg.inside}", "",
        f"k = {fmt(0.8 * min(cell, (yh - yl) / rows) / top, 6)}  # axis units per unit of |F|",
        "arrows = VGroup()",
        f"for px in np.linspace({fmt(gx[0], 6)}, {fmt(gx[-1], 6)}, {cols}):",
        f"    for py in np.linspace({fmt(gy[0], 6)}, {fmt(gy[-1], 6)}, {rows}):",
        "        u, v = float(P(px, py)), float(Q(px, py))",
        "        n = math.hypot(u, v)",
        "        if not math.isfinite(n) or n < 1e-9:",
        "            continue",
        f"        c = k * min(n, {fmt(top, 6)}) / n  # arrows longer than most are shortened",
        "        arrows.add(Arrow(axes.c2p(px - c * u / 2, py - c * v / 2), axes.c2p(px + c * u / 2, py + c * v / 2), buff=0,",
        "                         color=TEAL_C, stroke_width=2.5, max_tip_length_to_length_ratio=0.3, stroke_opacity=0.8))",
        f"pieces = [{', '.join(pieces)}]",
        "pts = np.concatenate([np.column_stack([fx(ts), fy(ts)]) for fx, fy, a, b in pieces for ts in [np.linspace(a, b, 500)]])",
    )
    if g.clockwise:
        w.code("pts = pts[::-1]  # the author's C runs clockwise")
    step = "P(mx, my) * d[:, 1] - Q(mx, my) * d[:, 0]" if flux else "P(mx, my) * d[:, 0] + Q(mx, my) * d[:, 1]"
    w.code(
        "boundary = VMobject(color=YELLOW, stroke_width=5).set_points_as_corners([axes.c2p(px, py) for px, py in pts])",
        "d = np.diff(pts, axis=0)",
        "mx, my = (pts[1:, 0] + pts[:-1, 0]) / 2, (pts[1:, 1] + pts[:-1, 1]) / 2",
        f"cum = np.concatenate([[0], np.cumsum({step})])",
    )
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    w.play("Create(axes)", 1.0)

    w.beat(ctx.L("The field", "向量场"), ctx.L(
        f"Teal arrows show $\\mathbf F = (P, Q)$ around the region; the yellow curve is $C$, taken {orient}.",
        f"青色箭头是 $\\mathbf F = (P, Q)$；黄色曲线是 $C$，取{orient}方向。"))
    w.play("LaggedStart(*[GrowArrow(a) for a in arrows], lag_ratio=0.01)", 1.8)
    w.play("Create(boundary)", 1.4)

    comp = ctx.L("normal", "法向") if flux else ctx.L("tangential", "切向")
    w.beat(ctx.L("Around C", "沿 C 一周"), ctx.L(
        f"A point runs once around $C$ {orient}; the {comp} component of $\\mathbf F$ adds up: "
        f"${line_name} \\approx {fmt(g.value, 4)}$.",
        f"一个点沿 $C$ {orient}走一圈，$\\mathbf F$ 的{comp}分量逐段累加：${line_name} \\approx {fmt(g.value, 4)}$。"))
    comp_vec = "np.array([ty, -tx])" if flux else "np.array([tx, ty])"
    w.code(
        "s = ValueTracker(0)",
        "def at_s():",
        "    i = min(int(s.get_value() * (len(pts) - 1)), len(pts) - 2)",
        "    return i, pts[i]",
        "def _mover():",
        "    i, p = at_s()",
        "    return Dot(axes.c2p(*p), color=RED, radius=0.08).set_z_index(5)",
        "def _vectors():",
        "    i, p = at_s()",
        "    j = i + 1",
        "    while j < len(pts) - 1 and np.hypot(*(pts[j] - pts[i])) < 1e-9:",
        "        j += 1",
        "    tx, ty = (pts[j] - pts[i]) / max(np.hypot(*(pts[j] - pts[i])), 1e-12)",
        "    f = np.array([float(P(*p)), float(Q(*p))])",
        f"    e = {comp_vec}  # the direction whose component adds up",
        "    part = np.dot(f, e) * e",
        f"    c = k * min(1.0, {fmt(top, 6)} / max(np.hypot(*f), 1e-12))",
        "    group = VGroup()",
        "    if np.hypot(*f) > 1e-9:",
        "        group.add(Arrow(axes.c2p(*p), axes.c2p(*(p + c * f)), buff=0, color=GREEN, stroke_width=4, max_tip_length_to_length_ratio=0.3))",
        "    if np.hypot(*part) > 1e-9:",
        "        group.add(Arrow(axes.c2p(*p), axes.c2p(*(p + c * part)), buff=0, color=ORANGE, stroke_width=6, max_tip_length_to_length_ratio=0.3))",
        "    return group.set_z_index(4)",
        "def _trace():",
        "    i, p = at_s()",
        "    return VMobject(color=RED, stroke_width=6).set_points_as_corners([axes.c2p(px, py) for px, py in pts[:i + 2]])",
        "mover, vectors, trace = always_redraw(_mover), always_redraw(_vectors), always_redraw(_trace)",
        f"run_label = MathTex(r\"{line_name} \\approx\", font_size=32, color=ORANGE)",
        "run_value = DecimalNumber(0, num_decimal_places=3, font_size=32, color=ORANGE)",
        "run_value.add_updater(lambda m: m.set_value(float(cum[at_s()[0]])).next_to(run_label, RIGHT, buff=0.15))",
        "run = VGroup(run_label, run_value)",
        "run_label.move_to(np.array([0.3, 1.75, 0]), aligned_edge=LEFT)",
        "run_value.next_to(run_label, RIGHT, buff=0.15)",
    )
    w.play("FadeIn(mover), FadeIn(vectors), FadeIn(run)", 0.6)
    w.code("self.add(trace)")
    w.play("s.animate.set_value(1)", 5, "rate_func=linear")
    w.code(f"line_result = {math_mob(f'{line_name} {eq} {exact_val}', 32, 'ORANGE')}",
           "line_result.move_to(run).align_to(run, LEFT)")
    w.play("FadeOut(vectors), FadeOut(run), FadeIn(line_result)", 0.8)

    # the region coloured by the integrand, and small wheels (circulation) where it is not zero
    x0, x1, y0, y1 = reg.box
    n = 24
    size = max(x1 - x0, y1 - y0) / n
    cxs = x0 + size * (np.arange(int(math.ceil((x1 - x0) / size))) + 0.5)
    cys = y0 + size * (np.arange(int(math.ceil((y1 - y0) / size))) + 0.5)
    CX, CY = np.meshgrid(cxs, cys)
    with np.errstate(all="ignore"):
        keep = np.asarray(eval(f"lambda x, y: {reg.inside}", {"np": np})(CX, CY), dtype=bool)
    vals = evaluate2(g.integrand_code + " + 0 * x", CX[keep], CY[keep])
    vmax = float(np.max(np.abs(vals))) if vals is not None and vals.size and np.all(np.isfinite(vals)) else 0.0
    vmax = vmax if vmax > 1e-9 else 1.0
    w.beat(ctx.L(f"The {what} inside D", f"D 内的{what}"), ctx.L(
        f"Inside $D$ the {what} is ${written} = {integrand_tex}$: blue where it is positive, red where negative"
        + ("; a small wheel spins counterclockwise where the curl is positive." if not flux else "."),
        f"在 $D$ 内，{what}为 ${written} = {integrand_tex}$：为正处蓝色，为负处红色"
        + ("；旋度为正处小轮逆时针转。" if not flux else "。")))
    w.code(
        "cells = VGroup()",
        f"for cx in np.linspace({fmt(cxs[0], 6)}, {fmt(cxs[-1], 6)}, {len(cxs)}):",
        f"    for cy in np.linspace({fmt(cys[0], 6)}, {fmt(cys[-1], 6)}, {len(cys)}):",
        "        if not inside(cx, cy):",
        "            continue",
        f"        v = float(G(cx, cy)) / {fmt(vmax, 6)}",
        "        color = interpolate_color(GREY_D, BLUE if v >= 0 else RED, min(1.0, 0.25 + 0.75 * abs(v)) if abs(v) > 1e-9 else 0)",
        f"        cells.add(Square(side_length={fmt(size * unit, 5)}, stroke_width=0, fill_color=color, fill_opacity=0.6).move_to(axes.c2p(cx, cy)))",
        "cells.set_z_index(-1)",
        f"curl_row = {math_mob(written + ' = ' + integrand_tex, 30)}",
        "curl_row.next_to(line_result, DOWN, buff=0.35).align_to(line_result, LEFT)",
        "if curl_row.width > 6.6:",
        "    curl_row.scale_to_fit_width(6.6)",
        "if curl_row.get_right()[0] > 6.9:",
        "    curl_row.shift(LEFT * (curl_row.get_right()[0] - 6.9))",
    )
    w.play("FadeOut(arrows), FadeIn(cells), Write(curl_row)", 1.6)
    if not flux:
        inside_pts = list(zip(CX[keep], CY[keep], vals)) if vals is not None else []
        centre = ((x0 + x1) / 2, (y0 + y1) / 2)
        inside_pts.sort(key=lambda p: math.hypot(p[0] - centre[0], p[1] - centre[1]))
        wheels = []
        for p in inside_pts:
            if all(math.hypot(p[0] - q[0], p[1] - q[1]) > 0.3 * max(x1 - x0, y1 - y0) for q in wheels):
                wheels.append(p)
            if len(wheels) == 3:
                break
        radius = min(0.3, 0.12 * max(x1 - x0, y1 - y0) * unit)
        w.code("wheels, spins = VGroup(), []")
        for px, py, v in wheels:
            w.code(
                f"hub = axes.c2p({fmt(px, 5)}, {fmt(py, 5)})",
                f"wheel = VGroup(Circle(radius={fmt(radius, 3)}, color=WHITE, stroke_width=2.5).move_to(hub),",
                f"               *[Line(hub, hub + {fmt(radius * 1.3, 3)} * np.array([np.cos(a), np.sin(a), 0]), color=WHITE, stroke_width=3)",
                "                 for a in np.arange(4) * PI / 2])",
                "wheels.add(wheel)",
                f"spins.append(Rotate(wheel, angle={fmt(float(v) / vmax * 2 * math.pi, 4)}, about_point=hub))",
            )
        if wheels:
            w.play("FadeIn(wheels)", 0.6)
            if any(abs(v) > 1e-9 for _, _, v in wheels):
                w.play("*spins", 2.4, "rate_func=linear")

    w.beat(ctx.L("The two numbers meet", "两边相等"), ctx.L(
        f"Adding up the {what} over $D$: ${g.double_tex} = {double_val}$"
        + (f"; $C$ runs clockwise, so the line integral is its negative: ${fmt(g.value, 4)}$." if g.clockwise else
           f", the same number as ${line_name}$.")
        + (" (as stated)" if g.stated else ""),
        f"把{what}在 $D$ 上积分：${g.double_tex} = {double_val}$"
        + (f"；$C$ 取顺时针方向，所以曲线积分是它的相反数：${fmt(g.value, 4)}$。" if g.clockwise else f"，与 ${line_name}$ 相同。")
        + ("（与题中一致）" if g.stated else "")))
    double_row = f"{g.double_tex} = {double_val}"
    value_part = f"= {exact_val}" if g.exact else exact_val
    final = f"{line_name} = {'-' if g.clockwise else ''}{g.double_tex} {value_part}"
    w.code(
        f"double_row = {math_mob(double_row, 30, 'BLUE_B')}",
        "double_row.next_to(curl_row, DOWN, buff=0.35).align_to(curl_row, LEFT)",
        f"final = {math_mob(final, 30, 'YELLOW')}",
        "final.next_to(double_row, DOWN, buff=0.45).align_to(double_row, LEFT)",
        "for row in (double_row, final):",
        "    if row.width > 6.6:",
        "        row.scale_to_fit_width(6.6)",
        "    if row.get_right()[0] > 6.9:",
        "        row.shift(LEFT * (row.get_right()[0] - 6.9))",
        "box = SurroundingRectangle(final, color=YELLOW, buff=0.12)",
    )
    if g.clockwise:
        w.code(f"orient_note = {text_mob(ctx.L('C clockwise: the sign flips', 'C 取顺时针：变号'), 24, 'GREY_A')}",
               "orient_note.next_to(box, DOWN, buff=0.2).align_to(box, LEFT)")
    w.play("Write(double_row)", 1.4)
    w.play("Write(final), Create(box)" + (", FadeIn(orient_note)" if g.clockwise else ""), 1.4)
    w.play("Indicate(line_result), Indicate(double_row)", 1.2)
    w.wait(1.5)


@check("green_theorem")
def _check(f):
    g: Green = f["green"]
    v = fmt(-g.value, 4)
    return ("If $C$ were traversed in the opposite direction, what would the line integral be?",
            "如果 $C$ 反向绕行，曲线积分是多少？",
            f"${v}$: reversing $C$ reverses every step $d\\mathbf r$, so the line integral changes sign, "
            "while the double integral over $D$ stays the same.",
            f"${v}$：反向时每一小段 $d\\mathbf r$ 都反号，所以曲线积分变号，而 $D$ 上的二重积分不变。")
