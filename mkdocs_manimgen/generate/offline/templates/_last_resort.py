"""What the generic equation slide can still plot: ``y = f(x)`` with the other letters set to
values the scene shows ("with A = 1, ω = 2"), drawn before the equation is read."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from ..latex import MathInfo, single_line, split_top
from ..symbolic import evaluate, normalize, parse, to_numpy
from ..odes import ChosenValues, _given_in, _tex_name, number, parameter_values

# The letter most likely to be the variable, first; the others are parameters.
_VARIABLES = ("x", "t", "r", "theta", "v", "n", "T", "s")
_CHOSEN = {"omega": 2.0, "k": 1.0, "g": 9.8, "pi": math.pi}


@dataclass
class Plot(ChosenValues):
    code: str  # numpy code in x
    var: str  # the author's variable (its LaTeX)
    lhs: str  # the quantity plotted (LaTeX)
    row: str  # the author's formula
    chosen: dict[str, float]  # parameter values the designer chose (shown)
    window: tuple[float, float]


def plottable(info: MathInfo) -> Plot | None:
    """The first ``quantity = expression`` whose right side is a function of one variable once its
    other letters get values; None when nothing of the kind is written."""
    import sympy as sp

    for block in info.blocks:
        parts = split_top(single_line(block), "=")
        if len(parts) != 2:
            continue
        lhs = parts[0].strip()
        if not re.fullmatch(r"[A-Za-z](_\{?\w+\}?)?(\s*\([^()]*\))?|\\[A-Za-z]+(\s*\([^()]*\))?", lhs):
            continue  # y, V, E_k, f(x), \psi(x): one quantity on the left
        expr = parse(parts[1])
        if expr is None:
            continue
        try:
            expr = normalize(expr)
            names = sorted(str(s.name) for s in expr.free_symbols)
        except Exception:
            continue
        var = next((v for v in _VARIABLES if v in names), names[0] if names else None)
        if var is None or len(names) > 4 or "{" in var:
            continue
        params = [n for n in names if n != var]
        given = {p: v for p in params for v in [_given_in(" ".join(info.blocks), p)] if v is not None}
        values, chosen = parameter_values(params, given, _CHOSEN)
        f = expr.subs({sp.Symbol(p): number(v) for p, v in values.items()}).subs(sp.Symbol(var), sp.Symbol("x"))
        code = to_numpy(f, ("x",))
        if code is None or "x" not in code:
            continue
        window = _window(code)
        if window is None:
            continue
        return Plot(code, _tex_name(var), lhs, single_line(block), chosen, window)
    return None


def _window(code: str) -> tuple[float, float] | None:
    for a, b in ((-5.0, 5.0), (0.1, 10.0)):
        ys = evaluate(code, "x", np.linspace(a, b, 200))
        if ys is not None and np.mean(np.isfinite(ys)) > 0.6:
            return (0.0, b) if ys is not None and a < 0 and not np.any(np.isfinite(ys[:90])) else (a, b)
    return None
