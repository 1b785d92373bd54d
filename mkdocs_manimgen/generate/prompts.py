"""All text the LLM generator sends: versioned Jinja2 templates plus the LaTeX extractor.

Templates live here as strings (not files) so they always ship with the package.
Bump PROMPT_VERSION on any change to a template or to what gets filled in: it is
part of the generation cache key, so old cached scenes are regenerated.
"""

from __future__ import annotations

import re

import jinja2

from ..model import QUALITIES, BlockSpec
from ..validate.table import CJK_FONT, PROMPT_NAMES
from ..render.failure import MAX_LINES as REPORT_LINES

PROMPT_VERSION = "3"  # 3: anchored formulas are display formulas and relations; GraphScene/CJK rows

EXPECTED_DURATION = 15.0  # seconds; the middle of the 10–20 s we ask for

# Modules the generated scene may import (mirrored in the system prompt).
ALLOWED_IMPORTS = ("manim", "numpy", "math", "random", "itertools", "functools", "colorsys", "typing")

# ManimGL / pre-0.x names models keep producing, with the Manim CE replacement: the fix-up table's rows.
WRONG_NAMES = PROMPT_NAMES

_ENV = jinja2.Environment(
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=False,
    trim_blocks=True,
    lstrip_blocks=True,
    autoescape=False,
)

SYSTEM_TEMPLATE = _ENV.from_string(
    """\
You are an expert maths educator and an expert Manim Community Edition animator.
You turn a short description of a mathematical concept into one short, clear teaching animation.

# Environment
- Manim Community Edition {{ manim_version }} (`from manim import *`). This is NOT ManimGL (3b1b's manimlib): \
its API differs. Never use these ManimGL/outdated names:
{% for wrong, right in wrong_names %}
  - `{{ wrong }}` → use `{{ right }}`
{% endfor %}
- Rendered at {{ quality.name }} quality ({{ quality.width }}x{{ quality.height }}, {{ quality.fps }} fps). \
Total length about 10–20 seconds (aim for ~{{ duration|int }} s): use run_time and self.wait() deliberately.
- 3D is allowed when it helps: subclass ThreeDScene, use ThreeDAxes, Surface, \
self.set_camera_orientation(phi=..., theta=...), self.move_camera(...), \
self.begin_ambient_camera_rotation(rate=...), and self.add_fixed_in_frame_mobjects(...) for titles and formulas.

# Rules for the code
- Import only: {{ allowed_imports|join(", ") }}. No file, network, subprocess or OS access \
(no open(), os, sys, pathlib, requests, ImageMobject/SVGMobject from files, sounds).
- Define exactly one Scene subclass (Scene, ThreeDScene or MovingCameraScene) with a construct() method; \
no helper Scene classes, no `if __name__ == "__main__"` block, no config changes.
- Keep everything inside the frame (x in [-7, 7], y in [-4, 4], leave a margin): use to_edge, next_to, \
arrange, scale_to_fit_width. Avoid overlaps: FadeOut or Transform what is no longer needed before \
showing new text in the same place.
- Formulas: MathTex/Tex with raw strings (r"..."); the author's formulas listed in the request are copied \
exactly from the author's LaTeX.
- Chinese (or any CJK) prose goes in Text(..., font="{{ cjk_font }}"); never put Chinese characters inside \
MathTex or Tex. Keep on-screen text short.
- The code must run as is with `manim render`: define every helper you use, no placeholders.

# Answer format
Answer with exactly these three Markdown sections, in this order, and nothing else:

## Storyboard
A numbered list of beats, one line each: `1. Title — narration (duration s)`. \
The durations add up to the length of the animation.

## Scene code
One ```python fenced block with the complete scene file.

## Study notes
Markdown study notes for a reader of the page, with LaTeX in $...$ and $$...$$: the idea, the key formula(s), \
and a worked example or intuition. End with a "Check your understanding" question followed by its answer.

Write the storyboard and the notes in the language of the concept description.
"""
)

USER_TEMPLATE = _ENV.from_string(
    """\
Design the animation for this concept{% if title %} ("{{ title }}"){% endif %}.

{% if formulas %}
The animation must show the author's key formulas (display formulas and relations), with the author's LaTeX \
verbatim — do not change their symbols:
{% for f in formulas %}
{{ loop.index }}. {{ f }}
{% endfor %}

Other mathematics may appear on screen as well when it helps: axis numbers and labels, symbols on a figure, \
live read-outs (a DecimalNumber following a ValueTracker), intermediate steps and values.
A formula too wide for the {{ width }}x{{ height }} frame may be broken at its relation signs (=, \\le, \\to, ...) \
onto several lines, e.g. MathTex(r"a", r"= b", r"= c") with its parts arranged DOWN and aligned at the signs, \
or scaled to the frame's width; keep every part, in the author's order.

{% endif %}
Concept description (prose + LaTeX, written by the author):
<<<
{{ concept }}
>>>
"""
)

REPAIR_TEMPLATE = _ENV.from_string(
    """\
Your scene code failed when rendered with Manim Community Edition {{ manim_version }}:

```text
{{ error }}
```

Fix the cause (remember: Manim CE, not ManimGL) and send the full answer again in the same format \
(## Storyboard, ## Scene code with the complete corrected file, ## Study notes). \
Keep the design and the author's formulas unless they caused the error.
"""
)

# The previous answer, replayed as the assistant turn of a repair conversation.
PREVIOUS_ANSWER_TEMPLATE = _ENV.from_string(
    """\
## Storyboard
{% for b in storyboard %}
{{ loop.index }}. {{ b.title }} — {{ b.narration }} ({{ "%g"|format(b.duration) }} s)
{% endfor %}

## Scene code
```python
{{ code }}
```
"""
)


# --- LaTeX anchoring ---------------------------------------------------------------

_MATH_ENVS = r"(?:align|equation|gather|multline|eqnarray|flalign|alignat|displaymath|math)\*?"
_LATEX_RE = re.compile(
    r"(?P<env>\\begin\{(?P<name>" + _MATH_ENVS + r")\}.*?\\end\{(?P=name)\})"
    r"|(?P<dd>(?<!\\)\$\$.+?(?<!\\)\$\$)"
    r"|(?P<br>\\\[.+?\\\])"
    r"|(?P<pa>\\\(.+?\\\))"
    # Inline $...$: no space just inside the dollars and no digit right after (so "$5 and $6" is prose).
    r"|(?P<d>(?<![\\$])\$(?=[^\s$])(?:[^$\n\\]|\\.)+?(?<=[^\s\\])\$(?!\d))",
    re.DOTALL,
)


def extract_latex(concept: str) -> list[str]:
    """The formulas the author wrote, verbatim with their delimiters, in order, without repeats."""
    seen: set[str] = set()
    found: list[str] = []
    for m in _LATEX_RE.finditer(concept):
        formula = m.group(0).strip()
        if formula and formula not in seen:
            seen.add(formula)
            found.append(formula)
    return found


# Relation signs: an inline formula holding one is a statement the animation shows (`$a^2+b^2=c^2$`);
# one without is a symbol or a value of the prose (`$\beta$`, `$A$`, `$4$`).
_RELATION = re.compile(
    r"(?<![\\<>!=])(?:=|<|>)|\\(?:le|leq|leqslant|ge|geq|geqslant|ne|neq|approx|equiv|sim|simeq|cong|propto|"
    r"to|rightarrow|Rightarrow|longrightarrow|Longrightarrow|iff|implies|mapsto|ll|gg|lt|gt|in|notin|subset|"
    r"subseteq|supset|supseteq|perp|parallel|mid)(?![A-Za-z])"
)
# Sentence punctuation the author typed inside the delimiters (`$$E = mc^2.$$`, `\big).`), not an ellipsis.
_TRAILING_PUNCT = re.compile(r"(?<![.\\])[.,;:](?:\s|\\[,;! ])*$")
_DELIMS = (("$$", "$$"), ("\\[", "\\]"), ("\\(", "\\)"), ("$", "$"))


def _display(formula: str) -> bool:
    return not (formula.startswith("\\(") or (formula.startswith("$") and not formula.startswith("$$")))


def _strip_punctuation(formula: str) -> str:
    """``$$E = mc^2.$$`` -> ``$$E = mc^2$$``: the sentence's full stop is not part of the formula."""
    if formula.startswith("\\begin{"):
        head, _, rest = formula.partition("}")
        body, sep, tail = rest.rpartition("\\end{")
        return head + "}" + _TRAILING_PUNCT.sub("", body.rstrip()) + sep + tail
    for left, right in _DELIMS:
        if formula.startswith(left) and formula.endswith(right) and len(formula) > len(left) + len(right):
            body = formula[len(left):len(formula) - len(right)]
            return left + _TRAILING_PUNCT.sub("", body.rstrip()) + right
    return formula


def anchored_formulas(concept: str) -> list[str]:
    """The formulas the animation must show: the author's display formulas and inline relations, in
    order, verbatim but for trailing sentence punctuation; bare symbols and values (``$\\beta$``,
    ``$A$``, ``$4$``) are the prose's, not formulas to anchor."""
    out: list[str] = []
    for formula in extract_latex(concept):
        if not (_display(formula) or _RELATION.search(formula)):
            continue
        formula = _strip_punctuation(formula)
        if formula not in out:
            out.append(formula)
    return out


# --- Rendering ---------------------------------------------------------------------


def system_prompt(spec: BlockSpec, manim_version: str) -> str:
    quality = QUALITIES.get(spec.quality, QUALITIES["medium"])
    return SYSTEM_TEMPLATE.render(
        manim_version=manim_version,
        wrong_names=WRONG_NAMES,
        quality=quality,
        duration=EXPECTED_DURATION,
        allowed_imports=ALLOWED_IMPORTS,
        cjk_font=CJK_FONT,
    )


def user_prompt(spec: BlockSpec) -> str:
    quality = QUALITIES.get(spec.quality, QUALITIES["medium"])
    return USER_TEMPLATE.render(
        title=spec.title,
        formulas=anchored_formulas(spec.concept),
        concept=spec.concept.strip(),
        width=quality.width,
        height=quality.height,
    )


def repair_prompt(error: str, manim_version: str) -> str:
    return REPAIR_TEMPLATE.render(error=trim_error(error, tail_lines=REPORT_LINES), manim_version=manim_version)


def previous_answer(code: str, storyboard: list) -> str:
    return PREVIOUS_ANSWER_TEMPLATE.render(code=code.rstrip(), storyboard=storyboard)


def trim_error(error: str, *, tail_lines: int = 15, max_chars: int = 4000) -> str:
    """Keep what helps a fix: the exception line plus the traceback's last lines, capped in size.

    A render failure arrives as a FailureReport's text (render/failure.py): repair_prompt keeps it whole.
    """
    lines = [ln.rstrip() for ln in error.strip().splitlines()]
    if len(lines) > tail_lines:
        tail = lines[-tail_lines:]
        # The exception line ("NameError: ...") is normally last, but log noise may follow it.
        exc = next((ln for ln in reversed(lines) if _EXC_LINE.match(ln)), None)
        if exc is not None and exc not in tail:
            tail = [exc, "..."] + tail
        else:
            tail = ["..."] + tail
        lines = tail
    text = "\n".join(lines)
    if len(text) > max_chars:
        text = "...\n" + text[-(max_chars - 4) :]
    return text


_EXC_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning)\b.*:")
