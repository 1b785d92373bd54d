"""The PDF scene guide of a block: title, concept, formulas, storyboard with stills, notes, code.

The document is guide.tex.j2 filled with LaTeX made by to_latex.py (the same Markdown tree the page's
notes come from) and tex.py (escaping, math sanitising); run_tex.py compiles it.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files as package_files
from pathlib import Path

from ..cache import cache_key
from ..language import LABELS, block_language, block_title
from ..model import BlockSpec, RenderedMedia, SceneDraft
from .answers import PLACEHOLDER, split_answers
from .parse import NotesMarkdown
from .run_tex import JOB, SLOTS, Compiled, cjk_fonts, compile_latex
from .stills import beat_times, extract_stills, pick_source, printed_rendition

GUIDE_VERSION = "2"  # bump when the LaTeX this package writes changes (the template's text is keyed too)


@dataclass
class GuideResult:
    """What building a block's guide gave: the PDF's name in the cache store (None: no guide) and
    the warnings for the build log (the caller adds the block's page:line)."""

    file: str | None = None
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment, PackageLoader

    env = Environment(loader=PackageLoader("mkdocs_manimgen", "templates"), autoescape=False,
                      block_start_string=r"\BLOCK{", block_end_string="}", variable_start_string=r"\VAR{",
                      variable_end_string="}", comment_start_string=r"\#{", comment_end_string="}",
                      line_statement_prefix="%%", line_comment_prefix="%#", trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    return env.get_template("guide.tex.j2")


@lru_cache(maxsize=1)
def _template_text() -> str:
    return (package_files("mkdocs_manimgen") / "templates" / "guide.tex.j2").read_text(encoding="utf-8")


def guide_document(spec: BlockSpec, draft: SceneDraft, duration: float, stills: list[str], poster: str | None,
                   xetex: bool, parser: NotesMarkdown | None = None) -> tuple[str, dict[str, str]]:
    """The .tex text and the files it reads (code), from the block's text made safe for TeX.

    `parser` is the page's Markdown (NotesRenderer.markdown); None: parse.DEFAULT_EXTENSIONS.
    """
    from . import tex, to_latex  # loaded only when a guide is written

    ctx = tex.TexContext()
    lang = block_language(spec)
    text = LABELS[lang]
    title = block_title(spec, draft)
    concept_tree = (parser or to_latex.default_parser()).tree(spec.concept)  # one parse: the text and its formulas
    concept = to_latex.latex_of(concept_tree, ctx)
    notes_md = draft.notes_md.strip()
    if notes_md == spec.concept.strip():  # hand-written blocks: the notes are the concept
        notes_md = ""
    notes = ""
    if notes_md:
        body, answers = split_answers(notes_md)
        notes = to_latex.markdown_to_latex(body, ctx, parser)
        for i, answer in enumerate(answers):
            label = tex.escape(answer.label if answer.label else text["answer"])
            box = ("\\par\\medskip\\noindent\\fcolorbox{gray!50}{gray!6}{\\begin{minipage}"
                   "{\\dimexpr\\linewidth-2\\fboxsep-2\\fboxrule}\n"
                   f"\\textbf{{{label}}}\\par\n{to_latex.markdown_to_latex(answer.body, ctx, parser)}"
                   "\\end{minipage}}\\par\n")
            notes = notes.replace(PLACEHOLDER.format(i), box)
    beats = []
    for i, beat in enumerate(draft.storyboard):
        beats.append({"title": to_latex.inline(beat.title, ctx, parser),
                      "narration": to_latex.inline(beat.narration, ctx, parser),
                      "time": f"{beat.start:.1f}–{beat.end:.1f} s".replace("–", "--"),
                      "still": stills[i] if i < len(stills) else None})
    code_file = ctx.add_file(draft.code.expandtabs(4).rstrip() + "\n", ".py")
    subtitle = f"{text['guide']} · {duration:.1f} s · mkdocs-manimgen"
    formulas = [tex.math_display(f, ctx) for f in to_latex.formulas_in(concept_tree)]
    document = _template().render(
        xetex=xetex, lang=lang, cjk_serif=cjk_fonts()[0] if xetex else "", cjk_mono=cjk_fonts()[2] if xetex else "",
        provides=tex.provide_commands(ctx), unicode_chars=[] if xetex else tex.unicode_declarations(),
        pdf_title=("FEFF" + title.encode("utf-16-be").hex()).upper(), title=to_latex.inline(title, ctx, parser),
        subtitle=tex.escape(subtitle), text=text, concept=concept, formulas=formulas,
        beats=beats, poster=poster, notes=notes, code_file=code_file)
    # names first seen while rendering beats/notes are already in ctx: provide them all
    return document, ctx.files


class PdfGuides:
    """Builds and caches the PDF scene guide of blocks; one per build, called from block threads.

    `store` is the cache Store; `markdown` the page's notes parser (NotesRenderer.markdown), so the
    guide reads the notes as the page does (None: parse.DEFAULT_EXTENSIONS).
    """

    def __init__(self, store, log: logging.Logger, markdown: NotesMarkdown | None = None):
        self.store = store
        self.log = log
        self.markdown = markdown or NotesMarkdown()
        self._lock = threading.Lock()
        self._tools: dict[str, str | None] | None = None
        self._said_missing = False

    def tools(self) -> dict[str, str | None]:
        with self._lock:
            if self._tools is None:
                self._tools = {name: shutil.which(name) for name in ("latexmk", "pdflatex", "xelatex", "nice")}
            return self._tools

    def key(self, spec: BlockSpec, draft: SceneDraft, media: RenderedMedia) -> str:
        """The cache key of the block's guide (what `cache prune` keeps).

        The site's Markdown extensions are not in it: the CLI's Build does not know them, and its
        `cache prune --site` must find the keys the site's build used."""
        return cache_key("pdf", title=block_title(spec, draft), concept=spec.concept,
                         storyboard=[vars(b) for b in draft.storyboard], notes=draft.notes_md, code=draft.code,
                         video=pick_source(media), poster=None if draft.storyboard else printed_rendition(media)["poster"],
                         duration=round(media.duration, 2), version=GUIDE_VERSION, template=_template_text())

    def build(self, spec: BlockSpec, draft: SceneDraft, media: RenderedMedia) -> GuideResult:
        """The guide of a rendered block, from the cache or compiled now (then cached).

        Never raises: no TeX, a failed compile or a bug give GuideResult(None, [warning]).
        """
        result = GuideResult()
        if not spec.pdf:
            return result
        try:
            self._build(spec, draft, media, result)
        except Exception as err:  # noqa: BLE001 - a guide problem must never cost the animation
            self.log.debug("PDF guide failed", exc_info=True)
            result.warnings.append(f"no PDF scene guide: {type(err).__name__}: {err}")
        return result

    def _build(self, spec: BlockSpec, draft: SceneDraft, media: RenderedMedia, result: GuideResult) -> None:
        from . import tex  # loaded only when a guide is written

        key = self.key(spec, draft, media)
        doc = self.store.get_doc(key)
        if doc is not None:
            result.file = doc["file"]
            return
        texts = [spec.title or "", spec.concept, draft.notes_md, draft.code,
                 *(f"{b.title} {b.narration}" for b in draft.storyboard)]
        engine = "xelatex" if tex.needs_xetex(*texts) else "pdflatex"
        tools = self.tools()
        if not tools["pdflatex"] and not tools["xelatex"]:
            with self._lock:
                first, self._said_missing = not self._said_missing, True
            if first:
                result.warnings.append("no TeX installation found (pdflatex/xelatex, latexmk): no PDF scene guides "
                                       "in this build (install TeX Live, or set `pdf: false`)")
            return
        if not tools[engine]:
            result.warnings.append(f"no PDF scene guide: this block's text needs {engine} (with xeCJK and the "
                                   f"Noto CJK fonts for Chinese), which is not installed")
            return
        with SLOTS, tempfile.TemporaryDirectory(prefix="manimgen-pdf-") as tmp:
            work = Path(tmp)
            compiled = self._compile(spec, draft, media, engine, tools, work)
            if compiled.pdf is None:
                indented = "\n".join("    " + ln for ln in compiled.excerpt.splitlines())
                result.warnings.append(f"the PDF scene guide did not compile with {engine}, so the page has no "
                                       f"PDF link; the LaTeX log says:\n{indented}")
                return
            name = self.store.add_file(compiled.pdf, ".pdf")
        self.store.put_doc(key, {"file": name}, tag="pdf")  # only now: nothing failed is cached
        result.file = name

    def _compile(self, spec: BlockSpec, draft: SceneDraft, media: RenderedMedia, engine: str,
                 tools: dict[str, str | None], work: Path) -> Compiled:
        source = pick_source(media)
        stills: list[str] = []
        if draft.storyboard and source:
            times = beat_times(draft.storyboard, media.duration, media.fps)
            stills = [p.name for p in extract_stills(self.store.path(source), times, work)]
        poster = None
        if not draft.storyboard and media.poster:
            printed = printed_rendition(media)["poster"]
            poster = "poster" + Path(printed).suffix
            shutil.copyfile(self.store.path(printed), work / poster)
        document, files = guide_document(spec, draft, media.duration, stills, poster, xetex=engine == "xelatex",
                                         parser=self.markdown)
        for name, content in files.items():
            (work / name).write_text(content, encoding="utf-8")
        (work / f"{JOB}.tex").write_text(document, encoding="utf-8")
        return compile_latex(work, engine, tools)
