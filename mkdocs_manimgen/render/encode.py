"""The one home of encoding decisions: a table format x quality -> codec, pixel format, options.

A single webm or mp4 is written by Manim directly with the table's settings (one pass, the
encoder runs in Manim's writer thread beside Cairo), then remuxed bit-exactly. A gif, or
several formats, are rendered once to a lossless intermediate and ffmpeg encodes every
output from it in one command (one decode), so a scene is never rendered twice and a gif
never inherits a lossy video's noise. Every output is written without metadata and with
fixed thread counts, so the same job gives the same bytes (see bench/encoding.py for the
measurements behind the numbers below).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ..model import Quality

FORMATS = ("webm", "mp4", "gif")


@dataclass(frozen=True)
class VideoCodec:
    """One row of the table: what the encoder gets, in Manim's terms and in ffmpeg's."""

    codec: str
    pixel_format: str
    options: dict[str, str]

    def ffmpeg_args(self) -> list[str]:
        args = ["-c:v", self.codec, "-pix_fmt", self.pixel_format]
        for key, value in self.options.items():
            args += ["-b:v" if key == "b" else f"-{key}", value]
        return args


def _vp9(crf: int, threads: int, tile_columns: int) -> VideoCodec:
    # deadline=realtime + cpu-used 7: libvpx's "good" deadline costs ~4x the CPU for no smaller
    # files on Manim's flat graphics. tune-content=screen helps flat colour and sharp edges.
    # Renders run one process per core, so low/medium encode on one thread (it already runs
    # beside Cairo); at 1080p60/2160p60 tiles + row-mt keep the encoder from trailing Cairo.
    # With tiles fixed, VP9's output does not depend on the thread count.
    return VideoCodec("libvpx-vp9", "yuv420p", {
        "deadline": "realtime", "cpu-used": "7", "tune-content": "screen", "crf": str(crf), "b": "0",
        "row-mt": "1", "tile-columns": str(tile_columns), "threads": str(threads)})


def _h264(threads: int) -> VideoCodec:
    # Manim's own default (crf 23, preset medium); threads pinned: x264's output depends on
    # its thread count, and "auto" would make the bytes differ between machines.
    return VideoCodec("libx264", "yuv420p", {"crf": "23", "preset": "medium", "threads": str(threads)})


# format x quality. crf per quality: VP9 at the same crf gains more from the extra pixels of a
# larger frame than x264 does, so the larger presets take a higher crf for the same SSIM.
TABLE: dict[tuple[str, str], VideoCodec] = {
    ("webm", "low"): _vp9(crf=41, threads=1, tile_columns=0),
    ("webm", "medium"): _vp9(crf=44, threads=1, tile_columns=0),
    ("webm", "high"): _vp9(crf=44, threads=2, tile_columns=1),
    ("webm", "ultra"): _vp9(crf=44, threads=4, tile_columns=2),
    ("mp4", "low"): _h264(threads=2),
    ("mp4", "medium"): _h264(threads=2),
    ("mp4", "high"): _h264(threads=2),
    ("mp4", "ultra"): _h264(threads=4),
}

# The lossless intermediate for gif and multi-format output: x264 in RGB at qp 0 is exact
# (no RGB->YUV rounding, so the gif palette sees Manim's true colours) and "ultrafast" keeps
# it cheap beside Cairo. Not yet measured against ffv1/utvideo (rawvideo is ~1 MB a frame at 480p).
LOSSLESS = VideoCodec("libx264rgb", "rgb24", {"qp": "0", "preset": "ultrafast", "threads": "2"})
LOSSLESS_CONTAINER = "mp4"

# Bit-exact container flags: no random segment ids, no encoder/time metadata.
BITEXACT = ["-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact"]
CONTAINER: dict[str, list[str]] = {
    "mp4": ["-movflags", "+faststart"],  # moov before mdat: plays before it is fully downloaded
    "webm": [],
    "gif": [],
}
GIF_MAX_WIDTH = 854
GIF_FILTER = ("fps={fps},scale={width}:-2:flags=lanczos,split[g0][g1];"
              "[g0]palettegen=stats_mode=diff[pal];[g1][pal]paletteuse=dither=none:diff_mode=rectangle")


@dataclass(frozen=True)
class EncodePlan:
    """Everything about encoding one render; its JSON is part of the render cache key."""

    render: dict  # what Manim writes: format, video_codec, pixel_format, options
    outputs: dict[str, list[str]]  # format -> ffmpeg args from Manim's file; [] = remux as is
    gif_fps: int = 15
    gif_width: int = GIF_MAX_WIDTH
    poster_format: str = "png"
    bitexact: list[str] = field(default_factory=lambda: list(BITEXACT))
    container: dict[str, list[str]] = field(default_factory=lambda: dict(CONTAINER))

    def to_json(self) -> dict:
        return asdict(self)


# From the lossless intermediate ffmpeg encodes one stream with a single keyframe, where Manim
# starts every animation on a keyframe: VP9 then reaches the same SSIM at a lower crf for fewer bytes.
FROM_LOSSLESS_CRF_OFFSET = {"webm": -5}


def codec_for(fmt: str, quality: Quality, *, from_lossless: bool = False) -> VideoCodec:
    codec = TABLE[(fmt, quality.name)] if (fmt, quality.name) in TABLE else TABLE[(fmt, "medium")]
    offset = FROM_LOSSLESS_CRF_OFFSET.get(fmt, 0) if from_lossless else 0
    if offset:
        codec = VideoCodec(codec.codec, codec.pixel_format,
                           {**codec.options, "crf": str(int(codec.options["crf"]) + offset)})
    return codec


def _render_settings(container: str, codec: VideoCodec) -> dict:
    return {"format": container, "video_codec": codec.codec, "pixel_format": codec.pixel_format,
            "options": dict(codec.options)}


def plan(formats: tuple[str, ...], quality: Quality, *, gif_fps: int = 15, gif_width: int | None = None,
         poster_format: str = "png") -> EncodePlan:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ValueError(f"unknown output format(s) {unknown}; expected some of {FORMATS}")
    width = gif_width if gif_width else min(quality.width, GIF_MAX_WIDTH)
    width -= width % 2  # scale=W:-2 keeps the height even; keep the width even too
    common = {"gif_fps": gif_fps, "gif_width": width, "poster_format": poster_format}
    if len(formats) == 1 and formats[0] != "gif":
        fmt = formats[0]
        return EncodePlan(render=_render_settings(fmt, codec_for(fmt, quality)), outputs={fmt: []}, **common)
    outputs = {fmt: (["gif"] if fmt == "gif" else codec_for(fmt, quality, from_lossless=True).ffmpeg_args())
               for fmt in formats}
    return EncodePlan(render=_render_settings(LOSSLESS_CONTAINER, LOSSLESS), outputs=outputs, **common)


def ffmpeg_command(plan: EncodePlan, source: str, dests: dict[str, str]) -> list[str]:
    """One ffmpeg command that writes every output of the plan from Manim's file (one decode)."""
    cmd = ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-i", source]
    if "gif" in dests:
        cmd += ["-filter_complex", "[0:v]" + GIF_FILTER.format(fps=plan.gif_fps, width=plan.gif_width) + "[gif]"]
    for fmt, dest in dests.items():
        args = plan.outputs[fmt]
        if fmt == "gif":
            cmd += ["-map", "[gif]", "-c:v", "gif"]
        elif not args:  # Manim already encoded it: remux only
            cmd += ["-map", "0:v", "-c", "copy"]
        else:
            cmd += ["-map", "0:v", *args]
        cmd += [*plan.bitexact, *plan.container.get(fmt, []), dest]
    return cmd

