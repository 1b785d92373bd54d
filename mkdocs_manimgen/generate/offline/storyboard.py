"""Writes a scene's code and its storyboard from the same numbers.

Every ``play``/``wait`` goes through :class:`SceneWriter`, which emits the code line
with its ``run_time`` and advances the clock, so the beats' start/duration always
match what Manim will actually play.
"""

from __future__ import annotations

import re
import textwrap

from ...model import Beat
from .choices import TEXT as CHOICE_TEXT, Choice
from .latex import fmt, has_cjk

CJK_FONT = "Noto Sans CJK SC"
SCENE_NAME = "ManimGenScene"


def pystr(text: str) -> str:
    """A Python string literal for ``text``: a raw string for LaTeX when that is safe."""
    if "\\" in text and '"' not in text and "\n" not in text and not text.endswith("\\"):
        return 'r"' + text + '"'
    return repr(text)


def text_mob(text: str, size: int = 32, color: str | None = None) -> str:
    """Code for a Text mobject; CJK text gets the Noto CJK font (no tofu boxes)."""
    args = [pystr(text)]
    if has_cjk(text):
        args.append(f'font="{CJK_FONT}"')
    args.append(f"font_size={size}")
    if color:
        args.append(f"color={color}")
    return f"Text({', '.join(args)})"


def math_mob(tex: str | list[str], size: int = 44, color: str | None = None) -> str:
    parts = [tex] if isinstance(tex, str) else tex
    args = [pystr(p) for p in parts]
    args.append(f"font_size={size}")
    if color:
        args.append(f"color={color}")
    return f"MathTex({', '.join(args)})"


class SceneWriter:
    """Accumulates the body of ``construct`` plus the timed beats."""

    def __init__(self, family: str, chinese: bool, three_d: bool = False, pace: float = 1.0):
        self.family = family
        self.pace = pace  # every run_time and wait is multiplied by it (`revise: [slower]`: 1.5)
        self.zh = chinese
        self.three_d = three_d
        self.body: list[str] = []
        self.beats: list[Beat] = []
        self.t = 0.0
        self._open: tuple[str, str, float] | None = None
        self.helpers: list[str] = []  # methods of the scene class besides construct
        # The scene shows a built-in example (the block wrote no formula, or only the general
        # law): the first beat then says so, "For instance" / "例如".
        self.example = False
        self.choices: list[Choice] = []  # values the scene chose; verify refuses those the block determines

    # -- language -----------------------------------------------------------
    def L(self, en: str, zh: str) -> str:
        return zh if self.zh else en

    # -- values the scene chooses ----------------------------------------------
    def chose(self, kind: str, name: str = "") -> str:
        """Record that the scene chose a value of ``kind`` (a key of ``choices.TEXT``; ``name``: the letter of
        a value) and return the words that declare it on screen, in the scene's language."""
        self.choices.append(Choice(kind, name))
        return self.L(*CHOICE_TEXT[kind])

    # -- code ---------------------------------------------------------------
    def code(self, *lines: str) -> None:
        for block in lines:
            for line in block.split("\n"):
                self.body.append(line)

    def blank(self) -> None:
        if self.body and self.body[-1] != "":
            self.body.append("")

    def beat(self, title: str, narration: str) -> None:
        """Start a new storyboard beat (closes the previous one at the current time)."""
        self._close()
        self.blank()
        n = len(self.beats) + 1
        if n == 1 and self.example:
            narration = self.L("For instance: ", "例如：") + narration
        self.body.append(f"# Beat {n}: {_comment(title)}")
        for line in textwrap.wrap(_comment(narration), 60 if self.zh else 84):
            self.body.append(f"# {line}")
        self._open = (title, narration, self.t)

    def narrations(self) -> list[str]:
        """What the beats say so far, the open one included."""
        return [b.narration for b in self.beats] + ([self._open[1]] if self._open else [])

    @staticmethod
    def snap(seconds: float) -> float:
        """Times on a 0.2 s grid: a whole number of frames at 15, 30 and 60 fps."""
        return max(0.2, round(round(float(seconds) * 5) / 5, 2))

    def play(self, anims: str, run_time: float, extra: str = "") -> None:
        rt = self.snap(run_time * self.pace)
        tail = f", {extra}" if extra else ""
        self.body.append(f"self.play({anims}, run_time={fmt(rt, 2)}{tail})")
        self.t = round(self.t + rt, 2)

    def wait(self, seconds: float) -> None:
        s = self.snap(seconds * self.pace)
        self.body.append(f"self.wait({fmt(s, 2)})")
        self.t = round(self.t + s, 2)

    def move_camera(self, args: str, run_time: float) -> None:
        """A timed camera move (3D): the only frames that redraw every face, so keep them short."""
        rt = self.snap(run_time * self.pace)
        self.body.append(f"self.move_camera({args}, run_time={fmt(rt, 2)})")
        self.t = round(self.t + rt, 2)

    def loop(self, header: str, play_args: str, count: int, run_time: float) -> None:
        """A ``for`` loop whose body is one ``self.play``; advances the clock count times."""
        rt = self.snap(run_time * self.pace)
        self.body.append(header)
        self.body.append(f"    self.play({play_args}, run_time={fmt(rt, 2)})")
        self.t = round(self.t + rt * count, 2)

    def _close(self) -> None:
        if self._open is not None:
            title, narration, start = self._open
            self.beats.append(Beat(title, narration, start, round(self.t - start, 2)))
            self._open = None

    # -- title ----------------------------------------------------------------
    def title(self, text: str) -> None:
        """The scene title, written at the top edge and scaled to fit the frame; a scene that shows a
        built-in example says so in its title too, so the frame itself declares it."""
        if self.example:
            text += self.L(" (for instance)", "（举例）")
        self.code(
            f"title = {text_mob(text, 36)}.to_edge(UP, buff=0.3)",
            "if title.width > 12:",
            "    title.scale_to_fit_width(12)",
        )
        if self.three_d:
            self.code("self.add_fixed_in_frame_mobjects(title)", "self.remove(title)")

    def fit(self, name: str, width: float = 12, height: float | None = None) -> None:
        self.code(f"if {name}.width > {fmt(width)}:", f"    {name}.scale_to_fit_width({fmt(width)})")
        if height is not None:
            self.code(f"if {name}.height > {fmt(height)}:", f"    {name}.scale_to_fit_height({fmt(height)})")

    # -- output ---------------------------------------------------------------
    def finish(self, docstring: str) -> tuple[str, list[Beat]]:
        self._close()
        base = "ThreeDScene" if self.three_d else "Scene"
        out = [
            "from manim import *",
            "import numpy as np",
            "import math",
            "",
            "",
            f"class {SCENE_NAME}({base}):",
            f'    """{_doc(docstring)}"""',
            "",
        ]
        for helper in self.helpers:
            for line in helper.strip("\n").split("\n"):
                out.append(("    " + line) if line else "")
            out.append("")
        out.append("    def construct(self):")
        for line in self.body:
            out.append(("        " + line) if line else "")
        while out and out[-1] == "":
            out.pop()
        return "\n".join(out) + "\n", list(self.beats)


def _comment(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _doc(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip().replace("\\", "/").replace('"""', "'''")
    return text[:200]
