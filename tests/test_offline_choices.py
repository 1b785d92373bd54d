"""Values a scene chooses (``SceneWriter.chose``) and the rule that a value the block determines is never
chosen (issue 23): the fifth held-out set's wrong animations all chose a start, a rate, a point or an
interval the block had fixed in words its family did not read.  Our own blocks of each kind: the
family reads the value where it can, and the verifier refuses the design where it cannot.
"""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.choices import TEXT, Choice, determined, stated_start, stated_step

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.params import read_param_family
from mkdocs_manimgen.generate.offline.storyboard import SceneWriter

from drafts import draft as _draft, said as _said


# -- the rule, kind by kind ----------------------------------------------------------------------------

@pytest.mark.parametrize("choice, concept", [
    (Choice("start"), r"Solve $y' = -y$ with $y(0) = 4$."),
    (Choice("start"), r"The cobweb of $x_{n+1} = \cos x_n$ from $x_0 = 1$."),
    (Choice("start"), r"A tank initially holds 50 litres of brine; $\frac{dQ}{dt} = 3 - Q/20$."),
    (Choice("start"), r"Sketch the solution of $y' = x - y$ through $(0, 2)$."),
    (Choice("start"), r"画出 $\dot x = y, \dot y = -x$ 过点 $(1, 0)$ 的轨线。"),
    (Choice("start"), r"温度满足 $\frac{dT}{dt} = -0.2(T - 25)$，初始温度为 $80$ 度。"),
    (Choice("value", "k"), r"$\frac{dT}{dt} = -k(T - 20)$; after 10 minutes the soup is at 60 degrees."),
    (Choice("value", "k"), r"$\frac{dT}{dt} = -k(T - 20)$ with $T(0) = 90$ and $T(5) = 70$."),
    (Choice("value", "k"), r"$\frac{dT}{dt} = -k(T - 20)$. Find $k$ if the cup cools to 70 degrees."),
    (Choice("value", "r"), r"The logistic model $P' = rP(1 - P/K)$ with $r = 0.3$."),
    (Choice("value", "r"), r"细菌数量满足 $N' = rN$，$3$ 小时后增加到原来的两倍。"),
    (Choice("interval"), r"Euler's method for $y' = y$ from $x = 0$ to $x = 2$."),
    (Choice("interval"), r"The area under $y = x^2$ on $[0, 3]$."),
    (Choice("step"), r"Euler's method with step size $0.2$ for $y' = x - y$."),
    (Choice("step"), r"用欧拉法，步长 $h = 0.1$，求 $y' = y$ 的近似解。"),
    (Choice("angle"), r"A ball is launched at $30^\circ$ with speed 20 m/s and air resistance."),
    (Choice("point"), r"The tangent plane to $z = x^2 + y^2$ at the point $(1, 2, 5)$."),
])
def test_a_choice_the_block_determines_is_named(choice, concept):
    assert determined(choice, extract(concept))


@pytest.mark.parametrize("choice, concept", [
    (Choice("start"), r"Sketch the slope field of $y' = y(1 - y)$."),
    (Choice("start"), r"Iterate $x_{n+1} = 2.8 x_n (1 - x_n)$ and watch it settle."),
    (Choice("start"), r"The system $\dot x = y$, $\dot y = -x - 0.5y$ has an equilibrium at $(0, 0)$."),  # no start
    (Choice("start"), r"Lotka–Volterra $\dot x = x - xy$, $\dot y = -y + xy$ with equilibria $(0,0)$ and $(1,1)$."),
    (Choice("value", "k"), r"Newton's law of cooling: $\frac{dT}{dt} = -k(T - T_a)$."),
    (Choice("value", "c"), r"Iterate $z \mapsto z^2 + c$ and watch the orbit."),
    (Choice("interval"), r"Sketch the slope field of $y' = x - y$."),
    (Choice("step"), r"Euler's method for $y' = y$, $y(0) = 1$."),
    (Choice("angle"), r"A ball is thrown with speed 20 m/s against air resistance."),
    (Choice("point"), r"What do the partial derivatives of $z = x^2 y$ measure?"),
])
def test_a_choice_the_block_leaves_open_is_the_scenes(choice, concept):
    assert determined(choice, extract(concept)) is None


def test_each_kind_is_declared_in_one_wording_in_both_languages():
    for kind, (en, zh) in TEXT.items():
        assert en.startswith(" (") and zh.startswith("（")
        w = SceneWriter("x", chinese=False)
        assert w.chose(kind, "k") == en and w.choices == [Choice(kind, "k")]
        assert SceneWriter("x", chinese=True).chose(kind) == zh


# -- starts and steps said in words are read, not chosen -----------------------------------------------

@pytest.mark.parametrize("concept, value", [
    ("A cup of tea is initially at 90 degrees; after 5 minutes it is at 70.", 90.0),
    ("Iterate it starting at 0.5.", 0.5),
    ("Newton's method with initial guess 2.", 2.0),
    (r"初始温度为 $90$ 度。", 90.0),
    (r"starting from $x_0 = 1.5$", 1.5),
    ("The timer starts after 5 minutes.", None),  # a time, not a start value
    ("Sketch the field.", None),
])
def test_a_start_said_in_words_is_read(concept, value):
    assert stated_start(extract(concept)) == value


@pytest.mark.parametrize("concept, value", [("with step size 0.25", 0.25), ("a step of 0.1 each time", 0.1),
                                            ("步长为 0.5", 0.5), ("ten steps", None)])
def test_a_step_said_in_words_is_read(concept, value):
    assert stated_step(extract(concept)) == value


@pytest.mark.parametrize("concept, family, said", [
    (r"Newton's law of cooling $\frac{dT}{dt} = -0.1(T - 20)$. The tea starts at 90 degrees. Sketch the slope field and the solution.",
     "slope_field", "T(0) = 90"),
    (r"Draw the cobweb diagram for $x_{n+1} = \cos x_n$ starting at 0.5.", "cobweb", "0.5"),
    (r"Use Newton's method on $f(x) = x^3 - 2x - 5$ with initial guess 2.", "newton_method", "x_0 = 2"),
    (r"Use Euler's method with step size 0.25 for $y' = x + y$, $y(0) = 1$, on $[0, 1]$.", "slope_field", "after 4 steps $y(1)"),
])
def test_the_family_draws_the_start_step_and_interval_the_block_says(concept, family, said):
    d = _draft(concept)
    assert d.kind == family and said in _said(d) and "we chose" not in _said(d)


@pytest.mark.parametrize("concept", [
    # the data fix k (T(5) = 70): a slope field at k = 1 is not this cup
    r"Newton's law of cooling: $\frac{dT}{dt} = -k(T - 20)$. A cup of tea is initially at 90 degrees; after 5 minutes it has cooled to 70 degrees. Find $k$.",
    r"A population obeys $\frac{dP}{dt} = rP(1 - P/1000)$ with $P(0) = 100$ and $P(2) = 300$. Show the solution.",
])
def test_a_parameter_the_blocks_data_fix_is_not_chosen(concept):
    d = _draft(concept)
    assert d.kind == "equation" and "slope_field" in d.reasoning and "the scene chose value" in d.reasoning


# -- a parameter sweep varies the letter the block varies, on its physical range -------------------------

def test_the_sweep_varies_the_letter_the_prose_says_varies_from_a_finite_start():
    fam = read_param_family(extract(
        r"The amplitude of a driven oscillator is $A(\omega) = \frac{F_0/m}{\sqrt{(\omega_0^2 - \omega^2)^2 + (\gamma\omega)^2}}$. "
        r"As the damping $\gamma$ decreases, the peak near $\omega_0$ grows."))
    assert [s.name for s in fam.sliders] == ["gamma"]
    assert fam.sliders[0].stops[0] > 0  # γ = 0 is the undamped pole at ω₀, not a start
    assert fam.domain[0] == 0.0  # a frequency is not negative


@pytest.mark.parametrize("concept, letter", [
    (r"For the family $y = a e^{-bx}\cos(cx)$, show what happens as $b$ increases.", "b"),
    (r"电容放电 $q(t) = Q_0 e^{-t/(RC)}$，当 $R$ 增大时放电变慢。", "R"),
    (r"Compare $y = a x^2 + bx$ for different values of $b$.", "b"),
])
def test_the_letter_said_to_vary_is_the_one_swept(concept, letter):
    assert [s.name for s in read_param_family(extract(concept)).sliders] == [letter]


def test_a_greek_parameter_is_written_with_its_backslash():
    d = _draft(r"The family $y = A\cos(\omega_0 t) + B$ as $\omega_0$ varies.")
    assert "omega_{0}" not in d.code.replace(r"\omega_{0}", "")


@pytest.mark.parametrize("concept", [
    r"The system $\dot x = y$, $\dot y = -x - 0.5y$ has an equilibrium at $(0, 0)$. Draw its phase portrait.",
    r"Lotka–Volterra: $\dot x = x - xy$, $\dot y = -y + xy$ with equilibria $(0,0)$ and $(1,1)$.",
])
def test_an_equilibrium_the_block_names_is_no_start(concept):
    d = _draft(concept)
    assert d.kind == "phase_portrait" and "(a start we chose)" in _said(d)
