"""A line or a plane in space given by the author's point and direction (or normal) vector.

:func:`read_space_line` reads which 3-vector is the point and which the direction/normal from the
words just before each (``through the point``, ``direction vector``, ``normal``; ``过点``, ``方向向量``,
``法向量``); ``None`` when the block does not say, or a vector is zero.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .boxes import cross, dot, plane_distance
from .linalg import Vec, _literal

LINE = r"\bline\b|直线"
PLANE = r"\bplane\b|平面"
_NAME = r"(?:\\(?:vec|mathbf|boldsymbol)\s*\{?\s*[A-Za-z]\s*\}?|[A-Za-z](?:_\{?0\}?)?)?"
_TAIL = r"\s*(?:为|是|is|of)?\s*" + _NAME + r"\s*=?\s*$"
_POINT = r"(?:point|through|passes?\s+through|点|过)" + _TAIL
_DIRECTION = r"(?:direction(?:\s+vector)?|parallel\s+to|方向向量|方向|平行于)" + _TAIL
_NORMAL = r"(?:normal(?:\s+vector)?|法向量|法线向量|垂直于)" + _TAIL


@dataclass(frozen=True)
class SpaceLine:
    kind: str  # "line" (point, direction) or "plane" (point, normal)
    point: Vec
    vector: Vec


def _vectors_with_context(concept: str) -> list[tuple[str, Vec]]:
    """Each 3-vector of the concept with the 40 characters before it (dollar signs removed)."""
    out = []
    for m in re.finditer(r"\$\$?(.+?)\$\$?", concept, re.S):
        before = concept[max(0, m.start() - 40):m.start()].replace("$", " ")
        body = m.group(1)
        for part in re.finditer(r"(?:\\left)?\((?:[^()]*)(?:\\right)?\)|\\begin\{[pb]matrix\}.*?\\end\{[pb]matrix\}", body, re.S):
            v = _literal(part.group(0))
            if v is not None and len(v) == 3:
                prefix = (before + body[:part.start()]).rstrip()
                out.append((prefix[-40:], v))
    return out


def read_space_line(info) -> SpaceLine | None:
    """The line (point, direction) or plane (point, normal) the block describes, or None."""
    concept = info.concept
    is_line, is_plane = re.search(LINE, concept, re.I), re.search(PLANE, concept, re.I)
    point = vector = None
    kind = ""
    for before, v in _vectors_with_context(concept):
        if re.search(_POINT, before, re.I) and point is None:
            point = v
        elif re.search(_DIRECTION, before, re.I) and is_line and vector is None:
            vector, kind = v, "line"
        elif re.search(_NORMAL, before, re.I) and is_plane and vector is None:
            vector, kind = v, "plane"
    if point is None or vector is None or not any(abs(c) > 1e-12 for c in vector):
        return None
    return SpaceLine(kind, point, vector)


# -- planes written as equations, lines in their three forms, and the question asked of them ------------------
#
# Exact throughout (sympy Rationals): a plane is n·x = d, a line a + t b. The readers return what the block
# writes, in order; the question and its objects are :func:`read_relation`'s.

@dataclass(frozen=True)
class Plane:
    n: tuple  # the normal as written (coefficients of x, y, z)
    d: object  # n·x = d
    tex: str  # as the author wrote it


@dataclass(frozen=True)
class Line3:
    a: tuple  # a point of the line (t = 0 in the author's parametrisation)
    b: tuple  # the direction, as written
    tex: str
    param: str = "t"  # the author's parameter (t, s, \lambda); "" for the symmetric form


_PARAMS = ("t", "s", "k", "lambda", "mu", "r")  # r: German schools' g: x = a + r u
_PIECES = r"\\quad|\\qquad|;|\\text\{\s*(?:and|or|et|和|与)\s*\}|,\s*(?=[A-Za-z\\(])"


def _pieces(info) -> list[tuple[int, str]]:
    """(block index, piece) for each statement of each math block: rows of aligned/cases bodies, pieces between
    \\quad, ';' or a comma before a letter; a leading name (``\\pi:``, ``E:``, ``l:``) removed."""
    from .latex import single_line, split_rows

    out = []
    for i, block in enumerate(info.blocks):
        body = re.sub(r"\\(?:begin|end)\{(?:cases|aligned|align\*?|array|gathered)\}(?:\{[^{}]*\})?", " ", block)
        for row in split_rows(body) if "\\\\" in body else [body]:
            for part in re.split(_PIECES, re.sub(r"\\[,;:! ]|~", " ", single_line(row))):
                part = re.sub(r"^\s*(?:\\(?:pi|alpha|beta|gamma|Pi)|[A-Za-z](?:_\{?\d\}?)?)\s*:\s*(?!=)", "", part)
                if part.strip():
                    out.append((i, part.strip(" .,")))
    return out


def _linear(expr, letters) -> dict | None:
    """{letter: coefficient, 1: constant} of an expression linear in ``letters`` with no other symbol, else None."""
    import sympy as sp

    try:
        f = sp.expand(expr)
        if f.free_symbols - set(letters):
            return None
        poly = sp.Poly(f, *letters)
    except Exception:
        return None
    if poly.total_degree() > 1:
        return None
    out = {s: sp.nsimplify(poly.coeff_monomial(s), rational=True) for s in letters}
    out[1] = sp.nsimplify(poly.coeff_monomial(1), rational=True)
    return out


def _xyz():
    import sympy as sp

    return sp.symbols("x y z")


def planes(info) -> list[Plane]:
    """The planes the block writes as linear equations in x, y, z (``2x - y + 2z = 3``, ``\\pi: x + y = 1 - z``)."""
    import sympy as sp

    from .symbolic import normalize, parse

    x, y, z = _xyz()
    rows = {}
    for i, part in _pieces(info):
        rows.setdefault(i, []).append(part)
    out = []
    for i, parts in rows.items():
        parametric = any(re.search(r"=.*(?<![A-Za-z\\])(?:t|s|\\lambda|\\mu)(?![A-Za-z])", p) for p in parts)
        for part in parts:
            if part.count("=") != 1 or not re.search(r"(?<![A-Za-z\\])[xyz](?![A-Za-z])", part) or re.search(r"\\frac\{[^{}]*[xyz]", part):
                continue
            expr = parse(part)
            if not isinstance(expr, sp.Equality):
                continue
            try:
                c = _linear(normalize(expr.lhs) - normalize(expr.rhs), (x, y, z))
            except Exception:
                c = None
            if c is None or not any(c[s] for s in (x, y, z)):
                continue
            if parametric and sum(1 for s in (x, y, z) if c[s]) == 1:
                continue  # "z = 3" beside x = 1 + 2t: a coordinate of a line, not a plane
            n = tuple(c[s] for s in (x, y, z))
            out.append(Plane(n, -c[1], part))
    return out


def _symmetric(part: str) -> Line3 | None:
    """``(x-1)/2 = (y+1)/(-1) = z/3`` (each of x, y, z once, coefficient 1/b)."""
    from .latex import split_top
    from .symbolic import normalize, parse

    sides = split_top(part, "=")
    if len(sides) != 3:
        return None
    xyz = _xyz()
    a, b = [None] * 3, [None] * 3
    for side in sides:
        try:
            c = _linear(normalize(parse(side)), xyz)
        except Exception:
            return None
        if c is None or sum(1 for s in xyz if c[s]) != 1 or not all(v.is_finite for v in c.values()):
            return None  # (z - 2)/0: a fixed coordinate, not read here
        k = next(j for j, s in enumerate(xyz) if c[s])
        if a[k] is not None:
            return None
        b[k] = 1 / c[xyz[k]]  # (x - a)/b: coefficient 1/b, constant -a/b
        a[k] = -c[1] * b[k]
    if any(v is None for v in a):
        return None
    return Line3(tuple(a), tuple(b), part, "")


def _parametric(parts: list[str]) -> Line3 | None:
    """``x = 1 + 2t, y = -1 - t, z = 3t`` (one parameter, the three coordinates each once)."""
    import sympy as sp

    from .symbolic import normalize, parse

    found: dict[str, tuple] = {}
    param = None
    for part in parts:
        m = re.fullmatch(r"\s*([xyz])\s*(?:\(\s*[a-z\\]+\s*\))?\s*=(.+)", part)
        if not m or m.group(1) in found:
            continue
        try:
            rhs = normalize(parse(m.group(2)))
        except Exception:
            continue
        if not isinstance(rhs, sp.Expr):
            continue
        names = {str(s.name) for s in rhs.free_symbols}
        if len(names) > 1 or (names and next(iter(names)) not in _PARAMS) or (param and names and names != {param}):
            continue
        if names:
            param = str(next(iter(names)))
        s = sp.Symbol(param or "t")
        c = _linear(rhs, (s,))
        if c is None:
            continue
        found[m.group(1)] = (c[1], c.get(s, sp.Integer(0)))
    if len(found) != 3 or param is None:
        return None
    a = tuple(found[k][0] for k in "xyz")
    b = tuple(found[k][1] for k in "xyz")
    return Line3(a, b, "", "\\" + param if param in ("lambda", "mu") else param)


_VECTOR_FORM = re.compile(r"(?P<a>\\begin\{[pb]matrix\}.*?\\end\{[pb]matrix\}|(?:\\left)?\([^()]*\)(?:\\right\))?)\s*\+\s*"
                          r"(?P<p>" + "|".join("\\\\" + p if len(p) > 1 else p for p in _PARAMS) + r")\s*(?:\\cdot\s*)?(?P<b>\\begin\{[pb]matrix\}.*?\\end\{[pb]matrix\}|(?:\\left)?\([^()]*\)(?:\\right\))?)")


def _vector_form(part: str) -> Line3 | None:
    """``r = (1, 2, 3) + t(2, -1, 1)``, ``\\vec r = \\begin{pmatrix}..\\end{pmatrix} + \\lambda \\begin{pmatrix}..\\end{pmatrix}``."""
    import sympy as sp

    from .symbolic import matrices

    m = _VECTOR_FORM.search(re.sub(r"\\rangle", ")", re.sub(r"\\langle", "(", part)))  # <1, 0, 2> + t<1, 1, 0>
    if not m:
        return None

    def exact(tex):
        v = _literal(tex.replace("\\right)", ")").replace("\\left(", "("))
        return None if v is None or len(v) != 3 else tuple(sp.nsimplify(c, rational=True) for c in v)

    a, b = exact(m.group("a")), exact(m.group("b"))
    if a is None or b is None:
        return None
    return Line3(a, b, part, m.group("p"))


def lines(info) -> list[Line3]:
    """The lines the block writes: symmetric, parametric (per block) or vector form; and 'the line through P with
    direction d' (:func:`read_space_line`)."""
    import sympy as sp

    rows: dict[int, list[str]] = {}
    out: list[Line3] = []
    for i, part in _pieces(info):
        rows.setdefault(i, []).append(part)
        line = _symmetric(part) or _vector_form(part)
        if line is not None:
            out.append(line)
    for i, parts in rows.items():
        line = _parametric(parts)
        if line is not None:
            out.append(Line3(line.a, line.b, info.blocks[i], line.param))
    if not out:  # "$x = 1 + 2t$, $y = -t$, $z = 3t$": the coordinates in blocks of their own
        line = _parametric([p for parts in rows.values() for p in parts])
        out += [line] if line is not None else []
    if not out:
        found = read_space_line(info)
        if found is not None and found.kind == "line":
            ex = lambda v: tuple(sp.nsimplify(c, rational=True) for c in v)  # noqa: E731
            out.append(Line3(ex(found.point), ex(found.vector), "", "t"))
    return [l for l in out if any(l.b)]


# the questions asked of a point, a line and a plane (prose, English, French and Chinese)
FOOT = (r"\bfoot\b|orthogonal\s+projection\s+of\s+(?:the\s+)?point|projection\s+of\s+(?:the\s+)?point|projet[ée]\s+orthogonal|"
        r"垂足|射影|投影点")
DISTANCE = r"\bdistance\b|距离|\bdist\b|Abstand"
REFLECTION = (r"\breflect(?:ion|ed)?\b|mirror\s+image|\bimage\s+of\s+(?:the\s+point\s+)?\S{0,12}\s*(?:in|under)\b|sym[ée]trique|"
              r"对称点|关于(?:平面)?\s*\S{0,12}?\s*(?:的)?对称")
INTERSECTION = r"\bintersect(?:s|ion|ing)?\b|\bmeets?\b|\bpierces?\b|\bcoupe\b|交点|相交|交于|交线|Schnittpunkt|schneide[nt]\b"
ANGLE = r"\bangles?\b|夹角|所成(?:的)?角|线面角|Winkel|\bsin\s*\\?theta|\\sin\s*\\(?:theta|varphi|phi|alpha)"
PARALLEL = r"\bparallel\b|\blies?\s+(?:in|on)\b|\bcontained\s+in\b|\bparall[eè]le\b|平行|在平面[^。？！]{0,4}内|在.{0,6}平面内"
# objects not drawn here (the block is then not read as a point, a line and a plane alone)
SOLIDS = (r"\bsphere\b|\bcube\b|\bpyramid\b|tetrahedr|\bprism\b|\bcone\b|\bcylinder\b|parallelepiped|"
          r"球|正方体|立方体|长方体|棱锥|四面体|棱柱|圆锥|圆柱|平行六面体")
# two lines in space: how they lie (skew, parallel, identical, or meeting: INTERSECTION), and their common perpendicular
SKEW = r"\bskew\b|异面|windschief"
IDENTICAL = r"\bidentical\b|\bcoincid(?:e|ent|ing)\b|\bthe\s+same\s+line\b|重合|identisch"
COMMON_PERPENDICULAR = r"common\s+perpendicular|公垂线|gemeinsamen?\s+Lots?\b"
POSITION = r"relative\s+position|position\s+of\s+the\s+(?:two\s+)?lines|位置关系|\bLage(?:beziehung)?\b"
TWO_LINES = "|".join((SKEW, IDENTICAL, COMMON_PERPENDICULAR, POSITION, DISTANCE, INTERSECTION, ANGLE, PARALLEL))
# two lines in another question: moving bodies meeting in time, a point's distance to a line, a plane through them
_NOT_TWO_LINES = (r"\bparticles?\b|\bcollid|\bcollision|\bships?\b|\baircraft\b|\bat\s+time\b|质点|碰撞|相遇|时刻|Teilchen|Flugzeug|"
                  r"distance\s+(?:from|of|between)\s+(?:the\s+)?point|点\s*\S{0,12}?到\s*(?:直线|[lL])|Abstand\s+(?:des|vom)\s+Punkt|"
                  + PLANE + r"|\bEbene\b")
# objects not drawn with a plane (the block is then not read as a point, a line and a plane alone)
OTHER_OBJECTS = SOLIDS + "|" + SKEW


@dataclass
class Relation:
    """A question about a point, a line and a plane, with the exact answers.

    kind: "foot" (P and a plane: foot F, t, distance, reflection P'), "pierce" (a line and a plane: the
    intersection X at t, the angle, or parallel / lying in it), "planes" (two planes: their angle), "lines" (two
    lines, ``line`` and ``line2``, no plane: how they lie, :func:`line_pair`)."""

    kind: str
    asked: set
    plane: Plane | None
    point: tuple | None = None
    name: str = "P"
    line: Line3 | None = None
    plane2: Plane | None = None
    line2: Line3 | None = None
    stated: list = field(default_factory=list)  # boxes.Stated

    # foot: P + t n meets the plane at t = (d - n·P)/|n|^2; pierce: a + t b at t = (d - n·a)/(n·b)
    @property
    def t(self):
        n, d = self.plane.n, self.plane.d
        if self.kind == "foot":
            b = self.line.b if self.line is not None else n
            a = self.line.a if self.line is not None else self.point
        else:
            a, b = self.line.a, self.line.b
        nb = dot(n, b)
        return None if nb == 0 else (d - dot(n, a)) / nb

    @property
    def t_start(self):
        """The parameter of P on the author's normal line (0 when the line is P + t n)."""
        if self.kind != "foot" or self.line is None:
            return 0
        a, b = self.line.a, self.line.b
        return dot(tuple(p - q for p, q in zip(self.point, a)), b) / dot(b, b)

    def at(self, t) -> tuple:
        a, b = ((self.line.a, self.line.b) if self.line is not None else (self.point, self.plane.n))
        return tuple(p + t * c for p, c in zip(a, b))

    @property
    def distance(self):
        return plane_distance(self.plane.n, self.plane.d, self.point)

    @property
    def sine(self):
        """sin of the angle between the line and the plane: |b·n| / (|b||n|)."""
        import sympy as sp

        b, n = self.line.b, self.plane.n
        return sp.nsimplify(sp.Abs(dot(b, n)) / sp.sqrt(dot(b, b) * dot(n, n)))

    @property
    def cosine(self):
        """cos of the angle between the two planes: |n1·n2| / (|n1||n2|)."""
        import sympy as sp

        n1, n2 = self.plane.n, self.plane2.n
        return sp.nsimplify(sp.Abs(dot(n1, n2)) / sp.sqrt(dot(n1, n1) * dot(n2, n2)))

    @property
    def degrees(self):
        import sympy as sp

        angle = sp.asin(self.sine) if self.kind == "pierce" else sp.acos(self.cosine)
        return sp.nsimplify(sp.deg(angle))


def _asks(regex: str, info) -> bool:
    from .families import pattern

    return bool(pattern(regex).search(info.prose))


def read_relation(info) -> Relation | None:
    """The question the block asks about its point, line and plane (all given in numbers), or None."""
    import sympy as sp

    from .boxes import named_points
    from .families import pattern

    if pattern(SOLIDS).search(info.concept):
        return None
    ps, ls = planes(info), list(dict.fromkeys(lines(info)))
    pts = named_points(info.concept)
    if not ps and len({(l.a, l.b) for l in ls}) == 2:
        return _two_lines(info, ls, pts)
    if pattern(OTHER_OBJECTS).search(info.concept):
        return None
    ex = lambda v: tuple(sp.nsimplify(c, rational=True) for c in v)  # noqa: E731
    if len(ps) == 2 and not ls and _asks(ANGLE, info) and not _asks("|".join((FOOT, REFLECTION, INTERSECTION, DISTANCE)), info):
        if not any(cross(ps[0].n, ps[1].n)):
            return None  # parallel planes: no angle to draw
        rel = Relation("planes", {"angle"}, ps[0], plane2=ps[1])
        return _checked(rel, info, pts)
    if len(ps) != 1:
        return None
    plane = ps[0]
    if ls:
        line = ls[0]
        if any(l.b != line.b or l.a != line.a for l in ls[1:]):
            return None
    else:
        line = None
    asked = {k for k, r in (("foot", FOOT), ("distance", DISTANCE), ("reflection", REFLECTION),
                            ("intersection", INTERSECTION), ("angle", ANGLE), ("parallel", PARALLEL)) if _asks(r, info)}
    if line is not None and asked & {"intersection", "angle", "parallel"} and not asked & {"foot", "reflection", "distance"}:
        rel = Relation("pierce", asked & {"intersection", "angle", "parallel"}, plane, line=line)
        if dot(line.b, plane.n) != 0:
            rel.asked.add("intersection")  # the angle is marked where the line meets the plane
        return _checked(rel, info, pts)
    if not asked & {"foot", "distance", "reflection"} or asked & {"angle"}:
        return None
    # the point: the origin when the perpendicular is dropped from it, else a named point off the plane (the first;
    # a point the plane is written through is not it), or the one 3-vector written after "point" / "点"
    given = [(k, v) for k, v in pts.items() if sum(n * c for n, c in zip(plane.n, v)) != plane.d]
    if re.search(_FROM_ORIGIN, info.prose, re.I):
        name, P = "O", (0, 0, 0)
    elif given:
        name, P = given[0]
    else:
        found = [v for before, v in _vectors_with_context(info.concept) if re.search(_POINT, before, re.I)]
        if len(found) != 1:
            return None
        name, P = "P", ex(found[0])
    if line is not None and not (cross(line.b, plane.n) == (0, 0, 0) and _on(line, P)):
        return None  # a line besides the point that is not the normal through it: another question
    rel = Relation("foot", asked & {"foot", "distance", "reflection"}, plane, point=P, name=name, line=line)
    if rel.distance == 0:
        return None  # P on the plane: no perpendicular to drop
    return _checked(rel, info, pts)


def _two_lines(info, ls: list, pts: dict) -> Relation | None:
    """Two lines and a question about both (how they lie, their distance, where they meet, their angle); None
    for a plane besides them, moving bodies meeting in time, or a point's distance to a line."""
    from .families import pattern

    if pattern(_NOT_TWO_LINES).search(info.concept):
        return None
    first = ls[0]
    second = next(l for l in ls if (l.a, l.b) != (first.a, first.b))
    asked = {k for k, r in (("position", "|".join((SKEW, IDENTICAL, POSITION, PARALLEL))), ("intersection", INTERSECTION),
                            ("distance", DISTANCE + "|" + COMMON_PERPENDICULAR), ("perpendicular", COMMON_PERPENDICULAR),
                            ("angle", ANGLE)) if _asks(r, info)}
    if not asked:
        return None
    return _checked(Relation("lines", asked, None, line=first, line2=second), info, pts)


def line_pair(l1: Line3, l2: Line3) -> dict:
    """How the lines a + λb and c + μd lie, exact: ``position`` (intersect, skew, parallel, identical), ``distance``,
    the angle between them (``cos`` = |b·d|/(|b||d|), ``angle`` in degrees, the acute one), and the nearest points:
    ``foot1`` = a + λb (``t`` = λ) and ``foot2`` = c + μd (``t2`` = μ), where (foot2 - foot1) ⊥ b, d; for meeting
    lines both are the common point ``intersection``. For parallel lines foot1 is the foot of c on the first line."""
    import sympy as sp

    a, b, c, d = l1.a, l1.b, l2.a, l2.b
    ac = tuple(q - p for p, q in zip(a, c))
    cos = sp.nsimplify(sp.Abs(dot(b, d)) / sp.sqrt(dot(b, b) * dot(d, d)))
    out = {"cos": cos, "angle": sp.nsimplify(sp.deg(sp.acos(cos)))}
    n = cross(b, d)
    if not any(n):
        far = cross(ac, b)
        if not any(far):
            return {**out, "position": "identical", "distance": sp.Integer(0)}
        lam = sp.sympify(dot(ac, b)) / dot(b, b)
        foot = tuple(p + lam * q for p, q in zip(a, b))
        return {**out, "position": "parallel", "distance": sp.nsimplify(sp.sqrt(dot(far, far) / dot(b, b))),
                "foot1": foot, "foot2": tuple(c), "t": lam, "t2": sp.Integer(0)}
    # (a + λb - c - μd)·b = 0 and ·d = 0: Cramer's rule, the determinant -|b × d|^2
    bb, bd, dd, e, f = dot(b, b), dot(b, d), dot(d, d), dot(ac, b), dot(ac, d)
    den = sp.sympify(dot(n, n))
    lam, mu = (e * dd - f * bd) / den, (e * bd - f * bb) / den
    F1 = tuple(p + lam * q for p, q in zip(a, b))
    F2 = tuple(p + mu * q for p, q in zip(c, d))
    triple = dot(ac, n)
    out.update(t=lam, t2=mu, foot1=F1, foot2=F2, triple=triple, normal=n,
               distance=sp.nsimplify(sp.Abs(triple) / sp.sqrt(den)))
    if triple == 0:
        out.update(position="intersect", intersection=F1)
    else:
        out["position"] = "skew"
    return out


_FROM_ORIGIN = r"from\s+the\s+origin|(?:distance|perpendicular)\s+(?:of|from)\s+(?:the\s+)?origin|(?:从|由|过)?原点(?:到|向|作)"


def _on(line: Line3, P) -> bool:
    return cross(tuple(p - q for p, q in zip(P, line.a)), line.b) == (0, 0, 0)


_RESULT_CUES = {"foot": FOOT, "reflection": REFLECTION, "intersection": INTERSECTION}


def results(rel: Relation) -> dict:
    """The exact answers: foot F / reflection P' / intersection X (points), t, distance, angle (degrees)."""
    if rel.kind == "lines":
        return line_pair(rel.line, rel.line2)
    out: dict = {}
    t = rel.t if rel.kind != "planes" else None
    if rel.kind == "foot":
        out.update(t=t, foot=rel.at(t), reflection=rel.at(2 * t - rel.t_start), distance=rel.distance)
    elif rel.kind == "pierce" and t is not None:
        out.update(t=t, intersection=rel.at(t), angle=rel.degrees, sin=rel.sine)
    elif rel.kind == "pierce":
        out.update(angle=0, sin=0)
    else:
        out.update(angle=rel.degrees, cos=rel.cosine)
    return out


def _checked(rel: Relation, info, pts: dict) -> Relation | None:
    """``rel`` with the values the block states (a point, t, the distance, the angle, its sine or cosine) compared
    with the exact answers; None when the block states a result point we cannot place (two of one kind)."""
    import sympy as sp

    from .boxes import Stated, _close, _sentences, rational, stated_values
    from .latex import split_top
    from .symbolic import normalize, parse

    truth = results(rel)

    def add(what, tex, value, exact):
        ok = value == exact if isinstance(exact, tuple) else _close(float(value), float(exact), tex)
        rel.stated.append(Stated(what, tex, value, ok, exact))

    # a result point: named (F(1, 2, 3), H = (..)) or unnamed, in a sentence that says which result it is
    given = rel.point
    for s in _sentences(info.concept):
        kinds = [k for k, cue in _RESULT_CUES.items() if k in truth and re.search(cue, s, re.I)]
        if len(kinds) != 1:
            continue
        from .boxes import named_points

        found = [(k, v) for k, v in named_points(s).items() if v != given]
        found += [("", tuple(sp.nsimplify(c, rational=True) for c in v)) for before, v in _vectors_with_context(s)
                  if re.search(_RESULT_CUES[kinds[0]] + r"|\bat\b|为|是|\bis\b", before, re.I)
                  and tuple(sp.nsimplify(c, rational=True) for c in v) != given]
        for name, v in found[:1]:
            tex = (name + " = " if name else "") + "(" + ", ".join(sp.latex(c) for c in v) + ")"
            add(kinds[0], tex, v, truth[kinds[0]])
    # the distance and the angle, stated in words ("the distance is $3$", "夹角为 $30^\circ$")
    for s in _sentences(info.concept):
        for what, tex, val, deg in stated_values(s):
            if what == "distance" and "distance" in truth:
                add("distance", tex if "=" in tex else f"d = {tex}", val, truth["distance"])
            elif what == "angle" and "angle" in truth and deg:
                add("angle", tex if "=" in tex else f"\\theta = {tex}", val, truth["angle"])
    # t = ..., \sin\theta = ..., \cos\theta = ..., d = ... / |PF| = ... in the math (two lines: λ and μ when both are
    # written, each its own letter)
    params = {rel.line.param if rel.line is not None and rel.line.param else "t": "t"}
    if rel.kind == "lines":
        p1, p2 = rel.line.param, rel.line2.param
        params = {p1: "t", p2: "t2"} if p1 and p2 and p1 != p2 else {}
    for _, part in _pieces(info):
        sides = split_top(part, "=")
        if len(sides) < 2:
            continue
        head, last = sides[0].strip(), sides[-1].strip()
        key = None
        named = [k for p, k in params.items() if re.fullmatch(re.escape(p) + r"(?:_0|_\{0\})?", head)]
        if named and truth.get(named[0]) is not None:
            key = named[0]
        elif re.fullmatch(r"\\sin\s*\\?(?:theta|varphi|phi|alpha)", head) and "sin" in truth:
            key = "sin"
        elif re.fullmatch(r"\\cos\s*\\?(?:theta|varphi|phi|alpha)", head) and "cos" in truth:
            key = "cos"
        elif re.fullmatch(r"(?:d|\|\s*[A-Z]{2}\s*\||\\left\|\s*[A-Z]{2}\s*\\right\||\|\s*\\overrightarrow\{[A-Z]{2}\}\s*\|)", head) and "distance" in truth:
            key = "distance"
        if key is None:
            continue
        try:
            value = normalize(parse(last.split("\\approx")[0]))
        except Exception:
            continue
        if not isinstance(value, sp.Expr) or value.free_symbols:
            continue
        if not any(s.what == key for s in rel.stated):
            add(key, f"{head} = {last}", float(value), truth[key])
    if rel.kind == "lines":
        for said in _said_positions(info.concept):
            rel.stated.append(Stated("position", said, said, said == truth["position"], truth["position"]))
    return rel


_POSITIONS = {"skew": SKEW, "parallel": r"\bparallel\b(?!\s+to\b)|(?<!不)平行(?!于)",  # "parallel to v": a direction
              "identical": IDENTICAL, "intersect": INTERSECTION}
_ASKING = (r"\?|？|\bwhether\b|\bif\b|\bdetermine\b|\bdecide\b|\binvestigate\b|\bclassify\b|\bor\b|是否|吗|判断|判定|或|"
           r"\bob\b|untersuche|entscheide|prüfe|welche|\boder\b")
_NEGATED = r"\bnot\b|n't\b|\bnever\b|\bnicht\b|\bkeine?n?\b|不|没有|非"


def _said_positions(concept: str) -> list[str]:
    """How the block says its two lines lie, where a sentence states (or presupposes: 'find the distance between the skew
    lines', 'the point of intersection') exactly one position, neither asking (whether, ?, 是否) nor denying it."""
    from .boxes import _sentences
    from .families import pattern

    out = []
    for s in _sentences(re.sub(r"\$[^$]*\$", " ", concept)):
        if pattern(COMMON_PERPENDICULAR + "|" + FOOT).search(s):
            continue  # "the common perpendicular meets l1 at F": not the lines meeting
        said = [k for k, r in _POSITIONS.items() if pattern(r).search(s)]
        if len(said) == 1 and not pattern(_ASKING).search(s) and not pattern(_NEGATED).search(s) and said[0] not in out:
            out.append(said[0])
    return out
