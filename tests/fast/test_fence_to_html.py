"""Fence -> HTML through the real plugin and pipeline, in process, with a fake render executor."""

from __future__ import annotations

import os
import re

import pytest

from conftest import FAIL_MARK

SCENE = """from manim import *

class Dot1(Scene):
    def construct(self):
        self.add(Dot())
        self.wait(1)
"""


def code_block(code: str = SCENE, title: str = "A dot") -> str:
    body = "\n".join("  " + line for line in code.strip().splitlines())
    return f"```manimgen\ntitle: {title}\ncode: |\n{body}\n---\nA dot.\n```\n"


OFFLINE = "```manimgen\ntitle: Parabola\n---\nPlot $f(x) = x^2$ and its vertex.\n```\n"


def figures(html: str) -> list[str]:
    return re.findall(r'<figure class="manimgen[^"]*" id="([^"]+)" data-manimgen-source="([^"]+)"', html)


def test_an_offline_block_becomes_a_figure(fast_site):
    fast_site.page("index.md", "# Home\n\n" + OFFLINE)
    log = fast_site.build()
    html = fast_site.html()
    assert [loc for _, loc in figures(html)] == ["index.md:3"], html
    assert len(fast_site.jobs) == 1
    (job,) = fast_site.jobs
    assert "offline template: function_plot" in job.code and job.share_tex  # trusted code shares formulas
    # every asset the figure links exists in the site, relative to the page
    (figure,) = re.findall(r"<figure class=\"manimgen.*?</figure>", html, re.S)
    urls = re.findall(r'(?:src|poster|href|data-manimgen-code)="([^"#]+)"', figure)
    assert len(urls) >= 4, figure  # video source, poster, captions, code panel
    for url in urls:
        assert (log.site_dir / url).is_file(), url
    assert "x^2" in html  # the notes quote the author's formula
    assert not log.warnings(), log.warnings()


def test_identical_blocks_render_once_and_nested_blocks_match_their_scan(fast_site):
    nested = "!!! note\n\n    " + OFFLINE.replace("\n", "\n    ").rstrip() + "\n"
    fast_site.page("index.md", "# A\n\n" + OFFLINE + "\n" + nested)
    fast_site.page("other.md", "# B\n\n- item\n\n    " + code_block().replace("\n", "\n    ").rstrip() + "\n")
    fast_site.build()
    assert len(fast_site.jobs) == 2  # the two identical parabola blocks share one run
    index = figures(fast_site.html())
    assert [loc for _, loc in index] == ["index.md:3", "index.md:11"]  # both matched to the early scan
    assert len({anchor for anchor, _ in index}) == 2
    assert [loc for _, loc in figures(fast_site.html("other.html"))] == ["other.md:5"]
    assert all(job.share_tex for job in fast_site.jobs)  # offline and hand-written code are trusted


def test_a_bad_block_is_an_error_box_and_the_rest_builds(fast_site):
    fast_site.page("index.md", "# Home\n\n```manimgen\nquality: huge\n---\nx\n```\n\n" + OFFLINE)
    log = fast_site.build()
    html = fast_site.html()
    assert 'class="manimgen-error' in html and "index.md:4" in html  # the option's own line
    assert [loc for _, loc in figures(html)] == ["index.md:9"]
    assert any("index.md:4" in w and "quality" in w for w in log.warnings()), log.warnings()


def test_a_failing_render_is_reported_and_nothing_is_cached(fast_site):
    broken = SCENE.replace("self.wait(1)", f"self.wait(1)\n        {FAIL_MARK} the dot has no radius")
    fast_site.page("index.md", "# Home\n\n" + code_block(broken))
    log = fast_site.build()
    assert "the dot has no radius" in fast_site.html()
    assert any("index.md:3" in w and "the dot has no radius" not in w for w in log.warnings()), log.warnings()
    store_entries = _entries(fast_site)
    assert not any(tag == "render" for tag in store_entries.values()), store_entries
    log = fast_site.build()  # tried again, not taken from a cache
    assert len(fast_site.jobs) == 2


def test_prune_keys_are_exactly_what_the_build_used(fast_site):
    from mkdocs_manimgen.build import Build
    from mkdocs_manimgen.site_scan import load_site

    fast_site.page("index.md", "# Home\n\n" + OFFLINE + "\n" + code_block())
    fast_site.build()
    written = set(_entries(fast_site))
    site = load_site(fast_site.root / "mkdocs.yml")
    with Build(site.cfg, site.project_root, _log(), cache_dir=site.cache_dir) as build:
        used = build.keys_of(site.specs)
    assert written <= used.all()  # every entry the build wrote...
    assert {k.split(":")[0] for k in used.all() - written} == {"generation"}  # ...and only other candidates' keys
    fast_site.page("index.md", "# Home\n\n" + OFFLINE)  # the author deletes the hand-written block
    site = load_site(fast_site.root / "mkdocs.yml")
    with Build(site.cfg, site.project_root, _log(), cache_dir=site.cache_dir) as build:
        used = build.keys_of(site.specs)
    gone = written - used.all()
    assert {_entries(fast_site)[k] for k in gone} == {"render", "html"}, gone


def test_serve_rebuilds_close_each_build_and_keep_the_render_processes(fast_site):
    fast_site.page("index.md", "# Home\n\n" + OFFLINE)
    fast_site.build()
    plugin = fast_site.plugin_instance
    assert plugin.build is None  # closed at the end of the build
    opened = []
    import mkdocs_manimgen.build as build_module

    original = build_module.Build.__init__

    def spy(self, *args, **kw):
        original(self, *args, **kw)
        opened.append(self)

    build_module.Build.__init__ = spy
    try:
        fast_site.page("index.md", "# Home\n\n" + OFFLINE + "\n" + code_block())
        fast_site.build(reload=False)  # `mkdocs serve`: the same plugin instance
        fast_site.build(reload=False)
    finally:
        build_module.Build.__init__ = original
    assert len(opened) == 2 and all(b._closed for b in opened)
    assert fast_site.executors.executor.closed is False  # warm across rebuilds
    assert len(fast_site.jobs) == 2  # the unchanged block came from the cache
    plugin.on_shutdown()
    assert fast_site.executors.executor.closed is True


def test_site_text_assets_are_replaced_not_written_through(fast_site, tmp_path):
    """Captions and highlighted code are written to a temp file and renamed: a file already at
    that name that is a hard link (or symlink) to something else is replaced, never written through."""
    fast_site.page("index.md", "# Home\n\n" + OFFLINE)
    fast_site.build()
    assets = fast_site.root / "site" / "assets" / "manimgen"
    texts = sorted(p for p in assets.iterdir() if p.suffix in (".vtt", ".html"))
    assert texts, list(assets.iterdir())
    victims = []
    for i, path in enumerate(texts):
        victim = tmp_path / f"victim-{i}"
        victim.write_text("do not touch")
        path.unlink()
        os.link(victim, path)
        victims.append(victim)
    fast_site.build()
    for victim, path in zip(victims, texts):
        assert victim.read_text() == "do not touch"
        assert path.read_text() != "do not touch" and oct(path.stat().st_mode & 0o777) == "0o644"


def _entries(fast_site) -> dict[str, str]:
    from mkdocs_manimgen.cache import Store

    store = Store(fast_site.root / ".cache" / "manimgen")
    try:
        return {k: t for k, t in store.db._sql("SELECT key, tag FROM Cache").fetchall()}
    finally:
        store.close()


def _log():
    import logging

    return logging.getLogger("mkdocs.plugins.manimgen")


# -- the LLM path: a real OpenAI-compatible server on 127.0.0.1, the real SDK ------------------
from openai_server import openai_server  # noqa: E402,F401 - fixture

CONCEPT = "Show a dot growing into a circle of radius $r = 2$."


def answer(extra: str = "") -> str:
    return f"""## Storyboard
1. Dot — A dot appears (1 s)

## Scene code
```python
from manim import *

class Grow(Scene):
    def construct(self):
        self.add(Dot())
        self.wait(1)
        {extra}
```

## Study notes
A circle of radius $r = 2$.
"""


def llm_site(fast_site, server, monkeypatch, generator: str = "llm"):
    monkeypatch.setenv("MANIMGEN_FAST_KEY", "sk-fast-test")
    fast_site.plugin.update(generator="auto", llm={"base_url": server.base_url, "api_key_env": "MANIMGEN_FAST_KEY",
                                                   "timeout": 10, "max_retries": 0, "max_repairs": 1})
    fast_site.page("index.md", f"# Home\n\n```manimgen\ngenerator: {generator}\n---\n{CONCEPT}\n```\n")


def test_failing_model_code_is_repaired_with_its_error(fast_site, openai_server, monkeypatch):
    openai_server.reply(answer(f"{FAIL_MARK} the radius is negative"))
    openai_server.reply(answer())
    llm_site(fast_site, openai_server, monkeypatch)
    log = fast_site.build()
    assert len(openai_server.requests) == 2
    assert "the radius is negative" in openai_server.requests[1].text()  # the repair carries the error
    assert [j.share_tex for j in fast_site.jobs] == [False, False]  # a model's code only reads formulas
    html = fast_site.html()
    assert len(figures(html)) == 1 and "manimgen-provenance" not in html
    assert any("1 API call" not in m and "2 API call(s)" in m for m in log.messages()), log.messages()


def test_a_fallback_is_not_remembered_by_the_cached_offline_design(fast_site, openai_server, monkeypatch):
    """The LLM was down for one build: that build's figure says so. A later block that asks for the
    offline designer itself gets the same cached design, without the note."""
    llm_site(fast_site, openai_server, monkeypatch)  # no scripted reply: every request fails
    log = fast_site.build()
    assert "Made by the offline designer because the LLM was not available" in fast_site.html()
    assert any("used the offline designer instead of the LLM" in w for w in log.warnings()), log.warnings()
    llm_site(fast_site, openai_server, monkeypatch, generator="offline")
    fast_site.build()
    html = fast_site.html()
    assert len(figures(html)) == 1 and "manimgen-provenance" not in html
    assert len(fast_site.jobs) == 1  # the same design and render, from the cache
