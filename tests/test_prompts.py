"""The LLM prompt where a model stumbled (issue 26): anchored formulas, what else may be shown, the
GraphScene and CJK rows (derived from the fix-up table, checked against the installed Manim)."""

from __future__ import annotations

import re

import manim
import pytest

from mkdocs_manimgen.generate.prompts import PROMPT_VERSION, anchored_formulas, system_prompt, user_prompt
from mkdocs_manimgen.model import BlockSpec
from mkdocs_manimgen.validate.table import CJK_FONT, ROWS

CONCEPT = r"""Related rates: the radius $r$ of a balloon grows at $2$ cm/s, the damping is $\beta$ and the area $A$.
The volume is $V = \tfrac{4}{3}\pi r^3$, so
$$\frac{dV}{dt} = 4\pi r^2 \frac{dr}{dt} \big).$$
For small $x$, \(\sin x \approx x\), and the sum $1 + 2 + \dots$ is $$\sum_{k=1}^{n} k = \frac{n(n+1)}{2}.$$"""


def test_anchored_formulas_are_display_formulas_and_relations() -> None:
    got = anchored_formulas(CONCEPT)
    assert got == [r"$V = \tfrac{4}{3}\pi r^3$", r"$$\frac{dV}{dt} = 4\pi r^2 \frac{dr}{dt} \big)$$",
                   r"\(\sin x \approx x\)", r"$$\sum_{k=1}^{n} k = \frac{n(n+1)}{2}$$"]
    for bare in ("$r$", "$2$", r"$\beta$", "$A$", "$x$", r"$1 + 2 + \dots$"):
        assert bare not in got


@pytest.mark.parametrize("formula, kept", [
    (r"$$E = mc^2.$$", r"$$E = mc^2$$"),
    (r"$$1 + 2 + \dots + n = S...$$", r"$$1 + 2 + \dots + n = S...$$"),  # an ellipsis is not punctuation
    (r"\[a \le b,\]", r"\[a \le b\]"),
    (r"\begin{align} a &= b; \end{align}", r"\begin{align} a &= b\end{align}"),
    (r"$x \in A$", r"$x \in A$"),
    (r"$\infty$", None),  # \in is a relation, \infty is not
])
def test_trailing_punctuation_and_relations(formula: str, kept: str | None) -> None:
    assert anchored_formulas(f"Text {formula} text.") == ([kept] if kept else [])


def _spec(concept: str = CONCEPT, quality: str = "low") -> BlockSpec:
    return BlockSpec("p.md", 1, concept, quality=quality)


def test_user_prompt_says_what_else_may_appear_and_allows_breaking_at_relations() -> None:
    text = user_prompt(_spec())
    assert "exactly these formulas" not in text
    assert "$\\beta$" not in text.split("Concept description")[0]
    for allowed in ("axis numbers", "live read-outs", "intermediate steps and values"):
        assert allowed in text
    assert "854x480" in text and "broken at its relation signs" in text
    assert "1920x1080" in user_prompt(_spec(quality="high"))
    assert "key formulas" not in user_prompt(_spec("A circle, drawn slowly."))  # no empty list


def test_graphscene_row_says_what_a_scene_can_call() -> None:
    system = system_prompt(_spec(), manim.__version__)
    line = next(ln for ln in system.splitlines() if "GraphScene" in ln)
    advice = line.split("→ use", 1)[1]
    assert "self.setup_axes()" not in advice and "no setup_axes()" in advice
    assert not hasattr(manim.Scene, "setup_axes") and not hasattr(manim.Scene, "get_graph")
    for method in re.findall(r"ax\.(\w+)\(", advice) + ["c2p", "plot"]:
        assert hasattr(manim.Axes, method), method
    assert ROWS["graphscene"].advice in line  # derived from the table, not written twice


def test_cjk_row_example_uses_the_font_the_rules_require() -> None:
    system = system_prompt(_spec(), manim.__version__)
    row = next(ln for ln in system.splitlines() if "面积" in ln)
    rule = next(ln for ln in system.splitlines() if "CJK) prose" in ln)
    assert f"font='{CJK_FONT}'" in row and f'font="{CJK_FONT}"' in rule


def test_prompt_version_bumped() -> None:
    assert int(PROMPT_VERSION) >= 3
