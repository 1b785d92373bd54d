"""Deterministic fixes for the wrong Manim code models (and people) write most, before a repair call.

Each rewrite is a row of :data:`FIXUPS` (:mod:`.table`) with a stable id. Rewrites work on
AST node positions, so text inside comments is never touched, and they are idempotent: a
second run finds nothing left to change. Model code is rewritten before it is validated;
hand-written code is rendered as written, and :func:`fixup_hint` tells its author when
`manimgen fix` would change it.
"""

from __future__ import annotations

from . import pyast
from .edits import Change, Source, apply
from .fixup_api import ApiCollector
from .fixup_camera import CameraCollector
from .fixup_manim_api import ManimApiCollector
from .fixup_names import NamesCollector
from .fixup_tex import TexCollector
from .fixup_updaters import UpdaterCollector
from .table import FIXUPS, PROMPT_NAMES, REMOVED_NAMES, RENAMES, ROWS, Fixup

__all__ = ["FIXUPS", "PROMPT_NAMES", "RENAMES", "ROWS", "Change", "Fixup", "apply_fixups", "fixup_changes",
           "fixup_hint", "replacement_for"]

_COLLECTORS = (NamesCollector, ApiCollector, TexCollector, CameraCollector, UpdaterCollector)
# Run once the others have nothing left to do: a keyword or import is judged against the real
# Manim only after the rows that rewrite it (x_min=, Code(code=), renamed classes) have.
_LATE = (ManimApiCollector,)
_MAX_PASSES = 8  # nested rewrites (ApplyMethod(m.become, TextMobject(...))) take passes


def fixup_changes(code: str) -> tuple[str, list[Change]]:
    """Rewrite ``code`` with every row of the table; the new code and one :class:`Change` per rewrite.

    Code that does not parse is returned unchanged (positions are unknown: the repair loop
    or the author fixes the syntax first)."""
    changes: list[Change] = []
    for _ in range(_MAX_PASSES):
        try:
            tree = pyast.parse(code)
        except pyast.PARSE_ERRORS:
            return code, changes
        src = Source(code)
        edits = [e for c in _COLLECTORS for e in c(src, tree).edits]
        if not edits:
            edits = [e for c in _LATE for e in c(src, tree).edits]
        if not edits:
            break
        code = apply(code, edits, changes)
    return code, changes


def apply_fixups(code: str) -> tuple[str, list[str]]:
    """Rewrite old / wrong Manim constructs; returns the new code and one note per rewrite."""
    new, changes = fixup_changes(code)
    return new, [str(c) for c in changes]


def replacement_for(name: str) -> str | None:
    """What replaced a removed or renamed Manim name (``GraphScene``, ``TexMobject``, ``ShowCreation``),
    as the modern name or short advice; None for a name the table does not know."""
    row = REMOVED_NAMES.get(name.strip().lstrip("."))
    if row is None:
        return None
    return f"{row.new} ({row.why})"


def fixup_hint(code: str) -> str | None:
    """For a failed hand-written scene: a sentence naming what `manimgen fix` would change, or None."""
    _, changes = fixup_changes(code)
    if not changes:
        return None
    rows = sorted({c.row for c in changes if c.row})
    return (f"`manimgen fix FILE` knows {len(changes)} rewrite{'s' if len(changes) > 1 else ''} for this scene "
            f"({', '.join(rows)}): run it on the scene's file (for a `code:` block, save the code as a .py file "
            "first); hand-written code is rendered as written")
