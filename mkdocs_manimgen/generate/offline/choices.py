"""Values a scene chooses, declared on screen, and the rule that the block's own values win (issue 23).

Every wrong animation of the fifth held-out set had one mechanism: a family read some of the block's
objects and filled the rest with its own choices (a start, a rate k, a point, an interval) although
the block determined them, in words its reader missed ("a cup at 90 °C", "after 5 minutes it is
70 °C", "at the point (3, g(3))").  So a template never writes "(a start we chose)" itself: it calls
``SceneWriter.chose(kind, name)``, which records a :class:`Choice` and returns the one declared wording
(:data:`TEXT`).  ``verify`` then asks :func:`determined` of each recorded choice, with readers that are
deliberately broader than any family's: a choice the block determines refuses the design (the block
gets the walkthrough), whatever the family's own reader managed to read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .latex import MathInfo, single_line

_NUM = r"-?\d+(?:\.\d+)?"


@dataclass(frozen=True)
class Choice:
    """One value the scene chose: its kind (a key of :data:`TEXT`) and, for a value, the letter (``c``, ``k``)."""

    kind: str
    name: str = ""


# What the scene says after the chosen value, (English, Chinese); one wording per kind.
TEXT = {
    "start": (" (a start we chose)", "（我们选取的起点）"),
    "starts": (" (starting values we chose)", "（我们选取的初值）"),
    "value": (" (a value we chose)", "（我们选取的值）"),
    "interval": (" (an interval we chose)", "（我们选取的区间）"),
    "step": (" (a step we chose)", "（我们选取的步长）"),
    "angle": (" (an angle we chose: the block gives none)", "（题中未给角度，这是我们选取的）"),
    "point": (" (a point we chose)", "（我们选取的点）"),
}

# A start stated in words: an initial condition, a value at time 0, "starts at", 初始/初值/起点.
_START_WORDS = re.compile(
    r"\binitial(?:ly)?\b|\bat\s+first\b|\bstarts?\s+(?:at|from|with)\b|\bstarting\s+(?:at|from|with|value|point)\b|"
    r"\bbegins?\s+(?:at|with)\b|\b(?:at|when)\s+\$?\s*t\s*=\s*0\b|\bat\s+time\s+(?:t\s*=\s*)?(?:0|zero)\b|"
    r"初始|初值|初始值|起初|最初|开始时|起点|出发|t\s*=\s*0\s*时", re.I)
_IC = re.compile(r"(?<![A-Za-z\\])[A-Za-z](?:'|\^\{?\\prime\}?)*\s*\(\s*0\s*\)\s*=\s*-?\d|"  # y(0) = 1, y'(0) = 0
                 r"(?<![A-Za-z\\])(?:[A-Za-z]|\\theta|\\phi)_\{?0\}?\s*=\s*-?\d|"  # x_0 = 2, z_0 = 0
                 r"\\dot\s*\{?[A-Za-z]\}?\s*\(\s*0\s*\)\s*=")
# A point the words make a start (not an equilibrium, a vertex or a data point): "the solution through $(0, 2)$",
# "starting from $(1, 0)$", "released at (2, 1)", "过点 $(0, 1)$ 的解".
_START_POINT = re.compile(
    rf"(?:\bthrough|\bfrom|\bstart(?:s|ing)?\s+(?:at|from)|\binitial(?:ly)?|\breleased\s+at|\bbegins?\s+at|经过|过|从|起点|初始)"
    rf"[^.;。；]{{0,20}}?\(\s*{_NUM}\s*,\s*{_NUM}\s*(?:,\s*{_NUM}\s*)?\)", re.I)
# A value at a later time: T(5) = 70, "after 5 minutes", "5 分钟后" — data that fix a rate the scene would choose.
_LATER = re.compile(r"(?<![A-Za-z\\])[A-Za-z]\s*\(\s*(?!0\s*\))\d+(?:\.\d+)?\s*\)\s*=\s*-?\d")
_LATER_WORDS = re.compile(r"\bafter\s+\$?\d+(?:\.\d+)?\$?\s*(?:s|sec|seconds?|min|minutes?|h|hours?|days?|weeks?|months?|years?)\b|"
                          r"\d+(?:\.\d+)?\s*\$?\s*(?:秒|分钟|小时|天|周|个月|月|年)(?:后|之后|以后)", re.I)
_ASKED = r"(?:find|determine|compute|calculate|solve\s+for|what\s+is|求|确定|计算)"
_POINT_WORDS = re.compile(r"\bat\s+the\s+point\b|\bat\s+\$?\s*\(|\bat\s+\$?\s*[a-z]\s*=|\bthrough\s+the\s+point\b|"
                          r"在\s*点|在\s*\$?\s*[a-z]\s*=|处的|过点", re.I)
_INTERVAL_WORDS = re.compile(
    rf"\bfrom\s+\$?\s*(?:[a-z]\s*=\s*)?{_NUM}\$?\s+to\s+\$?\s*(?:[a-z]\s*=\s*)?{_NUM}|\bover\s+the\s+first\s+\$?\d|"
    rf"\bfor\s+\$?\s*{_NUM}\s*(?:\\le|\\leq|<|\\leqslant)\s*[a-z]|\bon\s+\$?\s*\[|\bover\s+\$?\s*\[|"
    rf"(?:从|由)\s*\$?\s*(?:[a-z]\s*=\s*)?{_NUM}\$?\s*到|区间|前\s*\$?\d+\$?\s*(?:秒|分钟|小时|天|年)", re.I)
_STEP = re.compile(rf"(?<![A-Za-z\\])(?:h|\\Delta\s*[tx]|\\delta\s*t)\s*=\s*{_NUM}|\bstep(?:\s*size)?\s+(?:of\s+)?\$?\s*(?:h\s*=\s*)?{_NUM}|"
                   rf"\bsteps?\s+of\s+(?:size\s+)?\$?{_NUM}|步长", re.I)
_ANGLE = re.compile(r"\d\s*(?:\^\s*\{?\s*\\circ\s*\}?|°|\\degree|度)|\\(?:theta|alpha)(?:_\{?0\}?)?\s*=|\bangle\s+of\s+\$?\d", re.I)


# The number a start word leads to, a few words on: "initially at 90 °C", "starting at 0.5", "initial guess $2$",
# "初始温度为 90"; not across a sentence, and not a number that is a time ("after 5 minutes").
_START_VALUE = re.compile(
    r"(?:\binitial(?:ly)?|\bstart(?:s|ing)?|\bbegins?|初始|初值|起初|最初|开始时|起点)"
    r"(?:\s+(?:guess|value|point|temperature|position|amount|population|term|approximation|estimate))?"
    r"(?:[^.;。；$\d]{0,24}?)\$?\s*(?:[A-Za-z](?:_\{?0\}?)?\s*(?:\(\s*0\s*\))?\s*=\s*)?(?P<n>-?\d+(?:\.\d+)?)(?!\d|\.\d|\s*\$?\s*(?:s|sec|seconds?|min|minutes?|hours?|days?|years?|分钟|秒|小时|天|年)\b)",
    re.I)
_STEP_VALUE = re.compile(r"\bstep(?:\s*size|\s*length)?\s+(?:of\s+|is\s+)?\$?\s*(?:h\s*=\s*)?(?P<n>\d*\.?\d+)|"
                         r"步长(?:为|是|取)?\s*\$?\s*(?:h\s*=\s*)?(?P<z>\d*\.?\d+)", re.I)


def stated_start(info: MathInfo) -> float | None:
    """The one number a block states as its start in words ("is initially at 90 °C", "starting at 0.5",
    "with initial guess 2", "初始值为 1"), or None.  A family whose own reader finds no ``y(0) = …``
    reads this before choosing (a start the block states is never the scene's to choose)."""
    m = _START_VALUE.search(info.concept)
    return float(m.group("n")) if m else None


def stated_step(info: MathInfo) -> float | None:
    """A step size said in words ("with step size 0.25", "a step of 0.1", "步长为 0.5"), or None."""
    m = _STEP_VALUE.search(info.concept)
    return float(m.group("n") or m.group("z")) if m else None


def determined(choice: Choice, info: MathInfo) -> str | None:
    """Why the block itself determines what ``choice`` chose (None when the choice is the scene's to make).

    Kinds: ``start``/``starts`` (an initial value or state), ``value`` (a parameter, ``choice.name``),
    ``interval``, ``step``, ``angle``, ``point``.  The readers look for the statement, not its value: a start
    written ``y(0) = 1``, ``x_0 = 2`` or in words ("initially", "starts at", 初始); a value the block
    assigns (``c = -1``), asks for ("find k") or fixes by a later datum (``T(5) = 70``, "after 5 minutes");
    an interval in words ("from t = 0 to t = 2", "on [0, 2]", 区间); a step ``h = 0.5``; an angle in degrees."""
    from .given import points

    text = re.sub(r"(?<!\\)\\[,;:! ]", " ", info.concept)  # (0.5,\,0.5): a thin space is no part of what is stated
    math = " ".join(single_line(b) for b in info.blocks)
    if choice.kind in ("start", "starts"):
        if _IC.search(math) or _START_POINT.search(text):
            return "the block gives a start"
        m = _START_WORDS.search(text)
        if m and re.search(r"\d", text[m.start():m.end() + 60]):
            return "the block states a start in words"
    if choice.kind == "value" and choice.name:
        from .odes import _given, tex_name

        tex = re.escape(tex_name(choice.name)).replace(r"\{", r"\{?").replace(r"\}", r"\}?")
        if _given(info, [choice.name]):
            return f"the block gives {choice.name}"
        if re.search(rf"{_ASKED}\s+(?:the\s+(?:constant|value\s+of|rate)\s+)?\$?\s*{tex}(?![A-Za-z])", text, re.I):
            return f"the block asks for {choice.name}"
        if _LATER.search(math) or _LATER_WORDS.search(text):
            return f"the block's data fix {choice.name}"
    if choice.kind == "interval":
        from .given import interval

        if interval(info) is not None or _INTERVAL_WORDS.search(text):
            return "the block states an interval"
    if choice.kind == "step" and _STEP.search(text):
        return "the block gives a step"
    if choice.kind == "angle" and _ANGLE.search(text):
        return "the block gives an angle"
    if choice.kind == "point" and (_POINT_WORDS.search(text) or points(info, minimum=1)):
        return "the block names a point"
    return None
