"""Vector fields and tangent planes the author writes, and what the block states about them.

:func:`read_field`: a field ``\\mathbf F = (P, Q)`` / ``\\langle P, Q, R\\rangle`` / ``P\\,\\mathbf i + Q\\,\\mathbf j``
in x, y (and z), its divergence and curl (sympy), every divergence or curl the author states checked.
:func:`read_plane`: ``z = f(x, y)`` (or ``f(x, y) = ...``), the point, the partial derivatives and the tangent
plane there, every stated partial or plane checked.  Each returns ``None`` when the block does not give
these, leaves a letter symbolic, or states a wrong value (a false statement is never drawn as true).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .latex import MathInfo, single_line, split_top
from .multivar import _parse_product
from .symbolic import normalize, to_numpy

_NUM = r"-?\d+(?:\.\d+)?"
FIELD_WORDS = r"vector\s+fields?|(?:velocity|force|flow|electric|magnetic|gradient)\s+fields?|paddle\s*wheel|flow\s+lines?|向量场|矢量场|速度场|力场|\bcurl\b|旋度|散度|divergence|irrotational|solenoidal|incompressible|无旋|无源"
# the field's name: \mathbf F, \vec{F}, \boldsymbol v, F, with an optional (x, y) / (x, y, z)
_NAME = (r"(?:\\(?:mathbf|vec|boldsymbol|mathbf\s*\{\s*\\vec)\s*\{?\s*(?P<bold>[A-Za-z])\s*\}?\}?|(?<![\\A-Za-z])(?P<plain>[FGV]))"
         r"\s*(?:\(\s*x\s*,\s*y\s*(?:,\s*z\s*)?\))?\s*=\s*")
# the verifier's questions (verify.QUESTIONS): a divergence or curl, a partial derivative
DIV_CURL = (r"\bcurl\b|旋度|散度|irrotational|curl[- ]free|divergence[- ]free|solenoidal|divergence\s+(?:and|&)\s+curl|"
            r"divergence\s+of\s+(?:(?:the|a|this|its)\s+)?(?:\$|(?:\w+\s+)?field)|vector\s+field[^.。]{0,80}\bdivergence|"
            r"\bdivergence\b[^.。]{0,40}\bfield\b")
DIV_CURL_TEX = r"\\rm\s*(?:div|curl|rot)\b|\\nabla\s*(?:\\cdot|\\centerdot|\\times|\\bullet)|\\(?:operatorname|text|mathrm)\s*\{\s*(?:div|curl|rot)\s*\}"
PARTIAL = r"partial\s+derivatives?|偏导"
PARTIAL_TEX = (r"\\frac\s*\{\s*\\partial\s*[fz]\s*\}\s*\{\s*\\partial\s*[xy]\s*\}|"
               r"(?<![A-Za-z\\])f_\{?[xy]{1,2}\}?\s*(?:\(|=)")
_UNIT = {"alpha": r"i|\\imath", "beta": r"j|\\jmath", "gamma": r"k"}
_DIV = r"\\mathop\s*\{\s*\\rm\s*div\s*\}(?:\\nolimits)?|\\nabla\s*(?:\\cdot|\\centerdot|\\bullet|\\boldsymbol\{\\cdot\}|\.)|\\(?:operatorname|text|mathrm)\s*\{\s*div\s*\}|(?<![A-Za-z\\])div\s*\\?"
_CURL = r"\\mathop\s*\{\s*\\rm\s*(?:curl|rot)\s*\}(?:\\nolimits)?|\\nabla\s*\\times|\\(?:operatorname|text|mathrm)\s*\{\s*(?:curl|rot)\s*\}|(?<![A-Za-z\\])(?:curl|rot)\s"


def _expr(tex: str, allowed: set[str]):
    """sympy expression of ``tex`` when its letters are among ``allowed``, else None."""
    e = _parse_product(tex.strip())
    if e is None:
        return None
    try:
        e = normalize(e)
    except Exception:
        return None
    return e if {s.name for s in e.free_symbols} <= allowed else None


def _units(tex: str) -> str:
    """``\\mathbf i`` / ``\\hat{\\mathbf j}`` / ``\\vec k`` / ``\\hat\\imath`` as the letters alpha, beta, gamma."""
    for name, letter in _UNIT.items():
        tex = re.sub(rf"\\hat\s*\{{?\s*\\(?:mathbf|boldsymbol|vec)\s*\{{?\s*(?:{letter})\s*\}}?\s*\}}?|"
                     rf"\\(?:mathbf|boldsymbol|vec|hat)\s*\{{?\s*(?:{letter})\s*\}}?(?![A-Za-z])|"
                     rf"\\vec\s*\{{\s*\\mathbf\s*\{{\s*(?:{letter})\s*\}}\s*\}}",
                     f" \\\\{name} ", tex)
    return tex.replace("\\,", " ").replace("\\;", " ").replace("\\!", "")


def _brackets(tex: str) -> str:
    """``\\langle``, ``\\left(`` and their closers as plain parentheses (so a top-level split keeps a tuple whole)."""
    tex = re.sub(r"\\[ ;:,!]", " ", tex)  # \ , \, and \; are spacing
    tex = re.sub(r"\\left\s*(?:\\langle|\()|\\langle", "(", tex)
    return re.sub(r"\\right\s*(?:\\rangle|\))|\\rangle", ")", tex)


def _tuple(rhs: str) -> tuple[str, list[str]] | None:
    """(prefactor, components) of ``c (P, Q)`` / ``\\langle P, Q, R\\rangle`` / ``\\begin{pmatrix}...``."""
    rhs = rhs.strip().rstrip(".").strip()
    m = re.search(r"(\\left\s*)?(\(|\\langle|\\left\\langle|\[)", rhs)
    if not m:
        return None
    pre, body = rhs[:m.start()], rhs[m.end():]
    close = {"(": r"\)", "[": r"\]"}.get(m.group(2), r"\\rangle")
    end = re.search(rf"(?:\\right\s*)?{close}\s*$", body)
    if not end:
        return None
    parts = split_top(body[:end.start()], ",")
    if len(parts) not in (2, 3) or any(not p.strip() for p in parts):
        return None
    return pre, [p.strip() for p in parts]


@dataclass(frozen=True)
class Field:
    comps: tuple  # sympy P, Q (, R)
    codes: tuple[str, ...]  # numpy code of each, in x, y (, z)
    tex: str  # \mathbf F = (P, Q) as the scene writes it
    div: object
    curl: object  # a scalar in 2D, a 3-tuple in 3D
    stated: tuple[str, ...]  # what the author states and we checked: "div", "curl"
    name: str = "F"  # the author's letter (\mathbf v, \mathbf A)

    @property
    def dim(self) -> int:
        return len(self.comps)


def _field_in(text: str):
    """(components as sympy, name) of the first field definition in ``text``, or None; raises ValueError
    when a field is written but cannot be read as a function of position (a free letter, \\hat r)."""
    import sympy as sp

    for m in re.finditer(_NAME, text):
        rhs = re.split(r"\\(?:quad|qquad)|\\text\{", text[m.end():])[0]
        rhs = split_top(rhs, "=,;")[0]
        if re.search(r"\\hat\s*\{?\s*(?:\\mathbf\s*\{?\s*)?r\b|\\hat\s*\{\s*\\mathbf\s*\{\s*r|\\mathbf\s*\{?\s*r\s*\}?\s*\}?\s*/|\\mathbf\{?e\}?_r", rhs):
            raise ValueError("a field in r-hat: not a function of (x, y) as written")
        tup = _tuple(rhs)
        if tup is not None:
            pre, parts = tup
            dim = len(parts)
            names = {"x", "y", "z"} if dim == 3 else {"x", "y"}
            comps = [_expr(p, names) for p in parts]
            factor = _expr(pre, names) if pre.strip() else sp.Integer(1)
            if None in comps or factor is None:
                raise ValueError("a field with a letter besides the coordinates")
            return tuple(sp.simplify(factor * c) if pre.strip() else c for c in comps), m
        if re.search(r"\\(?:mathbf|hat|vec|boldsymbol)\s*\{?\s*(?:\\mathbf\s*\{?\s*)?[ijk]\b|\\hat\s*\\[ij]math", rhs):
            flat = _units(rhs)
            e = _parse_product(flat)
            if e is None:
                raise ValueError("an i, j, k field that does not parse")
            a, b, g = sp.symbols("alpha beta gamma")
            e = sp.expand(e)
            comps = [e.coeff(u) for u in (a, b, g)]
            if sp.simplify(e - comps[0] * a - comps[1] * b - comps[2] * g) != 0 or any(c.has(a, b, g) for c in comps):
                raise ValueError("not linear in i, j, k")
            dim = 3 if comps[2] != 0 or "gamma" in flat else 2
            comps = [normalize(sp.factor(c)) for c in comps[:dim]]
            names = {"x", "y", "z"} if dim == 3 else {"x", "y"}
            if any({s.name for s in c.free_symbols} - names for c in comps):
                raise ValueError("a field with a letter besides the coordinates")
            return tuple(comps), m
    return None


_DEFINITION = r"\\nabla|\\partial|[PQR]_\{?[xyz]\}?|\\(?:mathbf|vec|boldsymbol)\s*\{?\s*[A-Zuvw]\b"
OTHER_QUESTIONS = (r"\bflux\b|circulation|green'?s\s+theorem|stokes|divergence\s+theorem|gauss|potential|通量|环量|格林|斯托克斯|高斯|势函数|"
                   r"\bwork\b|做功|line\s+integral|曲线积分|曲面积分|surface\s+integral")


def _unaccounted(info: MathInfo, which) -> bool:
    """The block writes an equation with a number that the reader did not read (a flux, a circulation, a value of
    f): a statement we would not check, so the block is not drawn as if it held."""
    for block in info.blocks:
        for piece in split_top(_brackets(single_line(block)), ",;"):
            sides = split_top(piece, "=")
            if len(sides) >= 2 and re.search(r"\d", piece) and not which(sides):
                return True
    return False


def _stated_exprs(info: MathInfo, which: str, consumed: set | None = None) -> list[str]:
    """Right sides the author gives for ``div`` or ``curl``: ``\\nabla\\cdot\\mathbf F = 0`` in the math, and
    ``the curl is $2$`` / ``旋度为 $2$`` in the prose."""
    op = _DIV if which == "div" else _CURL
    out = []
    for block in info.blocks:
        for piece in split_top(_brackets(single_line(block)), ",;"):
            sides = split_top(piece, "=")
            if len(sides) >= 2 and re.search(op, sides[0]) and not re.search(_DEFINITION, sides[-1]):
                out.append(sides[-1])
            elif len(sides) >= 2 and which == "curl" and re.search(r"\\partial\s*Q.*-.*\\partial\s*P", sides[0]):
                out.append(sides[-1])
            elif len(sides) >= 2 and which == "div" and re.search(r"\\partial\s*P.*\+.*\\partial\s*Q", sides[0]):
                out.append(sides[-1])
    word = r"divergence|散度" if which == "div" else r"\bcurl\b|旋度|rotation"
    for m in re.finditer(rf"(?:{word})(?P<gap>[^$.;。；]{{0,25}})\$(?P<v>[^$]+)\$", info.concept, re.I):
        if re.fullmatch(r"\s*(?:(?:everywhere|identically|exactly|constantly|处处|恒|均|都)\s*)?(?:(?:which\s+)?(?:is|equals|=|:|：|为|是|等于)\s*)?(?:(?:exactly|identically|everywhere|constant(?:ly)?)\s*)?", m["gap"], re.I):
            sides = split_top(_brackets(single_line(m["v"])), "=")
            if len(sides) > 1 and not re.search(op, sides[0]):
                continue  # "旋度与散度：$\nabla\cdot F = 3x$" states the other one
            if re.search(_DEFINITION + r"|\\operatorname", sides[-1]):
                continue  # names the operator, states no value
            out.append(sides[-1])
            if consumed is not None:
                consumed.add(m["v"].strip())
    return out


def _zero_claims(info: MathInfo) -> set[str]:
    prose = info.prose
    claims = set()
    if re.search(r"irrotational|curl[- ]free|\bconservative\b|无旋|保守场|zero curl|旋度为\s*(?:零|0)", prose, re.I):
        claims.add("curl")
    if re.search(r"incompressible|divergence[- ]free|solenoidal|source[- ]free|无源|无散|zero divergence|散度为\s*(?:零|0)", prose, re.I):
        claims.add("div")
    return claims


def _agrees(stated_tex: str, value, names: set[str]) -> bool:
    """The author's ``stated_tex`` equals ``value`` (a scalar, or a 3-tuple for a curl in 3D)."""
    import sympy as sp

    if isinstance(value, tuple):
        tup = _tuple(stated_tex)
        if tup is None:
            if re.search(r"\\(?:mathbf|hat|vec)\s*\{?\s*[ijk]\b", stated_tex):
                tup = ("", None)
                flat = _units(stated_tex)
                e = _parse_product(flat)
                if e is None:
                    return False
                a, b, g = sp.symbols("alpha beta gamma")
                e = sp.expand(e)
                parts = [e.coeff(u) for u in (a, b, g)]
            elif re.fullmatch(r"\s*\\?(?:mathbf\s*\{?\s*)?0\s*\}?\s*|\s*\\vec\s*\{?\s*0\s*\}?\s*", stated_tex):
                parts = [0, 0, 0]
            else:
                return False
        else:
            pre, raw = tup
            if len(raw) != 3 or pre.strip():
                return False
            parts = [_expr(p, names) for p in raw]
            if None in parts:
                return False
        return all(sp.simplify(sp.sympify(p) - v) == 0 for p, v in zip(parts, value))
    tex = re.sub(r"\\(?:mathbf|hat|vec)\s*\{?\s*k\s*\}?", lambda _: r" \cdot 1 ", stated_tex).strip()  # curl F = 2 k in 2D
    tex = re.sub(r"^([+-]?)\s*\\cdot\s*", r"\g<1>", tex)
    e = _expr(tex, names)
    return e is not None and sp.simplify(e - value) == 0


def read_field(info: MathInfo) -> Field | None:
    """The block's vector field, its divergence and curl, or None (see the module docstring)."""
    import sympy as sp

    text = _brackets(" ; ".join(single_line(b) for b in info.blocks))
    try:
        found = _field_in(text)
    except ValueError:
        return None
    if found is None:
        return None
    comps, m = found
    name = m["bold"] or m["plain"] or "F"
    if re.search(OTHER_QUESTIONS, info.prose, re.I):
        return None  # a flux, a circulation, a potential, work: questions this reader does not check

    def known(sides) -> bool:
        lhs = sides[0]
        return bool(re.match(_NAME.replace(r"\s*=\s*", r"\s*$"), lhs.strip() + " ") or re.search(_DIV + "|" + _CURL, lhs)
                    or re.search(r"\\partial\s*[PQR]", lhs) or re.fullmatch(r"\s*[PQR]\s*(?:\(.*\))?\s*", lhs))
    if _unaccounted(info, known):
        return None
    x, y, z = sp.symbols("x y z")
    dim = len(comps)
    names = {"x", "y", "z"} if dim == 3 else {"x", "y"}
    if all(c == 0 for c in comps) or not any(c.free_symbols for c in comps) and dim == 2 and False:
        return None
    if dim == 2:
        P, Q = comps
        div = sp.simplify(sp.diff(P, x) + sp.diff(Q, y))
        curl = sp.simplify(sp.diff(Q, x) - sp.diff(P, y))
    else:
        P, Q, R = comps
        div = sp.simplify(sp.diff(P, x) + sp.diff(Q, y) + sp.diff(R, z))
        curl = tuple(sp.simplify(c) for c in (sp.diff(R, y) - sp.diff(Q, z), sp.diff(P, z) - sp.diff(R, x), sp.diff(Q, x) - sp.diff(P, y)))
    stated, consumed = [], set()
    for which, value in (("div", div), ("curl", curl)):
        said = _stated_exprs(info, which, consumed)
        if any(not _agrees(s, value, names) for s in said):
            return None
        if which in _zero_claims(info):
            zero = all(sp.simplify(v) == 0 for v in value) if isinstance(value, tuple) else sp.simplify(value) == 0
            if not zero:
                return None
            said = said or ["0"]
        if said:
            stated.append(which)
    for block in info.blocks:  # a lone value ($3$) the prose gives to nothing we read: unchecked, so not drawn
        if "=" not in block and block.strip() not in consumed:
            e = _expr(block, set())
            if e is not None and e.is_number:
                return None
    variables = ("x", "y", "z") if dim == 3 else ("x", "y")
    codes = tuple(to_numpy(c, variables) for c in comps)
    if None in codes:
        return None
    tex = rf"\mathbf {name} = \left(" + ",\\ ".join(sp.latex(c) for c in comps) + r"\right)"
    return Field(tuple(comps), codes, tex, div, curl, tuple(stated), name)


# -- tangent planes and partial derivatives

PLANE_WORDS = r"tangent\s+plane|切平面|lineari[sz]ation|lineari[sz]e|linear\s+approximation|线性近似|线性化|全微分"
PARTIAL_WORDS = r"partial\s+derivatives?|偏导"
_SURF = re.compile(r"^\s*(?:(?P<f>[A-Za-z])\s*\(\s*x\s*,\s*y\s*\)|z)\s*$")
# The general formula a block states before its example: f, f_x or \partial f at letters (f(a, b), f_x(x_0, y_0), f(x, y)
# on a right side) or the point's placeholders x_0, y_0, z_0 in the equation. It holds for any f; the example is read.
_AT_LETTERS = re.compile(r"(?<![A-Za-z\\])(?:[fgF]|[fz]_\{?[xy]\}?)\s*\((?![-\d.,\s]*\))[^()]*\)|\\partial")
_PLACEHOLDER = re.compile(r"(?<![A-Za-z\\])[xyz]_\{?0\}?")


def _general(sides: list[str]) -> bool:
    """Whether the equation ``sides`` is the general tangent-plane formula rather than the block's example."""
    rhs = " = ".join(sides[1:])
    if _AT_LETTERS.search(rhs) or _PLACEHOLDER.search(rhs):
        return True
    return bool(_PLACEHOLDER.search(sides[0])) and not re.fullmatch(r"\s*[xyz]_\{?0\}?\s*", sides[0])


@dataclass(frozen=True)
class Plane:
    f: object  # sympy f(x, y)
    code: str
    tex: str
    point: tuple[float, float]
    z0: float
    fx: object  # sympy partials (functions of x, y)
    fy: object
    slopes: tuple[float, float]  # f_x, f_y at the point
    example: bool  # the point is ours (a partials-only block without a point), said "for instance"
    stated: tuple[str, ...]  # "plane", "fx", "fy": what the author states and we checked

    @property
    def plane(self):
        import sympy as sp

        x, y = sp.symbols("x y")
        (x0, y0), (a, b) = self.point, self.slopes
        return sp.nsimplify(self.z0) + sp.nsimplify(a) * (x - sp.nsimplify(x0)) + sp.nsimplify(b) * (y - sp.nsimplify(y0))


def _linear(e) -> bool:
    import sympy as sp

    x, y = sp.symbols("x y")
    try:
        return sp.Poly(sp.expand(e), x, y).total_degree() <= 1
    except Exception:
        return False


_PARTIAL_LHS = re.compile(
    r"^\s*(?:[fz]_\{?(?P<a>[xy])\}?|\\frac\s*\{\s*\\partial\s*[fz]?\s*\}\s*\{\s*\\partial\s*(?P<b>[xy])\s*\}\s*(?:f|z)?|"
    r"\\partial_\{?(?P<c>[xy])\}?\s*f|D_\{?(?P<d>[xy12])\}?\s*f)"
    r"\s*(?:\(\s*(?P<x0>" + _NUM + r")\s*,\s*(?P<y0>" + _NUM + r")\s*\)|\\(?:Big|big|bigg)?\s*\|_\{?\s*\(\s*(?P<x1>" + _NUM
    + r")\s*,\s*(?P<y1>" + _NUM + r")\s*\)\s*\}?|\(\s*x\s*,\s*y\s*\))?\s*$")


def read_plane(info: MathInfo, partials_only: bool = False) -> Plane | None:
    """z = f(x, y), the point and the tangent plane there; None when any is missing or a stated value is false.
    ``partials_only``: a block that asks only for f_x and f_y may give no point; the scene then slices the surface
    at (1, 1) "for instance" (the partials the author states hold at every point, so any point shows them)."""
    import sympy as sp

    x, y, z = sp.symbols("x y z")
    surface = None
    planes, partials, points, values = [], [], [], []
    given: dict[str, float] = {}
    for block in info.blocks:
        flat = single_line(block)
        for m in re.finditer(rf"\(\s*({_NUM})\s*,\s*({_NUM})\s*(?:,\s*({_NUM})\s*)?\)", flat):
            if not re.search(r"(?:[A-Za-z]|_\{?[xy]\}?|\|_\{?)\s*$", flat[:m.start()]):
                points.append(tuple(float(v) for v in m.groups() if v is not None))
        for piece in split_top(flat, ",;"):
            sides = split_top(piece, "=")
            if len(sides) < 2:
                continue
            pm = _PARTIAL_LHS.match(sides[0])
            if pm:
                var = pm["a"] or pm["b"] or pm["c"] or {"1": "x", "2": "y"}.get(pm["d"], pm["d"])
                at = (pm["x0"], pm["y0"]) if pm["x0"] else (pm["x1"], pm["y1"]) if pm["x1"] else None
                partials.append((var, at, sides[-1]))
                continue
            value_at = re.match(rf"^\s*[fz]\s*\(\s*({_NUM})\s*,\s*({_NUM})\s*\)\s*$", sides[0])
            if value_at:
                values.append(((float(value_at[1]), float(value_at[2])), sides[-1]))
                continue
            if len(sides) >= 3 and _SURF.match(sides[1]):
                sides = [sides[0], sides[-1]]  # z = f(x, y) = ...
            if _general(sides):
                continue
            sm = _SURF.match(sides[0])
            lhs_linear = re.match(r"^\s*(?:L|T|P)\s*\(\s*x\s*,\s*y\s*\)\s*$", sides[0])
            if sm or lhs_linear:
                e = _expr(sides[1], {"x", "y"})
                if e is None:
                    if re.search(r"[a-wA-Z]", re.sub(r"\\[A-Za-z]+", "", sides[1])):
                        return None  # f with a letter left symbolic
                    continue
                if lhs_linear or (surface is not None and _linear(e)):
                    planes.append(e)
                elif surface is None and e.free_symbols == {x, y} and not _linear(e):
                    surface = (e, sides[1].strip())
                elif surface is None and _linear(e):
                    planes.append(e)
                continue
            if re.search(r"(?<![A-Za-z\\])z(?![A-Za-z])", piece) and surface is not None:
                lhs, rhs = _expr(sides[0], {"x", "y", "z"}), _expr(sides[-1], {"x", "y", "z"})
                if lhs is None or rhs is None:
                    return None  # a plane we cannot read is not checked, so not drawn
                sol = sp.solve(sp.Eq(lhs, rhs), z)
                if len(sol) != 1 or not _linear(sol[0]):
                    return None
                planes.append(sol[0])
                continue
            coord = re.match(r"^\s*([xy])(?:_\{?0\}?)?\s*$", sides[0])
            if coord and len(sides) == 2 and _expr(sides[1], set()) is not None:
                given[coord[1]] = float(_expr(sides[1], set()))
            elif re.search(r"\d", piece):
                return None  # an equation with a number this reader does not check
    if surface is None:
        return None
    if not points and set(given) == {"x", "y"}:
        points.append((given["x"], given["y"]))
    f, tex = surface
    fx, fy = sp.diff(f, x), sp.diff(f, y)
    pts = [p for p in points if len(p) in (2, 3)] or [(float(w[0]), float(w[1])) for _, w, _ in partials if w is not None][:1]
    example = False
    if not pts:
        if not partials_only:
            return None
        pts, example = [(1.0, 1.0)], True
    point = pts[0][:2]
    at = {x: point[0], y: point[1]}
    try:
        z0, a, b = float(f.subs(at)), float(fx.subs(at)), float(fy.subs(at))
    except (TypeError, ValueError):
        return None
    import math

    if not all(math.isfinite(v) for v in (z0, a, b)):
        return None
    if len(pts[0]) == 3 and abs(pts[0][2] - z0) > 1e-6 * max(1, abs(z0)):
        return None  # the author's point is not on the surface
    stated = []
    for var, where, rhs in partials:
        d = fx if var == "x" else fy
        e = _expr(rhs, {"x", "y"})
        if e is None:
            return None
        if where is not None or not e.free_symbols:
            p = (float(where[0]), float(where[1])) if where is not None else point
            if example and where is None and not e.free_symbols:
                return None  # a number for f_x with no point: nothing to check it against
            want = d.subs({x: p[0], y: p[1]})
            if abs(float(e) - float(want)) > 1e-6 * max(1, abs(float(want))):
                return None
        elif sp.simplify(e - d) != 0:
            return None
        stated.append("f" + var)
    for (u, v), rhs in values:
        e = _expr(rhs, set())
        want = f.subs({x: u, y: v})
        if e is None or abs(float(e) - float(want)) > 1e-6 * max(1.0, abs(float(want))):
            return None
        stated.append("value")
    plane = sp.nsimplify(z0) + sp.nsimplify(a) * (x - sp.nsimplify(point[0])) + sp.nsimplify(b) * (y - sp.nsimplify(point[1]))
    for p in planes:
        gap = [abs(float(sp.N((p - plane).subs({x: u, y: v})))) for u, v in ((0.37, -0.61), (1.3, 0.2), (-0.8, 2.1))]
        if example or max(gap) > 1e-6 * max(1.0, abs(z0)):
            return None
        stated.append("plane")
    code = to_numpy(f, ("x", "y"))
    if code is None:
        return None
    return Plane(f, code, tex, point, z0, fx, fy, (a, b), example, tuple(dict.fromkeys(stated)))
