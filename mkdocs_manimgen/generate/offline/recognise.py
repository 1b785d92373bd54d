"""Recognise which visual family a concept belongs to.

Evidence ranks the families: prose keywords (English and Chinese) and telling LaTeX first,
then the structure of the formula (a ``\\sum``, an ``\\int``...), each family declaring its
own in its template module (see :mod:`.families`).  The block's own mathematics decides:
the first family in that ranking whose ``needs`` are met by the block is chosen, and the
generic families (``equation``, then ``explainer``) take what no specific one can draw.
"""

from __future__ import annotations

from .families import registry
from .latex import MathInfo, extract

__all__ = ["FAMILIES", "THREE_D", "candidates", "classify", "classify_info"]


def __getattr__(name: str):
    if name == "FAMILIES":
        return tuple(registry())
    if name == "THREE_D":
        return frozenset(n for n, f in registry().items() if f.three_d)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def classify(concept: str) -> str:
    """The family name for a concept (one of FAMILIES; ``explainer`` when nothing fits)."""
    try:
        return classify_info(extract(concept))
    except Exception:  # classification must never break a build
        return "explainer"


def candidates(info: MathInfo) -> list[str]:
    """Families with evidence in the block, strongest first, then the generic ones."""
    ranked = []
    for family in registry().values():
        if family.generic:
            continue
        tier = family.tier(info)
        if tier is not None:
            ranked.append((tier, family.priority, family.name))
    return [name for *_, name in sorted(ranked)] + [f.name for f in registry().values() if f.generic]


def classify_info(info: MathInfo) -> str:
    families = registry()
    for name in candidates(info):
        if families[name].needs(info):
            return name
    return "explainer"
