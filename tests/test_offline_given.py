"""The author's numbers read by the offline data families (given.py) and the facts they compute (issue 15).

Fast: no rendering. The syllabus corpus (test_syllabus.py) checks each family's choice and scene code.
"""

from __future__ import annotations

import math
import re

import pytest

from mkdocs_manimgen.generate.offline.given import (interval, number_list, points, probabilities, seed, vector_names,
                                                    vectors)
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.templates import bayes, euclid_algorithm, polyhedron, roots_of_unity

from drafts import draft as _draft


def test_probabilities_read_conditional_and_complement_notation():
    info = extract(r"$P(D) = 0.01$, $P(+ \mid D) = 0.95$, $P(+|\neg D) = 5\%$, $P(A^c) = \frac{1}{4}$, $P(T|\bar S)=0.1$")
    assert probabilities(info) == {"D": 0.01, "+|D": 0.95, "+|~D": 0.05, "~A": 0.25, "T|~S": 0.1}


def test_bayes_needs_all_three_numbers_and_computes_the_posterior():
    info = extract(r"$P(S) = 0.02$, $P(T \mid S) = 0.9$, $P(T \mid \neg S) = 0.1$")
    numbers = bayes.needs(info)
    assert (numbers.a, numbers.b) == ("S", "T")
    assert numbers.posterior == pytest.approx(0.018 / (0.018 + 0.098))
    assert bayes.needs(extract(r"$P(S) = 0.02$, $P(T \mid S) = 0.9$")) is None  # no false-positive rate: not met
    # P(~T|~S) (the specificity) gives the false-positive rate as its complement
    assert bayes.needs(extract(r"$P(S)=0.5$, $P(T|S)=0.8$, $P(\neg T|\neg S)=0.7$")).false == pytest.approx(0.3)


def test_lists_points_vectors_and_intervals():
    assert number_list(extract(r"sort $[5, 2, 9, 1, 7]$")) == [5, 2, 9, 1, 7]
    assert number_list(extract(r"$\{3, 1\}$")) is None  # too short to be a list to sort or search
    assert points(extract(r"data $(1, 2), (2, 4.5), (3, 5)$")) == [(1, 2), (2, 4.5), (3, 5)]
    info = extract(r"$\vec a = (1, 3)$ and $\vec{b} = (4, -1)$")
    assert vectors(info, 2) == [(1, 3), (4, -1)] and vector_names(info, ("u", "v")) == (r"\vec{a}", r"\vec{b}")
    assert vectors(extract(r"$\mathbf u = \begin{pmatrix} 1 \\ 0 \\ 2 \end{pmatrix}$"), 3) == [(1, 0, 2)]
    assert interval(extract(r"$0 \le x \le 2$")) == (0, 2)
    assert interval(extract(r"$$\int_0^{\pi} \sin x\,dx$$")) == pytest.approx((0, math.pi))


def test_seed_is_stable_and_differs_between_blocks():
    assert seed(extract("a")) == seed(extract("a")) == 3398926610  # sha256, not hash(): the same on every run
    assert seed(extract("a")) != seed(extract("b"))


def test_different_blocks_draw_different_samples_the_same_block_the_same():
    one = _draft(r"Law of large numbers with $p = 0.3$.")
    two = _draft(r"Law of large numbers, coin with $p = 0.3$.")
    assert one.code == _draft(r"Law of large numbers with $p = 0.3$.").code
    assert one.code.split("averages = ")[1][:60] != two.code.split("averages = ")[1][:60]


@pytest.mark.parametrize("name, counts", [("tetrahedron", (4, 6, 4)), ("cube", (8, 12, 6)), ("octahedron", (6, 12, 8)),
                                          ("dodecahedron", (20, 30, 12)), ("icosahedron", (12, 30, 20)),
                                          ("cuboctahedron", (12, 24, 14)), ("truncated_tetrahedron", (12, 18, 8)),
                                          ("truncated_octahedron", (24, 36, 14)), ("truncated_cube", (24, 36, 14)),
                                          ("rhombicuboctahedron", (24, 48, 26)), ("icosidodecahedron", (30, 60, 32)),
                                          ("truncated_icosahedron", (60, 90, 32))])
def test_polyhedra_have_the_right_counts(name, counts):
    entry = next(e for e in polyhedron._SOLIDS if e[0] == name)
    pts = polyhedron.vertices(entry)
    faces = polyhedron.faces(pts)
    assert (len(pts), sum(len(f) for f in faces) // 2, len(faces)) == counts


def test_euclid_cuts_squares_that_tile_the_rectangle():
    cuts = euclid_algorithm.squares(1071, 462)
    assert [len(group) for group in cuts] == [2, 3, 7]
    assert sum(s * s for group in cuts for _, _, s in group) == 1071 * 462
    assert cuts[-1][-1][2] == math.gcd(1071, 462)


def test_roots_of_a_complex_number():
    n, w = roots_of_unity.needs(extract(r"$z^3 = 8i$"))
    assert (n, w) == (3, 8j)
    d = _draft(r"Complex numbers: solve $z^3 = 8i$.")
    assert d.kind == "roots_of_unity" and "complex(1.73205, 1)" in d.code and "complex(0, -2)" in d.code


# More syllabus blocks, checked at design time only (the render tier's corpus keeps two per family to
# stay within its time budget): (block, family, strings its scene code must contain).
DESIGN_ONLY = [
    ('The law of large numbers for a fair die: the running mean $$\\bar X_n = \\frac{X_1 + \\dots + X_n}{n}$$ settles at $3.5$.',
     'law_of_large_numbers', ['\\mu = 3.5', 'averages = [']),
    ('中心极限定理：$n = 20$ 个 $[0,1]$ 上均匀分布随机数的平均值近似服从正态分布，$\\bar X \\sim N(\\mu, \\sigma^2/n)$。',
     'central_limit', ['20: [', '(x - 0.5)']),
    ('Estimate $$\\int_0^1 e^{-x^2}\\,dx$$ by Monte Carlo: the share of random points under the curve.',
     'monte_carlo', ['return np.exp(-x**2)', "hit = '"]),
    ('用随机投点（蒙特卡罗方法）估计圆周率：$\\pi \\approx 4 \\cdot \\frac{m}{n}$。',
     'monte_carlo', ['ArcBetweenPoints', "hit = '"]),
    ('Spam filtering with Bayes: $P(S) = 0.4$, $P(W \\mid S) = 0.3$ and $P(W \\mid S^c) = 0.05$ for the word W.',
     'bayes', ['p, hit, false = 0.4, 0.3, 0.05', '0.8']),
    ('A limit of belief? The posterior $$P(H \\mid E) = \\frac{P(E \\mid H) P(H)}{P(E)}$$ with $P(H) = 0.5$, $P(E \\mid H) = 0.8$, $P(E \\mid \\neg H) = 0.4$.',
     'bayes', ['p, hit, false = 0.5, 0.8, 0.4', '0.667']),
    ('Fit a line of best fit by least squares to $(1, 2), (2, 3), (3, 5), (4, 4), (5, 6)$.',
     'regression', ['data = [(1, 2), (2, 3), (3, 5), (4, 4), (5, 6)]', '0.9']),
    ('The dot product of $\\mathbf a = (2, 2)$ and $\\mathbf b = (3, -1)$ and the angle between the vectors: $$\\cos\\theta = \\frac{\\mathbf a \\cdot \\mathbf b}{|\\mathbf a||\\mathbf b|}$$',
     'dot_product', ['u, v, proj = (2, 2), (3, -1)', '\\mathbf{a}\\cdot \\mathbf{b}']),
    ('Vector projection of $\\mathbf v = (1, 4)$ onto $\\mathbf u = (5, 0)$: $\\operatorname{proj}_{\\mathbf u}\\mathbf v = \\frac{\\mathbf u\\cdot\\mathbf v}{|\\mathbf u|^2}\\mathbf u$.',
     'dot_product', ['u, v, proj = (5, 0), (1, 4), (1, 0)']),  # v onto u, as the block asks
    ('向量积（叉乘）：$\\vec a = (2, 0, 1)$，$\\vec b = (1, 3, 0)$，求 $\\vec a \\times \\vec b$ 与平行四边形的面积。',
     'cross_product', ['np.array([-3.0, 1.0, 6.0])', '6.782']),
    ('旋转体：曲线 $y = x^2$（$0 \\le x \\le 1$）绕 x 轴旋转一周，用圆盘法求体积。',
     'solid_of_revolution', ['return x**2', '0.628']),
    ('The dodecahedron is a Platonic solid with twelve pentagonal faces; check $V - E + F = 2$.',
     'polyhedron', ['V - E + F = 20 - 30 + 12 = 2']),
    ('正八面体是柏拉图立体：数一数顶点、棱和面，验证欧拉公式 $V - E + F = 2$。',
     'polyhedron', ['V - E + F = 6 - 12 + 8 = 2']),
    ('The sixth roots of unity: the solutions of $z^6 = 1$ are the vertices of a regular hexagon.',
     'roots_of_unity', ['roots = [complex(1, 0), complex(0.5, 0.86603)']),
    ("Euclid's algorithm computes $\\gcd(1071, 462) = 21$ by repeated division.",
     'euclid_algorithm', ['1071 = 2 \\cdot 462 + 147', '\\gcd(1071, 462) = 21']),
    ('The sum of the first $n$ odd numbers is a square: $$1 + 3 + 5 + \\dots + (2n - 1) = n^2$$',
     'figurate_numbers', ['= 5^2 = 25']),
]


@pytest.mark.parametrize("concept, family, needed", DESIGN_ONLY, ids=[f"{i:02d}-{f}" for i, (_, f, _) in enumerate(DESIGN_ONLY)])
def test_more_syllabus_blocks_draw_their_own_numbers(concept, family, needed):
    draft = _draft(concept)
    assert draft.kind == family and draft.reasoning is None, (draft.kind, draft.reasoning)
    assert [s for s in needed if s not in draft.code] == []
    assert 6 <= draft.storyboard[-1].end <= 20


def test_the_cobweb_counts_from_the_authors_first_index():
    """x_1 = 0.5 is the first term: the scene's table and narration must not call it x_0."""
    from mkdocs_manimgen.generate.offline import OfflineGenerator
    from mkdocs_manimgen.model import BlockSpec

    gen = OfflineGenerator()
    one = gen.generate(BlockSpec(page="p.md", line=1, concept=r"Iterate $x_{n+1} = \cos(x_n)$ with $x_1 = 0.5$ on a cobweb diagram."))
    zero = gen.generate(BlockSpec(page="p.md", line=1, concept=r"Cobweb of $x_{n+1} = \cos(x_n)$ with $x_0 = 0.5$."))
    assert one.kind == zero.kind == "cobweb"
    assert "x_{1} = 0.5" in one.code and "enumerate(terms[:8], start=1)" in one.code and "x_{0}" not in one.code
    assert "x_{0} = 0.5" in zero.code and "enumerate(terms[:8])" in zero.code


def test_normal_parameters_are_read_as_written():
    """N(mu, sigma^2) takes the variance second (N(100, 225) has sigma 15); mu/sigma assignments and
    a normal density written out count too; a bell that is not a density (area != 1) does not."""
    from mkdocs_manimgen.generate.offline.distributions import normal_from_block

    cases = {r"Scores are $N(70, 10^2)$.": (70, 10), r"$X \sim \mathcal{N}(100, 225)$": (100, 15),
             r"mean $\mu = 5$ and $\sigma = 2$": (5, 2),
             r"$f(x) = \frac{1}{2\sqrt{2\pi}} e^{-\frac{(x-3)^2}{8}}$": (3, 2),
             r"density $\frac{1}{\sqrt{2\pi}} e^{-x^2/2}$": (0, 1), "the standard normal distribution": (0, 1)}
    for concept, (mu, sigma) in cases.items():
        found = normal_from_block(extract(concept))
        assert found.kind == "normal" and found.params == pytest.approx((mu, sigma)) and found.given, concept
        assert (found.mean, found.sd) == pytest.approx((mu, sigma))
    assert normal_from_block(extract(r"the bell $e^{-x^2}$")) is None
    assert normal_from_block(extract(r"$f(x)=\frac{1}{\sigma\sqrt{2\pi}}e^{-\frac{(x-\mu)^2}{2\sigma^2}}$")) is None
    with pytest.raises(ValueError):
        normal_from_block(extract(r"$N(3, 0)$"))


DENSITIES = [  # (block, strings its scene must contain, strings it must not: the old built-in values)
    (r"The Poisson distribution with $\lambda = 3$: $P(X = k) = \frac{3^k e^{-3}}{k!}$.",
     ["ValueTracker(3)", "math.exp(-v)"], ["ValueTracker(2)"]),
    (r"$X \sim B(20, 0.3)$ counts successes.", ["math.comb(20, k)", "ValueTracker(0.3)"], ["math.comb(10, k)"]),
    (r"正态分布 $N(70, 10^2)$ 的密度曲线。", ["(x - 70)", "ValueTracker(10)"], ["ValueTracker(1)"]),
    (r"Waiting times follow the exponential distribution with $\lambda = 0.5$.", ["ValueTracker(0.5)"], []),
    (r"The uniform distribution on $[2, 6]$.", ["1 / (v - 2)", "ValueTracker(6)"], []),
]


@pytest.mark.parametrize("concept, needed, absent", DENSITIES)
def test_distributions_are_drawn_at_the_authors_parameters(concept, needed, absent):
    draft = _draft(concept)
    assert draft.kind == "probability_density", draft.kind
    assert [s for s in needed if s not in draft.code] == [] and [s for s in absent if s in draft.code] == []
    assert "no parameters" not in draft.storyboard[0].narration


def test_a_named_distribution_without_numbers_says_its_values_are_chosen_and_impossible_ones_are_refused():
    draft = _draft("The binomial distribution.")
    assert "the block gives no parameters, so we show $n = 10, p = 0.5$" in draft.storyboard[0].narration
    assert _draft(r"The binomial distribution with $n = 4$ and $p = 1.5$.").kind != "probability_density"


RULES = [  # (block, the rule's first values as narrated, what the scene draws them with)
    (r"A left Riemann sum with $n = 6$ rectangles approximates $\int_0^2 x^2\,dx$.",
     "$L_{6} = 2.037$.", 'input_sample_type="left"'),  # 55/27; the author's n is the last sum shown
    (r"The trapezoidal rule with $n = 4$ for $\int_1^3 \frac{1}{x}\,dx$.", "$T_{4} = 1.1167$", "Polygon(axes.c2p(u, 0)"),
    (r"Simpson's rule with $n = 4$ for $\int_0^{\pi} \sin x\,dx$.", "$S_{4} = 2.0046$", "np.polyfit([u, m, v]"),
    (r"用中点矩形 $n = 5$ 近似 $\int_0^1 e^x\,dx$。", "$M_{5} = 1.7154$", 'input_sample_type="center"'),
    (r"The right-endpoint approximation of $\int_0^3 (9 - x^2)\,dx$.", "$R_{4} = 14.3438$", 'input_sample_type="right"'),
]


@pytest.mark.parametrize("concept, narrated, drawn", RULES)
def test_integrals_use_the_rule_and_n_the_author_names(concept, narrated, drawn):
    draft = _draft(concept)
    assert draft.kind == "integral"
    assert narrated in " ".join(b.narration for b in draft.storyboard) and drawn in draft.code


def test_integral_notation_keeps_a_sums_parentheses_and_simpson_needs_an_even_n():
    draft = _draft(r"The right-endpoint approximation of $\int_0^3 (9 - x^2)\,dx$.")
    assert r"\int_{0}^{3} \left(9 - x^{2}\right)\,dx" in draft.notes_md
    assert _draft(r"Simpson's rule with $n = 5$ for $\int_0^1 x^3\,dx$.").kind != "integral"


def test_vector_addition_scales_the_plane_to_the_authors_vectors():
    """(2, 1) + (1, 3) reaches y = 4 and (30, 10) + (-10, 20) reaches (20, 30): both used to be refused
    (the plane was fixed at one unit a square); now the plane's unit fits them into the frame."""
    from mkdocs_manimgen.generate.offline.templates.vector_addition import frame

    for concept, k in ((r"Vector addition: $\vec a = (2, 1)$ and $\vec b = (1, 3)$.", "k = 1 "),
                       (r"向量加法：$\vec u = (30, 10)$，$\vec v = (-10, 20)$。", "k = 0.166667 ")):
        draft = _draft(concept)
        assert draft.kind == "vector_addition" and k in draft.code, concept
    for u, v in (((2, 1), (1, 3)), ((30, 10), (-10, 20)), ((-0.5, 0.2), (0.1, 0.3)), ((90, -80), (-5, 100))):
        k, step, start = frame(u, v)
        corners = [(start[0] + x, start[1] + y) for x, y in ((0, 0), u, v, (u[0] + v[0], u[1] + v[1]))]
        assert max(abs(x) * k for x, _ in corners) <= 6.5 and -3.9 <= min(y * k for _, y in corners)
        assert max(y * k for _, y in corners) <= 2.6 and step * k >= 0.45


def test_eulers_method_draws_the_authors_steps_over_the_solution():
    """Forward Euler with the author's h, ten steps shown: y' = x + y, y(0) = 1, h = 0.1 gives the
    textbook 3.1875 at x = 1 against 2e - 2 = 3.4366; y' = y, h = 0.5 gives 1.5^10 = 57.665."""
    draft = _draft(r"用欧拉法求解 $\frac{dy}{dx} = x + y$，$y(0) = 1$，步长 $h = 0.1$。")
    said = " ".join(b.narration for b in draft.storyboard)
    assert draft.kind == "slope_field" and "走 10 步后 $y(1) \\approx 3.1875$" in said and "3.4366" in said
    assert "euler_pts = [(0, 1), (0.1, 1.1), (0.2, 1.22)" in draft.code
    said = " ".join(b.narration for b in _draft(r"Euler's method with $h = 0.5$ for $y' = y$, $y(0) = 1$.").storyboard)
    assert "after 10 steps $y(5) \\approx 57.665$" in said and "148.4132" in said
    assert "(a step we chose)" in " ".join(b.narration for b in _draft(r"Euler's method for $y' = -2y$, $y(0) = 1$.").storyboard)
    # the improved Euler method is its own polygon (Heun's y_1 = 1 + 0.25(1 + 1.5) = 1.625), never forward Euler's 1.5
    assert "euler_pts = [(0, 1), (0.5, 1.625)," in _draft(r"The improved Euler method for $y' = y$, $y(0) = 1$, $h = 0.5$.").code


@pytest.mark.parametrize("concept, false, truth", [
    # the slip: the slope taken at x_0 in every step (y_2 = 1.1 + 0.1(0 + 1.1)); y(0.3) carried on from it
    (r"Use Euler's method with $h = 0.1$ on $y' = x + y$, $y(0) = 1$: $y_1 = 1.1$, $y_2 = 1.21$, so $y(0.3) \approx 1.331$.",
     ["The block's $y_2 = 1.21$ is false", "$y(0.3) \\approx 1.331$ is false"], "= 1.1 + 0.1 \\cdot (1.2) = 1.22"),
    (r"用欧拉法（步长 $h = 0.5$）解 $\dfrac{dy}{dx} = 2x - y$，$y(0) = 1$：$y_1 = 0.5$，$y_{2} = 0.25$。",
     ["$y_{2} = 0.25$ 不成立"], "0.5 + 0.5 \\cdot (0.5) = 0.75"),
])
def test_a_false_euler_step_is_called_false_and_not_drawn(concept, false, truth):
    draft = _draft(concept)
    said = " ".join(b.narration for b in draft.storyboard)
    assert draft.kind == "slope_field" and all(f in said for f in false) and truth in said
    polygon = next(line for line in draft.code.splitlines() if "euler_pts = [" in line)
    assert "1.21" not in polygon and "0.25" not in polygon  # the polygon drawn is the computed one
    assert "(0.1, 1.1), (0.2, 1.22), (0.3, 1.362)]" in polygon or "(0.5, 0.5), (1, 0.75)]" in polygon  # the author's stretch


@pytest.mark.parametrize("concept", [
    r"用欧拉法，步长 $h=0.2$，求 $y'=y-x$，$y(0)=2$ 在 $x=0.4$ 处的近似值：$y_1=2.4$，$y_2=2.84$。",
    # rounded to four places and carried on rounded (0.0309, not the unrounded chain's 0.0308)
    r"Euler's method with $h = 0.1$ for $y' = \sin x + y$, $y(0) = 0$: $y_1 = 0$, $y_2 \approx 0.0100$, $y_3 \approx 0.0309$.",
    # y(0.3) here is the exact value the steps are compared with, not an Euler value
    r"Use Euler's method with $h = 0.1$ for $y' = x + y$, $y(0) = 1$: $y_3 = 1.362$, while the exact value is $y(0.3) \approx 1.3997$.",
])
def test_true_euler_steps_are_not_called_false(concept):
    said = " ".join(b.narration for b in _draft(concept).storyboard)
    assert ("agree" in said or "一致" in said) and not re.search(r"false|不成立", said)


def test_a_false_stated_solution_is_said_beside_a_false_euler_step():
    """Calling the step false silences the closing check: the false exact solution is called in the same beat."""
    said = " ".join(b.narration for b in _draft(
        r"Euler's method, $h = 0.1$, for $y' = x + y$, $y(0) = 1$: $y_1 = 1.1$, $y_2 = 1.21$. The exact solution is $y = e^x - x$.").storyboard)
    assert "$y_2 = 1.21$ is false" in said and "$y = e^x - x$ is false too" in said


def test_values_in_degrees_are_substituted_as_radians():
    """theta = 45 degrees put into tan/cos as 45 (radians) drew a wrong trajectory; an initial angle
    of 60 degrees started a pendulum at 60 rad. Both read as radians now."""
    draft = _draft(r"Projectile motion: $y = x \tan\theta - \frac{g x^2}{2 v^2 \cos^2\theta}$ with $v = 20$ m/s, "
                   r"$\theta = 45^\circ$, $g = 9.8$.")
    assert "return -0.0245*x**2 + 1.0*x" in draft.code and "np.tan(45)" not in draft.code
    draft = _draft(r"A pendulum $\ddot\theta = -9.8\sin\theta$ with $\theta(0) = 60^{\circ}$, $\dot\theta(0) = 0$.")
    assert draft.kind == "phase_portrait" and "axes.c2p(1.047, 0)" in draft.code


def test_equation_slide_keeps_bracketed_sums_whole_and_does_not_solve_a_stated_value():
    from mkdocs_manimgen.generate.offline.latex import terms

    assert terms(r"A = P(1 + r)^n") == ["A ", "= P(1 + r)^n"]  # was 'P(1', '+ r)^n'
    assert terms(r"f(x) = (x+1)^2 - 3") == ["f(x) ", "= (x+1)^2 ", "- 3"]
    said = " ".join(b.narration for b in _draft(r"The Collatz sequence from $n = 27$: $n \to n/2$ if even.").storyboard)
    assert "Put $n = 27$ back in" not in said and "So: $n = 27$" not in said


def test_a_tangent_is_drawn_at_the_authors_point_with_its_slope_and_line():
    """'at x = 1' was ignored (the secant started at x = -1.2)."""
    draft = _draft(r"The tangent line to $f(x) = x^2$ at $x = 1$ is $y = 2x - 1$.")
    said = " ".join(b.narration for b in draft.storyboard)
    assert "x = ValueTracker(1)" in draft.code and "$f'(1) = 2$" in said and "$y = 2 x - 1$" in said
    draft = _draft(r"导数的定义：以 $f(x) = x^3$ 在 $x = 1$ 处为例。")
    assert "$f'(1) = 3$" in " ".join(b.narration for b in draft.storyboard) and "y = 3 x - 2" in draft.storyboard[3].narration
    draft = _draft(r"The derivative of $f(x) = \sin x$ at $x = 5$.")  # near the edge: the second point on the left
    assert "h = ValueTracker(-" in draft.code and r"\cos{\left(5 \right)} \approx 0.2837" in draft.storyboard[3].narration


def test_solids_take_the_authors_dimensions_and_work_out_the_volume():
    draft = _draft(r"The volume of the cone $V = \frac{1}{3}\pi r^2 h$ with $r = 3$, $h = 4$.")
    assert draft.kind == "solid" and "Cone(base_radius=1.6, height=2.133" in draft.code  # 3 : 4
    assert r"= 12 \pi \approx 37.7" in " ".join(b.narration for b in draft.storyboard)
    assert "Cone(base_radius=1.4, height=2.8" in _draft("A cone.").code  # no dimensions: the usual one


def test_signed_area_and_a_named_matrix_in_the_caption():
    said = " ".join(b.narration for b in _draft(r"The integral $\int_{-1}^{1} x^3 \, dx = 0$ because $x^3$ is odd.").storyboard)
    assert "signed area" in said and "the signed area is about $0$" in said
    from types import SimpleNamespace

    from mkdocs_manimgen.generate.offline.templates.explainer import _caption_parts, narration

    shown = r"A = \begin{pmatrix} 2 & 1 \\ 5 & 3 \end{pmatrix}"
    ctx = SimpleNamespace(info=extract(rf"The inverse of ${shown}$ is $\begin{{pmatrix}} 3 & -1 \\ -5 & 2 \end{{pmatrix}}$."),
                          zh=False, L=lambda en, zh: en)
    assert narration(_caption_parts(ctx, [shown])).startswith("The inverse of $A$ is")  # was 'The inverse of  is'
    from mkdocs_manimgen.generate.offline.latex import terms

    assert len(terms(r"R = \begin{pmatrix} \cos t & -\sin t \\ \sin t & \cos t \end{pmatrix}")) == 2  # not split at -\sin


def test_degrees_and_braceless_arguments_are_read_by_the_parser():
    """cos 30^\\circ is cos(pi/6); \\sqrt 3 and \\frac12 are TeX for \\sqrt{3} and \\frac{1}{2}. Before,
    a rotation matrix written in degrees fell to the equation slide, and 'sin 30 degrees = sqrt 3 / 2'
    (false) was narrated as two sides naming the same quantity."""
    from mkdocs_manimgen.generate.offline.symbolic import matrices, number
    from mkdocs_manimgen.generate.offline.templates._last_resort import evaluated

    assert number(r"\cos 30^\circ") == pytest.approx(3 ** 0.5 / 2) and number(r"\tan(45^{\circ})") == pytest.approx(1)
    assert matrices(r"$\begin{pmatrix} \cos 90^\circ & -\sin 90^\circ \\ \sin 90^\circ & \cos 90^\circ \end{pmatrix}$") == \
        [[[pytest.approx(0), -1.0], [1.0, pytest.approx(0)]]]
    assert evaluated(r"\sin 30^\circ = \frac{\sqrt 3}{2}")[2] is False and evaluated(r"\sin 30^\circ = \frac12")[2] is True
    draft = _draft(r"The rotation matrix $R = \begin{pmatrix} \cos 30^\circ & -\sin 30^\circ \\ \sin 30^\circ & \cos 30^\circ \end{pmatrix}$.")
    assert draft.kind == "matrix_transform" and "(0.866, 0.5)" in draft.storyboard[0].narration
    said = " ".join(b.narration for b in _draft(r"Check: $\sin 30^\circ = \frac{\sqrt 3}{2}$.").storyboard)
    assert "this equation is false" in said


def test_newtons_method_on_an_equation_seeks_the_root_of_its_difference():
    """'cos x = x' asks for cos x - x = 0 (root 0.739085); the template took the right side x and
    'found' the root 0."""
    draft = _draft(r"Newton's method for $\cos x = x$ starting at $x_0 = 1$.")
    said = " ".join(b.narration for b in draft.storyboard)
    assert draft.kind == "newton_method" and "x \\approx 0.739085" in said and "x \\approx 0$" not in said
    said = " ".join(b.narration for b in _draft(r"牛顿法求 $e^x = 3$ 的根，$x_0 = 2$。").storyboard)
    assert "1.098612" in said  # ln 3
    said = " ".join(b.narration for b in _draft(r"Newton's method for $x^3 - x - 2 = 0$ from $x_0 = 1.5$.").storyboard)
    assert "$f(x) = x^3 - x - 2$" in said and "1.52138" in said


def test_newtons_method_on_a_general_function_uses_the_authors_value_of_its_parameter():
    """'g(x) = x^2 - b' with 'b = 7' given later is the author's substitution: the block asks Newton's method
    on x^2 - 7 (it got the equation slide, the f-reader wanting no letter but x); a stated iterate is checked."""
    from mkdocs_manimgen.generate.offline.families import registry

    heron = (r"Newton's iteration for $g(x) = x^2 - b$, $b > 0$, is $x_{k+1} = \frac12\left(x_k + \frac{b}{x_k}\right)$. "
             r"With $b = 7$ and $x_0 = 3$ we get $x_1 \approx {x1}$. Draw the tangents.")
    draft = _draft(heron.replace("{x1}", "2.6667"))
    said = " ".join(b.narration for b in draft.storyboard)
    assert draft.kind == "newton_method" and "x^{2} - 7" in said and "2.645751" in said and "false" not in said
    said = " ".join(b.narration for b in _draft(heron.replace("{x1}", "2.5")).storyboard)
    assert "$x_{1} \\approx 2.5$; that is false" in said and "$x_{1} \\approx 2.6667$" in said
    draft = _draft(r"Cube roots by Newton's method: $f(x) = x^3 - c$ gives $x_{n+1} = x_n - \dfrac{x_n^3 - c}{3x_n^2}$; "
                   r"take $c = 10$, $x_0 = 2$.")
    assert draft.kind == "newton_method" and "2.154435" in " ".join(b.narration for b in draft.storyboard)
    said = " ".join(b.narration for b in _draft(r"牛顿迭代：$f(x)=x^2-a$，取 $a=5$，$x_0=2$，$x_1=2.25$，画出切线。").storyboard)
    assert "2.236068" in said and "不成立" not in said
    # a letter left without a value keeps the function general: no root to seek
    assert not registry()["newton_method"].needs(extract(r"Newton's method for $g(x) = x^2 - b$ from $x_0 = 3$."))


def test_a_function_defined_by_cases_is_read_whole_and_drawn_piece_by_piece():
    """'f(x) = x^2 for x < 1 and f(x) = 2 - x for x >= 1' was plotted as x^2 everywhere."""
    from mkdocs_manimgen.generate.offline.symbolic import breakpoints, function_of

    info = extract(r"$f(x) = x^2$ for $x < 1$ and $f(x) = 2 - x$ for $x \ge 1$")
    expr, code, _ = function_of(info.blocks)
    assert code == "np.select([np.less(x, 1),True], [x**2,2 - x], default=np.nan)" and breakpoints(expr) == [1]
    expr, code, _ = function_of(extract(r"$$f(x) = \begin{cases} x + 1 & x < 0 \\ x^2 & 0 \le x < 2 \\ 1 & x \ge 2 \end{cases}$$").blocks)
    assert breakpoints(expr) == [0, 2] and [float(expr.subs("x", v)) for v in (-1, 1, 3)] == [0, 1, 1]
    draft = _draft(r"The step-like function $$f(x) = \begin{cases} x + 1 & x < 0 \\ x^2 & 0 \le x < 2 \\ 1 & x \ge 2 \end{cases}$$ has jumps.")
    assert draft.kind == "function_plot" and draft.code.count("axes.plot(f, x_range=") == 3  # a jump is a gap
    assert _draft(r"分段函数 $f(x) = \begin{cases} -x & x < 0 \\ \sqrt{x} & x \ge 0 \end{cases}$ 的图像。").kind == "function_plot"


def test_the_equation_slide_tells_an_identity_from_a_false_one():
    """'name the same quantity' was said of any equation in letters, a false 'identity' included."""
    from mkdocs_manimgen.generate.offline.templates._last_resort import identity

    assert identity(r"x^2 + 6x + 5 = (x + 3)^2 - 4") == ("identity", "x^{2} + 6 x + 5")
    assert identity(r"x^2 + 6x + 5 = (x + 3)^2 - 5") == ("never", "1")
    assert identity(r"\sin^2 x + \cos^2 x = 1") == ("identity", "1")
    assert identity(r"(a+b)^2 = a^2 + b^2") == ("when", "2 a b")
    assert identity(r"E = mc^2") is None and identity(r"f(x) = x^2") is None and identity(r"x^2 + y^2 = 25") is None
    said = " ".join(b.narration for b in _draft(r"配方：$x^2 + 6x + 5 = (x + 3)^2 - 5$。").storyboard)
    assert "两边永远不相等" in said and "不成立" in said
    said = " ".join(b.narration for b in _draft(r"Completing the square: $x^2 + 6x + 5 = (x + 3)^2 - 4$.").storyboard)
    assert "so this is an identity" in said


def test_the_mean_value_theorem_finds_every_promised_point_and_refuses_a_corner():
    from mkdocs_manimgen.generate.offline.templates.mean_value_theorem import _setting

    _, a, b, slope, cs = _setting(extract(r"$f(x) = x^3 - x$ on $[0, 2]$"))
    assert (a, b, slope) == (0, 2, 3) and cs == [pytest.approx(2 / 3 ** 0.5)]
    assert _setting(extract(r"$f(x) = e^x$ on $[0, 1]$"))[4] == [pytest.approx(0.541325, abs=1e-6)]  # ln(e - 1)
    assert _setting(extract(r"$f(x) = \cos x$ on $[0, 2\pi]$"))[4] == [pytest.approx(3.141593, abs=1e-6)]
    assert _setting(extract(r"$f(x) = x^3$ on $[-2, 2]$"))[4] == [pytest.approx(-2 / 3 ** 0.5), pytest.approx(2 / 3 ** 0.5)]
    assert _setting(extract(r"$f(x) = |x|$ on $[-1, 1]$"))[4] == []  # a corner: no c, not met
    assert _setting(extract(r"$f(x) = \frac{1}{x}$ on $[-1, 1]$")) is None  # a pole: not continuous
    said = " ".join(b.narration for b in _draft(r"Rolle's theorem for $f(x) = x^2 - 4x$ on $[0, 4]$.").storyboard)
    assert "Rolle's theorem" in said and "c = 2" in said
