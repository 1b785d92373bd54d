"""The author's numbers read by the offline data families (given.py) and the facts they compute (issue 15).

Fast: no rendering. The syllabus corpus (test_syllabus.py) checks each family's choice and scene code.
"""

from __future__ import annotations

import math

import pytest

from mkdocs_manimgen.generate.offline.designer import generate_draft
from mkdocs_manimgen.generate.offline.given import (interval, number_list, points, probabilities, seed, vector_names,
                                                    vectors)
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.templates import bayes, euclid_algorithm, polyhedron, roots_of_unity
from mkdocs_manimgen.model import BlockSpec


def _draft(concept: str):
    return generate_draft(BlockSpec(page="t.md", line=1, concept=concept))


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
