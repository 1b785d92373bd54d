"""The typed reading of a block (issue 23, item 2) and the walkthrough built on it (item 5)."""

from __future__ import annotations

import warnings

import pytest

from mkdocs_manimgen.generate.offline.designer import generate_draft
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.templates.equation import captions
from mkdocs_manimgen.model import BlockSpec

warnings.simplefilter("ignore", DeprecationWarning)


def _draft(concept: str, family: str | None = None):
    return generate_draft(BlockSpec(page="t.md", line=1, concept=concept), family=family)


def test_a_block_is_read_once_and_every_family_shares_the_reading():
    info = extract(r"Plot $f(x) = x(2 - x)$ on $[0, 2]$.")
    assert info.reading is info.reading
    first = info.reading.function
    assert first is info.reading.function  # cached: not parsed again by the next family
    expr, code, _ = first
    assert str(expr.expand()) in ("-x**2 + 2*x", "2*x - x**2")  # a product, not a call of x
    assert info.reading.interval == (0, 2)


@pytest.mark.parametrize("concept, free", [
    (r"$y = ax^2 + bx + c$ opens upward when $a > 0$.", ("a", "b", "c")),
    (r"$x(t) = A\cos(\omega t)$", ("A", "omega")),
    (r"$f(x) = x^2 - 3x$", ()),
])
def test_letters_the_author_left_symbolic_are_free_parameters(concept, free):
    assert extract(concept).reading.free_parameters == free


def test_the_reading_carries_the_claim_and_objects_not_given_read_as_absent():
    r = extract(r"The arc length of $y = \cosh x$ on $[0, 1]$ is $\sinh 1$.").reading
    assert r.asks("an arc length") and not r.asks("a centre of mass")
    assert r.ode is None and r.recurrence is None and r.matrices == [] and r.numbers is None
    m = extract(r"$$A = \begin{pmatrix}2 & 1 \\ 1 & 3\end{pmatrix}$$").reading
    assert m.matrices == [[[2.0, 1.0], [1.0, 3.0]]]


def test_each_formula_gets_the_prose_that_leads_to_it():
    concept = r"Start from $(a+b)^2 = (a+b)(a+b)$; expanding gives $(a+b)^2 = a^2 + 2ab + b^2$."
    rows = [r"(a+b)^2 = (a+b)(a+b)", r"(a+b)^2 = a^2 + 2ab + b^2"]
    said = captions(concept, rows, 110)
    assert said[0] == [("t", "Start from")]
    assert said[1] == [("t", "expanding gives")]


def test_the_walkthrough_steps_through_the_authors_formulas_in_order_with_no_side_boxes():
    d = _draft(r"Start from $(a+b)^2 = (a+b)(a+b)$; expanding gives $(a+b)^2 = a^2 + 2ab + b^2$.", "equation")
    titles = [b.title for b in d.storyboard]
    assert titles[1:] == ["Step 1", "Step 2", "Together"]
    assert "left side" not in d.code and "SurroundingRectangle(lhs" not in d.code
    assert "TransformMatchingTex(rows[0].copy(), rows[1])" in d.code  # the second grows out of the first
    assert "rows[1][1].animate.set_color(YELLOW)" in d.code  # its new terms are lit


def test_a_value_given_in_prose_is_a_caption_not_a_step():
    d = _draft(r"连续复利：本金 1000 元，年利率 $5\%$，$A = 1000e^{0.05t}$。", "equation")
    shown = next(line for line in d.code.splitlines() if line.strip().startswith("equation = MathTex("))
    assert "%" not in shown and "1000e^{0.05t}" in shown.replace(" ", "").replace("',r\"", "").replace("'", "")


def test_a_false_step_is_marked_beside_it():
    d = _draft(r"Check: $2 + 3 = 5$, then $2 \cdot 3 = 7$.", "equation")
    assert r"6 \ne 7" in d.code and "checkmark" in d.code
