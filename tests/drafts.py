"""A block designed offline as the offline tests design it, and what its scene says: one home for the two helpers
that forty test files had each written out."""

from __future__ import annotations

from mkdocs_manimgen.generate.offline.designer import generate_draft
from mkdocs_manimgen.model import BlockSpec


def draft(concept: str):
    """The offline design (a ``SceneDraft``) of ``concept`` as a block at line 1 of ``t.md``."""
    return generate_draft(BlockSpec(page="t.md", line=1, concept=concept))


def said(design) -> str:
    """Everything the design's storyboard narrates, beat after beat, as one string."""
    return " ".join(b.narration for b in design.storyboard)
