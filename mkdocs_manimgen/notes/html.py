"""The study notes beside each animation: the notes' Markdown as the page's HTML."""

from __future__ import annotations

import html
import re

from ..model import BlockSpec, SceneDraft
from .answers import PLACEHOLDER, split_answers
from .parse import NotesMarkdown

_HEADING = re.compile(r"<(/?)h([1-6])")


class NotesRenderer:
    """Converts notes with the page's Markdown extensions, so math renders like the page's own.

    `extensions`/`mdx_configs` are MkDocs' `markdown_extensions`/`mdx_configs`; `markdown` is the
    parser, which the PDF guide shares (PdfGuides(store, log, markdown=renderer.markdown)).
    """

    def __init__(self, extensions: list, mdx_configs: dict, fence_name: str):
        self.markdown = NotesMarkdown(extensions, mdx_configs, fence_name)

    def render(self, draft: SceneDraft, spec: BlockSpec) -> str:
        text = draft.notes_md.strip() or notes_from_storyboard(draft)
        text, answers = split_answers(text)
        out = self._convert(text)
        for i, answer in enumerate(answers):
            # collapsible whatever the site's extensions: our own <details>, the answer converted alone
            block = (f'<details class="manimgen-answer"><summary>{html.escape(answer.label)}</summary>\n'
                     f"{self._convert(answer.body)}\n</details>")
            token = PLACEHOLDER.format(i)
            out, n = re.subn(rf"<p>\s*{token}\s*</p>", lambda _: block, out)
            if not n:
                out = out.replace(token, block)
        return out

    def _convert(self, text: str) -> str:
        html_text = self.markdown.html(text)
        # notes sit inside the page: their headings start below the page's h2/h3
        return _HEADING.sub(lambda m: f"<{m[1]}h{min(6, int(m[2]) + 2)}", html_text)


def notes_from_storyboard(draft: SceneDraft) -> str:
    if not draft.storyboard:
        return ""
    return "\n".join(f"{i}. **{b.title}** — {b.narration}" for i, b in enumerate(draft.storyboard, 1))
