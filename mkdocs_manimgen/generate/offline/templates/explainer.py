"""explainer: a clean titled formula with the block's prose as a caption."""

from __future__ import annotations

import textwrap

from ..latex import single_line
from .common import Ctx, math_mob, text_mob


def build(ctx: Ctx) -> None:
    w = ctx.w
    formulas = (ctx.info.display or ctx.info.blocks)[:2]
    prose = ctx.info.prose.strip()
    w.beat(ctx.title, ctx.L("The idea in one line.", "用一句话说清这个概念。"))
    w.title(ctx.title)
    w.play("Write(title)", 1)
    if formulas:
        w.beat(ctx.L("The formula", "公式"), ctx.L(f"The key formula: ${single_line(formulas[0])}$.", f"关键公式：${single_line(formulas[0])}$。"))
        w.code(f"formulas = VGroup({', '.join(math_mob(f, 48) for f in formulas)}).arrange(DOWN, buff=0.5)")
        w.fit("formulas", 12, 3.2)
        w.code("formulas.move_to(UP * 0.4)")
        w.play("Write(formulas)", 2)
        w.play("Circumscribe(formulas[0], color=YELLOW)", 1.2)
    if prose:
        width = 26 if ctx.zh else 60
        lines = textwrap.wrap(prose, width)[:3]
        if len(textwrap.wrap(prose, width)) > 3:
            lines[-1] = lines[-1][: width - 1] + "…"
        w.beat(ctx.L("What it means", "含义"), prose[:200])
        w.code(f"caption = VGroup({', '.join(text_mob(l, 28 if formulas else 36, 'GREY_A') for l in lines)}).arrange(DOWN, buff=0.15)")
        w.fit("caption", 12, 2)
        w.code("caption.to_edge(DOWN, buff=0.6)" if formulas else "caption.move_to(ORIGIN)")
        w.play("FadeIn(caption, shift=UP * 0.2)", 1.5)
        if not formulas:
            w.play("Circumscribe(caption, color=YELLOW)", 1.6)
    w.wait(2 if formulas else 3)
