"""Kinds the sixth held-out set showed, written as our own blocks (issue 23): a bound on a parameter is
no contrast of its sign and the sweep keeps it; a law stated with f^{(n+1)} and \\qquad is a law; a bare
$x$ in the prose is no function; a letter inside a sum is given no value; an Euler's-method block goes to the
family that draws Euler's polygon; a start vector written with thin spaces is read; a function given on an
interval is drawn there; a false eigenvalue is said to be false.
"""

from __future__ import annotations

import re

import pytest

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.odes import _given_in
from mkdocs_manimgen.generate.offline.params import read_param_family
from mkdocs_manimgen.generate.offline.symbolic import function_of
from mkdocs_manimgen.generate.offline.templates.common import given_values

from drafts import draft as _draft, said as _said


@pytest.mark.parametrize("concept", [
    r"A damped signal $x(t) = A e^{-bt}$ with $A > 0$ and $b > 0$.",
    r"某细菌数量 $N(t) = N_0 e^{rt}$，其中 $r > 0$，$N_0 > 0$。",
])
def test_a_one_sided_bound_is_kept_not_contrasted(concept):
    fam = read_param_family(extract(concept))
    assert fam is not None and all(v > 0 for s in fam.sliders for v in s.stops), [s.stops for s in fam.sliders]


def test_the_starts_and_stops_obey_the_bounds_the_block_writes():
    fam = read_param_family(extract(
        r"Logistic growth $N(t) = \frac{M}{1 + \frac{M - N_0}{N_0} e^{-kt}}$ with $k > 0$; for $0 < N_0 < M$ the curve is an S."))
    start = fam.values()
    start.update(fam.fixed)
    assert 0 < start["N_{0}"] < start["M"], start  # not the flat N_0 = M = 1
    for s in fam.sliders:
        for v in s.stops:
            point = {**start, s.name: v}
            assert point["k"] > 0 and 0 < point["N_{0}"] < point["M"], (s.name, v)


def test_a_law_written_with_derivative_orders_and_quads_gets_the_declared_example():
    d = _draft(r"Taylor's formula with the Lagrange remainder: if $f$ is smooth near $a$ and $x$, then "
               r"$$f(x) = \sum_{k=0}^{n} \frac{f^{(k)}(a)}{k!}(x - a)^k + R_n(x), \qquad R_n(x) = \frac{f^{(n+1)}(\xi)}{(n+1)!}(x - a)^{n+1}.$$")
    assert d.kind == "taylor" and "For instance" in _said(d) and r"\sin x" in _said(d)


@pytest.mark.parametrize("blocks", [["x"], ["f", "x", "a"]])
def test_a_bare_variable_in_the_prose_is_no_function(blocks):
    assert function_of(blocks) is None


def test_y_equals_x_is_still_a_function():
    assert function_of(["y = x"]) is not None


@pytest.mark.parametrize("text, name", [("x+y=4", "y"), ("x + 3y = 6", "y"), (r"2 \cdot y = 6", "y"), ("a - b = 1", "b")])
def test_a_letter_inside_a_sum_or_product_is_given_no_value(text, name):
    assert _given_in(text, name) is None
    assert name not in given_values(extract(f"${text}$"), (name,))


def test_a_letter_on_its_own_left_side_keeps_its_value():
    assert _given_in(r"x - y = 1, \quad y = 2", "y") == 2.0
    assert given_values(extract(r"$a = 3$, $x + y = 4$"), ("a", "y")) == {"a": 3.0}


def test_the_walkthrough_plots_no_objective_at_a_value_read_from_a_constraint():
    d = _draft(r"Maximise $P = 5x + 4y$ subject to $x + y \le 6$, $2x + y \le 8$, $x \ge 0$, $y \ge 0$. "
               r"The corners are $(0,0)$, $(4,0)$, $(2,4)$ and $(0,6)$; on the edge $x + y = 6$ the profit is largest at $(2, 4)$.")
    assert "def _f(x)" not in d.code


def test_an_eulers_method_block_gets_eulers_polygon():
    d = _draft(r"Use Euler's method with $h = 0.25$ for $y' = 2y - t$, $y(0) = 1$, on $[0, 1]$, and compare with the "
               r"exact solution $y = \frac{3}{4}e^{2t} + \frac{t}{2} + \frac{1}{4}$.")
    assert d.kind == "slope_field" and "after 4 steps" in _said(d) and "y(1)" in _said(d)


def test_a_start_vector_written_with_thin_spaces_is_the_chains_start():
    d = _draft(r"Each month $30\%$ of A's customers switch to B and $20\%$ of B's switch to A: "
               r"$$P = \begin{pmatrix}0.7 & 0.2\\ 0.3 & 0.8\end{pmatrix}.$$ Start from $(0.5,\,0.5)^{T}$ and find the steady state.")
    assert d.kind == "markov_chain" and "start from $(0.5, 0.5)$" in _said(d) and "we chose" not in _said(d)


def test_a_chain_without_a_start_says_the_start_is_ours_not_the_matrix():
    d = _draft(r"A weather chain: $$P = \begin{pmatrix}0.9 & 0.5\\ 0.1 & 0.5\end{pmatrix}.$$ Find its stationary distribution.")
    assert d.kind == "markov_chain" and "(a start we chose)" in _said(d) and not _said(d).startswith("For instance")


def test_a_function_given_on_an_interval_is_drawn_on_it():
    d = _draft(r"Sketch $f(x) = |x - 1|$ on $[-2, 3]$.")
    assert d.kind == "function_plot" and "Axes from $x=-2$ to $x=3$, the interval the block gives" in _said(d)


@pytest.mark.parametrize("concept, wrong", [
    (r"The matrix $A = \begin{pmatrix}4 & 2\\ 1 & 3\end{pmatrix}$ has eigenvalues $\lambda_1 = 5$ and $\lambda_2 = 3$.", "3"),
    (r"矩阵 $A = \begin{pmatrix}2 & 3\\ 3 & 2\end{pmatrix}$ 的特征值为 $5$ 和 $1$。", "1"),
])
def test_a_false_eigenvalue_is_said_to_be_false(concept, wrong):
    d = _draft(concept)
    assert d.kind == "eigen" and f"\\lambda = {wrong}" in _said(d)
    assert re.search(r"claim = MathTex", d.code)


def test_true_eigenvalues_get_no_correction():
    d = _draft(r"The matrix $A = \begin{pmatrix}4 & 2\\ 1 & 3\end{pmatrix}$ has eigenvalues $5$ and $2$.")
    assert d.kind == "eigen" and "claim = MathTex" not in d.code


def test_a_power_series_question_is_no_integral_of_its_sum():
    d = _draft(r"求幂级数 $\sum_{n=1}^{\infty}\frac{x^n}{n\cdot 2^n}$ 的收敛域与和函数。逐项求导得 $S'(x) = \frac{1}{2-x}$，"
               r"故 $S(x) = -\ln\left(1 - \frac{x}{2}\right)$，$x \in [-2, 2)$。")
    assert d.kind not in ("integral", "function_plot", "area_between"), d.kind


@pytest.mark.parametrize("text, span", [(r"$x \in [-3, 3)$", (-3.0, 3.0)), (r"on $(1, 4]$", (1.0, 4.0)), (r"the point $(1, 2)$", None)])
def test_a_half_open_interval_is_an_interval_and_a_point_is_not(text, span):
    from mkdocs_manimgen.generate.offline.given import interval

    assert interval(extract(text)) == span
