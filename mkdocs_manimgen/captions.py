"""WebVTT captions from the storyboard: each beat's narration at its time."""

from __future__ import annotations

from .model import Beat


def clock(seconds: float, *, vtt: bool = False) -> str:
    seconds = max(0.0, seconds)
    minutes, rest = divmod(seconds, 60)
    if vtt:
        hours, minutes = divmod(int(minutes), 60)
        return f"{hours:02d}:{minutes:02d}:{rest:06.3f}"
    return f"{int(minutes)}:{int(rest):02d}"


def webvtt(beats: list[Beat], duration: float) -> str | None:
    """None when there is nothing to caption."""
    cues = []
    for i, beat in enumerate(beats):
        start = min(beat.start, duration)
        end = min(beat.end if beat.duration > 0 else duration, duration)
        if i + 1 < len(beats):
            end = min(end if end > start else beats[i + 1].start, beats[i + 1].start) or end
        if end <= start or not beat.narration.strip():
            continue
        text = beat.narration.replace("-->", "→").strip()
        cues.append(f"{i + 1}\n{clock(start, vtt=True)} --> {clock(end, vtt=True)}\n{text}\n")
    if not cues:
        return None
    return "WEBVTT\n\n" + "\n".join(cues)
