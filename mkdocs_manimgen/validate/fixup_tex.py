"""Fix-ups inside the TeX strings of ``MathTex`` / ``Tex``: Unicode math, CJK, an unescaped ``%``.

- ``tex-unicode``: ``π``, ``≥``, ``×``, ``→`` ... become their TeX macros (the PDF guide's
  table, :data:`mkdocs_manimgen.pdf_guide.UNICODE_MATH`); in text-mode ``Tex`` outside ``$``
  they are wrapped in ``$...$``.
- ``tex-cjk``: Chinese/Japanese/Korean text needs a CJK-capable template. We keep the formula
  whole (one mobject, so indexing into its parts still works) and give it Manim's own
  ``TexTemplateLibrary.ctex`` (XeLaTeX + ctex, installed with TeX Live's CJK collection);
  inside ``MathTex`` the CJK runs go into ``\\text{}``, since math fonts have no CJK glyphs.
  Splitting into ``Text`` + ``MathTex`` would change the mobject structure the scene relies on.
- ``tex-percent``: ``%`` starts a TeX comment (it swallows the rest of the line and the
  closing brace Manim adds), so an unescaped one becomes ``\\%``.
"""

from __future__ import annotations

import ast
import re

from .edits import Collector, Source, func_name, kw

_MATH = {"MathTex", "SingleStringMathTex"}
_TEXT = {"Tex", "Title", "BulletedList"}
_CJK_RUN = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+")
_PERCENT = re.compile(r"(?<!\\)%")


def _unicode_math() -> dict[str, str]:
    from ..pdf_guide import UNICODE_MATH

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
        nxt = text[i + 1:i + 2]
        if macro[-1].isalpha() and (nxt.isalpha() or nxt == "_" and False):
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
        cjk = any(_CJK_RUN.search(s.value) for s in strings) and kw(call, "tex_template") is None
        name = func_name(call)
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
            if cjk and math:
                wrapped = _CJK_RUN.sub(lambda m: "\\text{" + m.group(0) + "}", new)
                new = re.sub(r"\\text\{\\text\{([^{}]*)\}\}", r"\\text{\1}", wrapped)  # already in \text{}
            if new == value:
                continue
            text = _literal(self.src.text(s), new)
            try:
                if ast.literal_eval(text) != new:
                    continue
            except (ValueError, SyntaxError):
                continue
            notes = notes or [("tex-cjk", "CJK text → \\text{...}")]
            self.add(s, text, f"{name}({self.src.text(s)[:40]}): " + "; ".join(w for _, w in notes), row=notes[0][0])
        if cjk:
            end = self.src.pos(call.end_lineno, call.end_col_offset) - 1  # before the closing parenthesis
            before = self.src.code[:end].rstrip()
            sep = "" if not (call.args or call.keywords) else " " if before.endswith(",") else ", "
            self.add((end, end), f"{sep}tex_template=TexTemplateLibrary.ctex",
                     f"{name}(...) with CJK → tex_template=TexTemplateLibrary.ctex (XeLaTeX + ctex)",
                     call.lineno, row="tex-cjk")
