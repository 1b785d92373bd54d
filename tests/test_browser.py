"""The example course as a reader sees it, in a real headless Chromium (Debian's package)."""

from __future__ import annotations

import functools
import re
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.render]

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--autoplay-policy=no-user-gesture-required"]
SHOTS = Path(os.environ.get("MANIMGEN_SCREENSHOTS", ROOT / ".cache" / "screenshots"))


@pytest.fixture(scope="module")
def example_site(tmp_path_factory) -> Path:
    """The example course, built as the README's first command builds it (own cache, offline)."""
    src = tmp_path_factory.mktemp("course") / "course"
    shutil.copytree(ROOT / "site_examples" / "course", src, ignore=shutil.ignore_patterns("site", ".cache"))
    subprocess.run(["bash", str(ROOT / "scripts" / "vendor-katex.sh"), str(src / "docs")], check=True)
    env = {k: v for k, v in os.environ.items() if k not in ("DEEPSEEK_API_KEY", "OPENAI_API_KEY")}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(src / "mkdocs.yml")],
                          capture_output=True, text=True, env={**env, "NO_MKDOCS_2_WARNING": "1"}, timeout=900)
    assert proc.returncode == 0, proc.stderr
    assert "0 failed" in proc.stderr, proc.stderr
    return src / "site"


@pytest.fixture(scope="module")
def base_url(example_site: Path):
    handler = functools.partial(_QuietHandler, directory=str(example_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def open_page(browser, url: str, *, width: int = 1280, height: int = 900, **context):
    ctx = browser.new_context(viewport={"width": width, "height": height}, **context)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url, wait_until="load")
    return page, errors


def first_video(page):
    page.wait_for_selector("figure.manimgen video")
    return page.locator("figure.manimgen video").first


def test_video_plays_when_visible_with_captions_and_no_console_errors(browser, base_url):
    page, errors = open_page(browser, base_url)
    video = first_video(page)
    video.scroll_into_view_if_needed()
    page.wait_for_function("() => { const v = document.querySelector('figure.manimgen video');"
                           " return v.readyState >= 2 && v.currentTime > 0.3 }", timeout=20000)
    assert video.get_attribute("aria-label") == "The Pythagorean theorem"
    cues = page.evaluate("""async () => {
        const v = document.querySelector('figure.manimgen video');
        const t = v.textTracks[0];
        const initial = t.mode;
        t.mode = 'hidden';
        for (let i = 0; i < 50 && !(t.cues && t.cues.length); i++) await new Promise(r => setTimeout(r, 100));
        return {kind: t.kind, lang: t.language, n: t.cues ? t.cues.length : 0, initial,
                first: t.cues && t.cues.length ? t.cues[0].text : ''};
    }""")
    assert cues["kind"] == "captions" and cues["lang"] == "en" and cues["n"] >= 2, cues
    assert cues["initial"] == "disabled", "captions are offered, off by default"
    assert page.locator("figure.manimgen track").first.get_attribute("default") is None
    page.wait_for_timeout(300)
    assert errors == [], errors
    page.context.close()


def test_reduced_motion_leaves_the_video_paused_on_its_poster(browser, base_url):
    page, errors = open_page(browser, base_url, reduced_motion="reduce")
    video = first_video(page)
    video.scroll_into_view_if_needed()
    page.wait_for_timeout(1500)
    assert video.evaluate("v => v.paused && v.currentTime === 0")
    assert video.get_attribute("poster")
    assert errors == []
    page.context.close()


def test_videos_out_of_view_load_nothing_but_the_poster(browser, base_url):
    ctx = browser.new_context(viewport={"width": 1280, "height": 500})
    page = ctx.new_page()
    media_requests: list[str] = []
    page.on("request", lambda r: media_requests.append(r.url) if r.url.endswith((".webm", ".mp4")) else None)
    page.goto(base_url + "zh/", wait_until="load")
    page.wait_for_timeout(1000)
    visible_sources = page.evaluate("""() => [...document.querySelectorAll('figure.manimgen video')]
        .filter(v => v.getBoundingClientRect().top < innerHeight).map(v => v.querySelector('source').src)""")
    assert len(page.locator("figure.manimgen video").all()) == 4
    assert all(url in visible_sources for url in media_requests), (media_requests, visible_sources)
    assert len(media_requests) < 4
    ctx.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_notes_beside_the_video_on_wide_screens_and_below_on_phones(browser, base_url, width):
    page, errors = open_page(browser, base_url, width=width, height=800)
    figure = page.locator("figure.manimgen").first
    figure.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    media = page.locator("figure.manimgen .manimgen-media").first.bounding_box()
    notes = page.locator("figure.manimgen .manimgen-notes").first.bounding_box()
    SHOTS.mkdir(parents=True, exist_ok=True)
    figure.screenshot(path=str(SHOTS / f"figure-{width}.png"))
    if width >= 1000:
        assert notes["x"] >= media["x"] + media["width"] - 1, (media, notes)
        assert notes["y"] < media["y"] + media["height"], "side by side: the columns overlap vertically"
    else:
        assert notes["y"] >= media["y"] + media["height"] - 1, (media, notes)
        assert media["width"] <= width
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "no horizontal overflow"
    align = page.locator("figure.manimgen .manimgen-notes p").first.evaluate("p => getComputedStyle(p).textAlign")
    assert align in ("start", "left"), "notes are not centred by the theme's figure style"
    assert errors == []
    page.context.close()


def test_dark_palette_has_no_white_boxes(browser, base_url):
    page, errors = open_page(browser, base_url, color_scheme="dark")
    scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert scheme == "slate"
    figure = page.locator("figure.manimgen").first
    figure.scroll_into_view_if_needed()
    SHOTS.mkdir(parents=True, exist_ok=True)
    figure.screenshot(path=str(SHOTS / "figure-dark.png"))
    light = page.evaluate("""() => {
        const bright = [];
        for (const el of document.querySelectorAll('figure.manimgen, figure.manimgen *')) {
            const c = getComputedStyle(el).backgroundColor.match(/[\\d.]+/g);
            if (!c) continue;
            const [r, g, b, a = 1] = c.map(Number);
            if (a > 0.5 && (0.2126 * r + 0.7152 * g + 0.0722 * b) > 200) bright.push(el.tagName + '.' + el.className);
        }
        return bright;
    }""")
    assert light == [], light
    assert errors == []
    page.context.close()


def test_gif_is_an_image_with_alt_text_and_two_formats_give_two_sources(browser, base_url):
    page, errors = open_page(browser, base_url + "calculus/")
    img = page.locator("figure.manimgen img").first
    assert img.get_attribute("alt").startswith("A geometric series")
    assert img.evaluate("i => i.complete && i.naturalWidth > 0") or img.scroll_into_view_if_needed() is None
    page.goto(base_url + "linear-3d/", wait_until="load")
    types = page.eval_on_selector_all("figure.manimgen video >> nth=0 >> source", "s => s.map(x => x.type)")
    assert types == ["video/webm", "video/mp4"]
    assert errors == []
    page.context.close()


def test_instant_navigation_sets_up_the_new_page(browser, base_url):
    page, errors = open_page(browser, base_url)
    page.locator("a.md-nav__link[href$='/calculus/']:visible").first.click()  # instant nav makes hrefs absolute
    page.wait_for_url("**/calculus/")
    page.wait_for_function("() => !!document.querySelector('figure.manimgen video[data-manimgen-ready]')",
                           timeout=10000)
    assert errors == []
    page.context.close()


def test_the_code_panel_shows_plain_code_and_loads_the_highlighted_version_when_opened(browser, base_url):
    page, errors = open_page(browser, base_url)
    panel = page.locator("figure.manimgen details.example").first
    assert "from manim import" in panel.locator("pre").text_content()  # closed: in the page, not rendered
    assert panel.locator(".highlight span").count() == 0, "the page itself carries plain code"
    panel.locator("summary").click()
    page.wait_for_function("() => document.querySelectorAll('figure.manimgen details.example .highlight span').length > 20",
                           timeout=10000)
    assert "from manim import" in panel.locator("pre").inner_text()
    assert errors == []
    page.context.close()


# -- the same mkdocs.yml under the three engines ---------------------------------------------------------
ENGINES = ("mkdocs", "properdocs", "zensical")


@pytest.fixture(scope="module")
def engine_sites(example_site: Path, tmp_path_factory) -> dict[str, tuple[Path, str]]:
    """The example course (its cache warm from the mkdocs build) built unchanged by ProperDocs and Zensical
    in a copy: engine -> (site folder, build log)."""
    pytest.importorskip("zensical")
    pytest.importorskip("properdocs")
    src = tmp_path_factory.mktemp("engines") / "course"
    shutil.copytree(example_site.parent, src, ignore=shutil.ignore_patterns("site"))
    env = {**{k: v for k, v in os.environ.items() if k not in ("DEEPSEEK_API_KEY", "OPENAI_API_KEY")},
           "NO_MKDOCS_2_WARNING": "1"}
    sites = {"mkdocs": (example_site, "")}
    for engine, out in (("properdocs", ["-d", str(src / "site-properdocs")]), ("zensical", [])):
        proc = subprocess.run([sys.executable, "-m", engine, "build", "-f", str(src / "mkdocs.yml"), *out],
                              capture_output=True, text=True, env=env, cwd=src, timeout=600)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        sites[engine] = (src / ("site-properdocs" if engine == "properdocs" else "site"), proc.stdout + proc.stderr)
    return sites


@pytest.mark.parametrize("engine", ENGINES)
def test_each_engine_builds_the_course_from_one_cache_and_its_video_plays(browser, engine_sites, engine):
    sys.path.insert(0, str(ROOT / "tests" / "ecosystem"))
    from checker import assert_site_ok

    site_dir, log = engine_sites[engine]
    if log:  # the course moved between engines re-renders nothing
        assert re.search(r"\d+ block\(s\): 0 designed, 0 rendered, \d+ from cache, 0 failed", log), log
    reports = assert_site_ok(site_dir)
    assert sum(len(r.figures) for r in reports.values()) >= 10
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page, errors = open_page(browser, f"http://127.0.0.1:{server.server_address[1]}/calculus/")
        video = first_video(page)
        video.scroll_into_view_if_needed()
        page.wait_for_function("() => { const v = document.querySelector('figure.manimgen video');"
                               " return v.readyState >= 2 && v.currentTime > 0.3 }", timeout=20000)
        assert page.evaluate("() => getComputedStyle(document.querySelector('.manimgen-stage')).display") == "grid"
        assert errors == [], errors
        page.context.close()
    finally:
        server.shutdown()
        server.server_close()
