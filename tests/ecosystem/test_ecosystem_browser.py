"""The blog index under its sub-path and the print page, in headless Chromium: their videos play."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest

from test_browser import ARGS, CHROMIUM, _QuietHandler, open_page
from test_ecosystem import blog_site, built, print_site

pytestmark = [pytest.mark.browser, pytest.mark.render]


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def serve(root):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def videos_play(browser, url: str, count: int, *, console_clean: bool = True) -> None:
    page, errors = open_page(browser, url)
    videos = page.locator("figure.manimgen video")
    assert videos.count() == count
    for i in range(count):
        videos.nth(i).scroll_into_view_if_needed()
        page.wait_for_function("i => { const v = document.querySelectorAll('figure.manimgen video')[i];"
                               " return v.readyState >= 2 && v.currentTime > 0.2 }", arg=i, timeout=20000)
    loaded = page.evaluate("() => [...document.querySelectorAll('figure.manimgen video')]"
                           ".map(v => v.videoWidth > 0 && !v.error)")
    assert all(loaded), loaded
    assert errors == [] or not console_clean, errors
    page.context.close()


def test_blog_index_under_its_sub_path_plays(browser, eco, tmp_path):
    build = built(blog_site(eco))
    www = tmp_path / "www"
    www.mkdir()
    (www / "course").symlink_to(build.site_dir, target_is_directory=True)  # served as https://…/course/
    server = serve(www)
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/course/"
        videos_play(browser, base + "blog/", 2)
        videos_play(browser, base + "blog/archive/2024/", 2)
    finally:
        server.shutdown()
        server.server_close()
    # opened from the disk: Material's own scripts complain about file:// (search), our videos play
    videos_play(browser, (build.site_dir / "blog" / "index.html").as_uri(), 2, console_clean=False)


def test_print_page_plays(browser, eco):
    build = built(print_site(eco))
    server = serve(build.site_dir)
    try:
        videos_play(browser, f"http://127.0.0.1:{server.server_address[1]}/print_page/", 2)
    finally:
        server.shutdown()
        server.server_close()
