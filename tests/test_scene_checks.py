"""Scene-graph checks through a real build: findings land in the build log, named and located."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.render

SCENES = {
    "offframe": """
        from manim import *
        class OffFrame(Scene):
            def construct(self):
                self.play(FadeIn(Text("Far too far right").to_edge(RIGHT).shift(3 * RIGHT)), run_time=0.3)
        """,
    "overlap": """
        from manim import *
        class Overlap(Scene):
            def construct(self):
                a = Text("First label")
                b = MathTex(r"a^2+b^2").move_to(a.get_right())
                self.play(FadeIn(a), FadeIn(b), run_time=0.3)
                self.play(FadeOut(b), run_time=0.3)
        """,
    "polar": """
        from manim import *
        class PolarBehindTitle(Scene):
            def construct(self):
                # radius_max 1.1 with the default step 1: Manim adds a circle of radius 2 (twice the size)
                title = Text("Rose curve").to_edge(UP, buff=0.3)
                plane = PolarPlane(radius_max=1.1, size=5.2).to_edge(DOWN, buff=0.3)
                self.play(Write(title), Create(plane), run_time=0.3)
        """,
    "empty": """
        from manim import *
        class Empty(Scene):
            def construct(self):
                self.wait(0.5)
        """,
    "clean": """
        from manim import *
        class Clean(Scene):
            def construct(self):
                title = Text("Clean layout").to_edge(UP)
                eq = MathTex(r"\\int_0^1 x\\,dx = \\tfrac12").next_to(title, DOWN, buff=0.6)
                circle = Circle().next_to(eq, DOWN)
                polar = PolarPlane(radius_max=1, radius_step=0.5, size=2.5).to_corner(DL)
                self.play(Write(title), FadeIn(eq), Create(circle), Create(polar), run_time=0.6)
                self.play(FadeOut(circle), run_time=0.3)
        """,
}


def test_findings_are_reported_per_block(site):
    import textwrap

    page, where = "# Checks\n\n", {}
    for name, code in SCENES.items():
        where[name] = page.count("\n") + 1
        body = textwrap.indent(textwrap.dedent(code).strip("\n"), "  ")
        page += f"```manimgen\ntitle: {name}\ncode: |\n{body}\n---\nCase {name}.\n```\n\n"
    site.write_page("index.md", page)
    site.plugin.update({"workers": 1, "pdf": False, "generator": "offline"})
    build = site.build()
    assert build.returncode == 0, build.log[-4000:]
    assert build.summary["failed"] == 0, build.log

    def findings(name: str) -> list[str]:
        return [w for w in build.warnings() if re.search(rf"index\.md:{where[name]}\b", w)]

    assert any("Text 'Far too far right' is partly outside the frame (right edge)" in w
               for w in findings("offframe")), build.log
    overlap = findings("overlap")
    assert any("Text 'First label' overlaps MathTex 'a^2+b^2' (from 0.3 s)" in w for w in overlap), build.log
    assert len(overlap) == 1, overlap  # seen again after the second play: reported once
    polar = findings("polar")
    assert any("PolarPlane is partly outside the frame (top edge)" in w for w in polar), build.log
    assert any("PolarPlane's lines run under Text 'Rose curve'" in w for w in polar), build.log
    assert any("the scene shows nothing" in w for w in findings("empty")), build.log
    assert findings("clean") == [], findings("clean")


def test_strict_fails_the_block(site):
    site.write_page("index.md", "```manimgen\ncode: |\n" + textwrap_indent(SCENES["offframe"]) + "\n---\nx\n```\n")
    site.plugin.update({"workers": 1, "pdf": False, "generator": "offline", "validate": "strict"})
    build = site.build()
    assert build.summary["failed"] == 1, build.log
    assert "failed the checks" in build.html() and "partly outside the frame" in build.html()


def textwrap_indent(code: str) -> str:
    import textwrap

    return textwrap.indent(textwrap.dedent(code).strip("\n"), "  ")
