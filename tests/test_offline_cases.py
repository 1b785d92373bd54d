"""Questions a family now reads as the block asks them (issue 23), each kind written as our own blocks
after the third unseen set showed it: a directional derivative, an oscillator whose damping is left
general, a cubic's monotonicity stated with sign conditions, an optimisation word problem, a rotation
about the origin, a least-squares line. And the look-alikes each must refuse.
"""

from __future__ import annotations

import re

import pytest

from mkdocs_manimgen.generate.offline.latex import extract, split_top
from mkdocs_manimgen.generate.offline.multivar import read_gradient
from mkdocs_manimgen.generate.offline.symbolic import number, parse

from drafts import draft as _draft, said as _said


# -- reading the LaTeX -------------------------------------------------------------------------------

@pytest.mark.parametrize("tex, want", [
    ("x^2y - 3y", "x**2*y - 3*y"),  # a one-token exponent, then a factor: a product in TeX
    ("x^2 y + y", "x**2*y + y"),
    ("3x^{2}y^3", "3*x**2*y**3"),
    ("x^2(x - 1)", "x**2*(x - 1)"),
    (r"\sin^2 x + \cos^2 x", "sin(x)**2 + cos(x)**2"),  # a function's power stays the function's
    (r"\int_0^1 x^2\,dx", "Integral(x**2, (x, 0, 1))"),  # an upper limit, then the integrand
    (r"\sum_{n=1}^{N} n^2", "Sum(n**2, (n, 1, N))"),
])
def test_a_power_then_a_factor_is_a_product(tex, want):
    assert str(parse(tex)) == want


@pytest.mark.parametrize("tex, want", [
    (r"128\ \text{cm}^3", 128.0),  # was read as 128^3 by the extremum reader
    ("1250 m^2", 1250.0),
    (r"4\,cm", 4.0),
    ("20 ft/s", 20.0),
])
def test_a_value_with_its_unit_is_the_value(tex, want):
    assert number(tex) == want


def test_a_tuple_in_angle_brackets_is_one_piece():
    assert split_top(r"\mathbf u=\langle 3, 4\rangle, \mathbf v = (1, 2)", ",") == [r"\mathbf u=\langle 3, 4\rangle", r" \mathbf v = (1, 2)"]


# -- the directional derivative ------------------------------------------------------------------------

DIRECTIONAL = [
    (r"Find the directional derivative of $f(x,y)=x^2y+y^3$ at $(1,2)$ in the direction of $\mathbf v=\langle 3,4\rangle$.",
     (1, 2), (3, 4), (4 * 3 + 13 * 4) / 5),
    (r"求函数 $z=x^2+xy$ 在点 $(1,1)$ 处沿方向 $\mathbf{l}=(1,-1)$ 的方向导数。", (1, 1), (1, -1), (3 - 1) / 2 ** 0.5),
    (r"At $(2, 0)$ the rate of change of $f(x, y) = x e^{y}$ in the direction $\hat{\mathbf u} = (0.6, 0.8)$ is "
     r"$D_{\mathbf u} f = \nabla f \cdot \mathbf u = 0.6 \cdot 1 + 0.8 \cdot 2 = 2.2$.", (2, 0), (0.6, 0.8), 2.2),
]


@pytest.mark.parametrize("concept, point, direction, rate", DIRECTIONAL)
def test_the_directional_derivative_is_read_and_drawn(concept, point, direction, rate):
    grad = read_gradient(extract(concept))
    assert grad is not None and grad.point == point and grad.direction == direction
    assert grad.rate == pytest.approx(rate)
    draft = _draft(concept)
    assert draft.kind == "gradient" and "u_arrow" in draft.code and "shadow" in draft.code


@pytest.mark.parametrize("concept", [
    # a false stated rate: (2, 2) · (1, 0) is 2
    r"The directional derivative of $f(x,y)=x^2+y^2$ at $(1,1)$ along $\mathbf u=(1,0)$ is $D_{\mathbf u}f=3$.",
    # no direction to draw
    r"Find the directional derivative of $f(x,y)=x^2+y^2$ at $(1,1)$.",
])
def test_a_directional_derivative_the_scene_cannot_show_truly_is_refused(concept):
    assert read_gradient(extract(concept)) is None
    assert _draft(concept).kind != "gradient"


# -- a parameter left general -------------------------------------------------------------------------

@pytest.mark.parametrize("concept, values", [
    (r"The damped spring $u''+\gamma u'+4u=0$ with $\gamma\ge0$: $\gamma=4$ is critical damping, for $\gamma>4$ "
     r"the mass creeps back without oscillating.", (2, 4, 8)),
    (r"设弹簧振子满足 $y''+2\beta y'+y=0$，其中 $\beta\ge0$。讨论 $\beta$ 取不同值时解的形态。", (0.5, 1, 2)),
])
def test_a_damping_left_general_is_drawn_at_each_of_its_regimes(concept, values):
    draft = _draft(concept)
    assert draft.kind == "spring_mass"
    assert all(f"run{i}_graph" in draft.code for i in range(3))
    shown = re.findall(r"= ([\d.]+)\$[:：]", " ".join(b.narration for b in draft.storyboard))
    assert [float(v) for v in shown] == list(values)


def test_a_general_parameter_that_cannot_be_swept_is_not_drawn_at_one_value():
    # forced: the regimes of the free motion are not the question
    draft = _draft(r"The forced oscillator $x''+c x'+x=\cos t$ with $c>0$ settles into a steady oscillation.")
    assert draft.kind != "spring_mass"


# -- several values of the damping compared: each x(t), its phase path, the discriminant's sign ------------------

REGIME_BLOCKS = [  # (block, the discriminants shown, the regimes named)
    (r"For $m\ddot x + c\dot x + kx = 0$ with $m = 1$, $k = 9$, $x(0)=2$, $\dot x(0)=0$, compare $c = 2, 6, 10$: underdamped, "
     r"critically damped, overdamped, as graphs of $x(t)$ and in the phase plane.",
     ["c^2 - 4 k m = -32 < 0", "c^2 - 4 k m = 0", "c^2 - 4 k m = 64 > 0"], ["underdamped", "critically damped", "overdamped"]),
    (r"For $x'' + 2\zeta\omega_0 x' + \omega_0^2 x = 0$ with $\omega_0 = 2$, $x(0) = 1$, $x'(0) = 0$, compare $\zeta = 0.25$, "
     r"$\zeta = 1$ and $\zeta = 2$.", ["= -15 < 0", "- 4 \\omega_{0}^{2} = 0", "= 48 > 0"], ["underdamped", "critically damped", "overdamped"]),
    (r"对于 $m\ddot{x}+c\dot{x}+kx=0$，取 $m=1$，$k=4$，$x(0)=1$，$\dot{x}(0)=0$，分别取 $c=1$、$c=4$、$c=6$，画出 $x(t)$ "
     r"的图像和相平面轨迹，说明欠阻尼、临界阻尼、过阻尼的区别。", ["= -15 < 0", "c^2 - 4 k m = 0", "= 20 > 0"], ["欠阻尼", "临界阻尼", "过阻尼"]),
    (r"阻尼振动 $\ddot x + c\dot x + 4x = 0$，$x(0)=1$，$\dot x(0)=0$：比较 $c = 0$ 与 $c = 1$ 时的运动和相图。",
     ["c^2 - 16 = -16 < 0", "c^2 - 16 = -15 < 0"], ["无阻尼", "欠阻尼"]),
    (r"Compare the solutions of $\ddot x + 2\zeta\dot x + x = 0$, $x(0)=1$, $\dot x(0)=0$ for $\zeta \in \{0.2, 1, 3\}$.",
     ["= -3.84 < 0", "= 0", "= 32 > 0"], ["underdamped", "critically damped", "overdamped"]),
]


@pytest.mark.parametrize("concept, discriminants, regimes", REGIME_BLOCKS)
def test_several_dampings_are_compared_in_time_and_in_the_phase_plane(concept, discriminants, regimes):
    draft = _draft(concept)
    assert draft.kind == "spring_mass", draft.reasoning
    for i, (d, r) in enumerate(zip(discriminants, regimes)):
        assert f"run{i}_graph = taxes.plot" in draft.code and f"orbit{i} = VMobject" in draft.code
        assert d in draft.code and r in draft.code
    assert f"run{len(regimes)}_graph" not in draft.code
    assert "false" not in _said(draft) and "不成立" not in _said(draft)


def test_a_regime_stated_wrongly_for_its_numbers_is_said_false():
    concept = (r"For $m\ddot x + c\dot x + kx = 0$ with $m = 1$, $k = 9$, $x(0)=2$, $\dot x(0)=0$: $c = 2$ is overdamped, "
               r"$c = 6$ is critically damped and $c = 10$ is overdamped.")
    said = _said(_draft(concept))
    assert "The block says $c = 2$ is overdamped; that is false: $D < 0$ makes it underdamped." in said
    assert said.count("that is false") == 1 and said.count("As the block says") == 2
    zh = _said(_draft(r"对于 $\ddot x + c\dot x + 4x = 0$，$x(0)=1$，$\dot x(0)=0$，取 $c = 1, 4, 6$，依次为过阻尼、临界阻尼、欠阻尼。"))
    assert "题中说 $c = 1$ 时为过阻尼，这不成立" in zh and "题中说 $c = 6$ 时为欠阻尼，这不成立" in zh
    # a word before its value, and a negated one, which states nothing
    before = _said(_draft(r"For $\ddot x + c\dot x + 9x = 0$, $x(0)=2$, $\dot x(0)=0$, the motion is overdamped for $c = 10$ and "
                          r"overdamped for $c = 2$; $c = 6$ is not underdamped."))
    assert "The block says $c = 2$ is overdamped; that is false" in before and before.count("that is false") == 1


@pytest.mark.parametrize("concept, family", [
    # one value: one trajectory in its phase portrait, as before
    (r"Draw the phase plane of $\ddot x + 2\dot x + 9x = 0$ with $x(0) = 2$, $\dot x(0) = 0$.", "phase_portrait"),
    # a number in a relation is no second value of c
    (r"The damped spring $\ddot x + c\dot x + 9x = 0$ with $c = 2$, $0 < t < 5$, $x(0) = 2$, $\dot x(0) = 0$.", "spring_mass"),
])
def test_one_value_is_no_comparison(concept, family):
    from mkdocs_manimgen.generate.offline.templates.spring_mass import comparison

    assert comparison(extract(concept)) is None
    assert _draft(concept).kind == family


def test_a_forced_or_negatively_damped_oscillator_is_no_comparison_of_regimes():
    from mkdocs_manimgen.generate.offline.templates.spring_mass import comparison

    assert comparison(extract(r"Compare $\ddot x + c\dot x + 4x = \cos t$ for $c = 1, 4, 6$ in the phase plane.")) is None
    assert comparison(extract(r"Compare $\ddot x + c\dot x + 4x = 0$ for $c = -1, 4$ in the phase plane.")) is None

# -- extrema: sign conditions are no domain; word problems ---------------------------------------------

@pytest.mark.parametrize("concept", [
    r"求 $f(x)=2x^3-6x+1$ 的单调区间与极值：$f'(x)=6x^2-6$，当 $x<-1$ 或 $x>1$ 时 $f'(x)>0$，当 $-1<x<1$ 时 "
    r"$f'(x)<0$，极大值 $f(-1)=5$，极小值 $f(1)=-3$。",
    r"An open-top box is made from a $10\text{ cm}\times 10\text{ cm}$ sheet by cutting squares of side $x$ from the "
    r"corners. Its volume is $V(x)=x(10-2x)^2$, $0<x<5$, and the largest box has $V(\tfrac53)=\frac{2000}{27}\ \text{cm}^3$.",
])
def test_an_extremum_is_read_past_sign_conditions_and_units(concept):
    assert _draft(concept).kind == "extremum"


def test_a_false_maximum_in_a_word_problem_is_refused():
    concept = (r"An open-top box is made from a $10\text{ cm}\times 10\text{ cm}$ sheet by cutting squares of side $x$ "
               r"from the corners. Its volume is $V(x)=x(10-2x)^2$, $0<x<5$, and the largest box has $V(2)=72\ \text{cm}^3$.")
    assert _draft(concept).kind != "extremum"  # V(2) = 72 is true, but the largest box is at x = 5/3


# -- questions that are not another family's --------------------------------------------------------------

def test_a_rotation_about_the_origin_is_a_map_of_the_plane_not_a_solid():
    concept = r"The matrix $R=\begin{pmatrix}0&-1\\1&0\end{pmatrix}$ rotates the plane by $90^\circ$ about the origin."
    assert _draft(concept).kind == "matrix_transform"


def test_a_least_squares_line_is_drawn_though_the_block_calls_it_a_projection():
    concept = (r"Fit the least-squares line to the points $(1,2)$, $(2,3)$, $(3,5)$: the normal equations give "
               r"$y=\frac13+\frac32x$, the orthogonal projection of the data onto the column space.")
    assert _draft(concept).kind == "regression"


# -- a product of two matrices -------------------------------------------------------------------------

@pytest.mark.parametrize("concept, orders", [
    (r"Let $A=\begin{pmatrix}1&1\\0&1\end{pmatrix}$ (a shear) and $B=\begin{pmatrix}2&0\\0&1\end{pmatrix}$ (a stretch). "
     r"Applying $A$ first and then $B$ is the product $BA=\begin{pmatrix}2&2\\0&1\end{pmatrix}$.", ["BA"]),
    (r"设 $P=\begin{pmatrix}0&1\\1&0\end{pmatrix}$，$Q=\begin{pmatrix}1&0\\0&-1\end{pmatrix}$，则 "
     r"$PQ=\begin{pmatrix}0&-1\\1&0\end{pmatrix}$，$QP=\begin{pmatrix}0&1\\-1&0\end{pmatrix}$，可见矩阵乘法不满足交换律。", ["PQ", "QP"]),
])
def test_a_product_of_two_matrices_is_drawn_as_one_map_after_the_other(concept, orders):
    draft = _draft(concept)
    assert draft.kind == "matrix_product"
    shown = re.findall(r'MathTex\(r"([A-Z]{2}) = ', draft.code)
    assert shown == orders
    # the right factor acts first: BA applies A's matrix before B's
    applied = re.findall(r"shape0\.animate\.apply_matrix\((\[\[.*?\]\])\)", draft.code)
    assert applied[0] == ("[[1.0, 1.0], [0.0, 1.0]]" if orders == ["BA"] else "[[1.0, 0.0], [0.0, -1.0]]")


def test_a_false_product_is_drawn_by_no_matrix_family():
    concept = (r"Let $A=\begin{pmatrix}1&1\\0&1\end{pmatrix}$ and $B=\begin{pmatrix}2&0\\0&1\end{pmatrix}$; "
               r"then $AB=\begin{pmatrix}2&2\\0&1\end{pmatrix}$.")  # AB is [[2, 1], [0, 1]]
    assert _draft(concept).kind not in ("matrix_product", "matrix_transform")


# -- a sum up to n is an identity, not a series ---------------------------------------------------------

def test_a_sum_up_to_n_is_checked_against_its_closed_form_and_not_called_divergent():
    draft = _draft(r"Prove by induction that $\sum_{k=1}^{n} k^2 = \frac{n(n+1)(2n+1)}{6}$ for every positive integer $n$.")
    said = " ".join(b.narration for b in draft.storyboard)
    assert draft.kind == "series" and "formula_values" in draft.code
    assert "diverges" not in said and "385" in said  # S_10 = 385


def test_a_false_closed_form_is_not_drawn_as_a_sum():
    draft = _draft(r"By induction, $\sum_{k=1}^{n} k^2 = \frac{n^2(n+1)}{2}$ for every $n$.")
    assert draft.kind != "series"


# -- a vague block about slope fields, and a volume by slices -------------------------------------------

def test_a_vague_block_about_slope_fields_gets_a_declared_example():
    draft = _draft("Show how a direction field lets you see the shape of solutions without solving the equation.")
    assert draft.kind == "slope_field" and draft.storyboard[0].narration.startswith("For instance")


def test_a_volume_by_slices_is_the_area_under_the_slice_area_and_called_a_volume():
    concept = (r"Slicing a square pyramid of base side $4$ and height $6$ into cross-sections at height $y$ gives squares of "
               r"side $\frac{2(6-y)}{3}$, so its volume is $$V=\int_0^6 \frac{4(6-y)^2}{9}\,dy=32$$")
    draft = _draft(concept)
    said = " ".join(b.narration for b in draft.storyboard)
    assert draft.kind == "integral" and r"V \approx 32" in draft.code
    assert "volume is about $32$" in said and "area is about" not in said


def test_a_volume_by_slices_is_not_drawn_from_another_integral_of_the_block():
    # the block's V = ∫ is not written: the factor ∫_0^1 s^2 ds must not stand in for the volume
    concept = (r"Why is a cone's volume a third of its cylinder? The cross-sections are discs whose area grows like the "
               r"square of the distance from the tip, and $$\int_0^1 s^2\,ds = \frac{1}{3}$$")
    assert _draft(concept).kind != "integral"


# -- kinds the fourth unseen set showed drawn wrong, each written again as our own block ------------------

def test_a_binomial_power_inside_another_formula_is_no_pascal_triangle():
    concept = r"On the axis of two opposite charges the potential is $$V = \frac{k}{(x-d)^2} - \frac{k}{(x+d)^2}.$$"
    assert _draft(concept).kind != "pascal_triangle"
    assert _draft(r"Expand $$(a+b)^4 = a^4 + 4a^3b + 6a^2b^2 + 4ab^3 + b^4$$").kind == "pascal_triangle"


def test_a_launch_angle_is_swept_from_0_to_a_right_angle():
    from mkdocs_manimgen.generate.offline.params import read_param_family

    concept = (r"A ball thrown at angle $\theta$ with speed $u$ lands at $R = \frac{u^2\sin 2\theta}{g}$: "
               r"$30^\circ$ and $60^\circ$ give the same range.")
    family = read_param_family(extract(concept))
    assert family is not None and family.domain == pytest.approx((0.0, 1.5707963))


def test_a_damping_said_general_in_words_is_swept_not_drawn_at_one_value():
    draft = _draft(r"For the damped motion $\ddot y + 2c\,\dot y + 4y = 0$, show how it changes as $c$ goes from small to large.")
    assert draft.kind == "spring_mass" and all(f"run{i}_graph" in draft.code for i in range(3))
    assert "c = 1, 2, 4" in draft.storyboard[0].narration
    # no oscillator's words: no family sweeps it, and none draws one value of c
    plain = _draft(r"For $\ddot y + 2c\,\dot y + 4y = 0$, show how the motion changes as $c$ goes from small to large.")
    assert plain.kind in ("equation", "explainer")


def test_no_start_is_chosen_where_the_equation_is_undefined():
    assert _draft(r"求微分方程 $y' = \frac{\cos x}{x} - \frac{y}{x}$ 的通解。").kind != "slope_field"
