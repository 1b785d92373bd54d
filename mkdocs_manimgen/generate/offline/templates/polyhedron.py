"""polyhedron: the Platonic or Archimedean solid, or the n-gonal prism, pyramid, bipyramid or
antiprism the block names, with V, E and F counted on the built mesh.

Vertices come from the standard coordinates (sign changes and permutations; regular n-gons
for the prism-like solids, see ``_prisms``); the faces are the convex hull's facets (scipy at
design time, coplanar triangles merged), so the scene only carries numbers and a manim
``Polyhedron``.  V, E and F are counted on that mesh and Euler's V - E + F = 2 is checked there.
"""

from __future__ import annotations

import itertools
import math
import re

import numpy as np

from ..families import no_formula
from ..notes import check
from . import _prisms
from ._three_d import axes_code  # noqa: F401  (the 3D conventions live there)
from .common import Ctx, fmt, math_mob

TITLE = ("Polyhedra and Euler's Formula", "多面体与欧拉公式")
WHAT = ("A convex polyhedron with $V$ vertices, $E$ edges and $F$ faces always has $V - E + F = 2$ (Euler's polyhedron "
        "formula). The animation counts the three for the solid named in the block.",
        "凸多面体的顶点数 $V$、棱数 $E$、面数 $F$ 总满足 $V - E + F = 2$（欧拉多面体公式）。动画对题中的多面体逐一计数。")
PRIORITY = 110
THREE_D = True
PHI = (1 + math.sqrt(5)) / 2

# name: (English pattern, Chinese pattern, English name, Chinese name, generator of "signed permutation" seeds, cyclic only)
_SOLIDS = [
    ("truncated_icosahedron", r"truncated\s+icosahedron|soccer\s*ball|football|buckyball", r"截角二十面体|足球", "truncated icosahedron", "截角二十面体",
     [(0, 1, 3 * PHI), (1, 2 + PHI, 2 * PHI), (PHI, 2, PHI ** 3)], True),
    ("truncated_octahedron", r"truncated\s+octahedron", r"截角八面体", "truncated octahedron", "截角八面体", [(0, 1, 2)], False),
    ("truncated_cube", r"truncated\s+cube", r"截角立方体|截角六面体", "truncated cube", "截角立方体", [(math.sqrt(2) - 1, 1, 1)], False),
    ("truncated_tetrahedron", r"truncated\s+tetrahedron", r"截角四面体", "truncated tetrahedron", "截角四面体", [(3, 1, 1)], "even"),
    ("rhombicuboctahedron", r"rhombicuboctahedron", r"小斜方截半立方体", "rhombicuboctahedron", "小斜方截半立方体", [(1, 1, 1 + math.sqrt(2))], False),
    ("cuboctahedron", r"cuboctahedron", r"截半立方体|立方八面体", "cuboctahedron", "截半立方体", [(1, 1, 0)], False),
    ("icosidodecahedron", r"icosidodecahedron", r"截半二十面体", "icosidodecahedron", "截半二十面体",
     [(0, 0, PHI), (0.5, PHI / 2, PHI ** 2 / 2)], True),
    ("dodecahedron", r"dodecahedr", r"十二面体", "dodecahedron", "正十二面体", [(1, 1, 1), (0, 1 / PHI, PHI)], True),
    ("icosahedron", r"icosahedr", r"二十面体", "icosahedron", "正二十面体", [(0, 1, PHI)], True),
    ("octahedron", r"octahedr", r"八面体", "octahedron", "正八面体", [(1, 0, 0)], False),
    ("tetrahedron", r"tetrahedr", r"四面体", "tetrahedron", "正四面体", [(1, 1, 1)], "even"),
    ("cube", r"\bcubes?\b|hexahedr", r"立方体|正方体|六面体", "cube", "正方体", [(1, 1, 1)], False),
]
KEYWORDS = (r"polyhedr", r"多面体", _prisms.EN_PATTERN, _prisms.ZH_PATTERN, r"platonic", r"archimedean", r"柏拉图立体", r"阿基米德立体",
            r"euler'?s?\s+(polyhedron\s+)?formula.*(vert|edge|face)", r"V\s*-\s*E\s*\+\s*F", r"顶点.*棱.*面",
            r"tetrahedr|octahedr|dodecahedr|icosahedr|cuboctahedr", r"正[四八]面体|正十二面体|正二十面体|截角|截半")
TEX_PATTERNS = (r"V\s*-\s*E\s*\+\s*F",)


def _named(text: str):
    for entry in _SOLIDS:
        if re.search(entry[1], text, re.I) or re.search(entry[2], text):
            return entry
    return None


def needs(info):
    """A solid the prose names (math, if any, about V, E, F alone), or Euler's formula with no solid named."""
    tex = " ".join(info.blocks)
    if info.blocks and re.search(r"[a-uw-z]\s*\(|\\int|\\sum|\\frac\{d", tex):  # functions, integrals: not about counting
        return None
    if not _counting_only(info):  # "V = \frac13 Bh", "V = a^3": a volume, not a count
        return None
    named = _prisms.named(info) or _named(info.prose)
    if named is not None:
        return named
    if no_formula(info) or re.search(r"V\s*-\s*E\s*\+\s*F|V\s*\+\s*F\s*-\s*E", tex):
        return _SOLIDS[-1]  # the cube, said to be an example
    return None


def _counting_only(info) -> bool:
    """Every formula is about counting: only V, E, F, n and numbers (\\chi and spacing aside)."""
    for tex in info.blocks:
        letters = re.sub(r"\\(chi|quad|qquad|text\{[^}]*\}|[,;:! ])", " ", tex)
        if set(re.findall(r"[A-Za-z]", letters)) - set("VEFn"):
            return False
    return True


def shape(found) -> tuple[str, str, np.ndarray]:
    """(English name, Chinese name, vertices) of a ``_SOLIDS`` entry or a ``_prisms.Prismatoid``."""
    if isinstance(found, _prisms.Prismatoid):
        pts = _prisms.vertices(found)
        return (*found.names, pts / np.max(np.linalg.norm(pts, axis=1)))
    return found[3], found[4], vertices(found)


def counts(pts: np.ndarray, fs: list[list[int]]) -> tuple[int, int, int]:
    """V, E, F of the mesh: E is the number of distinct face sides.  Raises ValueError unless the
    mesh is a closed surface (each edge on exactly two faces) with V - E + F = 2."""
    sides: dict[frozenset, int] = {}
    for f in fs:
        for a, b in zip(f, f[1:] + f[:1]):
            sides[frozenset((a, b))] = sides.get(frozenset((a, b)), 0) + 1
    V, E, F = len(pts), len(sides), len(fs)
    if set(sides.values()) != {2} or V - E + F != 2:
        raise ValueError(f"the built mesh is not a closed convex polyhedron (V={V}, E={E}, F={F})")
    return V, E, F


def vertices(entry) -> np.ndarray:
    seeds, mode = entry[5], entry[6]
    pts = set()
    for seed_ in seeds:
        perms = ([seed_[i:] + seed_[:i] for i in range(3)] if mode is True else set(itertools.permutations(seed_)))
        for p in perms:
            for signs in itertools.product((1, -1), repeat=3):
                if mode == "even" and signs.count(-1) % 2:
                    continue
                pts.add(tuple(round(s * c, 9) for s, c in zip(signs, p)))
    arr = np.array(sorted(pts), dtype=float)
    return arr / np.max(np.linalg.norm(arr, axis=1))


def faces(pts: np.ndarray) -> list[list[int]]:
    """The hull's faces as vertex cycles (coplanar triangles merged), in a fixed order."""
    from scipy.spatial import ConvexHull

    hull = ConvexHull(pts)
    groups: dict[tuple, set] = {}
    for simplex, eq in zip(hull.simplices, hull.equations):
        groups.setdefault(tuple(np.round(eq, 6)), set()).update(int(i) for i in simplex)
    out = []
    for eq, idx in sorted(groups.items()):
        normal = np.array(eq[:3])
        centre = pts[list(idx)].mean(axis=0)
        e1 = pts[min(idx)] - centre
        e1 /= np.linalg.norm(e1)
        e2 = np.cross(normal, e1)
        order = sorted(idx, key=lambda i: math.atan2(np.dot(pts[i] - centre, e2), np.dot(pts[i] - centre, e1)))
        out.append(order)
    return out


def build(ctx: Ctx) -> None:
    w = ctx.w
    found = needs(ctx.info) or _SOLIDS[-1]
    en, zh, pts = shape(found)
    fs = faces(pts)
    V, E, F = counts(pts, fs)
    name = ctx.L(en, zh)
    ctx.facts.update(name=name, V=V, E=E, F=F)
    if isinstance(found, _prisms.Prismatoid):
        bigger = _prisms.Prismatoid(found.kind, found.n + 1)
        big_pts = shape(bigger)[2]
        ctx.facts.update(n=found.n, bigger=ctx.L(*bigger.names), more=counts(big_pts, faces(big_pts)))
    example = _named(ctx.info.prose) is None and not isinstance(found, _prisms.Prismatoid)
    lead = ctx.L("For instance, a", "例如，") if example else ctx.L("A", "")
    w.beat(ctx.title, ctx.L(f"{lead} {name}: its faces are {_face_kinds(pts, fs, False)}.",
                            f"{lead}{name}：它的面是{_face_kinds(pts, fs, True)}。"))
    w.code("self.set_camera_orientation(phi=70 * DEGREES, theta=-50 * DEGREES, zoom=0.9)")
    w.title(ctx.title)
    rows = [("V", V, "YELLOW"), ("E", E, "TEAL"), ("F", F, "BLUE")]
    w.code(
        "counts = VGroup(" + ", ".join(math_mob(f"{k} = {n}", 40, c) for k, n, c in rows) + ")",
        "counts.arrange(DOWN, aligned_edge=LEFT, buff=0.3).to_corner(UL, buff=0.5).shift(DOWN * 0.8)",
        f"euler = {math_mob(f'V - E + F = {V} - {E} + {F} = {V - E + F}', 40)}.to_edge(DOWN, buff=0.5)",
        "self.add_fixed_in_frame_mobjects(counts, euler)",
        "self.remove(counts, euler)",
        f"vertices = {np.round(pts * 2.4, 4).tolist()}",
        f"faces = {fs}",
        "solid = Polyhedron(vertices, faces, faces_config={\"fill_color\": BLUE_D, \"fill_opacity\": 0.55, \"stroke_width\": 0},",
        "                   # flat dots: Dot3D has 64 shaded faces each, 3840 for a truncated icosahedron",
        "                   graph_config={\"vertex_type\": Dot, \"vertex_config\": {\"radius\": 0.06, \"color\": YELLOW},",
        "                                 \"edge_config\": {\"stroke_color\": TEAL, \"stroke_width\": 3}})",
    )
    w.play("Write(title)", 1)
    w.play("Create(solid.faces)", 1.6)
    w.beat(ctx.L("Count the vertices", "数顶点"), ctx.L(f"It has $V = {V}$ vertices.", f"它有 $V = {V}$ 个顶点。"))
    w.play("FadeIn(VGroup(*solid.graph.vertices.values())), FadeIn(counts[0])", 1.2)
    w.beat(ctx.L("Count the edges", "数棱"), ctx.L(f"$E = {E}$ edges, each shared by two faces.", f"$E = {E}$ 条棱，每条棱属于两个面。"))
    w.play("Create(VGroup(*solid.graph.edges.values())), FadeIn(counts[1])", 1.4)
    w.beat(ctx.L("Count the faces", "数面"), ctx.L(f"$F = {F}$ faces.", f"$F = {F}$ 个面。"))
    w.play("Indicate(solid.faces, color=BLUE_B), FadeIn(counts[2])", 1.2)
    w.beat(ctx.L("Euler's formula", "欧拉公式"),
           ctx.L(f"$V - E + F = {V} - {E} + {F} = 2$, as for every convex polyhedron.",
                 f"$V - E + F = {V} - {E} + {F} = 2$，对所有凸多面体都成立。"))
    w.play("Write(euler)", 1.2)
    w.move_camera("phi=55 * DEGREES, theta=30 * DEGREES", 2.2)
    w.wait(1)


_FACE_NAMES = {3: ("triangle", "三角形"), 4: ("square", "正方形"), 5: ("pentagon", "正五边形"), 6: ("hexagon", "正六边形"),
               7: ("heptagon", "正七边形"), 8: ("octagon", "正八边形"), 9: ("nonagon", "正九边形"), 10: ("decagon", "正十边形")}


def _face_kind(pts: np.ndarray, face: list[int]) -> tuple[str, str]:
    """The face's name: by its number of sides, a quadrilateral with unequal sides a rectangle."""
    k = len(face)
    sides = [np.linalg.norm(pts[a] - pts[b]) for a, b in zip(face, face[1:] + face[:1])]
    if k == 4 and max(sides) - min(sides) > 1e-6:
        return "rectangle", "矩形"
    return _FACE_NAMES.get(k, (f"{k}-gon", f"{k} 边形"))


def _face_kinds(pts: np.ndarray, fs, zh: bool) -> str:
    found: dict[tuple[int, tuple[str, str]], int] = {}
    for f in fs:
        key = (len(f), _face_kind(pts, f))
        found[key] = found.get(key, 0) + 1
    parts = [f"{n} 个{names[1]}" if zh else f"{n} {names[0]}{'s' if n > 1 else ''}" for (_, names), n in sorted(found.items())]
    return ("、" if zh else " and ").join(parts)


@check("polyhedron")
def _check(f):
    if "more" in f:  # a prism-like solid: the next one up, counted on its own built mesh
        V, E, F = f["more"]
        return (f"Give the base one more side: how many vertices, edges and faces has the {f['bigger']}?",
                f"底面多一条边：{f['bigger']}有多少个顶点、多少条棱、多少个面？",
                f"$V = {V}$, $E = {E}$, $F = {F}$ (up from {f['V']}, {f['E']}, {f['F']}), and still $V - E + F = {V} - {E} + {F} = 2$.",
                f"$V = {V}$，$E = {E}$，$F = {F}$（原来是 {f['V']}、{f['E']}、{f['F']}），仍有 $V - E + F = {V} - {E} + {F} = 2$。")
    return (f"Cut one corner off the {f['name']} with a small flat cut. How do $V$, $E$ and $F$ change, and what is $V - E + F$ now?",
            f"在{f['name']}的一个顶点处切下一个小角，$V$、$E$、$F$ 如何变化？$V - E + F$ 现在是多少？",
            "If $k$ edges met at that vertex, the cut removes 1 vertex and adds $k$ (so $V$ grows by $k - 1$), adds $k$ edges and 1 face: "
            "$V - E + F$ is still 2.",
            "若该顶点处有 $k$ 条棱，切掉后顶点减 1 加 $k$（$V$ 增加 $k - 1$），棱增加 $k$，面增加 1：$V - E + F$ 仍是 2。")
