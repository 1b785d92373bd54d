"""Readers of calculus-at-a-point blocks: a function of one variable and what the author asks of it
at a point (a slope, a tangent or normal line, a linear approximation, an average rate over
[a, a + h], an inflection point), an implicit curve F(x, y) = c, and an inverse pair y = f(x),
x = g(y).

Each reader returns ``None`` when the block does not give what it looks for, and also when a value
the author states disagrees with the one computed from the author's own function (a slope of 1/3
where f'(4) = 1/4): a scene must never draw a claim it would contradict. Every function is read in
the author's variable (``f(t)``, ``C(q)``) and handed over renamed to ``x``, with that letter kept for
the labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .latex import MathInfo, single_line, split_top
from .symbolic import function_of, normalize, number, parse, to_numpy

_NUM = r"-?\d+(?:\.\d+)?"


@dataclass(frozen=True)
class Curve:
    """A function of one variable the author writes, renamed to ``x``.

    ``expr`` sympy expression in x; ``code`` numpy code in x; ``tex`` the author's LaTeX of the right
    side; ``var`` the author's variable letter; ``name`` the function's name (``f``, ``C``, ``y``)."""

    expr: object
    code: str
    tex: str
    var: str = "x"
    name: str = "f"

    @property
    def call(self) -> str:
        """``f(x)``, ``C(q)``, or ``y`` for a curve written ``y = ...``."""
        return self.name if self.name == "y" else f"{self.name}({self.var})"


# A point or a value, not a function: x = 0, t = 1 + h, x_0 = 2.
_POINT = re.compile(r"\s*[a-z](?:_\{?0\}?)?\s*=\s*-?[\d.]+(?:\s*\+\s*h)?\s*")
_NAMED = re.compile(r"(?<![\\A-Za-z])([A-Za-z])\s*\(\s*([a-z])\s*\)\s*=")


def read_curve(info: MathInfo) -> Curve | None:
    """The author's function of one variable: ``f(x) = ...``, ``s(t) = ...``, ``C(q) = ...``, ``y = ...``
    or an expression in x alone; None when the block writes none (or only ones in several letters)."""
    import sympy as sp

    from .given import function_in

    blocks = [b for b in info.blocks if not _POINT.fullmatch(single_line(b))]
    for block in blocks:
        m = _NAMED.search(single_line(block))
        if m and m.group(2) != "x":
            found = function_of([block], m.group(2))
            if found is not None:
                expr = found[0].subs(sp.Symbol(m.group(2)), sp.Symbol("x"))
                code = to_numpy(expr, ("x",))
                if code:
                    return Curve(expr, code, found[2], m.group(2), m.group(1))
    found = function_in(blocks)
    if found is None:
        return None
    expr, code, tex = found
    name = next((m.group(1) for b in blocks if (m := _NAMED.search(single_line(b)))), None)
    if name is None:
        name = "y" if any(re.match(r"\s*y\s*=", single_line(b)) for b in blocks) else "f"
    return Curve(expr, code, tex, "x", name)


def _at(info: MathInfo, var: str, words: str) -> float | None:
    """The number in ``<word> var = n`` (``at x = 4``, ``near x = 0``, ``在 x = 1 处``)."""
    v = re.escape(var)
    for pattern in (rf"(?:{words})\s*\$?\s*{v}\s*=\s*({_NUM})(?![\d.])",
                    rf"{v}\s*=\s*({_NUM})\s*\$?\s*(?:处|时|附近)", rf"{v}_\{{?0\}}?\s*=\s*({_NUM})(?![\d.])"):
        m = re.search(pattern, info.concept)
        if m:
            return float(m.group(1))
    return None


AT_WORDS = r"\bat\b|\bwhere\b|\bnear\b|\baround\b|\bwhen\b|在|于|当"


def point_of(info: MathInfo, var: str) -> float | None:
    """Where the block asks about its function: ``at x = 4``, ``near x = 0``, ``x_0 = 1``, ``在 x = 1 处``."""
    return _at(info, var, AT_WORDS)


def exact(value) -> object:
    import sympy as sp

    return sp.nsimplify(value, rational=True)


def slope_at(curve: Curve, at: float):
    """f'(at) exactly (a sympy number), or None when f is not differentiable there."""
    import sympy as sp

    x = sp.Symbol("x")
    try:
        m = sp.simplify(sp.diff(curve.expr, x).subs(x, exact(at)))
        return m if m.is_real and m.is_finite else None
    except (TypeError, ValueError):
        return None


def value_at(curve: Curve, at: float):
    import sympy as sp

    try:
        y = sp.simplify(curve.expr.subs(sp.Symbol("x"), exact(at)))
        return y if y.is_real and y.is_finite else None
    except (TypeError, ValueError):
        return None


def same(a, b) -> bool:
    """Two sympy values (or expressions in x) are equal."""
    import sympy as sp

    try:
        return sp.simplify(a - b) == 0
    except Exception:  # noqa: BLE001 - sympy raises many kinds; unknown is not equal
        return False


def linear(expr) -> bool:
    """``expr`` is ``m x + b`` (sympy, in x alone)."""
    import sympy as sp

    x = sp.Symbol("x")
    try:
        return expr.free_symbols <= {x} and sp.Poly(expr, x).degree() <= 1
    except Exception:  # noqa: BLE001 - not a polynomial in x
        return False


_SLOPE_IS = (r"(?:slope|gradient)(?:[^.;]|\.\d){0,60}?\b(?:is|equals)\s*\$([^$]+)\$", r"(?:has|with) slope\s*\$([^$]+)\$",
              r"斜率\s*(?:为|是|等于)\s*\$([^$]+)\$")


def stated_slope(info: MathInfo) -> float | None:
    """A slope the author states in prose: ``the slope ... is $\\frac14$``, ``斜率为 $-\\frac32$``."""
    for pattern in _SLOPE_IS:
        for m in re.finditer(pattern, info.concept, re.I):
            value = number(m.group(1).split("=")[-1])
            if value is not None:
                return value
    return None


def stated_lines(info: MathInfo, curve: Curve | None = None) -> list[object]:
    """Lines ``y = m x + b`` (or ``y - y_0 = m(x - x_0)``) the block writes, as sympy expressions in x
    (the author's function itself excluded)."""
    import sympy as sp

    x, y = sp.Symbol("x"), sp.Symbol("y")
    out = []
    for block in info.blocks:
        parts = split_top(single_line(block), "=")
        if len(parts) != 2:
            continue
        lhs, rhs = parse(parts[0]), parse(parts[1])
        if lhs is None or rhs is None or isinstance(lhs, sp.Equality) or isinstance(rhs, sp.Equality):
            continue
        try:
            solved = sp.solve(sp.Eq(normalize(lhs), normalize(rhs)), y)
        except Exception:  # noqa: BLE001
            continue
        if len(solved) != 1 or not solved[0].free_symbols <= {x}:
            continue
        line = sp.expand(solved[0])
        if linear(line) and not (curve is not None and same(line, curve.expr)):
            out.append(line)
    return out


def statement(info: MathInfo, curve: Curve) -> str | None:
    """The longest formula the block writes about its function besides defining it (a tangent or normal
    line, an approximation, f'), as written; None when it only defines the function and names a point."""
    var = re.escape(curve.var)
    said = []
    for block in info.blocks:
        flat = single_line(block)
        parts = split_top(flat, "=")
        if re.fullmatch(rf"\s*{var}(?:_\{{?0\}}?)?\s*=\s*-?[\d.]+\s*", flat) or parts[-1].strip() == curve.tex.strip():
            continue  # the point, the function's own definition
        if len(parts) == 2 or "\\approx" in flat:
            said.append(flat)
    return max(said, key=len) if said else None


@dataclass(frozen=True)
class PointAsk:
    """What a block asks of its function at a point.

    ``at`` the point (author's; None when it names none); ``slope`` f'(at) as a sympy number;
    ``line`` the tangent line there as sympy in x; ``approx`` the block states a linear
    approximation ``f ≈ L``; ``secant`` the average rate over [at, at + h] as LaTeX in h (the
    author's when written)."""

    curve: Curve
    at: float | None
    slope: object = None
    line: object = None
    approx: bool = False
    secant: str | None = None
    derivative: object = None  # the author's f' as sympy in x, when stated (checked)


def read_point_ask(info: MathInfo, normal: bool = False) -> PointAsk | None:
    """The function and the point of a derivative-at-a-point block, every stated value checked:
    None when a stated slope, tangent line, approximation, average rate or f' disagrees. With
    ``normal``, the normal line there (and its slope) may be stated too, and a point is required."""
    import sympy as sp

    curve = _approximated(info) or read_curve(info)
    if curve is None:
        return None
    x = sp.Symbol("x")
    approx = _approximation(info, curve)
    at = point_of(info, curve.var)
    if at is None and approx:  # f ≈ L with no point named: the point where L is f's tangent, if it is 0
        at = 0.0 if slope_at(curve, 0) is not None and value_at(curve, 0) is not None else None
    secant = _secant(info, curve)
    if secant is False or approx is False:
        return None
    if secant is not None:
        at = secant[0]
    derivative = _stated_derivative(info, curve)
    if derivative is False or (normal and at is None):
        return None
    if at is None:
        return PointAsk(curve, None, derivative=derivative)
    m, y0 = slope_at(curve, at), value_at(curve, at)
    if m is None or y0 is None or (normal and m == 0):
        return None
    line = sp.expand(m * (x - exact(at)) + y0)
    lines, slopes = [line], [m]
    if normal:
        lines.append(sp.expand(-1 / m * (x - exact(at)) + y0))
        slopes.append(-1 / m)
    told = stated_slope(info)
    if told is not None and not any(abs(told - float(k)) <= 1e-6 * max(1, abs(told)) for k in slopes):
        return None
    if any(not any(same(given, known) for known in lines) for given in stated_lines(info, curve)):
        return None
    if approx is not None and not same(approx, line):
        return None
    return PointAsk(curve, at, m, line, approx is not None, secant[1] if secant else None, derivative)


def _approx_sides(info: MathInfo):
    """(left, right) sympy expressions of the first ``A \\approx B`` the block writes."""
    for block in info.blocks:
        parts = re.split(r"\\approx", single_line(block))
        if len(parts) == 2:
            lhs, rhs = parse(parts[0]), parse(parts[1])
            if lhs is not None and rhs is not None:
                return normalize(lhs), normalize(rhs)
    return None


def _approximated(info: MathInfo) -> Curve | None:
    """The function on the left of a linear approximation ``\\sqrt{1 + x} \\approx 1 + x/2``."""
    sides = _approx_sides(info)
    if sides is None or {s.name for s in sides[0].free_symbols} != {"x"}:
        return None
    code = to_numpy(sides[0], ("x",))
    tex = re.split(r"\\approx", single_line(next(b for b in info.blocks if "\\approx" in b)))[0].strip()
    return Curve(sides[0], code, tex) if code else None


def _approximation(info: MathInfo, curve: Curve):
    """The linear right side L of ``f ≈ L`` (None when the block writes no approximation of f; False
    when it approximates f by something that is not a line, a Taylor polynomial's business)."""
    sides = _approx_sides(info)
    if sides is None or not same(sides[0], curve.expr):
        return None
    return sides[1] if linear(sides[1]) else False


def _secant(info: MathInfo, curve: Curve):
    """``between t = a and t = a + h`` with the author's average rate (an expression in h): (a, rate);
    None when not asked; False when the author's rate is not (f(a + h) - f(a)) / h."""
    import sympy as sp

    v = re.escape(curve.var)
    m = re.search(rf"(?:between|from|从)\s*\$?\s*{v}\s*=\s*({_NUM})\s*\$?\s*(?:and|to|到|和)\s*\$?\s*{v}\s*=\s*\1\s*\+\s*h", info.concept)
    if not m:
        return None
    a, h, x = exact(float(m.group(1))), sp.Symbol("h"), sp.Symbol("x")
    rate = sp.simplify((curve.expr.subs(x, a + h) - curve.expr.subs(x, a)) / h)
    for block in info.blocks:
        parts = split_top(single_line(block), "=")
        if parts[0].strip() == curve.var:  # the endpoint t = 1 + h, not a rate
            continue
        expr = parse(parts[-1])
        if expr is not None and not isinstance(expr, sp.Equality) and normalize(expr).free_symbols == {h}:
            return (float(a), parts[-1].strip()) if same(normalize(expr), rate) else False
    return float(a), sp.latex(rate)


def _stated_derivative(info: MathInfo, curve: Curve):
    """The author's ``f'(x) = ...`` (``C'(q) = 5 + 0.2q``) in x when it is the derivative of f; None when
    not written; False when it is not f'."""
    import sympy as sp

    v = re.escape(curve.var)
    for block in info.blocks:
        m = re.fullmatch(rf"\s*(?:{re.escape(curve.name)}'\s*\(\s*{v}\s*\)|\\frac\{{d{re.escape(curve.name)}\}}\{{d{v}\}})\s*=\s*(.+)",
                         single_line(block))
        if m:
            expr = parse(m.group(1))
            if expr is None or isinstance(expr, sp.Equality):
                return False
            expr = normalize(expr)
            if expr.has(sp.Limit) or not {s.name for s in expr.free_symbols} <= {curve.var}:
                return None  # the definition (a limit of difference quotients), not a value to check
            expr = expr.subs(sp.Symbol(curve.var), sp.Symbol("x"))
            return expr if same(expr, sp.diff(curve.expr, sp.Symbol("x"))) else False
    return None


@dataclass(frozen=True)
class Implicit:
    """A curve F(x, y) = 0 the author writes as an equation in x and y (``xy = 6``, ``x^2 + y^2 = 25``).

    ``expr`` sympy F (left side minus right side); ``tex`` the author's equation; ``code``, ``fx``,
    ``fy`` numpy code (in x, y) of F and its partial derivatives; ``point`` the author's point on the
    curve, if any; ``slope`` dy/dx there (sympy; None when the tangent is vertical or no point)."""

    expr: object
    tex: str
    code: str
    fx: str
    fy: str
    point: tuple[float, float] | None = None
    slope: object = None
    stated: str | None = None  # the author's dy/dx formula (LaTeX), checked


_DYDX = (r"\frac{dy}{dx}", r"\dfrac{dy}{dx}", r"\frac{\mathrm{d}y}{\mathrm{d}x}", r"y'", r"y^{\prime}")


def read_implicit(info: MathInfo, normal: bool = False) -> Implicit | None:
    """The author's implicit curve with its point (which must lie on it) and every stated slope,
    dy/dx and tangent (or, with ``normal``, normal) line checked; None otherwise."""
    import sympy as sp

    from .given import points

    x, y = sp.Symbol("x"), sp.Symbol("y")
    found = _implicit_equation(info)
    if found is None:
        return None
    F, tex = found
    fx, fy = sp.diff(F, x), sp.diff(F, y)
    codes = [to_numpy(e, ("x", "y")) for e in (F, fx, fy)]
    if not all(codes):
        return None
    pairs = points(info, minimum=1) or []
    on = [p for p in pairs if _on(F, p)]
    if pairs and not on:
        return None  # the author's point is not on the author's curve: a trap, not drawn
    point = on[0] if on else None
    slope = None
    if point is not None:
        at = {x: exact(point[0]), y: exact(point[1])}
        gx, gy = sp.simplify(fx.subs(at)), sp.simplify(fy.subs(at))
        if gx == 0 and gy == 0:
            return None  # a singular point: no tangent line
        slope = sp.simplify(-gx / gy) if gy != 0 else None
        told = stated_slope(info)
        allowed = [v for v in (slope, (gy / gx) if gx != 0 else None) if v is not None]
        allowed = allowed[:2] if normal else allowed[:1]
        if told is not None and not any(abs(told - float(v)) < 1e-6 * max(1, abs(told)) for v in allowed):
            return None
    stated = _stated_dydx(info, F, slope if point is not None else None)
    if stated is False:
        return None
    return Implicit(F, tex, *codes, point=point, slope=slope, stated=stated)


def _on(F, p: tuple[float, float]) -> bool:
    import sympy as sp

    value = F.subs({sp.Symbol("x"): exact(p[0]), sp.Symbol("y"): exact(p[1])})
    try:
        return abs(float(value)) < 1e-9
    except (TypeError, ValueError):
        return False


def _implicit_equation(info: MathInfo):
    """(F, the author's TeX) of the first equation G(x, y) = H(x, y) in both x and y that is not a
    slope statement nor a function ``y = f(x)``."""
    import sympy as sp

    for block in info.blocks:
        flat = single_line(block)
        if any(d in flat for d in _DYDX) or "\\frac{d" in flat:
            continue
        parts = split_top(flat, "=")
        if len(parts) != 2 or re.fullmatch(r"\s*y\s*", parts[0]) or re.fullmatch(r"\s*y\s*", parts[1]):
            continue
        lhs, rhs = parse(parts[0]), parse(parts[1])
        if lhs is None or rhs is None or isinstance(lhs, sp.Equality) or isinstance(rhs, sp.Equality):
            continue
        try:
            F = sp.expand(normalize(lhs) - normalize(rhs))
        except Exception:  # noqa: BLE001
            continue
        if {s.name for s in F.free_symbols} == {"x", "y"} and not _is_line(F):
            return F, flat
    return None


def _is_line(F) -> bool:
    """F = a x + b y + c: a stated line (a tangent, a normal), not the curve."""
    import sympy as sp

    try:
        return sp.Poly(F, sp.Symbol("x"), sp.Symbol("y")).total_degree() <= 1
    except Exception:  # noqa: BLE001 - not a polynomial: a curve
        return False


def _stated_dydx(info: MathInfo, F, slope=None):
    """The author's dy/dx (``-\\frac{x}{y}``, or from ``y + x\\frac{dy}{dx} = 0``) when it agrees with
    -F_x/F_y on the curve (LaTeX); a number is the slope at the author's point (``slope``). None when
    not stated; False when it disagrees."""
    import numpy as np
    import sympy as sp

    x, y, p = sp.Symbol("x"), sp.Symbol("y"), sp.Symbol("p")
    for block in info.blocks:
        flat = single_line(block)
        token = next((d for d in _DYDX if d in flat), None)
        if token is None:
            continue
        expr = parse(flat.replace(token, " p "))
        if not isinstance(expr, sp.Equality):
            continue
        try:
            solved = sp.solve(normalize(expr.lhs) - normalize(expr.rhs), p)
        except Exception:  # noqa: BLE001
            continue
        if len(solved) != 1 or not solved[0].free_symbols <= {x, y}:
            continue
        if not solved[0].free_symbols:  # a number: the slope at the point
            return flat if slope is not None and same(solved[0], slope) else False
        want = -sp.diff(F, x) / sp.diff(F, y)
        diff = sp.lambdify((x, y), solved[0] - want, "numpy")
        samples = _curve_samples(F)
        if not samples:
            return None
        with np.errstate(all="ignore"):
            gaps = [abs(complex(diff(a, b))) for a, b in samples]
        gaps = [g for g in gaps if np.isfinite(g)]
        if not gaps:
            return None
        return flat if max(gaps) < 1e-6 else False
    return None


def _curve_samples(F, n: int = 8) -> list[tuple[float, float]]:
    """A few points of F = 0 (found on vertical lines x = const in [-5, 5] by bisection)."""
    import numpy as np
    import sympy as sp

    x, y = sp.Symbol("x"), sp.Symbol("y")
    g = sp.lambdify((x, y), F, "numpy")
    out = []
    ys = np.linspace(-10, 10, 401)
    for a in np.linspace(-4.7, 4.9, 23):
        with np.errstate(all="ignore"):
            v = np.asarray(g(a, ys), dtype=float) * np.ones_like(ys)
        for i in np.nonzero(np.sign(v[:-1]) * np.sign(v[1:]) < 0)[0][:2]:
            lo, hi = ys[i], ys[i + 1]
            for _ in range(50):
                mid = 0.5 * (lo + hi)
                if np.sign(g(a, mid)) == np.sign(g(a, lo)):
                    lo = mid
                else:
                    hi = mid
            out.append((float(a), 0.5 * (lo + hi)))
    return out[:: max(1, len(out) // n)]


@dataclass(frozen=True)
class InversePair:
    """y = f(x) and its inverse, with what the author states about them (each checked).

    ``curve`` the author's f; ``at`` the author's x, if any; ``stated`` the author's statements
    (``x = \\ln y``, ``\\frac{dx}{dy} = \\frac{1}{y}``) as LaTeX, in order."""

    curve: Curve
    at: float | None
    stated: tuple[str, ...] = ()


_DXDY = re.compile(r"^\s*(?:\\frac\{dx\}\{dy\}|\(f\^\{-1\}\)'\s*\((?P<v>[a-z])\)|x'\s*\(\s*y\s*\))\s*=\s*(?P<rhs>.+)$")
_INVERSE = re.compile(r"^\s*(?:x|f\^\{-1\}\s*\((?P<v>[a-z])\))\s*=\s*(?P<rhs>.+)$")


def read_inverse(info: MathInfo) -> InversePair | None:
    """The author's y = f(x) (in x) with a stated inverse ``x = g(y)`` / ``f^{-1}(x) = ...`` and a stated
    ``dx/dy`` checked on sample points (g(f(x)) = x, dx/dy = 1/f'(x)); None when one disagrees or
    when f is not one-to-one on [-3, 4]."""
    import numpy as np
    import sympy as sp

    curve = read_curve(info)
    if curve is None or curve.var != "x":
        return None
    x, y = sp.Symbol("x"), sp.Symbol("y")
    f, df = curve.expr, sp.diff(curve.expr, x)
    xs = np.linspace(-3, 4, 141)
    slopes, ys = _values(df, x, xs), _values(f, x, xs)
    good = np.isfinite(slopes) & np.isfinite(ys)
    steps = np.diff(ys[good])
    if good.sum() < 20 or not (np.all(steps > 0) or np.all(steps < 0)):
        return None  # not one-to-one (or not continuous) where it is drawn
    stated = []
    checks = xs[good][:: max(1, good.sum() // 9)]
    for block in info.blocks:
        flat = single_line(block)
        for pattern, want in ((_DXDY, 1 / df), (_INVERSE, x)):
            m = pattern.fullmatch(flat)
            if not m:
                continue
            rhs = parse(m.group("rhs"))
            if rhs is None or isinstance(rhs, sp.Equality):
                return None
            rhs = normalize(rhs)
            var = sp.Symbol(m.group("v")) if m.group("v") else y
            if pattern is _DXDY and not m.group("v") and rhs.free_symbols <= {x}:
                got = rhs  # dx/dy written in terms of x
            elif rhs.free_symbols <= {var}:
                got = rhs.subs(var, f)  # at y = f(x)
            else:
                return None
            a, b = _values(got, x, checks), _values(want, x, checks)
            both = np.isfinite(a) & np.isfinite(b)  # a real root of a negative number: numpy's is complex
            if both.sum() < 3 or not np.allclose(a[both], b[both], rtol=1e-6, atol=1e-9):
                return None
            stated.append(flat)
            break
    if not stated:
        return None  # a function alone is not yet a question about its inverse
    return InversePair(curve, point_of(info, "x"), tuple(stated))


def _values(expr, x, xs):
    import numpy as np
    import sympy as sp

    fn = sp.lambdify(x, expr, "numpy")
    with np.errstate(all="ignore"):
        try:
            out = np.asarray(fn(xs), dtype=complex) * np.ones_like(xs)
        except Exception:  # noqa: BLE001 - a value numpy cannot take
            return np.full_like(xs, np.nan)
    return np.where(np.abs(out.imag) < 1e-12, out.real, np.nan)


@dataclass(frozen=True)
class Concavity:
    """The author's f with its inflection points and critical points (x values, ascending), the
    kind of each critical point by the second-derivative test, and the points the author names."""

    curve: Curve
    inflections: tuple[float, ...]
    critical: tuple[tuple[float, str], ...]  # (x, "min" | "max" | "flat")
    named: tuple[float, ...] = ()
    test: bool = False  # the block asks for the second-derivative test (critical points), not inflections


_INFLECTION = r"inflection|concav|拐点|凹凸|凹|凸"
_SECOND_TEST = r"second[- ]derivative test|二阶导数(?:判别|检验)|极值的第二充分条件"


def read_concavity(info: MathInfo) -> Concavity | None:
    """The author's f (a function of x with a computable f'') and the points where it changes
    concavity; None when the block asks neither about inflections nor the second-derivative test,
    when f has no such point, or when a point the author names is not one."""
    import sympy as sp

    test = bool(re.search(_SECOND_TEST, info.prose, re.I))
    if not (test or re.search(_INFLECTION, info.prose, re.I)):
        return None
    curve = read_curve(info)
    if curve is None or curve.var != "x":
        return None
    x = sp.Symbol("x")
    d1, d2 = sp.diff(curve.expr, x), sp.diff(curve.expr, x, 2)
    inflections = tuple(p for p in _real_roots(d2) if _changes_sign(d2, p))
    critical = tuple((p, _kind(d2, p)) for p in _real_roots(d1))
    named = _named_points(info, curve)
    if named is None:
        return None
    wanted = [p for p, _ in critical] if test else list(inflections)
    if not wanted or any(not any(abs(n - w) < 1e-6 for w in wanted) for n in named):
        return None
    for kind, where in _claimed_kinds(info):
        if not any(abs(p - where) < 1e-6 and k == kind for p, k in critical):
            return None  # "a maximum at x = 2" where f has none
    return Concavity(curve, inflections, critical, tuple(named), test)


_KIND_AT = ((r"(?:local\s+)?max(?:imum)?[^$]{0,20}?at\s*\$\s*x\s*=\s*(" + _NUM + r")\s*\$", "max"),
            (r"(?:local\s+)?min(?:imum)?[^$]{0,20}?at\s*\$\s*x\s*=\s*(" + _NUM + r")\s*\$", "min"),
            (r"\$\s*x\s*=\s*(" + _NUM + r")\s*\$\s*处(?:取(?:得)?)?极大", "max"),
            (r"\$\s*x\s*=\s*(" + _NUM + r")\s*\$\s*处(?:取(?:得)?)?极小", "min"))


def _claimed_kinds(info: MathInfo) -> list[tuple[str, float]]:
    """("max" | "min", x) for each extremum the author places: ``a local max at $x = -1$``, ``在 $x = 0$ 处取极大值``."""
    out = []
    for pattern, kind in _KIND_AT:
        out += [(kind, float(m.group(1))) for m in re.finditer(pattern, info.concept, re.I)]
    return out


def _real_roots(expr) -> list[float]:
    """Real zeros of ``expr`` in [-20, 20] (exact for polynomials, else by sign changes), ascending."""
    import numpy as np
    import sympy as sp

    x = sp.Symbol("x")
    try:
        if expr.is_polynomial(x):
            if expr.is_zero:
                return []
            return sorted(float(r) for r in sp.Poly(expr, x).real_roots() if abs(float(r)) <= 20)
    except Exception:  # noqa: BLE001
        pass
    xs = np.linspace(-20, 20, 8000)  # an even count: 0 is not a grid point, so a zero there changes sign
    v = _values(expr, x, xs)
    out = []
    for i in np.nonzero(np.sign(v[:-1]) * np.sign(v[1:]) < 0)[0]:
        if abs(v[i] - v[i + 1]) < 10:  # a zero, not a pole
            lo, hi = xs[i], xs[i + 1]
            for _ in range(40):
                mid = 0.5 * (lo + hi)
                same_side = _values(expr, x, np.array([mid]))[0] * _values(expr, x, np.array([lo]))[0] > 0
                lo, hi = (mid, hi) if same_side else (lo, mid)
            out.append(float(round(0.5 * (lo + hi), 9)))
    return out


def _changes_sign(expr, p: float) -> bool:
    import numpy as np
    import sympy as sp

    v = _values(expr, sp.Symbol("x"), np.array([p - 1e-4, p + 1e-4]))
    return bool(np.all(np.isfinite(v)) and v[0] * v[1] < 0)


def _kind(d2, p: float) -> str:
    import numpy as np
    import sympy as sp

    v = float(_values(d2, sp.Symbol("x"), np.array([p]))[0])
    return "min" if v > 1e-9 else "max" if v < -1e-9 else "flat"


def _named_points(info: MathInfo, curve: Curve) -> list[float] | None:
    """x values the author names: ``x = 2``, ``(2, -16)``; None when a named point is not on the curve."""
    from .given import points

    found = [float(m.group(1)) for b in info.blocks if (m := re.fullmatch(rf"\s*x\s*=\s*({_NUM})\s*", single_line(b)))]
    for px, py in points(info, minimum=1) or []:
        y = value_at(curve, px)
        if y is None or abs(float(y) - py) > 1e-6 * max(1, abs(py)):
            return None
        found.append(px)
    return sorted(set(found))
