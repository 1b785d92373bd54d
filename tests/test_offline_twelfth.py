"""The kinds the twelfth unseen set showed wrong (issue 23), each written as our own blocks: a rotation about a point
other than 0 drawn as a product, an ODE system read as one equation with the other unknown held at 1, a temperature
in °C read as an angle, a value written with a logarithm read as its first factor, sweeps of letters the block
determines (an equation it solves for k, a change of variables, the mean-value point c of a remainder), walkthrough
plots of a complex number, of a value in constants and over a negative half-line the block excludes, and a line the
block names as a boundary plotted as "the graph of a function".
"""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.odes import _given_in, ode_system
from mkdocs_manimgen.generate.offline.params import read_param_family
from mkdocs_manimgen.generate.offline.templates._last_resort import plottable

from drafts import draft as _draft


@pytest.mark.parametrize("concept", [
    r"正方形的两个顶点为 $z_1=2$，$z_2=4+\mathrm{i}$。把 $z_2-z_1$ 绕 $z_1$ 旋转 $\frac{\pi}{2}$，即乘以 $\mathrm{i}$，求第三个顶点。",
    r"Rotate the point $w=3+i$ about $z_0=1$ through $90^\circ$: $w'=z_0+i(w-z_0)$.",
])
def test_a_rotation_about_another_point_is_no_product(concept):
    assert _draft(concept).kind != "complex_multiplication"


def test_a_system_with_an_equation_we_cannot_read_is_not_read_as_a_smaller_one():
    c = r"Two species: $\dot x=ax-bxy$, $\dot y=-cy+\mathcal{G}\{x,y\}$, with the equilibrium $(3,2)$."
    assert ode_system(extract(c)) is None
    assert _draft(c).kind != "slope_field"


def test_a_parameter_named_d_multiplies_in_a_system():
    # dxy is d·x·y once the derivatives are marked (it had been read as a differential, and the fox equation lost)
    c = (r"Foxes and hares: $\dot x=ax-bxy$, $\dot y=-cy+dxy$ with $a=1.2$, $b=0.6$, $c=0.8$, $d=0.2$. "
         r"Draw the phase portrait from $x(0)=6$, $y(0)=1$.")
    system = ode_system(extract(c))
    assert system is not None and system.states == ["x", "y"] and system.params["d"] == 0.2 and not system.chosen
    assert _draft(c).kind == "phase_portrait"


@pytest.mark.parametrize("text, name, value", [
    (r"T_a=20^\circ\mathrm{C}", "T_a", 20.0),          # a temperature, not 20 degrees of angle
    (r"T=80^{\circ}C", "T", 80.0),
    (r"\theta=30^\circ", "theta", 0.5235987755982988),  # an angle still in radians
    (r"k=\frac{1}{20}\ln\frac32", "k", None),           # not the factor 1/20
    (r"k=\frac{1}{2}\,\mathrm{s^{-1}}", "k", 0.5),
])
def test_given_values_read_as_written(text, name, value):
    assert _given_in(text, name) == value


@pytest.mark.parametrize("concept", [
    # the block solves for k from two readings: a sweep over k at an example value contradicts it
    r"A pie cools as $T(t)=T_a+(T_0-T_a)e^{-kt}$ with $T_a=18^\circ\mathrm{C}$; from $\frac{30}{50}=e^{-10k}$ we get $k$.",
    # a change of variables is a map of the plane, not a family of lines
    r"Under $x=3u-v$, $y=u+2v$ the area element becomes $|J|\,du\,dv$ with $J=7$.",
    # c is the point Taylor's theorem provides, not a parameter
    r"The error of $P_1$ is $R_1=\frac{f''(c)}{2}x^2$ for some $c$ between $0$ and $x$; with $f=e^x$, $R_1=\frac{e^c}{2}x^2$.",
])
def test_a_letter_the_block_determines_is_not_swept(concept):
    assert read_param_family(extract(concept)) is None


@pytest.mark.parametrize("concept", [
    r"Square $PQRS$ in the Argand diagram has $P=2+i$ and $Q=5+3i$, so $S=P+i(Q-P)$.",  # no curve in i
    r"The extension $e$ in equilibrium has $\frac{\lambda e}{l}=mg$, so $e=\frac{mgl}{\lambda}$ and $x=\frac{3l}{4}$.",
])
def test_the_walkthrough_draws_no_curve_of_a_value(concept):
    assert plottable(extract(concept)) is None


def test_the_walkthrough_keeps_to_the_half_line_the_block_gives():
    found = plottable(extract(r"Let $g(x)=x^2e^{-x}$ for $x\ge 0$; sketch it."))
    assert found is not None and found.window[0] == 0.0


def test_a_line_named_as_a_boundary_is_not_the_graph_asked_for():
    c = (r"Lattice paths from $(0,0)$ to $(3,3)$ that never cross the line $y=x$ number $\frac{1}{4}\binom{6}{3}=5$; "
         r"animate the reflection of a bad path.")
    assert _draft(c).kind != "function_plot"
    assert _draft(r"Plot the graph of $y=x$ and $y=x^2$.").kind == "function_plot"  # asked for: still drawn
