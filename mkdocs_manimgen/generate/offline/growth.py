"""Growth of functions read from the block: the author's functions of n compared over the author's range.

"Growth of functions: $n\\log n$ versus $n^2$ for $n$ from 1 to 100" gives two functions of one
variable and a range. A ``\\log`` with no base is the natural logarithm (sympy's reading, and the
scene says so); where two curves cross is marked only when the crossing does not depend on that
base (the same in bases e, 2 and 10), so a base the author left open never decides a claim. ``\\lg``
(log base 2 in CLRS, base 10 in ISO and Chinese texts) is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .latex import MathInfo, single_line, split_top
from .symbolic import evaluate, normalize, parse, to_numpy


@dataclass(frozen=True)
class Curve:
    tex: str  # the author's LaTeX
    code: str  # numpy code in ``var``


@dataclass(frozen=True)
class Growth:
    """``curves``: 2 to 4 functions of ``var``; ``span``: (a, b) with 0 <= a < b, the author's range
    (``span_given``) or the scene's example; ``log_y``: some curve's largest value is under 1 % of another's (a linear axis would flatten it);
    ``crossings``: (n, value) where two curves meet inside the span (only base-independent ones);
    ``natural_log``: some curve has a ``\\log`` without a base (plotted as ln)."""

    var: str
    curves: tuple[Curve, ...]
    span: tuple[float, float]
    span_given: bool
    log_y: bool
    crossings: tuple[tuple[float, float, int, int], ...]
    natural_log: bool


_RANGE = (r"(?:from|between)\s+(?:{v}\s*=\s*)?(\d+)\s+(?:to|and|up\s+to)\s+(\d+)",
          r"从\s*(\d+)\s*到\s*(\d+)", r"(\d+)\s*\\le(?:q)?\s*{v}\s*\\le(?:q)?\s*(\d+)", r"{v}\s*\\in\s*\[\s*(\d+)\s*,\s*(\d+)\s*\]",
          r"{v}\s*=\s*(\d+)\s*,\s*\\ldots\s*,\s*(\d+)")
WORDS = r"growth|grows?\s+(?:faster|fastest|slower|slowest)|order\s+of\s+growth|asymptotic|big[- ]?o\b|dominat|increas\w*\s+faster|增长|渐近|增速"


def read_growth(info: MathInfo) -> Growth | None:
    """The functions compared and the range; None for fewer than two functions of one shared variable."""
    curves, var = [], None
    named = re.search(r"(?:for|with|where|let)\s+\$\s*([nx])\s*\$|\$\s*([nx])\s*\$\s*(?:from|between|ranging|runs|goes|从|取|在)",
                      info.concept)
    variable = (named.group(1) or named.group(2)) if named else None  # the variable named in passing, no curve
    for block in info.blocks:
        for piece in re.split(r"\\(?:quad|qquad|text\{\s*(?:vs\.?|versus|and)\s*\})|,|\\ll|<|\\prec|\\lt", single_line(block)):
            if "\\lg" in piece:
                return None
            found = None if piece.strip() == variable else _curve(piece)
            if found is None:
                continue
            if var is not None and found[0] != var:
                return None
            var = found[0]
            curves.append(found[1])
    curves = list({c.code: c for c in curves}.values())
    if not 2 <= len(curves) <= 4 or var is None:
        return None
    span, given = _span(info, var)
    if span is None:
        return None
    if not given:  # the example range reaches past the last crossing, where the order settles
        last = max((x for x, *_ in _crossings(curves, var, (1.0, 1000.0), False)), default=10.0)
        end = next((v for v in (10, 20, 50, 100, 200, 500) if v >= 2 * last), 1000)
        at_one = [evaluate(c.code, var, np.array([1.0])) for c in curves]
        span = (2.0 if any(v is None or not v[0] > 0 for v in at_one) else 1.0, float(end))  # log n is 0 at 1
    xs = np.linspace(span[0], span[1], 800)
    values = [evaluate(c.code, var, xs) for c in curves]
    if any(v is None or not np.all(np.isfinite(v)) for v in values):
        return None
    tops = [float(np.max(v)) for v in values]
    # a log scale only when a linear one flattens some curve to under 1 % of the height
    log_y = max(tops) / max(min(tops), 1e-12) > 100 and all(np.all(v > 0) for v in values)
    natural = any(re.search(r"\\log(?!_)", c.tex) for c in curves)
    return Growth(var, tuple(curves), span, given, log_y, tuple(_crossings(curves, var, span, natural)), natural)


def _curve(piece: str) -> tuple[str, Curve] | None:
    """(variable, curve) of one formula: an expression in one letter n or x, also as ``f(n) = ...`` or
    inside ``O(...)``/``\\Theta(...)``; None for anything else (the variable alone, ``n = 100``)."""
    parts = split_top(piece, "=")
    if len(parts) == 2 and re.fullmatch(r"\s*[A-Za-z](?:_\{?\w+\}?)?\s*\(\s*[nx]\s*\)\s*", parts[0]):
        piece = parts[1]
    elif len(parts) != 1:
        return None
    inner = re.fullmatch(r"\s*(?:O|o|\\Theta|\\Omega|\\mathcal\{O\})\s*\((.*)\)\s*", piece)
    piece = (inner.group(1) if inner else piece).strip()
    try:
        expr = normalize(parse(piece))
        free = [str(s) for s in expr.free_symbols]
    except Exception:  # not a formula sympy reads
        return None
    if len(free) != 1 or free[0] not in ("n", "x"):
        return None
    code = to_numpy(expr, (free[0],))
    if code is None or "math." in code:  # n! and the like: no numpy form to plot
        return None
    return free[0], Curve(piece, code)


def _span(info: MathInfo, var: str) -> tuple[tuple[float, float] | None, bool]:
    """The author's range of ``var`` (a, b), and True; else an example range and False when the prose
    says the block is about growth; else (None, False)."""
    text = info.concept.replace("$", " ")
    for pattern in _RANGE:
        m = re.search(pattern.replace("{v}", var), text, re.I)
        if m:
            a, b = float(m.group(1)), float(m.group(2))
            if 0 <= a < b <= 10 ** 6:
                return (a, b), True
    return ((1.0, 20.0), False) if re.search(WORDS, info.prose, re.I) else (None, False)


def _crossings(curves: list[Curve], var: str, span: tuple[float, float], natural: bool):
    """Where two curves meet inside the span: (n, value, i, j), bisected on a fine grid."""
    out = []
    xs = np.linspace(span[0], span[1], 4001)
    for i in range(len(curves)):
        for j in range(i + 1, len(curves)):
            found = _roots(curves[i].code, curves[j].code, var, xs)
            if natural and any(not _same(_roots(_base(curves[i], b), _base(curves[j], b), var, xs), found) for b in (2, 10)):
                continue  # where they cross depends on the log's base, which the author left open
            out += [(x, float(evaluate(curves[i].code, var, np.array([x]))[0]), i, j) for x in found]
    return sorted(out)


def _same(xs: list[float], ys: list[float]) -> bool:
    return len(xs) == len(ys) and all(abs(x - y) <= 0.01 * max(1.0, abs(x)) for x, y in zip(xs, ys))


def _base(curve: Curve, base: int) -> str:
    """The curve's code with its unbased ``\\log`` read in ``base``."""
    if not re.search(r"\\log(?!_)", curve.tex):
        return curve.code
    return curve.code.replace("np.log(", f"(1/np.log({base}))*np.log(")


def _roots(f: str, g: str, var: str, xs) -> list[float]:
    """Sign changes of f - g on the grid ``xs``, each bisected to 3 decimals."""
    diff = f"({f}) - ({g})"
    d = evaluate(diff, var, xs)
    out = []
    for k in np.nonzero(np.sign(d[:-1]) * np.sign(d[1:]) < 0)[0]:
        lo, hi = xs[k], xs[k + 1]
        for _ in range(60):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if np.sign(evaluate(diff, var, np.array([mid]))[0]) == np.sign(d[k]) else (lo, mid)
        out.append(round(float((lo + hi) / 2), 3))
    return out
