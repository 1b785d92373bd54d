"""HTML for a block: the figure (video or gif, notes, panels) or a visible error box."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Callable

from jinja2 import Environment, PackageLoader, select_autoescape

from .captions import clock
from .errors import ManimGenError
from .language import LABELS, block_language
from .model import BlockSpec

if TYPE_CHECKING:
    from .pipeline import BlockResult

_env = Environment(loader=PackageLoader("mkdocs_manimgen", "templates"), autoescape=select_autoescape(["j2"]),
                   trim_blocks=False, keep_trailing_newline=False)

MIME = {"webm": "video/webm", "mp4": "video/mp4"}
HIGHLIGHTER_VERSION = "pygments-highlight-1"  # in the cache key of highlighted code


def anchor(spec: BlockSpec) -> str:
    digest = hashlib.sha256(f"{spec.page}:{spec.line}".encode()).hexdigest()[:8]
    return f"manimgen-{digest}"


def figure_html(spec: BlockSpec, result: "BlockResult", *, url_for: Callable[[str], str], notes_html: str) -> str:
    """The figure of a finished block: video (or gif), notes, storyboard/code/reasoning panels.

    `url_for(name)` turns an asset's file name into its URL as seen from the page."""
    draft, media, derived = result.draft, result.media, result.derived
    lang = block_language(spec)
    text = LABELS[lang]
    title = spec.title or (draft.storyboard[0].title if draft.storyboard else "")
    label = title or "Animation"
    sources = [{"url": url_for(media.files[fmt]), "type": MIME[fmt]} for fmt in spec.formats if fmt in MIME]
    gif = url_for(media.files["gif"]) if not sources and "gif" in media.files else None
    beats = [{"clock": clock(b.start), "title": b.title, "narration": b.narration} for b in draft.storyboard]
    alt = label + (": " + " ".join(b.narration for b in draft.storyboard) if draft.storyboard else "")
    note = None
    if result.fallback_reason:
        note = text["offline_note"]
    return _env.get_template("figure.html.j2").render(
        anchor=anchor(spec), location=spec.location, media=media, gif=gif, sources=sources,
        poster=url_for(media.poster), captions=url_for(derived.captions) if derived.captions else None, lang=lang,
        caption_label=text["captions"], label=label, alt=alt[:500], title=spec.title, notes_html=notes_html,
        pdf=url_for(derived.pdf) if derived.pdf else None, storyboard=beats, code=draft.code,
        code_url=url_for(derived.code) if derived.code else None, reasoning=draft.reasoning,
        text=text, generator_note=note, error=False)


def error_html(spec: BlockSpec | None, error: ManimGenError, location: str) -> str:
    return _env.get_template("error.html.j2").render(
        location=location, message=error.message, hint=error.hint, detail=getattr(error, "detail", ""))


def code_html(code: str) -> str:
    """Highlighted like Material's code blocks (Pygments' `highlight` class)."""
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PythonLexer

    return highlight(code, PythonLexer(), HtmlFormatter(cssclass="highlight", wrapcode=True))

