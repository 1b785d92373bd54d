"""equation: the generic last resort. What can be plotted is plotted first (y = f(x) with its other
letters set to values the scene shows); then the formula is built up term by term. An equation in
one unknown of degree 1 or 2 is then solved step by step and its root put back in; any other
equation has each side highlighted. Every other formula of the block is shown with it."""

from __future__ import annotations

import re

from ..latex import fmt, single_line, terms
from ..notes import check
from ..odes import values_tex
from ._last_resort import LinearSystem, Solution, evaluated, formulas, identity, linear_system, plottable, solvable
from ._plots import axes_code, nice_range
from .common import Ctx, Fn, graph_setup, math_mob, text_mob, y_window


def _plot(ctx: Ctx, plot) -> None:
    w = ctx.w
    a, b = plot.window
    lo, hi = y_window(plot.code, a, b)
    w.beat(ctx.L("Its graph", "图像"), ctx.L(
        f"First the graph of ${plot.lhs}$ against ${plot.var}${plot.chosen_text()}.",
        f"先画出 ${plot.lhs}$ 随 ${plot.var}$ 变化的图像{plot.chosen_text(True)}。"))
    graph_setup(ctx, Fn(plot.code, plot.row), a, b, lo, hi, y_length=4.4)
    values = values_tex(plot.chosen)
    shown = plot.row + (r",\quad " + values if values else "")
    w.code(f"axis_labels = axes.get_axis_labels(MathTex(r\"{plot.var}\", font_size=30), MathTex(r\"{plot.lhs}\", font_size=30))",
           f"shown = {math_mob(shown, 36)}",
           "shown.next_to(title, DOWN, buff=0.25)")
    w.fit("shown", 12, 1.2)
    w.play("FadeIn(shown), Create(axes), Write(axis_labels)", 1.2)
    w.play("Create(graph)", 2)
    w.wait(0.6)
    w.play("FadeOut(axes, axis_labels, graph, shown)", 0.6)


def build(ctx: Ctx) -> None:
    w = ctx.w
    rows = formulas(ctx.info)
    tex = rows[0] if rows else (single_line(ctx.formula) or "a = b")
    others = rows[1:6]
    parts = terms(tex, 6)
    eq_index = next((i for i, p in enumerate(parts) if p.lstrip().startswith("=")), None)
    ctx.facts["parts"] = parts
    system = linear_system(rows)
    if system is not None:
        ctx.facts.update(system=system, what=WHAT_SYSTEM)
        return _system(ctx, system)
    plot = plottable(ctx.info)
    solution = _solution(ctx.info)
    if solution is not None:
        ctx.facts.update(solution=solution, what=WHAT_SOLVED)
    w.beat(ctx.title, ctx.L("We read the equation one piece at a time.", "我们一块一块地读这个等式。"))
    w.title(ctx.title)
    w.code(f"equation = {math_mob(parts, 64)}")
    w.fit("equation", 12, 2.4 if others else 3)
    w.code(f"equation.move_to(UP * {'0.9' if others else '0.3'})")
    if others:
        w.code(f"others = VGroup({', '.join(math_mob(r, 40) for r in others)}).arrange(DOWN, buff=0.3)")
        w.fit("others", 12, 1.9)
        w.code("others.to_edge(DOWN, buff=0.45)")
    w.play("Write(title)", 1)
    if plot is not None:
        _plot(ctx, plot)
    w.beat(ctx.L("Build it term by term", "逐项写出"), ctx.L(
        "The terms appear in order: " + ", ".join(f"${p.strip()}$" for p in parts) + ".",
        "各项依次出现：" + "，".join(f"${p.strip()}$" for p in parts) + "。"))
    colors = ["BLUE", "TEAL", "GREEN", "YELLOW", "BLUE", "TEAL"]
    for i, p in enumerate(parts):
        color = "WHITE" if p.lstrip().startswith("=") else colors[i % len(colors)]
        w.code(f"equation[{i}].set_color({color})")
    for i, p in enumerate(parts):
        w.play(f"Write(equation[{i}])", 0.8 if len(parts) <= 4 else 0.6)
    if solution is not None:
        _solve(ctx, solution, "others" if others else None)
    elif eq_index is not None and 0 < eq_index:
        values = evaluated(tex)
        ctx.facts["values"] = values
        said = identity(tex) if values is None else None
        ctx.facts["identity"] = said
        if said is not None:  # letters on both sides: what the equation says for every value of them
            kind, form = said
            if kind == "identity":
                w.beat(ctx.L("The same expression", "同一个表达式"), ctx.L(
                    f"Worked out, both sides are ${form}$: they agree for every value of the letters, so this is an identity.",
                    f"化简后两边都是 ${form}$：对字母的任何取值都相等，这是一个恒等式。"))
            elif kind == "never":
                w.beat(ctx.L("The sides differ", "两边不相等"), ctx.L(
                    f"The left side minus the right side is ${form}$ whatever the letters are: the two sides are never equal, so the equation is false as written.",
                    f"左边减右边恒等于 ${form}$：两边永远不相等，这个等式写错了。"))
            else:
                w.beat(ctx.L("When the sides agree", "两边何时相等"), ctx.L(
                    f"The left side minus the right side is ${form}$: the two sides are equal only when ${form} = 0$, not for every value.",
                    f"左边减右边等于 ${form}$：只有当 ${form} = 0$ 时两边才相等，并非恒等。"))
            labels = (text_mob(ctx.L("left side", "左边"), 26, "GREY_A"),
                      text_mob(ctx.L("right side", "右边"), 26, "GREY_A" if kind == "identity" else "RED"))
        elif values is None:
            w.beat(ctx.L("Both sides agree", "两边相等"), ctx.L("The left side and the right side name the same quantity.",
                                                             "左边和右边表示同一个量。"))
            labels = (text_mob(ctx.L("left side", "左边"), 26, "GREY_A"), text_mob(ctx.L("right side", "右边"), 26, "GREY_A"))
        else:  # numbers only: work both sides out, and say whether the statement is true
            left, right, equal = values
            w.beat(ctx.L("Work out both sides", "两边分别计算"), ctx.L(
                f"The left side is ${left}$ and the right side is ${right}$: " +
                ("they are equal, so the statement holds." if equal else "they differ, so this equation is false."),
                f"左边等于 ${left}$，右边等于 ${right}$：" + ("两者相等，等式成立。" if equal else "两者不相等，这个等式不成立。")))
            labels = (math_mob(f"= {left}", 34, "GREY_A"), math_mob(f"= {right}", 34, "GREY_A" if equal else "RED"))
        w.code(
            f"lhs = VGroup(*equation[:{eq_index}])",
            f"rhs = VGroup(*equation[{eq_index}:])",
            f"lhs_label = {labels[0]}.next_to(lhs, DOWN, buff=0.5)",
            f"rhs_label = {labels[1]}.next_to(rhs, UP, buff=0.5)",
        )
        w.play("Create(SurroundingRectangle(lhs, color=BLUE)), FadeIn(lhs_label)", 1)
        w.play("Create(SurroundingRectangle(rhs, color=GREEN)), FadeIn(rhs_label)", 1)
    if others:
        w.beat(ctx.L("With the rest of the block", "连同其余公式"), ctx.L(
            "It goes with " + ", ".join(f"${r}$" for r in others) + ".", "它与 " + "，".join(f"${r}$" for r in others) + " 一起成立。"))
        w.play("FadeIn(others, shift=UP * 0.2)", 1)
    false = (ctx.facts.get("values") or ("", "", True))[2] is False or (ctx.facts.get("identity") or ("",))[0] == "never"
    if solution is None and false:
        w.beat(ctx.L("The whole statement", "完整的结论"), ctx.L("As written, the statement does not hold.", "按原样写的这个等式不成立。"))
        w.play("Circumscribe(equation, color=RED)", 1.5)
    elif solution is None:
        w.beat(ctx.L("The whole statement", "完整的结论"), ctx.L("Read together, the pieces make one statement.", "合在一起，就是一句完整的数学陈述。"))
        w.play("Circumscribe(equation, color=YELLOW)", 1.5)
    w.wait(1.5)


def _solution(info) -> Solution | None:
    """The block's first formula solved, when nothing is plotted and it is an equation the slide solves."""
    rows = formulas(info)
    found = solvable(info) if rows and plottable(info) is None else None
    return found if found is not None and found.row == rows[0] else None


def title_for(info) -> tuple[str, str] | None:
    """The default title when the block has none (see notes.default_title)."""
    if linear_system(formulas(info)) is not None:
        return ("Solving a Linear System", "解线性方程组")
    return ("Solving an Equation", "解方程") if _solution(info) is not None else None


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


WHAT_SOLVED = ("Solving an equation finds the values of the unknown that make both sides equal. Doing the same "
               "operation to both sides keeps them equal, so each step is an equivalent equation, until the unknown "
               "stands alone; putting the value back in checks it.",
               "解方程就是求出使两边相等的未知数的值。两边做同样的运算，等式仍然成立，所以每一步都是同解方程，"
               "直到未知数单独留在一边；把求得的值代回原方程即可检验。")


WHAT_SYSTEM = ("Each linear equation in two unknowns is a line in the plane; a solution of both is a point on both "
               "lines, so two lines that cross give exactly one solution, where they meet.",
               "二元一次方程的解在平面上构成一条直线；同时满足两个方程的解就是两条直线的公共点，"
               "所以两条相交的直线恰好给出一个解，即交点。")

CHECK_MARK = r" \;\checkmark"  # amssymb, in Manim's default TeX template


def _solve(ctx: Ctx, s: Solution, others: str | None) -> None:
    """The steps under the author's equation, the root boxed, then put back in (a check mark)."""
    w = ctx.w
    w.beat(ctx.L("Solve it", "求解"), ctx.L(
        _sentence("; ".join(f"{en}: ${tex}$" for tex, en, _ in s.steps)),
        "；".join(f"{zh}：${tex}$" for tex, _, zh in s.steps) + "。"))
    rows = ", ".join(math_mob(c + CHECK_MARK, 40, "GREEN") for c in s.check)
    w.code(f"steps = VGroup({', '.join(math_mob(tex, 46) for tex, _, _ in s.steps)}).arrange(DOWN, buff=0.3)",
           f"check = VGroup({rows}).arrange(DOWN, buff=0.25)",
           "column = VGroup(equation.copy(), steps, check).arrange(DOWN, buff=0.4)")
    w.fit("column", 11, 3.9 if others else 5.9)  # the whole solution, check included, fits under the title
    w.code("column.next_to(title, DOWN, buff=0.3)" if others else "column.move_to(DOWN * 0.35)")
    w.play("equation.animate.move_to(column[0]).scale(column[0].height / equation.height)", 0.8)
    for i in range(len(s.steps)):
        w.play(f"FadeIn(steps[{i}], shift=DOWN * 0.2)", 0.9)
    w.play("Create(SurroundingRectangle(steps[-1], color=YELLOW))", 0.8)
    w.beat(ctx.L("Check it", "检验"), ctx.L(
        f"Put ${s.var} = {s.checked}$ back in: " + " and ".join(f"${c}$" for c in s.check) + ", both sides agree.",
        f"把 ${s.var} = {s.checked}$ 代回原方程：" + "，".join(f"${c}$" for c in s.check) + "，两边相等。"))
    w.play("FadeIn(check, shift=UP * 0.2)", 1.2)


@check("equation")
def _check(f):
    system = f.get("system")
    if system is not None:
        (u, v), (x, y) = system.names, system.point_tex
        return (f"Why can the system {' and '.join(f'${r}$' for r in system.rows)} not have a second solution?",
                f"为什么方程组 {'，'.join(f'${r}$' for r in system.rows)} 不可能有第二个解？",
                f"Two different lines meet in at most one point, and these meet at $({x}, {y})$: ${u} = {x}$, ${v} = {y}$ is the only solution.",
                f"两条不同的直线至多有一个交点，这两条交于 $({x}, {y})$，所以 ${u} = {x}$，${v} = {y}$ 是唯一解。")
    values = f.get("values")
    if values is not None and not values[2]:
        whole = " ".join(p.strip() for p in f.get("parts", []))
        return (f"$${whole}$$ is false. What would the right side have to be for it to hold?",
                f"$${whole}$$ 不成立。右边应当等于多少，等式才成立？",
                f"${values[0]}$, the value of the left side (the right side is ${values[1]}$).",
                f"${values[0]}$，即左边的值（右边等于 ${values[1]}$）。")
    s = f.get("solution")
    if s is not None:
        value, left, right = s.wrong
        return (f"Why is ${s.var} = {value}$ not a solution of ${s.row}$? Put it in.",
                f"为什么 ${s.var} = {value}$ 不是方程 ${s.row}$ 的解？代入看看。",
                f"With ${s.var} = {value}$ the left side is ${left}$ and the right side is ${right}$: they differ, so the equation fails.",
                f"代入 ${s.var} = {value}$，左边等于 ${left}$，右边等于 ${right}$，两边不相等，方程不成立。")
    parts = [p.strip() for p in f.get("parts", [])]
    whole = " ".join(parts)
    first = parts[0] if parts else "x"
    return (
        f"In $${whole}$$ what does the first term ${first}$ contribute, and what would change if it were removed?",
        f"在 $${whole}$$ 中，第一项 ${first}$ 起什么作用？去掉它会怎样？",
        "Removing any term changes one side only, so the equality would no longer hold: every term is needed to balance the two sides.",
        "去掉任意一项只会改变一边，等式就不再成立：每一项都是让两边平衡所必需的。",
    )


# -- recognition (see families.py)
GENERIC = True


def needs(info) -> bool:
    return "=" in " ".join(info.blocks)


def _system(ctx: Ctx, s: LinearSystem) -> None:
    """Both equations as lines on axes around their crossing; the point, then put back in."""
    w = ctx.w
    u, v = s.names
    px, py = s.point
    xlo, xhi, xstep = nice_range([px - 4, px + 4])
    ylo, yhi, ystep = nice_range([py - 3, py + 3])
    colors = ("BLUE", "GREEN")
    w.beat(ctx.title, ctx.L("Two equations in two unknowns: " + " and ".join(f"${r}$" for r in s.rows) + ".",
                            "二元方程组：" + "，".join(f"${r}$" for r in s.rows) + "。"))
    w.title(ctx.title)
    w.code(f"system = VGroup({', '.join(math_mob(r, 40, c) for r, c in zip(s.rows, colors))}).arrange(DOWN, buff=0.3)",
           axes_code((xlo, xhi, xstep), (ylo, yhi, ystep), x_length=6.4, y_length=5.2) + ".to_edge(DOWN, buff=0.3).to_edge(LEFT, buff=0.5)",
           f'labels = axes.get_axis_labels(MathTex(r"{u}", font_size=30), MathTex(r"{v}", font_size=30))')
    point = f"({s.point_tex[0]}, {s.point_tex[1]})"
    w.code(f'answer = MathTex(r"{u} = {s.point_tex[0]},\\quad {v} = {s.point_tex[1]}", font_size=44, color=YELLOW)',
           f"check = VGroup({', '.join(math_mob(c + CHECK_MARK, 34, 'GREEN') for c in s.check)}).arrange(DOWN, buff=0.25)",
           "panel = VGroup(system, answer, check).arrange(DOWN, buff=0.55)  # the right column, laid out once")
    w.fit("panel", 5.6, 5.8)
    w.code("panel.to_edge(RIGHT, buff=0.45).shift(DOWN * 0.3)")
    lines = []
    for i, (a, b, c) in enumerate(s.lines):
        if abs(b) < 1e-12:  # a u = c: a vertical line
            w.code(f"line{i} = Line(axes.c2p({fmt(c / a, 4)}, {fmt(ylo)}), axes.c2p({fmt(c / a, 4)}, {fmt(yhi)}), color={colors[i]}, stroke_width=4)")
        else:  # v = (c - a u) / b, kept inside the window
            ends = sorted([(c - b * ylo) / a, (c - b * yhi) / a]) if abs(a) > 1e-12 else [xlo, xhi]
            lo, hi = max(xlo, ends[0]), min(xhi, ends[1])
            w.code(f"line{i} = axes.plot(lambda {u}: ({fmt(c, 6)} - ({fmt(a, 6)}) * {u}) / ({fmt(b, 6)}), "
                   f"x_range=[{fmt(lo, 4)}, {fmt(hi, 4)}], color={colors[i]}, stroke_width=4)")
        lines.append(f"line{i}")
    w.play("Write(title), FadeIn(system), Create(axes), Write(labels)", 1.6)
    w.beat(ctx.L("Each equation is a line", "每个方程是一条直线"), ctx.L(
        "Every point of the blue line satisfies the first equation, every point of the green line the second.",
        "蓝线上的每一点满足第一个方程，绿线上的每一点满足第二个方程。"))
    for name in lines:
        w.play(f"Create({name})", 1.2)
    w.beat(ctx.L("Where they cross", "交点"), ctx.L(
        f"The lines cross at ${point}$: the one point on both, so ${u} = {s.point_tex[0]}$, ${v} = {s.point_tex[1]}$.",
        f"两直线交于 ${point}$，它同时在两条线上，所以 ${u} = {s.point_tex[0]}$，${v} = {s.point_tex[1]}$。"))
    w.code(f"crossing = Dot(axes.c2p({fmt(px, 4)}, {fmt(py, 4)}), color=YELLOW, radius=0.09)",
           f'crossing_label = MathTex(r"{point}", font_size=32, color=YELLOW).next_to(crossing, UR, buff=0.1)')
    w.play("FadeIn(crossing, scale=1.5), Write(crossing_label)", 1)
    w.play("Write(answer)", 1)
    w.beat(ctx.L("Check it", "检验"), ctx.L(
        "Put the values back in: " + " and ".join(f"${c}$" for c in s.check) + ".",
        "代回原方程组：" + "，".join(f"${c}$" for c in s.check) + "。"))
    w.play("FadeIn(check, shift=UP * 0.2)", 1.2)
    w.wait(1.5)
