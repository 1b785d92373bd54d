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


# -- revise: and pinned designs, with real renders ------------------------------------------------

def step_answer(body: dict) -> str:
    """The answer to a request: its scene waits 0.5 s more per earlier answer in the conversation."""
    step = sum(1 for m in body["messages"] if m["role"] == "assistant")
    return answer(f"        self.play(Create(Circle()), run_time=0.5)\n        self.wait({0.5 + 0.5 * step})")


def revised_site(site, server, requests: list[str]):
    llm_site(site, server)
    site.plugin["pdf"] = False
    revise = "".join(f"  - {r}\n" for r in requests)
    site.write_page("index.md", f"# Euler\n\n```manimgen\ntitle: Euler\nrevise:\n{revise}---\n{CONCEPT}\n```\n")
    return site


def test_revisions_are_one_call_each_and_cached_step_by_step(site, openai_server):
    openai_server.responder = step_answer
    first = build(revised_site(site, openai_server, ["slower", "label the point"]))
    assert first.returncode == 0 and first.summary["failed"] == 0, first.log
    assert first.summary["api_calls"] == 3 and len(openai_server.requests) == 3
    for k, request in enumerate(["slower", "label the point"], 1):
        messages = openai_server.requests[k].messages
        assert messages[-1]["role"] == "user" and request in messages[-1]["content"]
        assert f"self.wait({0.5 * k})" in messages[-2]["content"], "the previous answer comes before the request"
    figure = BeautifulSoup(first.html(), "html.parser").select_one("figure.manimgen")
    assert [li.text for li in figure.select(".manimgen-revision-history li")] == ["slower", "label the point"]
    assert "self.wait(1.5)" in figure.text

    again = build(site)
    assert again.summary["api_calls"] == 0 and again.summary["rendered"] == 0, again.log
    added = build(revised_site(site, openai_server, ["slower", "label the point", "in green"]))
    assert added.summary["api_calls"] == 1 and len(openai_server.requests) == 4, added.log
    removed = build(revised_site(site, openai_server, ["slower", "label the point"]))
    assert removed.summary["api_calls"] == 0 and removed.summary["rendered"] == 0, removed.log
    assert removed.html() == first.html()


def test_a_clone_without_a_key_builds_the_pinned_site_byte_for_byte(site, openai_server, tmp_path):
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    from sites import Site

    epoch = {"SOURCE_DATE_EPOCH": "1764979200"}  # MkDocs writes the build's date in every page
    openai_server.responder = step_answer
    revised_site(site, openai_server, ["slower"])
    first = site.build(env={"MANIMGEN_TEST_KEY": KEY, **epoch})
    assert first.returncode == 0 and first.summary["api_calls"] == 2, first.log
    pin = subprocess.run([str(Path(sys.executable).parent / "manimgen"), "pin", "--site", "mkdocs.yml"],
                         capture_output=True, text=True, cwd=site.root)
    assert pin.returncode == 0 and "pinned 1 design(s)" in pin.stdout, pin.stdout + pin.stderr

    clone = Site(tmp_path / "clone", plugin=dict(site.plugin))
    for name in ("docs", "manimgen-pins"):
        shutil.copytree(site.root / name, clone.root / name)
    built = clone.build(env={"MANIMGEN_TEST_KEY": "", **epoch})
    assert built.returncode == 0 and not built.warnings(), built.log
    assert built.summary["designed"] == 0 and len(openai_server.requests) == 2, "no API call"
    files = lambda root: {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}  # noqa: E731
    assert files(built.site_dir) == files(first.site_dir), "the same site, byte for byte (videos included)"

    clone.write_page("index.md", (clone.root / "docs" / "index.md").read_text().replace("+ 1 = 0", "= -1"))
    strict = clone.build("--strict", env={"MANIMGEN_TEST_KEY": "", **epoch})
    assert strict.returncode != 0 and len(openai_server.requests) == 2, strict.log
    assert any("index.md:3: the pinned design manimgen-pins/" in w and "is stale" in w for w in strict.warnings()), \
        strict.log
