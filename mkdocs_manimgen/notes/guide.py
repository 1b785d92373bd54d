"""Study notes beside each animation (Markdown -> HTML with the site's own extensions),
and the PDF scene guide compiled with LaTeX (see pdf_guide.py for the LaTeX it writes)."""

from __future__ import annotations

import copy
import html
import logging
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files as package_files
from pathlib import Path

import markdown

from ..cache import cache_key
from ..model import BlockSpec, SceneDraft
from .stills import beat_times, extract_stills, pick_source

_HEADING = re.compile(r"<(/?)h([1-6])")

# The answer of a "check your understanding" question, in the shapes generators write it:
# raw <details> (offline generator), pymdownx `???` blocks, or an "Answer:" line (LLM notes).
_DETAILS = re.compile(r"<details\b[^>]*>\s*(?:<summary\b[^>]*>(?P<label>.*?)</summary>)?(?P<body>.*?)</details>",
                      re.S | re.I)
_QQQ = re.compile(r"^\?\?\?\+?[ \t]+[\w-]+(?:[ \t]+\"(?P<label>[^\"\n]*)\")?[ \t]*\n(?P<body>(?:(?:[ ]{4}.*)?\n)*)",
                  re.M)
_MARKER = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?(?P<open>\*\*|__|\*|_)?(?P<label>Answer|Solution|参考答案|答案|解答)"
    r"(?P<colon1>[ \t]*[:：])?(?P<close>\*\*|__|\*|_)?(?P<colon2>[ \t]*[:：])?[ \t]*(?P<rest>.*)$",
    re.M | re.I)
_NEXT_SECTION = re.compile(r"^\s{0,3}(#{1,6}\s|([-*_])(\s*\2){2,}\s*$)", re.M)
PLACEHOLDER = "MANIMGENANSWER{}X"


@dataclass
class Answer:
    label: str
    body: str  # Markdown


def split_answers(md: str) -> tuple[str, list[Answer]]:
    """Take the answers out of the notes; each leaves a placeholder paragraph where it was."""
    answers: list[Answer] = []
    md = md + "\n"  # every `???` body line ends with a newline

    def keep(label: str, body: str) -> str:
        label = html.unescape(re.sub(r"<[^>]+>", "", label or "")).strip() or "Answer"
        answers.append(Answer(label, body.strip("\n")))
        return f"\n\n{PLACEHOLDER.format(len(answers) - 1)}\n\n"

    md = _DETAILS.sub(lambda m: keep(m["label"], m["body"]), md)
    md = _QQQ.sub(lambda m: keep(m["label"], re.sub(r"^ {4}", "", m["body"], flags=re.M)), md)
    pos = 0
    while (m := _MARKER.search(md, pos)) is not None:
        # "Answer:" / "**Answer**" / "### Answer": a marker, not a sentence that starts with the word
        is_marker = bool(m["colon1"] or m["colon2"] or (m["open"] and m["close"]) or not m["rest"]
                         or m.group(0).lstrip().startswith("#"))
        if not is_marker:
            pos = m.end()
            continue
        end = _NEXT_SECTION.search(md, m.end())
        stop = end.start() if end else len(md)
        body = m["rest"] + md[m.end():stop]
        label = "答案" if re.match(r"[答解参]", m["label"]) else "Answer"
        replacement = keep(label, body)
        md = md[:m.start()] + replacement + md[stop:]
        pos = m.start() + len(replacement)
    return md, answers


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
        self._md: markdown.Markdown | None = None

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
        # one Markdown per build, reset between notes: setting up the extensions is the costly part
        # (fences are formatted on MkDocs' one conversion thread, so no lock is needed)
        if self._md is None:
            self._md = markdown.Markdown(extensions=self._extensions, extension_configs=self._configs)
        html_text = self._md.reset().convert(text)
        # notes sit inside the page: their headings start below the page's h2/h3
        return _HEADING.sub(lambda m: f"<{m[1]}h{min(6, int(m[2]) + 2)}", html_text)


def notes_from_storyboard(draft: SceneDraft) -> str:
    if not draft.storyboard:
        return ""
    return "\n".join(f"{i}. **{b.title}** — {b.narration}" for i, b in enumerate(draft.storyboard, 1))



# -- the PDF scene guide --------------------------------------------------------------------------


GUIDE_VERSION = "1"  # bump when the LaTeX this module writes changes (the template's text is keyed too)
COMPILE_TIMEOUT = 120.0
JOB = "guide"
# TeX runs beside renders on few cores: one compile at a time per two cores, at low priority.
_SLOTS = threading.BoundedSemaphore(max(1, (os.cpu_count() or 2) // 2))
_TEXT = {
    "en": {"concept": "The concept", "formulas": "Key formulas", "storyboard": "Storyboard",
           "notes": "Study notes", "code": "Scene code", "final_frame": "Final frame", "guide": "Scene guide",
           "answer": "Answer"},
    "zh": {"concept": "概念", "formulas": "关键公式", "storyboard": "分镜", "notes": "学习笔记",
           "code": "场景代码", "final_frame": "最后一帧", "guide": "场景讲义", "answer": "答案"},
}
_DISPLAY = re.compile(r"\$\$(.+?)\$\$|\\\[(.+?)\\\]", re.S)
_INLINE = re.compile(r"(?<![\\$])\$(?![\s$])((?:\\.|[^$\\])+?)(?<!\s)\$")


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


@lru_cache(maxsize=1)
def cjk_fonts() -> tuple[str, str, str]:
    """Noto CJK SC serif/sans/mono as installed (fontconfig names), serif falling back to sans."""
    try:
        names = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True,
                               timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        names = ""
    have = {n.strip() for line in names.splitlines() for n in line.split(",")}
    sans = "Noto Sans CJK SC"
    serif = "Noto Serif CJK SC" if "Noto Serif CJK SC" in have or not have else sans
    mono = "Noto Sans Mono CJK SC" if "Noto Sans Mono CJK SC" in have or not have else sans
    return serif, sans, mono


def formulas_of(concept: str) -> list[str]:
    """The concept's display math; without any, its inline formulas (the short ones are symbols)."""
    found = [(m[1] or m[2]).strip() for m in _DISPLAY.finditer(concept)]
    if not found:
        found = [m[1].strip() for m in _INLINE.finditer(_DISPLAY.sub(" ", concept))]
        found = [f for f in found if len(f) >= 3] or found
    unique = list(dict.fromkeys(f for f in found if f))
    return unique[:6]


def guide_title(spec: BlockSpec, draft: SceneDraft) -> str:
    return (spec.title or (draft.storyboard[0].title if draft.storyboard else "") or "Animation").strip()


def guide_document(spec: BlockSpec, draft: SceneDraft, duration: float, stills: list[str], poster: str | None,
                   xetex: bool) -> tuple[str, dict[str, str]]:
    """The .tex text and the files it reads (code), from the block's text made safe for TeX."""
    from . import tex  # loaded only when a guide is written
    ctx = tex.TexContext()
    lang = "zh" if tex.has_cjk(f"{spec.title or ''} {spec.concept}") else "en"
    text = _TEXT[lang]
    title = guide_title(spec, draft)
    concept = tex.markdown_to_latex(spec.concept, ctx) if spec.concept.strip() else ""
    notes_md = draft.notes_md.strip()
    if notes_md == spec.concept.strip():  # hand-written blocks: the notes are the concept
        notes_md = ""
    notes = ""
    if notes_md:
        body, answers = split_answers(notes_md)
        notes = tex.markdown_to_latex(body, ctx)
        for i, answer in enumerate(answers):
            label = tex.escape(answer.label if answer.label else text["answer"])
            box = ("\\par\\medskip\\noindent\\fcolorbox{gray!50}{gray!6}{\\begin{minipage}"
                   "{\\dimexpr\\linewidth-2\\fboxsep-2\\fboxrule}\n"
                   f"\\textbf{{{label}}}\\par\n{tex.markdown_to_latex(answer.body, ctx)}\\end{{minipage}}}}\\par\n")
            notes = notes.replace(PLACEHOLDER.format(i), box)
    beats = []
    for i, beat in enumerate(draft.storyboard):
        beats.append({"title": tex.inline(beat.title, ctx), "narration": tex.inline(beat.narration, ctx),
                      "time": f"{beat.start:.1f}–{beat.end:.1f} s".replace("–", "--"),
                      "still": stills[i] if i < len(stills) else None})
    code_file = ctx.add_file(draft.code.expandtabs(4).rstrip() + "\n", ".py")
    subtitle = f"{text['guide']} · {duration:.1f} s · mkdocs-manimgen"
    document = _template().render(
        xetex=xetex, lang=lang, cjk_serif=cjk_fonts()[0] if xetex else "", cjk_mono=cjk_fonts()[2] if xetex else "",
        provides=tex.provide_commands(ctx), unicode_chars=[] if xetex else tex.unicode_declarations(),
        pdf_title=("FEFF" + title.encode("utf-16-be").hex()).upper(), title=tex.inline(title, ctx),
        subtitle=tex.escape(subtitle),
        text=text, concept=concept, formulas=[tex.math_display(f, ctx) for f in formulas_of(spec.concept)],
        beats=beats, poster=poster, notes=notes, code_file=code_file)
    # names first seen while rendering beats/notes are already in ctx: provide them all
    return document, ctx.files


def log_excerpt(log_text: str, output: str, lines_after: int = 6) -> str:
    """The `!` error line of a TeX log and the lines after it (where TeX shows the culprit)."""
    for text in (log_text, output):
        lines = text.splitlines()
        for i, line in enumerate(lines):
            if line.startswith("!"):
                return "\n".join(ln.rstrip() for ln in lines[i:i + 1 + lines_after] if ln.strip())
    tail = [ln.rstrip() for ln in (log_text or output).splitlines() if ln.strip()]
    return "\n".join(tail[-8:]) or "(TeX wrote no log)"


@dataclass
class Compiled:
    pdf: Path | None
    excerpt: str = ""


def compile_latex(workdir: Path, engine: str, tools: dict[str, str | None],
                  timeout: float = COMPILE_TIMEOUT) -> Compiled:
    """latexmk (or the engine alone) in `workdir`, no shell escape, TeX's file access limited to it."""
    flags = ["-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error"]
    if tools.get("latexmk"):
        cmd = [tools["latexmk"], "-norc", "-pdf" if engine == "pdflatex" else "-xelatex", *flags, f"{JOB}.tex"]
    else:
        cmd = [tools[engine] or engine, *flags, f"{JOB}.tex"]
    if tools.get("nice"):
        cmd = [tools["nice"], "-n", "10", *cmd]
    env = {**os.environ, "openin_any": "p", "openout_any": "p", "max_print_line": "1000"}
    proc = subprocess.Popen(cmd, cwd=workdir, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # latexmk's engine child too
        proc.communicate()
        return Compiled(None, f"{engine} took longer than {timeout:.0f} s")
    output = out.decode("utf-8", "replace")
    pdf = workdir / f"{JOB}.pdf"
    if proc.returncode == 0 and pdf.is_file() and pdf.stat().st_size > 0:
        return Compiled(pdf)
    log_file = workdir / f"{JOB}.log"
    log_text = log_file.read_text(encoding="utf-8", errors="replace") if log_file.is_file() else ""
    return Compiled(None, log_excerpt(log_text, output))


@dataclass
class GuideResult:
    """A block's PDF guide: its file name in the store (None: no guide), and why not."""

    file: str | None = None
    warnings: list[str] = field(default_factory=list)


class PdfGuides:
    """The PDF scene guide of a block (title, concept, formulas, storyboard with stills, notes, code)."""

    def __init__(self, store, log: logging.Logger):
        self.store = store
        self.log = log
        self._lock = threading.Lock()
        self._tools: dict[str, str | None] | None = None
        self._said_missing = False

    def tools(self) -> dict[str, str | None]:
        with self._lock:
            if self._tools is None:
                self._tools = {name: shutil.which(name) for name in ("latexmk", "pdflatex", "xelatex", "nice")}
            return self._tools

    def build(self, spec: BlockSpec, draft: SceneDraft, media) -> "GuideResult":
        """The block's guide (from the cache, or compiled now); runs in the block's thread after a
        successful render. A guide that does not compile gives warnings, never an exception."""
        result = GuideResult()
        self._guide(spec, draft, media, result)
        return result

    def key(self, spec: BlockSpec, draft: SceneDraft, media) -> str:
        return cache_key("pdf", title=guide_title(spec, draft), concept=spec.concept,
                         storyboard=[vars(b) for b in draft.storyboard], notes=draft.notes_md, code=draft.code,
                         video=pick_source(media), poster=None if draft.storyboard else media.poster,
                         duration=round(media.duration, 2), version=GUIDE_VERSION, template=_template_text())

    def _guide(self, spec: BlockSpec, draft: SceneDraft, media, result: "GuideResult") -> None:
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
        with _SLOTS, tempfile.TemporaryDirectory(prefix="manimgen-pdf-") as tmp:
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

    def _compile(self, spec, draft, media, engine, tools, work: Path) -> Compiled:
        source = pick_source(media)
        stills: list[str] = []
        if draft.storyboard and source:
            times = beat_times(draft.storyboard, media.duration, media.fps)
            stills = [p.name for p in extract_stills(self.store.path(source), times, work)]
        poster = None
        if not draft.storyboard and media.poster:
            poster = "poster" + Path(media.poster).suffix
            shutil.copyfile(self.store.path(media.poster), work / poster)
        document, files = guide_document(spec, draft, media.duration, stills, poster, xetex=engine == "xelatex")
        for name, content in files.items():
            (work / name).write_text(content, encoding="utf-8")
        (work / f"{JOB}.tex").write_text(document, encoding="utf-8")
        return compile_latex(work, engine, tools)
