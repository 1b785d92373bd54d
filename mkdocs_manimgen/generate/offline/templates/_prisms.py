"""Prisms, pyramids, bipyramids and antiprisms over a regular n-gon, read from the block's prose.

"a hexagonal prism", "a square pyramid", "a 7-gonal antiprism", "an n-gonal prism" with
``n = 9`` in the math, "正五棱柱", "四棱锥", "五角双锥", "四角反棱柱".  Only the vertices are
built here; the polyhedron family takes the faces from their convex hull and counts V, E, F
on that mesh, so nothing is asserted from the textbook formulas (V = 2n for a prism...).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from ..given import assigned

KINDS = ("prism", "pyramid", "bipyramid", "antiprism")
_EN_ADJ = {"triangular": 3, "square": 4, "quadrilateral": 4, "pentagonal": 5, "hexagonal": 6, "heptagonal": 7,
           "octagonal": 8, "nonagonal": 9, "enneagonal": 9, "decagonal": 10}
_ZH_NUM = {"三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_EN_NAME = {3: "triangular", 4: "square", 5: "pentagonal", 6: "hexagonal", 7: "heptagonal", 8: "octagonal",
            9: "nonagonal", 10: "decagonal"}
_ZH_NAME = {"prism": "棱柱", "pyramid": "棱锥", "bipyramid": "角双锥", "antiprism": "角反棱柱"}
EN_PATTERN = (r"(?P<adj>" + "|".join(_EN_ADJ) + r"|(?P<num>(?<!\d)\d+|n)\s*-\s*gonal)(?:[-\s]based)?\s+"
              r"(?P<kind>antiprism|prism|bipyramid|dipyramid|pyramid)s?\b")
ZH_PATTERN = r"(?P<num>[三四五六七八九十]|(?<!\d)\d+|n)\s*(?:(?P<kind>棱柱|棱锥)|角\s*(?P<kind2>双锥|双棱锥|反棱柱))"
_EN = re.compile(EN_PATTERN, re.I)
_ZH = re.compile(ZH_PATTERN)
N_MAX = 12  # bases up to a dodecagon: more sides look like a cylinder or cone


@dataclass(frozen=True)
class Prismatoid:
    kind: str  # one of KINDS
    n: int  # sides of the base

    @property
    def names(self) -> tuple[str, str]:
        en = f"{_EN_NAME.get(self.n, f'{self.n}-gonal')} {self.kind}"
        zh = f"正{_ZH_NUM_INV.get(self.n, str(self.n))}{_ZH_NAME[self.kind]}"
        return en, zh


_ZH_NUM_INV = {v: k for k, v in _ZH_NUM.items()}


def named(info) -> Prismatoid | None:
    """The prism-like solid the prose names, its n from the name or from ``n = ...`` in the math."""
    text = info.prose
    m = _EN.search(text)
    if m:
        kind = {"dipyramid": "bipyramid"}.get(m["kind"].lower(), m["kind"].lower())
        n = _EN_ADJ.get(m["adj"].lower()) if m["num"] is None else _count(m["num"], info)
    else:
        m = _ZH.search(text)
        if not m:
            return None
        kind = {"棱柱": "prism", "棱锥": "pyramid"}.get(m["kind"]) if m["kind"] else \
            ("antiprism" if m["kind2"] == "反棱柱" else "bipyramid")
        n = _count(m["num"], info)
    return Prismatoid(kind, n) if n is not None and 3 <= n <= N_MAX else None


def _count(token: str, info) -> int | None:
    if token in _ZH_NUM:
        return _ZH_NUM[token]
    if token.isdigit():
        return int(token)
    value = assigned(info, ("n",)).get("n")  # "an n-gonal prism" with n = 7
    return int(value) if value is not None and float(value).is_integer() else None


def vertices(solid: Prismatoid) -> np.ndarray:
    """Vertex coordinates, shape (V, 3): base polygon(s) of circumradius 1 about the z-axis."""
    n = solid.n
    ring = [(math.cos(2 * math.pi * k / n - math.pi / 2), math.sin(2 * math.pi * k / n - math.pi / 2)) for k in range(n)]
    twist = [(math.cos(2 * math.pi * (k + 0.5) / n - math.pi / 2), math.sin(2 * math.pi * (k + 0.5) / n - math.pi / 2))
             for k in range(n)]
    if solid.kind == "prism":
        pts = [(x, y, -0.75) for x, y in ring] + [(x, y, 0.75) for x, y in ring]
    elif solid.kind == "pyramid":
        pts = [(x, y, -0.6) for x, y in ring] + [(0.0, 0.0, 0.9)]
    elif solid.kind == "bipyramid":
        pts = [(x, y, 0.0) for x, y in ring] + [(0.0, 0.0, 1.2), (0.0, 0.0, -1.2)]
    else:
        pts = [(x, y, -0.55) for x, y in ring] + [(x, y, 0.55) for x, y in twist]
    return np.round(np.array(pts, dtype=float), 9)
