"""The one home for encoding decisions: format x quality -> how Manim writes and ffmpeg encodes.

A single webm or mp4 is written by Manim directly with tuned encoder options (one pass, no
re-encode). A gif, or several formats, are encoded by ffmpeg from one lossless intermediate
render, so a scene is never rendered twice and a gif never inherits a lossy video's noise.
Every output is remuxed bit-exactly without metadata, so the same inputs give the same bytes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ..model import Quality

# What Manim itself writes when a format is rendered directly (measured in DESIGN.md:
# VP9 realtime/cpu-used 7/crf 40 is faster and smaller than Manim's default mp4).
DIRECT: dict[str, dict] = {
    "webm": {"format": "webm", "video_codec": "libvpx-vp9", "pixel_format": "yuv420p",
             "options": {"deadline": "realtime", "cpu-used": "7", "row-mt": "1", "crf": "40", "b": "0"}},
    "mp4": {"format": "mp4", "video_codec": "libx264", "pixel_format": "yuv420p",
            "options": {"crf": "23", "preset": "veryfast"}},
}

# The lossless intermediate for gif and multi-format output (x264 qp 0 in 4:4:4 is exact and fast).
LOSSLESS = {"format": "mp4", "video_codec": "libx264", "pixel_format": "yuv444p",
            "options": {"qp": "0", "preset": "ultrafast"}}

# ffmpeg arguments to encode each format from the lossless intermediate.
FROM_LOSSLESS: dict[str, list[str]] = {
    "webm": ["-c:v", "libvpx-vp9", "-pix_fmt", "yuv420p", "-deadline", "realtime", "-cpu-used", "7",
             "-row-mt", "1", "-crf", "40", "-b:v", "0"],
    "mp4": ["-c:v", "libx264", "-pix_fmt", "yuv420p", "-crf", "23", "-preset", "veryfast"],
}

# Bit-exact container flags: no random segment ids, no encoder/time metadata.
BITEXACT = ["-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact"]
CONTAINER: dict[str, list[str]] = {
    "mp4": ["-movflags", "+faststart"],  # index first: starts playing before fully downloaded
    "webm": [],
    "gif": [],
}
GIF_MAX_WIDTH = 854


@dataclass(frozen=True)
class EncodePlan:
    """Everything about encoding one render; its JSON is part of the render cache key."""

    render: dict  # Manim settings: format, video_codec, pixel_format, options
    outputs: dict[str, list[str]]  # format -> ffmpeg args; [] means "remux Manim's file as is"
    gif_fps: int = 15
    gif_width: int = GIF_MAX_WIDTH
    poster_format: str = "png"
    bitexact: list[str] = field(default_factory=lambda: list(BITEXACT))
    container: dict[str, list[str]] = field(default_factory=lambda: dict(CONTAINER))

    def to_json(self) -> dict:
        return asdict(self)


def plan(formats: tuple[str, ...], quality: Quality, *, gif_fps: int = 15, gif_width: int | None = None,
         poster_format: str = "png") -> EncodePlan:
    width = min(gif_width or quality.width, GIF_MAX_WIDTH if gif_width is None else gif_width)
    if len(formats) == 1 and formats[0] in DIRECT:
        return EncodePlan(render=DIRECT[formats[0]], outputs={formats[0]: []}, gif_fps=gif_fps,
                          gif_width=width, poster_format=poster_format)
    outputs = {fmt: (["gif"] if fmt == "gif" else FROM_LOSSLESS[fmt]) for fmt in formats}
    return EncodePlan(render=LOSSLESS, outputs=outputs, gif_fps=gif_fps, gif_width=width,
                      poster_format=poster_format)


def ffmpeg_commands(plan: EncodePlan, source: str, fmt: str, dest: str) -> list[list[str]]:
    """The ffmpeg command lines that turn Manim's output into the final file for `fmt`."""
    base = ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-i", source]
    args = plan.outputs[fmt]
    tail = [*plan.bitexact, *plan.container.get(fmt, []), dest]
    if not args:  # Manim already encoded it: remux only
        return [[*base, "-c", "copy", *tail]]
    if fmt == "gif":
        scale = f"fps={plan.gif_fps},scale={plan.gif_width}:-2:flags=lanczos"
        palette = dest + ".palette.png"
        return [
            [*base, "-vf", f"{scale},palettegen=stats_mode=diff", palette],
            [*base, "-i", palette, "-lavfi", f"{scale}[x];[x][1:v]paletteuse=dither=none:diff_mode=rectangle",
             *tail],
        ]
    return [[*base, *args, *tail]]
