"""Markdown -> LaTeX by walking the tree python-markdown builds (the tree the page's HTML comes from).

Every string in the tree is text to TeX (tex.escape); math is arithmatex's elements, sanitised
by tex.safe_math; code (an element or a stashed highlighted block) goes to a file typeset with
\\VerbatimInput. Attributes (links, classes) never reach TeX.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from functools import lru_cache
from html.parser import HTMLParser

from markdown.util import HTML_PLACEHOLDER_RE

from . import tex
from .parse import NotesMarkdown, Parsed

_SECTIONS = {"h1": r"\subsection*", "h2": r"\subsection*", "h3": r"\subsubsection*", "h4": r"\paragraph*",
             "h5": r"\paragraph*", "h6": r"\paragraph*"}
# arithmatex's `\begin{align}…` display math: TeX's own environments become their math-mode forms
_MATH_ENV = re.compile(r"^\s*\\begin\{((?:equation|align|gather|multline)\*?)\}(.*)\\end\{\1\}\s*$", re.S)
_TAG = re.compile(r"<[^>]*>")


@lru_cache(maxsize=1)
def default_parser() -> NotesMarkdown:
    return NotesMarkdown()


def markdown_to_latex(md: str, ctx: tex.TexContext, parser: NotesMarkdown | None = None) -> str:
    """Headings, paragraphs, lists, quotes, admonitions, tables, math and code; everything else escaped."""
    return latex_of((parser or default_parser()).tree(md.replace("\r\n", "\n")), ctx)


def latex_of(parsed: Parsed, ctx: tex.TexContext) -> str:
    """The LaTeX of a parsed text (NotesMarkdown.tree)."""
    return _Writer(parsed, ctx).blocks(parsed.root)


def inline(text: str, ctx: tex.TexContext, parser: NotesMarkdown | None = None) -> str:
    """One paragraph's inline Markdown -> LaTeX: code spans, math, bold/italic, links' text."""
    parsed = (parser or default_parser()).inline_tree(text)
    paragraph = parsed.root.find("p")
    return _Writer(parsed, ctx).inline(paragraph).strip() if paragraph is not None else ""


def formulas_in(parsed: Parsed, limit: int = 6) -> list[str]:
    """The display math of a parsed text; without any, its inline formulas (the short ones are symbols), as TeX."""
    found = [_math_env(_unwrap(el)) for el in parsed.root.iter() if _is_math(el, "div")]
    if not found:
        found = [_unwrap(el) for el in parsed.root.iter() if _is_math(el, "span")]
        found = [f for f in found if len(f) >= 3] or found
    return list(dict.fromkeys(f for f in found if f))[:limit]


def _math_env(body: str) -> str:
    """`\\begin{align}…` (arithmatex takes TeX's environments as display math) in its math-mode form."""
    if m := _MATH_ENV.match(body):
        body = m[2]
        if "\\\\" in body:
            kind = "aligned" if m[1].startswith("align") else "gathered"
            body = f"\\begin{{{kind}}}{body}\\end{{{kind}}}"
    return body


def _is_math(el: etree.Element, tag: str) -> bool:
    return el.tag == tag and "arithmatex" in (el.get("class") or "").split()


def _unwrap(el: etree.Element) -> str:
    """The TeX inside arithmatex's \\( \\) or \\[ \\] (parse.TEX_ARITHMATEX's wraps; arithmatex escapes it as HTML)."""
    text = html.unescape("".join(el.itertext())).strip()
    if text[:2] in ("\\(", "\\[") and text[-2:] in ("\\)", "\\]"):
        text = text[2:-2]
    return text.strip()


class _CodeText(HTMLParser):
    """The text of stashed HTML, code blocks' line numbers left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self.code = False

    def handle_starttag(self, tag, attrs):
        if tag in ("pre", "code"):
            self.code = True
        cls = dict(attrs).get("class") or ""
        if self._skip or "linenos" in cls or "lineno" in cls.split():
            self._skip += 1

    def handle_endtag(self, tag):
        if self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


class _Writer:
    def __init__(self, parsed: Parsed, ctx: tex.TexContext):
        self.stash = parsed.stash
        self.ctx = ctx

    # -- blocks ---------------------------------------------------------------------------------
    def blocks(self, parent: etree.Element) -> str:
        out = []
        if parent.text and parent.text.strip():
            out.append(self.text(parent.text).strip() + "\n")
        for child in parent:
            out.append(self.block(child))
            if child.tail and child.tail.strip():
                out.append(self.text(child.tail).strip() + "\n")
        return "\n".join(part for part in out if part)

    def block(self, el: etree.Element) -> str:
        tag, classes = el.tag, (el.get("class") or "").split()
        if tag in _SECTIONS:
            return f"{_SECTIONS[tag]}{{{self.inline(el).strip()}}}\n"
        if tag == "p":
            raw = self._stashed_block(el)
            return raw if raw is not None else _paragraph(self.inline(el))
        if tag in ("ul", "ol"):
            return self.list(el)
        if tag == "blockquote":
            return "\\begin{quote}\n" + self.blocks(el) + "\\end{quote}\n"
        if tag == "div" and "arithmatex" in classes:
            return self.display_math(_unwrap(el))
        if tag == "div" and "admonition" in classes or tag == "details":
            title = el.find("summary" if tag == "details" else "p[@class='admonition-title']")
            head = f"\\textbf{{{self.inline(title).strip()}}}\\par\n" if title is not None else ""
            body = etree.Element("div")
            body.extend(child for child in el if child is not title)
            return "\\begin{quote}\n" + head + self.blocks(body) + "\\end{quote}\n"
        if tag == "pre":
            return tex.code_block(html.unescape("".join(el.itertext())), self.ctx)
        if tag == "table":
            return self.table(el)
        if tag in ("hr", "script", "style", "input"):
            return ""
        if len(el) and any(child.tag in _BLOCK_TAGS for child in el):
            return self.blocks(el)
        return _paragraph(self.inline(el))

    def list(self, el: etree.Element) -> str:
        items = [li for li in el if li.tag == "li"]
        if self.ctx.list_depth >= 3:  # LaTeX nests lists four deep at most
            return "\n".join(self.item(li) for li in items)
        env = "enumerate" if el.tag == "ol" else "itemize"
        self.ctx.list_depth += 1
        try:
            body = "".join(f"\\item {self.item(li).strip()}\n" for li in items)
        finally:
            self.ctx.list_depth -= 1
        return f"\\begin{{{env}}}\n{body}\\end{{{env}}}\n"

    def item(self, li: etree.Element) -> str:
        """A tight item is inline text then maybe blocks (a nested list); a loose one is blocks."""
        head = etree.Element("p")
        head.text = li.text
        rest: list[etree.Element] = []
        for child in li:
            if rest or child.tag in _BLOCK_TAGS:
                rest.append(child)
            else:
                head.append(child)
        parts = [_paragraph(self.inline(head))] if "".join(head.itertext()).strip() else []
        if rest:
            body = etree.Element("div")
            body.extend(rest)
            parts.append(self.blocks(body))
        return "\n".join(parts)

    def table(self, el: etree.Element) -> str:
        rows = [" \\quad\\textbar\\quad ".join(self.inline(cell).strip() for cell in row)
                for row in el.iter("tr")]
        return "\\begin{flushleft}\n" + "\\\\\n".join(rows) + "\n\\end{flushleft}\n"

    def display_math(self, body: str) -> str:
        return tex.math_display(_math_env(body), self.ctx)

    def _stashed_block(self, p: etree.Element) -> str | None:
        """A paragraph that is only a stashed HTML block (a highlighted code block, raw HTML)."""
        if len(p) or not p.text or not (m := HTML_PLACEHOLDER_RE.fullmatch(p.text.strip())):
            return None
        raw = self._stash(int(m[1]))
        if isinstance(raw, etree.Element):
            return self.blocks(raw) if raw.tag == "div" else self.block(raw)
        reader = _CodeText()
        reader.feed(raw)
        reader.close()
        text = "".join(reader.parts)
        if reader.code:
            return tex.code_block(text, self.ctx)
        return _paragraph(tex.escape(text.strip()))

    def _stash(self, i: int):
        return self.stash[i] if 0 <= i < len(self.stash) else ""

    # -- inline ---------------------------------------------------------------------------------
    def inline(self, el: etree.Element) -> str:
        parts = [self.text(el.text)]
        for child in el:
            parts.append(self.inline_element(child))
            parts.append(self.text(child.tail))
        return "".join(parts)

    def inline_element(self, el: etree.Element) -> str:
        tag, classes = el.tag, (el.get("class") or "").split()
        if "arithmatex" in classes:
            return tex.math_inline(_unwrap(el), self.ctx)
        if tag in ("strong", "b"):
            return r"\textbf{" + self.inline(el) + "}"
        if tag in ("em", "i"):
            return r"\emph{" + self.inline(el) + "}"
        if tag == "code":
            return r"\texttt{" + tex.escape(html.unescape("".join(el.itertext())).strip()) + "}"
        if tag == "br":
            return " "
        if tag == "img":
            return tex.escape(el.get("alt") or "")
        if tag in ("script", "style", "input"):
            return ""
        return self.inline(el)  # links, spans, sup/sub…: their text

    def text(self, text: str | None) -> str:
        """Tree text -> LaTeX: stashed inline HTML keeps its text only (as a browser shows it)."""
        if not text:
            return ""
        out, pos = [], 0
        for m in HTML_PLACEHOLDER_RE.finditer(text):
            out.append(tex.escape(text[pos:m.start()]))
            raw = self._stash(int(m[1]))
            if isinstance(raw, etree.Element):
                out.append(self.inline(raw))
            else:
                out.append(tex.escape(html.unescape(_TAG.sub("", raw))))
            pos = m.end()
        out.append(tex.escape(text[pos:]))
        return "".join(out)


_BLOCK_TAGS = {"p", "ul", "ol", "blockquote", "pre", "table", "div", "details", "hr", *_SECTIONS}


def _paragraph(latex: str) -> str:
    latex = latex.strip()
    return latex + "\n" if latex else ""
