"""Failing scenes of the common kinds through real builds: the model's repair request and the author's
warning and error box say the real cause, name the right line, and carry no path of the build machine.

One site holds every kind twice: as a model's broken first answer (the test server answers by request,
so the blocks run concurrently) and as a hand-written `code:` block.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import mkdocs_manimgen
from openai_server import openai_server  # noqa: F401 - fixture

pytestmark = pytest.mark.render

KEY = "sk-failure-TEST-1a2b3c4d"

# kind: (construct() body, the failing line's text (alternatives split by |), what the report must say)
KINDS: dict[str, tuple[str, str, list[str]]] = {
    "cjk": ("self.add(MathTex(r'面积 = \\pi r^2'))\nself.wait(0.2)", "MathTex(r'面积",
            ["Unicode character 面", 'Text("…", font="Noto Sans CJK SC")']),
    "unimath": ("self.add(MathTex(r'2π r ≥ 0'))\nself.wait(0.2)", "MathTex(r'2π", ["Unicode character π", "(\\pi)"]),
    "textmode": ("self.add(Tex(r'x^2 + \\frac{1}{2}'))\nself.wait(0.2)", "Tex(r'x^2",
                 ["Missing $ inserted", "put math in MathTex"]),
    "percent": ("self.add(MathTex(r'50% + 1'))\nself.wait(0.2)", "MathTex(r'50%",
                ["unescaped % starts a TeX comment", "write \\% for a literal percent sign"]),
    "undefined": ("self.add(MathTex(r'x \\in \\R'))\nself.wait(0.2)", "x \\in \\R",
                  ["Undefined control sequence", "\\R is not defined"]),
    # a method's keyword (a constructor's unknown keyword is a fix-up since issue 26: renamed or dropped)
    "keyword": ("c = Circle(radius=1)\nc.set_fill(colour=RED)\nself.add(c)\nself.wait(0.2)", "colour=RED",
                ["set_fill(color:", "close ones: color"]),
    "attribute": ("c = Circle()\nc.move_to_edge(UP)\nself.wait(0.2)", "c.move_to_edge",
                  ["Circle has no `move_to_edge`; its closest attributes: to_edge"]),
    "graphscene": ("self.wait(0.2)", "class Broken(GraphScene)",
                   ["NameError: name 'GraphScene' is not defined", "close to `GraphScene`: Scene"]),
    "showcreation": ("self.play(ShowCreation(Circle()))", "ShowCreation(Circle", ["use Create"]),
    "slow": ("t = ValueTracker(0)\nn = always_redraw(lambda: MathTex(f'{t.get_value():.3f}'))\nself.add(n)\n"
             "self.play(t.animate.set_value(1), run_time=40)", "always_redraw(lambda|self.play(t.animate",
             ["took longer than render_timeout", "was stopped after", "always_redraw builds a new MathTex"]),
}
# kinds the fix-up table may rewrite so that no repair call is needed (then nothing reaches the model)
FIXABLE = {"cjk", "unimath", "percent", "graphscene", "showcreation"}


def scene(kind: str, indent: str = "") -> str:
    body = "\n".join(" " * 8 + line for line in KINDS[kind][0].splitlines())
    base = "GraphScene" if kind == "graphscene" else "Scene"
    code = f"from manim import *\n\nclass Broken({base}):\n    def construct(self):\n{body}\n"
    return "\n".join(indent + line if line else line for line in code.splitlines())


GOOD = ("## Storyboard\n1. Circle — Draw it (1 s)\n\n## Scene code\n```python\nfrom manim import *\n\n"
        "class Fixed(Scene):\n    def construct(self):\n        self.play(Create(Circle()), run_time=0.5)\n"
        "        self.wait(0.5)\n```\n\n## Study notes\nA circle.\n")


def broken_answer(kind: str) -> str:
    return f"## Storyboard\n1. Show — It (1 s)\n\n## Scene code\n```python\n{scene(kind)}\n```\n\n## Study notes\nNotes.\n"


def responder(body: dict) -> str | None:
    messages = body.get("messages", [])
    kind = next((k for k in KINDS if f"Kind {k}:" in str(messages[1].get("content", ""))), None) if len(messages) > 1 else None
    if kind is None:
        return None
    return broken_answer(kind) if len(messages) == 2 else GOOD


def machine_paths(root: Path) -> list[str]:
    return ["/root", "site-packages", "dist-packages", "/tmp/", ".venv", sys.prefix, str(root),
            str(Path(mkdocs_manimgen.__file__).parent), "job-", "run-"]


def assert_no_machine_path(text: str, root: Path, what: str) -> None:
    for needle in machine_paths(root):
        assert needle not in text, f"{what} carries {needle!r}:\n{text}"


def test_every_kind_of_failure_reaches_the_model_and_the_author_with_its_cause(site, openai_server):
    openai_server.responder = responder
    site.plugin.update(generator="llm", pdf=False, render_timeout=10,
                       llm={"base_url": openai_server.base_url, "model": "deepseek-chat", "api_key_env": "FR_KEY",
                            "timeout": 30, "max_retries": 0, "max_repairs": 1})
    for kind in KINDS:
        site.write_page(f"llm/{kind}.md", f"# {kind}\n\n```manimgen\n---\nKind {kind}: show a circle.\n```\n")
    page = ["# Hand-written", ""]
    fences: dict[str, int] = {}
    failing_lines: dict[str, list[int]] = {}
    for kind in KINDS:
        fences[kind] = len(page) + 1
        page += ["```manimgen", f"title: {kind}", "code: |", *scene(kind, "  ").splitlines(), "---", "x", "```", ""]
        failing_lines[kind] = [i + 1 for i, line in enumerate(page) if i + 1 > fences[kind]
                               and any(text in line for text in KINDS[kind][1].split("|"))]
    # stuck in native code (builtin sum never lets the alarm run): named from faulthandler's stack
    fences["native"] = len(page) + 1
    page += ["```manimgen", "code: |", "  import math", "  from manim import *", "  class Stuck(Scene):",
             "      def construct(self):", "          self.wait(0.2)",
             "          total = sum(range(10**12))", "---", "x", "```", ""]
    # a `file:` block names the scene file's own line
    site.write_page("scenes/broken.py", scene("keyword"))
    fences["file"] = len(page) + 1
    page += ["```manimgen", "file: scenes/broken.py", "scene: Broken", "---", "x", "```", ""]
    site.write_page("hand.md", "\n".join(page))

    build = site.build(env={"FR_KEY": KEY}, timeout=900)
    assert build.returncode == 0, build.log[-4000:]

    # -- the model: every repair request carries the cause and no path ----------------------------
    repairs = {k: [r.text() for r in openai_server.requests if len(r.messages) > 2 and f"Kind {k}:" in r.text()]
               for k in KINDS}
    print("repaired by a call:", sorted(k for k in KINDS if repairs[k]),
          "| rendered with no call (fix-ups):", sorted(k for k in KINDS if not repairs[k]))
    for kind, (_, _, causes) in KINDS.items():
        if not repairs[kind]:
            assert kind in FIXABLE, f"{kind}: no repair request, yet no fix-up can handle it"
            continue
        request = repairs[kind][0]
        error = request.split("failed when rendered", 1)[1]
        for cause in causes:
            assert cause in error, f"{kind}: {cause!r} not in the repair request:\n{error}"
        assert_no_machine_path(request, site.root, f"{kind}'s repair request")
    llm_pages = [BeautifulSoup(build.html(f"llm/{k}/index.html"), "html.parser") for k in KINDS]
    assert all(p.select_one("figure.manimgen video") for p in llm_pages), "every repaired block rendered"

    # -- the author: the warning names the line, the details and the error box say the cause ------
    native = next(w for w in build.warnings() if f"hand.md:{fences['native']}:" in w)
    assert f"longer than render_timeout (10 s) allows and was stopped at hand.md:{fences['native'] + 7}" in native, native
    assert "inside native code" in native
    file_warning = next(w for w in build.warnings() if f"hand.md:{fences['file']}:" in w)
    assert "(at scenes/broken.py:6)" in file_warning and "close ones: color" in file_warning, file_warning
    for kind, (_, _, causes) in KINDS.items():
        warning = next((w for w in build.warnings() if f"hand.md:{fences[kind]}:" in w), None)
        assert warning is not None, f"{kind}: no warning for hand.md:{fences[kind]}\n{build.log[-3000:]}"
        assert any(f"(at hand.md:{n})" in warning or f"stopped at hand.md:{n}" in warning
                   for n in failing_lines[kind]), (kind, failing_lines[kind], warning)
        details = build.log.split(f"hand.md:{fences[kind]}: details:", 1)[1].split("\nINFO", 1)[0]
        details = details.split("\nWARNING", 1)[0]
        for cause in causes:
            assert cause in warning + details, f"{kind}: {cause!r} not in the warning or details:\n{warning}\n{details}"
        assert_no_machine_path(warning + details, site.root, f"{kind}'s warning")
    soup = BeautifulSoup(build.html("hand/index.html"), "html.parser")
    boxes = {int(b["data-manimgen-source"].rsplit(":", 1)[1]): b for b in soup.select(".manimgen-error")}
    assert sorted(boxes) == sorted(fences.values())
    for kind, line in fences.items():
        if kind in ("file", "native"):
            continue
        text = boxes[line].get_text("\n")
        assert all(cause in text for cause in KINDS[kind][2]), (kind, text)
        assert any(f"hand.md:{n}" in text for n in failing_lines[kind]), (kind, text)
    assert_no_machine_path(build.html("hand/index.html"), site.root, "the built page")

    # -- nothing broken was cached, and --strict fails on the blocks that stay broken --------------
    before = len(openai_server.requests)
    strict = site.build("--strict", env={"FR_KEY": KEY}, timeout=900)
    assert strict.returncode != 0 and "Aborted" in strict.log, strict.log[-3000:]
    assert len(openai_server.requests) == before, "the repaired designs came from the cache"
    assert all(f"hand.md:{line}:" in strict.log for line in fences.values()), "the broken blocks ran again"
    assert re.search(r"hand\.md:\d+: the scene failed to render: ValueError: LaTeX failed", strict.log)
