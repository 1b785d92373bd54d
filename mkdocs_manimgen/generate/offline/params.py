"""A general formula with free parameters, read from a block: ``y = ax^2 + bx + c``, ``x(t) = A\\cos\\omega t``,
``F = k\\frac{q_1 q_2}{r^2}``.

The author left the parameters symbolic, so the scene may not fix them silently: it sweeps them
(a slider per parameter, the values read out on screen) from declared example values.  The reader
decides which letter is the variable (the one named on the left, ``x(t)``, else x, t, r, θ), which
letters are parameters, the values each slider visits (through a negative value only when the author
contrasts signs, ``a > 0``), and a window that holds every state of the sweep.  Nothing here raises:
a formula it cannot read gives ``None``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from .latex import MathInfo, same_tex, single_line, split_top
from .odes import _GREEK_RE, APPROACHES, tex_name, tex_pattern, varied
from .symbolic import DEGREE_MARK, evaluate, normalize, parse, to_numpy

# Letters read as the variable when the left side does not name one, in this order of preference.
VARIABLES = ("x", "t", "r", "theta", "s", "v")
# Letters that nearly always name a fixed physical constant: shown with their usual value, not swept.
CONSTANTS = {"g": 9.8}
# Variables that measure a time, a radius or a distance: their axis starts at 0.
NONNEGATIVE = ("t", "r", "s", "v", "omega", "nu")  # omega, nu: a (driving) frequency
MOST_SLIDERS = 3

_LHS = re.compile(r"\s*(?P<name>\\?[A-Za-z]+(?:_\{?\w+\}?)?)\s*(?:\(\s*(?P<var>\\?[A-Za-z]+)\s*\))?\s*")


@dataclass(frozen=True)
class Slider:
    """One free parameter: its sympy name, LaTeX, and the values the slider visits (the first is its start)."""

    name: str
    tex: str
    stops: tuple[float, ...]
    sign_asked: bool  # the author contrasts its sign (a > 0 vs a < 0): the sweep goes through negative values


@dataclass(frozen=True)
class ParamFamily:
    """``lhs = expr(var; parameters)``, with numpy code in ``x`` (the variable) and ``p0, p1, …`` (the parameters)."""

    row: str  # the author's formula, as written
    lhs_tex: str  # "y", "x(t)", "F"
    var: str  # the variable's sympy name ("x", "t", "r", "theta")
    var_tex: str
    expr: object  # sympy expression of the right side
    code: str  # numpy code in x, p0, p1, … (the variable renamed x)
    sliders: tuple[Slider, ...]  # the swept parameters, in the order of ``code``'s p0, p1, …
    fixed: dict  # parameters with a value: the author's, or a constant's usual value (shown as such)
    constants: tuple[str, ...]  # which of ``fixed`` are the usual constants (g = 9.8), not the author's
    domain: tuple[float, float]
    window: tuple[float, float]  # y range holding every state of the sweep
    scale_only: bool  # every parameter only scales the graph (F = k q1 q2 / r^2): no slider shows a shape
    power: float | None  # the exponent n when the formula is C·var^n (n ≠ 0, 1), for "doubling var"
    overall: tuple[str, ...] = ()  # sliders that multiply the whole formula (an amplitude): the window holds them

    def values(self, at: dict[str, float] | None = None) -> dict[str, float]:
        """Every parameter's value at the sliders' starts (or ``at``)."""
        out = {s.name: s.stops[0] for s in self.sliders}
        out.update(at or {})
        return out

    def evaluate(self, xs, values: dict[str, float]):
        """The family's values on ``xs`` with the sliders at ``values`` (design time, for windows and readouts)."""
        env = {"np": np, "__builtins__": {}}
        args = ", ".join(["x"] + [f"p{i}" for i in range(len(self.sliders))])
        fn = eval(f"lambda {args}: {self.code}", env)
        with np.errstate(all="ignore"):
            ys = fn(np.asarray(xs, dtype=float), *[values[s.name] for s in self.sliders])
        return np.broadcast_to(np.asarray(ys, dtype=float), np.shape(xs)).copy()


def tidy(tex: str) -> str:
    """What the parser misreads, written out: ``\\cos\\omega t`` is cos(ωt) (not cos(ω)·t), and a
    bracket after a fraction or bracket multiplies (``\\frac{1}{2}(9.8)t^2``)."""
    tex = re.sub(r"\\(sin|cos|tan)\s*(\\[A-Za-z]+|\d*[A-Za-z])\s*([A-Za-z])(?![A-Za-z(_^])",
                 lambda m: f"\\{m.group(1)}({m.group(2)} {m.group(3)})", tex)
    tex = re.sub(r"([})])\s*\(", r"\1 \\cdot (", tex)
    tex = re.sub(r"(?<![\\A-Za-z_^])([A-Za-z])\s*\((?![A-Za-z]\))", r"\1 \\cdot (", tex)  # a(x - h)^2, not f(x)
    return re.sub(r"\)\s*(?=[A-Za-z])", r") \\cdot ", tex)


def equations(info: MathInfo, min_letters: int = 0):
    """(row, left side as written, variable named on the left or None, right-hand side sympy expression) for each
    ``name = …`` / ``name(var) = …`` the block writes (rows split at commas, ``;`` and ``\\quad``); with
    ``min_letters``, only right-hand sides that write that many distinct letters (checked before parsing)."""
    import sympy as sp

    from .odes import rows_of

    for row in rows_of(info):
        parts = split_top(single_line(row), "=")
        if len(parts) != 2:
            continue
        m = _LHS.fullmatch(parts[0])
        if not m:
            continue
        # commands other than Greek letters carry no variable (\\frac, \\sin); \\theta counts as letters
        if min_letters and len(set(re.findall(r"[A-Za-z]", re.sub(rf"\\(?!(?:{_GREEK_RE})(?![A-Za-z]))[A-Za-z]+", " ", parts[1])))) < min_letters:
            continue
        if re.search(r"(?<![A-Za-z\\])[fgFG]\s*\(|\\(?:varphi|phi|psi)\s*\(", parts[1]):
            continue  # D(h) = (f(x+h) - f(x-h))/2h applies a function f: no letter to give a value (the grammar reads f·(x+h))
        expr = parse(tidy(parts[1].strip()))
        if not isinstance(expr, sp.Expr) or expr.has(sp.Integral, sp.Derivative, sp.Limit, sp.Sum):
            continue
        if expr.atoms(sp.core.function.AppliedUndef):
            continue
        yield row, parts[0].strip(), (m.group("var") or "").lstrip("\\") or None, normalize(expr)


def read_param_family(info: MathInfo) -> ParamFamily | None:
    """The block's first formula ``name = expr`` in one variable and 1-5 free parameters, or None."""
    for row, lhs, var, expr in equations(info, min_letters=2):  # a variable and a parameter at least
        found = _family(info, row, lhs, var, expr)
        if found is not None:
            return found
    return None


def given_values_put_in(info: MathInfo, expr, var: str):
    """``expr`` with the value the block gives each letter but ``var`` put in (``x^2 - b`` with ``b = 7`` written
    later: the author's substitution); None when a letter has no value (the formula stays general) or is i
    (the imaginary unit or an index, never a value to put in)."""
    import sympy as sp

    from .odes import number

    letters = sorted(str(s) for s in expr.free_symbols if str(s) != var)
    if "i" in letters:
        return None
    given = _given(info, letters)
    if len(given) < len(letters):
        return None
    return expr.subs({sp.Symbol(p): number(v) for p, v in given.items()})


def with_given_values(info: MathInfo, var: str = "x"):
    """The author's function of ``var`` stated in general, ``g(x) = x^2 - b`` (or ``y = …``), whose every other
    letter the block then gives a value (``b = 7``): (sympy expr with the author's values put in, numpy code,
    its LaTeX), or None. A letter left without a value leaves the function general (parameter_sweep's)."""
    import sympy as sp

    for row, lhs, named, expr in equations(info, min_letters=2):
        if named != var and not (named is None and lhs == "y"):
            continue
        if var not in {str(s) for s in expr.free_symbols}:
            continue
        body = given_values_put_in(info, expr, var)
        code = to_numpy(body, (var,)) if body is not None and body.free_symbols == {sp.Symbol(var)} else None
        if code:
            return body, code, sp.latex(body)
    return None


def other_coordinate(info: MathInfo, other: str, var: str) -> bool:
    """The block also writes the other coordinate as a function of ``var`` (``y = r(1 - \\cos t)``)."""
    return any(lhs.split("(")[0].strip() == other and var in {str(s) for s in expr.free_symbols}
               for _row, lhs, _named, expr in equations(info))


def _family(info: MathInfo, row: str, lhs: str, var: str | None, expr) -> ParamFamily | None:
    import sympy as sp

    name = re.sub(r"\\s*\(.*", "", lhs).lstrip("\\")
    names = sorted(str(s) for s in expr.free_symbols)
    if _balance(lhs, expr) or _worded(row):
        return None
    if lhs.strip() in ("x", "y", "z") and not {"x", "t", "theta", "r"} & set(names):
        return None  # x = 2u + v: a coordinate given by other variables (a change of variables, a map)
    if var is None:
        var = next((v for v in VARIABLES if v in names and v != name), None)
    if var is None or var not in names or var == name:
        return None
    if name in ("x", "y") and other_coordinate(info, "y" if name == "x" else "x", var):
        return None  # x = r(t - sin t) beside y = r(1 - cos t): one coordinate of a parametric curve, not a graph
    params = [n for n in names if n != var]
    if "i" in params:
        return None  # i is the imaginary unit (f(z) = (z - i)/(z + i)) or an index, never a real number to slide
    if {"x", "y"} <= set(names) and name not in ("x", "y"):
        return None  # z = f(x, y), f = x^2 + y^2: a function of two variables, not a family of graphs over a "parameter" y
    if not params or len(params) > 5 or any(not re.fullmatch(r"[A-Za-z]+(?:_\{\w+\})?", p) for p in params):
        return None
    given = _given(info, params)
    constants = {p: CONSTANTS[p] for p in params if p in CONSTANTS and p not in given}
    free = [p for p in params if p not in given and p not in constants]
    if not free or _fixed_elsewhere(info, row, lhs, var, expr, set(free)):
        return None
    if set(free) & _intermediate(info):
        return None  # R_2 = \frac{\sin c}{3!}x^3 "for some c between 0 and x": c is a point the theorem provides, no parameter
    if _ends_at_parameter(info, var, free):
        return None  # 0 <= y <= h, 0 < x < a: each member has its own domain, which one fixed window cannot show
    order = _appearance(row, free)
    sym = {p: sp.Symbol(p) for p in params}
    fixed = {**given, **constants}
    body = expr.subs({sym[p]: v for p, v in fixed.items()})
    x = sp.Symbol(var)
    scale_only = _scale_only(body, x, [sym[p] for p in free])
    power = _power(body.subs({sym[p]: 1 for p in free}), x)
    asked = _sign_asked(info, order)
    # parameters that only scale a power law are shown by doubling the variable, not by sliders (unless the
    # author contrasts one's sign: y = ax^2 opening up or down)
    said_to_vary = set(varied(info, free))  # "as $\\gamma$ decreases": only the letters the prose varies
    said = [p for p in order if p in said_to_vary]
    if said:
        swept = said[:MOST_SLIDERS]
        if any(_approaches(info, p, q) for p in swept for q in free if q != p):
            return None  # "as ω approaches ω₀": a sweep onto the other letter's pole, not a slider over fixed values
    else:
        swept = order[:MOST_SLIDERS] if not scale_only else [] if power is not None and not asked else order[:1]
    wave = body.has(sp.sin, sp.cos)
    starts = _starts(body, x, {p: sym[p] for p in order}, _domain(var, wave, info))
    # r > 0, 0 < P_0 < K: the sweep stays where the block says (a letter whose sign it contrasts is no bound)
    bounds = constraints(info, set(free) - set(asked))
    starts = _obeying(starts, bounds, fixed)
    held = {p: starts[p] for p in order if p not in swept}  # declared example values
    sliders = tuple(Slider(p, tex_name(p), _allowed(p, _stops(starts[p], p in asked), starts, fixed, bounds), p in asked)
                    for p in swept)
    rename = {x: sp.Symbol("x"), **{sym[p]: sp.Symbol(f"p{i}") for i, p in enumerate(swept)}}
    code = to_numpy(body.subs({sym[p]: v for p, v in held.items()}).subs(rename),
                    ("x", *[f"p{i}" for i in range(len(swept))]))
    if code is None:
        return None
    fixed.update(held)
    domain = _domain(var, wave, info)
    family = ParamFamily(row, lhs, var, sp.latex(x), expr, code, sliders, fixed, tuple(constants), domain,
                         (0.0, 1.0), scale_only, power, _overall(body, x, [sym[p] for p in swept]))
    window = _window(family)
    if window is None:
        return None
    return ParamFamily(**{**family.__dict__, "window": window})


_SOME = re.compile(r"(?:for\s+some|some(?:\s+(?:point|number|value))?|an?\s+(?:unknown\s+)?(?:point|number))\s+\$\s*(\\?[A-Za-z]+)\s*\$|"
                   r"\$\s*(\\?[A-Za-z]+)\s*\$\s*(?:介于|在[^。；，,]{0,20}之间)", re.I)


def _intermediate(info: MathInfo) -> set[str]:
    """The letters the prose calls a point some theorem provides ("for some $c$ between 0 and x", "$\\xi$ 介于 0 与 x
    之间"): the mean-value point of a remainder, never a value to slide."""
    return {(m.group(1) or m.group(2)).lstrip("\\") for m in _SOME.finditer(info.concept)}


def _balance(lhs: str, expr) -> bool:
    """``mgh = \\frac12 mv^2``, ``qvB = m\\frac{v^2}{r}``: a left side of several lower-case letters is a product,
    and one whose letters appear on the right is a balance of two expressions, not a quantity defined by a formula
    (a graph of "mgh" against v says nothing).  ``KE``, ``SSE``, ``u_C``, ``\\omega`` are names."""
    bare = re.sub(r"\\[A-Za-z]+|_\{?\w+\}?|\(.*", "", lhs).strip()
    if len(bare) > 1 and not bare.isupper():
        return True
    letters = set(bare) if len(bare) > 1 else set()
    return bool(letters & {str(s) for s in expr.free_symbols})


def _worded(row: str) -> bool:
    """A right side that is a word, ``\\rho = \\text{const}``: a statement about a coordinate, no formula."""
    rhs = split_top(single_line(row), "=")[-1]
    rhs = re.sub(r"\\(?:mathrm|operatorname|mathbf|boldsymbol)\s*\{[^{}]*\}|\\[A-Za-z]+", " ", rhs)
    return bool(re.search(r"[A-Za-z]{4,}", rhs))


def _fixed_elsewhere(info: MathInfo, row: str, lhs: str, var: str, expr, free: set[str]) -> bool:
    """The block fixes the letters the sweep would choose, in a way the value reader does not take: a combination
    given a value (``F_0/m = 19``), a value written with ln, √ or π (``k = \\frac{1}{20}\\ln\\frac32``), an
    equation in one of them the block solves (``\\frac{40}{60} = e^{-20k}``), or the formula written again with
    numbers (``x = -2 + 3t`` after ``x = x_0 + \\frac{b}{d}t``).  A sweep from declared example values would then
    contradict the block."""
    import sympy as sp

    from .odes import _given, rows_of

    if free & {"omega"} and _given(info, ["T"]) and re.search(r"period|周期", info.concept, re.I):
        return True  # a period T = 2 s fixes ω = 2π/T (the nineteenth's oscillator swept at ω = 1)
    if any(re.search(rf"(?:确定|求出?|写出|\bfind\b|\bdetermine\b|\bwork\s+out\b)[^。.;；]{{0,16}}?\$?\s*{tex_pattern(p)}(?![A-Za-z])",
                     info.concept, re.I) for p in free):
        return True  # "确定初相 φ", "find φ": a letter the block goes on to find is not ours to slide
    for block in info.blocks:  # c \approx 52.4\ \mathrm{m/s}: the block's own (rounded) value of the letter
        approx = re.match(r"^\s*(\\?[A-Za-z]+(?:_\{?\w+\}?)?)\s*(?:\\approx|≈)\s*-?\d", single_line(block))
        if approx and approx.group(1).lstrip("\\") in free:
            return True
    for other in rows_of(info):
        if other == row:
            continue
        sides = split_top(single_line(other), "=")
        if len(sides) != 2:
            continue
        # k = \frac{1}{20}\ln\frac32 \approx 0.0203: the exact side is the value
        left, right = (parse(tidy(re.split(r"\\approx|≈", side)[0].strip())) for side in sides)
        if not (isinstance(left, sp.Expr) and isinstance(right, sp.Expr)):
            continue
        left, right = normalize(left), normalize(right)
        lnames, rnames = ({str(s) for s in e.free_symbols} for e in (left, right))
        if isinstance(left, sp.Symbol) and str(left) in free and rnames and str(left) not in rnames \
                and rnames <= set(_given(info, sorted(rnames))):
            return True  # c = \sqrt{mg/k} with m, g and k given: c is the block's number, not a letter to slide
        if not rnames and lnames and lnames <= free | {var} and len(lnames & free) >= 1 and \
                (len(lnames) > 1 or not isinstance(left, sp.Symbol) or right.has(sp.log, sp.exp, sp.sqrt, sp.pi)
                 or right.atoms(sp.Function)):
            return True  # F_0/m = 19, or k = \frac{1}{20}\ln\frac32 (a value the number reader does not take)
        if len((lnames | rnames) & free) == 1 and (lnames | rnames) <= free:
            return True  # \frac{40}{60} = e^{-20k}: an equation the block solves for k
        if same_tex(sides[0], lhs) and rnames <= {var} and var in rnames and _member(expr, right, var, free):
            return True  # x = -2 + 3t: the author's own instance (a stated locus y = x - 2x^2 is no member)
    return False


def _member(expr, instance, var: str, free: set[str]) -> bool:
    """Some values of the ``free`` letters make ``expr`` the ``instance`` (checked at len(free) + 2 points).  Only a
    gap linear in those letters is solved (sympy's solve of A sin(ωx + φ) = 2 sin(2x + π/3) can run for minutes);
    any other counts as a member, so the sweep is refused: precision before recall."""
    import sympy as sp

    x = sp.Symbol(var)
    unknowns = [sp.Symbol(p) for p in sorted(free)]
    gap = sp.expand(expr - instance)
    try:
        points = [gap.subs(x, sp.Rational(k, 3)) for k in range(1, len(unknowns) + 3)]
        if not all(sp.Poly(p, *unknowns).total_degree() <= 1 for p in points if p.free_symbols):
            return True
        return bool(sp.linsolve(points, unknowns))
    except (sp.PolynomialError, NotImplementedError, TypeError, ValueError):
        return True


def _given(info: MathInfo, params: list[str]) -> dict[str, float]:
    from .odes import _given as odes_given  # one reading of "\\omega = 2", "q_1 = 3", "\\beta = 8/3"

    return odes_given(info, params)


def _appearance(row: str, names: list[str]) -> list[str]:
    """``names`` in the order their LaTeX first appears in the author's row (a, b, c of ax^2 + bx + c)."""
    def where(n):
        tex = tex_name(n)
        i = row.find(tex if tex.startswith("\\") else re.sub(r"[{}]", "", tex))
        return i if i >= 0 else len(row)

    return sorted(names, key=lambda n: (where(n), n))


def _scale_only(body, x, syms) -> bool:
    """Every parameter only multiplies the graph: body / body(all parameters 1) does not depend on x."""
    import sympy as sp

    try:
        ratio = sp.simplify(body / body.subs({s: 1 for s in syms}))
        return x not in ratio.free_symbols
    except Exception:
        return False


def _overall(body, x, syms) -> tuple[str, ...]:
    """The parameters that multiply the whole formula (an amplitude A, a scale N_0)."""
    import sympy as sp

    out = []
    for s in syms:
        try:
            if x not in sp.simplify(body / body.subs(s, 1)).free_symbols:
                out.append(str(s))
        except Exception:
            continue
    return tuple(out)


def _approaches(info: MathInfo, name: str, other: str) -> bool:
    """Whether the prose sends one letter towards another: "as $\\omega$ approaches $\\omega_0$",
    "$\\omega \\to \\omega_0$", "当 $\\omega$ 趋近于 $\\omega_0$"."""
    a, b = tex_pattern(name), tex_pattern(other)
    return bool(re.search(rf"\$\s*{a}\s*\$[^.;。；$]{{0,12}}?(?:{APPROACHES})[^.;。；$]{{0,40}}\$\s*{b}\s*\$|"
                          rf"\$\s*{a}\s*\\to\s*{b}\s*\$", info.concept, re.I))


def _starts(body, x, syms: dict, domain: tuple[float, float]) -> dict[str, float]:
    """Each parameter's example start: 1, except that the last ones (in the author's order) are 0 while the
    graph, without them, is still finite and not constant on the domain (a = 1, b = c = 0 for
    ax^2 + bx + c; A = ω = 1 for A cos ωt; a = 1, not 0, for a^x)."""
    import sympy as sp

    starts = {p: 1.0 for p in syms}
    xs = np.linspace(*domain, 61)
    for p in reversed(list(syms)):
        if _rate(body, x, syms[p]):
            continue
        trial = body.subs({syms[q]: (0 if q == p else v) for q, v in starts.items()})
        code = to_numpy(trial.subs(x, sp.Symbol("x")), ("x",))
        ys = evaluate(code, "x", xs) if code else None
        if ys is not None and np.isfinite(ys).all() and np.ptp(ys) > 1e-9 and not _pole(trial, x, domain):
            starts[p] = 0.0
    return starts


def _pole(expr, x, domain: tuple[float, float]) -> bool:
    """Whether ``expr``'s denominator vanishes somewhere on ``domain`` (γ = 0 in a resonance curve puts a pole at
    ω₀ that 61 samples step over): checked on a fine grid, a sign change or a value near 0 counts."""
    import sympy as sp

    try:
        den = sp.denom(sp.together(expr))
    except Exception:
        return False
    if x not in den.free_symbols:
        return False
    code = to_numpy(den.subs(x, sp.Symbol("x")), ("x",))
    vals = evaluate(code, "x", np.linspace(*domain, 2001)) if code else None
    if vals is None:
        return False
    vals = np.broadcast_to(np.asarray(vals, dtype=float), (2001,))
    size = np.nanmax(np.abs(vals)) if np.isfinite(vals).any() else 0.0
    return bool(np.nanmin(np.abs(vals)) <= 1e-3 * size or np.any(np.sign(vals[:-1]) * np.sign(vals[1:]) < 0))


def _rate(body, x, p) -> bool:
    """``p`` multiplies the variable inside a function or an exponent (ωt in cos ωt, bt in e^{-bt})."""
    import sympy as sp

    inner = [a for f in body.atoms(sp.Function) for a in f.args] + [w.exp for w in body.atoms(sp.Pow)]
    return any(p in term.free_symbols and x in term.free_symbols
               for arg in inner for term in sp.Add.make_args(sp.expand(arg)))


def _stops(start: float, sign: bool) -> tuple[float, ...]:
    """The values a slider visits: a factor grows, shrinks, (turns negative when the author contrasts the
    sign,) and comes back; a shift moves up, down and back."""
    if start == 0:
        return (0.0, 2.0, -2.0, 0.0)
    factors = (1.0, 3.0, 0.5, -1.0, -3.0, 1.0) if sign else (1.0, 3.0, 0.5, 1.0)
    return tuple(start * f for f in factors)  # from its start (K = 2 when the block asks P_0 < K)


def _sign_asked(info: MathInfo, names: list[str]) -> set[str]:
    """Parameters whose sign the author contrasts: ``a > 0`` and ``a < 0`` both, or ``|a|``, written in the block, or
    words like opens downward / 开口向下 with the first parameter (``r > 0`` alone bounds r: :func:`constraints`)."""
    tex = " ".join(single_line(b) for b in info.blocks)
    out = set()
    for n in names:
        t = re.escape(tex_name(n))
        above = re.search(rf"(?<![A-Za-z\\]){t}\s*(?:>|\\gt|\\ge|\\geq|\\geqslant)\s*0|0\s*(?:<|\\lt|\\le|\\leq|\\leqslant)\s*{t}(?![A-Za-z])", tex)
        below = re.search(rf"(?<![A-Za-z\\]){t}\s*(?:<|\\lt|\\le|\\leq|\\leqslant)\s*0|0\s*(?:>|\\gt|\\ge|\\geq|\\geqslant)\s*{t}(?![A-Za-z])", tex)
        if (above and below) or re.search(rf"\|\s*{t}\s*\|", tex):  # r > 0 alone is a bound, not a contrast
            out.add(n)
    if names and re.search(r"opens?\s+(?:up|down)|negative|开口向[上下]|为负|小于\s*0", info.prose, re.I):
        out.add(names[0])
    return out


def _ends_at_parameter(info: MathInfo, var: str, free: list[str]) -> bool:
    """The block bounds the variable by one of the letters the sweep would slide: ``0 \\le y \\le h``, ``0 < x < a``,
    "as $y$ moves from $0$ to $h$", "x 从 0 到 a", or names its end in them (``t_s = v_0/b``, the stopping time)."""
    v = re.escape(tex_name(var))
    flat = " ; ".join(single_line(b) for b in info.blocks)
    # t_s = \frac{v_0}{b}: a named end of the variable (its stopping time) written in the swept letters
    for m in re.finditer(rf"(?<![A-Za-z\\]){v}_\{{?(?:s|e|f|end|stop|max|\\text\{{[^{{}}]*\}})\}}?\s*=\s*([^=,;]+)", flat):
        end = parse(m.group(1))
        names = {str(s) for s in normalize(end).free_symbols} if end is not None and hasattr(end, "free_symbols") else set()
        if names and names <= set(free) | {"g"}:
            return True
    for p in free:
        q = re.escape(tex_name(p))
        if re.search(rf"(?<![A-Za-z\\]){v}\s*(?:<|\\leq?|\\leqslant)\s*{q}(?![A-Za-z])", flat):
            return True
        if re.search(rf"\${v}\$[^$.;。；]{{0,30}}?(?:from|从)\s*\$[^$]{{1,12}}\$\s*(?:to|到|至)\s*\${q}\$", info.concept):
            return True
    return False


def _domain(var: str, wave: bool, info: MathInfo | None = None) -> tuple[float, float]:
    """Where the variable runs: from 0 for a time, a radius or a distance; two periods for a wave;
    an angle the block gives in degrees (a launch at 45°, 30° and 60°) from 0 to a right angle, or
    to the largest angle it names (a physical angle, not a phase: no negative or wrapped angles)."""
    degrees = [float(d) for d in re.findall(r"(\d+(?:\.\d+)?)" + DEGREE_MARK, info.concept)] if info else []
    if var == "theta" and degrees and max(degrees) <= 360:
        return (0.0, math.radians(max(90.0, max(degrees))))
    if var in NONNEGATIVE or var == "theta" and not wave:
        return (0.0, 12.566 if wave else 4.0)
    return (-6.283, 6.283) if wave else (-4.0, 4.0)


def _window(family: ParamFamily) -> tuple[float, float] | None:
    """A y range that holds the sweep's states (poles tamed by percentiles), round bounds, 0 included."""
    from .templates.common import nice_step

    a, b = family.domain
    if family.power is not None and family.power < 0:  # a pole at 0: the window starts an eighth of the way out
        a = a + (b - a) / 8
    xs = np.linspace(a, b, 241)
    # the start, each shift at its stops, and the start turned over when the author contrasts signs; the
    # other states (a factor of 3) may leave the frame, as a narrowing parabola does
    stops = [family.values()] + [family.values({s.name: v}) for s in family.sliders if s.stops[0] == 0 for v in s.stops]
    stops += [family.values({s.name: -s.stops[0]}) for s in family.sliders if s.sign_asked]
    stops += [family.values({s.name: v}) for s in family.sliders if s.name in family.overall for v in s.stops]
    values = np.concatenate([family.evaluate(xs, v) for v in stops])
    good = values[np.isfinite(values)]
    if good.size < 0.5 * values.size:
        return None
    lo, hi = np.percentile(good, [1, 99])
    lo, hi = min(lo, 0.0), max(hi, 0.0)
    if hi - lo < 1e-9:
        lo, hi = lo - 1, hi + 1
    pad = 0.08 * (hi - lo)
    step = nice_step(hi - lo + 2 * pad)
    return float(np.floor((lo - pad) / step) * step), float(np.ceil((hi + pad) / step) * step)


def _power(body, x) -> float | None:
    """n when ``body`` is C·x^n with n ≠ 0, 1 (the inverse square law's -2), else None."""
    import sympy as sp

    try:
        ratio = sp.simplify(body.subs(x, 2 * x) / body)
        if ratio.free_symbols or not ratio.is_number:
            return None
        n = float(sp.log(ratio, 2))
        return n if abs(n) > 1e-9 and abs(n - 1) > 1e-9 and abs(n - round(n * 2) / 2) < 1e-9 else None
    except Exception:
        return None


_REL = r"(<|>|\\lt|\\gt|\\leq?|\\geq?|\\leqslant|\\geqslant)"


def constraints(info: MathInfo, names: set[str]) -> list[tuple[object, str, object]]:
    """The inequalities the block writes between its parameters and numbers (``r > 0``, ``0 < P_0 < K``,
    ``K \\ge 1``), as (left, "<" or ">", right) sympy pairs, a chain giving each link; others are skipped."""
    import sympy as sp

    out = []
    for block in info.blocks:
        for piece in re.split(r",|;|\\quad|\\qquad|\\text\{[^{}]*\}", single_line(block)):
            parts = re.split(_REL, piece)
            if len(parts) < 3:
                continue
            terms = [parse(t.strip()) if t.strip() else None for t in parts[0::2]]
            for left, op, right in zip(terms, parts[1::2], terms[1:]):
                if not all(isinstance(e, sp.Expr) for e in (left, right)):
                    continue
                if not {str(s) for s in (left.free_symbols | right.free_symbols)} <= names:
                    continue
                out.append((left, "<" if ("l" in op or "<" in op) else ">", right))
    return out


def _holds(bounds, values: dict[str, float]) -> bool:
    import sympy as sp

    subs = {sp.Symbol(k): v for k, v in values.items()}
    try:
        return all((float(l.subs(subs)) < float(r.subs(subs))) if op == "<" else (float(l.subs(subs)) > float(r.subs(subs)))
                   for l, op, r in bounds)
    except (TypeError, ValueError):
        return True  # a bound we cannot evaluate constrains nothing we can check


_TRIES = (1.0, 2.0, 0.5, 3.0, 0.25, 5.0, 10.0)


def _obeying(starts: dict[str, float], bounds, fixed: dict[str, float]) -> dict[str, float]:
    """``starts``, or the nearest example values (from :data:`_TRIES`, the fewest changed) that satisfy the block's
    bounds: logistic growth's ``0 < P_0 < K`` starts at P_0 = 1, K = 2, not at the flat P_0 = K = 1."""
    import itertools

    if not bounds or _holds(bounds, {**starts, **fixed}):
        return starts
    names = sorted({str(s) for l, _, r in bounds for s in (l.free_symbols | r.free_symbols)} & set(starts))
    for changed in range(1, min(len(names), 2) + 1):  # one or two values changed: a few hundred trials at most
        for who in itertools.combinations(names, changed):
            for values in itertools.product(_TRIES, repeat=changed):
                trial = {**starts, **dict(zip(who, values))}
                if _holds(bounds, {**trial, **fixed}):
                    return trial
    return starts


def _allowed(name: str, stops: tuple[float, ...], starts: dict[str, float], fixed: dict[str, float], bounds) -> tuple[float, ...]:
    """The slider's stops that keep the block's bounds with the other parameters at their starts."""
    kept = tuple(v for v in stops if _holds(bounds, {**starts, **fixed, name: v}))
    return kept if len(kept) > 1 else stops[:1]
