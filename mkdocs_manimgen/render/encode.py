"""The one home of encoding decisions: a table format x quality -> codec, pixel format, options.

Manim encodes every animation to its own segment file (each starting on a keyframe) and
concatenates them. We do not: the render process hands each frame Manim draws to one live
encoder per output (see frame_sinks.py), so a scene is rendered once for any number of
formats, every video is one continuous stream, and nothing is decoded again. A gif is made
by ffmpeg from the same raw frames, never from an already lossy video. Every output is
written without metadata and with fixed thread counts, so the same job gives the same bytes.
The figures behind the numbers below come from bench/vp9_sweep.py and bench/encoding.py.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ..model import Quality
from .schemes import TRANSFORM_VERSION, tag

FORMATS = ("webm", "mp4", "gif")


@dataclass(frozen=True)
class VideoCodec:
    """One row of the table: what PyAV's encoder gets (AVOptions, strings to strings)."""

    codec: str
    pixel_format: str
    options: dict[str, str]


def _vp9(crf: int, threads: int = 1, tile_columns: int = 0) -> VideoCodec:
    # deadline=realtime + cpu-used 5: libvpx's "good" deadline costs 2-3x the CPU, more than the
    # whole x264 encode it must not exceed. tune-content=screen suits flat colour and sharp
    # edges (3-5% fewer bytes at the same SSIM, 3D surfaces included); lag-in-frames 0 was
    # smaller still and lets packets out at once. Low/medium encode on one thread (the encoder
    # thread already runs beside Cairo); with tiles fixed, VP9's bytes don't depend on threads.
    return VideoCodec("libvpx-vp9", "yuv420p", {
        "deadline": "realtime", "cpu-used": "5", "tune-content": "screen", "lag-in-frames": "0",
        "crf": str(crf), "b": "0", "row-mt": "1", "tile-columns": str(tile_columns), "threads": str(threads)})


def _h264(threads: int) -> VideoCodec:
    # Manim's own default (crf 23, preset medium), as one stream; threads pinned: x264's output
    # depends on its thread count, and "auto" would make the bytes differ between machines.
    return VideoCodec("libx264", "yuv420p", {"crf": "23", "preset": "medium", "threads": str(threads)})


# format x quality. VP9 at one crf gains more from the extra pixels of a larger frame than
# x264 does, so larger presets take a higher crf for the same SSIM.
TABLE: dict[tuple[str, str], VideoCodec] = {
    ("webm", "low"): _vp9(crf=35),
    ("webm", "medium"): _vp9(crf=39),
    ("webm", "high"): _vp9(crf=43, threads=2, tile_columns=1),
    ("webm", "ultra"): _vp9(crf=45, threads=2, tile_columns=2),
    ("mp4", "low"): _h264(threads=2),
    ("mp4", "medium"): _h264(threads=2),
    ("mp4", "high"): _h264(threads=2),
    ("mp4", "ultra"): _h264(threads=4),
}

# Bit-exact muxing: no random segment ids, no version strings, no time stamps.
CODEC_FLAGS = {"flags": "+bitexact"}
CONTAINER_OPTIONS: dict[str, dict[str, str]] = {
    "mp4": {"fflags": "+bitexact", "movflags": "+faststart"},  # moov before mdat: plays while downloading
    "webm": {"fflags": "+bitexact"},
}
GIF_MAX_WIDTH = 854
# Two-pass palette from the raw frames: palettegen sees every frame (stats_mode=diff weighs
# what moves), paletteuse maps without dithering (dither noise costs bytes) and rewrites only
# the changed rectangle of each frame.
# 64 colours by default: LZW codes of 6 bits instead of 8; on the benchmark's scenes 12-30% fewer
# bytes than 256 colours, text and 3D shading still clean (frames compared by eye).
GIF_FILTER = ("fps={fps},scale={width}:-2:flags=lanczos,format=rgb24,split[g0][g1];"
              "[g0]palettegen=stats_mode=diff:max_colors={colors}[pal];"
              "[g1][pal]paletteuse=dither=none:diff_mode=rectangle")
# Then gifsicle re-packs the frames losslessly (same pixels; better frame cropping and LZW):
# 5-16% fewer bytes for 0.02-0.13 s at low quality on the benchmark's scenes.
GIF_OPTIMIZER = ["gifsicle", "-O3", "--no-comments", "--no-names"]


@dataclass(frozen=True)
class StreamSpec:
    """One video output, encoded live from the frames by PyAV."""

    container: str
    codec: str
    pixel_format: str
    options: dict[str, str]
    container_options: dict[str, str]


@dataclass(frozen=True)
class GifSpec:
    fps: int = 15
    width: int = GIF_MAX_WIDTH
    colors: int = 64
    optimizer: list[str] = field(default_factory=lambda: list(GIF_OPTIMIZER))

    def optimize_command(self, path: str) -> list[str]:
        return [*self.optimizer, "--batch", path]

    def ffmpeg_command(self, width: int, height: int, fps: int, dest: str) -> list[str]:
        """ffmpeg reading Manim's raw RGBA frames on stdin and writing the gif."""
        return ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
                "-f", "rawvideo", "-pix_fmt", "rgba", "-s", f"{width}x{height}", "-r", str(fps), "-i", "pipe:0",
                "-filter_complex", "[0:v]" + GIF_FILTER.format(fps=self.fps, width=self.width, colors=self.colors) + "[gif]",
                "-map", "[gif]", "-c:v", "gif", "-map_metadata", "-1", "-fflags", "+bitexact", "-f", "gif", dest]


@dataclass(frozen=True)
class EncodePlan:
    """Everything about encoding one render; its JSON is part of the render cache key."""

    streams: dict[str, dict] = field(default_factory=dict)  # format -> StreamSpec fields
    gif: dict | None = None  # GifSpec fields when a gif is wanted
    poster_format: str = "png"
    # the colour schemes encoded from the one drawing, primary first (render/schemes.py)
    schemes: tuple[str, ...] = ("light",)
    scheme_transform: str = TRANSFORM_VERSION  # the frames' colour transform (render/scheme_map.py)

    @property
    def outputs(self) -> tuple[str, ...]:
        return (*self.streams, *(("gif",) if self.gif else ()))

    def output_files(self) -> dict[str, str]:
        """Every file a render writes in out/: key -> name. `webm` -> `video.webm` and `poster` ->
        `poster.png` in the primary scheme; `webm@dark` -> `video@dark.webm`, `poster@dark` in another."""
        files: dict[str, str] = {}
        for scheme in self.schemes:
            t = tag(scheme, self.schemes[0])
            files.update({f"{fmt}{t}": f"video{t}.{fmt}" for fmt in self.outputs})
            files[f"poster{t}"] = f"poster{t}.{self.poster_format}"
        return files

    def stream(self, fmt: str) -> StreamSpec:
        return StreamSpec(**self.streams[fmt])

    def gif_spec(self) -> GifSpec | None:
        return GifSpec(**self.gif) if self.gif else None

    def to_json(self) -> dict:
        return asdict(self)


def codec_for(fmt: str, quality: Quality) -> VideoCodec:
    return TABLE[(fmt, quality.name)] if (fmt, quality.name) in TABLE else TABLE[(fmt, "medium")]


def stream_spec(fmt: str, quality: Quality) -> StreamSpec:
    codec = codec_for(fmt, quality)
    return StreamSpec(container=fmt, codec=codec.codec, pixel_format=codec.pixel_format,
                      options={**codec.options, **CODEC_FLAGS}, container_options=dict(CONTAINER_OPTIONS[fmt]))


def plan(formats: tuple[str, ...], quality: Quality, *, gif_fps: int = 15, gif_width: int | None = None,
         gif_colors: int = 64, poster_format: str = "png", schemes: tuple[str, ...] = ("light",)) -> EncodePlan:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ValueError(f"unknown output format(s) {unknown}; expected some of {FORMATS}")
    streams = {fmt: asdict(stream_spec(fmt, quality)) for fmt in formats if fmt != "gif"}
    gif = None
    if "gif" in formats:
        width = gif_width if gif_width else min(quality.width, GIF_MAX_WIDTH)
        width -= width % 2  # scale=W:-2 keeps the height even; keep the width even too
        gif = asdict(GifSpec(fps=gif_fps, width=width, colors=gif_colors))
    return EncodePlan(streams=streams, gif=gif, poster_format=poster_format, schemes=tuple(schemes))
