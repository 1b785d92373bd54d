"""Turn whatever an LLM answered into code + storyboard + notes, as forgivingly as possible.

Models drift from the requested format: sections out of order or missing, prose around
fences, several fences, JSON instead of Markdown. Everything except "no code at all" is
recovered here; broken code is kept as is because the repair loop can still fix it.
answer_sections finds the parts (Markdown sections and fences, or JSON keys);
answer_storyboard reads the beats and times them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import GenerationFailed
from ..model import Beat
from ..validate.scene_class import guess_scene_name as find_scene_name  # one scene-class rule for all
from .answer_sections import _parse_json_answer, _parse_markdown_answer
from .answer_storyboard import (
    DEFAULT_DURATION,
    _beat_from_item,
    _beats_from_code,
    _whole_scene_beat,
    assign_timing,
)


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
