"""Blocks beside the popular MkDocs plugins, in real `mkdocs build`s with the real plugins.

Each fixture site is small and uses the same few one-second hand-written scenes, with one cache
shared by all of them, so the whole file costs a handful of renders. Every build is checked
page by page with checker.py (URLs resolved from each page's own location, ids, sources,
error boxes, assets once).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import yaml
from bs4 import BeautifulSoup

from checker import assert_site_ok
from sites import Site, dot_block

pytestmark = pytest.mark.render

SCENE_FILE = """\
from manim import *


class Ring(Scene):
    def construct(self):
        self.play(Create(Circle(color=BLUE)), run_time=0.5)
        self.wait(0.5)
"""

FILE_BLOCK = """
```manimgen
title: Ring
file: {path}
scene: Ring
---
A ring is drawn.
```
"""


def built(site: Site, *args: str):
    build = site.build(*args)
    assert build.returncode == 0, build.log
    return build


# -- Material's blog under a sub-path --------------------------------------------------------------

POST = """\
---
date: 2024-0{n}-01
---

# Post {n}

{block}

<!-- more -->

The rest of post {n}.
"""


def blog_site(eco: Site) -> Site:
    eco.plugins = ["material/blog", "manimgen"]
    eco.extra_config.update(site_url="https://example.org/course/", theme={"name": "material", "font": False})
    eco.write_page("index.md", "# Course\n")
    eco.write_page("blog/index.md", "# Blog\n")
    eco.write_page("blog/posts/one.md", POST.format(n=1, block=dot_block(1, "First")))
    eco.write_page("blog/posts/two.md", POST.format(n=2, block=dot_block(2, "Second")))
    return eco


def test_blog_excerpts_under_a_sub_path(eco):
    build = built(blog_site(eco))
    reports = assert_site_ok(build.site_dir, "https://example.org/course/")
    index = reports["blog/index.html"]
    assert len(index.figures) == 2, index
    assert set(index.figures) == {"blog/posts/one.md:8", "blog/posts/two.md:8"}
    assert build.summary["rendered"] + build.summary["from_cache"] == 2, build.log


# -- mkdocs-static-i18n: three languages -------------------------------------------------------------

def test_static_i18n_three_languages(eco):
    eco.plugins = [{"i18n": {"docs_structure": "suffix", "languages": [
        {"locale": "en", "default": True, "name": "English", "build": True},
        {"locale": "fr", "name": "Français", "build": True},
        {"locale": "de", "name": "Deutsch", "build": True}]}}, "manimgen"]
    eco.extra_config.update(theme={"name": "material", "font": False})
    for suffix, n in (("", 1), (".fr", 2), (".de", 3)):
        eco.write_page(f"index{suffix}.md", f"# Home {suffix}\n" + dot_block(n, f"Dot {n}"))
    build = built(eco)
    reports = assert_site_ok(build.site_dir)
    for page in ("index.html", "fr/index.html", "de/index.html"):
        assert len(reports[page].figures) == 1, reports[page]


# -- mkdocs-macros ------------------------------------------------------------------------------------------

def test_macros_changed_block(eco):
    eco.plugins = ["macros", "manimgen"]
    eco.extra_config.update(extra={"dot_title": "From a macro"})
    # front matter: MkDocs strips it from the Markdown the block's line is found in
    eco.write_page("index.md", "---\ntitle: Macros\n---\n# Macros\n" + dot_block(1, "{{ dot_title }}"))
    build = built(eco)
    reports = assert_site_ok(build.site_dir)
    assert reports["index.html"].figures == ["index.md:6"]
    soup = BeautifulSoup(build.html(), "html.parser")
    assert soup.select_one("figure.manimgen figcaption").text == "From a macro"
    assert build.summary["blocks"] == 1 and build.summary["failed"] == 0, build.log


# -- pymdownx.snippets --------------------------------------------------------------------------------------

def test_snippets_with_auto_append(eco):
    snippets = eco.root / "snippets"
    snippets.mkdir(parents=True)
    (snippets / "footer.md").write_text("\n## Footer\n" + dot_block(2, "Footer"), encoding="utf-8")
    (snippets / "ring.md").write_text("Included:\n" + dot_block(3, "Included"), encoding="utf-8")
    eco.extra_config["markdown_extensions"] = [
        "pymdownx.superfences",
        {"pymdownx.snippets": {"base_path": [str(snippets)], "auto_append": ["footer.md"]}}]
    eco.write_page("index.md", "# Home\n\n--8<-- \"ring.md\"\n" + dot_block(1, "Own"))
    eco.write_page("other.md", "# Other\n")
    build = built(eco)
    reports = assert_site_ok(build.site_dir)
    assert sorted(reports["index.html"].figures) == sorted(["index.md:5", "snippets/ring.md:3",
                                                            "snippets/footer.md:4"]), reports["index.html"]
    assert reports["other/index.html"].figures == ["snippets/footer.md:4"]


# -- mkdocs-gen-files: a generated page with a generated `file:` scene --------------------------------

GEN_SCRIPT = '''
import mkdocs_gen_files

with mkdocs_gen_files.open("scenes/generated_ring.py", "w") as f:
    f.write({scene!r})
with mkdocs_gen_files.open("generated.md", "w") as f:
    f.write("# Generated\\n" + {block!r})
'''


def test_gen_files_generated_page_and_scene(eco):
    eco.plugins = [{"gen-files": {"scripts": ["gen.py"]}}, "manimgen"]
    (eco.root).mkdir(parents=True, exist_ok=True)
    (eco.root / "gen.py").write_text(GEN_SCRIPT.format(scene=SCENE_FILE,
                                                       block=FILE_BLOCK.format(path="scenes/generated_ring.py")))
    eco.write_page("index.md", "# Home\n")
    build = built(eco, "--strict")
    reports = assert_site_ok(build.site_dir)
    assert reports["generated/index.html"].figures == ["generated.md:3"]


# -- mkdocs-monorepo-plugin, both plugin orders -------------------------------------------------------------

@pytest.mark.parametrize("order", [["monorepo", "manimgen"], ["manimgen", "monorepo"]], ids=["monorepo-first",
                                                                                                 "manimgen-first"])
def test_monorepo_merged_file_scene(eco, order):
    eco.plugins = order
    eco.extra_config["nav"] = [{"Home": "index.md"}, {"Sub": "!include sub/mkdocs.yml"}]
    eco.write_page("index.md", "# Home\n")
    sub = eco.root / "sub"
    (sub / "docs" / "scenes").mkdir(parents=True)
    (sub / "mkdocs.yml").write_text(yaml.safe_dump({"site_name": "sub", "nav": [{"Sub": "index.md"}]}))
    (sub / "docs" / "scenes" / "ring.py").write_text(SCENE_FILE)
    (sub / "docs" / "index.md").write_text("# Sub\n" + FILE_BLOCK.format(path="scenes/ring.py"))
    build = built(eco, "--strict")
    reports = assert_site_ok(build.site_dir)
    assert reports["sub/index.html"].figures == ["sub/index.md:3"]


# -- mkdocs-print-site-plugin --------------------------------------------------------------------------------

def print_site(eco: Site) -> Site:
    eco.plugins = ["manimgen", "print-site"]
    eco.extra_config.update(theme={"name": "material", "font": False})
    eco.write_page("index.md", "# Home\n" + dot_block(1, "Home dot"))
    eco.write_page("deep/page.md", "# Deep\n" + dot_block(2, "Deep dot"))
    return eco


def test_print_site_page(eco):
    build = built(print_site(eco))
    reports = assert_site_ok(build.site_dir)
    assert sorted(reports["print_page/index.html"].figures) == ["deep/page.md:3", "index.md:3"]


# -- blockquotes and tab-indented blocks ------------------------------------------------------------------

def quoted(block: str) -> str:
    return "\n".join(("> " + line).rstrip() for line in block.strip("\n").splitlines()) + "\n"


def test_blockquoted_and_tab_indented_blocks(eco):
    # under a list item, indented with tabs, the scene code's YAML indentation a tab too: Markdown expands
    # tabs before superfences sees the block, so its text differs from the file's
    block = dot_block(2, "Tabbed").strip("\n").splitlines()
    tabbed = "\n".join("\t" + (f"\t{line[2:]}" if line.startswith("  ") else line) if line else "" for line in block)
    eco.write_page("index.md", "# Quotes\n\n" + quoted(dot_block(1, "Quoted")) + "\n- item\n\n" + tabbed + "\n")
    build = built(eco)
    reports = assert_site_ok(build.site_dir)
    assert sorted(reports["index.html"].figures) == ["index.md:18", "index.md:3"], reports["index.html"]
    assert build.summary["blocks"] == 2, build.log


# -- controls that pass today and must keep passing ------------------------------------------------------------

def test_control_unicode_space_and_dot_paths_without_directory_urls(eco):
    eco.extra_config["use_directory_urls"] = False
    eco.write_page("index.md", "# Home\n")
    eco.write_page("Kapitel über/v1.2 Ableitung.md", "# Ableitung\n" + dot_block(1, "Über"))
    build = built(eco)
    reports = assert_site_ok(build.site_dir)
    assert reports["Kapitel über/v1.2 Ableitung.html"].figures == ["Kapitel über/v1.2 Ableitung.md:3"]


def test_control_docs_dir_outside_the_config_folder_built_from_elsewhere(eco, tmp_path):
    docs = tmp_path / "content"
    (docs / "scenes").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n" + FILE_BLOCK.format(path="scenes/ring.py"))
    (docs / "scenes" / "ring.py").write_text(SCENE_FILE)
    eco.extra_config["docs_dir"] = "../content"
    eco.root.mkdir(parents=True)
    config = eco.write_config()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(out)],
                          capture_output=True, text=True, cwd=elsewhere, timeout=600,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert proc.returncode == 0, proc.stderr
    reports = assert_site_ok(out)
    assert reports["index.html"].figures == ["index.md:3"]


# -- `mkdocs serve --dirty`: editing a `file:` scene ---------------------------------------------------------

def served_figure(url: str) -> tuple[BeautifulSoup, list[str]]:
    """The served page's figure and the problems of its URLs (each fetched over HTTP)."""
    import urllib.request
    from urllib.parse import urljoin

    from checker import figure_urls

    soup = BeautifulSoup(urllib.request.urlopen(url, timeout=10).read().decode(), "html.parser")
    figure = soup.select_one("figure.manimgen")
    bad = []
    for what, link in figure_urls(figure) if figure else []:
        try:
            urllib.request.urlopen(urljoin(url, link), timeout=10).read(16)
        except OSError as err:
            bad.append(f"{what} {link}: {err}")
    return figure, bad


def test_serve_dirty_edit_of_a_file_scene(eco):
    from test_serve import free_port
    import threading
    import time

    eco.write_page("index.md", "# Home\n" + FILE_BLOCK.format(path="scenes/ring.py"))
    eco.write_page("scenes/ring.py", SCENE_FILE)
    eco.write_config()
    port = free_port()
    lines: list[str] = []
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "-f", str(eco.root / "mkdocs.yml"),
                             "--dev-addr", f"127.0.0.1:{port}"], stderr=subprocess.STDOUT, stdout=subprocess.PIPE,
                            text=True, cwd=eco.root, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, "")), daemon=True).start()

    def wait_for(count: int, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and sum("block(s):" in line for line in list(lines)) < count:
            time.sleep(0.2)
        assert sum("block(s):" in line for line in list(lines)) >= count, "".join(lines)
        time.sleep(1.0)  # the server serves the new build once the build returned

    try:
        wait_for(1)
        first, bad = served_figure(f"http://127.0.0.1:{port}/")
        assert first is not None and not bad, (bad, "".join(lines))
        assert first["data-manimgen-source"] == "index.md:3"
        eco.write_page("scenes/ring.py", SCENE_FILE.replace("BLUE", "RED"))
        wait_for(2)
        second, bad = served_figure(f"http://127.0.0.1:{port}/")
        assert second is not None and not bad, (bad, "".join(lines))
        assert second.select_one("source")["src"] != first.select_one("source")["src"], \
            "the page shows the edited scene's video"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


# -- cache prune --site keeps what the built site shows ------------------------------------------------------

def test_prune_keeps_the_render_a_macro_changed_block_shows(site):
    from test_cli import manimgen

    site.plugins = ["macros", "manimgen"]
    site.plugin = {"pdf": False, "workers": 1}
    site.extra_config.update(extra={"pause": 0.25})
    # the macro changes the scene's code, so the render the page shows is not the source's
    site.write_page("index.md", "# Macros\n" + dot_block(4, "Pause").replace("self.wait(0.5)", "self.wait({{ pause }})"))
    first = built(site)
    assert first.summary["rendered"] == 1, first.log
    proc = manimgen("cache", "prune", "--site", str(site.root / "mkdocs.yml"))
    assert proc.returncode == 0 and "removed no entries" in proc.stdout, proc.text
    again = built(site)
    assert again.summary["rendered"] == 0 and again.summary["from_cache"] == 1, again.log
