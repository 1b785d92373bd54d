"""parse_answer on the many shapes models actually answer in (pure, no server)."""

from __future__ import annotations

import json

import pytest

from mkdocs_manimgen.errors import GenerationFailed
from mkdocs_manimgen.generate.answer_parser import find_scene_name, parse_answer
from mkdocs_manimgen.generate.answer_storyboard import assign_timing
from mkdocs_manimgen.model import Beat

SCENE = """from manim import *


class SineWave(Scene):
    def construct(self):
        axes = Axes()
        self.play(Create(axes))
        self.wait(1)
"""


def fence(code: str, lang: str = "python") -> str:
    return f"```{lang}\n{code.rstrip()}\n```"


def test_canonical_answer() -> None:
    text = f"""## Storyboard
1. Axes — draw the axes (2 s)
2. Wave — trace $\\sin x$ (6 s)
3. Period — mark $2\\pi$ (4 s)

## Scene code
{fence(SCENE)}

## Study notes
$\\sin$ has period $2\\pi$.

### Check your understanding
What is $\\sin(\\pi)$? Answer: $0$.
"""
    a = parse_answer(text)
    assert a.scene_name == "SineWave"
    assert a.code == SCENE
    assert [(b.title, b.narration, b.start, b.duration) for b in a.storyboard] == [
        ("Axes", "draw the axes", 0, 2),
        ("Wave", "trace $\\sin x$", 2, 6),
        ("Period", "mark $2\\pi$", 8, 4),
    ]
    assert a.notes_md.startswith("$\\sin$ has period") and a.notes_md.endswith("Answer: $0$.")
    assert "Check your understanding" in a.notes_md  # a sub-heading stays inside the notes
    assert not a.notes_derived and not a.storyboard_derived


def test_sections_out_of_order_and_bold_headings() -> None:
    text = f"""**Study notes**
Notes first.

**Scene code:**
{fence(SCENE, "py")}

**Storyboard**
- Start: axes appear [3s]
- Then: the wave (5 seconds)
"""
    a = parse_answer(text)
    assert a.scene_name == "SineWave" and a.notes_md == "Notes first."
    assert [(b.title, b.duration) for b in a.storyboard] == [("Start", 3), ("Then", 5)]


def test_fence_without_language_and_prose_around() -> None:
    a = parse_answer(f"Here's the scene you asked for:\n\n{fence(SCENE, '')}\n\nLet me know if you need changes!")
    assert a.scene_name == "SineWave"
    assert a.code == SCENE


def test_tilde_fence_and_unterminated_fence() -> None:
    assert parse_answer(f"~~~python\n{SCENE}~~~").scene_name == "SineWave"
    cut = "## Scene code\n```python\n" + SCENE  # the answer was cut off before the closing fence
    assert parse_answer(cut).code == SCENE


def test_several_fences_pick_the_longest_scene() -> None:
    helper = "import numpy as np\nprint(np.pi)"
    short = "from manim import *\nclass Tiny(Scene):\n    def construct(self):\n        pass\n"
    text = f"{fence(helper)}\n\nFirst try:\n{fence(short)}\n\nBetter:\n{fence(SCENE)}\n\n{fence('$x$', 'latex')}"
    a = parse_answer(text)
    assert a.scene_name == "SineWave"


def test_code_without_scene_class_is_still_code() -> None:
    a = parse_answer("## Scene code\n```python\nfrom manim import *\nx = Circle()\n```")
    assert a.code.startswith("from manim import *") and a.scene_name == ""


def test_bare_code_without_fence() -> None:
    a = parse_answer("Sure.\n" + SCENE)
    assert a.scene_name == "SineWave" and a.code.startswith("from manim import *")


@pytest.mark.parametrize("text", ["", "I can't do that.", "## Storyboard\n1. A — b (3 s)\n\n## Study notes\nx"])
def test_no_code_is_the_only_failure(text: str) -> None:
    with pytest.raises(GenerationFailed, match="no scene code"):
        parse_answer(text)


# --- JSON -----------------------------------------------------------------------------


def test_json_answer() -> None:
    data = {
        "storyboard": [
            {"title": "Axes", "narration": "draw axes", "duration": 2},
            {"name": "Wave", "description": "the wave", "seconds": "5s"},
            {"beat": 3, "text": "Closing remark about the period."},
        ],
        "code": SCENE,
        "notes": "Some $x$ notes.",
    }
    a = parse_answer(json.dumps(data), expected_duration=15)
    assert a.scene_name == "SineWave" and a.notes_md == "Some $x$ notes."
    assert [(b.title, b.duration) for b in a.storyboard] == [
        ("Axes", 2),
        ("Wave", 5),
        ("Closing remark about the period.", 8),
    ]


def test_json_in_a_fence_with_prose_and_fenced_code() -> None:
    data = {"Beats": ["1. Axes — draw (3 s)", "2. Wave — trace (3 s)"], "scene_code": fence(SCENE), "study_notes": ["a", "b"]}
    a = parse_answer("Here is the JSON:\n```json\n" + json.dumps(data, indent=2) + "\n```\nDone.")
    assert a.scene_name == "SineWave" and a.code == SCENE
    assert [b.title for b in a.storyboard] == ["Axes", "Wave"]
    assert a.notes_md == "a\n\nb"


def test_json_storyboard_inside_markdown_section() -> None:
    beats = [{"step": "Intro", "voiceover": "hi", "time": 4}]
    a = parse_answer(f"## Storyboard\n```json\n{json.dumps(beats)}\n```\n\n## Scene code\n{fence(SCENE)}")
    assert [(b.title, b.narration, b.duration) for b in a.storyboard] == [("Intro", "hi", 4)]


def test_json_without_code_key_falls_back_to_markdown() -> None:
    text = 'Config: {"a": 1}\n\n' + fence(SCENE)
    assert parse_answer(text).scene_name == "SineWave"


# --- storyboard shapes and derivation ----------------------------------------------------


def test_storyboard_line_variants() -> None:
    text = f"""## Storyboard
1) **Setup**: axes and labels (0–3 s)
2. **Trace** — the wave is drawn
   slowly from left to right (4s)
Beat 3: Finale - highlight the period — 5 seconds
4. 0:12-0:15 Outro: fade out

Total: 15 s

## Scene code
{fence(SCENE)}
"""
    beats = parse_answer(text).storyboard
    assert [(b.title, b.duration) for b in beats] == [("Setup", 3), ("Trace", 4), ("Finale", 5), ("Outro", 3)]
    assert beats[1].narration == "the wave is drawn slowly from left to right"
    assert beats[2].narration == "highlight the period"
    assert [b.start for b in beats] == [0, 3, 7, 12]


def test_storyboard_without_durations_splits_expected_time() -> None:
    text = f"## Storyboard\n1. A — a\n2. B — b\n3. C — c\n\n## Scene code\n{fence(SCENE)}"
    beats = parse_answer(text, expected_duration=12).storyboard
    assert [(b.start, b.duration) for b in beats] == [(0, 4), (4, 4), (8, 4)]


def test_storyboard_from_beat_comments() -> None:
    code = SCENE.replace("        axes = Axes()", "        # Beat 1: Axes — draw them (2 s)\n        axes = Axes()").replace(
        "        self.wait(1)", "        # Step 2 - Pause\n        self.wait(1)"
    )
    a = parse_answer(fence(code))
    assert a.storyboard_derived
    assert [(b.title, b.duration) for b in a.storyboard] == [("Axes", 2), ("Pause", 13)]


def test_storyboard_from_play_and_wait_calls() -> None:
    code = """from manim import *
class S(Scene):
    def construct(self):
        c = Circle()
        self.play(Create(c), run_time=2)
        self.wait(3)
        self.play(c.animate.shift(UP), FadeIn(Square()))
"""
    beats = parse_answer(fence(code)).storyboard
    assert [(b.title, b.start, b.duration) for b in beats] == [("Create", 0, 5), ("animate.shift, FadeIn", 5, 1)]


def test_storyboard_fallback_single_beat() -> None:
    code = "from manim import *\nclass FourierSeries(Scene):\n    def construct(self):\n        pass\n"
    (beat,) = parse_answer(fence(code), concept="Sums of sines. More text.", expected_duration=10).storyboard
    assert (beat.title, beat.narration, beat.duration) == ("Fourier Series", "Sums of sines.", 10)


def test_missing_notes_are_derived() -> None:
    a = parse_answer(f"## Storyboard\n1. A — show $x$ (3 s)\n\n{fence(SCENE)}", concept="The concept $x^2$.")
    assert a.notes_derived
    assert a.notes_md.startswith("The concept $x^2$.") and "**A** — show $x$" in a.notes_md


def test_notes_do_not_repeat_the_code() -> None:
    a = parse_answer(f"## Study notes\nIdea.\n\n{fence(SCENE)}\n\nMore.")
    assert a.scene_name == "SineWave" and "class SineWave" not in a.notes_md
    assert "Idea." in a.notes_md and "More." in a.notes_md


def test_chinese_headings() -> None:
    text = f"## 分镜\n1. 坐标轴 — 画出坐标轴（3 秒）\n2. 曲线：画出正弦曲线 (4秒)\n\n## 代码\n{fence(SCENE)}\n\n## 学习笔记\n正弦函数。"
    a = parse_answer(text)
    assert [b.title for b in a.storyboard] == ["坐标轴", "曲线"]
    assert a.storyboard[1].duration == 4
    assert a.notes_md == "正弦函数。"


# --- scene class detection ---------------------------------------------------------------


def test_find_scene_name_variants() -> None:
    assert find_scene_name("class A(ThreeDScene):\n    def construct(self): pass") == "A"
    assert find_scene_name("import manim\nclass B(manim.MovingCameraScene):\n    def construct(self): pass") == "B"
    # A local base scene and its subclass: the subclass is the one to render.
    code = "class Base(Scene):\n    pass\nclass Main(Base):\n    def construct(self): pass\nclass Helper:\n    pass"
    assert find_scene_name(code) == "Main"
    # Broken code still names its scene (the repair loop fixes the rest).
    assert find_scene_name("class Broken(Scene):\n    def construct(self)\n        pass") == "Broken"
    assert find_scene_name("x = 1") == ""


def test_assign_timing_mixes_given_and_missing() -> None:
    beats = assign_timing([Beat("a", "", duration=6), Beat("b", ""), Beat("c", "")], 10)
    assert [(b.start, b.duration) for b in beats] == [(0, 6), (6, 2), (8, 2)]
    # Overrun: missing beats still get a sensible minimum.
    beats = assign_timing([Beat("a", "", duration=20), Beat("b", "")], 10)
    assert beats[1].duration == 1.0
    assert assign_timing([], 10) == []


def test_storyboard_beats_as_headings() -> None:
    text = f"""## Storyboard
### Beat 1: Intro (3 s)
Show the axes.

### Beat 2 — The wave (5 s)
Trace the curve.

## Scene code
{fence(SCENE)}
"""
    beats = parse_answer(text).storyboard
    assert [(b.title, b.narration, b.duration) for b in beats] == [
        ("Intro", "Show the axes.", 3),
        ("The wave", "Trace the curve.", 5),
    ]


def test_notes_subheadings_naming_other_sections_stay_in_notes() -> None:
    text = f"## Scene code\n{fence(SCENE)}\n\n## Study notes\nIdea.\n\n### Explanation\nWhy.\n\n### How the code works\nIt plays."
    notes = parse_answer(text).notes_md
    assert "### Explanation" in notes and "### How the code works" in notes and notes.endswith("It plays.")
