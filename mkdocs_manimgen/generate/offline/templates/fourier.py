"""fourier: partial Fourier sums of a square (or sawtooth) wave approach the wave."""

from __future__ import annotations

import math
import re

import numpy as np

from ..families import no_formula
from ..latex import fmt, single_line
from ..symbolic import formulas, normalize, sides, to_numpy
from ..notes import check
from .common import Ctx, nice_step, open_with_formula, show_approximation


def own_series(info):
    """The block's own series in x as (term code in x and k, outer code in x and S, first k), or None.

    ``outer`` is the formula with the sum replaced by ``S`` (e.g. ``4/pi * S``), so the scene can
    add any number of terms: ``S = sum(term for k in range(k0, k0 + n))``. The series is written
    with a sum (``\\sum_{n=1}^\\infty``) or as its first terms and dots (:func:`written_series`).
    """
    return _summed(info) or next(filter(None, (written_series(b) for b in info.blocks)), None)


_DOTS = re.compile(r"([+-])\s*(?:\\cdots|\\ldots|\\dots)(?![A-Za-z])")
_TRIG = ("sin", "cos")


def written_series(tex: str):
    """A trigonometric series written as its first terms and dots, ``\\frac{4}{\\pi}(\\sin x +
    \\frac{\\sin 3x}{3} + \\frac{\\sin 5x}{5} + \\cdots)``, as :func:`own_series` gives it, or None.

    The general term is read from at least three written terms ``c_i trig(k_i x)`` (one of sin, cos):
    the ``k_i`` must step evenly and the coefficients follow ``C s^i / k_i^p`` (s = ±1, p = 0..3),
    the patterns of the square, sawtooth and triangle waves. Anything else is not guessed at."""
    import sympy as sp

    from ..symbolic import parse

    if len(_DOTS.findall(tex)) != 1 or "\\zeta" in tex:
        return None
    expr = parse(single_line(_DOTS.sub(r"\1 \\zeta", tex)))
    if expr is None:
        return None
    rhs = normalize(sides(expr)[1])
    dots = sp.Symbol("zeta")
    adds = [a for a in rhs.atoms(sp.Add) if dots in a.args or -dots in a.args]
    if len(adds) != 1:
        return None
    terms = [t for t in adds[0].args if t not in (dots, -dots)]
    x = sp.Symbol("x")
    read = []
    for t in terms:
        trig = [f for f in t.atoms(sp.sin, sp.cos)]
        if len(trig) != 1:
            return None
        k, c = sp.simplify(trig[0].args[0] / x), sp.simplify(t / trig[0])
        if not (k.is_number and c.is_number and k > 0):
            return None
        read.append((float(k), float(c), type(trig[0]).__name__))
    read.sort()
    if len(read) < 3 or len({r[2] for r in read}) != 1:
        return None
    ks, cs = [r[0] for r in read], [r[1] for r in read]
    k0, step = ks[0], ks[1] - ks[0]
    if step <= 0 or any(abs(k - (k0 + i * step)) > 1e-9 for i, k in enumerate(ks)):
        return None
    for p in range(4):
        for sign in (1, -1):
            C = cs[0] * k0 ** p
            if all(abs(c - C * sign ** i / k ** p) < 1e-9 * max(1, abs(c)) for i, (k, c) in enumerate(zip(ks, cs))):
                kk = f"({fmt(k0)} + {fmt(step)} * k)"
                term = f"{C!r} * ({sign}) ** k * np.{read[0][2]}({kk} * x) / {kk} ** {p}"
                outer = to_numpy(rhs.subs(adds[0], sp.Symbol("S")), ("x", "S"))
                values = _evaluate(term, outer, 0, 60) if outer else None
                if values is None or not np.all(np.isfinite(values)) or np.ptp(values) < 1e-3:
                    return None
                return term, outer, 0, values
    return None


def _coefficients(read, index) -> dict:
    """The author's definitions of a series' coefficients in its index (``b_n = \\frac{4}{n\\pi}``),
    as substitutions for the symbols ``b_{n}`` the parser reads: the series with its own coefficients."""
    import sympy as sp

    defs = {}
    for expr in read:
        if isinstance(expr, sp.Equality) and isinstance(expr.lhs, sp.Symbol) \
                and re.fullmatch(r"[A-Za-z]_\{?%s\}?" % re.escape(index.name), expr.lhs.name) \
                and normalize(expr.rhs).free_symbols <= {index}:
            defs[expr.lhs] = normalize(expr.rhs)
    return defs


def _summed(info):
    """The block's own series written with a sum sign (see :func:`own_series`); ``f(x) \\sim \\sum ...`` (a Fourier
    series, which need not converge to f at its jumps) is read as the series of f."""
    import sympy as sp

    from ..symbolic import parse

    read = list(formulas(info))
    read += [e for b in info.blocks if "\\sim" in b and "\\sum" in b if (e := parse(b.replace("\\sim", "="))) is not None]
    for expr in read:
        try:
            rhs = normalize(sides(expr)[1])
            sums = list(rhs.atoms(sp.Sum))
            if len(sums) != 1 or len(sums[0].limits) != 1:
                continue
            var, k0, _ = sums[0].limits[0]
            if not (k0.is_integer and k0.is_number) or abs(int(k0)) > 5:
                continue
            k = sp.Symbol("k")
            term = normalize(sums[0].function).subs(_coefficients(read, var)).subs(var, k)
            S = sp.Symbol("S")
            outer = rhs.subs(sums[0], S)
        except Exception:
            continue
        term_code, outer_code = to_numpy(term, ("x", "k")), to_numpy(outer, ("x", "S"))
        if not term_code or not outer_code or "x" not in term_code:
            continue
        values = _evaluate(term_code, outer_code, int(k0), 60)
        if values is None or not np.all(np.isfinite(values)) or np.max(np.abs(values)) > 1e3 or np.ptp(values) < 1e-3:
            continue
        return term_code, outer_code, int(k0), values
    return None


def _evaluate(term: str, outer: str, k0: int, n: int):
    xs = np.linspace(-2 * math.pi, 2 * math.pi, 400)
    env = {"np": np, "math": math, "__builtins__": {"sum": sum, "range": range}}
    try:
        with np.errstate(all="ignore"):
            S = sum(eval(f"lambda x, k: {term}", env)(xs, k) for k in range(k0, k0 + n))
            return np.broadcast_to(np.asarray(eval(f"lambda x, S: {outer}", env)(xs, S), dtype=float), xs.shape)
    except Exception:
        return None


# the scene code's label of how many terms are summed (both builders write it)
_COUNT_LABEL = (
    "def count_label(n):",
    "    return MathTex(rf\"N = {n}\", font_size=34, color=YELLOW).next_to(axes, UP, buff=0.1).to_edge(RIGHT, buff=0.6)",
)


def _step_through(ctx: Ctx, counts: list[int], narration) -> None:
    """One beat per partial sum: the first is drawn, each next one morphs from the last."""
    w = ctx.w
    for i, n in enumerate(counts):
        w.beat(ctx.L(f"{n} term{'s' if n > 1 else ''}", f"{n} 项"), narration(n))
        show_approximation(ctx, i, f"partial_sum({n})", f"count_label({n})", morph=1.4, pause=0.4)
    w.wait(1)


def build(ctx: Ctx) -> None:
    w = ctx.w
    own = own_series(ctx.info)
    if own is not None:
        return build_own(ctx, *own)
    w.example = not re.search(r"square\s+wave|sawtooth|方波|锯齿", ctx.info.prose, re.I) and not ctx.info.blocks
    saw = bool(re.search(r"saw|锯齿", ctx.info.concept, re.I))
    if saw:
        wave_tex = r"f(x) = \frac{2}{\pi}\sum_{k=1}^{\infty} \frac{(-1)^{k+1}}{k}\sin kx"
        target = "lambda x: ((x + PI) % TAU - PI) / PI"
        partial = "lambda x: sum(2 / PI * (-1) ** (k + 1) / k * np.sin(k * x) for k in range(1, n + 1))"
        counts = [1, 2, 4, 10]
    else:
        wave_tex = r"f(x) = \frac{4}{\pi}\sum_{k=1,3,5,\dots} \frac{\sin kx}{k}"
        target = "lambda x: np.sign(np.sin(x))"
        partial = "lambda x: sum(4 / PI * np.sin(k * x) / k for k in range(1, 2 * n, 2))"
        counts = [1, 2, 3, 8]
    ctx.facts.update(saw=saw, counts=counts)
    wave = ctx.L("sawtooth wave", "锯齿波") if saw else ctx.L("square wave", "方波")
    w.beat(ctx.title, ctx.L(f"A {wave} built from sine waves.", f"用正弦波叠加出{wave}。"))
    open_with_formula(ctx, ctx.formula or wave_tex)
    w.beat(ctx.L(f"The {wave}", wave), ctx.L(f"The target: a {wave} with period $2\\pi$.", f"目标：周期为 $2\\pi$ 的{wave}。"))
    w.code(
        "axes = Axes(x_range=[-2 * PI, 2 * PI, PI], y_range=[-1.5, 1.5, 0.5], x_length=11, y_length=4.2, tips=False,",
        '            axis_config={"color": GREY_B}).to_edge(DOWN, buff=0.5)',
        f"target = axes.plot({target}, x_range=[-2 * PI, 2 * PI, 0.01], color=GREY_B, use_smoothing=False, stroke_width=3)",
        "",
        "def partial_sum(n):",
        f"    return axes.plot({partial},",
        "                     x_range=[-2 * PI, 2 * PI, 0.02], color=YELLOW, stroke_width=4)",
        "",
        *_COUNT_LABEL,
    )
    w.play("Create(axes), Create(target)", 1.5)
    _step_through(ctx, counts, lambda n: ctx.L(
        f"With {n} sine term{'s' if n > 1 else ''} the sum " + ("is a single smooth wave." if n == 1 else "gets closer to the corners."),
        f"取 {n} 项正弦，" + ("只是一条光滑的正弦波。" if n == 1 else "越来越贴近拐角。")))


def build_own(ctx: Ctx, term: str, outer: str, k0: int, values) -> None:
    """The author's own series: partial sums with the numbers of terms the block names (S_1, S_3, S_{12}), else 1, 2, 4,
    10, against many (60) terms."""
    w = ctx.w
    counts = _named_counts(ctx.info) or [1, 2, 4, 10]
    lo, hi = min(float(values.min()), 0.0), max(float(values.max()), 0.0)
    pad = 0.15 * (hi - lo)
    step = nice_step(hi - lo + 2 * pad)
    lo, hi = math.floor((lo - pad) / step) * step, math.ceil((hi + pad) / step) * step
    ctx.facts.update(saw=False, counts=counts, own=True)
    w.beat(ctx.title, ctx.L("The series in the formula, summed term by term.", "把公式里的级数一项一项加起来。"))
    open_with_formula(ctx, ctx.formula)
    w.beat(ctx.L("Where the sum is heading", "级数的极限"), ctx.L("In grey: the sum of the first 60 terms, close to the limit.",
                                                                 "灰色：前 60 项之和，已经很接近极限。"))
    w.code(
        f"axes = Axes(x_range=[-2 * PI, 2 * PI, PI], y_range=[{fmt(lo)}, {fmt(hi)}, {fmt(step)}], x_length=11, y_length=4.2, tips=False,",
        '            axis_config={"color": GREY_B}).to_edge(DOWN, buff=0.5)',
        "",
        "def series(x, n):",
        f"    # the block's own series: the sum over k = {k0}, {k0 + 1}, ... of its term, first n terms",
        f"    S = sum({term} for k in range({k0}, {k0} + n))",
        f"    return {outer}",
        "",
        "target = axes.plot(lambda x: series(x, 60), x_range=[-2 * PI, 2 * PI, 0.01], color=GREY_B, stroke_width=3)",
        "",
        "def partial_sum(n):",
        "    return axes.plot(lambda x: series(x, n), x_range=[-2 * PI, 2 * PI, 0.02], color=YELLOW, stroke_width=4)",
        "",
        *_COUNT_LABEL,
    )
    w.play("Create(axes), Create(target)", 1.5)
    _step_through(ctx, counts, lambda n: ctx.L(f"The first {n} term{'s' if n > 1 else ''} of the sum.",
                                              f"级数的前 {n} 项。"))


def _named_counts(info) -> list[int] | None:
    """The partial sums the block asks for by name (``S_1``, ``S_3``, ``S_{12}``; two to five of them, each at most 50)."""
    found = sorted({int(m[1]) for b in info.blocks if (m := re.fullmatch(r"\s*S_\{?(\d{1,2})\}?\s*", b))})
    return found if 2 <= len(found) <= 5 and 0 < found[0] and found[-1] <= 50 else None


@check("fourier")
def _check(f):
    return ("Near each jump the partial sums overshoot by about 9% no matter how many terms you take. What is this called?",
            "无论取多少项，在跳变点附近部分和总会超出约 9%。这叫什么现象？",
            "The Gibbs phenomenon: the overshoot gets narrower with more terms but its height does not shrink.",
            "吉布斯现象：项数越多，过冲越窄，但高度不会减小。")


# -- recognition (see families.py)
PRIORITY = 20
KEYWORDS = (r"傅里叶", r"傅立叶", r"fourier", r"方波", r"square\s+wave", r"sawtooth", r"锯齿波")


def evidence(info) -> int | None:
    """A keyword; or, as weaker evidence, the author's own series of sines or cosines in x
    (a triangle wave's series names no Fourier)."""
    if any(re.search(k, info.prose, re.I) for k in KEYWORDS):
        return 0
    tex = " ".join(info.blocks)
    if not (re.search(r"\\sin|\\cos", tex) and re.search(r"\\sum|\\c?dots|\\ldots", tex)):
        return None  # no series of sines or cosines written: nothing to parse (parsing is most of a design's time)
    own = own_series(info)
    return 1 if own is not None and re.search(r"np\.(?:sin|cos)\(", own[0]) else None


def needs(info) -> bool:
    """The author's own series in x, or a square/sawtooth wave the prose names."""
    if no_formula(info) or own_series(info) is not None:
        return True
    named = re.search(r"square\s+wave|sawtooth|方波|锯齿", info.prose, re.I)
    return bool(named) and all(re.search(r"\\sin|\\sum|\\cos", b) for b in info.blocks)
