"""A failed hand-written block: rendered as written, and its error names `manimgen fix` when a fix-up applies."""

from __future__ import annotations

from conftest import FAIL_MARK

OLD = f"""from manim import *

class Old(Scene):
    def construct(self):
        self.play(ShowCreation(Circle(color=CYAN)))
        {FAIL_MARK} name 'CYAN' is not defined
"""


def block(code: str) -> str:
    body = "\n".join("  " + line for line in code.strip().splitlines())
    return f"```manimgen\ntitle: old\ncode: |\n{body}\n---\nOld code.\n```\n"


def test_the_hint_names_the_command_and_the_code_is_rendered_as_written(fast_site):
    fast_site.page("index.md", "# Home\n\n" + block(OLD))
    log = fast_site.build()
    (job,) = fast_site.jobs
    assert "ShowCreation(Circle(color=CYAN))" in job.code  # not rewritten
    (warning,) = [w for w in log.warnings() if "index.md:3" in w]
    assert "manimgen fix" in warning and "showcreation" in warning and "unknown-colour" in warning, warning


def test_no_hint_when_no_fix_up_applies(fast_site):
    plain = OLD.replace("ShowCreation", "Create").replace("CYAN", "BLUE")
    fast_site.page("index.md", "# Home\n\n" + block(plain))
    log = fast_site.build()
    (warning,) = [w for w in log.warnings() if "index.md:3" in w]
    assert "manimgen fix" not in warning, warning
