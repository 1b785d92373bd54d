"""The kinds the fourteenth unseen set found wrong or uncalled (issue 23), each as our own minimal block:
an equation to solve read as the function plotted, a formula whose trailing condition hid it, the locus of a
vertex said in words, a removable point drawn as float cancellation, a slice's bound plotted as a function, and
a share of a normal population stated in words."""

from __future__ import annotations

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.symbolic import function_of, parse, removable_points
from mkdocs_manimgen.generate.offline.templates._last_resort import plottable

from drafts import draft as _draft, said as _said


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


def test_the_steps_of_a_lagrange_solution_are_not_a_second_constraint():
    # #51's kind: "x = 2y" and "y = ±√2/2" after L_x = 0, L_y = 0 were read as constraints, so no constraint was one
    draft = _draft(r"求 $f(x,y)=x+3y$ 在圆 $x^{2}+y^{2}=10$ 上的最大值与最小值。令 $L=x+3y-\lambda(x^{2}+y^{2}-10)$，"
                   r"由 $L_x=1-2\lambda x=0$，$L_y=3-2\lambda y=0$ 得 $y=3x$，代入得 $x=\pm1$，所以最大值为 $10$，最小值为 $-10$。")
    assert draft.kind == "lagrange_multiplier", draft.reasoning
    assert "\\left(1, 3\\right)" in _said(draft) and "\\left(-1, -3\\right)" in _said(draft)


def test_a_limit_written_with_bars_does_not_hide_a_curve_sketch():
    # #29's kind: "as |x| \to \infty" in the prose refused the sketch as if f had an absolute value
    draft = _draft(r"Sketch $f(x)=\dfrac{x^{2}+1}{x-1}$ with its asymptotes $x=1$ and $y=x+1$; the gap $\dfrac{2}{x-1}$ "
                   r"shrinks as $|x|\to\infty$.")
    assert draft.kind == "curve_sketch", draft.reasoning
    assert "y = x + 1" in _said(draft)


def test_a_triangle_in_space_is_half_the_parallelogram_of_two_edges():
    # #38's kind: three named points were no vectors for the cross product (and would have been read as u, v)
    draft = _draft(r"Find the area of triangle $P(1,1,0)$, $Q(3,1,0)$, $R(1,4,2)$ using $\overrightarrow{PQ}\times\overrightarrow{PR}$.")
    assert draft.kind == "cross_product", draft.reasoning
    said = _said(draft)
    assert "\\overrightarrow{PQ} = (2, 0, 0)" in said and "(0, -4, 6)" in said  # PQ × PR
    assert "= 3.606$" in said  # half of |(0, -4, 6)| = sqrt(52)
    assert "P0, u, v, c = np.array([1.0, 1.0, 0.0])" in draft.code


def test_a_vague_cross_product_question_gets_a_declared_example():
    draft = _draft(r"Show what the length of $\vec a\times\vec b$ means geometrically.")
    assert draft.kind == "cross_product" and _said(draft).startswith("For instance")


def test_a_system_asked_as_graphs_in_time_draws_its_states_against_t():
    # #0's kind: "with the graphs of x and y" got the phase plane; the block asks x(t), y(t) and when y is most
    draft = _draft(r"Two tanks: $\frac{dx}{dt}=-\frac{x}{5}$, $\frac{dy}{dt}=\frac{x}{5}-\frac{y}{5}$ with $x(0)=10$, $y(0)=0$. "
                   r"Plot the graphs of $x$ and $y$ for $0\le t\le 30$ and mark when tank B holds the most.")
    assert draft.kind == "phase_portrait" and draft.storyboard[0].title == "The States in Time"
    said = _said(draft)
    assert "$0 \\le t \\le 30$" in said and "$y$ is largest at $t \\approx 5$" in said  # y = 2t e^{-t/5}: max at t = 5
    assert "y \\approx 3.679" in said  # 10/e
    plain = _draft(r"Phase portrait of $\frac{dx}{dt}=y$, $\frac{dy}{dt}=-x$ from $x(0)=1$, $y(0)=0$.")
    assert plain.kind == "phase_portrait" and plain.storyboard[0].title != "The States in Time"


def test_an_argument_in_the_wrong_quadrant_is_called():
    # #10's kind: tan θ = 1 read as arg(-1 - i) = π/4; the number lies in the third quadrant
    from mkdocs_manimgen.generate.offline.claims import false_claims

    found = false_claims(extract(r"For $z=-2-2i$, $\tan\theta=1$, so $\arg(-2-2i)=\dfrac{\pi}{4}$."))
    assert [(c.stated, c.truth) for c in found] == [("\\arg(-2-2i) = \\frac{\\pi}{4}", "\\arg(-2-2i) = - \\frac{3 \\pi}{4}")]
    for true in (r"$\arg(-2-2i)=-\frac{3\pi}{4}$", r"$\arg(-2-2i)=\frac{5\pi}{4}$", r"$\operatorname{Arg}(1+i\sqrt3)=\frac{\pi}{3}$"):
        assert false_claims(extract(true)) == []  # the principal value, or the same angle in [0, 2π)
