"""The wrong kinds of the sixteenth unseen set, each as our own minimal block: a rolling body drawn as a solid with its
volume, a chord through a focus drawn as the focal sum, a Fourier series written with ``\\sim`` drawn as the line of
its base period, a differential equation's coefficients drawn as a derivative, a hanging spring started above its
rest position, a swept variable that ends at a swept letter, and an integral's dy limits read as x's."""

from __future__ import annotations

import re

from mkdocs_manimgen.generate.offline.given import interval
from mkdocs_manimgen.generate.offline.latex import extract

from drafts import draft as _draft, said as _said


def test_a_body_in_motion_is_no_solid_with_a_volume():
    # #52, #59's kind: a rolling cylinder's dynamics drawn as a cylinder with V = pi r^2 h
    for concept in (r"A hoop and a solid cylinder roll without slipping down the same incline. Which reaches the bottom first?",
                    r"一个实心圆柱沿斜面无滑动地滚下，画出摩擦力的方向和角速度。"):
        assert _draft(concept).kind != "solid"
    assert _draft(r"Find the volume of a cylinder of radius $r = 2$ and height $h = 5$.").kind == "solid"  # its question


def test_a_cone_against_its_cylinder_is_sliced_at_equal_heights():
    # #13 (vague, partial): "why a third of the cylinder" now gets the sections' ratio (1 - z/h)^2 and its integral
    draft = _draft(r"Why does a cone hold exactly one third of the cylinder with the same base and height?")
    assert draft.kind == "solid" and "shell = Cylinder(" in draft.code
    assert "(1 - z/h)^2" in _said(draft) and "\\tfrac13" in _said(draft)
    # the cone stands on the same base as the cylinder (Manim's Cone has its apex at the origin)
    assert re.search(r"Cone\(base_radius=1\.4, height=2\.8, direction=OUT, resolution=\(6, 16\)\)\.shift\(OUT \* 1\.4\)", draft.code)


def test_a_chord_through_a_focus_is_not_the_focal_sum():
    # #48's kind: 1/|FP| + 1/|FQ| = 2a/b^2 drawn as PF1 + PF2 = 2a
    draft = _draft(r"For the ellipse $\frac{x^2}{9}+\frac{y^2}{8}=1$ the chords $MN$ through its right focus $F$ all have "
                   r"$\frac{1}{|FM|}+\frac{1}{|FN|}$ equal. Animate one turning.")
    said = _said(draft)
    assert draft.kind == "ellipse_foci" and "PF_1 + PF_2" not in draft.code
    assert "\\frac{2a}{b^2} = \\frac{3}{4}" in said and "|FM|" in said  # 2a/b^2 = 6/8, with the block's letters


def test_a_fourier_series_written_with_sim_is_summed():
    # #10's kind: f(x) ~ sum ... (the series need not converge to f at the jumps) fell to a plot of f(x) = x on [-4, 4]
    draft = _draft(r"The square wave $f(x)=\operatorname{sgn}x$ on $(-\pi,\pi)$ has "
                   r"$$f(x)\sim\frac{4}{\pi}\sum_{k=0}^{\infty}\frac{\sin(2k+1)x}{2k+1}.$$ Draw $S_2$, $S_5$ and $S_{20}$.")
    assert draft.kind == "fourier"
    assert [b.title for b in draft.storyboard][-3:] == ["2 terms", "5 terms", "20 terms"]  # the block's own partial sums


def test_a_differential_equations_coefficients_are_no_derivative_question():
    # #29's kind: "y = e^{2x} + x e^{-x} solves y'' + ay' + by = ce^{-x}; find a, b, c" drawn as secants to a tangent
    assert _draft(r"已知 $y=e^{2x}+xe^{-x}$ 是微分方程 $y''+ay'+by=ce^{-x}$ 的一个特解，求 $a,b,c$，并画出它的图像。").kind != "derivative"
    assert _draft(r"Find the derivative of $f(x)=x^3$ at $x=1$ and draw the tangent.").kind == "derivative"


def test_a_hanging_spring_starts_below_its_rest_position():
    # #33's kind: m x'' = mg - k(x - l) started at x(0) = 1, above the rest position l + mg/k = 10.8
    draft = _draft(r"A mass hangs on a spring: $m\ddot x = mg - k(x - l)$ with $x$ measured down from the support.")
    said = _said(draft)
    assert draft.kind == "spring_mass"
    assert "x(0) = 11.8" in said and "x_e = 10.8" in said  # m = k = l = 1 declared: rest at 1 + 9.8, pulled 1 further


def test_a_variable_that_ends_at_a_swept_letter_is_not_swept_over_a_fixed_window():
    # #8's kind: S(y) = by(1 - y/h) swept over y in [-4, 4] though y runs from 0 to h
    assert _draft(r"The inscribed rectangle has area $S(y)=b\,y\left(1-\frac yh\right)$; animate $y$ from $0$ to $h$.").kind \
        != "parameter_sweep"
    assert _draft(r"For $0<x<a$ the family $f_a(x)=x(a-x)$ has its top at $x=a/2$.").kind != "parameter_sweep"
    assert _draft(r"Show how $y = a\sin x$ changes with $a$.").kind == "parameter_sweep"  # no bound on x: still swept


def test_an_integrals_dy_limits_are_no_interval_of_x():
    # walkthrough #9's kind: Area = \int_1^9 (27/y - \sqrt y) dy plotted y = x^2 over x in [1, 9]
    assert interval(extract(r"Slicing horizontally, $\text{Area}=\int_{2}^{8}\left(\frac{16}{y}-\sqrt{y}\right)dy$.")) is None
    assert interval(extract(r"$\int_{0}^{3} x^2\,\mathrm{d}x = 9$")) == (0.0, 3.0)
    assert interval(extract(r"$\int_{0}^{3} x^2 = 9$")) == (0.0, 3.0)  # no differential written: still x's


# -- traps the sixteenth set drew true but did not call (#6, #25, #32) and the one it flagged falsely (#26) -------------

def _claims(concept: str) -> list[tuple[str, str]]:
    from mkdocs_manimgen.generate.offline.claims import false_claims

    return [(c.stated, c.truth) for c in false_claims(extract(concept))]


def test_a_methods_stated_order_is_checked():
    # #32's kind: "Euler's method is second order, so halving h quarters the error" (its global error is O(h))
    assert _claims(r"用欧拉法解 $y'=y,\ y(0)=1$。欧拉法是二阶方法，步长减半时误差变为原来的 $\tfrac14$。") == \
        [(r"\text{error} = O(h^{2})", r"\text{error} = O(h^{1})")]
    # the fourteenth's #37: the trapezoidal rule's error "proportional to the step size" (it is O(h^2))
    assert _claims(r"For the trapezoidal rule the error is proportional to the step size $\Delta x$.") == \
        [(r"\text{error} = O(h^{1})", r"\text{error} = O(h^{2})")]
    for true in (r"Simpson's rule is fourth order: halving $h$ divides the error by 16.",
                 r"Euler's method has global error $O(h)$ and local error $O(h^2)$.",  # a local error is one order higher
                 r"The improved Euler method is second-order accurate.",
                 r"用改进的欧拉法解二阶微分方程 $y''+y=0$。"):  # a second-order equation is no method's order
        assert _claims(true) == [], true


def test_a_value_that_does_not_solve_the_equation_before_it_is_called():
    # #6's kind: "A'(a) = 1 - 4/a^2 = 0 gives a^2 = 4, so a = 4"
    assert _claims(r"Setting $A'(x)=1-\frac{9}{x^{2}}=0$ gives $x^{2}=9$, so $x=9$.") == [(r"x^{2} = 9 \Rightarrow x = 9", r"x = -3,\ 3")]
    assert _claims(r"Setting $A'(x)=1-\frac{9}{x^{2}}=0$ gives $x=3$.") == []  # a root (the positive one) holds
    assert _claims(r"$t^2 = 16$, so $t = 4\ \mathrm{s}$.") == []


def test_a_derived_contradiction_is_no_false_value():
    # #26: "adding the equations gives 0 = 3, so there is no solution" was called false (0 = 0)
    assert _claims(r"For $a=-3$ adding the three equations gives $0=3$: the system has no solution.") == []


def test_a_stated_gram_schmidt_vector_with_tex_spaces_is_read_and_checked():
    # #25's kind: beta_2 = (1 - 1/sqrt2,\ -1/sqrt2,\ 1)^T (divided by |beta_1|, not its square) was not read
    draft = _draft(r"对 $\alpha_1=(1,0,1)^{T}$，$\alpha_2=(0,1,1)^{T}$ 作施密特正交化：$\beta_1=\alpha_1$，"
                   r"$\beta_2=\alpha_2-\frac{(\alpha_2,\beta_1)}{\|\beta_1\|}\beta_1=\left(-\frac{1}{\sqrt2},\ 1,\ 1-\frac{1}{\sqrt2}\right)^{T}$。")
    assert draft.kind == "gram_schmidt_3d" and "题中结果的检验" in [b.title for b in draft.storyboard]
    assert "\\beta_2 = (-0.5, 1, 0.5)" in _said(draft)


# -- partial kinds made whole: the improved Euler method's two slopes (#31), Euler's method at two step sizes (#32) ----

def test_the_improved_euler_method_is_drawn_with_its_two_slopes_and_its_steps_checked():
    draft = _draft(r"用改进的欧拉法求 $y'=2x-y,\ y(0)=1$，取 $h=0.2$：$y_1=0.86$，$y_2=0.8452$。画出每一步的两条斜率。")
    said = _said(draft)
    assert draft.kind == "slope_field" and "predictors = VGroup(" in draft.code
    assert "k_1 = f(0, 1) = -1" in said and "\\bar y_1 = 1 + 0.2 \\cdot -1 = 0.8" in said  # k_2 = f(0.2, 0.8) = -0.4
    assert "y_1 = 1 + \\tfrac{0.2}{2}(-1 + -0.4) = 0.86" in said
    assert "$y_1 = 0.86$" in said  # the first stated step holds, the second is not the improved Euler step
    assert "$y_2 = 0.8452$ 不成立" in said and "(-0.46 + 0.032) = 0.8172" in said


def test_eulers_method_at_each_step_size_the_block_gives():
    draft = _draft(r"Use Euler's method on $y'=y$, $y(0)=1$, on $[0,1]$ with $h=0.25$ and then $h=0.125$, and compare the errors at $x=1$.")
    said = _said(draft)
    assert draft.kind == "slope_field" and "run_0 = " in draft.code and "run_1 = " in draft.code
    assert "$h = 0.25$ ends at $y(1) \\approx 2.44141$" in said and "$h = 0.125$ ends at $y(1) \\approx 2.56578$" in said
    assert "order $p \\approx 0.86$" in said  # (e - 2.44141) / (e - 2.56578) = 1.82: Euler's first order


def test_values_given_in_a_chain_under_a_standing_assumption_are_the_blocks():
    # #30: "(α, β, γ, δ > 0)" with "α = 3, β = γ = δ = 1": β and γ read as 0.5 (chosen), δ as left general
    from mkdocs_manimgen.generate.offline.odes import general, ode_system

    info = extract(r"Model: $$\dot x=\alpha x-\beta xy,\qquad \dot y=\delta xy-\gamma y\qquad(\alpha,\beta,\gamma,\delta>0)$$ "
                   r"Draw the phase portrait for $\alpha=2,\ \beta=\gamma=\delta=1$.")
    system = ode_system(info)
    assert system.params == {"alpha": 2.0, "beta": 1.0, "delta": 1.0, "gamma": 1.0} and not system.chosen
    assert general(info, list(system.params)) == []
    assert _draft(info.concept).kind == "phase_portrait"
    # one letter's own range with a value elsewhere is still left general (its regimes: gamma >= 0, gamma = 4 critical)
    assert general(extract(r"$\ddot x+\gamma\dot x+4x=0$ with $\gamma\ge0$; $\gamma=4$ is critical."), ["gamma"]) == ["gamma"]


def test_a_fall_against_drag_may_be_swept_in_its_drag_coefficient():
    # #34: v(t) = (mg/k)(1 - e^{-kt/m}) "as k grows" was refused for "motion with drag" (a projectile family's question)
    draft = _draft(r"A ball falls from rest against air resistance $kv$, so $v(t)=\frac{mg}{k}\left(1-e^{-kt/m}\right)$. "
                   r"Show how $v(t)$ changes as $k$ grows.")
    assert draft.kind == "parameter_sweep" and "Slide $k$" in _said(draft)


def test_a_tests_stated_verdict_is_checked_against_its_numbers():
    # #36's kind: chi^2 = 14.9 beyond the critical value 11.07, "so we fail to reject H0"
    assert _claims(r"Rolled 60 times a die gives $\chi^{2}=\frac{180}{10}=18$; with 5 degrees of freedom the critical value "
                   r"at the $5\%$ level is $11.07$, so we fail to reject $H_0$.") == \
        [(r"\text{fail to reject } H_0", r"\chi^{2} = 18 > 11.07:\ \text{reject } H_0")]
    assert _claims(r"检验统计量 $t=1.2$，临界值 $t_{0.025}(15)=2.131$，所以拒绝 $H_0$。") == \
        [(r"\text{reject } H_0", r"|t| = 1.2 < 2.131:\ \text{do not reject } H_0")]
    assert _claims(r"Its p-value is $0.012$ at the $5\%$ level, so we do not reject $H_0$.") == \
        [(r"\text{fail to reject } H_0", r"p = 0.012 < \alpha = 0.05:\ \text{reject } H_0")]
    for true in (r"$z=2.4$ and $z_{0.025}=1.96$, so we reject $H_0$.",
                 # H_0: p = 0.3 is a binomial parameter, no p-value (the eleventh's #26 was flagged by a first draft)
                 r"Under $H_0: p=0.3$, $P(X\ge 9)\approx0.113$ at the $5\%$ level, so there is insufficient evidence to reject $H_0$."):
        assert _claims(true) == [], true


def test_a_letter_the_block_fixes_by_a_definition_or_a_rounded_value_is_not_swept():
    # the fifteenth's #42 (opened by allowing a sweep for drag): c = sqrt(mg/k) with m, g, k given, "c ≈ 52.4", slid as c = 1, 3, 0.5
    concept = (r"A parachutist ($m=80\ \mathrm{kg}$, $k=0.3\ \mathrm{kg/m}$, $g=9.8\ \mathrm{m/s^2}$) falls against air resistance "
               r"$kv^2$; with $c=\sqrt{mg/k}$ the speed is $v(t)=c\tanh\left(\frac{gt}{c}\right)$.")
    assert _draft(concept).kind != "parameter_sweep"
    assert _draft(r"With air resistance $kv^2$ the speed is $v(t)=c\tanh\left(\frac{gt}{c}\right)$, and $c \approx 51.1$.").kind \
        != "parameter_sweep"
