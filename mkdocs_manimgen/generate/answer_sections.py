"""Find the scene code, storyboard and notes in a model's answer, Markdown or JSON.

A Markdown answer is split into its known sections (storyboard / code / notes) and every fence
is collected; the scene code is the fence defining a Scene subclass, else the best Python-looking
one, else a bare unfenced answer. A JSON answer is read by the key names models use. Both give
the raw parts (code, storyboard items, notes) that parse_answer turns into a ParsedAnswer.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .answer_storyboard import _list_items

# A class deriving from something named *Scene (the scene-class rule's fallback for code that does not parse).
from ..validate.scene_class import SCENE_CLASS_RE as _SCENE_CLASS_RE  # noqa: E402


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
