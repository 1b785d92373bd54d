"""Still frames from a rendered video, one per storyboard beat, for the PDF scene guide."""

from __future__ import annotations

from pathlib import Path

from ..captions import fit_scale
from ..model import Beat, RenderedMedia
from ..render.schemes import renditions

# Video first: a gif is subsampled (gif_fps) and palette-reduced.
SOURCE_ORDER = ("mp4", "webm", "gif")


def printed_rendition(media: RenderedMedia) -> dict[str, str]:
    """The files paper gets: the light rendition when there is one (format or 'poster' -> name)."""
    found = renditions(media.files, media.poster, media.scheme)
    return found.get("light") or found[media.scheme]


def pick_source(media: RenderedMedia) -> str | None:
    """The file name of the best video to take stills from (light, for the PDF guide)."""
    files = printed_rendition(media)
    for fmt in SOURCE_ORDER:
        if fmt in files:
            return files[fmt]
    return None


def beat_times(beats: list[Beat], duration: float, fps: int) -> list[float]:
    """The time of each beat's END (the still shows what the beat built), within the video.

    A storyboard's durations are the designer's plan; when they add up to more than the
    video, the times are scaled so every still still comes from its own part of the video.
    """
    if not beats:
        return []
    scale = fit_scale(beats, duration)
    half_frame = 0.5 / max(fps, 1)
    return [max(0.0, min(b.end * scale, duration) - half_frame) for b in beats]


def extract_stills(video: Path, times: list[float], out_dir: Path, *, width: int = 640,
                   prefix: str = "still") -> list[Path]:
    """JPEG stills at `times` (seconds): the last frame shown at or before each time.

    One sequential decode (no seeks: webm keyframes are sparse, so seeking decodes as much).
    JPEG because pdflatex embeds it as is and it has no alpha (one image per still in the PDF).
    """
    import av

    if not times:
        return []
    order = sorted(range(len(times)), key=lambda i: times[i])
    picked: dict[int, object] = {}
    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        last = None
        k = 0
        for frame in container.decode(stream):
            t = float(frame.time or 0.0)
            while k < len(order) and t > times[order[k]] + 1e-6:
                picked[order[k]] = last if last is not None else frame
                k += 1
            if k == len(order):
                break
            last = frame
        for i in order[k:]:  # times past the last frame: the last frame
            picked[i] = last
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(len(times)):
        frame = picked.get(i)
        if frame is None:
            raise ValueError(f"{video.name}: no video frames")
        image = frame.to_image().convert("RGB")
        if image.width > width:
            image = image.resize((width, round(image.height * width / image.width)))
        path = out_dir / f"{prefix}-{i + 1}.jpg"
        image.save(path, "JPEG", quality=85)
        paths.append(path)
    return paths
