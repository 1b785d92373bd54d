"""equation: the generic last resort. What can be plotted is plotted first (y = f(x) with its other
letters set to values the scene shows); then the formula is built up term by term, each side is
highlighted, and every other formula of the block is shown with it."""

from __future__ import annotations

import re

from ..latex import split_rows, single_line, terms
from ..notes import check
from ..odes import values_tex
from ._last_resort import plottable
from .common import Ctx, Fn, graph_setup, math_mob, text_mob, y_window


def formulas(info) -> list[str]:
    """Every formula of the block, one row each (a system's rows apart), in order."""
    out = []
    for block in info.display or info.blocks:
        block = re.sub(r"\\(?:begin|end)\{(?:cases|aligned|array|gathered|split)\}(?:\{[^}]*\})?|\\left\\\{", " ", block)
        for row in split_rows(block) or [block]:
            row = single_line(row)
            if row and row not in out:
                out.append(row)
    return out


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
    plot = plottable(ctx.info)
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
    if eq_index is not None and 0 < eq_index:
        w.beat(ctx.L("Both sides agree", "两边相等"), ctx.L("The left side and the right side name the same quantity.",
                                                         "左边和右边表示同一个量。"))
        w.code(
            f"lhs = VGroup(*equation[:{eq_index}])",
            f"rhs = VGroup(*equation[{eq_index}:])",
            f"lhs_label = {text_mob(ctx.L('left side', '左边'), 26, 'GREY_A')}.next_to(lhs, DOWN, buff=0.5)",
            f"rhs_label = {text_mob(ctx.L('right side', '右边'), 26, 'GREY_A')}.next_to(rhs, UP, buff=0.5)",
        )
        w.play("Create(SurroundingRectangle(lhs, color=BLUE)), FadeIn(lhs_label)", 1)
        w.play("Create(SurroundingRectangle(rhs, color=GREEN)), FadeIn(rhs_label)", 1)
    if others:
        w.beat(ctx.L("With the rest of the block", "连同其余公式"), ctx.L(
            "It goes with " + ", ".join(f"${r}$" for r in others) + ".", "它与 " + "，".join(f"${r}$" for r in others) + " 一起成立。"))
        w.play("FadeIn(others, shift=UP * 0.2)", 1)
    w.beat(ctx.L("The whole statement", "完整的结论"), ctx.L("Read together, the pieces make one statement.", "合在一起，就是一句完整的数学陈述。"))
    w.play("Circumscribe(equation, color=YELLOW)", 1.5)
    w.wait(1.5)


@check("equation")
def _check(f):
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
