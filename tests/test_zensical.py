"""The standalone fence under Zensical (real `zensical build`s, real renders): no MkDocs hooks at all.

One mkdocs.yml serves the three engines (`Site(fence=True)`): under MkDocs the plugin takes the
fence over; under Zensical, which drops the plugin's entry, mkdocs_manimgen.fence does the whole
job. Checked here: every figure URL resolves from its page (the ecosystem checker), a rebuild
renders nothing and still publishes every file (Zensical empties the site and serves unchanged
pages from its own cache), one edited block renders alone, a broken block is an error box with
its `page.md:line` while the rest builds, and a page that showed an error box is converted again
once its block is fixed outside the page (a `file:` scene): nothing broken is ever cached.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sites import Site, dot_block

sys.path.insert(0, str(Path(__file__).parent / "ecosystem"))
from checker import assert_site_ok  # noqa: E402

pytest.importorskip("zensical")
pytestmark = pytest.mark.render

GOOD = "from manim import *\n\nclass Ring(Scene):\n    def construct(self):\n        self.play(Create(Circle()), run_time=0.5)\n"
BROKEN = GOOD.replace("Circle()", "Circle(radius=1 / 0)")


@pytest.fixture
def zsite(tmp_path, shared_cache) -> Site:
    site = Site(tmp_path / "z", plugin={"cache_dir": str(tmp_path / "cache"), "pdf": False}, fence=True,
                extra_config={"theme": {"name": "material"}})
    site.write_page("index.md", "# Home\n" + dot_block(1) + "\n" + dot_block(2))
    site.write_page("ch/b.md", "---\ntitle: B\n---\n# B\n\n!!! note\n" +
                    "\n".join("    " + line for line in dot_block(3).splitlines()) + "\n")
    (site.root / "docs" / "scenes").mkdir(parents=True)
    (site.root / "docs" / "scenes" / "ring.py").write_text(GOOD)
    return site


def _fences(site: Site) -> list[str]:
    """`page.md:line` of every fence opening, read from the sources."""
    docs = site.root / "docs"
    return sorted(f"{p.relative_to(docs).as_posix()}:{i}" for p in docs.rglob("*.md")
                  for i, line in enumerate(p.read_text().splitlines(), 1) if line.strip() == "```manimgen")


def test_zensical_builds_rebuilds_from_cache_and_shares_the_cache_with_mkdocs(zsite):
    first = zsite.build(engine="zensical")
    assert first.returncode == 0, first.log
    assert first.summary["blocks"] == 3 and first.summary["rendered"] == 3 and first.summary["failed"] == 0, first.log
    reports = assert_site_ok(first.site_dir)
    assert sorted(loc for r in reports.values() for loc in r.figures) == _fences(zsite)  # front matter counted

    again = zsite.build(engine="zensical")  # Zensical empties site/ and serves both pages from its cache
    assert again.summary["rendered"] == 0 and again.summary["from_cache"] == 3, again.log
    assert_site_ok(again.site_dir)

    mkdocs = zsite.build()  # the same mkdocs.yml: the plugin takes the fence over, the same cache keys
    assert mkdocs.returncode == 0, mkdocs.log
    assert mkdocs.summary["rendered"] == 0 and mkdocs.summary["from_cache"] == 3, mkdocs.log
    assert_site_ok(mkdocs.site_dir)


def test_zensical_edited_block_renders_alone_and_broken_block_is_located(zsite):
    assert zsite.build(engine="zensical").summary["rendered"] == 3
    page = zsite.root / "docs" / "index.md"
    page.write_text(page.read_text().replace("shift(2 * 0.3", "shift(2 * 0.4"))
    edited = zsite.build(engine="zensical")
    assert edited.summary["rendered"] == 1 and edited.summary["from_cache"] == 2, edited.log
    assert_site_ok(edited.site_dir)

    (zsite.root / "docs" / "scenes" / "ring.py").write_text(BROKEN)
    zsite.write_page("ch/ring.md", "# Ring\n\n```manimgen\nfile: scenes/ring.py\nscene: Ring\n---\nA ring.\n```\n")
    broken = zsite.build(engine="zensical")
    assert broken.returncode == 0, broken.log  # one bad block never loses the site
    located = [w for w in broken.warnings() if "ch/ring.md:3" in w]
    assert located and "ZeroDivisionError" in broken.log, broken.log
    assert "manimgen-error" in (broken.site_dir / "ch" / "ring" / "index.html").read_text()
    assert "manimgen-error" not in (broken.site_dir / "index.html").read_text()
    assert str(zsite.root) not in (broken.site_dir / "ch" / "ring" / "index.html").read_text()

    # fixed outside the page: Zensical would serve the page from its cache; the generation moves on
    (zsite.root / "docs" / "scenes" / "ring.py").write_text(GOOD)
    fixed = zsite.build(engine="zensical")
    assert fixed.summary["failed"] == 0 and fixed.summary["rendered"] == 1, fixed.log
    assert "manimgen-error" not in (fixed.site_dir / "ch" / "ring" / "index.html").read_text()
    assert_site_ok(fixed.site_dir)


def test_zensical_file_outside_the_project_is_a_located_error(zsite, tmp_path):
    (tmp_path / "secret.py").write_text(GOOD)
    zsite.write_page("index.md", "# Home\n\n```manimgen\nfile: ../../secret.py\nscene: Ring\n---\nx\n```\n")
    zsite.write_page("ch/b.md", "# B\n")
    build = zsite.build(engine="zensical")
    assert build.returncode == 0, build.log
    assert any("index.md:4" in w and "outside the docs folder and the project folder" in w
               for w in build.warnings()), build.log
    assert "outside the docs folder" in build.html()


def test_zensical_serve_publishes_cached_pages_rerenders_the_edited_block_and_does_not_loop(zsite):
    import re
    import socket
    import subprocess
    import threading
    import time
    import urllib.request

    assert zsite.build(engine="zensical").summary["rendered"] == 3  # Zensical's cache is warm: serve converts nothing
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    lines: list[str] = []
    proc = subprocess.Popen([sys.executable, "-m", "zensical", "serve", "-f", str(zsite.root / "mkdocs.yml"),
                             "-a", f"127.0.0.1:{port}"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            cwd=zsite.root)
    threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, "")), daemon=True).start()
    base = f"http://127.0.0.1:{port}/"

    def get(path: str) -> bytes | None:
        try:
            with urllib.request.urlopen(base + path, timeout=5) as response:
                return response.read()
        except OSError:
            return None

    def videos() -> list[str]:
        html = (get("") or b"").decode()
        return re.findall(r'src="(assets/manimgen/[0-9a-f]+\.webm)"', html)

    def wait(condition, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not condition():
            time.sleep(0.3)
        assert condition(), "".join(lines)

    try:
        wait(lambda: len(videos()) == 2 and all(get(v) for v in videos()))  # put back after serve's first build
        before = videos()
        page = zsite.root / "docs" / "index.md"
        page.write_text(page.read_text().replace("shift(2 * 0.3", "shift(2 * 0.5"))
        wait(lambda: videos() != before and all(get(v) for v in videos()))
        after = videos()
        assert after[0] == before[0] and after[1] != before[1]  # the other block kept its render
        builds = sum("Build started" in line for line in lines)
        time.sleep(4)  # our cache and site writes must not trigger rebuilds
        assert sum("Build started" in line for line in lines) == builds, "".join(lines)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
