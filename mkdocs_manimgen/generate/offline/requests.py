"""What the offline designer makes of a block's `revise:` requests: the few it can honour.

One table, read in order: each row is a pattern (English or Chinese, case-insensitive), what it
sets and the value. A request may match several rows ("slower, in 3D"); a request no row reads is
ignored, and the design says so (`SceneDraft.ignored`: the figure, the notes and a build warning).
Requests are applied oldest first: paces multiply, a later quality or dimension wins.

Bump `generate.REVISION_VERSION` when a row changes: it is in every revised design's cache key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SLOWER = 1.5  # one "slower" stretches every run_time and wait by this; "faster" divides by it

# (pattern, what it sets, value)
ROWS: tuple[tuple[str, str, object], ...] = (
    (r"\bslow|more time|放慢|慢一?点|慢些|更慢", "pace", SLOWER),
    (r"\bfast|\bquick|speed (it )?up|加快|快一?点|快些|更快", "pace", 1 / SLOWER),
    # qualities lowest first: of two rows one request matches (超高清 holds 高清), the higher wins
    (r"\b(low(er)?|draft)\b[^.;]*\b(quality|resolution)\b|\b480p?\b|低画质|草稿", "quality", "low"),
    (r"\bmedium\b[^.;]*\b(quality|resolution)\b|\b720p?\b|中等画质", "quality", "medium"),
    (r"\b(high(er)?|hd|1080p?)\b[^.;]*\b(quality|resolution)\b|\b(sharper|crisper|full hd)\b|高清|高画质",
     "quality", "high"),
    (r"\b(4k|2160p?|ultra)\b|超高清", "quality", "ultra"),
    (r"\b3-?d\b|three[- ]dimension|\bin space\b|立体|三维", "three_d", True),
    (r"\b2-?d\b|two[- ]dimension|\bflat\b|\bin the plane\b|平面|二维", "three_d", False),
)
_COMPILED = tuple((re.compile(p, re.I), what, value) for p, what, value in ROWS)


@dataclass(frozen=True)
class Wishes:
    """What the requests ask of the offline designer.

    pace: multiplies every run_time and wait; quality: a render quality name or None;
    three_d: True/False for a 3D/2D scene, None when no request says; asked_dimension: the
    request that said so (ignored after all when no family of that kind draws the block);
    ignored: the requests no row reads, in order."""

    pace: float = 1.0
    quality: str | None = None
    three_d: bool | None = None
    asked_dimension: str | None = None
    ignored: tuple[str, ...] = field(default_factory=tuple)


def read(requests: tuple[str, ...] | list[str]) -> Wishes:
    """The Wishes of `requests` (oldest first) by the table above."""
    pace, quality, three_d, asked, ignored = 1.0, None, None, None, []
    for request in requests:
        matched = False
        for pattern, what, value in _COMPILED:
            if not pattern.search(request):
                continue
            matched = True
            if what == "pace":
                pace *= float(value)  # type: ignore[arg-type]
            elif what == "quality":
                quality = str(value)
            else:
                three_d, asked = bool(value), request
        if not matched:
            ignored.append(request)
    return Wishes(round(pace, 4), quality, three_d, asked, tuple(ignored))
