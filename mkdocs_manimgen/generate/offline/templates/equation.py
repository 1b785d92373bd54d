"""equation: the walkthrough, the generic last resort (issue 23, item 5). What can be plotted with a
sensible domain is plotted first (y = f(x), its other letters set to values the scene shows); then
the author's formulas in the author's order, each under the prose that leads to it, a formula that
shares terms with the one before growing out of it with its new terms lit. A single equation is
built term by term: solved when it has one unknown of degree 1 or 2, worked out when it holds only
numbers, simplified when it holds letters. """

from __future__ import annotations

import re

from ..latex import single_line, terms
from ..notes import check
from ..odes import values_tex
from ._last_resort import Solution, evaluated, formulas, identity, plottable, solvable
from .common import Ctx, Fn, graph_setup, math_mob, y_window
from .explainer import narration
from .prose import pieces, prose_code, shorten


def _plot(ctx: Ctx, plot) -> None:
    w = ctx.w
    a, b = plot.window
    lo, hi = y_window(plot.code, a, b)
    w.beat(ctx.L("Its graph", "图像"), ctx.L(
        f"First the graph of ${plot.lhs}$ against ${plot.var}${plot.declared(w)}.",
        f"先画出 ${plot.lhs}$ 随 ${plot.var}$ 变化的图像{plot.declared(w)}。"))
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
    """The walkthrough: the author's formulas in the author's order, each under a caption cut from
    the prose that leads to it; a formula that shares terms with the one before grows out of it
    with the new terms lit (a linear system is the `linear_system` family's); one solvable equation is
    solved; a function of one variable with a sensible domain is plotted first."""
    w = ctx.w
    rows = [r for r in formulas(ctx.info) if not _given_value(r)][:MAX_ROWS]
    if not rows:
        rows = [single_line(ctx.formula) or "a = b"]
    parts = terms(rows[0], 6)
    ctx.facts["parts"] = parts
    plot = plottable(ctx.info)
    solution = _solution(ctx.info)
    if solution is not None:
        ctx.facts.update(solution=solution, what=WHAT_SOLVED)
    w.beat(ctx.title, ctx.L("We read the block's formulas in order.", "我们按顺序读这段文字里的公式。")
           if len(rows) > 1 else ctx.L("We read the equation one piece at a time.", "我们一块一块地读这个等式。"))
    w.title(ctx.title)
    w.play("Write(title)", 1)
    if plot is not None:
        _plot(ctx, plot)
    if len(rows) == 1:
        return _single(ctx, rows[0], parts, solution)
    _steps(ctx, rows, captions(ctx.info.concept, rows, 64 if ctx.zh else 110))


def _given_value(row: str) -> bool:
    """A bare number, percentage or unit (``5\\%``, ``30^\\circ``): a value the prose gives, not a formula."""
    bare = re.sub(r"\\(?:%|circ|[,;!]|quad)|\^", "", row)
    return not re.search(r"[A-Za-z=<>\\]", bare)


MAX_ROWS = 5  # more rows than this do not fit one frame readably; the notes carry the rest


def captions(concept: str, rows: list[str], limit: int) -> list[list[tuple[str, str]]]:
    """For each of ``rows`` (formulas of the concept, in order), the prose that leads to it: the
    pieces since the previous row (inline math that is not a row stays in), at most ``limit``
    characters, trailing colons dropped. Shape: one list of ("t"|"m", text) pieces per row."""
    out: list[list[tuple[str, str]]] = [[] for _ in rows]
    run: list[tuple[str, str]] = []
    k = 0
    for kind, s in pieces(concept):
        row = single_line(s) if kind == "m" else None
        if row is not None and k < len(rows) and (row == rows[k] or rows[k] in row):
            out[k] = run
            run, k = [], k + 1
            continue
        run.append((kind, s))
    tidy = []
    for parts in out:
        while parts and parts[-1][0] == "t" and not parts[-1][1].strip(" :：,，;；"):
            parts = parts[:-1]
        if parts and parts[-1][0] == "t":
            parts = parts[:-1] + [("t", parts[-1][1].rstrip(" :：,，;；"))]
        if parts and parts[0][0] == "t":
            parts = [("t", parts[0][1].lstrip(" ,，;；.。"))] + parts[1:]
        tidy.append(shorten([p for p in parts if p[1]], limit) if any(k == "t" and s.strip() for k, s in parts) else [])
    return tidy


def _shared(a: list[str], b: list[str]) -> int:
    return len({t.strip() for t in a} & {t.strip() for t in b})


def _steps(ctx: Ctx, rows: list[str], said: list[list[tuple[str, str]]]) -> None:
    """Each row under its caption; the rows stack down the frame, the newest lit."""
    w = ctx.w
    split = [terms(r, 6) for r in rows]
    checked = any(evaluated(r) is not None for r in rows)  # a verdict beside a row needs room
    w.code(f"rows = VGroup({', '.join(math_mob(p, 58) for p in split)}).arrange(DOWN, buff=0.5)")
    w.fit("rows", 10 if checked else 12, 4.6)
    w.code("rows.move_to(UP * 0.35)")
    for i, row in enumerate(rows):
        caption = said[i]
        grows = i > 0 and _shared(split[i - 1], split[i]) > 0
        new = [j for j, t in enumerate(split[i]) if i and t.strip() not in {u.strip() for u in split[i - 1]}]
        words = narration(caption) if caption else ""
        w.beat(ctx.L(f"Step {i + 1}", f"第 {i + 1} 步"),
               (words + ctx.L(": ", "：") if words else "") + f"${row}$" + (ctx.L(": the lit terms are what changed.", "：亮起的是变化的部分。")
                                                              if grows and new else ""))
        if caption:
            prose_code(w, f"say{i}", caption, 32, 12.0)
            w.fit(f"say{i}", 12.4, 1.3)
            w.code(f"say{i}.to_edge(DOWN, buff=0.5)")
        show = f"FadeIn(say{i}, shift=UP * 0.15)" if caption else ""
        if i and said[i - 1]:
            show = ", ".join(a for a in (f"FadeOut(say{i - 1})", show) if a)
        if i:
            w.play("rows[{0}].animate.set_color(GREY_B)".format(i - 1) + (", " + show if show else ""), 0.6)
            show = ""
        if grows:
            w.play(f"TransformMatchingTex(rows[{i - 1}].copy(), rows[{i}])" + (", " + show if show else ""), 1.4)
            if new:
                w.play(", ".join(f"rows[{i}][{j}].animate.set_color(YELLOW)" for j in new), 0.6)
        else:
            w.play(f"Write(rows[{i}])" + (", " + show if show else ""), 1.2 + 0.1 * len(split[i]))
        values = evaluated(row)
        if values is not None:  # numbers only: say whether it holds, beside the row (no boxes)
            left, right, equal = values
            mark = CHECK_MARK if equal else f"{left} \\ne {right}"
            w.code(f"check{i} = {math_mob(mark, 34, 'GREEN' if equal else 'RED')}"
                   f".next_to(rows[{i}], RIGHT, buff=0.3)")
            w.play(f"FadeIn(check{i})", 0.6)
        w.wait(1.2)
    w.beat(ctx.L("Together", "合起来"), ctx.L("All the steps, in the author's order.", "按原文顺序的全部步骤。"))
    last = len(rows) - 1
    w.play(f"rows[{last}].animate.set_color(WHITE)" + (f", FadeOut(say{last})" if said[last] else ""), 0.6)
    w.play("Circumscribe(rows, color=YELLOW)", 1.4)
    w.wait(1.5)


def _single(ctx: Ctx, tex: str, parts: list[str], solution) -> None:
    """One formula, term by term; solved when it is an equation the slide solves, else what its two
    sides say (worked out when they are numbers, simplified when they hold letters)."""
    w = ctx.w
    eq_index = next((i for i, p in enumerate(parts) if p.lstrip().startswith("=")), None)
    w.code(f"equation = {math_mob(parts, 64)}")
    w.fit("equation", 12, 3)
    w.code("equation.move_to(UP * 0.3)")
    said = captions(ctx.info.concept, [tex], 64 if ctx.zh else 110)[0]
    w.beat(ctx.L("Build it term by term", "逐项写出"), (narration(said) + ctx.L(": ", "：") if said else "") + ctx.L(
        "The terms appear in order: " + ", ".join(f"${p.strip()}$" for p in parts) + ".",
        "各项依次出现：" + "，".join(f"${p.strip()}$" for p in parts) + "。"))
    colors = ["BLUE", "TEAL", "GREEN", "YELLOW", "BLUE", "TEAL"]
    for i, p in enumerate(parts):
        color = "WHITE" if p.lstrip().startswith("=") else colors[i % len(colors)]
        w.code(f"equation[{i}].set_color({color})")
    if said:
        prose_code(w, "say", said, 32, 12.0)
        w.fit("say", 12.4, 1.3)
        w.code("say.to_edge(DOWN, buff=0.45)")
        w.play("FadeIn(say, shift=UP * 0.15)", 0.8)
    for i, p in enumerate(parts):
        w.play(f"Write(equation[{i}])", 0.8 if len(parts) <= 4 else 0.6)
    if said:
        w.play("FadeOut(say)", 0.5)
    if solution is not None:
        return _solve(ctx, solution, None)
    if eq_index is None or eq_index == 0:
        w.play("Circumscribe(equation, color=YELLOW)", 1.5)
        return w.wait(1.5)
    values = evaluated(tex)
    ctx.facts["values"] = values
    said_kind = identity(tex) if values is None else None
    ctx.facts["identity"] = said_kind
    if said_kind is not None:  # letters on both sides: what the equation says for every value of them
        kind, form = said_kind
        if kind == "identity":
            w.beat(ctx.L("The same expression", "同一个表达式"), ctx.L(
                f"Worked out, both sides are ${form}$: they agree for every value of the letters, so this is an identity.",
                f"化简后两边都是 ${form}$：对字母的任何取值都相等，这是一个恒等式。"))
            line = (r"\text{" + ctx.L("both sides", "两边") + "} = " + form) if not ctx.zh else form
        elif kind == "never":
            w.beat(ctx.L("The sides differ", "两边不相等"), ctx.L(
                f"The left side minus the right side is ${form}$ whatever the letters are: the two sides are never equal, so the equation is false as written.",
                f"左边减右边恒等于 ${form}$：两边永远不相等，这个等式按原样不成立。"))
            line = r"\text{LHS} - \text{RHS} = " + form
        else:
            w.beat(ctx.L("When the sides agree", "两边何时相等"), ctx.L(
                f"The left side minus the right side is ${form}$: the two sides are equal only when ${form} = 0$, not for every value.",
                f"左边减右边等于 ${form}$：只有当 ${form} = 0$ 时两边才相等，并非恒等。"))
            line = form + " = 0"
        color = "GREEN" if kind == "identity" else "RED" if kind == "never" else "YELLOW"
    elif values is None:
        w.beat(ctx.L("The whole statement", "完整的结论"), ctx.L("Read together, the pieces make one statement.",
                                                              "合在一起，就是一句完整的数学陈述。"))
        w.play("Circumscribe(equation, color=YELLOW)", 1.5)
        return w.wait(1.5)
    else:  # numbers only: work both sides out, and say whether the statement is true
        left, right, equal = values
        w.beat(ctx.L("Work out both sides", "两边分别计算"), ctx.L(
            f"The left side is ${left}$ and the right side is ${right}$: " +
            ("they are equal, so the statement holds." if equal else "they differ, so this equation is false."),
            f"左边等于 ${left}$，右边等于 ${right}$：" + ("两者相等，等式成立。" if equal else "两者不相等，这个等式不成立。")))
        line = f"{left} = {right}" + CHECK_MARK if equal else f"{left} \\ne {right}"
        color = "GREEN" if equal else "RED"
    w.code(f"verdict = {math_mob(line, 40, color)}.next_to(equation, DOWN, buff=0.7)")
    w.fit("verdict", 12, 1.2)
    w.play("FadeIn(verdict, shift=UP * 0.2)", 1)
    false = (values is not None and not values[2]) or (said_kind or ("",))[0] == "never"
    w.play(f"Circumscribe(equation, color={'RED' if false else 'YELLOW'})", 1.5)
    w.wait(1.5)


def _solution(info) -> Solution | None:
    """The block's first formula solved, when nothing is plotted and it is an equation the slide solves."""
    rows = formulas(info)
    found = solvable(info) if rows and plottable(info) is None else None
    return found if found is not None and found.row == rows[0] else None


def title_for(info) -> tuple[str, str] | None:
    """The default title when the block has none (see notes.default_title)."""
    return ("Solving an Equation", "解方程") if _solution(info) is not None else None


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


WHAT_SOLVED = ("Solving an equation finds the values of the unknown that make both sides equal. Doing the same "
               "operation to both sides keeps them equal, so each step is an equivalent equation, until the unknown "
               "stands alone; putting the value back in checks it.",
               "解方程就是求出使两边相等的未知数的值。两边做同样的运算，等式仍然成立，所以每一步都是同解方程，"
               "直到未知数单独留在一边；把求得的值代回原方程即可检验。")


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
