"""The LLM path through real `mkdocs build`s, against a real OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations


import pytest
from bs4 import BeautifulSoup

from openai_server import openai_server  # noqa: F401 - fixture

pytestmark = pytest.mark.render

KEY = "sk-build-SECRET-5f1c2a9e77d0"
CONCEPT = r"Show that $e^{i\pi} + 1 = 0$ on the unit circle."


def answer(code_body: str, scene: str = "EulerScene", notes: str = "The model's notes: $e^{i\\pi} = -1$.") -> str:
    return f"""Here is the design.

## Storyboard
1. Circle — Draw the unit circle (1 s)
2. Point — Move the point to angle pi (1 s)

## Scene code
```python
from manim import *

class {scene}(Scene):
    def construct(self):
{code_body}
```

## Study notes
{notes}

### Check your understanding
Where is $e^{{i\\pi/2}}$? **Answer:** at $i$.
"""


GOOD = answer("        c = Circle()\n        self.play(Create(c), run_time=0.5)\n        self.wait(0.5)")
BROKEN = answer("        self.play(Create(Circle()), run_time=0.5)\n        raise ValueError('the point has no angle')")
REFUSED = answer("        import os\n        self.add(Text(os.environ.get('HOME', '')))\n        self.wait(0.5)")
OLD_NAMES = answer("        self.play(ShowCreation(Circle()), run_time=0.5)\n        self.wait(0.5)")


def llm_site(site, server, *, timeout: float = 20, **llm):
    site.plugin.update(generator="llm", llm={"base_url": server.base_url, "model": "deepseek-chat",
                                              "api_key_env": "MANIMGEN_TEST_KEY", "timeout": timeout,
                                              "max_retries": 1, **llm})
    site.write_page("index.md", f"# Euler\n\n```manimgen\ntitle: Euler\n---\n{CONCEPT}\n```\n")
    return site


def build(site, *args, key: str | None = KEY):
    return site.build(*args, env={"MANIMGEN_TEST_KEY": key} if key else {"MANIMGEN_TEST_KEY": ""})


def assert_secret_nowhere(site, build_result):
    assert KEY not in build_result.log
    for path in [*site.root.joinpath("site").rglob("*"), *site.root.joinpath(".cache").rglob("*")]:
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path


def test_the_model_designs_the_block(site, openai_server):
    openai_server.reply(GOOD, reasoning="First I think about the circle, then the angle.")
    result = build(llm_site(site, openai_server))
    assert result.returncode == 0, result.log
    assert result.summary["api_calls"] == 1 and result.summary["tokens"] > 0, result.log
    assert len(openai_server.requests) == 1
    sent = openai_server.requests[0].text()
    assert r"e^{i\pi} + 1 = 0" in sent, "the author's LaTeX is given verbatim"
    assert "0.22" in sent, "the prompt names the installed Manim version"
    figure = BeautifulSoup(result.html(), "html.parser").select_one("figure.manimgen")
    assert "The model's notes" in figure.select_one(".manimgen-notes").text
    assert "class EulerScene" in figure.text
    assert "First I think about the circle" in figure.select_one(".manimgen-reasoning").text
    assert [li.text for li in figure.select(".manimgen-storyboard li")][0].endswith("Draw the unit circle")
    assert_secret_nowhere(site, result)


def test_a_failing_scene_is_repaired_with_its_error(site, openai_server):
    openai_server.reply(BROKEN)
    openai_server.reply(GOOD)
    result = build(llm_site(site, openai_server))
    assert result.returncode == 0 and result.summary["failed"] == 0, result.log
    assert len(openai_server.requests) == 2
    repair = openai_server.requests[1].text()
    assert "the point has no angle" in repair and "ValueError" in repair, "the repair request quotes the error"
    assert "repair 1/2" in result.log
    assert result.summary["api_calls"] == 2


def test_refused_code_goes_back_to_the_model_with_the_finding(site, openai_server):
    openai_server.reply(REFUSED)
    openai_server.reply(GOOD)
    result = build(llm_site(site, openai_server))
    assert result.returncode == 0 and result.summary["failed"] == 0, result.log
    assert "'os'" in openai_server.requests[1].text()


def test_old_manim_names_are_fixed_without_a_repair_call(site, openai_server):
    openai_server.reply(OLD_NAMES)
    result = build(llm_site(site, openai_server))
    assert result.returncode == 0 and result.summary["failed"] == 0, result.log
    assert len(openai_server.requests) == 1
    assert "ShowCreation" in result.log and "Create" in result.log  # what was rewritten is logged


def test_repairs_exhausted_fall_back_to_offline_with_a_located_warning(site, openai_server):
    for _ in range(3):
        openai_server.reply(BROKEN)
    result = build(llm_site(site, openai_server, max_repairs=2))
    assert result.returncode == 0, result.log
    assert len(openai_server.requests) == 3
    assert any("index.md:3" in w and "offline designer" in w for w in result.warnings()), result.log
    assert BeautifulSoup(result.html(), "html.parser").select_one("figure.manimgen video")
    # nothing broken was cached: the next build asks the model again
    openai_server.reply(GOOD)
    again = build(site)
    assert again.summary["api_calls"] == 1 and again.summary["failed"] == 0, again.log


def test_a_server_that_never_answers_hits_the_deadline_and_falls_back(site, openai_server):
    openai_server.hang()
    openai_server.hang()
    result = build(llm_site(site, openai_server, timeout=2))
    assert result.returncode == 0, result.log
    assert any("index.md:3" in w and "offline designer" in w for w in result.warnings()), result.log
    assert BeautifulSoup(result.html(), "html.parser").select_one("figure.manimgen video")
    openai_server.hang()
    openai_server.hang()
    strict = build(site, "--strict")
    assert strict.returncode != 0 and "index.md:3" in strict.log


def test_no_key_means_offline_and_no_request(site, openai_server):
    result = build(llm_site(site, openai_server), key=None)
    assert result.returncode == 0 and result.summary["failed"] == 0, result.log
    assert openai_server.requests == []
    assert result.log.count("is not set") == 1, "one clear notice"
    assert result.summary["api_calls"] == 0


def test_one_concept_on_two_pages_is_one_request_and_a_rebuild_is_none(site, openai_server):
    llm_site(site, openai_server)
    site.write_page("again.md", f"# Again\n\n```manimgen\ntitle: Euler\n---\n{CONCEPT}\n```\n")
    openai_server.reply(GOOD)
    first = build(site)
    assert first.returncode == 0 and first.summary["failed"] == 0, first.log
    assert len(openai_server.requests) == 1
    second = build(site)
    assert len(openai_server.requests) == 1 and second.summary["api_calls"] == 0
    assert second.summary["rendered"] == 0
    # a build without the key reuses the model's cached design: the page is the same
    keyless = build(site, key=None)
    assert len(openai_server.requests) == 1
    figure = lambda r: str(BeautifulSoup(r.html(), "html.parser").select_one("figure.manimgen"))  # noqa: E731
    assert figure(keyless) == figure(second)
