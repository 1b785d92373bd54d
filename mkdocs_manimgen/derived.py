"""The stage after rendering: what a figure links to besides its media.

Captions and chapters (WebVTT from the beats, captions.py), the scene code highlighted as HTML (fetched when the
code panel opens) and the PDF scene guide. Each is content-addressed or cached, so a warm
build only looks them up.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from importlib.metadata import version
from typing import TYPE_CHECKING

from .cache import Store, cache_key
from .model import BlockSpec

if TYPE_CHECKING:
    from .notes import PdfGuides
    from .pipeline import BlockResult


@dataclass
class DerivedAssets:
    """What a figure links to besides the media: file names, each published into the site.

    `texts` holds the content of the names that are not files in the store (captions, highlighted
    code); the PDF is a file in the store's media folder.
    """

    captions: str | None = None  # WebVTT of the storyboard's narration
    chapters: str | None = None  # WebVTT chapters: one cue per beat (storyboard or the scene's sections)
    code: str | None = None  # the scene code highlighted as HTML, fetched when the code panel opens
    pdf: str | None = None  # the PDF scene guide
    texts: dict[str, str] = field(default_factory=dict)


def derive(spec: BlockSpec, result: "BlockResult", store: Store, guides: "PdfGuides | None",
           log: logging.Logger) -> None:
    """Fill `result.derived` for a rendered block: captions, highlighted code (cached) and the PDF
    guide (cached by PdfGuides). A guide problem becomes a warning, never a failure."""
    from .captions import beat_spans, chapters_vtt, figure_beats, webvtt

    draft, media, derived = result.draft, result.media, result.derived
    spans = beat_spans(figure_beats(draft, media), media.duration)
    for attr, vtt in (("captions", webvtt(spans)), ("chapters", chapters_vtt(spans))):
        if vtt:
            setattr(derived, attr, f"{_digest(vtt)}.vtt")
            derived.texts[getattr(derived, attr)] = vtt
    key = code_html_key(draft.code)
    html = store.get_text(key)
    if html is None:
        from .embed import code_html

        html = code_html(draft.code)
        store.put_text(key, html, tag="html")
    derived.code = f"{key.split(':', 1)[1][:20]}.code.html"
    derived.texts[derived.code] = html
    if spec.pdf and guides is not None:
        try:
            guide = guides.build(spec, draft, media)
        except Exception as err:  # noqa: BLE001 - a guide problem must never cost the animation
            log.debug("PDF guide failed", exc_info=True)
            result.warnings.append(f"no PDF scene guide: {type(err).__name__}: {err}")
        else:
            derived.pdf = guide.file
            result.warnings.extend(guide.warnings)


def code_html_key(code: str) -> str:
    """The cache key of a scene's highlighted HTML (the highlighter's version and Pygments' are in it)."""
    from .embed import HIGHLIGHTER_VERSION

    return cache_key("code-html", code=code, highlighter=HIGHLIGHTER_VERSION, pygments=version("pygments"))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]
