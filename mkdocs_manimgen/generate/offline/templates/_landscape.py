"""The shape of a potential V(x, y): its critical points, a window that shows them, a path downhill.

Used by potential_surface for a potential the author writes in x and y (a saddle x^2 - y^2, a
double well, (x^2 + y^2 - 1)^2).  Critical points are the exact real solutions of grad V = 0
(sympy, polynomials only), classified by the Hessian's determinant and trace (the second
derivative test); a potential that depends on x^2 + y^2 alone is recognised as radial, whose
minimum is a whole circle.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..symbolic import evaluate2

KINDS = ("minimum", "maximum", "saddle")


@dataclass(frozen=True)
class Critical:
    x: float
    y: float
    kind: str  # one of KINDS


def critical_points(expr, limit: float = 3.0, degenerate: bool = False) -> list[Critical] | None:
    """Isolated real critical points with |x|, |y| <= limit, in a fixed order; None when sympy
    cannot solve grad V = 0 (not a polynomial, or a curve of critical points only). ``degenerate``:
    keep the points where the second derivative test says nothing, with the kind "degenerate"."""
    import sympy as sp

    x, y = sp.Symbol("x"), sp.Symbol("y")
    if not expr.is_polynomial(x, y) or sp.Poly(expr, x, y).total_degree() > 6:
        return None
    gx, gy = sp.diff(expr, x), sp.diff(expr, y)
    try:
        solutions = sp.solve([gx, gy], [x, y], dict=True)
    except (NotImplementedError, ValueError):
        return None
    hxx, hyy, hxy = sp.diff(expr, x, 2), sp.diff(expr, y, 2), sp.diff(expr, x, y)
    found = []
    for sol in solutions:
        if set(sol) != {x, y} or any(not v.is_number for v in sol.values()):
            continue  # a curve of solutions (x = sqrt(1 - y^2)): not isolated
        px, py = complex(sol[x]), complex(sol[y])
        if abs(px.imag) > 1e-9 or abs(py.imag) > 1e-9 or max(abs(px.real), abs(py.real)) > limit:
            continue
        at = {x: px.real, y: py.real}
        a, c, b = (float(h.subs(at)) for h in (hxx, hyy, hxy))
        det = a * c - b * b
        if abs(det) < 1e-9 and not degenerate:
            continue  # the second derivative test says nothing
        kind = "degenerate" if abs(det) < 1e-9 else "saddle" if det < 0 else "minimum" if a > 0 else "maximum"
        found.append(Critical(round(px.real, 6) + 0.0, round(py.real, 6) + 0.0, kind))
    return sorted(set(found), key=lambda c: ((*KINDS, "degenerate").index(c.kind), c.x, c.y))


def radial(expr) -> bool:
    """V depends on x and y only through x^2 + y^2."""
    import sympy as sp

    x, y, r, t = sp.symbols("x y r t")
    polar = sp.simplify(sp.expand_trig(expr.subs({x: r * sp.cos(t), y: r * sp.sin(t)})))
    return t not in polar.free_symbols


def window(code: str, points: list[Critical]) -> float:
    """Half-width R of the square [-R, R]^2 shown: the critical points with room around them,
    else the lowest point of [-3, 3]^2; between 1.5 and 3."""
    far = max((max(abs(c.x), abs(c.y)) for c in points), default=0.0)
    if not points:
        g = np.linspace(-3, 3, 121)
        X, Y = np.meshgrid(g, g)
        Z = evaluate2(code, X, Y)
        i = np.unravel_index(int(np.nanargmin(Z)), Z.shape)
        far = max(abs(X[i]), abs(Y[i])) if 0 < i[0] < 120 and 0 < i[1] < 120 else 0.0
    return float(min(3.0, max(1.5, round(1.4 * far, 1)))) if far else 2.0


def downhill(code: str, start: tuple[float, float], R: float, steps: int = 400) -> tuple[list[tuple[float, float]], bool]:
    """Steepest descent from ``start`` in steps of R/60 until V stops falling or the path leaves the
    window: about 30 points of it (the ball's path), and whether it came to rest inside the window."""
    h, step = 1e-4, R / 60
    p = np.array(start, dtype=float)
    path = [p.copy()]

    def V(q):
        return float(evaluate2(code, np.array([q[0]]), np.array([q[1]]))[0])

    rest = False
    for _ in range(steps):
        grad = np.array([(V(p + [h, 0]) - V(p - [h, 0])) / (2 * h), (V(p + [0, h]) - V(p - [0, h])) / (2 * h)])
        norm = float(np.linalg.norm(grad))
        if not math.isfinite(norm) or norm < 1e-6:
            rest = math.isfinite(norm)
            break
        q = p - step * grad / norm
        if np.max(np.abs(q)) > R:
            break
        if V(q) >= V(p):
            rest = True
            break
        p = q
        path.append(p.copy())
    keep = np.linspace(0, len(path) - 1, min(len(path), 30)).round().astype(int)
    return [(round(float(path[i][0]), 4), round(float(path[i][1]), 4)) for i in sorted(set(keep))], rest


def start_point(code: str, points: list[Critical], R: float, prefer: float = 0.0) -> tuple[tuple[float, float], Critical | None]:
    """Where the ball starts: just off the highest saddle or maximum (nudged along the way down;
    among equally steep ways, the first from the angle ``prefer``), else the highest corner of the window."""
    tops = [c for c in points if c.kind != "minimum"]
    if tops:
        values = evaluate2(code, np.array([c.x for c in tops]), np.array([c.y for c in tops]))
        top = tops[int(np.argmax(values))]
        best = None
        for angle in prefer + np.linspace(0, 2 * math.pi, 24, endpoint=False):  # the steepest way down from it
            q = (top.x + 0.06 * R * math.cos(angle), top.y + 0.06 * R * math.sin(angle))
            value = float(evaluate2(code, np.array([q[0]]), np.array([q[1]]))[0])
            if best is None or value < best[0] - 1e-12:
                best = (value, q)
        return (round(best[1][0], 4), round(best[1][1], 4)), top
    corners = [(sx * 0.9 * R, sy * 0.9 * R) for sx in (1, -1) for sy in (1, -1)]
    values = evaluate2(code, np.array([c[0] for c in corners]), np.array([c[1] for c in corners]))
    return corners[int(np.argmax(values))], None
