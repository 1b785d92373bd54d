"""Double integrals over regions bounded by curves: the region D and its iterated descriptions.

:func:`read_region_integral` reads ∬_D f from a block: the author's iterated limits (``\\int_0^1 dx\\int_x^1 f\\,dy``,
``\\int_0^1\\int_x^1 f\\,dy\\,dx``, polar ``\\int_0^{2\\pi} d\\theta\\int_0^2 g\\, r\\,dr``), or ``\\iint_D f\\,d\\sigma`` with D
given by inequalities (``x^2 + y^2 \\le 2y``, ``1 \\le x^2+y^2 \\le 4, x \\ge 0``) or as the region bounded by two
curves. A description (:class:`Description`) is found from D's inequalities by sampling: at each value of the outer
variable the inner variable's set must be one interval whose ends lie on D's boundary curves (solved by sympy);
where the end curve changes, the description splits into pieces. The value is sympy's (else Gauss–Legendre).

Precision first: None for a rectangle (``double_integral`` draws its volume), for a region or integrand not read
completely, or when two descriptions of D disagree.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from .latex import MathInfo, single_line, split_top

ASKS_SWAP = (r"(?:chang|swap|switch|revers|interchang|exchang|invert)\w*\s+(?:the\s+)?(?:order|orders)\b|"
             r"交换(?:积分)?(?:的)?次序|改变(?:积分)?次序|更换(?:积分)?次序|变换(?:积分)?次序|换序")
ASKS_POLAR = r"polar|极坐标"
_DX_FIRST = r"先对\s*\$?\s*x\s*\$?\s*后|(?:inner|first)\s+(?:integral\s+)?(?:with\s+respect\s+to|in|over)\s+\$?x\b|type[- ]?II\b|[YＹ]\s*-?\s*型"
_BOUNDED = r"bounded\s+by|enclosed\s+by|bounded\s+(?:above|below)|所围成?|围成|围起"
_X_AXIS = r"x[- ]?axis|x\s*轴"
_Y_AXIS = r"y[- ]?axis|y\s*轴"

_REL = r"\\leqslant|\\geqslant|\\leq|\\geq|\\le|\\ge|\\lt|\\gt|<|>|≤|≥"
_LESS = ("\\leqslant", "\\leq", "\\le", "\\lt", "<", "≤")


def _symbols():
    import sympy as sp

    return sp.symbols("x y r theta", real=True)


@dataclass(frozen=True)
class Piece:
    """outer in [a, b] (sympy numbers), inner from ``lo`` to ``hi`` (sympy in the outer variable), their TeX."""

    a: object
    b: object
    lo: object
    hi: object
    lo_tex: str
    hi_tex: str


@dataclass(frozen=True)
class Description:
    """An iterated description of D: ``dy`` (x outer, y inner: vertical strips), ``dx`` (y outer: horizontal strips),
    ``polar`` (θ outer, r inner: rays); ``written`` the author's own TeX of it, when the block writes it."""

    kind: str
    pieces: tuple[Piece, ...]
    written: str | None = None

    @property
    def outer(self) -> str:
        return {"dy": "x", "dx": "y", "polar": "theta"}[self.kind]

    @property
    def inner(self) -> str:
        return {"dy": "y", "dx": "x", "polar": "r"}[self.kind]


@dataclass(frozen=True)
class RegionIntegral:
    f: object  # the integrand in x, y (None when the author wrote only a polar integrand)
    f_tex: str
    polar_f: object  # the integrand in r, theta with the Jacobian r (None when there is no polar description)
    first: Description
    second: Description | None
    value: float
    exact: str | None  # sympy's value as TeX
    stated: str | None = None  # the value the block states, as written
    stated_ok: bool | None = None
    boundary: tuple[tuple[str, object], ...] = field(default=())  # (TeX "lhs = rhs", G with G <= 0 in D) for the labels
    d: str = "d"  # the author's differential: d or \mathrm{d}


# -- the author's TeX ----------------------------------------------------------------------------------

def _clean(tex: str) -> str:
    tex = single_line(tex)
    tex = re.sub(r"\\(?:mathrm|operatorname|text|rm|textrm)\s*\{\s*d\s*\}|\{\s*\\rm\s+d\s*\}", "d", tex)
    tex = re.sub(r"\\(?:limits|nolimits|displaystyle|left|right)(?![A-Za-z])", "", tex)
    tex = re.sub(r"\\[,;:! ]|~", " ", tex)
    tex = tex.replace("\\dfrac", "\\frac").replace("\\tfrac", "\\frac").replace("\\rho", "r").replace("\\varphi", "\\theta")
    return re.sub(r"\s+", " ", tex).strip()


def _expr(tex: str, allowed: set[str]):
    """sympy of ``tex`` (normalised) when its letters are among ``allowed``, with real symbols; else None."""
    import sympy as sp

    from .symbolic import normalize, parse

    tex = tex.strip()
    if not tex:
        return None
    try:
        e = parse(tex)
        e = normalize(e) if isinstance(e, sp.Expr) else None
    except Exception:
        return None
    if e is None or not {s.name for s in e.free_symbols} <= allowed:
        return None
    x, y, r, t = _symbols()
    return e.subs({sp.Symbol(n): s for n, s in (("x", x), ("y", y), ("r", r), ("theta", t))})


def _group(tex: str, i: int) -> tuple[str, int] | None:
    """The TeX group at ``tex[i]`` (``{...}``, a command, or one character) and the index after it."""
    while i < len(tex) and tex[i] == " ":
        i += 1
    if i >= len(tex):
        return None
    if tex[i] == "{":
        depth = 0
        for j in range(i, len(tex)):
            depth += {"{": 1, "}": -1}.get(tex[j], 0)
            if depth == 0:
                return tex[i + 1:j], j + 1
        return None
    m = re.match(r"\\[A-Za-z]+|-?\d|.", tex[i:])
    return m.group(0), i + len(m.group(0))


def _limits(tex: str, i: int) -> tuple[str, str, int] | None:
    """``_{a}^{b}`` (either order) after an ``\\int`` ending at ``i``."""
    got: dict[str, str] = {}
    for _ in range(2):
        m = re.match(r"\s*([_^])", tex[i:])
        if not m:
            break
        g = _group(tex, i + m.end())
        if g is None:
            return None
        got[m.group(1)], i = g[0], g[1]
    if set(got) != {"_", "^"}:
        return None
    return got["_"], got["^"], i


_VAR = r"(x|y|r|\\theta)(?![A-Za-z])"
_DIFF = rf"(?<![A-Za-z\\])d\s*{_VAR}"
_NAME = {"x": "x", "y": "y", "r": "r", "\\theta": "theta"}


@dataclass(frozen=True)
class _Iterated:
    outer: str
    inner: str
    a: str
    b: str
    lo: str
    hi: str
    body: str
    tex: str  # as written


def _iterated(flat: str) -> list[_Iterated]:
    """The iterated integrals of one cleaned row: ``\\int_a^b dv \\int_c^d BODY du`` or ``\\int_a^b\\int_c^d BODY du dv``."""
    out = []
    for m in re.finditer(r"\\int(?![A-Za-z])", flat):
        first = _limits(flat, m.end())
        if first is None:
            continue
        a, b, i = first
        lead = re.match(rf"\s*{_DIFF}\s*", flat[i:])
        if lead:
            i += lead.end()
        m2 = re.match(r"\s*\\int(?![A-Za-z])", flat[i:])
        if not m2:
            continue
        second = _limits(flat, i + m2.end())
        if second is None:
            continue
        lo, hi, j = second
        rest = flat[j:]
        stop = re.search(r"=|\\int(?![A-Za-z])|$", rest).start()
        rest = rest[:stop]
        diffs = list(re.finditer(_DIFF, rest))
        if lead:
            if len(diffs) != 1:
                continue
            inner, outer = diffs[0].group(1), lead.group(1)
            body, end = rest[:diffs[0].start()], diffs[0].end()
            if rest[end:].strip():  # the inner integral's differential closes the expression
                continue
        else:
            if len(diffs) != 2 or rest[diffs[0].end():diffs[1].start()].strip():
                continue
            inner, outer = diffs[0].group(1), diffs[1].group(1)
            body, end = rest[:diffs[0].start()], diffs[1].end()
        if inner == outer:
            continue
        out.append(_Iterated(_NAME[outer], _NAME[inner], a, b, lo, hi, body.strip() or "1", flat[m.start():j + end].strip()))
    return out


def _stated(flat: str) -> str | None:
    """The last side of an equation whose first side holds an integral, when it is a closed number."""
    sides = split_top(flat, "=")
    if len(sides) < 2 or not re.search(r"\\i*int", sides[0]) or re.search(r"\\i*int", sides[-1]) or re.search(r"\\approx", sides[-1]):
        return None
    e = _expr(sides[-1], set())
    return sides[-1].strip() if e is not None and e.is_number else None


def _tex(e, written: dict) -> str:
    """The author's TeX of a bound, else sympy's with sin θ written without parentheses."""
    import sympy as sp

    said = written.get(sp.srepr(e))
    if said:
        return said
    return re.sub(r"\\(sin|cos|tan)\{\\left\((\\theta|x|y) \\right\)\}", r"\\\1 \2", sp.latex(e))


# -- descriptions found from D's inequalities -------------------------------------------------------------------

_N_OUT, _N_IN = 320, 3000


def _lam(e, names):
    """numpy of sympy ``e`` in ``names``: real values, NaN where ``e`` is not real."""
    import sympy as sp

    f = sp.lambdify(names, e, modules=["numpy"])

    def call(*a):
        with np.errstate(all="ignore"):
            v = np.asarray(f(*a), dtype=complex)
            out = np.where(np.abs(v.imag) < 1e-9, v.real, np.nan)
        return np.broadcast_to(out, np.broadcast(*a).shape)
    return call


def _box(cons, names) -> tuple[float, float, float, float] | None:
    """The bounding box of the Cartesian region (None when it is empty or unbounded)."""
    for half in (12.0,):
        g = np.linspace(-half, half, 961)
        X, Y = np.meshgrid(g, g)
        inside = np.ones_like(X, dtype=bool)
        for c in cons:
            inside &= _lam(c, names)(X, Y) <= 1e-12
        if not inside.any():
            return None
        xs, ys = X[inside], Y[inside]
        if max(abs(xs).max(), abs(ys).max()) > half - 0.1:
            return None  # reaches the sampling box: unbounded (or far too large to draw)
        step = g[1] - g[0]
        return xs.min() - 2 * step, xs.max() + 2 * step, ys.min() - 2 * step, ys.max() + 2 * step
    return None


def _candidates(cons, inner, outer, extra=()) -> list:
    """D's boundary curves solved for the inner variable: expressions in the outer one."""
    import sympy as sp

    found = list(extra)
    for c in cons:
        if inner not in c.free_symbols:
            continue
        try:
            sols = sp.solve(sp.Eq(c, 0), inner)
        except Exception:
            return []
        for s in sols:
            s = s.replace(lambda a: a.is_Pow and a.exp == sp.S.Half, lambda a: sp.sqrt(sp.expand(a.base)))
            if s.free_symbols <= {outer} and not any(sp.simplify(s - f) == 0 for f in found):
                found.append(s)
    return found


def _specials(cons, cands, inner, outer, lo: float, hi: float) -> list[float]:
    """Values of the outer variable where a piece may end: a boundary free of the inner variable, two curves meeting."""
    import sympy as sp

    eqs = [c for c in cons if inner not in c.free_symbols]
    eqs += [a - b for k, a in enumerate(cands) for b in cands[k + 1:]]
    out = []
    for e in eqs:
        try:
            roots = sp.solve(sp.Eq(e, 0), outer)
        except Exception:
            continue
        for s in roots:
            if s.is_real and s.is_number:
                v = float(s)
                if lo - 1e-6 <= v <= hi + 1e-6:
                    out.append(s)
    return out


def describe(cons, kind: str, written: dict, theta0: float = 0.0) -> Description | None:
    """D = {all c <= 0} (c in x, y) described as ``kind``, or None when some inner set is not one interval
    between curves sympy finds, or an end of a piece is not a value sympy finds."""
    import sympy as sp

    x, y, r, t = _symbols()
    cons0 = cons
    if kind == "polar":
        cons = [sp.simplify(c.subs({x: r * sp.cos(t), y: r * sp.sin(t)})) for c in cons]
        cons = [sp.factor(c) for c in cons]
        # r > 0 divides out (x^2 + y^2 <= 2y: r^2 - 2 r sin t = r (r - 2 sin t))
        cons = [sp.cancel(c / r) if sp.simplify(c.subs(r, 0)) == 0 and (c / r).subs(r, 0) != sp.nan else c for c in cons]
        outer, inner = t, r
        extra = [sp.Integer(0)]
    else:
        outer, inner = (x, y) if kind == "dy" else (y, x)
        extra = []
    names = (outer, inner)
    member = [_lam(c, names) for c in cons]
    if kind == "polar":
        o_lo, o_hi, i_lo, i_hi = theta0, theta0 + 2 * np.pi, 0.0, 12.0
    else:
        box = _box(cons, names)
        if box is None:
            return None
        o_lo, o_hi, i_lo, i_hi = box
    cands = _candidates(cons, inner, outer, extra)
    if not cands:
        return None
    cand_f = [_lam(c, (outer,)) for c in cands]
    os_ = o_lo + (o_hi - o_lo) * (np.arange(_N_OUT) + 0.5) / _N_OUT
    ins = np.linspace(i_lo, i_hi, _N_IN)
    h = ins[1] - ins[0]
    O, I = np.meshgrid(os_, ins, indexing="ij")
    inside = np.ones_like(O, dtype=bool)
    for m in member:
        inside &= m(O, I) <= 1e-12
    labels = []
    for k in range(_N_OUT):
        col = inside[k]
        if not col.any():
            labels.append(None)
            continue
        idx = np.flatnonzero(col)
        if idx[-1] - idx[0] + 1 != len(idx):
            return None  # two intervals: no single strip
        if kind == "polar" and idx[-1] == len(ins) - 1:
            return None
        ends = []
        for v in (ins[idx[0]], ins[idx[-1]]):
            vals = np.array([float(cf(np.array([os_[k]]))[0]) for cf in cand_f])
            gap = np.abs(vals - v)
            j = int(np.nanargmin(gap)) if np.isfinite(gap).any() else -1
            if j < 0 or gap[j] > 3 * h:
                return None
            ends.append(j)
        labels.append(tuple(ends))
    present = [k for k, l in enumerate(labels) if l is not None]
    if not present or present[-1] - present[0] + 1 != len(present):
        if kind == "polar" and theta0 == 0.0 and present and labels[0] is not None and labels[-1] is not None:
            return describe(cons0, kind, written, -np.pi)  # across θ = 0 (x^2 + y^2 <= 2x): θ from -π
        return None
    runs: list[list] = []  # [label, first k, last k]
    for k in present:
        if runs and runs[-1][0] == labels[k]:
            runs[-1][2] = k
        else:
            runs.append([labels[k], k, k])
    runs = [rn for rn in runs if rn[2] - rn[1] >= 2 or len(runs) == 1]  # a sample or two where two curves nearly meet
    merged: list[list] = []
    for rn in runs:
        if merged and merged[-1][0] == rn[0]:
            merged[-1][2] = rn[2]
        else:
            merged.append(rn)
    step = os_[1] - os_[0]
    specials = _specials(cons, cands, inner, outer, o_lo - step, o_hi + step)
    if kind == "polar":
        specials += [sp.pi * k / 4 for k in range(-4, 9)]

    def snap(v: float):
        near = [s for s in specials if abs(float(s) - v) <= 1.6 * step]
        return min(near, key=lambda s: abs(float(s) - v)) if near else None

    cuts = [snap(os_[merged[0][1]] - step / 2)]
    for left, right in zip(merged, merged[1:]):
        cuts.append(snap((os_[left[2]] + os_[right[1]]) / 2))
    cuts.append(snap(os_[merged[-1][2]] + step / 2))
    if any(c is None for c in cuts):
        return None
    pieces = []
    for (lab, _, _), a, b in zip(merged, cuts, cuts[1:]):
        lo, hi = cands[lab[0]], cands[lab[1]]
        pieces.append(Piece(sp.nsimplify(a), sp.nsimplify(b), lo, hi, _tex(lo, written), _tex(hi, written)))
    return Description(kind, tuple(pieces))


# -- the value ------------------------------------------------------------------------------------------

_GL = np.polynomial.legendre.leggauss(48)


def integrand_of(ri_f, polar_f, kind: str):
    """The integrand of a description: f(x, y) for strips, f(r cos θ, r sin θ) r for rays."""
    return polar_f if kind == "polar" else ri_f


def numeric(desc: Description, g) -> float:
    """∬ g over ``desc`` by Gauss–Legendre in both variables (48 × 48 nodes a piece)."""
    x, y, r, t = _symbols()
    outer, inner = {"dy": (x, y), "dx": (y, x), "polar": (t, r)}[desc.kind]
    fn = _lam(g, (outer, inner))
    nodes, weights = _GL
    total = 0.0
    for p in desc.pieces:
        a, b = float(p.a), float(p.b)
        o = (a + b) / 2 + (b - a) / 2 * nodes
        lo, hi = _lam(p.lo, (outer,))(o), _lam(p.hi, (outer,))(o)
        inner_pts = (lo + hi)[:, None] / 2 + (hi - lo)[:, None] / 2 * nodes[None, :]
        vals = fn(np.broadcast_to(o[:, None], inner_pts.shape), inner_pts)
        total += float(np.sum(weights[:, None] * weights[None, :] * vals * ((hi - lo)[:, None] / 2)) * (b - a) / 2)
    return total


SYMPY_SECONDS = 2.0  # sympy's integrate on one region (x/(x + y) over an annulus sector had run for minutes)


def exact(value: float, desc: Description | None = None, g=None):
    """A closed form of ``value`` (a Gauss–Legendre sum): a rational multiple of π, e, ln 2, √2 or √3 when it is
    one, else sympy's ∬ g over ``desc`` within :data:`SYMPY_SECONDS` and agreeing with ``value``; or None."""
    import sympy as sp

    from .limits import within

    if not math.isfinite(value):
        return None
    # one constant at a time: given all five, nsimplify fits 1/24 with a sum of all of them
    for constants in ([], [sp.pi], [sp.E], [sp.log(2)], [sp.sqrt(2)], [sp.sqrt(3)]):
        try:
            guess = sp.nsimplify(value, constants, tolerance=1e-11)
        except (ValueError, TypeError):
            continue
        small = all(q.q <= 1000 and abs(q.p) <= 10**6 for q in guess.atoms(sp.Rational))
        if small and len(sp.latex(guess)) <= 40 and abs(float(guess) - value) <= 1e-10 * max(1.0, abs(value)):
            return guess
    if desc is None:
        return None
    x, y, r, t = _symbols()
    outer, inner = {"dy": (x, y), "dx": (y, x), "polar": (t, r)}[desc.kind]
    total = within(SYMPY_SECONDS, lambda: sp.simplify(sum(sp.integrate(sp.integrate(g, (inner, p.lo, p.hi)), (outer, p.a, p.b))
                                                          for p in desc.pieces)))
    if total is None:  # what sympy cannot integrate in time is shown as a decimal
        return None
    if total.has(sp.Integral) or not total.is_number or not total.is_finite \
            or abs(float(total) - value) > 1e-4 * max(1.0, abs(value)):
        return None
    return total


# -- reading D ------------------------------------------------------------------------------------------

def _written(pairs) -> dict:
    import sympy as sp

    return {sp.srepr(e): tex.strip() for e, tex in pairs if e is not None}


def _inequalities(rows: list[str]) -> tuple[list, list] | None:
    """D's inequalities in x and y from the block's rows (``D = \\{(x, y) \\mid ...\\}``, ``D: ...``, a list):
    constraints c (c <= 0 in D) and the boundary equations as the author writes them."""
    cons, bounds = [], []
    for row in rows:
        if "\\int" in row:
            continue
        row = re.sub(r"^.*?\\\{\s*(?:\(\s*x\s*,\s*y\s*\)\s*(?:\\mid|\\vert|\||:)\s*)?", "", row)
        row = re.sub(r"\\\}.*$", "", row)
        row = re.sub(r"^\s*(?:D|\\sigma|\\Omega)\s*(?::|=)\s*", "", row)
        for piece in split_top(row, ",;"):
            for part in re.split(r"\\quad|\\qquad|\\text\s*\{[^{}]*\}|\\(?:land|wedge|mid)(?![A-Za-z])|且|并且|\band\b", piece):
                sides = [s.strip() for s in re.split(rf"({_REL})", part)]
                if len(sides) < 3:
                    continue
                exprs = [_expr(s, {"x", "y"}) for s in sides[::2]]
                if any(e is None for e in exprs):
                    return None
                for k, rel in enumerate(sides[1::2]):
                    left, right = exprs[k], exprs[k + 1]
                    if not (left.free_symbols | right.free_symbols):
                        continue
                    c = left - right if rel in _LESS else right - left
                    cons.append(c)
                    bounds.append((f"{sides[2 * k]} = {sides[2 * k + 2]}", c))
    return (cons, bounds) if cons else None


def _rectangle(cons) -> bool:
    """Every constraint bounds x or y alone by a number: a rectangle (double_integral's volume)."""
    import sympy as sp

    return all(len(c.free_symbols) == 1 and sp.Poly(c, *c.free_symbols).degree() == 1 for c in cons
               if c.is_polynomial())and all(c.is_polynomial() for c in cons)


def _bounded_by(info: MathInfo, rows: list[str]):
    """D bounded by curves y = f(x) (or all x = g(y)), vertical (horizontal) lines and the axes named in the prose:
    between two curves, from where they meet (or a line) to where they meet again (or a line)."""
    import sympy as sp

    from .area_readers import _pieces

    x, y, r, t = _symbols()
    curves = []  # per curve: {y: (expr in x, tex), x: (expr in y, tex)} where it solves for that letter uniquely
    for piece in _pieces(info):
        if re.search(r"\\i*int", piece) or re.search(_REL, piece):
            continue
        sides = split_top(piece, "=")
        if len(sides) != 2:
            continue
        left, right = _expr(sides[0], {"x", "y"}), _expr(sides[1], {"x", "y"})
        if left is None or right is None:
            return None
        F, solved = left - right, {}
        for var, other in ((y, x), (x, y)):
            try:
                sols = sp.solve(F, var) if var in F.free_symbols else []
            except Exception:
                sols = []
            if len(sols) == 1 and sols[0].free_symbols <= {other}:
                solved[var] = (sols[0], sides[1].strip() if sides[0].strip() == str(var) else sp.latex(sols[0]))
        if not solved:
            return None
        curves.append(solved)
    if re.search(_X_AXIS, info.prose, re.I):
        curves.append({y: (sp.Integer(0), "0")})
    if re.search(_Y_AXIS, info.prose, re.I):
        curves.append({x: (sp.Integer(0), "0")})
    for var, other, kind in ((x, y, "dy"), (y, x, "dx")):
        funcs, walls = [], []  # curves other = f(var); lines var = c
        for c in curves:
            if var in c and not c[var][0].free_symbols:
                walls.append(c[var])
            elif other in c:
                funcs.append(c[other])
            else:
                break
        else:
            if len(funcs) != 2:
                continue
        if len(funcs) + len(walls) != len(curves) or len(funcs) != 2:
            continue
        (f, ftex), (g, gtex) = funcs
        try:
            meets = sorted(float(s) for s in sp.solve(f - g, var) if s.is_real)
        except Exception:
            continue
        ends = sorted(set(meets + [float(w[0]) for w in walls]))
        if walls and len(walls) == 2:
            a, b = sorted(float(w[0]) for w in walls)
        elif len(walls) == 1 and len(meets) >= 1:
            wv = float(walls[0][0])
            near = min(meets, key=lambda m: abs(m - wv))
            a, b = sorted((near, wv))
        elif not walls and len(meets) == 2:
            a, b = meets
        else:
            continue
        if b - a < 1e-9:
            continue
        del ends
        mid = np.linspace(a, b, 201)[1:-1]
        diff = _lam(f - g, (var,))(mid)
        if not np.all(np.isfinite(diff)) or not (np.all(diff > 0) or np.all(diff < 0)):
            continue
        top, bottom = ((f, ftex), (g, gtex)) if diff[0] > 0 else ((g, gtex), (f, ftex))
        A, B = sp.nsimplify(a), sp.nsimplify(b)
        cons = [A - var, var - B, bottom[0] - other, other - top[0]]
        written = _written([(top[0], top[1]), (bottom[0], bottom[1])])
        desc = Description(kind, (Piece(A, B, bottom[0], top[0], bottom[1], top[1]),))
        return cons, desc, written
    return None


_IINT = re.compile(r"\\iint(?:_\{[^{}]*\}|_\\?[A-Za-z]+)?\s*(?P<body>.*?)\s*(?<![A-Za-z\\])d\s*(?:\\sigma|A|x\s*d\s*y|y\s*d\s*x)(?![A-Za-z])")
_TRIPLE = re.compile(r"\\iiint|triple\s+integral|三重积分|(?<![A-Za-z\\])d\s*z(?![A-Za-z])|d\s*V\b")


def read_region_integral(info: MathInfo) -> RegionIntegral | None:
    """∬_D f over a region that is no rectangle, read completely from the block (see the module's docstring)."""
    import sympy as sp

    x, y, r, t = _symbols()
    rows = [_clean(b) for b in info.blocks]
    if _TRIPLE.search(" ".join(rows)) or _TRIPLE.search(info.prose):
        return None
    d = "\\mathrm{d}" if ("\\mathrm{d}" in info.concept or info.chinese) else "d"
    swap = bool(re.search(ASKS_SWAP, info.prose, re.I))
    polar = bool(re.search(ASKS_POLAR, info.prose, re.I))
    iterated = [it for row in rows for it in _iterated(row)]
    stated = next((s for s in map(_stated, rows) if s), None)
    f = f_tex = polar_f = None
    second = None
    boundary: tuple = ()
    if iterated:
        it = iterated[0]
        if {it.outer, it.inner} == {"x", "y"}:
            f = _expr(it.body, {"x", "y"})
            outer, inner = (x, y) if it.outer == "x" else (y, x)
            a, b = _expr(it.a, set()), _expr(it.b, set())
            lo, hi = _expr(it.lo, {it.outer}), _expr(it.hi, {it.outer})
            if None in (f, a, b, lo, hi) or not (lo.free_symbols or hi.free_symbols) or float(a) >= float(b):
                return None  # constant inner limits: a rectangle
            lo, hi = lo.subs(sp.Symbol(it.outer), outer), hi.subs(sp.Symbol(it.outer), outer)
            kind = "dy" if it.outer == "x" else "dx"
            gap = _lam(hi - lo, (outer,))(np.linspace(float(a), float(b), 101))
            if not np.all(np.isfinite(gap)) or np.any(gap < -1e-9):
                return None  # the inner limits cross: a signed integral, no region
            first = Description(kind, (Piece(a, b, lo, hi, it.lo.strip(), it.hi.strip()),), it.tex)
            cons = [a - outer, outer - b, lo - inner, inner - hi]
            written = _written([(lo, it.lo), (hi, it.hi)])
            f_tex = it.body
        elif (it.outer, it.inner) == ("theta", "r"):
            polar_f = _expr(it.body, {"r", "theta"})
            a, b = _expr(it.a, set()), _expr(it.b, set())
            lo, hi = _expr(it.lo, {"theta"}), _expr(it.hi, {"theta"})
            if None in (polar_f, a, b, lo, hi) or float(a) >= float(b) or float(b) - float(a) > 2 * np.pi + 1e-9:
                return None
            lo, hi = lo.subs(sp.Symbol("theta"), t), hi.subs(sp.Symbol("theta"), t)
            ts = np.linspace(float(a), float(b), 101)
            los, his = _lam(lo, (t,))(ts), _lam(hi, (t,))(ts)
            if not (np.all(np.isfinite(los)) and np.all(np.isfinite(his))) or np.any(los < -1e-9) or np.any(his - los < -1e-9):
                return None
            first = Description("polar", (Piece(a, b, lo, hi, it.lo.strip(), it.hi.strip()),), it.tex)
            cons, written, f_tex = None, {}, it.body
        else:
            return None
    else:
        joined = " ; ".join(rows)
        m = _IINT.search(joined)
        if not m:
            return None
        f_tex = m["body"].strip() or "1"
        f = _expr(f_tex.strip("()") if f_tex.startswith("(") and f_tex.endswith(")") else f_tex, {"x", "y"})
        if f is None:
            return None
        read = _inequalities(rows)
        if read is not None:
            cons, bounds = read
            if _rectangle(cons):
                return None
            boundary = tuple(bounds)
            written = {}
            want = "dx" if re.search(_DX_FIRST, info.prose, re.I) else "dy"
            first = describe(cons, want, written)
            if first is None or len(first.pieces) > 3:
                other = describe(cons, "polar", written)
                if other is None:
                    return None
                first, polar = other, False
        elif re.search(_BOUNDED, info.prose, re.I):
            got = _bounded_by(info, rows)
            if got is None:
                return None
            cons, first, written = got
        else:
            return None
    if f is not None and polar_f is None:
        polar_f = sp.simplify(f.subs({x: r * sp.cos(t), y: r * sp.sin(t)}) * r)
    if cons is not None and first.kind != "polar":
        if len(iterated) > 1:  # the author writes the second description too
            second = _second_written(iterated[1], first)
            if second is None:
                return None
        elif polar:
            second = describe(cons, "polar", written)
        elif swap:
            second = describe(cons, "dx" if first.kind == "dy" else "dy", written)
        if (polar or swap) and second is None:
            return None  # the block asks for a description we cannot find
    values = [numeric(desc, integrand_of(f, polar_f, desc.kind)) for desc in (first, second) if desc is not None]
    if not all(np.isfinite(values)) or (len(values) == 2 and abs(values[0] - values[1]) > 1e-4 * max(1.0, abs(values[0]))):
        return None
    # each description's sum: strips under a circle's √ bounds converge slowly where rays over it are exact
    closed = next((c for c in map(exact, reversed(values)) if c is not None), None)
    for desc in (second, first):
        if closed is None and desc is not None:
            closed = exact(values[0], desc, integrand_of(f, polar_f, desc.kind))
    value = float(closed) if closed is not None else values[0]
    stated_ok = None
    if stated is not None:
        from .claims.core import differs

        stated_ok = not differs(stated, float(_expr(stated, set())), value)
    return RegionIntegral(f, f_tex, polar_f, first, second, value, sp.latex(closed) if closed is not None else None,
                          stated, stated_ok, boundary, d)


def _second_written(it: _Iterated, first: Description) -> Description | None:
    """The author's own second iterated integral (an order swapped by hand), as a one-piece description."""
    import sympy as sp

    x, y, r, t = _symbols()
    if {it.outer, it.inner} != {"x", "y"} or it.outer == first.outer:
        return None
    outer, inner = (x, y) if it.outer == "x" else (y, x)
    a, b = _expr(it.a, set()), _expr(it.b, set())
    lo, hi = _expr(it.lo, {it.outer}), _expr(it.hi, {it.outer})
    if None in (a, b, lo, hi):
        return None
    lo, hi = lo.subs(sp.Symbol(it.outer), outer), hi.subs(sp.Symbol(it.outer), outer)
    return Description("dy" if it.outer == "x" else "dx", (Piece(a, b, lo, hi, it.lo.strip(), it.hi.strip()),), it.tex)
