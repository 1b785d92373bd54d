"""The kinds the fourteenth unseen set found wrong or uncalled (issue 23), each as our own minimal block:
an equation to solve read as the function plotted, a formula whose trailing condition hid it, the locus of a
vertex said in words, a removable point drawn as float cancellation, a slice's bound plotted as a function, and
a share of a normal population stated in words."""

from __future__ import annotations

from mkdocs_manimgen.generate.offline.designer import generate_draft
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.symbolic import function_of, parse, removable_points
from mkdocs_manimgen.generate.offline.templates._last_resort import plottable
from mkdocs_manimgen.model import BlockSpec


def _draft(concept: str):
    return generate_draft(BlockSpec(page="t.md", line=1, concept=concept))


def _said(draft) -> str:
    return " ".join(b.narration for b in draft.storyboard)


def test_an_equation_to_solve_is_no_function():
    # #55's kind: x^2 = 9 in a Gaussian-integer problem was plotted as y = x^2
    assert function_of(["x^{2}=9", "y^{2}=1"]) is None
    assert function_of(["2^{x}=8"]) is None
    assert function_of(["x^{3}-3x+1=0"])[1] == "x**3 - 3*x + 1"  # P(x) = 0: its graph shows the roots
    assert function_of([r"\int_0^1 x^2\,dx=\frac13"]) is not None  # an integral's value: its integrand is the function
    draft = _draft(r"Find all integers $x, y$ with $z = x + iy$ and $x^{2}=9$, $y^{2}=1$; plot the four $z$ on the Argand diagram.")
    assert draft.kind != "function_plot"


def test_a_formula_keeps_its_meaning_without_its_trailing_condition():
    # #43's kind: y = ax^2 + bx + c\ (a \ne 0) did not parse, so a later formula was swept as the family
    assert str(parse(r"y=ax^{2}+bx+c\ (a\ne0)")) == "Eq(y, a*x**2 + b*x + c)"
    assert str(parse(r"f(x)=\ln x\quad(x>0)")) == "Eq(f(x), log(x))"
    assert parse(r"P(X>3)") is None  # a probability's brackets are no condition
    assert str(parse(r"f(x) = (x-1)(x+2)")) == "Eq(f(x), (x - 1)*(x + 2))"


def test_a_vertex_moving_along_a_curve_is_the_locus_question():
    draft = _draft(r"二次函数 $y=ax^{2}+bx+c\ (a\ne0)$：固定 $a=1$，$c=0$，只让 $b$ 变化时，顶点沿着抛物线 $y=-x^{2}$ 移动。")
    said = _said(draft)
    assert draft.kind == "parameter_sweep", draft.reasoning
    assert "x = - \\frac{b}{2}" in said and "y = - x^{2}" in said  # exact, not -0.5b


def test_a_removable_point_is_drawn_at_its_limit():
    # #11's kind: (1 - cos x)/x^2 sampled near 0 cancels to 0 in floating point, a dip the function does not have
    assert removable_points(parse(r"\frac{1-\cos x}{x^{2}}"), -7, 7) == [(0.0, 0.5)]
    assert removable_points(parse(r"\frac{1}{x}"), -7, 7) == []  # a pole is no removable point
    draft = _draft(r"Plot $g(x)=\dfrac{1-\cos x}{x^{2}}$, which tends to $\tfrac12$ as $x\to0$.")
    assert "for c, limit in [(0.0, 0.5)]" in draft.code


def test_a_slices_bound_is_no_function_to_plot():
    # walkthrough #35's kind: "a square slice sweeping from z = -a to z = a" plotted z = -a against a
    info = extract(r"Two cylinders of radius $a$ cross; a square slice of side $2\sqrt{a^2-z^2}$ sweeps from $z=-a$ to $z=a$.")
    assert plottable(info) is None


def test_a_share_of_a_normal_population_stated_in_words_is_checked():
    # #26's kind: the empirical rule's 95 % put on one standard deviation
    wrong = _draft(r"Scores are normally distributed with mean $100$ and standard deviation $15$. About $95\%$ of people "
                   r"score between 85 and 115. Shade that region.")
    assert wrong.kind == "normal_probability" and "= 95\\%$: that is false" in _said(wrong)
    right = _draft(r"Scores are normally distributed with mean $100$ and standard deviation $15$. About $68\%$ of people "
                   r"score between 85 and 115.")
    assert right.kind == "normal_probability" and "false" not in _said(right)
