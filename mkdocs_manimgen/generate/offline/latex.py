"""LaTeX handling for the offline generator.

Pulls math out of a concept's prose, makes it safe for MathTex, parses it with
sympy (lark backend) where it can, and turns sympy expressions into numpy code
text that a self-contained scene file can carry.  Nothing here raises: every
parse failure degrades to ``None`` and the templates fall back to defaults.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property

_ENV_RE = re.compile(
    r"\\begin\{(align\*?|aligned|equation\*?|gather\*?|gathered|eqnarray\*?|split)\}(.*?)\\end\{\1\}",
    re.S,
)
_MATH_RE = re.compile(
    r"\$\$(.+?)\$\$|\\\[(.+?)\\\]|\\\((.+?)\\\)|(?<![\\$])\$([^$]+?)\$",
    re.S,
)
from ...language import HAN_RE as _CJK_RE  # noqa: E402 - Han ideographs, the one table in language.py

# The one TeX policy (strip strength): blocked control sequences go with their brace argument.
from ...validate.tex import STRIP_RE as _DANGER_RE  # noqa: E402

_MATH_ENVS = r"(?:[pbvBV]?matrix|smallmatrix|cases|array|aligned|gathered|split)"
_ENV_CMD_RE = re.compile(r"\\(?:begin|end)\s*\{(?!%s\})[^{}]*\}" % _MATH_ENVS)
_TEXT_CMD_RE = re.compile(r"\\(?:text|mathrm|textrm|mbox|operatorname|textbf|mathbf)\s*\{([^{}]*)\}")


@dataclass
class MathInfo:
    """The math and prose of one concept block."""

    concept: str
    blocks: list[str] = field(default_factory=list)  # every math segment, in order
    display: list[str] = field(default_factory=list)  # display math ($$, \[ \], environments)
    aligned: list[list[str]] = field(default_factory=list)  # multi-line environments, split into rows
    prose: str = ""

    @property
    def chinese(self) -> bool:
        return bool(_CJK_RE.search(self.concept))

    @cached_property
    def reading(self):
        """The block's one typed reading (:class:`.reading.Reading`), made on first use and kept."""
        from .reading import Reading

        return Reading(self)

    @cached_property
    def claims(self) -> list:
        """The block's false statements that can be decided (:func:`.claims.false_claims`), found once."""
        from .claims import false_claims

        return false_claims(self)

    @property
    def main(self) -> str:
        """The formula that best represents the block (first display, else longest inline)."""
        if self.display:
            return self.display[0]
        if self.blocks:
            return max(self.blocks, key=len)
        return ""


# The imaginary unit written upright, as ISO 80000-2 and many Chinese texts set it: \mathrm{i}, \text{i}, \operatorname{i}.
IMAGINARY_UNIT = r"\\(?:mathrm|text|textrm|operatorname)\s*\{\s*i\s*\}"


def plain_unit(tex: str) -> str:
    """``tex`` with the upright imaginary unit (:data:`IMAGINARY_UNIT`) written as the letter i."""
    return re.sub(IMAGINARY_UNIT, "i", tex)


def has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


def extract(concept: str) -> MathInfo:
    """Split ``concept`` into math segments (cleaned, safe) and the remaining prose."""
    info = MathInfo(concept=concept or "")
    text = info.concept
    found: list[tuple[int, str, bool, list[str]]] = []
    spans: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in spans)

    for m in _MATH_RE.finditer(text):
        body = next(g for g in m.groups() if g is not None)
        display = m.group(4) is None and m.group(3) is None
        inner = _ENV_RE.search(body)
        if inner:
            body = inner.group(2)
        found.append((m.start(), body, display, split_rows(body)))
        spans.append(m.span())
    for m in _ENV_RE.finditer(text):  # environments written without $$ around them
        if free(*m.span()):
            found.append((m.start(), m.group(2), True, split_rows(m.group(2))))
            spans.append(m.span())
    found.sort(key=lambda item: item[0])
    for _, body, display, rows in found:
        clean = sanitize(body)
        if not clean:
            continue
        info.blocks.append(clean)
        if display:
            info.display.append(clean)
        if len(rows) > 1:
            info.aligned.append(rows)
    prose = text
    for a, b in sorted(spans, reverse=True):
        prose = prose[:a] + " " + prose[b:]
    prose = _DANGER_RE.sub("", prose)
    info.prose = re.sub(r"\s+", " ", prose).strip()
    return info


def split_rows(body: str) -> list[str]:
    """Rows of an align-like body, split at ``\\\\`` outside nested environments (matrices)."""
    rows, depth, cur, i = [], 0, "", 0
    while i < len(body):
        if body.startswith("\\begin", i):
            depth += 1
        elif body.startswith("\\end", i):
            depth -= 1
        if body.startswith("\\\\", i) and depth <= 0:
            rows.append(cur)
            cur = ""
            i += 2
            m = re.match(r"\[[^\]]*\]", body[i:])
            if m:
                i += len(m.group(0))
            continue
        cur += body[i]
        i += 1
    rows.append(cur)
    rows = [sanitize(r) for r in rows]
    return [r for r in rows if r.strip()]


def sanitize(tex: str) -> str:
    """Make user LaTeX safe and compilable inside MathTex (align* environment)."""
    tex = tex.replace("\r", " ").replace("\n", " ")
    tex = re.sub(r"(?<!\\)%.*", "", tex)  # comments (would swallow the closing brace)
    for _ in range(3):
        tex = _DANGER_RE.sub("", tex)
        tex = _ENV_CMD_RE.sub("", tex)
    tex = tex.replace("\\displaystyle", "").replace("\\dfrac", "\\frac").replace("\\tfrac", "\\frac")
    tex = tex.replace("$", "")
    # Chinese inside MathTex does not render; drop \text{中文} to nothing.
    tex = _TEXT_CMD_RE.sub(lambda m: "" if has_cjk(m.group(1)) else m.group(0), tex)
    tex = _CJK_RE.sub("", tex)
    tex = re.sub(r"\s+", " ", tex).strip()
    tex = tex.rstrip("\\").strip(" ,.;")
    if tex.count("{") != tex.count("}"):
        tex = tex.replace("{", " ").replace("}", " ")
        tex = re.sub(r"\s+", " ", tex).strip()
    return tex


def single_line(tex: str) -> str:
    """One row of math without alignment marks (``&``, ``\\\\`` outside matrices)."""
    out, depth, i = "", 0, 0
    while i < len(tex):
        if tex.startswith("\\begin", i):
            depth += 1
        elif tex.startswith("\\end", i):
            depth -= 1
        if depth <= 0 and tex.startswith("\\\\", i):
            out += " "
            i += 2
            continue
        if depth <= 0 and tex[i] == "&":
            out += " "
            i += 1
            continue
        if tex[i] == "\\" and i + 1 < len(tex):  # keep escaped characters together
            out += tex[i : i + 2]
            i += 2
            continue
        out += tex[i]
        i += 1
    return re.sub(r"\s+", " ", out).strip()


# A control word (\\frac), a control symbol (\\{), or one character.
TOKEN = re.compile(r"\\(?:[A-Za-z]+|.)|[\s\S]")


def _left_right(token: str) -> int:
    """How a command changes the nesting depth: \\left, \\begin and \\langle open, \\right, \\end and
    \\rangle close (a sign inside a matrix is an entry's, a comma inside ⟨a, b⟩ the tuple's)."""
    return (token in ("\\left", "\\begin", "\\langle")) - (token in ("\\right", "\\end", "\\rangle"))


def bare_name(tex: str) -> bool:
    """The formula is one letter or name (``$x$``, ``$\\theta$``): it names something and states
    nothing, so no slide or note shows it as a formula."""
    return re.fullmatch(r"\\?[A-Za-z]+", tex.strip()) is not None


def split_top(tex: str, seps: str = "=") -> list[str]:
    """Split at separator characters that sit outside braces and \\left..\\right pairs."""
    out, depth, cur = [], 0, ""
    for tok in TOKEN.findall(tex):
        if tok.startswith("\\"):  # keep a command together (\\{ etc.)
            depth += _left_right(tok)
            cur += tok
            continue
        if tok in "{[(":
            depth += 1
        elif tok in "}])":
            depth -= 1
        if tok in seps and depth <= 0:
            out.append(cur)
            cur = ""
        else:
            cur += tok
    out.append(cur)
    return out


def terms(tex: str, limit: int = 7) -> list[str]:
    """Break a formula into top-level pieces for a term-by-term build (joined back = tex)."""
    pieces, depth, cur = [], 0, ""
    for tok in TOKEN.findall(single_line(tex)):
        if tok.startswith("\\"):
            depth += _left_right(tok)
            cur += tok
            continue
        if tok in "{([":  # a sign inside braces or brackets belongs to its group: P(1 + r)^n is one term
            depth += 1
        elif tok in "})]":
            depth -= 1
        if tok in "=+-" and depth == 0 and cur.strip() and not cur.rstrip().endswith(("^", "_")):
            pieces.append(cur)
            cur = tok
        else:
            cur += tok
    if cur.strip():
        pieces.append(cur)
    pieces = [p for p in pieces if p.strip()]
    while len(pieces) > limit:  # merge the shortest neighbours
        k = min(range(len(pieces) - 1), key=lambda j: len(pieces[j]) + len(pieces[j + 1]))
        pieces[k : k + 2] = [pieces[k] + pieces[k + 1]]
    return pieces


def fmt(v: float, digits: int = 3) -> str:
    """Short, stable text for a float in generated code."""
    if v is None or not math.isfinite(v):
        return "0"
    r = round(float(v), digits)
    if r == int(r):
        return str(int(r))
    return repr(r)


def is_left_side(text: str, start: int) -> bool:
    """Whether the letter at ``text[start]`` begins a left side of its own (``y = 4``, ``a = 3, y = 2``), not
    the last term of a sum or product (``x + y = 4``, ``3y = 6``, ``2 \\cdot y = 6``): an equation there is no value of it."""
    return not re.search(r"(?:[+\-*/<>^0-9.)}]|\\cdot|\\times)\s*$", text[:start])


def bare_tex(tex: str) -> str:
    """``tex`` without spacing, sizing, display commands and math delimiters, ``\\dfrac``/``\\tfrac`` as ``\\frac``:
    what two ways of writing one formula share."""
    tex = re.sub(r"\\(?:left|right|displaystyle|[,;:! ])|\s|\$", "", tex)
    return tex.replace("\\dfrac", "\\frac").replace("\\tfrac", "\\frac")


def same_tex(a: str, b: str) -> bool:
    """Two LaTeX formulas written alike, up to spacing, sizing and display commands."""
    return bare_tex(a) == bare_tex(b)
