"""LaTeX for the PDF scene guide: escaping text, sanitising math, code from files (to_latex.py walks the Markdown).

Everything a block (or a model) wrote is text to TeX, never code: prose is escaped character
by character, math keeps only ordinary math (control sequences that read or write files,
change catcodes or define macros are removed, environments are limited to math ones, braces
must balance), and code is typeset from a separate file with \\VerbatimInput, so no line of it
can end the verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..language import CJK_RUN_RE

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
# Control sequences that are never math: the one TeX policy, at its strip strength.
from ..validate.tex import BLOCKED, BLOCKED_PREFIXES as _BLOCKED_PREFIXES  # noqa: E402

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
    return CJK_RUN_RE.sub(lambda m: r"\text{" + m.group(0) + "}", "".join(out))


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


def code_block(code: str, ctx: TexContext) -> str:
    """Code from its own file: nothing in it can end the verbatim or run as TeX."""
    name = ctx.add_file(code.expandtabs(4).rstrip() + "\n")
    return f"\\VerbatimInput[fontsize=\\small,frame=single,breaklines]{{{name}}}\n"
