"""lagrange_multiplier: the extreme values of the author's f(x, y) on the author's curve g(x, y) = c. Cases modelled on
Stewart (14.8 Ex. 2-4), Thomas (14.8), OpenStax Calculus 3 (4.8), Paul's Online Notes (Lagrange Multipliers) and
同济《高等数学》(9.8 条件极值): circles, ellipses, lines and a hyperbola; linear, quadratic and product objectives; the
closest point of a line; every stated value checked; three variables, free letters, inequalities (a linear
program), an unconstrained extremum and a false statement refused."""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.constrained import read_lagrange

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.verify import asked

from drafts import draft as _draft, said as _said


R2, R13 = 2 ** 0.5, 13 ** 0.5
CLAIMED = [  # (block, {(x, y): (f, "max"|"min"|"")}, what the narration must say)
    (r"Find the maximum and minimum values of $f(x, y) = x + 2y$ on the circle $x^2 + y^2 = 5$.",
     {(1, 2): (5, "max"), (-1, -2): (-5, "min")}, ["the maximum of $f$ is $5$", "the minimum is $-5$", r"\lambda = \frac{1}{2}"]),
    (r"Use Lagrange multipliers to find the extreme values of $f(x, y) = x^2 + 2y^2$ on the circle $x^2 + y^2 = 1$.",  # Stewart 14.8 Ex. 2
     {(1, 0): (1, "min"), (-1, 0): (1, "min"), (0, 1): (2, "max"), (0, -1): (2, "max")}, ["the maximum of $f$ is $2$", "the minimum is $1$"]),
    (r"Find the maximum and minimum of $f(x,y) = 4x^2 + 10y^2$ subject to the constraint $x^2 + y^2 = 4$.",  # Paul's Online Notes
     {(2, 0): (16, "min"), (-2, 0): (16, "min"), (0, 2): (40, "max"), (0, -2): (40, "max")}, ["the maximum of $f$ is $40$"]),
    (r"Lagrange multipliers: the largest value of $f = x + y$ on the ellipse $$\frac{x^2}{9} + \frac{y^2}{4} = 1$$ is where "
     r"$\nabla f = \lambda \nabla g$.",
     {(9 / R13, 4 / R13): (R13, "max"), (-9 / R13, -4 / R13): (-R13, "min")}, [r"the maximum of $f$ is $\sqrt{13} \approx 3.6056$", "ellipse"]),
    (r"用拉格朗日乘数法求 $f(x, y) = xy$ 在椭圆 $\frac{x^2}{8} + \frac{y^2}{2} = 1$ 上的最大值和最小值。",
     {(2, 1): (2, "max"), (-2, -1): (2, "max"), (2, -1): (-2, "min"), (-2, 1): (-2, "min")}, ["$f$ 的最大值为 $2$", "最小值为 $-2$", "椭圆"]),
    (r"Find the maximum and minimum of $f(x, y) = x^2 y$ on the circle $x^2 + y^2 = 3$.",  # Thomas 14.8-style
     {(0, 3 ** 0.5): (0, ""), (0, -(3 ** 0.5)): (0, ""), (R2, 1): (2, "max"), (-R2, 1): (2, "max"), (R2, -1): (-2, "min"),
      (-R2, -1): (-2, "min")}, [r"at $\left(- \sqrt{2}, 1\right)$, $\left(\sqrt{2}, 1\right)$"]),
    (r"$$\max\ f(x,y) = 3x + 4y \quad \text{s.t.}\quad x^2 + y^2 = 25$$",
     {(3, 4): (25, "max"), (-3, -4): (-25, "min")}, ["the maximum of $f$ is $25$"]),
    # lines: one extreme exists, the other does not
    (r"Maximize $f(x, y) = xy$ subject to $x + y = 10$.",
     {(5, 5): (25, "max")}, ["has no smallest value", "the maximum of $f$ is $25$"]),
    (r"Maximize $f(x, y) = xy$ subject to $x + y = 10$; the maximum is $25$ at $(5, 5)$.",
     {(5, 5): (25, "max")}, ["the maximum of $f$ is $25$"]),
    (r"条件极值：在 $x + y = 2$ 的条件下求 $f = xy$ 的最大值，用拉格朗日乘数法。",
     {(1, 1): (1, "max")}, ["没有最小值", "$f$ 的最大值为 $1$"]),
    (r"在条件 $x + y = 1$ 下求 $xy$ 的最大值。",  # 同济 9.8-style: the objective written bare
     {(0.5, 0.5): (0.25, "max")}, [r"$f$ 的最大值为 $\frac{1}{4} \approx 0.25$"]),
    (r"Minimize $f(x, y) = x^2 + y^2$ subject to $x + 2y = 5$: $\nabla f = \lambda \nabla g$ gives $\lambda = 2$, and the "
     r"minimum is $5$ at $(1, 2)$.",
     {(1, 2): (5, "min")}, ["has no largest value", r"\lambda = 2"]),
    (r"Find the point on the line $2x + y = 4$ closest to the origin.",  # OpenStax 4.8-style
     {(1.6, 0.8): (4 / 5 ** 0.5, "min")}, [r"the closest point is $\left(\frac{8}{5}, \frac{4}{5}\right)$", r"\frac{4 \sqrt{5}}{5}"]),
    (r"Find the point on the line $x + y = 1$ closest to the point $(2, 3)$.",
     {(0, 1): (2 * R2, "min")}, [r"the closest point is $\left(0, 1\right)$", r"2 \sqrt{2}"]),
    (r"求直线 $x + 2y = 5$ 上离原点最近的点。",
     {(1, 2): (5 ** 0.5, "min")}, [r"最近点为 $\left(1, 2\right)$"]),
    (r"Find the point on the curve $y = x^2$ closest to the point $(0, 2)$.",  # Stewart 4.7-style, in two letters
     {(-(1.5 ** 0.5), 1.5): (7 ** 0.5 / 2, "min"), (1.5 ** 0.5, 1.5): (7 ** 0.5 / 2, "min"), (0, 0): (2, "")},
     ["has no largest value", "so the closest points are"]),
    (r"Find the farthest point of the ellipse $x^2 + 2y^2 = 2$ from the origin.",
     {(R2, 0): (R2, "max"), (-R2, 0): (R2, "max"), (0, 1): (1, "min"), (0, -1): (1, "min")}, ["so the farthest points are"]),
    (r"Maximize $f(x,y) = xy$ subject to $x + y = 10$, $x, y > 0$.",  # on the open segment: no minimum (0 not reached)
     {(5, 5): (25, "max")}, ["has no smallest value for $x, y > 0$"]),
    (r"Maximize the utility $U(x, y) = xy$ subject to the budget constraint $2x + 4y = 40$.",  # OpenStax 4.8 Ex. 4.38-style
     {(10, 5): (50, "max")}, ["the maximum of $U$ is $50$", r"\nabla U = (5, 10)"]),
    # a hyperbola: two minima, no maximum
    (r"Find the minimum of $f(x,y) = x^2 + y^2$ subject to $xy = 1$.",
     {(1, 1): (2, "min"), (-1, -1): (2, "min")}, ["has no largest value", "the minimum is $2$"]),
]


@pytest.mark.parametrize("concept, expected, said", CLAIMED)
def test_the_lagrange_family_finds_the_candidates_and_names_the_extremes(concept, expected, said):
    L = read_lagrange(extract(concept))
    assert L is not None
    got = {(round(c.point[0], 4), round(c.point[1], 4)): (round(c.v, 4), c.kind) for c in L.candidates}
    want = {(round(x, 4), round(y, 4)): (round(v, 4), k) for (x, y), (v, k) in expected.items()}
    assert got == want
    draft = _draft(concept)
    assert draft.kind == "lagrange_multiplier", draft.reasoning
    assert all("lagrange_multiplier" in q.drawn_by for q in asked(extract(concept)))
    text = _said(draft)
    for words in said:
        assert words in text, text
    # one beat per candidate, each with grad f and grad g drawn at the point
    assert sum("Candidate" in b.title or "候选点" in b.title for b in draft.storyboard) == len(expected)
    for n in range(len(expected)):
        assert f"g_arrow{n} = Arrow(" in draft.code and f"f_arrow{n} = " in draft.code


REFUSED = [  # (block, the family it must go to instead, or None for "not lagrange_multiplier")
    (r"Maximize $f(x, y) = xy$ subject to $x + y = 10$; the maximum is $30$.", None),  # it is 25
    (r"The minimum of $f(x, y) = x^2 + y^2$ subject to $x + y = 2$ is at $(2, 0)$.", None),  # at (1, 1)
    (r"Minimize $f(x, y) = x^2 + y^2$ subject to $x + 2y = 5$; here $\lambda = 3$.", None),  # lambda = 2
    (r"Find the maximum of $f(x, y) = x^2 + y^2$ subject to $x + y = 2$.", None),  # none: f grows along the line
    (r"Maximize $f(x, y) = axy$ subject to $x + y = 10$.", None),  # a free letter
    (r"Find the extreme values of $f(x, y) = x + y$ on the circle $x^2 + y^2 = r^2$.", None),  # r left symbolic
    (r"Find the maximum of $f(x, y, z) = xyz$ subject to $x + y + z = 3$.", None),  # three variables
    (r"用拉格朗日乘数法求 $u = xyz$ 在条件 $x + y + z = 6$ 下的最大值。", None),
    (r"Maximize $P = 3x + 2y$ subject to $x + y \le 4$, $x \ge 0$, $y \ge 0$.", None),  # a linear program
    (r"Maximize $f(x, y) = x + y$ subject to $x + y = 3$.", None),  # f constant on the line
    (r"Minimize $f(x, y) = x$ subject to $y^2 - x^3 = 0$.", None),  # the minimum is at the cusp, where grad g = 0
    (r"Find the maximum value of $f(x) = -x^2 + 4x$ on $[0, 3]$.", "extremum"),  # unconstrained, one variable
    (r"Find the local extrema of $f(x, y) = x^2 + y^2 - 2x$.", None),
    (r"拉格朗日中值定理：$f(x) = \sqrt{x}$ 在 $[1, 4]$ 上存在 $c$ 使 $f'(c) = \frac{1}{3}$。", None),
    (r"A population is subject to logistic growth $$\frac{dP}{dt} = 0.1P\left(1 - \frac{P}{100}\right)$$", None),
]


@pytest.mark.parametrize("concept, family", REFUSED)
def test_a_false_claim_or_another_question_is_not_drawn_as_a_constrained_optimum(concept, family):
    assert read_lagrange(extract(concept)) is None
    draft = _draft(concept)
    assert draft.kind != "lagrange_multiplier"
    if family is not None:
        assert draft.kind == family, draft.reasoning


def test_the_other_families_do_not_claim_a_constrained_optimum():
    block = r"Use Lagrange multipliers: maximize $f(x, y) = x^2 y$ at the point $(1, 2)$ subject to $x^2 + y^2 = 3$, where $\nabla f = \lambda \nabla g$."
    for family in ("extremum", "gradient", "potential_surface", "ellipse_foci"):
        q = [q for q in asked(extract(block)) if q.name == "a constrained optimum"]
        assert q and family not in q[0].drawn_by


def test_a_slider_runs_along_the_constraint_and_stops_at_each_candidate():
    draft = _draft(r"Find the maximum and minimum values of $f(x, y) = x + 2y$ on the circle $x^2 + y^2 = 5$.")
    code = draft.code
    assert "tracker = ValueTracker(0)" in code and "readout.add_updater" in code
    assert "return x + 2*y" in code and "return x**2 + y**2 - (5)" in code
    assert "[1, 2]" in code and "[-1, -2]" in code  # the exact candidates on the path


def test_each_row_is_coloured_by_its_own_candidates_kind():
    import re

    draft = _draft(r"Find the maximum and minimum of $f(x, y) = x^2 y$ on the circle $x^2 + y^2 = 3$.")
    rows = dict(re.findall(r'row(\d+) = MathTex\(r"[^"]*f = (-?\d+)"', draft.code))
    colours = dict(re.findall(r"row(\d+)\.set_color\((\w+)\)", draft.code))
    assert len(rows) == 6 and len(colours) == 4
    assert all({"2": "RED", "-2": "GREEN"}[rows[n]] == c for n, c in colours.items())
    assert all(n in colours for n, v in rows.items() if v != "0")


def test_the_distance_is_measured_from_the_named_point():
    draft = _draft(r"Find the point on the line $x + y = 1$ closest to the point $(2, 3)$.")
    assert "ref = Dot(at(2, 3)" in draft.code and "gap = DashedLine(ref.get_center(), at(0, 1)" in draft.code


# A block that asks what the method means and writes no formula went to the explainer: it gets the family's own example,
# declared one (its title and first beat), with the level line touching the circle and the two gradients parallel there.
@pytest.mark.parametrize("concept", [
    "Show what a Lagrange multiplier means geometrically.",
    "拉格朗日乘数法的几何意义是什么？",
    "Explain the method of Lagrange multipliers with a picture.",
])
def test_the_method_asked_without_a_formula_is_shown_on_a_declared_example(concept):
    draft = _draft(concept)
    assert draft.kind == "lagrange_multiplier", draft.reasoning
    assert draft.storyboard[0].narration.startswith(("For instance", "例如"))
    assert "(for instance)" in draft.code or "（举例）" in draft.code
    said = _said(draft)
    assert r"\nabla f = (1, 1)" in said and r"\lambda = \frac{1}{2}" in said


@pytest.mark.parametrize("concept", [
    "What is the Lagrangian in classical mechanics?",  # mechanics, not the multiplier method
    "Maximize the area of a rectangle subject to a fixed perimeter.",  # its own problem, not the example's
])
def test_other_questions_without_a_formula_get_no_lagrange_example(concept):
    assert _draft(concept).kind != "lagrange_multiplier"
