"""complex_map: what a map w = f(z) of the complex plane does to a line, a circle or a region of the z-plane.

The map is the author's (``w = \\frac{1}{z}``, ``f(z) = \\dfrac{z - \\mathrm{i}}{z + \\mathrm{i}}``, ``z \\mapsto e^z``), read with
sympy; the scene evaluates it with numpy. The sets of the z-plane are the author's too, written as relations in z
(``\\operatorname{Re} z = 2``, ``|z - 1| = 1``, ``\\operatorname{Im} z > 0``, ``z = 1 + t\\,i``, ``z = e^{i\\theta}``, ``x = 1`` with
``z = x + iy``) or named in words ("the upper half-plane", "单位圆盘", "the real axis"). A curve is traced by a moving
point z while its image w = f(z) is traced in the w-plane beside it; a region is shown by its boundary and a grid of its
lines. A point sent to infinity (the curve passes through a pole) breaks the traced image: no line is drawn across
infinity. Sets of the w-plane the block writes (``\\operatorname{Re} w = \\frac12``, "onto the unit disc") are its stated
images, checked numerically (the images of the preimage's points must lie on them) and called false when they do not.
The image is named when it is exact: a Möbius map sends lines and circles to lines and circles (found through three
image points), e^z sends vertical lines to circles and horizontal lines to rays, a quadratic sends a line to a parabola.

Not this family's: a product of two numbers (complex_multiplication), powers and roots (complex_powers,
roots_of_unity), the iteration z -> z^2 + c (complex_orbit), contour integrals and series."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from ..latex import fmt, has_cjk, plain_unit, single_line, split_top
from ..notes import check
from ..parts.labels import place_helper
from .common import Ctx, text_mob
from .complex_multiplication import complex_tex as _number_tex

PRIORITY = 38  # before euler_formula, complex_powers, complex_multiplication: w = z + 1/z on z = e^{i\theta} is a map of a curve
TITLE = ("The Image under a Complex Map", "复变映射下的像")
WHAT = ("A function $w = f(z)$ of a complex variable carries the $z$-plane to the $w$-plane: every point of a curve goes to "
        "a point of its image. A Möbius map $w = \\frac{az + b}{cz + d}$ sends lines and circles to lines and circles; a "
        "point where the denominator vanishes goes to infinity, and a curve through it has an unbounded image.",
        "复变函数 $w = f(z)$ 把 $z$ 平面映到 $w$ 平面：曲线上的每个点都映到它的像上。分式线性映射 $w = \\frac{az + b}{cz + d}$ "
        "把直线和圆映成直线和圆；使分母为零的点映到无穷远，经过它的曲线的像是无界的。")

# -- reading the map ---------------------------------------------------------------------------------------------

_MAP = (r"(?<![A-Za-z\\_])w\s*=(?!\s*u\s*\+)",  # w = f(z), not the coordinates w = u + iv
        r"(?<![A-Za-z\\_])(?:[fghFGHTS]|\\phi|\\varphi)\s*\(\s*z\s*\)\s*=",
        r"(?<![A-Za-z\\_])z\s*\\(?:mapsto|longmapsto)")
_MAP_WORDS = (r"\bimages?\b|\bmap|\bsends?\b|\btakes?\b|\bcarr(?:y|ies)\b|\btransform|\bonto\b|\bconformal|m[öo]bius|"
              r"像|映|变换|变为|变成|保角")
# a contour integral, a series, analyticity or an iteration asks another question of the same formulas
_NOT_OURS = (r"\\oint|\\int|\\sum|integral|residue|laurent|taylor|series|cauchy|riemann|analytic|holomorphic|differentiable|"
             r"derivative|orbit|iterat|mandelbrot|julia|积分|留数|级数|展开|解析|可导|导数|柯西|黎曼|轨道|迭代|曼德")
_PARAMETERS = ("t", "s", "theta", "phi", "varphi", "tau", "lambda")  # a curve's real parameter


@dataclass(frozen=True)
class Map:
    """The author's map: its name as written (``w``, ``f(z)``), the sympy expression in z, numpy code, its LaTeX."""

    name: str
    expr: object
    code: str
    tex: str

    @property
    def mobius(self) -> bool:
        """(az + b)/(cz + d) with ad - bc != 0 (1/z, affine maps and the Cayley map among them)."""
        import sympy as sp

        z = _Z
        num, den = sp.fraction(sp.together(self.expr))
        try:
            pn, pd = sp.Poly(num, z), sp.Poly(den, z)
        except sp.PolynomialError:
            return False
        return pn.degree() <= 1 and pd.degree() <= 1 and (pn.degree() == 1 or pd.degree() == 1)

    def at(self, z0):
        """f(z0), exact; None at a pole."""
        import sympy as sp

        value = sp.simplify(self.expr.subs(_Z, z0))
        return None if value.has(sp.zoo, sp.oo, -sp.oo, sp.nan) else sp.expand_complex(value)


def _sympy():
    import sympy as sp

    return sp


class _Symbols:
    """z, and the real coordinates x, y of a plane (either plane: a set of the w-plane is read in the same x, y)."""

    def __init__(self):
        sp = _sympy()
        self.z = sp.Symbol("z")
        self.x = sp.Symbol("x", real=True)
        self.y = sp.Symbol("y", real=True)


_S = _Symbols()
_Z = _S.z


def _number(expr):
    """An exact complex number (i read as the unit), or None."""
    from ..symbolic import exact_complex

    value = exact_complex(expr)
    return None if value is None else _sympy().nsimplify(value)


def _parse(tex: str):
    from ..symbolic import normalize, parse

    expr = parse(plain_unit(tex))
    return None if expr is None else normalize(expr)


def read_map(info) -> Map | None:
    """The first map of the block: the right side, in z alone and not constant, of ``w = …``, ``f(z) = …`` or
    ``z \\mapsto …`` (numpy must evaluate it)."""
    sp = _sympy()
    from ..symbolic import to_numpy

    for block in info.blocks:
        flat = single_line(block)
        for rule in _MAP:
            for m in re.finditer(rule, flat):
                name = m.group(0).rstrip("=").strip()
                rest = flat[m.end():]
                if "mapsto" in name:
                    name, rest = "w", rest
                for side in split_top(re.split(r"(?<!\\)[,;]|\\q?quad", rest)[0], "="):
                    expr = _parse(side)
                    if expr is None or not isinstance(expr, sp.Expr):
                        continue
                    expr = expr.subs(sp.Symbol("i"), sp.I)
                    if expr.free_symbols != {_Z} or expr.has(sp.Abs, sp.conjugate, sp.re, sp.im, sp.arg):
                        continue
                    code = to_numpy(expr, ("z",))
                    if code is None:
                        continue
                    return Map(name if name.startswith(("w", "\\")) or "(" in name else "w", expr, code, side.strip())
    return None


# -- reading the sets of a plane ------------------------------------------------------------------------------------

_RE_IM = (r"(?:\\operatorname\s*\{\s*(Re|Im)\s*\}|\\(?:mathrm|text|textrm|rm|mathop)\s*\{\s*(Re|Im)\s*\}|\\(Re|Im)(?![A-Za-z])|"
          r"(?<![A-Za-z\\])(Re|Im)(?![A-Za-z]))\s*(?:\\[,;:! ]\s*)*(?:\\left\s*)?\(?\s*{v}\s*(?:\\right\s*)?\)?")
_ARG = r"\\(?:arg|operatorname\s*\{\s*arg\s*\}|mathrm\s*\{\s*arg\s*\})\s*(?:\\[,;:! ]\s*)*(?:\\left\s*)?\(?\s*{v}\s*(?:\\right\s*)?\)?"
_PLACEHOLDERS = r"\\(?:xi|eta|psi)(?![A-Za-z])"  # Re z, Im z and arg z are parsed as these letters
_REL = r"(\\leqslant|\\geqslant|\\leq|\\geq|\\le|\\ge|\\lt|\\gt|\\neq|\\ne|<|>|=|≤|≥)"
_OPS = {"=": "=", "<": "<", "\\lt": "<", ">": ">", "\\gt": ">", "\\le": "<", "\\leq": "<", "\\leqslant": "<", "≤": "<",
        "\\ge": ">", "\\geq": ">", "\\geqslant": ">", "≥": ">"}  # a region's boundary is drawn either way

# Sets named in words, written as the relations that define them ({v}: the plane's letter); longer names first.
NAMED = (
    (r"upper\s+half[-\s]?plane|上半(?:复)?平面", r"\operatorname{Im} {v} > 0"),
    (r"lower\s+half[-\s]?plane|下半(?:复)?平面", r"\operatorname{Im} {v} < 0"),
    (r"right\s+half[-\s]?plane|右半(?:复)?平面", r"\operatorname{Re} {v} > 0"),
    (r"left\s+half[-\s]?plane|左半(?:复)?平面", r"\operatorname{Re} {v} < 0"),
    (r"(?:open\s+)?unit\s+dis[ck]|单位圆盘|单位圆(?:的)?内部|单位圆内", r"|{v}| < 1"),
    (r"unit\s+circle|单位圆周?", r"|{v}| = 1"),
    (r"positive\s+real\s+(?:semi-?)?axis|正实轴", r"\arg {v} = 0"),
    (r"positive\s+imaginary\s+(?:semi-?)?axis|正虚轴", r"\arg {v} = \frac{\pi}{2}"),
    (r"real\s+axis|实轴", r"\operatorname{Im} {v} = 0"),
    (r"imaginary\s+axis|虚轴", r"\operatorname{Re} {v} = 0"),
    (r"first\s+quadrant|第一象限", r"\operatorname{Re} {v} > 0,\ \operatorname{Im} {v} > 0"),
)
_NAMED_RE = re.compile("|".join(f"(?P<n{k}>{rule})" for k, (rule, _) in enumerate(NAMED)), re.I)

# The words just before a named set that make it the image ("maps … onto the unit disc", "映成单位圆盘").
_ONTO = re.compile(r"(?:\bonto|\binto|\b(?:goes|go|going|sent|mapped|carried|taken|transformed|moved)\s+(?:on)?to|"
                   r"(?:\bimages?\b[^.;]{0,80}?|\bit\s+|\bwhich\s+)(?:is|are|lies?\s+(?:on|in)|will\s+be)|\bbecomes?|\bgives?|\byields?|(?P<to>\bto))"
                   r"\s+(?:(?:the|a|an|whole|entire)\s+)*$|"
                   r"(?:变为|变成|映为|映成|映射为|映射成|映射到|映到|变到|像(?:是|为))\s*$", re.I)
_MAPPING_VERB = r"\b(?:maps|mapped|mapping|takes|take|taking|sends|send|sending|carr(?:y|ies|ying)|transforms|transforming)\b"


@dataclass(frozen=True)
class Shape:
    """A set of one plane: ``equations`` F(x, y) = 0 (a curve has one) and ``inside`` G(x, y) < 0 (a region's, or the
    part of a curve kept: a ray, a segment, an arc); sympy in the real coordinates x, y. ``tex``: how the scene writes it."""

    tex: str
    equations: tuple = ()
    inside: tuple = ()
    words: str = ""  # the author's words for it, when named in words

    @property
    def region(self) -> bool:
        return not self.equations

    def holds(self, zs: np.ndarray, tol: float = 1e-9) -> np.ndarray:
        """Which of the points zs (complex numpy) satisfy the inequalities (within tol)."""
        ok = np.isfinite(zs)
        for g in self.inside:
            ok &= _values(g, zs) <= tol
        return ok


def _numpy(expr) -> str:
    from ..symbolic import to_numpy

    code = to_numpy(expr, ("x", "y"))
    if code is None:
        raise ValueError(f"no numpy code for {expr}")
    return code


def _values(expr, zs: np.ndarray) -> np.ndarray:
    """expr(x, y) at the points zs (NaN where zs is not finite)."""
    fn = eval(f"lambda x, y: {_numpy(expr)}", {"np": np, "abs": abs, "__builtins__": {}})
    with np.errstate(all="ignore"):
        return np.broadcast_to(np.asarray(fn(zs.real, zs.imag), dtype=float), zs.shape).copy()


def _coordinates(info, letter: str) -> dict:
    """The letters the block uses for the plane's coordinates: those of ``z = x + iy`` (for w: ``w = u + iv``); for z,
    x and y when it writes no such line (a block about a map of the plane names no other x and y: "the unit square
    $0 \\le x \\le 1$, $0 \\le y \\le 1$")."""
    flat = " ".join(single_line(plain_unit(b)) for b in info.blocks)
    m = re.search(rf"(?<![A-Za-z\\]){letter}\s*=\s*([a-z])\s*\+\s*(?:i\s*([a-z])|([a-z])\s*i)(?![A-Za-z])", flat)
    if not m:
        return {"x": _S.x, "y": _S.y} if letter == "z" else {}
    return {m[1]: _S.x, (m[2] or m[3]): _S.y}


def _in_plane(expr, letter: str, coords: dict):
    """expr with the plane's letter, its Re/Im/arg placeholders and its coordinate letters put in as x + iy: a real
    expression in x, y, or None when anything else is left."""
    sp = _sympy()
    x, y = _S.x, _S.y
    subs = {sp.Symbol(letter): x + sp.I * y, sp.Symbol("xi"): x, sp.Symbol("eta"): y, sp.Symbol("psi"): sp.atan2(y, x),
            sp.Symbol("i"): sp.I}
    subs.update({sp.Symbol(k): v for k, v in coords.items()})
    out = expr.replace(sp.Abs, lambda e: _modulus(e.xreplace(subs))).xreplace(subs)
    if not out.free_symbols or not out.free_symbols <= {x, y}:
        return None
    roots = any(p.exp == sp.Rational(1, 2) for p in out.atoms(sp.Pow))
    out = out if roots or out.has(sp.atan2) else sp.expand_complex(out)  # a modulus stays one until it is squared
    return out if sp.simplify(sp.im(out)) == 0 else None


def _modulus(e):
    """|e| as sqrt(Re(e)^2 + Im(e)^2), the squares kept (so sympy knows it is real and squares it back exactly)."""
    sp = _sympy()
    e = sp.expand_complex(e)
    return sp.sqrt(sp.re(e) ** 2 + sp.im(e) ** 2)


def _polynomial(left, right, op: str):
    """F with F = 0 (or F < 0) the relation left op right, squared when both sides are moduli (|z - 1| = 1 becomes
    (x - 1)^2 + y^2 - 1 = 0), or None."""
    sp = _sympy()
    x, y = _S.x, _S.y
    if op == ">":
        left, right = right, left
    f = sp.expand(left - right)
    if f.has(sp.atan2) or f.is_polynomial(x, y):
        return f
    if left.is_nonnegative and right.is_nonnegative:
        f = sp.expand(_square(left) - _square(right))
        if f.is_polynomial(x, y):
            return f
    return None


def _square(side):
    """side^2 with each |E|^2 written as Re(E)^2 + Im(E)^2."""
    sp = _sympy()

    return sp.expand((side ** 2).replace(sp.Abs, _modulus))


def _relations(tex: str, letter: str, coords: dict) -> list | None:
    """[(F, op)] of the relations in one piece of math about the plane of ``letter`` (a chain ``0 < \\operatorname{Im} z
    < \\pi`` gives two); None when the piece is not one (another letter, a \\neq, a point ``z = 2 + i``)."""
    sp = _sympy()
    flat = plain_unit(tex)
    if re.search(_PLACEHOLDERS, flat):
        return None  # the author's own xi, eta or psi: not to be confused with the parts of z put in for them
    flat = re.sub(r"\\left\s*\||\\right\s*\||\\[lr]vert|\\vert", "|", flat)
    flat = re.sub(_RE_IM.replace("{v}", letter), lambda m: r" \xi " if "Re" in (m[1] or m[2] or m[3] or m[4]) else r" \eta ", flat)
    flat = re.sub(_ARG.replace("{v}", letter), lambda m: r" \psi ", flat)
    parts = re.split(_REL, flat)
    if len(parts) < 3 or any(op in ("\\neq", "\\ne") for op in parts[1::2]):
        return None
    sides = [_parse(p) for p in parts[0::2]]
    if any(s is None or not isinstance(s, sp.Expr) for s in sides):
        return None
    plane = [_in_plane(s, letter, coords) if s.free_symbols else s.subs(sp.Symbol("i"), sp.I) for s in sides]
    if any(p is None for p in plane) or not any(s.free_symbols for s in sides):
        return None
    out = []
    for left, op, right in zip(plane, parts[1::2], plane[1:]):
        f = _polynomial(left, right, _OPS[op])
        if f is None or f == 0:
            return None
        out.append((f, "=" if _OPS[op] == "=" else "<"))
    return out


def _parametric(tex: str, letter: str, info) -> Shape | None:
    """``z = p + t d`` (a line; a segment or ray when the block bounds t) or ``z = a + r e^{it}`` (a circle; an arc when
    the block bounds t within one turn)."""
    sp = _sympy()
    x, y = _S.x, _S.y
    parts = split_top(plain_unit(tex), "=")
    if len(parts) != 2 or not re.fullmatch(rf"\s*{letter}\s*(?:\(\s*\\?\w+\s*\))?\s*", parts[0]):
        return None
    expr = _parse(parts[1])
    if expr is None or not isinstance(expr, sp.Expr):
        return None
    expr = expr.subs(sp.Symbol("i"), sp.I)
    params = [s for s in expr.free_symbols if s.name in _PARAMETERS]
    if len(params) != 1 or expr.free_symbols != set(params):
        return None
    t = params[0]
    tr = sp.Symbol(t.name, real=True)
    expr = expr.subs(t, tr)
    low, high = _bounds(info, t.name)
    name = single_line(tex) if low is None else f"{single_line(tex)},\\ {sp.latex(low)} \\le {sp.latex(t)} \\le {sp.latex(high)}"
    z = x + sp.I * y
    d = sp.simplify(sp.diff(expr, tr))
    if not d.has(tr):  # a line
        p = sp.simplify(expr.subs(tr, 0))
        if d == 0:
            return None
        along = sp.expand_complex(sp.conjugate(d) * (z - p))
        f = sp.expand(sp.im(along))
        s = sp.expand(sp.re(along) / sp.expand_complex(sp.conjugate(d) * d))
        inside = tuple(g for g in ((low - s) if low is not None else None, (s - high) if high is not None else None) if g is not None)
        return Shape(name, (f,), inside)
    a = sp.simplify(expr - d / sp.I)
    if a.has(tr):
        return None
    r = sp.simplify(sp.Abs(expr - a))
    if r.has(tr) or not r.is_positive:
        return None
    a = sp.expand_complex(a)
    f = sp.expand((x - sp.re(a)) ** 2 + (y - sp.im(a)) ** 2 - r ** 2)
    inside: tuple = ()
    if low is not None and high is not None and float(high - low) < 2 * math.pi - 1e-9:
        phase = sp.arg(sp.simplify((expr - a).subs(tr, low)))  # where the arc starts, measured from the centre
        start, span = float(phase), float(high - low)
        if not -math.pi - 1e-9 <= start and start + span <= math.pi + 1e-9:
            return None  # an arc across the negative direction: not drawn (its two pieces would need two angles)
        angle = sp.atan2(y - sp.im(a), x - sp.re(a))
        inside = (phase - angle, angle - phase - (high - low))
    return Shape(name, (f,), inside)


def _bounds(info, name: str) -> tuple:
    """(low, high) of the parameter ``name`` when the block bounds it (``0 \\le t \\le 1``, ``t \\in [0, 2\\pi]``)."""
    sp = _sympy()
    flat = " ".join(single_line(b) for b in info.blocks)
    letter = rf"\\{name}" if len(name) > 1 else name
    m = (re.search(rf"([^\s,;$<>=]+)\s*(?:<|\\le(?:q|qslant)?)\s*{letter}(?![A-Za-z])\s*(?:<|\\le(?:q|qslant)?)\s*([^\s,;$<>=]+)", flat)
         or re.search(rf"{letter}(?![A-Za-z])\s*\\in\s*(?:\\left)?\s*[\[(]\s*([^,]+?)\s*,\s*([^\])]+?)\s*(?:\\right)?[\])]", flat))
    if not m:
        return None, None
    low, high = (_parse(g) for g in (m[1], m[2]))
    try:
        return sp.nsimplify(low), sp.nsimplify(high)
    except (TypeError, ValueError, sp.SympifyError):
        return None, None


def _pieces(info) -> list[str]:
    """The block's math cut into single statements (at top-level commas, semicolons, \\quad)."""
    out = []
    for block in info.blocks:
        for piece in re.split(r"(?<!\\)[;]|\\q?quad|\\text\s*\{\s*(?:and|or|with|for|且|和)\s*\}", single_line(block)):
            out.extend(p.strip() for p in split_top(piece, ",") if p.strip())
    return out


def _mentions(tex: str, letter: str) -> bool:
    """Whether the math uses the variable ``letter`` (``iz + 1`` does; ``\\operatorname{Re}``, ``\\zeta`` do not)."""
    bare = re.sub(r"\\(?:text|mathrm|operatorname|textrm|mbox)\s*\{[^{}]*\}|\\[A-Za-z]+", " ", tex)
    return re.search(rf"{letter}(?![A-Za-z])", bare) is not None


def _named(info, letter: str, images: bool) -> list[Shape]:
    """The sets the prose names in words, on the z side (``images`` False) or as images (True)."""
    out = []
    prose = info.prose
    for m in _NAMED_RE.finditer(prose):
        k = int(next(name for name, value in m.groupdict().items() if value)[1:])
        clause = re.split(r"[.;?!。；？！]", prose[:m.start()])[-1]
        if re.search(r"(?:angle|\bmakes?|inclined)[^.;]{0,60}\b(?:with|to)\s+(?:the\s+)?$|与$|和$", clause, re.I):
            continue  # "makes an angle of 60° with the real axis", 与实轴的夹角: a reference direction, not a set mapped
        onto = _ONTO.search(clause)
        if onto and onto.group("to") and not re.search(_MAPPING_VERB, clause[:onto.start()], re.I):
            onto = None  # "applied to the unit circle": the set the map is applied to
        if bool(onto) != images:
            continue
        tex = NAMED[k][1].replace("{v}", letter)
        relations = [r for piece in split_top(tex, ",") for r in (_relations(piece.replace("\\ ", ""), letter, {}) or [])]
        out.append(Shape(tex, tuple(f for f, op in relations if op == "="), tuple(f for f, op in relations if op == "<"),
                         words=m.group(0)))
    return out


def read_sets(info, letter: str, images: bool = False) -> list[Shape]:
    """The sets of the plane of ``letter`` the block writes or names (its curves, then at most one region: all its
    inequalities together), without repeats."""
    coords = _coordinates(info, letter)
    curves, inside, texts = [], [], []
    for piece in _pieces(info):
        if _mentions(piece, "w" if letter == "z" else "z"):
            continue  # the map itself, or a set of the other plane
        shape = _parametric(piece, letter, info)
        if shape is not None:
            curves.append(shape)
            continue
        relations = _relations(piece, letter, coords)
        if not relations:
            continue
        equations = [f for f, op in relations if op == "="]
        if equations and len(relations) == 1:
            curves.append(Shape(piece, (equations[0],)))
        elif not equations:
            inside.extend(f for f, _ in relations)
            texts.append(piece)
    shapes = curves + ([Shape(",\\ ".join(texts), (), tuple(inside))] if inside else [])
    for shape in _named(info, letter, images):
        if shape.region and any(s.region for s in shapes):
            # "the upper half-plane $\operatorname{Im} z > 0$": one region, called by the author's words
            shapes = [Shape(s.tex, s.equations, s.inside, shape.words) if s.region and _same(s, shape) else s for s in shapes]
            continue
        shapes.append(shape)
    unique: list[Shape] = []
    for shape in shapes:
        if not any(_same(shape, other) for other in unique):
            unique.append(shape)
    if images:  # a stated image is checked point by point: any one curve or region will do (a parabola too)
        return [s for s in unique if len(s.equations) <= 1]
    return [s for s in unique if _drawable(s)]


def _same(a: Shape, b: Shape) -> bool:
    sp = _sympy()

    def key(s):
        return ({sp.expand(f / _lead(f)) for f in s.equations}, {sp.expand(g / abs(_lead(g))) for g in s.inside})

    return key(a) == key(b)


def _lead(f):
    """The first nonzero coefficient of F (scaling it away makes x - 2 and 2x - 4 one line)."""
    sp = _sympy()
    try:
        coeffs = sp.Poly(f, _S.x, _S.y).coeffs()
        return coeffs[0] if coeffs and coeffs[0] != 0 else 1
    except sp.PolynomialError:
        return 1


# -- the paths drawn: lines, rays and circles ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Path:
    """A line p + t d (t >= 0 only for a ray) or a circle a + r e^{it}, exact (sympy)."""

    kind: str  # "line" | "ray" | "circle"
    p: object  # a point of the line (the foot from the origin), the ray's start, the circle's centre
    d: object  # the direction (a line, a ray) or the radius (a circle)

    def at(self, t):
        sp = _sympy()
        return sp.expand_complex(self.p + self.d * sp.exp(sp.I * t)) if self.kind == "circle" else sp.expand_complex(self.p + t * self.d)


def path_of(f) -> Path | None:
    """The line, ray or circle F(x, y) = 0: degree one, the circle's A(x^2 + y^2) + Bx + Cy + D, or arg z = c."""
    sp = _sympy()
    x, y = _S.x, _S.y
    if f.has(sp.atan2):
        c = sp.simplify(sp.atan2(y, x) - f)
        if c.free_symbols or f.has(sp.atan2(y, x)) is False:
            return None
        return Path("ray", sp.Integer(0), sp.expand_complex(sp.exp(sp.I * c)))
    try:
        poly = sp.Poly(f, x, y)
    except sp.PolynomialError:
        return None
    a, b, c = poly.coeff_monomial(x), poly.coeff_monomial(y), poly.coeff_monomial(1)
    if poly.total_degree() == 1:
        n = a + sp.I * b
        d = sp.expand_complex(sp.I * n)
        if sp.re(d) < 0 or (sp.re(d) == 0 and sp.im(d) < 0):
            d = -d  # traced left to right, or upwards
        return Path("line", sp.expand_complex(-c * n / (a ** 2 + b ** 2)), d)
    xx, yy, xy = poly.coeff_monomial(x ** 2), poly.coeff_monomial(y ** 2), poly.coeff_monomial(x * y)
    if poly.total_degree() != 2 or xx != yy or xy != 0 or xx == 0:
        return None
    centre = sp.expand_complex(-(a + sp.I * b) / (2 * xx))
    r2 = sp.simplify(sp.re(centre) ** 2 + sp.im(centre) ** 2 - c / xx)
    if not r2.is_positive:
        return None
    return Path("circle", centre, sp.sqrt(r2))


def _drawable(shape: Shape) -> bool:
    """A curve that is a line, a ray or a circle; a region whose boundaries are (and which has points)."""
    try:
        if shape.equations:
            return len(shape.equations) == 1 and path_of(shape.equations[0]) is not None
        return all(path_of(g) is not None for g in shape.inside) and interior_point(shape) is not None
    except (ValueError, TypeError):
        return False


def interior_point(shape: Shape):
    """A simple point strictly inside a region (exact): the Gaussian integer nearest the origin that is, else the
    nearest half- or quarter-integer one."""
    sp = _sympy()
    candidates = sorted({complex(a / q, b / q) for q in (1, 2, 4) for a in range(-8, 9) for b in range(-8, 9)},
                        key=lambda c: (c.real % 1 + c.imag % 1 > 0, (c.real * 2) % 1 + (c.imag * 2) % 1 > 0, abs(c), -c.imag, -c.real))
    zs = np.array(candidates)
    ok = shape.holds(zs, -1e-9)
    for c, good in zip(candidates, ok):
        if good:
            return sp.nsimplify(c.real) + sp.I * sp.nsimplify(c.imag)
    return None


def _span(path: Path, h: float) -> tuple[float, float] | None:
    """The parameter range of the part of the path inside the square |Re|, |Im| <= h (a circle: one whole turn, from
    the angle 0)."""
    if path.kind == "circle":
        return 0.0, 2 * math.pi
    p, d = complex(path.p), complex(path.d)
    low, high = (0.0 if path.kind == "ray" else -math.inf), math.inf
    for start, step in ((p.real, d.real), (p.imag, d.imag)):
        if abs(step) < 1e-12:
            if abs(start) > h:
                return None
            continue
        a, b = sorted(((-h - start) / step, (h - start) / step))
        low, high = max(low, a), min(high, b)
    return (low, high) if high - low > 1e-9 else None


def _sample(path: Path, span: tuple[float, float], n: int) -> np.ndarray:
    ts = np.linspace(span[0], span[1], n)
    if path.kind == "circle":
        return complex(path.p) + float(path.d) * np.exp(1j * ts)
    return complex(path.p) + ts * complex(path.d)


def _sample_code(path: Path, span: tuple[float, float], n: str) -> str:
    """The scene's numpy code for :func:`_sample` (the same numbers)."""
    ts = f"np.linspace({fmt(span[0], 6)}, {fmt(span[1], 6)}, {n})"
    p = complex(path.p)
    if path.kind == "circle":
        return f"complex({fmt(p.real, 6)}, {fmt(p.imag, 6)}) + {fmt(float(path.d), 6)} * np.exp(1j * {ts})"
    d = complex(path.d)
    return f"complex({fmt(p.real, 6)}, {fmt(p.imag, 6)}) + {ts} * complex({fmt(d.real, 6)}, {fmt(d.imag, 6)})"


@dataclass
class Trace:
    """One path of the z-plane drawn with its image: the part kept (``keep``: inequalities G <= 0), its colour, and
    whether a point z rides along it (the author's curves and a region's boundary; a region's grid lines have none)."""

    path: Path
    keep: tuple
    colour: str
    moving: bool
    tex: str = ""  # its name in the z header ("" for a grid line or a boundary named by its region)
    side: str = ""  # a region's boundary: the line or circle it lies on, for the narration
    words: str = ""
    image: Shape | None = None  # the image, when it can be named exactly
    stated: list = field(default_factory=list)  # (Shape, true?) the block states for it

    @property
    def grid(self) -> bool:
        return not self.moving


def _kept(zs: np.ndarray, keep: tuple) -> np.ndarray:
    return np.where(Shape("", (), keep).holds(zs, 1e-9), zs, np.nan) if keep else zs


def _curve_residual(shape: Shape, ws: np.ndarray) -> np.ndarray:
    """How far each point of ws is from the curve ``shape`` (a distance for lines and circles, an angle for a ray),
    NaN where it is on no part kept."""
    sp = _sympy()
    f = shape.equations[0]
    if f.has(sp.atan2):
        c = float(sp.atan2(_S.y, _S.x) - f)
        gap = np.abs((np.angle(ws) - c + math.pi) % (2 * math.pi) - math.pi)
    else:
        grad = sp.sqrt(sp.diff(f, _S.x) ** 2 + sp.diff(f, _S.y) ** 2)
        gap = np.abs(_values(f, ws)) / np.maximum(_values(grad, ws), 1e-12)
    return np.where(shape.holds(ws, 1e-7 * (1 + np.abs(ws))), gap, np.inf)


def lies_on(shape: Shape, ws: np.ndarray) -> bool:
    """Every finite point of ws (images of a preimage's points) is on the curve or in the region ``shape``."""
    ws = ws[np.isfinite(ws) & (np.abs(ws) < 1e4)]
    if ws.size < 12:
        return False
    tol = 1e-6 * (1 + np.abs(ws))
    if shape.region:
        return bool(np.all(shape.holds(ws, 1e-7)))
    return bool(np.all(_curve_residual(shape, ws) <= tol))


# -- naming the image exactly ------------------------------------------------------------------------------------


def _set_tex(f, relation: str = "=", v: str = "w") -> str:
    """The curve F(x, y) = 0 of the plane of ``v`` (or the side F < 0, ``relation`` "<"; F > 0 for ">") as the scene writes
    it: ``\\operatorname{Re} w = c``, ``|w - c| = r``, ``\\operatorname{Im} w = m\\operatorname{Re} w + b``, ``\\arg w = c``."""
    sp = _sympy()
    x, y = _S.x, _S.y
    flip = {"<": ">", ">": "<", "=": "="}
    if f.has(sp.atan2):
        return f"\\arg {v} {relation} {sp.latex(sp.atan2(y, x) - f)}"
    poly = sp.Poly(f, x, y)
    a, b, c = poly.coeff_monomial(x), poly.coeff_monomial(y), poly.coeff_monomial(1)
    if poly.total_degree() == 2:
        path = path_of(f)
        centre = path.p
        inner = v if centre == 0 else f"{v} + {_plain(-centre)}" if _negative(centre) else f"{v} - {_plain(centre)}"
        rel = relation if poly.coeff_monomial(x ** 2) > 0 else flip[relation]
        return f"|{inner}| {rel} {sp.latex(path.d)}"
    if b == 0:
        return f"\\operatorname{{Re}} {v} {relation if a > 0 else flip[relation]} {sp.latex(-c / a)}"
    if a == 0:
        return f"\\operatorname{{Im}} {v} {relation if b > 0 else flip[relation]} {sp.latex(-c / b)}"
    m, k = -a / b, -c / b
    slope = {1: "", -1: "-"}.get(m, sp.latex(m))
    rest = "" if k == 0 else f" {'-' if k < 0 else '+'} {sp.latex(abs(k))}"
    return f"\\operatorname{{Im}} {v} {relation if b > 0 else flip[relation]} {slope}\\operatorname{{Re}} {v}{rest}"


def _negative(c) -> bool:
    """Whether ``w - c`` reads better as ``w + (-c)``: c's first nonzero part is negative."""
    sp = _sympy()
    re_, im_ = sp.re(c), sp.im(c)
    return bool(re_ < 0 or (re_ == 0 and im_ < 0))


def _plain(c) -> str:
    """An exact complex number as a + bi (``\\frac{1}{4} - \\frac{1}{4}i``), in parentheses when it is a sum; a
    ValueError when its exact form is too long to write (an equation is never written with rounded numbers)."""
    text = _number_tex(c)
    if not text.startswith("= "):
        raise ValueError(f"no short exact form for {c}")
    text = text[2:]
    return f"\\left({text}\\right)" if re.search(r".[+-]", text) else text


def _w_shape(f, relation: str = "=") -> Shape:
    return Shape(_set_tex(f, relation), (f,) if relation == "=" else (), () if relation == "=" else ((f if relation == "<" else -f),))


def _three_points(path: Path, fmap: Map) -> list:
    """Three exact points of the path (not poles) and their images."""
    sp = _sympy()
    params = ((0, sp.pi / 2, sp.pi, 3 * sp.pi / 2, sp.pi / 4) if path.kind == "circle" else
              (0, 1, 2, 3, 4) if path.kind == "ray" else (0, 1, -1, 2, -2))
    out = []
    for t in params:
        z0 = path.at(t)
        w0 = fmap.at(z0)
        if w0 is not None and all(sp.simplify(w0 - w) != 0 for _, w in out):
            out.append((z0, w0))
        if len(out) == 3:
            break
    return out


def _image_of(path: Path, fmap: Map):
    """The exact image curve F(x, y) of a line, ray or circle when the map makes one: a Möbius map gives a line or a
    circle (through three image points); e^z a circle |w| = e^c (vertical line) or a ray arg w = c (horizontal line);
    k z^n a circle |w| = |k| r^n (circle about 0); a quadratic a parabola (a line, by a resultant)."""
    sp = _sympy()
    x, y, z = _S.x, _S.y, _Z
    w = x + sp.I * y
    f = fmap.expr
    if fmap.mobius:
        (_, w1), (_, w2), (_, w3) = _three_points(path, fmap)
        turn = sp.simplify(sp.im(sp.expand_complex((w2 - w1) * sp.conjugate(w3 - w1))))
        if turn == 0:
            return sp.expand(sp.im(sp.expand_complex(sp.conjugate(w2 - w1) * (w - w1))))
        cx, cy = sp.symbols("cx cy", real=True)
        centre = sp.solve([(cx - sp.re(a)) ** 2 + (cy - sp.im(a)) ** 2 - (cx - sp.re(w1)) ** 2 - (cy - sp.im(w1)) ** 2
                           for a in (w2, w3)], [cx, cy], dict=True)
        if len(centre) != 1:
            return None
        c = centre[0][cx] + sp.I * centre[0][cy]
        r2 = sp.simplify(sp.expand_complex((w1 - c) * sp.conjugate(w1 - c)))
        return sp.expand((x - sp.re(c)) ** 2 + (y - sp.im(c)) ** 2 - r2)
    if path.kind == "line" and sp.simplify(f - sp.exp(z)) == 0:
        d, p = path.d, path.p
        if sp.im(d) == 0:  # Im z = c: the ray arg w = c, c taken into (-pi, pi]
            c = sp.im(p)
            c = c - 2 * sp.pi * sp.floor((c + sp.pi) / (2 * sp.pi)) if c.is_number else c
            if c == -sp.pi:
                c = sp.pi
            return sp.atan2(y, x) - c
        if sp.re(d) == 0:  # Re z = c: the circle |w| = e^c
            return x ** 2 + y ** 2 - sp.exp(2 * sp.re(p))
        return None
    poly = sp.Poly(f, z) if f.is_polynomial(z) else None
    if poly is not None and path.kind == "circle" and path.p == 0 and len(poly.terms()) == 1:
        (n,), k = poly.terms()[0]
        radius = sp.simplify(sp.Abs(k) * path.d ** n)
        return x ** 2 + y ** 2 - radius ** 2
    if poly is not None and poly.degree() == 2 and path.kind == "line":
        t = sp.Symbol("t", real=True)
        image = sp.expand_complex(f.subs(z, path.p + t * path.d))
        u, v = sp.re(image), sp.im(image)
        implicit = sp.factor(sp.resultant(sp.Poly(u - x, t), sp.Poly(v - y, t)).as_expr())
        if implicit.free_symbols <= {x, y} and sp.Poly(implicit, x, y).total_degree() <= 2:
            return sp.expand(implicit)
    return None


def _parabola_tex(f) -> str | None:
    """A parabola F(x, y) = 0 solved for one coordinate, in u, v (w = u + iv)."""
    sp = _sympy()
    u, v = sp.symbols("u v", real=True)
    for one, other in ((_S.x, _S.y), (_S.y, _S.x)):
        if sp.degree(f, one) == 1:
            solved = sp.solve(f, one)
            if len(solved) == 1:
                lhs = "u" if one == _S.x else "v"
                return f"{lhs} = {sp.latex(sp.expand(solved[0].subs({_S.x: u, _S.y: v})))}"
    return None


def name_image(path: Path, keep: tuple, fmap: Map, ws: np.ndarray) -> Shape | None:
    """The exact image of the path (a Shape of the w-plane), checked against the traced points, or None."""
    sp = _sympy()
    try:
        f = _image_of(path, fmap)
        if f is None:
            return None
        if f.has(sp.atan2) or sp.Poly(f, _S.x, _S.y).total_degree() == 1 or path_of(f) is not None:
            shape = _w_shape(f)
        else:
            tex = _parabola_tex(f)
            if tex is None:
                return None
            shape = Shape(tex, (f,))
    except (ValueError, TypeError, ZeroDivisionError, sp.PolynomialError, NotImplementedError):
        return None
    return shape if lies_on(shape, ws) else None


# -- the design: what is drawn, in which windows -----------------------------------------------------------------------

COLOURS = ("BLUE", "GREEN", "ORANGE", "PURPLE")  # the author's curves and a region's boundary, each with its image
GRID = "TEAL"  # a region's grid lines and their images
MARKS = ("YELLOW", "PINK", "WHITE", "GOLD")  # the marked points, each with its image
N = 1000  # samples along a traced path
GRID_N = 400
MOST_CURVES = 3
LARGEST = 12.0  # the largest half-width of the z window: past it a curve is too far out to show with its image


@dataclass
class Mark:
    """A marked point z0 and its image (None: z0 is a pole); ``stated``: the value the block gives for it (LaTeX, value)."""

    z: object
    w: object
    stated: tuple | None = None


@dataclass
class Design:
    fmap: Map
    traces: list
    region: Shape | None
    stated: list  # [(Shape, true?)] the sets the block states as images
    region_image: Shape | None
    marks: list
    poles: list  # exact poles on a traced path
    far: object  # f(infinity) (a Möbius map, a traced line reaching infinity), where the image's gap closes; or None
    hz: float
    hw: float
    zstep: float
    wstep: float
    samples: dict = field(default_factory=dict)  # id(trace) -> (zs, ws)


def _window(need: float) -> tuple[float, float]:
    """(half-width, tick step) of a square window holding |Re|, |Im| <= need."""
    need = max(need, 0.5)
    step = 0.25 if need <= 0.75 else 0.5 if need <= 1.5 else 1.0 if need <= 5 else 2.0 if need <= 10 else 5.0
    return math.ceil(need / step - 1e-9) * step, step


def _evaluate(code: str, zs: np.ndarray) -> np.ndarray:
    fn = eval(f"lambda z: {code}", {"np": np, "abs": abs, "__builtins__": {}})
    with np.errstate(all="ignore"):
        return np.broadcast_to(np.asarray(fn(zs.astype(complex)), dtype=complex), zs.shape).copy()


def _need(path: Path, keep: tuple) -> float:
    """How far from the origin the z window must reach to show the path (a line: its foot and a stretch either side)."""
    if path.kind == "circle":
        reach = abs(complex(path.p)) + float(path.d)
    else:
        reach = max(2.5, abs(complex(path.p)) + 1)
    if keep:  # a segment or an arc: what is kept of it
        zs = _kept(_sample(path, _span(path, 3 * reach) or (0, 1), 2000), keep)
        zs = zs[np.isfinite(zs)]
        if zs.size:
            reach = min(reach, float(np.max(np.maximum(np.abs(zs.real), np.abs(zs.imag)))) * 1.15) if path.kind != "circle" else reach
    return reach * (1.15 if path.kind == "circle" else 1.0)


def _marks_named(info, fmap: Map) -> list[Mark]:
    """The points the author names (``z_1 = 2 + i``) and the values of the map they state (``g(i) = 0``)."""
    sp = _sympy()
    out = []
    call = re.escape(fmap.name.split("(")[0]) if "(" in fmap.name else None
    for piece in _pieces(info):
        parts = [p.strip() for p in split_top(plain_unit(piece), "=")]
        if len(parts) < 2:
            continue
        m = re.fullmatch(r"z(?:_\{?\d\}?)?", parts[0])
        if m:
            z0 = _number(_parse(parts[-1]) or sp.nan)
            if z0 is not None:
                out.append(Mark(z0, fmap.at(z0)))
            continue
        m = re.fullmatch(rf"{call}\s*\\?(?:left)?\(\s*(.+?)\s*\\?(?:right)?\)", parts[0]) if call else None
        if m:
            z0, value = (_number(_parse(t) or sp.nan) for t in (m[1], parts[-1]))
            if z0 is not None and value is not None:
                out.append(Mark(z0, fmap.at(z0), (parts[-1], value)))
    return out[:4]


def _marks_chosen(traces: list, region: Shape | None, fmap: Map, hz: float, hw: float) -> list[Mark]:
    """Simple points of the traced paths (three on the first, one on each other) and a point inside the region, each
    inside both windows with its image."""
    sp = _sympy()
    out: list[Mark] = []

    def fits(z0, w0) -> bool:
        zc = complex(z0)
        return (max(abs(zc.real), abs(zc.imag)) <= 0.9 * hz and w0 is not None
                and max(abs(complex(w0).real), abs(complex(w0).imag)) <= 0.9 * hw
                and all(abs(complex(m.z) - zc) > 1e-9 and abs(complex(m.w) - complex(w0)) > 1e-9 for m in out))

    if region is not None:
        z0 = interior_point(region)
        if z0 is not None and fits(z0, fmap.at(z0)):
            out.append(Mark(z0, fmap.at(z0)))
    for k, trace in enumerate(t for t in traces if t.moving):
        want = 3 if k == 0 else 1
        params = ((0, sp.pi / 2, 3 * sp.pi / 2, sp.pi, sp.pi / 4, 3 * sp.pi / 4) if trace.path.kind == "circle" else
                  (0, 1, 2) if trace.path.kind == "ray" else (0, 1, -1, 2, -2))
        for t in params:
            z0 = trace.path.at(t)
            if trace.keep and not Shape("", (), trace.keep).holds(np.array([complex(z0)]), 1e-9)[0]:
                continue
            w0 = fmap.at(z0)
            if fits(z0, w0) and want > 0:
                out.append(Mark(z0, w0))
                want -= 1
        if len(out) >= 4:
            break
    return out[:4]


def _poles(fmap: Map, traces: list) -> list:
    """The poles of a rational map that lie on a traced path (exact)."""
    sp = _sympy()
    den = sp.fraction(sp.together(fmap.expr))[1]
    if not den.free_symbols or not den.is_polynomial(_Z):
        return []
    out = []
    for pole in sp.solve(den, _Z):
        zc = np.array([complex(pole)])
        for trace in traces:
            if trace.moving and _on_path(trace.path, complex(pole)) and Shape("", (), trace.keep).holds(zc, 1e-9)[0]:
                out.append(pole)
                break
    return out


def _on_path(path: Path, zc: complex) -> bool:
    if path.kind == "circle":
        return abs(abs(zc - complex(path.p)) - float(path.d)) < 1e-9
    d, rel = complex(path.d), zc - complex(path.p)
    cross = (d.conjugate() * rel)
    return abs(cross.imag) < 1e-9 * (1 + abs(rel)) and (path.kind != "ray" or cross.real >= -1e-12)


def _grid(region: Shape, h: float, boundaries: list) -> list[Trace]:
    """Lines Re z = k s and Im z = k s across the part of the region in the window (s a 1-2-5 step giving at most six
    across it), each kept inside the region; those along a boundary, or mostly outside, are left out."""
    sp = _sympy()
    axis = np.linspace(-h, h, 61)
    zs = (axis[None, :] + 1j * axis[:, None]).ravel()
    zs = zs[region.holds(zs, 0)]
    if zs.size == 0:
        return []
    (x0, x1), (y0, y1) = (zs.real.min(), zs.real.max()), (zs.imag.min(), zs.imag.max())
    step = next(s for s in (0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10) if max(x1 - x0, y1 - y0) / s <= 6)
    out = []
    for low, high, line in ((x0, x1, lambda c: Path("line", c, sp.I)), (y0, y1, lambda c: Path("line", sp.I * c, sp.Integer(1)))):
        for k in range(math.floor(low / step) + 1, math.ceil(high / step)):
            path = line(sp.nsimplify(k * step))
            span = _span(path, h)
            if span is None:
                continue
            kept = Shape("", (), region.inside).holds(_sample(path, span, GRID_N), -1e-6)
            if kept.mean() < 0.1 or any(_on_path(b, complex(path.p)) and _on_path(b, complex(path.p + path.d)) for b in boundaries):
                continue
            out.append(Trace(path, region.inside, GRID, False))
    return out


def read(info) -> Design | None:
    """What the block asks this family to draw (see the module docstring), or None when it is not this family's.
    Read once per concept: recognition asks for it, then the scene draws it."""
    return _read(info.concept)


@lru_cache(maxsize=16)
def _read(concept: str) -> Design | None:
    from ..latex import extract

    info = extract(concept)
    if re.search(_NOT_OURS, info.concept, re.I):
        return None
    fmap = read_map(info)
    if fmap is None or (fmap.name != "w" and not re.search(_MAP_WORDS, info.prose, re.I)):
        return None
    zsets = read_sets(info, "z")
    curves = [s for s in zsets if not s.region][:MOST_CURVES]
    region = next((s for s in zsets if s.region), None)
    if not curves and region is None:
        return None
    traces = [Trace(path_of(s.equations[0]), s.inside, COLOURS[k], True, tex=s.tex, words=s.words) for k, s in enumerate(curves)]
    if region is not None:
        for g in region.inside:
            path = path_of(g)
            others = tuple(o for o in region.inside if o is not g)
            if not any(_on_path(t.path, complex(path.at(0))) and _on_path(t.path, complex(path.at(1))) and not t.keep for t in traces):
                traces.append(Trace(path, others, COLOURS[len(traces) % len(COLOURS)], True, side=_set_tex(g, "=", "z")))
    needs = [_need(t.path, t.keep) for t in traces]
    if region is not None:
        centre = interior_point(region)
        needs.append(abs(complex(centre)) + 1)
    hz, zstep = _window(max(needs + [1.5]))
    if hz > LARGEST:
        return None
    boundaries = [t.path for t in traces]
    if region is not None:
        traces += _grid(region, hz, boundaries)
    samples = {}
    for trace in traces:
        span = _span(trace.path, hz)
        if span is None:
            return None  # a line of the author's outside the window it sets: nothing to trace
        zs = _kept(_sample(trace.path, span, GRID_N if trace.grid else N), trace.keep)
        samples[id(trace)] = (zs, _evaluate(fmap.code, zs))
    poles = _poles(fmap, traces)
    images = np.concatenate([ws for t in traces if t.moving for ws in [samples[id(t)][1]]])
    images = images[np.isfinite(images)]
    if images.size < 20:
        return None
    reach = np.maximum(np.abs(images.real), np.abs(images.imag))
    bounded = not poles and reach.max() < 4 * LARGEST
    hw, wstep = _window(1.1 * reach.max() if bounded else 1.3 * float(np.percentile(reach, 70)))
    if max(hz, hw) <= 1.5 * min(hz, hw):  # close enough to share one unit: the two planes at the same scale
        hz = hw = max(hz, hw)
        zstep = wstep = max(zstep, wstep)
    stated = []
    inner = _inner_images(region, fmap, hz) if region is not None else None
    for shape in read_sets(info, "w", images=True):
        if shape.region:
            true = inner is not None and lies_on(shape, inner)
        else:
            holders = [t for t in traces if t.moving and lies_on(shape, samples[id(t)][1])]
            true = bool(holders)
            for t in holders:
                t.stated.append(shape)
        stated.append((shape, true))
    for trace in traces:
        if trace.moving and not trace.stated:
            trace.image = name_image(trace.path, trace.keep, fmap, samples[id(trace)][1])
    region_image = _region_image(region, fmap, traces, inner) if region is not None else None
    marks = [m for m in _marks_named(info, fmap) if m.w is not None] or _marks_chosen(traces, region, fmap, hz, hw)
    far = _far(fmap, [t for t in traces if t.moving], samples, hw)
    return Design(fmap, traces, region, stated, region_image, marks, poles, far, hz, hw, zstep, wstep, samples)


def _far(fmap: Map, traces: list, samples: dict, hw: float):
    """f(infinity), exact, when the map is Möbius, a traced line runs off to infinity (its samples reach the window's edge
    at an end) and the value is inside the w window: the point the image approaches, never reached."""
    sp = _sympy()
    if not fmap.mobius or not any(t.path.kind != "circle" and (np.isfinite(samples[id(t)][0][[0, -1]]).any()) for t in traces):
        return None
    value = sp.limit(fmap.expr, _Z, sp.oo)
    if not value.is_finite:
        return None
    c = complex(value)
    return sp.expand_complex(value) if max(abs(c.real), abs(c.imag)) <= 0.95 * hw else None


def _inner_images(region: Shape, fmap: Map, h: float) -> np.ndarray:
    """Images of points strictly inside the region, over the z window."""
    axis = np.linspace(-h, h, 31)
    zs = (axis[None, :] + 1j * axis[:, None]).ravel()
    zs = zs[region.holds(zs, -1e-6 * h)]
    return _evaluate(fmap.code, zs)


def _region_image(region: Shape, fmap: Map, traces: list, inner: np.ndarray) -> Shape | None:
    """The image of a region bounded by one line or circle under a Möbius map: the side of the boundary's image where
    an inside point lands."""
    sp = _sympy()
    boundary = [t for t in traces if t.moving and _on_path(t.path, complex(path_of(region.inside[0]).at(0)))] if len(region.inside) == 1 else []
    if not fmap.mobius or not boundary:
        return None
    f = _image_of(boundary[0].path, fmap)
    inside = fmap.at(interior_point(region))
    if f is None or inside is None:
        return None
    side = sp.simplify(f.subs({_S.x: sp.re(inside), _S.y: sp.im(inside)}))
    if side == 0:
        return None
    try:
        shape = _w_shape(f, "<" if side < 0 else ">")
    except (ValueError, TypeError, sp.PolynomialError):
        return None
    return shape if lies_on(shape, inner) else None


# -- the scene ---------------------------------------------------------------------------------------------------------

_HELPERS = '''
def _kept(self, values, inside):
    """The samples where inside(x, y) holds; NaN elsewhere (a ray, a segment, an arc, a line kept inside a region)."""
    with np.errstate(all="ignore"):
        keep = inside(values.real, values.imag)
    return np.where(keep, values, np.nan)

def _xyz(self, plane, values):
    """Scene points of complex numbers (the plane is linear; NaN stays NaN)."""
    o = plane.n2p(0)
    ex, ey = plane.n2p(1) - o, plane.n2p(1j) - o
    return o + np.outer(values.real, ex) + np.outer(values.imag, ey)

def _runs(self, values, h):
    """Index ranges [a, b) of neighbouring samples inside the window |Re|, |Im| <= h with no jump between them: a point
    sent to infinity (a pole) or a branch cut breaks the path there, so no line is drawn across infinity."""
    with np.errstate(invalid="ignore"):
        ok = np.isfinite(values) & (np.abs(values.real) <= h * 1.000001) & (np.abs(values.imag) <= h * 1.000001)
        jump = np.abs(np.diff(values)) > 0.4 * h
    runs, start = [], None
    for i in range(len(values)):
        if start is not None and (not ok[i] or jump[i - 1]):
            runs.append((start, i))
            start = None
        if ok[i] and start is None:
            start = i
    if start is not None:
        runs.append((start, len(values)))
    return [(a, b) for a, b in runs if b - a >= 2]

def _path(self, points, runs, upto, colour, width):
    """The path traced up to sample upto: one polyline per run."""
    group = VGroup()
    for a, b in runs:
        b = min(b, int(upto) + 1)
        if b - a >= 2:
            group.add(VMobject(stroke_color=colour, stroke_width=width).set_points_as_corners(points[a:b]))
    return group

def _rider(self, points, runs, upto):
    """The moving point at sample upto, hidden while it is off the window or at infinity."""
    i = min(int(upto), len(points) - 1)
    shown = any(a <= i < b for a, b in runs)
    return Dot(points[i] if shown else ORIGIN, radius=0.08, color=YELLOW).set_opacity(1 if shown else 0)
'''

SIDE = 5.2  # each plane's side (scene units): two squares and the map between them fill the frame's width
CENTRE_Y = -0.25


def _complex_code(c) -> str:
    c = complex(c)
    return f"complex({fmt(c.real, 6)}, {fmt(c.imag, 6)})"


def _inside_code(keep: tuple) -> str | None:
    if not keep:
        return None
    return "lambda x, y: " + " & ".join(f"({_numpy(g)} <= 1e-9)" for g in keep)


def _value_tex(c) -> str:
    """An exact complex number for a label: a + bi, or ≈ to three decimals when long."""
    text = _number_tex(c)
    return text[2:] if text.startswith("= ") else text


def _image_tex(fmap: Map, mark: Mark) -> str:
    """f(z0) for the narration: a + bi, or its short closed form and three decimals (``e^{i} \\approx 0.54 + 0.841i``)."""
    sp = _sympy()
    text = _value_tex(mark.w)
    if text.startswith("\\approx"):
        closed = sp.latex(sp.simplify(fmap.expr.subs(_Z, mark.z)))
        if len(closed) <= 16:
            return f"{closed} {text}"
    return text


def _name(shape_or_trace) -> str:
    """How the narration names a set: the author's words ("the upper half-plane", "上半平面"), or its formula."""
    words = shape_or_trace.words
    if not words:
        return f"${shape_or_trace.tex}$"
    return words if has_cjk(words) else "the " + words.lower()


def _listed(ctx: Ctx, names: list[str]) -> str:
    if ctx.zh:
        return "、".join(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _off(shape: Shape, value) -> bool:
    """The point value of the w-plane is not on (in) the stated set."""
    ws = np.array([complex(value)])
    if shape.region:
        return not bool(shape.holds(ws, 1e-9)[0])
    return bool(_curve_residual(shape, ws)[0] > 1e-9)


def _witness(shape: Shape, design: Design):
    """A point of the preimage whose image is off the stated set: a marked point (exact), else a traced sample (three
    decimals); (z, w) as LaTeX."""
    for mark in design.marks:
        if mark.w is not None and _off(shape, mark.w):
            return _value_tex(mark.z), _value_tex(mark.w)
    for trace in design.traces:
        if not trace.moving:
            continue
        zs, ws = design.samples[id(trace)]
        good = np.isfinite(ws) & (np.abs(ws) < 1e3)
        for z0, w0 in zip(zs[good][::25], ws[good][::25]):
            if _off(shape, w0):
                return (f"{_number_tex(_sympy().nsimplify(round(z0.real, 3)) + _sympy().I * _sympy().nsimplify(round(z0.imag, 3)))[2:]}",
                        f"\\approx {fmt(w0.real, 3)} {'-' if w0.imag < 0 else '+'} {fmt(abs(w0.imag), 3)}i")
    return None


def build(ctx: Ctx) -> None:
    w = ctx.w
    d = read(ctx.info)
    fmap = d.fmap
    sp = _sympy()
    map_tex = f"{fmap.name} = {fmap.tex}" if fmap.name != "w" else f"w = {fmap.tex}"
    moving = [t for t in d.traces if t.moving]
    named = [t for t in moving if t.tex]
    sets = [_name(t) for t in named] + ([_name(d.region)] if d.region is not None else [])
    listed = _listed(ctx, sets)
    ctx.facts.update(map_tex=map_tex, marks=d.marks, fmap=fmap,
                     image=next((t.image or (t.stated[0] if t.stated else None) for t in moving if t.image or t.stated), None))

    def say(title: str, text: str) -> None:
        """A beat; in Chinese, no space left between two Chinese words (the English spacing around names)."""
        w.beat(title, re.sub(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+(?=[\u4e00-\u9fff])", "", text) if ctx.zh else text)

    say(ctx.title, ctx.L(f"The map ${map_tex}$ sends each point $z$ to $w$; follow {listed}.",
                            f"映射 ${map_tex}$ 把每个点 $z$ 送到 $w$；看 {listed} 的像。"))
    w.title(ctx.title)
    place_helper(w)
    if _HELPERS not in w.helpers:
        w.helpers.append(_HELPERS)
    planes = []
    for letter, h, step, x in (("z", d.hz, d.zstep, -3.55), ("w", d.hw, d.wstep, 3.55)):
        planes.append(f"{letter}plane")
        w.code(f"{letter}plane = ComplexPlane(x_range=[-{fmt(h)}, {fmt(h)}, {fmt(step)}], y_range=[-{fmt(h)}, {fmt(h)}, {fmt(step)}],",
               f"                      x_length={SIDE}, y_length={SIDE}, background_line_style={{\"stroke_opacity\": 0.3}})"
               f".move_to([{x}, {CENTRE_Y}, 0])",
               f"{letter}plane.add_coordinates(font_size=16)",
               f'{letter}name = MathTex("{letter}", font_size=34).move_to({letter}plane.get_corner(UL) + [0.3, -0.3, 0])',
               f"{letter}name.add_background_rectangle(opacity=0.85, buff=0.06)")
    header = [(t.tex, t.colour) for t in named] + ([(d.region.tex, GRID)] if d.region is not None else [])
    parts = [p for k, (tex, _) in enumerate(header) for p in ([",\\quad "] if k else []) + [tex]]
    w.code(f"arrow = Arrow([-0.85, {CENTRE_Y}, 0], [0.85, {CENTRE_Y}, 0], buff=0, color=GREY_B)",
           f'mapping = MathTex(r"{map_tex}", font_size=34).next_to(arrow, UP, buff=0.2)',
           "if mapping.width > 1.7:",
           "    mapping.scale_to_fit_width(1.7)",
           "z_header = MathTex(" + ", ".join(f'r"{p}"' for p in parts) + ", font_size=32)",
           *[f"z_header[{2 * k}].set_color({colour})" for k, (_, colour) in enumerate(header)],
           "z_header.next_to(zplane, UP, buff=0.15)",
           f"if z_header.width > {SIDE}:",
           f"    z_header.scale_to_fit_width({SIDE})")
    w.play("Write(title), Create(zplane), Create(wplane), FadeIn(zname, wname), GrowArrow(arrow), Write(mapping)", 1.6)
    w.play("Write(z_header)", 1.0)

    # the trace: every path and its image drawn together, sample by sample
    poles = [(_value_tex(p), p) for p in d.poles]
    along = (_listed(ctx, [_name(t) for t in named]) if named else
             ctx.L(f"the boundary of {_name(d.region)}", f"{_name(d.region)}的边界"))
    said = ctx.L(f"As $z$ runs along {along}, its image $w = f(z)$ is traced in the $w$-plane at the same time.",
                 f"当 $z$ 沿 {along} 运动时，它的像 $w = f(z)$ 同时在 $w$ 平面上描出。")
    if d.region is not None:
        said += ctx.L(f" Lines inside {_name(d.region)} are carried along too: each grid line and its image.",
                      f" {_name(d.region)}内的网格线也一同映过去：每条网格线和它的像。")
    for tex, _ in poles:
        said += ctx.L(f" At $z = {tex}$ the map is not defined: $w$ runs off to infinity there, so the image breaks and comes back from the other side.",
                      f" 在 $z = {tex}$ 处映射没有定义：$w$ 趋于无穷远，像在这里断开，再从另一侧回来。")
    if d.far is not None:
        said += ctx.L(f" Far out along the line, $w$ approaches ${_value_tex(d.far)}$, the image of $\\infty$.",
                      f" 沿直线走向远处时，$w$ 趋于 ${_value_tex(d.far)}$，即 $\\infty$ 的像。")
    say(ctx.L("Tracing the image", "描出像"), said)
    order = [t for t in d.traces if t.grid] + moving  # grid lines first, under the curves
    rows = []
    for t in order:
        span = _span(t.path, d.hz)
        zs = _sample_code(t.path, span, "N_GRID" if t.grid else "N")
        inside = _inside_code(t.keep)
        zs = f"self._kept({zs}, {inside})" if inside else zs
        rows.append(f"    ({zs}, {t.colour}, {2 if t.grid else 5}, {t.moving}),")
    w.code("def f(z):",
           "    with np.errstate(all=\"ignore\"):",
           f"        return {fmap.code} + 0j",
           "",
           f"N, N_GRID = {N}, {GRID_N}",
           "# each path of the z-plane: its samples (NaN off the part drawn), colour, width, and whether a point rides on it",
           "paths = [",
           *rows,
           "]",
           "traced = []",
           "for zs, colour, width, rides in paths:",
           "    ws = f(zs)",
           f"    traced.append((self._xyz(zplane, zs), self._runs(zs, {fmt(d.hz)}), self._xyz(wplane, ws), self._runs(ws, {fmt(d.hw)}),",
           "                   colour, width, rides, len(zs)))",
           "k = ValueTracker(0)  # the fraction of each path traced, times N",
           "lines = VGroup(*[always_redraw(lambda P=P, R=R, c=c, s=s, n=n: self._path(P, R, k.get_value() * (n - 1) / (N - 1), c, s))",
           "                 for Z, zr, W, wr, c, s, _, n in traced for P, R in ((Z, zr), (W, wr))])",
           "riders = VGroup(*[always_redraw(lambda P=P, R=R: self._rider(P, R, k.get_value()))",
           "                  for Z, zr, W, wr, c, s, rides, n in traced if rides for P, R in ((Z, zr), (W, wr))])",
           "self.add(lines, riders)")
    w.play("k.animate.set_value(N - 1)", 6, "rate_func=linear")
    w.code("for m in [*lines, *riders]:", "    m.clear_updaters()",
           "self.bring_to_front(zname, wname)  # the planes' letters stay readable over the traced curves")
    w.play("FadeOut(riders)", 0.4)
    w.code("taken = [title, z_header, mapping, arrow, zname, wname]",
           "minor = [*zplane.coordinate_labels, *wplane.coordinate_labels, *[piece for drawn in lines for piece in drawn]]")
    if poles:
        w.code("poles = VGroup()")
        for tex, p in poles:
            w.code(f"ring = Circle(radius=0.11, color=RED, stroke_width=4).move_to(zplane.n2p({_complex_code(p)}))",
                   f'ring_label = MathTex(r"{tex} \\mapsto \\infty", font_size=28, color=RED)',
                   "ring_label.add_background_rectangle(opacity=0.85, buff=0.05)",
                   "taken.append(ring)",
                   "self._place(ring_label, ring, [DL, DR, UL, UR], taken, minor)",
                   "poles.add(ring, ring_label)")
        w.play("Create(poles)", 0.6)
    if d.far is not None:
        w.code(f"far = Circle(radius=0.11, color=RED, stroke_width=4).move_to(wplane.n2p({_complex_code(d.far)}))",
               f'far_label = MathTex(r"\\infty \\mapsto {_value_tex(d.far)}", font_size=28, color=RED)',
               "far_label.add_background_rectangle(opacity=0.85, buff=0.05)",
               "taken.append(far)",
               "self._place(far_label, far, [DR, UR, DL, UL], taken, minor)")
        w.play("Create(far), Write(far_label)", 0.6)

    # marked points, each carried to its image
    if d.marks:
        pairs = []
        wrong_values = []
        for m in d.marks:
            if m.w is None:
                pairs.append(f"${_value_tex(m.z)} \\mapsto \\infty$")
                continue
            pairs.append(f"${_value_tex(m.z)} \\mapsto {_image_tex(fmap, m)}$")
            if m.stated is not None and complex(m.stated[1]) != complex(m.w):
                wrong_values.append((m, m.stated[0]))
        said = ctx.L("Marked points and their images: " + ", ".join(pairs) + ".", "几个点和它们的像：" + "，".join(pairs) + "。")
        for m, stated in wrong_values:
            call = fmap.name.split("(")[0]
            said += ctx.L(f" The block states ${call}({_value_tex(m.z)}) = {stated}$; that is false: ${call}({_value_tex(m.z)}) = {_value_tex(m.w)}$.",
                          f" 题中写 ${call}({_value_tex(m.z)}) = {stated}$，这不成立：${call}({_value_tex(m.z)}) = {_value_tex(m.w)}$。")
        say(ctx.L("Marked points", "几个点的像"), said)
        shown = [m for m in d.marks if m.w is not None]
        w.code("marks_z = [" + ", ".join(_complex_code(m.z) for m in shown) + "]",
               "marks_w = [" + ", ".join(_complex_code(m.w) for m in shown) + "]",
               f"colours = [{', '.join(MARKS[:len(shown)])}]",
               "zdots = VGroup(*[Dot(zplane.n2p(c), radius=0.08, color=col) for c, col in zip(marks_z, colours)])",
               "wdots = VGroup(*[Dot(wplane.n2p(c), radius=0.08, color=col) for c, col in zip(marks_w, colours)])",
               "taken += [*zdots, *wdots]",
               "zlabels = VGroup(" + ", ".join(f'MathTex(r"{_value_tex(m.z)}", font_size=26)' for m in shown) + ")",
               "wlabels = VGroup(" + ", ".join(f'MathTex(r"{_value_tex(m.w)}", font_size=26)' for m in shown) + ")",
               "for dots, labels in ((zdots, zlabels), (wdots, wlabels)):",
               "    for dot, label in zip(dots, labels):",
               "        label.set_color(dot.get_color()).add_background_rectangle(opacity=0.85, buff=0.05)",
               "        self._place(label, dot, [UR, UL, DR, DL], taken, minor)")
        w.play("FadeIn(zdots), Write(zlabels)", 0.8)
        w.play("*[TransformFromCopy(a, b) for a, b in zip(zdots, wdots)]", 1.4)
        w.play("Write(wlabels)", 0.6)

    # the image: the block's statement checked, or the image named when it is exact
    items, said_en, said_zh = [], [], []
    # a parabola is written in u, v: say what they are unless the block does
    uv = " ($w = u + iv$)" if not _coordinates(ctx.info, "w") and any(t.image is not None and t.image.tex.startswith(("u =", "v =")) for t in moving) else ""
    for t in moving:
        if t.stated:
            for shape in t.stated:
                items.append((shape.tex + "\\ \\checkmark", t.colour, False))
                said_en.append(f"every traced point of {_name(t) if t.tex else f'the boundary ${t.side}$'} lands on ${shape.tex}$, as the block states")
                said_zh.append(f"{_name(t) if t.tex else f'边界 ${t.side}$ '}上每个点的像都落在 ${shape.tex}$ 上，与题中所说一致")
        elif t.image is not None:
            items.append((t.image.tex, t.colour, False))
            said_en.append(f"the image of {_name(t) if t.tex else f'the boundary ${t.side}$'} lies on ${t.image.tex}${uv}")
            said_zh.append(f"{_name(t) if t.tex else f'边界 ${t.side}$ '}的像落在 ${t.image.tex}${uv} 上")
    region_stated = [(s, ok) for s, ok in d.stated if s.region and ok]
    if d.region is not None and (region_stated or d.region_image is not None):
        image = region_stated[0][0] if region_stated else d.region_image
        items.append((image.tex + ("\\ \\checkmark" if region_stated else ""), GRID, False))
        said_en.append(f"{_name(d.region)} goes into {_name(image)}" + (", as the block states" if region_stated else ""))
        inside = "" if re.search(r"(?:内|内部|盘)$", _name(image)) else "内"
        said_zh.append(f"{_name(d.region)}中的点都映到{_name(image)}{inside}" + ("，与题中所说一致" if region_stated else ""))
    false = [s for s, ok in d.stated if not ok]
    for shape in false:
        items.append((shape.tex, "RED", True))
        witness = _witness(shape, d)
        tail_en = f": the image of ${witness[0]}$ is ${witness[1]}$, which is not {'in' if shape.region else 'on'} it" if witness else ""
        tail_zh = f"：${witness[0]}$ 的像是 ${witness[1]}$，不在{'其中' if shape.region else '其上'}" if witness else ""
        said_en.append(f"the block states that the image is {_name(shape)}; that is false{tail_en}")
        said_zh.append(f"题中说像是 {_name(shape)}，这不成立{tail_zh}")
    if items and uv:
        items.append(("(w = u + iv)", "WHITE", False))
    if items:
        say(ctx.L("The image", "像"), ctx.L(" ".join(s[0].upper() + s[1:] + "." for s in said_en), "；".join(said_zh) + "。"))
        w.code("w_header = VGroup(" + ", ".join(f'MathTex(r"{tex}", font_size=32, color={colour})' for tex, colour, _ in items)
               + ").arrange(RIGHT, buff=0.4)")
        crossed = [k for k, (_, _, wrong) in enumerate(items) if wrong]
        if crossed:
            w.code(f"false_word = {text_mob(ctx.L('false', '不成立'), 26, 'RED')}",
                   "w_header.add(false_word).arrange(RIGHT, buff=0.3)")
        w.code("w_header.next_to(wplane, UP, buff=0.15)",
               f"if w_header.width > {SIDE + 0.6}:",
               f"    w_header.scale_to_fit_width({SIDE + 0.6})",
               "w_header.set_x(wplane.get_x())")
        anims = ["Write(w_header)"]
        if crossed:
            w.code("crosses = VGroup(" + ", ".join(f"Line(w_header[{k}].get_left(), w_header[{k}].get_right(), color=RED, stroke_width=3)"
                                                for k in crossed) + ")  # struck through, still readable")
            anims.append("Create(crosses)")
            stated_paths = []
            for shape in false:
                target = shape.equations[0] if shape.equations else (shape.inside[0] if len(shape.inside) == 1 else None)
                path = path_of(target) if target is not None else None
                span = _span(path, d.hw) if path is not None else None
                if span is not None:
                    keep = _inside_code(shape.inside if shape.equations else ())
                    code = _sample_code(path, span, "N")
                    stated_paths.append(f"self._kept({code}, {keep})" if keep else code)
            if stated_paths:
                w.code("stated = VGroup(*[DashedVMobject(self._path(self._xyz(wplane, zs), self._runs(zs, "
                       f"{fmt(d.hw)}), N, RED, 3)[0], num_dashes=40) for zs in [" + ", ".join(stated_paths) + "] if self._runs(zs, "
                       f"{fmt(d.hw)})])")
                anims.append("Create(stated)")
        w.play(", ".join(anims), 1.4)
        if crossed and d.marks:
            w.code("self.bring_to_front(wdots, wlabels)  # the stated curve passes under the marked points' labels")
    w.wait(1.5)


@check("complex_map")
def _check(f):
    mark = next((m for m in f["marks"] if m.w is not None), None)
    if mark is None:
        return ("Where does the map send a point of the curve where the denominator vanishes?",
                "分母为零的点被映射到哪里？",
                "To infinity: the image of a curve through it is unbounded, and the traced image breaks there.",
                "映到无穷远：经过它的曲线的像是无界的，描出的像在那里断开。")
    z0, w0 = _value_tex(mark.z), _value_tex(mark.w)
    image = f["image"]
    on_en = f", a point of ${image.tex}$" if image is not None else ""
    on_zh = f"，它在 ${image.tex}$ 上" if image is not None else ""
    return (f"Compute the image of $z = {z0}$ under ${f['map_tex']}$.",
            f"计算 $z = {z0}$ 在 ${f['map_tex']}$ 下的像。",
            f"$w = {w0}$ (put $z = {z0}$ into the formula){on_en}.",
            f"$w = {w0}$（把 $z = {z0}$ 代入公式）{on_zh}。")


# -- recognition (see families.py) ----------------------------------------------------------------------------------


def evidence(info) -> int | None:
    """0: a map of the plane written (``w = …`` in z, ``f(z) = …`` said to map, ``z \\mapsto …``) beside a set of the
    z-plane (the reader decides whether both are there)."""
    tex = plain_unit(" ".join(info.blocks))
    if not any(re.search(rule, tex) for rule in _MAP) or re.search(_NOT_OURS, info.concept, re.I):
        return None
    if not _mentions(tex, "z"):
        return None
    return 0


def needs(info) -> bool:
    return read(info) is not None
