"""linear_system: the row picture of two linear equations in two unknowns (Strang, *Introduction to
Linear Algebra*, 2.1): each equation is a line, the solution is where they meet. Elimination is drawn
as what it does to the picture: every combination of the two equations is a line through the same
point, and the combination that cancels an unknown is the vertical (or horizontal) line through it.
Parallel lines (no solution) and one line written twice (infinitely many) are drawn as such.
"""

from __future__ import annotations

import re

from ..latex import fmt
from ..notes import check
from ..parts.vectors import LEFT_BOX, fit, plane_frame
from ..systems import LinearSystem, left_side, read_system, stated_point
from .common import Ctx, math_mob
from .equation import CHECK_MARK

TITLE = ("A System of Two Linear Equations", "二元一次方程组")
WHAT = ("Each linear equation in two unknowns is a line; the system's solution is the point on both lines. "
        "Adding a multiple of one equation to the other turns the line about that point, and the multiple "
        "that cancels an unknown leaves the vertical or horizontal line through it (elimination).",
        "每个二元一次方程是一条直线，方程组的解就是两直线的公共点。把一个方程的倍数加到另一个上，"
        "直线绕这个点转动；消去一个未知数的那个倍数，得到过该点的竖直或水平直线（消元法）。")
PRIORITY = 160
_WORDS = (r"\bsystems?\b|simultaneous\s+(?:linear\s+)?equations|linear\s+system|"
          r"\belimination\b|substitution\s+method|row\s+picture|方程组|消元|联立|代入法|加减法")


def evidence(info) -> int | None:
    """The system's words (tier 0), or the structure alone: two or three linear equations in the same
    two unknowns (tier 1; ``Solve 2a + 3b = 12, a - b = 1``)."""
    if re.search(_WORDS, info.prose, re.I):
        return 0
    if " ".join(info.blocks).count("=") < 2:
        return None  # fewer than two equations: nothing to parse (parsing is most of a design's time)
    return 1 if read_system(info) is not None else None


def needs(info) -> LinearSystem | None:
    """Two or three linear equations in the same two unknowns with numbers for coefficients; a
    stated solution (``x = 2, y = 1`` or ``(2, 1)``) must be the true one."""
    system = read_system(info)
    if system is None or stated_point(info, system):
        return None
    return system


def _row_tex(row, names) -> str:
    a, b, c = row
    return f"{left_side(a, names[0], b, names[1])} = {fmt(c, 3)}"


def _combine(r1, r2, t: float):
    return tuple(p + t * q for p, q in zip(r1, r2))


def build(ctx: Ctx) -> None:
    w = ctx.w
    system = needs(ctx.info)
    names, rows = system.names, system.rows
    ctx.facts.update(system=system)
    feet = [(c * a / (a * a + b * b), c * b / (a * a + b * b)) for a, b, c in rows]  # each line's point nearest 0
    points = [(1.25 * p[0], 1.25 * p[1]) for p in feet + ([system.solution] if system.solution else [])]
    points += [(-1.0, -1.0), (1.0, 1.0)]
    box = (LEFT_BOX[0], LEFT_BOX[1], LEFT_BOX[2], 1.6)
    s, ox, oy = fit(points, box)
    window = ((box[0] - ox) / s, (box[1] - ox) / s, (box[2] - oy) / s, (box[3] - oy) / s)
    x, y = names
    w.beat(ctx.title, ctx.L(f"Each equation is a line in the ${x}{y}$-plane; a solution must lie on every line.",
                            f"每个方程都是 ${x}{y}$ 平面上的一条直线；解必须同时在每条直线上。"))
    w.title(ctx.title)
    w.code("title.add_background_rectangle(opacity=0.85, buff=0.1)")
    plane_frame(w, points, box=box)
    w.code(
        f"X0, X1, Y0, Y1 = {', '.join(fmt(v, 4) for v in window)}  # the part of the plane on screen",
        "",
        "def row_line(a, b, c, **style):",
        "    # the line a x + b y = c, cut to the part of the plane on screen",
        "    ends = []",
        "    if abs(b) > 1e-9:",
        "        ends += [(xx, (c - a * xx) / b) for xx in (X0, X1)]",
        "    if abs(a) > 1e-9:",
        "        ends += [((c - b * yy) / a, yy) for yy in (Y0, Y1)]",
        "    ends = sorted(p for p in ends if X0 - 1e-6 <= p[0] <= X1 + 1e-6 and Y0 - 1e-6 <= p[1] <= Y1 + 1e-6)",
        "    return Line(at(*ends[0]), at(*ends[-1]), **style)",
        "",
        f"x_name = MathTex(r\"{x}\", font_size=30).next_to(at(X1, 0), UL, buff=0.1)",
        f"y_name = MathTex(r\"{y}\", font_size=30).next_to(at(0, Y1), DR, buff=0.1)",
    )
    colours = ("BLUE", "GREEN", "PURPLE")
    panel = [f'    MathTex(r"{_row_tex(r, names)}", font_size=36, color={colours[i]}),' for i, r in enumerate(rows)]
    w.code("panel = VGroup(", *panel, ").arrange(DOWN, aligned_edge=LEFT, buff=0.3).to_edge(RIGHT, buff=0.6).shift(UP * 1.2)",
           "for row in panel:", "    row.add_background_rectangle(opacity=0.85, buff=0.06)")
    for i, r in enumerate(rows):
        w.code(f"line{i} = row_line({fmt(r[0], 8)}, {fmt(r[1], 8)}, {fmt(r[2], 8)}, color={colours[i]}, stroke_width=5)")
    w.play("Write(title), Create(plane), FadeIn(x_name), FadeIn(y_name)", 1.2)
    for i in range(len(rows)):
        w.play(f"Write(panel[{i}]), Create(line{i})", 1.3)
    if system.kind == "unique":
        _unique(ctx, system)
    elif system.kind == "none":
        w.beat(ctx.L("Parallel lines", "平行线"), ctx.L(
            "The lines have the same slope and different intercepts: they never meet, so the system has no solution. "
            "Elimination ends in a false statement $0 = $ a non-zero number.",
            "两直线斜率相同、截距不同：永不相交，方程组无解。消元最后得到 $0 =$ 非零数 这样的矛盾。"))
        w.play("Indicate(line0), Indicate(line1)", 1.5)
        w.wait(1.5)
    else:
        w.beat(ctx.L("One line, twice", "同一条直线"), ctx.L(
            "The equations are multiples of each other: both draw the same line, and every point on it is a solution.",
            "两个方程互为倍数：画出的是同一条直线，直线上每一点都是解。"))
        w.code("walker = Dot(color=YELLOW, radius=0.09).move_to(line0.get_start())")
        w.play("FadeIn(walker)", 0.5)
        w.play("MoveAlongPath(walker, line0)", 2.5)
        w.wait(1)


def _unique(ctx: Ctx, system: LinearSystem) -> None:
    w = ctx.w
    (x0, y0), (x, y), rows = system.solution, system.names, system.rows
    px, py = system.solution_tex
    r1, r2 = rows[0], rows[1]
    w.beat(ctx.L("Where the lines meet", "交点"), ctx.L(
        f"The lines meet at $({px}, {py})$: ${x} = {px}$, ${y} = {py}$ satisfies every equation.",
        f"两直线交于 $({px}, {py})$：${x} = {px}$，${y} = {py}$ 满足每个方程。"))
    w.code(f"crossing = Dot(at({fmt(x0, 8)}, {fmt(y0, 8)}), color=YELLOW, radius=0.1)",
           f"crossing_label = MathTex(r\"({px},\\ {py})\", font_size=32, color=YELLOW).next_to(crossing, UR, buff=0.12)",
           "crossing_label.add_background_rectangle(opacity=0.8, buff=0.05)")
    w.play("FadeIn(crossing, scale=2), Write(crossing_label)", 1.2)
    sweeps = []
    if abs(r2[1]) > 1e-9 and abs(r1[1]) > 1e-9:
        sweeps.append((-r1[1] / r2[1], y, x, x0))
    if abs(r2[0]) > 1e-9 and abs(r1[0]) > 1e-9:
        sweeps.append((-r1[0] / r2[0], x, y, y0))
    for j, (t, gone, kept, value) in enumerate(sweeps):
        result = _combine(r1, r2, t)
        w.beat(ctx.L(f"Eliminate ${gone}$", f"消去 ${gone}$"), ctx.L(
            f"Add ${fmt(t, 3)}$ times the second equation to the first. Every such combination is a line through the "
            f"same point; this one has no ${gone}$: ${kept} = {fmt(value, 4)}$.",
            f"把第二个方程的 ${fmt(t, 3)}$ 倍加到第一个方程上。这样的组合都是过同一点的直线；这一个不含 ${gone}$：${kept} = {fmt(value, 4)}$。"))
        w.code(
            f"t{j} = ValueTracker(0)",
            f"R1, R2 = ({', '.join(fmt(v, 8) for v in r1)}), ({', '.join(fmt(v, 8) for v in r2)})",
            f"mix{j} = always_redraw(lambda: row_line(*(p + t{j}.get_value() * q for p, q in zip(R1, R2)), color=ORANGE, stroke_width=5))",
            f"result{j} = MathTex(r\"{_row_tex(result, system.names)}\", font_size=36, color=ORANGE)",
            f"result{j}.next_to(panel, DOWN, buff=0.35 + {j} * 0.75).align_to(panel, LEFT).add_background_rectangle(opacity=0.85, buff=0.06)",
        )
        w.play(f"FadeIn(mix{j})", 0.4)
        w.play(f"t{j}.animate.set_value({fmt(t, 8)})", 1.6)
        w.play(f"Write(result{j})", 0.8)
        w.play("Indicate(crossing, scale_factor=1.6)", 0.5)
    w.beat(ctx.L("Check it", "检验"), ctx.L(
        "Put the values back in: " + " and ".join(f"${c}$" for c in system.check) + ".",
        "代回原方程组：" + "，".join(f"${c}$" for c in system.check) + "。"))
    w.code(f"check = VGroup({', '.join(math_mob(c + CHECK_MARK, 30, 'GREEN') for c in system.check)}).arrange(DOWN, aligned_edge=LEFT, buff=0.2)",
           "check.to_corner(DR, buff=0.4)")
    w.fit("check", 5.6, 1.6)
    w.code("check.to_corner(DR, buff=0.4)")
    w.play("FadeIn(check, shift=UP * 0.2)", 1.0)
    w.wait(1.0)


@check("linear_system")
def _check(f):
    system = f["system"]
    (u, v), rows = system.names, " and ".join(f"${r}$" for r in system.tex)
    if system.kind == "unique":
        x, y = system.solution_tex
        return (f"Why can the system {rows} not have a second solution?",
                f"为什么方程组 {'，'.join(f'${r}$' for r in system.tex)} 不可能有第二个解？",
                f"Two different lines meet in at most one point, and these meet at $({x}, {y})$: ${u} = {x}$, ${v} = {y}$ is the only solution.",
                f"两条不同的直线至多有一个交点，这两条交于 $({x}, {y})$，所以 ${u} = {x}$，${v} = {y}$ 是唯一解。")
    a, b, c = system.rows[0]
    return (f"Change the right side of the first equation of {rows} to ${fmt(c + 1, 3)}$. How many solutions are there now?",
            f"把方程组 {'，'.join(f'${r}$' for r in system.tex)} 中第一个方程的右边改成 ${fmt(c + 1, 3)}$。现在有几个解？",
            "The first line moves parallel to itself; parallel lines stay parallel (none) and one line becomes two "
            "parallel lines (none): whether the lines can cross depends only on the left sides.",
            "第一条直线平行移动；平行线仍然平行（无解），重合的直线变成两条平行线（无解）：两直线能否相交只取决于方程的左边。")
