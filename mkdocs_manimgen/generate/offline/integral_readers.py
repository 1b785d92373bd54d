"""Readers of the integral questions a block asks: the author's curve, interval, density, field, path.

Each ``read_xxx(info)`` returns a frozen dataclass with exactly what a family draws, or ``None``
when the block does not give it (the block then gets the walkthrough).  Every number a reader
returns is computed from the author's own objects; a value the author states is checked against
it (:func:`stated_values_hold`), and a block whose stated value disagrees is not read at all.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .given import interval, points
from .latex import MathInfo, fmt, single_line, split_top
from .symbolic import evaluate, function_of, normalize, parse, to_numpy


@dataclass(frozen=True)
class Curve:
    """The author's y = f(x) on [a, b]: sympy ``expr``, numpy ``code`` in x, its LaTeX ``tex``."""

    expr: object
    code: str
    tex: str
    a: float
    b: float


@dataclass(frozen=True)
class Average:
    """The average value f̄ = (1/(b-a)) ∫_a^b f of the author's f on [a, b] (``area`` = ∫_a^b f)."""

    curve: Curve
    area: float
    mean: float


@dataclass(frozen=True)
class ArcLength:
    """The length of y = f(x) over [a, b], ``length`` = ∫_a^b √(1 + f'(x)²) dx."""

    curve: Curve
    length: float


@dataclass(frozen=True)
class Rod:
    """A rod on [a, b] with linear density ρ(x) (``curve``): mass M = ∫ρ, moment ∫xρ, balance point x̄ = moment / M."""

    curve: Curve
    name: str  # the density's TeX name (\\rho, \\lambda, \\delta)
    mass: float
    moment: float
    centre: float


@dataclass(frozen=True)
class Improper:
    """∫_a^∞ f(x) dx of the author's f: ``value`` (None when it diverges to +∞ or -∞). ``both``: the
    author's ∫_{-∞}^{∞} (``a`` is then 0); f keeps one sign, so the areas over [-R, R] have the integral
    as their limit (monotone convergence) and it may be drawn that way."""

    expr: object
    code: str
    tex: str
    a: float
    value: float | None
    value_tex: str  # sympy's exact value (\\infty when it diverges)
    both: bool = False

    @property
    def tex_integral(self) -> str:
        lower = "-\\infty" if self.both else fmt(self.a)
        return rf"\int_{{{lower}}}^{{\infty}} {self.tex}\,dx"

    def window(self, r: float) -> tuple[float, float]:
        """The finite piece [a, R] (or [-R, R]) whose area tends to the integral."""
        return (-r, r) if self.both else (self.a, r)


@dataclass(frozen=True)
class LineIntegral:
    """Work of the field F = (P, Q) along the path r(t) = (x(t), y(t)), t0 <= t <= t1: ∫ P dx + Q dy."""

    p_code: str  # numpy code in x, y
    q_code: str
    field_tex: str
    x_code: str  # numpy code in t
    y_code: str
    path_tex: str
    t0: float
    t1: float
    work: float


X = "x"


def _close(got: float, want: float, rel: float = 2e-3) -> bool:
    return math.isfinite(got) and math.isfinite(want) and abs(got - want) <= rel * max(1.0, abs(want))


def _value(expr) -> float | None:
    """The numeric value of a closed sympy expression (integrals evaluated numerically), else None."""
    import sympy as sp

    try:
        expr = normalize(expr)
        if not isinstance(expr, sp.Expr) or expr.free_symbols:
            return None
        v = complex(sp.N(expr, 12))  # integrals by numeric quadrature: no symbolic search
    except Exception:  # unreadable or not a number
        return None
    return v.real if abs(v.imag) < 1e-9 and math.isfinite(v.real) else None


@lru_cache(maxsize=256)
def _chains(blocks: tuple[str, ...]) -> tuple[tuple[str, tuple[float | None, ...]], ...]:
    """For each chain ``A = B ≈ C`` of the blocks: its left side's text and each side's closed value (None
    when a side is not closed). A two-sided chain is parsed whole (the parse the other readers cached)."""
    import sympy as sp

    out = []
    for block in blocks:
        text = single_line(block).replace("\\approx", "=")
        parts = [p.strip() for p in split_top(text, "=")]
        if len(parts) < 2 or not all(parts):
            continue
        whole = parse(text) if len(parts) == 2 else None
        sides = [whole.lhs, whole.rhs] if isinstance(whole, sp.Equality) else [parse(p) for p in parts]
        out.append((parts[0], tuple(_value(e) if e is not None else None for e in sides)))
    return tuple(out)


def stated_values(info: MathInfo) -> list[list[float]]:
    """For each chain ``A = B ≈ C`` the author writes, the numeric values of its closed sides (integrals
    with numeric limits included); chains with fewer than two such sides are left out."""
    chains = [[v for v in values if v is not None] for _, values in _chains(tuple(info.blocks))]
    return [c for c in chains if len(c) >= 2]


def stated_values_hold(info: MathInfo) -> bool:
    """Every closed equation the author writes is true to the digits written (``\\frac{1}{\\pi}\\int_0^\\pi
    \\sin x\\,dx = \\frac{2}{\\pi}``); a block that states a wrong value is not animated as if it were right."""
    return all(_close(v, chain[0], 5e-3) for chain in stated_values(info) for v in chain[1:])


# Left sides that place a point, set a count or define a function (``x = 1``, ``n = 8``, ``\\rho(x) = 3``),
# not claims about the quantity asked.
_SETTINGS = re.compile(r"\s*(?:x|y|t|n|N|a|b|h|k|R|x_\{?\d\}?|(?:[A-Za-z]|\\rho|\\lambda|\\delta|\\mu)\s*\(\s*[xt]\s*\))\s*")


def written_numbers(info: MathInfo) -> list[float]:
    """The closed values the author gives on the right of an ``=`` or ``≈`` (``L \\approx 1.479``, ``= \\frac{2}{\\pi}``),
    except settings such as ``x = 1`` or ``n = 8``."""
    return [v for lhs, values in _chains(tuple(info.blocks)) if not _SETTINGS.fullmatch(lhs) and not _equation_in_x(lhs, values)
            for v in values[1:] if v is not None]


def _equation_in_x(lhs: str, values) -> bool:
    """``2x^2 - 6x + 4 = 0``: an equation for where curves meet, its 0 no value of the block's (an integral's
    dx is no x)."""
    bare = re.sub(r"\\(?:bar|hat|tilde|overline|dot|ddot|vec)\s*\{?\s*x\s*\}?", " ", lhs)  # \bar x = 1 is a value
    return (values[0] is None and "\\int" not in lhs and bool(re.search(r"[-+^]", bare))
            and bool(re.search(r"(?<![A-Za-z\\])x(?![A-Za-z])", bare)))


def read_curve(info: MathInfo) -> Curve | None:
    """The author's function of x and the interval they give it (``[a, b]``, ``a \\le x \\le b`` or an
    integral's limits); None without either, or when f is not finite across [a, b]."""
    found = function_of(info.blocks)
    span = interval(info) or from_to(info)
    if found is None or span is None:
        return None
    expr, code, tex = found
    if "\\int" in tex or "=" in tex:  # function_of read an integrand: write the function alone
        import sympy as sp

        tex = sp.latex(expr)
    a, b = span
    if not (math.isfinite(a) and math.isfinite(b)) or not 0 < b - a <= 50:
        return None
    ys = evaluate(code, X, np.linspace(a, b, 401))
    if ys is None or not np.all(np.isfinite(ys)):
        return None
    return Curve(expr, code, tex, a, b)


_NUM = r"-?\d+(?:\.\d+)?"
_FROM_TO = re.compile(rf"x\s*=\s*({_NUM})\s*\$?\s*(?:to|and|until|到|至)\s*\$?\s*x\s*=\s*({_NUM})")


def from_to(info: MathInfo) -> tuple[float, float] | None:
    """``from $x = 0$ to $x = 1$`` (``从 $x=0$ 到 $x=1$``): the interval written in prose around two formulas."""
    m = _FROM_TO.search(info.concept)
    return (float(m.group(1)), float(m.group(2))) if m and float(m.group(1)) < float(m.group(2)) else None


def definite(code: str, a: float, b: float) -> float:
    """∫_a^b of numpy code in x on a fine grid (composite Simpson, 2000 panels: ample for a smooth f)."""
    xs = np.linspace(a, b, 4001)
    ys = evaluate(code, X, xs)
    if ys is None:
        return float("nan")
    h = (b - a) / 4000
    return float(h / 3 * (ys[0] + ys[-1] + 4 * ys[1:-1:2].sum() + 2 * ys[2:-1:2].sum()))


def _integrate(curve: Curve, weight: str = "1") -> float:
    """∫_a^b weight·f of the curve (``weight``: numpy code in x)."""
    return definite(f"({weight}) * ({curve.code})", curve.a, curve.b)


def read_average(info: MathInfo) -> Average | None:
    """The average value of the author's f on the author's [a, b], when every value they state is true."""
    curve = read_curve(info)
    if curve is None or not stated_values_hold(info):
        return None
    area = _integrate(curve)
    mean = area / (curve.b - curve.a)
    stated = written_numbers(info)
    if stated and not any(_close(v, mean, 5e-3) or _close(v, area, 5e-3) for v in stated):
        return None  # the author's stated average is not the one of their f
    return Average(curve, area, mean)


def polyline_length(code: str, a: float, b: float, n: int) -> float:
    """The length of the polyline through the n + 1 points (x_i, f(x_i)), x_i equally spaced on [a, b]."""
    xs = np.linspace(a, b, n + 1)
    ys = evaluate(code, X, xs)
    return float(np.sum(np.hypot(np.diff(xs), np.diff(ys))))


def read_arc_length(info: MathInfo) -> ArcLength | None:
    """The length of the author's y = f(x) on [a, b]; every closed value and integral the block writes must
    be that length (an author who states another value is not drawn as if right)."""
    curve = read_curve(info)
    if curve is None:
        return None
    length = polyline_length(curve.code, curve.a, curve.b, 2**16)  # chords converge to the length
    if not math.isfinite(length) or not stated_values_hold(info):
        return None
    stated = written_numbers(info)
    if any(not _close(v, length, 5e-3) for v in stated):
        return None
    return ArcLength(curve, length)


_DENSITY = re.compile(r"^\s*\\(rho|lambda|delta|mu)\s*(?:\(\s*x\s*\))?\s*=\s*(.+)$")


def read_rod(info: MathInfo) -> Rod | None:
    """A density ``\\rho(x) = …`` (or λ, δ, μ) in x on the author's [a, b], positive there."""
    import sympy as sp

    for block in info.blocks:
        for part in re.split(r",|;|\\quad|\\qquad", single_line(block)):
            m = _DENSITY.match(part)
            if not m:
                continue
            body = split_top(m.group(2), "=")[0]
            expr = parse(body.strip())
            if expr is None or not normalize(expr).free_symbols <= {sp.Symbol("x")}:  # a constant is a uniform rod
                continue
            expr = normalize(expr)
            code = to_numpy(expr, (X,))
            span = interval(info)
            if code is None or span is None:
                return None
            a, b = span
            ys = evaluate(code, X, np.linspace(a, b, 401))
            if ys is None or not np.all(np.isfinite(ys)) or ys.min() < 0 or ys.max() <= 0:
                return None
            curve = Curve(expr, code, body.strip(), a, b)
            mass, moment = _integrate(curve), _integrate(curve, "x")
            centre = moment / mass
            if any(not _close(v, centre, 5e-3) and not _close(v, mass, 5e-3) for v in written_numbers(info)):
                return None
            return Rod(curve, "\\" + m.group(1), mass, moment, centre)
    return None


def _integrals(info: MathInfo) -> list:
    """Every sympy Integral in the author's formulas; a chain ``A = B = C`` the parser cannot read whole
    is read side by side."""
    import sympy as sp

    from .symbolic import atoms_in_formulas

    found = atoms_in_formulas(info, sp.Integral)
    if found:
        return found
    for block in info.blocks:
        for part in split_top(single_line(block), "="):
            expr = parse(part.strip())
            if isinstance(expr, sp.Expr):
                found.extend(sorted(expr.atoms(sp.Integral), key=sp.default_sort_key))
    return found


_DIVERGES = r"diverg|发散|grows without bound|infinite area|无穷大"
_CONVERGES = r"converg|收敛|\bfinite\b"  # not the "finite" of "infinite"


def read_improper(info: MathInfo) -> Improper | None:
    """∫_a^∞ f(x) dx (or ∫_{-∞}^{∞}) the author writes (f finite there and of one sign), with sympy's value; None when sympy cannot
    decide, or when the author's claim (a value, converges, diverges) is not what sympy finds."""
    import sympy as sp

    x = sp.Symbol("x")
    for integral in _integrals(info):
        integral = normalize(integral)
        limits = integral.args[1]
        if len(limits) != 3 or limits[2] != sp.oo or limits[1].free_symbols:
            continue
        body = normalize(integral.args[0]).subs(limits[0], x)
        code = to_numpy(body, (X,))
        both = limits[1] == -sp.oo
        try:
            a = 0.0 if both else float(limits[1])
        except (TypeError, ValueError):
            continue
        if not math.isfinite(a):
            continue
        grid = np.linspace(-60, 60, 1201) if both else a + np.linspace(0, 60, 601)
        ys = evaluate(code, X, grid) if code else None
        if ys is None or not np.all(np.isfinite(ys)) or ys.min() < 0 < ys.max():
            return None  # a pole on [a, ∞) or a sign change: not the one-sided area this family draws
        try:
            exact = sp.integrate(body, (x, limits[1], sp.oo))
        except Exception:
            return None
        if exact.has(sp.Integral) or exact.free_symbols:
            return None
        value = None if exact in (sp.oo, -sp.oo) else _value(exact)
        if exact not in (sp.oo, -sp.oo) and value is None:
            return None
        says_diverges = re.search(_DIVERGES, info.prose, re.I) is not None
        says_converges = re.search(_CONVERGES, info.prose, re.I) is not None and not says_diverges
        stated = written_numbers(info)
        if (says_diverges and value is not None) or (says_converges and value is None):
            return None
        if stated and (value is None or not any(_close(v, value, 5e-3) for v in stated)):
            return None
        return Improper(body, code, sp.latex(body), a, value, sp.latex(exact), both)
    return None


_FIELD = re.compile(r"(?:\\(?:mathbf|vec|boldsymbol)\s*\{?\s*F\s*\}?|\\vec\s*F|F)\s*(?:\(\s*x\s*,\s*y\s*\))?\s*=\s*"
                    r"(?:\(|\\langle|\\left\(|\\left\\langle)\s*(?P<p>[^,]+?)\s*,\s*(?P<q>[^,]+?)\s*(?:\)|\\rangle|\\right\)|\\right\\rangle)")
_PARAM = re.compile(r"(?:\\(?:mathbf|vec|boldsymbol)\s*\{?\s*r\s*\}?|r)\s*\(\s*t\s*\)\s*=\s*"
                    r"(?:\(|\\langle|\\left\(|\\left\\langle)\s*(?P<x>[^,]+?)\s*,\s*(?P<y>[^,]+?)\s*(?:\)|\\rangle|\\right\)|\\right\\rangle)")
_T_RANGE = re.compile(r"(?P<a>[^,;]+?)\s*(?:\\le|\\leq|\\leqslant)\s*t\s*(?:\\le|\\leq|\\leqslant)\s*(?P<b>[^,;]+)")


def _exact(expr, var, lo: float, hi: float) -> float | None:
    """sympy's value of ∫_lo^hi expr d(var) when the integrand is small (a polynomial, a root), else None."""
    import sympy as sp

    if sp.count_ops(expr) > 30:
        return None
    try:
        value = sp.integrate(expr, (var, sp.nsimplify(lo), sp.nsimplify(hi)))
    except Exception:  # sympy gives up in many ways
        return None
    return None if value.has(sp.Integral) else _value(value)


def _expr_in(tex: str, names: set[str]):
    expr = parse(tex.strip())
    if expr is None:
        return None
    expr = normalize(expr)
    return expr if {s.name for s in expr.free_symbols} <= names else None


def read_line_integral(info: MathInfo) -> LineIntegral | None:
    """The field F = (P(x, y), Q(x, y)) and the path, both from the block: ``\\mathbf r(t) = (x(t), y(t))``
    with ``a \\le t \\le b``, or ``y = g(x)`` from the point A to the point B written as pairs. None when
    either is missing, when A or B is not on the path, or when a stated work differs from the integral."""
    import sympy as sp

    from .symbolic import number

    text = " ; ".join(single_line(b) for b in info.blocks)
    m = _FIELD.search(text)
    if not m:
        return None
    P, Q = _expr_in(m["p"], {"x", "y"}), _expr_in(m["q"], {"x", "y"})
    if P is None or Q is None:
        return None
    x, y, t = sp.symbols("x y t")
    path = _PARAM.search(text)
    if path:
        X_t, Y_t = _expr_in(path["x"], {"t"}), _expr_in(path["y"], {"t"})
        rng = _T_RANGE.search(text)
        t0, t1 = (number(rng["a"]), number(rng["b"])) if rng else (None, None)
        path_tex = rf"\mathbf r(t) = ({path['x'].strip()}, {path['y'].strip()})"
    else:
        X_t = Y_t = t0 = t1 = None
        rest = MathInfo(info.concept, [b for b in info.blocks if not _FIELD.search(single_line(b))])
        ends = points(rest, minimum=2)  # A and B, not the field's own pair (1, 2)
        for block in info.blocks:
            g = re.match(r"^\s*y\s*=\s*(.+)$", single_line(block))
            g_expr = _expr_in(g.group(1), {"x"}) if g and "," not in g.group(1) else None
            if g_expr is not None and g_expr.free_symbols and ends:
                (xa, ya), (xb, yb) = ends[0], ends[1]
                on = all(abs(float(g_expr.subs(x, u)) - v) < 1e-9 for u, v in ((xa, ya), (xb, yb)))
                if not on or xa == xb:
                    return None
                X_t, Y_t, t0, t1 = t, g_expr.subs(x, t), xa, xb
                path_tex = f"y = {g.group(1).strip()}"
                break
    if X_t is None or Y_t is None or t0 is None or t1 is None or t0 == t1:
        return None
    integrand = (P.subs({x: X_t, y: Y_t}) * sp.diff(X_t, t) + Q.subs({x: X_t, y: Y_t}) * sp.diff(Y_t, t))
    codes = [to_numpy(e, names) for e, names in ((P, ("x", "y")), (Q, ("x", "y")), (X_t, ("t",)), (Y_t, ("t",)))]
    f = to_numpy(integrand, ("t",))
    if None in codes or f is None:
        return None
    # the midpoint rule: an integrable end singularity (y = √x at 0) is never evaluated
    dt = (t1 - t0) / 20000
    vals = evaluate(f, "t", t0 + dt * (np.arange(20000) + 0.5))
    if vals is None or not np.all(np.isfinite(vals)):
        return None
    work = _exact(integrand, t, t0, t1)
    work = float(np.sum(vals) * dt) if work is None else work
    if any(not _close(v, work, 5e-3) for v in written_numbers(info)):
        return None
    field_tex = rf"\mathbf F = \left({sp.latex(P)},\ {sp.latex(Q)}\right)"
    return LineIntegral(*codes[:2], field_tex, *codes[2:], path_tex, float(t0), float(t1), work)



def asks(info: MathInfo, question: str) -> int | None:
    """Evidence tier 0 when the block asks ``question`` (a :data:`.verify.QUESTIONS` name), else None:
    the one way the integral-question families are ranked (families.py)."""
    from .verify import asked

    return 0 if any(q.name == question for q in asked(info)) else None
