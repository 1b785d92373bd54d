"""The offline generator: a "teaching designer" that needs no network.

It recognises the concept's family (see :mod:`.recognise`), fills that family's template
with the block's own formula/function, and writes study notes. The same input always gives
byte-identical output. The designer itself (:mod:`.designer`) loads on first use, so a build
whose designs are all cached reads `VERSION` without importing numpy or sympy.
"""

from __future__ import annotations

VERSION = "39"  # in the generation cache key: bump whenever the output for the same input changes

__all__ = ["VERSION", "OfflineGenerator", "classify", "FAMILIES", "generate_draft"]


def __getattr__(name: str):
    if name in ("OfflineGenerator", "classify", "FAMILIES", "generate_draft", "THREE_D"):
        from . import designer

        return getattr(designer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
