"""LaTeX for the PDF scene guide: escaping, math sanitising, a small Markdown -> LaTeX converter.

Everything a block (or a model) wrote is text to TeX, never code: prose is escaped character
by character, math keeps only ordinary math (control sequences that read or write files,
change catcodes or define macros are removed, environments are limited to math ones, braces
must balance), and code is typeset from a separate file with \\VerbatimInput, so no line of it
can end the verbatim.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_CJK_RUN = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+")

_TEXT_SPECIALS = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#", "%": r"\%",
    "_": r"\_", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}", "<": r"\textless{}",
    ">": r"\textgreater{}", "|": r"\textbar{}", '"': "''",
}
# Characters Latin Modern / Computer Modern text fonts lack, typeset as math (both engines).
_GREEK = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi o pi rho varsigma sigma tau " \
         "upsilon phi chi psi omega".split()
UNICODE_MATH = {chr(0x3B1 + i): "\\" + name for i, name in enumerate(_GREEK) if name not in ("o", "varsigma")}
UNICODE_MATH.update({"Γ": r"\Gamma", "Δ": r"\Delta", "Θ": r"\Theta", "Λ": r"\Lambda", "Ξ": r"\Xi", "Π": r"\Pi",
                     "Σ": r"\Sigma", "Φ": r"\Phi", "Ψ": r"\Psi", "Ω": r"\Omega", "ϕ": r"\phi", "φ": r"\varphi",
                     "ε": r"\varepsilon",
                     "ο": "o", "ς": r"\varsigma",
                     "×": r"\times", "÷": r"\div", "±": r"\pm", "·": r"\cdot", "°": r"^\circ", "−": "-",
                     "≤": r"\le", "≥": r"\ge", "≠": r"\ne", "≈": r"\approx", "≡": r"\equiv", "∞": r"\infty",
                     "→": r"\to", "←": r"\leftarrow", "↔": r"\leftrightarrow", "⇒": r"\Rightarrow",
                     "⇔": r"\Leftrightarrow", "∈": r"\in", "∉": r"\notin", "⊂": r"\subset", "∪": r"\cup",
                     "∩": r"\cap", "∑": r"\sum", "∏": r"\prod", "∫": r"\int", "∂": r"\partial",
                     "∇": r"\nabla",
                     "√": r"\surd", "∀": r"\forall", "∃": r"\exists", "∅": r"\emptyset", "²": "^2", "³": "^3",
                     "¹": "^1", "½": r"\tfrac12", "µ": r"\mu", "∘": r"\circ", "′": "'", "ℝ": r"\mathbb{R}",
                     "ℕ": r"\mathbb{N}", "ℤ": r"\mathbb{Z}", "ℚ": r"\mathbb{Q}", "ℂ": r"\mathbb{C}"})
# Beyond ASCII, what pdflatex + inputenc(utf8) typesets without help.
_PDFLATEX_OK = set("–—‘’“”…•€«»¡¿") | {chr(c) for c in range(0xA0, 0x180)}

MATH_ENVS = {"aligned", "alignedat", "gathered", "split", "cases", "dcases", "matrix", "pmatrix", "bmatrix",
             "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "array", "subarray", "rcases"}
# Control sequences that are never math: files, output, catcodes, definitions, expansion tricks.
BLOCKED = set("""
input include includeonly InputIfFileExists IfFileExists openin openout read readline write immediate closein
closeout special shipout output def edef gdef xdef let futurelet global long outer protected csname endcsname
expandafter noexpand unexpanded detokenize scantokens catcode lccode uccode sfcode mathcode delcode endlinechar
newlinechar escapechar uppercase lowercase string meaning jobname message errmessage errhelp show showbox showthe
showlists showtokens batchmode nonstopmode scrollmode errorstopmode endinput dump usepackage RequirePackage
documentclass makeatletter makeatother begingroup endgroup aftergroup afterassignment loop repeat iterate verb
lstinline url href includegraphics write18 toks count dimen skip muskip countdef dimendef skipdef toksdef chardef
mathchardef setbox box copy the number romannumeral numexpr dimexpr glueexpr halign valign noalign hyphenation
patterns font fontdimen hyphenchar skewchar mag vadjust insert mark marks vsplit lastbox unvbox unhbox unvcopy
unhcopy par label ref eqref cite footnote marginpar newpage clearpage cleardoublepage pagebreak obeyspaces
obeylines ExplSyntaxOn ExplSyntaxOff directlua luaexec ShellEscape bibliography addcontentsline addtocontents
afterpage section subsection subsubsection paragraph subparagraph chapter part item caption AtBeginDocument
AtEndDocument AtBeginShipout typeout typein relax ifx ifdefined ifcsname
else fi or ifnum ifdim ifcase unless DeclareMathOperator operatornamewithlimits DeclareRobustCommand tag
""".split())
_BLOCKED_PREFIXES = ("pdf", "XeTeX", "xetex", "lua", "tracing", "every", "new", "renew", "provide", "Declare",
                     "Input", "Read", "Write", "Open", "Close", "file", "Expl", "csdef", "cslet", "loop")
# Undefined names get a harmless definition so a model's \R or \dv cannot fail the build.
PROVIDE_DEFAULTS = {"R": r"\mathbb{R}", "N": r"\mathbb{N}", "Z": r"\mathbb{Z}", "Q": r"\mathbb{Q}",
                    "C": r"\mathbb{C}", "dd": r"\mathrm{d}", "e": r"\mathrm{e}"}

_MATH_TOKEN = re.compile(r"\\([A-Za-z]+)\*?|\\(.)|\^\^|([{}$#&%])|(\\)$", re.S)


@dataclass
class TexContext:
    """What converting a block's text collected: code files to write and macro names to provide."""

    files: dict[str, str] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)
    list_depth: int = 0

    def add_file(self, text: str, suffix: str = ".txt") -> str:
        name = f"code-{len(self.files) + 1}{suffix}"
        self.files[name] = text
        return name


def unicode_declarations() -> list[tuple[str, str]]:
    """pdflatex's meaning for each symbol of UNICODE_MATH, so that one left in the verbatim code
    listing (a comment, a label string) typesets as math instead of stopping the compile."""
    return [(f"{ord(ch):04X}", macro) for ch, macro in UNICODE_MATH.items() if ord(ch) > 0x7E]


def needs_xetex(*texts: str) -> bool:
    """Chinese (or any text pdflatex cannot typeset) needs xelatex + xeCJK."""
    for text in texts:
        for ch in text:
            if ord(ch) > 0x7E and ch not in _PDFLATEX_OK and ch not in UNICODE_MATH:
                return True
    return False


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def escape(text: str) -> str:
    """Plain text -> LaTeX that typesets exactly that text (no command can get through)."""
    out = []
    for ch in text:
        if ch in _TEXT_SPECIALS:
            out.append(_TEXT_SPECIALS[ch])
        elif ch in UNICODE_MATH:
            out.append(r"\ensuremath{" + UNICODE_MATH[ch] + "}")
        elif ch == "\t":
            out.append(" ")
        elif ord(ch) < 32 and ch != "\n" or 0x7F <= ord(ch) < 0xA0 or 0xE000 <= ord(ch) <= 0xF8FF:
            continue  # control characters and our own private-use placeholders
        else:
            out.append(ch)
    return "".join(out)


def _blocked(name: str) -> bool:
    return name in BLOCKED or name.startswith(_BLOCKED_PREFIXES)


def safe_math(tex: str, ctx: TexContext | None = None, display: bool = False) -> str | None:
    """Math that can only typeset math, or None when it cannot be made safe (shown as text then).

    Dangerous control sequences are removed; `^^` (TeX's character-code escape) and unbalanced
    braces or environments refuse the whole formula.
    """
    out: list[str] = []
    depth = 0
    envs: list[str] = []
    top_newline = False
    pos = 0
    for m in _MATH_TOKEN.finditer(tex):
        if m.start() < pos:  # inside an environment's {name}, already taken
            continue
        out.append(_math_chars(tex[pos:m.start()]))
        pos = m.end()
        name, symbol, special = m[1], m[2], m[3]
        if m.group(0) == "^^":
            return None
        if m[4]:  # a lone trailing backslash
            continue
        if name:
            if _blocked(name):
                continue
            if name in ("begin", "end"):
                env = re.match(r"\s*\{([A-Za-z]+\*?)\}", tex[pos:])
                if not env or env[1].rstrip("*") not in MATH_ENVS:
                    return None
                pos += env.end()
                if name == "begin":
                    envs.append(env[1])
                elif not envs or envs.pop() != env[1]:
                    return None
                out.append(f"\\{name}{{{env[1]}}}")
                continue
            if ctx is not None:
                ctx.names.add(name)
            out.append(m.group(0))
        elif symbol is not None:
            if symbol == "\\":
                if not envs:
                    top_newline = True
                out.append("\\\\")
            elif symbol in ",;:! {}|%#&$_" or symbol == "\n":
                out.append("\\" + (" " if symbol == "\n" else symbol))
            # anything else (\[ \] \( \) \@ \^ accents…) is dropped
        elif special in "{}":
            depth += 1 if special == "{" else -1
            if depth < 0:
                return None
            out.append(special)
        elif special == "&":
            out.append("&" if envs else r"\&")
        elif special in "#%":
            out.append("\\" + special)
        # a bare $ would end math mode: dropped
    out.append(_math_chars(tex[pos:]))
    if depth or envs:
        return None
    body = "".join(out).strip()
    if not body:
        return None
    if top_newline:
        if not display:
            body = body.replace("\\\\", r"\quad ")
        else:
            kind = "aligned" if "&" in body else "gathered"
            body = f"\\begin{{{kind}}}{body}\\end{{{kind}}}"
    return body


def _math_chars(text: str) -> str:
    """Plain characters inside math: Unicode symbols as commands, CJK as text."""
    out = []
    for ch in text:
        if ch in UNICODE_MATH:
            out.append("{" + UNICODE_MATH[ch] + "}")
        elif ch == "~" or ch == "\n":
            out.append(" ")
        elif ord(ch) < 32 or 0xE000 <= ord(ch) <= 0xF8FF:
            continue
        else:
            out.append(ch)
    return _CJK_RUN.sub(lambda m: r"\text{" + m.group(0) + "}", "".join(out))


def math_inline(tex: str, ctx: TexContext) -> str:
    safe = safe_math(tex, ctx)
    return f"${safe}$" if safe is not None else r"\texttt{" + escape(tex) + "}"


def math_display(tex: str, ctx: TexContext) -> str:
    safe = safe_math(tex, ctx, display=True)
    if safe is None:
        return "\\begin{center}\\texttt{" + escape(tex) + "}\\end{center}\n"
    return "\\[\n" + safe + "\n\\]\n"


def provide_commands(ctx: TexContext) -> list[str]:
    """`\\providecommand` lines for the math's macro names: no effect when LaTeX knows the name."""
    lines = []
    for name in sorted(ctx.names):
        body = PROVIDE_DEFAULTS.get(name, rf"\operatorname{{{name}}}")
        lines.append(rf"\providecommand{{\{name}}}{{\ensuremath{{{body}}}}}")
    return lines


# -- inline Markdown ------------------------------------------------------------------------
_INLINE_PROTECT = re.compile(
    r"(?P<code>(?P<ticks>`+)(?P<codebody>.+?)(?P=ticks))"
    r"|\$\$(?P<dmath>.+?)\$\$"
    r"|\\\[(?P<dmath2>.+?)\\\]"
    r"|\\\((?P<imath2>.+?)\\\)"
    r"|(?<![\\$])\$(?![\s$])(?P<imath>(?:\\.|[^$\\])+?)(?<!\s)\$(?!\d)"
    r"|\\(?P<esc>[\\`*_{}\[\]()#+\-.!|$<>~&%^])",
    re.S)
_OPEN_B, _CLOSE_B, _OPEN_I, _CLOSE_I = "\ue001", "\ue002", "\ue003", "\ue004"
_HOLE = re.compile("\ue000(\\d+)\ue000")


def inline(text: str, ctx: TexContext) -> str:
    """One paragraph's Markdown -> LaTeX: code spans, math, bold/italic, links; the rest escaped."""
    holes: list[str] = []

    def hole(latex: str) -> str:
        holes.append(latex)
        return f"\ue000{len(holes) - 1}\ue000"

    def protect(m: re.Match) -> str:
        if m["code"]:
            return hole(r"\texttt{" + escape(m["codebody"].strip()) + "}")
        if m["dmath"] is not None or m["dmath2"] is not None:
            return hole("\n" + math_display(m["dmath"] if m["dmath"] is not None else m["dmath2"], ctx))
        if m["imath"] is not None or m["imath2"] is not None:
            return hole(math_inline(m["imath"] if m["imath"] is not None else m["imath2"], ctx))
        return hole(escape(m["esc"]))

    text = _INLINE_PROTECT.sub(protect, text)
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
    text = re.sub(r"</?[A-Za-z][^<>]*>", "", text)  # other HTML tags: keep their text only
    text = html.unescape(text)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)  # images: their alt text
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links: their text
    for pattern in (r"\*\*(?=\S)(.+?)(?<=\S)\*\*", r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"):
        text = re.sub(pattern, lambda m: _OPEN_B + m[1] + _CLOSE_B, text, flags=re.S)
    for pattern in (r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"):
        text = re.sub(pattern, lambda m: _OPEN_I + m[1] + _CLOSE_I, text, flags=re.S)
    return _fill_holes(text, holes)


def _fill_holes(text: str, holes: list[str]) -> str:
    parts = []
    pos = 0
    for m in _HOLE.finditer(text):
        parts.append(_escape_marked(text[pos:m.start()]))
        parts.append(holes[int(m[1])])
        pos = m.end()
    parts.append(_escape_marked(text[pos:]))
    return "".join(parts)


def _escape_marked(text: str) -> str:
    marks = {_OPEN_B: r"\textbf{", _OPEN_I: r"\emph{", _CLOSE_B: "}", _CLOSE_I: "}"}
    return "".join(marks[ch] if ch in marks else escape(ch) for ch in text)


# -- block Markdown ---------------------------------------------------------------------------
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*\{?\s*\.?([\w+-]*)")
_HEADING_MD = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$")
_ADMONITION = re.compile(r"^(!!!|\?\?\?\+?)\s+[\w-]+(?:\s+\"(.*)\")?\s*$")
_MATH_ENV_LINE = re.compile(r"^\s*\\begin\{((?:equation|align|gather|multline)\*?)\}")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_TAG_LINE = re.compile(r"^\s*(</?[A-Za-z][^<>]*>\s*)+$")
_SECTIONS = (r"\subsection*", r"\subsection*", r"\subsubsection*", r"\paragraph*", r"\paragraph*", r"\paragraph*")


def markdown_to_latex(md: str, ctx: TexContext) -> str:
    """Headings, paragraphs, lists, quotes, admonitions, math and code; everything else escaped."""
    lines = md.replace("\r\n", "\n").replace("\t", "    ").split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped or _TAG_LINE.match(line) or _RULE.match(line) and not _ITEM.match(line):
            i += 1
            continue
        if m := _FENCE.match(line):
            fence = m[1]
            body, i = [], i + 1
            while i < len(lines) and not lines[i].strip().startswith(fence):
                body.append(lines[i])
                i += 1
            out.append(code_block("\n".join(body), ctx))
            i += 1
            continue
        if stripped.startswith("$$") or stripped.startswith("\\["):
            close = "$$" if stripped.startswith("$$") else "\\]"
            text = stripped[2:]
            while close not in text and i + 1 < len(lines):
                i += 1
                text += "\n" + lines[i]
            math, _, rest = text.partition(close)
            out.append(math_display(math, ctx))
            if rest.strip():
                out.append(inline(rest.strip(), ctx) + "\n")
            i += 1
            continue
        if m := _MATH_ENV_LINE.match(line):  # arithmatex takes \begin{align}… as display math too
            env, text = m[1], line[m.end():]
            while f"\\end{{{env}}}" not in text and i + 1 < len(lines):
                i += 1
                text += "\n" + lines[i]
            body = text.split(f"\\end{{{env}}}")[0]
            kind = "aligned" if env.startswith("align") else "gathered"
            out.append(math_display(f"\\begin{{{kind}}}{body}\\end{{{kind}}}" if "\\\\" in body else body, ctx))
            i += 1
            continue
        if m := _HEADING_MD.match(line):
            level = len(m[1])
            out.append(f"{_SECTIONS[min(level, 6) - 1]}{{{inline(m[2], ctx)}}}\n")
            i += 1
            continue
        if m := _ADMONITION.match(line):
            body, i = _indented(lines, i + 1)
            title = inline(m[2], ctx) if m[2] else ""
            out.append("\\begin{quote}\n" + (f"\\textbf{{{title}}}\\par\n" if title else "")
                       + markdown_to_latex(body, ctx) + "\\end{quote}\n")
            continue
        if stripped.startswith(">"):
            quoted = []
            while i < len(lines) and lines[i].strip().startswith(">"):
                quoted.append(re.sub(r"^\s*>\s?", "", lines[i]))
                i += 1
            out.append("\\begin{quote}\n" + markdown_to_latex("\n".join(quoted), ctx) + "\\end{quote}\n")
            continue
        if _ITEM.match(line):
            block, i = _list_block(lines, i)
            out.append(_list(block, ctx))
            continue
        para = [stripped]
        i += 1
        while i < len(lines) and lines[i].strip() and not _starts_block(lines[i]):
            para.append(lines[i].strip())
            i += 1
        if all(p.startswith("|") for p in para):
            out.append(_table(para, ctx))
        else:
            out.append(inline("\n".join(para), ctx) + "\n")
    return "\n".join(out)


def _starts_block(line: str) -> bool:
    s = line.strip()
    return bool(_FENCE.match(line) or _HEADING_MD.match(line) or _ITEM.match(line) or _ADMONITION.match(line)
                or _MATH_ENV_LINE.match(line) or s.startswith(("$$", "\\[", ">")))


def _indented(lines: list[str], i: int) -> tuple[str, int]:
    body = []
    while i < len(lines) and (not lines[i].strip() or lines[i].startswith("    ")):
        body.append(lines[i][4:])
        i += 1
    return "\n".join(body), i


def _list_block(lines: list[str], i: int) -> tuple[list[str], int]:
    """The lines of one list: items, their indented continuations, blank lines between."""
    first = _ITEM.match(lines[i])
    base, ordered = len(first[1]), first[2][0].isdigit()
    block = []
    while i < len(lines):
        line = lines[i]
        indent = len(line) - len(line.lstrip())
        item = _ITEM.match(line)
        if item and indent <= base + 1 and item[2][0].isdigit() != ordered:
            break  # another kind of list starts
        if not line.strip():
            nxt = next((ln for ln in lines[i + 1:] if ln.strip()), "")
            nxt_indent = len(nxt) - len(nxt.lstrip())
            if not nxt or not (nxt_indent > base or (_ITEM.match(nxt) and nxt_indent >= base)):
                break
        elif item and indent < base:
            break
        elif not item and indent <= base and (not block or not block[-1].strip() or _starts_block(line)):
            break
        block.append(line)
        i += 1
    return block, i


def _list(block: list[str], ctx: TexContext) -> str:
    first = _ITEM.match(block[0])
    base = len(first[1])
    ordered = first[2][0].isdigit()
    items: list[list[str]] = []
    for line in block:
        m = _ITEM.match(line)
        if m and len(m[1]) <= base + 1:
            items.append([m[3]])
        else:
            items[-1].append(line[min(len(line) - len(line.lstrip()), base + 4):] if line.strip() else "")
    if ctx.list_depth >= 3:  # LaTeX nests lists four deep at most
        return "\n".join(markdown_to_latex("\n".join(it), ctx) for it in items)
    env = "enumerate" if ordered else "itemize"
    ctx.list_depth += 1
    try:
        body = "".join(f"\\item {markdown_to_latex(_dedent(it), ctx).strip()}\n" for it in items)
    finally:
        ctx.list_depth -= 1
    return f"\\begin{{{env}}}\n{body}\\end{{{env}}}\n"


def _dedent(item: list[str]) -> str:
    rest = [ln for ln in item[1:] if ln.strip()]
    cut = min((len(ln) - len(ln.lstrip()) for ln in rest), default=0)
    return "\n".join([item[0]] + [ln[cut:] for ln in item[1:]])


def _table(rows: list[str], ctx: TexContext) -> str:
    lines = []
    for row in rows:
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
            continue
        lines.append(r" \quad\textbar\quad ".join(inline(c, ctx) for c in cells))
    return "\\begin{flushleft}\n" + "\\\\\n".join(lines) + "\n\\end{flushleft}\n"


def code_block(code: str, ctx: TexContext) -> str:
    """Code from its own file: nothing in it can end the verbatim or run as TeX."""
    name = ctx.add_file(code.expandtabs(4).rstrip() + "\n")
    return f"\\VerbatimInput[fontsize=\\small,frame=single,breaklines]{{{name}}}\n"
