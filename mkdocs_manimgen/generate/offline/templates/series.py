"""series: partial sums S_N drawn as growing bars, closing in on the sum (or not)."""

from __future__ import annotations

import math
import re

from ..families import no_formula
from ..latex import single_line, split_top
from ..symbolic import atoms_in_formulas, formulas, normalize, parse
from ..notes import check
from .common import Ctx, fmt, nice_step, open_with_formula, text_mob


def _closed_form(info, total, upper):
    """The author's closed form of a finite sum up to the letter ``upper`` (``\\sum_{r=1}^n r^3 =
    \\frac{n^2(n+1)^2}{4}``): ``(rhs, True)`` when it is the sum for every n (sympy), ``(rhs, False)``
    when it is not, ``(None, True)`` when the block writes none."""
    import sympy as sp

    for expr in formulas(info):
        if not isinstance(expr, sp.Equality):
            continue
        for side, other in ((expr.lhs, expr.rhs), (expr.rhs, expr.lhs)):
            if side.has(sp.Sum) and not other.has(sp.Sum) and other.free_symbols <= {upper}:
                rhs = normalize(other)
                try:
                    return rhs, sp.simplify(sp.summation(total.args[0], total.args[1]) - rhs) == 0
                except Exception:  # noqa: BLE001 - a sum sympy cannot do is a claim we cannot check
                    return rhs, False
    return None, True


_ELLIPSIS = re.compile(r"\s*\+\s*\\(?:cdots|ldots|dots)\s*$")


def _geometric(info):
    """A geometric series the block leaves general (``a + ar + ar^2 + \\cdots = \\frac{a}{1-r}``,
    ``\\sum q^n = \\frac{1}{1-q}``), shown at a declared example: the ratio 1/2, any other letter 1.
    ``(term_tex, values, limit, start, None, chosen)``; None when the block writes no general geometric
    series, or False when its stated sum is not the series' sum at the example."""
    import sympy as sp

    half = sp.Rational(1, 2)
    for expr in formulas(info):
        sides = (expr.lhs, expr.rhs) if isinstance(expr, sp.Equality) else (expr,)
        for k, side in enumerate(sides):
            if isinstance(side, sp.Sum):
                body, (n, start, end) = side.args[0], side.args[1]
                if end != sp.oo or not body.free_symbols - {n}:
                    continue
                ratio = sp.simplify(body.subs(n, n + 1) / body)
                first = body.subs(n, start)
            else:
                continue
            if ratio.has(n) or len(ratio.free_symbols) != 1 or not ratio.is_Symbol:
                continue
            chosen = {ratio: half, **{x: sp.Integer(1) for x in first.free_symbols if x != ratio}}
            return _example_sum(first.subs(chosen), half, int(start), sides[1 - k].subs(chosen) if len(sides) == 2 else None, chosen)
    for tex in info.blocks:  # a + ar + ar^2 + \cdots = \frac{a}{1-r}, written out
        left, *rest = split_top(single_line(tex), "=")
        if not _ELLIPSIS.search(left):
            continue
        terms = parse(_ELLIPSIS.sub("", left))
        if terms is None or not isinstance(terms, sp.Add) or len(terms.args) < 3:
            continue
        seq = sorted(terms.args, key=lambda t: sp.degree(t, gen=list(t.free_symbols)[0]) if t.free_symbols else 0)
        ratios = {sp.simplify(b / a) for a, b in zip(seq, seq[1:])}
        if len(ratios) != 1:
            continue
        ratio = ratios.pop()
        if not ratio.is_Symbol:
            continue
        chosen = {ratio: half, **{x: sp.Integer(1) for x in seq[0].free_symbols if x != ratio}}
        claim = parse(rest[-1]) if rest else None
        return _example_sum(seq[0].subs(chosen), half, 0, claim.subs(chosen) if claim is not None else None, chosen)
    return None


def _example_sum(first, ratio, start: int, claim, chosen):
    import sympy as sp

    limit = first / (1 - ratio)
    if claim is not None and sp.simplify(claim - limit) != 0:
        return False  # the block's closed form is not the sum: not drawn as true
    values = [float(first * ratio ** k) for k in range(12)]
    said = ", ".join(f"{sp.latex(x)} = {sp.latex(v)}" for x, v in sorted(chosen.items(), key=lambda t: str(t[0])))
    return sp.latex(first * sp.Symbol("r") ** sp.Symbol("k")).replace("r^{k}", f"\\left({sp.latex(ratio)}\\right)^{{k}}"), values, float(limit), start, None, said


def _terms(ctx: Ctx):
    import sympy as sp

    general = _geometric(ctx.info)
    if general is not None:
        return general or None
    for s in atoms_in_formulas(ctx.info, sp.Sum):
        body, (n, start, end) = normalize(s.args[0]), s.args[1]
        if body.free_symbols - {n}:
            continue
        try:
            start = int(start)
            vals = [float(body.subs(n, k)) for k in range(start, start + 12)]
        except Exception:
            continue
        if all(math.isfinite(v) for v in vals) and isinstance(end, sp.Symbol):
            # a finite sum up to a letter: an identity for every n, not a series; its closed form checked
            closed, true = _closed_form(ctx.info, sp.Sum(body, (n, start, end)), end)
            if not true:
                return None
            return sp.latex(body), vals, None, start, (sp.latex(end), closed), None
        if all(math.isfinite(v) for v in vals):
            limit = None
            try:
                total = sp.summation(body, (n, start, sp.oo))
                if total.is_finite and total.is_real:
                    limit = float(total)
            except Exception:
                limit = None
            return sp.latex(body), vals, limit, start, None, None
    return None


def build(ctx: Ctx) -> None:
    w = ctx.w
    found = _terms(ctx)
    if found is None:
        term_tex, vals, limit, start, finite, chosen = r"\frac{1}{2^n}", [0.5 ** k for k in range(1, 13)], 1.0, 1, None, None
    else:
        term_tex, vals, limit, start, finite, chosen = found
    w.example = found is None or chosen is not None
    N = 10
    partial, s = [], 0.0
    for v in vals[:N]:
        s += v
        partial.append(s)
    if finite is None and limit is None and abs(partial[-1] - partial[-2]) < 1e-3 * max(1.0, abs(partial[-1])):
        limit = partial[-1]
    top = max(partial + ([limit] if limit is not None else []))
    bottom = min(0.0, min(partial))
    step = nice_step((top - bottom) * 1.2)
    y_hi = math.ceil(top * 1.15 / step) * step
    y_lo = math.floor(bottom / step) * step if bottom < 0 else 0
    ctx.facts.update(term=term_tex, partial=partial, limit=limit, start=start, upper=finite[0] if finite else None)
    shown = ctx.formula or rf"\sum_{{n={start}}}^{{\infty}} {term_tex}"

    at = ctx.L(f" (with ${chosen}$)", f"（取 ${chosen}$）") if chosen else ""
    w.beat(ctx.title, ctx.L(f"Add the terms ${term_tex}${at} one by one and watch the running total.",
                            f"把 ${term_tex}${at}一项一项加起来，观察累计和。"))
    open_with_formula(ctx, shown)
    if chosen:  # the example's values, on screen under the author's general formula
        w.code(f'chosen = VGroup({text_mob(ctx.L("for instance", "例如"), 26, "TEAL")}, MathTex(r"{chosen}", font_size=30, color=TEAL))'
               '.arrange(RIGHT, buff=0.2).next_to(formula, DOWN, buff=0.15)')
        w.play("FadeIn(chosen)", 0.8)

    w.beat(ctx.L("Partial sums", "部分和"), ctx.L(
        f"Bar $N$ is the partial sum $S_N$: $S_1 = {fmt(partial[0], 3)}$, $S_2 = {fmt(partial[1], 3)}$, …, $S_{{{N}}} = {fmt(partial[-1], 3)}$.",
        f"第 $N$ 根柱子是部分和 $S_N$：$S_1 = {fmt(partial[0], 3)}$，$S_2 = {fmt(partial[1], 3)}$，…，$S_{{{N}}} = {fmt(partial[-1], 3)}$。"))
    w.code(
        "axes = Axes(",
        f"    x_range=[0, {N + 1}, 1], y_range=[{fmt(y_lo)}, {fmt(y_hi)}, {fmt(step)}],",
        "    x_length=10.5, y_length=4.4, tips=False,",
        '    axis_config={"include_numbers": True, "font_size": 24, "color": GREY_B},',
        ").to_edge(DOWN, buff=0.4)",
        'n_label = MathTex("N", font_size=30).next_to(axes.x_axis, RIGHT, buff=0.2)',
        f"partial_sums = [{', '.join(fmt(p, 4) for p in partial)}]",
        "",
        "def bar(n, value):",
        "    base, top = axes.c2p(n, 0), axes.c2p(n, value)",
        "    return Rectangle(width=0.6, height=max(abs(top[1] - base[1]), 0.01), color=BLUE,",
        "                     fill_color=BLUE, fill_opacity=0.75, stroke_width=1).move_to((base + top) / 2)",
        "",
        "bars = VGroup(*[bar(n + 1, s) for n, s in enumerate(partial_sums)])",
        'total = VGroup(MathTex("S_N =", font_size=36), DecimalNumber(partial_sums[0], num_decimal_places=4, font_size=36)).arrange(RIGHT)',
        "total.next_to(axes, UP, buff=0.1).to_edge(RIGHT, buff=0.6)",
    )
    w.play("Create(axes), Write(n_label), FadeIn(total)", 1.2)
    # ChangeDecimalToValue, not .animate.set_value: a sign or a new digit (1 -> -11) changes the glyphs and breaks the morph
    w.loop(f"for n in range({N}):", "GrowFromEdge(bars[n], DOWN), ChangeDecimalToValue(total[1], partial_sums[n])", N, 0.4)

    if finite is not None:
        _identity(ctx, finite, partial, start)
    elif limit is not None:
        said = ctx.L(f", the value of the block's formula at ${chosen}$", f"，正是题中公式在 ${chosen}$ 时的值") if chosen else ""
        w.beat(ctx.L("The sum", "级数的和"), ctx.L(f"The bars level off at ${fmt(limit, 4)}${said}: the series converges to that value.",
                                                 f"柱子的高度稳定在 ${fmt(limit, 4)}${said}：级数收敛到这个值。"))
        w.code(
            f"limit = DashedLine(axes.c2p(0, {fmt(limit, 4)}), axes.c2p({N + 1}, {fmt(limit, 4)}), color=YELLOW)",
            f"limit_label = MathTex(r\"{fmt(limit, 4)}\", font_size=32, color=YELLOW).next_to(limit, UP, buff=0.08).to_edge(RIGHT, buff=0.5)",
        )
        w.play("Create(limit), Write(limit_label)", 1.2)
    else:
        w.beat(ctx.L("No finite sum", "没有有限的和"), ctx.L("The bars keep growing without levelling off: this series diverges.",
                                                      "柱子一直在增长，不会停下来：这个级数发散。"))
        w.play("Indicate(bars[-1], color=YELLOW)", 1.2)
    w.wait(1.3)


def _identity(ctx: Ctx, finite, partial: list[float], start: int) -> None:
    """A sum up to n: each bar against the author's closed form at N (a check of cases, not a proof)."""
    import sympy as sp

    w = ctx.w
    upper, closed = finite
    if closed is None:
        w.beat(ctx.L("A sum up to n", "求和到 n"), ctx.L(f"The sum runs up to ${upper}$: each bar is one value of ${upper}$.",
                                                         f"求和的上限是 ${upper}$：每根柱子对应 ${upper}$ 的一个取值。"))
        w.play("Indicate(bars[-1], color=YELLOW)", 1.2)
        return
    values = [float(closed.subs(sp.Symbol(upper), start + k)) for k in range(len(partial))]
    tex = sp.latex(closed)
    w.beat(ctx.L("The closed form", "求和公式"),
           ctx.L(f"The formula ${tex}$ at ${upper} = {start}, {start + 1}, \\dots$ marks the same heights: "
                 f"${fmt(values[0], 4)}, {fmt(values[1], 4)}, \\dots, {fmt(values[-1], 4)}$. Ten cases agree; induction proves every case.",
                 f"公式 ${tex}$ 在 ${upper} = {start}, {start + 1}, \\dots$ 处给出同样的高度："
                 f"${fmt(values[0], 4)}, {fmt(values[1], 4)}, \\dots, {fmt(values[-1], 4)}$。十种情形都吻合；数学归纳法证明所有情形。"))
    w.code(
        f"formula_values = [{', '.join(fmt(v, 6) for v in values)}]",
        "marks = VGroup(*[Dot(axes.c2p(n + 1, v), color=YELLOW, radius=0.08) for n, v in enumerate(formula_values)])",
        f'formula_label = MathTex(r"{tex}", color=YELLOW, font_size=34).next_to(axes, UP, buff=0.1).to_edge(LEFT, buff=0.8)',
    )
    w.play("Write(formula_label)", 1.0)
    w.play("LaggedStart(*[FadeIn(m, scale=1.6) for m in marks], lag_ratio=0.15)", 2.0)


@check("series")
def _check(f):
    p, limit, term = f["partial"], f["limit"], f["term"]
    if f.get("upper"):
        return (f"Compute $S_3$ for the terms ${term}$ by adding them, and check it against the formula.",
                f"把通项 ${term}$ 的前三项加起来得到 $S_3$，再用公式验证。",
                f"$S_3 = {fmt(p[2], 4)}$, the third bar's height; the formula gives the same value.",
                f"$S_3 = {fmt(p[2], 4)}$，即第三根柱子的高度；公式给出相同的值。")
    if limit is not None:
        return (f"Compute $S_3$ for the terms ${term}$. How far is it from the sum ${fmt(limit, 4)}$?",
                f"对通项 ${term}$ 计算 $S_3$。它离和 ${fmt(limit, 4)}$ 还差多少？",
                f"$S_3 \\approx {fmt(p[2], 4)}$, which is ${fmt(abs(limit - p[2]), 4)}$ away; the gap shrinks as $N$ grows.",
                f"$S_3 \\approx {fmt(p[2], 4)}$，还差 ${fmt(abs(limit - p[2]), 4)}$；$N$ 越大差距越小。")
    return (f"The terms ${term}$ shrink to 0. Does that make the series converge?",
            f"通项 ${term}$ 趋于 0，级数就一定收敛吗？",
            f"No: the partial sums keep growing ($S_{{10}} \\approx {fmt(p[-1], 3)}$ and rising), so the series diverges even though its terms get small.",
            f"不一定：部分和一直在增长（$S_{{10}} \\approx {fmt(p[-1], 3)}$ 且仍在增加），所以即使通项变小，级数仍然发散。")


# -- recognition (see families.py)
PRIORITY = 310
KEYWORDS = (r"级数", r"部分和", r"\bseries\b", r"partial\s+sums?")
STRUCTURE = (r"\\sum",)


def needs(info) -> bool:
    """A sum whose terms the designer can evaluate, or no formula (a geometric series, for instance)."""
    return no_formula(info) or _terms(Ctx(info, "series", None, "")) is not None
