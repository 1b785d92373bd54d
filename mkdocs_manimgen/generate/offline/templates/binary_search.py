"""binary_search: the author's sorted list and target; each probe halves the range still in play.

The probes are computed at design time (lo, hi, mid per step) and written into the scene.
"""

from __future__ import annotations

import math
import re

from ..families import no_formula
from ..given import assigned, number_list
from ..notes import check
from .common import Ctx, fmt, formula_corner, text_mob

TITLE = ("Binary Search", "二分查找")
WHAT = ("Binary search looks for a value in a sorted list by comparing it with the middle entry and keeping only the half "
        "that can still contain it; a list of $n$ entries needs at most $\\lfloor\\log_2 n\\rfloor + 1$ comparisons.",
        "二分查找在有序列表中找一个值：每次与中间的元素比较，只保留可能包含它的那一半；$n$ 个元素最多比较 "
        "$\\lfloor\\log_2 n\\rfloor + 1$ 次。")
PRIORITY = 72
KEYWORDS = (r"binary\s+search(?!\s+trees?)", r"二分查找", r"二分搜索", r"折半查找", r"bisection\s+search")
EXAMPLE = ([2.0, 5.0, 8.0, 12.0, 16.0, 23.0, 38.0, 56.0, 72.0, 91.0], 23.0)


def needs(info):
    """(sorted list, target): the author's list of 4 to 16 numbers (sorted here if it was not) and target."""
    if re.search(r"\b(?:lo|hi|low|high|left|right)\s*=\s*mid\s*[+-]|\bwhile\s+(?:lo|low|left)\s*<", info.concept):
        return None  # the author's own loop (its bounds, its updates) is what the block asks to trace: not our search
    if no_formula(info):
        return EXAMPLE
    values = number_list(info)
    if values is None or len(values) > 16:
        return None
    given = assigned(info, ("x", "t", "target", "k", "v"))
    target = next(iter(given.values()), None)
    if target is None:
        m = re.search(r"(?:target|find|search\s+for|查找|找)\D{0,12}?(-?\d+(?:\.\d+)?)", info.concept, re.I)
        target = float(m.group(1)) if m else None
    if target is None:
        return None
    return sorted(values), float(target)


def probes(values: list[float], target: float) -> list[tuple[int, int, int]]:
    lo, hi, out = 0, len(values) - 1, []
    while lo <= hi:
        mid = (lo + hi) // 2
        out.append((lo, hi, mid))
        if values[mid] == target:
            break
        lo, hi = (mid + 1, hi) if values[mid] < target else (lo, mid - 1)
    return out


def build(ctx: Ctx) -> None:
    w = ctx.w
    values, target = needs(ctx.info) or EXAMPLE
    steps = probes(values, target)
    found = values[steps[-1][2]] == target
    n = len(values)
    ctx.facts.update(n=n, target=target, steps=len(steps), found=found)
    T = fmt(target)
    lead = ctx.L("For instance, l", "例如，") if not ctx.info.blocks else ctx.L("L", "")
    w.beat(ctx.title, ctx.L(f"{lead}ook for ${T}$ in the sorted list of {n} numbers.", f"{lead}在 {n} 个数的有序列表中查找 ${T}$。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 80 else rf"\text{{target}} = {T}")
    cell = min(1.0, 12.5 / n)
    w.code(
        f"values = [{', '.join(fmt(v) for v in values)}]",
        f"cell = {fmt(cell, 3)}",
        "boxes = VGroup(*[Square(side_length=cell * 0.9, color=BLUE, fill_opacity=0.25) for _ in values]).arrange(RIGHT, buff=cell * 0.1)",
        "boxes.move_to(DOWN * 0.2)",
        f"labels = VGroup(*[MathTex(str(v), font_size={34 if n <= 10 else 26}).move_to(b) for v, b in zip(values, boxes)])",
        "indices = VGroup(*[MathTex(str(i), font_size=22, color=GREY_B).next_to(b, DOWN, buff=0.12) for i, b in enumerate(boxes)])",
        f"steps = {steps}  # (lo, hi, mid) of each probe",
        "def bracket(lo, hi):",
        "    return SurroundingRectangle(VGroup(*boxes[lo:hi + 1]), color=YELLOW, buff=0.08)",
        "def pointer(mid):",
        "    return Arrow(boxes[mid].get_top() + UP * 0.9, boxes[mid].get_top() + UP * 0.1, buff=0, color=ORANGE)",
        f"log = {text_mob('', 28)}.to_edge(DOWN, buff=0.6)",
        "window = bracket(*steps[0][:2])",
        "arrow = pointer(steps[0][2])",
    )
    w.play("Write(title), FadeIn(formula), FadeIn(boxes), FadeIn(labels), FadeIn(indices)", 1.4)
    w.beat(ctx.L("Probe the middle", "比较中间的数"),
           ctx.L(f"Compare ${T}$ with the middle entry and keep the half that can still hold it: {len(steps)} probes in all.",
                 f"把 ${T}$ 与中间的数比较，只保留可能包含它的一半：一共比较 {len(steps)} 次。"))
    w.play("Create(window), GrowArrow(arrow)", 1)
    for k, (lo, hi, mid) in enumerate(steps):
        v = values[mid]
        verdict = (ctx.L(f"{fmt(v)} = {T}: found at index {mid}", f"{fmt(v)} = {T}：在下标 {mid} 处找到") if v == target else
                   ctx.L(f"{fmt(v)} < {T}: keep the right half", f"{fmt(v)} < {T}：保留右半边") if v < target else
                   ctx.L(f"{fmt(v)} > {T}: keep the left half", f"{fmt(v)} > {T}：保留左半边"))
        w.code(f"log_{k} = {text_mob(verdict, 28)}.to_edge(DOWN, buff=0.6)")
        moves = [f"FadeTransform(log, log_{k})" if k else f"FadeIn(log_{k})"]
        if k:
            moves += [f"Transform(window, bracket({lo}, {hi}))", f"Transform(arrow, pointer({mid}))"]
        w.play(", ".join(moves), 0.8)
        w.code(f"log = log_{k}")
        if v != target:
            keep = (mid + 1, hi) if v < target else (lo, mid - 1)
            w.code(f"dimmed_{k} = VGroup(*[VGroup(boxes[i], labels[i]) for i in range({n}) if not ({keep[0]} <= i <= {keep[1]})])")
            w.play(f"dimmed_{k}.animate.set_opacity(0.25)", 0.6)
        else:
            w.play(f"boxes[{mid}].animate.set_fill(GREEN, opacity=0.8), Indicate(labels[{mid}])", 0.8)
    if not found:
        w.beat(ctx.L("Not in the list", "不在列表中"), ctx.L(f"The range is empty: ${T}$ is not in the list.", f"范围为空：${T}$ 不在列表中。"))
        w.code(f"log_end = {text_mob(ctx.L(f'The range is empty: {T} is not in the list', f'范围为空：{T} 不在列表中'), 28, 'YELLOW')}.to_edge(DOWN, buff=0.6)")
        w.play("FadeOut(window), FadeTransform(log, log_end)", 0.8)
    else:
        w.beat(ctx.L("Found", "找到了"),
               ctx.L(f"Found after {len(steps)} comparisons; {n} entries never need more than {int(math.log2(n)) + 1}.",
                     f"比较 {len(steps)} 次就找到了；{n} 个元素最多只需比较 {int(math.log2(n)) + 1} 次。"))
    w.wait(max(1.4, 6.6 - w.t))  # a first-probe hit is short: hold the result


@check("binary_search")
def _check(f):
    n = f["n"]
    big = 1000
    return (f"At most how many comparisons does binary search need in a sorted list of {big} numbers?",
            f"在 {big} 个数的有序列表中，二分查找最多需要比较几次？",
            f"$\\lfloor\\log_2 {big}\\rfloor + 1 = 10$: each comparison halves the range ({n} entries needed at most {int(math.log2(n)) + 1}).",
            f"$\\lfloor\\log_2 {big}\\rfloor + 1 = 10$：每次比较把范围减半（{n} 个元素最多 {int(math.log2(n)) + 1} 次）。")
