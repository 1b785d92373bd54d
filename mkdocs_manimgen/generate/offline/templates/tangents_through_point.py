"""tangents_through_point: the tangent lines to the author's curve that pass THROUGH the author's point P
("求过点 P 的切线方程", "tangents from (5, 0) to the circle x^2 + y^2 = 5", "the line through the origin
tangent to y = e^x"). The tangent AT a point is the derivative's (and implicit_curve's) question.

One method for every curve: written as F(x, y) = 0 (a graph y = f(x) is F = y - f(x)), a point of
tangency T = (a, b) satisfies F(T) = 0 and grad F(T) . (P - T) = 0. Solved exactly for polynomial
curves (every real solution, vertical tangents x = a included; P on the curve gives the tangent at P
and any other line through P touching the curve elsewhere). A transcendental graph (exp, log, powers)
is solved in one variable, f(a) + f'(a)(x_P - a) = y_P, by sympy AND by a numerical scan of a wide window
(every sign change, and the only places a root may touch zero without one: a = x_P and where f'' = 0);
the block is claimed only when both agree. Periodic curves (infinitely many candidates) are refused.

When no real tangency point exists (P inside a circle or an ellipse, above a parabola) the scene says so
on screen: that is the exact answer of the exact system, and the picture shows why.

A circle may be written as an equation or given in words (centre and radius, after a general (x - h)^2 + ... = r^2):
its centre C, the radii CT perpendicular to the tangents (right angles marked at the points of contact) and the
tangent length |PT| = sqrt(|PC|^2 - r^2) by Pythagoras are drawn; a length the block states is checked and a false one
is said to be false on screen. Tangent lines or a
count the block states must be the ones found (else the walkthrough: a false answer is never drawn).
The reader is :func:`read_through`; the question is verify's "tangents through a point"."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import sympy as sp

from ..calculus import read_curve, written_lines
from ..claims.core import differs
from ..given import circle_given, named_points, points, tri_value
from ..latex import MathInfo, fmt, single_line, split_top
from ..notes import check
from ..parts.curve import SIDE_AREA, View, equal_view, line_through, plain_axes
from ..parts.tangents import mark_point
from ..symbolic import to_numpy
from .common import Ctx, Fn, formula_corner, graph_setup, nice_step

PRIORITY = 4  # before implicit_curve and derivative: a tangent through a point is this question
TITLE = ("Tangent Lines Through a Point", "过一点的切线")
WHAT = ("A line through $P$ is tangent to the curve $F(x, y) = 0$ where it touches it at a point $T$: $F(T) = 0$ and "
        "the tangent at $T$, perpendicular to $\\nabla F(T)$, contains $P$, i.e. $\\nabla F(T)\\cdot(P - T) = 0$. For a "
        "graph $y = f(x)$ this reads $f(a) + f'(a)(x_P - a) = y_P$; each real solution $a$ gives one tangent.",
        "过点 $P$ 的直线与曲线 $F(x, y) = 0$ 相切于点 $T$，当且仅当 $F(T) = 0$ 且 $T$ 处的切线（与 $\\nabla F(T)$ 垂直）"
        "经过 $P$，即 $\\nabla F(T)\\cdot(P - T) = 0$。对函数图像 $y = f(x)$，即 $f(a) + f'(a)(x_P - a) = y_P$；"
        "每个实数解 $a$ 对应一条切线。")

X, Y, A = sp.Symbol("x"), sp.Symbol("y"), sp.Symbol("a")
_WINDOW = 40.0  # the numerical scan of a transcendental graph's condition
_PERIODIC = (sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc)


@dataclass(frozen=True)
class Tangent:
    """One tangent: its point of tangency T (exact sympy, or floats when only numerical), its slope
    (None: vertical x = T_x) and its equation's right side (y = line, or x = T_x)."""

    point: tuple
    slope: object
    line: object  # sympy in x (None when vertical)
    exact: bool = True

    @property
    def xy(self) -> tuple[float, float]:
        return float(self.point[0]), float(self.point[1])

    def tex(self) -> str:
        if self.slope is None:
            return f"x = {_num_tex(self.point[0], self.exact)}"
        if self.exact:
            return f"y = {_line_tex(self.slope, self.line.subs(X, 0))}"
        m, c = float(self.slope), float(self.line.subs(X, 0))
        sign = "-" if c < 0 else "+"
        return f"y \\approx {fmt(m, 4)}x {sign} {fmt(abs(c), 4)}" if abs(c) > 1e-12 else f"y \\approx {fmt(m, 4)}x"

    def point_tex(self) -> str:
        return f"\\left({_num_tex(self.point[0], self.exact)}, {_num_tex(self.point[1], self.exact)}\\right)"


@dataclass(frozen=True)
class Through:
    """The author's curve (F = 0, its TeX, a graph's f when it is one), P, and every tangent through P."""

    F: object  # sympy in x, y
    tex: str  # the author's equation
    graph: object  # calculus.Curve when the curve is y = f(x), else None
    P: tuple  # exact sympy coordinates
    on_curve: bool
    tangents: tuple[Tangent, ...]
    condition: str  # the equation whose solutions are the points of tangency (LaTeX)
    circle: tuple | None = None  # (h, k, r^2) exact, when the curve is a circle
    stated_length: tuple | None = None  # (the block's TeX, its value) of the tangent length it states

    @property
    def length(self):
        """|PT| = sqrt(|PC|^2 - r^2) (exact) for a circle and P outside or on it, else None."""
        if self.circle is None:
            return None
        h, k, r2 = self.circle
        d2 = (self.P[0] - h) ** 2 + (self.P[1] - k) ** 2
        return sp.sqrt(d2 - r2) if d2 >= r2 else None

    @property
    def p(self) -> tuple[float, float]:
        return float(self.P[0]), float(self.P[1])


def _line_tex(m, c) -> str:
    """``m x + c`` in the usual order (``\\frac{1}{2}x - \\frac{5}{2}``, ``-x``, ``2``)."""
    m, c = sp.nsimplify(m), sp.nsimplify(c)
    if m == 0:
        return sp.latex(c)
    sign, k = ("-", -m) if m.could_extract_minus_sign() else ("", m)
    if k == 1:
        body = "x"
    elif k.is_Rational:
        body = f"{sp.latex(k)}x"
    elif len(sp.Add.make_args(k)) > 1:  # a sum (1 + \sqrt{2}) is bracketed
        body = f"\\left({sp.latex(k)}\\right)x"
    elif sp.fraction(k)[1] != 1:  # sympy's own form: \frac{\sqrt{3} x}{6}, \frac{x}{e}
        body = sp.latex(k * X)
    else:  # e^{2} x, \sqrt{2} x
        body = f"{sp.latex(k)} x"
    head = sign + body
    if c == 0:
        return head
    tail = sp.latex(-c) if c.could_extract_minus_sign() else sp.latex(c)
    return f"{head} {'-' if c.could_extract_minus_sign() else '+'} {tail}"


def _num_tex(v, exact: bool) -> str:
    return sp.latex(v) if exact else fmt(float(v), 4)


def evidence(info) -> int | None:
    return 0 if info.reading.asks("tangents through a point") else None


def needs(info) -> bool:
    return read_through(info) is not None


# -- reading ----------------------------------------------------------------------------------------------

_READ: list = []  # (info, reading) of the last few blocks: needs() and build() read the same block


def read_through(info: MathInfo) -> Through | None:
    """The author's curve, their point P and the tangents through P, every stated line, point of
    tangency and count checked; None when anything is missing, symbolic, unsure or disagrees."""
    for seen, found in _READ:
        if seen is info:
            return found
    found = _read_through(info)
    _READ[:] = [(info, found), *_READ[:3]]
    return found


def _read_through(info: MathInfo) -> Through | None:
    if not info.reading.asks("tangents through a point") or info.reading.asks("a normal line"):
        return None
    curve = _curve(info)
    if curve is None:
        return None
    F, tex, graph = curve
    P, others = _point(info, F)
    if P is None:
        return None
    on = sp.simplify(F.subs({X: P[0], Y: P[1]})) == 0
    if graph is not None:
        found = _graph_tangents(graph.expr, P)
    else:
        found = _implicit_tangents(F, P)
    if found is None:
        return None
    tangents, condition = found
    if not _agrees(info, tangents, others, F, graph):
        return None
    circle = _circle_of(F) if graph is None else None
    return Through(F, tex, graph, P, on, tuple(tangents), condition, circle, _stated_length(info) if circle else None)


def _curve(info: MathInfo):
    """(F, TeX, graph or None): an equation in x and y (a conic), else a function y = f(x) in x alone
    that is not a line."""
    from ..implicit import _implicit_equation

    found = _implicit_equation(info)
    given = circle_given(info)
    if given is not None:  # a circle in words: the same circle as the equation written, if any
        h, k, r = given
        F = sp.expand((X - h) ** 2 + (Y - k) ** 2 - r ** 2)
        if found is not None and sp.simplify(found[0] * F.coeff(X, 2) - F * found[0].coeff(X, 2)) != 0:
            return None
        if found is None:
            tex = (f"x^2 + y^2 = {sp.latex(r ** 2)}" if h == k == 0 else
                   f"{_square_tex('x', h)} + {_square_tex('y', k)} = {sp.latex(r ** 2)}")
            return F, tex, None
    if found is not None:
        F, tex = found
        return (F, tex, None) if _polynomial(F) else None
    c = read_curve(info)
    if c is None or c.var != "x" or c.expr.free_symbols != {X}:
        return None  # a letter left free (y = x^2 + a) stays symbolic: not drawn
    try:
        if sp.Poly(c.expr, X).degree() <= 1:
            return None  # a line: stated tangents, not a curve
    except sp.PolynomialError:
        pass
    if c.expr.has(*_PERIODIC):
        return None  # infinitely many candidate points of tangency: not a count we can be sure of
    return sp.expand(Y - c.expr) if _polynomial(Y - c.expr) else Y - c.expr, f"{c.call} = {c.tex}", c


def _square_tex(var: str, c) -> str:
    """``(x - 2)^2``, ``(y + 1)^2``, ``x^2``."""
    if c == 0:
        return f"{var}^2"
    return f"({var} {'+' if c < 0 else '-'} {sp.latex(abs(c))})^2"


def _circle_of(F):
    """(h, k, r^2) when F = 0 is a circle (equal x^2 and y^2 coefficients, no xy term), else None."""
    try:
        p = sp.Poly(F, X, Y)
    except sp.PolynomialError:
        return None
    a = p.coeff_monomial(X ** 2)
    if p.total_degree() != 2 or a == 0 or p.coeff_monomial(Y ** 2) != a or p.coeff_monomial(X * Y) != 0:
        return None
    h, k = -p.coeff_monomial(X) / (2 * a), -p.coeff_monomial(Y) / (2 * a)
    r2 = sp.simplify(h ** 2 + k ** 2 - p.coeff_monomial(1) / a)
    return (h, k, r2) if r2.is_positive else None


# The tangent length the block states: the math after "length" (each has length $\sqrt{25 - 9} = 4$, 切线长为 $2\sqrt{6}$)
# or a segment from P to a point of contact ($|PT| = 4$, $PA = PB = 4$); its value is the last side.
_LENGTH_SAID = (r"(?:(?<!radius )\blengths?|切线(?:段)?的?长(?:度)?)\s*(?:of\s+(?:the\s+|each\s+)?(?:tangent\s+)?(?:segments?\s+)?)?"
                r"(?:is\s+|equals\s+|=\s*|为|是|等于)?\s*\$([^$]+)\$")
_SEGMENT = r"^\s*(?:\|\s*P\s*[ABTMNQ](?:_\{?\d\}?)?\s*\||P\s*[ABTMNQ](?:_\{?\d\}?)?|\\ell|[lL])\s*$"


def _stated_length(info: MathInfo) -> tuple[str, float] | None:
    """(TeX, value) of the tangent length the block states, else None (a formula in letters states none)."""
    candidates = [m[1] for m in re.finditer(_LENGTH_SAID, info.concept, re.I)]
    candidates += [b for b in info.blocks if re.match(_SEGMENT, split_top(single_line(b), "=")[0])]
    for tex in candidates:
        last = re.split(r"\\approx", split_top(single_line(tex), "=")[-1])[-1].strip().rstrip(".,").strip()
        value = tri_value(last)
        if value is not None:
            return last, float(value)
    return None


def _polynomial(F) -> bool:
    try:
        sp.Poly(F, X, Y)
        return True
    except sp.PolynomialError:
        return False


# P is the origin when the question goes through it (not a circle "centred at the origin")
_ORIGIN = (r"\b(?:through|from)\s+(?:the\s+)?origin\b|(?:过|经过|通过|从|由|自)\s*(?:坐标)?原点|"
           r"切线[^。？！；]{0,12}?(?:过|经过|通过)\s*(?:坐标)?原点")


def _point(info: MathInfo, F):
    """P (exact) and the block's other points (which must be points of tangency): the origin when the
    line goes through it, else the first point written. None when the block gives none."""
    pairs = points(info, minimum=1) or []
    exact = [(sp.nsimplify(a, rational=True), sp.nsimplify(b, rational=True)) for a, b in pairs]
    circle = _circle_of(F)
    if circle is not None:  # a circle's centre is not a point of tangency
        exact = [p for p in exact if p != circle[:2]]
    if re.search(_ORIGIN, info.prose, re.I):
        return (sp.Integer(0), sp.Integer(0)), [p for p in exact if p != (0, 0)]
    named = named_points(info).get("P")
    if named is not None:  # P(6, 2) after the centre C(2, -1)
        P = (sp.nsimplify(named[0], rational=True), sp.nsimplify(named[1], rational=True))
        return P, [p for p in exact if p != P]
    if not exact:
        return None, []
    return exact[0], [p for p in exact[1:] if p != exact[0]]


def _implicit_tangents(F, P):
    """Every real (a, b) with F = 0 and grad F . (P - T) = 0, exactly; None when the system is not
    zero-dimensional, too large, or gives a singular point."""
    try:
        if sp.Poly(F, X, Y).total_degree() > 3:
            return None
    except sp.PolynomialError:
        return None
    b = sp.Symbol("b")
    Fa = F.subs({X: A, Y: b}, simultaneous=True)
    fx, fy = sp.diff(F, X), sp.diff(F, Y)
    G = sp.expand(fx.subs({X: A, Y: b}, simultaneous=True) * (P[0] - A) + fy.subs({X: A, Y: b}, simultaneous=True) * (P[1] - b))
    try:
        sols = sp.solve([Fa, G], [A, b], dict=True)
    except Exception:  # noqa: BLE001 - sympy could not: not sure of every solution
        return None
    out = []
    for s in sols:
        if A not in s or b not in s or s[A].free_symbols or s[b].free_symbols:
            return None  # infinitely many (a line inside the curve): not this question
        ta, tb = sp.simplify(s[A]), sp.simplify(s[b])
        if not (ta.is_real and tb.is_real):
            continue
        gx, gy = sp.simplify(fx.subs({X: ta, Y: tb})), sp.simplify(fy.subs({X: ta, Y: tb}))
        if gx == 0 and gy == 0:
            return None  # a singular point: no tangent line there
        if gy == 0:
            t = Tangent((ta, tb), None, None)
        else:
            m = sp.simplify(-gx / gy)
            t = Tangent((ta, tb), m, sp.expand(sp.simplify(m * (X - ta) + tb)))
        if not any(_same_line(t, u) and sp.simplify(t.point[0] - u.point[0]) == 0 for u in out):
            out.append(t)
    out.sort(key=lambda t: (float(t.point[0]), float(t.point[1])))
    fx_tex = sp.latex(sp.factor(fx.subs({X: A, Y: b}, simultaneous=True)))
    fy_tex = sp.latex(sp.factor(fy.subs({X: A, Y: b}, simultaneous=True)))
    condition = (f"\\left({fx_tex}\\right)\\left({sp.latex(P[0])} - a\\right) + "
                 f"\\left({fy_tex}\\right)\\left({sp.latex(P[1])} - b\\right) = 0")
    return out, condition


def _graph_tangents(f, P):
    """Tangents to the transcendental graph y = f(x) through P: the real roots a of
    h(a) = f(a) + f'(a)(x_P - a) - y_P, found by sympy and by a scan of [-40, 40]; None unless both agree."""
    fa, d1 = f.subs(X, A), sp.diff(f, X).subs(X, A)
    h = fa + d1 * (P[0] - A) - P[1]
    try:
        exact = sp.solve(sp.Eq(h, 0), A)
    except Exception:  # noqa: BLE001
        return None
    if not isinstance(exact, list) or any(r.free_symbols for r in exact):
        return None
    real = []
    for r in exact:
        try:
            v = complex(sp.N(r, 30))
        except (TypeError, ValueError):
            return None
        if abs(v.imag) < 1e-12 and _finite(f, v.real) and abs(v.real) < _WINDOW - 5:
            real.append(sp.nsimplify(r) if r.has(sp.Float) else r)
        elif abs(v.imag) < 1e-12 and abs(v.real) >= _WINDOW - 5:
            return None  # a tangency far out: not a picture we can be sure of
    numeric = _scan_roots(f, h, float(P[0]))
    if numeric is None or len(numeric) != len(real):
        return None
    if any(min(abs(float(r) - n) for n in numeric) > 1e-6 for r in real):
        return None
    out = []
    for a in sorted(real, key=float):
        b_, m = sp.simplify(fa.subs(A, a)), sp.simplify(d1.subs(A, a))
        out.append(Tangent((a, b_), m, sp.expand(sp.simplify(m * (X - a) + b_))))
    condition = f"{sp.latex(fa)} + {_paren(sp.latex(d1))}\\left({sp.latex(P[0])} - a\\right) = {sp.latex(P[1])}"
    return out, condition


def _paren(tex: str) -> str:
    return tex if re.fullmatch(r"[\w\\{}^]+", tex) else f"\\left({tex}\\right)"


def _finite(f, a: float) -> bool:
    try:
        v = complex(sp.N(f.subs(X, a)))
        d = complex(sp.N(sp.diff(f, X).subs(X, a)))
    except (TypeError, ValueError):
        return False
    return abs(v.imag) < 1e-12 and abs(d.imag) < 1e-12 and np.isfinite(v.real) and np.isfinite(d.real)


def _scan_roots(f, h, px: float) -> list[float] | None:
    """Real roots of h on [-40, 40]: every sign change (bisected), and the candidates where a root may
    touch zero without one (h' = f''(a)(x_P - a): a = x_P and where f'' vanishes); None if h cannot be sampled."""
    hf = sp.lambdify(A, h, "numpy")
    f2 = sp.lambdify(A, sp.diff(f, X, 2).subs(X, A), "numpy")
    xs = np.linspace(-_WINDOW, _WINDOW, 80001)
    with np.errstate(all="ignore"):
        try:
            hv = np.asarray(hf(xs), dtype=complex) * np.ones_like(xs)
            f2v = np.asarray(f2(xs), dtype=complex) * np.ones_like(xs)
        except Exception:  # noqa: BLE001
            return None
    ok = np.isfinite(hv) & (np.abs(hv.imag) < 1e-12)
    hv = np.where(ok, hv.real, np.nan)
    roots = []

    def value(t, fn=hf):
        try:
            with np.errstate(all="ignore"):
                v = complex(fn(np.float64(t)))
        except (ZeroDivisionError, ValueError, TypeError, OverflowError):
            return np.nan
        return v.real if abs(v.imag) < 1e-12 and np.isfinite(v.real) else np.nan

    for i in np.nonzero(ok[:-1] & ok[1:] & (np.sign(hv[:-1]) * np.sign(hv[1:]) <= 0))[0]:
        lo, hi = xs[i], xs[i + 1]
        if hv[i] == 0:
            roots.append(float(lo))
            continue
        if hv[i + 1] == 0:
            continue
        for _ in range(80):
            mid = 0.5 * (lo + hi)
            if np.sign(value(mid)) == np.sign(value(lo)):
                lo = mid
            else:
                hi = mid
        r = 0.5 * (lo + hi)
        scale = max(1.0, np.nanmax(np.abs(hv[max(0, i - 50): i + 50])))
        if abs(value(r)) < 1e-7 * scale:  # not a jump across a pole
            roots.append(r)
    candidates = [px]
    f2r = np.where(np.isfinite(f2v) & (np.abs(f2v.imag) < 1e-12), f2v.real, np.nan)
    for i in np.nonzero(np.sign(f2r[:-1]) * np.sign(f2r[1:]) <= 0)[0]:  # f'' changes sign (or vanishes) here: bisect
        lo, hi = xs[i], xs[i + 1]
        f2_lo = np.sign(f2r[i])
        for _ in range(60):
            mid = 0.5 * (lo + hi)
            v = value(mid, f2)
            lo, hi = (mid, hi) if np.sign(v) == f2_lo else (lo, mid)
        candidates.append(0.5 * (lo + hi))
    for c in candidates:  # a root touching zero without a sign change: only at x_P (P on the curve) or where f'' = 0
        if np.isfinite(value(c)) and abs(value(c)) < 1e-9 and not any(abs(c - r) < 1e-4 for r in roots):
            roots.append(c)
    return sorted(roots)


def _same_line(t: Tangent, u: Tangent) -> bool:
    if (t.slope is None) != (u.slope is None):
        return False
    if t.slope is None:
        return sp.simplify(t.point[0] - u.point[0]) == 0
    return sp.simplify(t.line - u.line) == 0


_COUNT_EN = {"no": 0, "one": 1, "a single": 1, "exactly one": 1, "only one": 1, "two": 2, "three": 3, "four": 4}
_COUNT_ZH = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}


def _stated_count(info: MathInfo) -> int | None:
    m = re.search(r"\b(no|a single|exactly one|only one|one|two|three|four|[0-4])\s+(?:distinct\s+|such\s+|different\s+)?tangent",
                  info.concept, re.I)
    if m:
        word = m.group(1).lower()
        return int(word) if word.isdigit() else _COUNT_EN[word]
    m = re.search(r"([一两二三四]|\d)\s*条(?:不同的)?切线", info.concept)
    if m:
        return int(m.group(1)) if m.group(1).isdigit() else _COUNT_ZH[m.group(1)]
    if re.search(r"(?:没有|不存在|无)(?:任何)?切线|no tangent (?:line )?(?:passes|can be drawn)", info.concept, re.I):
        return 0
    return None


def _agrees(info: MathInfo, tangents: list[Tangent], others, F, graph) -> bool:
    """Every line the block states is one of the tangents, every other point written is a point of
    tangency, and a stated count is theirs."""
    count = _stated_count(info)
    if count is not None and count != len(tangents):
        return False
    for p in others:
        if not any(abs(float(p[0]) - t.xy[0]) < 1e-6 and abs(float(p[1]) - t.xy[1]) < 1e-6 for t in tangents):
            return False
    for kind, value, G in written_lines(info):
        if sp.simplify(G - F) == 0 or sp.simplify(G + F) == 0:
            continue  # the author's curve itself
        if kind == "x":
            ok = any(t.slope is None and abs(float(t.point[0]) - float(value)) < 1e-9 for t in tangents)
        else:
            ok = any(t.slope is not None and _close(t.line, value) for t in tangents)
        if not ok:
            return False
    return True


def _close(a, b) -> bool:
    try:
        return all(abs(float(a.subs(X, v)) - float(b.subs(X, v))) < 1e-4 for v in (0, 1, 2))
    except (TypeError, ValueError):
        return False


# -- drawing ----------------------------------------------------------------------------------------------

_COLOURS = ("YELLOW", "GREEN", "ORANGE", "PINK")


def _view(th: Through) -> View:
    """Equal units; P, every point of tangency and (for a bounded curve) the whole curve inside."""
    xs = [th.p[0]] + [t.xy[0] for t in th.tangents]
    ys = [th.p[1]] + [t.xy[1] for t in th.tangents]
    if th.graph is None:
        from .implicit_curve import _view as curve_view

        F = sp.lambdify((X, Y), th.F, "numpy")
        v = curve_view(F, th.p)
        box = _bounded_box(F)
        if box is not None:
            xs += [box[0], box[1]]
            ys += [box[2], box[3]]
        elif not th.tangents:
            xs += [v.a, v.b]
            ys += [v.lo, v.hi]
    a, b, lo, hi = min(xs), max(xs), min(ys), max(ys)
    if th.graph is not None:  # a graph: each axis its own unit (a steep tangent needs a tall window, not a thin one)
        padx, pady = 0.2 * max(b - a, 3.0) + 0.5, 0.2 * max(hi - lo, 3.0) + 0.5
        a, b = _round_out(a - padx, b + padx)
        lo, hi = _round_out(lo - pady, hi + pady)
        return View(a, b, lo, hi, SIDE_AREA[0], SIDE_AREA[1])
    pad = 0.15 * max(b - a, hi - lo, 2.0) + 0.4
    cx, cy = 0.5 * (a + b), 0.5 * (lo + hi)
    half_w, half_h = 0.5 * (b - a) + pad, 0.5 * (hi - lo) + pad
    return equal_view(cx - half_w, cx + half_w, cy - half_h, cy + half_h, SIDE_AREA)


def _round_out(lo: float, hi: float) -> tuple[float, float]:
    step = nice_step(hi - lo)
    return math.floor(lo / step + 1e-9) * step, math.ceil(hi / step - 1e-9) * step


def _bounded_box(F):
    g = np.linspace(-12, 12, 241)
    Xg, Yg = np.meshgrid(g, g)
    with np.errstate(all="ignore"):
        Z = np.asarray(F(Xg, Yg), dtype=float) * np.ones_like(Xg)
    s = np.sign(Z)
    cross = (s[:-1, :-1] != s[1:, :-1]) | (s[:-1, :-1] != s[:-1, 1:])
    iy, ix = np.nonzero(cross)
    if not ix.size or g[ix].min() < -11.5 or g[ix].max() > 11.5 or g[iy].min() < -11.5 or g[iy].max() > 11.5:
        return None
    return float(g[ix].min()), float(g[ix].max() + 0.1), float(g[iy].min()), float(g[iy].max() + 0.1)


def build(ctx: Ctx) -> None:
    w = ctx.w
    th = read_through(ctx.info)
    view = _view(th)
    ptex = f"P\\left({sp.latex(th.P[0])}, {sp.latex(th.P[1])}\\right)"
    n = len(th.tangents)
    ctx.facts.update(through=th)
    cw, cz = ("circle", "圆") if th.circle is not None else ("curve", "曲线")

    w.beat(ctx.title, ctx.L(
        f"Which lines through ${ptex}$ are tangent to the {cw} ${th.tex}$? A tangent line touches the {cw} at a point $T$; "
        f"it passes through $P$ only for some points $T$ of the {cw}.",
        f"过点 ${ptex}$ 的哪些直线与{cz} ${th.tex}$ 相切？切线在某点 $T$ 与{cz}相切，只有{cz}上某些点 $T$ 处的切线经过 $P$。"))
    w.title(ctx.title)
    formula_corner(ctx, f"{th.tex},\\quad {ptex}")
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)

    if th.graph is not None:
        c = th.graph
        graph_setup(ctx, Fn(c.code, c.tex, c.expr, True), view.a, view.b, view.lo, view.hi,
                    y_length=view.y_length, x_length=view.x_length)
        w.code("VGroup(axes, axis_labels, graph).to_edge(LEFT, buff=0.6)", "curve = graph")
    else:
        plain_axes(ctx, view)
        w.code("def F(x, y):", f"    return {to_numpy(th.F, ('x', 'y'))}", "",
               "curve = axes.plot_implicit_curve(F, color=BLUE, min_depth=6, max_quads=3000)")
    where = ctx.L(f"on the {cw}", f"在{cz}上") if th.on_curve else ctx.L(f"off the {cw}", f"不在{cz}上")
    centre_en, centre_zh = _centre(ctx, th) if th.circle is not None else ("", "")
    w.beat(ctx.L(f"The {cw} and the point", f"{cz}与点 P"), ctx.L(
        f"The {cw} ${th.tex}$ and the point ${ptex}$, which lies {where}.{centre_en}",
        f"{cz} ${th.tex}$ 与点 ${ptex}$，点 $P$ {where}。{centre_zh}"))
    w.play("Create(axes), Write(axis_labels)", 1)
    w.play("Create(curve)" + (", FadeIn(centre)" if th.circle is not None else ""), 2)
    mark_point(ctx, th.p, "given", prefix="P")
    w.play("FadeIn(given)", 0.6)

    graph = th.graph is not None
    cond_en = ("A tangent at $T = (a, f(a))$ is $y = f(a) + f'(a)(x - a)$; it passes through $P$ when "
               f"${th.condition}$." if graph else
               "At $T = (a, b)$ on the curve the tangent is perpendicular to $\\nabla F(a, b)$; it passes through $P$ when "
               f"${th.condition}$ (and $T$ is on the curve).")
    cond_zh = (f"在 $T = (a, f(a))$ 处的切线为 $y = f(a) + f'(a)(x - a)$；它经过 $P$ 当且仅当 ${th.condition}$。" if graph else
               f"曲线上点 $T = (a, b)$ 处的切线与 $\\nabla F(a, b)$ 垂直；它经过 $P$ 当且仅当 ${th.condition}$（且 $T$ 在曲线上）。")
    if n:
        sols = ", ".join(f"a = {_num_tex(t.point[0], t.exact)}" if graph else
                         f"(a, b) = \\left({_num_tex(t.point[0], t.exact)}, {_num_tex(t.point[1], t.exact)}\\right)" for t in th.tangents)
        cond_en += f" Its real solutions: ${sols}$."
        cond_zh += f"实数解为 ${sols}$。"
    w.beat(ctx.L("The condition", "相切条件"), ctx.L(cond_en, cond_zh))
    w.wait(2)

    w.code("equations = VGroup()")
    for i, t in enumerate(th.tangents, 1):
        colour = _COLOURS[(i - 1) % len(_COLOURS)]
        same = abs(t.xy[0] - th.p[0]) < 1e-9 and abs(t.xy[1] - th.p[1]) < 1e-9
        line_through(ctx, f"tangent{i}", view, t.xy, None if t.slope is None else float(t.slope), colour)
        tx, ty = (fmt(v, 4) for v in t.xy)
        w.code(f"touch{i} = Dot(axes.c2p({tx}, {ty}), color={colour}, radius=0.08)",
               f'touch{i}_label = MathTex(r"T_{{{i}}}", font_size=28, color={colour})',
               f"touch{i}_label.next_to(touch{i}, {'DL' if same else 'DR'}, buff=0.08).add_background_rectangle(opacity=0.7, buff=0.04)",
               *_outward(th, t, f"touch{i}_label"),
               f'eq{i} = MathTex(r"{t.tex()}", font_size=34, color={colour})')
        _to_panel(ctx, f"eq{i}")
        slope = (ctx.L("it is vertical", "它是竖直线") if t.slope is None else
                 ctx.L(f"its slope is ${_num_tex(t.slope, t.exact)}$", f"斜率为 ${_num_tex(t.slope, t.exact)}$"))
        at_p = (ctx.L(" (the tangent at $P$ itself)", "（即 $P$ 处的切线）") if same else
                ctx.L(" elsewhere" if th.on_curve else "", ""))
        right_en, right_zh = "", ""
        if th.circle is not None:
            _radius(ctx, th, i, t)
            right_en, right_zh = f" The radius $CT_{i}$ meets it at a right angle.", f"半径 $CT_{i}$ 与它垂直。"
        w.beat(ctx.L(f"Tangent {i}", f"切线 {i}"), ctx.L(
            f"It touches the {cw} at $T_{i} = {t.point_tex()}${at_p}: {slope}, and the line ${t.tex()}$ passes through $P$.{right_en}",
            f"它与{cz}相切于 $T_{i} = {t.point_tex()}${at_p}：{slope}，直线 ${t.tex()}$ 经过 $P$。{right_zh}"))
        w.play(f"FadeIn(touch{i}), Write(touch{i}_label)", 0.8)
        w.play(f"Create(tangent{i}), Write(eq{i})", 1.6)
        w.play(f"Create(radius{i}), Create(right{i})" if th.circle is not None else "Indicate(given)", 0.8)
    w.code("self.add_foreground_mobject(given)")
    if th.circle is not None and n:
        _tangent_length(ctx, th)

    if n == 0:
        note = ctx.L("No tangent passes through P", "过点 P 没有切线")
        font = ', font="Noto Sans CJK SC"' if ctx.zh else ""
        w.code(f'nothing = Text("{note}", font_size=30, color=YELLOW{font})',
               "nothing.next_to(axes, RIGHT, buff=0.5).align_to(axes, UP)",
               "room = config.frame_width / 2 - 0.3 - nothing.get_left()[0]",
               "if nothing.width > room:", "    nothing.scale_to_fit_width(room).next_to(axes, RIGHT, buff=0.5).align_to(axes, UP)")
        why = ctx.L("inside the curve" if th.graph is None else "on the side of the curve no tangent reaches",
                    "在曲线内部" if th.graph is None else "位于切线都到达不了的一侧")
        if th.circle is not None:
            d2, r2 = _d2(th), th.circle[2]
            why = ctx.L(f"inside the circle ($|PC|^2 = {sp.latex(d2)} < r^2 = {sp.latex(r2)}$, so $|PC|^2 - r^2 < 0$ has no square root)",
                        f"在圆内（$|PC|^2 = {sp.latex(d2)} < r^2 = {sp.latex(r2)}$，$|PC|^2 - r^2 < 0$ 开不出平方根）")
        w.beat(ctx.L("No tangent", "没有切线"), ctx.L(
            f"The condition has no real solution: $P$ lies {why}, and every line through it crosses the {cw} or misses it.",
            f"相切条件没有实数解：$P$ {why}，过它的直线要么与{cz}相交，要么与{cz}不相交，都不相切。"))
        w.play("Write(nothing)", 1.2)
        w.wait(2)
        if th.circle is not None:
            _tangent_length(ctx, th)  # a length the block states for no tangent is false
        return
    lines = ",\\; ".join(t.tex() for t in th.tangents)
    word_en = "one tangent" if n == 1 else f"{n} tangents"
    w.beat(ctx.L("All of them", "全部切线"), ctx.L(
        f"Through $P$ pass exactly {word_en} to the {cw}: ${lines}$.",
        f"过点 $P$ 恰有 {n} 条切线：${lines}$。"))
    w.play("Circumscribe(equations)", 1.2)
    w.wait(2 if th.circle is None else 1.2)  # a circle's scene has had its length beat


def _to_panel(ctx: Ctx, name: str) -> None:
    """Add ``name`` to the panel of equations right of the axes (shrunk to the room left there)."""
    ctx.w.code(f"equations.add({name})",
               "equations.arrange(DOWN, aligned_edge=LEFT, buff=0.3).next_to(axes, RIGHT, buff=0.5).align_to(axes, UP)",
               "room = config.frame_width / 2 - 0.3 - equations.get_left()[0]  # what is left right of the axes",
               "if equations.width > room:", "    equations.scale_to_fit_width(room).align_to(axes, UP)")


def _d2(th: Through):
    """|PC|^2, exact."""
    h, k, _ = th.circle
    return sp.nsimplify((th.P[0] - h) ** 2 + (th.P[1] - k) ** 2)


def _outward(th: Through, t: Tangent, name: str) -> list[str]:
    """On a circle, the code placing the label ``name`` of the point of contact outside the circle, along the radius
    (clear of the right-angle mark inside); nothing for another curve."""
    if th.circle is None:
        return []
    u = np.array(t.xy) - np.array([float(th.circle[0]), float(th.circle[1])])
    u = u / np.linalg.norm(u)
    return [f"{name}.move_to(axes.c2p({fmt(t.xy[0], 4)}, {fmt(t.xy[1], 4)}) + 0.32 * np.array([{fmt(u[0], 4)}, {fmt(u[1], 4)}, 0]))"]


def _gap_squared(p, c) -> str:
    """``(6 - 2)^2``, ``(2 - (-1))^2``; ``5^2``, ``(-3)^2`` when the centre's coordinate is 0."""
    if c == 0:
        return f"{_paren(sp.latex(p)) if p < 0 else sp.latex(p)}^2"
    return f"({sp.latex(p)} - {sp.latex(c) if c > 0 else '(' + sp.latex(c) + ')'})^2"


def _centre(ctx: Ctx, th: Through) -> tuple[str, str]:
    """The centre C of the circle (not yet shown), and what is said of it and the radius (en, zh)."""
    h, k, r2 = th.circle
    ctx.w.code(f"centre = VGroup(Dot(axes.c2p({fmt(float(h), 4)}, {fmt(float(k), 4)}), color=BLUE_B, radius=0.06),",
               '                MathTex(r"C", font_size=28, color=BLUE_B))',
               "centre[1].next_to(centre[0], DOWN, buff=0.1).add_background_rectangle(opacity=0.7, buff=0.04)")
    C, r = f"C = \\left({sp.latex(h)}, {sp.latex(k)}\\right)", sp.latex(sp.sqrt(r2))
    return f" The circle has centre ${C}$ and radius $r = {r}$.", f"圆心 ${C}$，半径 $r = {r}$。"


def _radius(ctx: Ctx, th: Through, i: int, t: Tangent) -> None:
    """``radius{i}`` from C to the point of contact and ``right{i}``, its right angle with the tangent there."""
    cx, cy = float(th.circle[0]), float(th.circle[1])
    (tx, ty), (px, py) = t.xy, th.p
    u = np.array([px - tx, py - ty]) if math.hypot(px - tx, py - ty) > 1e-9 else np.array([-(ty - cy), tx - cx])
    u = u / np.linalg.norm(u) * 0.5  # along the tangent, towards P (or along it when T = P)
    ctx.w.code(f"radius{i} = Line(axes.c2p({fmt(cx, 4)}, {fmt(cy, 4)}), axes.c2p({fmt(tx, 4)}, {fmt(ty, 4)}), color=BLUE_B, stroke_width=4)",
               f"right{i} = RightAngle(Line(axes.c2p({fmt(tx, 4)}, {fmt(ty, 4)}), axes.c2p({fmt(cx, 4)}, {fmt(cy, 4)})),",
               f"                    Line(axes.c2p({fmt(tx, 4)}, {fmt(ty, 4)}), axes.c2p({fmt(tx + u[0], 4)}, {fmt(ty + u[1], 4)})),",
               "                    length=0.22, color=WHITE, stroke_width=3)")


def _tangent_length(ctx: Ctx, th: Through) -> None:
    """|PT| = sqrt(|PC|^2 - r^2) in the right triangle P T C (P outside the circle), and the length the block states,
    checked; P on the circle has length 0 and P inside none (said in the no-tangent beat)."""
    w = ctx.w
    L, stated = th.length, th.stated_length
    false = stated is not None and (L is None or differs(stated[0], stated[1], float(L)))
    if stated is not None and false:
        said_en = (f". The block states the length is ${stated[0]}$; that is false: "
                   + ("there is no tangent, so no tangent length." if L is None else f"it is ${sp.latex(L)}$."))
        said_zh = f"。题中写切线长为 ${stated[0]}$，这不成立：" + ("没有切线，也就没有切线长。" if L is None else f"切线长是 ${sp.latex(L)}$。")
    else:
        said_en, said_zh = (" (as stated).", "（与题中一致）。") if stated is not None else (".", "。")
    if L is None or L == 0:
        if false:  # inside (no tangent) or on the circle (length 0): the false statement still said
            w.beat(ctx.L("The stated length", "题中的切线长"), ctx.L(said_en[2:], said_zh[1:]))
            _crossed(ctx, stated[0], "next_to(axes, RIGHT, buff=0.5).to_edge(DOWN, buff=1.2)")
            w.wait(1.6)
        return
    h, k, r2 = th.circle
    d2 = _d2(th)
    cx, cy = float(h), float(k)
    px, py = th.p
    value = sp.latex(L) + ("" if L.is_rational else f" \\approx {fmt(float(L), 4)}")
    chain = f"|PT| = \\sqrt{{|PC|^2 - r^2}} = \\sqrt{{{sp.latex(d2)} - {sp.latex(r2)}}} = {value}"
    w.code(f"pc = DashedLine(axes.c2p({fmt(px, 4)}, {fmt(py, 4)}), axes.c2p({fmt(cx, 4)}, {fmt(cy, 4)}), color=GREY_B, stroke_width=3)")
    segments = []
    for i, t in enumerate(th.tangents, 1):
        tx, ty = t.xy
        mx, my = (px + tx) / 2, (py + ty) / 2
        n = np.array([-(ty - py), tx - px])
        n = n / np.linalg.norm(n) * (1 if np.dot(n, [mx - cx, my - cy]) >= 0 else -1)  # away from the centre
        w.code(f"pt{i} = Line(axes.c2p({fmt(px, 4)}, {fmt(py, 4)}), axes.c2p({fmt(tx, 4)}, {fmt(ty, 4)}), color=RED, stroke_width=7)",
               f'pt{i}_label = MathTex(r"{sp.latex(L)}", font_size=30, color=RED).add_background_rectangle(opacity=0.7, buff=0.04)',
               f"pt{i}_label.move_to(axes.c2p({fmt(mx, 4)}, {fmt(my, 4)}) + 0.32 * np.array([{fmt(n[0], 4)}, {fmt(n[1], 4)}, 0]))")
        segments.append(i)
    w.code(f'length_eq = MathTex(r"{chain}", font_size=32, color=RED)')
    _to_panel(ctx, "length_eq")
    each = ctx.L("each tangent has" if len(segments) > 1 else "the tangent has", "每条切线的" if len(segments) > 1 else "切线的")
    w.beat(ctx.L("The tangent length", "切线长"), ctx.L(
        f"$P$, $T_1$ and $C$ make a right triangle with the right angle at $T_1$, so $|PT_1|^2 + r^2 = |PC|^2$. Here "
        f"$|PC|^2 = {_gap_squared(th.P[0], h)} + {_gap_squared(th.P[1], k)} = {sp.latex(d2)}$ "
        f"and $r^2 = {sp.latex(r2)}$: {each} length $\\sqrt{{{sp.latex(d2)} - {sp.latex(r2)}}} = {value}${said_en}",
        f"$P$、$T_1$、$C$ 构成以 $T_1$ 为直角顶点的直角三角形，所以 $|PT_1|^2 + r^2 = |PC|^2$。这里 "
        f"$|PC|^2 = {_gap_squared(th.P[0], h)} + {_gap_squared(th.P[1], k)} = {sp.latex(d2)}$，"
        f"$r^2 = {sp.latex(r2)}$：{each}长为 $\\sqrt{{{sp.latex(d2)} - {sp.latex(r2)}}} = {value}${said_zh}"))
    w.play("Create(pc)", 0.6)
    w.play(", ".join(f"Create(pt{i}), FadeIn(pt{i}_label)" for i in segments) + ", Write(length_eq)", 1.4)
    if false:
        _crossed(ctx, stated[0], "next_to(length_eq, DOWN, aligned_edge=LEFT, buff=0.3)")
    w.wait(0.8)


def _crossed(ctx: Ctx, said: str, place: str) -> None:
    """The block's false length, in red, crossed out (``place``: where, a chain of mobject methods)."""
    ctx.w.code(f'said_length = MathTex(r"|PT| = {said}", font_size=30, color=RED)',
               f"said_length.{place}",
               "said_cross = Cross(stroke_width=5).scale(0.15).next_to(said_length, RIGHT, buff=0.2)  # beside: it stays readable")
    ctx.w.play("FadeIn(said_length), Create(said_cross)", 0.8)


@check("tangents_through_point")
def _check(f):
    th = f["through"]
    n = len(th.tangents)
    ptex = f"\\left({sp.latex(th.P[0])}, {sp.latex(th.P[1])}\\right)"
    if th.length:  # a circle and P outside: the tangent length by Pythagoras
        d2, r2 = _d2(th), th.circle[2]
        return (f"How long is each tangent from ${ptex}$ to the circle ${th.tex}$?",
                f"从点 ${ptex}$ 到圆 ${th.tex}$ 的切线长是多少？",
                f"$\\sqrt{{|PC|^2 - r^2}} = \\sqrt{{{sp.latex(d2)} - {sp.latex(r2)}}} = {sp.latex(th.length)}$: the radius to the point "
                "of contact is perpendicular to the tangent.",
                f"$\\sqrt{{|PC|^2 - r^2}} = \\sqrt{{{sp.latex(d2)} - {sp.latex(r2)}}} = {sp.latex(th.length)}$：到切点的半径与切线垂直。")
    answer = ", ".join(t.tex() for t in th.tangents) or ("none", "没有")
    if isinstance(answer, tuple):
        return (f"How many tangent lines to ${th.tex}$ pass through ${ptex}$?", f"过点 ${ptex}$ 的曲线 ${th.tex}$ 的切线有几条？",
                "None: the tangency condition has no real solution.", "没有：相切条件无实数解。")
    return (f"How many tangent lines to ${th.tex}$ pass through ${ptex}$, and which?",
            f"过点 ${ptex}$ 的曲线 ${th.tex}$ 的切线有几条？分别是什么？",
            f"{n}: ${answer}$ (one for each real point of tangency).", f"{n} 条：${answer}$（每个实切点一条）。")
