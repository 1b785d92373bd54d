"""The dynamics families (issue 23): a general formula's symbolic parameters swept by sliders
(parameter_sweep), a quantity in time with its instant solved (time_course), two flights from one
launch with and without drag (projectile_drag), a function by cases at its break
(piecewise_continuity), and the slope field started at the author's point.

Design-level only (a design takes well under a second): the cases are written for these tests in
the kinds of textbooks' exercises (physics, precalculus, calculus I), none taken from a corpus."""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from mkdocs_manimgen.generate.offline.breaks import read_break
from mkdocs_manimgen.generate.offline.dynamics import flight, read_launch, read_time_curve
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.params import read_param_family
from drafts import draft

_draft = lru_cache(maxsize=None)(draft)  # several tests look at one design


SWEEPS = [
    r"Vertex form of a parabola: $y = a(x - h)^2 + k$; $h$ and $k$ move the vertex and $a$ sets how wide it opens.",
    r"Simple harmonic motion $x(t) = A\cos(\omega t + \varphi)$: the amplitude $A$ and the angular frequency $\omega$.",
    r"Newton's law of gravitation $F = G\frac{m_1 m_2}{r^2}$: doubling the distance cuts the force to a quarter.",
    r"The line $y = mx + b$: the slope $m$ tilts it and the intercept $b$ shifts it up and down.",
    r"二次函数 $y = ax^2$：当 $a > 0$ 时开口向上，$a < 0$ 时开口向下，$|a|$ 越大开口越小。",
    r"正弦型函数 $y = A\sin(\omega x + \varphi)$ 中，$A$ 决定振幅，$\omega$ 决定周期。",
    r"Kinetic energy $E = \frac{1}{2}mv^2$ grows with the square of the speed.",
    r"A damped oscillation $x(t) = Ae^{-bt}\cos(\omega t)$ dies away faster for larger $b$.",
    r"Exponential functions $y = a^x$ for different bases $a$.",
    r"The period of $y = \sin(bx)$ is $\frac{2\pi}{b}$: a larger $b$ squeezes the wave.",
]
TIMES = [
    r"A stone dropped from a 45 m cliff: $h(t) = 45 - 4.9t^2$. When does it land?",
    r"Bacteria grow as $P(t) = 200e^{0.3t}$; find the doubling time.",
    r"半衰期：某放射性物质的质量 $m(t) = 50e^{-0.2t}$，求它的半衰期。",
    r"A ball is thrown upward: $h(t) = 1.5 + 12t - 4.9t^2$ until it hits the ground.",
    r"Continuous compounding: $A(t) = 2000e^{0.04t}$ dollars; how much is there after $t = 10$ years?",
    r"Newton's law of cooling: a cup of coffee cools as $T(t) = 20 + 70e^{-0.1t}$.",
    r"自由落体：物体高度 $h = 80 - 5t^2$，求落地时间。",
    r"A drug's concentration $C(t) = 10e^{-0.25t}$ decays with half-life $t_{1/2} = 2.77$ hours.",
    r"World population modelled as $P(t) = 5000(1.02)^t$: its doubling time.",
]
LAUNCHES = [
    r"A ball is launched at $v_0 = 20$ m/s at $\theta = 60^\circ$ with air resistance $k = 0.1$.",
    r"斜抛运动：初速度 $v_0 = 25$ m/s，抛射角 $45^\circ$，考虑空气阻力，$k = 0.05$。",
    r"A projectile with linear drag $k = 0.3$ is launched at 15 m/s at $30^\circ$: compare it with the vacuum parabola.",
    r"A cannonball is fired at 50 m/s at $40^\circ$ with drag proportional to $v^2$, $k = 0.001$.",
    r"A projectile with drag coefficient $k = 0.2$ is thrown at $v_0 = 12$ m/s.",
    r"考虑空气阻力（$k = 0.1$），以 $v_0 = 30$ 米/秒、仰角 $30^\circ$ 抛出的物体的轨迹。",
    r"Trajectory of a golf ball with air drag $k = 0.25$, launched at $v_0 = 40$ m/s and $\theta = 15^\circ$.",
    r"Air resistance shortens the range: a projectile at $v_0 = 18$ m/s, $\theta = 50^\circ$, with $k = 0.15$.",
]
BREAKS = [
    r"$f(x) = \begin{cases} 2x + 1 & x < 2 \\ x^2 + 1 & x \ge 2 \end{cases}$ is continuous at $x = 2$.",
    r"$g(x) = \begin{cases} x^2 & x \le 1 \\ x + 2 & x > 1 \end{cases}$ has a jump discontinuity at $x = 1$.",
    r"分段函数 $f(x) = \begin{cases} \sin x, & x < 0 \\ x, & x \ge 0 \end{cases}$ 在 $x = 0$ 处连续。",
    r"$f(x) = x + 1$ for $x < 0$ and $f(x) = 2$ for $x \ge 0$: a jump discontinuity at 0.",
    r"The left-hand limit and right-hand limit of $h(x) = \begin{cases} 1 - x & x < 0 \\ e^x & x \ge 0 \end{cases}$ "
    r"at 0 agree, so $h$ is continuous.",
    r"判断 $f(x) = \begin{cases} x^2 - 1, & x < 1 \\ 3x - 3, & x \ge 1 \end{cases}$ 在 $x = 1$ 处是否连续。",
    r"Is $f(x) = \begin{cases} 4 - x^2 & x < 1 \\ 2x + 1 & x \ge 1 \end{cases}$ continuous at $x = 1$?",
    r"The step $u(x) = \begin{cases} 0 & x < 0 \\ 1 & x \ge 0 \end{cases}$ is discontinuous at $0$.",
]
CASES = ([(c, "parameter_sweep") for c in SWEEPS] + [(c, "time_course") for c in TIMES]
         + [(c, "projectile_drag") for c in LAUNCHES] + [(c, "piecewise_continuity") for c in BREAKS])


@pytest.mark.parametrize("concept, family", CASES, ids=[f"{f}-{i}" for i, (_, f) in enumerate(CASES)])
def test_each_kind_gets_its_family_and_a_scene_of_sensible_length(concept, family):
    draft = _draft(concept)
    assert draft.kind == family, draft.reasoning
    assert draft.reasoning is None
    assert 6 <= draft.storyboard[-1].end <= 20, draft.storyboard[-1].end


# Blocks that look alike but ask something else, or whose claim is false: never these families.
LOOK_ALIKES = [
    (r"$y = x^2 + 2x + 1$ is a parabola.", "parameter_sweep"),  # no parameter to sweep
    (r"The derivative of $f(x) = ax^2$ is $f'(x) = 2ax$.", "parameter_sweep"),  # a derivative question
    (r"The area of a circle $A = \pi r^2$.", "parameter_sweep"),  # pi is no parameter
    (r"Radioactive decay $N(t) = 100e^{-0.1t}$ has a half-life of 10 years.", "time_course"),  # it is 6.93
    (r"The height $y(t) = 5 + t^2$ of a balloon until it hits the ground.", "time_course"),  # never lands
    (r"Projectile motion without air resistance: the range is $R = \frac{v_0^2 \sin 2\theta}{g}$.", "projectile_drag"),
    (r"A skydiver falls with air drag: $m\frac{dv}{dt} = mg - kv$, $k = 0.5$.", "projectile_drag"),
    (r"A projectile with air drag launched at $30$ m/s.", "projectile_drag"),  # no k: no drag to integrate
    (r"$f(x) = \begin{cases} x & x < 1 \\ 3 & x \ge 1 \end{cases}$ is continuous at $x = 1$.", "piecewise_continuity"),
    (r"$f(x) = \begin{cases} x^2 & x < 1 \\ 2 - x & x \ge 1 \end{cases}$ is discontinuous at $x = 1$.", "piecewise_continuity"),
    (r"$f(x) = \begin{cases} x^2 & x < 1 \\ 2 - x & x \ge 1 \end{cases}$ is continuous at $x = 3$.", "piecewise_continuity"),
]


@pytest.mark.parametrize("concept, wrong", LOOK_ALIKES)
def test_look_alikes_and_false_claims_are_refused(concept, wrong):
    assert _draft(concept).kind != wrong


def test_the_dev_blocks_of_these_kinds_are_drawn_by_them():
    dev = yaml.safe_load((Path(__file__).parent / "data" / "unseen_dev.yaml").read_text(encoding="utf-8"))
    want = {17: "slope_field", 39: "time_course", 40: "piecewise_continuity", 41: "time_course", 42: "projectile_drag",
            43: "parameter_sweep", 51: "parameter_sweep"}
    assert {i: _draft(dev[i]["concept"]).kind for i in want} == want


# -- the author's numbers


def test_sliders_sweep_the_authors_parameters_through_the_sign_the_author_contrasts():
    fam = read_param_family(extract(SWEEPS[4]))  # y = ax^2, a > 0 vs a < 0
    assert fam.code == "p0*x**2" and [s.name for s in fam.sliders] == ["a"]
    assert min(fam.sliders[0].stops) < 0 < max(fam.sliders[0].stops)
    quadratic = read_param_family(extract(r"$y = ax^2 + bx + c$"))
    assert [(s.name, s.stops[0]) for s in quadratic.sliders] == [("a", 1.0), ("b", 0.0), ("c", 0.0)]
    assert all(min(s.stops) >= 0 for s in quadratic.sliders[:1])  # no sign contrast: a stays positive
    damped = read_param_family(extract(SWEEPS[7]))
    assert {s.name: s.stops[0] for s in damped.sliders} == {"A": 1.0, "b": 1.0, "omega": 1.0}  # rates start at 1
    wave = read_param_family(extract(r"$x(t) = A\cos\omega t$"))
    assert wave.code == "p0*np.cos(p1*x)" and wave.domain[0] == 0  # cos(omega t), and time from 0


def test_a_law_the_parameters_only_scale_declares_its_example_and_shows_its_power():
    fam = read_param_family(extract(SWEEPS[2]))
    assert fam.scale_only and fam.power == -2 and fam.sliders == () and fam.domain[0] == 0
    draft = _draft(SWEEPS[2])
    assert draft.storyboard[0].narration.startswith("For instance")
    assert "2^{-2} = \\frac{1}{4}" in draft.storyboard[-1].narration
    assert 'Text(\'for instance\'' in draft.code or 'Text("for instance"' in draft.code


def test_the_scene_redraws_the_authors_family_from_its_trackers():
    draft = _draft(r"General quadratic: $y = ax^2 + bx + c$ opens upward when $a > 0$, and a larger $|a|$ makes it narrower.")
    assert "np.asarray(p0*x**2 + p1*x + p2" in draft.code
    assert "graph = always_redraw(lambda: graph_at(p0.get_value(), p1.get_value(), p2.get_value()))" in draft.code
    assert "p0.animate.set_value(-3)" in draft.code  # the sign the author contrasts
    assert not draft.storyboard[0].narration.startswith("For instance")  # nothing fixed: every parameter moves


@pytest.mark.parametrize("concept, question, t_star", [
    (TIMES[0], "ground", math.sqrt(45 / 4.9)),
    (TIMES[1], "doubling", math.log(2) / 0.3),
    (TIMES[2], "half-life", math.log(2) / 0.2),
    (TIMES[3], "ground", (12 + math.sqrt(144 + 4 * 4.9 * 1.5)) / 9.8),
    (TIMES[4], "given", 10.0),
    (TIMES[5], None, None),
    (TIMES[8], "doubling", math.log(2) / math.log(1.02)),
])
def test_the_instant_asked_about_is_solved(concept, question, t_star):
    curve = read_time_curve(extract(concept))
    assert curve.question == question
    assert curve.t_star == (pytest.approx(t_star, rel=1e-9) if t_star else None)
    assert curve.horizon > (t_star or 0)


def test_a_falling_body_is_drawn_from_t_0_to_its_landing():
    draft = _draft(r"Free fall from rest: $y(t) = 20 - \frac{1}{2}(9.8)t^2$ until it hits the ground.")
    assert "return 20 - 4.9*t**2" in draft.code
    assert "course = axes.plot(course_f, x_range=[0, 2.0203," in draft.code  # plotted up to the landing, not below the ground
    assert "\\frac{10 \\sqrt{2}}{7} \\approx 2.02" in draft.storyboard[-1].narration


@pytest.mark.parametrize("concept, v0, degrees, k, given", [
    (LAUNCHES[0], 20, 60, 0.1, True),
    (LAUNCHES[1], 25, 45, 0.05, True),
    (LAUNCHES[4], 12, 45, 0.2, False),
    (LAUNCHES[5], 30, 30, 0.1, True),
])
def test_the_launch_is_the_authors_and_drag_shortens_the_range(concept, v0, degrees, k, given):
    launch = read_launch(extract(concept))
    assert (launch.v0, round(math.degrees(launch.angle), 6), launch.k, launch.angle_given) == (v0, degrees, k, given)
    _, x0, y0 = flight(launch, drag=False)
    _, x1, y1 = flight(launch, drag=True)
    assert x0[-1] == pytest.approx(v0 ** 2 * math.sin(2 * launch.angle) / 9.8, rel=2e-3)  # RK4 meets the closed form
    assert x1[-1] < x0[-1] and max(y1) < max(y0)
    draft = _draft(concept)
    assert draft.storyboard[0].narration.startswith("For instance") != given  # a chosen angle says so


def test_quadratic_drag_is_read_when_the_block_says_v_squared():
    assert read_launch(extract(LAUNCHES[3])).quadratic and not read_launch(extract(LAUNCHES[0])).quadratic


@pytest.mark.parametrize("concept, c, limits, continuous", [
    (BREAKS[0], 2, (5, 5, 5), True),
    (BREAKS[1], 1, (1, 3, 1), False),
    (BREAKS[3], 0, (1, 2, 2), False),
    (BREAKS[7], 0, (0, 1, 1), False),
])
def test_one_sided_limits_and_the_value_at_the_break(concept, c, limits, continuous):
    b = read_break(extract(concept))
    assert (b.c, (b.left_limit, b.right_limit, b.value), b.continuous) == (c, limits, continuous)


def test_the_continuity_scene_draws_each_case_on_its_side_with_the_right_dots():
    draft = _draft(BREAKS[1])  # x^2 for x <= 1 (closed), x + 2 for x > 1 (open)
    assert "return x**2" in draft.code and "return x + 2" in draft.code
    assert "x_range=[-2, 1, 0.02]" in draft.code and "x_range=[1, 4, 0.02]" in draft.code
    assert "end(1, True, BLUE), end(3, False, GREEN)" in draft.code
    assert "not continuous" in draft.storyboard[-1].narration


def test_the_slope_field_starts_at_the_point_the_block_names():
    draft = _draft(r"Direction fields: the slope field of $y' = y - x$ and the solution through $(0, 0.5)$.")
    assert draft.kind == "slope_field" and "start = Dot(axes.c2p(0, 0.5)" in draft.code
    assert "we chose" not in " ".join(b.narration for b in draft.storyboard)
    later = _draft(r"The slope field of $y' = x + y$ and the solution through $(1, -1)$.")
    assert "start = Dot(axes.c2p(1, -1)" in later.code and "y(1) = -1" in later.code


@pytest.mark.parametrize("concept", [
    r"Simple harmonic motion: $x(t) = 3\cos(2t)$.",
    r"A damped oscillation $x(t) = e^{-t/4}\cos(3t)$.",
    r"简谐振动 $x(t) = 2\sin(\pi t + \frac{\pi}{6})$。",
])
def test_a_quantity_written_as_a_function_of_time_is_drawn_in_time(concept):
    """No time word, but the author writes x(t): its graph from t = 0, in the author's letters (not the walkthrough)."""
    from mkdocs_manimgen.generate.offline.designer import generate_draft
    from mkdocs_manimgen.model import BlockSpec

    assert generate_draft(BlockSpec(page="p.md", line=1, concept=concept)).kind == "time_course"


def test_every_time_the_author_names_is_on_the_time_axis():
    from mkdocs_manimgen.generate.offline.dynamics import read_time_curve
    from mkdocs_manimgen.generate.offline.latex import extract

    curve = read_time_curve(extract(r"The position is $s(t) = t^3 - 6t^2 + 9t$; it turns around at $t = 1$ and $t = 3$."))
    assert curve.horizon >= 3.3


@pytest.mark.parametrize("concept, said", [
    (r"A sample decays as $N(t) = 500 e^{-0.0001214 t}$. Find its half-life.", r"t_{1/2} \approx 5709.614"),
    (r"某药物浓度 $C(t) = 8e^{-0.000231t}$，求半衰期。", r"t_{1/2} \approx 3000.637"),
])
def test_a_decimal_rate_in_an_exponent_is_solved_in_floats_within_the_design_budget(concept, said):
    # made fractions, such a rate turned the equation into a polynomial of degree ~10^7 (minutes of sympy, or
    # a power of e computed in C that the design's deadline cannot stop)
    from mkdocs_manimgen.generate.offline.designer import OfflineGenerator
    from mkdocs_manimgen.model import BlockSpec

    draft = OfflineGenerator(seconds=90).generate(BlockSpec(page="t.md", line=1, concept=concept))  # ~2 s; minutes before
    assert draft.kind == "time_course" and said in " ".join(b.narration for b in draft.storyboard)
