"""The claims step's shared pieces: a :class:`Claim`, the block's statements as rows, a closed side's value,
and the rounding rule that decides when a stated number is false (:func:`differs`)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..latex import MathInfo, single_line, split_rows, split_top
from ..symbolic import normalize, parse


@dataclass(frozen=True)
class Claim:
    """One false statement of the block: what it states and what holds (LaTeX), and why (en, zh)."""

    stated: str
    truth: str
    why: tuple[str, str]


def statement_rows(info: MathInfo) -> list[str]:
    """Each statement of the block's math: rows of aligned environments, pieces split at \\quad, ';' or a
    top-level ',' (``a = 2, b = 5``)."""
    rows: list[str] = []
    for block in info.blocks:
        for row in split_rows(block) if "\\\\" in block else [block]:
            row = single_line(row).replace("&", " ")
            row = re.sub(r"\\(?:overset|stackrel)\{(?:[^{}]|\{[^{}]*\})*\}\{=\}", "=", row)  # \overset{\text{L'H}}{=}
            for piece in re.split(r"\\q?quad|;|\\text\{[^{}]*\}|\\(?:mathrm|textrm)\{\s*(?:and|or)\s*\}", row):
                rows += [p.strip(" .,") for p in split_top(piece, ",") if p.strip(" .,")]
    return rows


def value_of(tex: str):
    """The exact or numeric value of a closed LaTeX side (no free letters), or None."""
    import sympy as sp

    expr = parse(tex)
    if not isinstance(expr, sp.Expr):
        return None
    expr = normalize(expr)
    if expr.free_symbols:
        return None
    if expr.has(sp.Sum, sp.Integral, sp.Limit, sp.Product):
        expr = worked_out(expr)
        if expr is None or expr == DIVERGES:
            return expr
    value = complex(sp.N(expr, 30))
    if abs(value.imag) > 1e-12 or not math.isfinite(value.real):
        return None
    return expr, value.real


DIVERGES = "diverges"


def worked_out(expr):
    """A sum, integral or limit worked out exactly; :data:`DIVERGES` for one integral or series alone that
    sympy finds to be +-oo; None when sympy leaves it (no numeric guess: a divergent improper integral
    evaluates to a number numerically)."""
    import sympy as sp

    for s in expr.atoms(sp.Sum):
        if any(b.is_infinite for _, lo, hi in s.limits for b in (lo, hi)) and s.is_convergent() is not sp.true:
            return DIVERGES if expr == s and s.is_convergent() is sp.false else None
    done = expr.doit()
    if isinstance(expr, sp.Integral) and done in (sp.oo, -sp.oo):
        return DIVERGES  # \int_{-1}^{1} dx / x^2: the integrand is unbounded and the area infinite
    if done.has(sp.Sum, sp.Integral, sp.Limit, sp.Product) or done.has(sp.oo, -sp.oo, sp.zoo, sp.nan):
        return None
    return done


def literal_places(tex: str) -> int | None:
    """Decimal places of a side that is one written decimal (``2.718`` -> 3), else None."""
    m = re.fullmatch(r"\s*-?\d+\.(\d+)\s*", tex)
    return len(m.group(1)) if m else None


def differs(stated_tex: str, stated: float, true: float) -> bool:
    """True when the stated value is wrong beyond the rounding its own writing allows (a decimal to its
    last place, an integer to one half when the truth is no integer)."""
    places = literal_places(stated_tex)
    if places is not None:
        return abs(stated - true) > 10 ** -places * 1.01
    if re.fullmatch(r"\s*-?\d+\s*", stated_tex) and abs(true - round(true)) > 1e-9:
        return abs(stated - true) > 0.5
    return abs(stated - true) > 1e-9 * max(1.0, abs(true))


def say(value) -> str:
    import sympy as sp

    if isinstance(value, float) or not getattr(value, "is_number", False):
        return f"{float(value):.6g}"
    nice = sp.nsimplify(value)
    text = sp.latex(nice)
    return text if len(text) <= 24 else f"{float(value):.6g}"


# A row that relates its sides otherwise than by one value: an approximation, a congruence, an inequality.
NOT_ONE_VALUE = re.compile(r"\\(?:approx|equiv|pmod|bmod)(?![A-Za-z])|[<>]|\\(?:[lg]eq?|[lg]t)(?![A-Za-z])")


DEFINES = re.compile(r"^\s*([fghFGHyu])\s*\(\s*([a-z])\s*\)\s*=(?!=)(.+)$")


def definitions(rows: list[str]) -> dict[str, tuple[str, object]]:
    """name -> (variable, expression) for each name the block defines exactly once by ``f(x) = ...``."""
    import sympy as sp

    seen: dict[str, list] = {}
    for row in rows:
        m = DEFINES.match(row)
        if not m:
            continue
        body = split_top(m.group(3), "=")[0]
        expr = parse(body)
        if isinstance(expr, sp.Expr):
            seen.setdefault(m.group(1), []).append((m.group(2), normalize(expr)))
    return {k: v[0] for k, v in seen.items() if len(v) == 1 and v[0][1].free_symbols <= {sp.Symbol(v[0][0])}}
