"""sorting: the author's list as bars, sorted by the algorithm the block names (bubble, insertion or
selection sort; bubble by default), one swap at a time. The swaps are computed at design time.
"""

from __future__ import annotations

import re

from ..families import no_formula
from ..given import number_list
from ..notes import check
from .common import Ctx, fmt, formula_corner, text_mob

TITLE = ("Sorting Step by Step", "排序算法的过程")
WHAT = ("A comparison sort puts a list in order by comparing and swapping entries. Bubble sort swaps neighbours that are out "
        "of order, pass after pass; insertion sort slides each new entry left into place; selection sort swaps the smallest "
        "remaining entry to the front. Each needs about $n^2/2$ comparisons for $n$ entries.",
        "比较排序通过比较和交换把列表排好。冒泡排序一趟趟交换相邻的逆序对；插入排序把每个新元素向左插到合适位置；"
        "选择排序把剩下的最小元素换到前面。$n$ 个元素大约需要 $n^2/2$ 次比较。")
PRIORITY = 73
KEYWORDS = (r"bubble\s+sort", r"insertion\s+sort", r"selection\s+sort", r"sorting\s+algorithm", r"\bsort(ing)?\b.*\blist",
            r"冒泡排序", r"插入排序", r"选择排序", r"排序算法", r"排序")
EXAMPLE = [5.0, 2.0, 8.0, 1.0, 9.0, 3.0]
MAX_SWAPS = 30


def needs(info):
    """The author's list of 4 to 12 numbers whose sort needs at most 30 swaps."""
    if no_formula(info):
        return EXAMPLE
    values = number_list(info)
    if values is None or len(values) > 12 or len(swaps(values, method(info))) > MAX_SWAPS:
        return None
    return values


def method(info) -> str:
    prose = info.prose
    if re.search(r"insertion|插入", prose, re.I):
        return "insertion"
    if re.search(r"selection|选择", prose, re.I):
        return "selection"
    return "bubble"


def swaps(values: list[float], how: str) -> list[tuple[int, int]]:
    """Positions swapped, in order."""
    a, out = list(values), []
    n = len(a)
    if how == "selection":
        for i in range(n - 1):
            j = min(range(i, n), key=lambda k: (a[k], k))
            if j != i:
                a[i], a[j] = a[j], a[i]
                out.append((i, j))
    elif how == "insertion":
        for i in range(1, n):
            j = i
            while j > 0 and a[j - 1] > a[j]:
                a[j - 1], a[j] = a[j], a[j - 1]
                out.append((j - 1, j))
                j -= 1
    else:
        for end in range(n - 1, 0, -1):
            for j in range(end):
                if a[j] > a[j + 1]:
                    a[j], a[j + 1] = a[j + 1], a[j]
                    out.append((j, j + 1))
    return out


def build(ctx: Ctx) -> None:
    w = ctx.w
    values = needs(ctx.info) or EXAMPLE
    how = method(ctx.info)
    steps = swaps(values, how)
    ctx.facts.update(values=values, how=how, swaps=len(steps))
    names = {"bubble": ("Bubble sort", "冒泡排序"), "insertion": ("Insertion sort", "插入排序"), "selection": ("Selection sort", "选择排序")}[how]
    lead = ctx.L("For instance, s", "例如，") if no_formula(ctx.info) else ctx.L("S", "")
    shown = ", ".join(fmt(v) for v in values)
    w.beat(ctx.title, ctx.L(f"{lead}ort the list ${shown}$ with {names[0].lower()}.", f"{lead}用{names[1]}把 ${shown}$ 排好序。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 80 else shown)
    top = max(abs(v) for v in values) or 1
    n = len(values)
    w.code(
        f"values = [{shown}]",
        f"gap = {fmt(min(1.1, 11.5 / n), 3)}",
        f"def bar(v):",
        f"    return VGroup(Rectangle(width=gap * 0.7, height=max(3.6 * abs(v) / {fmt(top)}, 0.05), fill_color=BLUE, fill_opacity=0.8,",
        "                            stroke_color=WHITE, stroke_width=1),",
        f"                  MathTex(str(v), font_size={30 if n <= 8 else 24}))",
        "bars = VGroup(*[bar(v) for v in values])",
        "for k, b in enumerate(bars):",
        "    b[0].move_to(np.array([(k - (len(values) - 1) / 2) * gap, -3.1, 0]), aligned_edge=DOWN)",
        "    b[1].next_to(b[0], DOWN, buff=0.1)",
        f"counter = VGroup({text_mob(ctx.L('swaps:', '交换次数：'), 28)}, Integer(0, font_size=32)).arrange(RIGHT).to_corner(UR, buff=0.5).shift(DOWN * 0.9)",
    )
    w.play("Write(title), FadeIn(formula), LaggedStart(*[FadeIn(b, shift=UP * 0.2) for b in bars], lag_ratio=0.1), FadeIn(counter)", 1.6)
    rule = {"bubble": ctx.L("Neighbours out of order swap places; after each pass the largest remaining value has bubbled to the end.",
                            "相邻两个逆序就交换；每一趟后剩下的最大值“冒”到末尾。"),
            "insertion": ctx.L("Each new entry slides left past every larger one until it is in place.",
                               "每个新元素向左越过所有比它大的元素，直到放到合适的位置。"),
            "selection": ctx.L("The smallest remaining value is swapped to the front of the unsorted part.",
                               "把未排序部分中最小的值交换到它的最前面。")}[how]
    w.beat(ctx.L(names[0], names[1]), ctx.L(f"{rule} This list needs {len(steps)} swaps.", f"{rule}这个列表需要交换 {len(steps)} 次。"))
    where = list(range(n))  # where[p] = index of the bar now at position p
    rt = 0.6 if len(steps) <= 10 else 0.4 if len(steps) <= 20 else 0.2
    for count, (p, q) in enumerate(steps, 1):
        i, j = where[p], where[q]
        # horizontal moves only: the bars keep standing on the base line
        w.play(f"bars[{i}].animate.shift(RIGHT * gap * {q - p}), bars[{j}].animate.shift(LEFT * gap * {q - p}), "
               f"ChangeDecimalToValue(counter[1], {count})", rt)  # not .animate: a new digit (9 -> 10) breaks the morph
        where[p], where[q] = j, i
    done = sorted(values)
    w.beat(ctx.L("Sorted", "排好了"), ctx.L(f"The list is in order: ${', '.join(fmt(v) for v in done)}$.", f"列表已经有序：${', '.join(fmt(v) for v in done)}$。"))
    w.play("*[b[0].animate.set_fill(GREEN) for b in bars]", 1)
    w.wait(max(1.2, 6.4 - w.t))


@check("sorting")
def _check(f):
    n = len(f["values"])
    return (f"In the worst case, how many swaps does bubble sort need for {n} entries?", f"{n} 个元素时，冒泡排序最坏需要交换多少次？",
            f"$\\frac{{{n}({n}-1)}}{{2}} = {n * (n - 1) // 2}$, when the list starts in reverse order (every pair is out of order).",
            f"$\\frac{{{n}({n}-1)}}{{2}} = {n * (n - 1) // 2}$，即列表完全逆序时（每一对都是逆序）。")
