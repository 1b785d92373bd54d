"""Reading the author's ODEs and recurrences (odes.py, sequences.py) and solving them at design time."""

from __future__ import annotations

import math

import numpy as np
import pytest

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.odes import ode_system, rk4
from mkdocs_manimgen.generate.offline.sequences import recurrence


@pytest.mark.parametrize("concept, states, indep, rhs, y0, chosen", [
    (r"$$\frac{dy}{dx} = x - y$$ with $y(0) = 1$", ["y"], "x", ["x - y"], [1.0], {}),
    (r"$$\frac{dP}{dt} = rP\left(1 - \frac{P}{K}\right)$$, $r = 0.8$, $P(0) = 1$", ["P"], "t", None, [1.0], {"K": 10.0}),
    (r"$$x'' + 0.5x' + 4x = 0$$, $x(0) = 2$, $x'(0) = 0$", ["x", "v"], "t", ["v", "-0.5*v - 4.0*x"], [2.0, 0.0], {}),
    (r"$\ddot\theta + \sin\theta = 0$, $\theta(0) = 1$, $\dot\theta(0) = 0$", ["theta", "thetadot"], "t", None, [1.0, 0.0], {}),
    (r"$\ddot x - \mu(1 - x^2)\dot x + x = 0$", ["x", "v"], "t", None, None, {"mu": 1.0}),
    (r"$\dot x = \sigma(y - x)$, $\dot y = x(\rho - z) - y$, $\dot z = xy - \beta z$", ["x", "y", "z"], "t", None, None,
     {"beta": 8 / 3, "rho": 28.0, "sigma": 10.0}),
])
def test_ode_systems_are_read_with_their_initial_conditions(concept, states, indep, rhs, y0, chosen):
    system = ode_system(extract(concept))
    assert system is not None
    assert (system.states, system.indep, system.y0) == (states, indep, y0)
    assert system.chosen == pytest.approx(chosen)
    if rhs is not None:
        assert system.rhs == rhs


@pytest.mark.parametrize("concept", [r"$\frac{d}{dx} x^2 = 2x$", r"$f(x) = x^2$", r"$a^2 + b^2 = c^2$", "no math"])
def test_what_is_not_an_ode_gives_none(concept):
    assert ode_system(extract(concept)) is None


def test_rk4_matches_the_exact_solution():
    ts, us = rk4(lambda t, u: -u, 0.0, [1.0], 2.0, 200)
    assert us[-1, 0] == pytest.approx(math.exp(-2), rel=1e-8)
    assert len(ts) == 201 and np.all(np.diff(ts) > 0)


def test_recurrences_and_their_first_terms():
    fib = recurrence(extract(r"$F_{n+1} = F_n + F_{n-1}$ with $F_1 = F_2 = 1$"))
    assert (fib.order, fib.first_index, fib.own_start) == (2, 1, True)
    assert fib.terms(8) == [1, 1, 2, 3, 5, 8, 13, 21]
    logistic = recurrence(extract(r"$x_{n+1} = r x_n (1 - x_n)$, $x_0 = 0.2$"))
    assert logistic.order == 1 and logistic.chosen == {"r": 2.8} and logistic.terms(2)[1] == pytest.approx(0.448)
    assert recurrence(extract(r"$x_{n+1} = x_n - \frac{f(x_n)}{f'(x_n)}$")) is None  # Newton's rule: no f to iterate


@pytest.mark.parametrize("concept, end", [
    # (an "implicit differentiation of the circle" block stated no y(0): the walkthrough takes it, issue 23)
    (r"The slope field of $\frac{dy}{dx} = -\frac{x}{y}$ through $y(0) = 1$.", 1.0),
    (r"$\frac{dy}{dx} = y^2$ with $y(0) = 1$.", 1.0),
])
def test_a_solution_ends_where_the_equation_breaks_down(concept, end):
    """dy/dx = -x/y from y(0) = 1 is the unit circle's upper half: it ends at x = 1 where the slope is
    vertical; y' = y^2 from y(0) = 1 is 1/(1 - x), which blows up at x = 1. RK4 used to step over
    both and draw a curve that is no solution (x = 4, y = -2.055); now it stops, and the scene says so."""
    from mkdocs_manimgen.generate.offline import OfflineGenerator
    from mkdocs_manimgen.generate.offline.odes import rk4
    from mkdocs_manimgen.model import BlockSpec

    draft = OfflineGenerator().generate(BlockSpec(page="p.md", line=1, concept=concept))
    assert draft.kind == "slope_field" and "cannot be continued" in draft.code
    ss, _ = rk4(lambda s, u: np.array([-s / u[0]]), 0.0, [1.0], 4.0, 300)
    assert abs(ss[-1] - end) < 0.05
    ss, us = rk4(lambda s, u: np.array([-u[0]]), 0.0, [1.0], 4.0, 300)  # smooth: runs to the end, accurately
    assert len(ss) == 301 and abs(us[-1, 0] - np.exp(-4.0)) < 1e-6
