"""`revise:` through real in-process `mkdocs build`s: a conversation with the real HTTP test server
(tests/openai_server.py, the real SDK), one cached step per request; the offline designer's table."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from openai_server import openai_server  # noqa: F401 - fixture

CONCEPT = "Show a dot growing into a circle of radius $r = 2$."


def answer(step: int) -> str:
    """A model answer whose scene and storyboard say which step of the conversation it is."""
    return f"""## Storyboard
1. Step {step} — The design after {step} request(s) (1 s)

## Scene code
```python
from manim import *

class Grow(Scene):
    def construct(self):
        self.add(Dot())
        self.wait({step + 1})
```

## Study notes
A circle of radius $r = 2$ (design {step}).
"""


def step_of(body: dict) -> int:
    """The server answers each request by how many requests the conversation holds so far."""
    return sum(1 for m in body["messages"] if m["role"] == "assistant")


def block(requests: list[str], extra: str = "") -> str:
    revise = "" if not requests else "revise:\n" + "".join(f"  - {r}\n" for r in requests)
    return f"# Home\n\n```manimgen\ngenerator: llm\n{extra}{revise}---\n{CONCEPT}\n```\n"


@pytest.fixture
def llm(fast_site, openai_server, monkeypatch):
    monkeypatch.setenv("MANIMGEN_FAST_KEY", "sk-fast-test")
    fast_site.plugin.update(llm={"base_url": openai_server.base_url, "api_key_env": "MANIMGEN_FAST_KEY",
                                 "timeout": 10, "max_retries": 0, "max_repairs": 1})
    openai_server.responder = lambda body: answer(step_of(body))
    return fast_site


def history(html: str) -> list[str]:
    figure = BeautifulSoup(html, "html.parser").select_one("figure.manimgen")
    return [li.get_text(" ", strip=True) for li in figure.select(".manimgen-revision-history li")]


def test_each_request_is_one_call_cached_under_its_own_step(llm, openai_server):
    requests = ["make it slower", "label the radius"]
    llm.page("index.md", block(requests))
    llm.build()
    sent = openai_server.requests
    assert len(sent) == 3, "the design, then one call per request"
    # each call carries the previous answer and the new request, oldest first
    for k, request in enumerate(requests, 1):
        messages = sent[k].messages
        assert [m["role"] for m in messages] == ["system", "user"] + ["assistant", "user"] * k
        assert "self.wait(%d)" % k in messages[-2]["content"], "the answer before this request"
        assert request in messages[-1]["content"]
        assert all(r not in messages[-1]["content"] for r in requests[k:]), "later requests are not sent yet"
    assert "self.wait(3)" in llm.html() and history(llm.html()) == requests
    assert len(llm.jobs) == 1, "only the last step is rendered"

    llm.build()
    assert len(openai_server.requests) == 3, "a rebuild makes no call"

    llm.page("index.md", block([*requests, "colour it green"]))
    llm.build()
    assert len(openai_server.requests) == 4, "a third request costs one call"
    third = openai_server.requests[3].messages
    assert "self.wait(3)" in third[-2]["content"] and "colour it green" in third[-1]["content"]
    assert history(llm.html()) == [*requests, "colour it green"]

    llm.page("index.md", block(requests))
    llm.build()
    assert len(openai_server.requests) == 4, "removing the last request finds the design before it"
    assert "self.wait(3)" in llm.html() and history(llm.html()) == requests

    llm.page("index.md", block(requests[:1]))
    llm.build()
    assert len(openai_server.requests) == 4, "an earlier step was cached when it arrived"
    assert "self.wait(2)" in llm.html()


def test_a_revised_answer_that_fails_is_repaired_and_keeps_its_history(llm, openai_server):
    from conftest import FAIL_MARK

    replies = iter([answer(0), answer(1).replace("self.wait(2)", f"self.wait(2)\n        {FAIL_MARK} off by one")])
    openai_server.responder = lambda body: next(replies, None)
    openai_server.reply(answer(1))
    llm.page("index.md", block(["slower"]))
    log = llm.build()
    assert len(openai_server.requests) == 3
    assert "off by one" in openai_server.requests[2].text(), "the repair carries the error"
    assert history(llm.html()) == ["slower"] and not log.warnings()


@pytest.mark.parametrize("options, message", [
    ("revise: {slower: yes}\n", "option 'revise' has the wrong type (dict)"),
    ("revise:\n  - slower\n  - [a, b]\n", "request 2 of `revise:` is not a text"),
    ("revise: ''\n", "request 1 of `revise:` is not a text"),
])
def test_a_wrong_revise_is_a_located_error_with_a_hint(fast_site, options, message):
    fast_site.page("index.md", f"# Home\n\n```manimgen\ntitle: T\n{options}---\n{CONCEPT}\n```\n")
    log = fast_site.build()
    assert any(w.startswith("manimgen: index.md:5: " + message) and "fix: write `revise:` as a list" in w
               for w in log.warnings()), log.warnings()


@pytest.mark.parametrize("requests, pace, quality, three_d, ignored", [
    (["slower"], 1.5, None, None, []),
    (["slower", "a bit slower still", "faster"], 1.5, None, None, []),
    (["speed it up", "in 4K"], 0.6667, "ultra", None, []),
    (["ultra high quality"], 1.0, "ultra", None, []),
    (["超高清", "立体的"], 1.0, "ultra", True, []),
    (["draft quality"], 1.0, "low", None, []),
    (["show it in 3D, and in high quality"], 1.0, "high", True, []),
    (["在二维平面上画", "放慢一点"], 1.5, None, False, []),
    (["label the angle", "colour the squares green"], 1.0, None, None, ["label the angle", "colour the squares green"]),
])
def test_the_offline_request_table(requests, pace, quality, three_d, ignored):
    from mkdocs_manimgen.generate.offline import requests as table

    wishes = table.read(requests)
    assert (wishes.pace, wishes.quality, wishes.three_d, list(wishes.ignored)) == (pace, quality, three_d, ignored)


def test_the_offline_designer_honours_pace_quality_and_dimension_and_says_what_it_ignored(fast_site):
    concept = r"The volume of revolution of $y = \sqrt{x}$ on $[0, 4]$ about the x-axis: $$V = \pi\int_0^4 x\,dx$$"

    def build(requests: list[str], text: str = concept):
        revise = "revise:\n" + "".join(f"  - {r}\n" for r in requests) if requests else ""
        fast_site.page("index.md", f"# Home\n\n```manimgen\ngenerator: offline\n{revise}---\n{text}\n```\n")
        log = fast_site.build()
        return log, fast_site.jobs[-1]

    _, plain = build([])
    assert "ThreeDScene" in plain.code and plain.quality.name == "low"
    log, slower = build(["slower"])
    assert "ThreeDScene" in slower.code and not log.warnings()
    assert slower.target_duration == pytest.approx(plain.target_duration * 1.5, rel=0.1), "the same scene, slower"

    log, revised = build(["in 2D", "in high quality", "colour the disks green"])
    assert "ThreeDScene" not in revised.code, "2D: the same mathematics drawn by a 2D family"
    assert revised.quality.name == "high"
    assert [w for w in log.warnings() if "ignored" in w] == [
        "manimgen: index.md:3: the offline designer could not honour these `revise:` requests and ignored them: "
        "'colour the disks green'"]
    html = fast_site.html()
    assert history(html) == ["in 2D", "in high quality", "colour the disks green (ignored by the offline designer)"]
    assert "could not honour these requests" in html, "the notes say it too"

    log, flat = build(["in 3D"], "Plot $f(x) = x^2$ on $[-2, 2]$.")
    assert "ThreeDScene" not in flat.code and any("ignored them: 'in 3D'" in w for w in log.warnings())


def test_manimgen_render_revise_continues_the_conversation_and_streams_the_reasoning(tmp_path, openai_server,
                                                                                     monkeypatch, cli_runner):
    from conftest import FakeExecutor
    from mkdocs_manimgen import build as build_module
    from mkdocs_manimgen.cli import render_cmd

    monkeypatch.setattr(build_module, "make_executor", lambda cfg, work, log, tex_cache=None: FakeExecutor(tmp_path / "jobs"))
    monkeypatch.setenv("MANIMGEN_FAST_KEY", "sk-fast-test")
    site = tmp_path / "mkdocs.yml"
    site.write_text(f"""site_name: S
plugins:
  - manimgen:
      generator: llm
      quality: low
      pdf: false
      llm: {{base_url: "{openai_server.base_url}", api_key_env: MANIMGEN_FAST_KEY, timeout: 10, max_retries: 0}}
""")
    (tmp_path / "docs").mkdir()
    for step in range(3):
        openai_server.reply(answer(step), reasoning=f"thinking about step {step}")
    result = cli_runner.invoke(render_cmd.render, [CONCEPT, "--site", str(site), "--revise", "slower",
                                                    "--revise", "label  the\nradius"])
    assert result.exit_code == 0, result.output
    assert len(openai_server.requests) == 3
    assert "label the radius" in openai_server.requests[2].messages[-1]["content"], "one line, as in a block"
    assert "thinking about step 2" in result.output, "the reasoning of the last call is streamed"
    assert "revision 2: label the radius" in result.output
    again = cli_runner.invoke(render_cmd.render, [CONCEPT, "--site", str(site), "--revise", "slower"])
    assert again.exit_code == 0 and len(openai_server.requests) == 3, again.output


def test_revise_on_a_hand_written_scene_is_a_located_error(fast_site):
    fast_site.page("index.md", "# Home\n\n```manimgen\ncode: |\n  from manim import *\n  class A(Scene):\n"
                               "      def construct(self):\n          self.wait(1)\nrevise: slower\n---\n```\n")
    log = fast_site.build()
    assert any(w.startswith("manimgen: index.md:9: `revise:` asks a generator for changes") and "fix: edit the scene"
               in w for w in log.warnings()), log.warnings()
