"""A solution stated for a differential equation (first order, or one of second order) and its initial values."""

from __future__ import annotations

import math
import random
import re

from ..latex import MathInfo, split_top
from ..symbolic import normalize, parse
from .core import Claim, say, value_of

_ODE = re.compile(r"^\s*(?:\\d?frac\{\s*(?:d|\\mathrm\{d\})\s*([a-zA-Z])\s*\}\{\s*(?:d|\\mathrm\{d\})\s*([a-z])\s*\}|([a-zA-Z])'(?:\(([a-z])\))?)\s*=(.+)$")


_CONSTANTS = {"C", "c", "A", "K", "C_1", "C_2", "C_{1}", "C_{2}"}  # a solution family's constants


def _ode_solutions(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``y(t) = g(t)`` stated beside ``dy/dt = F(t, y)``: g put in at six points (other letters given
    random values, as a general solution holds for all of them); the initial value ``y(t0) = y0`` too."""
    import sympy as sp

    # a right side with a derivative in it (v' = -y^{-2}y') is a substitution's chain rule, not an equation for v
    odes = [m for m in map(_ODE.match, rows) if m and not re.search(r"'|\\frac\{\s*(?:d|\\mathrm\{d\})", m.group(5))]
    if len(odes) != 1:
        return []
    m = odes[0]
    y, t = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4) or "x")
    rhs = parse(m.group(5))
    if not isinstance(rhs, sp.Expr):
        return []
    if m.group(4) and not normalize(rhs).free_symbols:
        return []  # f'(x) = 0 is an equation for the critical points, not a differential equation
    Y, T = sp.Symbol(y), sp.Symbol(t)
    rhs = normalize(rhs).subs(sp.Function(y)(T), Y)
    out = []
    for row in rows:
        s = re.match(rf"^\s*{y}\s*(\(\s*{t}\s*\))?\s*=(.+)$", row)
        if not s:
            continue
        g = parse(split_top(s.group(2), "=")[0])
        if not isinstance(g, sp.Expr):
            continue
        g = normalize(g)
        if Y in g.free_symbols or T not in g.free_symbols:
            continue
        if not s.group(1) and not {str(o) for o in g.free_symbols - {T}} <= _CONSTANTS:
            continue  # a bare "y = vx" may be a substitution, not a stated solution
        solves = _solves(sp.diff(g, T) - rhs.subs(Y, g), T)
        if solves:  # it solves the equation: a particular one must meet the initial value
            out += _initial_values(g, T, f"{y}{s.group(1) or ''} = {s.group(2).strip()}", y, rows)
        if solves is not False:
            continue
        # The right side as the author wrote it when it holds no y: sympy would rewrite cos(2x - pi/3) as sin(2x + pi/6).
        wanted = m.group(5).strip() if Y not in rhs.free_symbols else sp.latex(rhs.subs(Y, g))
        got = sp.latex(sp.diff(g, T))
        out.append(Claim(f"{y}{s.group(1) or ''} = {s.group(2).strip()}", f"{y}' = {got} \\ne {wanted}",
                         (f"put into the equation, ${y}' = {got}$, which is not ${wanted}$",
                          f"代入方程，${y}' = {got}$，并不等于 ${wanted}$")))
    return out


def _second_order_solutions(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``x(t) = g(t)`` stated beside one equation of second order (``x'' - 4x = 0``, ``\\ddot y + 2\\dot y + 5y = 0``,
    read by :func:`odes.ode_system`) whose parameters the block gives: g put in at six points, its constants
    ``C_1, C_2`` given random values; the initial value too.  The first-order kind is :func:`_ode_solutions`."""
    import sympy as sp

    from ..odes import ode_system

    system = ode_system(info)
    if system is None or not system.second_order or len(system.states) != 2 or len(system.rows) != 1 or system.chosen:
        return []
    x, xd = (sp.Symbol(v) for v in system.states)
    T = sp.Symbol(system.indep)
    acc = system.exprs[1].subs({sp.Symbol(p): v for p, v in system.params.items()})
    name = system.states[0]
    out = []
    for row in rows:
        # y, y(x), and a particular solution's y^*, y_p (y^* = \frac18 \sin 2x for y'' + 4y = \sin 2x, which has none of that form)
        s = re.match(rf"^\s*{re.escape(name)}(?P<mark>\s*(?:\^\s*\{{?\s*\*\s*\}}?|_\s*\{{?\s*p\s*\}}?))?\s*(\(\s*([a-z])\s*\))?\s*=(.+)$", row)
        if not s:
            continue
        g = parse(split_top(s.group(4), "=")[0])
        if not isinstance(g, sp.Expr):
            continue
        g = normalize(g)
        free = g.free_symbols - {sp.Symbol(c) for c in _CONSTANTS}
        if s.group("mark") and len(g.free_symbols) != 1:
            continue  # y^* = Axe^x: a trial form with its unknown coefficient, not a solution stated
        if x in g.free_symbols or len(free) != 1 or (s.group(3) and free != {sp.Symbol(s.group(3))}):
            continue  # y(x) = C_1 e^{3x} + ...: one variable, the rest constants
        t = next(iter(free))  # the author's variable (the equation alone may not say: y'' + 9y = 0)
        a = acc.subs(T, t)
        residual = sp.diff(g, t, 2) - a.subs({x: g, xd: sp.diff(g, t)})
        stated = f"{name}{(s.group('mark') or '').strip()}{s.group(2) or ''} = {s.group(4).strip()}"
        solves = _solves(residual, t)
        if solves:
            out += _initial_values(g, t, stated, name, rows) or _initial_values(g, t, stated, name, rows, order=1)
        if solves is not False:
            continue
        # the equation as "x'' - (its right side) = 0", the stated x put in: what is left is not 0
        primes = {xd: sp.Symbol(f"{name}'"), x: sp.Symbol(name)}
        left = sp.latex(sp.Symbol(f"{name}''") - a.subs(primes), order="rev-lex")
        rest = sp.latex(sp.factor(sp.simplify(residual)))
        out.append(Claim(stated, f"{left} = {rest} \\ne 0",
                         (f"put into the equation, ${left}$ comes to ${rest}$, not $0$",
                          f"代入方程，${left}$ 等于 ${rest}$，而不是 $0$")))
    return out


def _solves(residual, t) -> bool | None:
    """Whether a stated solution makes its equation's ``residual`` vanish: put in at six points of ``t`` in (0.1, 2), its
    other letters (a general solution's constants) given random values, as it must hold for all of them.  True when
    every value is 0, False when four or more are not, None when undecided (not finite, or too few)."""
    rng = random.Random(0)
    others = sorted(residual.free_symbols - {t}, key=str)
    values = [complex(residual.subs({t: rng.uniform(0.1, 2), **{o: rng.uniform(0.5, 2) for o in others}}).evalf())
              for _ in range(6)]
    if not all(math.isfinite(abs(v)) for v in values):
        return None
    if all(abs(v) < 1e-8 for v in values):
        return True
    return False if sum(abs(v) > 1e-6 for v in values) >= 4 else None


def _initial_values(g, T, stated: str, y: str, rows: list[str], order: int = 0) -> list[Claim]:
    """A particular solution ``g`` (no constant left) against the block's initial value, its first ``y(t0) = y0`` (a
    later one may be a value the block computes, right or wrong); with ``order=1`` against its first ``y'(t0) = v0``
    (or ``\\dot y(t0) = v0``): y = e^{-3t} meets y(0) = 1 but has y'(0) = -3, not the stated 0.  At most one claim."""
    import sympy as sp

    if g.free_symbols - {T}:
        return []
    name = rf"(?:{y}'|{y}^{{\\prime}}|\\dot\s*\{{?\s*{y}\s*\}}?)" if order else y
    found = (m for m in (re.match(rf"^\s*{name}\s*\(([^()]+)\)\s*=([^=]+)$", row) for row in rows) if m)
    m = next(found, None)
    t0, y0 = (value_of(m.group(1)), value_of(m.group(2))) if m else (None, None)
    if not (isinstance(t0, tuple) and isinstance(y0, tuple)):
        return []
    value = sp.diff(g, T, order)
    at = complex(sp.N(value.subs(T, t0[0]), 30))
    if abs(at.imag) > 1e-12 or abs(at.real - y0[1]) <= 1e-9 * max(1.0, abs(y0[1])):
        return []
    given = m.group(2).strip()
    said = f"{y}{chr(39) * order}({m.group(1).strip()}) = {say(sp.simplify(value.subs(T, t0[0])))}"
    if order:
        return [Claim(stated, said, (f"it solves the equation, but ${said}$, not the initial slope ${given}$",
                                     f"它满足方程，但 ${said}$，不符合初始条件 ${y}'({m.group(1).strip()}) = {given}$"))]
    return [Claim(stated, said, (f"it solves the equation, but ${said}$, not the initial value ${given}$",
                                 f"它满足方程，但 ${said}$，不符合初始条件 ${given}$"))]
