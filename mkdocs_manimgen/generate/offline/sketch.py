"""The reader of a curve-sketching question (Stewart 4.5 "Summary of curve sketching", 同济《高等数学》3.6
函数图形的描绘): the author's f of x alone, its domain with its gaps (vertical asymptotes, removable holes,
ends), its horizontal or oblique asymptotes (limits at ±∞), intercepts, critical points with the sign of
f' between them, inflection points with the sign of f'', and a window that shows them all.

Everything comes from the author's f (sympy; exact where sympy solves, else a sign-change scan on a
bounded window, then said as decimals). Every value the author states (an asymptote, an extremum, an
inflection point, an interval of increase or concavity, f(c), f'(x)) is checked: a false one makes
:func:`read_sketch` return None (the block gets the walkthrough). Refused: free letters, functions by
cases or with |.|, a cusp or corner inside the domain, more than six critical and inflection points,
a periodic function without the author's interval, and anything sympy cannot take apart.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .extrema import close_to_shown
from .latex import MathInfo, fmt, single_line, split_top

# The block asks for the whole sketch (verify.QUESTIONS' "a curve sketch").
_NOT_A_FUNCTION_GRAPH = (r"polar|parametric|极坐标|参数方程|region|solid|level\s+curve|contour|vector\s+field|direction\s+field|"
                         r"slope\s+field|feasible|phase|区域|可行域|立体|等高线|方向场|向量场|斜率场|相图|inequalit|不等式|"
                         r"derivative\s+(?:of|from)\s+the\s+graph|graph\s+of\s+(?:f'|its\s+derivative|the\s+derivative)|导函数的图")
SKETCH = (rf"(?s)^(?!.*(?:{_NOT_A_FUNCTION_GRAPH}))(?:.*?)(?:"
          r"curve[- ]sketching|guidelines\s+for\s+sketching|sketch(?:es|ed|ing)?\s+(?:the\s+|a\s+)?(?:rough\s+)?(?:graph|curve)\b|"
          r"(?:^|[.;:?!,]\s*|\b(?:and|then|to|also|please)\s+)(?:sketch|graph|draw|plot)\b[^.?。]{0,80}?"
          r"(?:\basymptotes?\b|inflection|concav|\bextrem|\blocal\s+(?:max|min)|turning\s+points?|intercepts?\b|increas|decreas)|"
          r"\basymptotes?\b|渐近线|描绘|(?<![用换])作出?\s*(?:函数|曲线)[^。；]{0,30}?的?(?:图形|图像|图象|草图)|全面讨论|函数作图|草图)")
ASYMPTOTE = r"\basymptotes?\b|渐近线"
_CONCAVITY = r"concav|inflection|convex|凹|凸|拐点|second[- ]derivative|二阶导|描绘|全面讨论|curve[- ]sketching|guidelines"
_PERIODIC = ("sin", "cos", "tan", "cot", "sec", "csc")
MAX_POINTS = 6


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    x_tex: str
    y_tex: str
    kind: str = ""  # critical: "max" | "min" | "flat"; others: ""


@dataclass(frozen=True)
class Sketch:
    expr: object  # sympy in x (real)
    code: str  # numpy in x
    tex: str  # the author's LaTeX of f
    name: str  # f, y
    d1: object
    d2: object
    d1_code: str
    d2_code: str
    domain_tex: str
    pieces: tuple  # ((lo, hi), ...) the domain's intervals (floats, ±inf), ascending
    vertical: tuple  # ((c, c_tex, ("-+", "+-")), ...) vertical asymptotes x = c: each side and the sign of the infinity there
    holes: tuple  # (Point, ...) open dots (removable gaps, open ends with a finite limit)
    ends: tuple  # (Point, ...) closed ends of the domain
    horizontal: tuple  # ((side "+"|"-", L, L_tex), ...) y = L as x -> ±inf
    oblique: tuple  # ((side, k, b, tex), ...) y = kx + b as x -> ±inf
    critical: tuple  # (Point, ...) f' = 0, kind by the first-derivative test
    inflections: tuple  # (Point, ...) f'' changes sign
    x_intercepts: tuple  # (Point, ...)
    y_intercept: Point | None
    concavity: bool  # the block asks about concavity (f'' is shown)
    numeric: bool  # some point was found by a numeric scan (said as a decimal)
    window: tuple  # (a, b, lo, hi)
    rows: tuple  # ((kind "interval"|"point", left, right, tex, f'sign, f''sign, what), ...)
    interval: tuple | None = None  # the author's interval, when they give one

    @property
    def call(self) -> str:
        return "y" if self.name == "y" else f"{self.name}(x)"

    @property
    def asymptotes(self) -> int:
        return len(self.vertical) + len(self.horizontal) + len(self.oblique)


def asks(info: MathInfo) -> bool:
    """The block asks for the whole sketch (or for the asymptotes of a function it writes)."""
    from .families import pattern

    return bool(pattern(SKETCH).search(info.prose) or pattern(ASYMPTOTE).search(info.prose))


def read_sketch(info: MathInfo) -> Sketch | None:
    return _read(info.concept) if asks(info) else None


@lru_cache(maxsize=64)
def _read(concept: str) -> Sketch | None:
    from .latex import extract

    info = extract(concept)
    try:
        return _reading(info)
    except Exception:  # noqa: BLE001 - input sympy cannot take apart is input the family does not draw
        return None


# -- numbers ------------------------------------------------------------------------------------------


def _values(code: str, xs) -> np.ndarray:
    from .symbolic import evaluate

    xs = np.asarray(xs, dtype=float)
    with np.errstate(all="ignore"):
        ys = evaluate(code, "x", xs)
    return np.full(len(xs), np.nan) if ys is None else np.asarray(ys, dtype=float) * np.ones(len(xs))


def tex_of(value) -> str:
    """A sympy number as short LaTeX (exact when short), else a 4-place decimal."""
    import sympy as sp

    try:
        if isinstance(value, float):
            return fmt(value, 4)
        v = sp.nsimplify(value) if value.is_Float else sp.simplify(value)
        if v.is_Integer or (v.is_Rational and v.q <= 100) or (sp.count_ops(v) <= 6 and not v.has(sp.Float)):
            return sp.latex(v, ln_notation=True)
    except Exception:  # noqa: BLE001
        pass
    return fmt(float(value), 4)


def shown(tex: str, value: float) -> str:
    """``tex`` with its decimal beside it when it is not a plain number (``e^{-1} \\approx 0.3679``)."""
    if re.fullmatch(r"-?\d+(?:\.\d+)?", tex.strip()):
        return tex
    return f"{tex} \\approx {fmt(value, 4)}"


def _finite(v) -> bool:
    try:
        return bool(v.is_finite) and bool(v.is_real)
    except Exception:  # noqa: BLE001
        return False


# -- the reading -------------------------------------------------------------------------------------


def _roots(expr, x, domain, code: str, scan: tuple[float, float]):
    """Zeros of ``expr`` in ``domain``: (sympy numbers, exact) or (floats, True) from a sign-change scan."""
    import sympy as sp

    num = sp.numer(sp.together(sp.cancel(expr)))
    if num.is_zero or not num.has(x):
        return [], False
    num = sp.Mul(*[f for f in sp.Mul.make_args(sp.factor(num)) if not (isinstance(f, sp.exp) or (f.is_Pow and isinstance(f.base, sp.exp)))])
    if not num.has(x):
        return [], False
    try:
        sol = sp.solveset(num, x, domain)
        if isinstance(sol, sp.FiniteSet) and all(_finite(r) for r in sol) and len(sol) <= 3 * MAX_POINTS:
            found = sorted(sol, key=float)
            exact = [r for r in found if abs(_values(code, [float(r)])[0]) < 1e-6 or not np.isfinite(_values(code, [float(r)])[0])]
            return [r for r in exact if domain.contains(r) is sp.true or domain.contains(r) == True], False  # noqa: E712
        if sol is sp.S.EmptySet:
            return [], False
    except Exception:  # noqa: BLE001
        pass
    lo, hi = scan
    xs = np.linspace(lo, hi, 8001)[1:-1]
    v = _values(code, xs)
    out = []
    for i in np.nonzero(np.sign(v[:-1]) * np.sign(v[1:]) < 0)[0]:
        a, b, va = xs[i], xs[i + 1], v[i]
        for _ in range(60):
            m = 0.5 * (a + b)
            vm = _values(code, [m])[0]
            if not math.isfinite(vm):
                break
            a, b, va = (m, b, vm) if vm * va > 0 else (a, m, va)
        r = 0.5 * (a + b)
        if abs(_values(code, [r])[0]) < 1e-6:  # a zero, not a pole
            out.append(float(round(r, 9)))
    return out, True


def _sign(code: str, a: float, b: float) -> int:
    """The sign of numpy ``code`` on (a, b) (0 when it is not one sign there)."""
    a = a if math.isfinite(a) else min(b, 0) - 60
    b = b if math.isfinite(b) else max(a, 0) + 60
    xs = np.linspace(a, b, 403)[1:-1]
    v = _values(code, xs)
    v = v[np.isfinite(v) & (v != 0)]
    if v.size == 0:
        return 0
    if np.all(v > 0):
        return 1
    if np.all(v < 0):
        return -1
    return 0


def _reading(info: MathInfo) -> Sketch | None:
    import sympy as sp
    from sympy.calculus.util import continuous_domain

    from .calculus import read_curve
    from .given import interval as given_interval
    from .symbolic import to_numpy

    if re.search(r"polar|parametric|极坐标|参数方程|implicit|隐函数", info.prose, re.I):
        return None
    # a function by cases or with |.| is not sketched from one formula ("|x| \to \infty" only says where x goes)
    if any("\\begin{cases}" in b or re.search(r"\\(?:lvert|rvert|vert)|\|", b) and "\\to" not in b for b in info.blocks):
        return None
    curve = read_curve(info)
    if curve is None or curve.var != "x":
        return None
    x = sp.Symbol("x", real=True)
    plain = sp.Symbol("x")
    expr = curve.expr
    if {s.name for s in expr.free_symbols} != {"x"}:
        return None  # a letter left symbolic (a, k) or none at all
    expr = expr.subs(plain, x)
    if expr.has(sp.Piecewise, sp.Abs, sp.sign, sp.floor, sp.ceiling, sp.Max, sp.Min):
        return None
    reduced = sp.cancel(expr)
    if reduced.is_polynomial(x) and sp.Poly(reduced, x).degree() <= 1:
        return None  # a line (perhaps with a hole): nothing to sketch
    code = to_numpy(expr, ("x",)) or curve.code
    periodic = any(expr.has(getattr(sp, n)) for n in _PERIODIC)
    span = given_interval(info)
    if span is not None and not (span[0] < span[1]):
        span = None
    if periodic and (span is None or not all(map(math.isfinite, span)) or span[1] - span[0] > 20):
        return None  # infinitely many extrema: only on the author's interval

    whole = continuous_domain(expr, x, sp.S.Reals)
    domain = whole if span is None else sp.Intersection(whole, sp.Interval(*(_exact(s) if math.isfinite(s) else s * sp.oo for s in span)))
    pieces = _intervals(domain)
    if pieces is None or not pieces or len(pieces) > 5:
        return None
    d1 = sp.cancel(sp.together(sp.diff(expr, x)))
    d2 = sp.cancel(sp.together(sp.diff(expr, x, 2)))
    d1_code, d2_code = to_numpy(d1, ("x",)), to_numpy(d2, ("x",))
    if not d1_code or not d2_code:
        return None
    # a corner or cusp inside the domain (f' undefined where f is defined): not this family's
    d1_dom = continuous_domain(d1, x, domain)
    inner_gaps = [p for p in _boundary(d1_dom) if domain.contains(p) is sp.true and not _boundary_of(domain, p)]
    if inner_gaps:
        return None

    scan = _scan_window(pieces)
    crit, num1 = _roots(d1, x, domain, d1_code, scan)
    infl, num2 = _roots(d2, x, domain, d2_code, scan)
    if len(crit) + len(infl) > 2 * MAX_POINTS:
        return None
    crit = [r for r in crit if _interior(domain, float(r))]
    infl = [r for r in infl if _interior(domain, float(r))]
    critical = []
    for r in crit:
        p = float(r)
        h = 1e-4 * max(1.0, abs(p))
        left, right = _values(d1_code, [p - h, p + h])
        kind = "max" if left > 0 > right else "min" if left < 0 < right else "flat"
        critical.append(_point(expr, x, r, kind))
    inflections = []
    for r in infl:
        p = float(r)
        h = 1e-4 * max(1.0, abs(p))
        left, right = _values(d2_code, [p - h, p + h])
        if left * right < 0:
            inflections.append(_point(expr, x, r))
    concavity = bool(re.search(_CONCAVITY, info.prose, re.I))
    if len(critical) + (len(inflections) if concavity else 0) > MAX_POINTS:
        return None

    # the gaps and ends of the domain
    vertical, holes, ends = [], [], []
    for c in _boundary(domain):
        cf = float(c)
        inside = domain.contains(c) is sp.true
        sides = []
        for direction, off in (("-", -1), ("+", 1)):
            probe = cf + off * 1e-7 * max(1.0, abs(cf))
            if domain.contains(sp.Float(probe)) is sp.true:
                sides.append((direction, sp.limit(expr, x, c, direction)))
        infinite = [s + ("+" if L == sp.oo else "-") for s, L in sides if L in (sp.oo, -sp.oo)]
        finite = [(s, L) for s, L in sides if _finite(L)]
        if len(finite) + len(infinite) != len(sides):
            return None  # an oscillating or unknown limit
        if infinite:
            vertical.append((cf, tex_of(c), tuple(infinite)))  # ("-+", "+-"): from the left to +inf, from the right to -inf
        if inside:
            ends.append(_point(expr, x, c))
        else:
            values = {tex_of(L) for _, L in finite}
            if len(values) > 1:
                return None  # a jump: a function by cases in disguise
            for _, L in finite[:1]:
                holes.append(Point(cf, float(L), tex_of(c), tex_of(L)))
    horizontal, oblique = [], []
    for side, far in (("+", sp.oo), ("-", -sp.oo)):
        if not _unbounded(pieces, side):
            continue
        L = sp.limit(expr, x, far)
        if _finite(L):
            horizontal.append((side, float(L), tex_of(L)))
            continue
        if L not in (sp.oo, -sp.oo):
            return None
        k = sp.limit(expr / x, x, far)
        if _finite(k) and k != 0:
            b = sp.limit(expr - k * x, x, far)
            if _finite(b):
                oblique.append((side, float(k), float(b), sp.latex(sp.expand(k * sp.Symbol("x") + b))))
    # intercepts
    zeros, num3 = _roots(expr, x, domain, code, scan)
    if len(zeros) > 5:
        zeros = []
    x_intercepts = sorted([_point(expr, x, r) for r in zeros] + [p for p in ends if abs(p.y) < 1e-12 and not any(abs(p.x - float(r)) < 1e-9 for r in zeros)],
                          key=lambda p: p.x)
    y_intercept = _point(expr, x, sp.Integer(0)) if domain.contains(0) is sp.true else None

    numeric = num1 or (num2 and concavity)  # intercepts are shown as decimals anyway
    rows = _rows(pieces, vertical, holes, ends, critical, inflections if concavity else [], d1_code, d2_code)
    if rows is None:
        return None
    window = _window(expr, code, pieces, vertical, holes, ends, critical, inflections, x_intercepts, y_intercept,
                     horizontal, oblique, span)
    sketch = Sketch(expr, code, curve.tex, "y" if curve.name == "y" else curve.name, d1, d2, d1_code, d2_code,
                    _domain_tex(domain), tuple(pieces), tuple(vertical), tuple(holes), tuple(ends), tuple(horizontal),
                    tuple(oblique), tuple(critical), tuple(inflections), tuple(x_intercepts), y_intercept, concavity,
                    numeric, window, tuple(rows), span)
    if not claims_hold(info, sketch):
        return None
    return sketch


def _point(expr, x, r, kind: str = "") -> Point:
    import sympy as sp

    if isinstance(r, float):
        y = float(expr.subs(x, r).evalf())
        return Point(r, y, fmt(r, 4), fmt(y, 4), kind)
    y = sp.simplify(expr.subs(x, r))
    return Point(float(r), float(y), tex_of(r), tex_of(y), kind)


def _exact(v: float):
    """The author's end as sympy: 2\\pi, not 6.283185307."""
    import sympy as sp

    t = sp.nsimplify(v, [sp.pi], tolerance=1e-9)
    return t if abs(float(t) - v) < 1e-9 and sp.count_ops(t) <= 4 else sp.Float(v)


def _interior(domain, p: float) -> bool:
    import sympy as sp

    h = 1e-7 * max(1.0, abs(p))
    return all(domain.contains(sp.Float(q)) is sp.true for q in (p - h, p + h))


def _intervals(s):
    """A set of reals as [(lo, hi), ...] floats (±inf), ascending; None for anything else."""
    import sympy as sp

    parts = list(s.args) if isinstance(s, sp.Union) else [s]
    out = []
    for p in parts:
        if p is sp.S.Reals:
            out.append((-math.inf, math.inf))
        elif isinstance(p, sp.Interval):
            out.append((float(p.start), float(p.end)))
        else:
            return None
    return sorted(out)


def _boundary(s) -> list:
    """The finite boundary points of a union of intervals (sympy numbers), ascending, without repeats."""
    import sympy as sp

    found = []
    for p in (list(s.args) if isinstance(s, sp.Union) else [s]):
        if isinstance(p, sp.Interval):
            for e in (p.start, p.end):
                if e.is_finite and not any(sp.simplify(e - q) == 0 for q in found):
                    found.append(e)
    return sorted(found, key=float)


def _boundary_of(s, c) -> bool:
    return any(abs(float(c) - float(q)) < 1e-12 for q in _boundary(s))


def _unbounded(pieces, side: str) -> bool:
    return (pieces[-1][1] == math.inf) if side == "+" else (pieces[0][0] == -math.inf)


def _scan_window(pieces) -> tuple[float, float]:
    lo = pieces[0][0] if math.isfinite(pieces[0][0]) else -30.0
    hi = pieces[-1][1] if math.isfinite(pieces[-1][1]) else 30.0
    return lo, hi


def _domain_tex(domain) -> str:
    import sympy as sp

    if domain is sp.S.Reals:
        return r"\mathbb{R}"
    parts = list(domain.args) if isinstance(domain, sp.Union) else [domain]
    out = []
    for p in parts:
        a = r"-\infty" if p.start == -sp.oo else tex_of(p.start)
        b = r"\infty" if p.end == sp.oo else tex_of(p.end)
        out.append(("(" if p.left_open else "[") + f"{a}, {b}" + (")" if p.right_open else "]"))
    return r" \cup ".join(out)


def _rows(pieces, vertical, holes, ends, critical, inflections, d1_code, d2_code):
    """The textbook table: each open interval between cut points with the signs of f' and f'', and each cut point."""
    import sympy as sp

    cuts = {}
    for c, tex, _ in vertical:
        cuts[round(c, 9)] = ("gap", c, tex, None)
    for p in holes:
        cuts.setdefault(round(p.x, 9), ("gap", p.x, p.x_tex, p))
    for p in ends:
        cuts[round(p.x, 9)] = ("end", p.x, p.x_tex, p)
    for p in critical:
        cuts[round(p.x, 9)] = (p.kind, p.x, p.x_tex, p)
    for p in inflections:
        key = round(p.x, 9)
        cuts[key] = ("infl" if key not in cuts else cuts[key][0] + "+infl", p.x, p.x_tex, p)
    points = sorted(cuts.values(), key=lambda t: t[1])
    first = r"-\infty" if not math.isfinite(pieces[0][0]) else tex_of(sp.nsimplify(pieces[0][0]))
    last = r"\infty" if not math.isfinite(pieces[-1][1]) else tex_of(sp.nsimplify(pieces[-1][1]))
    edges = [(pieces[0][0], first)] + [(t[1], t[2]) for t in points] + [(pieces[-1][1], last)]
    edges = [e for i, e in enumerate(edges) if i == 0 or e[0] != edges[i - 1][0]]
    rows = []
    for (u, ut), (v, vt) in zip(edges, edges[1:]):
        if not any(lo <= u and v <= hi for lo, hi in pieces):
            continue
        s1, s2 = _sign(d1_code, u, v), _sign(d2_code, u, v)
        if s1 == 0:
            return None  # f' keeps no sign between its zeros: something sympy missed
        rows.append(("interval", u, v, f"({ut}, {vt})", s1, s2, ""))
        after = next((t for t in points if t[1] == v), None)
        if after is not None:
            d1v, d2v = _values(d1_code, [v])[0], _values(d2_code, [v])[0]
            rows.append(("point", v, v, after[2], _point_sign(d1v), _point_sign(d2v), after[0]))
    return rows


def _point_sign(v: float) -> int:
    """The sign of f' or f'' at a point (0 for a zero, or where it is undefined)."""
    return 0 if not math.isfinite(v) or abs(v) < 1e-9 else (1 if v > 0 else -1)


def _window(expr, code, pieces, vertical, holes, ends, critical, inflections, x_int, y_int, horizontal, oblique, span):
    """(a, b, lo, hi): an x-range holding every feature (or the author's interval) and a y-range that shows them."""
    from .parts.curve import nice_step

    xs = [v[0] for v in vertical] + [p.x for p in (*holes, *ends, *critical, *inflections, *x_int)]
    if y_int is not None:
        xs.append(0.0)
    if span is not None and all(map(math.isfinite, span)):
        a, b = span
    else:
        if not xs:
            xs = [0.0]
        lo_x, hi_x = min(xs), max(xs)
        pad = max(2.0, 0.5 * (hi_x - lo_x))
        if horizontal or oblique:
            pad = max(pad, 3.0)
        a, b = lo_x - pad, hi_x + pad
        left, right = pieces[0][0], pieces[-1][1]
        if math.isfinite(left):
            a = max(a, left) if a < left else a
            a = left if any(abs(left - p.x) < 1e-12 for p in (*holes, *ends)) or a < left else a
        if math.isfinite(right):
            b = right if b > right else b
        step = nice_step(b - a)
        a = math.floor(a / step + 1e-9) * step if not (math.isfinite(left) and abs(a - left) < 1e-12) else a
        b = math.ceil(b / step - 1e-9) * step if not (math.isfinite(right) and abs(b - right) < 1e-12) else b
        vas = [v[0] for v in vertical]
        if math.isfinite(left) and any(abs(left - c) < 1e-12 for c in vas) and a >= left - 1e-12:
            a = math.floor(left / step + 1e-9) * step - step  # the asymptote at the domain's end, seen beside its branch
        if math.isfinite(right) and any(abs(right - c) < 1e-12 for c in vas) and b <= right + 1e-12:
            b = math.ceil(right / step - 1e-9) * step + step
    feats = [p.y for p in (*holes, *ends, *critical, *inflections) if a <= p.x <= b] + [0.0]
    feats += [L for _, L, _ in horizontal]
    lo_f, hi_f = min(feats), max(feats)
    size = max(hi_f - lo_f, 1.0)
    grid = np.linspace(a, b, 1200)
    ys = _values(code, grid)
    near = np.zeros_like(grid, dtype=bool)
    for c, _, _ in vertical:
        near |= np.abs(grid - c) < 0.08 * (b - a)
    ys = ys[np.isfinite(ys) & ~near]
    if ys.size:
        p10, p90 = np.percentile(ys, [8, 92])
        lo_f, hi_f = max(min(lo_f, p10), lo_f - 1.5 * size), min(max(hi_f, p90), hi_f + 1.5 * size)
    if vertical:  # room to see the branches climb
        lo_f, hi_f = lo_f - 0.6 * size, hi_f + 0.6 * size
    pad = 0.15 * (hi_f - lo_f)
    lo, hi = lo_f - pad, hi_f + pad
    step = nice_step(hi - lo)
    return float(a), float(b), math.floor(lo / step) * step, math.ceil(hi / step) * step


# -- the author's claims ------------------------------------------------------------------------------

_UP = r"increas|rising|\brises\b|递增|单调增|单调上升|上升"
_DOWN = r"decreas|falling|\bfalls\b|递减|单调减|单调下降|下降"
_CUP = r"concave\s+up|convex\b|下凸|凹"
_CAP = r"concave\s+down|上凸|(?<!下)凸"
_MAX = r"maxim|\bmax\b|极大|最大"
_MIN = r"minim|\bmin\b|极小|最小"
_INFL = r"inflection|拐点"
_ASYM = r"asymptot|渐近线"
_MATH = re.compile(r"\$\$(.+?)\$\$|(?<![\\$])\$([^$]+?)\$|\\\[(.+?)\\\]|\\\((.+?)\\\)", re.S)


def _last_word(text: str, words: dict) -> str | None:
    best, where = None, -1
    for name, pat in words.items():
        for m in re.finditer(pat, text, re.I):
            if m.start() > where:
                best, where = name, m.start()
    return best


def _clause_word(after: str, words: dict) -> str | None:
    """The word of a Chinese clause that names its interval first: 在 $(1,+\\infty)$ 上单调递减 (the word before
    the interval belongs to the clause before it)."""
    clause = re.split(r"[，,。.;；:：!?！？\n$]", after)[0]
    return _last_word(clause, words) if re.match(r"\s*(?:上|内)", clause) else None


def claims_hold(info: MathInfo, sk: Sketch) -> bool:
    """Every value the author states agrees with the sketch (see the module docstring)."""
    import sympy as sp

    from .extrema import _expr
    from .symbolic import normalize, number

    x = sp.Symbol("x", real=True)
    text = info.concept
    name = re.escape(sk.name)
    feature_xs = ([v[0] for v in sk.vertical] + [p.x for p in (*sk.holes, *sk.ends, *sk.critical, *sk.inflections, *sk.x_intercepts)]
                  + [0.0])
    lines = [(k, b) for _, k, b, _ in sk.oblique] + [(0.0, L) for _, L, _ in sk.horizontal]
    words = {"up": _UP, "down": _DOWN, "cup": _CUP, "cap": _CAP, "max": _MAX, "min": _MIN, "infl": _INFL, "asym": _ASYM}
    for m in _MATH.finditer(text):
        body = single_line(next(g for g in m.groups() if g is not None))
        before = re.split(r"[.。;；!?！？\n]", text[max(0, m.start() - 80):m.start()])[-1]
        word = _clause_word(text[m.end():m.end() + 40], words) or _last_word(before, words)
        pieces = [p for p in re.split(r",(?![^()\[\]]*[)\]])|;|\\quad|\\qquad|\\text\{\s*(?:or|and|或|和|及)\s*\}|\\(?:text|mathrm)\{\s*(?:at|when)\s*\}", body) if p.strip()]
        for piece in pieces:
            piece = piece.strip()
            # intervals of increase / concavity: (a, b), [a, b), (-\infty, 0) \cup (1, \infty)
            spans = _spans(piece)
            if spans is not None and word in ("up", "down", "cup", "cap"):
                code = sk.d1_code if word in ("up", "down") else sk.d2_code
                want = 1 if word in ("up", "cup") else -1
                for u, v in spans:
                    if not _holds_on(code, u, v, want):
                        return False
                continue
            if spans is not None and len(spans) == 1 and "\\infty" not in piece and "\\cup" not in piece:
                u, v = spans[0]
                on = _values(sk.code, [u])[0]
                if math.isfinite(on) and abs(on - v) < 1e-6 * max(1, abs(v)) + (0.5e-2 if "." in piece else 0):
                    if word in ("max", "min", "infl") and not _is_kind(sk, word, u):
                        return False
                    continue  # a point on the curve
                if sk.interval is not None and abs(sk.interval[0] - u) < 1e-9 and abs(sk.interval[1] - v) < 1e-9:
                    continue  # the author's interval
                return False  # a point off the curve
            if spans is not None:
                continue  # a domain, (−∞, 2) ∪ (2, ∞): drawn from f itself
            parts = [p.strip() for p in split_top(piece.replace("\\approx", "="), "=")]
            if len(parts) < 2:
                if word in ("max", "min") and (v := number(piece)) is not None:
                    pool = [p.y for p in sk.critical if p.kind == word]
                    if not any(close_to_shown(v, y, piece) for y in pool):
                        return False
                continue
            lhs = parts[0]
            if lhs.startswith("\\lim"):
                if not _limit_holds(piece, sk):
                    return False
                continue
            if re.fullmatch(rf"(?:{name}'|{name}\^\{{?\\prime\}}?|y'|{name}''|y''|{name}\^\{{?\\prime\\prime\}}?)\s*(?:\(\s*x\s*\))?", lhs):
                order = 2 if "''" in lhs or "prime\\prime" in lhs else 1
                for side in parts[1:]:
                    if side.strip() == "0":
                        continue
                    e = _expr(side)
                    if e is None or not hasattr(e, "free_symbols") or {s.name for s in e.free_symbols} - {"x", "e", "pi"}:
                        return False
                    if not _same(normalize(e).subs(sp.Symbol("x"), x), sk.d1 if order == 1 else sk.d2, x):
                        return False
                continue
            if re.fullmatch(r"x", lhs):
                for side in parts[1:]:
                    vals = [number(side.replace("\\pm", ""))]
                    if "\\pm" in side and vals[0] is not None:
                        vals.append(-vals[0])
                    if any(v is None for v in vals):
                        return False
                    for v in vals:
                        if word in ("max", "min", "infl"):
                            if not _is_kind(sk, word, v, "." in side):
                                return False
                        elif word == "asym":
                            if not any(abs(v - c) < 1e-6 for c, _, _ in sk.vertical):
                                return False
                        elif not any(abs(v - c) < 1e-6 * max(1, abs(c)) + (0.5e-2 if "." in side else 0) for c in feature_xs):
                            return False
                continue
            if re.fullmatch(r"y", lhs):
                for side in parts[1:]:
                    e = _expr(side)
                    if e is None or not hasattr(e, "free_symbols") or {s.name for s in e.free_symbols} - {"x", "e", "pi"}:
                        return False
                    e = normalize(e).subs(sp.Symbol("x"), x)
                    if _same(e, sk.expr, x):
                        continue  # the function itself
                    if not e.is_polynomial(x) or sp.Poly(e, x).degree() > 1:
                        return False  # another curve: which one is sketched is not clear
                    k, b = float(e.diff(x)), float(e.subs(x, 0))
                    if word in ("max", "min"):
                        if k != 0 or not any(close_to_shown(b, p.y, side) for p in sk.critical if p.kind == word):
                            return False
                    elif not any(abs(k - k2) < 1e-6 and abs(b - b2) < 1e-6 * max(1, abs(b2)) + (0.5e-2 if "." in side else 0) for k2, b2 in lines):
                        return False
                continue
            at = re.fullmatch(rf"(?:{name}|f|y)\s*\(\s*([^()]+?)\s*\)", lhs)
            if at:
                c = number(at.group(1))
                if c is None:
                    continue
                want = _values(sk.code, [c])[0]
                for side in parts[1:]:
                    v = number(side)
                    if v is not None and not close_to_shown(v, want, side):
                        return False
                if word in ("max", "min", "infl") and not _is_kind(sk, word, c):
                    return False
                continue
            label = lhs
            kind = "max" if re.search(r"_\{?\\?(?:max|text\{max\}|mathrm\{max\}|\\text\{极大\})", label) else \
                "min" if re.search(r"_\{?\\?(?:min|text\{min\}|mathrm\{min\})", label) else None
            if kind is not None and (v := number(parts[-1])) is not None:
                if not any(close_to_shown(v, p.y, parts[-1]) for p in sk.critical if p.kind == kind):
                    return False
    return _worded_points_hold(info, sk)


def _worded_points_hold(info: MathInfo, sk: Sketch) -> bool:
    """``a local max at $x = -1$``-style claims the loop reads; here, "no asymptote"/"no inflection" said outright."""
    prose = info.prose
    if re.search(r"\bno\s+(?:vertical\s+|horizontal\s+|oblique\s+|slant\s+)?asymptotes?\b|没有渐近线|无渐近线", prose, re.I) and sk.asymptotes:
        return False
    if re.search(r"\bno\s+inflection|没有拐点|无拐点", prose, re.I) and sk.inflections:
        return False
    if re.search(r"\bno\s+(?:local\s+)?(?:extrem|max|min)|没有极值|无极值", prose, re.I) and any(p.kind != "flat" for p in sk.critical):
        return False
    return True


def _spans(piece: str):
    """[(u, v), ...] of an interval or union of intervals written in ``piece``; None when it is none."""
    from .symbolic import number

    bits = re.split(r"\\cup|∪", piece)
    out = []
    for bit in bits:
        m = re.fullmatch(r"\s*(?:\\left\s*)?[(\[]\s*([^,()\[\]]+?)\s*,\s*([^,()\[\]]+?)\s*(?:\\right\s*)?[)\]]\s*", bit)
        if not m:
            return None
        ends = []
        for s in m.groups():
            s = s.replace("+\\infty", "\\infty").replace("\\infin", "\\infty")
            if s in ("\\infty", "+\\infty"):
                ends.append(math.inf)
            elif s == "-\\infty":
                ends.append(-math.inf)
            else:
                v = number(s)
                if v is None:
                    return None
                ends.append(float(v))
        out.append(tuple(ends))
    return out


def _holds_on(code: str, u: float, v: float, want: int) -> bool:
    a = u if math.isfinite(u) else (min(v, 0) - 60)
    b = v if math.isfinite(v) else (max(u, 0) + 60)
    if not a < b:
        return False
    xs = np.linspace(a, b, 401)[1:-1]
    vals = _values(code, xs)
    ok = np.isfinite(vals)
    if ok.sum() < 0.9 * len(xs):
        return False  # the interval leaves the domain
    return bool(np.all(want * vals[ok] > -1e-12))


def _is_kind(sk: Sketch, word: str, c: float, rough: bool = False) -> bool:
    tol = 0.5e-2 if rough else 1e-6 * max(1, abs(c))
    pool = [p for p in sk.inflections] if word == "infl" else [p for p in sk.critical if p.kind == word]
    return any(abs(p.x - c) <= tol for p in pool)


def _same(e, want, x) -> bool:
    from .symbolic import to_numpy

    xs = np.linspace(-3.1, 4.3, 29) + 0.0123
    got, ref = _values(to_numpy(e, ("x",)) or "x*np.nan", xs), _values(to_numpy(want, ("x",)) or "x*np.nan", xs)
    both = np.isfinite(got) & np.isfinite(ref)
    return both.sum() >= 3 and bool(np.allclose(got[both], ref[both], rtol=1e-6, atol=1e-8))


def _limit_holds(piece: str, sk: Sketch) -> bool:
    """``\\lim_{x \\to \\infty} f(x) = 1``: the author's limit of the author's f (or of what they write)."""
    import sympy as sp

    from .symbolic import normalize, parse

    x = sp.Symbol("x", real=True)
    fname = re.escape(sk.name)
    body = re.sub(rf"(?<![A-Za-z\\]){fname}\s*\(\s*x\s*\)", "(" + sp.latex(sk.expr) + ")", piece) if sk.name != "y" else piece
    e = parse(body)
    if not isinstance(e, sp.Equality):
        return False
    try:
        lhs = normalize(e.lhs).subs(sp.Symbol("x"), x)  # x e^{-x}: Euler's e, not a letter
        rhs = normalize(e.rhs).subs(sp.Symbol("x"), x)
        got = lhs.doit() if isinstance(lhs, sp.Limit) or lhs.has(sp.Limit) else lhs
        return bool(sp.simplify(got - rhs) == 0) or (got == rhs)
    except Exception:  # noqa: BLE001
        return False
