"""The reader of an extremum question: the author's function of one variable, its domain, its
critical points (f' = 0 or undefined) and endpoints, the kind of each by the first-derivative
test, and the absolute maximum and minimum where they exist; every value the author states
(an argmax, a maximum value, f(c) = v, f'(x)) checked.

- the function is the author's objective in ONE letter (``f(x) = …``, ``A = x(100 - 2x)``,
  ``C(q) = …``); a named quantity left in two letters (``A = xy`` with ``2x + y = 100`` not
  substituted) is a constrained optimum, not read; a letter left symbolic (``kx^2``) neither;
- the domain is the author's (``[a, b]``, ``0 < x < 50``, ``[0, \\infty)``, ``x > 0``); in a word
  problem without one, where every length factor of the objective is positive (``x(12 - 2x)^2``:
  ``0 < x < 6``), said so on screen; else where f is defined (ℝ, or x > 0 for ``\\ln x``).

:func:`read_extremum` returns an :class:`Extremum` or None (the block gets the walkthrough).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .latex import MathInfo, fmt, single_line, split_top
from .symbolic import normalize, number, parse, strip_units, to_numpy

INF = math.inf
_NUM = r"-?\d+(?:\.\d+)?"

# The block asks for an extremum (verify.QUESTIONS' "an extremum", and optimisation words).
ASKS = (r"closed[- ]interval method|first[- ]derivative test|一阶导数(?:判别|检验)|\b(?:maxim|minim)(?:um|a|ise|ize|ises|izes|ised|ized|ising|izing|al)\b(?!\s+spanning)|\bextrem(?:um|a|e\s+values?)\b|"
        r"\boptimi[sz]\w*|\b(?:absolute|global|local|relative)\s+(?:max|min)\b|"
        r"\b(?:largest|smallest|greatest|least)\s+(?:possible\s+)?(?:value|area|volume|profit|revenue|cost|product|sum|distance|box|can|container|tank|rectangle|cylinder|cone|pen|enclosure|garden|window|field)s?\b|"
        r"最大值|最小值|极大值|极小值|极值|最值|最优|(?:面积|体积|容积|利润|收入|成本|费用|用料|距离|乘积|和)最(?:大|小|省)|最(?:大|小)(?:面积|体积|容积|利润|收入)")
_LOCAL = r"\b(?:local|relative)\s+(?:max|min|extrem)|first[- ]derivative test|极值|极大|极小|一阶导数(?:判别|检验)"
_ABSOLUTE = r"\b(?:absolute|global)\s+(?:max|min|extrem)|closed[- ]interval method|最大值|最小值|最值"
# Another family's home: concavity and the second-derivative test, gradient descent, least squares.
ELSEWHERE = (r"inflection|concav|second[- ]derivative test|拐点|凹凸|二阶导数(?:判别|检验)|gradient\s+descent|梯度下降|"
             r"steepest\s+descent|least[- ]squares?|最小二乘|spanning\s+tree|生成树|shortest\s+path|最短路|lagrange|拉格朗日|"
             r"subject to|约束条件|条件极值|partial derivative|偏导")
WORD_PROBLEM = (r"fenc|box|rectang|square|cylind|\bcan\b|window|garden|pen\b|field|sheet|cardboard|area|volume|cost|profit|"
                r"revenue|price|produc|material|perimeter|length|width|height|radius|distance|speed|time|"
                r"面积|体积|容积|利润|收入|成本|费用|用料|矩形|长方形|正方形|盒|篱笆|围墙|铁皮|圆柱|长度|宽|高|半径|距离|产量|价格|售价|销量")


@dataclass(frozen=True)
class Domain:
    """Where the author's variable runs: from ``a`` to ``b`` (±inf allowed), each end in or out."""

    a: float
    b: float
    closed_a: bool
    closed_b: bool
    tex: str  # as it is shown: [a, b], 0 < x < 50, [0, \infty), \mathbb{R}
    source: str  # "given" | "positivity" (lengths) | "quantity" (a positive amount) | "natural"

    def contains(self, x: float) -> bool:
        return (self.a < x or (self.closed_a and x == self.a)) and (x < self.b or (self.closed_b and x == self.b))

    @property
    def compact(self) -> bool:
        return self.closed_a and self.closed_b and math.isfinite(self.a) and math.isfinite(self.b)


@dataclass(frozen=True)
class Candidate:
    """A point the closed-interval method looks at: a critical point or an end of the domain."""

    x: float
    y: float
    x_tex: str
    y_tex: str
    where: str  # "critical" (f' = 0) | "singular" (f' undefined) | "end"
    kind: str  # "max" | "min" | "neither" (first-derivative test; for an end: which way f leaves it)


@dataclass(frozen=True)
class Extremum:
    expr: object  # sympy, in x (real)
    code: str  # numpy, in x
    tex: str  # the author's LaTeX of the function
    name: str  # f, A, V, C, y
    var: str  # the author's letter
    d_expr: object  # f' in x
    d_code: str
    domain: Domain
    candidates: tuple[Candidate, ...]  # ascending in x
    best: Candidate | None  # the absolute maximum (None: f has none on the domain)
    worst: Candidate | None  # the absolute minimum
    local: bool  # the block asks for local extrema (first-derivative test)
    absolute: bool  # it asks for the largest/smallest values
    word: bool  # a word problem (an objective with a meaning)
    roots_outside: tuple[float, ...] = ()  # zeros of f' outside the domain (the author may name them)
    shown_d: object = None  # f' as the author would write it (x^{2/3} gives 2/(3x^{1/3}), not the real root's sign)

    @property
    def call(self) -> str:
        return self.name if self.name == "y" else f"{self.name}({self.var})"

    @property
    def dcall(self) -> str:
        return "y'" if self.name == "y" else f"{self.name}'({self.var})"


def asks(info: MathInfo) -> bool:
    return bool(re.search(ASKS, info.prose, re.I))


def read_extremum(info: MathInfo) -> Extremum | None:
    return _read(info.concept) if asks(info) else None


@lru_cache(maxsize=128)
def _read(concept: str) -> Extremum | None:
    from .latex import extract

    info = extract(concept)
    try:
        return _reading(info)
    except Exception:  # noqa: BLE001 - odd input a reader cannot handle is input it does not find
        return None


# -- the objective -----------------------------------------------------------------------------

_NAME = re.compile(r"^\s*((?:\\(?:bar|overline|tilde|hat)\s*\{?\s*)?[A-Za-z]\}?)(?:_\{?[A-Za-z0-9]+\}?)?\s*(?:\(\s*([a-z])\s*\))?\s*$")
_CONSTANTS = {"e", "pi"}


def _sides(block: str) -> list[str]:
    flat = single_line(block).replace("\\approx", "=")
    flat = re.sub(r"\\(?:quad|qquad)\b.*$", "", flat)  # f(x) = … \quad x \in [a, b]: the formula only
    flat = re.split(r",\s*(?=[a-z]\s*(?:\\in|\\ge|\\le|>|<|\\geq|\\leq))", flat)[0]
    return [s.strip() for s in split_top(flat, "=")]


def _expr(tex: str):
    import sympy as sp

    from .given import function_in

    e = parse(tex)
    if e is None:  # x^2 e^{-x}: the parser wants the product said
        e = parse(re.sub(r"(\^\{[^{}]*\}|\^\w)\s*(?=[A-Za-z(]|\\(?!cdot|right|quad))", r"\1 \\cdot ", tex))
    if e is None or isinstance(e, sp.Equality) or not isinstance(e, sp.Expr):
        found = function_in([tex])  # x(100 - 2x) is a product, not a call
        return found[0] if found else None
    from sympy.core.function import AppliedUndef

    if e.atoms(AppliedUndef):  # x(100 - 2x), 3y(y + 4)^{2/3} read as a call
        e = parse(re.sub(r"(?<![A-Za-z\\])([a-z])\s*\(", r"\1 \\cdot (", tex))
        if e is None or not isinstance(e, sp.Expr) or e.atoms(AppliedUndef):
            found = function_in([tex])
            return found[0] if found else None
    return normalize(e)


def _letters(expr) -> set[str]:
    return {s.name for s in expr.free_symbols} - _CONSTANTS


def objective(info: MathInfo):
    """(name, var, sympy expr in the author's letter, LaTeX) of the author's function of one letter;
    ``"two"`` when a named quantity keeps two letters and none is written in one; None."""
    named, two = [], False
    for block in info.blocks:
        parts = _sides(block)
        if len(parts) < 2:
            continue
        m = _NAME.match(parts[0])
        if not m or "'" in parts[0] or "\\prime" in parts[0]:
            continue
        name, arg = re.sub(r"\\(bar|overline|tilde|hat)\s*\{?\s*([A-Za-z])\}?", r"\\\1{\2}", m.group(1)), m.group(2)
        one = None
        for side in reversed(parts[1:]):
            e = _expr(side)
            if e is None or not hasattr(e, "free_symbols"):
                continue
            letters = _letters(e)
            if len(letters) == 1 and (arg is None or letters == {arg}) and letters != {name}:
                one = (name, next(iter(letters)), e, side)
                break
            if len(letters) >= 2 and name not in letters:
                two = True
                break
        if one is not None:
            named.append(one + (single_line(block),))
    if not named:
        if two:
            return "two"
        return None
    used = set()  # a letter another formula uses is a substitution (y = 100 - 2x in A = xy)
    for block in info.blocks:
        for side in _sides(block)[1:]:
            e = _expr(side)
            if e is not None and hasattr(e, "free_symbols"):
                used |= _letters(e)
    keep = [n for n in named if n[0] not in used]
    if not keep:
        return "two" if two else named[0][:4]
    # P(x) = R(x) - C(x) = ...: the quantity made of the others is the objective
    made = [n for n in keep if any(o[0] != n[0] and re.search(re.escape(o[0]) + r"\s*\(", n[4]) for o in keep)]
    keep = made or keep
    import sympy as sp

    def curved(n) -> bool:
        try:
            return sp.Poly(n[2], sp.Symbol(n[1])).degree() > 1
        except Exception:  # noqa: BLE001 - not a polynomial
            return True

    shapes = [n for n in keep if curved(n)]
    quantities = [n for n in shapes if n[0] not in ("f", "g", "h", "y")]
    if len(shapes) > 1 and len(quantities) == 1 and re.search(WORD_PROBLEM, info.prose, re.I):
        shapes = quantities  # the area of a rectangle under y = 12 - x^2: the area is the objective
    if len({(n[0], sp.srepr(n[2])) for n in shapes}) > 1:
        return "two"  # two functions to optimise: which one the block asks about is not clear
    return (shapes or keep)[0][:4]


def _realised(expr, x):
    """x^{p/q} with q odd as the real root (x^{2/3} is defined for x < 0, as the author means)."""
    import sympy as sp

    def real_power(e):
        b, p = e.base, e.exp
        mag = sp.Abs(b) ** p
        return mag if p.p % 2 == 0 else sp.sign(b) * mag

    return expr.replace(lambda e: isinstance(e, sp.Pow) and e.exp.is_Rational and not e.exp.is_integer
                        and e.exp.q % 2 == 1 and e.base.has(x), real_power)


# -- the domain ------------------------------------------------------------------------------------

_LE = r"(?:\\le(?:q|qslant)?|≤|<)"
_GE = r"(?:\\ge(?:q|qslant)?|≥|>)"


def _bound(tex: str) -> float | None:
    t = tex.strip()
    if re.fullmatch(r"\+?\s*\\infty", t):
        return INF
    if re.fullmatch(r"-\s*\\infty", t):
        return -INF
    return number(t)


def _said_interval(info: MathInfo, block: str) -> bool:
    """The prose just before the math ``(a, b)`` says it is an interval ("on", "over", "区间", "在")."""
    at = info.concept.find(block)
    return at >= 0 and bool(re.search(r"(?:\bon|\bin|\bover|interval|区间|在)\s*\$*\s*$", info.concept[max(0, at - 20):at], re.I))


_MONOTONE = r"increas|decreas|monoton|单调|递增|递减|增函数|减函数"


def _condition(info: MathInfo, block: str) -> bool:
    """``当 $x<-1$ 时`` / ``when $x > 3$``: a condition on the variable (where f' > 0), not its domain."""
    at = info.concept.find(block)
    if at < 0:
        return False
    before, after = info.concept[max(0, at - 12):at], info.concept[at + len(block):at + len(block) + 4]
    return bool(re.search(r"(?:当|若|如果|\bwhen(?:ever)?|\bif)\s*\$*\s*$", before, re.I) or re.match(r"\s*\$*\s*时", after))


def domain_given(info: MathInfo, var: str) -> Domain | None | bool:
    """The author's domain of ``var``; None when none is written; False when two different ones are."""
    v = re.escape(var)
    found: list[Domain] = []
    for block in info.blocks:
        if _condition(info, block):
            continue
        flat = re.sub(r"\\(?:left|right)(?![A-Za-z])", "", single_line(block))
        flat = re.sub(r"\\[,;!: ]", " ", flat)
        for m in re.finditer(rf"(?:^|[,;(]|\\quad|\\text\{{[^{{}}]*\}})\s*([^<>=≤,;]+?)\s*({_LE})\s*{v}\s*({_LE})\s*([^<>=≤,;]+?)\s*(?=$|[,;)]|\\quad|\\text)", flat):
            a, b = _bound(m.group(1)), _bound(m.group(4))
            if a is not None and b is not None and a < b:
                found.append(Domain(a, b, m.group(2) != "<", m.group(3) != "<", re.sub(r"^(?:\\q?quad|\\text\{[^{}]*\})\s*", "", flat[m.start(1):m.end(4)].strip()), "given"))
        for m in re.finditer(rf"(?<![\w\\]){v}\s*({_GE}|{_LE})\s*({_NUM}|\\pi|\\frac\{{[^{{}}]+\}}\{{[^{{}}]+\}})(?![\w.])", flat):
            c = _bound(m.group(2))
            if c is None or re.search(rf"{_LE}\s*{v}\s*$", flat[:m.start() + 1 + len(var)]):
                continue
            op = m.group(1)
            strict = op in ("<", ">")
            if re.match(_GE, op):
                found.append(Domain(c, INF, not strict, False, m.group(0).strip(), "given"))
            else:
                found.append(Domain(-INF, c, False, not strict, m.group(0).strip(), "given"))
        for m in re.finditer(rf"(?<![\w.\\])({_NUM})\s*({_GE}|{_LE})\s*{v}(?![\w])", flat):  # 0 < x
            if re.match(rf"\s*({_GE}|{_LE})", flat[m.end():]):
                continue  # a chain, read above
            c, op = float(m.group(1)), m.group(2)
            strict = op in ("<", ">")
            ge, le = (">", "<") if strict else ("\\ge", "\\le")
            if re.match(_LE, op):
                found.append(Domain(c, INF, not strict, False, f"{var} {ge} {m.group(1)}", "given"))
            else:
                found.append(Domain(-INF, c, False, not strict, f"{var} {le} {m.group(1)}", "given"))
        for m in re.finditer(r"([\[(])\s*([^\[\](),]{1,30}?)\s*,\s*([^\[\](),]{1,30}?)\s*([\])])", flat):
            before = flat[:m.start()].rstrip()
            whole = flat.strip() == m.group(0).strip()
            if m.group(1) == "(" and m.group(4) == ")" and not (before.endswith("\\in") or (whole and _said_interval(info, block))):
                continue  # a point (2, 3), not an interval
            if not (whole or before.endswith("\\in") or m.group(1) == "[" or m.group(4) == "]"):
                continue
            a, b = _bound(m.group(2)), _bound(m.group(3))
            if a is None or b is None or not a < b:
                continue
            ca, cb = m.group(1) == "[" and math.isfinite(a), m.group(4) == "]" and math.isfinite(b)
            found.append(Domain(a, b, ca, cb, m.group(0).strip(), "given"))
        if re.search(rf"{v}\s*\\in\s*\\mathbb\{{R\}}|\\mathbb\{{R\}}", flat) and not found:
            found.append(Domain(-INF, INF, False, False, "\\mathbb{R}", "given"))
    distinct = []
    for d in found:
        if not any((d.a, d.b, d.closed_a, d.closed_b) == (e.a, e.b, e.closed_a, e.closed_b) for e in distinct):
            distinct.append(d)
    if len(distinct) > 1 and re.search(_MONOTONE, info.prose, re.I):
        return None  # the intervals where f rises and falls, not its domain
    if len(distinct) > 1:
        # 0 < x and x < 50 written apart, or an interval and a one-sided bound that agree: the narrowest
        lo = max(distinct, key=lambda d: d.a)
        hi = min(distinct, key=lambda d: d.b)
        bounded = [d for d in distinct if math.isfinite(d.a) and math.isfinite(d.b)]
        if len(bounded) > 1:
            return False
        if lo.a < hi.b:
            left, right = ("\\le" if lo.closed_a else "<"), ("\\le" if hi.closed_b else "<")
            tex = bounded[0].tex if bounded else f"{fmt(lo.a, 4)} {left} {var} {right} {fmt(hi.b, 4)}"
            return Domain(lo.a, hi.b, lo.closed_a, hi.closed_b, tex, "given")
        return False
    return distinct[0] if distinct else None


def _positivity(expr, x, var: str) -> Domain | None:
    """Where every factor of the objective that is a polynomial in x (a length: x, 12 - 2x, 12 - x^2)
    is positive, as the author wrote the factors; x > 0 when there is none (a positive quantity)."""
    import sympy as sp

    region, seen = sp.Interval(-sp.oo, sp.oo), False
    for f in sp.Mul.make_args(expr):
        base = f.base if isinstance(f, sp.Pow) and f.exp.is_Integer and f.exp > 0 else f
        try:
            if sp.Poly(base, x).degree() < 1:
                continue
        except Exception:  # noqa: BLE001 - not a polynomial
            continue
        seen = True
        region = region & sp.solveset(base > 0, x, sp.S.Reals)
    if not seen:
        region = sp.Interval.open(0, sp.oo)
    if not isinstance(region, sp.Interval) or region.measure == 0:
        return None
    lo, hi = float(region.start), float(region.end)
    if math.isfinite(hi) and math.isfinite(lo):
        tex = f"{exact_tex(region.start)} < {var} < {exact_tex(region.end)}"
    elif math.isfinite(lo):
        tex = f"{var} > {exact_tex(region.start)}"
    else:
        return None
    return Domain(lo + 0.0, hi + 0.0, False, False, tex, "positivity" if seen else "quantity")


def _natural(code: str, var: str) -> Domain | None:
    """Where f is defined: all of ℝ, or one half-line (x > -1 for ln(1 + x), x ≥ 0 for √x); None
    for anything else (poles, several pieces)."""
    import sympy as sp

    from .symbolic import evaluate

    xs = np.linspace(-40, 40, 4001)
    ys = evaluate(code, "x", xs)
    if ys is None:
        return None
    ok = np.isfinite(ys)
    if ok.all():
        return Domain(-INF, INF, False, False, "\\mathbb{R}", "natural")
    runs = np.flatnonzero(np.diff(ok.astype(int)))
    if len(runs) != 1:
        return None
    right = bool(ok[-1])  # defined to the right of the boundary
    i = int(runs[0])
    bad, good = (xs[i], xs[i + 1]) if right else (xs[i + 1], xs[i])
    for _ in range(60):
        mid = 0.5 * (bad + good)
        v = evaluate(code, "x", np.array([mid]))
        if v is not None and np.isfinite(v[0]):
            good = mid
        else:
            bad = mid
    c = float(sp.nsimplify(round(good, 7), rational=True)) if abs(round(good, 7) - good) < 1e-6 else good
    at = evaluate(code, "x", np.array([c]))
    closed = at is not None and bool(np.isfinite(at[0]))
    c_tex = fmt(c, 4)
    ge, le = ("\\ge", "\\le") if closed else (">", "<")
    if right:
        return Domain(c, INF, closed, False, f"{var} {ge} {c_tex}", "natural")
    return Domain(-INF, c, False, closed, f"{var} {le} {c_tex}", "natural")


# -- critical points -------------------------------------------------------------------------------


def _values(code: str, xs) -> np.ndarray:
    from .symbolic import evaluate

    ys = evaluate(code, "x", np.asarray(xs, dtype=float))
    return np.full(len(xs), np.nan) if ys is None else np.asarray(ys, dtype=float) * np.ones(len(xs))


def _span(domain: Domain, reach: float = 60.0) -> tuple[float, float]:
    """A finite stretch of the domain to search (the whole of it when it is bounded); ``reach`` is
    how far an unbounded end is searched (the author's largest number sets the scale)."""
    a, b = domain.a, domain.b
    if math.isfinite(a) and math.isfinite(b):
        return a, b
    if not math.isfinite(a) and not math.isfinite(b):
        return -reach, reach
    if math.isfinite(a):
        return a, a + reach
    return b - reach, b


def _zeros(d_expr, d_code: str, x, lo: float, hi: float, within: tuple[float, float] | None = None) -> list:
    """Zeros of f' in ``within`` (default [lo, hi]): exact (sympy) where it can, else by sign changes
    in [lo, hi]; sympy numbers or floats."""
    import sympy as sp

    out = []
    a, b = within or (lo, hi)
    num, den = sp.fraction(sp.together(d_expr))
    try:
        if num.is_polynomial(x) and not num.is_zero:
            for r in sp.Poly(num, x).real_roots():
                if a - 1e-12 <= float(r) <= b + 1e-12:
                    out.append(r)
            return _checked(out, d_code)
    except Exception:  # noqa: BLE001
        out = []
    try:
        sol = sp.solveset(num, x, sp.Interval(-sp.oo if a == -INF else sp.nsimplify(a), sp.oo if b == INF else sp.nsimplify(b)))
        if isinstance(sol, sp.FiniteSet) and len(sol) <= 12:
            out = [r for r in sol if r.is_real]
            numeric = _sign_changes(d_code, lo, hi)
            if all(any(abs(float(r) - n) < 1e-6 for r in out) for n in numeric):
                return _checked(out, d_code)
    except Exception:  # noqa: BLE001
        pass
    return _sign_changes(d_code, lo, hi)


def _checked(roots, d_code: str):
    keep = []
    for r in roots:
        v = _values(d_code, [float(r)])[0]
        if not math.isfinite(v) or abs(v) < 1e-6:
            keep.append(r)
    return keep


def _sign_changes(d_code: str, lo: float, hi: float) -> list[float]:
    xs = np.linspace(lo, hi, 6001)[1:-1]
    v = _values(d_code, xs)
    out = []
    for i in np.nonzero(np.sign(v[:-1]) * np.sign(v[1:]) < 0)[0]:
        a, b = xs[i], xs[i + 1]
        va = v[i]
        for _ in range(60):
            m = 0.5 * (a + b)
            vm = _values(d_code, [m])[0]
            if not math.isfinite(vm):
                break
            a, b, va = (m, b, vm) if vm * va > 0 else (a, m, va)
        r = 0.5 * (a + b)
        if abs(_values(d_code, [r])[0]) < 1e-6:  # a zero, not a pole or a jump
            out.append(float(round(r, 10)))
    return out


def _singular(expr, d_code: str, code: str, x, lo: float, hi: float) -> list:
    """Points of [lo, hi] where f is finite but f' is not (a corner of |x - 2|, the cusp of x^{2/3})."""
    import sympy as sp

    found = []
    for atom in expr.atoms(sp.Abs, sp.sign):
        try:
            found += [r for r in sp.solve(atom.args[0], x) if r.is_real]
        except Exception:  # noqa: BLE001
            pass
    try:
        _, den = sp.fraction(sp.together(sp.diff(expr, x)))
        if den.has(x) and den.is_polynomial(x):
            found += [r for r in sp.Poly(den, x).real_roots()]
    except Exception:  # noqa: BLE001
        pass
    out = []
    for r in found:
        p = float(r)
        if not lo <= p <= hi or any(abs(p - float(q)) < 1e-9 for q in out):
            continue
        fv = _values(code, [p])[0]
        h = 1e-6 * max(1.0, abs(p))
        left, right = _values(code, [p - h, p])
        slopes = ((right - left) / h, (_values(code, [p + h])[0] - fv) / h)
        if math.isfinite(fv) and (abs(slopes[0] - slopes[1]) > 1e-3 * max(1.0, abs(slopes[0])) or not math.isfinite(_values(d_code, [p])[0])):
            out.append(r)
    return out


def exact_tex(value) -> str:
    """LaTeX of a sympy number (exact when short), else a decimal."""
    import sympy as sp

    try:
        v = sp.nsimplify(value) if isinstance(value, float) else sp.simplify(value)
        if isinstance(value, float) and abs(float(v) - value) > 1e-9:
            return fmt(value, 4)
        if v.is_Rational and not v.is_Integer and v.q > 1000:
            return format(float(v), ".5g")
        if v.is_Integer or (v.is_Rational and v.q <= 100) or (sp.count_ops(v) <= 6 and not v.is_Float):
            return sp.latex(v, ln_notation=True)
    except Exception:  # noqa: BLE001
        pass
    return fmt(float(value), 4)


# -- the reading -------------------------------------------------------------------------------------


def _reading(info: MathInfo) -> Extremum | None:
    import sympy as sp

    if re.search(ELSEWHERE, info.prose, re.I):
        return None
    obj = objective(info)
    if obj == "two":
        return None
    if obj is None:
        from .calculus import read_curve

        curve = read_curve(info)
        if curve is None:
            return None
        obj = (curve.name, curve.var, curve.expr.subs(sp.Symbol("x"), sp.Symbol(curve.var)), curve.tex)
    name, var, expr, tex = obj
    name, var = str(name), str(var)
    if name == var:
        return None
    x = sp.Symbol("x", real=True)
    written = sp.nsimplify(normalize(expr).subs(sp.Symbol(var), x), rational=True)
    expr = _realised(written, x)
    if {s.name for s in expr.free_symbols} != {"x"} or expr.has(sp.Integral, sp.Derivative, sp.Limit, sp.Sum):
        return None
    code = to_numpy(expr, ("x",))
    if not code:
        return None
    word = bool(re.search(WORD_PROBLEM, info.prose, re.I))
    domain = domain_given(info, var)
    if domain is False:
        return None
    if domain is None:
        domain = _positivity(expr, x, var) if word else _natural(code, var)
    if domain is None:
        return None
    d_expr = sp.diff(expr, x)
    d_code = to_numpy(d_expr, ("x",))
    if not d_code:
        return None
    scale = max([abs(float(n)) for n in expr.atoms(sp.Number) if n.is_finite] + [1.0])
    lo, hi = _span(domain, max(60.0, 10 * min(scale, 1e6)))
    xs = np.linspace(lo, hi, 2001)[1:-1]
    if not np.all(np.isfinite(_values(code, xs))):
        return None  # not defined (or not continuous) all over the domain
    trig = any(t in code for t in ("np.sin", "np.cos", "np.tan"))
    if trig and not (math.isfinite(domain.a) and math.isfinite(domain.b)):
        return None  # infinitely many critical points
    zeros = _zeros(d_expr, d_code, x, lo, hi, (domain.a, domain.b))
    corners = _singular(expr, d_code, code, x, lo, hi)
    pts = []
    for r, where in [(r, "singular") for r in corners] + [(r, "critical") for r in zeros]:
        p = float(r)
        if domain.contains(p) and not (p in (domain.a, domain.b)) and not any(abs(p - q[0]) < 1e-7 for q in pts):
            pts.append((p, r, where))
    if len(pts) > 6:
        return None
    marks = np.array([q[0] for q in pts] or [INF])
    away = xs[np.all(np.abs(xs[:, None] - marks[None, :]) > 1e-3, axis=1)]
    if not np.all(np.isfinite(_values(d_code, away))):
        return None  # f' undefined somewhere not found above
    pts.sort(key=lambda t: t[0])
    cands = []
    cuts = [lo] + [p for p, _, _ in pts] + [hi]
    signs = []
    for u, w in zip(cuts, cuts[1:]):
        mids = np.linspace(u, w, 7)[1:-1]
        s = np.sign(_values(d_code, mids))
        s = s[np.isfinite(s) & (s != 0)]
        signs.append(int(s[len(s) // 2]) if len(s) else 0)
    if 0 in signs:
        return None  # f constant on a stretch
    for i, (p, r, where) in enumerate(pts):
        left, right = signs[i], signs[i + 1]
        kind = "max" if left > 0 > right else "min" if left < 0 < right else "neither"
        y = _value(expr, x, r)
        cands.append(Candidate(p, float(y), exact_tex(r), exact_tex(y), where, kind))
    for end, closed, sign, first in ((domain.a, domain.closed_a, signs[0], True), (domain.b, domain.closed_b, signs[-1], False)):
        if closed:
            r = sp.nsimplify(end, [sp.pi]) if abs(float(sp.nsimplify(end, [sp.pi])) - end) < 1e-12 else end
            y = _value(expr, x, r)
            kind = ("min" if sign > 0 else "max") if first else ("max" if sign > 0 else "min")
            cands.insert(0 if first else len(cands), Candidate(end, float(y), exact_tex(r), exact_tex(y), "end", kind))
    if not cands or len(cands) > 7 or not any(c.kind in ("max", "min") for c in cands):
        return None
    best, worst = _absolute(code, domain, cands, lo, hi)
    local = bool(re.search(_LOCAL, info.prose, re.I))
    absolute = bool(re.search(_ABSOLUTE, info.prose, re.I)) or not local
    outside = tuple(float(r) for r in _zeros(d_expr, d_code, x, -60, 60, (-INF, INF)) if not domain.contains(float(r)))
    found = Extremum(expr, code, tex, name, var, d_expr, d_code, domain, tuple(cands), best, worst, local, absolute, word, outside,
                     sp.diff(written, x))
    if absolute and not local and best is None and worst is None:
        return None  # the largest or smallest value asked, and f has neither
    wants_max, wants_min = (bool(re.search(w, info.prose, re.I)) for w in (_MAXW, _MINW))
    if absolute and not local and ((wants_max and not wants_min and best is None) or (wants_min and not wants_max and worst is None)):
        return None  # "maximise" where f has no largest value
    return found if claims_hold(info, found) else None


def _value(expr, x, r):
    import sympy as sp

    y = sp.simplify(expr.subs(x, r))
    if not (y.is_real and y.is_finite):
        y = sp.Float(float(sp.re(sp.N(expr.subs(x, r)))))
    return y


def _absolute(code: str, domain: Domain, cands: list[Candidate], lo: float, hi: float):
    """The candidates where f is largest and smallest over the domain (None where the value is not
    reached: f runs higher toward an open or infinite end)."""
    ends = []
    if not domain.closed_a:
        a = domain.a if math.isfinite(domain.a) else -1e6
        ends += list(a + np.array([1e-9, 1e-6, 1e-3]) * max(1.0, abs(a))) if math.isfinite(domain.a) else [-1e6, -1e4, -1e3]
    if not domain.closed_b:
        ends += list(domain.b - np.array([1e-9, 1e-6, 1e-3]) * max(1.0, abs(domain.b))) if math.isfinite(domain.b) else [1e3, 1e4, 1e6]
    grid = np.concatenate([np.linspace(lo, hi, 4001), np.array(ends, dtype=float)])
    grid = grid[[domain.contains(float(g)) for g in grid]]
    with np.errstate(all="ignore"):
        ys = _values(code, grid)
    ys = ys[np.isfinite(ys)] if np.isfinite(ys).any() else ys
    top, bottom = max(cands, key=lambda c: c.y), min(cands, key=lambda c: c.y)
    scale = 1e-7 * max(1.0, abs(top.y), abs(bottom.y))
    best = top if ys.size == 0 or top.y >= ys.max() - scale else None
    worst = bottom if ys.size == 0 or bottom.y <= ys.min() + scale else None
    if len([c for c in cands if abs(c.y - top.y) < scale]) > 1 and best is not None:
        best = top  # a tie: the first
    return best, worst


# -- the author's claims ------------------------------------------------------------------------

_MAXW = r"maxim|\bmax\b|largest|greatest|biggest|最大|极大"
_MINW = r"minim|\bmin\b|smallest|least|最小|极小|最省"


def _kind_near(text: str, after: bool) -> tuple[str, str] | None:
    """("max" | "min", "local" | "absolute" | "") of the extremum word nearest the math (before it in
    ``text`` when ``after`` is False, i.e. ``text`` ends at the math)."""
    hits = []
    for kind, pat in (("max", _MAXW), ("min", _MINW)):
        for m in re.finditer(pat, text, re.I):
            hits.append((m.start(), kind, m.group(0)))
    if not hits:
        return None
    pos, kind, word = min(hits) if after else max(hits)
    around = text[max(0, pos - 12):pos + 14]
    scope = "local" if re.search(r"local|relative|极", around, re.I) else "absolute" if re.search(r"absolute|global|最", around, re.I) else ""
    return kind, scope


def close_to_shown(got: float, want: float, shown: str) -> bool:
    """``got`` agrees with ``want`` to the decimals written at the end of ``shown`` (half a unit of its last
    place), else to 1e-6 relative; never for a value that is not finite."""
    if not (math.isfinite(got) and math.isfinite(want)):
        return False
    m = re.search(r"\.(\d+)\s*$", shown.strip())
    tol = 0.5 * 10 ** -len(m.group(1)) + 1e-9 if m else 1e-6 * max(1.0, abs(want))
    return abs(got - want) <= max(tol, 1e-6 * max(1.0, abs(want)))


def claims_hold(info: MathInfo, ex: Extremum) -> bool:
    """Every value the author states agrees with the reading (see the module docstring)."""
    import sympy as sp

    text = info.concept
    var, name = re.escape(ex.var), re.escape(ex.name)
    critical_xs = [c.x for c in ex.candidates] + list(ex.roots_outside) + [ex.domain.a, ex.domain.b]
    maxima = [c for c in ex.candidates if c.kind == "max"]
    minima = [c for c in ex.candidates if c.kind == "min"]
    for m in re.finditer(r"\$\$(.+?)\$\$|(?<![\\$])\$([^$]+?)\$|\\\[(.+?)\\\]|\\\((.+?)\\\)", text, re.S):
        body = single_line(next(g for g in m.groups() if g is not None))
        before = re.split(r"[.。;；!?！？\n]", text[max(0, m.start() - 60):m.start()])[-1]
        after = re.split(r"[.。;；!?！？\n,，]", text[m.end():m.end() + 30])[0]
        near = _kind_near(before, False) if re.search(r"[A-Za-z]", before) or not re.search(_MAXW + "|" + _MINW, after) else None
        if near is None:
            near = _kind_near(after, True) if re.search(r"时|处|gives|yields|produces", after) else None
        pieces = [p for p in re.split(r",|;|\\quad|\\qquad|\\Rightarrow|\\implies|\\text\{\s*(?:or|and|或|和)\s*\}|\\(?:text|mathrm)\{\s*(?:at|when)\s*\}", body) if p.strip()]
        for piece in pieces:
            parts = [p.strip() for p in split_top(piece.replace("\\approx", "="), "=")]
            if not _derivative_holds(parts, ex, name, var):
                return False
            # x = c (an argmax, a critical point): x = \pm 2 names both
            if len(parts) == 2 and re.fullmatch(var, parts[0]):
                rhs = parts[1]
                values = [number(rhs.replace("\\pm", ""))] if "\\pm" not in rhs else [number(rhs.replace("\\pm", "")), number("-" + rhs.replace("\\pm", ""))]
                if any(v is None for v in values):
                    continue
                for c in values:
                    if near is not None:
                        kind, scope = near
                        pool = (maxima if kind == "max" else minima)
                        if scope == "local":
                            pool = [p for p in pool if p.where != "end"] or pool
                        absolute = ex.best if kind == "max" else ex.worst
                        if scope == "absolute" and not ex.word:
                            pool = [absolute] if absolute else []
                        if not any(abs(p.x - c) < 1e-6 * max(1, abs(c)) + (0.5e-2 if "." in rhs else 0) for p in pool if p):
                            return False
                    elif not any(abs(p - c) < 1e-6 * max(1, abs(c)) + (0.5e-2 if "." in rhs else 0) for p in critical_xs if math.isfinite(p)):
                        return False
                continue
            # f(c) = v (and a chain f(c) = 2 \cdot 3 = 6)
            at = re.fullmatch(rf"{name}\s*\(\s*([^()]+?)\s*\)", parts[0]) if parts else None
            if at and len(parts) >= 2:
                c = number(at.group(1))
                if c is None:
                    continue
                try:
                    want = float(sp.N(ex.expr.subs(sp.Symbol("x", real=True), sp.nsimplify(c))))
                except Exception:  # noqa: BLE001
                    return False
                for side in parts[1:]:
                    v = number(side)
                    if v is not None and not close_to_shown(v, want, side):
                        return False
                if near is not None:
                    kind, scope = near
                    pool = maxima if kind == "max" else minima
                    if scope == "absolute":
                        absolute = ex.best if kind == "max" else ex.worst
                        pool = [absolute] if absolute else []
                    if not any(abs(p.x - c) < 1e-6 * max(1, abs(c)) for p in pool if p):
                        return False
                continue
            # a value: "the maximum is 1250", f_{\max} = 4, \max f = 4, A_{max} = 1250
            label = parts[0] if len(parts) >= 2 else ""
            named_kind = None
            if re.search(r"_\{?\\?(?:max|text\{max\}|mathrm\{max\})", label) or re.match(r"\\max", label):
                named_kind = ("max", "")
            elif re.search(r"_\{?\\?(?:min|text\{min\}|mathrm\{min\})", label) or re.match(r"\\min", label):
                named_kind = ("min", "")
            kind = named_kind or (near if len(parts) == 1 else None)
            if kind is None:
                continue
            value_tex = strip_units(parts[-1])
            v = number(value_tex)
            if v is None:
                continue
            pool = maxima if kind[0] == "max" else minima
            absolute = ex.best if kind[0] == "max" else ex.worst
            if kind[1] == "absolute" or (kind[1] == "" and absolute is not None and not ex.local):
                pool = [absolute] if absolute else []
            if not any(close_to_shown(v, p.y, value_tex) for p in pool if p):
                return False
    return True


def _derivative_holds(parts: list[str], ex: Extremum, name: str, var: str) -> bool:
    """``f'(x) = 3x^2 - 3 = 3(x - 1)(x + 1)``: each side but a lone 0 is f'."""
    import sympy as sp

    if not parts or not re.fullmatch(rf"(?:{name}'|{name}\^\{{?\\prime\}}?)\s*\(\s*{var}\s*\)|\\frac\{{d{name}\}}\{{d{var}\}}", parts[0]):
        return True
    x = sp.Symbol("x", real=True)
    for side in parts[1:]:
        if side.strip() == "0":
            continue
        e = _expr(side)
        if e is None or not hasattr(e, "free_symbols"):
            continue
        if {s.name for s in e.free_symbols} - {ex.var} - _CONSTANTS:
            return False
        e = _realised(normalize(e).subs(sp.Symbol(ex.var), x), x)
        xs = np.linspace(*_span(ex.domain), 37)[1:-1] + 0.0123
        got, want = _values(to_numpy(e, ("x",)) or "x*np.nan", xs), _values(ex.d_code, xs)
        both = np.isfinite(got) & np.isfinite(want)
        if both.sum() < 3 or not np.allclose(got[both], want[both], rtol=1e-6, atol=1e-8):
            return False
    return True
