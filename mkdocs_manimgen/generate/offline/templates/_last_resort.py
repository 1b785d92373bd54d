"""What the generic equation slide can still draw: ``y = f(x)`` with the other letters set to
values the scene shows ("with A = 1, ω = 2"); an equation in one unknown of degree 1 or 2, solved;
two linear equations in two unknowns, as two lines and their crossing."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from ..latex import MathInfo, bare_name, single_line, split_rows, split_top
from ..given import lower_bound
from ..params import other_coordinate
from ..symbolic import evaluate, normalize, parse, strip_units, to_numpy
from ..symbolic import number as value_of
from ..odes import ChosenValues, _given_in, tex_name, number, parameter_values, several_values

# The letter most likely to be the variable, first; the others are parameters.
_VARIABLES = ("x", "t", "r", "theta", "v", "n", "T", "s")
_CHOSEN = {"omega": 2.0, "k": 1.0, "g": 9.8, "pi": math.pi}
_NATURAL = ("g", "pi")  # values every reader knows: choosing them invents nothing
_NONNEGATIVE = ("r", "t", "T", "n", "s", "v", "theta")  # a radius, a time, a count, a speed: never below 0
_CONSTANTS = ("g", "c", "G", "h", "e")  # never the horizontal axis


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
        if "," in lhs:
            continue  # f(x, y): a function of two variables is no curve
        if value_of(re.sub(r"\^\s*\{?\s*\\circ\s*\}?|°", "", parts[1])) is not None:
            continue  # T_0 = 90^\circ\mathrm{C} gives a value with its unit: no function of "C"
        expr = parse(strip_units(parts[1]))
        if expr is None or isinstance(expr, sp.Symbol):
            continue  # n = k names one letter by another (an induction step): nothing to plot
        if not isinstance(expr, sp.Expr):
            continue  # f(c) = 2 - ac > 0 states an inequality: plotted it was a step (true/false) against a
        try:
            expr = normalize(expr)
            names = sorted(str(s.name) for s in expr.free_symbols)
        except Exception:
            continue
        if info.reading.complex_plane and ({"i", "z", "w"} & set(names)):
            continue  # a map of the complex plane (f(z) = (z - i)/(z + i)) has no real graph against z or i
        var = next((v for v in _VARIABLES if v in names), None)
        if var is None and names and not any(re.search(r"(?<![A-Za-z\\])[xt](?![A-Za-z])", b) for b in info.blocks):
            var = names[0]  # T = 2π√(L/g) alone: the one letter that can vary
        if var is None or len(names) > 4 or "{" in var or var in _CONSTANTS:
            continue  # N = L/2 beside N(t): against L, a parameter of the block's curve in t (the eighteenth's #1)
        if _letter_e(info) and re.search(r"(?<![A-Za-z\\])e(?![A-Za-z^])", block):
            continue  # v - e + f = 2 with "$e$ edges", e = l/2 (an extension): e is the block's letter, not Euler's number
        if _substitution(info, block, lhs):
            continue  # "with $T = \\tan\\theta$", "put $v = y^{-1}$": a new letter for the working, not a curve asked for
        if lhs.strip() in ("x", "y", "z", "t") and not {"x", "t"} & set(names):
            continue  # x = 5l/8, "from z = -a to z = a": a coordinate's value in the block's constants, not a function of one
        if lhs.strip() in ("x", "y") and var != "x" and other_coordinate(info, "y" if lhs.strip() == "x" else "x", var):
            continue  # x = a cos t beside y = b sin t: one coordinate of a parametric curve, not a graph against t
        if var == "s" and re.search(_TRANSFORM, info.concept, re.I):
            continue  # Y(s) of a Laplace transform: the s-domain is not the motion the block asks about
        if _given_in(" ; ".join(info.blocks), var) is not None:
            continue  # the block gives the letter a value (a = 3 cm): it is no variable to sweep (s = (a+b+c)/2 over a)
        params = [n for n in names if n != var]
        if any(several_values(" ; ".join(info.blocks), p) for p in params):
            continue  # k = 1, k = 1/2 and k = 2/5 compared (or h = -1 and h = 4 as special cases): no one curve is the block's
        given = {p: v for p in params for v in [_given_in(" ; ".join(info.blocks), p)] if v is not None}
        values, chosen = parameter_values(params, given, _CHOSEN)
        if any(p not in _NATURAL for p in chosen):
            continue  # a curve for a value the author never gave is the designer's, not theirs (issue 23, item 5)
        f = expr.subs({sp.Symbol(p): number(v) for p, v in values.items()}).subs(sp.Symbol(var), sp.Symbol("x"))
        if not re.fullmatch(r"y|[fgh]\s*\(\s*[xt]\s*\)", lhs.strip()) and f.is_polynomial(sp.Symbol("x")) and sp.degree(f, sp.Symbol("x")) <= 1:
            continue  # b = -(2 + r), v = v_0 - gt: a linear relation between two quantities is a step, not a curve to draw
        code = to_numpy(f, ("x",))
        if code is None or "x" not in code:
            continue
        if polar(lhs, var):
            continue  # r = 2 sin(theta) is a polar curve, not a graph of r against theta
        stated = _stated_window(info, var)
        if stated is None and any(v != 0 and not 1e-4 <= abs(float(v)) < 1e6 for v in given.values()):
            continue  # M = 6.0 × 10^{24} kg: the variable's scale is the block's, and a window of our own would be a guess
        window = stated or (_LAUNCH_WINDOW if var == "theta" and re.search(_LAUNCH, info.prose, re.I)
                            else _window(code, _start(info, var)))
        if window is None:
            continue
        return Plot(code, tex_name(var), lhs, single_line(block), chosen, window)
    return None


def polar(lhs: str, var: str) -> bool:
    """``r = f(θ)`` (or ``ρ(θ) = …``): a polar curve, which no graph of r against θ shows (a spiral is no line)."""
    return var in ("theta", "varphi", "phi") and bool(re.fullmatch(r"(?:r|\\rho)(?:\s*\([^()]*\))?", lhs.strip()))


# A launch angle or a slope's angle runs from level to straight up, never past it.
_LAUNCH = (r"launch|projectile|angles? of (?:elevation|projection)|thrown|kicked|\bincline|inclined|\bslope\b|\bramp\b|"
           r"抛|仰角|发射角|投射角|斜面|倾角|坡")
_LAUNCH_WINDOW = (0.0, math.pi / 2)
_TRANSFORM = r"laplace|拉普拉斯|拉氏变换"


_SUBSTITUTED = re.compile(r"(?:\bput|\bputting|\bwith|\bset|\bsetting|\bsubstitut\w*|\bwriting|令|设|换元|记)\s*\$+\s*$", re.I)


def _substitution(info: MathInfo, block: str, lhs: str) -> bool:
    """The block introduces ``lhs`` (one letter, not y) as a substitution: the words before the formula say so."""
    if not re.fullmatch(r"[A-Za-xzA-Z]|\\[A-Za-z]+", lhs.strip()) or lhs.strip() == "y":
        return False
    at = info.concept.find(block)
    return at > 0 and bool(_SUBSTITUTED.search(info.concept[max(0, at - 20):at]))


def _letter_e(info: MathInfo) -> bool:
    """The block uses e as a letter of its own: written alone in the prose ("$e$ edges", "with $e$ the
    coefficient of restitution") or given a value (e = 0.5)."""
    return bool(re.search(r"\$\s*e\s*\$|(?<![A-Za-z\\])e\s*=\s*-?\d", info.concept))
_BOUND = r"([^\s,;{}()$]{1,24}?)"
_LESS = r"\s*(?:\\le(?:q|qslant)?|<|≤)\s*"


def _stated_window(info: MathInfo, var: str) -> tuple[float, float] | None:
    """The interval the block gives the plotted variable: ``a \\le t \\le b`` (bounds such as pi read),
    ``t \\in [a, b]``, or for x any interval the block writes ("on $[-1, 1]$"); None when none is given."""
    from ..symbolic import number as value

    letter = re.escape(tex_name(var))
    flat = " ; ".join(single_line(b) for b in info.blocks)
    for m in (re.search(_BOUND + _LESS + letter + r"(?![A-Za-z])" + _LESS + r"([^\s,;{}()$]{1,24})", flat),
              re.search(r"(?<![A-Za-z\\])" + letter + r"\s*\\in\s*[\[(]\s*([^,\[\]]{1,24}?)\s*,\s*([^\[\]]{1,24}?)\s*[\])]", flat)):
        if m:
            a, b = value(m.group(1)), value(m.group(2))
            if a is not None and b is not None and a < b:
                return float(a), float(b)
    return info.reading.interval if var == "x" else None


def _start(info: MathInfo, var: str) -> float | None:
    """Where the plotted variable starts: the block's half-line, else 0 for a variable that is never negative."""
    bound = lower_bound(info, var)
    return bound if bound is not None else 0.0 if var in _NONNEGATIVE else None


def _window(code: str, start: float | None = None) -> tuple[float, float] | None:
    """A window where the curve is mostly defined: from ``start`` (a half-line's end) when given, else [-5, 5];
    on a half-line, long enough for a curve that settles (see :func:`_settling`)."""
    tries = ((start, start + 5.0), (start + 0.1, start + 10.0)) if start is not None else ((-5.0, 5.0), (0.1, 10.0))
    for a, b in tries:
        ys = evaluate(code, "x", np.linspace(a, b, 200))
        if ys is not None and np.mean(np.isfinite(ys)) > 0.6:
            if a < 0 and not np.any(np.isfinite(ys[:90])):
                return (0.0, b)
            return (a, _settling(code, a, b)) if start is not None else (a, b)
    return None


def _settling(code: str, a: float, b: float) -> float:
    """The end of a half-line window for a curve that settles slowly: T = 22 + 68e^{-0.03t} barely moves on [0, 5]
    (minutes), so the window grows in 1-2-5 steps (to 5, 10, 25, ..., 5000) while the curve keeps changing, and
    stops at the first that holds 95 % of its whole change; a curve that never settles (growth, oscillation) or
    already shows 80 % of its change on [a, b] keeps [a, b]."""
    ends = [a + (b - a) * m * 10 ** k for k in range(3) for m in (1, 2, 5)] + [a + (b - a) * 1000]
    spans = []
    for end in ends:
        ys = evaluate(code, "x", np.linspace(a, end, 2000))
        if ys is None or not np.all(np.isfinite(ys)):
            return b
        spans.append(float(np.max(ys) - np.min(ys)))
    if spans[-1] <= 0 or spans[-1] > 1.05 * spans[-2] or spans[0] >= 0.8 * spans[-1]:
        return b  # still changing at the widest window (no settling to show), or mostly shown already (1/x from 1)
    return next(end for end, span in zip(ends, spans) if span >= 0.95 * spans[-1])


def sides(row: str):
    """``(left text, right text, left, right)`` of ``row`` when it is one ``left = right`` that
    sympy reads (parsed and normalised); None otherwise."""
    parts = split_top(row, "=")
    if len(parts) != 2:
        return None
    left, right = (parse(p) for p in parts)
    import sympy as sp

    # both sides must be quantities: a cases table or an inequality parses to other objects
    if not (isinstance(left, sp.Expr) and isinstance(right, sp.Expr)):
        return None
    return parts[0], parts[1], normalize(left), normalize(right)


@dataclass
class Solution:
    """An equation in one unknown that the slide can solve step by step (sympy does the algebra)."""

    var: str  # the unknown's LaTeX
    row: str  # the author's equation
    steps: list[tuple[str, str, str]]  # (LaTeX row, what was done in English, in Chinese); the last the roots
    roots: list[str]  # LaTeX of each real root, ascending
    checked: str  # the root put back in (a rational one when there is one)
    check: list[str]  # each side that has the unknown, with that root put in, = its value
    degree: int
    wrong: tuple[str, str, str]  # a value that is no root (largest root + 1) and both sides' values there


def solvable(info: MathInfo) -> Solution | None:
    """The first ``left = right`` of the block that is a polynomial equation of degree 1 or 2 in
    one unknown with rational coefficients and a real root; None when there is none.

    Degree 1 is brought to ``a x + b = 0`` with ``a > 0``, then ``a x = -b`` and ``x = -b/a``;
    degree 2 to ``a x^2 + b x + c = 0`` (``a > 0``), then factored over the rationals or, when it
    does not factor, solved by the quadratic formula with its discriminant shown."""
    import sympy as sp

    for block in info.blocks:
        row = single_line(block)
        found = sides(row)
        if found is None:
            continue
        *texts, left, right = found
        try:
            unknowns = (left - right).free_symbols
            if len(unknowns) != 1:
                continue
            x = next(iter(unknowns))
            if {left, right} & {x} and (left - right).free_symbols == {x} and (left.is_number or right.is_number):
                continue  # already solved (n = 27 states a value): nothing to solve
            poly = sp.Poly(sp.expand(left - right), x)
        except Exception:  # not a polynomial in x (sp.PolynomialError and kin)
            continue
        if poly.degree() not in (1, 2) or not all(c.is_rational for c in poly.all_coeffs()):
            continue
        roots = sorted(r for r in sp.solve(poly.as_expr(), x) if r.is_real)
        if not roots:
            continue
        if poly.LC() < 0:
            poly = -poly
        var = tex_name(str(x.name))
        shown = sp.Symbol(var)  # prints as the author's letter (\theta, not theta)
        steps = _linear_steps(poly, x, shown) if poly.degree() == 1 else _quadratic_steps(poly, x, shown)
        steps = [s for s in steps if _squash(s[0]) != _squash(row)]
        if len(roots) == 1:
            last = f"{var} = {sp.latex(roots[0])}"
        else:
            last = ",\\quad ".join(f"{var}_{{{i + 1}}} = {sp.latex(r)}" for i, r in enumerate(roots))
        a = poly.LC()
        dividing = poly.degree() == 1 and a != 1
        steps.append((last, *((f"divide both sides by ${sp.latex(a)}$", f"两边同除以 ${sp.latex(a)}$") if dividing
                              else ("so", "所以"))))
        root = min(roots, key=lambda r: (not r.is_rational, sp.count_ops(r)))
        check = [f"{put_in(text.strip(), {var: sp.latex(root)})} = {sp.latex(sp.expand(side.subs(x, root)))}"
                 for text, side in zip(texts, (left, right)) if x in side.free_symbols]
        miss = sp.floor(roots[-1]) + 1
        wrong = (sp.latex(miss), sp.latex(sp.expand(left.subs(x, miss))), sp.latex(sp.expand(right.subs(x, miss))))
        return Solution(var, row, steps, [sp.latex(r) for r in roots], sp.latex(root), check, poly.degree(), wrong)
    return None


def _squash(tex: str) -> str:
    return re.sub(r"[\s{}]", "", tex)


def _linear_steps(poly, x, shown) -> list[tuple[str, str, str]]:
    import sympy as sp

    a, b = poly.all_coeffs()
    if b == 0:
        return []
    return [(f"{sp.latex(a * shown)} = {sp.latex(-b)}", "collect the unknown on the left and the numbers on the right",
             "未知数移到左边，常数移到右边")]


def _quadratic_steps(poly, x, shown) -> list[tuple[str, str, str]]:
    import sympy as sp

    a, b, c = poly.all_coeffs()
    standard = a * shown**2 + b * shown + c
    if b == 0:
        return [(f"{sp.latex(shown**2)} = {sp.latex(-c / a)}", "isolate the square", "把平方项单独留在一边")]
    rows = [(f"{sp.latex(standard)} = 0", "bring every term to one side", "所有项移到一边")]
    factored = sp.factor(standard)
    if factored.is_Mul or factored.is_Pow:  # it factors over the rationals
        rows.append((f"{sp.latex(factored)} = 0", "factor it; a product is zero when a factor is",
                     "因式分解；乘积为零当且仅当某个因式为零"))
    else:
        disc = b**2 - 4 * a * c
        rows.append((rf"\Delta = b^2 - 4ac = {sp.latex(disc)}", "it does not factor: compute the discriminant",
                     "不能因式分解：计算判别式"))
        rows.append((rf"{sp.latex(shown)} = \frac{{{sp.latex(-b)} \pm \sqrt{{{sp.latex(disc)}}}}}{{{sp.latex(2 * a)}}}",
                     "the quadratic formula", "求根公式"))
    return rows


def formulas(info) -> list[str]:
    """Every formula of the block, one row each (a system's rows apart), in order."""
    out = []
    for block in info.display or info.blocks:
        block = re.sub(r"\\(?:begin|end)\{(?:cases|aligned|array|gathered|split)\}(?:\{[^}]*\})?|\\left\\\{", " ", block)
        for row in split_rows(block) or [block]:
            row = single_line(row)
            if row and row not in out and not bare_name(row):
                out.append(row)
    return out


def put_in(row: str, values: dict[str, str]) -> str:
    """The author's formula with each unknown replaced by its value in brackets, written as they
    wrote it (``2a + 3b`` becomes ``2 \\cdot (3) + 3 \\cdot (2)``; sympy would reorder the terms)."""
    for name, value in values.items():
        pattern = r"(?<![A-Za-z\\])" + re.escape(name) + r"(?![A-Za-z])"
        row = re.sub(r"(?<=[\d}])\s*" + pattern, lambda m: rf" \cdot \left({value}\right)", row)
        row = re.sub(pattern, lambda m: rf"\left({value}\right)", row)
    return row


def states_a_linear_system(info: MathInfo) -> bool:
    """The block is a linear system in two unknowns (the ``linear_system`` family draws its lines):
    families that would draw one of the rows alone (a function plot, a derivation) defer to it."""
    from ..systems import read_system

    return read_system(info) is not None


def identity(row: str) -> tuple[str, str] | None:
    """What ``left = right`` in letters says for every value of them:
    ("identity", the common expanded form) when both sides are the same expression
    (``x^2 + 6x + 5 = (x + 3)^2 - 4``, ``\\sin^2 x + \\cos^2 x = 1``); ("never", left - right) when
    they differ by a nonzero constant; ("when", left - right) when they are equal exactly where a
    short expression vanishes (``(a + b)^2 = a^2 + b^2`` holds only when ``2ab = 0``). None for a
    definition (a bare name or ``f(x)`` on the left: ``E = mc^2``), numbers only (``evaluated``), or
    when sympy cannot tell."""
    import sympy as sp
    from sympy.core.function import AppliedUndef

    found = sides(row)
    if found is None:
        return None
    left, right = found[2:]
    if not (left.free_symbols | right.free_symbols) or left.is_Symbol or left.atoms(AppliedUndef) or right.atoms(AppliedUndef):
        return None
    try:
        difference = sp.simplify(sp.expand(left - right))
    except Exception:  # sympy cannot decide: say nothing rather than something wrong
        return None
    if difference == 0:
        return "identity", sp.latex(sp.expand(sp.simplify(left)))
    if difference.is_number:
        return ("never", sp.latex(sp.nsimplify(difference))) if difference.is_real else None
    difference = sp.factor(difference)
    if not difference.is_Add and sp.count_ops(difference) <= 4:  # one term: a claimed identity that fails
        return "when", sp.latex(difference)
    return None


def evaluated(row: str) -> tuple[str, str, bool] | None:
    """(left value, right value, equal) as LaTeX when ``row`` is an equation between numbers
    (``3^2 + 4^2 = 5^2``); None when a side has a letter or is not a number sympy can evaluate."""
    import sympy as sp

    if re.search(r"\\(?:infty|int|iint|iiint|oint|sum|prod|lim)(?![A-Za-z])", row):
        return None  # an improper, limiting or infinite statement is not a sum of numbers to work out
    found = sides(row)
    if found is None:
        return None
    if any(side.free_symbols for side in found[2:]):  # letters: what it says is identity()'s to tell
        return None
    try:
        values = [sp.nsimplify(sp.simplify(side)) for side in found[2:]]
        if any(v.free_symbols or not v.is_number for v in values):
            return None
        equal = bool(sp.simplify(values[0] - values[1]) == 0)
    except Exception:  # sympy cannot decide: say nothing rather than something wrong
        return None
    return sp.latex(values[0]), sp.latex(values[1]), equal
