"""Readers of a function's shape: its inverse (with the inverse and dx/dy the author states) and its
concavity (inflection points, the second-derivative test), every stated value checked."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .calculus import Curve, point_of, read_curve, value_at
from .latex import MathInfo, single_line
from .symbolic import normalize, parse

_NUM = r"-?\d+(?:\.\d+)?"


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
