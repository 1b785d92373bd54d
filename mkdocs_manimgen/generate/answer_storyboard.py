"""Beats from whatever a model wrote as its storyboard, then their timing.

Storyboards arrive as list items ("1. Title — narration (3 s)"), headings, JSON objects under
many key names, or not at all; then the beats come from "# Beat" comments in the code, else from
its self.play calls. assign_timing gives every beat a start and a duration (seconds).
"""

from __future__ import annotations

import ast
import re

from ..model import Beat
from ..validate import pyast

DEFAULT_DURATION = 15.0

_ITEM = re.compile(
    r"^\s*(?:(?:\d+[.)]|[-*+•])\s+|(?:beat|step)\s*\d+\b\s*[:.)\-—–：]?\s*)(?P<rest>\S.*)$", re.I
)
# "(3 s)", "[2.5s]", "— 4 seconds", "(0–3 s)", "(0:00-0:04)" at the end of a line.
_DURATION = re.compile(
    r"[\s,;—–-]*[(\[]?\s*(?:(?P<a>\d+(?:\.\d+)?)\s*(?:s|sec)?\s*[–—-]\s*)?(?P<d>\d+(?:\.\d+)?)\s*"
    r"(?:s|sec|secs|seconds?|秒)\s*[)\]]?\s*\.?\s*$",
    re.I,
)
_PAREN_DURATION = re.compile(r"\s*[(\[]\s*(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?|秒)\s*[)\]]", re.I)
_CLOCK = re.compile(r"[\s(\[]*(\d+):(\d\d)\s*[–—-]\s*(\d+):(\d\d)\s*[)\]]?\s*:?\s*")
_TITLE_SPLIT = re.compile(r"\s+[—–-]{1,2}\s+|\s*[—–]\s*|:\s+|：\s*")
_BEAT_TITLE_KEYS = ("title", "name", "beat", "heading", "step", "scene", "label")
_BEAT_TEXT_KEYS = ("narration", "description", "text", "content", "voiceover", "voice_over", "say", "what", "action", "visual", "details")
_BEAT_DURATION_KEYS = ("duration", "seconds", "duration_s", "duration_sec", "time", "length", "secs", "run_time")


def _list_items(text: str) -> list[str]:
    """List items of a storyboard section, continuation lines folded into their item."""
    items: list[str] = []
    after_blank = False
    heading_item = False  # "### Beat 1: Intro" items own the paragraph(s) under them
    for line in text.splitlines():
        if not line.strip() or line.strip().startswith(("```", "~~~")):
            after_blank = True
            continue
        h = re.match(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", line)
        m = _ITEM.match(h.group(1) if h else line)
        if m or h:
            items.append((m.group("rest") if m else h.group(1)).strip())  # type: ignore[union-attr]
            heading_item = h is not None
        elif items and (line.startswith((" ", "\t")) or not after_blank or heading_item):
            # An indented line, or one directly under its item, continues it; other prose is not a beat.
            items[-1] += (" — " if heading_item and _TITLE_SPLIT.search(items[-1]) is None else " ") + line.strip()
        after_blank = False
    return items


def _beat_from_item(item: object) -> Beat | None:
    if isinstance(item, str):
        m = _ITEM.match(item)  # "1. Title — ..." inside a JSON list
        return _beat_from_line(m.group("rest") if m else item)
    if isinstance(item, dict):
        low = {str(k).lower(): v for k, v in item.items()}
        title = next((str(low[k]) for k in _BEAT_TITLE_KEYS if low.get(k) not in (None, "")), "")
        narration = next((str(low[k]) for k in _BEAT_TEXT_KEYS if low.get(k) not in (None, "")), "")
        duration = next((_seconds(low[k]) for k in _BEAT_DURATION_KEYS if _seconds(low.get(k)) is not None), None)
        start = _seconds(low.get("start"))
        if not title and not narration:
            return None
        if title.isdigit():  # {"beat": 1, ...}
            title = ""
        title, narration = title or _short(narration), narration or title
        return Beat(_clean(title), _clean(narration), start if start is not None else -1.0, duration or 0.0)
    return None


def _beat_from_line(line: str) -> Beat | None:
    line = line.strip()
    if not line:
        return None
    start = -1.0
    duration = 0.0
    m = _CLOCK.match(line) or _CLOCK.search(line)
    if m:
        a = int(m.group(1)) * 60 + int(m.group(2))
        b = int(m.group(3)) * 60 + int(m.group(4))
        start, duration = float(a), float(max(b - a, 0))
        line = (line[: m.start()] + " " + line[m.end() :]).strip()
    else:
        m = _DURATION.search(line)
        if m:
            d = float(m.group("d"))
            if m.group("a") is not None:
                start, duration = float(m.group("a")), max(d - float(m.group("a")), 0.0)
            else:
                duration = d
            line = line[: m.start()].strip()
        else:  # "(3 s)" in the middle, e.g. when a continuation line follows it
            m = _PAREN_DURATION.search(line)
            if m:
                duration = float(m.group(1))
                line = (line[: m.start()] + line[m.end() :]).strip()
    parts = _TITLE_SPLIT.split(_clean(line), maxsplit=1)
    if len(parts) == 2 and parts[0].strip() and len(parts[0]) <= 80:
        title, narration = parts[0].strip(), parts[1].strip()
    else:
        title, narration = _short(line), line
    return Beat(_clean(title), _clean(narration), start, duration)


def _seconds(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value) if value > 0 else None
    m = re.match(r"^\s*(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?|秒)?\s*$", str(value), re.I)
    return float(m.group(1)) if m and float(m.group(1)) > 0 else None


def _clean(text: str) -> str:
    return re.sub(r"\*\*|__", "", text).strip(" \t-—–:：*")


def _short(text: str, words: int = 6) -> str:
    text = _clean(text)
    head = re.split(r"(?<=[.!?。！？])\s", text, maxsplit=1)[0]
    parts = head.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "") if parts else "Beat"


def assign_timing(beats: list[Beat], expected: float = DEFAULT_DURATION) -> list[Beat]:
    """Give every beat a start and duration: stated durations kept, the rest share what is left."""
    if not beats:
        return []
    given = sum(b.duration for b in beats if b.duration > 0)
    missing = [b for b in beats if b.duration <= 0]
    if missing:
        fill = max((expected - given) / len(missing), 1.0) if given else expected / len(beats)
    else:
        fill = 0.0
    out: list[Beat] = []
    t = 0.0
    for b in beats:
        d = b.duration if b.duration > 0 else fill
        out.append(Beat(b.title or "Beat", b.narration, round(t, 3), round(d, 3)))
        t += d
    return out


def _beats_from_code(code: str) -> list[Beat]:
    """No storyboard given: use "# Beat/Step" comments, else one beat per self.play (waits folded in)."""
    beats: list[Beat] = []
    for m in re.finditer(
        r"^\s*#\s*(?:(?:beat|step|part|scene)\s*\d*|\d+)\s*[:.)—–-]?\s*(?P<t>.*)$", code, re.I | re.M
    ):
        text = m.group("t").strip()
        if text:
            beat = _beat_from_line(text)
            if beat is not None:
                beats.append(beat)
    if beats:
        return beats
    return _beats_from_play_calls(code)


def _whole_scene_beat(scene_name: str, concept: str) -> Beat:
    """Nothing to go on: one beat for the whole scene, named after it."""
    title = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", scene_name).strip() or "Animation"
    first = re.split(r"(?<=[.!?。！？])\s", " ".join(concept.split()), maxsplit=1)[0]
    return Beat(title, first[:200])


def _beats_from_play_calls(code: str) -> list[Beat]:
    try:
        tree = pyast.parse(code)
    except SyntaxError:
        return []
    calls = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and isinstance(n.func.value, ast.Name)
        and n.func.value.id == "self"
        and n.func.attr in ("play", "wait")
    ]
    calls.sort(key=lambda n: (n.lineno, n.col_offset))
    beats: list[Beat] = []
    for call in calls:
        if call.func.attr == "wait":  # type: ignore[union-attr]
            secs = _const_seconds(call.args[0]) if call.args else 1.0
            if beats:
                last = beats[-1]
                beats[-1] = Beat(last.title, last.narration, -1.0, last.duration + (secs or 1.0))
            continue
        names = []
        for arg in call.args:
            node = arg.func if isinstance(arg, ast.Call) else arg
            names.append(_dotted(node))
        run_time = next((_const_seconds(k.value) for k in call.keywords if k.arg == "run_time"), None)
        label = ", ".join(dict.fromkeys(n for n in names if n)) or "Animation"
        beats.append(Beat(label, f"self.play({label})", -1.0, run_time or 1.0))
    return beats


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        # mob.animate.shift(...) -> "animate.shift"
        inner = _dotted(node.value)
        return f"{inner.split('.')[-1]}.{node.attr}" if inner else node.attr
    return ""


def _const_seconds(node: ast.AST) -> float | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return float(node.value) if node.value > 0 else None
    return None
