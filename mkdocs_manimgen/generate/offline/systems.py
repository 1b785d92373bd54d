"""A system of linear equations in two unknowns, read from the author's formulas (the row picture).

``3x + 2y = 7, x - y = 4`` in any of the ways a block writes it (a ``cases`` brace, an aligned list,
formulas separated by commas or ``\\quad``) becomes a :class:`LinearSystem`: its rows, its unknowns'
names in the author's letters, and its solution (unique, none or a whole line). A solution the
author states (``x = 3, y = -1`` or ``(3, -1)``) is checked: a false one is no system of ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .latex import MathInfo, single_line, split_top

Row = tuple[float, float, float]  # a, b, c of a x + b y = c


@dataclass(frozen=True)
class LinearSystem:
    names: tuple[str, str]  # the unknowns as the author writes them (TeX), in alphabetical order
    rows: tuple[Row, ...]  # 2 or 3 rows
    kind: str  # "unique", "none" (inconsistent) or "line" (every point of one line)
    solution: tuple[float, float] | None  # for "unique"
    tex: tuple[str, ...]  # each row as the author wrote it
    solution_tex: tuple[str, str] | None = None  # exact values (sympy's LaTeX), for "unique"
    check: tuple[str, ...] = ()  # each row with the solution put in, as the author wrote it


# What a linear equation's LaTeX is made of: numbers, letters (with subscripts), + - * / =, brackets,
# \frac, \cdot, \times, \left/\right and spacing; no power, root, function or derivative.
_LINEAR_LOOKING = re.compile(r"(?:[\w\s.+\-*/=(){}\[\],]|\\(?:frac|dfrac|tfrac|cdot|times|left|right|[,;:! ]))+")
_PIECES = re.compile(r"\\\\|\\q?quad|;|\\text\{\s*(?:and|,)\s*\}|\\(?:and|text\{\s*且\s*\})")


def _pieces(block: str) -> list[str]:
    body = re.sub(r"\\(?:begin|end)\{(?:cases|aligned|align\*?|array|gathered|split)\}(?:\{[^{}]*\})?", " ", block)
    body = re.sub(r"\\left\s*\\?\{|\\right\s*\.|\\left\.|\\right\s*\\?\}", " ", body)
    out = []
    for part in _PIECES.split(body):
        out += [single_line(p.replace("&", " ")).strip() for p in split_top(part, ",") if p.strip()]
    return out


def read_system(info: MathInfo) -> LinearSystem | None:
    """The block's linear system in two unknowns, or None (not linear, not two unknowns, fewer than
    two equations, a number left symbolic, or a stated solution that is false)."""
    return _read(tuple(info.blocks))


@lru_cache(maxsize=256)
def _read(blocks: tuple[str, ...]) -> LinearSystem | None:
    import sympy as sp

    from .odes import tex_name
    from .symbolic import normalize, parse

    equations, stated = [], {}
    for block in blocks:
        for piece in _pieces(block):
            if piece.count("=") != 1 or not _LINEAR_LOOKING.fullmatch(piece):
                if "=" in piece:
                    return None  # another equation (y = x^2, a derivative...): the block is about more than a linear system
                continue
            expr = parse(piece)
            if not isinstance(expr, sp.Equality):
                continue
            lhs, rhs = normalize(expr.lhs), normalize(expr.rhs)
            if isinstance(lhs, sp.Symbol) and rhs.is_number:
                stated[lhs] = float(rhs)  # x = 3: a stated value (or a row "x = 3" of the system)
                continue
            equations.append((lhs - rhs, piece))
    unknowns = sorted({s for e, _ in equations for s in e.free_symbols}, key=lambda s: s.name)
    if len(unknowns) != 2 or not 2 <= len(equations) <= 3:
        return None
    x, y = unknowns
    rows = []
    for e, _ in equations:
        try:
            poly = sp.Poly(sp.expand(e), x, y)
        except Exception:
            return None
        if poly.total_degree() != 1 or any(not c.is_number for c in poly.coeffs()):
            return None
        a, b = float(poly.coeff_monomial(x)), float(poly.coeff_monomial(y))
        rows.append((a, b, -float(poly.coeff_monomial(1))))
    solved = sp.linsolve([e for e, _ in equations], [x, y])
    if not solved:
        kind, solution = "none", None
    else:
        point = next(iter(solved))
        if all(c.is_number for c in point):
            kind, solution = "unique", (float(point[0]), float(point[1]))
        else:
            kind, solution = "line", None
    if stated:
        if kind != "unique" or set(stated) - {x, y}:
            return None
        want = {x: solution[0], y: solution[1]}
        if any(abs(v - want[s]) > 1e-6 * max(1.0, abs(v)) for s, v in stated.items()):
            return None
    names = tuple(tex_name(str(s.name)) for s in (x, y))
    tex = tuple(t for _, t in equations)
    if kind != "unique":
        return LinearSystem(names, tuple(rows), kind, solution, tex)
    from .templates._last_resort import put_in

    exact = (sp.latex(point[0]), sp.latex(point[1]))
    values = dict(zip(names, exact))
    return LinearSystem(names, tuple(rows), kind, solution, tex, exact, tuple(put_in(t, values) for t in tex))


def left_side(a: float, x: str, b: float, y: str) -> str:
    """``2x - y``: a row's left side written as a textbook does (coefficients 1 and 0 dropped)."""
    from .latex import fmt

    def term(k: float, v: str, first: bool) -> str:
        if abs(k) < 1e-12:
            return ""
        size = "" if abs(abs(k) - 1) < 1e-12 else fmt(abs(k), 3)
        return (("-" if k < 0 else "") if first else (" - " if k < 0 else " + ")) + size + v

    return (term(a, x, True) + term(b, y, abs(a) < 1e-12)) or "0"


def stated_point(info: MathInfo, system: LinearSystem) -> bool:
    """Whether a point the prose or formulas state as the solution, ``(3, -1)``, is false."""
    from .given import points

    found = points(info, minimum=1) or []
    return bool(found) and system.solution is not None and not any(
        abs(p[0] - system.solution[0]) < 1e-6 and abs(p[1] - system.solution[1]) < 1e-6 for p in found)
