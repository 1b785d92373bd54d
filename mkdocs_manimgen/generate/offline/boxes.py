"""Solids in space from the author's numbers, read exactly (sympy Rationals): the parallelepiped spanned by three
vectors (its volume |u·(v×w)| = |det[u v w]|), and a tetrahedron or pyramid given by its vertices
(``A(0|0|0)`` German style, ``A(0,0,0)``, ``A=(0,0,0)``) with what the block asks of it: a face's normal
``n = AB × AC``, its plane ``n·x = d``, the distance from a vertex to a face's plane (and its foot), the angle
between two faces, a face's area, the volume. (A point and a plane written as an equation is
:func:`.space.read_relation`'s, drawn by point_line_plane.)

Every value the block states for one of these (``the volume is 32``, ``距离为 $\\sqrt 3$``) is compared with
the exact value: :attr:`Stated.true` says whether it holds (the scene calls a false one false).
:func:`read_box` returns None when the block does not give all the objects it asks about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# the questions (verify.QUESTIONS uses them too)
SOLID_WORDS = (r"parallelepiped|pyramid|tetrahedr|平行六面体|棱锥|四面体|Spat\b|Pyramide|Tetraeder")
# the lookaheads are tried once, at the start (a lazy .*? before them tried them at every position: 6,000
# characters of digits took a second per search)
VOLUME_OF_SOLID = (r"(?s)^(?!.*(?:cross[- ]sections?|slic(?:e|es|ing)|截面|切片|rotat|revolv|旋转|integrat|积分))(?:"
                   r"(?=.*(?:\bvolume|体积|Volumen))(?=.*(?:" + SOLID_WORDS + r"))|"
                   r".*?(?:(?:scalar\s+)?triple\s+product|box\s+product|混合积|Spatprodukt))")
POINT_PLANE = (r"distance\s+(?:from|of|between)\b[^.?!;]{0,50}?\b(?:to|from|and)\s+(?:the\s+)?(?:plane|face)|"
               r"(?:点|顶点)\s*\S{0,30}?到\s*(?:平面|面)|到平面.{0,30}距离|点到平面|"
               r"Abstand\b[^.?!;]{0,50}?\b(?:von|zu|zur)\s+(?:der\s+)?Ebene")

_NUM = r"-?\s*(?:\\[dt]?frac\s*\{\s*-?\d+\s*\}\s*\{\s*\d+\s*\}|\d+(?:\.\d+)?(?:\s*/\s*\d+)?)"
_POINT = re.compile(r"(?<![A-Za-z\\{])([A-Z])(?:_\{?(\d)\}?)?\s*(?:=\s*)?\(\s*(" + _NUM + r")\s*[,|;]\s*(" + _NUM + r")\s*[,|;]\s*("
                    + _NUM + r")\s*\)")


def rational(text: str):
    import sympy as sp

    t = re.sub(r"\s+", "", text)
    m = re.fullmatch(r"(-?)\\[dt]?frac\{(-?\d+)\}\{(\d+)\}", t)
    if m:
        return sp.Rational(int(m.group(2)), int(m.group(3))) * (-1 if m.group(1) else 1)
    return sp.Rational(t)


def _flat(concept: str) -> str:
    """The concept with the separators of coordinates made plain: ``\\mid``, ``\\vert``, ``\\,``, ``\\left``."""
    t = re.sub(r"\\(?:mid|vert|lvert|rvert)\b|\\\||∣|｜", "|", concept)
    t = re.sub(r"\\[,;:! ]|\\left|\\right|\\quad|\\qquad", " ", t)
    return t.replace("，", ", ").replace("（", "(").replace("）", ")")


def named_points(concept: str) -> dict[str, tuple]:
    """Capital-letter points with three coordinates, in the order written (the first writing of a name wins)."""
    out: dict[str, tuple] = {}
    for m in _POINT.finditer(_flat(concept)):
        name = m.group(1) + (m.group(2) or "")
        try:
            out.setdefault(name, tuple(rational(m.group(k)) for k in (3, 4, 5)))
        except Exception:
            continue
    return out


def _vec(a, b):
    return tuple(y - x for x, y in zip(a, b))


def cross(a, b):
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def primitive(v):
    """A rational vector scaled to coprime integers (the direction kept)."""
    import math

    import sympy as sp

    scale = sp.ilcm(*[sp.Rational(c).q for c in v])
    ints = [int(c * scale) for c in v]
    g = math.gcd(*ints) or 1
    return tuple(sp.Integer(c // g) for c in ints)


@dataclass
class Stated:
    what: str  # "volume", "distance", "angle", "area", "height"
    tex: str  # as the author wrote it
    value: float
    true: bool
    exact: object = None  # the computed value it is compared with


@dataclass
class Box:
    """The parallelepiped spanned by u, v, w (exact Rationals)."""

    u: tuple
    v: tuple
    w: tuple
    stated: list = field(default_factory=list)

    @property
    def base(self):
        return cross(self.u, self.v)

    @property
    def triple(self):
        return dot(self.u, cross(self.v, self.w))


@dataclass
class Asked:
    kind: str  # "normal", "plane", "distance", "angle", "area", "volume"
    faces: tuple = ()  # face names ("ABC", ...)
    point: str = ""


@dataclass
class Solid:
    """A tetrahedron, a pyramid (apex over a planar base) or only a plane through three points and a point (no solid)."""

    points: dict
    base: tuple  # vertex names of the base face, in order
    apex: str  # "" when there is no solid (a plane and a point)
    asked: list
    stated: list = field(default_factory=list)

    @property
    def solid(self) -> bool:
        return bool(self.apex)


def face_plane(points: dict, face: str):
    """(n, d): n = AB × AC (first three vertices), the plane n·x = d."""
    A, B, C = (points[c] for c in face[:3])
    n = cross(_vec(A, B), _vec(A, C))
    return n, dot(n, A)


def plane_distance(n, d, P):
    """|n·P − d| / |n|: the distance from P to the plane n·x = d (exact)."""
    import sympy as sp

    return sp.nsimplify(sp.Abs(dot(n, P) - d) / sp.sqrt(dot(n, n)))


def plane_foot(n, d, P):
    """The foot of the perpendicular from P to the plane n·x = d."""
    t = (dot(n, P) - d) / dot(n, n)
    return tuple(p - t * c for p, c in zip(P, n))


def distance(points: dict, P, face: str):
    return plane_distance(*face_plane(points, face), P)


def foot(points: dict, P, face: str):
    return plane_foot(*face_plane(points, face), P)


def area(points: dict, face: str):
    """The area of a triangle or of a planar convex quadrilateral (half the diagonals' cross product)."""
    import sympy as sp

    P = [points[c] for c in face]
    if len(P) == 3:
        c = cross(_vec(P[0], P[1]), _vec(P[0], P[2]))
    else:
        c = cross(_vec(P[0], P[2]), _vec(P[1], P[3]))
    return sp.sqrt(dot(c, c)) / 2


def angle(points: dict, f1: str, f2: str):
    """cos of the angle between the two faces' planes (their normals), in [0, 1]."""
    import sympy as sp

    n1, _ = face_plane(points, f1)
    n2, _ = face_plane(points, f2)
    return sp.nsimplify(sp.Abs(dot(n1, n2)) / sp.sqrt(dot(n1, n1) * dot(n2, n2)))


def volume(s: Solid):
    import sympy as sp

    P = s.points
    h = distance(P, P[s.apex], s.base)
    return sp.nsimplify(area(P, s.base) * h / 3)


def _coplanar(pts) -> bool:
    a = pts[0]
    vs = [_vec(a, p) for p in pts[1:]]
    n = None
    for i in range(len(vs)):
        for j in range(i + 1, len(vs)):
            c = cross(vs[i], vs[j])
            if any(c):
                n = c
                break
        if n:
            break
    return n is not None and all(dot(n, v) == 0 for v in vs)


def _convex_in_order(pts) -> bool:
    """A planar quadrilateral whose vertices are written in order around it (convex)."""
    turns = [cross(_vec(pts[i], pts[(i + 1) % 4]), _vec(pts[(i + 1) % 4], pts[(i + 2) % 4])) for i in range(4)]
    return all(any(t) for t in turns) and all(dot(turns[0], t) > 0 for t in turns)


_SPLIT = re.compile(r"(?<=[.?!。？！])\s+|\n+|(?<=[。？！])")
_FACE = re.compile(r"(?:planes?|faces?|triangles?|Ebenen?|Dreiecke?|Seitenfläche|平面|面|三角形|\\triangle|△)\s*\$?\s*(?:\\triangle\s*)?"
                   r"([A-Z](?:\s*[A-Z]){2,3})(?![A-Za-z])")
_BASE = re.compile(r"\bbase\b|底面|Grundfläche")


def _faces_in(sentence: str, names: set, base: tuple) -> list[str]:
    found = []
    pattern = (r"(?:" + _FACE.pattern + r")|(?P<b>" + _BASE.pattern + r")|"
               r"(?:\band\b|\bund\b|与|和|及)\s*\$?\s*([A-Z](?:\s*[A-Z]){2,3})(?![A-Za-z])")
    for m in re.finditer(pattern, sentence):
        if m.group("b"):
            found.append("".join(base))
            continue
        face = re.sub(r"\s+", "", m.group(1) or m.group(3))
        if set(face) <= names and len(set(face)) == len(face):
            found.append(face)
    return list(dict.fromkeys(found))


_VERB = r"(?:=|\bis\b|\bequals\b|\bof\b|\bbeträgt\b|为|是|等于)"
_CUES = {"volume": r"volume|体积|Volumen|\bV\b", "distance": r"distance|距离|Abstand", "height": r"\bheight\b|高(?!斯)|Höhe|\bh\b",
         "angle": r"angle|角|Winkel", "area": r"\barea\b|面积|Flächeninhalt"}


def _value(text: str):
    """(tex, float, degrees?) of the value a stating phrase gives, or None."""
    from .symbolic import parse

    text = text.strip()
    if text.startswith("$"):
        inner = text.strip("$").split("$")[0]
    else:
        m = re.match(r"-?\d+(?:\.\d+)?(?:\s*/\s*\d+)?(?:\s*°)?", text)
        if not m:
            return None
        inner = m.group(0)
    inner = inner.split("=")[-1].split("\\approx")[0].strip().rstrip(".,，。")
    degrees = bool(re.search(r"\^\s*\{?\\circ\}?|°|\\degree", inner))
    body = re.sub(r"\^\s*\{?\\circ\}?|°|\\degree|\\text\{[^}]*\}|\\mathrm\{[^}]*\}", "", inner).strip()
    if not body or re.search(r"[a-zA-Z]", re.sub(r"\\(?:[dt]?frac|sqrt|cdot|pi)", "", body)):
        return None
    try:
        expr = parse(body)
        val = float(expr.subs("pi", 3.141592653589793).evalf()) if expr is not None else None
    except Exception:
        return None
    if val is None:
        return None
    if re.search(r"\\pi", body) and not degrees:
        val = val * 180 / 3.141592653589793  # an angle in radians, compared in degrees
    return inner, val, degrees or bool(re.search(r"\\pi", body))


def stated_values(sentence: str) -> list[tuple[str, str, float, bool]]:
    """(what, tex, value, in degrees) for each value the sentence states after a cue word."""
    out = []
    for what, cue in _CUES.items():
        for m in re.finditer(r"(?:" + cue + r")([^.。?？!！]{0,60}?)" + _VERB + r"\s*(?:about\s+|approximately\s+|约\s*)?(\$[^$]+\$|-?\d[\d./\s°]*)",
                             sentence, re.I):
            gap = m.group(1)
            if any(re.search(c, gap, re.I) for w, c in _CUES.items() if w != what):
                continue  # "求距离，并求体积 $V = 2$": the value is the other quantity's
            if gap.count("$") % 2 and not re.fullmatch(r"\s*(?:[A-Za-z](?:_\{?[^{}$]*\}?)?(?:\([^()$]*\))?|\\(?:cos\s*\\)?theta)\s*",
                                                       gap.rsplit("$", 1)[1]):
                continue  # the "=" of a formula (a plane's equation), not a value stated for the quantity
            got = _value(m.group(2))
            if got is not None:
                out.append((what, got[0], got[1], got[2]))
        if what == "volume":  # "has volume 16", "the volume 16"
            for m in re.finditer(r"volume\s+(\$[^$]+\$|\d+(?:\.\d+)?)", sentence, re.I):
                got = _value(m.group(1))
                if got is not None:
                    out.append((what, got[0], got[1], got[2]))
    return out


def _close(a: float, b: float, tex: str) -> bool:
    digits = re.search(r"\.(\d+)", tex)
    tol = 0.5 * 10 ** -len(digits.group(1)) + 1e-9 if digits and "\\" not in tex else 1e-6 * max(1, abs(b))
    return abs(a - b) <= tol + 1e-9


def _sentences(concept: str) -> list[str]:
    return [s for s in _SPLIT.split(concept) if s and s.strip()]


def _vectors3(info) -> list[tuple]:
    """The block's 3-vectors (column/row matrices, tuples), exact, not the named points."""
    import sympy as sp

    from .given import vectors

    flat = _flat(info.concept)
    points = {tuple(v) for v in named_points(info.concept).values()}
    out = []
    for v in vectors(info, 3):
        r = tuple(sp.nsimplify(c, rational=True) for c in v)
        if r not in points or not re.search(r"[A-Z]\s*=?\s*\(", flat):
            out.append(r)
    return list(dict.fromkeys(out))


def read_parallelepiped(info) -> Box | None:
    from .families import pattern

    if not pattern(VOLUME_OF_SOLID).search(info.concept) or len(named_points(info.concept)) >= 3:
        return None
    if not re.search(r"parallelepiped|平行六面体|Spat|triple|混合积|box", info.concept, re.I):
        return None
    vs = _vectors3(info)
    if len(vs) != 3:
        return None
    box = Box(*vs)
    if box.triple == 0 or any(abs(float(c)) > 8 for v in vs for c in v):
        return None  # coplanar: no box to draw; far off: it does not fit
    for s in _sentences(info.concept):
        for what, tex, val, deg in stated_values(s):
            if what == "volume" and not deg:
                vol = abs(box.triple)
                # a signed triple product may be stated with its sign
                ok = _close(val, float(vol), tex) or _close(val, float(box.triple), tex)
                box.stated.append(Stated("volume", tex, val, ok, vol))
    return box


def read_solid(info) -> Solid | None:
    """The tetrahedron/pyramid of the author's vertices (or a plane through three of them and a fourth point) and the
    quantities asked of it. None when the block does not give what it asks about."""
    concept = info.concept
    pts = named_points(concept)
    names = set(pts)
    solid_word = re.search(r"pyramid|tetrahedr|棱锥|四面体|锥|Pyramide|Tetraeder", concept, re.I)
    if len(pts) >= 4 and all(len(n) == 1 for n in pts) and len(pts) <= 5:
        order = list(pts)
        if len(pts) == 4:
            apex = "S" if "S" in pts else "P" if "P" in pts and solid_word else order[-1]
            base = tuple(n for n in order if n != apex)
            if _coplanar([pts[n] for n in order]):
                return None
        else:
            apexes = [a for a in order if _coplanar([pts[n] for n in order if n != a])
                      and not _coplanar([pts[n] for n in order])]
            if len(apexes) != 1:
                return None
            apex = apexes[0]
            base = tuple(n for n in order if n != apex)
            if not _convex_in_order([pts[n] for n in base]):
                return None
        if any(abs(float(c)) > 12 for p in pts.values() for c in p):
            return None
        solid = Solid(pts, base, apex if (solid_word or len(pts) == 5) else "", [])
        if not solid.solid and len(pts) == 4:
            solid.base = tuple(n for n in order if n != apex)  # a plane through three points and a fourth point
        return _asked(solid, concept, names)
    return None


_ASK = {"normal": r"normal|法向量|Normalenvektor",
        "plane": r"equation|方程|Gleichung|Koordinatenform|Normalenform",
        "distance": r"distance|距离|Abstand",
        "angle": r"angle|角|Winkel",
        "volume": r"volume|体积|Volumen",
        "area": r"\barea\b|面积|Flächeninhalt"}


def _asked(solid: Solid, concept: str, names: set) -> Solid | None:
    P = solid.points
    for s in _sentences(concept):
        faces = _faces_in(s, names, solid.base)
        plain = re.sub(r"(?:" + _FACE.pattern + ")", " ", s)
        singles = [c for c in re.findall(r"(?<![A-Za-z\\])([A-Z])(?![A-Za-z(])", plain) if c in names]
        for kind, cue in _ASK.items():
            if not re.search(cue, s, re.I):
                continue
            if kind == "volume":
                if solid.solid:
                    solid.asked.append(Asked("volume"))
            elif kind == "distance":
                if faces and singles:
                    point = next((c for c in singles if c not in faces[0]), None)
                    if point is None:
                        return None
                    solid.asked.append(Asked("distance", (faces[0],), point))
            elif kind == "angle":
                if len(faces) >= 2:
                    solid.asked.append(Asked("angle", tuple(faces[:2])))
                elif re.search(r"二面角|dihedral", s) or faces:
                    return None  # an angle we cannot pin to two faces (a line and a plane, a dihedral edge)
            elif kind in ("normal", "plane", "area"):
                if kind == "plane" and not faces:
                    continue
                for f in faces:
                    if kind == "area" and len(f) == 4 and f != "".join(solid.base):
                        return None
                    solid.asked.append(Asked(kind, (f,)))
        for what, tex, val, deg in stated_values(s):
            exact = _exact_for(solid, what, deg, faces, singles)
            if exact is None:
                return None  # a value stated for something we do not compute: never drawn as if checked
            ok = _close(val, float(exact), tex)
            solid.stated.append(Stated(what, tex, val, ok, exact))
    asked = {}
    for a in solid.asked:
        if any(_collinear(P, f) or (len(f) == 4 and not _coplanar([P[c] for c in f])) for f in a.faces if f != "E"):
            return None  # no plane: three points on a line, four not in one plane
        asked[(a.kind, a.faces, a.point)] = a
    solid.asked = list(asked.values())
    if not solid.asked:
        return None
    if not solid.solid and any(a.kind != "distance" and a.kind != "normal" and a.kind != "plane" for a in solid.asked):
        return None
    return solid


def _collinear(P, face):
    A, B, C = (P[c] for c in face[:3])
    return not any(cross(_vec(A, B), _vec(A, C)))


def _exact_for(solid: Solid, what: str, deg: bool, faces: list, singles: list):
    import sympy as sp

    P = solid.points
    if what == "volume" and solid.solid:
        return volume(solid)
    if what in ("distance", "height"):
        if faces and singles:
            point = next((c for c in singles if c not in faces[0]), None)
            return distance(P, P[point], faces[0]) if point else None
        if what == "height" and solid.solid:
            return distance(P, P[solid.apex], solid.base)
        return None
    if what == "angle" and len(faces) >= 2:
        c = angle(P, faces[0], faces[1])
        return sp.deg(sp.acos(c)) if deg else None
    if what == "area" and faces:
        return area(P, faces[0])
    return None
