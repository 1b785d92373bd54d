"""Readers of two integral questions: the area between two curves, and an accumulation function.

``read_area_between(info)`` returns the author's two curves y = f(x), y = g(x), the interval (their
bounds, or where the curves meet when they give none), the points inside it where the top curve
changes, and the area ∫_a^b |f - g| dx; ``read_accumulation(info)`` returns the author's
F(x) = ∫_a^x f(t) dt with the span x runs over and the statements about F it checked. Each returns
None when the block does not give all of it, leaves letters symbolic, or states a value that is
false (the block then gets the walkthrough).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from .given import interval
from .integral_readers import _close, from_to, definite, stated_values_hold, written_numbers
from .latex import MathInfo, single_line, split_top
from .symbolic import evaluate, normalize, number, parse, to_numpy

X = "x"


@dataclass(frozen=True)
class Side:
    """One of the author's curves: sympy ``expr`` in x, numpy ``code``, the TeX ``y = …`` they wrote."""

    expr: object
    code: str
    tex: str  # the right side
    name: str  # the left side as written: y, f(x), y_1


@dataclass(frozen=True)
class AreaBetween:
    """The region between ``f`` and ``g`` over [a, b]; ``cuts`` are a, the crossings inside, b;
    ``tops[i]`` is 0 when f is on top over the i-th piece, 1 when g is; ``pieces`` their areas."""

    f: Side
    g: Side
    a: float
    b: float
    met: tuple[float, ...]  # the ends that are where the curves meet (the author gave no bound there)
    cuts: tuple[float, ...]
    tops: tuple[int, ...]
    pieces: tuple[float, ...]
    area: float
    exact: str | None = None  # sympy's exact area as TeX, when it finds a small one

    @property
    def switches(self) -> bool:
        return len(self.tops) > 1


# -- the curves ---------------------------------------------------------------------------------

_CURVE_LHS = re.compile(r"^\s*(y(?:_\{?\d\}?)?|[fgh](?:_\{?\d\}?)?\s*\(\s*x\s*\))\s*$")
_VERTICAL = re.compile(r"^\s*x\s*=\s*([^=]+?)\s*$")
_SIDEWAYS = re.compile(r"^\s*x\s*=\s*.*\by\b")
_SEP = r"\\quad|\\qquad|\\text\s*\{[^{}]*\}|\\mbox\s*\{[^{}]*\}|\\(?:and|text(?:rm)?)\b|与|和|及|\band\b"
_X_AXIS = r"x[- ]?axis|x\s*轴"


def _pieces(info: MathInfo) -> list[str]:
    """Each formula of the block split at top-level commas and semicolons and at ``\\quad``, ``and``."""
    out = []
    for block in info.blocks:
        for part in split_top(single_line(block), ",;"):
            out.extend(p.strip() for p in re.split(_SEP, part) if p.strip())
    return out


def _samples(code: str, xs) -> np.ndarray | None:
    return evaluate(code, X, xs)


def _same(c1: str, c2: str) -> bool:
    xs = np.linspace(-2.3, 2.9, 23)
    y1, y2 = _samples(c1, xs), _samples(c2, xs)
    if y1 is None or y2 is None:
        return False
    ok = np.isfinite(y1) & np.isfinite(y2)
    return ok.sum() >= 3 and bool(np.allclose(y1[ok], y2[ok], rtol=1e-6, atol=1e-9))


def _curves(info: MathInfo) -> tuple[list[Side], list[float], bool] | None:
    """The distinct curves ``y = …`` in x, the vertical lines ``x = c``; None when a curve keeps a letter
    other than x or is written as x in terms of y (not drawn here)."""
    import sympy as sp

    sides: list[Side] = []
    lines: list[float] = []
    for piece in _pieces(info):
        parts = split_top(piece, "=")
        if len(parts) != 2:
            continue
        m = _VERTICAL.match(piece)
        if m and (c := number(m.group(1))) is not None:
            lines.append(c)
            continue
        if _SIDEWAYS.match(piece):
            return None
        lhs = _CURVE_LHS.match(parts[0])
        if not lhs:
            continue
        expr = parse(parts[1].strip())
        if not isinstance(expr, sp.Expr):
            return None
        expr = normalize(expr)
        if expr.has(sp.Integral, sp.Derivative, sp.Limit, sp.Sum):
            continue
        if not {s.name for s in expr.free_symbols} <= {X}:
            return None  # a letter the author left symbolic
        code = to_numpy(expr, (X,))
        if code is None:
            return None
        if not any(_same(code, s.code) for s in sides):
            sides.append(Side(expr, code, parts[1].strip(), re.sub(r"\s+", "", lhs.group(1))))
    return sides, sorted(set(lines)), True


def _split_integrand(expr) -> tuple[object, object] | None:
    """``f - g`` as the author wrote it under an integral: the terms with a plus sign, and the negated
    terms with a minus sign (``|u - v|`` is read inside the bars); None without both."""
    import sympy as sp

    if isinstance(expr, sp.Abs):
        expr = expr.args[0]
    plus, minus = [], []
    for term in sp.Add.make_args(expr):
        (minus if term.could_extract_minus_sign() else plus).append(term)
    if not plus or not minus:
        return None
    return sp.Add(*plus), -sp.Add(*minus)


# -- where curves meet --------------------------------------------------------------------------

def crossings(code: str, lo: float, hi: float, n: int = 4001) -> list[float] | None:
    """Where numpy code in x changes sign or is 0 on [lo, hi] (refined by bisection); None across a pole."""
    xs = np.linspace(lo, hi, n)
    d = _samples(code, xs)
    if d is None:
        return None
    found: list[float] = []
    for i in range(n - 1):
        u, v = d[i], d[i + 1]
        if not (np.isfinite(u) and np.isfinite(v)):
            if np.isfinite(u) and abs(u) < 1e-12:
                found.append(float(xs[i]))
            continue
        if abs(u) < 1e-12:
            found.append(float(xs[i]))
        elif u * v < 0:
            p, q, fp = float(xs[i]), float(xs[i + 1]), float(u)
            for _ in range(80):
                m = 0.5 * (p + q)
                fm = float(_samples(code, np.array([m]))[0])
                if fm == 0:
                    p = q = m
                    break
                if (fm < 0) == (fp < 0):
                    p, fp = m, fm
                else:
                    q = m
            root = 0.5 * (p + q)
            if abs(float(_samples(code, np.array([root]))[0])) > 1e-6:
                return None  # a sign change across a pole is no crossing
            found.append(root)
    if np.isfinite(d[-1]) and abs(d[-1]) < 1e-12:
        found.append(float(xs[-1]))
    out: list[float] = []
    for r in found:
        r = round(r, 12) + 0.0
        if not out or abs(r - out[-1]) > 1e-6:
            out.append(r)
    return out


def _nice(v: float) -> float:
    """A crossing found numerically, snapped to a nearby simple number (0.99999999 -> 1)."""
    for k in (1, 2, 3, 4, 6, 8):
        if abs(v * k - round(v * k)) < 1e-8:
            return round(v * k) / k
    return v


# -- the area ------------------------------------------------------------------------------------

def _exact_area(f, g, cuts: list[float], tops: list[int]) -> str | None:
    """sympy's exact area for algebraic curves between rational cuts (a small number), else None."""
    import sympy as sp

    x = sp.Symbol(X)
    diff = sp.simplify(f - g)
    if sp.count_ops(diff) > 25 or not diff.is_algebraic_expr(x):
        return None
    total = sp.Integer(0)
    try:
        for lo, hi, top in zip(cuts, cuts[1:], tops):
            a, b = sp.nsimplify(lo, rational=True, tolerance=1e-12), sp.nsimplify(hi, rational=True, tolerance=1e-12)
            if abs(float(a) - lo) > 1e-12 or abs(float(b) - hi) > 1e-12 or max(sp.denom(a), sp.denom(b)) > 12:
                return None
            part = sp.integrate(diff if top == 0 else -diff, (x, a, b))
            if part.has(sp.Integral):
                return None
            total += part
        total = sp.nsimplify(sp.simplify(total))
    except Exception:  # sympy gives up in many ways
        return None
    if total.free_symbols or sp.count_ops(total) > 8:
        return None
    return sp.latex(total)


def read_area_between(info: MathInfo) -> AreaBetween | None:
    """The author's two curves over their interval (or between the points where they meet), the area
    ∫ |f - g|, every integral and value the block writes consistent with it; else None."""
    import sympy as sp

    read = _curves(info)
    if read is None:
        return None
    sides, lines, _ = read
    integrals = _definite_integrals(info)
    if integrals is None:
        return None
    if len(sides) == 1 and re.search(_X_AXIS, info.prose, re.I):
        sides.append(Side(sp.Integer(0), "0 * x", "0", "y"))
    if not sides and integrals:
        split = _split_integrand(integrals[0][0])
        if split is not None:
            for expr, name in zip(split, ("y", "y")):
                code = to_numpy(expr, (X,))
                if code is None:
                    return None
                sides.append(Side(expr, code, sp.latex(expr), name))
    if len(sides) != 2:
        return None  # one curve (an area under it) or a region of three curves
    f, g = sides
    diff = f"({f.code}) - ({g.code})"
    for body, lo, hi in integrals:  # each integral the author writes is ±(f - g) or |f - g|
        code = to_numpy(body, (X,))
        if code is None:
            return None
        xs = np.linspace(lo, hi, 9)
        got, want = _samples(code, xs), _samples(diff, xs)
        if got is None or want is None:
            return None
        ok = np.isfinite(got) & np.isfinite(want)
        if ok.sum() < 3 or not any(np.allclose(got[ok], s, rtol=1e-6, atol=1e-9)
                                   for s in (want[ok], -want[ok], np.abs(want[ok]))):
            return None
    met: tuple[float, ...] = ()
    if integrals:
        a, b = min(i[1] for i in integrals), max(i[2] for i in integrals)
    elif len(lines) == 2:
        a, b = lines
    else:
        span = interval(info) or from_to(info)
        if span is not None and not lines:
            a, b = span
        else:
            meet = crossings(diff, -10, 10)
            if meet is None:
                return None
            meet = [_nice(r) for r in meet]
            if len(lines) == 1:  # one vertical line and the one point where the curves meet
                if len(meet) != 1 or abs(meet[0] - lines[0]) < 1e-9:
                    return None
                a, b = sorted((meet[0], lines[0]))
                met = (meet[0],)
            elif lines or not 2 <= len(meet) <= 4 or min(meet) < -9.9 or max(meet) > 9.9:
                return None  # no enclosed region, or curves that keep meeting (sin x and cos x)
            else:
                a, b = meet[0], meet[-1]
                met = (a, b)
    if not (math.isfinite(a) and math.isfinite(b)) or not 0 < b - a <= 40:
        return None
    xs = np.linspace(a, b, 801)
    for side in (f, g):
        ys = _samples(side.code, xs)
        if ys is None or not np.all(np.isfinite(ys)):
            return None
    inside = [r for r in (crossings(diff, a, b) or []) if a + 1e-7 < r < b - 1e-7]
    cuts = [a, *[_nice(r) for r in inside], b]
    tops, pieces = [], []
    for lo, hi in zip(cuts, cuts[1:]):
        value = definite(diff, lo, hi)
        tops.append(0 if value >= 0 else 1)
        pieces.append(abs(value))
    # merge neighbours with the same top (a touching point is no switch)
    merged_cuts, merged_tops, merged_pieces = [cuts[0]], [], []
    for hi, top, piece in zip(cuts[1:], tops, pieces):
        if merged_tops and merged_tops[-1] == top:
            merged_cuts[-1], merged_pieces[-1] = hi, merged_pieces[-1] + piece
        else:
            merged_cuts.append(hi)
            merged_tops.append(top)
            merged_pieces.append(piece)
    area = float(sum(merged_pieces))
    if not math.isfinite(area) or area <= 1e-9 or not stated_values_hold(info):
        return None
    ends = (set(merged_cuts) - set(met)) | set(lines)  # numbers the author wrote as bounds, not as the area
    bare = [v for v in (number(b) for b in info.blocks if "=" not in b) if v is not None and not any(abs(v - e) < 1e-9 for e in ends)]
    if any(not _close(v, area, 5e-3) for v in written_numbers(info) + bare):
        return None  # the author's stated area is not the area between their curves
    exact = _exact_area(f.expr, g.expr, merged_cuts, merged_tops)
    return AreaBetween(f, g, a, b, met, tuple(merged_cuts), tuple(merged_tops), tuple(merged_pieces), area, exact)


def _definite_integrals(info: MathInfo) -> list[tuple[object, float, float]] | None:
    """(integrand in x, a, b) of each definite integral the author writes; None when one has a letter
    for a limit or an integrand in other letters (left symbolic)."""
    import sympy as sp

    from .symbolic import atoms_in_formulas

    found = list(atoms_in_formulas(info, sp.Integral))
    if not found:
        for block in info.blocks:
            for part in split_top(single_line(block), "="):
                expr = parse(part.strip())
                if isinstance(expr, sp.Expr):
                    found.extend(sorted(expr.atoms(sp.Integral), key=sp.default_sort_key))
    out = []
    for integral in found:
        integral = normalize(integral)
        limits = integral.args[1]
        if len(limits) != 3:
            return None
        var = limits[0]
        try:
            a, b = float(limits[1]), float(limits[2])
        except (TypeError, ValueError):
            return None
        body = normalize(integral.args[0]).subs(var, sp.Symbol(X))
        if not {s.name for s in body.free_symbols} <= {X} or not a < b:
            return None
        out.append((body, a, b))
    return out


# -- the accumulation function ------------------------------------------------------------------

@dataclass(frozen=True)
class Accumulation:
    """F(x) = ∫_a^x f(t) dt of the author's f; x runs over [a, b] (``chosen``: b is ours, said so)."""

    name: str  # the TeX name of F: F, G, A, \\Phi
    var: str  # the letter under the integral (t)
    expr: object  # f in x (sympy)
    code: str  # numpy code of f in x
    tex: str  # f(t) as TeX, in the author's letter
    a: float
    b: float
    chosen: bool
    at: float  # where the slope of F is compared with the height of f
    at_given: bool
    closed: str | None  # sympy's closed form of F(x) as TeX
    checked: tuple[str, ...] = field(default_factory=tuple)  # the statements about F it checked (TeX)

    def values(self, xs) -> np.ndarray:
        """F at xs (numerically, from a: cumulative Simpson on a fine grid)."""
        grid = np.linspace(self.a, max(self.b, float(np.max(xs))), 4001)
        ys = evaluate(self.code, X, grid)
        cum = np.concatenate([[0.0], np.cumsum(0.5 * (ys[1:] + ys[:-1]) * np.diff(grid))])
        return np.interp(xs, grid, cum)


_NAME_SUBS = {r"\Phi": "Z", r"\varphi": "Y", r"\phi": "Y", r"\Psi": "W", r"\psi": "W"}
_PRIME = re.compile(r"\^\{?\\prime\}?")
_DFDX = re.compile(r"\\(?:d|t)?frac\{d([A-Z])\}\{dx\}")


def _prepared(tex: str) -> tuple[str, dict[str, str]]:
    """The formula with Greek names of F replaced by letters the parser reads (and ^\\prime as ')."""
    back = {}
    for greek, letter in _NAME_SUBS.items():
        if re.search(re.escape(greek) + r"(?![A-Za-z])", tex):
            tex = re.sub(re.escape(greek) + r"(?![A-Za-z])", letter, tex)
            back[letter] = greek
    tex = _PRIME.sub("'", tex)
    tex = _DFDX.sub(r"\1'(x)", tex)
    return tex, back


def _head(expr) -> tuple[str, int] | None:
    """(name, order) of an applied function ``F(…)``, ``F'(…)``, ``F''(…)``."""
    from sympy.core.function import AppliedUndef

    if isinstance(expr, AppliedUndef):
        name = str(expr.func)
        return name.rstrip("'"), len(name) - len(name.rstrip("'"))
    return None


def read_accumulation(info: MathInfo) -> Accumulation | None:
    """The author's F(x) = ∫_a^x f(t) dt (a a number, f of t alone or the author's f(t) = …), every
    statement about F (F'(x) = …, F(c) = …, F(x) = a closed form) true; else None."""
    import sympy as sp

    x = sp.Symbol(X)
    sides_of: list[list[object]] = []
    texts: list[str] = []
    back: dict[str, str] = {}
    for piece in _pieces(info):
        tex, names = _prepared(piece)
        back.update(names)
        parts = [p.strip() for p in split_top(tex.replace("\\approx", "="), "=")]
        parsed = [_normal(parse(p)) if p else None for p in parts]
        sides_of.append(parsed)
        texts.append(piece)
    defs = _definitions(sides_of)
    found = None
    for sides in sides_of:
        for i, side in enumerate(sides):
            if not isinstance(side, sp.Expr):
                continue
            for integral in side.atoms(sp.Integral):
                limits = integral.args[1]
                if len(limits) == 3 and isinstance(limits[2], sp.Symbol) and limits[2] != limits[0]:
                    found = (integral, sides, i)
                    break
            if found:
                break
        if found:
            break
    if found is None:
        return None
    integral, sides, i = found
    var, lo, hi = integral.args[1]
    if hi != x:
        return None  # ∫_a^{x^2}, ∫_a^u: not the accumulation function of x drawn here
    try:
        a = float(normalize(lo))
    except (TypeError, ValueError):
        return None  # a symbolic lower limit: the theorem stated, no function of ours to draw
    body = normalize(integral.args[0])
    body = _substitute_definitions(body, defs)
    if body is None:
        return None
    body_x = body.subs(var, x)
    if {s.name for s in body_x.free_symbols} - {X}:
        return None
    code = to_numpy(body_x, (X,))
    if code is None or not -20 <= a <= 20:
        return None
    name = "F"
    if i > 0 and (h := _head(sides[0])) is not None and h[1] == 0 and sides[0].args == (x,):
        name = h[0]
    span = interval(info)
    points = _points_named(sides_of, name)
    if span is not None:
        if not span[0] <= a < span[1]:
            return None
        b, chosen = span[1], False
    else:
        width = 2 * math.pi if any(t in code for t in ("np.sin", "np.cos")) else 3.0
        far = max([p for p in points if p > a] or [a])
        b, chosen = max(a + width, math.ceil(far + 1)), True
    if not 0 < b - a <= 40:
        return None
    ys = evaluate(code, X, np.linspace(a, b, 801))
    if ys is None or not np.all(np.isfinite(ys)):
        return None  # f is not finite from a to b: F is not the area drawn here
    acc = Accumulation(back.get(name, name), str(var), body_x, code, sp.latex(body), a, b, chosen, 0.0, False, None)
    checked = []
    for sides, tex in zip(sides_of, texts):
        verdict = _check_statement(acc, sides, name, defs)
        if verdict is False:
            return None
        if verdict:
            checked.append(tex)
    if not stated_values_hold(MathInfo(info.concept, [t for t, s in zip(texts, sides_of) if not _mentions(s, name)])):
        return None
    given = [p for p in points if a < p <= b]
    at = given[0] if given else float(round(a + 0.6 * (b - a))) if b - a >= 2.5 else round(a + 0.6 * (b - a), 1)
    closed = _closed_form(body, var, a)
    return Accumulation(acc.name, acc.var, body_x, code, acc.tex, a, b, chosen, float(at), bool(given), closed, tuple(checked))


def _normal(expr):
    return normalize(expr) if expr is not None else None


def _definitions(sides_of) -> dict[str, object]:
    """``f(t) = …`` / ``f(x) = …`` the author writes: the name of f and its body in the letter ``u``."""
    import sympy as sp

    out = {}
    for sides in sides_of:
        if len(sides) != 2 or sides[0] is None or sides[1] is None:
            continue
        h = _head(sides[0])
        if h and h[1] == 0 and h[0].islower() and len(sides[0].args) == 1 and isinstance(sides[0].args[0], sp.Symbol) \
                and isinstance(sides[1], sp.Expr) and not sides[1].has(sp.Integral):
            out[h[0]] = normalize(sides[1]).subs(sides[0].args[0], sp.Symbol("u"))
    return out


def _substitute_definitions(body, defs):
    """The integrand with the author's ``f(t)`` replaced by their definition; None for an f never defined."""
    from sympy.core.function import AppliedUndef
    import sympy as sp

    for call in body.atoms(AppliedUndef):
        name = str(call.func)
        if name not in defs or len(call.args) != 1:
            return None
        body = body.subs(call, defs[name].subs(sp.Symbol("u"), call.args[0]))
    return body


def _mentions(sides, name: str) -> bool:
    from sympy.core.function import AppliedUndef
    import sympy as sp

    for s in sides:
        if isinstance(s, (sp.Basic,)):
            if any(str(c.func).rstrip("'") == name for c in s.atoms(AppliedUndef)):
                return True
            if any(len(i.args[1]) == 3 and isinstance(i.args[1][2], sp.Symbol) for i in s.atoms(sp.Integral)):
                return True
    return False


def _points_named(sides_of, name: str) -> list[float]:
    """The numbers c of ``F(c)`` / ``F'(c)`` the author writes."""
    import sympy as sp

    out = []
    for sides in sides_of:
        for s in sides:
            h = _head(s) if s is not None else None
            if h and h[0] == name and len(s.args) == 1 and s.args[0].is_number:
                try:
                    out.append(float(s.args[0]))
                except (TypeError, ValueError):
                    pass
    return out


def _check_statement(acc: Accumulation, sides, name: str, defs) -> bool | None:
    """True: the chain states something about F that holds; False: it is false or cannot be checked;
    None: it says nothing about F (a definition of f, a setting)."""
    import sympy as sp

    if not _mentions(sides, name) or any(s is None for s in sides):
        return False if _mentions([s for s in sides if s is not None], name) else None
    x = sp.Symbol(X)
    kinds = []  # (order of derivative of F, the point: None for x), or a closed side
    for s in sides:
        h = _head(s)
        if h and h[0] == name and len(s.args) == 1:
            arg = s.args[0]
            if arg == x:
                kinds.append(("F", h[1], None))
            elif arg.is_number:
                kinds.append(("F", h[1], float(arg)))
            else:
                return False
        elif isinstance(s, sp.Derivative) and isinstance(s.args[0], sp.Integral) and s.args[1][0] == x:
            kinds.append(("F", int(s.args[1][1]), None))
        elif isinstance(s, sp.Derivative) and _head(s.args[0]) and _head(s.args[0])[0] == name:
            kinds.append(("F", int(s.args[1][1]), None))
        elif isinstance(s, sp.Integral) and len(s.args[1]) == 3 and s.args[1][2] == x:
            lo = s.args[1][1]
            if not lo.is_number or abs(float(lo) - acc.a) > 1e-12:
                return False
            body = _substitute_definitions(normalize(s.args[0]), defs)
            if body is None:
                return False
            if not _same(to_numpy(body.subs(s.args[1][0], x), (X,)) or "nan", acc.code):
                return False
            kinds.append(("F", 0, None))
        elif isinstance(s, sp.Expr):
            if _mentions([s], name):
                return False
            body = _substitute_definitions(normalize(s), defs)
            if body is None or {v.name for v in body.free_symbols} - {X}:
                return False
            kinds.append(("value", body, None))
        else:
            return False
    refs = [k for k in kinds if k[0] == "F"]
    values = [k[1] for k in kinds if k[0] == "value"]
    # all the F-sides name the same thing (F(x) = ∫_a^x … is one object), and every closed side equals it
    shapes = {(k[1], k[2]) for k in refs}
    if len(shapes) != 1:
        return False
    order, point = next(iter(shapes))
    for v in values:
        if not _holds(acc, order, point, v):
            return False
    return True


def _holds(acc: Accumulation, order: int, point: float | None, value) -> bool:
    """Whether F^(order) equals ``value`` (an expression in x) at ``point`` (None: for every x)."""
    import sympy as sp

    x = sp.Symbol(X)
    xs = np.array([point]) if point is not None else np.linspace(acc.a, acc.b, 13)[1:]
    code = to_numpy(value, (X,))
    want = evaluate(code, X, xs) if code else None
    if want is None:
        return False
    if order == 0:
        got = acc.values(xs)
    else:
        d = acc.expr if order == 1 else sp.diff(acc.expr, x, order - 1)
        got = evaluate(to_numpy(d, (X,)) or "nan", X, xs)
    if got is None:
        return False
    return all(_close(float(g), float(w), 2e-3) for g, w in zip(got, want))


def _closed_form(body, var, a: float) -> str | None:
    """sympy's F(x) = ∫_a^x f(t) dt in closed form when it is small, else None."""
    import sympy as sp

    if sp.count_ops(body) > 20:
        return None
    try:
        value = sp.integrate(body, (var, sp.nsimplify(a), sp.Symbol(X)))
    except Exception:  # sympy gives up in many ways
        return None
    if value.has(sp.Integral) or sp.count_ops(value) > 20 or value.has(sp.Piecewise):
        return None
    return sp.latex(sp.simplify(value))
