"""critical_points (issue 23): the local extrema and saddles of the author's f(x, y), each stationary point decided
by the second derivative test with the author's function (the fourteenth set's #21 kind, in our own blocks)."""

from __future__ import annotations

import pytest

from drafts import draft as _draft, said as _said


def test_each_stationary_point_is_decided_by_the_test():
    draft = _draft(r"Find and classify the critical points of $f(x,y)=x^3-3x+y^2$.")
    assert draft.kind == "critical_points", draft.reasoning
    said = _said(draft)
    assert "$(1, 0)$: $A = 6$, $B = 0$, $C = 2$" in said and "a local minimum, with $f = -2$" in said
    assert "$(-1, 0)$" in said and "a saddle, no extremum, with $f = 2$" in said
    assert "critical = [(1.0, 0.0, 'minimum'), (-1.0, 0.0, 'saddle')]" in draft.code
    assert "contours" not in draft.code  # level curves only when the block asks for them


def test_chinese_block_with_level_curves():
    draft = _draft(r"求 $f(x,y)=4xy-x^{4}-y^{4}$ 的极值，并画出等高线。")
    assert draft.kind == "critical_points", draft.reasoning
    said = _said(draft)
    assert "$AC - B^2 = -16$" in said and "鞍点" in said  # (0, 0)
    assert "极大值点，$f = 2$" in said  # (1, 1) and (-1, -1)
    assert "contours = VGroup()" in draft.code and "axes.c2p(xa, ya, -1.5)" in draft.code


@pytest.mark.parametrize("concept", [
    r"Find the extreme values of $f(x,y)=x^2+y^2$ on the circle $x^2+y^2-2x=0$.",  # a constrained optimum
    r"求 $f(x,y)=x^{4}+y^{4}$ 的极值。",  # (0, 0): AC - B^2 = 0, the test decides nothing
    r"Find the local extrema of $f(x) = x^3 - 3x$.",  # one variable: extremum's
    r"The potential $V(x,y)=x^2-y^2$ has a saddle at the origin.",  # a potential: potential_surface's
])
def test_other_questions_are_not_this_family(concept):
    assert _draft(concept).kind != "critical_points"
