"""Green's theorem in the plane: the author's field and the author's closed curve C bounding a region D.

:func:`read_green` reads the field (``\\mathbf F = (P, Q)``, ``P\\,\\mathbf i + Q\\,\\mathbf j``, ``P = ..., Q = ...``
or the form ``\\oint_C P\\,dx + Q\\,dy`` written out) and the region (a rectangle, a polygon with the vertices the
author lists, a circle or an ellipse written as an equation or in words, the region between two curves), and
computes both sides of

    circulation: ∮_C P dx + Q dy = ∬_D (Q_x − P_y) dA        flux: ∮_C P dy − Q dx = ∬_D (P_x + Q_y) dA

with sympy (exactly when the integrands are polynomials, else numerically), checking that they agree. It returns
None (the block gets the walkthrough) when any object is missing or leaves a letter symbolic, when the field is
singular in D (Green's theorem does not apply), when the block is about a surface in space, or when a value
the author states (the circulation, the curl) is not what we compute.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .latex import MathInfo, fmt, single_line, split_top

GREEN_WORDS = r"green'?s?\s+(?:theorem|formula|identity)|格林公式|格林定理|格林(?:\s*\(\s*green\s*\))?\s*公式"
# a surface in space, the divergence theorem, a solid: not Green's theorem in the plane
SPACE = (r"stokes|斯托克斯|\bsurface\b|曲面|divergence\s+theorem|gauss|高斯|\bsolid\b|\bsphere\b|球面|\bspace\s+curve|空间曲线|"
         r"\bhemisphere|\bparaboloid|\bcylinder\b|\bcone\b|三维|\b3d\b")
_PARTIAL_REGION = (r"\bhalf\b|semi(?!-?\s?(?:major|minor|ax[ie]s))|quarter|quadrant|annul|\bring\b|\bsector\b|region\s+outside|excluding|\bhole\b|"
                   r"半圆|上半|下半|左半|右半|四分之一|象限|圆环|扇形|外部|挖去")
_CW = r"(?<!counter)(?<!counter-)(?<!counter )(?<!anti)(?<!anti-)\bclockwise|顺时针|negatively\s+oriented|负向"
_CCW = r"counter-?\s?clockwise|anti-?clockwise|逆时针|positively\s+oriented|positive\s+(?:orientation|direction)|正向|正方向"
_FLUX = (r"\bflux\b|通量|outward|\bnormal\s+(?:form|component)|法向|\bdivergence\b|散度")
_CIRC = r"circulation|环量|\bwork\b|做功|tangential|切向|\bcurl\b|旋度"


@dataclass(frozen=True)
class Region:
    """D and its boundary C, counter-clockwise: ``pieces`` (x(t), y(t), t0, t1) as sympy expressions in t."""

    kind: str  # rectangle | polygon | ellipse | between
    pieces: tuple
    tex: str  # how the scene writes C or D
    box: tuple[float, float, float, float]  # x_lo, x_hi, y_lo, y_hi
    data: tuple  # polygon: vertices (sympy pairs, ccw); ellipse: (h, k, a, b); between: (lo, hi, a, b)
    inside: str  # numpy code in x, y: True inside D


@dataclass(frozen=True)
class Green:
    P: object
    Q: object
    p_code: str
    q_code: str
    field_tex: str
    form: str  # "circulation" or "flux"
    integrand: object  # Q_x - P_y or P_x + Q_y
    integrand_code: str
    region: Region
    clockwise: bool
    line_value: float  # ∮ counter-clockwise, numerically
    double: object  # the double integral, sympy (exact when it could be), counter-clockwise sign
    value: float  # the answer for the author's orientation
    value_tex: str
    exact: bool
    stated: bool  # the author states the value (and it is right)

    @property
    def line_tex(self) -> str:
        """The line integral as the scene writes it (``\\oint_C P\\,dx + Q\\,dy``)."""
        import sympy as sp

        a, b = (self.P, self.Q) if self.form == "circulation" else (-self.Q, self.P)
        return r"\oint_C " + _form_tex(sp.latex(a), a, sp.latex(b), b)

    @property
    def double_tex(self) -> str:
        import sympy as sp

        return r"\iint_D " + _wrap(sp.latex(self.integrand), self.integrand) + r"\,dA"


def _wrap(tex: str, expr) -> str:
    return f"\\left({tex}\\right)" if expr.is_Add else tex


def _form_tex(at: str, a, bt: str, b) -> str:
    if a == 0:
        return f"{_wrap(bt, b)}\\,dy"
    if b == 0:
        return f"{_wrap(at, a)}\\,dx"
    if b.could_extract_minus_sign() and not b.is_Add:
        import sympy as sp

        return f"{_wrap(at, a)}\\,dx - {sp.latex(-b)}\\,dy"
    return f"{_wrap(at, a)}\\,dx + {_wrap(bt, b)}\\,dy"


# -- the field ------------------------------------------------------------------------------------------------

_OINT = re.compile(r"\\(?:oint|varoint|ointctrclockwise|ointclockwise|int)\s*(?:\\limits)?\s*_\s*(?:\{[^{}]*\}|\\?[A-Za-z]+)\s*")
_DIFF = re.compile(r"(?:\\[,;!: ]|\s)*(?:\\mathrm\s*\{\s*d\s*\}|\\mathrm\s+d|\\text\s*\{\s*d\s*\}|(?<![A-Za-z\\])d)\s*(?P<v>[xy])(?![A-Za-z])")


def _coeff(tex: str):
    from .multivar import _parse_product

    tex = tex.strip()
    if not tex:
        return None
    sign = 1
    if tex[0] in "+-":
        sign, tex = (-1 if tex[0] == "-" else 1), tex[1:].strip()
    if not tex:
        return sign
    e = _parse_product(tex)
    return None if e is None else sign * e


def _form_field(text: str):
    """(a, b) of ``\\oint_C a\\,dx + b\\,dy`` written out, or None; raises ValueError for a form we cannot read
    (a fraction over the differentials, letters besides x and y)."""
    import sympy as sp

    for m in _OINT.finditer(text):
        body = split_top(text[m.end():], "=;")[0].strip()
        if re.match(r"\\(?:mathbf|vec|boldsymbol)|F\s*\\cdot|\\vec", body):
            continue  # \oint_C \mathbf F\cdot d\mathbf r: the field is written elsewhere
        marks = list(_DIFF.finditer(body))
        if not marks:
            continue
        if len(marks) > 2 or body[marks[-1].end():].strip(" .,\\") or len({k["v"] for k in marks}) != len(marks):
            raise ValueError("a form we do not read")
        coeffs = {"x": sp.Integer(0), "y": sp.Integer(0)}
        start = 0
        for k in marks:
            c = _coeff(body[start:k.start()])
            if c is None:
                raise ValueError("a coefficient we cannot read")
            coeffs[k["v"]] = sp.sympify(c)
            start = k.end()
        names = {s.name for c in coeffs.values() for s in c.free_symbols}
        if names and names <= {"P", "Q", "M", "N"}:
            continue  # the theorem's P dx + Q dy: the field is written elsewhere (P = ..., Q = ...), or nowhere
        if names - {"x", "y"}:
            raise ValueError("a letter besides x and y")
        return coeffs["x"], coeffs["y"]
    return None


def _pq_field(blocks: list[str]):
    """``P = ...`` and ``Q = ...`` written as definitions (``P(x, y) = ...``), or None."""
    found = {}
    for block in blocks:
        for piece in re.split(r",|;|\\quad|\\qquad|\\text\{[^{}]*\}", single_line(block)):
            m = re.match(r"^\s*([PQ])\s*(?:\(\s*x\s*,\s*y\s*\))?\s*=\s*(.+)$", piece)
            if m and m[1] not in found:
                e = _coeff(split_top(m[2], "=")[0])
                if e is None:
                    return None
                found[m[1]] = e
    if set(found) != {"P", "Q"}:
        return None
    import sympy as sp

    P, Q = sp.sympify(found["P"]), sp.sympify(found["Q"])
    if any({s.name for s in e.free_symbols} - {"x", "y"} for e in (P, Q)):
        raise ValueError("a letter besides x and y")
    return P, Q


def read_field2(info: MathInfo):
    """(P, Q, written_form) of the block's plane field; written_form: (a, b) of a form ∮ a dx + b dy the block
    writes, else None. None for no field; raises ValueError for a field we cannot read as written."""
    from .fields import _brackets, _field_in

    text = _brackets(" ; ".join(single_line(b) for b in info.blocks))
    form = _form_field(text)
    found = _field_in(text)
    if found is not None:
        comps = found[0]
        if len(comps) != 2:
            raise ValueError("a field in space")
        return comps[0], comps[1], form
    pq = _pq_field(info.blocks)
    if pq is not None:
        return pq[0], pq[1], form
    if form is not None:
        return form[0], form[1], form
    return None


# -- the region -----------------------------------------------------------------------------------------------

def _pieces_of_polygon(vs) -> tuple:
    import sympy as sp

    t = sp.Symbol("t")
    out = []
    for (x0, y0), (x1, y1) in zip(vs, vs[1:] + vs[:1]):
        out.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, sp.Integer(0), sp.Integer(1)))
    return tuple(out)


def _polygon(vs, tex: str, kind: str = "polygon") -> Region | None:
    """The convex polygon through the points ``vs`` (sympy numbers), counter-clockwise, or None."""
    import sympy as sp

    cx = sum(v[0] for v in vs) / len(vs)
    cy = sum(v[1] for v in vs) / len(vs)
    order = sorted(vs, key=lambda v: math.atan2(float(v[1] - cy), float(v[0] - cx)))
    for a, b, c in zip(order, order[1:] + order[:1], order[2:] + order[:2]):
        if (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]) <= 0:
            return None  # collinear or not convex: not a polygon we draw
    xs, ys = [float(v[0]) for v in order], [float(v[1]) for v in order]
    tests = " & ".join(f"(({fmt(float(b[0] - a[0]), 6)}) * (y - ({fmt(float(a[1]), 6)})) - ({fmt(float(b[1] - a[1]), 6)}) * (x - ({fmt(float(a[0]), 6)})) >= -1e-9)"
                       for a, b in zip(order, order[1:] + order[:1]))
    rect = len(order) == 4 and len({v[0] for v in order}) == 2 and len({v[1] for v in order}) == 2
    return Region("rectangle" if rect else kind, _pieces_of_polygon(order), tex, (min(xs), max(xs), min(ys), max(ys)),
                  tuple(order), tests)


_BOUND = r"(-?\d+(?:\.\d+)?|-?\\pi|-?\\frac\s*\{[^{}]*\}\s*\{[^{}]*\}|-?\d*\s*\\pi)"
_LE = r"(?:\\le|\\leq|\\leqslant|<|\\lt)"


def _rectangle(flat: str) -> Region | None:
    import sympy as sp

    from .symbolic import number, parse

    span = {}
    for v in "xy":
        m = re.search(rf"{_BOUND}\s*{_LE}\s*{v}\s*{_LE}\s*{_BOUND}", flat)
        if m:
            span[v] = (m[1], m[2])
    m = re.search(rf"\[\s*{_BOUND}\s*,\s*{_BOUND}\s*\]\s*\\times\s*\[\s*{_BOUND}\s*,\s*{_BOUND}\s*\]", flat)
    if m:
        span.setdefault("x", (m[1], m[2]))
        span.setdefault("y", (m[3], m[4]))
    if set(span) != {"x", "y"}:
        return None
    vals = {}
    for v, (a, b) in span.items():
        ea, eb = parse(a.strip()), parse(b.strip())
        if ea is None or eb is None or number(a) is None or number(b) is None or number(a) >= number(b):
            return None
        vals[v] = (sp.nsimplify(ea), sp.nsimplify(eb))
    (x0, x1), (y0, y1) = vals["x"], vals["y"]
    tex = rf"D = [{sp.latex(x0)}, {sp.latex(x1)}]\times[{sp.latex(y0)}, {sp.latex(y1)}]"
    return _polygon([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], tex, "rectangle")


def _ellipse(h, k, a, b, tex: str) -> Region:
    import sympy as sp

    t = sp.Symbol("t")
    H, K, A, B = (float(v) for v in (h, k, a, b))
    inside = f"((x - ({fmt(H, 6)})) / {fmt(A, 6)})**2 + ((y - ({fmt(K, 6)})) / {fmt(B, 6)})**2 <= 1 + 1e-9"
    return Region("ellipse", ((h + a * sp.cos(t), k + b * sp.sin(t), sp.Integer(0), 2 * sp.pi),), tex,
                  (H - A, H + A, K - B, K + B), (h, k, a, b), inside)


def _conic(lhs, rhs):
    """(h, k, a, b) when lhs = rhs (or ≤) is an axis-parallel ellipse or circle in x and y, else None."""
    import sympy as sp

    x, y = sp.symbols("x y")
    e = sp.expand(lhs - rhs)
    if e.free_symbols != {x, y}:
        return None
    try:
        poly = sp.Poly(e, x, y)
    except Exception:
        return None
    if poly.total_degree() != 2:
        return None
    c = lambda i, j: poly.coeff_monomial(x**i * y**j)  # noqa: E731
    A, C, B = c(2, 0), c(0, 2), c(1, 1)
    if B != 0 or A * C <= 0:
        return None
    h, k = -c(1, 0) / (2 * A), -c(0, 1) / (2 * C)
    G = A * h**2 + C * k**2 - c(0, 0)
    if G / A <= 0:
        return None
    return h, k, sp.sqrt(G / A), sp.sqrt(G / C)


def _curves(info: MathInfo, givens: dict):
    """Every equation or inequality piece of the blocks, as (text, lhs, rhs, relation) in x and y."""
    import sympy as sp

    from .multivar import _parse_product

    out = []
    for block in info.blocks:
        flat = single_line(block)
        for piece in (p for part in re.split(r"\\quad|\\qquad|\\text\s*\{[^{}]*\}", flat) for p in split_top(part, ",;")):
            piece = re.sub(r"^\s*(?:[CLD]|\\partial\s*D|\\Gamma)\s*:\s*", "", piece)
            # D = \{(x, y) \mid x^2 + y^2 \le 4\}: the condition inside the set
            piece = re.sub(r"^.*?\\\{\s*\(\s*x\s*,\s*y\s*\)\s*(?:\\mid|:|\||\\vert)\s*(.*?)\s*\\\}\s*$", r"\1", piece)
            if re.search(r"\\oint|\\iint|\\int|\\mathbf|\\vec|\\langle|\\partial|(?<![A-Za-z\\])[FPQ]\s*(?:\(|=)", piece):
                continue
            m = re.fullmatch(rf"\s*(.+?)\s*(=|{_LE}|\\geq?|>)\s*(.+?)\s*", piece)
            if not m or re.search(_LE + r"|\\ge|>", m[3]):
                continue
            left, right = _parse_product(m[1]), _parse_product(m[3])
            if left is None or right is None:
                continue
            sub = {sp.Symbol(n): sp.nsimplify(v) for n, v in givens.items()}
            left, right = sp.sympify(left).subs(sub), sp.sympify(right).subs(sub)
            out.append((piece.strip(), left, right, m[2]))
    return out


def _branches(lhs, rhs):
    """The explicit functions y = g(x) of the curve lhs = rhs (y = x^2: [x^2]; y^2 = x: [√x, -√x]), or None."""
    import sympy as sp

    x, y = sp.symbols("x y")
    e = sp.expand(lhs - rhs)
    if y not in e.free_symbols or not e.free_symbols <= {x, y}:
        return None
    try:
        poly = sp.Poly(e, y)
        if poly.degree() > 2:
            return None
        sols = sp.solve(e, y)
    except Exception:
        return None
    return [s for s in sols if s.free_symbols <= {x}] or None


def _between(curves) -> Region | None:
    import sympy as sp

    from .symbolic import to_numpy

    x, t = sp.symbols("x t")
    found = []
    for text, lhs, rhs, rel in curves:
        if rel != "=":
            return None
        b = _branches(lhs, rhs)
        if b is None:
            return None
        found.append((text, b))
    if len(found) != 2:
        return None
    regions = []
    for g1 in found[0][1]:
        for g2 in found[1][1]:
            try:
                roots = sorted({r for r in sp.solve(sp.Eq(g1, g2), x) if r.is_real}, key=float)
            except Exception:
                return None
            if len(roots) < 2:
                continue
            if len(roots) > 2:
                return None  # several regions: which one is D?
            a, b = roots
            mid = (a + b) / 2
            v1, v2 = complex(sp.N(g1.subs(x, mid))), complex(sp.N(g2.subs(x, mid)))
            if abs(v1.imag) > 1e-12 or abs(v2.imag) > 1e-12 or abs(v1.real - v2.real) < 1e-12:
                continue
            lo, hi = (g1, g2) if v1.real < v2.real else (g2, g1)
            regions.append((lo, hi, a, b))
    if len(regions) != 1:
        return None
    lo, hi, a, b = regions[0]
    xs = np.linspace(float(a), float(b), 41)
    codes = [to_numpy(g, ("x",)) for g in (lo, hi)]
    if None in codes:
        return None
    from .symbolic import evaluate

    ylo, yhi = evaluate(codes[0] + " + 0 * x", "x", xs), evaluate(codes[1] + " + 0 * x", "x", xs)
    if ylo is None or yhi is None or not (np.all(np.isfinite(ylo)) and np.all(np.isfinite(yhi))) or np.any(yhi - ylo < -1e-9):
        return None
    pieces = [(t, lo.subs(x, t), a, b)]
    if sp.simplify(hi.subs(x, b) - lo.subs(x, b)) != 0:
        pieces.append((b + 0 * t, lo.subs(x, b) + (hi.subs(x, b) - lo.subs(x, b)) * t, sp.Integer(0), sp.Integer(1)))
    pieces.append((a + b - t, hi.subs(x, a + b - t), a, b))
    if sp.simplify(hi.subs(x, a) - lo.subs(x, a)) != 0:
        pieces.append((a + 0 * t, hi.subs(x, a) + (lo.subs(x, a) - hi.subs(x, a)) * t, sp.Integer(0), sp.Integer(1)))
    tex = r",\ ".join(text for text, _ in found)
    inside = (f"(x >= {fmt(float(a), 6)} - 1e-9) & (x <= {fmt(float(b), 6)} + 1e-9) & "
              f"(y >= ({codes[0]}) - 1e-9) & (y <= ({codes[1]}) + 1e-9)")
    box = (float(a), float(b), float(np.min(ylo)), float(np.max(yhi)))
    return Region("between", tuple(pieces), tex, box, (lo, hi, a, b), inside)


def read_region(info: MathInfo) -> Region | None:
    """The closed curve C and its region D, from the block (see the module docstring), or None."""
    import sympy as sp

    from .given import circle_given, points
    from .templates.common import given_values

    prose = info.prose
    flat = " ; ".join(single_line(b) for b in info.blocks)
    if re.search(_PARTIAL_REGION, prose, re.I):
        return None
    givens = given_values(info, ("r", "R", "a", "b"))
    curves = _curves(info, givens)
    conics = [(text, _conic(lhs, rhs), rel) for text, lhs, rhs, rel in curves]
    conics = [(text, c, rel) for text, c, rel in conics if c is not None]
    others = [c for c in curves if _conic(c[1], c[2]) is None
              and {s.name for s in (c[1] - c[2]).free_symbols} in ({"x"}, {"y"}, {"x", "y"})]
    found = []
    pts = list(dict.fromkeys(points(info, 1) or []))  # a route back to its start lists the start twice
    if re.search(r"triang|三角形", prose, re.I):
        if len(pts) == 3:
            vs = [(sp.nsimplify(p[0]), sp.nsimplify(p[1])) for p in pts]
            found.append(_polygon(vs, r"\triangle\ " + ",\\ ".join(f"({fmt(p[0])}, {fmt(p[1])})" for p in pts)))
        else:
            return None
    elif re.search(r"vertices|vertex|corners|顶点", prose, re.I) and len(pts) >= 3:
        vs = [(sp.nsimplify(p[0]), sp.nsimplify(p[1])) for p in pts]
        found.append(_polygon(vs, r"C:\ " + r"\to ".join(f"({fmt(p[0])}, {fmt(p[1])})" for p in pts)))
    rect = _rectangle(flat)
    if rect is not None:
        found.append(rect)
    if conics:
        if len(conics) > 1:
            return None  # two circles: an annulus, or which one?
        text, (h, k, a, b), _ = conics[0]
        used = [n for n in givens if re.search(rf"(?<![A-Za-z\\]){n}(?![A-Za-z])", text)]
        text += "".join(rf",\ {n} = {fmt(givens[n])}" for n in used)  # x^2 + y^2 = R^2,\ R = 2
        found.append(_ellipse(h, k, a, b, text))
    else:
        given = circle_given(info)  # "the circle of radius 2 centred at the origin", "单位圆"
        if given is not None:
            h, k, radius = given
            tex = rf"x^2 + y^2 = {sp.latex(radius**2)}" if h == k == 0 else rf"(x - {sp.latex(h)})^2 + (y - {sp.latex(k)})^2 = {sp.latex(radius**2)}"
            found.append(_ellipse(h, k, radius, radius, tex))
    if not found and len(others) == 2 and re.search(r"bound|enclos|between|region|所围|围成|之间|边界|闭曲线", prose, re.I):
        found.append(_between(others))
    found = [f for f in found if f is not None]
    if len(found) != 1:
        return None
    region = found[0]
    if region.kind == "ellipse" and others:
        return None  # a circle and another curve: a part of the disk
    return region


# -- integrals ---------------------------------------------------------------------------------------------------

def _exact_double(f, region: Region):
    """∬_D f dA with sympy when f is a polynomial in x and y, else None."""
    import sympy as sp

    x, y, u, w, r, th = sp.symbols("x y u w r theta")
    if not f.is_polynomial(x, y) and not (region.kind == "rectangle" and sp.count_ops(f) <= 12):
        return None  # sympy's search for other antiderivatives can take minutes; a small one over a rectangle is quick
    try:
        if region.kind == "rectangle":
            xs = sorted({v[0] for v in region.data}, key=float)
            ys = sorted({v[1] for v in region.data}, key=float)
            value = sp.integrate(f, (x, xs[0], xs[1]), (y, ys[0], ys[1]))
        elif region.kind == "polygon":
            vs = region.data
            value = sp.Integer(0)
            for v1, v2 in zip(vs[1:], vs[2:]):  # a fan of triangles from the first vertex
                v0 = vs[0]
                det = (v1[0] - v0[0]) * (v2[1] - v0[1]) - (v1[1] - v0[1]) * (v2[0] - v0[0])
                X = v0[0] + u * (v1[0] - v0[0]) + w * (v2[0] - v0[0])
                Y = v0[1] + u * (v1[1] - v0[1]) + w * (v2[1] - v0[1])
                value += abs(det) * sp.integrate(f.subs({x: X, y: Y}), (w, 0, 1 - u), (u, 0, 1))
        elif region.kind == "ellipse":
            h, k, a, b = region.data
            value = sp.integrate(sp.expand(f.subs({x: h + a * r * sp.cos(th), y: k + b * r * sp.sin(th)}) * a * b * r),
                                 (r, 0, 1), (th, 0, 2 * sp.pi))
        else:
            lo, hi, a, b = region.data
            value = sp.integrate(sp.integrate(f, (y, lo, hi)), (x, a, b))
    except Exception:
        return None
    value = sp.nsimplify(sp.simplify(value)) if value.is_Rational else sp.simplify(value)
    return None if value.has(sp.Integral) or value.free_symbols else value


def _numeric_double(code: str, region: Region) -> float:
    """∬_D f dA numerically (midpoint rules on the region's own coordinates)."""
    from .symbolic import evaluate2

    n = 400
    g = (np.arange(n) + 0.5) / n
    U, W = np.meshgrid(g, g)
    if region.kind in ("rectangle", "polygon"):
        vs = [(float(a), float(b)) for a, b in region.data]
        total = 0.0
        for v1, v2 in zip(vs[1:], vs[2:]):  # Duffy: (u, w) in the square -> the triangle, Jacobian u·|det|
            v0 = vs[0]
            det = abs((v1[0] - v0[0]) * (v2[1] - v0[1]) - (v1[1] - v0[1]) * (v2[0] - v0[0]))
            X = v0[0] + U * (v1[0] - v0[0]) + U * W * (v2[0] - v1[0])
            Y = v0[1] + U * (v1[1] - v0[1]) + U * W * (v2[1] - v1[1])
            total += float(np.sum(evaluate2(code, X, Y) * U) * det / n**2)
        return total
    if region.kind == "ellipse":
        h, k, a, b = (float(v) for v in region.data)
        R, T = U, 2 * np.pi * W
        return float(np.sum(evaluate2(code, h + a * R * np.cos(T), k + b * R * np.sin(T)) * a * b * R) * 2 * np.pi / n**2)
    from .symbolic import evaluate, to_numpy

    lo, hi, a, b = region.data
    a, b = float(a), float(b)
    X = a + (b - a) * U
    L = evaluate(to_numpy(lo, ("x",)) + " + 0 * x", "x", X)
    H = evaluate(to_numpy(hi, ("x",)) + " + 0 * x", "x", X)
    Y = L + (H - L) * W
    return float(np.sum(evaluate2(code, X, Y) * (H - L)) * (b - a) / n**2)


def _numeric_line(a_code: str, b_code: str, region: Region) -> float:
    """∮_C a dx + b dy counter-clockwise, numerically (nodes clustered at each piece's ends: a √x end is no trouble)."""
    import sympy as sp

    from .symbolic import evaluate2, to_numpy

    t = sp.Symbol("t")
    n = 4000
    u = (np.arange(n) + 0.5) / n
    total = 0.0
    for X, Y, t0, t1 in region.pieces:
        t0, t1 = float(t0), float(t1)
        ts = t0 + (t1 - t0) * (1 - np.cos(np.pi * u)) / 2
        dts = (t1 - t0) * np.pi * np.sin(np.pi * u) / 2 / n
        fx, fy = (eval(f"lambda t: {to_numpy(e, ('t',))} + 0 * t", {"np": np}) for e in (X, Y))
        dx, dy = (eval(f"lambda t: {to_numpy(sp.diff(e, t), ('t',))} + 0 * t", {"np": np}) for e in (X, Y))
        with np.errstate(all="ignore"):
            xs, ys = fx(ts), fy(ts)
            total += float(np.sum((evaluate2(a_code, xs, ys) * dx(ts) + evaluate2(b_code, xs, ys) * dy(ts)) * dts))
    return total


def _singular(codes: list[str], exprs, region: Region) -> bool:
    """The field or its derivatives are not finite somewhere in D (on a grid, at D's centre, at the origin and
    at the critical points of a denominator)."""
    import sympy as sp

    from .symbolic import evaluate2

    x, y = sp.symbols("x y")
    x0, x1, y0, y1 = region.box
    g = np.linspace(0, 1, 61)
    X, Y = np.meshgrid(x0 + (x1 - x0) * g, y0 + (y1 - y0) * g)
    px, py = list(X.ravel()), list(Y.ravel())
    extra = [((x0 + x1) / 2, (y0 + y1) / 2), (0.0, 0.0)]
    for e in exprs:
        d = sp.denom(sp.together(e))
        if d.free_symbols:
            try:
                for s in sp.solve([sp.diff(d, x), sp.diff(d, y)], [x, y], dict=True)[:8]:
                    if all(v.is_real for v in s.values()) and set(s) == {x, y}:
                        extra.append((float(s[x]), float(s[y])))
            except Exception:
                return True
    px += [p[0] for p in extra]
    py += [p[1] for p in extra]
    PX, PY = np.array(px), np.array(py)
    with np.errstate(all="ignore"):
        keep = np.asarray(eval(f"lambda x, y: {region.inside}", {"np": np})(PX, PY), dtype=bool)
    PX, PY = PX[keep], PY[keep]
    for code in codes:
        vals = evaluate2(code + " + 0 * x", PX, PY)
        if vals is None or not np.all(np.isfinite(vals)) or np.max(np.abs(vals), initial=0) > 1e8:
            return True
    return False


# -- what the author states -----------------------------------------------------------------------------------------

_CLAIM = re.compile(r"(?:circulation|flux|work|line\s+integral|integral|value|环量|通量|做功|功|积分|值|结果)"
                    r"[^$.;。；]{0,30}?(?:\bis\b|\bequals?\b|=|为|等于|是)\s*\$(?P<v>[^$]+)\$", re.I)


def stated_values(info: MathInfo) -> list[tuple[float, bool]]:
    """(value, of_the_double_integral_only) for each number the author states for ∮ or ∬."""
    from .symbolic import number

    out = []
    for block in info.blocks:
        sides = [s.strip() for s in split_top(single_line(block).replace("\\approx", "="), "=")]
        if len(sides) < 2 or not any(re.search(r"\\oint|\\iint|\\int_\{?\s*(?:C|L|\\partial|\\Gamma|\\gamma)", s) for s in sides):
            continue
        only_double = not any(re.search(r"\\oint|\\int_\{?\s*(?:C|L|\\partial|\\Gamma|\\gamma)", s) for s in sides)
        for s in sides:
            v = number(s) if not re.search(r"\\i+nt|\\oint", s) else None
            if v is not None:
                out.append((v, only_double))
    for m in _CLAIM.finditer(info.concept):
        v = number(m["v"])
        if v is not None:
            out.append((v, False))
    return out


_ROUTE = r"\bfrom\b[^.;。；]{0,80}?\bto\b|从[^。；]{0,80}?(?:到|至)|然后|\bthen\b"


def _orientation(info: MathInfo, region: Region) -> bool | None:
    """True for clockwise, False for counter-clockwise (said, or unsaid: Green's positive orientation), None
    when the words disagree or a route told in words has a direction we do not read. A polygon's route through
    its vertices (from (0, 0) to (0, 4) to (2, 0)) is clockwise when the vertices, in the author's order, are."""
    from .given import points

    prose = info.prose
    cw, ccw = re.search(_CW, prose, re.I), re.search(_CCW, prose, re.I)
    if cw and ccw:
        return None
    said = True if cw else False if ccw else None
    route = re.search(_ROUTE, prose, re.I) or re.search(r"\\to\b|\\rightarrow|→", " ".join(info.blocks))
    if not route:
        return bool(said)
    if region.kind in ("polygon", "rectangle") and not region.tex.startswith("D"):
        listed = list(dict.fromkeys(points(info, 1) or []))
        area = sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(listed, listed[1:] + listed[:1]))
        walked = area < 0
        return None if said is not None and said != walked else walked
    return said  # a curve's route: only the author's words say which way


def _form(info: MathInfo) -> str | None:
    flux, circ = re.search(_FLUX, info.prose, re.I), re.search(_CIRC, info.prose, re.I)
    tex = " ".join(info.blocks)
    if re.search(r"\\cdot\s*(?:\\mathbf|\\vec|\\hat)\s*\{?\s*n\b|\\mathbf\s*\{?\s*n\s*\}?\s*\\,?\s*ds", tex):
        flux = flux or True
    if flux and circ and not re.search(r"\bflux\b|通量", info.prose, re.I):
        flux = None  # "curl and divergence" words alone: the circulation
    if flux and circ and re.search(r"circulation|环量|\bwork\b|做功", info.prose, re.I):
        return None  # both asked: not one scene
    return "flux" if flux else "circulation"


def read_green(info: MathInfo) -> Green | None:
    """Both sides of Green's theorem for the block's own field and curve (see the module docstring), or None.
    Read once per block text: recognition, the verifier's drawers and the template all ask."""
    from .latex import extract

    if extract(info.concept).blocks != info.blocks:
        return _read_green(info)
    return _cached(info.concept)


@lru_cache(maxsize=64)
def _cached(concept: str) -> Green | None:
    from .latex import extract

    return _read_green(extract(concept))


_ASKS = r"circulation|环量|\bflux\b|通量|\bwork\b|做功|曲线积分|line\s+integral|" + GREEN_WORDS


def _read_green(info: MathInfo) -> Green | None:
    import sympy as sp

    if not (re.search(_ASKS, info.prose, re.I) or re.search(r"\\oint|\\int_\{?\s*(?:C|L|\\partial\s*D|\\Gamma)\b", " ".join(info.blocks))):
        return None  # a field beside a circle, turning counterclockwise, asks no integral around it

    from .fields import _agrees, _stated_exprs
    from .symbolic import to_numpy

    text = info.prose + " " + " ".join(info.blocks)
    if re.search(SPACE, info.prose, re.I) or re.search(r"\\iiint|\\iint_\{?\s*(?:S|\\Sigma|\\sigma)\b|(?<![A-Za-z\\])z(?![A-Za-z])|d\s*\\mathbf\s*\{?\s*S", " ".join(info.blocks)):
        return None
    try:
        field = read_field2(info)
    except ValueError:
        return None
    if field is None:
        return None
    P, Q, written = field
    P, Q = sp.sympify(P), sp.sympify(Q)
    if P == 0 and Q == 0:
        return None
    form = _form(info)
    if form is None:
        return None
    x, y = sp.symbols("x y")
    if form == "circulation":
        a, b = P, Q
        integrand = sp.simplify(sp.diff(Q, x) - sp.diff(P, y))
    else:
        a, b = -Q, P
        integrand = sp.simplify(sp.diff(P, x) + sp.diff(Q, y))
    if written is not None and (sp.simplify(written[0] - a) != 0 or sp.simplify(written[1] - b) != 0):
        return None  # the form written is not the one the words ask for
    region = read_region(info)
    if region is None:
        return None
    clockwise = _orientation(info, region)
    if clockwise is None:
        return None
    codes = [to_numpy(e, ("x", "y")) for e in (P, Q, integrand, a, b)]
    if None in codes:
        return None
    derivs = [to_numpy(sp.diff(e, v), ("x", "y")) for e in (P, Q) for v in (x, y)]
    if None in derivs or _singular(codes[:2] + derivs, (P, Q), region):
        return None
    line = _numeric_line(codes[3], codes[4], region)
    exact = _exact_double(integrand, region)
    double = exact if exact is not None else _numeric_double(codes[2], region)
    dval = float(double)
    if not (math.isfinite(line) and math.isfinite(dval)) or abs(line - dval) > 1e-4 * max(1.0, abs(dval)):
        return None
    value = -dval if clockwise else dval
    value_tex = sp.latex(-double if clockwise else double) if exact is not None else fmt(value, 4)
    said = stated_values(info)
    for v, double_only in said:
        want = dval if double_only else value
        if abs(v - want) > 5e-3 * max(1.0, abs(want)):
            return None
    which = "curl" if form == "circulation" else "div"
    said_integrand = _stated_exprs(info, which)
    short = r"^\s*Q_\{?x\}?\s*-\s*P_\{?y\}?\s*$" if which == "curl" else r"^\s*P_\{?x\}?\s*\+\s*Q_\{?y\}?\s*$"
    for block in info.blocks:  # Q_x - P_y = 3
        sides = split_top(single_line(block), "=")
        if len(sides) >= 2 and re.match(short, sides[0]):
            said_integrand.append(sides[-1])
    if any(not _agrees(s, integrand, {"x", "y"}) for s in said_integrand):
        return None
    field_tex = rf"\mathbf F = \left({sp.latex(P)},\ {sp.latex(Q)}\right)"
    return Green(P, Q, codes[0], codes[1], field_tex, form, integrand, codes[2], region, clockwise, line, double,
                 value, value_tex, exact is not None, bool(said))


# -- a block that states the theorem with letters only ----------------------------------------------------------------

EXAMPLE = r"$\mathbf F = (x^4,\ xy)$, $C$ the triangle with vertices $(0, 0)$, $(1, 0)$, $(0, 1)$"


def states_theorem(info: MathInfo) -> bool:
    """The block names Green's theorem and writes it only with letters (P, Q, L, D...), no number, or writes no
    formula at all: the family may then show a declared example (:data:`EXAMPLE`, "for instance" on screen)."""
    if not re.search(GREEN_WORDS, info.prose, re.I):
        return False
    if re.search(SPACE, info.prose, re.I):
        return False
    if not info.blocks:
        return True
    math_ = " ".join(single_line(b) for b in info.blocks)
    bare = re.sub(r"\\[A-Za-z]+", " ", math_)
    if re.search(r"\d", re.sub(r"[_^]\s*\{?\d\}?", " ", bare)):
        return False
    letters = set(re.findall(r"[A-Za-z]", bare))
    return bool(letters) and letters <= set("PQLCDAdxyMNFrsTn") and re.search(r"\\oint|\\iint", math_) is not None
