"""The docs' screenshots of one figure in Material's light and dark schemes, in headless Chromium.

    .venv/bin/python scripts/screenshot_schemes.py SITE_DIR [--figure N] [--out docs/img]

SITE_DIR is a built site (e.g. site_examples/course/site); the page is its index.html. Each
screenshot is taken mid-play (the video's frame, not only its poster) and saved as a small PNG
(a 128-colour palette), without the video's control bar (as while it plays)."""

from __future__ import annotations

import argparse
import functools
import http.server
import threading
from pathlib import Path

from PIL import Image

ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--autoplay-policy=no-user-gesture-required"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("--page", default="")
    parser.add_argument("--figure", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("docs/img"))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_Quiet, directory=str(args.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for scheme in ("light", "dark"):
            page = browser.new_page(viewport={"width": 1100, "height": 1400}, color_scheme=scheme)
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/{args.page}", wait_until="load")
            figure = page.locator("figure.manimgen").nth(args.figure)
            figure.evaluate("f => window.scrollTo(0, f.getBoundingClientRect().top + window.scrollY - 70)")
            video = figure.locator("video")
            video.evaluate("v => { v.muted = true; v.play(); }")
            page.wait_for_function("v => v.currentTime > v.duration * 0.6", arg=video.element_handle(), timeout=30000)
            video.evaluate("v => { v.pause(); v.controls = false; }")  # as while playing: no control bar
            path = args.out / f"scheme-{scheme}.png"
            figure.screenshot(path=str(path))
            Image.open(path).convert("RGB").quantize(128, dither=Image.Dither.NONE).save(path, optimize=True)
            print(path, path.stat().st_size, "bytes")
            page.close()
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
