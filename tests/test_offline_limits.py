"""The designer's own scenes never fail and designing never hangs (issue 23, item 4).

A concept has a size limit (a located error names it and the fix); a design has a time budget,
after which the block gets the walkthrough (a build designs in a child process killed at the budget,
so a long call in C cannot hold the build); a design whose scene raises when run (without drawing
a frame) is refused and the block gets the walkthrough, never an error box.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

import pytest

from mkdocs_manimgen.errors import GenerationFailed
from mkdocs_manimgen.generate.offline import OfflineGenerator
from mkdocs_manimgen.generate.offline import design_worker
from mkdocs_manimgen.generate.offline.designer import generate_draft
from mkdocs_manimgen.generate.offline.families import registry
from mkdocs_manimgen.generate.offline.limits import MAX_CONCEPT_CHARS, DesignTimeout, deadline
from mkdocs_manimgen.generate.offline.symbolic import huge_power
from mkdocs_manimgen.model import BlockSpec

HORN = (r"Gabriel's horn: the solid of revolution of $y = 1/x$ on $[1, \infty)$ about the $x$-axis "
        r"has volume $$V = \pi \int_1^\infty \frac{dx}{x^2} = \pi$$")


def _digits(n: int) -> str:
    rng = random.Random(1)
    return "3." + "".join(rng.choice("0123456789") for _ in range(n - 2))


def test_a_concept_over_the_limit_is_a_located_error_naming_the_limit_and_the_fix():
    spec = BlockSpec(page="notes/pi.md", line=12, concept=_digits(MAX_CONCEPT_CHARS + 1))
    with pytest.raises(GenerationFailed) as err:
        OfflineGenerator().generate(spec)
    text = str(err.value)
    assert text.startswith("notes/pi.md:12: ") and f"{MAX_CONCEPT_CHARS:,}" in text and "fix: shorten" in text


def test_a_wall_of_digits_under_the_limit_designs_in_seconds():
    start = time.monotonic()
    draft = generate_draft(BlockSpec(page="p.md", line=1, concept=_digits(MAX_CONCEPT_CHARS)))
    assert draft.kind == "explainer" and time.monotonic() - start < 5  # was quadratic: 20,000 digits took 26 s
    # the caption cuts the run: a Text of a 170-digit word rendered short of glyphs and raised
    assert not re.search(r"\d{40}", draft.code)


def test_the_deadline_interrupts_python_work_and_leaves_the_thread_usable():
    start = time.monotonic()
    with pytest.raises(DesignTimeout):
        with deadline(0.2):
            while True:
                sum(range(1000))
    assert time.monotonic() - start < 2
    with deadline(5):  # a body that ends in time is not interrupted, then or later
        pass
    time.sleep(0.1)


def test_a_design_over_its_time_budget_gets_the_walkthrough(monkeypatch):
    family = registry()["derivative"]

    def endless(ctx):
        while True:
            sum(range(1000))

    monkeypatch.setattr(family.module, "build", endless)
    start = time.monotonic()
    draft = OfflineGenerator(seconds=0.5).generate(
        BlockSpec(page="p.md", line=1, concept=r"The derivative of $f(x) = x^3$ is the slope of its tangent."))
    assert draft.kind in ("equation", "explainer") and "longer than 0.5 s" in draft.reasoning
    assert time.monotonic() - start < 10


def test_the_horn_on_one_to_infinity_gets_the_walkthrough():
    """Its integral scene divided by zero at render time (`scene.py:35`); the integral family now refuses an
    integrand unbounded on its interval, and the verifier an improper integral drawn over a finite one."""
    draft = generate_draft(BlockSpec(page="p.md", line=1, concept=HORN))
    assert draft.kind in ("equation", "explainer")
    assert "an improper integral" in draft.reasoning or "the integrand is unbounded" in draft.reasoning


@pytest.mark.render
def test_a_scene_that_raises_at_render_is_repaired_by_the_walkthrough(monkeypatch, tmp_path):
    """A design of its own that fails to render never becomes an error box: the pipeline's repair of
    an offline design is the walkthrough (the failed family refused), rendered and cached."""
    import logging

    from mkdocs_manimgen.build import Build
    from mkdocs_manimgen.config import plugin_config
    from mkdocs_manimgen.site_files import SceneFiles

    # the build designs in a child process: that child's derivative family writes the raising line
    monkeypatch.setattr(design_worker, "default_command", lambda: patched("raising"))
    body = "title: Cubic\n---\nThe derivative of $f(x) = x^3$ is the slope of its tangent."
    cfg = plugin_config({"quality": "low", "pdf": False, "generator": "offline", "workers": 1,
                         "cache_dir": str(tmp_path / "cache")})
    with Build(cfg, tmp_path, logging.getLogger("test")) as site:
        spec = site.parse(body, page="p.md", line=1, files=SceneFiles(tmp_path))
        assert generate_draft(spec).kind == "derivative"  # the design alone passes (here, unchanged)
        result = site.submit(spec).result()
        assert result.error is None and result.rendered
        assert result.draft.kind in ("equation", "explainer")
        assert "ZeroDivisionError" in result.draft.reasoning and "did not run" in result.draft.reasoning
        again = site.pipeline.cached_design(spec)  # the walkthrough is what the cache holds
        assert again is not None and again[0].kind == result.draft.kind


def patched(mode: str) -> list[str]:
    """The command of a design child whose `derivative` family is changed (tests/patched_design_worker.py)."""
    return [sys.executable, str(Path(__file__).with_name("patched_design_worker.py")), mode]


CUBIC = r"The derivative of $f(x) = x^3$ is the slope of its tangent."


def test_a_design_stuck_in_c_is_killed_and_the_block_gets_the_walkthrough(monkeypatch):
    """The in-thread deadline cannot stop one long C call (a huge integer power in sympy ran for minutes);
    the build designs in a child process that is killed at the budget, and the next block designs."""
    monkeypatch.setattr(design_worker, "default_command", lambda: patched("stuck"))
    gen = OfflineGenerator(seconds=5, isolated=True)
    try:
        start = time.monotonic()
        draft = gen.generate(BlockSpec(page="p.md", line=1, concept=CUBIC))
        assert draft.kind in ("equation", "explainer") and "longer than 5 s" in draft.reasoning
        assert time.monotonic() - start < 90  # 5 s + the grace, and a new child's start (minutes on a loaded machine)
        other = gen.generate(BlockSpec(page="p.md", line=9, concept=r"Plot $f(x) = \sin x$ on $[0, 2\pi]$."))
        assert other.kind == "function_plot"
    finally:
        gen.close()


def test_the_child_designs_as_this_process_does():
    gen = OfflineGenerator(isolated=True)
    try:
        for concept in (CUBIC, "两个向量的点积 $\\vec a \\cdot \\vec b$。", HORN):
            spec = BlockSpec(page="p.md", line=2, concept=concept, revisions=("slower",))
            assert gen.generate(spec).to_json() == generate_draft(spec).to_json()
    finally:
        gen.close()


def test_an_integer_power_too_large_to_compute_is_not_parsed():
    assert huge_power(r"9^{9^{9}}") and huge_power(r"2^{10^{6}}") and huge_power(r"2^{2^{40}} \bmod 7")
    assert not huge_power(r"2^{1000}") and not huge_power(r"x^{10^8}") and not huge_power(r"2^{2^{3}}")
    start = time.monotonic()
    draft = generate_draft(BlockSpec(page="p.md", line=1, concept=r"The number $N = 9^{9^{9}}$ and $f(x) = x^2 + N$."))
    assert draft.kind and time.monotonic() - start < 30  # minutes, in C, before
