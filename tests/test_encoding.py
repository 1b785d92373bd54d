"""Encoding: real renders at low quality through the real render path, checked with PyAV and ffprobe."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from mkdocs_manimgen.model import QUALITIES
from mkdocs_manimgen.render import encode
from mkdocs_manimgen.render.job import RenderJob
from mkdocs_manimgen.render.pool import LocalPool
from sites import media_info

pytestmark = pytest.mark.render

LOW = QUALITIES["low"]
SCENE = """
from manim import *

class Enc(Scene):
    def construct(self):
        sq = Square(color=BLUE, fill_opacity=0.6)
        self.play(Create(sq), run_time=0.5)
        self.play(sq.animate.shift(2 * RIGHT).set_color(YELLOW), run_time=0.5)
        self.wait(0.3)
"""
CODECS = {"webm": "vp9", "mp4": "h264", "gif": "gif"}


@pytest.fixture(scope="module")
def pool(tmp_path_factory):
    p = LocalPool(1, tmp_path_factory.mktemp("enc-pool"))
    yield p
    p.close()


def render(pool: LocalPool, formats: tuple[str, ...], **plan_options) -> dict[str, bytes]:
    """Render SCENE; return the bytes of every output and of the poster."""
    job = RenderJob(code=SCENE, scene="Enc", quality=LOW, plan=encode.plan(formats, LOW, **plan_options))
    out = pool.submit(job).result()
    try:
        data = {fmt: path.read_bytes() for fmt, path in out.files.items()}
        data["poster"] = out.poster.read_bytes()
        data["poster_name"] = out.poster.name.encode()
        return data
    finally:
        out.cleanup()


def saved(tmp_path: Path, data: dict[str, bytes], fmt: str) -> Path:
    path = tmp_path / f"video.{fmt}"
    path.write_bytes(data[fmt])
    return path


def first_frame_decodes(path: Path) -> bool:
    import av

    with av.open(str(path)) as container:
        frame = next(container.decode(video=0))
        return frame.width > 0


def gif_rate(path: Path) -> float:
    """Frames per second of a gif from its frames' timestamps (its per-frame delays are in 1/100 s,
    so 15 fps is written as delays of 7, 7, 6... and the stream's nominal rate is only approximate)."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        pts = [frame.pts for frame in container.decode(video=0)]
        return (len(pts) - 1) / float((pts[-1] - pts[0]) * stream.time_base)


def top_level_atoms(data: bytes) -> list[str]:
    atoms, i = [], 0
    while i + 8 <= len(data):
        size = int.from_bytes(data[i:i + 4], "big")
        name = data[i + 4:i + 8].decode("latin-1")
        if size == 1:  # 64-bit size follows
            size = int.from_bytes(data[i + 8:i + 16], "big")
        atoms.append(name)
        if size < 8:
            break
        i += size
    return atoms


@pytest.mark.parametrize("fmt", ["webm", "mp4", "gif"])
def test_each_format_has_its_codec_size_and_rate(pool, tmp_path, fmt):
    data = render(pool, (fmt,))
    info = media_info(saved(tmp_path, data, fmt))
    assert info["codec"] == CODECS[fmt]
    if fmt == "gif":
        assert (info["width"], info["height"]) == (854, 480)  # low is 854 wide: under the 854 cap
        assert gif_rate(saved(tmp_path, data, fmt)) == pytest.approx(15, abs=0.6)
    else:
        assert (info["width"], info["height"]) == (854, 480)
        assert info["fps"] == pytest.approx(LOW.fps, abs=0.5)
        assert info["duration"] == pytest.approx(1.3, abs=0.15)
    if fmt == "mp4":
        atoms = top_level_atoms(data["mp4"])
        assert atoms.index("moov") < atoms.index("mdat"), atoms  # +faststart
    from PIL import Image

    poster = Image.open(saved(tmp_path, {"png": data["poster"]}, "png"))
    assert poster.format == "PNG" and poster.size == (854, 480)


def test_two_formats_render_once_and_both_play(pool, tmp_path):
    before = pool.renders
    data = render(pool, ("webm", "mp4"))
    assert pool.renders == before + 1
    for fmt in ("webm", "mp4"):
        path = saved(tmp_path, data, fmt)
        assert media_info(path)["codec"] == CODECS[fmt]
        assert first_frame_decodes(path)
    assert top_level_atoms(data["mp4"]).index("moov") < top_level_atoms(data["mp4"]).index("mdat")


def test_gif_fps_width_and_colours_are_respected(pool, tmp_path):
    from PIL import Image, ImageSequence

    data = render(pool, ("gif",), gif_fps=10, gif_width=400, gif_colors=8)
    with Image.open(saved(tmp_path, data, "gif")) as gif:
        colours = set()
        for frame in ImageSequence.Iterator(gif):
            colours |= {c for _, c in frame.convert("RGB").getcolors(maxcolors=1 << 16)}
    assert 2 <= len(colours) <= 8 + 1, len(colours)  # the palette, and at most the transparent entry
    info = media_info(saved(tmp_path, data, "gif"))
    assert info["codec"] == "gif"
    assert info["width"] == 400 and info["height"] % 2 == 0 and abs(info["height"] - 400 * 480 / 854) <= 2
    assert gif_rate(saved(tmp_path, data, "gif")) == pytest.approx(10, abs=0.3)


def test_gif_width_defaults_to_the_preset_width_capped():
    assert encode.plan(("gif",), QUALITIES["medium"]).gif["width"] == 854
    assert encode.plan(("gif",), LOW).gif["width"] == 854
    assert encode.plan(("gif",), QUALITIES["high"], gif_width=640).gif["width"] == 640
    assert encode.plan(("gif",), QUALITIES["high"], gif_width=641).gif["width"] == 640  # kept even


def test_every_video_is_one_stream_with_a_single_keyframe(pool, tmp_path):
    """Manim starts every animation on a keyframe (3 here); our encoders see one continuous stream."""
    import av

    data = render(pool, ("webm", "mp4"))
    for fmt in ("webm", "mp4"):
        with av.open(str(saved(tmp_path, data, fmt))) as container:
            keyframes = [packet.is_keyframe for packet in container.demux(video=0) if packet.size]
        assert keyframes[0] and sum(keyframes) == 1, (fmt, sum(keyframes))


def test_a_failing_scene_leaves_no_encoder_behind(pool):
    """The gif's ffmpeg is killed when the scene raises half-way; the error is the scene's own."""
    code = SCENE.replace("self.wait(0.3)", "raise ValueError('boom after two animations')")
    job = RenderJob(code=code, scene="Enc", quality=LOW, plan=encode.plan(("webm", "gif"), LOW))
    with pytest.raises(Exception, match="boom after two animations"):
        pool.submit(job).result()
    import subprocess

    assert "video.gif" not in subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout


def test_webp_poster_is_lossless_webp(pool):
    data = render(pool, ("webm",), poster_format="webp")
    assert data["poster_name"] == b"poster.webp"
    assert data["poster"][:4] == b"RIFF" and data["poster"][8:12] == b"WEBP"
    assert data["poster"][12:16] == b"VP8L"  # the lossless WebP bitstream


def test_two_renders_are_byte_identical(pool):
    first = render(pool, ("webm", "mp4", "gif"))
    second = render(pool, ("webm", "mp4", "gif"))
    single = [render(pool, (fmt,)) for fmt in ("webm", "mp4")]
    again = [render(pool, (fmt,)) for fmt in ("webm", "mp4")]
    digest = lambda d: {k: hashlib.sha256(v).hexdigest() for k, v in d.items()}  # noqa: E731
    assert digest(first) == digest(second)
    assert [digest(d) for d in single] == [digest(d) for d in again]


def test_changing_an_encoder_setting_re_encodes_without_re_designing(site):
    site.plugin["workers"] = 1
    site.write_page("index.md", """
        ```manimgen
        format: gif
        ---
        The function $f(x) = x^2$.
        ```
        """)
    first = site.build()
    assert first.returncode == 0, first.log
    assert first.summary["designed"] == 1 and first.summary["rendered"] == 1, first.log
    site.plugin["gif_fps"] = 10
    second = site.build()
    assert second.returncode == 0, second.log
    assert second.summary["designed"] == 0 and second.summary["rendered"] == 1, second.log
    gifs = list((second.site_dir / "assets").rglob("*.gif"))
    assert gifs and any(gif_rate(g) == pytest.approx(10, abs=0.3) for g in gifs)
