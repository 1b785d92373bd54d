"""The power_series family and its reader (issue 23): where a series of functions converges, by the ratio test
and each endpoint's own series, and the block's stated radius, interval and sum function checked. Blocks are
our own, of the kinds calculus II courses and 高等数学 exams ask (the thirteenth set's #17, #36, #37 kinds)."""

from __future__ import annotations

import math

import pytest

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.series_readers import read_series_of_functions

from drafts import draft as _draft, said as _said


READ = [  # (block, radius, centre, interval)
    (r"Find the interval of convergence of $\sum_{n=1}^{\infty}\frac{(x+2)^n}{n\,5^n}$.", 5, -2, "[-7, 3)"),
    (r"$\sum_{n=1}^{\infty}\frac{(-1)^n x^n}{n}$ 的收敛域", 1, 0, "(-1, 1]"),
    (r"Radius of convergence of $\sum_{n=0}^{\infty}\frac{x^n}{n!}$.", math.inf, 0, "(-\\infty, \\infty)"),
    (r"收敛域：$\sum_{n=1}^{\infty}\frac{x^{n}}{n^{2}}$", 1, 0, "[-1, 1]"),
    (r"For which $x$ does $\sum_{n=0}^{\infty}\left(\frac{x-1}{2}\right)^{n}$ converge?", 2, 1, "(-1, 3)"),
]


@pytest.mark.parametrize("concept, radius, centre, interval", READ)
def test_the_reader_finds_radius_centre_and_endpoints(concept, radius, centre, interval):
    s = read_series_of_functions(extract(concept))
    assert s is not None and s.radius == pytest.approx(radius) and s.centre == pytest.approx(centre)
    assert s.interval_tex == interval


def test_a_series_of_functions_gets_the_set_where_the_ratio_is_below_one():
    s = read_series_of_functions(extract(r"For which $x$ does $\sum_{n=0}^{\infty}\left(\frac{x}{x+2}\right)^{n}$ converge?"))
    assert s.radius is None and s.lo == pytest.approx(-1) and math.isinf(s.hi)  # |x/(x+2)| < 1 iff x > -1
    assert s.ends == ((-1.0, False),) and str(s.total) == "x/2 + 1"


def test_the_family_draws_the_authors_series_and_its_endpoints():
    draft = _draft(r"求幂级数 $\sum_{n=1}^{\infty}\frac{x^n}{n\cdot 2^n}$ 的收敛域与和函数，并画出部分和。")
    assert draft.kind == "power_series", draft.reasoning
    said = _said(draft)
    assert "R = 2" in said and "[-2, 2)" in said and "\\frac{1}{n}" in said  # x = 2: the harmonic series
    assert "- \\ln{\\left(1 - \\frac{x}{2} \\right)}" in said
    assert "p16 = lambda x:" in draft.code and "band = Line(axes.c2p(-2, 0), axes.c2p(2, 0)" in draft.code


def test_the_authors_point_is_marked_on_the_sum():
    draft = _draft(r"For which $x$ does $\sum_{n=0}^{\infty}\left(\frac{x}{x+1}\right)^{n}$ converge, and when is its sum $4$? "
                   r"It converges for $x > -\tfrac12$ with sum $x + 1$, so $x = 3$.")
    assert draft.kind == "power_series" and "S(3) = 4" in draft.code


def test_a_series_in_z_gets_its_disc_and_a_false_radius_is_called():
    draft = _draft(r"求幂级数 $\sum_{n=0}^{\infty}\frac{z^{2n}}{9^n}$ 的收敛半径：由 $R=\lim\left|\frac{a_n}{a_{n+1}}\right|=9$，"
                   r"级数在 $|z|<9$ 内收敛。在复平面上画出收敛圆。")
    assert draft.kind == "power_series", draft.reasoning
    said = _said(draft)
    assert "|z| < 3" in said and "disc = Circle(radius=3" in draft.code
    assert "$R = 9$" in said and "R = 3" in said.split("$R = 9$")[-1]  # the coda: stated 9, in fact 3


@pytest.mark.parametrize("concept, stated", [
    (r"The power series $\sum_{n=1}^{\infty}\frac{x^n}{n}$ has interval of convergence $(-1,1]$.", "(-1,1]"),  # [-1, 1)
    (r"幂级数 $\sum_{n=0}^{\infty}\frac{x^n}{3^n}$ 的收敛半径为 $R=\frac{1}{3}$。", "R = \\frac{1}{3}"),  # R = 3
    (r"The power series $\sum_{n=0}^{\infty}\frac{x^n}{2^n}$ has sum function $S(x)=\frac{2}{2+x}$.", "\\frac{2}{2+x}"),
])
def test_a_false_statement_about_the_series_is_called(concept, stated):
    draft = _draft(concept)
    said = _said(draft)
    assert draft.kind == "power_series" and ("The block states" in said or "题中写" in said), said
    claims = extract(concept).claims
    assert len(claims) == 1


def test_true_statements_are_not_called():
    concept = (r"The power series $\sum_{n=1}^{\infty}\frac{x^n}{n\,3^n}$ has radius of convergence $R = 3$, interval of "
               r"convergence $[-3, 3)$ and sum $S(x) = -\ln\left(1 - \frac{x}{3}\right)$.")
    assert extract(concept).claims == []
    assert _draft(concept).kind == "power_series"


@pytest.mark.parametrize("concept", [
    r"For which $x$ does $\sum_{n=1}^{\infty}\frac{x^n}{a^n}$ converge?",  # a parameter: no region to draw
    r"The series $\sum_{n=1}^{\infty}\frac{1}{n^2}$ converges to $\frac{\pi^2}{6}$.",  # no variable: a numeric series
    r"Find the radius of convergence of $\sum_{n=0}^{\infty} n!\,x^n$.",  # R = 0: nothing to draw
])
def test_blocks_without_a_region_to_draw_are_not_this_family(concept):
    assert _draft(concept).kind != "power_series"


def test_a_maclaurin_block_without_convergence_words_stays_taylor():
    assert _draft(r"The Maclaurin series of $\sin x$ is $x - \frac{x^3}{6} + \cdots$: show the Taylor polynomials.").kind == "taylor"
