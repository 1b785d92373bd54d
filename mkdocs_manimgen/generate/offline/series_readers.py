"""A series of functions the author writes, ``\\sum_{n=n_0}^{\\infty} t_n(x)``, read as mathematics: where it
converges and to what, and the block's own statements about that, checked.

The region comes from the ratio (d'Alembert) test: with L(x) = lim |t_{n+1}(x) / t_n(x)|, the series converges
where L(x) < 1 and diverges where L(x) > 1. For a power series L = |x - c|^m / R^m, so the radius is R and the
interval is (c - R, c + R); each finite endpoint is a numeric series of its own, decided by sympy's
``Sum.is_convergent`` (the p-series, alternating and comparison tests). A series in ``z`` (or said to live in
the complex plane) converges in the disc |z - c| < R. Every sympy call is bounded in time
(:func:`.limits.within`): a question sympy cannot answer in time is no reading at all, never a guess.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .latex import MathInfo, fmt, single_line, split_top
from .symbolic import formulas, number, parse, to_numpy

SYMPY_SECONDS = 2.0  # one limit, summation or convergence test
_COMPLEX = re.compile(r"complex\s+plane|argand|\bdisc\b|\bdisk\b|复平面|收敛圆|复数", re.I)
_INTERVAL_WORDS = r"(?:interval\s+of\s+convergence|收敛域|收敛区间|converges?\s+(?:exactly\s+)?(?:on|for\s+x\s+in))"
_NUM = r"-?\s*(?:\d+(?:\.\d+)?|\\d?frac\s*\{[^{}]+\}\s*\{[^{}]+\}|\\infty)"
_STATED_INTERVAL = re.compile(_INTERVAL_WORDS + r"[^$]{0,24}\$\s*(?:x\s*\\in\s*)?([\[(])\s*(" + _NUM + r")\s*,\s*(" + _NUM
                              + r")\s*([\])])\s*\$", re.I)
_STATED_RADIUS_PROSE = re.compile(r"(?:radius\s+of\s+convergence|收敛半径)\s*(?:is|of|equals|为|是|等于)?\s*\$\s*(?:R\s*=\s*)?("
                                  + _NUM + r")\s*\$", re.I)
_STATED_RADIUS_TEX = re.compile(r"(?<![A-Za-z\\_])R\s*=(?:[^=$]*=)*\s*(" + _NUM + r")\s*$")


@dataclass(frozen=True)
class Statement:
    """One statement of the block about the series: as written, what holds instead (LaTeX), and whether it holds."""

    stated: str
    truth: str
    holds: bool


@dataclass(frozen=True)
class SeriesOfFunctions:
    """``\\sum_{n=start}^{\\infty} term`` in the variable ``var`` (sympy), read by the ratio test.

    ``ratio``: L(var) = lim |t_{n+1}/t_n| before the absolute value (sympy); ``radius``: R of a power series
    about ``centre`` (math.inf when L = 0), None for another series of functions (Σ g(x)^n); ``lo, hi``: the
    open real interval where L < 1 (±math.inf allowed); ``ends``: each finite endpoint with whether the series
    converges there; ``total``: the sum function S(var) (sympy), None when sympy gives none in time;
    ``complex_plane``: the region is the disc |z - c| < R; ``statements``: what the block says of R, the interval
    and S, checked."""

    term: object
    n: object
    var: object
    start: int
    ratio: object
    radius: float | None
    centre: float
    lo: float
    hi: float
    ends: tuple[tuple[float, bool], ...]
    total: object | None
    complex_plane: bool
    statements: tuple[Statement, ...]
    tex: str = ""  # the series as the author writes it

    def latex(self, expr) -> str:
        """``expr`` in LaTeX, logarithms written ln as the block's readers write them."""
        import sympy as sp

        return sp.latex(expr, ln_notation=True)

    @property
    def interval_tex(self) -> str:
        """The interval of convergence, endpoints included where the series converges: ``[-3, 3)``."""
        closed = dict(self.ends)
        left = "[" if closed.get(self.lo) else "("
        right = "]" if closed.get(self.hi) else ")"
        return f"{left}{_num_tex(self.lo)}, {_num_tex(self.hi)}{right}"

    def at(self, point: float) -> str:
        """LaTeX of the numeric series at ``point`` (an endpoint): ``\\sum_{n=1}^{\\infty} \\frac{1}{n}``."""
        import sympy as sp

        return sp.latex(sp.Sum(sp.simplify(self.term.subs(self.var, sp.nsimplify(point))), (self.n, self.start, sp.oo)))

    def partial_sum(self, count: int):
        """S_N(var) = t_start + ... + t_{start+N-1} (sympy)."""
        import sympy as sp

        return sp.Add(*[self.term.subs(self.n, k) for k in range(self.start, self.start + count)])


def read_series_of_functions(info: MathInfo) -> SeriesOfFunctions | None:
    """The block's one series of functions with what the ratio test, the endpoint tests and sympy's sum say;
    None when the block writes none, writes a series with another free letter (a parameter), or sympy cannot
    decide the region or an endpoint in time. Read once per concept: the family, its scene and the claims
    step all ask, and the sympy work takes about a second."""
    return _read(info.concept)


@lru_cache(maxsize=64)
def _read(concept: str) -> SeriesOfFunctions | None:
    import sympy as sp

    from .latex import extract
    from .limits import within

    info = extract(concept)
    found = _the_series(info)
    if found is None:
        return None
    term, n, var, start, tex = found
    ratio = within(SYMPY_SECONDS, lambda: sp.limit(sp.simplify(term.subs(n, n + 1) / term), n, sp.oo))
    if ratio is None or ratio.has(n) or ratio.has(sp.Limit) or ratio.has(sp.oo, -sp.oo, sp.zoo, sp.nan) \
            or ratio.free_symbols - {var}:
        return None
    ratio = sp.factor(ratio)  # |x - 1|/2, not |x/2 - 1/2|
    radius, centre = _radius(ratio, var)
    complex_plane = var.name in ("z", "w") or bool(_COMPLEX.search(info.prose))
    if complex_plane and radius is None:
        return None  # a disc only for a power series
    if radius is not None:
        lo, hi = centre - radius, centre + radius
    else:
        region = _real_region(ratio, var)
        if region is None:
            return None
        lo, hi = region
    ends = []
    if not complex_plane:
        for end in (lo, hi):
            if math.isfinite(end):
                verdict = _converges_at(term, n, var, start, end)
                if verdict is None:
                    return None
                ends.append((end, verdict))
    total = _sum_function(term, n, var, start, lo, hi)
    series = SeriesOfFunctions(term, n, var, start, ratio, radius, centre, lo, hi, tuple(ends), total, complex_plane, (), tex)
    return replace(series, statements=tuple(_statements(info, series)))


def _the_series(info: MathInfo):
    """(term, n, variable, start, the author's LaTeX) of the block's one Σ to ∞ with exactly one letter besides
    its index."""
    import sympy as sp

    seen = []
    for expr in formulas(info):
        for s in (expr.atoms(sp.Sum) if isinstance(expr, sp.Basic) else ()):
            if len(s.limits) != 1:
                continue
            n, start, end = s.limits[0]
            free = s.args[0].free_symbols - {n}
            if end != sp.oo or not start.is_Integer or len(free) != 1:
                continue
            key = sp.srepr(s)
            if key not in seen:
                seen.append(key)
                found = (s.args[0], n, free.pop(), int(start), _written(info, s) or sp.latex(s, ln_notation=True))
    return found if len(seen) == 1 else None


def _written(info: MathInfo, series) -> str | None:
    """The piece of the author's LaTeX that writes ``series`` (a side of an equation), or None."""
    for block in info.blocks:
        if "\\sum" not in block:
            continue
        for piece in split_top(single_line(block), "="):
            piece = re.sub(r"\\(?:display|text)style\s*", "", piece).strip()
            if "\\sum" in piece and parse(piece) == series:
                return piece
    return None


def _radius(ratio, var) -> tuple[float | None, float]:
    """(R, c) when L(var) = k |var - c|^m (a power series about c), R = |k|^(-1/m); (inf, 0) when L = 0."""
    import sympy as sp

    if ratio == 0:
        return math.inf, 0.0
    try:
        poly = sp.Poly(ratio, var)
    except sp.PolynomialError:
        return None, 0.0
    roots = sp.roots(poly)
    degree = poly.degree()
    if degree < 1 or len(roots) != 1:
        return None, 0.0
    (root, multiplicity), = roots.items()
    if multiplicity != degree or not root.is_real:
        return None, 0.0
    k = abs(complex(poly.LC()))
    return float(k ** (-1 / degree)), float(root)


def _real_region(ratio, var) -> tuple[float, float] | None:
    """The one open interval where |L(x)| < 1, or None (a union of intervals, or sympy gives none)."""
    import sympy as sp

    from .limits import within

    x = sp.Symbol(var.name, real=True)
    region = within(SYMPY_SECONDS, lambda: sp.solve_univariate_inequality(sp.Abs(ratio.subs(var, x)) < 1, x,
                                                                          relational=False))
    if not isinstance(region, sp.Interval) or region.measure == 0:
        return None
    return float(region.start), float(region.end)


def _converges_at(term, n, var, start: int, point: float) -> bool | None:
    import sympy as sp

    from .limits import within

    series = sp.Sum(sp.simplify(term.subs(var, sp.nsimplify(point))), (n, start, sp.oo))
    verdict = within(SYMPY_SECONDS, series.is_convergent)
    return bool(verdict) if verdict in (sp.true, sp.false) else None


def _sum_function(term, n, var, start: int, lo: float, hi: float):
    """sympy's closed form of the sum, kept only when it agrees with a partial sum of 400 terms inside."""
    import sympy as sp

    from .limits import within

    total = within(3 * SYMPY_SECONDS, lambda: sp.summation(term, (n, start, sp.oo)))
    if isinstance(total, sp.Piecewise):
        total = total.args[0][0]
    if total is None or total.has(sp.Sum) or total.has(n) or total.has(sp.nan, sp.zoo):
        return None
    total = sp.simplify(total)
    if to_numpy(total, (var.name,)) is None:
        return None  # Li_2(x/4): a sum function the scene cannot plot is not named either
    inside = _inside_point(lo, hi)
    try:
        head = sum(complex(term.subs({n: k, var: inside})) for k in range(start, start + 400))
        if abs(complex(total.subs(var, inside)) - head) > 1e-6 * max(1.0, abs(head)):
            return None
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return total


def _inside_point(lo: float, hi: float) -> float:
    """A point well inside (lo, hi): the middle, or 1 from a finite end of a half-line."""
    if math.isfinite(lo) and math.isfinite(hi):
        return lo + 0.4 * (hi - lo)
    if math.isfinite(lo):
        return lo + 1.0
    if math.isfinite(hi):
        return hi - 1.0
    return 0.5


def _statements(info: MathInfo, s: SeriesOfFunctions) -> list[Statement]:
    """The block's R, interval of convergence and sum function S(x), each against what holds."""
    import sympy as sp

    out = []
    if s.radius is not None:
        true_r = _num_tex(s.radius)
        for text in _stated_radii(info):
            value = number(text)
            if value is not None:
                out.append(Statement(f"R = {text}", f"R = {true_r}", _same(value, s.radius)))
    if not s.complex_plane:
        for m in _STATED_INTERVAL.finditer(info.concept):
            a, b = number(m.group(2).replace(" ", "")), number(m.group(3).replace(" ", ""))
            a = -math.inf if "infty" in m.group(2) and "-" in m.group(2) else a
            b = math.inf if "infty" in m.group(3) and "-" not in m.group(3) else b
            if a is None or b is None:
                continue
            stated = f"{m.group(1)}{m.group(2).strip()}, {m.group(3).strip()}{m.group(4)}"
            holds = _same(a, s.lo) and _same(b, s.hi) and stated[0] + stated[-1] == s.interval_tex[0] + s.interval_tex[-1]
            out.append(Statement(stated, s.interval_tex, holds))
    for expr in formulas(info):
        if s.total is None or not isinstance(expr, sp.Equality) or expr.rhs.has(sp.Sum) or expr.rhs.free_symbols != {s.var}:
            continue
        left = expr.lhs
        named = isinstance(left, sp.Function) and left.args == (s.var,) or isinstance(left, sp.Symbol) and left.name in ("S", "s")
        if named and str(getattr(left, "func", left)) in ("S", "s", "f"):
            holds = _agree(expr.rhs, s.total, s.var, s.lo, s.hi)
            if holds is not None:
                name = f"{getattr(left, 'func', left)}({sp.latex(s.var)})"
                out.append(Statement(f"{name} = {s.latex(expr.rhs)}", f"{name} = {s.latex(s.total)}", holds))
    return out


def _stated_radii(info: MathInfo) -> list[str]:
    said = [m.group(1) for m in _STATED_RADIUS_PROSE.finditer(info.concept)]
    for block in info.blocks:
        m = _STATED_RADIUS_TEX.search(block)
        if m:
            said.append(m.group(1))
    return list(dict.fromkeys(t.strip() for t in said))


def _agree(stated, total, var, lo: float, hi: float) -> bool | None:
    """The author's S(x) against sympy's at three points inside; None when either cannot be evaluated."""
    points = [_inside_point(lo, hi)]
    if math.isfinite(lo) and math.isfinite(hi):
        points = [lo + f * (hi - lo) for f in (0.2, 0.45, 0.7)]
    try:
        return all(abs(complex(stated.subs(var, p)) - complex(total.subs(var, p))) <= 1e-6 * max(1.0, abs(complex(total.subs(var, p))))
                   for p in points)
    except (TypeError, ValueError, ZeroDivisionError):
        return None


def _same(a: float, b: float) -> bool:
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def _num_tex(value: float) -> str:
    if math.isinf(value):
        return "\\infty" if value > 0 else "-\\infty"
    import sympy as sp

    exact = sp.nsimplify(value, [sp.sqrt(2), sp.sqrt(3)], tolerance=1e-12)
    return sp.latex(exact) if len(sp.latex(exact)) <= 16 else fmt(value, 4)
