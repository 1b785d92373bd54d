"""Wider coverage of existing offline families (issue 15): the prism-like solids, 2x2 determinants,
the author's distributions for the law of large numbers and the central limit theorem, and
potentials written in x and y.  Fast: design-time geometry and numbers only (the syllabus corpus
renders these families' scenes in the render tier)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.stats as st
import sympy as sp

from mkdocs_manimgen.generate.offline.distributions import Distribution, from_block
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.templates import (_landscape, _prisms, central_limit, determinant_volume,
                                                         matrix_transform, polar_curve, polyhedron)

from drafts import draft as _draft


# -- solids: V, E, F counted on the built mesh, against the textbook counts

EXPECTED = {"prism": lambda n: (2 * n, 3 * n, n + 2), "pyramid": lambda n: (n + 1, 2 * n, n + 1),
            "bipyramid": lambda n: (n + 2, 3 * n, 2 * n), "antiprism": lambda n: (2 * n, 4 * n, 2 * n + 2)}


@pytest.mark.parametrize("kind", _prisms.KINDS)
@pytest.mark.parametrize("n", range(3, _prisms.N_MAX + 1))
def test_prismatoid_meshes_have_the_textbook_counts(kind, n):
    _, _, pts = polyhedron.shape(_prisms.Prismatoid(kind, n))
    faces = polyhedron.faces(pts)
    assert polyhedron.counts(pts, faces) == EXPECTED[kind](n)
    if n >= 5:  # the n-gon faces are the bases
        assert [len(f) for f in faces].count(n) == {"prism": 2, "pyramid": 1, "bipyramid": 0, "antiprism": 2}[kind]


def test_counts_refuses_a_mesh_that_is_not_a_closed_polyhedron():
    pts = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
    with pytest.raises(ValueError):
        polyhedron.counts(pts, [[0, 1, 2], [0, 1, 3], [0, 2, 3]])  # a tetrahedron missing a face


@pytest.mark.parametrize("prose, found", [
    ("A hexagonal prism.", ("prism", 6)), ("a square pyramid", ("pyramid", 4)), ("the 7-gonal antiprism", ("antiprism", 7)),
    ("Pentagonal dipyramids", ("bipyramid", 5)), ("正五棱柱的顶点", ("prism", 5)), ("四棱锥", ("pyramid", 4)),
    ("正三角双锥", ("bipyramid", 3)), ("五角反棱柱", ("antiprism", 5)), ("An $n$-gonal prism with $n = 9$", ("prism", 9)),
    ("A 40-gonal prism", None), ("The pyramid of Giza", None),
])
def test_prism_names_and_their_n_are_read_from_the_prose(prose, found):
    solid = _prisms.named(extract(prose))
    assert (solid and (solid.kind, solid.n)) == found


def test_a_pyramid_volume_formula_is_not_drawn_as_a_count():
    assert _draft(r"The volume of a square pyramid is $V = \frac{1}{3}Bh$.").kind != "polyhedron"
    draft = _draft("A square pyramid: what is $V - E + F$?")
    assert draft.kind == "polyhedron" and "V - E + F = 5 - 8 + 5 = 2" in draft.code
    assert "pentagonal pyramid" in draft.notes_md and "$V = 6$, $E = 10$, $F = 6$" in draft.notes_md  # the check asks about n + 1


def test_eulers_formula_with_a_solid_is_the_polyhedron_formula():
    assert _draft("Euler's formula for a triangular prism: count vertices, edges and faces.").kind == "polyhedron"
    assert _draft("Euler's formula links the exponential and the trigonometric functions.").kind == "euler_formula"


# -- 2x2 determinants


@pytest.mark.parametrize("M, sign", [([[2, 1], [1, 3]], 1), ([[1, 2], [3, 1]], -1), ([[0, 1], [1, 0]], -1), ([[-1, 0], [0, -1]], 1)])
def test_the_turn_from_i_to_j_has_the_sign_of_the_determinant(M, sign):
    _, delta = matrix_transform.turn(M)
    assert math.copysign(1, delta) == sign and 0 < abs(delta) < math.pi + 1e-9


def test_a_singular_determinant_is_shown_collapsing():
    draft = _draft(r"二阶行列式 $\begin{vmatrix} 2 & 1 \\ 4 & 2 \end{vmatrix} = 0$ 的几何意义")
    assert draft.kind == "matrix_transform" and r"\det A = 0" in draft.code
    assert "压扁成一条线段" in draft.notes_md and "turned" not in draft.code  # no orientation for a segment
    flipped = _draft(r"The determinant of $A = \begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}$ is negative.")
    assert "The Determinant as an Area" in flipped.code and "orientation is flipped" in flipped.notes_md


# -- 3x3 determinants: a singular matrix flattens the cube


def test_a_rank_2_matrix_flattens_the_cube_into_a_plane_seen_edge_on():
    draft = _draft(r"The determinant of $\begin{pmatrix} 2 & 0 & 2 \\ 1 & 1 & 2 \\ 0 & 3 & 3 \end{pmatrix}$ is 0.")
    assert draft.kind == "determinant_volume" and r"\det A = 0" in draft.code
    assert "the third column is $(2, 2, 3) = (2, 1, 0) + (0, 1, 3)$" in draft.notes_md  # exact, from the null space
    assert "The volume is 0: the image is flat." in draft.notes_md and "$\\mathbf x = (1, 1, -1)$" in draft.notes_md
    # the last view looks along the image plane (normal (2, 1, 0) x (0, 1, 3) = (3, -6, 2))
    phi, theta = determinant_volume.edge_on(np.array([3.0, -6.0, 2.0]) / 7)
    assert f"self.move_camera(phi={phi} * DEGREES, theta={theta} * DEGREES" in draft.code
    p, t = math.radians(phi), math.radians(theta)
    assert abs(np.dot([math.sin(p) * math.cos(t), math.sin(p) * math.sin(t), math.cos(p)], [3 / 7, -6 / 7, 2 / 7])) < 0.02
    zh = _draft(r"三阶行列式 $\begin{vmatrix} 1 & 2 & 3 \\ 4 & 5 & 6 \\ 7 & 8 & 9 \end{vmatrix} = 0$ 的几何意义")
    assert zh.kind == "determinant_volume" and "第三列 $(3, 6, 9) = 2(2, 5, 8) - (1, 4, 7)$" in zh.notes_md
    assert "体积为 0：像是扁平的" in zh.notes_md and "zoom=0.8, added_anims=" in zh.code  # the big image: the camera pulls back


def test_a_rank_1_matrix_collapses_the_cube_onto_a_line():
    draft = _draft(r"The determinant of $\begin{bmatrix} 1 & 2 & 3 \\ 2 & 4 & 6 \\ 1 & 2 & 3 \end{bmatrix}$ vanishes.")
    assert draft.kind == "determinant_volume" and r"\det A = 0" in draft.code
    assert "all three are multiples of $(1, 2, 1)$" in draft.notes_md and "the image is a line segment" in draft.notes_md
    assert "a whole plane of them, spanned by $(2, -1, 0)$ and $(3, 0, -1)$" in draft.notes_md
    zh = _draft(r"$\begin{vmatrix} 1 & -1 & 0 \\ -2 & 2 & 0 \\ 3 & -3 & 0 \end{vmatrix} = 0$：行列式为零")
    assert zh.kind == "determinant_volume" and "三列都是 $(1, -2, 3)$ 的倍数" in zh.notes_md and "像只是一条线段" in zh.notes_md


def test_a_determinant_stated_differently_from_its_value_is_not_drawn():
    assert determinant_volume.stated(r"$\begin{vmatrix} 1 & 0 & 0 \\ 0 & 1 & 0 \\ 0 & 0 & 1 \end{vmatrix} = 1$.") == 1
    assert determinant_volume.stated(r"$\det A = -2.5$") == sp.Rational(-5, 2)
    assert determinant_volume.stated(r"$$A = \begin{pmatrix} 1 \end{pmatrix}$$ is the volume") is None
    wrong = _draft(r"The determinant of $\begin{pmatrix} 1 & 2 & 3 \\ 4 & 5 & 6 \\ 7 & 8 & 9 \end{pmatrix}$ is 3.")
    assert wrong.kind != "determinant_volume"  # the cube would show 0 while the author says 3
    zero = _draft(r"The determinant of $\begin{pmatrix} 0 & 0 & 0 \\ 0 & 0 & 0 \\ 0 & 0 & 0 \end{pmatrix}$ is 0.")
    assert zero.kind != "determinant_volume"  # a point: nothing to draw


# -- distributions: the closed-form moments against scipy.stats, and seeded draws


MOMENTS = [
    (Distribution("coin", (0.3,)), st.bernoulli(0.3)),
    (Distribution("binomial", (10.0, 0.3)), st.binom(10, 0.3)),
    (Distribution("uniform", (2.0, 6.0)), st.uniform(2, 4)),
    (Distribution("exponential", (2.0,)), st.expon(scale=0.5)),
    (Distribution("poisson", (4.0,)), st.poisson(4)),
    (Distribution("die", (1 / 6,) * 6), st.randint(1, 7)),
    (Distribution("die", (0.1,) * 5 + (0.5,)), st.rv_discrete(values=(range(1, 7), (0.1,) * 5 + (0.5,)))),
]


@pytest.mark.parametrize("dist, ref", MOMENTS, ids=[d.kind for d, _ in MOMENTS])
def test_distribution_moments_match_scipy_and_the_draws(dist, ref):
    mean, var = (float(v) for v in ref.stats(moments="mv"))
    assert dist.mean == pytest.approx(mean) and dist.variance == pytest.approx(var)
    draws = dist.sample(np.random.default_rng(7), 200_000)
    assert draws.mean() == pytest.approx(mean, abs=5 * dist.sd / math.sqrt(200_000))
    assert np.array_equal(draws, dist.sample(np.random.default_rng(7), 200_000))  # seeded: the same bytes


@pytest.mark.parametrize("concept, sample_size, kind, params", [
    (r"Binomial $X \sim B(10, 0.3)$", True, "binomial", (10, 0.3)),
    (r"binomial with $n = 12$ and $p = 0.25$", False, "binomial", (12, 0.25)),
    (r"Poisson counts, $\lambda = 3$", True, "poisson", (3,)),
    (r"$X \sim \mathrm{Exp}(2)$", True, "exponential", (2,)),
    (r"uniform on $[2, 5]$", True, "uniform", (2, 5)),
    (r"a coin with $p = 0.7$", True, "coin", (0.7,)),
    (r"a loaded die, $P(6) = \frac{1}{2}$", True, "die", (0.1, 0.1, 0.1, 0.1, 0.1, 0.5)),
    ("均匀骰子", True, "die", (1 / 6,) * 6),
    (r"泊松分布 $\lambda = 4$", True, "poisson", (4,)),
])
def test_distributions_are_read_with_the_authors_numbers(concept, sample_size, kind, params):
    dist = from_block(extract(concept), n_is_sample_size=sample_size)
    assert dist.kind == kind and dist.params == pytest.approx(params)


def test_impossible_parameters_are_refused_not_replaced():
    with pytest.raises(ValueError):
        from_block(extract(r"a loaded die with $P(6) = 0.9$ and $P(5) = 0.3$"), True)
    assert _draft(r"Law of large numbers for a loaded die: $P(6) = 0.9$, $P(5) = 0.3$, $\bar X_n \to \mu$").kind != "law_of_large_numbers"


def test_the_clt_bell_uses_the_authors_mean_and_sigma_over_root_n():
    draft = _draft(r"Central limit theorem: means of $n = 25$ Poisson counts with $\lambda = 9$.")
    assert draft.kind == "central_limit"
    assert "np.exp(-((x - 9) ** 2) / (2 * 0.6 ** 2))" in draft.code  # sigma / sqrt(n) = 3 / 5


# -- central limit: "why does the sum of many dice look like a bell curve?" gets the sum of n dice, exactly

BELL_SUMS = [
    (r"Why does the sum of many dice look like a bell curve?", "die", (1, 2, 3, 4, 5, 6)),
    (r"为什么很多骰子点数之和的分布像钟形曲线？", "die", (1, 2, 3, 4, 5, 6)),
    (r"Roll 10 dice and add them up: why is the total bell-shaped?", "die", (1, 2, 3, 4, 5, 6, 10)),
    (r"The sum of many uniform random numbers has a bell-shaped distribution. Why?", "uniform", (1, 2, 3, 4, 5, 6)),
    (r"掷很多枚硬币，正面次数的分布为什么是钟形？", "coin", (1, 2, 4, 8, 16, 32)),
]


@pytest.mark.parametrize("concept, kind, sizes", BELL_SUMS)
def test_the_sum_of_many_draws_is_drawn_as_its_exact_distribution(concept, kind, sizes):
    src = central_limit.needs(extract(concept))
    assert src is not None and src.dist.kind == kind and src.sums == sizes
    draft = _draft(concept)
    assert draft.kind == "central_limit"
    assert "def normal(n):" in draft.code and f"Transform(bars, histogram({sizes[-1]}))" in draft.code
    said = " ".join(b.narration for b in draft.storyboard)
    assert "exact distribution of the sum" in said or "和的精确分布" in said
    assert said.startswith(("For instance", "例如")) == ("10 dice" not in concept)  # our n, said to be an example


def test_the_sum_bars_are_the_convolved_and_irwin_hall_probabilities():
    dice = central_limit.sum_histograms(central_limit.Source(Distribution("die", (1 / 6,) * 6), 3, False, (1, 2, 3)))
    assert dice[1].left == 1.5 and dice[1].heights == pytest.approx([k / 36 for k in (1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1)])
    assert dice[2].heights[7] == pytest.approx(27 / 216)  # a total of 10 with three dice: 27 ways
    coins = central_limit.sum_histograms(central_limit.Source(Distribution("coin", (0.3,)), 8, False, (8,)))
    assert coins[0].heights == pytest.approx(st.binom.pmf(range(9), 8, 0.3))
    uniform = central_limit.sum_histograms(central_limit.Source(Distribution("uniform", (2.0, 4.0)), 2, False, (1, 2)))
    width = 2 / central_limit.UNIFORM_BARS  # the sum of two U(2, 4): a triangle on [4, 8], each bar its exact mass / width
    assert uniform[1].left == 4 and uniform[1].width == pytest.approx(width)
    assert sum(uniform[1].heights) * width == pytest.approx(1) and uniform[1].heights[0] == pytest.approx(0.1 / 2)


def test_a_probability_to_estimate_or_a_long_run_average_is_not_the_bell_why():
    assert _draft(r"A fair die is rolled 100 times. Using the normal approximation, estimate the probability that the sum "
                  r"of the 100 rolls exceeds 380.").kind != "central_limit"
    assert _draft(r"The average of many dice rolls approaches 3.5.").kind == "law_of_large_numbers"
    src = central_limit.needs(extract(r"The central limit theorem: the mean of $n = 30$ rolls of a die is approximately normal."))
    assert src.sums == () and src.n == 30  # an average keeps the sample means

# -- polar curves: the PolarPlane is the size asked for (no circle past radius_max)


@pytest.mark.parametrize("rmax", [1e-4, 0.07, 0.3, 0.6, 0.95, 1.0, 1.1, 1.5, 2.0, 3.0, 3.3, 7.0, 17.3, 1234.5])
def test_the_polar_grid_has_no_circle_beyond_radius_max(rmax):
    from manim import PolarPlane

    radius, step = polar_curve.grid(rmax)
    assert rmax < radius <= 1.05 * rmax + step + 1e-9  # the curve fits, with at most one ring to spare
    plane = PolarPlane(radius_max=radius, radius_step=step, size=5.6)
    assert plane.height == pytest.approx(5.6) and plane.width == pytest.approx(5.6)
    assert 2 <= len(plane.background_lines) - len(plane.get_axes()) and radius / step <= 5


def test_the_old_polar_grid_was_twice_its_size():
    """What the grid rule fixes: radius_max 1.1 with the default step drew a circle of radius 2."""
    from manim import PolarPlane

    assert PolarPlane(radius_max=1.1, size=5.2).height > 9


# -- central limit: a counting distribution's sample means fall on the lattice k/n; the bars follow it


@pytest.mark.parametrize("dist, ref", [m for m in MOMENTS if m[0].lattice], ids=[d.kind for d, _ in MOMENTS if d.lattice])
@pytest.mark.parametrize("n", [2, 3, 12, 30, 36])
def test_clt_bars_hold_whole_numbers_of_attainable_means(dist, ref, n):
    src = central_limit.Source(dist, n, False)
    hists = central_limit.histograms(src, 11)
    assert [h.n for h in hists] == sorted({1, 2, min(5, n), n})
    lo, hi = dist.span
    inside = ref.cdf(hi) - ref.cdf(lo - 1)  # the share of single draws in the span
    for h in hists:
        per_bar = h.width * h.n  # attainable means (steps of 1/n) in one bar: a whole number, the same for all
        assert per_bar == pytest.approx(round(per_bar)) and round(per_bar) >= 1
        offsets = h.edges * h.n - np.floor(h.edges * h.n)  # every edge half-way between two attainable means
        assert offsets == pytest.approx(np.full(len(offsets), 0.5), abs=1e-6)
        assert h.edges[0] >= lo - 0.5 - 1e-9 and h.edges[-1] <= hi + 0.5 + 1e-9
        shares = np.asarray(h.heights) * h.width  # density bars: their areas are the shares of the 800 means
        assert 1 + 1e-9 >= shares.sum() >= (inside - 0.02 if h.n == 1 else 0.97)
    single = hists[0]  # n = 1: one bar per value, the distribution itself (800 draws: within sampling error)
    assert single.width == 1 and single.edges[0] == lo - 0.5 and len(single.heights) == hi - lo + 1
    assert single.heights == pytest.approx(ref.pmf(np.arange(lo, hi + 1)), abs=0.06)


def test_clt_continuous_bars_keep_one_width():
    src = central_limit.Source(Distribution("uniform", (2.0, 6.0)), 20, False)
    hists = central_limit.histograms(src, 11)
    bars = central_limit.bins(src)
    assert {(h.left, h.width, len(h.heights)) for h in hists} == {(2.0, 4 / bars, bars)}
    assert central_limit.x_axis(src) == (2.0, 6.0, 0.8, None)


def test_clt_scene_says_n_1_is_the_distribution_itself_and_small_n_fits_roughly():
    draft = _draft(r"Central limit theorem: the mean of $n = 3$ rolls of a die.")
    assert "width = {1: 1, 2: 0.5, 3: 0.333333}" in draft.code and "left = {1: 0.5, 2: 0.75, 3: 0.833333}" in draft.code
    assert "one draw: the distribution itself" in draft.code
    assert "the bars show a fair die itself, one bar for each value a draw takes" in draft.notes_md
    assert "follows the bars only roughly: at $n = 3$ the mean takes few values (steps of $1/3$)" in draft.notes_md
    assert "only roughly" not in _draft(r"Central limit theorem: the mean of $n = 12$ rolls of a die.").notes_md
    assert '"numbers_to_include": [1, 2, 3, 4, 5, 6]' in draft.code and "x_range=[0, 7, 1]" in draft.code


# -- potentials V(x, y)


def test_critical_points_are_classified_by_the_second_derivative_test():
    x, y = sp.symbols("x y")
    kinds = [(c.x, c.y, c.kind) for c in _landscape.critical_points((x**2 - 1)**2 + y**2 / 2)]
    assert kinds == [(-1.0, 0.0, "minimum"), (1.0, 0.0, "minimum"), (0.0, 0.0, "saddle")]
    assert [(c.x, c.y, c.kind) for c in _landscape.critical_points(-(x**2) - y**2)] == [(0.0, 0.0, "maximum")]
    assert _landscape.critical_points(sp.exp(-x**2 - y**2)) is None  # not a polynomial: not claimed
    assert _landscape.radial((x**2 + y**2 - 1)**2) and not _landscape.radial(x**2 - y**2)


def test_a_planar_potential_is_drawn_from_its_own_formula_not_a_profile():
    draft = _draft(r"Saddle point of the potential $V(x, y) = x^2 - 3y^2$.")
    assert draft.kind == "potential_surface" and "x**2 - 3*y**2" in draft.code and "def V(x, y):" in draft.code
    assert "saddle" in draft.notes_md and "Is that equilibrium stable?" in draft.notes_md
    radial = _draft(r"The Mexican hat $V(r) = r^4 - 2r^2$.")
    assert "def V(r):" in radial.code  # the radial path is unchanged


def test_the_critical_points_have_a_legend_in_the_blocks_language_and_the_notes_name_their_kinds():
    well = _draft(r"A double well $V(x, y) = (x^2 - 1)^2 + y^2$.")
    assert "Text('minimum', font_size=24)" in well.code and "Text('saddle', font_size=24)" in well.code
    assert "'maximum'" not in well.code  # only the kinds shown
    assert "minima (green discs) at $(-1, 0)$ and $(1, 0)$; a saddle (yellow diamond) at $(0, 0)$" in well.notes_md
    hill = _draft(r"势能 $V(x, y) = -(x^2 + y^2) + x^4 + y^4$ 的临界点")
    for word in ("极小值点", "极大值点", "鞍点"):
        assert f"Text('{word}', font=" in hill.code
    assert "极大值点（粉色三角形）$(0, 0)$" in hill.notes_md and "鞍点（黄色菱形）" in hill.notes_md
