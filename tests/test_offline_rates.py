"""related_rates: the author's relation differentiated in t, the known rates and the instant read from the
author's math, the asked rate solved (the other quantities from the relation, a positive root) and every
stated value checked; look-alikes (a plain derivative, one function's rate of change, an ODE, a false stated
rate, free letters, an unreadable instant) get another family or the walkthrough."""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.rates import read_rates

from drafts import draft as _draft, said as _said


CLAIMED = [  # (block, asked letter, its rate at the instant as the narration says it)
    (r"Related rates: a 10 m ladder slides down a wall. With $x^2 + y^2 = 100$, $$2x\frac{dx}{dt} + 2y\frac{dy}{dt} = 0,$$ "
     r"so when $x = 6$ and $\frac{dx}{dt} = 1$, $\frac{dy}{dt} = -\frac{3}{4}$.", "y", "-0.75"),
    (r"Related rates: a balloon's radius grows at $\frac{dr}{dt} = 2$ cm/s; with $V = \frac{4}{3}\pi r^3$, "
     r"how fast does the volume grow when $r = 5$?", "V", "628.3185"),
    (r"Air is pumped into a spherical balloon so that its volume increases at $\frac{dV}{dt} = 100$ cm$^3$/s. "
     r"With $V = \frac{4}{3}\pi r^3$, how fast is the radius increasing when $r = 25$ cm?", "r", "0.0127"),  # 1/(25π)
    (r"A conical tank: water is pumped in at $\frac{dV}{dt} = 2$; $V = \frac{1}{3}\pi r^2 h$ with $r = \frac{h}{2}$. "
     r"Find $\frac{dh}{dt}$ when $h = 3$.", "h", "0.2829"),  # 8/(9π)
    (r"Two cars leave an intersection, one west at $\frac{dx}{dt} = 50$ and one north at $\frac{dy}{dt} = 60$; their "
     r"distance satisfies $s^2 = x^2 + y^2$. At what rate is the distance between the cars changing when $x = 0.3$ and $y = 0.4$?",
     "s", "78"),
    (r"A stone dropped in a pond makes a circular ripple whose radius grows at $\frac{dr}{dt} = 60$ cm/s. With $A = \pi r^2$, "
     r"how fast is the area increasing when $r = 50$?", "A", "18849.5559"),  # 6000π
    (r"A 13 ft ladder leans against a wall, $x^2 + y^2 = 13^2$. The bottom slides away at $\frac{dx}{dt} = 2$ ft/s. "
     r"How fast is the top sliding down when $x = 5$?", "y", "-0.8333"),
    (r"A man 6 ft tall walks away from a 15 ft lamppost at $\frac{dx}{dt} = 5$ ft/s; by similar triangles his shadow $s$ "
     r"satisfies $\frac{s}{s + x} = \frac{6}{15}$. How fast is the shadow lengthening when $x = 40$?", "s", "3.3333"),
    (r"The edge of a cube grows at $\frac{dx}{dt} = 0.5$ and $V = x^3$. Find $\frac{dV}{dt}$ when $x = 4$: "
     r"$\frac{dV}{dt} = 24$.", "V", "24"),
    (r"$$x y = 12,\quad \frac{dx}{dt} = 3,\quad x = 4,\quad \frac{dy}{dt} = ?$$", "y", "-2.25"),
    (r"梯子问题（相关变化率）：长 $13$ 米的梯子靠墙，$x^2 + y^2 = 13^2$，底端以 $\frac{dx}{dt} = 2$ 米/秒滑离墙，当 $x = 5$ 时求 $\frac{dy}{dt}$。",
     "y", "-0.8333"),
    (r"气球充气：体积 $V = \frac{4}{3}\pi r^3$ 以 $\frac{dV}{dt} = 100$ 立方厘米/秒增加，当 $r = 5$ 时半径增加多快？", "r", "0.3183"),
    (r"相关变化率：圆形油膜的半径以 $\frac{dr}{dt} = 0.2$ 增大，面积 $A = \pi r^2$，求 $r = 10$ 时 $\frac{dA}{dt}$。", "A", "12.5664"),
    (r"相关变化率：两船满足 $s^2 = x^2 + y^2$，$\frac{dx}{dt} = -3$，$\frac{dy}{dt} = 4$，当 $x = 6$，$y = 8$ 时求 $\frac{ds}{dt}$。",
     "s", "1.4"),
    (r"倒圆锥形水箱，$V = \frac{1}{3}\pi r^2 h$，$r = \frac{h}{2}$，注水速度 $\frac{dV}{dt} = 9$，当水深 $h = 6$ 时水面上升多快？",
     "h", "0.3183"),  # 9 / (π·36/4)
    (r"正方形的边长以 $\frac{dx}{dt} = 3$ 增加，面积 $A = x^2$，当 $x = 10$ 时，$\frac{dA}{dt} = 60$。", "A", "60"),
]


@pytest.mark.parametrize("concept, asked, value", CLAIMED)
def test_the_authors_problem_is_solved_and_drawn(concept, asked, value):
    draft = _draft(concept)
    assert draft.kind == "related_rates", draft.reasoning
    said = _said(draft)
    assert f"\\frac{{d{asked}}}{{dt}} = {value}" in said, said
    assert "clock.animate.set_value(0)" in draft.code and ("plot_implicit_curve" in draft.code or "_contour" in draft.code)


def test_the_reader_uses_the_authors_substitution_and_a_positive_root():
    r = read_rates(extract(CLAIMED[3][0]))
    assert r.substitutions == (r"r = \frac{h}{2}",) and set(r.quantities) == {"V", "h"}
    ladder = read_rates(extract(CLAIMED[6][0]))
    assert ladder.at == {"x": 5.0, "y": 12.0} and ladder.given == {"x": 2.0} and ladder.rate_units == {"x": "ft/s"}


def test_a_figure_moves_alongside_when_the_relation_is_one():
    assert "fig = always_redraw(figure)" in _draft(CLAIMED[6][0]).code  # the ladder
    assert "Circle(radius=R" in _draft(CLAIMED[5][0]).code  # the ripple
    assert "fig = " not in _draft(CLAIMED[7][0]).code  # the shadow's relation: the graph alone


REFUSED = {
    "a plain derivative": r"The derivative of $f(x) = x^3$ at $x = 2$ is $f'(2) = 12$.",
    "one function's rate of change": r"The rate of change of $f(x) = x^2 + 1$ at $x = 3$ is $f'(3) = 6$.",
    "an ODE": r"The ODE $\frac{dy}{dt} = ky$: how fast is $y$ growing when $y = 10$?",
    "a false stated rate": r"Related rates: with $x^2 + y^2 = 100$, $x = 6$ and $\frac{dx}{dt} = 1$, we get $\frac{dy}{dt} = \frac{3}{4}$.",
    "a false rate in Chinese": r"梯子问题：$x^2 + y^2 = 25$，$\frac{dx}{dt} = 1$，当 $x = 3$ 时 $\frac{dy}{dt} = -1$。",
    "letters left symbolic": r"Related rates: a ladder of length $L$ with $x^2 + y^2 = L^2$ slides at $\frac{dx}{dt} = 2$; find $\frac{dy}{dt}$ when $x = 5$.",
    "no instant": r"Related rates: a balloon with $V = \frac{4}{3}\pi r^3$ is inflated at $\frac{dV}{dt} = 100$. How fast does the radius grow?",
    "two unknown rates": r"Related rates: $s^2 = x^2 + y^2$ with $\frac{dx}{dt} = 2$; find $\frac{ds}{dt}$ when $x = 3$, $y = 4$.",
    "a law of motion in t": r"Related rates: $x = 3t^2$ and $y = x^2$; how fast is the distance changing when $t = 1$?",
    "an instant off the relation": r"相关变化率：$x^2 + y^2 = 25$，$\frac{dx}{dt} = 2$，当 $x = 3$，$y = 5$ 时求 $\frac{dy}{dt}$。",
}


@pytest.mark.parametrize("kind", sorted(REFUSED))
def test_a_look_alike_is_not_drawn_as_related_rates(kind):
    assert _draft(REFUSED[kind]).kind != "related_rates"
    assert read_rates(extract(REFUSED[kind])) is None


def test_the_question_is_read_from_words_not_from_any_rate():
    from mkdocs_manimgen.generate.offline.verify import asked

    names = lambda c: [q.name for q in asked(extract(c))]  # noqa: E731
    assert "related rates" in names(r"How fast is the water level rising when the depth is $h = 2$?")
    assert "related rates" in names(r"当 $r = 5$ 时气球的体积增加多快？")
    assert "related rates" not in names(r"How fast is the population growing when $P = 10$? $\frac{dP}{dt} = 0.4P$")
    assert "related rates" not in names(r"The rate of change of $f$ when $x = 2$.")
