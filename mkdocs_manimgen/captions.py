"""A figure's beats on the video's timeline: WebVTT captions (narration) and chapters (titles).

The beats are the storyboard's (both generators), or the `next_section` calls of a hand-written
scene (`RenderedMedia.sections`). `beat_spans` is the one place their times are fitted to the
video: the captions, the chapters, the beat list's seeking and step-through, and the PDF guide's
stills all use it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Beat, RenderedMedia, SceneDraft


@dataclass(frozen=True)
class Span:
    """One beat on the video's timeline: [start, end) in seconds, the next beat starting at `end`."""

    title: str
    narration: str
    start: float
    end: float


def clock(seconds: float, *, vtt: bool = False) -> str:
    seconds = max(0.0, seconds)
    minutes, rest = divmod(seconds, 60)
    if vtt:
        hours, minutes = divmod(int(minutes), 60)
        return f"{hours:02d}:{minutes:02d}:{rest:06.3f}"
    return f"{int(minutes)}:{int(rest):02d}"


def figure_beats(draft: SceneDraft, media: RenderedMedia) -> list[Beat]:
    """The storyboard, or for a scene without one, its sections (titles only)."""
    if draft.storyboard:
        return list(draft.storyboard)
    sections = [(str(name), float(t)) for name, t in media.sections]
    return [Beat(title=name, narration="", start=t,
                 duration=(sections[i + 1][1] if i + 1 < len(sections) else media.duration) - t)
            for i, (name, t) in enumerate(sections)]


def fit_scale(beats: list[Beat], duration: float) -> float:
    """The factor that fits a storyboard planned longer than the video into it (1 otherwise)."""
    planned = max((b.end for b in beats), default=0.0)
    return duration / planned if planned > duration > 0 else 1.0


def beat_spans(beats: list[Beat], duration: float) -> list[Span]:
    """Each beat's span in a video of `duration` seconds. A storyboard planned longer than the video
    is scaled to it; each beat lasts until the next starts, the last until the video ends; a beat
    that would be empty (it starts where the next does, or after the video) is left out."""
    if not beats or duration <= 0:
        return []
    scale = fit_scale(beats, duration)
    starts = [min(b.start * scale, duration) for b in beats]
    spans = []
    for i, beat in enumerate(beats):
        end = starts[i + 1] if i + 1 < len(beats) else duration
        if end > starts[i]:
            spans.append(Span(beat.title.strip(), beat.narration.strip(), round(starts[i], 3), round(end, 3)))
    return spans


def _vtt(cues: list[tuple[Span, str]]) -> str | None:
    if not cues:
        return None
    return "WEBVTT\n\n" + "\n".join(
        f"{i + 1}\n{clock(s.start, vtt=True)} --> {clock(s.end, vtt=True)}\n{text.replace('-->', '→')}\n"
        for i, (s, text) in enumerate(cues))


def webvtt(spans: list[Span]) -> str | None:
    """Captions: each beat's narration over its span; None when there is nothing to caption."""
    return _vtt([(s, s.narration) for s in spans if s.narration])


def chapters_vtt(spans: list[Span]) -> str | None:
    """A WebVTT chapters track: one cue per beat, its title (or its number when it has none)."""
    return _vtt([(s, s.title or str(i + 1)) for i, s in enumerate(spans)])
