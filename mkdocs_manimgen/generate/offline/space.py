"""A line or a plane in space given by the author's point and direction (or normal) vector.

:func:`read_space_line` reads which 3-vector is the point and which the direction/normal from the
words just before each (``through the point``, ``direction vector``, ``normal``; ``过点``, ``方向向量``,
``法向量``); ``None`` when the block does not say, or a vector is zero.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
