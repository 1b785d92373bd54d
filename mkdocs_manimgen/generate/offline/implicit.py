"""The reader of an implicit curve F(x, y) = c (``xy = 6``, ``x^2 + y^2 = 25``): its equation, the
author's point on it and every slope, dy/dx or line the block states about it, checked on the curve."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .calculus import exact, same, stated_slope
from .latex import MathInfo, single_line, split_top
from .symbolic import implicit_form, normalize, parse, to_numpy


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
    for block in info.blocks:
        flat = single_line(block)
        if any(d in flat for d in _DYDX) or "\\frac{d" in flat:
            continue
        parts = split_top(flat, "=")
        if len(parts) != 2 or re.fullmatch(r"\s*y\s*", parts[0]) or re.fullmatch(r"\s*y\s*", parts[1]):
            continue
        F = implicit_form(parts[0], parts[1])
        if F is None:
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
