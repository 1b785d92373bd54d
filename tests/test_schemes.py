"""Light and dark renditions: the colour transform, and real renders of three kinds of scene in both
schemes, their contrast measured on decoded frames (WCAG 2.x 1.4.11: 3:1); the render pool's
reliability (a child killed from outside; a gif without gifsicle)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from mkdocs_manimgen.generate.offline.designer import generate_draft
from mkdocs_manimgen.model import QUALITIES, BlockSpec
from mkdocs_manimgen.render import encode
from mkdocs_manimgen.render.job import RenderJob
from mkdocs_manimgen.render.pool import LocalPool
from mkdocs_manimgen.render.scheme_map import (INK_ON_DARK, INK_ON_LIGHT, colour_to_alpha, contrast, hex_rgb,
                                               luminance, remap)
from mkdocs_manimgen.render.schemes import BACKGROUNDS, resolve
from mkdocs_manimgen.validate.colours import manim_colours

LOW = QUALITIES["low"]
BOTH = ("light", "dark")

# an author's scene that picks its own colours: yellow text on a white background, in sections
YELLOW_ON_WHITE = '''
from manim import *

class YellowOnWhite(Scene):
    def construct(self):
        self.camera.background_color = WHITE
        self.next_section("Title")
        self.play(Write(Text("Yellow on white", color=YELLOW).to_edge(UP)), run_time=1)
        self.next_section("Circle")
        self.play(Create(Circle(radius=1.5, color=YELLOW, stroke_width=6)), run_time=1)
        self.next_section("Square")
        self.play(Create(Square(color=BLUE_B).shift(3 * RIGHT)), run_time=1)
        self.wait(0.5)
'''
# what the LLM test server answers (tests/test_llm_build.py's GOOD), with Manim's default colours
MODEL_LIKE = '''
from manim import *

class EulerScene(Scene):
    def construct(self):
        c = Circle()
        self.play(Create(c), run_time=0.5)
        self.add(MathTex(r"e^{i\\pi} = -1").next_to(c, DOWN))
        self.wait(0.5)
'''


def ink_contrast(frame: np.ndarray, background: str) -> tuple[float, float]:
    """(5th percentile, share below 3:1) of the WCAG contrast against the scheme's background of the
    frame's ink, RGB uint8 (H, W, 3). Ink: pixels at least 0.25 from the background in some channel
    (faint fills excluded); each is measured by the strongest pixel of its 3x3 neighbourhood, i.e.
    the colour of the stroke it belongs to, not its anti-aliased edge (a 1-px axis or a small digit
    at 480p covers no pixel fully)."""
    rgb = frame.astype(np.float64) / 255
    bg = np.array(hex_rgb(background))
    ratios = contrast(luminance(rgb), float(luminance(bg)))
    padded = np.pad(ratios, 1, mode="edge")
    h, w = ratios.shape
    core = np.max([padded[dy:dy + h, dx:dx + w] for dy in range(3) for dx in range(3)], axis=0)
    ink = np.max(np.abs(rgb - bg), axis=-1) >= 0.25
    assert ink.sum() > 200, "the frame shows almost nothing"
    return float(np.percentile(core[ink], 5)), float(np.mean(core[ink] < 3.0))


def frames_at(path: Path, times: list[float]) -> list[np.ndarray]:
    import av

    out: list[np.ndarray] = []
    with av.open(str(path)) as container:
        for frame in container.decode(video=0):
            while len(out) < len(times) and float(frame.time) >= times[len(out)]:
                out.append(frame.to_ndarray(format="rgb24"))
            last = frame
        while len(out) < len(times):
            out.append(last.to_ndarray(format="rgb24"))
    return out


# -- the transform, on every colour Manim names --------------------------------------------------
@pytest.mark.parametrize("source", ["#000000", "#FFFFFF"])
@pytest.mark.parametrize("scheme", BOTH)
def test_every_manim_colour_keeps_3_to_1_against_each_scheme(source, scheme):
    """Every colour Manim names, drawn opaque, gets 3:1 when it is ink (its alpha over the source
    background at least INK_ON_DARK's or INK_ON_LIGHT's full weight); the others, already fainter
    than 3:1 as written (GREY_D on black, 2.2:1), stay tints, as translucent fills do."""
    names = {n: c for n, c in manim_colours().items() if c != source}
    colours = np.array([hex_rgb(c) for c in names.values()], dtype=np.float32)
    src = np.array(hex_rgb(source), dtype=np.float32)
    out = remap(colours, hex_rgb(source), hex_rgb(BACKGROUNDS[scheme]))
    ratios = contrast(luminance(out), float(luminance(np.array(hex_rgb(BACKGROUNDS[scheme])))))
    alpha, _ = colour_to_alpha(colours, src)
    full = (INK_ON_DARK if source == "#000000" else INK_ON_LIGHT)[1]
    weak = {n: round(float(r), 2) for n, r, a in zip(names, ratios, alpha) if r < 3.0 and a >= full}
    assert weak == {}, weak
    # the tints were faint as written already (dark greys and PURPLE_E on black)
    written = contrast(luminance(colours), float(luminance(src)))
    assert all(w < 3.0 for w, a in zip(written, alpha) if a < full)
    # the background itself lands exactly on the scheme's
    assert np.allclose(remap(np.array(hex_rgb(source)), hex_rgb(source), hex_rgb(BACKGROUNDS[scheme])),
                       hex_rgb(BACKGROUNDS[scheme]), atol=1 / 255)


def test_auto_follows_materials_palette():
    class Theme(dict):
        name = "material"

    toggle = Theme(palette=[{"scheme": "slate"}, {"scheme": "default"}])
    assert resolve("auto", toggle) == ("dark", "light")
    assert resolve("auto", Theme(palette={"scheme": "slate"})) == ("dark",)
    assert resolve("auto", Theme()) == ("light",)
    assert resolve("both", None) == ("light", "dark") and resolve("dark", toggle) == ("dark",)


# -- real renders ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def pool(tmp_path_factory):
    p = LocalPool(1, tmp_path_factory.mktemp("schemes-pool"), sandbox_mode="none")
    yield p
    p.close()


def offline_scene() -> tuple[str, str]:
    spec = BlockSpec(page="index.md", line=1, concept="Plot $f(x) = x^2$ and show its minimum at $x = 0$.",
                     quality="low")
    draft = generate_draft(spec)
    return draft.code, draft.scene_name


@pytest.mark.render
@pytest.mark.parametrize("which", ["offline", "model", "author"])
def test_both_renditions_have_their_background_and_3_to_1_ink(pool, tmp_path, which):
    code, scene = {"offline": offline_scene, "model": lambda: (MODEL_LIKE, "EulerScene"),
                   "author": lambda: (YELLOW_ON_WHITE, "YellowOnWhite")}[which]()
    job = RenderJob(code=code, scene=scene, quality=LOW, plan=encode.plan(("webm",), LOW, schemes=BOTH))
    out = pool.submit(job).result()
    try:
        assert set(out.files) == {"webm", "webm@dark", "poster@dark"}
        if which == "author":
            assert out.chapters == [("Title", 0.0), ("Circle", 1.0), ("Square", 2.0)]
        for scheme, key in (("light", "webm"), ("dark", "webm@dark")):
            bg = np.array(hex_rgb(BACKGROUNDS[scheme])) * 255
            mid, end = frames_at(out.files[key], [out.duration / 2, out.duration])
            for frame in (mid, end):
                corner = frame[:8, :8].reshape(-1, 3).mean(axis=0)
                assert np.abs(corner - bg).max() <= 4, (scheme, corner)
            p5, below = ink_contrast(end, BACKGROUNDS[scheme])
            print(f"{which} {scheme}: 5th percentile of ink contrast {p5:.2f}, share below 3:1 {below:.3f}")
            assert p5 >= 3.0 and below <= 0.02, (which, scheme, p5, below)
    finally:
        out.cleanup()


# -- the render pool's reliability -----------------------------------------------------------------
@pytest.mark.render
def test_a_gif_without_gifsicle_is_still_made_with_one_notice(pool):
    plan = encode.plan(("gif",), LOW)
    gif = dict(plan.gif, optimizer=["manimgen-no-such-optimiser", "-O3"])
    job = RenderJob(code=MODEL_LIKE, scene="EulerScene", quality=LOW, plan=encode.EncodePlan(gif=gif))
    out = pool.submit(job).result()
    try:
        assert out.files["gif"].read_bytes()[:6] == b"GIF89a"
        assert len(out.notices) == 1 and "manimgen-no-such-optimiser is not installed" in out.notices[0]
        assert out.findings == [] or all("not installed" not in f for f in out.findings)
    finally:
        out.cleanup()


@pytest.mark.render
def test_a_render_killed_from_outside_is_tried_again_and_says_so(pool, tmp_path):
    marker = tmp_path / "killed-once"
    code = f'''
import os, signal
from manim import *

class Victim(Scene):
    def construct(self):
        if not os.path.exists({str(marker)!r}):
            open({str(marker)!r}, "w").close()
            os.kill(os.getpid(), signal.SIGKILL)  # as another process or the OOM killer would
        self.play(Create(Circle()), run_time=0.3)
'''
    out = pool.submit(RenderJob(code=code, scene="Victim", quality=LOW, plan=encode.plan(("webm",), LOW))).result()
    out.cleanup()
    assert marker.exists()
    always = code.replace(f"if not os.path.exists({str(marker)!r}):", "if True:")
    with pytest.raises(Exception) as failed:
        pool.submit(RenderJob(code=always, scene="Victim", quality=LOW, plan=encode.plan(("webm",), LOW))).result()
    message = str(failed.value.message)
    assert "killed from outside the build" in message and "2 time(s)" in message, message
    assert "limit" not in failed.value.hint and "scene is not at fault" in failed.value.hint
    assert os.path.exists(marker)


def test_the_pdf_guide_takes_the_light_rendition_whatever_the_primary():
    from mkdocs_manimgen.model import RenderedMedia
    from mkdocs_manimgen.notes.stills import pick_source, printed_rendition

    dark_first = RenderedMedia(files={"webm": "d.webm", "webm@light": "l.webm", "poster@light": "l.png"},
                               poster="d.png", width=8, height=8, fps=15, duration=1.0, scheme="dark")
    assert pick_source(dark_first) == "l.webm" and printed_rendition(dark_first)["poster"] == "l.png"
    dark_only = RenderedMedia(files={"webm": "d.webm"}, poster="d.png", width=8, height=8, fps=15, duration=1.0,
                              scheme="dark")
    assert pick_source(dark_only) == "d.webm"
