"""recursion_tree: a divide-and-conquer recursion drawn as its tree, from the author's own data.

Merge sort on the author's list: the list splits into halves row by row down to single entries, then
sorted halves merge back, each merge row with the comparisons it made (computed at design time,
:mod:`..recursion`). A recurrence T(n) = aT(n/b) + f(n) (f a constant or a power of n): the first levels
of its tree with each node's cost and each level's sum, the number of levels and leaves, and the total
the level sums give (the master theorem's three cases, read from the ratio a/b^k of consecutive levels).
"""

from __future__ import annotations

import math
import re

from ..latex import fmt
from ..notes import check
from ..parts.tree import Group, tree_rows
from ..recursion import MERGE_WORDS, MergeSort, Recurrence, read_merge_sort, read_recurrence
from .common import Ctx, formula_corner, text_mob

TITLE = ("A Recursion Tree", "递归树")
WHAT = ("A divide-and-conquer algorithm splits a problem into sub-problems, solves them recursively and combines the "
        "answers. Its recursion tree has one row per depth; summing each row's cost and adding the rows gives the running "
        "time (for merge sort, $\\log_2 n$ rows of at most $n$ comparisons each: $O(n \\log n)$).",
        "分治算法把问题拆成子问题，递归求解后合并。递归树每一层对应一个深度；把每层的代价加起来再对各层求和就得到运行时间"
        "（归并排序有 $\\log_2 n$ 层，每层至多 $n$ 次比较：$O(n \\log n)$）。")
PRIORITY = 70
KEYWORDS = (MERGE_WORDS, r"recursion\s+tree", r"递归树", r"divide[- ]and[- ]conquer", r"分治", r"master\s+theorem", r"主定理",
            r"recurrence")
TEX_PATTERNS = (r"T\s*\(\s*n\s*\)\s*=\s*\d*\s*T\s*\(",)


def needs(info) -> MergeSort | Recurrence | None:
    """Merge sort with the author's list, or the author's recurrence (see :mod:`..recursion`)."""
    return read_merge_sort(info) or _recurrence(info)


def _recurrence(info) -> Recurrence | None:
    rec = read_recurrence(info)
    return rec if rec is not None and stated_agrees(info, rec) else None


def build(ctx: Ctx) -> None:
    found = needs(ctx.info)
    assert found is not None, "recursion_tree drawn without a recursion"
    if isinstance(found, MergeSort):
        _merge_sort(ctx, found)
    else:
        _recurrence_tree(ctx, found)


def _merge_sort(ctx: Ctx, m: MergeSort) -> None:
    w = ctx.w
    n, depth = len(m.values), len(m.splits) - 1
    shown = ", ".join(fmt(v) for v in m.values)
    total, bound = sum(m.comparisons), n * depth
    ctx.facts.update(kind="merge", n=n, depth=depth, comparisons=m.comparisons, result=m.result)
    w.beat(ctx.title, ctx.L(f"Merge sort on $[{shown}]$: split the list in halves until single entries remain.",
                            f"对 $[{shown}]$ 做归并排序：把列表对半拆分，直到只剩单个元素。"))
    w.title(ctx.title)
    rows = [[Group(s, tuple(fmt(v) for v in vals)) for s, vals in level] for level in m.splits + m.merges]
    colors = ["BLUE_E"] * len(m.splits) + ["GREEN_E"] * len(m.merges)
    tree_rows(w, rows, top=2.55, bottom=-3.45, colors=colors)
    w.code(f"split_note = {text_mob(ctx.L('split', '拆分'), 24, 'BLUE_B')}.next_to(row0, LEFT, buff=0.4)",
           f"merge_note = {text_mob(ctx.L('merge', '合并'), 24, 'GREEN_B')}.next_to(row{len(rows) - 1}, LEFT, buff=0.4)")
    w.play("Write(title), FadeIn(row0), FadeIn(split_note)", 1.2)
    for k in range(1, depth + 1):
        w.play(f"FadeIn(row{k}, shift=DOWN * 0.25)", 0.8)
    counts = ", ".join(str(c) for c in m.comparisons)
    w.beat(ctx.L("Merge back up", "逐层合并"),
           ctx.L(f"Sorted halves merge row by row; the merges make {counts} comparisons per row, never more than $n = {n}$.",
                 f"有序的两半逐层合并；每层合并的比较次数依次为 {counts}，都不超过 $n = {n}$。"))
    for j, c in enumerate(m.comparisons):
        k = depth + 1 + j
        w.code(f'count{j} = MathTex(r"{c}", font_size=26, color=YELLOW).next_to(row{k}, RIGHT, buff=0.4)')
        w.play(f"FadeIn(row{k}, shift=DOWN * 0.25), FadeIn(count{j})" + (", FadeIn(merge_note)" if j == len(m.comparisons) - 1 else ""), 0.9)
    w.beat(ctx.L("Sorted", "排好了"),
           ctx.L(f"{depth} rows of merging with {total} comparisons in all, within $n \\lceil\\log_2 n\\rceil = {bound}$: "
                 f"the list is $[{', '.join(fmt(v) for v in m.result)}]$.",
                 f"共 {depth} 层合并、{total} 次比较，不超过 $n \\lceil\\log_2 n\\rceil = {bound}$；结果为 $[{', '.join(fmt(v) for v in m.result)}]$。"))
    w.code(f'summary = MathTex(r"\\text{{{ctx.L("comparisons", "comparisons")}: }} {total} \\le {n} \\cdot {depth} = {bound}", font_size=30)'
           ".to_corner(UR, buff=0.4).shift(DOWN * 0.55)")
    w.play(f"Indicate(row{len(rows) - 1}, color=YELLOW), Write(summary)", 1.4)
    w.wait(1.4)


def _cost_tex(rec: Recurrence, i: int) -> str:
    """One node's cost at depth i: c (n / b^i)^k."""
    c = "" if rec.c == 1 else fmt(rec.c)
    if rec.k == 0:
        return fmt(rec.c)
    size = "n" if i == 0 else f"n/{rec.b ** i}"
    power = "" if rec.k == 1 else f"^{{{fmt(rec.k)}}}"
    return f"{c}{size}{power}" if i == 0 or rec.k == 1 else f"{c}({size}){power}"


def _level_tex(rec: Recurrence, i: int) -> str:
    """Depth i's total: a^i c (n/b^i)^k = c n^k (a/b^k)^i."""
    nodes = rec.a ** i
    if rec.k == 0:
        return f"{fmt(nodes * rec.c)}"
    c = "" if rec.c == 1 else fmt(rec.c)
    nk = "n" if rec.k == 1 else f"n^{{{fmt(rec.k)}}}"
    if abs(rec.ratio - 1) < 1e-12 or i == 0:
        factor = ""
    elif float(rec.ratio).is_integer():
        factor = fmt(rec.ratio ** i)
    else:  # a / b^k as a fraction, to the power i
        factor = _frac(rec.a, rec.b ** rec.k) if i == 1 else f"\\left({_frac(rec.a, rec.b ** rec.k)}\\right)^{{{i}}}"
    return f"{factor}{c}{nk}" if factor else f"{c}{nk}"


def _frac(p: float, q: float) -> str:
    return f"\\frac{{{fmt(p)}}}{{{fmt(q)}}}"


def solution_tex(rec: Recurrence) -> str:
    """Theta of the total the level sums give: geometric with ratio a/b^k."""
    nk = "1" if rec.k == 0 else "n" if rec.k == 1 else f"n^{{{fmt(rec.k)}}}"
    if abs(rec.ratio - 1) < 1e-12:
        return f"\\Theta(\\log n)" if rec.k == 0 else f"\\Theta({nk} \\log n)"
    if rec.ratio < 1:
        return f"\\Theta({nk})"
    e = math.log(rec.a, rec.b)
    return f"\\Theta(n^{{{fmt(e)}}})" if abs(e - round(e)) < 1e-12 else f"\\Theta(n^{{\\log_{{{rec.b}}} {rec.a}}})"


def _solution_expr(rec: Recurrence):
    import sympy as sp

    n = sp.Symbol("n", positive=True)
    if abs(rec.ratio - 1) < 1e-12:
        return n ** sp.nsimplify(rec.k) * sp.log(n)
    if rec.ratio < 1:
        return n ** sp.nsimplify(rec.k)
    return n ** (sp.log(rec.a) / sp.log(rec.b))


def stated_agrees(info, rec: Recurrence) -> bool:
    """A solution the block states (``T(n) = \\Theta(...)``, ``O(...)``) must be the level sums' total: Theta
    up to a constant factor, O at least as large. True when it states none; False when unreadable."""
    import sympy as sp

    from ..symbolic import parse

    for block in info.blocks:
        for m in re.finditer(r"=\s*(\\Theta|O|\\mathcal\{O\})\s*\((.+?)\)\s*(?:[,;.]|$|\\quad)", block):
            expr = parse(m.group(2).replace("\\lg", "\\log"))
            try:
                n = sp.Symbol("n", positive=True)
                stated = expr.subs({s: n for s in expr.free_symbols})
                ratio = sp.limit(_solution_expr(rec) / stated, n, sp.oo)
            except Exception:  # nothing sympy can compare: not ours to confirm
                return False
            if not (ratio.is_finite and (ratio > 0 if m.group(1) == "\\Theta" else ratio >= 0)):
                return False
    return True


def _recurrence_tree(ctx: Ctx, rec: Recurrence) -> None:
    w = ctx.w
    answer = solution_tex(rec)
    ctx.facts.update(kind="recurrence", a=rec.a, b=rec.b, k=rec.k, ratio=rec.ratio, answer=answer)
    constant = ctx.L(" (up to a constant factor)", "（相差常数倍）") if rec.theta else ""
    w.beat(ctx.title, ctx.L(f"${rec.tex}$: a problem of size $n$ makes {rec.a} sub-problem{'s' if rec.a > 1 else ''} of size "
                            f"$n/{rec.b}$ and does ${_cost_tex(rec, 0)}$ work itself{constant}.",
                            f"${rec.tex}$：规模为 $n$ 的问题产生 {rec.a} 个规模为 $n/{rec.b}$ 的子问题，自身做 ${_cost_tex(rec, 0)}$ 的工作{constant}。"))
    w.title(ctx.title)
    formula_corner(ctx, rec.tex)
    levels = 3
    w.code("def node(label, width):",
           "    return VGroup(RoundedRectangle(width=width, height=0.5, corner_radius=0.08, stroke_color=WHITE, stroke_width=1.5,",
           "                                   fill_color=BLUE_E, fill_opacity=0.85), MathTex(label, font_size=24))",
           "levels, sums, edges = VGroup(), VGroup(), VGroup()")
    for i in range(levels):
        count = rec.a ** i
        drawn = min(count, 9)
        w.code(f"row = VGroup(*[node(r\"{_cost_tex(rec, i)}\", {fmt(min(1.5, 8.0 / drawn), 3)}) for _ in range({drawn})]).arrange(RIGHT, buff={fmt(min(0.3, 2.0 / drawn), 3)})",
               f"row.move_to(LEFT * 1.6 + UP * {fmt(1.2 - 1.25 * i, 3)})",
               *( [f"row.add(MathTex(r\"\\cdots\\,({count})\", font_size=26).next_to(row, RIGHT, buff=0.15))"] if count > drawn else []),
               "levels.add(row)",
               f'sums.add(MathTex(r"{_level_tex(rec, i)}", font_size=30, color=YELLOW).move_to(RIGHT * 5.3 + UP * {fmt(1.2 - 1.25 * i, 3)}))')
        if i:
            w.code("edges.add(VGroup(*[Line(levels[-2][p // " + str(rec.a) + "].get_bottom(), c.get_top(), stroke_width=1.2, color=GREY_B)",
                   f"                       for p, c in enumerate(levels[-1][:{drawn}]) if p // {rec.a} < {min(rec.a ** (i - 1), 9)}]))")
    w.code(f'dots = MathTex(r"\\vdots", font_size=34).move_to(LEFT * 1.6 + UP * {fmt(1.2 - 1.25 * levels + 0.35, 3)})',
           f'sum_head = {text_mob(ctx.L("row total", "每层之和"), 24, "YELLOW")}.next_to(sums[0], UP, buff=0.25)')
    w.play("Write(title), FadeIn(formula), FadeIn(levels[0]), FadeIn(sum_head), Write(sums[0])", 1.4)
    w.beat(ctx.L("Row by row", "逐层求和"),
           ctx.L(f"Depth $i$ has ${rec.a}^i$ nodes of size $n/{rec.b}^i$, so each row costs ${fmt(rec.ratio, 4)}$ times the row above.",
                 f"深度 $i$ 有 ${rec.a}^i$ 个规模为 $n/{rec.b}^i$ 的结点，所以每一层的代价是上一层的 ${fmt(rec.ratio, 4)}$ 倍。"))
    for i in range(1, levels):
        w.play(f"Create(edges[{i - 1}]), FadeIn(levels[{i}], shift=DOWN * 0.2), Write(sums[{i}])", 1.1)
    leaves = math.log(rec.a, rec.b)
    leaves_tex = f"n^{{{fmt(leaves)}}}" if abs(leaves - round(leaves)) < 1e-12 else f"n^{{\\log_{{{rec.b}}} {rec.a}}}"
    w.code(f'leaves = MathTex(r"\\log_{{{rec.b}}} n \\text{{ {ctx.L("levels", "levels")}, }} {rec.a}^{{\\log_{{{rec.b}}} n}} = {leaves_tex} \\text{{ {ctx.L("leaves", "leaves")}}}", font_size=30)'
           ".next_to(dots, DOWN, buff=0.2)")
    how = (ctx.L("every row costs the same, and there are about $\\log n$ rows", "每层代价相同，约有 $\\log n$ 层")
           if abs(rec.ratio - 1) < 1e-12 else
           ctx.L("the rows shrink geometrically: the root's row dominates", "各层代价按几何级数减小：根所在的层占主导")
           if rec.ratio < 1 else
           ctx.L("the rows grow geometrically: the leaves dominate", "各层代价按几何级数增大：叶子层占主导"))
    w.beat(ctx.L("The total", "总代价"),
           ctx.L(f"The tree has $\\log_{rec.b} n$ levels and ${leaves_tex}$ leaves; {how}, so $T(n) = {answer}$.",
                 f"树有 $\\log_{rec.b} n$ 层、${leaves_tex}$ 个叶子；{how}，所以 $T(n) = {answer}$。"))
    w.code(f'total = MathTex(r"T(n) = {answer}", font_size=40, color=YELLOW).to_edge(DOWN, buff=0.35)',
           "total.add_background_rectangle(opacity=0.85, buff=0.1)")
    w.play("FadeIn(dots), Write(leaves)", 1.2)
    w.play("Write(total)", 1.2)
    w.wait(1.6)


@check("recursion_tree")
def _check(f):
    if f["kind"] == "merge":
        n = f["n"]
        return (f"How many rows of merging does merge sort need for {n} entries?", f"{n} 个元素的归并排序需要几层合并？",
                f"$\\lceil \\log_2 {n} \\rceil = {f['depth']}$: each row halves the sub-lists' count.",
                f"$\\lceil \\log_2 {n} \\rceil = {f['depth']}$：每合并一层，子列表的个数减半。")
    return ("Which row of the tree dominates the total, and why?", "递归树的哪一层主导总代价？为什么？",
            f"Consecutive rows differ by the factor $a/b^k = {fmt(f['ratio'], 4)}$: below 1 the root dominates, 1 makes every row "
            f"equal, above 1 the leaves dominate. Here $T(n) = {f['answer']}$.",
            f"相邻两层相差因子 $a/b^k = {fmt(f['ratio'], 4)}$：小于 1 时根占主导，等于 1 时各层相同，大于 1 时叶子占主导。这里 $T(n) = {f['answer']}$。")
