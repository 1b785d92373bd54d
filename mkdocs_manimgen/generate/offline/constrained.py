"""A constrained optimum of two variables: extremise the author's f(x, y) on the author's curve g(x, y) = c
(Lagrange multipliers; Stewart 14.8, Thomas 14.8, OpenStax Calculus 3 4.8, Paul's Online Notes, 同济《高等数学》9.8).

:func:`read_lagrange` reads f (``f(x, y) = ...``, ``f = ...``, ``z = ...``, the one expression in x and y the
block maximises, or the (squared) distance to the origin / a point when the block asks for the closest or
farthest point) and the one constraint (an equation in x and y only), solves ``∇f = λ∇g, g = c`` with sympy
(exact), classifies the candidates by their f values against f sampled along the whole curve (so a line or a
hyperbola, unbounded, has only the extreme that exists), and checks every value the block states (a maximum,
a minimum, a point, λ). ``None`` when any of that fails: f or g polynomial in x and y only (no free letters,
no third variable), one smooth constraint (∇g ≠ 0 on it), no inequality but x, y > 0, finitely many
candidates, and every stated value true.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .latex import MathInfo, single_line, split_top
from .multivar import _parse_product
from .symbolic import number, to_numpy

# The block asks a constrained optimum in so many words (verify.QUESTIONS' "a constrained optimum").
EXPLICIT = (r"lagrange\s+multipliers?|lagrangian|lagrange'?s\s+method|method\s+of\s+lagrange|拉格朗日乘|拉格朗日函数|subject\s+to|"
            r"\b(?:max|min)\w*\b[^。]{0,80}?\bs\.\s?t\.|约束条件|条件极值|约束(?:下|最优|极值)|"
            r"在[^。；]{0,40}?条件\s*下[^。；]{0,30}?(?:最大值|最小值|最值|极值|极大|极小|最近|最远)|"
            r"under\s+the\s+(?:constraint|condition)\b[^.?!]{0,60}?\b(?:max|min|extrem|largest|smallest|closest|nearest)|"
            r"\bconstrain(?:t|ts|ed)\b[^.?!]{0,60}?\b(?:max|min|extrem|optim|largest|smallest)|"
            r"\b(?:maxim|minim|extrem|optimi)\w*\b[^.?!]{0,80}?\bconstrain(?:t|ed)\b|"
            r"\b(?:maxim|minim)\w*\b[^.?!]{0,40}?\b(?:on|along|over)\s+the\s+(?:unit\s+)?(?:circle|ellipse)\b|"
            r"\bextreme\s+values\b[^.?!]{0,40}?\bon\s+the\s+(?:unit\s+)?(?:circle|ellipse)\b|"
            r"在(?:单位)?(?:圆|椭圆)[^。；]{0,30}?上[^。；]{0,20}?(?:最大值|最小值|最值|极值)")
_MAX = r"\b(?:maxim\w*|max|largest|greatest|highest|farthest|furthest)\b|最大|最远|极大"
_MIN = r"\b(?:minim\w*|min|smallest|least|lowest|closest|nearest)\b|最小|最近|最短|极小"
_DIST = (r"(?:closest|nearest|farthest|furthest)\b(?:\s+point\b[^.?!]{0,50}?)?\s+(?:to|from)\s+(?:the\s+)?(?P<w>origin|point)|"
         r"(?:shortest|longest|smallest|largest|minimum|maximum)\s+distance\s+(?:from|to)\s+(?:the\s+)?(?P<w2>origin|point)|"
         r"(?:离|距|到)(?P<w3>原点|点)[^。；，]{0,16}?(?:最近|最远|距离最(?:小|短|大|长))")
_OTHER = (r"linear\s+program|线性规划|feasible\s+region|可行域|inequalit|不等式|\bsimplex\b|three\s+variables|三元|"
          r"kkt|karush|两个约束|two\s+constraints|gradient\s+descent|梯度下降")
_G_NAMES = r"(?:g|G|h|\\varphi|\\phi|\\psi|C)"
_NAME = r"(?:[A-Za-z]|\\[A-Za-z]+)(?:_\{?[A-Za-z0-9]+\}?)?"
_NUM = r"-?\d+(?:\.\d+)?"


@dataclass(frozen=True)
class Candidate:
    x: object  # sympy, exact
    y: object
    lam: object  # λ in ∇f = λ∇g (of the squared distance when f is a distance)
    value: object  # f there, exact
    kind: str = ""  # "max", "min" (global on the curve), or "" (neither)

    @property
    def point(self) -> tuple[float, float]:
        return (float(self.x), float(self.y))

    @property
    def v(self) -> float:
        return float(self.value)


@dataclass(frozen=True)
class Lagrange:
    f: object  # sympy f(x, y) as the author means it (a distance: sqrt of the square)
    f_tex: str
    g: object  # sympy g(x, y) (the constraint is g = c)
    c: object
    g_tex: str  # the constraint as written
    core: object  # what ∇ is taken of: f, or the squared distance
    candidates: tuple[Candidate, ...]
    bounded: bool  # the constraint curve is closed and bounded (both extremes exist)
    has_max: bool
    has_min: bool
    asks: str  # "max", "min", "both"
    distance: bool  # f is a distance (to the origin or a point)
    positive: bool  # the block restricts to x, y > 0
    curve: tuple  # pieces of the constraint curve, each a tuple of (x, y) in order (for the slider)
    box: tuple[float, float, float, float]
    name: str = "f"  # the objective's letter as the author writes it (d for a distance the block names)
    ref: tuple | None = None  # the point a distance the block names (not writes) is measured from

    @property
    def f_code(self) -> str:
        return to_numpy(self.f, ("x", "y"))

    @property
    def g_code(self) -> str:
        return to_numpy(self.g, ("x", "y"))


def asks_explicitly(info: MathInfo) -> bool:
    return bool(re.search(EXPLICIT, info.prose, re.I))


def read_lagrange(info: MathInfo) -> Lagrange | None:
    try:
        return _read(info.concept)
    except Exception:
        return None


@lru_cache(maxsize=256)
def _read(concept: str) -> Lagrange | None:
    from .latex import extract

    info = extract(concept)
    return _read_info(info)


def _pieces(info: MathInfo) -> list[str]:
    out = []
    for block in info.blocks:
        flat = single_line(block)
        flat = re.sub(r"\\text\s*\{[^{}]*\}|\\mathrm\s*\{\s*s\.\s*t\.\s*\}|\\q?quad|\\(?:,|;|!)|\\(?:text|mbox)\b", " ; ", flat)
        for piece in split_top(flat, ",;"):
            if piece.strip():
                out.append(piece.strip())
    return out


def _xy(expr) -> bool:
    return bool(expr.free_symbols) and {s.name for s in expr.free_symbols} <= {"x", "y"}


def _read_info(info: MathInfo) -> Lagrange | None:
    import sympy as sp

    text = info.concept
    prose = info.prose + " " + " ".join(re.findall(r"\\(max|min)\b", " ".join(info.blocks)))
    if re.search(_OTHER, prose, re.I) or not (re.search(_MAX, prose, re.I) or re.search(_MIN, prose, re.I)
                                               or re.search(r"lagrange|拉格朗日乘|条件极值|extrem|极值|最值", prose, re.I)):
        return None
    if re.search(r"\bz\b", " ".join(info.blocks)) and not re.search(r"(?:^|[^\\\w])z\s*=", " ".join(info.blocks)):
        return None  # a third variable (not z = f(x, y))
    x, y = sp.symbols("x y")
    objective, constraints, stated_lams, stated_vals, tex_points, positive = None, [], [], [], [], False
    exprs = []  # bare expressions in x, y (no "=")
    working = False  # after the Lagrangian or its equations, relations (x = 2y, y = ±√2/2) are the solution's steps
    for piece in _pieces(info):
        op = re.match(r"\s*(?:\\(max|min)|\\operatorname\s*\{\s*(max|min)\s*\}|\\text\s*\{\s*(max|min)\s*\})(?:\s|\\\s)*(?=[A-Za-z])", piece)
        if op:  # \max f(x, y) = 3x + 4y: the objective; \max f = 25: a stated value
            piece = piece[op.end():]
            sides = split_top(piece, "=")
            if len(sides) == 2 and number(sides[1]) is not None:
                stated_vals.append((op[1] or op[2] or op[3], number(sides[1])))
                continue
        if re.search(r"\\(?:le|leq|ge|geq|leqslant|geqslant|lt|gt)\b|[<>≤≥]", piece):
            if re.fullmatch(r"\s*(?:[xy]\s*,\s*)?[xy]\s*(?:>|\\geq?|\\geqslant|\\gt|≥)\s*0\s*", piece):
                positive = True
                continue
            return None  # an inequality: a region, a linear program
        if re.search(r"\\lambda|\\nabla|\\partial|\\mathcal\s*\{?L|(?:^|[^A-Za-z\\])L\s*\(|f_x|f_y|g_x|g_y|\\max|\\min|_\{?\\?(?:max|min)", piece):
            lam = re.fullmatch(rf"\s*\\lambda(?:_\{{?\d\}}?)?\s*=\s*(.+)", piece)
            if lam and number(lam[1]) is not None:
                stated_lams.append(number(lam[1]))
            m = re.search(r"(?:\\max|\\min|_\{?\\?(?:max|min|text\{max\}|text\{min\}|mathrm\{max\}|mathrm\{min\}))", piece)
            sides = split_top(piece, "=")
            if m and len(sides) >= 2 and number(sides[-1]) is not None:
                stated_vals.append(("max" if "max" in m.group(0) else "min", number(sides[-1])))
            working = working or bool(re.search(r"\\lambda|(?:^|[^A-Za-z\\])L\s*(?:\(|=)|L_[xy]|f_x|f_y|g_x|g_y", piece))
            continue
        sides = [s.strip() for s in split_top(piece, "=")]
        if working and len(sides) > 1 and not re.search(r"\(\s*[^()]*,[^()]*\)", piece):
            continue  # a step of the solution (x = 2y), not a second constraint
        for m in re.finditer(rf"\(\s*({_NUM}|\\frac\{{[^{{}}]*\}}\{{[^{{}}]*\}}|-?\\sqrt\{{?\d+\}}?)\s*,\s*({_NUM}|\\frac\{{[^{{}}]*\}}\{{[^{{}}]*\}}|-?\\sqrt\{{?\d+\}}?)\s*\)", piece):
            before = piece[:m.start()]
            tex_points.append((number(m[1]), number(m[2]), bool(re.search(r"[A-Za-z]\s*$", before)), piece))
        if len(sides) == 1:
            if re.search(r"\(\s*[^()]*,[^()]*\)", piece):
                continue  # a point
            e = _parse_product(piece)
            if e is not None and _xy(e):
                exprs.append((e, piece))
            continue
        lhs = sides[0]
        named = re.fullmatch(rf"({_NAME})\s*(\(\s*x\s*,\s*y\s*\))?", lhs)
        if named and named[1] not in ("x", "y"):
            rhs = [_parse_product(s) for s in sides[1:]]
            if any(r is None for r in rhs):
                return None
            if not _xy(rhs[0]):
                continue  # a = 3, a stated number
            if any(r.free_symbols and not _xy(r) for r in rhs):
                return None
            if re.fullmatch(_G_NAMES, named[1]):
                if len(rhs) == 2 and not rhs[1].free_symbols:
                    constraints.append((rhs[0], rhs[1], sides[1] + " = " + sides[2]))
                elif len(rhs) == 1:
                    return None  # g(x, y) = expr, its level not said here
                continue
            if objective is not None and sp.simplify(objective[0] - rhs[0]) != 0:
                return None  # two functions
            objective = (rhs[0], sides[1], named[1])
            if len(rhs) == 2:
                if rhs[1].free_symbols:
                    return None
            continue
        evaluated = re.fullmatch(rf"({_NAME})\s*\((.+)\)", lhs)
        if evaluated:
            if evaluated[2].replace(" ", "") in ("x", "y", "t", "x,y,z"):
                return None  # f(x) = ...: a function of one letter (or three)
            continue  # f(1, 2) = 5: checked with the points below
        parsed = [_parse_product(s) for s in sides]
        if any(p is None for p in parsed):
            return None
        if len(parsed) == 2 and any(_xy(p) for p in parsed) and all(not p.free_symbols or _xy(p) for p in parsed):
            constraints.append((parsed[0], parsed[1], piece))
            continue
        if any(p.free_symbols for p in parsed):
            return None  # free letters
    # the objective
    distance = False
    ref, named_ref = (0, 0), False
    dm = re.search(_DIST, prose, re.I)
    if objective is None:
        if dm:
            distance = named_ref = True
            if (dm["w"] or dm["w2"] or dm["w3"]) in ("point", "点"):
                after = re.search(r"(?:to|from|离|距|到)\s*(?:the\s+)?(?:point|点)\s*\$\s*(?:[A-Z]\s*)?\(\s*([^,()]+)\s*,\s*([^,()]+)\s*\)\s*\$", text, re.I)
                if not after or number(after[1]) is None or number(after[2]) is None:
                    return None
                ref = (sp.nsimplify(number(after[1]), rational=True), sp.nsimplify(number(after[2]), rational=True))
            f = (x - ref[0]) ** 2 + (y - ref[1]) ** 2
            f_tex = sp.latex(sp.sqrt(f))
            objective = (sp.sqrt(f), f_tex, "d")
        elif len(exprs) == 1:
            objective = (exprs[0][0], exprs[0][1], "f")
        else:
            return None
    f, f_tex, f_name = objective
    if not _xy(f):
        return None
    core = f
    if isinstance(f, sp.Pow) and f.exp == sp.Rational(1, 2):
        core, distance = f.base, True
    if not (core.is_polynomial(x, y)) or core.free_symbols != {x, y} and not core.free_symbols <= {x, y}:
        return None
    # the constraint: exactly one (the same equation written twice counts once)
    eqs = []
    for lhs, rhs, tex in constraints:
        expr = sp.expand(lhs - rhs)
        if not expr.is_polynomial(x, y) or not expr.free_symbols:
            return None
        if any(sp.simplify(expr - k * e) == 0 for e, _ in eqs for k in (1, -1)) or \
                any(sp.simplify(expr / e).free_symbols == set() for e, _ in eqs if e != 0):
            continue
        eqs.append((expr, tex, lhs, rhs))
    if len(eqs) != 1:
        return None
    expr, g_tex, lhs, rhs = eqs[0]
    if not rhs.free_symbols:
        g, c = sp.expand(lhs), rhs
    elif not lhs.free_symbols:
        g, c = sp.expand(rhs), lhs
    else:
        g, c = expr, sp.Integer(0)
    if sp.Poly(g - c, x, y).total_degree() > 4 or sp.Poly(core, x, y).total_degree() > 4:
        return None
    # a smooth constraint: no point of g = c where ∇g = 0
    gx, gy = sp.diff(g, x), sp.diff(g, y)
    sing = sp.solve([gx, gy, g - c], [x, y], dict=True)
    if sing:
        return None
    lam = sp.Symbol("lambda")
    fx, fy = sp.diff(core, x), sp.diff(core, y)
    sols = sp.solve([fx - lam * gx, fy - lam * gy, g - c], [x, y, lam], dict=True)
    cands = []
    for s in sols:
        if x not in s or y not in s or lam not in s:
            return None  # a family of solutions (f constant along the curve)
        vals = [sp.nsimplify(sp.simplify(s[v])) if False else sp.simplify(s[v]) for v in (x, y, lam)]
        if any(v.free_symbols for v in vals):
            return None
        nums = [complex(sp.N(v)) for v in vals]
        if any(abs(n.imag) > 1e-9 for n in nums):
            continue
        if positive and not (nums[0].real > 0 and nums[1].real > 0):
            continue
        value = sp.simplify(f.subs({x: vals[0], y: vals[1]}))
        cands.append((vals[0], vals[1], vals[2], value))
    if not cands or len(cands) > 6:
        return None
    g_code, f_code = to_numpy(g - c, ("x", "y")), to_numpy(f, ("x", "y"))
    if g_code is None or f_code is None:
        return None
    scale = max(3.0, max(max(abs(float(a)), abs(float(b))) for a, b, _, _ in cands))
    pts_far, closed = _curve_points(g_code, 60 * scale, False)
    if positive and pts_far.size and (pts_far > 0).all():
        positive = False  # the whole curve lies in the quadrant: x, y > 0 restricts nothing
    if positive:  # an arc of the curve in the open quadrant, ending on the axes (or running off)
        pts_far, closed = pts_far[(pts_far > 0).all(axis=1)], False
    if pts_far.size == 0:
        return None
    F = _fn(f_code)
    far = F(pts_far[:, 0], pts_far[:, 1])
    far = far[np.isfinite(far)]
    values = [float(v) for *_, v in cands]
    hi, lo = max(values), min(values)
    tol = 1e-6 * max(1.0, abs(hi), abs(lo))
    has_max = far.max() <= hi + 1e-3 * max(1.0, abs(hi)) and (closed or _tails_below(F, g_code, scale, positive, hi, True))
    has_min = far.min() >= lo - 1e-3 * max(1.0, abs(lo)) and (closed or _tails_below(F, g_code, scale, positive, lo, False))
    if positive and not closed:
        # an open arc in the quadrant: an extreme the ends approach is not attained
        ends = _axis_limits(F, g_code, scale)
        if ends is not None:
            has_max = has_max and all(e < hi - tol for e in ends)
            has_min = has_min and all(e > lo + tol for e in ends)
    out = []
    for a, b, l, v in cands:
        kind = "max" if has_max and abs(float(v) - hi) <= tol else "min" if has_min and abs(float(v) - lo) <= tol else ""
        out.append(Candidate(a, b, l, v, kind))
    out.sort(key=lambda cnd: (cnd.point[0], cnd.point[1]))
    if far.max() - far.min() <= tol:
        return None  # f constant along the curve: nothing to compare
    asks = _asks(prose, distance)
    if asks == "max" and not has_max or asks == "min" and not has_min or not (has_max or has_min):
        return None
    # every value the block states
    for kind, v in stated_vals + _stated_in_prose(text):
        target = hi if kind == "max" else lo
        if (kind == "max" and not has_max) or (kind == "min" and not has_min):
            return None
        if not _close(v, target) and not (distance and _close(v, target ** 2)):
            return None
    for v in stated_lams:
        if not any(_close(v, float(cnd.lam)) or (distance and _close(v, float(cnd.lam) / 2)) for cnd in out):
            return None
    for px, py, argument, piece in tex_points:
        if px is None or py is None:
            return None
        if (px, py) == (float(ref[0]), float(ref[1])) and distance:
            continue
        if not any(abs(px - cnd.point[0]) < 1e-3 and abs(py - cnd.point[1]) < 1e-3 for cnd in out):
            return None  # a stated point that is no candidate
        if argument:
            sides = split_top(piece, "=")
            if len(sides) >= 2 and number(sides[-1]) is not None:
                val = float(f.subs({x: px, y: py}))
                if not _close(number(sides[-1]), val):
                    return None
    box = _box(out, pts_far, closed, ref)
    curve = _ordered(g, c, g_code, box, closed, positive)
    if not curve:
        return None
    return Lagrange(f, f_tex, g, c, g_tex, core, tuple(out), closed, has_max, has_min, asks, distance, positive,
                    curve, box, f_name, ref if named_ref else None)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b)) + (5e-3 * max(1.0, abs(b)) if a != round(a, 6) or abs(a - round(a)) > 1e-9 else 0)


def _asks(prose: str, distance: bool) -> str:
    mx, mn = re.search(_MAX, prose, re.I), re.search(_MIN, prose, re.I)
    if re.search(r"extrem|极值|最值|max\w*\s+and\s+min|min\w*\s+and\s+max|最大值(?:和|与|及)最小值|最小值(?:和|与|及)最大值", prose, re.I):
        return "both"
    if mx and not mn:
        return "max"
    if mn and not mx:
        return "min"
    return "both"


def _stated_in_prose(text: str) -> list[tuple[str, float]]:
    """(max|min, value) the prose states: "the maximum (value) is $5$", "最大值为 $5$"."""
    out = []
    for m in re.finditer(r"(maxim\w*|minim\w*|\bmax\b|\bmin\b|largest|smallest|greatest|least|最大值|最小值|最大|最小)"
                         r"(?:\s+value)?(?:\s+of\s+\$[^$]*\$)?(?:\s+\w+){0,2}?\s*(?:is|equals|was|为|是|等于)\s*\$([^$]+)\$", text, re.I):
        v = number(m[2].strip())
        if v is None:
            continue
        word = m[1].lower()
        out.append(("max" if word.startswith(("max", "larg", "great", "最大")) else "min", v))
    return out


def _fn(code: str):
    return eval(f"lambda x, y: {code}", {"np": np, "math": math, "abs": abs, "__builtins__": {}})


def _crossings(code: str, box, n: int):
    """Points where the numpy expression ``code`` changes sign along the edges of an n x n grid over box."""
    x0, x1, y0, y1 = box
    xs, ys = np.linspace(x0, x1, n + 1), np.linspace(y0, y1, n + 1)
    X, Y = np.meshgrid(xs, ys)
    with np.errstate(all="ignore"):
        Z = np.broadcast_to(np.asarray(_fn(code)(X, Y), dtype=float), X.shape)
    pts = []
    a, b = Z[:, :-1], Z[:, 1:]
    mask = np.isfinite(a) & np.isfinite(b) & ((a < 0) != (b < 0))
    t = np.where(mask, a / np.where(mask, a - b, 1), 0)
    pts.append(np.stack([X[:, :-1][mask] + t[mask] * (xs[1] - xs[0]), Y[:, :-1][mask]], axis=1))
    a, b = Z[:-1, :], Z[1:, :]
    mask = np.isfinite(a) & np.isfinite(b) & ((a < 0) != (b < 0))
    t = np.where(mask, a / np.where(mask, a - b, 1), 0)
    pts.append(np.stack([X[:-1, :][mask], Y[:-1, :][mask] + t[mask] * (ys[1] - ys[0])], axis=1))
    exact = np.stack([X[Z == 0], Y[Z == 0]], axis=1)
    return np.concatenate(pts + [exact])


def _curve_points(g_code: str, R: float, positive: bool):
    """Points of the curve in [-R, R]^2 (the quadrant for x, y > 0), and whether it stays well inside (closed)."""
    box = (0.0, R, 0.0, R) if positive else (-R, R, -R, R)
    pts = _crossings(g_code, box, 800)
    pts = np.concatenate([pts, _crossings(g_code, tuple(v / 40 for v in box), 400)])
    pts = _project(g_code, pts)
    if positive:
        pts = pts[(pts[:, 0] > 0) & (pts[:, 1] > 0)]
    if pts.size == 0:
        return pts, True
    reach = np.abs(pts).max()
    return pts, bool(reach < 0.5 * R)


def _project(g_code: str, pts):
    """Newton steps onto g = 0 along the gradient (the grid's linear interpolation cuts corners)."""
    G = _fn(g_code)
    x, y = pts[:, 0].copy(), pts[:, 1].copy()
    with np.errstate(all="ignore"):
        for _ in range(4):
            h = 1e-7 * np.maximum(1.0, np.abs(x) + np.abs(y))
            v = G(x, y)
            gx, gy = (G(x + h, y) - G(x - h, y)) / (2 * h), (G(x, y + h) - G(x, y - h)) / (2 * h)
            n2 = gx * gx + gy * gy
            ok = np.isfinite(v) & (n2 > 1e-30)
            step = np.where(ok, v / np.where(ok, n2, 1), 0)
            x, y = x - step * gx, y - step * gy
    out = np.stack([x, y], axis=1)
    return out[np.isfinite(out).all(axis=1)]


def _tails_below(F, g_code, scale, positive, v, is_max) -> bool:
    """On an unbounded curve: f far out (out to 3000 scales) stays on the right side of v."""
    pts, _ = _curve_points(g_code, 3000 * scale, positive)
    vals = F(pts[:, 0], pts[:, 1])
    vals = vals[np.isfinite(vals)]
    if vals.size == 0:
        return True
    tol = 1e-3 * max(1.0, abs(v))
    return bool(vals.max() <= v + tol) if is_max else bool(vals.min() >= v - tol)


def _axis_limits(F, g_code, scale):
    """f where the curve meets the axes x = 0 or y = 0 (the ends of an arc in the open quadrant)."""
    G = _fn(g_code)
    out = []
    for axis in (0, 1):
        s = np.linspace(1e-9, 60 * scale, 200001)
        zero = np.zeros_like(s)
        gv = G(zero, s) if axis == 0 else G(s, zero)
        gv = np.broadcast_to(np.asarray(gv, dtype=float), s.shape)
        idx = np.where(np.sign(gv[:-1]) != np.sign(gv[1:]))[0]
        for i in idx[:2]:
            p = (0.0, s[i]) if axis == 0 else (s[i], 0.0)
            out.append(float(F(np.array(p[0]), np.array(p[1]))))
    return out or None


def _box(cands, pts, closed, ref=(0, 0)):
    """The plotted region: the whole closed curve, or the candidates with room around them (and the origin, the
    point a distance is measured from)."""
    cx = [c.point[0] for c in cands] + [0.0, float(ref[0])]
    cy = [c.point[1] for c in cands] + [0.0, float(ref[1])]
    if closed:
        cx += list(pts[:, 0])
        cy += list(pts[:, 1])
    x0, x1, y0, y1 = min(cx), max(cx), min(cy), max(cy)
    half = max(x1 - x0, y1 - y0) / 2 * (1.3 if closed else 1.6) + (0.5 if closed else 1.5)
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    return (mx - half, mx + half, my - half, my + half)


def _ordered(g, c, g_code, box, closed, positive) -> tuple:
    """The curve g = c inside box as ordered pieces of points: a closed curve by angle around its centre
    (one crossing per ray), else solved for y (or x) as functions of the other letter."""
    import sympy as sp

    x, y = sp.symbols("x y")
    x0, x1, y0, y1 = box
    G = _fn(g_code)
    inside = lambda p: x0 <= p[0] <= x1 and y0 <= p[1] <= y1 and (not positive or (p[0] > 0 and p[1] > 0))
    if closed:
        pts = _crossings(g_code, box, 300)
        cx, cy = pts[:, 0].mean(), pts[:, 1].mean()
        out = []
        R = 2 * max(x1 - x0, y1 - y0)
        for th in np.linspace(0, 2 * math.pi, 241):
            r = np.linspace(0, R, 4001)
            vals = G(cx + r * math.cos(th), cy + r * math.sin(th))
            vals = np.broadcast_to(np.asarray(vals, dtype=float), r.shape)
            idx = np.where(np.sign(vals[:-1]) != np.sign(vals[1:]))[0]
            if len(idx) != 1:
                return ()  # not star-shaped about its centre: no slider path
            i = idx[0]
            t = vals[i] / (vals[i] - vals[i + 1])
            rr = r[i] + t * (r[i + 1] - r[i])
            out.append((float(cx + rr * math.cos(th)), float(cy + rr * math.sin(th))))
        return (tuple(out),)
    for var, other in ((y, x), (x, y)):
        try:
            branches = sp.solve(sp.Eq(g, c), var)
        except Exception:
            continue
        if not branches or len(branches) > 2:
            continue
        lo, hi = (x0, x1) if other == x else (y0, y1)
        pieces = []
        for br in branches:
            code = to_numpy(br, (other.name,))
            if code is None:
                break
            h = eval(f"lambda {other.name}: {code}", {"np": np, "math": math, "abs": abs, "__builtins__": {}})
            s = np.linspace(lo, hi, 400)
            with np.errstate(all="ignore"):
                v = np.broadcast_to(np.asarray(h(s), dtype=float), s.shape)
            cur = []
            for si, vi in zip(s, v):
                p = (float(si), float(vi)) if other == x else (float(vi), float(si))
                if np.isfinite(vi) and inside(p):
                    cur.append(p)
                elif cur:
                    pieces.append(tuple(cur))
                    cur = []
            if cur:
                pieces.append(tuple(cur))
        else:
            pieces = [p for p in pieces if len(p) >= 4]
            if pieces:
                return tuple(pieces)
    return ()
