"""Functions of two variables the author writes, and what the block asks of them.

:func:`read_gradient`: f(x, y), the point, the gradient there (sympy), the author's stated gradient
checked.  :func:`read_double_integral`: the integrand and the rectangle of a double integral, its value
(sympy).  Each returns ``None`` when the block does not give these, or states a wrong value.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .latex import MathInfo, single_line, split_top
from .symbolic import normalize, number, parse, to_numpy

_NUM = r"-?\d+(?:\.\d+)?"
_PAIR = rf"\(\s*({_NUM})\s*,\s*({_NUM})\s*\)"
_FXY = r"^\s*(?:[A-Za-z]\s*\(\s*x\s*,\s*y\s*\)|z)\s*$"
GRADIENT = r"gradient|梯度|steepest\s+ascent|最速上升"
# the rate of change of f along a direction u: D_u f = ∇f · u/|u|
DIRECTIONAL = r"directional\s+derivative|方向导数|rate\s+of\s+change\b[^.;]{0,60}\bin\s+the\s+direction|沿[^。；]{0,16}方向的?变化率"
DIRECTIONAL_TEX = r"(?<![A-Za-z\\])D_\s*(?:\{\s*)?(?:\\(?:mathbf|vec|hat|boldsymbol|bm)\s*\{?\s*[A-Za-z]|[uvl](?![A-Za-z]))"
_DIRECTION_NAMES = ("u", "v", "d", "l", "e", "w")


@dataclass(frozen=True)
class Surface:
    """z = f(x, y) as the author writes it: sympy expression, numpy code in (x, y), LaTeX."""

    expr: object
    code: str
    tex: str


def function_xy(info: MathInfo) -> Surface | None:
    """The block's ``f(x, y) = ...`` (or ``z = ...``) in exactly x and y."""
    import sympy as sp

    for block in info.blocks:
        for piece in split_top(single_line(block), ",;"):
            sides = split_top(piece, "=")
            if len(sides) < 2 or not re.match(_FXY, sides[0]):
                continue
            expr = _parse_product(sides[1])
            if expr is not None and {s.name for s in expr.free_symbols} == {"x", "y"}:
                code = to_numpy(expr, ("x", "y"))
                if code:
                    return Surface(expr, code, sides[1].strip())
    return None


def _parse_product(tex: str):
    """``parse`` and normalise, also reading ``x^2 y`` (a product written with a space) as ``x^2 \\cdot y``."""
    import sympy as sp

    for attempt in (tex, re.sub(r"(?<=[\w}])\s+(?=[A-Za-z(\\])(?!\\cdot|\\times)", r" \\cdot ", tex)):
        expr = parse(attempt)
        try:
            if isinstance(expr, sp.Expr):
                return normalize(expr)
        except Exception:
            continue
    return None


@dataclass(frozen=True)
class Gradient:
    f: Surface
    point: tuple[float, float]
    grad: tuple[float, float]
    stated: bool  # the author states the gradient (and it is right)
    direction: tuple[float, float] | None = None  # the author's direction, as written (not normalised)
    rate: float | None = None  # D_u f = ∇f · u/|u|, when the block asks for it

    @property
    def unit(self) -> tuple[float, float] | None:
        if self.direction is None:
            return None
        n = math.hypot(*self.direction)
        return (self.direction[0] / n, self.direction[1] / n)

    @property
    def value(self) -> float:
        import sympy as sp

        return float(self.f.expr.subs({sp.Symbol("x"): self.point[0], sp.Symbol("y"): self.point[1]}))


def read_gradient(info: MathInfo) -> Gradient | None:
    """f(x, y), the first point the block writes and ∇f there, when the block asks for a gradient;
    None when f or the point is missing, ∇f = 0 there, or a stated gradient (a second pair, or
    ``\\nabla f = (.., ..)``) differs from sympy's."""
    import sympy as sp

    asks_rate = bool(re.search(DIRECTIONAL, info.concept, re.I) or any(re.search(DIRECTIONAL_TEX, b) for b in info.blocks))
    if not asks_rate and not re.search(GRADIENT, info.concept, re.I) and not any("\\nabla" in b for b in info.blocks):
        return None
    f = function_xy(info)
    if f is None:
        return None
    pairs = []
    for block in info.blocks:
        flat = single_line(block)
        for m in re.finditer(_PAIR, flat):
            argument = bool(re.search(r"[A-Za-z]\s*$", flat[:m.start()]))  # f(2, 1), \nabla f(2, 1): a point
            is_grad = not argument and bool(re.search(r"\\nabla|\\operatorname\{grad\}|\\text\{grad\}", flat[:m.start()]))
            pairs.append(((float(m[1]), float(m[2])), is_grad))
    direction = _direction(info) if asks_rate else None
    if asks_rate and direction is None and not re.search(GRADIENT, info.concept, re.I):
        return None  # a directional derivative along a direction we cannot read, and no gradient asked
    points = [p for p, g in pairs if not g and p != direction]
    if not points:
        return None
    point = points[0]
    x, y = sp.symbols("x y")
    at = {x: point[0], y: point[1]}
    grad = (float(sp.diff(f.expr, x).subs(at)), float(sp.diff(f.expr, y).subs(at)))
    if abs(grad[0]) + abs(grad[1]) < 1e-12:
        return None  # a critical point: no arrow to draw
    stated = [p for p, g in pairs if g] + [p for p in points[1:] if p != point]
    for s in stated:
        if abs(s[0] - grad[0]) > 1e-6 or abs(s[1] - grad[1]) > 1e-6:
            return None
    if direction is None:
        return Gradient(f, point, grad, bool(stated))
    n = math.hypot(*direction)
    rate = (grad[0] * direction[0] + grad[1] * direction[1]) / n
    for said in _stated_rates(info):
        if abs(said - rate) > 1e-6 * max(1.0, abs(rate)) + (0.5e-2 if said != round(said, 6) else 0):
            return None  # the author's D_u f is not ∇f · u/|u|
    return Gradient(f, point, grad, bool(stated), direction, rate)


def _direction(info: MathInfo) -> tuple[float, float] | None:
    """The block's direction: a 2-vector named u (v, d, l, e, w), else the first one written right
    after "direction" / "方向"; None when there is none or it is the zero vector."""
    from .linalg import named_vectors

    found = None
    for v in named_vectors(info):
        if len(v.value) == 2 and v.name.split("_")[0] in _DIRECTION_NAMES:
            found = v.value
            break
    if found is None:
        for m in re.finditer(r"\$\$?(.+?)\$\$?", info.concept, re.S):
            if re.search(r"direction(?:\s+(?:of|vector))?\s*$|方向(?:向量)?\s*(?:为|是)?\s*$", info.concept[max(0, m.start() - 30):m.start()], re.I):
                from .linalg import _literals_in

                sides = split_top(single_line(m.group(1)), "=")  # \\hat{\\mathbf u} = (0.6, 0.8): the value's side
                vs = [v for side in sides for v in _literals_in(side) if len(v) == 2]
                if vs:
                    found = vs[0]
                    break
    if found is None or math.hypot(*found) < 1e-12:
        return None
    return (float(found[0]), float(found[1]))


def _stated_rates(info: MathInfo) -> list[float]:
    """The values the author gives D_u f (the last side of a chain starting at D_u f)."""
    out = []
    for block in info.blocks:
        for piece in split_top(single_line(block), ",;"):
            sides = split_top(piece, "=")
            if len(sides) >= 2 and re.match(DIRECTIONAL_TEX, sides[0].strip()):
                value = number(sides[-1])
                if value is not None:
                    out.append(value)
    return out


@dataclass(frozen=True)
class DoubleIntegral:
    f: Surface
    x: tuple[float, float]
    y: tuple[float, float]
    value: float


_II = r"\\iint|\\int\s*\\!?\s*\\int|\\int_\{?[^{}]*\}?\^\{?[^{}]*\}?\s*\\int"


def read_double_integral(info: MathInfo) -> DoubleIntegral | None:
    """∬ f(x, y) over a rectangle: iterated limits (``\\int_0^1\\int_0^2 f\\,dy\\,dx``) or ``\\iint_D f`` with
    ``a \\le x \\le b, c \\le y \\le d`` (or ``[a, b] \\times [c, d]``); its value (sympy). None otherwise, or
    when the author's stated value differs."""
    import sympy as sp

    tex = " ; ".join(single_line(b) for b in info.blocks)
    if not re.search(_II, tex):
        return None
    x, y = sp.symbols("x y")
    integrand = None
    rect: dict[str, tuple[float, float]] = {}
    for block in info.blocks:
        flat = single_line(block)
        m = re.search(r"\\iint(?:_\{?[A-Za-z]\}?|_\{[^{}]*\})?\s*(?P<body>.+?)\\?,?\s*d\s*(?:\\sigma|A|x\s*\\?,?\s*d\s*y|y\s*\\?,?\s*d\s*x)", flat)
        if m and integrand is None:
            integrand = m["body"]
        m = re.search(rf"\\int_\{{?({_NUM})\}}?\^\{{?({_NUM})\}}?\s*\\int_\{{?({_NUM})\}}?\^\{{?({_NUM})\}}?\s*(?P<body>.+?)\\?,?\s*d\s*(?P<i>[xy])\s*\\?,?\s*d\s*(?P<o>[xy])", flat)
        if m and integrand is None and m["i"] != m["o"]:
            integrand = m["body"]
            rect[m["o"]] = (float(m[1]), float(m[2]))
            rect[m["i"]] = (float(m[3]), float(m[4]))
        for v in "xy":
            r = re.search(rf"({_NUM})\s*(?:\\le|\\leq|\\leqslant|<)\s*{v}\s*(?:\\le|\\leq|\\leqslant|<)\s*({_NUM})", flat)
            if r:
                rect.setdefault(v, (float(r[1]), float(r[2])))
        r = re.search(rf"\[\s*({_NUM})\s*,\s*({_NUM})\s*\]\s*\\times\s*\[\s*({_NUM})\s*,\s*({_NUM})\s*\]", flat)
        if r:
            rect.setdefault("x", (float(r[1]), float(r[2])))
            rect.setdefault("y", (float(r[3]), float(r[4])))
    if integrand is None or set(rect) != {"x", "y"} or any(a >= b for a, b in rect.values()):
        return None
    expr = parse(integrand.strip().strip("()") if integrand.strip().startswith("(") and integrand.strip().endswith(")") else integrand)
    try:
        expr = normalize(expr) if isinstance(expr, sp.Expr) else None
    except Exception:
        return None
    if expr is None or not expr.free_symbols <= {x, y} or not expr.free_symbols:
        return None
    code = to_numpy(expr, ("x", "y"))
    if not code:
        return None
    value = sp.integrate(expr, (x, *rect["x"]), (y, *rect["y"]))
    try:
        value = float(value)
    except TypeError:
        return None
    for block in info.blocks:  # a stated value: the last side of the integral's equation
        sides = split_top(single_line(block), "=")
        if len(sides) >= 2 and re.search(_II, sides[0]):
            stated = number(sides[-1])
            if stated is not None and abs(stated - value) > 1e-6 * max(1.0, abs(value)):
                return None
    return DoubleIntegral(Surface(expr, code, integrand.strip()), rect["x"], rect["y"], value)
