"""A sequence given by a formula in n (``a_n = \\frac{n}{n+1}``) and the limit the block says it tends to.

:func:`read_sequence_limit` returns the terms' code and the limit computed with sympy; a limit the
author states must equal it (else ``None``: a wrong claim is not drawn).  Recurrences
(``x_{n+1} = g(x_n)``) are :mod:`.sequences`' business, not this module's.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .latex import MathInfo, single_line, split_top
from .symbolic import normalize, number, parse, to_numpy

ASKS = r"sequence|converge|数列|收敛"  # not a bare "limit": lim (1 + 1/x)^x is the limit family's graph
_TERM = r"^\s*(?P<name>[a-z])_\s*\{?\s*n\s*\}?\s*$"
_TO = r"\\(?:to|rightarrow|longrightarrow)"


@dataclass(frozen=True)
class SequenceLimit:
    """a_n = expr(n) -> L (n -> infinity)."""

    name: str  # the letter: a in a_n
    tex: str  # the author's formula of a_n
    code: str  # numpy code in n
    limit: float
    stated: bool  # the author states L (and it is right)

    def terms(self, count: int, first: int = 1) -> list[tuple[int, float]]:
        import numpy as np

        from .symbolic import evaluate

        ns = np.arange(first, first + count, dtype=float)
        values = evaluate(self.code, "n", ns)
        return [] if values is None else [(int(n), float(v)) for n, v in zip(ns, values)]

    def settles(self, eps: float, first: int = 1, horizon: int = 20000) -> int | None:
        """The least N >= first with |a_n - L| < eps for every n >= N up to ``horizon`` (the tail is
        checked far past the picture); None when no such N shows up."""
        values = self.terms(horizon, first)
        bad = [n for n, v in values if not abs(v - self.limit) < eps * (1 - 1e-9)]  # 1 - 9/10 < 0.1 in floats
        if not values or (bad and bad[-1] >= first + horizon - 100):
            return None
        return bad[-1] + 1 if bad else first


@dataclass(frozen=True)
class Bands:
    """Two ε-bands around the limit (example widths, declared on screen) and the N of each, and how many terms to show."""

    eps: tuple[float, float]
    N: tuple[int, int]
    shown: int


def bands(seq: SequenceLimit) -> Bands | None:
    """ε's of a round size (5, 2, 1 × 10^k) below the early terms' distance to L, whose N's fit a picture
    of at most 70 terms; None when no such pair exists (the terms settle too slowly or not at all)."""
    early = [abs(v - seq.limit) for _, v in seq.terms(5)]
    if not early or not all(math.isfinite(d) for d in early) or max(early) < 1e-9:
        return None
    spread = max(early)
    nice = sorted((k * 10.0 ** j for j in range(-4, 4) for k in (1, 2, 5)), reverse=True)
    fitting = [e for e in nice if e <= 0.5 * spread]
    for e1, e2 in zip(fitting, fitting[1:]):
        n1, n2 = seq.settles(e1), seq.settles(e2)
        if n1 is not None and n2 is not None and n2 <= 60:
            return Bands((e1, e2), (n1, n2), max(n2 + 8, 12))
    return None


def _statements(info: MathInfo):
    """(left, stated limit or None) for each piece of the block's math: ``a_n = f(n) \\to L``,
    ``\\lim_{n\\to\\infty} a_n = L`` (left: ``a_n``), ``\\lim_{n\\to\\infty} f(n) = L``, ``a_n = f(n)``."""
    for block in info.blocks:
        for piece in split_top(single_line(block), ",;"):
            m = re.match(r"\s*\\lim_\{?\s*n\s*" + _TO + r"\s*\+?\\infty\s*\}?(?P<body>.*)$", piece)
            if m:
                sides = split_top(m["body"], "=")
                if len(sides) == 2:
                    yield sides[0], number(sides[1])
                continue
            parts = re.split(_TO, piece)
            if len(parts) == 2:
                limit = number(re.sub(r"\(?\s*(?:as\s+)?n\s*" + _TO + r".*$|\\text\{.*$", "", parts[1]).strip(" ()"))
                if limit is not None:
                    yield parts[0], limit
            elif len(parts) == 1:
                yield piece, None


def read_sequence_limit(info: MathInfo) -> SequenceLimit | None:
    """The block's explicit sequence a_n = f(n) with its finite limit, when the block asks about a
    sequence's limit; None when there is none, f has other letters or earlier terms in it, the
    limit is infinite or does not exist, or the author states a different limit."""
    import sympy as sp

    if not re.search(ASKS, info.concept, re.I):
        return None
    n = sp.Symbol("n")
    found, stated_for = None, {}
    for left, stated in _statements(info):
        sides = split_top(left, "=")
        term = re.match(_TERM, sides[0])
        if term and stated is not None and len(sides) == 1:
            stated_for[term["name"]] = stated  # \lim a_n = L, the formula written elsewhere
            continue
        name, formula = (term["name"], sides[1]) if term and len(sides) == 2 else ("a", sides[0]) if len(sides) == 1 else (None, "")
        if name is None or found is not None:
            continue
        expr = parse(formula)
        try:
            expr = normalize(expr) if isinstance(expr, sp.Expr) else None
        except Exception:
            expr = None
        if expr is None or expr.free_symbols != {n} or (not term and stated is None):
            continue
        found = (name, formula.strip(), expr, stated)
    if found is None:
        return None
    name, formula, expr, stated = found
    stated = stated if stated is not None else stated_for.get(name)
    try:  # a sequence's limit (n an integer): (-1)^n / n -> 0, where sp.limit cannot tell the sign of (-1)^n
        value = sp.limit_seq(expr, n)
        if value is None:
            value = sp.limit(expr, n, sp.oo)
    except Exception:
        return None
    if not isinstance(value, sp.Expr) or isinstance(value, sp.AccumBounds) or not (value.is_real and value.is_finite):
        return None
    limit = float(value)
    if stated is not None and not math.isclose(stated, limit, rel_tol=1e-9, abs_tol=1e-9):
        return None  # the author's limit is wrong: no picture of it
    code = to_numpy(expr, ("n",))
    return SequenceLimit(name, formula, code, limit, stated is not None) if code else None
