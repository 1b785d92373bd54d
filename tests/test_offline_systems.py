"""The row picture of a linear system (issue 23: the family draws the author's own equations, and
its solution is checked, never assumed). Cases are our own, of the kinds in Strang's *Introduction
to Linear Algebra* 2.1, 人教版 必修 (二元一次方程组) and 同济《线性代数》 exercises."""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.designer import generate_draft
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.systems import read_system
from mkdocs_manimgen.model import BlockSpec


def _design(concept: str):
    return generate_draft(BlockSpec(page="p.md", line=1, concept=concept))


CLAIMED = [  # (block, kind of solution, the crossing when there is one)
    (r"Solve the system $x + y = 3$, $x - y = 1$ by elimination.", "unique", (2, 1)),
    (r"解方程组 $$\begin{cases} 2x + 3y = 8 \\ x - y = -1 \end{cases}$$ 得 $x = 1, y = 2$。", "unique", (1, 2)),
    (r"Simultaneous equations: $$4p - q = 10, \quad p + q = 5$$", "unique", (3, 2)),
    (r"Solve $$\begin{aligned} 5u + 2v &= 1 \\ 3u - v &= 5 \end{aligned}$$", "unique", (1, -2)),
    (r"The lines $y = 2x - 1$ and $y = -x + 5$ meet where the system has its solution.", "unique", (2, 3)),
    (r"The system $$3a - 2b = 5, \quad 6a - 4b = 1$$ has no solution.", "none", None),
    (r"方程组 $x + 2y = 4$，$2x + 4y = 8$ 有无穷多解。", "line", None),
    (r"Three equations, two unknowns: $x + y = 2$, $x - y = 0$, $2x + y = 3$ all pass through $(1, 1)$.", "unique", (1, 1)),
    (r"用加减消元法解 $$\begin{cases} 3x + 4y = 10 \\ 5x - 4y = 6 \end{cases}$$", "unique", (2, 1)),
]


@pytest.mark.parametrize("concept,kind,point", CLAIMED)
def test_the_family_draws_the_authors_system(concept, kind, point):
    system = read_system(extract(concept))
    assert system is not None and system.kind == kind
    draft = _design(concept)
    assert draft.kind == "linear_system", draft.reasoning
    if point is not None:
        assert f"crossing = Dot(at({point[0]}, {point[1]})" in draft.code
        assert r"\checkmark" in draft.code  # the values put back in
    else:
        assert "crossing" not in draft.code


REFUSED = [
    r"Solve the system $x + y = 3$, $x - y = 1$: the solution is $x = 1$, $y = 2$.",  # a false stated solution
    r"The system $x + y = 3$, $x - y = 1$ has the solution $(1, 2)$.",  # the same, as a point
    r"Solve the system $x^2 + y = 3$, $x - y = 1$.",  # not linear
    r"The system $ax + by = c$, $dx + ey = f$ has a unique solution when $ae - bd \ne 0$.",  # symbolic
    r"Solve the system $x + y + z = 6$, $x - y = 0$, $y - z = -1$.",  # three unknowns
    r"The system $x' = y$, $y' = -x$ describes a rotation.",  # differential equations
    r"The system of equations $x + y = 3$.",  # one equation
]


@pytest.mark.parametrize("concept", REFUSED)
def test_look_alikes_are_not_drawn_as_a_system(concept):
    assert _design(concept).kind != "linear_system"


def test_elimination_turns_a_combination_to_an_axis_parallel_line():
    """Both eliminations are drawn: r1 + t r2 sweeps to the line with no y (x = 2), then no x (y = 1)."""
    code = _design(r"Solve the system $x + y = 3$, $x - y = 1$ by elimination.").code
    assert "t0.animate.set_value(1)" in code and "t1.animate.set_value(-1)" in code
    assert r"2x = 4" in code and r"2y = 2" in code
