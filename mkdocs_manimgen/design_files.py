"""A design as plain files in one folder, for people to read, review and edit.

    scene.py         the scene code, exactly (reading it back gives the same render key)
    storyboard.yaml  the beats: title, narration, start, duration
    notes.md         the study notes (Markdown with $LaTeX$)
    reasoning.md     a reasoning model's reasoning, when there was any

Shared by `manimgen export`/`import` (cli/export_cmd.py) and pinned designs (pins.py); the
metadata beside it (which block, which generator) is theirs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .cache import atomic_write_text
from .errors import ManimGenError
from .model import Beat, SceneDraft, TokenUsage


@dataclass(frozen=True)
class DesignFacts:
    """What a design's folder does not hold: who made it and what it answers (from the metadata)."""

    scene_name: str = ""
    generator: str = "offline"
    kind: str | None = None
    usage: dict = field(default_factory=dict)
    revisions: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()
    quality: str | None = None

    @classmethod
    def of(cls, draft: SceneDraft) -> "DesignFacts":
        return cls(draft.scene_name, draft.generator, draft.kind, vars(draft.usage), tuple(draft.revisions),
                   tuple(draft.ignored), draft.quality)


def storyboard_yaml(beats: list[Beat]) -> str:
    data = [{"title": b.title, "narration": b.narration, "start": b.start, "duration": b.duration} for b in beats]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100) if data else "[]\n"


def write_design(folder: Path, draft: SceneDraft) -> None:
    """Write the draft's files into `folder` (atomically each; a stale reasoning.md is removed)."""
    atomic_write_text(folder / "scene.py", draft.code)
    atomic_write_text(folder / "storyboard.yaml", storyboard_yaml(draft.storyboard))
    atomic_write_text(folder / "notes.md", draft.notes_md)
    if draft.reasoning:
        atomic_write_text(folder / "reasoning.md", draft.reasoning)
    else:
        (folder / "reasoning.md").unlink(missing_ok=True)


def read_design(folder: Path, facts: DesignFacts) -> SceneDraft:
    """The SceneDraft in `folder`, its code checked by the same safety rules as a model's.

    Raises ManimGenError naming the file when one cannot be read, the storyboard is not a list
    of beats, or the scene code is refused."""
    where = f"{folder}"
    try:
        code = (folder / "scene.py").read_text(encoding="utf-8")
        notes = (folder / "notes.md").read_text(encoding="utf-8") if (folder / "notes.md").is_file() else ""
        board = yaml.safe_load((folder / "storyboard.yaml").read_text(encoding="utf-8")) \
            if (folder / "storyboard.yaml").is_file() else []
        reasoning = (folder / "reasoning.md").read_text(encoding="utf-8") if (folder / "reasoning.md").is_file() else None
    except OSError as err:
        raise ManimGenError(f"{where}: cannot read ({err.strerror}: {err.filename})") from None
    except yaml.YAMLError as err:
        raise ManimGenError(f"{where}/storyboard.yaml: invalid YAML ({str(err).splitlines()[0]})") from None
    try:
        beats = [Beat(title=str(b["title"]), narration=str(b.get("narration", "")), start=float(b.get("start", 0)),
                      duration=float(b.get("duration", 0))) for b in (board or [])]
    except (TypeError, KeyError, ValueError, AttributeError):
        raise ManimGenError(f"{where}/storyboard.yaml: each beat needs title, narration, start, duration") from None
    from .validate import validate_code

    report = validate_code(code, scene=facts.scene_name or None)
    if not report.ok:
        raise ManimGenError(f"{where}/scene.py was refused by the safety check:\n{report.as_error_text()}",
                            hint="scene code may only import manim, numpy and math modules; nothing was imported")
    return SceneDraft(code=code, scene_name=report.scene_name or facts.scene_name or "", storyboard=beats,
                      notes_md=notes, reasoning=reasoning, generator=facts.generator or "offline", kind=facts.kind,
                      usage=TokenUsage(**(facts.usage or {})), revisions=list(facts.revisions),
                      ignored=list(facts.ignored), quality=facts.quality)
