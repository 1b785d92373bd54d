"""Turn whatever an LLM answered into code + storyboard + notes, as forgivingly as possible.

Models drift from the requested format: sections out of order or missing, prose around
fences, several fences, JSON instead of Markdown. Everything except "no code at all" is
recovered here; broken code is kept as is because the repair loop can still fix it.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field

from ..errors import GenerationFailed
from ..model import Beat

DEFAULT_DURATION = 15.0


@dataclass
class ParsedAnswer:
    code: str
    scene_name: str  # "" when the code defines no recognisable Scene subclass
    storyboard: list[Beat] = field(default_factory=list)
    notes_md: str = ""
    notes_derived: bool = False  # True when the answer had no notes and we wrote them ourselves
    storyboard_derived: bool = False


def parse_answer(text: str, *, expected_duration: float = DEFAULT_DURATION, concept: str = "") -> ParsedAnswer:
    """Parse one answer; raise GenerationFailed only if it contains no code at all."""
    parts = _parse_json_answer(text) or _parse_markdown_answer(text)
    code, beats_raw, notes = parts
    code = code.strip("\n")
    if not code.strip():
        raise GenerationFailed(
            "the model's answer contains no scene code",
            hint="retry the build; if it persists, try another model or simplify the concept",
        )
    scene_name = find_scene_name(code)

    storyboard_derived = False
    beats = [_beat_from_item(item) for item in beats_raw]
    beats = [b for b in beats if b is not None]
    if not beats:
        beats = _beats_from_code(code) or [_whole_scene_beat(scene_name, concept)]
        storyboard_derived = True
    storyboard = assign_timing(beats, expected_duration)

    notes = notes.strip()
    notes_derived = False
    if not notes:
        notes = derive_notes(concept, storyboard)
        notes_derived = True
    return ParsedAnswer(code + "\n", scene_name, storyboard, notes, notes_derived, storyboard_derived)


# --- Fences and sections --------------------------------------------------------------

_FENCE_OPEN = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})\s*(?P<lang>[\w+#.-]*)[^\n`]*$")


@dataclass
class _Fence:
    lang: str
    body: str
    section: str | None  # the known section the fence sits in


def _split(text: str) -> tuple[dict[str, str], list[_Fence]]:
    """Split Markdown into known sections (storyboard/code/notes) and collect every fence.

    Only headings naming a known section start a new one, so sub-headings such as
    "### Check your understanding" stay inside the notes.
    """
    sections: dict[str, list[str]] = {}
    fences: list[_Fence] = []
    current: str | None = None
    fence: tuple[str, str, list[str]] | None = None  # (marker, lang, lines)
    for line in text.splitlines():
        if fence is not None:
            marker, lang, body = fence
            stripped = line.strip()
            if stripped.startswith(marker[0] * len(marker)) and not stripped.strip(marker[0]):
                fences.append(_Fence(lang, "\n".join(body), current))
                fence = None
            else:
                body.append(line)
            if current is not None:
                sections.setdefault(current, []).append(line)
            continue
        m = _FENCE_OPEN.match(line)
        if m:
            fence = (m.group("fence"), m.group("lang").lower(), [])
            if current is not None:
                sections.setdefault(current, []).append(line)
            continue
        kind = _heading_kind(line)
        # Each section appears once: a later heading of a seen kind (e.g. "### Code walkthrough"
        # inside the notes) is content, not a new section.
        if kind is not None and kind not in sections:
            current = kind
            sections[current] = []
            continue
        if current is not None:
            sections[current].append(line)
    if fence is not None:  # unterminated (truncated answer): keep what arrived
        fences.append(_Fence(fence[1], "\n".join(fence[2]), current))
    return {k: "\n".join(v).strip() for k, v in sections.items()}, fences


_HEADING = re.compile(r"^\s{0,3}(?:#{1,6}\s+(?P<h>.+?)\s*#*\s*$|\*\*(?P<b>[^*]+?)\*\*\s*:?\s*$)")
_PLAIN_HEADING = re.compile(r"^\s*(?P<p>storyboard|scene code|code|study notes|notes)\s*:?\s*$", re.I)
_SECTION_WORDS = {
    "storyboard": ("storyboard", "story board", "beats", "分镜", "故事板"),
    "code": ("code", "代码"),
    "notes": ("notes", "study", "explanation", "笔记", "讲解", "学习"),
}


def _heading_kind(line: str) -> str | None:
    m = _HEADING.match(line) or _PLAIN_HEADING.match(line)
    if not m:
        return None
    title = (m.groupdict().get("h") or m.groupdict().get("b") or m.groupdict().get("p") or "").lower()
    title = title.strip(" :*_`")
    if len(title) > 40:  # a sentence in bold, not a heading
        return None
    for kind, words in _SECTION_WORDS.items():
        if any(w in title for w in words):
            return kind
    return None


_NOT_CODE_LANGS = {"json", "text", "txt", "markdown", "md", "latex", "tex", "math", "bash", "sh", "console", "yaml"}


def _pick_code(fences: list[_Fence]) -> str:
    """The fence defining a Scene subclass (longest if several), else the best python-looking one."""
    scene = [f for f in fences if f.lang not in _NOT_CODE_LANGS and _SCENE_CLASS_RE.search(f.body)]
    if scene:
        return max(scene, key=lambda f: len(f.body)).body
    code_like = [
        f
        for f in fences
        if f.lang in ("python", "py", "python3")
        or f.section == "code"
        or (f.lang not in _NOT_CODE_LANGS and re.search(r"^\s*(from|import)\s+\w+|^\s*class\s+\w+", f.body, re.M))
    ]
    if code_like:
        return max(code_like, key=lambda f: len(f.body)).body
    return ""


def _parse_markdown_answer(text: str) -> tuple[str, list, str]:
    sections, fences = _split(text)
    code = _pick_code(fences)
    if not code:
        code = _bare_code(text)
    storyboard_text = sections.get("storyboard", "")
    beats: list = []
    if storyboard_text:
        json_list = _json_in(storyboard_text, list)
        beats = json_list if json_list is not None else _list_items(storyboard_text)
    notes = _strip_fences_of(sections.get("notes", ""), code)
    return code, beats, notes


def _strip_fences_of(notes: str, code: str) -> str:
    """Notes must not carry the scene code again (some models repeat it at the end)."""
    if code and code.strip() and code.strip() in notes:
        notes = re.sub(r"(`{3,}|~{3,})[^\n]*\n" + re.escape(code.strip()) + r"\s*\n?\1", "", notes)
    return notes.strip()


def _bare_code(text: str) -> str:
    """An answer that is only Python, without any fence."""
    if not _SCENE_CLASS_RE.search(text):
        return ""
    lines = text.splitlines()
    start = next(
        (i for i, ln in enumerate(lines) if re.match(r"^(from|import)\s+\w+|^class\s+\w+", ln)),
        0,
    )
    return "\n".join(lines[start:])


# --- JSON answers ---------------------------------------------------------------------

_CODE_KEYS = ("code", "scene_code", "python", "source", "manim_code", "script")
_STORYBOARD_KEYS = ("storyboard", "beats", "steps", "story_board", "scenes", "plan")
_NOTES_KEYS = ("notes", "study_notes", "notes_md", "explanation", "markdown", "notes_markdown")


def _parse_json_answer(text: str) -> tuple[str, list, str] | None:
    data = _json_in(text, dict)
    if data is None:
        return None
    lowered = {str(k).lower(): v for k, v in data.items()}
    code = next((lowered[k] for k in _CODE_KEYS if isinstance(lowered.get(k), str)), None)
    if code is None:
        return None
    # Code inside JSON is sometimes fenced too.
    _, fences = _split(code)
    if fences:
        code = _pick_code(fences) or code
    beats = next((lowered[k] for k in _STORYBOARD_KEYS if k in lowered), [])
    if isinstance(beats, str):
        beats = _list_items(beats)
    elif not isinstance(beats, list):
        beats = []
    notes = next((lowered[k] for k in _NOTES_KEYS if k in lowered), "")
    if isinstance(notes, list):
        notes = "\n\n".join(str(n) for n in notes)
    return code, beats, str(notes or "")


def _json_in(text: str, kind: type) -> object | None:
    """The first JSON value of the wanted type: the whole text, a ```json fence, or embedded."""
    candidates = [text.strip()]
    candidates += [m.group(1) for m in re.finditer(r"(?:`{3,}|~{3,})\s*json[^\n]*\n(.*?)(?:`{3,}|~{3,})", text, re.S)]
    opener = "{" if kind is dict else "["
    first = text.find(opener)
    if first >= 0:
        candidates.append(text[first:])
    decoder = json.JSONDecoder()
    for cand in candidates:
        cand = cand.strip()
        if not cand.startswith(opener):
            continue
        try:
            value, _ = decoder.raw_decode(cand)
        except ValueError:
            continue
        if isinstance(value, kind):
            return value
    return None


# --- Storyboard -----------------------------------------------------------------------

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
        tree = ast.parse(code)
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


# --- Scene class ----------------------------------------------------------------------

_SCENE_CLASS_RE = re.compile(r"^\s*class\s+(\w+)\s*\(([^)]*Scene[^)]*)\)\s*:", re.M)


def find_scene_name(code: str) -> str:
    """The Scene subclass the code defines (the most derived one), whatever its name."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        names = [m.group(1) for m in _SCENE_CLASS_RE.finditer(code)]
        return names[-1] if names else ""
    classes = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    scene_classes: dict[str, ast.ClassDef] = {}
    for cls in classes:  # in order, so subclasses of earlier local scenes are recognised
        bases = [_dotted(b).split(".")[-1] for b in cls.bases]
        if any(b.endswith("Scene") or b in scene_classes for b in bases):
            scene_classes[cls.name] = cls
    if not scene_classes:
        return ""
    used_as_base = {_dotted(b).split(".")[-1] for c in scene_classes.values() for b in c.bases}
    leaves = [name for name in scene_classes if name not in used_as_base]
    with_construct = [
        n for n in leaves if any(isinstance(f, ast.FunctionDef) and f.name == "construct" for f in scene_classes[n].body)
    ]
    return (with_construct or leaves or list(scene_classes))[-1]


# --- Notes ----------------------------------------------------------------------------


def derive_notes(concept: str, storyboard: list[Beat]) -> str:
    """Plain notes when the model wrote none: the author's concept and what the animation shows."""
    parts: list[str] = []
    if concept.strip():
        parts.append(concept.strip())
    if storyboard:
        parts.append("**What the animation shows**")
        parts.append("\n".join(f"{i}. **{b.title}** — {b.narration}" for i, b in enumerate(storyboard, 1)))
    return "\n\n".join(parts)
