"""Small pure pieces: config schema, cache keys, captions, the encoding table."""

from __future__ import annotations

from mkdocs_manimgen.cache import Store, cache_key
from mkdocs_manimgen.captions import beat_spans, chapters_vtt, webvtt
from mkdocs_manimgen.config import PluginConfig
from mkdocs_manimgen.model import QUALITIES, Beat, RenderedMedia, SceneDraft
from mkdocs_manimgen.render import encode


def validated(**options):
    config = PluginConfig()
    config.load_dict(options)
    return config, config.validate()


def test_config_defaults_and_names():
    config, (errors, warnings) = validated()
    assert not errors and not warnings
    assert (config.generator, config.quality, config.format, config.cache_dir) == \
        ("auto", "medium", ("webm",), ".cache/manimgen")
    assert config.workers >= 1 and config.validate_ == "warn"
    assert (config.gif_fps, config.gif_width, config.gif_colors) == (15, None, 64)
    assert (config.llm.base_url, config.llm.model, config.llm.api_key_env) == \
        ("https://api.deepseek.com", "deepseek-chat", "DEEPSEEK_API_KEY")


def test_config_rejects_wrong_values():
    for options, key in (({"quality": "4k"}, "quality"), ({"format": ["webm", "ogg"]}, "format"),
                         ({"workers": 0}, "workers"), ({"generator": "gpt"}, "generator"),
                         ({"validate": "loud"}, "validate"), ({"gif_fps": 0}, "gif_fps"),
                         ({"gif_colors": 300}, "gif_colors"), ({"gif_width": True}, "gif_width")):
        _, (errors, _) = validated(**options)
        assert errors and errors[0][0] == key, (options, errors)


def test_cache_keys_are_canonical_and_sensitive():
    assert cache_key("k", a=1, b={"x": [1, 2]}) == cache_key("k", b={"x": [1, 2]}, a=1)
    assert cache_key("k", a=1) != cache_key("k", a=2) != cache_key("j", a=2)


def test_store_survives_deleted_files(tmp_path):
    store = Store(tmp_path)
    src = tmp_path / "v.webm"
    src.write_bytes(b"video")
    name = store.add_file(src, ".webm")
    assert store.add_file(src, ".webm") == name  # content-addressed
    media = RenderedMedia(files={"webm": name}, poster=name, width=1, height=1, fps=1, duration=1.0)
    store.put_render("r", media)
    assert store.get_render("r") == media
    store.path(name).unlink()
    assert store.get_render("r") is None
    draft = SceneDraft(code="c", scene_name="S", storyboard=[Beat("t", "n", 0, 1)])
    store.put_draft("d", draft)
    assert store.get_draft("d").to_json() == draft.to_json()


def test_webvtt_cues_follow_the_storyboard():
    vtt = webvtt(beat_spans([Beat("A", "first", 0, 2), Beat("B", "second", 2, 2)], duration=4.0))
    assert vtt.startswith("WEBVTT")
    assert "00:00:00.000 --> 00:00:02.000\nfirst" in vtt
    assert "00:00:02.000 --> 00:00:04.000\nsecond" in vtt
    assert webvtt(beat_spans([], 3.0)) is None


def test_beats_planned_longer_than_the_video_are_fitted_to_it_and_give_one_chapter_each():
    spans = beat_spans([Beat("A", "first", 0, 2), Beat("B", "", 2, 3)], duration=4.0)
    assert [(s.start, s.end) for s in spans] == [(0.0, 1.6), (1.6, 4.0)]
    chapters = chapters_vtt(spans)
    assert chapters.count(" --> ") == 2 and "00:00:01.600 --> 00:00:04.000\nB" in chapters
    assert webvtt(spans).count(" --> ") == 1  # a beat without narration has no caption


def test_encode_plan_gives_every_format_its_own_live_stream():
    low = QUALITIES["low"]
    single = encode.plan(("webm",), low)
    assert single.outputs == ("webm",) and single.gif is None
    assert single.stream("webm").codec == "libvpx-vp9" and single.stream("webm").pixel_format == "yuv420p"
    multi = encode.plan(("webm", "mp4", "gif"), low)
    assert set(multi.outputs) == {"webm", "mp4", "gif"}
    assert multi.stream("mp4").container_options["movflags"] == "+faststart"
    assert all("+bitexact" in multi.stream(f).container_options["fflags"] for f in ("webm", "mp4"))
    command = " ".join(multi.gif_spec().ffmpeg_command(854, 480, 30, "o.gif"))
    assert "-f rawvideo" in command and "pipe:0" in command, "the gif is made from the raw frames, not a video"
    assert "palettegen=stats_mode=diff" in command and "dither=none" in command and "+bitexact" in command
    assert encode.plan(("gif",), QUALITIES["high"]).gif["width"] == 854
    # the plan is the cache key: a changed setting changes its JSON
    assert encode.plan(("gif",), low, gif_fps=10).to_json() != encode.plan(("gif",), low).to_json()
    assert encode.EncodePlan(**multi.to_json()) == multi

# -- language.py: one Unicode table for "is this Chinese" and "does TeX need xeCJK" ----------------
def test_language_and_cjk_come_from_one_table():
    from mkdocs_manimgen.language import CJK_BLOCKS, LABELS, block_language, has_cjk, has_han, language
    from mkdocs_manimgen.model import BlockSpec

    assert language("勾股定理 $a^2+b^2=c^2$") == "zh" and language("θ ≤ π, café") == "en"
    assert has_han("\U00020000") and has_han("\uf900")  # Extension B, Compatibility Ideographs
    assert not has_han("：，。") and has_cjk("：，。")  # full-width punctuation alone: not Chinese, but xeCJK's
    assert has_cjk("안녕") and language("안녕") == "en"  # Hangul: typeset with xeCJK, no Korean labels
    assert not has_cjk("αβγ → ∞ — “quotes”")
    spans = sorted((lo, hi) for lo, hi, _, _ in CJK_BLOCKS)
    assert all(hi < next_lo for (_, hi), (next_lo, _) in zip(spans, spans[1:]))  # blocks never overlap
    assert block_language(BlockSpec(page="p.md", line=1, concept="x^2", title="平方")) == "zh"
    assert LABELS["en"].keys() == LABELS["zh"].keys()


def test_a_block_without_a_title_is_shown_under_one_in_its_language():
    from mkdocs_manimgen.language import block_title
    from mkdocs_manimgen.model import Beat, BlockSpec, SceneDraft

    empty = SceneDraft(code="", scene_name="S", storyboard=[])
    beat = SceneDraft(code="", scene_name="S", storyboard=[Beat("Beat one", "n", 0.0, 2.0)])
    assert block_title(BlockSpec(page="p.md", line=1, concept="x^2"), empty) == "Animation"
    assert block_title(BlockSpec(page="p.md", line=1, concept="平方 x^2"), empty) == "动画"
    assert block_title(BlockSpec(page="p.md", line=1, concept="平方"), beat) == "Beat one"
    assert block_title(BlockSpec(page="p.md", line=1, concept="x", title=" Mine "), beat) == "Mine"


def test_an_image_mobject_draws_with_the_installed_pillow():
    """manim 0.22 draws an ImageMobject with Image.fromarray(..., mode=...), which Pillow 13 removed
    (pyproject pins pillow<13): a scene with a raster image from an array must draw."""
    import numpy as np
    from manim import Camera, ImageMobject

    camera = Camera(pixel_width=320, pixel_height=180)
    camera.capture_mobject(ImageMobject(np.uint8([[0, 100, 30, 200], [255, 0, 5, 33]])).set(height=4))
    image = camera.get_image()
    assert image.size == (320, 180) and image.getpixel((160, 90))[3] == 255  # drawn, opaque, in the middle


def test_quality_presets_are_manims_and_the_docs_say_so():
    """low/medium/high/ultra are Manim's -ql/-qm/-qh/-qk (manim/constants.py); the option's
    documentation in the README, docs/blocks.md and the config schema lists the same sizes and rates."""
    from pathlib import Path

    from manim.constants import QUALITIES as MANIM

    from mkdocs_manimgen import config as config_module

    root = Path(__file__).resolve().parents[1]
    pages = {"README.md": (root / "README.md").read_text(encoding="utf-8"),
             "docs/blocks.md": (root / "docs/blocks.md").read_text(encoding="utf-8").replace("×", "x"),
             "config.py": Path(config_module.__file__).read_text(encoding="utf-8")}
    for ours, theirs in (("low", "low_quality"), ("medium", "medium_quality"), ("high", "high_quality"),
                         ("ultra", "fourk_quality")):
        preset = QUALITIES[ours]
        assert (preset.width, preset.height, preset.fps) == \
            (MANIM[theirs]["pixel_width"], MANIM[theirs]["pixel_height"], MANIM[theirs]["frame_rate"]), ours
        for name, text in pages.items():
            assert f"{preset.width}x{preset.height}@{preset.fps}" in text, (name, ours)
