"""The reader of a related-rates block: a relation among quantities that change with time t
(``x^2 + y^2 = 13^2``, ``V = \\frac{4}{3}\\pi r^3``, ``s^2 = x^2 + y^2``), the author's own substitutions
(``r = h/2``), the known rates (``\\frac{dx}{dt} = 2``), the instant (``x = 5``) and the asked rate.

The relation is differentiated implicitly in t (sympy); the asked rate is solved at the instant, where
the quantities the author does not give are found from the relation itself (a positive root).
Every rate or value the author states, and a differentiated relation they write, must agree; a
relation with free letters, an instant that cannot be read, or more unknown rates than equations is
not read (None), so the block gets the walkthrough.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from .latex import MathInfo, sanitize, single_line, split_top
from .symbolic import normalize, parse

# a rate of a quantity with respect to time: \frac{dx}{dt}, dx/dt, \dot{x}, x'(t)
_RATE_RES = (
    re.compile(r"\\[dt]?frac\s*\{\s*(?:\\mathrm\s*\{\s*d\s*\}|d)\s*([A-Za-z])\s*\}\s*\{\s*(?:\\mathrm\s*\{\s*d\s*\}|d)\s*t\s*\}"),
    re.compile(r"(?<![A-Za-z\\])d([A-Za-z])\s*/\s*dt(?![A-Za-z])"),
    re.compile(r"\\dot\s*\{?\s*([A-Za-z])\s*\}?"),
    re.compile(r"(?<![A-Za-z\\])([A-Za-z])\s*(?:'|\^\{?\\prime\}?)\s*\(\s*t\s*\)"),
)
_TOKEN = "R_{{{}}}"  # a rate's stand-in while a part is parsed (R_{x} for dx/dt)
_UNIT = (r"(?:cm|mm|km|m|ft|in|mi|L|mL|ml|厘米|毫米|千米|米|英尺|升)(?:\^\{?[23]\}?|[²³])?"
         r"(?:\s*/\s*(?:s|sec|min|h|hr|秒|分钟|分|小时))?")
_UNIT_RE = re.compile(r"\s*(?:\\[,;:]|\\quad|~|\s)*(?:\\(?:text|mathrm)\s*\{\s*(" + _UNIT + r")\s*\}|(" + _UNIT + r"))(?![A-Za-z])")


@dataclass(frozen=True)
class Rates:
    """A related-rates problem read from the author's math.

    ``relation`` sympy F (left minus right, after the author's substitutions) with F = 0;
    ``relation_tex`` the author's relation; ``substitutions`` the author's (``r = h/2``);
    ``quantities`` the letters of F (the horizontal one first); ``given`` the known rates;
    ``asked`` the asked quantity; ``at`` every quantity's value at the instant; ``rates``
    every rate there (the asked one solved); ``stated`` the author's value of the asked rate,
    when written (checked); ``units`` the author's units of rates and values, by letter."""

    relation: object
    relation_tex: str
    substitutions: tuple[str, ...]
    quantities: tuple[str, ...]
    given: dict
    asked: str
    at: dict
    rates: dict
    derivative_tex: str
    stated: float | None = None
    rate_units: dict = field(default_factory=dict)
    value_units: dict = field(default_factory=dict)
    instant: tuple[str, ...] = ()  # the letters whose values the author gives at the instant

    @property
    def answer(self) -> float:
        return self.rates[self.asked]


def _segments(info: MathInfo):
    """(math of one statement, the text right after it) for each math segment, split at top-level
    commas, semicolons and \\quad (``x = 5,\\ y = 12``)."""
    from .latex import _MATH_RE

    found = []
    for m in _MATH_RE.finditer(info.concept):
        body = next(g for g in m.groups() if g is not None)
        tail = re.sub(r"\$\s*\^\s*\{?\s*([23])\s*\}?\s*\$", r"^\1", info.concept[m.end():m.end() + 40])  # cm$^3$/s
        found.append((sanitize(body), tail))
    if not found:
        found = [(b, "") for b in info.blocks]
    for body, tail in found:
        flat = single_line(body)
        flat = re.sub(r"\\(?:text|mathrm)\s*\{\s*(?:and|when|with|where|if|at)\s*\}", ",", flat)
        parts = [p.strip() for p in re.split(r",|;|\\quad|\\qquad|\\text\s*\{\s*,?\s*\}", _protect(flat)) if p.strip()]
        for i, part in enumerate(parts):
            yield _unprotect(part), (tail if i == len(parts) - 1 else "")


def _protect(tex: str) -> str:
    """Commas inside braces or brackets (``(3, 4)``, ``\\frac{a,b}``) are not separators."""
    out, depth = "", 0
    for ch in tex:
        depth += ch in "{([" and 1 or 0
        depth -= ch in "})]" and 1 or 0
        out += "\x00" if ch == "," and depth > 0 else ch
    return out


def _unprotect(tex: str) -> str:
    return tex.replace("\x00", ",")


def _rate_tokens(tex: str) -> tuple[str, list[str]]:
    """``tex`` with each rate replaced by a stand-in symbol, and the rates' quantities in order."""
    names: list[str] = []

    def swap(m):
        names.append(m.group(1))
        return " " + _TOKEN.format(m.group(1)) + " "

    for rx in _RATE_RES:
        tex = rx.sub(swap, tex)
    return tex, names


def _explicit_products(tex: str) -> str:
    """``\\pi r^2 h`` -> ``\\pi r^2 \\cdot h``: the parser fails on a power followed by a letter."""
    return re.sub(r"(\^(?:\{[^{}]*\}|\d+|[A-Za-z]))\s*(?=[A-Za-z(])", r"\1 \\cdot ", tex)


def _parse(tex: str):
    import sympy as sp

    tex = re.sub(r"\\(?:text|mathrm)\s*\{[^{}]*\}", " ", tex)  # units written in the math
    expr = parse(_explicit_products(tex.strip()))
    if expr is None:
        return None
    try:
        return normalize(expr) if not isinstance(expr, sp.Equality) else sp.Eq(normalize(expr.lhs), normalize(expr.rhs))
    except Exception:  # noqa: BLE001
        return None


def _unit(tail: str, part: str) -> str | None:
    inner = re.search(r"\\(?:text|mathrm)\s*\{\s*(" + _UNIT + r")\s*\}\s*$", part)
    if inner:
        return inner.group(1).replace(" ", "")
    m = _UNIT_RE.match(tail)
    return (m.group(1) or m.group(2)).replace(" ", "") if m else None


def _value(tex: str) -> float | None:
    """A numeric value of LaTeX (units in \\text stripped), else None."""
    from .symbolic import strip_units

    expr = _parse(strip_units(tex))
    if expr is None or not hasattr(expr, "free_symbols") or expr.free_symbols:
        return None
    try:
        v = complex(expr.evalf())
    except Exception:  # noqa: BLE001
        return None
    return float(v.real) if abs(v.imag) < 1e-12 and math.isfinite(v.real) else None


def _close(stated: float, value: float, written: str = "") -> bool:
    """``stated`` agrees with ``value`` to the precision the author wrote (or 0.5 %)."""
    decimals = re.findall(r"\d+\.(\d+)", written)
    half = 0.5 * 10 ** -max((len(d) for d in decimals), default=12)
    return abs(stated - value) <= max(1e-9, half + 1e-12, 5e-3 * abs(value) if decimals or "approx" in written else 1e-9 * max(1, abs(value)))


def read_rates(info: MathInfo) -> Rates | None:
    """The author's related-rates problem, solved and checked (see the module docstring); None when
    the block does not give one completely and truly."""
    import sympy as sp

    t = sp.Symbol("t")
    given: dict[str, float] = {}
    stated_rates: dict[str, tuple[float, str]] = {}
    order: list[str] = []  # letters in the order their numeric rates are written
    asked_tokens: list[str] = []
    rate_statements = []  # sympy equations with rate stand-ins (the author's differentiated relation)
    values: dict[str, float] = {}
    equations = []  # (sympy Eq, tex) among letters, without rates
    rate_units: dict[str, str] = {}
    value_units: dict[str, str] = {}
    for part, tail in _segments(info):
        swapped, names = _rate_tokens(part)
        pieces = [p.strip() for p in re.split(r"\\approx", swapped)]
        sides_ = [s.strip() for p in pieces for s in split_top(p, "=")]
        if names:
            if re.search(r"\bt\b", re.sub(r"R_\{[A-Za-z]\}", "", swapped)) and re.search(r"[=]", swapped):
                return None  # a law of motion in t (x = 3t^2, dx/dt = 2t): not related rates
            if len(set(names)) == 1 and (len(sides_) == 1 or (len(sides_) == 2 and sides_[1] in ("?", ""))):
                asked_tokens.append(names[0])  # \frac{dh}{dt}, \frac{dh}{dt} = ?
                continue
            if len(set(names)) == 1 and sides_[0].strip() == _TOKEN.format(names[0]) and len(sides_) >= 2:
                nums = [_value(s) for s in sides_[1:]]
                known = [v for v in nums if v is not None]
                if known and all(v is not None for v in nums[-1:]):
                    if any(abs(v - known[0]) > 5e-3 * max(1, abs(known[0])) for v in known):
                        return None  # a chain of values that disagree
                    name = names[0]
                    if name in stated_rates and not _close(known[0], stated_rates[name][0]):
                        return None
                    stated_rates[name] = (known[-1], part)
                    order.append(name)
                    if (u := _unit(tail, part)):
                        rate_units[name] = u
                    continue
            eq = _parse(" = ".join(sides_[:2])) if len(sides_) >= 2 else None
            if isinstance(eq, sp.Equality):
                rate_statements.append(eq)
            continue
        if len(sides_) < 2:
            continue
        lhs = sides_[0]
        if re.fullmatch(r"[A-Za-z]", lhs) and (v := _value(sides_[-1])) is not None and len(sides_) <= 3:
            if lhs == "t":
                continue  # a time, not a quantity's value
            if lhs in values and abs(values[lhs] - v) > 1e-9 * max(1, abs(v)):
                return None  # two values for one letter: a dimension and an instant, unread
            values[lhs] = v
            if (u := _unit(tail, part)):
                value_units[lhs] = u
            continue
        eq = _parse(" = ".join(sides_[:2]))
        if isinstance(eq, sp.Equality) and len(sides_) == 2 and isinstance(eq.lhs, sp.Expr) and isinstance(eq.rhs, sp.Expr):
            letters = {s.name for s in (eq.lhs - eq.rhs).free_symbols}
            if "t" in letters or len(letters) < 2 or any(len(n) > 1 for n in letters):
                if len(letters) >= 2 or "t" in letters:
                    return None  # a function of time, or a letter the reader cannot name
                continue
            if eq.has(sp.Function, sp.Derivative, sp.Integral):
                return None
            equations.append((eq, part))
    if not equations:
        return None
    mentioned = set(stated_rates) | set(asked_tokens)
    # the author's substitutions: `r = h/2` for a letter whose rate the block never mentions
    subs_tex: list[str] = []
    subs: dict = {}
    changed = True
    while changed and len(equations) > 1:
        changed = False
        for i, (eq, tex) in enumerate(equations):
            if isinstance(eq.lhs, sp.Symbol) and eq.lhs.name not in mentioned and eq.lhs not in eq.rhs.free_symbols:
                others = [(e.subs(eq.lhs, eq.rhs), tx) for j, (e, tx) in enumerate(equations) if j != i]
                if any(eq.lhs in e.free_symbols for e, _ in equations if e is not eq):
                    subs[eq.lhs] = eq.rhs
                    subs_tex.append(tex)
                    equations = others
                    changed = True
                    break
    if len(equations) != 1:
        return None
    relation, relation_tex = equations[0]
    F = sp.expand(relation.lhs - relation.rhs) if relation.lhs.is_polynomial() and relation.rhs.is_polynomial() else relation.lhs - relation.rhs
    qs = sorted(F.free_symbols, key=lambda s: relation_tex.find(s.name) if s.name in relation_tex else 99)
    names = [str(s.name) for s in qs]
    if not 2 <= len(names) <= 3:
        return None
    if any(n not in names for n in stated_rates) or any(n not in names for n in asked_tokens):
        return None  # a rate of a letter the relation does not hold
    asked_set = set(asked_tokens)
    if len(asked_set) > 1:
        return None
    unknown = [n for n in names if n not in stated_rates]
    if asked_set:
        asked = next(iter(asked_set))
        if asked in stated_rates:
            unknown = [asked]
    elif len(unknown) == 1:
        asked = unknown[0]
    elif not unknown and order:
        asked = order[-1]  # every rate written: the last one is the answer the author reached
        unknown = [asked]
    else:
        return None
    if unknown != [asked]:
        return None  # more unknown rates than the one equation
    stated = stated_rates.get(asked)
    given = {n: v for n, (v, _) in stated_rates.items() if n != asked}
    if not given:
        return None
    # the instant: the letters' values, the rest from the relation (a positive root)
    at = {}
    for n in names:
        if n in values:
            at[n] = values[n]
    for letter, expr in subs.items():  # a value given for a substituted letter must agree
        if letter.name in values:
            try:
                want = float(expr.subs({sp.Symbol(k): v for k, v in at.items()}))
            except (TypeError, ValueError):
                return None
            if abs(want - values[letter.name]) > 1e-6 * max(1, abs(want)):
                return None
    missing = [n for n in names if n not in at]
    if len(missing) > 1:
        return None
    if missing:
        sym = sp.Symbol(missing[0])
        rest = F.subs({sp.Symbol(k): sp.nsimplify(v) for k, v in at.items()})
        try:
            roots = [complex(r.evalf()) for r in sp.solve(rest, sym)]
        except Exception:  # noqa: BLE001
            return None
        real = sorted(r.real for r in roots if abs(r.imag) < 1e-9)
        positive = [r for r in real if r > 1e-12]
        if not positive:
            return None
        at[missing[0]] = positive[0] if len(positive) == 1 else positive[-1]
        if len(positive) > 1:
            return None  # two positive states at the instant: which one the author means is not read
    else:
        try:
            if abs(float(F.subs({sp.Symbol(k): v for k, v in at.items()}))) > 1e-6 * max(1.0, *[abs(v) for v in at.values()]):
                return None  # the author's values do not satisfy the relation
        except (TypeError, ValueError):
            return None
    # differentiate in t with every quantity a function of t
    funcs = {sp.Symbol(n): sp.Function(n)(t) for n in names}
    dF = sp.diff(F.subs(funcs), t)
    R = {n: sp.Symbol("R_{%s}" % n) for n in names}
    dF = dF.subs({sp.Derivative(funcs[sp.Symbol(n)], t): R[n] for n in names}).subs({f: s for s, f in funcs.items()})
    point = {sp.Symbol(n): sp.nsimplify(v) for n, v in at.items()}
    coef = dF.diff(R[asked]).subs(point)
    try:
        if abs(float(coef)) < 1e-12:
            return None  # the relation does not fix the asked rate at this instant
    except (TypeError, ValueError):
        return None
    known = {R[n]: sp.nsimplify(v) for n, v in given.items()}
    solved = sp.solve(dF.subs(point).subs(known), R[asked])
    if len(solved) != 1:
        return None
    try:
        answer = float(solved[0])
    except (TypeError, ValueError):
        return None
    rates = dict(given)
    rates[asked] = answer
    if stated is not None and not _close(stated[0], answer, stated[1]):
        return None  # a false stated rate is not drawn as true
    for eq in rate_statements:  # the author's differentiated relation, at the instant, with the rates
        try:
            gap = (eq.lhs - eq.rhs).subs({sp.Symbol("R_{%s}" % n): v for n, v in rates.items()}).subs(
                {sp.Symbol(n): v for n, v in at.items()})
            if gap.free_symbols or abs(float(gap)) > 1e-6 * (1 + sum(abs(v) for v in rates.values())):
                return None
        except (TypeError, ValueError):
            return None
    dtex = differentiated_tex(F, names)
    return Rates(F, relation_tex, tuple(subs_tex), tuple(names), given, asked, at, rates, dtex,
                 stated[0] if stated else None, rate_units, value_units, tuple(n for n in names if n in values))


def differentiated_tex(F, names) -> str:
    """``F_a \\frac{da}{dt} + F_b \\frac{db}{dt} + ... = 0`` for the relation F = 0 (LaTeX)."""
    import sympy as sp

    out = ""
    for n in names:
        c = sp.simplify(sp.diff(F, sp.Symbol(n)))
        if c == 0:
            continue
        sign = "-" if c.could_extract_minus_sign() else "+"
        c = -c if sign == "-" else c
        body = "" if c == 1 else (f"\\left({sp.latex(c)}\\right)" if isinstance(c, sp.Add) else sp.latex(c)) + "\\,"
        term = body + "\\frac{d" + n + "}{dt}"
        out += (f" {sign} " if out else ("-" if sign == "-" else "")) + term
    return out + " = 0"
