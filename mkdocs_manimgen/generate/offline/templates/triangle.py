"""triangle: solving one specific triangle. The author's sides and angles (a, b, c opposite A, B, C)
or vertices by coordinates fix the triangle (SSS, SAS, ASA/AAS, SSA with its two, one or no
triangles); the part asked for (a side, an angle, the area, the perimeter, a median, an altitude,
the centroid) is computed exactly with sympy, drawn on the triangle to scale, and revealed step by
step with the law used and the author's numbers substituted. Every value the block states is
checked first: a false one, or sides that make no triangle, leave the block to the walkthrough.

The general laws stay with ``law_of_cosines`` and ``law_of_sines`` (a block that only states the
law, or gives a triangle without asking for a part); :func:`claims` tells them which blocks are ours.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np
import sympy as sp

from ..families import pattern
from ..given import _math_text, named_points, triangle_statements, unnamed_sides
from ..notes import check
from .common import Ctx, fmt

TITLE = ("Solving the triangle", "解三角形")
WHAT = ("Solving a triangle: three independent parts (three sides, two sides and an angle, or two angles and a "
        "side) fix it, and the law of cosines, the law of sines and $S = \\tfrac12 ab\\sin C$ give every other part. "
        "Two sides and an angle opposite one of them may fit two triangles, one, or none.",
        "解三角形：三个独立的条件（三边、两边一角或两角一边）确定三角形，余弦定理、正弦定理和 $S = \\tfrac12 ab\\sin C$ "
        "求出其余各量。已知两边和其中一边的对角时，可能有两解、一解或无解。")
PRIORITY = 60  # before law_of_cosines (70), law_of_sines (72), pythagorean (80): needs() is strict

_WORDS = (r"triangle|三角形|△|\\triangle|law\s+of\s+(?:co)?sines|(?:co)?sine\s+rule|余弦定理|正弦定理|"
          r"\\angle|∠|\bangle\s+[A-Z]{3}\b")
_OTHERS = r"勾股|pythagor|similar|相似|congruen|全等|inscribed|圆周角|circumcircle|circumradius|外接圆|内切圆|incircle|inradius"
_ASK = (r"\b(?:find|calculate|compute|determine|work\s+out|what\s+(?:is|are)|what's|how\s+(?:long|large|big|far)|solve|"
        r"show\s+that|prove|evaluate|get)\b|求|计算|解|试求|证明|问")
_GIVEN_AFTER = r"\b(?:given|if|where|when|with)\b|已知|若|设"
_NAME = r"(?:triangle|\\triangle|△|三角形)\s*\{?\s*([A-Z])\s*([A-Z])\s*([A-Z])\s*\}?"
DEG = sp.pi / 180
VERTS = "ABC"


def evidence(info):
    return 0 if pattern(_WORDS).search(info.concept) else None


# -- what the block asks ---------------------------------------------------------------------------------

def _ask_region(text: str) -> tuple[int, int] | None:
    m = re.search(_ASK, text, re.I)
    if not m:
        return None
    cut = re.search(_GIVEN_AFTER, text[m.end():], re.I)
    return m.start(), (m.end() + cut.start()) if cut else len(text)


def asks(info, names=VERTS) -> list[tuple]:
    """The parts asked for, in the order written: ("side", "a"), ("angle", "A"), ("cos", "A"), ("area",),
    ("perimeter",), ("median", "C"), ("altitude", "A"), ("centroid",), ("all",), ("largest",), ("smallest",)."""
    text = _math_text(info)
    for m in re.finditer(_NAME, text):
        text = text[:m.start()] + " △" + " " * (m.end() - m.start() - 2) + text[m.end():]
    span = _ask_region(text)
    if span is None:
        return []
    region = text[span[0]:span[1]]
    v = "[" + "".join(names) + "]"
    found: list[tuple[int, tuple]] = []

    def add(pos, item):
        if all(item != f[1] for f in found):
            found.append((pos, item))

    def opposite(pair):
        rest = [n for n in names if n not in pair]
        return rest[0] if len(rest) == 1 else None

    for m in re.finditer(r"solve\s+(?:the|this|each|a|that)?\s*(?:triangles?|△)|解(?:这个|此|该)?(?:三角形|△)|"
                         r"(?:all|the)\s+(?:the\s+)?(?:missing|unknown|remaining|other)\s+(?:sides|angles|parts)|其余|其他(?:边|角)", region, re.I):
        add(m.start(), ("all",))
    for m in re.finditer(r"\barea\b|面积", region, re.I):
        add(m.start(), ("area",))
    for m in re.finditer(r"perimeter|周长", region, re.I):
        add(m.start(), ("perimeter",))
    for m in re.finditer(r"centroid|重心", region, re.I):
        add(m.start(), ("centroid",))
    for kind, en, zh in (("median", r"median", r"中线"), ("altitude", r"altitude|height|perpendicular", r"高(?:线)?(?!于)")):
        for m in re.finditer(rf"(?:{en})\s+(?:line\s+)?(?:from|through|of)\s+(?:vertex\s+)?({v})(?![A-Za-z])|(?:{en})\s+({v})[A-Z]?(?![A-Za-z])|"
                             rf"(?:{en})\s+(?:to|on|onto)\s+(?:the\s+)?(?:side\s+)?({v})({v})|({v})({v})\s*边?上的\s*(?:{zh})|"
                             rf"(?:{zh})\s*({v})[A-Z]?|({v})\s*(?:点)?(?:处|出发)?的\s*(?:{zh})", region, re.I):
            g = m.groups()
            vertex = g[0] or g[1] or (opposite(g[2] + g[3]) if g[2] else None) or \
                (opposite(g[4] + g[5]) if g[4] else None) or g[6] or g[7]
            if vertex:
                add(m.start(), (kind, vertex.upper()))
    for m in re.finditer(r"largest\s+angle|greatest\s+angle|最大(?:的)?(?:内)?角", region, re.I):
        add(m.start(), ("largest",))
    for m in re.finditer(r"smallest\s+angle|least\s+angle|最小(?:的)?(?:内)?角", region, re.I):
        add(m.start(), ("smallest",))
    for m in re.finditer(r"\\?(cos|sin|tan)\s*(?:\\angle\s*|∠\s*)?([ABC])(?![A-Za-z])", region):
        if names == VERTS:
            add(m.start(), (m[1], m[2]))
    for m in re.finditer(rf"(?:\\angle|∠|angles?(?:\s+at)?|角)\s*({v})(?:({v})({v}))?(?![A-Za-z])", region, re.I):
        add(m.start(), ("angle", (m[2] if m[3] else m[1]).upper()))
    for m in re.finditer(r"(?:\\angle|∠|angles?|角)\s*([ABC])\s*(?:,|and|和|、)\s*(?:\\angle|∠|角)?\s*([ABC])(?:\s*(?:,|and|和|、)\s*(?:\\angle|∠|角)?\s*([ABC]))?", region):
        for g in m.groups():
            if g:
                add(m.start(), ("angle", g))
    for m in re.finditer(rf"(?<![A-Za-z\\])({v})({v})(?![A-Za-z])", region):
        if m[1] != m[2] and not re.search(r"(?:\\angle|∠|angles?|角|median|altitude|height|中线|高)\s*[A-Z]?$", region[:m.start()], re.I) \
                and not re.match(r"\s*边?上的", region[m.end():]):
            side = opposite(m[1] + m[2])
            add(m.start(), ("segment", side) if names != VERTS else ("side", side.lower()))
    if names == VERTS:
        english = not info.chinese
        for m in re.finditer(r"(?<![A-Za-z\\'’])([abc])(?![A-Za-z'’])", region):
            after = region[m.end():]
            if english and m[1] == "a" and not re.match(r"\s*(?:$|,|\.|;|\?|and\b|or\b|=|if\b|given\b)", after) \
                    and not re.search(r"side\s*$", region[:m.start()]):
                continue
            if re.match(r"\s*=\s*\d", after) and not re.search(r"show|prove|证明", region[:m.start()], re.I):
                continue
            add(m.start(), ("side", m[1]))
        for m in re.finditer(r"(?<![A-Za-z\\△∠])\s([ABC])(?![A-Za-z(])", region):
            if not re.search(r"(?:from|through|of|vertex|at|to|cos|sin|tan|median|altitude|height|angles?|角)\s*$", region[:m.start() + 1], re.I):
                add(m.start(), ("angle", m[1]))
    return [item for _, item in sorted(found, key=lambda f: f[0])]


# -- the triangle ----------------------------------------------------------------------------------------

@dataclass
class Step:
    """One line of the solution: the law, the author's numbers put in, the result."""
    part: str  # what it gives: "a", "A", "area", ...
    law: str
    sub: str
    result: str
    en: str
    zh: str
    needs: tuple[str, ...] = ()


@dataclass
class Solution:
    sides: dict  # exact a, b, c
    angles: dict  # exact A, B, C (radians)
    case: str
    steps: list = field(default_factory=list)


@dataclass
class Problem:
    givens: dict  # name -> exact value (sides a, b, c; angles A, B, C in radians)
    degrees: bool
    solutions: list
    case: str
    targets: list
    points: dict | None = None  # vertex name -> (x, y) for a triangle given by coordinates
    names: str = VERTS


def _num(v) -> float:
    return float(sp.N(v, 30))


def _simple(v) -> bool:
    """Worth writing exactly: a rational or a short surd (not an arccos, not a sine of 40°)."""
    return not v.has(sp.sin, sp.cos, sp.tan, sp.acos, sp.asin, sp.atan) and sp.count_ops(v) <= 8 and len(sp.latex(v)) <= 24


def show(v, digits: int = 4) -> str:
    """``7``, ``2\\sqrt{3} \\approx 3.464``, or ``\\approx 6.527``."""
    v = sp.nsimplify(sp.radsimp(sp.simplify(v))) if _simple(sp.simplify(v)) else v
    x = _num(v)
    if _simple(v):
        exact = sp.latex(v)
        return exact if v.is_Rational and v.q == 1 else f"{exact} \\approx {fmt(x, digits)}"
    return f"\\approx {fmt(x, digits)}"


def _degrees(v) -> sp.Rational | None:
    q = sp.nsimplify(sp.simplify(v / sp.pi)) if not v.has(sp.acos, sp.asin) else None
    return q * 180 if q is not None and q.is_Rational and q.q <= 360 else None


def show_angle(v, radians: bool = False) -> str:
    """``120^\\circ``, ``\\frac{2\\pi}{3}``, ``\\arccos\\frac{11}{14} \\approx 38.21^\\circ``."""
    d = _degrees(v)
    if d is not None:
        return sp.latex(sp.nsimplify(v)) if radians else f"{sp.latex(d)}^\\circ"
    approx = f"{fmt(math.degrees(_num(v)), 2)}^\\circ" if not radians else f"{fmt(_num(v), 4)}"
    if isinstance(v, (sp.acos, sp.asin)) and _simple(v.args[0]):
        name = "\\arccos" if isinstance(v, sp.acos) else "\\arcsin"
        arg = sp.latex(v.args[0])
        return f"{name}{arg if len(arg) <= 2 else '{' + arg + '}'} \\approx {approx}"
    return f"\\approx {approx}"


def _sub_angle(v, radians: bool) -> str:
    """An angle inside a substitution: exact when nice, else its rounded value."""
    d = _degrees(v)
    if d is not None:
        return sp.latex(sp.nsimplify(v)) if radians else f"{sp.latex(d)}^\\circ"
    return fmt(_num(v), 4) if radians else f"{fmt(math.degrees(_num(v)), 2)}^\\circ"


def _sub_side(v) -> str:
    v = sp.nsimplify(v) if _simple(v) else v
    return sp.latex(v) if _simple(v) else fmt(_num(v), 4)


def _paren(t: str) -> str:
    return t if re.fullmatch(r"[\d.]+", t) else f"({t})"


def _clean(v):
    """A value sympy wrote with nested radicals or cosines of nice angles, simplified."""
    v = sp.simplify(v)
    return sp.nsimplify(v) if _simple(v) else v


class _Solver:
    def __init__(self, sides, angles, radians):
        self.s = dict(sides)
        self.g = dict(angles)
        self.rad = radians
        self.steps: list[Step] = []

    def cos(self, X):
        """``\\cos 60^\\circ``, or the cosine the author gave (``\\cdot \\frac{1}{4}``)."""
        v = self.g[X]
        if isinstance(v, sp.acos) and _degrees(v) is None:
            return f"\\cdot {_paren(sp.latex(v.args[0]))}"
        return f"\\cos {self.sa(X)}"

    def sa(self, X):
        return _sub_angle(self.g[X], self.rad)

    def side_by_cosines(self, x):
        X = x.upper()
        y, z = [n for n in "abc" if n != x]
        Y, Z = y, z
        val = _clean(sp.sqrt(self.s[y] ** 2 + self.s[z] ** 2 - 2 * self.s[y] * self.s[z] * sp.cos(self.g[X])))
        sq = _clean(val ** 2)
        sy, sz = _sub_side(self.s[y]), _sub_side(self.s[z])
        self.s[x] = val
        self.steps.append(Step(
            x, f"{x}^2 = {Y}^2 + {Z}^2 - 2{Y}{Z}\\cos {X}",
            f"{x}^2 = {_paren(sy)}^2 + {_paren(sz)}^2 - 2\\cdot {sy}\\cdot {sz}{self.cos(X)} = {show(sq)}",
            f"{x} = {show(val)}",
            f"The law of cosines with ${Y}$, ${Z}$ and the angle ${X}$ between them gives ${x}$.",
            f"由余弦定理，已知 ${Y}$、${Z}$ 及其夹角 ${X}$，求出 ${x}$。", (y, z, X)))

    def angle_by_cosines(self, X):
        x = X.lower()
        y, z = [n for n in "abc" if n != x]
        c = _clean((self.s[y] ** 2 + self.s[z] ** 2 - self.s[x] ** 2) / (2 * self.s[y] * self.s[z]))
        val = _clean(sp.acos(c))
        self.g[X] = val
        sy, sz, sx = (_sub_side(self.s[n]) for n in (y, z, x))
        self.steps.append(Step(
            X, f"\\cos {X} = \\frac{{{y}^2 + {z}^2 - {x}^2}}{{2{y}{z}}}",
            f"\\cos {X} = \\frac{{{_paren(sy)}^2 + {_paren(sz)}^2 - {_paren(sx)}^2}}{{2\\cdot {sy}\\cdot {sz}}} = {show(c)}",
            f"{X} = {show_angle(val, self.rad)}",
            f"The law of cosines solved for the angle: $\\cos {X} = {show(c)}$.",
            f"余弦定理的变形：$\\cos {X} = {show(c)}$。", (x, y, z)))

    def angle_by_sum(self, X):
        Y, Z = [n for n in VERTS if n != X]
        val = _clean(sp.pi - self.g[Y] - self.g[Z])
        self.g[X] = val
        whole = "\\pi" if self.rad else "180^\\circ"
        self.steps.append(Step(
            X, f"{X} = {whole} - {Y} - {Z}", f"{X} = {whole} - {self.sa(Y)} - {self.sa(Z)}",
            f"{X} = {show_angle(val, self.rad)}",
            "The angles of a triangle add up to $180^\\circ$.", "三角形内角和为 $180^\\circ$。", (Y, Z)))

    def side_by_sines(self, x, k):
        X, K = x.upper(), k.upper()
        val = _clean(self.s[k] * sp.sin(self.g[X]) / sp.sin(self.g[K]))
        self.s[x] = val
        self.steps.append(Step(
            x, f"\\frac{{{x}}}{{\\sin {X}}} = \\frac{{{k}}}{{\\sin {K}}}",
            f"{x} = \\frac{{{_sub_side(self.s[k])}\\sin {self.sa(X)}}}{{\\sin {self.sa(K)}}}",
            f"{x} = {show(val)}",
            f"The law of sines: ${x}$ over $\\sin {X}$ equals ${k}$ over $\\sin {K}$.",
            f"由正弦定理，${x}$ 与 $\\sin {X}$ 之比等于 ${k}$ 与 $\\sin {K}$ 之比。", (k, X, K)))


def _area_angle(givens: dict) -> str:
    """The angle the area is read from: one the author gives between two given sides, else a given one, else C."""
    between = [X for X in VERTS if X in givens and all(n in givens for n in "abc" if n != X.lower())]
    return (between or [X for X in VERTS if X in givens] or ["C"])[0]


def _area(sol: Solution, radians: bool, X: str = "C") -> Step:
    s, g = sol.sides, sol.angles
    y, z = [n for n in "abc" if n != X.lower()]
    val = _clean(s[y] * s[z] * sp.sin(g[X]) / 2)
    return Step("area", f"S = \\tfrac12 {y}{z}\\sin {X}",
                f"S = \\tfrac12\\cdot {_sub_side(s[y])}\\cdot {_sub_side(s[z])}\\sin {_sub_angle(g[X], radians)}",
                f"S = {show(val)}",
                "Half the product of two sides and the sine of the angle between them is the area.",
                "两边与其夹角正弦之积的一半就是面积。", (y, z, X))


def area_of(sol: Solution):
    return _clean(sol.sides["a"] * sol.sides["b"] * sp.sin(sol.angles["C"]) / 2)


def _close(stated, exact) -> bool:
    x, y = _num(stated), _num(exact)
    return abs(x - y) <= max(2e-3 * abs(y), 1e-9)


def _solve_parts(sides: dict, angles: dict, radians: bool) -> tuple[str, list[Solution]] | None:
    """The triangles the parts fix (case name, solutions with their steps), None when they fix none."""
    S, G = dict(sides), dict(angles)
    if len(G) >= 2 and sum(_num(v) for v in list(G.values())[:2]) >= math.pi - 1e-12:
        return None
    if any(not (0 < _num(v) < math.pi) for v in G.values()) or any(_num(v) <= 0 for v in S.values()):
        return None
    if len(S) == 3:
        x, y, z = sorted(_num(v) for v in S.values())
        if x + y <= z * (1 + 1e-12):
            return None
        sol = _Solver(S, {}, radians)
        for X in VERTS:
            sol.angle_by_cosines(X)
        return "SSS", [Solution(sol.s, sol.g, "SSS", sol.steps)]
    if len(S) == 2:
        missing = next(n for n in "abc" if n not in S)
        if missing.upper() in G:  # the angle between the two sides
            sol = _Solver(S, {missing.upper(): G[missing.upper()]}, radians)
            sol.side_by_cosines(missing)
            for X in VERTS:
                if X not in sol.g:
                    sol.angle_by_cosines(X)
            return "SAS", [Solution(sol.s, sol.g, "SAS", sol.steps)]
    if len(G) >= 2 and S:
        k = next(iter(S))
        two = dict(list(G.items())[:2])
        sol = _Solver({k: S[k]}, two, radians)
        for X in VERTS:
            if X not in sol.g:
                sol.angle_by_sum(X)
        for x in "abc":
            if x not in sol.s:
                sol.side_by_sines(x, k)
        case = "ASA" if k.upper() not in two else "AAS"
        return case, [Solution(sol.s, sol.g, case, sol.steps)]
    if len(S) == 2 and len(G) == 1:  # SSA: the angle is opposite one of the two sides
        X = next(iter(G))
        x = X.lower()
        y = next(n for n in S if n != x)
        Y = y.upper()
        sinY = _clean(S[y] * sp.sin(G[X]) / S[x])
        if _num(sinY) > 1 + 1e-12:
            return "SSA", []
        first = _clean(sp.asin(sinY))
        options = [first]
        if _num(sinY) < 1 - 1e-12 and _num(G[X]) + math.pi - _num(first) < math.pi - 1e-9:
            options.append(_clean(sp.pi - first))
        out = []
        for ang in options:
            sol = _Solver(S, {X: G[X]}, radians)
            sol.g[Y] = ang
            sol.steps.append(Step(
                Y, f"\\sin {Y} = \\frac{{{y}\\sin {X}}}{{{x}}}",
                f"\\sin {Y} = \\frac{{{_sub_side(S[y])}\\sin {sol.sa(X)}}}{{{_sub_side(S[x])}}} = {show(sinY)}",
                f"{Y} = {show_angle(ang, radians)}",
                f"The law of sines gives $\\sin {Y}$; an angle and its supplement have the same sine.",
                f"由正弦定理得 $\\sin {Y}$；一个角和它的补角正弦相同。", (y, x, X)))
            Z = next(n for n in VERTS if n not in (X, Y))
            sol.angle_by_sum(Z)
            sol.side_by_sines(Z.lower(), x)
            out.append(Solution(sol.s, sol.g, "SSA", sol.steps))
        return "SSA", out
    return None


def _from_points(P: dict, names: str) -> Solution | None:
    import sympy as sp

    pts = {n: tuple(sp.nsimplify(c, rational=True) for c in P[n]) for n in names}
    (x1, y1), (x2, y2), (x3, y3) = (pts[n] for n in names)
    if (x2 - x1) * (y3 - y1) - (y2 - y1) * (x3 - x1) == 0:
        return None
    sides, angles = {}, {}
    for i, n in enumerate(names):
        p, q = [pts[m] for m in names if m != n]
        sides[VERTS[i].lower()] = sp.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)
    for i, n in enumerate(names):
        V = pts[n]
        p, q = [pts[m] for m in names if m != n]
        u, w = (p[0] - V[0], p[1] - V[1]), (q[0] - V[0], q[1] - V[1])
        angles[VERTS[i]] = _clean(sp.acos((u[0] * w[0] + u[1] * w[1]) / sp.sqrt((u[0] ** 2 + u[1] ** 2) * (w[0] ** 2 + w[1] ** 2))))
    return Solution(sides, angles, "coordinates")


def read(info) -> Problem | None:
    """The block's triangle and what it asks, when both are there (None otherwise): the givens fix a
    triangle; an angle and a side make the family's case; a stated value (a side, an angle, its cosine,
    the area) is kept to be checked."""
    text = _math_text(info)
    pts = named_points(info)
    names = VERTS
    m = re.search(_NAME, text)
    if len(pts) >= 3:
        names = "".join(m.groups()) if m and all(g in pts for g in m.groups()) else "".join(list(pts)[:3])
        if len(pts) != 3 and not m:
            return None
    targets = asks(info, names)
    if not targets:
        return None
    statements = triangle_statements(info)
    span = _ask_region(text) or (len(text), len(text))
    radians = any(k == "angle" and not d for k, _, _, d, _ in statements)
    if not any(k == "side" for k, *_ in statements) and not pts and (three := unnamed_sides(info)):
        statements = [("side", n, v, False, -1) for n, v in zip("abc", three)] + statements
    shows = re.search(r"show\s+that|prove|verify|证明|说明", text[span[0]:span[1]], re.I)
    givens, claims = {}, []
    for kind, name, value, deg, pos in statements:
        is_claim = (shows and span[0] <= pos < span[1]) or kind in ("area", "sin", "tan")
        key = name.upper() if kind in ("angle", "cos") else name
        v = value * DEG if kind == "angle" and deg else value
        if kind == "cos":
            if not -1 < _num(v) < 1:
                return None
            v = sp.acos(v)
        if is_claim or key in givens or kind == "area":
            claims.append((kind, name, v))
        else:
            givens[key] = v
    if len(pts) >= 3:
        if set(names) - set(pts) or len(set(names)) != 3:
            return None
        sol = _from_points(pts, names)
        if sol is None:
            return None
        solutions, case = [sol], "coordinates"
        stated = {**givens}
    else:
        sides = {k: v for k, v in givens.items() if k in "abc"}
        angles = {k: v for k, v in givens.items() if k in VERTS}
        found = _solve_parts(sides, angles, radians)
        if found is None:
            return None
        case, solutions = found
        stated = dict(givens)  # each given, the three that fixed the triangle included, must fit it
    for sol in list(solutions):
        ok = all(_close(v, sol.sides[k] if k in "abc" else sol.angles[k]) for k, v in stated.items())
        for kind, name, v in claims:
            if kind == "side":
                ok = ok and _close(v, sol.sides[name])
            elif kind in ("angle", "cos"):
                ok = ok and _close(v, sol.angles[name.upper()])
            elif kind == "sin":
                ok = ok and _close(v, sp.sin(sol.angles[name]))
            elif kind == "tan":
                ok = ok and abs(_num(sol.angles[name]) - math.pi / 2) > 1e-9 and _close(v, sp.tan(sol.angles[name]))
            elif kind == "area":
                ok = ok and _close(v, area_of(sol))
        if not ok:
            solutions.remove(sol)
    if not solutions:
        return None
    if case == "coordinates" and any(t[0] in ("side", "cos", "sin", "tan") for t in targets):
        return None
    if case != "coordinates" and any(t[0] in ("centroid", "segment") for t in targets):
        return None
    return Problem(givens, not radians, solutions, case, targets, pts if case == "coordinates" else None, names)


def claims(info) -> bool:
    """The block gives a specific triangle and asks for a part of it (whether or not its values hold):
    the law families leave it to this one, or to the walkthrough when its values are false."""
    if not evidence(info) == 0 or pattern(_OTHERS).search(info.concept):
        return False
    statements = [s for s in triangle_statements(info) if s[0] in ("side", "angle", "cos")]
    return bool(asks(info)) and len({s[1] for s in statements}) >= 3


def needs(info):
    if evidence(info) != 0 or pattern(_OTHERS).search(info.concept):
        return None
    if any("triangle" not in q.drawn_by for q in info.reading.questions):
        return None
    problem = read(info)
    if problem is None:
        return None
    if len(problem.solutions) == 0:
        return None
    return problem


# -- the steps a target needs ----------------------------------------------------------------------------

def _targets(problem: Problem, sol: Solution) -> list[tuple]:
    """The asked parts with "all", "largest" and "smallest" spelled out (givens are not asked)."""
    out = []
    for t in problem.targets:
        if t[0] == "all":
            out += [("side", n) for n in "abc" if n not in problem.givens] + \
                   [("angle", n) for n in VERTS if n not in problem.givens]
        elif t[0] in ("largest", "smallest"):
            pick = max if t[0] == "largest" else min
            out.append(("angle", pick(VERTS, key=lambda n: _num(sol.angles[n]))))
        elif t[0] == "segment":
            out.append(("side", t[1].lower()))
        else:
            out.append(t)
    seen = []
    for t in out:
        if t not in seen and not (t[0] in ("side", "angle") and t[1] in problem.givens and problem.case != "coordinates"):
            seen.append(t)
    return seen


def _closure(sol: Solution, parts: set, givens: dict) -> list[Step]:
    by = {st.part: st for st in sol.steps}
    want, todo = set(), list(parts)
    while todo:
        p = todo.pop()
        if p in want or p in givens or p not in by:
            continue
        want.add(p)
        todo += list(by[p].needs)
    return [st for st in sol.steps if st.part in want]


def _coord(v) -> str:
    return sp.latex(sp.nsimplify(v, rational=True))


def _pt(p) -> str:
    return f"({_coord(p[0])}, {_coord(p[1])})"


def _coord_steps(problem: Problem, sol: Solution, targets) -> list[Step]:
    names, P = problem.names, {n: tuple(sp.nsimplify(c, rational=True) for c in problem.points[n]) for n in problem.names}
    steps: list[Step] = []
    done = set()

    def dist(p, q, label):
        key = "".join(sorted(label))
        if key in done:
            return
        done.add(key)
        d = _clean(sp.sqrt((P[p][0] - P[q][0]) ** 2 + (P[p][1] - P[q][1]) ** 2))
        steps.append(Step(f"|{label}|", f"|{label}| = \\sqrt{{(x_{q} - x_{p})^2 + (y_{q} - y_{p})^2}}",
                          f"|{label}| = \\sqrt{{({_coord(P[q][0])} - {_paren(_coord(P[p][0]))})^2 + ({_coord(P[q][1])} - {_paren(_coord(P[p][1]))})^2}}",
                          f"|{label}| = {show(d)}", f"The distance formula gives the length of ${label}$.",
                          f"由两点间距离公式求出 ${label}$ 的长。"))

    def area():
        if "area" in done:
            return
        done.add("area")
        (A, B, C) = (P[n] for n in names)
        val = _clean(abs(A[0] * (B[1] - C[1]) + B[0] * (C[1] - A[1]) + C[0] * (A[1] - B[1])) / 2)
        a, b, c = names
        steps.append(Step("area", f"S = \\tfrac12\\left|x_{a}(y_{b} - y_{c}) + x_{b}(y_{c} - y_{a}) + x_{c}(y_{a} - y_{b})\\right|",
                          f"S = \\tfrac12\\left|{_coord(A[0])}\\cdot{_paren(_coord(B[1] - C[1]))} + {_coord(B[0])}\\cdot{_paren(_coord(C[1] - A[1]))} + {_coord(C[0])}\\cdot{_paren(_coord(A[1] - B[1]))}\\right|",
                          f"S = {show(val)}", "The shoelace formula gives the area from the coordinates.",
                          "由坐标（鞋带公式）求面积。"))

    for t in targets:
        if t[0] == "side":
            i = "abc".index(t[1])
            p, q = [n for k, n in enumerate(names) if k != i]
            dist(p, q, p + q)
        elif t[0] == "angle":
            V = t[1]
            p, q = [n for n in names if n != V]
            u = (P[p][0] - P[V][0], P[p][1] - P[V][1])
            w = (P[q][0] - P[V][0], P[q][1] - P[V][1])
            dot = u[0] * w[0] + u[1] * w[1]
            c = _clean(dot / sp.sqrt((u[0] ** 2 + u[1] ** 2) * (w[0] ** 2 + w[1] ** 2)))
            steps.append(Step(V, f"\\cos {V} = \\frac{{\\vec{{{V}{p}}}\\cdot\\vec{{{V}{q}}}}}{{|{V}{p}|\\,|{V}{q}|}}",
                              f"\\cos {V} = \\frac{{{_pt(u)}\\cdot{_pt(w)}}}{{\\sqrt{{{_coord(u[0] ** 2 + u[1] ** 2)}}}\\,\\sqrt{{{_coord(w[0] ** 2 + w[1] ** 2)}}}}} = {show(c)}",
                              f"{V} = {show_angle(sol.angles[VERTS[names.index(V)]])}",
                              f"The angle at ${V}$ from the dot product of the two sides leaving ${V}$.",
                              f"由从 ${V}$ 出发的两边向量的数量积求角 ${V}$。"))
        elif t[0] == "area":
            area()
        elif t[0] == "perimeter":
            for p, q in ((names[0], names[1]), (names[1], names[2]), (names[0], names[2])):
                dist(p, q, p + q)
            per = _clean(sum(sol.sides.values()))
            steps.append(Step("perimeter", f"P = |{names[0]}{names[1]}| + |{names[1]}{names[2]}| + |{names[0]}{names[2]}|",
                              "P = " + " + ".join(_sub_side(sol.sides[n]) for n in ("c", "a", "b")), f"P = {show(per)}",
                              "The perimeter is the sum of the three sides.", "周长是三边之和。"))
        elif t[0] == "median":
            V = t[1]
            p, q = [n for n in names if n != V]
            M = ((P[p][0] + P[q][0]) / 2, (P[p][1] + P[q][1]) / 2)
            P["M"] = M
            steps.append(Step("M", f"M = \\left(\\frac{{x_{p} + x_{q}}}{{2}}, \\frac{{y_{p} + y_{q}}}{{2}}\\right)",
                              f"M = \\left(\\frac{{{_coord(P[p][0])} + {_paren(_coord(P[q][0]))}}}{{2}}, \\frac{{{_coord(P[p][1])} + {_paren(_coord(P[q][1]))}}}{{2}}\\right)",
                              f"M = {_pt(M)}", f"The median from ${V}$ ends at the midpoint $M$ of ${p}{q}$.",
                              f"${V}$ 出发的中线的端点是 ${p}{q}$ 的中点 $M$。"))
            dist(V, "M", V + "M")
        elif t[0] == "altitude":
            V = t[1]
            p, q = [n for n in names if n != V]
            area()
            dist(p, q, p + q)
            d = sp.sqrt((P[p][0] - P[q][0]) ** 2 + (P[p][1] - P[q][1]) ** 2)
            A2 = abs(P[names[0]][0] * (P[names[1]][1] - P[names[2]][1]) + P[names[1]][0] * (P[names[2]][1] - P[names[0]][1])
                     + P[names[2]][0] * (P[names[0]][1] - P[names[1]][1]))
            h = _clean(A2 / d)
            steps.append(Step("h", f"h = \\frac{{2S}}{{|{p}{q}|}}", f"h = \\frac{{2\\cdot {_sub_side(A2 / 2)}}}{{{_sub_side(d)}}}",
                              f"h = {show(h)}", f"Twice the area over the base ${p}{q}$ is the height from ${V}$.",
                              f"面积的两倍除以底边 ${p}{q}$ 就是 ${V}$ 到它的高。"))
        elif t[0] == "centroid":
            G = tuple(sum(P[n][k] for n in names) / 3 for k in (0, 1))
            a, b, c = names
            steps.append(Step("G", f"G = \\left(\\frac{{x_{a} + x_{b} + x_{c}}}{{3}}, \\frac{{y_{a} + y_{b} + y_{c}}}{{3}}\\right)",
                              f"G = \\left(\\frac{{{' + '.join(_coord(P[n][0]) for n in names)}}}{{3}}, \\frac{{{' + '.join(_coord(P[n][1]) for n in names)}}}{{3}}\\right)",
                              f"G = {_pt(G)}", "The centroid is the average of the three vertices; the three medians meet there.",
                              "重心是三个顶点坐标的平均，三条中线交于此点。"))
    return steps


def _side_steps(problem: Problem, sol: Solution, targets) -> list[Step]:
    parts = set()
    for t in targets:
        if t[0] in ("side", "angle", "cos"):
            parts.add(t[1].upper() if t[0] != "side" else t[1])
        elif t[0] in ("area", "altitude"):
            X = _area_angle(problem.givens)
            parts |= {n for n in "abc" if n != X.lower()} | {X}
        elif t[0] in ("perimeter", "median"):
            parts |= {"a", "b", "c"}
    steps = _closure(sol, parts, problem.givens)
    s, rad = sol.sides, not problem.degrees
    for t in targets:
        if t[0] == "cos":
            X = t[1]
            steps.append(Step("cos" + X, f"\\cos {X}", f"\\cos {X} = \\cos {_sub_angle(sol.angles[X], rad)}",
                              f"\\cos {X} = {show(sp.cos(sol.angles[X]))}", "", "")) if not any(st.part == X and "cos" in st.law for st in steps) else None
        elif t[0] in ("sin", "tan"):
            X, f = t[1], getattr(sp, t[0])
            steps.append(Step(t[0] + X, f"\\{t[0]} {X}", f"\\{t[0]} {X} = \\{t[0]} {_sub_angle(sol.angles[X], rad)}",
                              f"\\{t[0]} {X} = {show(f(sol.angles[X]))}", "", ""))
        elif t[0] in ("area", "altitude") and not any(st.part == "area" for st in steps):
            steps.append(_area(sol, rad, _area_angle(problem.givens)))
        if t[0] == "perimeter":
            per = _clean(sum(s.values()))
            steps.append(Step("perimeter", "P = a + b + c", "P = " + " + ".join(_sub_side(s[n]) for n in "abc"),
                              f"P = {show(per)}", "The perimeter is the sum of the three sides.", "周长是三边之和。"))
        elif t[0] == "median":
            x = t[1].lower()
            y, z = [n for n in "abc" if n != x]
            m = _clean(sp.sqrt(2 * s[y] ** 2 + 2 * s[z] ** 2 - s[x] ** 2) / 2)
            steps.append(Step("m" + x, f"m_{x} = \\tfrac12\\sqrt{{2{y}^2 + 2{z}^2 - {x}^2}}",
                              f"m_{x} = \\tfrac12\\sqrt{{2\\cdot {_paren(_sub_side(s[y]))}^2 + 2\\cdot {_paren(_sub_side(s[z]))}^2 - {_paren(_sub_side(s[x]))}^2}}",
                              f"m_{x} = {show(m)}", f"The median to side ${x}$ from the three sides (Apollonius).",
                              f"由三边求 ${x}$ 边上的中线（中线长公式）。"))
        elif t[0] == "altitude":
            x = t[1].lower()
            h = _clean(2 * area_of(sol) / s[x])
            steps.append(Step("h" + x, f"h_{x} = \\frac{{2S}}{{{x}}}", f"h_{x} = \\frac{{2\\cdot {_sub_side(area_of(sol))}}}{{{_sub_side(s[x])}}}",
                              f"h_{x} = {show(h)}", f"Twice the area over the base ${x}$ is the height onto it.",
                              f"面积的两倍除以底边 ${x}$ 就是它上面的高。"))
    return steps


# -- the scene -------------------------------------------------------------------------------------------

def _place(sol: Solution, X: str = "A", Y: str = "B") -> dict:
    """Vertex positions: X at the origin, Y along the x-axis, the third above."""
    Z = next(n for n in VERTS if n not in (X, Y))
    t = _num(sol.angles[X])
    r = _num(sol.sides[Y.lower()])
    return {X: (0.0, 0.0), Y: (_num(sol.sides[Z.lower()]), 0.0), Z: (r * math.cos(t), r * math.sin(t))}


def _short(v) -> str:
    v = _clean(v)
    if _simple(v) and len(sp.latex(v)) <= 12:
        return f"= {sp.latex(v)}"
    return f"\\approx {fmt(_num(v), 2)}"


def _short_angle(v, rad) -> str:
    d = _degrees(v)
    if d is not None and (d.q == 1 or rad):
        return "= " + (sp.latex(sp.nsimplify(v)) if rad else f"{sp.latex(d)}^\\circ")
    return f"\\approx {fmt(_num(v), 3)}" if rad else f"\\approx {fmt(math.degrees(_num(v)), 1)}^\\circ"


def _arr(p) -> str:
    return f"np.array([{fmt(p[0], 4)}, {fmt(p[1], 4)}, 0])"


def build(ctx: Ctx) -> None:
    w, L = ctx.w, ctx.L
    pr: Problem = needs(ctx.info)
    rad = not pr.degrees
    names = pr.names
    sols = pr.solutions
    sol = sols[0]
    coords = pr.case == "coordinates"
    label = dict(zip(VERTS, names))
    if coords:
        raw = [{VERTS[i]: pr.points[n] for i, n in enumerate(names)}]
    elif pr.case == "SSA":
        X = next(n for n in VERTS if n in pr.givens)
        x = X.lower()
        y = next(n for n in "abc" if n in pr.givens and n != x)
        raw = [_place(s, X, y.upper()) for s in sols]
    else:
        raw = [_place(s) for s in sols]
    xs = [p[0] for r in raw for p in r.values()]
    ys = [p[1] for r in raw for p in r.values()]
    width, height = max(max(xs) - min(xs), 1e-6), max(max(ys) - min(ys), 1e-6)
    u = min(5.4 / width, 4.1 / height)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    scr = [{k: (-3.4 + (p[0] - cx) * u, -0.85 + (p[1] - cy) * u) for k, p in r.items()} for r in raw]
    P = scr[0]
    centre = tuple(sum(P[k][i] for k in VERTS) / 3 for i in (0, 1))
    ctx.facts.update(case=pr.case, sides={k: _num(v) for k, v in sol.sides.items()},
                     angles={k: math.degrees(_num(v)) for k, v in sol.angles.items()}, area=_num(area_of(sol)),
                     solutions=len(sols))

    # the givens, as the author wrote them
    if coords:
        given_tex = ",\\ ".join(f"{n}{_pt(pr.points[n])}" for n in names)
    else:
        given_tex = ",\\ ".join((f"{k} = {_sub_side(v)}" if k in "abc" else
                                 f"\\cos {k} = {sp.latex(v.args[0])}" if isinstance(v, sp.acos) and _degrees(v) is None else
                                 f"{k} = {_sub_angle(v, rad)}")
                                for k, v in sorted(pr.givens.items(), key=lambda kv: (kv[0].isupper(), kv[0])))
    case_en = {"SSS": "three sides", "SAS": "two sides and the angle between them", "ASA": "two angles and a side",
               "AAS": "two angles and a side", "SSA": "two sides and an angle opposite one of them",
               "coordinates": "its vertices"}[pr.case]
    case_zh = {"SSS": "三边", "SAS": "两边及其夹角", "ASA": "两角及一边", "AAS": "两角及一边", "SSA": "两边及其中一边的对角",
               "coordinates": "三个顶点的坐标"}[pr.case]
    w.beat(ctx.title, L(f"The triangle is fixed by {case_en}: ${given_tex}$. It is drawn to scale.",
                        f"已知{case_zh}：${given_tex}$，三角形按比例画出。"))
    w.title(ctx.title)
    w.code(f"given = MathTex(r\"{given_tex}\", font_size=34, color=BLUE).next_to(title, DOWN, buff=0.2)")
    w.fit("given", 12.5)
    for i, pos in enumerate(scr):
        w.code(f"P{i} = {{" + ", ".join(f"\"{k}\": {_arr(p)}" for k, p in pos.items()) + "}")
    w.code(
        "def place(P, k, text, color=WHITE, size=32):",
        "    centre = (P['A'] + P['B'] + P['C']) / 3",
        "    d = P[k] - centre",
        "    return MathTex(text, font_size=size, color=color).move_to(P[k] + 0.38 * d / np.linalg.norm(d))",
        "",
        "def side_label(P, k, text, color, size=30):",
        "    p, q = [P[n] for n in 'ABC' if n != k]",
        "    mid = (p + q) / 2",
        "    centre = (P['A'] + P['B'] + P['C']) / 3",
        "    n = np.array([-(q - p)[1], (q - p)[0], 0]); n = n / np.linalg.norm(n)",
        "    if np.dot(n, mid - centre) < 0:",
        "        n = -n",
        "    lab = MathTex(text, font_size=size, color=color)",
        "    return lab.move_to(mid + n * (0.2 + 0.5 * max(lab.width, lab.height)))",
        "",
        "def side(P, k, color):",
        "    p, q = [P[n] for n in 'ABC' if n != k]",
        "    return Line(p, q, color=color, stroke_width=7)",
        "",
        "def arc(P, k, color, r=0.5):",
        "    p, q = [P[n] for n in 'ABC' if n != k]",
        "    a1 = np.arctan2(*(p - P[k])[1::-1]); a2 = np.arctan2(*(q - P[k])[1::-1])",
        "    d = (a2 - a1 + np.pi) % (2 * np.pi) - np.pi",
        "    return Arc(radius=r, start_angle=a1, angle=d, arc_center=P[k], color=color, stroke_width=5)",
        "",
        "def angle_label(P, k, text, color, r=0.95):",
        "    p, q = [P[n] for n in 'ABC' if n != k]",
        "    u = (p - P[k]) / np.linalg.norm(p - P[k]) + (q - P[k]) / np.linalg.norm(q - P[k])",
        "    lab = MathTex(text, font_size=28, color=color)",
        "    u = u / np.linalg.norm(u)",
        "    if np.dot(p - P[k], q - P[k]) < -0.34 * np.linalg.norm(p - P[k]) * np.linalg.norm(q - P[k]):",
        "        return lab.move_to(P[k] - (0.3 + 0.5 * lab.width) * u)  # an obtuse angle: its label just outside the vertex",
        "    return lab.move_to(P[k] + (r + 0.3 * lab.width) * u)",
        "",
    )
    w.code("tri = Polygon(P0['A'], P0['B'], P0['C'], color=WHITE, stroke_width=4)")
    vnames = [f"place(P0, '{k}', r\"{label[k]}{_pt(pr.points[label[k]]) if coords else ''}\", size={26 if coords else 34})" for k in VERTS]
    if len(sols) == 2:
        Yv = next(k for k in VERTS if abs(scr[0][k][0] - scr[1][k][0]) > 1e-6)
        vnames = [f"place(P0, '{k}', r\"{label[k]}_1\" if '{k}' == '{Yv}' else r\"{label[k]}\")" for k in VERTS]
        w.code("tri2 = DashedVMobject(Polygon(P1['A'], P1['B'], P1['C'], color=ORANGE, stroke_width=4), num_dashes=40)",
               f"name2 = place(P1, '{Yv}', r\"{label[Yv]}_2\", ORANGE)")
    w.code("names = VGroup(" + ", ".join(vnames) + ")")
    marks = []
    if not coords:
        for k, v in pr.givens.items():
            if k in "abc":
                marks += [f"side(P0, '{k.upper()}', BLUE)", f"side_label(P0, '{k.upper()}', r\"{k} = {_sub_side(v)}\", BLUE)"]
            else:
                marks += [f"arc(P0, '{k}', BLUE)", f"angle_label(P0, '{k}', r\"{_sub_angle(v, rad)}\", BLUE)"]
    else:
        marks += [f"Dot(P0['{k}'], color=BLUE)" for k in VERTS]
    w.code("marks = VGroup(" + ", ".join(marks) + ")")
    w.play("Write(title), FadeIn(given)", 1)
    w.play("Create(tri), FadeIn(names)" + (", Create(tri2), FadeIn(name2)" if len(sols) == 2 else ""), 1.2)
    w.play("LaggedStart(*[FadeIn(m) for m in marks], lag_ratio=0.2)", 1)

    targets = _targets(pr, sol)
    # what is asked, drawn in yellow before it is computed
    asked, reveal = [], {}  # reveal: step part -> (mobject name, final label code)
    for j, t in enumerate(targets):
        nm = f"ask{j}"
        if t[0] == "side":
            K = t[1].upper()
            w.code(f"{nm} = VGroup(side(P0, '{K}', YELLOW), side_label(P0, '{K}', r\"{t[1]} = ?\", YELLOW))")
            part = f"|{''.join(label[n] for n in VERTS if n != K)}|" if coords else t[1]
            reveal[part] = (f"{nm}[1]", f"side_label(P0, '{K}', r\"{t[1] if not coords else part} {_short(sol.sides[t[1]])}\", YELLOW)")
        elif t[0] in ("angle", "cos", "sin", "tan"):
            K = t[1] if not coords else VERTS[names.index(t[1])]
            w.code(f"{nm} = VGroup(arc(P0, '{K}', YELLOW, 0.62), angle_label(P0, '{K}', r\"?\", YELLOW))")
            reveal[t[1] if t[0] == "angle" else t[0] + t[1]] = (f"{nm}[1]", f"angle_label(P0, '{K}', r\"{_short_angle(sol.angles[K], rad).lstrip('= ')}\", YELLOW)")
        elif t[0] == "area":
            w.code(f"{nm} = Polygon(P0['A'], P0['B'], P0['C'], stroke_width=0, fill_color=YELLOW, fill_opacity=0.35)")
        elif t[0] == "perimeter":
            w.code(f"{nm} = VGroup(*[side(P0, k, YELLOW) for k in 'ABC'])")
        elif t[0] in ("median", "altitude"):
            K = t[1] if not coords else VERTS[names.index(t[1])]
            p, q = [P[n] for n in VERTS if n != K]
            V = P[K]
            if t[0] == "median":
                F = ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
                foot = "M"
            else:
                dx, dy = q[0] - p[0], q[1] - p[1]
                s_ = ((V[0] - p[0]) * dx + (V[1] - p[1]) * dy) / (dx * dx + dy * dy)
                F = (p[0] + s_ * dx, p[1] + s_ * dy)
                foot = "H"
            lines = [f"Line({_arr(V)}, {_arr(F)}, color=YELLOW, stroke_width=6)", f"Dot({_arr(F)}, color=YELLOW)"]
            away = np.array(F) - np.array(centre) if t[0] == "median" else np.array(F) - np.array(V)
            nrm = float(np.hypot(*away)) or 1.0
            lines.append(f"MathTex(\"{foot}\", font_size=30, color=YELLOW).move_to({_arr((F[0] + 0.35 * away[0] / nrm, F[1] + 0.35 * away[1] / nrm))})")
            if t[0] == "altitude":
                ex, ey = (V[0] - F[0]), (V[1] - F[1])
                n1 = math.hypot(ex, ey) or 1.0
                bx, by = dx / math.hypot(dx, dy), dy / math.hypot(dx, dy)
                ex, ey = ex / n1 * 0.2, ey / n1 * 0.2
                bx, by = bx * 0.2, by * 0.2
                sq = [F, (F[0] + bx, F[1] + by), (F[0] + bx + ex, F[1] + by + ey), (F[0] + ex, F[1] + ey)]
                lines.append("VMobject(color=YELLOW, stroke_width=3).set_points_as_corners([" + ", ".join(_arr(c) for c in sq[1:]) + "])")
                if not (-1e-9 <= s_ <= 1 + 1e-9):  # the foot lies on the base extended (an obtuse angle)
                    near = p if s_ < 0 else q
                    lines.append(f"DashedLine({_arr(near)}, {_arr(F)}, color=GREY_B)")
            w.code(f"{nm} = VGroup(" + ", ".join(lines) + ")")
        elif t[0] == "centroid":
            G = tuple(sum(P[k][i] for k in VERTS) / 3 for i in (0, 1))
            meds = [f"DashedLine(P0['{k}'], (P0['{m}'] + P0['{n}']) / 2, color=GREY_B)" for k, m, n in ("ABC", "BCA", "CAB")]
            w.code(f"{nm} = VGroup({', '.join(meds)}, Dot({_arr(G)}, color=YELLOW), "
                   f"MathTex(\"G\", font_size=30, color=YELLOW).next_to({_arr(G)}, DR, buff=0.08))")
        else:
            continue
        asked.append(nm)
    if asked:
        what = ", ".join((re.sub(r"^(side|angle|cos|sin|tan)$", "", t[0]) + (f" ${t[1]}$" if len(t) > 1 else "")).strip() for t in targets)
        w.beat(L("What is asked", "所求"), L(f"Asked: {what.strip()} (in yellow).", f"所求的量用黄色标出。"))
        w.play(", ".join(f"FadeIn({nm})" for nm in asked), 1.2)

    steps = _coord_steps(pr, sol, targets) if coords else _side_steps(pr, sol, targets)
    if len(sols) == 2:
        extra = [st for st in _side_steps(pr, sols[1], targets) if st.part != steps[0].part or st.law != steps[0].law]
        steps = steps + [Step(st.part + "2", st.law, st.sub.replace("=", "=", 1), st.result, st.en, st.zh) for st in extra]
    w.code("panel = VGroup()")
    # about 20 s in all: the steps share what the opening and the answer leave
    k = min(1.0, (18.8 - w.t - 1 - (3.2 if len(sols) == 2 else 0)) / (4.0 * max(len(steps), 1)))
    for i, st in enumerate(steps):
        second = len(sols) == 2 and st.part.endswith("2") and i and not steps[i - 1].part.endswith("2")
        head = L(" (second triangle)", "（第二个三角形）") if len(sols) == 2 and st.part.endswith("2") else ""
        rows = [re.sub(r"=\s*\\approx", r"\\approx", r) for r in (st.law, st.sub, st.result)]
        w.beat(L(f"Step {i + 1}", f"第 {i + 1} 步") + head,
               (st.en or L("The value of the asked function of the angle.", "所求三角函数值。")) if not ctx.zh else (st.zh or "所求三角函数值。"))
        w.code(f"rows = VGroup(" + ", ".join(f"MathTex(r\"{r}\", font_size=32{', color=YELLOW' if k == 2 else ''})" for k, r in enumerate(rows)) + ")",
               "rows.arrange(DOWN, aligned_edge=LEFT, buff=0.3).move_to(RIGHT * 3.5 + DOWN * 0.6)",
               "if rows.width > 6.3:", "    rows.scale_to_fit_width(6.3)")
        if second:
            w.play("Indicate(tri2, color=ORANGE)", 0.6)
        w.play("FadeOut(panel), Write(rows[0])", 1.0 * k)
        w.play("Write(rows[1])", 1.4 * k)
        part = st.part
        anims = ["Write(rows[2])"]
        for key in (part, "cos" + part):
            if key in reveal and len(sols) == 1:
                mob, final = reveal.pop(key)
                anims.append(f"Transform({mob}, {final})")
        w.play(", ".join(anims), 1.0 * k)
        w.code("panel = rows")
        w.wait(0.6 * k)
    # the answer
    if len(sols) == 2:
        Yk = next(k for k in VERTS if k not in pr.givens)
        summary = [f"{label[k]}_{j + 1} {_short_angle(s.angles[k], rad)}" for j, s in enumerate(sols) for k in VERTS if k not in pr.givens] + \
                  [f"{k}_{j + 1} {_short(s.sides[k])}" for j, s in enumerate(sols) for k in "abc" if k not in pr.givens]
        w.beat(L("Two triangles", "两个三角形"),
               L("The side opposite the given angle swings to two positions: both triangles fit the data.",
                 "已知角的对边可以摆到两个位置：两个三角形都满足条件。"))
        w.code("answer = VGroup(" + ", ".join(f"MathTex(r\"{t}\", font_size=30, color={'YELLOW' if t[2] == '1' or t[1] == '_' and t[2] == '1' else 'ORANGE'})" for t in summary) + ")",
               "answer.arrange_in_grid(cols=2, buff=(0.5, 0.2), col_alignments='ll', flow_order='dr').move_to(RIGHT * 3.5 + DOWN * 0.6)",
               "if answer.width > 6.3:", "    answer.scale_to_fit_width(6.3)")
        w.play("FadeOut(panel), FadeIn(answer)", 1)
        w.play("Indicate(tri), Indicate(tri2, color=ORANGE)", 1)
    w.wait(1)


@check("triangle")
def _check(f):
    a, b, c = (f["sides"][k] for k in "abc")
    return ("What is the area of this triangle by Heron's formula?", "用海伦公式求这个三角形的面积。",
            f"$s = \\tfrac12(a + b + c) = {fmt((a + b + c) / 2, 4)}$ and $S = \\sqrt{{s(s-a)(s-b)(s-c)}} \\approx {fmt(f['area'], 4)}$.",
            f"$s = \\tfrac12(a + b + c) = {fmt((a + b + c) / 2, 4)}$，$S = \\sqrt{{s(s-a)(s-b)(s-c)}} \\approx {fmt(f['area'], 4)}$。")
