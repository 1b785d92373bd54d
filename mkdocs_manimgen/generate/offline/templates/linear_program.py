"""linear_program: the graphical method for a linear program in two variables (A-level Decision Maths,
高考 线性规划, Hillier & Lieberman *Introduction to Operations Research* 3.1, Winston 3.2). The author's
constraints are drawn one by one, each line with its feasible side kept, leaving the feasible region; its
corners are the boundary lines' crossings, labelled with their exact coordinates; the objective's level line
z = p x + q y slides in the direction of improvement to the optimal corner, and the objective at every corner
is listed (the corner-point method). An empty region, an objective unbounded in the direction of improvement
and an optimum along a whole edge are said as such. Everything is read and solved exactly by
:mod:`..programs`; a block asking only for the feasible region gets the region and its corners.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from ..latex import fmt
from ..notes import check
from ..programs import WORDS, Program, inequality_count, read_program
from .common import Ctx, text_mob

PRIORITY = 8  # before the optimisation families: needs() is strict (two linear inequalities, two variables)
TITLE = ("A Linear Program, Solved Graphically", "线性规划的图解法")
WHAT = ("Each linear constraint keeps a half-plane; together they leave the feasible region, a convex polygon. "
        "A linear objective's level lines are parallel; sliding them in the direction of improvement, the last "
        "feasible point they touch is a corner (or a whole edge), so the optimum is found by checking the corners.",
        "每个线性约束保留一个半平面，它们的公共部分就是可行域（凸多边形）。线性目标函数的等值线互相平行；"
        "沿目标改进的方向平移，最后接触可行域的是一个顶点（或一整条边），所以只需比较各顶点处的目标函数值。")

_COLOURS = ("RED_C", "GREEN_C", "PURPLE_B", "GOLD_C", "TEAL_C", "MAROON_B", "PINK", "ORANGE")
_BOX = (-6.75, -0.45, -3.75, 2.45)  # where the plane is drawn (left, right, bottom, top)


def title_for(info) -> tuple[str, str] | None:
    program = read_program(info)
    if program is not None and program.objective is None:
        return ("The Feasible Region of a System of Inequalities", "不等式组表示的平面区域")
    return None


def evidence(info) -> int | None:
    if inequality_count(info) < 1:
        return None
    if re.search(WORDS, info.prose, re.I):
        return 0
    return 0 if read_program(info) is not None else None


def needs(info) -> Program | None:
    return read_program(info)


# -- exact numbers as TeX ------------------------------------------------------------------------------------------


def ftex(v: Fraction) -> str:
    if v.denominator == 1:
        return str(v.numerator)
    sign = "-" if v < 0 else ""
    return f"{sign}\\frac{{{abs(v.numerator)}}}{{{v.denominator}}}"


def ptex(p) -> str:
    return f"\\left({ftex(p[0])}, {ftex(p[1])}\\right)"


def _approx(v: Fraction) -> str:
    return "" if v.denominator == 1 else f" \\approx {fmt(float(v), 3)}"


# -- plane geometry (floats, for drawing) ------------------------------------------------------------------------------


def _clip(poly, a, b, c):
    """Sutherland-Hodgman: the part of the polygon ``poly`` where a x + b y <= c."""
    out = []
    n = len(poly)
    for i in range(n):
        p, q = poly[i], poly[(i + 1) % n]
        fp, fq = a * p[0] + b * p[1] - c, a * q[0] + b * q[1] - c
        if fp <= 1e-12:
            out.append(p)
        if (fp < -1e-12 and fq > 1e-12) or (fp > 1e-12 and fq < -1e-12):
            t = fp / (fp - fq)
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def _area(poly) -> float:
    return abs(sum(p[0] * q[1] - q[0] * p[1] for p, q in zip(poly, poly[1:] + poly[:1]))) / 2 if len(poly) >= 3 else 0.0


def _window(program: Program):
    """(X0, X1, Y0, Y1, x step, y step): the corners (or, for an empty region, the lines' crossings), the origin,
    room around them, more where the region goes on for ever."""
    pts = [(float(v[0]), float(v[1])) for v in program.vertices]
    if not program.feasible:
        cs = program.constraints
        for i, c in enumerate(cs):
            for d in cs[i + 1:]:
                det = c.a * d.b - d.a * c.b
                if det != 0:
                    pts.append((float((c.c * d.b - d.c * c.b) / det), float((c.a * d.c - d.a * c.c) / det)))
            if c.a != 0:
                pts.append((float(c.c / c.a), 0.0))
            if c.b != 0:
                pts.append((0.0, float(c.c / c.b)))
    pts.append((0.0, 0.0))
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    span = max(x1 - x0, y1 - y0, 1.0)
    x0, x1 = (x0, x1) if x1 - x0 > 0.25 * span else ((x0 + x1) / 2 - 0.2 * span, (x0 + x1) / 2 + 0.2 * span)
    y0, y1 = (y0, y1) if y1 - y0 > 0.25 * span else ((y0 + y1) / 2 - 0.2 * span, (y0 + y1) / 2 + 0.2 * span)
    px, py = 0.15 * (x1 - x0), 0.15 * (y1 - y0)
    x0, x1, y0, y1 = x0 - (px if x0 < 0 else 0.04 * span), x1 + px, y0 - (py if y0 < 0 else 0.04 * span), y1 + py
    if not program.bounded:  # room for the region to run on
        from ..programs import _rays, _rows

        for d in _rays(_rows(program.constraints)):
            if d[0] > 0:
                x1 += 0.35 * (x1 - x0)
            if d[0] < 0:
                x0 -= 0.35 * (x1 - x0)
            if d[1] > 0:
                y1 += 0.35 * (y1 - y0)
            if d[1] < 0:
                y0 -= 0.35 * (y1 - y0)
    sx, sy = _tick(x1 - x0), _tick(y1 - y0)
    x0, x1 = math.floor(x0 / sx) * sx, math.ceil(x1 / sx) * sx
    y0, y1 = math.floor(y0 / sy) * sy, math.ceil(y1 / sy) * sy
    return x0, x1, y0, y1, sx, sy


def _tick(span: float) -> float:
    """A step between axis numbers leaving at most 7 of them (the plane is small beside the panel)."""
    step = 10 ** math.floor(math.log10(span / 7)) if span > 0 else 1.0
    for k in (1, 2, 2.5, 5, 10):
        if span / (k * step) <= 7:
            return k * step
    return 10 * step


def _side(ctx: Ctx, row) -> str:
    a, b, _ = row  # a x + b y <= c
    x, y = ctx.facts["names"]
    if b > 0:
        return ctx.L("on or below the line", "直线上及其下方")
    if b < 0:
        return ctx.L("on or above the line", "直线上及其上方")
    return ctx.L("on or to the left of the line", "直线上及其左侧") if a > 0 else ctx.L("on or to the right of the line", "直线上及其右侧")


def _letter(i: int) -> str:
    return "ABCDEFGHJKLMNPQRSTUVW"[i] if i < 21 else f"V_{{{i + 1}}}"


# -- the scene -----------------------------------------------------------------------------------------------------------


def build(ctx: Ctx) -> None:
    w = ctx.w
    program = read_program(ctx.info)
    x, y = program.names
    ctx.facts.update(program=program, names=(x, y))
    X0, X1, Y0, Y1, SX, SY = _window(program)
    bw, bh = _BOX[1] - _BOX[0], _BOX[3] - _BOX[2]
    ux, uy = bw / (X1 - X0), bh / (Y1 - Y0)  # screen units per unit; one axis stretched at most 1.6 times the other
    ux, uy = min(ux, 1.6 * uy), min(uy, 1.6 * ux)
    xl, yl = ux * (X1 - X0), uy * (Y1 - Y0)
    name = program.objective_name
    short = name.split("(")[0].strip()
    p_, q_, r_ = program.objective or (Fraction(0), Fraction(0), Fraction(0))
    rows = [(c, row) for c in program.constraints for row in c.halfplanes()[:1]]

    # opening ---------------------------------------------------------------------------------------------
    if program.objective is not None:
        goal = {("max",): ctx.L("largest", "最大"), ("min",): ctx.L("smallest", "最小")}.get(program.senses, ctx.L("largest and smallest", "最大和最小"))
        w.beat(ctx.title, ctx.L(
            f"Find the {goal} value of ${name} = {program.objective_tex}$ over the points $({x}, {y})$ that satisfy every constraint: "
            "draw the constraints, find the feasible region and its corners, then slide the objective's level line.",
            f"在满足所有约束的点 $({x}, {y})$ 中求 ${name} = {program.objective_tex}$ 的{goal}值：画出约束，得到可行域及其顶点，再平移目标函数的等值线。"))
    else:
        w.beat(ctx.title, ctx.L(f"Which points $({x}, {y})$ satisfy every inequality? Draw them one at a time.",
                                f"哪些点 $({x}, {y})$ 满足所有不等式？逐个画出。"))
    w.title(ctx.title)
    w.code("title.add_background_rectangle(opacity=0.85, buff=0.1)",
           "axes = Axes(",
           f"    x_range=[{fmt(X0, 6)}, {fmt(X1, 6)}, {fmt(SX, 6)}], y_range=[{fmt(Y0, 6)}, {fmt(Y1, 6)}, {fmt(SY, 6)}],",
           f"    x_length={fmt(xl, 4)}, y_length={fmt(yl, 4)}, tips=False,",
           '    axis_config={"include_numbers": True, "font_size": 20, "color": GREY_B},',
           f").move_to([{fmt((_BOX[0] + _BOX[1]) / 2, 3)}, {fmt((_BOX[2] + _BOX[3]) / 2, 3)}, 0])",
           f'axis_names = VGroup(MathTex(r"{x}", font_size=30).next_to(axes.x_axis.get_right(), UP, buff=0.15), '
           f'MathTex(r"{y}", font_size=30).next_to(axes.y_axis.get_top(), RIGHT, buff=0.15))',
           f"X0, X1, Y0, Y1 = {fmt(X0, 6)}, {fmt(X1, 6)}, {fmt(Y0, 6)}, {fmt(Y1, 6)}  # the part of the plane on screen",
           "EPS = 1e-9 * ((X1 - X0) + (Y1 - Y0))",
           "",
           "def at(x, y):",
           "    return axes.c2p(x, y)",
           "",
           "def clip_line(a, b, c, dashed=False, **style):",
           "    # the line a x + b y = c, cut to the part of the plane on screen",
           "    ends = []",
           "    if abs(b) > 1e-12:",
           "        ends += [(xx, (c - a * xx) / b) for xx in (X0, X1)]",
           "    if abs(a) > 1e-12:",
           "        ends += [((c - b * yy) / a, yy) for yy in (Y0, Y1)]",
           "    ends = sorted(p for p in ends if X0 - EPS <= p[0] <= X1 + EPS and Y0 - EPS <= p[1] <= Y1 + EPS)",
           "    if len(ends) < 2 or abs(ends[-1][0] - ends[0][0]) + abs(ends[-1][1] - ends[0][1]) < EPS:",
           "        return VMobject()",
           "    return (DashedLine if dashed else Line)(at(*ends[0]), at(*ends[-1]), **style)",
           "",
           "def patch(points, **style):",
           "    # a piece of the plane (a polygon given by its corners), nothing when it is empty",
           "    if len(points) < 3:  # nothing left: an invisible sliver at the centre, so Transform has a target",
           "        c = at((X0 + X1) / 2, (Y0 + Y1) / 2)",
           "        return Polygon(c, c + 0.001 * RIGHT, c + 0.001 * UP, stroke_width=0, fill_opacity=0)",
           "    return Polygon(*[at(px, py) for px, py in points], stroke_width=0, **style)",
           "")
    # the panel: the objective, then the constraints
    w.code("cons = VGroup(", *[f'    MathTex(r"{c.tex}", font_size=32, color={_COLOURS[i % len(_COLOURS)]}),'
                               for i, (c, _) in enumerate(rows)], ").arrange(DOWN, aligned_edge=LEFT, buff=0.22)")
    if program.objective is not None:
        head = ("\\max\\ " if program.senses == ("max",) else "\\min\\ " if program.senses == ("min",) else "") + f"{name} = {program.objective_tex}"
        w.code(f'goal = MathTex(r"{head}", font_size=34, color=YELLOW)',
               "side = VGroup(goal, cons).arrange(DOWN, aligned_edge=LEFT, buff=0.4)")
    else:
        w.code("side = VGroup(cons)")
    w.fit("side", 6.5, 4.5)  # room below it for the level line's arrow and value
    w.code("side.align_to(axes, UP).shift((0.15 - side.get_left()[0]) * RIGHT)  # the panel starts beside the plane",
           "for row in [goal, *cons]:" if program.objective is not None else "for row in cons:",
           "    row.add_background_rectangle(opacity=0.85, buff=0.06)")
    w.play("Write(title), Create(axes), FadeIn(axis_names)" + (", Write(goal)" if program.objective is not None else ""), 1.4)

    # the constraints, one by one ------------------------------------------------------------------------------
    window = [(X0, Y0), (X1, Y0), (X1, Y1), (X0, Y1)]
    poly = window
    from ..programs import _feasible

    for i, (c, row) in enumerate(rows):
        colour = _COLOURS[i % len(_COLOURS)]
        for a, b, cc in c.halfplanes():
            poly = _clip(poly, float(a), float(b), float(cc))
        still = _feasible([r for d, _ in rows[: i + 1] for r in d.halfplanes()])
        if c.rel == "=":
            said = ctx.L(f"${c.tex}$: only the points on the line.", f"${c.tex}$：只取直线上的点。")
        else:
            said = ctx.L(f"${c.tex}$ keeps the points {_side(ctx, row)}.", f"${c.tex}$ 保留{_side(ctx, row)}的点。")
        if not still:
            said += ctx.L(" Nothing is left: no point satisfies all of these.", " 什么都不剩了：没有点同时满足这些约束。")
        w.beat(ctx.L(f"Constraint {i + 1}", f"约束 {i + 1}"), said)
        w.code(f"line{i} = clip_line({_f(c.a)}, {_f(c.b)}, {_f(c.c)}, color={colour}, stroke_width=4)",
               f"region{i} = patch([{', '.join(f'({fmt(px, 6)}, {fmt(py, 6)})' for px, py in poly)}], fill_color=BLUE, fill_opacity=0.35)")
        w.play(f"Create(line{i}), FadeIn(cons[{i}])", 1.0)
        if i == 0:
            w.play("FadeIn(region0)", 0.8)
            w.code("region = region0")
        else:
            w.play(f"Transform(region, region{i})", 1.0)
        w.wait(0.3)

    if not program.feasible:
        _empty(ctx)
        return
    _corners(ctx, program, poly, (X1 - X0) * (Y1 - Y0))
    if program.objective is None:
        _region_only(ctx, program)
        return
    for k, opt in enumerate(program.optima):
        _slide(ctx, program, opt, k, (p_, q_, r_), (xl / (X1 - X0), yl / (Y1 - Y0)), (X0, X1, Y0, Y1))
    _table(ctx, program)


def _f(v: Fraction) -> str:
    return fmt(float(v), 10)


def _empty(ctx: Ctx) -> None:
    w = ctx.w
    w.beat(ctx.L("No feasible point", "可行域为空"), ctx.L(
        "The constraints contradict each other: the feasible region is empty, so the program is infeasible and has no optimum.",
        "这些约束互相矛盾：可行域是空集，线性规划无可行解，也就没有最优值。"))
    w.code(f"verdict = {text_mob(ctx.L('Feasible region: empty (infeasible)', '可行域为空：无可行解'), 30, 'YELLOW')}",
           "verdict.next_to(cons, DOWN, buff=0.4).align_to(cons, LEFT).add_background_rectangle(opacity=0.85, buff=0.08)")
    w.fit("verdict", 6.5)
    w.play("Write(verdict)", 1.2)
    w.wait(1.5)


def _corners(ctx: Ctx, program: Program, poly, window_area: float) -> None:
    w = ctx.w
    verts = program.vertices
    cx = sum(float(v[0]) for v in verts) / len(verts)
    cy = sum(float(v[1]) for v in verts) / len(verts)
    if len(poly) >= 3 and _area(poly) > 1e-9 * window_area:
        cx = sum(p[0] for p in poly) / len(poly)
        cy = sum(p[1] for p in poly) / len(poly)
    listed = ", ".join(f"${_letter(i)}{ptex(v)}$" for i, v in enumerate(verts))
    w.beat(ctx.L("The corners", "顶点"), ctx.L(
        ("The feasible region is what every constraint keeps" + ("" if program.bounded else ", and it runs on without end")
         + f". Its corners are where two boundary lines cross (solve the two equations): {listed}."),
        ("所有约束都保留的部分就是可行域" + ("" if program.bounded else "，它向外无限延伸")
         + f"。顶点是两条边界直线的交点（解对应的二元一次方程组）：{listed}。")))
    w.code("region.set_stroke(BLUE_B, width=2)")
    if len(poly) < 3 or _area(poly) <= 1e-9 * window_area:
        ends = sorted(verts)
        w.code(f"segment = Line(at({_f(ends[0][0])}, {_f(ends[0][1])}), at({_f(ends[-1][0])}, {_f(ends[-1][1])}), color=BLUE, stroke_width=8)")
        w.play("FadeIn(segment)", 0.6)
    w.code("corners = VGroup()", "corner_labels = VGroup()")
    for i, v in enumerate(verts):
        vx, vy = float(v[0]), float(v[1])
        dx, dy = vx - cx, vy - cy
        n = math.hypot(dx, dy) or 1.0
        w.code(f"corners.add(Dot(at({fmt(vx, 8)}, {fmt(vy, 8)}), color=WHITE, radius=0.07))",
               f'corner_labels.add(MathTex(r"{_letter(i)}{ptex(v)}", font_size=24).next_to(corners[-1], '
               f"np.array([{fmt(dx / n, 3)}, {fmt(dy / n, 3)}, 0]), buff=0.1).add_background_rectangle(opacity=0.75, buff=0.04))")
    w.play("LaggedStart(*[FadeIn(d, scale=1.6) for d in corners], lag_ratio=0.15)", 1.0)
    w.play("LaggedStart(*[Write(t) for t in corner_labels], lag_ratio=0.15)", 1.2)
    w.wait(0.5)


def _region_only(ctx: Ctx, program: Program) -> None:
    w = ctx.w
    n = len(program.vertices)
    if program.bounded:
        said = ctx.L(f"The region is a convex polygon with {n} corners." if n >= 3 else "The region is a single segment or point.",
                     f"这个区域是有 {n} 个顶点的凸多边形。" if n >= 3 else "这个区域是一条线段或一个点。")
        words = ctx.L(f"Feasible region: {n} corners" if n >= 3 else "Feasible region: a segment", f"可行域：{n} 个顶点" if n >= 3 else "可行域：一条线段")
    else:
        said = ctx.L("The region is unbounded: it goes on for ever beyond the part drawn here.", "这个区域是无界的：它在画出的部分之外无限延伸。")
        words = ctx.L("Feasible region: unbounded", "可行域：无界")
    w.beat(ctx.L("The region", "区域"), said)
    w.code(f"verdict = {text_mob(words, 30, 'YELLOW')}",
           "verdict.next_to(cons, DOWN, buff=0.4).align_to(cons, LEFT).add_background_rectangle(opacity=0.85, buff=0.08)")
    w.fit("verdict", 6.5)
    w.play("Write(verdict), Indicate(region, color=BLUE_B)", 1.2)
    w.wait(1.5)


def _slide(ctx: Ctx, program: Program, opt, k: int, obj, scale, window) -> None:
    w = ctx.w
    p, q, r = obj
    X0, X1, Y0, Y1 = window
    name = program.objective_name.split("(")[0].strip()
    sign = 1 if opt.sense == "max" else -1
    values = [program.value(v) for v in program.vertices]
    corners_win = [(X0, Y0), (X1, Y0), (X1, Y1), (X0, Y1)]
    win_vals = [float(p) * cx + float(q) * cy + float(r) for cx, cy in corners_win]
    if opt.value is None:
        start = float(min(values) if sign > 0 else max(values))
        end = max(win_vals) if sign > 0 else min(win_vals)
    else:
        start = float(min(values) if sign > 0 else max(values))
        if start == float(opt.value):
            start = float(opt.value) - sign * 0.3 * (max(win_vals) - min(win_vals))
        end = float(opt.value)
    # the direction of improvement on screen: perpendicular to the level lines, towards better values
    gx, gy = sign * float(p) / scale[0], sign * float(q) / scale[1]
    n = math.hypot(gx, gy) or 1.0
    gx, gy = gx / n, gy / n
    better = ctx.L("increases", "增大") if sign > 0 else ctx.L("decreases", "减小")
    word = ctx.L("maximum", "最大值") if sign > 0 else ctx.L("minimum", "最小值")
    w.beat(ctx.L(f"Slide the level line ({word})", f"平移等值线（{word}）"), ctx.L(
        f"On each line ${name} = k$ the objective has the same value. Moving it the way the arrow points, ${name}$ {better}; "
        "slide it as far as it still touches the region.",
        f"在每条直线 ${name} = k$ 上目标函数的值相同。沿箭头方向平移，${name}$ {better}；一直平移到它即将离开可行域为止。"))
    w.code(f"k{k} = ValueTracker({fmt(start, 8)})",
           f"level{k} = always_redraw(lambda: clip_line({_f(p)}, {_f(q)}, k{k}.get_value() - ({_f(r)}), dashed=True, color=YELLOW, stroke_width=5))",
           f"arrow{k} = Arrow(ORIGIN, np.array([{fmt(gx, 4)}, {fmt(gy, 4)}, 0]) * 1.1, buff=0, color=YELLOW, stroke_width=6)",

           f'readout{k}_name = MathTex(r"{name} =", font_size=32, color=YELLOW)',
           f"readout{k}_value = DecimalNumber({fmt(start, 8)}, num_decimal_places=2, font_size=32, color=YELLOW)",
           f"readout{k}_value.add_updater(lambda m: m.set_value(k{k}.get_value()))",
           f"readout{k} = VGroup(readout{k}_name, readout{k}_value).arrange(RIGHT, buff=0.15)",
           f"VGroup(arrow{k}, readout{k}).arrange(RIGHT, buff=0.3).to_corner(DR, buff=0.45)",
           f"readout{k}.add_background_rectangle(opacity=0.85, buff=0.06)")
    w.play(f"Create(level{k}), GrowArrow(arrow{k}), FadeIn(readout{k})", 1.0)
    w.play(f"k{k}.animate.set_value({fmt(end, 8)})", 2.6)
    if opt.value is None:
        w.beat(ctx.L(f"No {word}", f"没有{word}"), ctx.L(
            f"The region is unbounded in this direction: the line never stops touching it, so ${name}$ {better} without end and has no {word}.",
            f"可行域在这个方向上无界：等值线始终与可行域相交，${name}$ 无限{better}，没有{word}。"))
        verdict = f"{name} \\to {'+' if sign > 0 else '-'}\\infty"
        w.code(f'verdict{k} = MathTex(r"{verdict}", font_size=36, color=YELLOW)',
               f"verdict{k}.next_to(readout{k}, UP, buff=0.2).add_background_rectangle(opacity=0.85, buff=0.06)")
        w.play(f"Write(verdict{k})", 1.0)
        w.wait(1.0)
        w.play(f"FadeOut(level{k}), FadeOut(arrow{k}), FadeOut(readout{k}), FadeOut(verdict{k})", 0.6)
        return
    idx = [program.vertices.index(pt) for pt in opt.points]
    where = " ".join(f"${_letter(i)}{ptex(program.vertices[i])}$" for i in idx)
    if len(idx) == 2:
        said = ctx.L(f"The last line to touch the region lies along the whole edge ${_letter(idx[0])}{_letter(idx[1])}$: "
                     f"every point of that edge gives the {word} ${name} = {ftex(opt.value)}$.",
                     f"最后接触可行域的等值线与整条边 ${_letter(idx[0])}{_letter(idx[1])}$ 重合：这条边上的每一点都使 ${name}$ 取得{word} ${ftex(opt.value)}$。")
    elif opt.ray is not None:
        said = ctx.L(f"The last line to touch the region runs along a whole boundary ray from {where}: every point of it gives ${name} = {ftex(opt.value)}$.",
                     f"最后接触可行域的等值线与从 {where} 出发的整条边界射线重合：其上每一点都使 ${name} = {ftex(opt.value)}$。")
    else:
        said = ctx.L(f"The last point the line touches is the corner {where}: ${name} = {ftex(opt.value)}${_approx(opt.value) and ' ($' + _approx(opt.value).strip() + '$)'}.",
                     f"等值线最后接触的是顶点 {where}：${name} = {ftex(opt.value)}$。")
    w.beat(ctx.L(f"The {word}", f"{word}"), said)
    if len(idx) == 2:
        a, b = (program.vertices[i] for i in idx)
        w.code(f"best{k} = Line(at({_f(a[0])}, {_f(a[1])}), at({_f(b[0])}, {_f(b[1])}), color=YELLOW, stroke_width=9)")
    elif opt.ray is not None:
        a, d = opt.points[0], opt.ray
        ax, ay, dx, dy = float(a[0]), float(a[1]), float(d[0]), float(d[1])
        leaves = []  # where the ray leaves the window
        if dx:
            leaves.append(((X1 if dx > 0 else X0) - ax) / dx)
        if dy:
            leaves.append(((Y1 if dy > 0 else Y0) - ay) / dy)
        t = max(0.0, min(leaves))
        w.code(f"best{k} = Line(at({fmt(ax, 8)}, {fmt(ay, 8)}), at({fmt(ax + t * dx, 8)}, {fmt(ay + t * dy, 8)}), color=YELLOW, stroke_width=9)")
    else:
        a = opt.points[0]
        w.code(f"best{k} = Dot(at({_f(a[0])}, {_f(a[1])}), color=YELLOW, radius=0.13)")
    w.play(f"FadeIn(best{k}), Indicate(corner_labels[{idx[0]}], color=YELLOW)", 1.0)
    w.wait(0.6)
    w.play(f"FadeOut(level{k}), FadeOut(arrow{k}), FadeOut(readout{k})", 0.6)


def _table(ctx: Ctx, program: Program) -> None:
    w = ctx.w
    name = program.objective_name.split("(")[0].strip()
    values = [program.value(v) for v in program.vertices]
    rows = [f"{_letter(i)}{ptex(v)}:\\quad {name} = {ftex(val)}" for i, (v, val) in enumerate(zip(program.vertices, values))]
    listed = ", ".join(f"${_letter(i)}$: ${ftex(val)}$" for i, val in enumerate(values))
    verdicts = []
    for opt in program.optima:
        tag = "\\max" if opt.sense == "max" else "\\min"
        if opt.value is None:
            verdicts.append((f"{name} \\to {'+' if opt.sense == 'max' else '-'}\\infty",
                             ctx.L(f"no {'maximum' if opt.sense == 'max' else 'minimum'}: ${name}$ is unbounded on the region",
                                   f"没有{'最大值' if opt.sense == 'max' else '最小值'}：${name}$ 在可行域上无界")))
            continue
        idx = [program.vertices.index(pt) for pt in opt.points]
        if len(idx) == 2:
            tex = f"{name}_{{{tag}}} = {ftex(opt.value)}\\ \\text{{on }} {_letter(idx[0])}{_letter(idx[1])}"
            said = ctx.L(f"${name}_{{{tag}}} = {ftex(opt.value)}$ at every point of the edge ${_letter(idx[0])}{_letter(idx[1])}$",
                         f"${name}$ 在边 ${_letter(idx[0])}{_letter(idx[1])}$ 上每一点取得{'最大值' if opt.sense == 'max' else '最小值'} ${ftex(opt.value)}$")
            if ctx.zh:
                tex = f"{name}_{{{tag}}} = {ftex(opt.value)},\\ ({program.names[0]}, {program.names[1]}) \\in {_letter(idx[0])}{_letter(idx[1])}"
        elif opt.ray is not None:
            tex = f"{name}_{{{tag}}} = {ftex(opt.value)}"
            said = ctx.L(f"${name}_{{{tag}}} = {ftex(opt.value)}$ along the whole ray from ${_letter(idx[0])}$",
                         f"${name}$ 在从 ${_letter(idx[0])}$ 出发的整条射线上取得{'最大值' if opt.sense == 'max' else '最小值'} ${ftex(opt.value)}$")
        else:
            pt = program.vertices[idx[0]]
            tex = f"{name}_{{{tag}}} = {ftex(opt.value)},\\ ({program.names[0]}, {program.names[1]}) = {ptex(pt)}"
            said = ctx.L(f"${name}_{{{tag}}} = {ftex(opt.value)}$ at ${_letter(idx[0])}{ptex(pt)}$",
                         f"${name}$ 在 ${_letter(idx[0])}{ptex(pt)}$ 处取得{'最大值' if opt.sense == 'max' else '最小值'} ${ftex(opt.value)}$")
        verdicts.append((tex, said))
    w.beat(ctx.L("Check every corner", "比较各顶点的值"), ctx.L(
        f"The corner-point method: ${name}$ at each corner is {listed}. " + "; ".join(s for _, s in verdicts) + ".",
        f"顶点法：各顶点处 ${name}$ 的值为 {listed}。" + "；".join(s for _, s in verdicts) + "。"))
    w.code("table = VGroup(", *[f'    MathTex(r"{r}", font_size=30),' for r in rows], ").arrange(DOWN, aligned_edge=LEFT, buff=0.2)",
           "answer = VGroup(", *[f'    MathTex(r"{t}", font_size=32, color=YELLOW),' for t, _ in verdicts], ").arrange(DOWN, aligned_edge=LEFT, buff=0.2)",
           "summary = VGroup(table, answer).arrange(DOWN, aligned_edge=LEFT, buff=0.35)")
    w.fit("summary", 6.5, 5.0)
    w.code("summary.next_to(goal, DOWN, buff=0.4).align_to(goal, LEFT)",
           "for row in [*table, *answer]:", "    row.add_background_rectangle(opacity=0.85, buff=0.05)")
    w.play("FadeOut(cons)", 0.5)
    w.play("LaggedStart(*[Write(t) for t in table], lag_ratio=0.2)", 1.6)
    marks = []
    for opt in program.optima:
        for pt in opt.points:
            marks.append(program.vertices.index(pt))
    if marks:
        w.code("marks = VGroup(" + ", ".join(f"SurroundingRectangle(table[{i}], color=YELLOW, buff=0.05)" for i in dict.fromkeys(marks)) + ")")
        w.play("Create(marks)", 0.8)
    w.play("Write(answer)", 1.2)
    w.wait(2.0)


@check("linear_program")
def _check(f):
    program: Program = f["program"]
    x, y = program.names
    if program.objective is None or not program.feasible:
        return (f"Why is the set of points satisfying all of these linear inequalities in ${x}, {y}$ convex?",
                f"为什么满足这些线性不等式的点 $({x}, {y})$ 构成的集合是凸的？",
                "Each inequality keeps a half-plane, which is convex; an intersection of convex sets is convex "
                "(with two of its points it contains the whole segment between them).",
                "每个不等式保留一个半平面，半平面是凸的；凸集的交仍是凸集（含有两点就含有它们之间的整条线段）。")
    name = program.objective_name
    return (f"Why is it enough to compute ${name} = {program.objective_tex}$ at the corners of the feasible region?",
            f"为什么只需计算 ${name} = {program.objective_tex}$ 在可行域各顶点处的值？",
            f"${name}$ is linear, so its level lines are parallel; sliding one in the direction of improvement, the last point "
            "of the convex region it touches is a corner, or a whole edge whose ends are corners. If the region is unbounded "
            "in that direction the line never leaves it and there is no optimum.",
            f"${name}$ 是线性的，它的等值线互相平行；沿改进方向平移，最后接触凸可行域的是一个顶点，或两端都是顶点的一整条边。"
            "若可行域在这个方向上无界，等值线永远不会离开它，就没有最优值。")
