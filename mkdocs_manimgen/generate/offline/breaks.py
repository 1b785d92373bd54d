"""A function defined by two cases and what happens at the break, read from a block:
``f(x) = \\begin{cases} x^2 & x < 1 \\\\ 2 - x & x \\ge 1 \\end{cases}`` "is continuous at x = 1".

The one-sided limits and the value at the break are computed with sympy; the author's claim
(continuous, or not) is read from the prose and must agree with them, else the reader gives
``None`` (the walkthrough shows the block as written rather than an animation of a false claim).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .latex import MathInfo, single_line
from .symbolic import case_rows, condition, normalize, parse, to_numpy

_SAYS_NOT = r"not continuous|discontinu|jump|不连续|间断|跳跃"
_SAYS = r"continu|连续"


@dataclass(frozen=True)
class Piece:
    """One case: numpy code in x, the author's LaTeX, and whether it includes the break."""

    expr: object
    code: str
    tex: str
    closed: bool  # the case's condition includes x = c (``x \\ge 1``)


@dataclass(frozen=True)
class Break:
    """The two cases either side of x = c, the one-sided limits and f(c)."""

    tex: str  # the author's definition as written
    left: Piece
    right: Piece
    c: float
    left_limit: float
    right_limit: float
    value: float
    claim: bool | None  # the author says continuous (True), not continuous (False), or nothing (None)

    @property
    def continuous(self) -> bool:
        return abs(self.left_limit - self.right_limit) < 1e-9 and abs(self.left_limit - self.value) < 1e-9


def read_break(info: MathInfo) -> Break | None:
    """Two cases split at one number c (``x < c`` and ``x \\ge c``, or ``x \\le c`` and ``x > c``), finite
    one-sided limits there, and a claim that agrees with them; else None."""
    import sympy as sp

    rows = case_rows(info.blocks)
    if len(rows) != 2:
        return None
    x = sp.Symbol("x")
    read = []
    for body, cond in rows:
        expr, rel = parse(body.strip().rstrip(",;").strip()), condition(single_line(cond))
        if expr is None or rel is None or isinstance(rel, sp.And) or rel.lhs != x:
            return None
        expr = normalize(expr)
        code = to_numpy(expr, ("x",))
        if code is None or expr.free_symbols - {x}:
            return None
        read.append((expr, code, body.strip().rstrip(",;").strip(), rel))
    (e1, c1, t1, r1), (e2, c2, t2, r2) = sorted(read, key=lambda r: isinstance(r[3], (sp.Gt, sp.Ge)))
    if not isinstance(r1, (sp.Lt, sp.Le)) or not isinstance(r2, (sp.Gt, sp.Ge)) or r1.rhs != r2.rhs:
        return None
    if isinstance(r1, sp.Le) == isinstance(r2, sp.Ge):  # x = c must belong to exactly one case
        return None
    c = r1.rhs
    try:
        lim1, lim2 = float(sp.limit(e1, x, c, "-")), float(sp.limit(e2, x, c, "+"))
        value = float((e1 if isinstance(r1, sp.Le) else e2).subs(x, c))
    except (TypeError, ValueError):
        return None
    claim = False if re.search(_SAYS_NOT, info.prose, re.I) else True if re.search(_SAYS, info.prose, re.I) else None
    found = Break(_definition(info), Piece(e1, c1, t1, isinstance(r1, sp.Le)), Piece(e2, c2, t2, isinstance(r2, sp.Ge)),
                  float(c), lim1, lim2, value, claim)
    if claim is not None and claim != found.continuous:
        return None
    named = _named_point(info)
    if named is not None and abs(named - found.c) > 1e-9:
        return None  # the block asks about another point
    return found


def _definition(info: MathInfo) -> str:
    """The author's cases environment, else their pieces and conditions side by side."""
    cases = [b for b in info.blocks if "\\begin{cases}" in b]
    return cases[0] if cases else ",\\quad ".join(info.blocks[:4])


def _named_point(info: MathInfo) -> float | None:
    """A point the block names on its own: ``$x = 1$``."""
    for b in info.blocks:
        m = re.fullmatch(r"\s*x\s*=\s*(-?\d+(?:\.\d+)?)\s*", single_line(b))
        if m:
            return float(m.group(1))
    return None
