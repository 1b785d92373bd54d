"""The one Markdown parser of the notes: python-markdown with the site's own extensions.

The page's HTML is python-markdown's serialisation of the tree; the PDF guide walks the same
tree (to_latex.py), so the two cannot read the notes differently.
"""

from __future__ import annotations

import copy
import re
import threading
import xml.etree.ElementTree as etree
from dataclasses import dataclass

import markdown
from markdown.preprocessors import Preprocessor

ARITHMATEX = "pymdownx.arithmatex"
# What the guide reads when no site is known (the CLI, tests): the extensions of the example course.
DEFAULT_EXTENSIONS = ["admonition", "pymdownx.details", "pymdownx.superfences", "tables", ARITHMATEX]
DEFAULT_CONFIGS = {ARITHMATEX: {"generic": True}}
# The TeX walk finds math as arithmatex's generic elements with these wraps, whatever the site's own settings.
TEX_ARITHMATEX = {"generic": True, "tex_inline_wrap": ["\\(", "\\)"], "tex_block_wrap": ["\\[", "\\]"],
                  "block_tag": "div", "inline_tag": "span", "preview": False}

_LINE = re.compile(r"^(?P<quote>(?:[ ]{0,3}>[ ]?)*)(?P<indent>[ ]{0,3})(?P<body>.*)$")
# what opens display math at the start of a line, and what closes it
_OPENER = re.compile(r"\$\$|\\\[\s*$|\\begin\{((?:equation|align|gather|multline)\*?)\}")
# `text $$math$$ more`, or `text $$` with the math on the next lines
_MID_DISPLAY = re.compile(r"(?<=\S)(?<!\\)\s*(\$\$(?:.+?(?<!\\)\$\$|\s*$))")


def _closer(opener: re.Match) -> str:
    if opener[0] == "$$":
        return "$$"
    return "\\]" if opener[0].startswith("\\[") else f"\\end{{{opener[1]}}}"


class DisplayMathBlocks(Preprocessor):
    """Puts display math (`$$…$$`, `\\[…\\]`, `\\begin{align}…`) in a block of its own.

    arithmatex only takes display math that is a block; written inside a paragraph (as a quoted
    concept often is: `> text` / `> $$` / `> f(x)` / `> $$`, or `text: $$f(x)$$`, `text $$` / `f(x)` /
    `$$`) it stayed text with stray `$`. A blank line (with the same `>` markers) before and after the math makes it a
    block, in quotes too; TeX reads `$$` as display math wherever it is. Runs after the
    fenced-code preprocessors, so code is untouched; lines with code spans are left alone.
    """

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        closer: str | None = None  # inside display math: what ends it
        blank_next = False  # the math just ended: a blank line before more text
        todo = list(reversed(lines))
        while todo:
            line = todo.pop()
            m = _LINE.match(line)
            quote, indent, body = m["quote"], m["indent"], m["body"]
            blank = quote.rstrip()
            if closer is None:
                opener = _OPENER.match(body)
                # (not in code spans, nor in lines indented as code)
                mid = _MID_DISPLAY.search(body) if not opener and "`" not in body and body[:1] != " " else None
                if mid:  # `text $$math$$ more`: the text, then the math from its own line
                    todo += [quote + indent + body[mid.start(1):], quote + indent + body[:mid.start()]]
                    continue
                unclosed = opener is not None and _closer(opener) not in body[opener.end():] and \
                    not any(_closer(opener) in later for later in todo)
                if opener is None or unclosed:  # (an unclosed `$$` stays text, as arithmatex leaves it)
                    if blank_next and body.strip():
                        out.append(blank)
                    out.append(line)
                    blank_next = False
                    continue
                if out and _LINE.match(out[-1])["body"].strip():
                    out.append(blank)
                closer = _closer(opener)
                head, body = quote + opener[0], body[opener.end():]  # arithmatex wants it at the start
            else:
                head = quote + indent
            end = body.find(closer)
            if end < 0:
                out.append(head + body)
                blank_next = False
                continue
            out.append(head + body[:end + len(closer)])
            tail = body[end + len(closer):].strip()
            closer, blank_next = None, True
            if tail:  # text after the math: a paragraph (or more math) of its own
                todo.append(quote + tail)
        return out


@dataclass
class Parsed:
    """A parsed text: the tree python-markdown built and its stash of raw HTML (placeholders in the text)."""

    root: etree.Element
    stash: list


class NotesMarkdown:
    """python-markdown configured like the page: the site's extensions and their settings.

    `extensions` and `configs` are MkDocs' `markdown_extensions` and `mdx_configs`; None means
    DEFAULT_EXTENSIONS. The fence named `fence_name` is removed from superfences (a model could
    write one inside notes and recurse). One python-markdown per thread: a Markdown object holds
    the state of the conversion it is doing.
    """

    def __init__(self, extensions: list | None = None, configs: dict | None = None, fence_name: str = "manimgen"):
        if extensions is None:
            extensions, configs = DEFAULT_EXTENSIONS, DEFAULT_CONFIGS
        configs = copy.copy(configs or {})
        sf = dict(configs.get("pymdownx.superfences", {}))
        sf["custom_fences"] = [f for f in sf.get("custom_fences", []) if f.get("name") != fence_name]
        configs["pymdownx.superfences"] = sf
        self.extensions = [e for e in extensions if e not in ("toc",)]
        self.configs = {k: v for k, v in configs.items() if k in self.extensions}
        self._local = threading.local()

    def _instance(self, for_tex: bool) -> markdown.Markdown:
        attr = "tex" if for_tex else "html"
        md = getattr(self._local, attr, None)
        if md is None:
            extensions, configs = self.extensions, self.configs
            if for_tex:  # math as arithmatex's generic elements, on a site without arithmatex too
                extensions = [e for e in extensions if e != ARITHMATEX] + [ARITHMATEX]
                configs = {**configs, ARITHMATEX: {**configs.get(ARITHMATEX, {}), **TEX_ARITHMATEX}}
            md = markdown.Markdown(extensions=extensions, extension_configs=configs)
            if for_tex or ARITHMATEX in self.extensions:  # a page without arithmatex keeps its paragraphs
                md.preprocessors.register(DisplayMathBlocks(md), "manimgen_display_math", 15)
            setattr(self._local, attr, md)
        return md

    def html(self, text: str) -> str:
        """The page's HTML of `text` (setting up the extensions is the costly part: done once per thread)."""
        return self._instance(False).reset().convert(text)

    def tree(self, text: str) -> Parsed:
        """The tree of `text` after every treeprocessor: what html() serialises."""
        md = self._instance(True).reset()
        lines = text.split("\n")
        for prep in md.preprocessors:
            lines = prep.run(lines)
        root = md.parser.parseDocument(lines).getroot()
        return Parsed(self._treeprocess(md, root), list(md.htmlStash.rawHtmlBlocks))

    def inline_tree(self, text: str) -> Parsed:
        """The tree of one paragraph's inline Markdown (no blocks: a beat's `1.` is not a list)."""
        md = self._instance(True).reset()
        root = etree.Element("div")
        etree.SubElement(root, "p").text = text
        return Parsed(self._treeprocess(md, root), list(md.htmlStash.rawHtmlBlocks))

    @staticmethod
    def _treeprocess(md: markdown.Markdown, root: etree.Element) -> etree.Element:
        for processor in md.treeprocessors:
            new = processor.run(root)
            if new is not None:
                root = new
        return root
