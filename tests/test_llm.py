"""LLMGenerator against a real local HTTP server speaking the OpenAI protocol (no SDK mocks)."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from mkdocs_manimgen.errors import GenerationFailed
from mkdocs_manimgen.generate.base import Generator
from mkdocs_manimgen.generate.llm import LLMGenerator, LLMSettings, resolve_api_key
from mkdocs_manimgen.generate.prompts import PROMPT_VERSION, extract_latex, trim_error
from mkdocs_manimgen.model import Beat, BlockSpec, SceneDraft

try:  # conftest puts tests/ on sys.path; fall back to tests being a package
    from openai_server import OpenAIServer, openai_server  # noqa: F401
except ImportError:  # pragma: no cover
    from tests.openai_server import OpenAIServer, openai_server  # type: ignore[no-redef]  # noqa: F401

KEY = "sk-test-SECRET-0123456789abcdef"

CONCEPT = r"""The area under $f(x) = x^2$ from 0 to 1 is
$$\int_0^1 x^2\,dx = \frac{1}{3}$$
and in general \(\int_0^a x^2\,dx = \frac{a^3}{3}\).

\begin{align}
F(x) &= \frac{x^3}{3} \\
F'(x) &= x^2
\end{align}
"""

GOOD_ANSWER = """## Storyboard
1. Graph — draw $y = x^2$ on axes (4 s)
2. Area — shade the region under the curve (5 s)
3. Result — show $\\int_0^1 x^2\\,dx = \\frac{1}{3}$ (4 s)

## Scene code
```python
from manim import *


class AreaUnderParabola(Scene):
    def construct(self):
        axes = Axes(x_range=[0, 1.2], y_range=[0, 1.5])
        graph = axes.plot(lambda x: x**2)
        self.play(Create(axes), Create(graph))
        area = axes.get_area(graph, x_range=[0, 1])
        self.play(FadeIn(area))
        self.play(Write(MathTex(r"\\int_0^1 x^2\\,dx = \\frac{1}{3}").to_edge(UP)))
        self.wait(2)
```

## Study notes
The integral $\\int_0^1 x^2\\,dx$ measures the area under the parabola.

### Check your understanding
What is $\\int_0^2 x^2\\,dx$? **Answer:** $\\frac{8}{3}$.
"""

CODE_ONLY_ANSWER = """Here is the fixed scene:

```python
from manim import *

class AreaUnderParabola(Scene):
    def construct(self):
        self.play(Create(Circle()))
```
"""


def spec(**kw: object) -> BlockSpec:
    return BlockSpec(page="calculus/area.md", line=12, concept=kw.pop("concept", CONCEPT), **kw)  # type: ignore[arg-type]


def make(server: OpenAIServer, key: str = KEY, **kw: object) -> LLMGenerator:
    settings = LLMSettings(base_url=server.base_url, **{"timeout": 10.0, "max_retries": 1, **kw})  # type: ignore[arg-type]
    return LLMGenerator(settings, key, manim_version="0.22.0")


# --- the happy path -----------------------------------------------------------------------


def test_good_answer_gives_a_full_draft(openai_server: OpenAIServer) -> None:
    openai_server.reply(GOOD_ANSWER)
    gen = make(openai_server)
    assert isinstance(gen, Generator)
    draft = gen.generate(spec())
    assert isinstance(draft, SceneDraft)
    assert draft.scene_name == "AreaUnderParabola"
    assert "class AreaUnderParabola(Scene)" in draft.code
    assert [b.title for b in draft.storyboard] == ["Graph", "Area", "Result"]
    assert [(b.start, b.duration) for b in draft.storyboard] == [(0, 4), (4, 5), (9, 4)]
    assert "Check your understanding" in draft.notes_md
    assert draft.generator == "llm:deepseek-chat"
    assert draft.usage.calls == 1 and draft.usage.prompt_tokens == 100 and draft.usage.completion_tokens > 0
    assert draft.reasoning is None
    assert gen.version == PROMPT_VERSION and gen.name == "llm"


def test_request_carries_latex_verbatim_manim_version_and_streaming(openai_server: OpenAIServer) -> None:
    openai_server.reply(GOOD_ANSWER)
    make(openai_server, temperature=0.7).generate(spec())
    (req,) = openai_server.requests
    assert req.path == "/v1/chat/completions"
    assert req.authorization  # sent, but the server did not keep it
    body = req.body
    assert body["model"] == "deepseek-chat"
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert body["temperature"] == 0.7
    system, user = body["messages"][0]["content"], body["messages"][1]["content"]
    assert "0.22.0" in system and "ManimGL" in system and "ShowCreation" in system
    assert "Noto Sans CJK SC" in system and "ThreeDScene" in system
    assert "## Storyboard" in system and "## Scene code" in system and "## Study notes" in system
    for formula in [
        "$f(x) = x^2$",
        r"$$\int_0^1 x^2\,dx = \frac{1}{3}$$",
        r"\(\int_0^a x^2\,dx = \frac{a^3}{3}\)",
        "\\begin{align}\nF(x) &= \\frac{x^3}{3} \\\\\nF'(x) &= x^2\n\\end{align}",
    ]:
        assert formula in user
    assert "must show the author's key formulas" in user
    assert KEY not in json.dumps(body)


def test_block_model_overrides_settings(openai_server: OpenAIServer) -> None:
    openai_server.reply(GOOD_ANSWER)
    draft = make(openai_server).generate(spec(model="deepseek-reasoner"))
    assert openai_server.requests[0].body["model"] == "deepseek-reasoner"
    assert draft.generator == "llm:deepseek-reasoner"


def test_reasoning_is_collected_and_streamed_to_callbacks(openai_server: OpenAIServer) -> None:
    reasoning = "First I will draw the axes. " * 40
    openai_server.reply(GOOD_ANSWER, reasoning=reasoning, chunk_size=16)
    tokens: list[tuple[str, str]] = []
    progress: list[str] = []
    settings = LLMSettings(base_url=openai_server.base_url, timeout=10)
    gen = LLMGenerator(
        settings, KEY, manim_version="0.22.0", on_progress=progress.append, on_token=lambda k, t: tokens.append((k, t))
    )
    draft = gen.generate(spec())
    assert draft.reasoning == reasoning
    assert "".join(t for k, t in tokens if k == "reasoning") == reasoning
    assert "".join(t for k, t in tokens if k == "content") == GOOD_ANSWER
    assert tokens[0][0] == "reasoning" and tokens[-1][0] == "content"
    assert any("reasoning" in p for p in progress) and any("done" in p and "tokens" in p for p in progress)
    assert all(len(p) < 200 for p in progress)  # milestones, not the text


def test_server_without_usage_chunk_is_fine(openai_server: OpenAIServer) -> None:
    openai_server.reply(GOOD_ANSWER, usage=False)
    draft = make(openai_server).generate(spec())
    assert draft.usage.calls == 1 and draft.usage.total_tokens == 0
    assert draft.scene_name == "AreaUnderParabola"


# --- failures -----------------------------------------------------------------------------


def test_429_is_retried_then_succeeds(openai_server: OpenAIServer) -> None:
    openai_server.error(429, "Rate limit reached", headers={"retry-after": "0"})
    openai_server.reply(GOOD_ANSWER)
    draft = make(openai_server, max_retries=1).generate(spec())
    assert draft.scene_name == "AreaUnderParabola"
    assert len(openai_server.requests) == 2
    assert openai_server.requests[1].headers.get("x-stainless-retry-count") == "1"


def test_500_after_retries_names_status_url_and_model(openai_server: OpenAIServer) -> None:
    for _ in range(2):
        openai_server.error(500, "upstream exploded", headers={"retry-after": "0"})
    with pytest.raises(GenerationFailed) as info:
        make(openai_server, max_retries=1).generate(spec())
    text = str(info.value)
    assert "500" in text and openai_server.base_url in text and "deepseek-chat" in text
    assert "upstream exploded" in text
    assert info.value.location == "calculus/area.md:12"
    assert len(openai_server.requests) == 2


def test_hanging_server_fails_within_the_deadline(openai_server: OpenAIServer) -> None:
    openai_server.hang()
    openai_server.hang()
    gen = make(openai_server, timeout=2.0, max_retries=2)
    started = time.monotonic()
    with pytest.raises(GenerationFailed) as info:
        gen.generate(spec())
    elapsed = time.monotonic() - started
    assert elapsed < 3.0
    assert "within 2 s" in str(info.value) and openai_server.base_url in str(info.value)


def test_trickling_stream_fails_within_the_deadline(openai_server: OpenAIServer) -> None:
    openai_server.trickle(GOOD_ANSWER, interval=0.3)
    tokens: list[str] = []
    settings = LLMSettings(base_url=openai_server.base_url, timeout=1.5, max_retries=0)
    gen = LLMGenerator(settings, KEY, manim_version="0.22.0", on_token=lambda k, t: tokens.append(t))
    started = time.monotonic()
    with pytest.raises(GenerationFailed) as info:
        gen.generate(spec())
    assert time.monotonic() - started < 2.5
    assert "stalled" in str(info.value)
    n = len(tokens)
    time.sleep(0.5)
    assert len(tokens) == n  # the abandoned call stays quiet


def test_dropped_stream_is_retried(openai_server: OpenAIServer) -> None:
    openai_server.drop()
    openai_server.reply(GOOD_ANSWER)
    draft = make(openai_server, max_retries=1).generate(spec())
    assert draft.scene_name == "AreaUnderParabola"
    assert len(openai_server.requests) == 2


def test_dropped_stream_without_retries_fails_clearly(openai_server: OpenAIServer) -> None:
    openai_server.drop()
    with pytest.raises(GenerationFailed, match="dropped"):
        make(openai_server, max_retries=0).generate(spec())


def test_unreachable_server_is_explained() -> None:
    with OpenAIServer() as server:
        url = server.base_url  # a port that was just free
    settings = LLMSettings(base_url=url, timeout=2.0, max_retries=0)
    with pytest.raises(GenerationFailed) as info:
        LLMGenerator(settings, KEY, manim_version="0.22.0").generate(spec())
    assert "could not connect" in str(info.value) and url in str(info.value)


def test_refused_key_never_leaks() -> None:
    with OpenAIServer(api_key="sk-the-right-one") as server:
        gen = make(server)
        with pytest.raises(GenerationFailed) as info:
            gen.generate(spec())
    text = str(info.value)
    assert "401" in text and "$DEEPSEEK_API_KEY" in text and server.base_url in text
    assert KEY not in text and KEY not in repr(info.value) and KEY not in repr(gen)
    assert KEY not in str(info.value.__cause__ or "") and KEY not in str(info.value.__context__ or "")


def test_key_never_in_draft(openai_server: OpenAIServer) -> None:
    # Even a model that (somehow) echoes the key does not get it into the draft.
    openai_server.reply(GOOD_ANSWER.replace("Check your understanding", f"Check {KEY}"), reasoning=f"key {KEY}")
    progress: list[str] = []
    settings = LLMSettings(base_url=openai_server.base_url, timeout=10)
    draft = LLMGenerator(settings, KEY, manim_version="0.22.0", on_progress=progress.append).generate(spec())
    assert KEY not in json.dumps(draft.to_json())
    assert KEY not in "".join(progress)


def test_empty_key_is_rejected_up_front() -> None:
    with pytest.raises(GenerationFailed, match=r"DEEPSEEK_API_KEY"):
        LLMGenerator(LLMSettings(), "", manim_version="0.22.0")


def test_answer_without_code_fails(openai_server: OpenAIServer) -> None:
    openai_server.reply("I am sorry, I cannot help with that.")
    with pytest.raises(GenerationFailed, match="no scene code"):
        make(openai_server).generate(spec())


# --- odd answer shapes, end to end ---------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Sure! Here you go:\n```py\nfrom manim import *\nclass A(Scene):\n    def construct(self):\n"
        "        self.play(Write(MathTex('x')))\n        self.wait(2)\n```\nHope this helps.",
        json.dumps(
            {
                "storyboard": [{"title": "Intro", "narration": "hello", "duration": 3}],
                "code": "from manim import *\nclass A(Scene):\n    def construct(self):\n        self.wait()\n",
                "notes": "Notes with $x$.",
            }
        ),
        "```\nimport numpy as np\n```\n\n```python\nfrom manim import *\nclass A(ThreeDScene):\n"
        "    def construct(self):\n        self.set_camera_orientation(phi=60 * DEGREES)\n```",
    ],
    ids=["prose-around-fence", "json", "several-fences"],
)
def test_odd_shapes_still_give_a_draft(openai_server: OpenAIServer, answer: str) -> None:
    openai_server.reply(answer)
    draft = make(openai_server).generate(spec())
    assert draft.scene_name == "A"
    assert draft.storyboard and draft.notes_md  # derived when missing
    assert abs(draft.storyboard[-1].end - (3 if "Intro" in answer else draft.storyboard[-1].end)) < 1e-9


def test_missing_notes_are_derived_from_concept(openai_server: OpenAIServer) -> None:
    openai_server.reply(GOOD_ANSWER.split("## Study notes")[0])
    draft = make(openai_server).generate(spec())
    assert r"\int_0^1 x^2\,dx" in draft.notes_md and "Graph" in draft.notes_md


# --- repair --------------------------------------------------------------------------------


def test_repair_quotes_error_and_keeps_previous_design(openai_server: OpenAIServer) -> None:
    openai_server.reply(CODE_ONLY_ANSWER)
    gen = make(openai_server)
    previous = SceneDraft(
        code="from manim import *\nclass AreaUnderParabola(Scene):\n    def construct(self):\n        self.play(ShowCreation(Circle()))\n",
        scene_name="AreaUnderParabola",
        storyboard=[Beat("Circle", "draw it", 0, 3)],
        notes_md="Old notes.",
        generator="llm:deepseek-chat",
    )
    noise = "\n".join(f'  File "scene.py", line {i}, in frame{i}' for i in range(60))
    error = f"Traceback (most recent call last):\n{noise}\nNameError: name 'ShowCreation' is not defined"
    draft = gen.repair(spec(), previous, error)
    (req,) = openai_server.requests
    messages = req.body["messages"]
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert "ShowCreation(Circle())" in messages[2]["content"]
    assert "NameError: name 'ShowCreation' is not defined" in messages[3]["content"]
    assert "frame0" not in messages[3]["content"]  # trimmed to the tail
    assert "self.play(Create(Circle()))" in draft.code
    assert draft.storyboard == previous.storyboard and draft.notes_md == "Old notes."
    assert draft.usage.calls == 1


def test_repair_with_full_answer_takes_the_new_design(openai_server: OpenAIServer) -> None:
    openai_server.reply(GOOD_ANSWER)
    previous = SceneDraft(code="class X(Scene): pass", scene_name="X", storyboard=[Beat("Old", "old")], notes_md="Old")
    draft = make(openai_server).repair(spec(), previous, "ValueError: boom")
    assert [b.title for b in draft.storyboard] == ["Graph", "Area", "Result"]
    assert "Check your understanding" in draft.notes_md


# --- concurrency and lifecycle -------------------------------------------------------------


def test_concurrency_is_bounded(openai_server: OpenAIServer) -> None:
    for _ in range(4):
        openai_server.trickle(GOOD_ANSWER, interval=0.01, chunk_size=100)
    gen = make(openai_server, max_concurrency=2)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            gen.generate(spec())
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert not errors
    assert openai_server.max_in_flight == 2 and len(openai_server.requests) == 4


def test_models_endpoint(openai_server: OpenAIServer) -> None:
    import openai

    client = openai.OpenAI(base_url=openai_server.base_url, api_key=KEY, max_retries=0)
    try:
        assert [m.id for m in client.models.list()] == ["deepseek-chat"]
    finally:
        client.close()


def test_closed_generator_refuses_calls(openai_server: OpenAIServer) -> None:
    gen = make(openai_server)
    gen.close()
    with pytest.raises(GenerationFailed, match="closed"):
        gen.generate(spec())


# --- key resolution and prompt helpers -----------------------------------------------------


def test_resolve_api_key_reads_env_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEEPSEEK_API_KEY", raising=False)
    (tmp_path / ".env").write_text("# comment\nDEEPSEEK_API_KEY=sk-from-dotenv\n")
    assert resolve_api_key(LLMSettings(), tmp_path) == "sk-from-dotenv"
    import os

    assert "DEEPSEEK_API_KEY" not in os.environ  # read, not loaded into the environment


def test_resolve_api_key_prefers_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text("DEEPSEEK_API_KEY=sk-from-dotenv\n")
    monkeypatch.setenv("DEEPSEEK_API_KEY", "sk-from-env")
    assert resolve_api_key(LLMSettings(), tmp_path) == "sk-from-env"


def test_resolve_api_key_none_and_custom_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MY_KEY", raising=False)
    assert resolve_api_key(LLMSettings(api_key_env="MY_KEY"), tmp_path) is None
    (tmp_path / "secrets.env").write_text("MY_KEY='sk-custom'\n")
    settings = LLMSettings(api_key_env="MY_KEY", env_file="secrets.env")
    assert resolve_api_key(settings, tmp_path) == "sk-custom"
    assert resolve_api_key(LLMSettings(api_key_env="MY_KEY", env_file=None), tmp_path) is None


def test_extract_latex_forms() -> None:
    text = r"Cost is $5 and $6. Let $a+b$ and \(c\), $$d$$, \[e\], \begin{equation*}f\end{equation*}, $a+b$ again, \$g\$"
    assert extract_latex(text) == ["$a+b$", r"\(c\)", "$$d$$", r"\[e\]", r"\begin{equation*}f\end{equation*}"]


def test_trim_error_keeps_exception_and_tail() -> None:
    lines = ["Traceback (most recent call last):"] + [f"  line {i}" for i in range(100)] + ["KeyError: 'x'"]
    out = trim_error("\n".join(lines))
    assert out.endswith("KeyError: 'x'") and "line 99" in out and "line 10\n" not in out
    assert len(trim_error("x" * 10000)) <= 4000
    # The exception line survives even when log noise follows it.
    noisy = "\n".join(["Traceback:", "ValueError: bad"] + [f"log {i}" for i in range(30)])
    assert trim_error(noisy).startswith("ValueError: bad")
