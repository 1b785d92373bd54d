"""What a block states as true, checked (issue 23): a trap must be called, whichever family draws it.

A block often carries a worked example whose step is false ("so $f'(\\pi) = \\pi^2$", "$3^{100} \\equiv 1
\\pmod 7$", "the series converges", "$y(t) = 4e^{-t/3}$ solves $y' = -3y$"). A family draws the true
mathematics of its question; this module reads the statements it can decide exactly and lists the false
ones, and :func:`coda` ends the scene with them ("The block states ... In fact ..."), so no scene leaves a
false statement of its block standing unremarked.

Precision first: a statement is reported false only when it is decided, never when sympy cannot tell,
and a decimal the author rounded is read at its own precision (``e = 2.718`` holds).

Kinds read (each a function ``_kind(info) -> list[Claim]``):

- numbers on both sides of ``=`` (with sums, integrals and limits worked out): ``\\int_0^1 x^2\\,dx = \\frac12``;
- congruences ``a \\equiv b \\pmod m`` between integers (powers reduced with ``pow``);
- a value of the block's function or its derivative at a point: ``f'(\\pi) = \\pi^2`` with ``f(x) = x^2 \\sin x``;
- a closed form for a finite sum in ``n``: ``\\sum_{k=1}^{n} k^2 = \\frac{n(n+1)}{2}`` (checked for n = 1..8);
- "the series ... converges / diverges" (收敛 / 发散) of one series with bounds in the same sentence;
- the radius, interval of convergence and sum function S(x) stated for the block's one power series;
- the argument of a numeric complex number, ``\\arg(-1 - i) = \\frac{\\pi}{4}`` (modulo 2π, any convention);
- a solution stated for a first-order equation ``y' = F(t, y)`` (and its initial value), or for one equation
  of second order (``x'' - 4x = 0`` with ``x(t) = C_1\\cos 2t + C_2\\sin 2t``);
- "the root lies in [a, b]" (根在区间 ... 内) for the block's one function f, when f has no root there;
- the distribution table (分布列) of one discrete X (:mod:`.pmf`): that it adds up to 1, and each stated ``P(X = k)``,
  ``E(X)``, ``D(X)`` / ``Var(X)`` and ``\\sigma(X)`` against the exact values;
- the mean and variance of ``Y = aX + b`` from X's: ``E(Y) = aE(X) + b``, ``D(Y) = a^2 D(X)`` (``Var``, ``V``, ``D``);
- an expansion or a factorisation of a polynomial in one letter: ``(z - (2 + i))(z - (2 - i)) = z^2 + 4z + 5``.
"""

from __future__ import annotations

import math
import random
import re
import time
from dataclasses import dataclass

from .calculus import TAYLOR_POLYNOMIAL, expanded_function
from .latex import MathInfo, bare_name, bare_tex, plain_unit, single_line, split_rows, split_top
from .symbolic import normalize, parse, strip_units

BUDGET_SECONDS = 3.0  # all the checks of one block; what is not reached by then is left unsaid
_MAX_SHOWN = 3


@dataclass(frozen=True)
class Claim:
    """One false statement of the block: what it states and what holds (LaTeX), and why (en, zh)."""

    stated: str
    truth: str
    why: tuple[str, str]


def false_claims(info: MathInfo) -> list[Claim]:
    """The block's false statements that can be decided, in the block's order of kinds, at most one per
    statement; [] when none (or none decided within :data:`BUDGET_SECONDS`)."""
    start = time.monotonic()
    rows = _rows(info)
    found: list[Claim] = []
    for kind in (_congruences, _point_values, _taylor_polynomials, _numbers, _combined, _sum_forms, _ellipsis_forms,
                 _ode_solutions, _second_order_solutions, _root_brackets, _pmf_statements, _linear_moments, _expansions, _convergence,
                 _series_of_functions, _arguments, _euler_walks):
        if time.monotonic() - start > BUDGET_SECONDS:
            break
        try:
            for claim in kind(info, rows):
                if claim.stated not in {c.stated for c in found}:
                    found.append(claim)
        except Exception:  # noqa: BLE001 - a statement sympy cannot decide is not reported
            continue
    return found


# -- statements ------------------------------------------------------------------------------------

def _rows(info: MathInfo) -> list[str]:
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


def _value(tex: str):
    """The exact or numeric value of a closed LaTeX side (no free letters), or None."""
    import sympy as sp

    expr = parse(tex)
    if not isinstance(expr, sp.Expr):
        return None
    expr = normalize(expr)
    if expr.free_symbols:
        return None
    if expr.has(sp.Sum, sp.Integral, sp.Limit, sp.Product):
        expr = _worked_out(expr)
        if expr is None or expr == DIVERGES:
            return expr
    value = complex(sp.N(expr, 30))
    if abs(value.imag) > 1e-12 or not math.isfinite(value.real):
        return None
    return expr, value.real


DIVERGES = "diverges"


def _worked_out(expr):
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


def _literal_places(tex: str) -> int | None:
    """Decimal places of a side that is one written decimal (``2.718`` -> 3), else None."""
    m = re.fullmatch(r"\s*-?\d+\.(\d+)\s*", tex)
    return len(m.group(1)) if m else None


def _differs(stated_tex: str, stated: float, true: float) -> bool:
    """True when the stated value is wrong beyond the rounding its own writing allows (a decimal to its
    last place, an integer to one half when the truth is no integer)."""
    places = _literal_places(stated_tex)
    if places is not None:
        return abs(stated - true) > 10 ** -places * 1.01
    if re.fullmatch(r"\s*-?\d+\s*", stated_tex) and abs(true - round(true)) > 1e-9:
        return abs(stated - true) > 0.5
    return abs(stated - true) > 1e-9 * max(1.0, abs(true))


def _say(value) -> str:
    import sympy as sp

    if isinstance(value, float) or not getattr(value, "is_number", False):
        return f"{float(value):.6g}"
    nice = sp.nsimplify(value)
    text = sp.latex(nice)
    return text if len(text) <= 24 else f"{float(value):.6g}"


# A row that relates its sides otherwise than by one value: an approximation, a congruence, an inequality.
_NOT_ONE_VALUE = re.compile(r"\\(?:approx|equiv|pmod|bmod)(?![A-Za-z])|[<>]|\\(?:[lg]eq?|[lg]t)(?![A-Za-z])")


def _numbers(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``left = right`` between closed numbers; a chain ``I = a = b = c`` states that every closed step equals the
    first one (a name, an unreadable step such as ``[-1/x]_{-1}^{1}``, is passed over)."""
    out = []
    for row in rows:
        if "=" not in row or _NOT_ONE_VALUE.search(row):
            continue
        parts = [p.strip() for p in split_top(row, "=")]
        known = [(p, v) for p, v in ((p, _value(p)) for p in parts if p and not bare_name(p)) if v is not None]
        if len(known) < 2:
            continue
        (first, fv), rest = known[0], known[1:]
        for step, sv in rest:
            if fv == DIVERGES and sv != DIVERGES:
                out.append(Claim(f"{first} = {step}", f"{first} = \\infty" if "int" in first else f"{first} \\text{{ diverges}}",
                                 ("it diverges: there is no finite value to equal", "它发散：不存在有限的值")))
                break
            if DIVERGES in (fv, sv) or not _differs(step, sv[1], fv[1]):
                continue
            out.append(Claim(f"{first} = {step}", f"{first} = {_say(fv[0])}",
                             ("worked out, the left side is " + f"${_say(fv[0])}$", "左边算出来等于 " + f"${_say(fv[0])}$")))
            break
    return out


_GIVEN_NAME = re.compile(r"^\s*([A-Za-z](?:_\{?[A-Za-z0-9]\}?)?)\s*=(?!=)([^=]+)$")


def _given(info: MathInfo, rows: list[str]) -> dict:
    """Symbol -> exact value for each letter the block gives one closed value (``z_1 = 1 + \\mathrm{i}``, ``a = 3``);
    ``i`` is the imaginary unit in a block about complex numbers. A letter given two values is no given."""
    import sympy as sp

    unit = {sp.Symbol("i"): sp.I} if info.reading.complex_plane else {}
    seen: dict = {}
    for row in rows:
        m = _GIVEN_NAME.match(row)
        if not m:
            continue
        value = parse(strip_units(plain_unit(m.group(2))))  # \\mathrm{i} is the unit i, not a unit to strip
        if not isinstance(value, sp.Expr):
            continue
        value = normalize(value).subs(unit)
        if value.free_symbols:
            continue
        name = normalize(parse(m.group(1)))
        if isinstance(name, sp.Symbol):
            seen.setdefault(name, set()).add(value)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _combined(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``|z_1 z_2| = \\sqrt2 + 2`` where the block gives z_1 and z_2: a stated value of an expression in two or more
    of the block's given letters (one given letter is often the unknown of an equation, not a claim)."""
    import sympy as sp

    given = _given(info, rows)
    if len(given) < 2:
        return []
    out = []
    for row in rows:
        if _NOT_ONE_VALUE.search(row):
            continue
        parts = [p.strip() for p in split_top(row, "=")]
        if len(parts) < 2 or _GIVEN_NAME.match(row):
            continue
        left = _substituted(parts[0], given, letters=2)
        if left is None:
            continue
        true, tv = left
        for step in parts[1:]:
            plain = strip_units(plain_unit(step))
            sv = _value(plain) or _substituted(step, given)
            if isinstance(sv, tuple) and _differs(plain, sv[1], tv):
                out.append(Claim(f"{parts[0]} = {step}", f"{parts[0]} = {_say(true)}",
                                 (f"with the block's own values, ${parts[0]} = {_say(true)}$",
                                  f"代入题中给出的值，${parts[0]} = {_say(true)}$")))
                break
    return out


def _substituted(tex: str, given: dict, letters: int = 1):
    """(value, float) of a real side written in at least ``letters`` of the block's given letters and no other
    (``|z_1| + |z_2|``), or None."""
    import sympy as sp

    expr = parse(tex)
    if not isinstance(expr, sp.Expr):
        return None
    expr = normalize(expr)
    if len(expr.free_symbols) < letters or not expr.free_symbols <= set(given):
        return None
    value = sp.simplify(expr.subs(given))
    try:
        v = complex(sp.N(value, 30))
    except (TypeError, ValueError):
        return None
    return (value, v.real) if abs(v.imag) < 1e-12 else None


_MODULUS = re.compile(r"\\pmod\s*\{?\s*(\d+)\s*\}?|\(\s*\\?(?:bmod|mod|(?:mathrm|text|operatorname)\{mod\})\s*\{?\s*(\d+)\s*\}?\s*\)"
                      r"|\\bmod\s*\{?\s*(\d+)\s*\}?")


def _residue(tex: str, m: int) -> int | None:
    """``tex`` modulo m for an integer, a power ``a^{b}``, a factorial ``n!`` or a product of such; None otherwise."""
    total = 1
    for factor in re.split(r"\\cdot|\\times", tex.strip()):
        f = factor.strip().strip("{}").strip()
        power = re.fullmatch(r"\(?(-?\d+)\)?\s*\^\s*\{?\s*(\d+)\s*\}?", f)
        fact = re.fullmatch(r"(\d{1,4})\s*!", f)
        if power:
            total *= pow(int(power.group(1)), int(power.group(2)), m)
        elif fact:
            total *= math.factorial(int(fact.group(1))) % m
        elif re.fullmatch(r"-?\d+", f):
            total *= int(f)
        else:
            return None
    return total % m


def _congruences(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``a \\equiv b \\pmod m``, chains ``a \\equiv b \\equiv c``, and ``8! = 40320 \\equiv -1``: every integer side
    must leave the first side's remainder."""
    out = []
    for written in rows:
        row = re.sub(r"\\[ ,;:!]|~", " ", written)  # 5^{33} \equiv 5 \ (\bmod\ 9)
        mod = _MODULUS.search(row)
        if "\\equiv" not in row or not mod or row[mod.end():].strip(" .,"):
            continue
        m = int(next(g for g in mod.groups() if g))
        sides = [p.strip() for part in row[:mod.start()].split("\\equiv") for p in split_top(part, "=")]
        residues = [_residue(p, m) if m > 1 else None for p in sides]
        if len(sides) < 2 or None in residues:
            continue
        bad = next((i for i, r in enumerate(residues) if r != residues[0]), None)
        if bad is None:
            continue
        out.append(Claim(written.strip(), f"{sides[0]} \\equiv {residues[0]} \\pmod{{{m}}}",
                         (f"the remainder of ${sides[0]}$ on division by {m} is {residues[0]}, but that of ${sides[bad]}$ is {residues[bad]}",
                          f"${sides[0]}$ 除以 {m} 余 {residues[0]}，而 ${sides[bad]}$ 除以 {m} 余 {residues[bad]}")))
    return out


_ARG = re.compile(r"^\s*\\(?:arg|operatorname\s*\{\s*[aA]rg\s*\}|mathrm\s*\{\s*[aA]rg\s*\}|text\s*\{\s*[aA]rg\s*\}|Arg)\s*"
                  r"(?:\\left\s*)?\(\s*(?P<z>[^=()]+?)\s*(?:\\right\s*)?\)\s*=(?P<rest>.+)$")
_QUADRANT = {1: ("first", "第一"), 2: ("second", "第二"), 3: ("third", "第三"), 4: ("fourth", "第四")}


def _arguments(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``\\arg(-1 - i) = \\frac{\\pi}{4}``: the argument stated for a numeric complex number, false when it is not the
    number's angle modulo 2π (so a [0, 2π) convention is never called false; the quadrant slip of tan θ = 1 is)."""
    import cmath

    import sympy as sp

    out = []
    for row in rows:
        m = _ARG.match(row)
        if not m:
            continue
        z = parse(m["z"])
        try:
            z = complex(normalize(z).subs(sp.Symbol("i"), sp.I)) if z is not None else None
        except (TypeError, ValueError):
            z = None
        if z is None or abs(z) < 1e-12:
            continue
        true = cmath.phase(z)
        for part in (p.strip() for p in split_top(m["rest"], "=")):
            value = parse(part)
            try:
                value = float(normalize(value)) if value is not None else None
            except (TypeError, ValueError):
                value = None
            if value is None:
                continue
            turns = (value - true) / (2 * math.pi)
            if abs(turns - round(turns)) > 1e-9:
                shown = sp.latex(sp.nsimplify(true / math.pi, tolerance=1e-12, rational=True) * sp.pi)
                quadrant = (1 if z.imag >= 0 else 4) if z.real > 0 else (2 if z.imag >= 0 else 3)
                en, zh = _QUADRANT[quadrant]
                out.append(Claim(f"\\arg({m['z'].strip()}) = {part}", f"\\arg({m['z'].strip()}) = {shown}",
                                 (f"${m['z'].strip()}$ lies in the {en} quadrant, where $\\tan\\theta$ alone does not fix the angle",
                                  f"${m['z'].strip()}$ 在{zh}象限，仅由 $\\tan\\theta$ 不能确定辐角")))
            break
    return out


# -- the block's function at a point ---------------------------------------------------------------------

_DEFINES = re.compile(r"^\s*([fghFGHyu])\s*\(\s*([a-z])\s*\)\s*=(?!=)(.+)$")
_AT_POINT = re.compile(r"^\s*([fghFGHyu])\s*('{0,3}|\^\{?\((\d)\)\}?)\s*\(([^()]*(?:\([^()]*\))?[^()]*)\)\s*=(.+)$")


def _definitions(rows: list[str]) -> dict[str, tuple[str, object]]:
    """name -> (variable, expression) for each name the block defines exactly once by ``f(x) = ...``."""
    import sympy as sp

    seen: dict[str, list] = {}
    for row in rows:
        m = _DEFINES.match(row)
        if not m:
            continue
        body = split_top(m.group(3), "=")[0]
        expr = parse(body)
        if isinstance(expr, sp.Expr):
            seen.setdefault(m.group(1), []).append((m.group(2), normalize(expr)))
    return {k: v[0] for k, v in seen.items() if len(v) == 1 and v[0][1].free_symbols <= {sp.Symbol(v[0][0])}}


def _point_values(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``f(a) = v``, ``f'(a) = v``, ``f''(a) = v`` against the block's one definition of f."""
    import sympy as sp

    defined = _definitions(rows)
    out = []
    for row in rows:
        m = _AT_POINT.match(row)
        if not m or m.group(1) not in defined or re.search(r"[<>]|\\(?:[lg]eq?|[lg]t|neq?)(?![A-Za-z])", row):
            continue  # f(1) = -2 < 0 < f(2) = 4: a chain of inequalities, not one value
        var, expr = defined[m.group(1)]
        order = int(m.group(3)) if m.group(3) else len(m.group(2))
        at = _value(m.group(4))
        if not isinstance(at, tuple):
            continue  # f'(x) = ...: a formula, not a value at a point
        true = sp.simplify(sp.diff(expr, sp.Symbol(var), order).subs(sp.Symbol(var), at[0]))
        tv = complex(sp.N(true, 30))
        if abs(tv.imag) > 1e-12:
            continue
        # f'(2) = 2 \cdot 2 + 1 = 5: each closed step of the chain is checked, the first false one reported
        steps = [(p.strip(), _value(p)) for p in split_top(m.group(5), "=")]
        stated_tex = next((p for p, v in steps if isinstance(v, tuple) and _differs(p, v[1], tv.real)), None)
        if stated_tex is None:
            continue
        name = m.group(1) + m.group(2) + f"({m.group(4).strip()})"
        out.append(Claim(f"{name} = {stated_tex}", f"{name} = {_say(true)}",
                         (f"with ${m.group(1)}({var})$ as the block defines it, ${name} = {_say(true)}$",
                          f"按题中 ${m.group(1)}({var})$ 的定义，${name} = {_say(true)}$")))
    return out


_CENTRE = re.compile(r"(?:\bat|\babout|\baround|\bcent(?:re|er)d? at|在)\s*\$\s*x(?:_0)?\s*=\s*([^$]+)\$", re.I)


def _taylor_polynomials(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``P_n(x) = p(x)`` (or ``T_n``) against the degree-n Taylor polynomial of the block's one other function
    of x (:func:`.calculus.expanded_function`), at the centre the prose names ("at $x = 1$", "在 $x=0$ 处"; 0 when none is named)."""
    import sympy as sp

    x = sp.Symbol("x")
    stated = [(m, row) for row in rows if (m := TAYLOR_POLYNOMIAL.match(row))]
    subject = expanded_function(info) if stated else None
    if subject is None:
        return []
    f = subject[0]
    centre = _CENTRE.search(info.prose + " " + info.concept)
    a = _value(centre.group(1)) if centre else (0, 0.0)
    if not isinstance(a, tuple):
        return []
    out = []
    for m, row in stated:
        n = int(m.group(2))
        p = parse(split_top(m.group(3), "=")[0])
        if not isinstance(p, sp.Expr) or not p.free_symbols <= {x}:
            continue
        true = sp.expand(sp.series(f, x, a[0], n + 1).removeO())
        if sp.expand(normalize(p) - true) == 0:
            continue
        name, tex = split_top(row, "=")[0].strip(), _in_powers(f, x, a[0], n)  # P_3(x) as the author wrote it
        out.append(Claim(f"{name} = {m.group(3).strip()}", f"{name} = {tex}",
                         (f"the Taylor polynomial of degree {n} of ${sp.latex(f)}$ at ${sp.latex(a[0])}$ is ${tex}$",
                          f"${sp.latex(f)}$ 在 ${sp.latex(a[0])}$ 处的 {n} 阶泰勒多项式是 ${tex}$")))
    return out


def _in_powers(f, x, a, n: int) -> str:
    """The degree-n Taylor polynomial of f at a, written in powers of (x - a) as a textbook writes it."""
    import sympy as sp

    base = "x" if a == 0 else f"({sp.latex(x - a)})"
    terms = []
    for k in range(n + 1):
        c = sp.nsimplify(sp.diff(f, x, k).subs(x, a) / sp.factorial(k))
        if c == 0:
            continue
        power = "" if k == 0 else base if k == 1 else f"{base}^{{{k}}}"
        if not power:
            body = sp.latex(abs(c))
        elif abs(c) == 1:
            body = power
        elif abs(c).is_Rational and abs(c).q != 1:
            body = f"\\frac{{{abs(c).p if abs(c).p != 1 else ''}{power}}}{{{abs(c).q}}}"
        else:
            body = f"{sp.latex(abs(c))}{power}"
        terms.append(("-" if c < 0 else "+", body))
    if not terms:
        return "0"
    text = "".join(f" {sign} {body}" for sign, body in terms).strip()
    return text[2:] if text.startswith("+ ") else "-" + text[2:]


# -- closed forms, series, solutions --------------------------------------------------------------------

def _sum_forms(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``\\sum_{k=a}^{n} t(k) = g(n)`` checked at n = a..a+7 (a closed form true for every n is true there)."""
    import sympy as sp

    out = []
    for row in rows:
        parts = split_top(row, "=")
        if len(parts) != 2 or "\\sum" not in parts[0]:
            continue
        left, right = (parse(p) for p in parts)
        if not (isinstance(left, sp.Sum) and isinstance(right, sp.Expr)) or len(left.limits) != 1:
            continue
        left, right = normalize(left), normalize(right)
        k, lo, hi = left.limits[0]
        if not (hi.is_Symbol and lo.is_Integer) or left.free_symbols != {hi} or not right.free_symbols <= {hi}:
            continue
        n = hi
        bad = next((i for i in range(int(lo), int(lo) + 8) if _sum_differs(left.subs(n, i).doit(), right.subs(n, i))),
                   None)
        if bad is None:
            continue
        closed = sp.factor(sp.summation(left.function, (k, lo, n)))
        out.append(Claim(f"{parts[0].strip()} = {parts[1].strip()}", f"{parts[0].strip()} = {sp.latex(closed)}",
                         (f"at $n = {bad}$ the sum is ${left.subs(n, bad).doit()}$ but the formula gives ${right.subs(n, bad)}$",
                          f"$n = {bad}$ 时和为 ${left.subs(n, bad).doit()}$，而公式给出 ${right.subs(n, bad)}$")))
    return out


_ELLIPSIS = re.compile(r"\\(?:c|l)?dots|\.\.\.|…|⋯")
_NAMED_SUM = re.compile(r"^\s*([A-Z])_\{?n\}?\s*=(.+)$")


def _ellipsis_term(tex: str):
    """(general term in k, n) of a sum written with an ellipsis, ``1\\cdot2 + 2\\cdot2^2 + \\cdots + n\\cdot2^n``: the
    last term in n is the general term, and it must give the first terms written; None otherwise."""
    import sympy as sp

    parts = [p.strip() for p in split_top(_ELLIPSIS.sub(" ELLIPSIS ", tex), "+")]
    if sum("ELLIPSIS" in p for p in parts) != 1 or parts[-1] == "ELLIPSIS" or "ELLIPSIS" not in parts[-2]:
        return None
    first = [normalize(parse(p)) for p in parts[:-2]]
    last = parse(parts[-1])
    if not first or not isinstance(last, sp.Expr) or any(not isinstance(f, sp.Expr) or f.free_symbols for f in first):
        return None
    last = normalize(last)
    if len(last.free_symbols) != 1:
        return None
    n = next(iter(last.free_symbols))
    k = sp.Dummy("k", integer=True, positive=True)
    term = last.subs(n, k)
    if any(sp.simplify(term.subs(k, i + 1) - f) != 0 for i, f in enumerate(first)):
        return None
    return term, k, n


def _ellipsis_forms(info: MathInfo, rows: list[str]) -> list[Claim]:
    """A closed form for a sum written with an ellipsis (``S_n = 1 + 3 + \\cdots + (2n - 1) = n^2``, or ``S_n`` defined
    so and its closed form stated in another formula), checked at n = 1..8 like :func:`_sum_forms`."""
    import sympy as sp

    named: dict[str, tuple] = {}
    stated: list[tuple[str, str, str]] = []  # (name or sum text, closed form text, row)
    for row in rows:
        m = _NAMED_SUM.match(row)
        parts = [p.strip() for p in split_top(m.group(2) if m else row, "=")]
        sums = [p for p in parts if _ELLIPSIS.search(p)]
        if len(sums) > 1:
            continue
        found = _ellipsis_term(sums[0]) if sums else None
        if m and found:
            named[m.group(1)] = found
        rest = [p for p in parts if p not in sums]
        for closed in rest:
            if found:
                stated.append((sums[0], closed, row))
            elif m:
                stated.append((m.group(1), closed, row))
    out = []
    for who, closed, row in stated:
        found = named.get(who) if len(who) == 1 else _ellipsis_term(who)
        if not found:
            continue
        term, k, n = found
        g = parse(closed)
        if not isinstance(g, sp.Expr):
            continue
        g = normalize(g)
        if g.free_symbols != {n}:
            continue
        bad = next((i for i in range(1, 9) if _sum_differs(sp.Sum(term, (k, 1, i)).doit(), g.subs(n, i))), None)
        if bad is None:
            continue
        name = f"{who}_n" if len(who) == 1 else who
        truth = sp.factor(sp.summation(term, (k, 1, n)))
        total = sp.Sum(term, (k, 1, bad)).doit()
        out.append(Claim(f"{name} = {closed}", f"{name} = {sp.latex(truth)}",
                         (f"at $n = {bad}$ the sum is ${total}$ but the formula gives ${sp.latex(g.subs(n, bad))}$",
                          f"$n = {bad}$ 时和为 ${total}$，而公式给出 ${sp.latex(g.subs(n, bad))}$")))
    return out


def _sum_differs(total, stated) -> bool:
    """A partial sum against the stated closed form at one n, decided numerically to 30 digits: simplify()
    cannot prove arctan(1/3) = arctan 2 - pi/4, and "not proved equal" is not "false". Undecidable is False."""
    try:
        difference = complex((total - stated).evalf(30))
        scale = max(1.0, abs(complex(stated.evalf(30))))
    except (TypeError, ValueError):
        return False
    return abs(difference) > 1e-12 * scale


_ABSOLUTELY = r"absolutely|绝对收敛"


def _absolutely(series, tex: str) -> list[Claim]:
    """"Converges absolutely" said of a series whose absolute values diverge (Leibniz's test gives convergence only)."""
    import sympy as sp

    term, (n, a, b) = series.function, series.limits[0]
    verdict = sp.Sum(sp.Abs(term).rewrite(sp.Piecewise).simplify(), (n, a, b)).is_convergent()
    if verdict != sp.false:
        return []
    return [Claim(f"{tex.strip()} \\text{{ converges absolutely}}", f"{tex.strip()} \\text{{ converges conditionally}}",
                  ("the series of absolute values diverges; the alternating signs alone make it converge",
                   "各项绝对值组成的级数发散；它只是条件收敛"))]


_CONVERGES = (r"(?<!not )(?<!n't )\b(?:converges|is convergent|is summable)\b|(?<!不)收敛")
_DIVERGES = (r"\b(?:diverges|is divergent|does not converge|doesn't converge|fails to converge)\b|发散|不收敛")


def _convergence(info: MathInfo, rows: list[str]) -> list[Claim]:  # reads sentences, not rows
    """"The series ... converges" (or diverges) said in the sentence that writes one series with bounds to
    infinity, against sympy's test of that series. Terms with factorials are not tested (too slow)."""
    import sympy as sp

    out = []
    for sentence in re.split(r"(?<=[.!?。！？；;])\s*", info.concept):
        series = re.findall(r"\$+([^$]*\\sum[^$]*)\$+", sentence)
        if len(series) != 1 or "\\infty" not in series[0] or "!" in series[0] or "binom" in series[0]:
            continue
        prose = re.sub(r"\$+[^$]*\$+", " ", sentence)
        says_conv, says_div = re.search(_CONVERGES, prose, re.I), re.search(_DIVERGES, prose, re.I)
        if bool(says_conv) == bool(says_div):
            continue  # neither said, or both ("not ... but converges"): not one claim
        tex = re.sub(r"\\(?:display|text)style\s*", "", split_top(single_line(series[0]), "=")[0])
        expr = parse(tex)
        if not isinstance(expr, sp.Sum) or len(expr.limits) != 1 or not expr.limits[0][2].is_infinite:
            continue
        expr = normalize(expr)
        if expr.free_symbols:
            continue
        verdict = expr.is_convergent()
        if verdict not in (sp.true, sp.false):
            continue
        if verdict and says_conv and re.search(_ABSOLUTELY, prose, re.I):
            out += _absolutely(expr, tex)
            continue
        if bool(verdict) == bool(says_conv):
            continue
        if verdict:
            out.append(Claim(f"{tex.strip()} \\text{{ diverges}}", f"{tex.strip()} \\text{{ converges}}",
                             ("the series converges", "该级数收敛")))
        else:
            out.append(Claim(f"{tex.strip()} \\text{{ converges}}", f"{tex.strip()} \\text{{ diverges}}",
                             ("its partial sums grow without bound: the series diverges", "部分和无界增长：该级数发散")))
    return out


def _series_of_functions(info: MathInfo, rows: list[str]) -> list[Claim]:  # reads the block's one Σ t_n(x)
    """A radius of convergence, an interval of convergence or a sum function S(x) the block states for its one
    power series (or series of functions), against the ratio test, the endpoint series and sympy's sum
    (:mod:`.series_readers`): ``R = \\lim |a_n/a_{n+1}| = 4`` for Σ z^{2n}/4^n, whose radius is 2."""
    from .series_readers import read_series_of_functions

    series = read_series_of_functions(info)
    if series is None:
        return []
    return [Claim(st.stated, st.truth, (f"the ratio test and the endpoint series give ${st.truth}$",
                                        f"由比值判别法及端点处的级数得 ${st.truth}$"))
            for st in series.statements if not st.holds]


# -- Euler's theorem on walks (a connected graph) -------------------------------------------------------------

_DEGREES = re.compile(r"(?:degrees?|度数|度)[^$。.;；]{0,30}?\$([\d\s,，、;\\]+)\$", re.I)
_EDGES = re.compile(r"\$?(\d+)\$?\s*(?:edges\b|条边)", re.I)
_CIRCUIT = re.compile(r"euler(?:ian)?\s+(?:circuit|cycle|tour)|欧拉回路|一笔画.{0,8}回到", re.I)
_TRAIL = re.compile(r"euler(?:ian)?\s+(?:path|trail)|欧拉(?:通)?路(?!回)|一笔画", re.I)
_DENIED = re.compile(r"\bno\b|\bnot\b|n't|cannot|\bneither\b|没有|不存在|不能|不是|无", re.I)


def _euler_walks(info: MathInfo, rows: list[str]) -> list[Claim]:  # reads sentences, not rows
    """A connected graph given by its degrees: the handshake lemma (the degrees sum to twice the edges, a stated
    edge count checked) and Euler's theorem: a circuit exactly when every degree is even, a path that is not a
    circuit exactly when two are odd (Euler 1736; Hierholzer 1873). An Euler walk said to exist where it cannot is false."""
    m = _DEGREES.search(info.concept)
    if not m or not re.search(r"connected|连通", info.concept, re.I):
        return []
    degrees = [int(d) for d in re.findall(r"\d+", m.group(1))]
    if len(degrees) < 2:
        return []
    total, odd = sum(degrees), sum(d % 2 for d in degrees)
    listed = ", ".join(map(str, degrees))
    if total % 2:
        return [Claim(f"\\text{{degrees }} {listed}", f"\\textstyle\\sum \\deg = {total} \\text{{ is odd}}",
                      (f"the degrees sum to {total}, but they must sum to twice the number of edges",
                       f"度数之和为 {total}，但它必须等于边数的两倍"))]
    out = []
    edges = _EDGES.search(info.concept)
    if edges and int(edges.group(1)) != total // 2:
        out.append(Claim(f"{edges.group(1)} \\text{{ edges}}", f"\\tfrac{{{total}}}{{2}} = {total // 2} \\text{{ edges}}",
                         (f"the degrees sum to {total}, twice the number of edges", f"度数之和为 {total}，等于边数的两倍")))
    for sentence in re.split(r"(?<=[.!?。！？；;])\s*", info.concept):
        circuit, trail = _CIRCUIT.search(sentence), _TRAIL.search(sentence)
        if not (circuit or trail) or _DENIED.search(re.sub(r"\$[^$]*\$", " ", sentence)):
            continue
        if circuit and odd != 0:
            out.append(Claim(r"\text{an Euler circuit}", rf"{odd} \text{{ odd degrees: }}" +
                             (r"\text{an Euler path, no circuit}" if odd == 2 else r"\text{no Euler path}"),
                             (f"{odd} vertices have odd degree; a circuit needs every degree even"
                              + (", so there is an Euler path from one odd vertex to the other" if odd == 2 else ""),
                              f"有 {odd} 个奇度顶点；欧拉回路要求每个顶点的度都是偶数"
                              + ("，所以只有从一个奇度顶点到另一个的欧拉路" if odd == 2 else ""))))
            break
        if trail and not circuit and odd > 2:
            out.append(Claim(r"\text{an Euler path}", rf"{odd} \text{{ odd degrees: no Euler path}}",
                             (f"{odd} vertices have odd degree; a path allows at most two", f"有 {odd} 个奇度顶点；欧拉路至多允许两个")))
            break
    return out


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

    from .odes import ode_system

    system = ode_system(info)
    if system is None or not system.second_order or len(system.states) != 2 or len(system.rows) != 1 or system.chosen:
        return []
    x, xd = (sp.Symbol(v) for v in system.states)
    T = sp.Symbol(system.indep)
    acc = system.exprs[1].subs({sp.Symbol(p): v for p, v in system.params.items()})
    name = system.states[0]
    out = []
    for row in rows:
        s = re.match(rf"^\s*{re.escape(name)}\s*(\(\s*([a-z])\s*\))?\s*=(.+)$", row)
        if not s:
            continue
        g = parse(split_top(s.group(3), "=")[0])
        if not isinstance(g, sp.Expr):
            continue
        g = normalize(g)
        free = g.free_symbols - {sp.Symbol(c) for c in _CONSTANTS}
        if x in g.free_symbols or len(free) != 1 or (s.group(2) and free != {sp.Symbol(s.group(2))}):
            continue  # y(x) = C_1 e^{3x} + ...: one variable, the rest constants
        t = next(iter(free))  # the author's variable (the equation alone may not say: y'' + 9y = 0)
        a = acc.subs(T, t)
        residual = sp.diff(g, t, 2) - a.subs({x: g, xd: sp.diff(g, t)})
        stated = f"{name}{s.group(1) or ''} = {s.group(3).strip()}"
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


_ROOT_WORDS = re.compile(r"\broots?\b|\bzeros?\b|根|零点", re.I)
_BRACKET = re.compile(r"^\s*(?:\\left)?\s*[\[(]\s*([^,\[\]()]+?)\s*,\s*(?:\\,|\\;|\\ )?\s*([^,\[\]()]+?)\s*(?:\\right)?\s*[\])]\s*$")


def _root_brackets(info: MathInfo, rows: list[str]) -> list[Claim]:  # reads sentences, not rows
    """"So the root lies in $[2.5, 3]$" (根在区间 ... 内), said of the block's one function f (its one definition
    ``f(x) = ...``): false when f changes sign nowhere in the interval and comes nowhere near 0 there (sampled at
    2001 points, so a double root or a pole is never called).  The sentence must write exactly one interval."""
    import numpy as np
    import sympy as sp

    defined = _definitions(rows)
    if len(defined) != 1:
        return []
    fname, (var, expr) = next(iter(defined.items()))
    f = sp.lambdify(sp.Symbol(var), expr, "numpy")
    out = []
    for sentence in re.split(r"(?<=[.!?。！？；;])\s+|(?<=[。！？；])", info.concept):
        prose = re.sub(r"\$+[^$]*\$+", " ", sentence)
        if not _ROOT_WORDS.search(prose) or re.search(_DENIED_ROOT, prose):
            continue
        brackets = [m for m in (_BRACKET.match(single_line(t)) for t in re.findall(r"\$+([^$]+)\$+", sentence)) if m]
        if len(brackets) != 1:
            continue
        a, b = (_value(brackets[0].group(k)) for k in (1, 2))
        if not (isinstance(a, tuple) and isinstance(b, tuple)) or not a[1] < b[1]:
            continue
        xs = np.linspace(a[1], b[1], 2001)
        with np.errstate(all="ignore"):
            ys = np.asarray(f(xs), dtype=float) * np.ones_like(xs)
        if not np.all(np.isfinite(ys)) or np.any(np.sign(ys[:-1]) != np.sign(ys[1:])):
            continue
        if np.min(np.abs(ys)) < 1e-3 * max(1.0, float(np.max(np.abs(ys)))):
            continue  # it touches 0 there (a double root): not decided by signs
        interval = brackets[0].group(0).strip()
        ends = [f"{fname}({brackets[0].group(k).strip()}) = {_say(_at(expr, sp.Symbol(var), e[0], brackets[0].group(k)))}"
                for k, e in ((1, a), (2, b))]
        out.append(Claim(f"\\text{{a root in }} {interval}", ",\\ ".join(ends),
                         (f"${fname}$ has the same sign all over ${interval}$: no root there",
                          f"${fname}$ 在 ${interval}$ 上处处同号：那里没有根")))
    return out


def _at(expr, var, at, written: str):
    """expr at ``at``, as a decimal when the author wrote the point as one (f(1.5) = -2.125, not -17/8)."""
    import sympy as sp

    value = sp.nsimplify(expr.subs(var, at))
    return float(value) if "." in written and not value.is_integer else value


_MOMENT = re.compile(r"^\s*(E|D|V|\\operatorname\{Var\}|\\mathrm\{Var\}|\\text\{Var\}|Var)\s*\(\s*([A-Z]|\\xi|\\eta)\s*\)\s*=(.+)$")
_AFFINE = re.compile(r"^\s*([A-Z]|\\xi|\\eta)\s*=\s*([^=]+)$")


def _linear_moments(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``Y = 3X - 2`` with ``E(X) = 4`` and ``D(X) = 2.4`` given: a stated ``E(Y)`` against ``3E(X) - 2`` and a stated
    ``D(Y)`` (or ``Var(Y)``) against ``3^2 D(X)`` (the slip ``D(Y) = 3D(X) - 2``).  X's moments are the last value of
    their rows (``E(X) = 10 \\times 0.4 = 4``)."""
    import sympy as sp

    moments: dict[tuple[str, str], tuple[str, list]] = {}  # (E or D, variable) -> (the author's name, steps)
    for row in rows:
        m = _MOMENT.match(row)
        if m:
            steps = [(p.strip(), _value(p)) for p in split_top(m.group(3), "=")]
            moments[("E" if m.group(1) == "E" else "D", m.group(2))] = (m.group(1), [(p, v[1]) for p, v in steps
                                                                                    if isinstance(v, tuple)])
    out = []
    for row in rows:
        a = _AFFINE.match(row)
        if not a:
            continue
        Y = a.group(1)
        expr = parse(a.group(2))
        if not isinstance(expr, sp.Expr) or len(expr.free_symbols) != 1:
            continue
        X = next(iter(expr.free_symbols))
        poly = sp.Poly(expr, X)
        if poly.degree() != 1:
            continue
        slope, shift = poly.all_coeffs()
        for kind in ("E", "D"):
            given, stated = moments.get((kind, str(X))), moments.get((kind, Y))
            if not given or not given[1] or not stated:
                continue
            true = float(slope * given[1][-1][1] + shift if kind == "E" else slope**2 * given[1][-1][1])
            wrong = next((p for p, v in stated[1] if _differs(p, v, true)), None)
            if wrong is None:
                continue
            name = stated[0]
            a_tex = _say(slope) if slope >= 0 else f"({_say(slope)})"
            rule = (f"{name}({Y}) = {a_tex}\\,{name}({X}) {'+' if shift >= 0 else '-'} {_say(abs(shift))}" if kind == "E"
                    else f"{name}({Y}) = {a_tex}^2\\,{name}({X})")
            decimal = "." in given[1][-1][0]
            out.append(Claim(f"{name}({Y}) = {wrong}", f"{rule} = {f'{true:g}' if decimal else _say(sp.nsimplify(true))}",
                             (f"for ${Y} = {a.group(2).strip()}$, ${rule}$", f"对 ${Y} = {a.group(2).strip()}$，${rule}$")))
    return out


_STATED_MOMENT = re.compile(r"^\s*(?P<name>E|D|V|\\operatorname\{Var\}|\\mathrm\{Var\}|\\text\{Var\}|Var|\\sigma|\\sqrt\{D)"
                            r"\s*\(\s*(?P<var>[^()]+?)\s*\)\s*\}?\s*=(?P<rest>.+)$")


def _off(stated_tex: str, stated, true) -> bool:
    """An exact table's value stated wrongly: a written decimal off by more than half its last place (0.49 may be 0.5,
    1.2 may not be 1.1), anything else not equal to it."""
    places = _literal_places(stated_tex)
    if places is not None:
        return abs(float(stated) - float(true)) > 0.5 * 10 ** -places * 1.01
    return abs(float(stated) - float(true)) > 1e-12 * max(1.0, abs(float(true)))


def _pmf_statements(info: MathInfo, rows: list[str]) -> list[Claim]:
    """The block's one distribution table (:func:`.pmf.read`): false when its probabilities do not add up to 1; else
    each closed step of a stated ``P(X = k)``, ``E(X)``, ``D(X)`` (``Var``, ``V``) or ``\\sigma(X)`` / ``\\sqrt{D(X)}``
    against the exact value (``E(X) = 0 \\cdot 0.2 + 1 \\cdot 0.5 = 0.6``: the last step is checked too)."""
    from . import pmf as pmfs

    found = pmfs.read(info)
    if found is None:
        return []
    X, dec = found.variable, found.decimal
    if not found.proper:
        shown = " + ".join(pmfs.show(p, dec) for p in found.probs)
        return [Claim(f"\\sum_k P({X} = k) = 1", f"{shown} = {pmfs.show(found.total, dec)}",
                      (f"the table's probabilities add up to ${pmfs.show(found.total, dec)}$: it is no distribution of ${X}$",
                       f"分布列中的概率之和为 ${pmfs.show(found.total, dec)}$：它不是 ${X}$ 的分布列"))]
    truth = {"E": found.mean, "D": found.variance, "sigma": found.sd}
    by_k = dict(zip(found.values, found.probs))
    out = []
    for var, k, parts in pmfs.statements(info):
        if var != X or not re.fullmatch(r"-?\d+", k):
            continue
        true = by_k.get(int(k), 0)
        wrong = next((p for p in parts if (v := pmfs.exact(p)) is not None and v.is_number and _off(p, v, true)), None)
        if wrong is not None:
            out.append(Claim(f"P({X} = {k}) = {wrong}", f"P({X} = {k}) = {pmfs.show(true, dec)}",
                             (f"from the block's distribution, $P({X} = {k}) = {pmfs.show(true, dec)}$",
                              f"由题中的分布，$P({X} = {k}) = {pmfs.show(true, dec)}$")))
    for row in rows:
        m = _STATED_MOMENT.match(row)
        if not m or m["var"].strip() != X:
            continue
        kind = "E" if m["name"] == "E" else "sigma" if "sigma" in m["name"] or "sqrt" in m["name"] else "D"
        true = truth[kind]
        name = {"E": "E", "D": m["name"], "sigma": "\\sigma"}[kind]
        for part in (p.strip() for p in split_top(m["rest"], "=")):
            v = pmfs.exact(part)
            if v is None or not v.is_number:
                continue
            if _off(part, v, true):
                said = pmfs.show(true, dec) if true.is_Rational else f"{_say(true)} \\approx {float(true):.4g}"
                out.append(Claim(f"{name}({X}) = {part}", f"{name}({X}) = {said}",
                                 (f"from the block's distribution, ${name}({X}) = {said}$",
                                  f"由题中的分布列，${name}({X}) = {said}$")))
                break
    return out


def _expansions(info: MathInfo, rows: list[str]) -> list[Claim]:
    """A polynomial in one letter written factored on one side of ``=`` and expanded on the other (or factored again),
    ``x^3 - 5x^2 + 9x - 5 = (x - 1)(x^2 + 4x + 5)``: false when the two differ.  An equation to solve is not read as
    one: both sides must have the same degree (at least 2) and leading coefficient, and one side must be a product or
    a power, so ``x^2 + 2x = 3x + 2`` or ``(x - 1)^2 = 4`` state no identity."""
    import sympy as sp

    out = []
    for row in rows:
        if _NOT_ONE_VALUE.search(row):
            continue
        sides = split_top(row, "=")
        if len(sides) < 2:
            continue
        parsed = [parse(side) for side in sides]
        if not all(isinstance(e, sp.Expr) for e in parsed):
            continue
        parsed = [normalize(e) for e in parsed]
        if info.reading.complex_plane:  # (z - (2 + i)): i is the imaginary unit
            parsed = [e.subs(sp.Symbol("i"), sp.I) for e in parsed]
        letters = set().union(*(e.free_symbols for e in parsed))
        if len(letters) != 1:
            continue
        z = next(iter(letters))
        try:
            polys = [sp.Poly(sp.expand(e), z) for e in parsed]
        except sp.PolynomialError:
            continue
        for (ta, a, pa), (tb, b, pb) in zip(zip(sides, parsed, polys), list(zip(sides, parsed, polys))[1:]):
            if pa.degree() < 2 or pa.degree() != pb.degree() or sp.simplify(pa.LC() - pb.LC()) != 0:
                continue
            if not (isinstance(a, (sp.Mul, sp.Pow)) or isinstance(b, (sp.Mul, sp.Pow))):
                continue
            if sp.expand(a - b) == 0:
                continue
            truth = sp.expand(a) if isinstance(a, (sp.Mul, sp.Pow)) else sp.factor(a, extension=sp.I if a.has(sp.I) else None)
            out.append(Claim(f"{ta.strip()} = {tb.strip()}", f"{ta.strip()} = {sp.latex(truth)}",
                             (f"expanded, ${ta.strip()} = {sp.latex(sp.expand(a))}$", f"展开得 ${ta.strip()} = {sp.latex(sp.expand(a))}$")))
            break
    return out


_DENIED_ROOT = re.compile(r"\bno\b|\bnot\b|n't|cannot|没有|不在|无", re.I)


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
    t0, y0 = (_value(m.group(1)), _value(m.group(2))) if m else (None, None)
    if not (isinstance(t0, tuple) and isinstance(y0, tuple)):
        return []
    value = sp.diff(g, T, order)
    at = complex(sp.N(value.subs(T, t0[0]), 30))
    if abs(at.imag) > 1e-12 or abs(at.real - y0[1]) <= 1e-9 * max(1.0, abs(y0[1])):
        return []
    given = m.group(2).strip()
    said = f"{y}{chr(39) * order}({m.group(1).strip()}) = {_say(sp.simplify(value.subs(T, t0[0])))}"
    if order:
        return [Claim(stated, said, (f"it solves the equation, but ${said}$, not the initial slope ${given}$",
                                     f"它满足方程，但 ${said}$，不符合初始条件 ${y}'({m.group(1).strip()}) = {given}$"))]
    return [Claim(stated, said, (f"it solves the equation, but ${said}$, not the initial value ${given}$",
                                 f"它满足方程，但 ${said}$，不符合初始条件 ${given}$"))]


# -- the scene's last beat ---------------------------------------------------------------------------------

_ALREADY = re.compile(r"\bfalse\b|\bcontradict|不成立|错误|\\neq?\b|≠")


def _mentions(narration: str, claim: Claim) -> bool:
    """The narration writes the statement's right side or the true one (``y_2 = 1.21`` is said where ``1.21`` or
    ``1.22`` is; ``3^2 + 4^2 = 6^2`` where the left side's ``25`` is), up to spacing."""
    said = bare_tex(narration)
    sides = [bare_tex(split_top(t, "=")[-1] if "=" in t else t) for t in (claim.stated, claim.truth)]
    return any(side and re.search(rf"(?<![\d.]){re.escape(side)}(?![\d.])", said) for side in sides)


def coda(ctx) -> list[Claim]:
    """End ``ctx``'s scene with the block's false statements (at most three) that its narration has not already
    called false. Returns the claims shown ([] when none)."""
    from .storyboard import math_mob, text_mob

    w = ctx.w
    said = [n for n in w.narrations() if _ALREADY.search(n)]
    # a statement the family has already called false is not said twice; the others still are
    claims = [c for c in ctx.info.claims if not any(_mentions(n, c) for n in said)][:_MAX_SHOWN]
    if not claims:
        return []
    ctx.facts["false_claims"] = claims
    w.beat(ctx.L("What the block states, checked", "题中结论的检验"), ctx.L(
        " ".join(f"The block states ${c.stated}$; that is false: {c.why[0]}." for c in claims),
        "".join(f"题中写 ${c.stated}$，这不成立：{c.why[1]}。" for c in claims)))
    rows = []
    for i, c in enumerate(claims):
        rows.append(f"VGroup({text_mob(ctx.L('The block states', '题中写道'), 32)}, "
                    f"{math_mob(c.stated, 50, 'RED')}, {text_mob(ctx.L('In fact', '实际上'), 32)}, "
                    f"{math_mob(c.truth, 50, 'GREEN')}).arrange(DOWN, buff=0.2)")
    clear = w.snap(0.6 * w.pace)
    w.code("_keep = [m for m in [locals().get('title')] if m is not None]",
           "_gone = [m for m in self.mobjects if m not in _keep]",
           "if _gone:",
           f"    self.play(*[FadeOut(m) for m in _gone], run_time={clear})",
           f"checked = VGroup({', '.join(rows)}).arrange(DOWN, buff=0.45)")
    w.fit("checked", 12, 5.6)
    w.code("checked.move_to(DOWN * 0.3)")
    if w.three_d:
        w.code("self.add_fixed_in_frame_mobjects(checked)", "self.remove(checked)")
    w.t = round(w.t + clear, 2)
    w.play("FadeIn(checked, shift=UP * 0.2)", 1.0)
    for i in range(len(claims)):  # a cross beside the false statement, which stays readable
        w.code(f"cross_{i} = Cross(stroke_width=6).scale(0.2).next_to(checked[{i}][1], RIGHT, buff=0.3)")
        if w.three_d:
            w.code(f"self.add_fixed_in_frame_mobjects(cross_{i})", f"self.remove(cross_{i})")
        w.play(f"Create(cross_{i})", 0.6)
    w.wait(2.5)
    return claims
