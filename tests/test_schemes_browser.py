"""A Material site with the light/dark toggle, in headless Chromium: each scheme's rendition, the
toggle switching it live, the beats seeking, step-through, the chapters track."""

from __future__ import annotations

import functools
import http.server
import os
import re
import textwrap
import threading

import pytest

from test_browser import SHOTS, _QuietHandler, browser, open_page  # noqa: F401 - browser is a fixture
from test_schemes import YELLOW_ON_WHITE

pytestmark = [pytest.mark.browser, pytest.mark.render]

PALETTE = [{"media": "(prefers-color-scheme: light)", "scheme": "default",
            "toggle": {"icon": "material/brightness-7", "name": "Switch to dark mode"}},
           {"media": "(prefers-color-scheme: dark)", "scheme": "slate",
            "toggle": {"icon": "material/brightness-4", "name": "Switch to light mode"}}]
PAGE = """
# Schemes

```manimgen
title: Yellow on white
step: true
code: |
{code}
---
Yellow text and a yellow circle on a white background.
```

```manimgen
title: A parabola
---
Plot $f(x) = x^2$ and show its minimum at $x = 0$.
```
""".format(code=textwrap.indent(YELLOW_ON_WHITE.strip("\n"), "  "))
BACKGROUND = {"light": (255, 255, 255), "dark": (0x1E, 0x20, 0x29)}
STEP, PLOT = "figure.manimgen >> nth=0", "figure.manimgen >> nth=1"

# the colour of a pixel near the corner of the video's current frame, or of its poster
FRAME_PIXEL = """(v) => { const c = document.createElement('canvas'); c.width = v.videoWidth; c.height = v.videoHeight;
    const x = c.getContext('2d'); x.drawImage(v, 0, 0); return Array.from(x.getImageData(6, 6, 1, 1).data).slice(0, 3); }"""
POSTER_PIXEL = """(v) => new Promise((ok, fail) => { const i = new Image(); i.onload = () => {
    const c = document.createElement('canvas'); c.width = i.width; c.height = i.height; const x = c.getContext('2d');
    x.drawImage(i, 0, 0); ok(Array.from(x.getImageData(6, 6, 1, 1).data).slice(0, 3)); }; i.onerror = fail; i.src = v.poster; })"""


class RangeHandler(_QuietHandler):
    """http.server with byte ranges, as every real web server has: without them Chromium cannot seek
    a webm (it answers a seek with time 0)."""

    def send_head(self):
        match = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range", ""))
        path = self.translate_path(self.path)
        if not match or not os.path.isfile(path):
            return super().send_head()
        size = os.path.getsize(path)
        start = int(match[1])
        end = min(int(match[2]) if match[2] else size - 1, size - 1)
        f = open(path, "rb")
        f.seek(start)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        return _Slice(f, end - start + 1)


class _Slice:
    """The part of a file a range asks for, as copyfile reads it."""

    def __init__(self, f, length: int):
        self.f, self.left = f, length

    def read(self, n: int = -1) -> bytes:
        data = self.f.read(self.left if n < 0 else min(n, self.left))
        self.left -= len(data)
        return data

    def close(self) -> None:
        self.f.close()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    from sites import Site

    site = Site(tmp_path_factory.mktemp("schemes-site"), plugin={"generator": "offline", "pdf": False},
                extra_config={"theme": {"name": "material", "font": False, "palette": PALETTE}})
    site.write_page("index.md", PAGE)
    build = site.build()
    assert build.returncode == 0 and build.summary["failed"] == 0, build.log
    handler = functools.partial(RangeHandler, directory=str(site.root / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def open_figure(browser, base_url: str, which: str, **context):
    """(page, console errors, the figure, its video), the figure scrolled into view."""
    page, errors = open_page(browser, base_url, **context)
    figure = page.locator(which)
    video = figure.locator("video")
    video.scroll_into_view_if_needed()
    return page, errors, figure, video


def near(rgb, expected, tolerance: int = 6) -> bool:
    return max(abs(a - b) for a, b in zip(rgb, expected)) <= tolerance


def play_to_middle(page, video) -> None:
    video.evaluate("v => { v.muted = true; v.play(); }")
    page.wait_for_function("v => !v.paused && v.readyState >= 2 && v.currentTime > v.duration / 2", arg=video.element_handle(),
                           timeout=20000)


@pytest.mark.parametrize("start", ["light", "dark"])
def test_each_scheme_has_its_rendition_and_the_toggle_switches_it_live(browser, base_url, start):
    page, errors, _, video = open_figure(browser, base_url, PLOT, color_scheme=start)
    other = "dark" if start == "light" else "light"
    assert near(video.evaluate(POSTER_PIXEL), BACKGROUND[start])
    play_to_middle(page, video)
    assert near(video.evaluate(FRAME_PIXEL), BACKGROUND[start])
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(PLOT).screenshot(path=str(SHOTS / f"scheme-{start}.png"))
    page.locator(f"label[title='Switch to {other} mode']").click()
    page.wait_for_function(f"v => v.currentSrc.endsWith(v.querySelector('source').dataset.src{other.title()}) "
                           "&& !v.paused && v.readyState >= 2 && v.currentTime > 0.2", arg=video.element_handle(),
                           timeout=20000)
    assert near(video.evaluate(FRAME_PIXEL), BACKGROUND[other])
    assert video.evaluate(f"v => v.poster.endsWith(v.dataset.poster{other.title()})")
    assert errors == [], errors
    page.context.close()


def test_a_beat_seeks_the_video_to_its_start_and_is_marked(browser, base_url):
    page, errors, figure, video = open_figure(browser, base_url, PLOT)
    page.wait_for_function("v => v.readyState >= 1", arg=video.element_handle(), timeout=20000)
    video.evaluate("v => v.pause()")
    beat = figure.locator(".manimgen-beats button[data-start]").nth(2)
    start = float(beat.get_attribute("data-start"))
    beat.click()
    page.wait_for_function("v => !v.seeking", arg=video.element_handle())
    assert abs(video.evaluate("v => v.currentTime") - start) <= 1 / 15, "within a frame (15 fps)"
    assert beat.get_attribute("aria-current") == "step"
    chapters = video.evaluate("""async v => { const t = [...v.textTracks].find(t => t.kind === 'chapters'); t.mode = 'hidden';
        for (let i = 0; i < 50 && !(t.cues && t.cues.length); i++) await new Promise(r => setTimeout(r, 100));
        return [...t.cues].map(c => [c.startTime, c.text]); }""")
    buttons = figure.locator(".manimgen-beats button[data-start]")
    assert len(chapters) == buttons.count() >= 3, "one chapter per beat"
    assert [c[0] for c in chapters] == [float(b.get_attribute("data-start")) for b in buttons.all()]
    assert errors == [], errors
    page.context.close()


def test_step_through_stops_at_each_beats_end_and_the_arrows_go_on_and_back(browser, base_url):
    page, errors, figure, video = open_figure(browser, base_url, STEP)
    assert figure.get_attribute("data-manimgen-step") == "on"  # the block's `step: true`
    page.wait_for_timeout(800)
    assert video.evaluate("v => v.paused && v.currentTime === 0"), "step-through does not autoplay"
    ends = [float(b.get_attribute("data-end")) for b in figure.locator(".manimgen-beats button[data-start]").all()]
    assert len(ends) == 3, "the scene's three next_section() calls"
    video.focus()
    for key, beat in (("ArrowRight", 0), (" ", 1), ("ArrowLeft", 1), ("ArrowRight", 2)):
        page.keyboard.press(key)
        page.wait_for_function("v => !v.paused", arg=video.element_handle(), timeout=5000)
        page.wait_for_function("v => v.paused && !v.seeking", arg=video.element_handle(), timeout=10000)
        t = video.evaluate("v => v.currentTime")
        assert ends[beat] - 1 / 15 <= t <= ends[beat], (key, beat, t, ends)
        said = figure.locator(".manimgen-announce").text_content()
        assert said.startswith(f"Beat {beat + 1} of 3"), said
    figure.locator(".manimgen-step").click()  # off: the video plays on as before
    assert figure.get_attribute("data-manimgen-step") == "off" and video.evaluate("v => v.loop")
    assert errors == [], errors
    page.context.close()


def test_with_reduced_motion_a_step_shows_the_beats_end_without_playing(browser, base_url):
    page, errors, figure, video = open_figure(browser, base_url, STEP, reduced_motion="reduce")
    video.evaluate("v => { v.addEventListener('play', () => { v.dataset.played = '1'; }); }")
    end = float(figure.locator(".manimgen-beats button[data-start]").nth(1).get_attribute("data-end"))
    video.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.wait_for_function(f"v => v.readyState >= 2 && !v.seeking && v.currentTime > {end} - 0.1", arg=video.element_handle(),
                           timeout=10000)
    assert video.evaluate("v => v.paused && !v.dataset.played"), "no motion: nothing played"
    assert end - 1 / 15 <= video.evaluate("v => v.currentTime") <= end
    assert figure.locator(".manimgen-announce").text_content().startswith("Beat 2 of 3")
    assert errors == [], errors
    page.context.close()
