"""The kinds the eleventh unseen set showed wrong (issue 23), each written as our own blocks: a balance of two
expressions swept as a function (``mgh = ½mv²`` against v), a coordinate "= const" swept, a sweep from example values
where the block fixes the letters another way (``F_0/m = 19``, or the formula written again with numbers), a plot
labelled with a formula that is not the one drawn, the eigenvector matrix P drawn as A, the gradient's example for a
question about where it vanishes, and a binomial titled as the normal.
"""

from __future__ import annotations

import re

import pytest

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.params import read_param_family


@pytest.mark.parametrize("concept", [
    # a balance of two expressions: neither side is a quantity to plot against the other's letter
    r"A cart rolls down a smooth ramp, so $mgh=\frac12 mv^2$ and the speed at the bottom grows with the height.",
    r"在磁场中 $qvB=\dfrac{mv^2}{r}$，速度越大半径越大。",
    # a coordinate held constant is a surface, not a formula
    r"In spherical coordinates the surface $\varphi=\text{const}$ is a cone; show it for $\varphi = \pi/6$.",
    # the block fixes a combination of the letters a sweep would choose
    r"A forced oscillator has $x_p=\frac{F_0}{m(\omega_0^2-\omega^2)}\cos\omega t$ with $\omega_0=4$, $\omega=3$ and "
    r"$F_0/m=14$. Show the response.",
    # the general solution written again with the block's numbers: the instance, not an example of ours
    r"All solutions of $4x+6y=10$ are $x=x_0+\frac{b}{d}t$; here $x=1+3t$. Show them.",
])
def test_a_formula_the_block_fixes_or_balances_is_not_swept(concept):
    assert read_param_family(extract(concept)) is None
    assert _draft(concept).kind != "parameter_sweep"


@pytest.mark.parametrize("concept", [
    r"The kinetic energy $KE=\frac12 mv^2$ grows with the square of the speed; show it for several masses $m$.",
    r"The charge on a capacitor is $u_C(t)=E\,e^{-t/(RC)}$; show how a larger $R$ slows the discharge.",
])
def test_a_named_quantity_is_still_swept(concept):
    assert read_param_family(extract(concept)) is not None


def test_the_plot_is_labelled_with_the_function_it_draws():
    # the block's main formula (a chord length) is not the line drawn; the label must be the line's
    c = (r"过抛物线 $y^2=4x$ 的焦点 $F(1,0)$ 作倾斜角为 $45^\circ$ 的直线 $y=x-1$，弦长 $|AB|=x_1+x_2+2=8$。"
         r"请画出这条直线的图像。")
    d = _draft(c)
    assert d.kind == "function_plot"
    shown = re.search(r"formula = MathTex\((.*?), font", d.code).group(1)
    assert "x-1" in shown.replace(" ", "") and "|AB|" not in shown
    assert 'MathTex("y ="' in d.code  # the readout names it as the label does


def test_a_lettered_matrix_gets_the_blocks_values_not_the_eigenvector_matrix():
    c = (r"Let $A=\begin{pmatrix}a&b\\b&a\end{pmatrix}$ with eigenvectors $(1,1)$ and $(1,-1)$, so "
         r"$P=\begin{pmatrix}1&1\\1&-1\end{pmatrix}$ diagonalises it. Take $a=2$, $b=1$ and show the eigenvectors of $A$.")
    d = _draft(c)
    assert d.kind == "eigen"
    assert "matrix = np.array([[2, 1], [1, 2]])" in d.code
    # letters without values: no numeric matrix stands in for A
    assert _draft(c.replace(r" Take $a=2$, $b=1$ and show", " Show")).kind != "eigen"


@pytest.mark.parametrize("concept", [
    "Why can a point where the gradient is zero be a saddle rather than a peak?",
    "梯度为零的点一定是极值点吗？画给我看。",
])
def test_the_gradient_example_is_not_drawn_for_where_the_gradient_vanishes(concept):
    assert _draft(concept).kind != "gradient"


def test_a_binomial_is_titled_binomial():
    d = _draft(r"Draw $X\sim \mathrm{B}(12, 0.25)$ as a bar chart and slide $p$.")
    assert d.kind == "probability_density"
    assert "The Binomial Distribution" in d.code and "The Normal Distribution" not in d.code


# -- the walkthrough's plot ------------------------------------------------------------------------------------

from mkdocs_manimgen.generate.offline.templates._last_resort import plottable  # noqa: E402
from drafts import draft as _draft


@pytest.mark.parametrize("concept", [
    # e is the block's letter (edges), not Euler's number: f = 2 - v + e is no curve in v
    r"A connected planar graph with $v$ vertices and $e$ edges has $f=2-v+e$ faces; check it on a cube.",
    # the s-domain of a Laplace transform is not the motion asked about
    r"Taking Laplace transforms of $y'+y=1$, $y(0)=0$: $Y=\frac{1}{s(s+1)}$, so $y=1-e^{-t}$... show $y$.",
    # a letter given several values (three bodies compared, or special cases): no single curve is the block's
    r"Rolling bodies: $a=\frac{g\sin\theta}{1+k}$ with $k=1$ (ring), $k=\frac12$ (disc) and $k=\frac25$ (sphere).",
    r"The family $f_c(x)=\frac{x-c}{x^2-1}$ degenerates at $c=1$ and at $c=-1$.",
])
def test_the_walkthrough_plots_no_curve_the_block_does_not_give(concept):
    found = plottable(extract(concept))
    assert found is None or found.lhs not in ("f", "Y", "a", "f_c(x)"), found


def test_an_incline_angle_runs_from_level_to_vertical():
    found = plottable(extract(r"A block slides down a smooth incline at angle $\theta$: $a = g\sin\theta$."))
    assert found is not None and found.window == (0.0, pytest.approx(1.5707963, rel=1e-6))
