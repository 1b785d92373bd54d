"""Study notes (collapsible answers) and the PDF scene guide: unit tests of the LaTeX safety
and Markdown conversion, and real builds whose PDFs are read back with poppler's tools."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from mkdocs_manimgen.notes import tex, to_latex
from mkdocs_manimgen.model import Beat, BlockSpec, SceneDraft
from mkdocs_manimgen.notes import NotesRenderer, compile_latex, guide_document, log_excerpt, split_answers

HAVE_TEX = bool(shutil.which("pdflatex") and shutil.which("xelatex"))
HAVE_POPPLER = bool(shutil.which("pdftotext") and shutil.which("pdfimages") and shutil.which("pdfinfo"))
needs_tex = pytest.mark.skipif(not (HAVE_TEX and HAVE_POPPLER), reason="needs TeX Live and poppler-utils")
SPECIALS = r"100% of A & B # 3 under_score {braces} back\slash tilde~ caret^"
# What pdftotext gives back for SPECIALS (OT1's underscore is a rule, the tilde and caret accents)
SPECIALS_TEXT = re.compile(r"100% of A & B # 3 under[_ ]score \{braces\} back\\slash\s+tilde[~˜] caret[\^ˆ]")


# -- unit: escaping and math ----------------------------------------------------------------------
def test_escape_leaves_no_active_character():
    out = tex.escape(SPECIALS + r" \input{/etc/passwd} $x$")
    assert "\\input" not in out.replace(r"\textbackslash{}input", "")
    for ch in "%&#_$":
        assert re.search(r"(?<!\\)" + re.escape(ch), out) is None, ch
    assert r"\textasciitilde{}" in out and r"\textasciicircum{}" in out and r"\textbackslash{}" in out
    assert tex.escape("θ ≤ π") == r"\ensuremath{\theta} \ensuremath{\le} \ensuremath{\pi}"


@pytest.mark.parametrize("hostile", [
    r"\input{/etc/passwd}", r"\immediate\write18{rm -rf /}", r"\csname input\endcsname{x}",
    r"\openin5=x \read5 to\x", r"\catcode`\^=13", r"\def\x{1}\x", r"\newcommand{\y}{2}",
    r"\special{ps: x}", r"\usepackage{shellesc}", r"\pdffilesize{x}", r"\expandafter\input\x",
])
def test_dangerous_control_sequences_never_reach_tex(hostile):
    safe = tex.safe_math("a + " + hostile)
    assert safe is None or not re.search(
        r"\\(input|write|csname|endcsname|openin|read|catcode|def|newcommand|special|usepackage|pdf\w+|"
        r"expandafter|immediate)(?![a-zA-Z])", safe), safe


@pytest.mark.parametrize("refused", [r"^^5cinput{x}", r"\begin{document}", r"a}{b", r"\begin{aligned}a",
                                     r"\end{document}\input x"])
def test_math_that_cannot_be_made_safe_is_refused(refused):
    assert tex.safe_math(refused) is None


def test_ordinary_math_is_kept():
    assert tex.safe_math(r"\frac{a}{b} + \sqrt{x^2}") == r"\frac{a}{b} + \sqrt{x^2}"
    cases = r"\begin{cases} 1 & x>0 \\ 0 & x \le 0 \end{cases}"
    assert tex.safe_math(cases) == cases
    assert tex.safe_math("50% & $x$") == r"50\% \& x"
    assert tex.safe_math(r"a \\ b", display=True).startswith(r"\begin{gathered}")
    assert r"\text{面积}" in tex.safe_math("面积 = ab")


def test_unknown_macros_are_provided_not_fatal():
    ctx = tex.TexContext()
    tex.math_inline(r"\R^n \dv{f}{x} \frac12", ctx)
    lines = "\n".join(tex.provide_commands(ctx))
    assert r"\providecommand{\R}{\ensuremath{\mathbb{R}}}" in lines
    assert r"\providecommand{\dv}{\ensuremath{\operatorname{dv}}}" in lines


# -- unit: Markdown -> LaTeX ------------------------------------------------------------------
def test_markdown_to_latex_covers_the_usual_notes():
    ctx = tex.TexContext()
    md = ("## What it is\n\nThe **slope** is *rise* over run, $m = \\frac{\\Delta y}{\\Delta x}$; code `x_1 % 2`.\n\n"
          "$$\nf'(x) = \\lim_{h\\to 0} \\frac{f(x+h)-f(x)}{h}\n$$\n\n"
          "- first $a_1$\n- second\n    - nested\n\nSteps:\n\n1. one\n2. two\n\n"
          "```python\nprint('\\end{Verbatim}')\n```\n\n> quoted 50%\n\n"
          "\\begin{align}\na &= b \\\\\nc &= d\n\\end{align}\n")
    out = to_latex.markdown_to_latex(md, ctx)
    assert r"\subsection*{What it is}" in out
    assert r"\textbf{slope}" in out and r"\emph{rise}" in out
    assert r"$m = \frac{\Delta y}{\Delta x}$" in out
    assert r"\texttt{x\_1 \% 2}" in out
    assert "\\[\nf'(x) = \\lim_{h\\to 0}" in out
    assert out.count(r"\begin{itemize}") == 2 and r"\begin{enumerate}" in out
    assert r"\VerbatimInput" in out and "\\end{Verbatim}" in next(iter(ctx.files.values()))
    assert "\\begin{quote}\nquoted 50\\%" in out
    assert r"\begin{aligned} a &= b \\ c &= d \end{aligned}" in out


HOSTILE_MD = """# \\def\\x{1} heading

<div>\\input{/etc/passwd} raw block</div>

<script>\\immediate\\write18{rm -rf /}</script>

<pre>\\end{Verbatim}\\input{/etc/passwd}</pre>

Inline <span>\\input{a}</span>, an entity &#92;input{b}, a [link](\\input{c}) and ![\\input{d}](x.png).

$$\\csname input\\endcsname{e}$$

Math $\\catcode`\\^=13 \\def\\y{2}$ and $\\begin{document}$ and `\\input{f}` in code.

!!! note "\\input{g} title"
    body \\write18{h}

| \\input{i} | $\\openin5=x$ |
|---|---|
| 1 | 2 |

```python
print("\\end{Verbatim}\\input{/etc/passwd}")
```

    \\end{Verbatim} indented code
"""
# a control sequence that does something, not typeset as text by \textbackslash{}
_ACTIVE = re.compile(r"(?<!\\textbackslash\{\})\\(input|write|write18|immediate|def|catcode|csname|endcsname|openin|"
                     r"begin\{document|end\{Verbatim)(?![a-zA-Z])")


def test_hostile_markdown_stays_text():
    ctx = tex.TexContext()
    out = to_latex.markdown_to_latex(HOSTILE_MD, ctx)
    assert not _ACTIVE.search(out), _ACTIVE.search(out)
    assert "passwd" in out or "passwd" in "".join(ctx.files.values())  # shown, as text or code
    verbatim = re.findall(r"\\VerbatimInput\[[^]]*\]\{([^}]+)\}", out)
    assert len(verbatim) == 3 and all(name in ctx.files for name in verbatim), out  # <pre>, fenced, indented
    assert all("\\end{Verbatim}" in ctx.files[name] for name in verbatim)
    assert r"\textbackslash{}input\{g\} title" in out  # the admonition's title, escaped
    assert "x.png" not in out and "\\input{c}" not in out  # attributes never reach TeX
    beat = to_latex.inline(r"1. a <b>\input{x}</b> $\write18{y}$ [z](\input{w})", ctx)
    assert not _ACTIVE.search(beat) and not beat.startswith(r"\begin"), beat  # a beat is inline only


@needs_tex
def test_hostile_markdown_compiles_as_text(tmp_path):
    spec = BlockSpec(page="p.md", line=1, concept=HOSTILE_MD, title="Hostile")
    draft = SceneDraft(code="x = 1\n", scene_name="S", notes_md=HOSTILE_MD)
    document, files = guide_document(spec, draft, 1.0, [], None, xetex=False)
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "guide.tex").write_text(document, encoding="utf-8")
    compiled = compile_latex(tmp_path, "pdflatex", {n: shutil.which(n) for n in ("latexmk", "pdflatex", "xelatex")})
    assert compiled.pdf is not None, compiled.excerpt
    text = subprocess.run(["pdftotext", str(compiled.pdf), "-"], capture_output=True, text=True).stdout
    assert "root:x" not in text and "raw block" in text and "\\input{/etc/passwd}" in text, text


def test_inline_markdown_escapes_everything_else():
    ctx = tex.TexContext()
    out = to_latex.inline(r"a_b_c <b>x</b> [link](http://e.com/%) \$5 and $\input{x} y$", ctx)
    assert out.startswith(r"a\_b\_c x link \$5 and $")
    assert "\\input" not in out


# -- unit: collapsible answers ------------------------------------------------------------------
NOTES = NotesRenderer(["pymdownx.superfences", "pymdownx.arithmatex"], {"pymdownx.arithmatex": {"generic": True}},
                      "manimgen")


def _notes_html(md: str) -> BeautifulSoup:
    draft = SceneDraft(code="", scene_name="S", notes_md=md)
    return BeautifulSoup(NOTES.render(draft, BlockSpec(page="p.md", line=1, concept="c")), "html.parser")


@pytest.mark.parametrize("md, label, answer", [
    ("**Question:** $f(2)$?\n\n<details><summary>Answer</summary>\n\n$f(2) = 4$.\n\n</details>\n",
     "Answer", "f(2) = 4"),
    ("What is $x$?\n\n**Answer:** $x = 2$, because\n\n- a\n\n## Next\n\nmore", "Answer", "x = 2"),
    ("### Check\nQ?\n\n### Answer\nIt is $\\pi$.\n", "Answer", "\\pi"),
    ("**问题：** 多少？\n\n**答案：** $c = 13$。", "答案", "c = 13"),
    ("Q?\n\n??? success \"Answer\"\n    It is $\\pi$.\n\nafter", "Answer", "\\pi"),
    ("Q?\n\nAnswer: 42", "Answer", "42"),
])
def test_answers_become_collapsible_with_math(md, label, answer):
    soup = _notes_html(md)
    details = soup.select("details.manimgen-answer")
    assert len(details) == 1, soup
    assert details[0].summary.text == label
    assert answer in details[0].text
    assert details[0].select(".arithmatex") or answer == "42"  # math inside the answer still renders
    assert "MANIMGENANSWER" not in str(soup)
    if "Next" in md:
        assert "Next" not in details[0].text and soup.find("h4", string="Next")


def test_a_sentence_starting_with_answer_is_not_a_marker():
    _, answers = split_answers("Answer the question below using the graph.")
    assert answers == []


# -- display math inside the quoted concept (issue 15, point 4) ------------------------------------
QUOTED = [  # display math the way a concept writes it, inside a paragraph
    "The derivative of $f(x) = x^2$ is the slope of the tangent:\n$$f'(x) = \\lim_{h\\to 0} \\frac{f(x+h)-f(x)}{h}$$\n"
    "for every $x$.",
    "The derivative is\n$$\nf'(x) = \\lim_{h\\to 0} \\frac{f(x+h)-f(x)}{h}\n$$\nfor every $x$.",
    "The derivative is $$\nf'(x) = \\lim_{h\\to 0} \\frac{f(x+h)-f(x)}{h}\n$$",
]


@pytest.mark.parametrize("concept", QUOTED)
def test_display_math_in_the_quoted_concept_is_math_on_the_page_and_in_the_pdf(concept):
    from mkdocs_manimgen.generate.offline.designer import generate_draft

    spec = BlockSpec(page="p.md", line=1, concept=concept)
    draft = generate_draft(spec)  # the offline designer quotes the concept in its notes
    assert "> " in draft.notes_md and "$$" in draft.notes_md
    quote = BeautifulSoup(NOTES.render(draft, spec), "html.parser").blockquote
    assert quote is not None, draft.notes_md
    math = quote.select("div.arithmatex")
    assert len(math) == 1 and r"\lim_{h\to 0}" in math[0].text, quote
    assert "$" not in quote.text, quote  # no stray dollars around it
    ctx = tex.TexContext()
    body, _ = split_answers(draft.notes_md)
    latex = to_latex.markdown_to_latex(body, ctx)
    quoted = latex[latex.index(r"\begin{quote}"):latex.index(r"\end{quote}")]
    assert "\\[\nf'(x) = \\lim_{h\\to 0}" in quoted and r"\$" not in quoted, quoted


def test_display_math_blocks_leave_code_and_math_less_pages_alone():
    from mkdocs_manimgen.notes.parse import NotesMarkdown

    md = "```\ntext $$x$$ more\n$$\n```\n\n    indented $$y$$ code\n\nspan `a $$z$$ b` here\n\nthen $$w$$ end"
    soup = BeautifulSoup(NOTES.render(SceneDraft(code="", scene_name="S", notes_md=md),
                                      BlockSpec(page="p.md", line=1, concept="c")), "html.parser")
    codes = [c.text for c in soup.select("pre code")]
    assert codes == ["text $$x$$ more\n$$\n", "indented $$y$$ code\n"], codes
    assert soup.find("code", string="a $$z$$ b")
    assert [d.text for d in soup.select("div.arithmatex")] == [r"\[w\]"]
    plain = NotesMarkdown(["fenced_code"], {})  # no arithmatex: the page's paragraphs stay as written
    assert plain.html("> a $$x$$ b") == "<blockquote>\n<p>a $$x$$ b</p>\n</blockquote>"


@needs_tex
def test_quoted_display_math_typesets_as_math(tmp_path):
    spec = BlockSpec(page="p.md", line=1, concept=QUOTED[2], title="Quoted")
    draft = SceneDraft(code="x = 1\n", scene_name="S", notes_md="In the block's words:\n\n> " +
                       QUOTED[2].replace("\n", "\n> ") + "\n\nAfter the quote.")
    document, files = guide_document(spec, draft, 1.0, [], None, xetex=False)
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "guide.tex").write_text(document, encoding="utf-8")
    compiled = compile_latex(tmp_path, "pdflatex", {n: shutil.which(n) for n in ("latexmk", "pdflatex", "xelatex")})
    assert compiled.pdf is not None, compiled.excerpt
    text = subprocess.run(["pdftotext", str(compiled.pdf), "-"], capture_output=True, text=True).stdout
    assert "$" not in text and "lim" in text and "The derivative is" in text, text


# -- unit: the document and the log ---------------------------------------------------------------
def test_log_excerpt_shows_the_error_line_and_context():
    log = "This is pdfTeX\n(./guide.tex\n! Undefined control sequence.\nl.42 \\foo\n\nmore\n"
    assert log_excerpt(log, "").splitlines()[:2] == ["! Undefined control sequence.", "l.42 \\foo"]


@needs_tex
def test_specials_everywhere_compile(tmp_path):
    # Greek and math symbols in the code listing: pdflatex typesets them as math (no xelatex needed)
    draft = SceneDraft(code="# café θ ≤ π − 1 \\end{Verbatim} % & #\nx = '{}'\n", scene_name="S",
                       storyboard=[Beat(SPECIALS, SPECIALS + " $a_1$", 0, 1)],
                       notes_md=f"## {SPECIALS}\n\n{SPECIALS} $\\input{{x}} \\% y$\n\n**Answer:** {SPECIALS}")
    spec = BlockSpec(page="p.md", line=1, concept=SPECIALS + " $\\catcode`\\^=13$", title=SPECIALS)
    for xetex in (False, True):
        work = tmp_path / str(xetex)
        work.mkdir()
        if xetex:  # Chinese is what makes the plugin pick xelatex
            draft.code = "# 注释 " + draft.code
        document, files = guide_document(spec, draft, 1.0, [], None, xetex=xetex)
        for name, content in files.items():
            (work / name).write_text(content, encoding="utf-8")
        (work / "guide.tex").write_text(document, encoding="utf-8")
        tools = {n: shutil.which(n) for n in ("latexmk", "pdflatex", "xelatex")}
        compiled = compile_latex(work, "xelatex" if xetex else "pdflatex", tools)
        assert compiled.pdf is not None, compiled.excerpt
        text = subprocess.run(["pdftotext", str(compiled.pdf), "-"], capture_output=True, text=True).stdout
        assert len(SPECIALS_TEXT.findall(text)) >= 4, text  # title, concept, beat, notes
        assert "θ" in text and "π" in text, text


# -- real builds -------------------------------------------------------------------------------------
BLOCKS = """
# Guides

```manimgen
title: Squares
---
The function $f(x) = x^2$.
```

```manimgen
title: 勾股定理
---
直角三角形中 $a^2 + b^2 = c^2$。
```

```manimgen
title: A wavy surface
---
Show the surface $z = \\sin(x)\\cos(y)$
```
"""


def _figures(build) -> list:
    return BeautifulSoup(build.html(), "html.parser").select("figure.manimgen")


def _pdf_of(build, figure) -> Path | None:
    link = figure.select_one(".manimgen-pdf a")
    return (build.site_dir / link["href"]).resolve() if link else None


def _run(*cmd: str) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


@needs_tex
@pytest.mark.render
def test_guides_for_english_chinese_and_3d_blocks(site):
    site.plugin = {"workers": 1, "pdf": True}  # the guides are what these tests build
    site.write_page("index.md", BLOCKS)
    build = site.build()
    assert build.returncode == 0, build.log
    assert build.summary["failed"] == 0, build.log
    figures = _figures(build)
    assert len(figures) == 3
    expected = [("Squares", "x2"), ("勾股定理", "c2"), ("A wavy surface", "cos(y)")]
    for figure, (title, formula) in zip(figures, expected):
        pdf = _pdf_of(build, figure)
        assert pdf is not None and pdf.is_file(), figure
        assert "Pages:" in _run("pdfinfo", str(pdf))
        text = _run("pdftotext", str(pdf), "-")
        assert title in text
        assert formula in re.sub(r"\s+", "", text)
        beats = len(figure.select(".manimgen-storyboard li"))
        images = [ln for ln in _run("pdfimages", "-list", str(pdf)).splitlines()[2:] if ln.strip()]
        assert beats >= 2 and len(images) == beats, (title, beats, images)
        answer = figure.select_one(".manimgen-notes details.manimgen-answer")
        assert answer is not None and answer.summary.text in ("Answer", "答案")
    assert not [w for w in build.warnings() if "PDF" in w], build.warnings()


FAKE_TEX = """#!/bin/sh
printf 'This is a fake TeX\\n! Fake failure for the test.\\nl.7 \\\\fakeerror\\nsecond context line\\n' > guide.log
echo "fake TeX failed" >&2
exit 1
"""

HANDWRITTEN = """
# Page

```manimgen
title: No guide here
pdf: false
code: |
  from manim import *

  class One(Scene):
      def construct(self):
          self.add(Square(color=BLUE))
          self.wait(0.3)
---
A square.
```

```manimgen
title: Specials {SPECIALS}
code: |
  from manim import *

  class Two(Scene):
      # 中文注释 and \\end{{Verbatim}}
      def construct(self):
          self.play(FadeIn(Circle(color=RED)), run_time=0.4)
---
Text with {SPECIALS} and $\\input{{/etc/passwd}} x^2$.
```
"""


def _fake_tex_path(tmp_path: Path) -> str:
    bin_dir = tmp_path / "fake-tex"
    bin_dir.mkdir()
    for name in ("latexmk", "pdflatex", "xelatex"):
        path = bin_dir / name
        path.write_text(FAKE_TEX)
        path.chmod(0o755)
    return f"{bin_dir}{os.pathsep}{os.environ['PATH']}"


@needs_tex
@pytest.mark.render
def test_failed_compile_warns_then_compiles_then_comes_from_cache(site, tmp_path):
    site.plugin = {"workers": 1, "pdf": True}  # the guides are what these tests build
    page = HANDWRITTEN.replace("{SPECIALS}", SPECIALS).replace("{{", "{").replace("}}", "}")
    site.write_page("index.md", page)
    fake = {"PATH": _fake_tex_path(tmp_path)}
    fences = [i + 1 for i, ln in enumerate(page.lstrip().splitlines()) if ln == "```manimgen"]

    failed = site.build(env=fake)
    assert failed.returncode == 0, failed.log
    figures = _figures(failed)
    assert len(figures) == 2 and all(f.select_one("video") for f in figures)  # the page is intact
    assert all(_pdf_of(failed, f) is None for f in figures)
    warning = "\n".join(w for w in failed.log.split("WARNING") if "PDF scene guide" in w)
    assert f"index.md:{fences[1]}: " in warning, failed.log
    assert "! Fake failure for the test." in warning and "l.7 \\fakeerror" in warning
    assert f"index.md:{fences[0]}: " not in warning  # pdf: false asks for nothing
    assert site.build("--strict", env=fake).returncode != 0

    good = site.build()
    assert good.returncode == 0 and not [w for w in good.warnings() if "PDF" in w], good.log
    first, second = _figures(good)
    assert _pdf_of(good, first) is None  # pdf: false
    pdf = _pdf_of(good, second)
    assert pdf is not None and pdf.is_file()
    text = _run("pdftotext", str(pdf), "-")
    assert SPECIALS_TEXT.search(text), text
    assert "中文注释" in text and "\\end{Verbatim}" in text
    assert "root:x" not in text  # \input{/etc/passwd} was text, not a file read

    cached = site.build(env=fake)  # TeX would fail now: a link proves the PDF came from the cache
    assert cached.returncode == 0
    assert _pdf_of(cached, _figures(cached)[1]) == pdf and not [w for w in cached.warnings() if "PDF" in w]


@pytest.mark.render
def test_without_tex_one_warning_per_build(site, tmp_path):
    site.plugin = {"workers": 1, "pdf": True}  # the guides are what these tests build
    site.write_page("index.md", HANDWRITTEN.replace("pdf: false", "pdf: true").replace("{SPECIALS}", "x")
                    .replace("{{", "{").replace("}}", "}"))
    bin_dir = tmp_path / "no-tex"
    bin_dir.mkdir()
    for tool in ("bwrap", "fc-list"):  # the render sandbox, but no TeX at all
        if shutil.which(tool):
            (bin_dir / tool).symlink_to(shutil.which(tool))
    build = site.build(env={"PATH": str(bin_dir)})
    assert build.returncode == 0, build.log
    assert len(_figures(build)) == 2 and all(_pdf_of(build, f) is None for f in _figures(build))
    missing = [w for w in build.warnings() if "no TeX installation" in w]
    assert len(missing) == 1, build.log


# -- the stage's interface: PdfGuides.build -> GuideResult, key -----------------------------------
def _tiny_video(path: Path, seconds: float = 1.0, fps: int = 8) -> Path:
    import av
    import numpy as np

    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = 160, 96, "yuv420p"
        for i in range(int(seconds * fps)):
            image = np.full((96, 160, 3), (30 * i) % 256, dtype=np.uint8)
            container.mux(stream.encode(av.VideoFrame.from_ndarray(image, format="rgb24")))
        container.mux(stream.encode())
    return path


@needs_tex
def test_build_gives_the_guide_caches_it_under_its_key(tmp_path):
    import logging
    from dataclasses import replace

    from mkdocs_manimgen.cache import Store
    from mkdocs_manimgen.model import RenderedMedia
    from mkdocs_manimgen.notes import GuideResult, PdfGuides

    store = Store(tmp_path / "cache")
    try:
        video = store.add_file(_tiny_video(tmp_path / "v.mp4"), ".mp4")
        media = RenderedMedia(files={"mp4": video}, poster=video, width=160, height=96, fps=8, duration=1.0)
        spec = BlockSpec(page="p.md", line=1, concept="Squares: $$x^2$$", title="Squares")
        draft = SceneDraft(code="x = 1\n", scene_name="S", notes_md="> quoted\n> $$\n> y^2\n> $$",
                           storyboard=[Beat("One", "first $a$", 0, 0.5), Beat("Two", "second", 0.5, 1.0)])
        guides = PdfGuides(store, logging.getLogger("test"))
        made = guides.build(spec, draft, media)
        assert made.file and made.warnings == [], made
        pdf = store.path(made.file)
        assert pdf.read_bytes().startswith(b"%PDF")
        assert len([ln for ln in _run("pdfimages", "-list", str(pdf)).splitlines()[2:] if ln.strip()]) == 2
        assert store.get_doc(guides.key(spec, draft, media)) == {"file": made.file}
        assert guides.build(replace(spec, pdf=False), draft, media) == GuideResult()
        guides._tools = {name: None for name in ("latexmk", "pdflatex", "xelatex", "nice")}
        assert guides.build(spec, draft, media) == GuideResult(made.file, [])  # from the cache: no TeX ran
        changed = replace(draft, notes_md=draft.notes_md + " more")
        assert guides.key(spec, changed, media) != guides.key(spec, draft, media)
        missing = guides.build(spec, changed, media)  # not cached, and no TeX: a warning, no file
        assert missing.file is None and "no TeX installation" in missing.warnings[0]
    finally:
        store.close()


# -- one parse: the page and the PDF read the notes alike -------------------------------------------
def test_page_and_pdf_find_the_same_display_math_in_every_offline_note():
    import yaml

    from mkdocs_manimgen.generate.offline.designer import generate_draft

    corpus = yaml.safe_load((Path(__file__).parent / "data" / "offline_corpus.yaml").read_text(encoding="utf-8"))
    for item in corpus:
        spec = BlockSpec(page="p.md", line=1, concept=item["concept"])
        draft = generate_draft(spec)
        soup = BeautifulSoup(NOTES.render(draft, spec), "html.parser")
        for math in soup.select(".arithmatex"):
            math.decompose()
        assert "$" not in soup.text, (item["concept"], soup.text)  # every dollar became math
        ctx = tex.TexContext()
        body, answers = split_answers(draft.notes_md)
        latex = "".join(to_latex.markdown_to_latex(md, ctx) for md in [body, *(a.body for a in answers)])
        html = NOTES.render(draft, spec)
        assert html.count('<div class="arithmatex">') == latex.count("\\[\n"), item["concept"]


def test_a_site_without_arithmatex_still_gets_math_in_the_pdf():
    from mkdocs_manimgen.notes.parse import NotesMarkdown

    plain = NotesMarkdown(["fenced_code", "tables"], {})
    out = to_latex.markdown_to_latex("Area $a_1 b_1$ and\n$$c^2$$\nend", tex.TexContext(), plain)
    assert "$a_1 b_1$" in out and "\\[\nc^2\n\\]" in out and "\\$" not in out, out
