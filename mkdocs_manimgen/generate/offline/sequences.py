"""Recurrences written in a block (``x_{n+1} = r x_n (1 - x_n)``, ``F_{n+1} = F_n + F_{n-1}``) and
the starting values the author gives, read into something the designer can iterate.

The terms are computed at design time, so scenes carry plain numbers.  Parameters without a
value in the block get one that the scene shows; nothing here raises.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from .choices import stated_start
from .latex import MathInfo
from .symbolic import normalize, parse, to_numpy
from .odes import ChosenValues, _given, contradicted, number, parameter_values, _products, rows_of

_INDEX = r"_\s*\{\s*[nk]\s*(?P<off>[+-]\s*\d)?\s*\}|_\s*[nk](?![A-Za-z])"  # x_{n+1} or x_{k+1} (numerical methods index by k)
_DEFAULTS = {"r": 2.8, "a": 1.0, "b": 1.0, "c": 1.0, "k": 1.0, "lambda": 1.0, "mu": 2.8}


@dataclass
class Recurrence(ChosenValues):
    """``name_{n+1} = step(prev[, prev2])``: numpy code in ``p`` (previous term) and ``q`` (the one before)."""

    name: str
    order: int  # 1: x_{n+1} = g(x_n); 2: x_{n+1} = g(x_n, x_{n-1})
    code: str
    row: str  # the author's recurrence (LaTeX)
    start: list[float]  # x_0 (, x_1) — the author's when given
    own_start: bool
    first_index: int = 0
    chosen: dict[str, float] = field(default_factory=dict)

    def step(self):
        env = {"np": np, "math": math, "__builtins__": {}}
        return eval(f"lambda p, q: {self.code}", env)

    def terms(self, n: int) -> list[float]:
        f, out = self.step(), list(self.start)
        with np.errstate(all="ignore"):
            while len(out) < n:
                value = float(f(out[-1], out[-2] if len(out) > 1 else 0.0))
                if not math.isfinite(value) or abs(value) > 1e12:
                    break
                out.append(value)
        return out


def recurrence(info: MathInfo, order: int | None = None) -> Recurrence | None:
    """The block's first recurrence of order 1 or 2 in one sequence, or None."""
    import sympy as sp

    for row in rows_of(info):
        lhs, _, rhs = row.partition("=")
        m = re.fullmatch(r"\s*(?P<name>[A-Za-z])\s*(?:%s)\s*" % _INDEX, lhs)
        if not m or not rhs.strip():
            continue
        name = m.group("name")
        top = int((m.group("off") or "+0").replace(" ", ""))
        lags: set[int] = set()

        def lag(mm):
            off = int((mm.group("off") or "+0").replace(" ", ""))
            lags.add(top - off)
            return {1: " p ", 2: " q "}.get(top - off, " BAD ")

        rhs, defined = _called(info, rhs, name)
        body = re.sub(r"(?<![A-Za-z\\])%s\s*(?:%s)" % (name, _INDEX), lag, rhs)
        if "BAD" in body or not lags or not lags <= {1, 2}:
            continue
        expr = parse(_products(body))
        if expr is None:
            continue
        try:
            expr = normalize(expr)
            params = sorted({str(s.name) for s in expr.free_symbols} - {"p", "q"})
        except Exception:
            continue
        if any("_" in p or "{" in p for p in params) or len(params) > 3:
            continue
        k = 2 if 2 in lags else 1
        if order is not None and k != order:
            continue
        given = _given(info, params)
        values, chosen = parameter_values(params, given, _DEFAULTS)
        if contradicted(info, chosen):
            continue  # u_{n+1} = a u_n + b with a \neq 1 and three values of a: no one of ours is the block's
        code = to_numpy(expr.subs({sp.Symbol(p): number(v) for p, v in values.items()}), ("p", "q"))
        if code is None:
            continue
        start, first, own = _start(info, name, k)
        if defined:  # the map written out from its definition: shown beside the iteration
            row = f"{row},\\quad {defined}"
        return Recurrence(name, k, code, row, start, own, first, chosen)
    return None


_DEFINED = re.compile(r"(?:^|=)\s*([fghFGH]|\\varphi|\\phi)\s*\(\s*x\s*\)\s*=([^=]+)$")  # g(x) = ..., x = g(x) = ...


def _called(info: MathInfo, rhs: str, name: str) -> tuple[str, str | None]:
    """``g(x_n)`` in a recurrence ``x_{n+1} = g(x_n)`` with the block's own ``g(x) = \\frac{6}{x + 1}`` written out,
    ``\\frac{6}{(x_n) + 1}`` (fixed-point iteration names its map once and iterates it), and the definition used
    (LaTeX); ``(rhs, None)`` when the right side calls no map the block defines once."""
    call = re.fullmatch(r"\s*([fghFGH]|\\varphi|\\phi)\s*\(\s*(%s\s*_\s*\{?\s*n\s*\}?)\s*\)\s*" % name, rhs)
    if not call:
        return rhs, None
    bodies = [m.group(2).strip() for m in map(_DEFINED.search, rows_of(info)) if m and m.group(1) == call.group(1)]
    if len(set(bodies)) != 1:
        return rhs, None
    written = re.sub(r"(?<![A-Za-z\\])x(?![A-Za-z_])", lambda _m: "(" + call.group(2) + ")", bodies[0])
    return written, f"{call.group(1)}(x) = {bodies[0]}"


def _start(info: MathInfo, name: str, order: int) -> tuple[list[float], int, bool]:
    """The author's first terms: ``x_0 = 0.2``, ``F_1 = F_2 = 1``, ``F_0 = 0, F_1 = 1``; else chosen."""
    values: dict[int, float] = {}
    text = " ; ".join(info.blocks)
    num = r"(-?\d+(?:\.\d+)?)"
    for m in re.finditer(r"(?<![A-Za-z\\])%s_\{?(\d)\}?\s*=\s*%s_\{?(\d)\}?\s*=\s*%s" % (name, name, num), text):
        values[int(m.group(1))] = values[int(m.group(2))] = float(m.group(3))
    for m in re.finditer(r"(?<![A-Za-z\\])%s_\{?(\d)\}?\s*=\s*%s(?![\d.])" % (name, num), text):
        values.setdefault(int(m.group(1)), float(m.group(2)))
    if values:
        first = min(values)
        run = [values[first + i] for i in range(order) if first + i in values]
        if len(run) == order:
            return run, first, True
    said = stated_start(info) if order == 1 else None  # "starting at 0.5"
    if said is not None:
        return [said], 0, True
    return ([0.2] if order == 1 else [1.0, 1.0]), (0 if order == 1 else 1), False
