"""Fix-ups inside the TeX strings of ``MathTex`` / ``Tex``: Unicode math, CJK, an unescaped ``%``.

- ``tex-unicode``: ``π``, ``≥``, ``×``, ``→`` ... become their TeX macros (the PDF guide's
  table, :data:`mkdocs_manimgen.notes.tex.UNICODE_MATH`); in text-mode ``Tex`` outside ``$``
  they are wrapped in ``$...$``.
- ``tex-cjk``: Chinese/Japanese/Korean inside ``MathTex`` does not compile with pdfLaTeX. We split
  the formula into ``Text`` (the CJK runs, set by Pango in :data:`.table.CJK_FONT`) and
  ``MathTex`` (the math), arranged in a row. Chosen over Manim's ``TexTemplateLibrary.ctex``:
  that template needs XeLaTeX plus ``lmodern.sty`` (missing from a minimal TeX Live, as on our
  build machine), and a template of our own would need ``tex_compiler=``, which the validator
  refuses in model code. The cost: the formula becomes a ``VGroup`` of parts.
- ``tex-percent``: ``%`` starts a TeX comment (it swallows the rest of the line and the
  closing brace Manim adds), so an unescaped one becomes ``\\%``.
"""

from __future__ import annotations

import ast
import re

from . import pyast
from .edits import Collector, Source, func_name
from .table import CJK_FONT

_MATH = {"MathTex", "SingleStringMathTex"}
_TEXT = {"Tex", "Title", "BulletedList"}
_CJK_RUN = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+")
_PERCENT = re.compile(r"(?<!\\)%")


def _unicode_math() -> dict[str, str]:
    from ..notes.tex import UNICODE_MATH

    return UNICODE_MATH


def _macros(text: str, math: bool) -> str:
    """Replace Unicode math symbols; ``math`` says whether ``text`` starts in math mode."""
    table = _unicode_math()
    out: list[str] = []
    in_math = math
    for i, ch in enumerate(text):
        if ch == "$" and (i == 0 or text[i - 1] != "\\") and not math:
            in_math = not in_math
        macro = table.get(ch)
        if macro is None or ord(ch) < 0x80:
            out.append(ch)
            continue
        if macro[-1].isalpha() and text[i + 1:i + 2].isalpha():
            macro += " "  # `\pi r`, not `\pir`
        out.append(macro if in_math else f"${macro.rstrip()}$")
    return "".join(out)


def _literal(old_src: str, value: str) -> str | None:
    """A string literal for ``value``, raw and in the old literal's quote when that can hold it."""
    m = re.match(r"([rRuUbBfF]*)('''|\"\"\"|'|\")", old_src)
    quote = m.group(2) if m else '"'
    if "\n" not in value and quote not in value and not value.endswith("\\") and "\r" not in value:
        return f"r{quote}{value}{quote}"
    return repr(value)


class TexCollector(Collector):
    def __init__(self, src: Source, tree: ast.Module):
        super().__init__(src, tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id not in self.own:
                if node.func.id in _MATH | _TEXT:
                    self.tex_call(node, node.func.id in _MATH)

    def tex_call(self, call: ast.Call, math: bool) -> None:
        strings = [a for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        name = func_name(call)
        if math and any(_CJK_RUN.search(s.value) for s in strings):
            self.split_cjk(call, name)
            return
        for s in strings:
            value = s.value
            notes = []
            new = _macros(value, math)
            if new != value:
                notes.append(("tex-unicode", "Unicode math → TeX macros"))
            escaped = _PERCENT.sub(r"\\%", new)
            if escaped != new:
                notes.append(("tex-percent", "% → \\% (an unescaped % starts a TeX comment)"))
            new = escaped
            if new == value:
                continue
            text = _literal(self.src.text(s), new)
            try:
                if pyast.literal_eval(text) != new:
                    continue
            except (ValueError, SyntaxError):
                continue
            self.add(s, text, f"{name}({self.src.text(s)[:40]}): " + "; ".join(w for _, w in notes), row=notes[0][0])

    def split_cjk(self, call: ast.Call, name: str) -> None:
        """``MathTex("面积 = \\pi r^2")`` → ``VGroup(Text("面积"), MathTex(r"= \\pi r^2")).arrange(RIGHT)``."""
        if (len(call.args) != 1 or not isinstance(call.args[0], ast.Constant)
                or any(k.arg not in ("color", "font_size") for k in call.keywords)):
            return  # several strings or other options: the parts would not line up; left to the repair
        kws = "".join(f", {self.src.text(k)}" for k in call.keywords)
        value = _TEXT_CMD.sub(lambda m: m.group(1) if _CJK_RUN.search(m.group(1)) else m.group(0), call.args[0].value)
        parts = []
        for i, piece in enumerate(_CJK_RUN.split(value)):
            if piece.strip():
                tex = _PERCENT.sub(r"\\%", _macros(piece.strip(), True))
                parts.append(f"{name}({_literal(_RAW, tex)}{kws})")
            if i < len(runs := _CJK_RUN.findall(value)):
                parts.append(f"Text({runs[i]!r}, font={CJK_FONT!r}{kws})")
        new = parts[0] if len(parts) == 1 else f"VGroup({', '.join(parts)}).arrange(RIGHT, buff=0.15)"
        self.add(call, new, f"{name}(...) with CJK → Text for the CJK, {name} for the math", row="tex-cjk")


_RAW = 'r"'  # the literal style the split parts use
_TEXT_CMD = re.compile(r"\\(?:text|mbox|textrm|mathrm)\{([^{}]*)\}")
