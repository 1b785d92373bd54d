"""equation: the formula is built up term by term, then each side is highlighted."""

from __future__ import annotations

from ..latex import single_line, terms
from ..notes import check
from .common import Ctx, math_mob, text_mob


def build(ctx: Ctx) -> None:
    w = ctx.w
    tex = single_line(ctx.formula) or "a = b"
    parts = terms(tex, 6)
    eq_index = next((i for i, p in enumerate(parts) if p.lstrip().startswith("=")), None)
    ctx.facts["parts"] = parts
    w.beat(ctx.title, ctx.L("We read the equation one piece at a time.", "我们一块一块地读这个等式。"))
    w.title(ctx.title)
    w.code(f"equation = {math_mob(parts, 64)}")
    w.fit("equation", 12, 3)
    w.code("equation.move_to(UP * 0.3)")
    w.play("Write(title)", 1)
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
