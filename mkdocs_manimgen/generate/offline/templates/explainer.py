"""explainer: a clean titled formula with the block's prose (and its inline math) as a caption."""

from __future__ import annotations

import re

from ..latex import single_line, split_top
from .common import Ctx, math_mob
from .prose import pieces, prose_code, shorten


def _caption_parts(ctx: Ctx, shown: list[str]) -> list[tuple[str, str]]:
    """The concept's sentence with its math in place; a long formula shown above is named by its
    left side (``A = (matrix)`` -> ``A``: "the inverse of A is ...", not "the inverse of is ...");
    one without a name is left out."""
    parts = []
    for kind, s in pieces(ctx.info.concept):
        if kind == "m" and s in shown and len(s) > 40:
            left = split_top(s, "=")
            if len(left) > 1 and len(left[0].strip()) <= 12:
                parts.append(("m", left[0].strip()))
            continue
        parts.append((kind, s))
    while parts and parts[-1][0] == "t" and not parts[-1][1].strip(" :：,，"):
        parts.pop()
    if parts and parts[-1][0] == "t":
        parts[-1] = ("t", parts[-1][1].rstrip(" :：,，"))
    parts = shorten(parts, 75 if ctx.zh else 170)
    return [(kind, _LONG_WORD.sub(lambda m: m.group(0)[:_WORD] + "…", s) if kind == "t" else s) for kind, s in parts]


_WORD = 30  # a word longer than this (a pasted run of digits) is cut: Pango renders it short of glyphs
_LONG_WORD = re.compile(r"[^\s\u3000-\u9fff\uff00-\uffef]{%d,}" % (_WORD + 1))  # not CJK: it has no spaces


def narration(parts: list[tuple[str, str]]) -> str:
    """Markdown for the storyboard: prose with its math as $...$ (no holes)."""
    return "".join(f"${s}$" if kind == "m" else s for kind, s in parts).strip()[:300]


def build(ctx: Ctx) -> None:
    w = ctx.w
    info = ctx.info
    # Display math is the formula to show big.  Inline bits (``x``, ``\frac{\sin x}{x}``) are
    # not stacked on their own any more (one above the other they read as a tall fraction):
    # they stay in the sentence; only an inline equation is also shown big.
    formulas = info.display[:2]
    if not formulas and info.blocks:
        main = max(info.blocks, key=len)
        if "=" in main and len(main) >= 5:
            formulas = [main]
    parts = _caption_parts(ctx, formulas)
    has_text = any(kind == "t" and s.strip(" .。…") for kind, s in parts)
    w.beat(ctx.title, ctx.L("The idea in one line.", "用一句话说清这个概念。"))
    w.title(ctx.title)
    w.play("Write(title)", 1)
    if formulas:
        w.beat(ctx.L("The formula", "公式"), ctx.L(f"The key formula: ${single_line(formulas[0])}$.", f"关键公式：${single_line(formulas[0])}$。"))
        w.code(f"formulas = VGroup({', '.join(math_mob(single_line(f), 48) for f in formulas)}).arrange(DOWN, buff=0.5)")
        w.fit("formulas", 12, 3.2)
        w.code("formulas.move_to(UP * 0.6)")
        w.play("Write(formulas)", 2)
        w.play("Circumscribe(formulas[0], color=YELLOW)", 1.2)
    if has_text:
        w.beat(ctx.L("What it means", "含义"), narration(parts))
        prose_code(w, "caption", parts, 30 if formulas else 36)
        w.fit("caption", 12.4, 2.2 if formulas else 4)
        w.code("caption.to_edge(DOWN, buff=0.6)" if formulas else "caption.move_to(DOWN * 0.2)")
        w.play("FadeIn(caption, shift=UP * 0.2)", 1.6)
        if not formulas:
            w.play("Circumscribe(caption, color=YELLOW)", 1.6)
    w.wait(2 if formulas else 3)


# -- recognition (see families.py)
GENERIC = True
