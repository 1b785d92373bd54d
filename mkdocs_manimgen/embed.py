"""HTML for a block: the figure (video or gif, notes, panels) or a visible error box."""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Callable

from jinja2 import Environment, PackageLoader, select_autoescape
from mkdocs.utils import get_relative_url

from .captions import beat_spans, clock, figure_beats
from .errors import ManimGenError
from .language import LABELS, block_language, block_title
from .model import BlockSpec
from .render.failure import scrub_paths
from .site_assets import ASSET_DIR
from .render.schemes import renditions

if TYPE_CHECKING:
    from .pipeline import BlockResult

_env = Environment(loader=PackageLoader("mkdocs_manimgen", "templates"), autoescape=select_autoescape(["j2"]),
                   trim_blocks=False, keep_trailing_newline=False)

MIME = {"webm": "video/webm", "mp4": "video/mp4"}
HIGHLIGHTER_VERSION = "pygments-highlight-1"  # in the cache key of highlighted code


def anchor(spec: BlockSpec) -> str:
    digest = hashlib.sha256(f"{spec.page}:{spec.line}".encode()).hexdigest()[:8]
    return f"manimgen-{digest}"


# A figure's asset URLs are written as placeholders and made relative to the page the HTML ends up
# on when that page is written (`finish_page`): a blog excerpt, a print page or a translated page
# carries the same figure HTML as the page it was converted for. The placeholder is not a URL
# other plugins rewrite; print-site prefixes it with a folder, which `finish_page` drops.
_ASSET = "manimgen-asset:"
_ASSET_REF = re.compile(r"""(?<=["'])[^"'<>\s]*?""" + _ASSET + r"""([\w.-]+)(?=["'])""")
_FIGURE_ID = re.compile(r'(<figure class="manimgen[^"]*" id=")(manimgen-[0-9a-f]+)(")')


def asset_ref(name: str) -> str:
    """The placeholder for a file of ASSET_DIR, resolved by `finish_page`."""
    return _ASSET + name


def has_refs(html: str) -> bool:
    return _ASSET in html


def asset_url(name: str, page_url: str) -> str:
    """The URL of a file of ASSET_DIR seen from the page at `page_url` (MkDocs' `page.url`, Zensical's
    page URL, or the written file's path inside the site)."""
    return get_relative_url(f"{ASSET_DIR}/{name}", page_url)


_ATTR_REF = re.compile(r"""([\w-]+)=(["'])[^"'<>\s]*?""" + _ASSET + r"""([\w.-]+)\2""")


def resolve_refs(html: str, url_for: Callable[[str, str], str]) -> str:
    """Asset placeholders replaced by `url_for(attribute, name)`: for an engine that rewrites some
    attributes' URLs itself (Zensical: `src` and `href`, relative to the page's source file)."""
    return _ATTR_REF.sub(lambda m: f"{m[1]}={m[2]}{url_for(m[1], m[3])}{m[2]}", html)


def finish_page(html: str, page_url: str, seen: dict[str, int] | None = None) -> str:
    """The page's final HTML: asset placeholders made relative to `page_url`, and a figure id that
    repeats on the page made unique (`-2`, `-3`: one block shown twice, e.g. an excerpt beside its
    post). `seen` carries the ids already on the page when it is finished piece by piece."""
    if _ASSET in html:
        html = _ASSET_REF.sub(lambda m: asset_url(m[1], page_url), html)
    seen = {} if seen is None else seen

    def unique(m: re.Match) -> str:
        n = seen[m[2]] = seen.get(m[2], 0) + 1
        return m[0] if n == 1 else f"{m[1]}{m[2]}-{n}{m[3]}"

    return _FIGURE_ID.sub(unique, html)


def figure_html(spec: BlockSpec, result: "BlockResult", *, url_for: Callable[[str], str], notes_html: str) -> str:
    """The figure of a finished block: video (or gif), notes, storyboard/code/reasoning panels, and
    the design's revision history (its `revise:` requests in order, those a designer ignored marked).

    `url_for(name)` turns an asset's file name into its URL as seen from the page."""
    draft, media, derived = result.draft, result.media, result.derived
    lang = block_language(spec)
    text = LABELS[lang]
    label = block_title(spec, draft)
    # every scheme's files (the primary one's in the markup, each as data-*-<scheme> for the toggle)
    video_formats = [fmt for fmt in spec.formats if fmt in MIME]
    needed = ["poster", *(video_formats or ["gif"])]
    schemes = {scheme: {key: url_for(name) for key, name in files.items()}
               for scheme, files in renditions(media.files, media.poster, media.scheme).items()
               if all(key in files for key in needed)}
    sources = [{"type": MIME[fmt], "urls": {s: urls[fmt] for s, urls in schemes.items()}} for fmt in video_formats]
    gif = {s: urls["gif"] for s, urls in schemes.items()} if not sources and "gif" in media.files else None
    spans = beat_spans(figure_beats(draft, media), media.duration)
    beats = [{"clock": clock(s.start), "start": s.start, "end": s.end, "title": s.title or str(i + 1),
              "narration": s.narration} for i, s in enumerate(spans)]
    storyboard = [{"clock": clock(b.start), "title": b.title, "narration": b.narration} for b in draft.storyboard]
    alt = label + (": " + " ".join(b.narration for b in draft.storyboard) if draft.storyboard else "")
    note = None
    if result.fallback_reason:
        note = text["offline_note"]
    return _env.get_template("figure.html.j2").render(
        anchor=anchor(spec), location=spec.location, media=media, gif=gif, sources=sources,
        scheme=media.scheme, schemes=schemes, beats=beats, step=spec.step,
        chapters=url_for(derived.chapters) if derived.chapters else None,
        captions=url_for(derived.captions) if derived.captions else None, lang=lang,
        caption_label=text["captions"], label=label, alt=alt[:500], title=spec.title, notes_html=notes_html,
        pdf=url_for(derived.pdf) if derived.pdf else None, storyboard=storyboard, code=draft.code,
        code_url=url_for(derived.code) if derived.code else None, reasoning=draft.reasoning,
        text=text, generator_note=note, error=False,
        revisions=[{"request": r, "ignored": r in draft.ignored} for r in draft.revisions])


def error_html(spec: BlockSpec | None, error: ManimGenError, location: str) -> str:
    """The error box; no path of the build machine reaches the page (scrubbed here, whatever raised)."""
    return _env.get_template("error.html.j2").render(
        location=location, message=scrub_paths(error.message), hint=scrub_paths(error.hint or ""),
        detail=scrub_paths(getattr(error, "detail", "")))


def code_html(code: str) -> str:
    """Highlighted like Material's code blocks (Pygments' `highlight` class)."""
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PythonLexer

    return highlight(code, PythonLexer(), HtmlFormatter(cssclass="highlight", wrapcode=True))

