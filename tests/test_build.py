"""Real `mkdocs build`s of small sites with real Manim renders at low quality."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from sites import dot_block, media_info

pytestmark = pytest.mark.render

def referenced_files(html_path: Path) -> list[Path]:
    soup = BeautifulSoup(html_path.read_text(encoding="utf-8"), "html.parser")
    urls = [el.get("src") or el.get("poster") for el in soup.select("figure.manimgen source, figure.manimgen img, "
                                                                      "figure.manimgen track")]
    urls += [v.get("poster") for v in soup.select("figure.manimgen video")]
    urls += [a["href"] for a in soup.select("figure.manimgen .manimgen-pdf a")]
    return [(html_path.parent / u).resolve() for u in urls if u]


def test_blocks_become_figures_with_media_of_the_right_size(site):
    site.write_page("index.md", "# Home\n\n```manimgen\ntitle: Pythagoras\n---\n"
                                "Show that $a^2 + b^2 = c^2$ for a right triangle.\n```\n" + dot_block(1, "Dot"))
    build = site.build()
    assert build.returncode == 0, build.log
    assert build.summary["blocks"] == 2 and build.summary["failed"] == 0, build.log
    soup = BeautifulSoup(build.html(), "html.parser")
    figures = soup.select("figure.manimgen")
    assert len(figures) == 2
    video = figures[0].select_one("video")
    assert video is not None and video.get("width") == "854" and video.get("height") == "480"
    for attr in ("controls", "loop", "muted", "playsinline", "poster"):
        assert video.has_attr(attr), attr
    assert figures[0].select_one("figcaption").text == "Pythagoras"
    assert figures[0].select_one(".manimgen-notes").text.strip()
    assert figures[0].select_one("details summary").text  # storyboard / code panels
    files = referenced_files(build.site_dir / "index.html")
    assert files and all(f.is_file() for f in files), files
    assets = [f for f in (build.site_dir / "assets" / "manimgen").rglob("*") if f.is_file()]
    unreadable = [f.name for f in assets if f.stat().st_mode & 0o044 != 0o044]
    assert assets and not unreadable, unreadable  # a web server running as another user reads them
    webm = [f for f in files if f.suffix == ".webm"]
    assert len(webm) == 2
    for f in webm:
        info = media_info(f)
        assert (info["width"], info["height"]) == (854, 480)
        assert info["duration"] > 0
        assert re.fullmatch(r"[0-9a-f]{20}\.webm", f.name), "content-hashed names"


def test_second_build_renders_and_designs_nothing(site):
    site.write_page("index.md", dot_block(2, "A") + "\n```manimgen\nThe function $f(x) = x^2$.\n```\n")
    first = site.build()
    assert first.summary["rendered"] == 2, first.log
    second = site.build()
    assert second.returncode == 0
    assert second.summary == {**second.summary, "rendered": 0, "designed": 0, "from_cache": 2}, second.log
    assert "starting" not in second.log, "a warm build must not start render processes (nor import manim)"


def test_identical_blocks_on_two_pages_render_once(site):
    block = dot_block(3, "Same")
    site.write_page("index.md", "# One\n" + block)
    site.write_page("two.md", "# Two\n" + block)
    build = site.build()
    assert build.returncode == 0, build.log
    assert build.summary["blocks"] == 2
    assert build.summary["rendered"] == 1 and build.summary["from_cache"] == 1, build.log
    assert all(f.is_file() for f in referenced_files(build.site_dir / "two" / "index.html"))


def test_quality_change_rerenders_without_designing_again(site):
    site.write_page("index.md", "```manimgen\nThe identity $(a+b)^2 = a^2 + 2ab + b^2$.\n```\n")
    first = site.build()
    assert first.summary["designed"] == 1 and first.summary["rendered"] == 1, first.log
    site.plugin["quality"] = "medium"
    second = site.build()
    assert second.summary["designed"] == 0 and second.summary["rendered"] == 1, second.log
    video = BeautifulSoup(second.html(), "html.parser").select_one("figure.manimgen video")
    assert video["width"] == "1280" and video["height"] == "720"


def test_editing_one_block_rerenders_only_that_block(site):
    site.write_page("index.md", dot_block(1, "Keep") + dot_block(2, "Edit"))
    assert site.build().summary["rendered"] == 2
    site.write_page("index.md", dot_block(1, "Keep") + dot_block(4, "Edit"))
    assert site.build().summary["rendered"] == 1


def test_a_deleted_cached_media_file_is_noticed_and_rebuilt(site):
    site.write_page("index.md", dot_block(1, "A"))
    site.build()
    media = site.root / ".cache" / "manimgen" / "media"
    victims = list(media.glob("*.webm"))
    assert victims
    for f in victims:
        f.unlink()
    shutil.rmtree(site.root / "site")
    again = site.build()
    assert again.summary["rendered"] == 1, again.log
    assert all(f.is_file() for f in referenced_files(again.site_dir / "index.html"))


def test_urls_work_without_directory_urls_and_under_a_sub_path(site):
    site.extra_config.update(use_directory_urls=False, site_url="https://example.org/course/")
    site.write_page("index.md", "# Home\n")
    site.write_page("deep/page.md", dot_block(1, "Deep"))
    build = site.build()
    assert build.returncode == 0, build.log
    html_path = build.site_dir / "deep" / "page.html"
    files = referenced_files(html_path)
    assert files and all(f.is_file() for f in files)
    # relative URLs keep working under a GitHub Pages sub-path
    assert all(not u.startswith("/") for u in re.findall(r'src="([^"]+)"', html_path.read_text()))


def test_blocks_nested_in_tabs_admonitions_and_lists(site):
    site.write_page("index.md", """
        !!! note "In an admonition"

            ```manimgen
            title: In admonition
            code: |
              from manim import *
              class A(Scene):
                  def construct(self):
                      self.play(Create(Circle()), run_time=0.5)
            ---
            x
            ```

        === "Tab"

            ```manimgen
            title: In tab
            code: |
              from manim import *
              class B(Scene):
                  def construct(self):
                      self.play(Create(Square()), run_time=0.5)
            ---
            x
            ```

        1. In a list:

            ```manimgen
            title: In list
            code: |
              from manim import *
              class C(Scene):
                  def construct(self):
                      self.play(Create(Triangle()), run_time=0.5)
            ---
            x
            ```
        """)
    build = site.build()
    assert build.returncode == 0, build.log
    soup = BeautifulSoup(build.html(), "html.parser")
    assert soup.select_one(".admonition figure.manimgen figcaption").text == "In admonition"
    assert soup.select_one(".tabbed-block figure.manimgen figcaption").text == "In tab"
    assert soup.select_one("li figure.manimgen figcaption").text == "In list"
    assert build.summary["failed"] == 0


BAD_PAGE = """
# Bad blocks

```manimgen
title: [unclosed
---
x
```

```manimgen
colour: red
---
x
```

```manimgen
quality: huge
---
x
```

```manimgen
title: empty
---
```

```manimgen
file: missing.py
scene: Nope
---
x
```

```manimgen
file: scenes/s.py
scene: NotThere
---
x
```

```manimgen
title: raises
code: |
  from manim import *
  class Boom(Scene):
      def construct(self):
          raise ValueError("this scene is broken")
---
x
```
"""


def test_bad_blocks_get_located_errors_and_the_rest_of_the_site_builds(site):
    site.write_page("bad.md", BAD_PAGE)
    site.write_page("scenes/s.py", "from manim import *\nclass Real(Scene):\n    def construct(self):\n"
                                   "        self.wait(0.2)\n")
    site.write_page("index.md", dot_block(1, "Fine"))
    build = site.build()
    assert build.returncode == 0, build.log
    warnings = "\n".join(build.warnings())
    lines = BAD_PAGE.lstrip().splitlines()

    def at(needle: str, offset: int = 0) -> str:
        return f"bad.md:{lines.index(needle) + 1 + offset}"

    expected = {
        at("title: [unclosed"): "invalid YAML options",
        at("colour: red"): "unknown option 'colour'",
        at("quality: huge"): "unknown quality 'huge'",
        at("title: empty", 2): "no concept",
        at("file: missing.py"): "scene file 'missing.py' not found",
        at("file: scenes/s.py", -1): "NotThere",  # the fence line
        at("title: raises", -1): "this scene is broken",
    }
    for location, text in expected.items():
        assert re.search(rf"{re.escape(location)}: .*{re.escape(text)}", warnings), (location, warnings)
        assert "fix:" in [w for w in build.warnings() if location + ":" in w][0]
    soup = BeautifulSoup(build.html("bad/index.html"), "html.parser")
    assert len(soup.select(".manimgen-error")) == 7
    assert "this scene is broken" in soup.select(".manimgen-error")[-1].text
    assert BeautifulSoup(build.html(), "html.parser").select_one("figure.manimgen video")  # the good block
    assert build.summary["failed"] == 7
    # nothing broken was cached: the failing scene is tried again next time
    again = site.build()
    assert again.summary["failed"] == 7 and "this scene is broken" in again.log

    strict = site.build("--strict")
    assert strict.returncode != 0
    assert at("title: raises", -1) in strict.log and "Aborted" in strict.log


def test_config_errors_are_clear_at_start(site):
    site.plugin["quality"] = "4k"
    site.write_page("index.md", "# x\n")
    build = site.build()
    assert build.returncode != 0
    assert "quality" in build.log and "Expected one of" in build.log
    assert "Traceback" not in build.log
