"""TeX inside the render child: which formula failed, what TeX said, and how many formulas were compiled.

Manim's own error is "latex error converting to dvi. See log output above or the log file:
tex/….log" (that file goes with the job directory), and for a formula whose unescaped `%`
commented out the rest, "Your installation does not support converting .dvi files to SVG",
which is false. `install()` wraps the three module-level steps of
`manim.utils.tex_file_writing.tex_to_svg_file` (it calls them through the module's globals),
so a failure carries a `TexFailure` read from TeX's log while the log still exists.
Child process only.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .failure import TexFailure

ATTR = "manimgen_tex"  # the TexFailure attached to the exception Manim raised
MAX_ERROR_LINES = 10
compiled = 0  # formulas TeX actually compiled in this child (the SVG cache spares the rest)
_sources: dict[str, tuple[str, str]] = {}  # tex file name -> (expression, environment)
_installed = False

# Manim wraps every substring in \special{dvisvgm:raw <g id='unique000'>}…; TeX's log cuts them anywhere
_SPECIAL = re.compile(r"(?:\\special ?\{)?dvisvgm:raw <[^>]*>\}?|\\special ?\{?[^}]*$|\\(?:s(?:p(?:e(?:c(?:i(?:al?)?)?)?)?)?)?$")
_POSITION = re.compile(r"^(?:<[\w ]+>|l\.\d+) ?(?P<before>.*)$")
_NOISE = ("See the LaTeX manual", "Type  H <return>", "Here is how much", "...")
_CONTROL = re.compile(r"\\[A-Za-z@]+\s*$")
_UNICODE = re.compile(r"Unicode character (?P<char>.) \(U\+(?P<code>[0-9A-Fa-f]+)\)")
# checked on Manim 0.22 with TeX Live's xeCJK (TexTemplateLibrary.ctex needs lmodern, often missing)
CJK_TEMPLATE = ('tex_template=TexTemplate(tex_compiler="xelatex", output_format=".xdv") '
                'with .add_to_preamble(r"\\usepackage{xeCJK}")')
EXAMPLE_MACROS = r"e.g. \pi for π, \geq for ≥, \times for ×"
_UNESCAPED_PERCENT = re.compile(r"(?<!\\)%")


def install() -> None:
    global _installed
    if _installed:
        return
    from manim.utils import tex_file_writing as tfw

    generate, compile_tex, convert = tfw.generate_tex_file, tfw.compile_tex, tfw.convert_to_svg

    def generate_tex_file(expression, environment=None, tex_template=None):
        path = generate(expression, environment, tex_template)
        _sources[Path(path).stem] = (str(expression), str(environment or ""))
        return path

    def compile_tex_(tex_file, tex_compiler, output_format):
        global compiled
        if not Path(tex_file).with_suffix(output_format).exists():
            compiled += 1
        try:
            return compile_tex(tex_file, tex_compiler, output_format)
        except (ValueError, RuntimeError) as err:
            setattr(err, ATTR, _from_log(Path(tex_file)))
            raise

    def convert_to_svg(dvi_file, extension, page=1):
        try:
            return convert(dvi_file, extension, page)
        except ValueError as err:  # TeX succeeded; the page it wrote could not be converted
            expression, environment = _sources.get(Path(dvi_file).stem, ("", ""))
            errors = []
            if _UNESCAPED_PERCENT.search(expression):
                errors.append("an unescaped % starts a TeX comment: it swallowed the rest of the formula, "
                              "so TeX wrote a broken page (Manim blames dvisvgm; dvisvgm is fine)")
            setattr(err, ATTR, TexFailure(_SPECIAL.sub("", expression), environment, errors or ["dvisvgm could not convert TeX's output"]))
            raise

    tfw.generate_tex_file, tfw.compile_tex, tfw.convert_to_svg = generate_tex_file, compile_tex_, convert_to_svg
    _installed = True


def _from_log(tex_file: Path) -> TexFailure:
    expression, environment = _sources.get(tex_file.stem, ("", ""))
    try:
        log = tex_file.with_suffix(".log").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        log = []
    return TexFailure(_SPECIAL.sub("", expression), environment, error_lines(log))


def error_lines(log: list[str]) -> list[str]:
    """TeX's `!` lines, each with where TeX stopped (`near: before ▸ after`), Manim's markers removed."""
    out: list[str] = []
    i = 0
    while i < len(log) and len(out) < MAX_ERROR_LINES:
        if not log[i].startswith("!"):
            i += 1
            continue
        out.append(_clean(log[i]))
        i += 1
        while i < len(log) and not log[i].startswith("!") and len(out) < MAX_ERROR_LINES:
            line = log[i]
            if line.startswith(_NOISE[2]):
                break
            position = _POSITION.match(line)
            if position and i + 1 < len(log):
                before = _clean(position["before"].rstrip()).lstrip(".").strip()
                after = _clean(log[i + 1].rstrip().rstrip(".")).strip()
                if before and not re.fullmatch(r"\\end\{[\w*]+\}", before):
                    out.append(f"near: {before} ▸ {after}" if after else f"near: {before}")
                i += 2
                continue
            if line.strip() and not line.lstrip().startswith(_NOISE):
                out.append("  " + _clean(line).strip())
            i += 1
    return out


def _clean(line: str) -> str:
    return _SPECIAL.sub("", line.rstrip()).lstrip("! ").rstrip() if line.startswith("!") else _SPECIAL.sub("", line)


def hints(tex: TexFailure) -> list[str]:
    """What fixes the known causes, from TeX's own words (empty when the cause is not a known one)."""
    text = "\n".join(tex.errors)
    math = tex.environment == "align*"
    found: list[str] = []
    for m in _UNICODE.finditer(text):
        char = m["char"]
        if _is_cjk(char):
            found.append(f"{char} is CJK text, which the default LaTeX template cannot typeset: put the words in "
                         f'Text("…", font="Noto Sans CJK SC") beside the formula, or wrap them in \\text{{…}} and give '
                         f"the {'MathTex' if math else 'Tex'} a xelatex template: " + CJK_TEMPLATE)
        else:
            macro = _macro(char) or EXAMPLE_MACROS
            found.append(f"{char} (U+{m['code'].upper()}) is not a LaTeX character: write its macro ({macro}) instead")
        break
    if "Missing $ inserted" in text:
        found.append("Tex(...) typesets text: put math in MathTex(...), or inside $...$ in Tex" if not math else
                     "a text-only command or character is inside math: wrap words in \\text{...}")
    if "macro parameter character #" in text:
        found.append("# is TeX's parameter character: write \\# for a literal #")
    if "Misplaced alignment tab character &" in text:
        found.append("& aligns columns only inside math environments: write \\& for a literal &")
    if "Undefined control sequence" in text:
        name = next((m.group(0).strip() for line in tex.errors if line.startswith("near: ")
                     for m in [_CONTROL.search(line[6:].split(" ▸ ")[0])] if m), None)
        found.append(f"{name or 'a command'} is not defined by the template's packages: fix its spelling, write "
                     "what it stands for (\\mathbb{R} for \\R), or give a tex_template=TexTemplate() with "
                     ".add_to_preamble(r'\\usepackage{…}') or a \\newcommand")
    if "File `" in text and "not found" in text:
        found.append("a LaTeX package the formula needs is not installed on the build machine: "
                     "use a command from amsmath/amssymb, or install the package (`manimgen doctor` checks LaTeX)")
    if "unescaped %" in text:
        found.append("write \\% for a literal percent sign")
    return found


def _is_cjk(char: str) -> bool:
    return any(lo <= ord(char) <= hi for lo, hi in ((0x3000, 0x30FF), (0x3400, 0x9FFF), (0xAC00, 0xD7AF),
                                                   (0xF900, 0xFAFF), (0xFF00, 0xFFEF)))


def _macro(char: str) -> str | None:
    """\\pi for π (Greek letters from their Unicode names); None when there is no obvious one."""
    name = unicodedata.name(char, "")
    m = re.fullmatch(r"GREEK (SMALL|CAPITAL) LETTER (\w+)", name)
    if not m:
        return None
    letter = m[2].lower()
    return "\\" + (letter if m[1] == "SMALL" else letter.capitalize())
