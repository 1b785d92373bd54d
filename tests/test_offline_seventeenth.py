"""The wrong kinds of the seventeenth unseen set (this stop's held-out run), each as our own minimal block: Newton's
2-cycle called a root, a Taylor polynomial's centre ignored, a stated interval ignored (French [0 ; 2], an open
(0, π)), a run-away cobweb stretched to ±10^7, a stopping time and a block's own parameter values swept, a
tank system drawn as a derivative, one coordinate of a parametric curve plotted, and the design that crashed."""

from __future__ import annotations

import re

from mkdocs_manimgen.generate.offline.given import interval
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.templates._last_resort import plottable

from drafts import draft as _draft, said as _said


def test_a_newton_cycle_is_no_root():
    # #59's kind: x^3 - 2x + 2 from x0 = 0 cycles 0, 1, 0, 1 and was said to have "the root x ~ 1"
    draft = _draft(r"Apply Newton's method to $f(x)=x^{3}-2x+2$ starting at $x_0=1$ and show the tangent steps.")
    said = _said(draft)
    assert draft.kind == "newton_method" and "the root is" not in said
    assert "cycle between $1$ and $0$" in said and "$f(0) = 2$" in said
    assert "the root is $x \\approx 1.414214$" in _said(_draft(r"Apply Newton's method to $f(x)=x^{2}-2$ from $x_0=1$."))


def test_a_taylor_polynomial_is_drawn_at_the_blocks_centre():
    # #49's kind: the second-order polynomial of sin at pi/6 drawn as Maclaurin polynomials at 0
    draft = _draft(r"Approximate $\cos 62^\circ$ with the Taylor polynomials of $\cos x$ about $x_0=\frac{\pi}{3}$.")
    said = _said(draft)
    assert draft.kind == "taylor" and "at $x = \\frac{\\pi}{3}$" in said
    assert "T_{2}(x)" in said and "x - \\frac{\\pi}{3}" in said


def test_an_interval_written_the_french_way_or_open_with_words_is_read():
    # #6 and #47's kind: "sur [0 ; 2]" and "decreasing on (0, pi)" were ignored by the plots (f drawn through its poles)
    assert interval(extract(r"Tracer la courbe de $f$ sur $[0\,;\,3]$.")) == (0.0, 3.0)
    assert interval(extract(r"Show that $f(x)=\frac{\sin x}{x}$ decreases on $(0,\pi)$.")) == (0.0, 3.141592653589793)
    assert interval(extract(r"The line passes through $(2, 3)$.")) is None  # a point, not an interval
    draft = _draft(r"Show that $f(x)=x\cot x$ decreases on $(0,\pi)$: $f'(x)=\frac{\sin x\cos x-x}{\sin^{2}x}$.")
    assert draft.kind == "derivative" and re.search(r"x_range=\[0, 3\.142,", draft.code)


def test_a_run_away_cobweb_keeps_the_scale_of_its_first_terms():
    # #36's kind: g(x) = x^2/4 from 4.5 stretched the window to +-10^7 and drew the parabola as vertical strokes
    draft = _draft(r"Iterate $p_{n+1}=\frac{p_n^{2}}{5}$ from $p_0=5.5$ and draw the cobweb diagram.")
    assert draft.kind == "cobweb" and "drawn = " in draft.code
    x_range = re.search(r"x_range=\[(-?[\d.]+), (-?[\d.]+),", draft.code)
    assert x_range and float(x_range.group(2)) < 100  # not the 7th term's 10^7
    assert "after 12 steps" not in _said(draft)  # the terms run out of range before twelve


def test_a_stopping_time_or_a_limit_of_laws_is_not_swept():
    # #0's kind: v(t) = v0 - bt swept from v0 = 0 (negative speeds) though the block stops it at t_s = v0/b
    assert _draft(r"A train brakes: $v(t)=v_0-a\,t$ until $t_s=v_0/a$, when it stops. Show the braking distance "
                  r"$s=\frac{v_0^2}{2a}$.").kind != "parameter_sweep"
    # #12's kind: B(n, lambda/n) tending to Poisson's law drawn as the Poisson law with lambda slid off the block's 2
    assert _draft(r"设 $X_n\sim B\left(n,\frac{\lambda}{n}\right)$，取 $\lambda=2$，演示 $\left(1-\frac{\lambda}{n}\right)^{n}\to e^{-\lambda}$ "
                  r"时二项分布趋于泊松分布。").kind != "probability_density"


def test_values_a_chain_closes_with_are_the_blocks():
    # #51's kind: beta = b/(2m) = 0.10, omega = sqrt(...) ≈ 1.997 read as unset, so beta and omega were slid from 1
    from mkdocs_manimgen.generate.offline.odes import _given_in

    assert _given_in(r"\gamma=\dfrac{c}{2m}=0.25\ \text{s}^{-1}", "gamma") == 0.25
    assert _given_in(r"\omega=\sqrt{\omega_0^{2}-\gamma^{2}}\approx2.985\ \text{rad/s}", "omega") == 2.985


def test_a_salt_tank_system_is_no_derivative_question():
    # #29's kind: x' = 1.2 - 0.04x, y' = 0.04x - 0.04y drawn as the secant of y = x/100
    assert _draft(r"Brine flows through two tanks: $x'=0.6-0.02x$, $y'=0.02x-0.02y$, $x(0)=y(0)=0$. Animate the salt "
                  r"in each tank.").kind != "derivative"


def test_one_coordinate_of_a_parametric_curve_is_not_plotted_by_the_walkthrough():
    # walkthrough #55's kind: x = a cos t plotted against t for the ellipse x = a cos t, y = b sin t
    assert plottable(extract(r"For the curve $x=3\cos t$, $y=2\sin t$ compute $\oint_C x\,dy$.")) is None


def test_a_partial_sum_readout_that_changes_sign_is_not_morphed():
    # #8's crash: DecimalNumber.animate.set_value from 1 to -11 (a new glyph) raised in Manim's interpolation
    draft = _draft(r"Plot the partial sums $S_N=\sum_{k=0}^{N}\frac{(-6)^k}{k!}$ against $N$.")
    assert draft.kind == "series" and "ChangeDecimalToValue(total[1], partial_sums[n])" in draft.code
    assert ".animate.set_value(partial_sums" not in draft.code


# -- the eighteenth set's (this stop's second held-out run) regressions and misreadings --------------------------------

def test_intervals_of_monotonicity_are_not_the_plots_interval():
    # the eighteenth's #7: "递增 on (-inf, -1), 递减 on (-1, 1), 递增 on (1, +inf)" gave the walkthrough's plot (-1, 1) only
    assert interval(extract(r"$f(x)=x^3-12x$ 在 $(-\infty,-2)$ 上递增，在 $(-2,2)$ 上递减，在 $(2,+\infty)$ 上递增。")) is None


def test_a_value_in_scientific_notation_is_read_whole():
    # the eighteenth's #34: M = 6.0\times10^{24} kg read as 6.0 (E_k = GMm/2r drawn with the mantissas)
    from mkdocs_manimgen.generate.offline.odes import _given_in

    assert _given_in(r"M=5.97\times10^{24}\ \text{kg}", "M") == 5.97e24
    assert _given_in(r"G=6.67\times 10^{-11}\ \text{N m}^2\,\text{kg}^{-2}", "G") == 6.67e-11


def test_a_false_particular_solution_is_called_and_not_plotted_as_true():
    # the eighteenth's #25: y* = (1/8) sin 2x "solves" y'' + 4y = sin 2x (resonance: no solution of that form) was plotted
    concept = r"求 $y''+9y=\cos 3x$ 的一个特解：设 $y^*=A\cos 3x+B\sin 3x$，得 $y^*=\frac16\cos 3x$。请画出这个特解。"
    from mkdocs_manimgen.generate.offline.claims import false_claims

    assert [c.stated for c in false_claims(extract(concept))] == [r"y^* = \frac16\cos 3x"]  # the trial form is no claim
    draft = _draft(concept)
    assert draft.kind != "function_plot" and "不成立" in _said(draft)
    assert false_claims(extract(r"For $y''+9y=\cos x$ the particular solution is $y_p=\frac{1}{8}\cos x$.")) == []  # true
