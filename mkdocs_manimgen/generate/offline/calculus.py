"""Readers of calculus-at-a-point blocks: a function of one variable and what the author asks of it
at a point (a slope, a tangent or normal line, a linear approximation, an average rate over
[a, a + h]). The implicit curve's reader is :mod:`.implicit`; the inverse's and concavity's
:mod:`.shape`.

Each reader returns ``None`` when the block does not give what it looks for, and also when a value
the author states disagrees with the one computed from the author's own function (a slope of 1/3
where f'(4) = 1/4): a scene must never draw a claim it would contradict. Every function is read in
the author's variable (``f(t)``, ``C(q)``) and handed over renamed to ``x``, with that letter kept for
the labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .latex import MathInfo, single_line, split_top
from .symbolic import function_of, implicit_form, normalize, number, parse, to_numpy

_NUM = r"-?\d+(?:\.\d+)?"


@dataclass(frozen=True)
class Curve:
    """A function of one variable the author writes, renamed to ``x``.

    ``expr`` sympy expression in x; ``code`` numpy code in x; ``tex`` the author's LaTeX of the right
    side; ``var`` the author's variable letter; ``name`` the function's name (``f``, ``C``, ``y``)."""

    expr: object
    code: str
    tex: str
    var: str = "x"
    name: str = "f"

    @property
    def call(self) -> str:
        """``f(x)``, ``C(q)``, or ``y`` for a curve written ``y = ...``."""
        return self.name if self.name == "y" else f"{self.name}({self.var})"


# A point or a value, not a function: x = 0, t = 1 + h, x_0 = 2.
_POINT = re.compile(r"\s*[a-z](?:_\{?0\}?)?\s*=\s*-?[\d.]+(?:\s*\+\s*h)?\s*")
_NAMED = re.compile(r"(?<![\\A-Za-z])([A-Za-z])\s*\(\s*([a-z])\s*\)\s*=")


def read_curve(info: MathInfo) -> Curve | None:
    """The author's function of one variable: ``f(x) = ...``, ``s(t) = ...``, ``C(q) = ...``, ``y = ...``
    or an expression in x alone; None when the block writes none (or only ones in several letters)."""
    import sympy as sp

    from .given import function_in

    blocks = [b for b in info.blocks if not _POINT.fullmatch(single_line(b))]
    for block in blocks:
        m = _NAMED.search(single_line(block))
        if m and m.group(2) != "x":
            found = function_of([block], m.group(2))
            if found is not None:
                expr = found[0].subs(sp.Symbol(m.group(2)), sp.Symbol("x"))
                code = to_numpy(expr, ("x",))
                if code:
                    return Curve(expr, code, found[2], m.group(2), m.group(1))
    found = function_in(blocks)
    if found is None:
        return None
    expr, code, tex = found
    name = next((m.group(1) for b in blocks if (m := _NAMED.search(single_line(b)))), None)
    if name is None:
        name = "y" if any(re.match(r"\s*y\s*=", single_line(b)) for b in blocks) else "f"
    return Curve(expr, code, tex, "x", name)


def _at(info: MathInfo, var: str, words: str) -> float | None:
    """The number in ``<word> var = n`` (``at x = 4``, ``near x = 0``, ``在 x = 1 处``)."""
    v = re.escape(var)
    for pattern in (rf"(?:{words})\s*\$?\s*{v}\s*=\s*({_NUM})(?![\d.])",
                    rf"{v}\s*=\s*({_NUM})\s*\$?\s*(?:处|时|附近)", rf"{v}_\{{?0\}}?\s*=\s*({_NUM})(?![\d.])"):
        m = re.search(pattern, info.concept)
        if m:
            return float(m.group(1))
    return None


AT_WORDS = r"\bat\b|\bwhere\b|\bnear\b|\baround\b|\bwhen\b|在|于|当"


def point_of(info: MathInfo, var: str) -> float | None:
    """Where the block asks about its function: ``at x = 4``, ``near x = 0``, ``x_0 = 1``, ``在 x = 1 处``."""
    return _at(info, var, AT_WORDS)


_AT_POINT = re.compile(rf"(?:\bat\s+(?:the\s+)?(?:point\s+)?|在\s*点?|于\s*点?)\s*\$?\s*(?:[A-Z]\s*)?\(\s*({_NUM})\s*,\s*({_NUM})\s*\)")


_AT_WORDS = r"tangent(?:\s+line)?\b[^.?!]{0,60}?\bat\s+(?:the\s+point|the\s+value|x\s*=)|\bat\s+the\s+point\b|处的切线|在点[^。，]{0,20}处"


def _at_point(info: MathInfo, curve: Curve):
    """The x of ``at the point (1, 1)`` / ``在点 (1, 1) 处`` when that point is on the curve; None when the
    block names no such point, False when the point is off the curve."""
    m = _AT_POINT.search(info.concept)
    if m is None:
        return None
    a, b = float(m.group(1)), float(m.group(2))
    y0 = value_at(curve, a)
    return a if y0 is not None and abs(float(y0) - b) < 1e-9 * max(1.0, abs(b)) else False


def exact(value) -> object:
    import sympy as sp

    return sp.nsimplify(value, rational=True)


def slope_at(curve: Curve, at: float):
    """f'(at) exactly (a sympy number), or None when f is not differentiable there."""
    import sympy as sp

    x = sp.Symbol("x")
    try:
        m = sp.simplify(sp.diff(curve.expr, x).subs(x, exact(at)))
        return m if m.is_real and m.is_finite else None
    except (TypeError, ValueError):
        return None


def value_at(curve: Curve, at: float):
    import sympy as sp

    try:
        y = sp.simplify(curve.expr.subs(sp.Symbol("x"), exact(at)))
        return y if y.is_real and y.is_finite else None
    except (TypeError, ValueError):
        return None


def same(a, b) -> bool:
    """Two sympy values (or expressions in x) are equal."""
    import sympy as sp

    try:
        return sp.simplify(a - b) == 0
    except Exception:  # noqa: BLE001 - sympy raises many kinds; unknown is not equal
        return False


def linear(expr) -> bool:
    """``expr`` is ``m x + b`` (sympy, in x alone)."""
    import sympy as sp

    x = sp.Symbol("x")
    try:
        return expr.free_symbols <= {x} and sp.Poly(expr, x).degree() <= 1
    except Exception:  # noqa: BLE001 - not a polynomial in x
        return False


_SLOPE_IS = (r"(?:slope|gradient)(?:[^.;]|\.\d){0,60}?\b(?:is|equals)\s*\$([^$]+)\$", r"(?:has|with) slope\s*\$([^$]+)\$",
              r"斜率\s*(?:为|是|等于)\s*\$([^$]+)\$")


def stated_slope(info: MathInfo) -> float | None:
    """A slope the author states in prose: ``the slope ... is $\\frac14$``, ``斜率为 $-\\frac32$``."""
    for pattern in _SLOPE_IS:
        for m in re.finditer(pattern, info.concept, re.I):
            value = number(m.group(1).split("=")[-1])
            if value is not None:
                return value
    return None


# Where a row of math holds several statements: "y = 2x + 1, x = 3", "y = x \\text{ and } y = -x", 和/或.
_PIECES = r",|;|\\quad|\\qquad|\\text\{\s*(?:and|or|和|或|及)\s*\}|\\(?:and|text\{,\})|和|或"


def written_lines(info: MathInfo) -> list[tuple[str, object]]:
    """Every straight line the block writes, one per statement (rows split at commas, 'and', ``\\quad``):
    ``("y", m x + c)`` for ``y = m x + c`` (or ``y - y_0 = m(x - x_0)``), ``("x", c)`` for a vertical line
    ``x = c``; sympy expressions in x.  Each with the implicit form it was read from: ``(kind, value, G)``
    where ``G = lhs - rhs`` (a caller excludes the author's own curve by it)."""
    import sympy as sp

    x, y = sp.Symbol("x"), sp.Symbol("y")
    out = []
    for block in info.blocks:
        for piece in re.split(_PIECES, single_line(block)):
            parts = split_top(piece, "=")
            if len(parts) != 2:
                continue
            G = implicit_form(parts[0], parts[1])
            if G is None:
                continue
            try:
                if not G.free_symbols or not G.free_symbols <= {x, y} or sp.Poly(G, x, y).total_degree() != 1:
                    continue
                out.append(("y", sp.expand(sp.solve(G, y)[0]), G) if G.has(y) else ("x", sp.solve(G, x)[0], G))
            except Exception:  # noqa: BLE001 - not a line
                continue
    return out


def stated_lines(info: MathInfo, curve: Curve | None = None) -> list[object]:
    """The non-vertical lines of :func:`written_lines`, as sympy expressions in x (the author's function
    itself excluded)."""
    return [line for kind, line, _ in written_lines(info)
            if kind == "y" and not (curve is not None and same(line, curve.expr))]


def statement(info: MathInfo, curve: Curve) -> str | None:
    """The longest formula the block writes about its function besides defining it (a tangent or normal
    line, an approximation, f'), as written; None when it only defines the function and names a point."""
    var = re.escape(curve.var)
    said = []
    for block in info.blocks:
        flat = single_line(block)
        parts = split_top(flat, "=")
        if re.fullmatch(rf"\s*{var}(?:_\{{?0\}}?)?\s*=\s*-?[\d.]+\s*", flat) or parts[-1].strip() == curve.tex.strip():
            continue  # the point, the function's own definition
        if len(parts) == 2 or "\\approx" in flat:
            said.append(flat)
    return max(said, key=len) if said else None


@dataclass(frozen=True)
class PointAsk:
    """What a block asks of its function at a point.

    ``at`` the point (author's; None when it names none); ``slope`` f'(at) as a sympy number;
    ``line`` the tangent line there as sympy in x; ``approx`` the block states a linear
    approximation ``f ≈ L``; ``secant`` the average rate over [at, at + h] as LaTeX in h (the
    author's when written)."""

    curve: Curve
    at: float | None
    slope: object = None
    line: object = None
    approx: bool = False
    secant: str | None = None
    derivative: object = None  # the author's f' as sympy in x, when stated (checked)


def _difference_quotient(curve) -> bool:
    """``D(h) = \\frac{e^{1+h} - e}{h}``: a difference quotient in a step h (numerator 0 at h = 0, denominator h).
    Its own slope D'(h) is no derivative the block asks; the block studies the quotient as h shrinks."""
    import sympy as sp

    if curve.var not in ("h", "Delta_x", "delta"):
        return False
    if len(curve.expr.free_symbols) != 1:
        return False
    h = next(iter(curve.expr.free_symbols))  # the reader writes the expression in x, whatever the author's letter
    try:
        num, den = sp.fraction(sp.together(curve.expr))
        return den.free_symbols == {h} and sp.degree(den, h) == 1 and num.has(h) and sp.simplify(num.subs(h, 0)) == 0
    except Exception:  # noqa: BLE001 - not a quotient sympy can take apart
        return False


def read_point_ask(info: MathInfo, normal: bool = False) -> PointAsk | None:
    """The function and the point of a derivative-at-a-point block, every stated value checked:
    None when a stated slope, tangent line, approximation, average rate or f' disagrees. With
    ``normal``, the normal line there (and its slope) may be stated too, and a point is required."""
    import sympy as sp

    curve = _approximated(info) or read_curve(info)
    if curve is None or _difference_quotient(curve):
        return None
    x = sp.Symbol("x")
    approx = _approximation(info, curve)
    at = point_of(info, curve.var)
    if at is None:
        at = _at_point(info, curve)
        if at is False:
            return None  # the tangent at a point that is not on the curve: a trap, not drawn
    if at is None and approx:  # f ≈ L with no point named: the point where L is f's tangent, if it is 0
        at = 0.0 if slope_at(curve, 0) is not None and value_at(curve, 0) is not None else None
    secant = _secant(info, curve)
    if secant is False or approx is False:
        return None
    if secant is not None:
        at = secant[0]
    derivative = _stated_derivative(info, curve)
    if derivative is False or (normal and at is None):
        return None
    if at is None:
        from .given import points

        if points(info, minimum=1) or stated_lines(info, curve):
            return None  # a point off the curve (tangents from outside it) or tangent lines at points not read
        if re.search(_AT_WORDS, info.prose, re.I):
            return None  # a tangent at a point the block names but no number places (at (3, g(3)) where g is undefined)
        return PointAsk(curve, None, derivative=derivative)
    m, y0 = slope_at(curve, at), value_at(curve, at)
    if m is None or y0 is None or (normal and m == 0):
        return None
    line = sp.expand(m * (x - exact(at)) + y0)
    lines, slopes = [line], [m]
    if normal:
        lines.append(sp.expand(-1 / m * (x - exact(at)) + y0))
        slopes.append(-1 / m)
    told = stated_slope(info)
    if told is not None and not any(abs(told - float(k)) <= 1e-6 * max(1, abs(told)) for k in slopes):
        return None
    if any(not any(same(given, known) for known in lines) for given in stated_lines(info, curve)):
        return None
    if approx is not None and not same(approx, line):
        return None
    return PointAsk(curve, at, m, line, approx is not None, secant[1] if secant else None, derivative)


def approximations(info: MathInfo):
    """Each ``A \\approx B`` the block writes, in order: (A, B) as normalised sympy expressions and
    A's LaTeX (the one reading of an approximation, shared by ``derivative`` and ``taylor``)."""
    for block in info.blocks:
        parts = re.split(r"\\approx", single_line(block))
        if len(parts) == 2:
            lhs, rhs = parse(parts[0]), parse(parts[1])
            if lhs is not None and rhs is not None:
                yield normalize(lhs), normalize(rhs), parts[0].strip()


# A stated Taylor polynomial: P_3(x) = ..., T_{2}(x) = ...
TAYLOR_POLYNOMIAL = re.compile(r"^\s*([PT])_\{?(\d{1,2})\}?\s*\(\s*x\s*\)\s*=(.+)$")

# The centre of an expansion the prose names: "at $x = 1$", "about $x_0 = \\frac{\\pi}{6}$", "在 $x_0=\\dfrac{\\pi}{6}$ 处"
EXPANSION_CENTRE = re.compile(r"(?:\babout|\baround|\bcent(?:re|er)d?\s+at|\bexpanded\s+at|\bat)\s*\$\s*x(?:_0)?\s*=\s*([^$]+)\$"
                              r"|在\s*\$\s*x(?:_0)?\s*=\s*([^$]+)\$\s*处", re.I)
_EXPANSION_WORDS = re.compile(r"taylor|maclaurin|polynomial|expan|series|泰勒|麦克劳林|展开|多项式", re.I)


def centre_named(text: str) -> str | None:
    """The TeX of the centre the text names for an expansion: "about $x_0 = 1$", "在 $x_0 = \\frac{\\pi}{6}$ 处", or "at
    $x = 1$" beside a word of expansions (a bare "at $x = 0.2$" is as often a point to look at: "zoom in near x = 0.2")."""
    for m in EXPANSION_CENTRE.finditer(text):
        if m.group(2) is not None:
            return m.group(2)
        said = m.group(0).lower()
        near = text[max(0, m.start() - 60):m.end() + 60]
        if not said.startswith("at") or "x_0" in said or _EXPANSION_WORDS.search(near):
            return m.group(1)
    return None


def expansion_centre(info):
    """The exact centre (sympy) of the Taylor expansion the block names, 0 when it names none; None when it names one
    that cannot be read."""
    from .symbolic import normalize, parse

    written = centre_named(info.concept)
    if written is None:
        import sympy as sp

        return sp.Integer(0)
    c = parse(written)
    try:
        c = normalize(c) if c is not None else None
        return c if c is not None and c.is_number and c.is_real else None
    except Exception:  # noqa: BLE001 - an unreadable centre is no centre
        return None


def expanded_function(info: MathInfo):
    """The one function of x a Taylor block expands: (sympy expression, its LaTeX), from a bare formula
    (``\sin x``), ``y = …`` or ``f(x) = …`` that is not a polynomial, a stated ``P_n(x) = …`` or ``|x|``;
    None when there is none, or more than one."""
    import sympy as sp

    x = sp.Symbol("x")
    found: list = []
    for block in info.blocks:
        row = single_line(block)
        if TAYLOR_POLYNOMIAL.match(row):
            continue
        parts = split_top(row, "=")
        if len(parts) > 2 or (len(parts) == 2 and not re.fullmatch(r"\s*(?:y|f\s*\(\s*x\s*\))\s*", parts[0])):
            continue
        g = parse(parts[-1])
        g = normalize(g) if isinstance(g, sp.Expr) else None
        if g is None or g.free_symbols != {x} or g.is_polynomial(x) or g.has(sp.Abs):
            continue
        if not any(sp.simplify(g - other) == 0 for other, _ in found):
            found.append((g, parts[-1].strip()))
    return found[0] if len(found) == 1 else None


def _approx_sides(info: MathInfo):
    """(left, right, left's LaTeX) of the first ``A \\approx B`` the block writes."""
    return next(approximations(info), None)


def _approximated(info: MathInfo) -> Curve | None:
    """The function on the left of a linear approximation ``\\sqrt{1 + x} \\approx 1 + x/2``."""
    sides = _approx_sides(info)
    if sides is None or {s.name for s in sides[0].free_symbols} != {"x"}:
        return None
    code = to_numpy(sides[0], ("x",))
    return Curve(sides[0], code, sides[2]) if code else None


def _approximation(info: MathInfo, curve: Curve):
    """The linear right side L of ``f ≈ L`` (None when the block writes no approximation of f; False
    when it approximates f by something that is not a line, a Taylor polynomial's business)."""
    sides = _approx_sides(info)
    if sides is None or not same(sides[0], curve.expr):
        return None
    return sides[1] if linear(sides[1]) else False


def _secant(info: MathInfo, curve: Curve):
    """``between t = a and t = a + h`` with the author's average rate (an expression in h): (a, rate);
    None when not asked; False when the author's rate is not (f(a + h) - f(a)) / h."""
    import sympy as sp

    v = re.escape(curve.var)
    m = re.search(rf"(?:between|from|从)\s*\$?\s*{v}\s*=\s*({_NUM})\s*\$?\s*(?:and|to|到|和)\s*\$?\s*{v}\s*=\s*\1\s*\+\s*h", info.concept)
    if not m:
        return None
    a, h, x = exact(float(m.group(1))), sp.Symbol("h"), sp.Symbol("x")
    rate = sp.simplify((curve.expr.subs(x, a + h) - curve.expr.subs(x, a)) / h)
    for block in info.blocks:
        parts = split_top(single_line(block), "=")
        if parts[0].strip() == curve.var:  # the endpoint t = 1 + h, not a rate
            continue
        expr = parse(parts[-1])
        if expr is not None and not isinstance(expr, sp.Equality) and normalize(expr).free_symbols == {h}:
            return (float(a), parts[-1].strip()) if same(normalize(expr), rate) else False
    return float(a), sp.latex(rate)


def _stated_derivative(info: MathInfo, curve: Curve):
    """The author's ``f'(x) = ...`` (``C'(q) = 5 + 0.2q``) in x when it is the derivative of f; None when
    not written; False when it is not f'."""
    import sympy as sp

    v = re.escape(curve.var)
    for block in info.blocks:
        m = re.fullmatch(rf"\s*(?:{re.escape(curve.name)}'\s*\(\s*{v}\s*\)|\\frac\{{d{re.escape(curve.name)}\}}\{{d{v}\}})\s*=\s*(.+)",
                         single_line(block))
        if m:
            expr = parse(m.group(1))
            if expr is None or isinstance(expr, sp.Equality):
                return False
            expr = normalize(expr)
            if expr.has(sp.Limit) or not {s.name for s in expr.free_symbols} <= {curve.var}:
                return None  # the definition (a limit of difference quotients), not a value to check
            expr = expr.subs(sp.Symbol(curve.var), sp.Symbol("x"))
            return expr if same(expr, sp.diff(curve.expr, sp.Symbol("x"))) else False
    return None
