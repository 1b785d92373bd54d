"""recursion_tree: a divide-and-conquer recursion drawn as its tree, from the author's own data.

Merge sort on the author's list: the list splits into halves row by row down to single entries, then
sorted halves merge back, each merge row with the comparisons it made (computed at design time,
:mod:`..recursion`). A recurrence T(n) = aT(n/b) + f(n) (f a constant or a power of n, times a number or
the author's letter c, kept symbolic): the first levels of its tree (every level for the author's n, e.g.
n = 32) with each node's cost and each level's nodes x cost = sum, the number of levels and the leaves of
cost T(1), and the total the level sums give, exactly for n a power of b (CLRS 4.4) and its order of growth
(the master theorem's three cases, read from the ratio a/b^k of consecutive levels). A total the block
states is checked against it and, when false, called false on screen.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from ..latex import fmt
from ..notes import check
from ..parts.tree import Group, tree_rows
from ..recursion import RECURRENCE, MERGE_WORDS, MergeSort, Recurrence, statements, read_merge_sort, read_recurrence
from .common import Ctx, formula_corner, math_mob, text_mob

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
    return rec if rec is not None and stated_totals(info, rec) is not None else None


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


def _coef(rec: Recurrence) -> str:
    """The multiplier of f(n) as written: "" for 1, "3", "c", "3c"."""
    return ("" if rec.c == 1 else fmt(rec.c)) + rec.letter


def _times(value: float, letter: str) -> str:
    """A number times the author's letter: 32c, c (for 1), 0.5c; a plain number without a letter."""
    if not letter:
        return fmt(value)
    return letter if value == 1 else f"{fmt(value)}{letter}"


def _power(base: str, e: float) -> str:
    return "1" if e == 0 else base if e == 1 else f"{base}^{{{fmt(e)}}}"


def _exponent(rec: Recurrence) -> str:
    """log_b a, the leaves' exponent: a number when whole, else \\log_b a."""
    e = math.log(rec.a, rec.b)
    return fmt(e) if abs(e - round(e)) < 1e-12 else f"\\log_{{{rec.b}}} {rec.a}"


def _leaves(rec: Recurrence) -> str:
    """The number of leaves a^{log_b n} = n^{log_b a}."""
    e = _exponent(rec)
    return "1" if e == "0" else "n" if e == "1" else f"n^{{{e}}}"


def _base(rec: Recurrence) -> str:
    return rec.base if rec.base is not None else "T(1)"


def _cost_tex(rec: Recurrence, i: int) -> str:
    """One node's cost at depth i: c (n / b^i)^k (a number times the letter for the author's n)."""
    if rec.n:
        return _times(rec.c * (rec.n / rec.b ** i) ** rec.k, rec.letter)
    coef = _coef(rec)
    if rec.k == 0:
        return coef or "1"
    size = "n" if i == 0 else f"n/{rec.b ** i}"
    power = "" if rec.k == 1 else f"^{{{fmt(rec.k)}}}"
    return f"{coef}{size}{power}" if i == 0 or rec.k == 1 else f"{coef}({size}){power}"


def _level_tex(rec: Recurrence, i: int) -> str:
    """Depth i's total: a^i c (n/b^i)^k = c n^k (a/b^k)^i."""
    nodes = rec.a ** i
    if rec.n:
        return _times(nodes * rec.c * (rec.n / rec.b ** i) ** rec.k, rec.letter)
    coef = _coef(rec)
    if rec.k == 0:
        return _times(nodes * rec.c, rec.letter)
    nk = _power("n", rec.k)
    if abs(rec.ratio - 1) < 1e-12 or i == 0:
        factor = ""
    elif float(rec.ratio).is_integer():
        factor = fmt(rec.ratio ** i)
    else:  # a / b^k as a fraction, to the power i
        factor = _frac(rec.a, rec.b ** rec.k) if i == 1 else f"\\left({_frac(rec.a, rec.b ** rec.k)}\\right)^{{{i}}}"
    return f"{factor}{coef}{nk}"


def _leaf_level_tex(rec: Recurrence) -> str:
    """The leaves' row: n^{log_b a} leaves of cost T(1) each."""
    base = _base(rec)
    if rec.n:
        count = rec.a ** rec.depth
        if rec.base is not None and re.fullmatch(r"\d+(?:\.\d+)?", rec.base):
            return fmt(count * float(rec.base))
        return _times(count, base) if rec.base is not None else f"{count}\\,T(1)"
    leaves = _leaves(rec)
    if leaves == "1":
        return base
    return leaves if base == "1" else f"{base}\\,{leaves}" if not base[0].isdigit() else f"{base}{leaves}"


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


def _symbols(rec: Recurrence):
    """(n, the f-multiplier c * letter, T(1)) as sympy values; the letters positive constants, T(1) a symbol
    when not given."""
    import sympy as sp

    n = sp.Symbol("n", positive=True)
    coef = sp.nsimplify(rec.c) * (_constant(rec.letter) if rec.letter else 1)
    base = _constant("T_1") if rec.base is None else sp.nsimplify(rec.base) if rec.base[0].isdigit() else _constant(rec.base)
    return n, coef, base


def _constant(name: str):
    import sympy as sp

    return sp.Symbol(name, positive=True)


def exact_total(rec: Recurrence):
    """T(n) for n a power of b, summed level by level: the L = log_b n rows of internal nodes,
    c n^k (1 + r + ... + r^{L-1}) with r = a/b^k, plus a^L = n^{log_b a} leaves of cost T(1).
    None when f is only known up to a constant (Theta, O) or k is not a whole number."""
    import sympy as sp

    if rec.theta or not float(rec.k).is_integer():
        return None
    n, coef, base = _symbols(rec)
    k = int(rec.k)
    r = sp.Rational(rec.a, rec.b ** k)
    e = sp.log(rec.a) / sp.log(rec.b)
    levels = sp.log(n) / sp.log(rec.b)
    rows = coef * n ** k * levels if r == 1 else coef * (n ** e - n ** k) / (r - 1)
    return rows + base * n ** e


def _total_tex(rec: Recurrence) -> str | None:
    """:func:`exact_total` as it is written in the scene: ``cn\\log_2 n + d\\,n``,
    ``\\frac{16}{13}\\left(n^{2} - n^{\\log_4 3}\\right) + T(1)\\,n^{\\log_4 3}``; for the author's n, a number
    times the letter plus the leaves (``160c + 32d``)."""
    import sympy as sp

    total = exact_total(rec)
    if total is None:
        return None
    if rec.n:
        n, _coef_sym, _base_sym = _symbols(rec)
        return sp.latex(sp.expand(total.subs(n, rec.n))).replace("T_{1}", "T(1)")
    coef, k, e = _coef(rec), int(rec.k), _exponent(rec)
    nk, ne = _power("n", k), ("1" if e == "0" else "n" if e == "1" else f"n^{{{e}}}")
    if abs(rec.ratio - 1) < 1e-12:
        rows = f"{coef}{'' if nk == '1' else nk}\\log_{{{rec.b}}} n"
    else:
        from fractions import Fraction

        K = Fraction(rec.b ** k, rec.a - rec.b ** k) * Fraction(rec.c).limit_denominator(1000)  # c / (r - 1)
        diff = f"{ne} - {nk}" if K > 0 else f"{nk} - {ne}"
        K = abs(K)
        lead = ("" if K == 1 else f"\\frac{{{K.numerator}}}{{{K.denominator}}}" if K.denominator != 1 else str(K.numerator)) + rec.letter
        rows = f"{lead}\\left({diff}\\right)"
    return f"{rows} + {_leaf_level_tex(rec)}"


_LOG_N = re.compile(r"\\(?:log|lg|ln)\s*(?:_\s*\{?\s*(?P<b>\d+)\s*\}?)?\s*(?:\\left)?\s*(?:\(\s*n\s*(?:\\right)?\s*\)|\{\s*n\s*\}|n)")


_LOG_NAMES = (r"\xi", r"\eta", r"\psi", r"\phi")  # placeholders the parser reads as plain symbols
_LETTER_NAMES = (r"\kappa", r"\omega", r"\mu", r"\nu", r"\rho", r"\tau")


def _read_total(tex: str, rec: Recurrence):
    """A stated closed form in n as sympy, with whether it can be checked exactly (every log has its base
    written and every letter is the block's: its f's constant or its T(1)). Each log of n becomes one
    placeholder symbol (the parser reads ``\\log_2 n + 1`` as log(n + 1)), and each letter too (it reads
    ``dn`` as a differential and ``c(n - 1)`` as a function); a letter the block leaves undefined is some
    positive constant. None when unreadable."""
    import sympy as sp

    from ..latex import TOKEN
    from ..symbolic import parse

    logs: list[int | None] = []

    def swap(m: re.Match) -> str:
        logs.append(int(m["b"]) if m["b"] else None)  # \lg: base 2 in CLRS, 10 elsewhere; its growth is all we check
        return f" {_LOG_NAMES[len(logs) - 1]} " if len(logs) <= len(_LOG_NAMES) else " ? "

    tokens = TOKEN.findall(re.sub(r"T\s*\(\s*1\s*\)", r" \\beta ", _LOG_N.sub(swap, tex)))  # T(1): the block's base
    letters = list(dict.fromkeys(t for t in tokens if re.fullmatch(r"[A-Za-mo-z]", t)))
    if "?" in tokens or len(letters) > len(_LETTER_NAMES):
        return None
    names = dict(zip(letters, _LETTER_NAMES))
    body = "".join(f" {names[t]} " if t in names else t for t in tokens)
    body = re.sub(r"(\\(?:beta|kappa|omega|mu|nu|rho|tau|xi|eta|psi|phi))\s*(\\left\s*)?\(", r"\1 \\cdot \2(", body)
    expr = parse(body)
    if expr is None or not isinstance(expr, sp.Expr):
        return None
    n, _coef, base = _symbols(rec)
    own = {rec.letter: _constant(rec.letter)} if rec.letter else {}
    if rec.base is not None and not rec.base[0].isdigit():
        own[rec.base] = base
    by_name = {"n": n, "beta": base, **{names[t][1:]: own.get(t, _constant(t)) for t in letters}}
    by_name.update({name[1:]: sp.log(n) / sp.log(b or sp.E) for name, b in zip(_LOG_NAMES, logs)})
    if {s.name for s in expr.free_symbols} - set(by_name):
        return None
    exact = all(b is not None for b in logs) and set(letters) <= set(own)
    return expr.subs({s: by_name[s.name] for s in expr.free_symbols}), exact


_STATED = re.compile(r"T\s*\(\s*(?P<at>n|\d+)\s*\)\s*=\s*(?P<rhs>(?:(?!T\s*\()[^=])+?)\s*(?:[,;.]|\\q?quad|\\text|$)")
_TOTAL_WORDS = re.compile(r"(?:total(?:\s+cost)?|sum\s+of\s+the\s+(?:levels|rows)|总代价|总和|总成本|总时间)\s*"
                          r"(?:is|equals|=|为|是|等于|:|：)\s*\$(?P<rhs>[^$]+)\$", re.I)


@dataclass(frozen=True)
class StatedTotal:
    """A total the block states (``T(n) = \\Theta(n \\log n)``, ``T(32) = 160c + 32d``) and whether it holds;
    ``whole``: all of it was checked (a closed form the block's T(1) leaves open is checked for its growth only)."""

    tex: str
    holds: bool
    whole: bool = True


def stated_totals(info, rec: Recurrence) -> list[StatedTotal] | None:
    """The totals the block states, each checked against the level sums: ``\\Theta(g)`` up to a constant
    factor, ``O(g)`` at least as large, a closed form growing like the level sums and, when the block
    gives T(1) (or the form does not need it), equal to :func:`exact_total` at n = b, b^2, ..., b^6;
    ``T(32) = ...`` equal to the total at the author's n. None when a stated total cannot be read."""
    import sympy as sp

    from ..symbolic import parse

    found: list[tuple[str, str, str]] = []  # (at, right side, as written)
    for block in info.blocks:
        for row in statements(block):
            rec_found = RECURRENCE.search(row)
            if rec_found:  # the recurrence itself is no total; "T(n) = 2T(n/2) + n = \\Theta(n \\log n)" states one after it
                row = row[rec_found.end("f"):]
                row = f"T(n) {row.lstrip()}" if row.lstrip().startswith("=") else row
            found += [(m["at"], m["rhs"].strip(), f"T({m['at']}) = {m['rhs'].strip()}") for m in _STATED.finditer(row)]
    found += [("n", m["rhs"].strip(), m["rhs"].strip()) for m in _TOTAL_WORDS.finditer(info.concept)
              if not re.match(r"T\s*\(", m["rhs"].strip())]  # "the total is $T(n) = ...$": read above
    n_sym, _coef_sym, base_sym = _symbols(rec)
    exact = exact_total(rec)
    out: list[StatedTotal] = []
    for at, rhs, tex in found:
        if at == "1":  # T(1) = d: the base case
            continue
        wrap = re.fullmatch(r"(\\Theta|O|\\mathcal\{O\})\s*(?:\\left)?\s*\((.+)\)", rhs)
        try:
            if wrap:  # growth only
                stated = parse(wrap[2].replace("\\lg", "\\log"))
                if stated is None or at != "n":
                    return None
                stated = stated.subs({s: n_sym for s in stated.free_symbols})
                ratio = sp.limit(_solution_expr(rec) / stated, n_sym, sp.oo)
                holds = bool(ratio.is_finite and (ratio > 0 if wrap[1] == "\\Theta" else ratio >= 0))
            else:
                read = _read_total(rhs, rec)
                if read is None:
                    return None
                stated, bases = read
                if at != "n":  # T(32) = ...: a value at a power of b, decided when T(1) and the letters are the block's
                    size = int(at)
                    if exact is None or size < 1 or rec.b ** round(math.log(size, rec.b)) != size:
                        continue
                    diff = sp.expand(stated.subs(n_sym, size) - exact.subs(n_sym, size))
                    if diff != 0 and (base_sym in diff.free_symbols or diff.free_symbols - stated.free_symbols or not bases):
                        continue
                    out.append(StatedTotal(tex, diff == 0))
                    continue
                ratio = sp.limit(_solution_expr(rec) / stated, n_sym, sp.oo)
                holds, whole = bool(ratio.is_finite and ratio > 0), False
                if holds and exact is not None and bases:
                    diffs = [sp.simplify(stated.subs(n_sym, rec.b ** L) - exact.subs(n_sym, rec.b ** L)) for L in range(1, 7)]
                    if all(d == 0 for d in diffs):
                        whole = True
                    elif rec.base is not None or all(base_sym not in d.free_symbols for d in diffs):
                        holds = False
                out.append(StatedTotal(tex, holds, whole or not holds))
                continue
        except Exception:  # nothing sympy can compare: not ours to confirm
            return None
        out.append(StatedTotal(tex, holds))
    return out


LEVELS_DRAWN = 3  # rows drawn above the dots for a symbolic n; the author's n is drawn whole up to MAX_DEPTH
MAX_DEPTH = 5
NODES_DRAWN = 9  # nodes drawn in one row; a longer row ends with its count


def _recurrence_tree(ctx: Ctx, rec: Recurrence) -> None:
    w = ctx.w
    answer = solution_tex(rec)
    stated = stated_totals(ctx.info, rec) or []
    total = _total_tex(rec)
    ctx.facts.update(kind="recurrence", a=rec.a, b=rec.b, k=rec.k, ratio=rec.ratio, answer=answer)
    constant = ctx.L(" (up to a constant factor)", "（相差常数倍）") if rec.theta else ""
    at_n = ctx.L(f" For $n = {rec.n}$ the sizes are numbers.", f"取 $n = {rec.n}$，各层规模都是具体的数。") if rec.n else ""
    base = ctx.L(f" A sub-problem of size 1 costs $T(1) = {rec.base}$.", f"规模为 1 的子问题代价为 $T(1) = {rec.base}$。") \
        if rec.base is not None else ""
    w.beat(ctx.title, ctx.L(f"${rec.tex}$: a problem of size $n$ makes {rec.a} sub-problem{'s' if rec.a > 1 else ''} of size "
                            f"$n/{rec.b}$ and does ${_cost_tex(replace(rec, n=None), 0)}$ work itself{constant}.{base}{at_n}",
                            f"${rec.tex}$：规模为 $n$ 的问题产生 {rec.a} 个规模为 $n/{rec.b}$ 的子问题，自身做 "
                            f"${_cost_tex(replace(rec, n=None), 0)}$ 的工作{constant}。{base}{at_n}"))
    w.title(ctx.title)
    formula_corner(ctx, rec.tex + (f",\\quad T(1) = {rec.base}" if rec.base is not None else "")
                   + (f",\\quad n = {rec.n}" if rec.n else ""))
    whole = rec.n is not None and rec.depth <= MAX_DEPTH
    depths = list(range(rec.depth)) if whole else list(range(min(LEVELS_DRAWN, rec.depth or LEVELS_DRAWN)))
    slots = len(depths) + (0 if whole else 1) + 1  # the rows drawn, the dots, the leaves
    gap = min(0.9, 3.9 / max(slots - 1, 1))
    ys = [1.75 - gap * j for j in range(slots)]
    w.code("def node(label, width, fill=BLUE_E):",
           "    text = MathTex(label, font_size=24)",
           "    return VGroup(RoundedRectangle(width=max(width, text.width + 0.16), height=0.46, corner_radius=0.08, stroke_color=WHITE,",
           "                                   stroke_width=1.5, fill_color=fill, fill_opacity=0.85), text)",
           "levels, sums, edges = VGroup(), VGroup(), VGroup()")

    def row(count: int | str, label: str, y: float, fill: str = "BLUE_E", parents: int | None = None) -> None:
        """One depth's nodes (at most NODES_DRAWN, then the count), joined to the row above when both are whole."""
        drawn = min(count, NODES_DRAWN) if isinstance(count, int) else NODES_DRAWN
        w.code(f"row = VGroup(*[node(r\"{label}\", {fmt(min(1.5, 6.0 / drawn), 3)}, {fill}) for _ in range({drawn})])"
               f".arrange(RIGHT, buff={fmt(min(0.3, 1.2 / drawn), 3)})",
               f"row.scale_to_fit_width(min(row.width, 6.6)).move_to(LEFT * 2.4 + UP * {fmt(y, 3)})",
               *([f"row.add(MathTex(r\"\\cdots\\,({count})\", font_size=24).next_to(row, RIGHT, buff=0.12))"] if drawn != count else []),
               "levels.add(row)")
        whole_rows = parents is not None and drawn == count
        w.code("edges.add(VGroup(*[Line(levels[-2][p // " + str(rec.a) + "].get_bottom(), c.get_top(), stroke_width=1.2, color=GREY_B)"
               f" for p, c in enumerate(levels[-1][:{drawn}])]))" if whole_rows else "edges.add(VGroup())")

    def tally(tex: str, y: float) -> None:
        w.code(f'sums.add(MathTex(r"{tex}", font_size=28, color=YELLOW).move_to(RIGHT * 4.6 + UP * {fmt(y, 3)}))')

    for j, i in enumerate(depths):
        row(rec.a ** i, _cost_tex(rec, i), ys[j], parents=rec.a ** (i - 1) if j else None)
        tally(f"{rec.a ** i} \\times {_cost_tex(rec, i)} = {_level_tex(rec, i)}" if i else _level_tex(rec, 0), ys[j])
    leaf_label = _base(rec)
    leaf_count: int | str = rec.a ** rec.depth if rec.n else (1 if rec.a == 1 else _leaves(rec))
    if not whole:
        general = f"i:\\ {rec.a}^i \\times {_general_cost(rec)} = {_general_level(rec)}" if rec.a > 1 else f"i:\\ {_general_cost(rec)}"
        w.code(f'dots = MathTex(r"\\vdots", font_size=34).move_to(LEFT * 2.4 + UP * {fmt(ys[-2], 3)})',
               f'sums.add(VGroup({text_mob(ctx.L("depth", "深度"), 22, "YELLOW")}, {math_mob(general, 26, "YELLOW")})'
               f'.arrange(RIGHT, buff=0.12).move_to(RIGHT * 4.6 + UP * {fmt(ys[-2], 3)}))',
               "levels.add(dots)",
               "edges.add(VGroup())")
    row(leaf_count, leaf_label, ys[-1], "GREEN_E", parents=rec.a ** (rec.depth - 1) if whole and rec.depth else None)
    tally(f"{leaf_count} \\times {leaf_label} = {_leaf_level_tex(rec)}" if leaf_count != 1 else _leaf_level_tex(rec), ys[-1])
    w.code(f'sum_head = {text_mob(ctx.L("nodes × cost = row total", "结点数 × 代价 = 每层之和"), 22, "YELLOW")}.next_to(sums[0], UP, buff=0.22)')
    w.play("Write(title), FadeIn(formula), FadeIn(levels[0]), FadeIn(sum_head), Write(sums[0])", 1.4)
    w.beat(ctx.L("Row by row", "逐层求和"),
           ctx.L(f"Depth $i$ has ${rec.a}^i$ nodes of size $n/{rec.b}^i$, so each row costs "
                 + ("the same as the row above." if rec.ratio == 1 else f"$a/b^k = {fmt(rec.ratio, 4)}$ times the row above."),
                 f"深度 $i$ 有 ${rec.a}^i$ 个规模为 $n/{rec.b}^i$ 的结点，所以每一层的代价"
                 + ("与上一层相同。" if rec.ratio == 1 else f"是上一层的 $a/b^k = {fmt(rec.ratio, 4)}$ 倍。")))
    for j in range(1, len(depths)):
        w.play(f"Create(edges[{j}]), FadeIn(levels[{j}], shift=DOWN * 0.2), Write(sums[{j}])", 0.9)
    leaves_tex = _leaves(rec)
    if rec.n:
        count = ctx.L(f"$\\log_{{{rec.b}}} {rec.n} + 1 = {rec.depth + 1}$ levels", f"$\\log_{{{rec.b}}} {rec.n} + 1 = {rec.depth + 1}$ 层")
        leaves_said = ctx.L(f"${leaf_count}$ lea{'f' if leaf_count == 1 else 'ves'}", f"${leaf_count}$ 个叶子")
        levels_line = [f"\\log_{{{rec.b}}} {rec.n} + 1 = {rec.depth + 1}", ctx.L("levels,", "层，"),
                       f"{rec.a}^{{{rec.depth}}} = {leaf_count}", ctx.L("leaves", "个叶子")]
    else:
        count = ctx.L(f"$\\log_{rec.b} n + 1$ levels (depths $0$ to $\\log_{rec.b} n$)", f"$\\log_{rec.b} n + 1$ 层（深度 $0$ 到 $\\log_{rec.b} n$）")
        leaves_said = (ctx.L(f"${rec.a}^{{\\log_{rec.b} n}} = {leaves_tex}$ leaves", f"${rec.a}^{{\\log_{rec.b} n}} = {leaves_tex}$ 个叶子")
                       if rec.a > 1 else ctx.L("one leaf", "1 个叶子"))
        levels_line = [f"\\log_{{{rec.b}}} n + 1", ctx.L("levels,", "层，"), f"{rec.a}^{{\\log_{{{rec.b}}} n}} = {leaves_tex}",
                       ctx.L("leaves", "个叶子")]
    w.beat(ctx.L("Down to the leaves", "直到叶子"),
           ctx.L(f"Sizes shrink by ${rec.b}$ per level until they reach 1: {count}, with {leaves_said} of cost ${leaf_label}$ each.",
                 f"规模每层缩小为原来的 $1/{rec.b}$，直到 1：共 {count}，{leaves_said}，每个代价 ${leaf_label}$。"))
    if not whole:
        w.play(f"FadeIn(levels[{len(depths)}]), Write(sums[{len(depths)}])", 1.0)
    w.play("Create(edges[-1]), FadeIn(levels[-1], shift=DOWN * 0.2), Write(sums[-1])", 1.1)
    parts = [math_mob(p, 28) if j % 2 == 0 else text_mob(p, 22) for j, p in enumerate(levels_line)]
    w.code(f"count_line = VGroup({', '.join(parts)}).arrange(RIGHT, buff=0.15).move_to(DOWN * 2.7)")
    w.play("Write(count_line)", 1.0)
    how = (ctx.L("every row costs the same", "每层代价相同")
           if abs(rec.ratio - 1) < 1e-12 else
           ctx.L("the rows shrink geometrically: the root's row dominates", "各层代价按几何级数减小：根所在的层占主导")
           if rec.ratio < 1 else
           ctx.L("the rows grow geometrically: the leaves dominate", "各层代价按几何级数增大：叶子层占主导"))
    at = f"T({rec.n})" if rec.n else "T(n)"
    shown = f"{at} = {total}" if total else ""
    if total and not rec.n:
        shown += f" = {answer}"
    elif not total:
        shown = f"T(n) = {answer}"
    sum_said = (ctx.L(f"adding the rows, ${at} = {total}$, so $T(n) = {answer}$", f"各层相加得 ${at} = {total}$，所以 $T(n) = {answer}$")
                if total else ctx.L(f"so $T(n) = {answer}$", f"所以 $T(n) = {answer}$"))
    w.beat(ctx.L("The total", "总代价"), ctx.L(f"{how[0].upper()}{how[1:]}; {sum_said}.", f"{how}；{sum_said}。"))
    w.code(f'total = MathTex(r"{shown}", font_size=36, color=YELLOW).move_to(DOWN * 3.45)',
           "if total.width > 13:",
           "    total.scale_to_fit_width(13)",
           "total.add_background_rectangle(opacity=0.85, buff=0.1)")
    w.play("Write(total)", 1.4)
    w.wait(1.2)
    _stated_beat(ctx, stated, shown, answer)


def _general_cost(rec: Recurrence) -> str:
    """A node's cost at a general depth i: c n/b^i, c (n/b^i)^k."""
    coef = _coef(rec)
    if rec.k == 0:
        return coef or "1"
    if rec.k == 1:
        return f"\\frac{{{coef}n}}{{{rec.b}^i}}"
    return f"{coef}\\left(\\frac{{n}}{{{rec.b}^i}}\\right)^{{{fmt(rec.k)}}}"


def _general_level(rec: Recurrence) -> str:
    """A general depth's total: c n^k (a/b^k)^i."""
    coef, nk = _coef(rec), _power("n", rec.k)
    nk = "" if nk == "1" else nk
    if rec.k == 0:
        return f"{rec.a}^i{coef}"
    if abs(rec.ratio - 1) < 1e-12:
        return f"{coef}{nk}"
    ratio = fmt(rec.ratio) if float(rec.ratio).is_integer() else _frac(rec.a, rec.b ** rec.k)
    return f"\\left({ratio}\\right)^i {coef}{nk}" if not float(rec.ratio).is_integer() else f"{ratio}^i {coef}{nk}"


def _stated_beat(ctx: Ctx, stated: list[StatedTotal], shown: str, answer: str) -> None:
    """The block's own totals, in the place of the line of levels: those that hold are confirmed, a false
    one is called false (with a cross beside it, so it stays readable)."""
    if not stated:
        return
    w = ctx.w
    false = [s for s in stated if not s.holds]
    if not false:
        whole = "$, $".join(s.tex for s in stated if s.whole)
        growth = "$, $".join(s.tex for s in stated if not s.whole)
        en = (f"This agrees with the block's ${whole}$." if whole else "") + \
            (f" The block's ${growth}$ grows like the level sums, ${answer}$ (the block leaves some of its constants open)." if growth else "")
        zh = (f"这与题中的 ${whole.replace('$, $', '$、$')}$ 一致。" if whole else "") + \
            (f"题中的 ${growth.replace('$, $', '$、$')}$ 与逐层之和同阶，都是 ${answer}$（其中有的常数题中未给定）。" if growth else "")
        w.beat(ctx.L("As the block states", "与题中一致"), ctx.L(en.strip(), zh))
        label = ctx.L("As the block states:", "与题中一致：") if stated[0].whole else ctx.L("The block's total grows alike:", "题中的总代价同阶：")
        w.code(f"claim = VGroup({text_mob(label, 26, 'GREEN_B')}, {math_mob(stated[0].tex, 32, 'GREEN_B')})"
               ".arrange(RIGHT, buff=0.25).move_to(count_line)")
        w.play("FadeOut(count_line), FadeIn(claim, shift=UP * 0.2)", 1.0)
        w.wait(1.0)
        return
    said = false[0].tex
    w.beat(ctx.L("What the block states", "题中的结论"),
           ctx.L(f"The block states ${said}$; that is false: the level sums give ${shown}$.",
                 f"题中写 ${said}$，这不成立：逐层求和得 ${shown}$。"))
    w.code(f"claim = VGroup({text_mob(ctx.L('The block states', '题中写道'), 26)}, {math_mob(said, 32, 'RED')}, "
           f"{text_mob(ctx.L('false', '不成立'), 26, 'RED')}).arrange(RIGHT, buff=0.25).move_to(count_line)",
           "if claim.width > 12.5:",
           "    claim.scale_to_fit_width(12.5)",
           "cross = Cross(stroke_width=6).scale(0.18).next_to(claim, RIGHT, buff=0.25)")
    w.play("FadeOut(count_line), FadeIn(claim, shift=UP * 0.2)", 1.0)
    w.play("Create(cross), Indicate(total, color=WHITE)", 1.0)
    w.wait(1.4)


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
