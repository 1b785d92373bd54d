"""The kinds the thirteenth unseen set showed wrong (issue 23), each written as our own blocks: the focal property
drawn for an ellipse's perimeter, tangent or nested areas; a solid turned about y = 3 drawn about the x-axis; a torus'
double integral drawn as the area under one curve; a general solution swept with example values beside the block's own
worked equation; and walkthrough plots of a substitution's new letter.  (The claims step's false flag on a Bernoulli
substitution is in test_offline_claims.py.)
"""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.templates._last_resort import plottable

from drafts import draft as _draft


@pytest.mark.parametrize("concept", [
    r"Ramanujan's estimate of the perimeter of $\frac{x^2}{36}+\frac{y^2}{16}=1$ is about $31.73$; show it by unrolling the curve.",
    r"椭圆 $\frac{x^2}{9}+\frac{y^2}{4}=1$ 在离心角 $\theta$ 处的切线为 $\frac{x\cos\theta}{3}+\frac{y\sin\theta}{2}=1$，请画出切线随 $\theta$ 转动。",
])
def test_an_ellipse_question_other_than_its_foci_is_not_the_focal_property(concept):
    assert _draft(concept).kind != "ellipse_foci"


def test_the_focal_property_is_still_drawn_when_asked():
    c = r"Show that for the ellipse $\frac{x^2}{25}+\frac{y^2}{16}=1$ the sum of the distances to the foci is $10$."
    assert _draft(c).kind == "ellipse_foci"


@pytest.mark.parametrize("concept", [
    r"Revolve the region under $y=x^2$, $0\le x\le 2$, about the line $y=5$ and find the volume by washers.",
    r"求 $y=\sqrt{x}$、$x=1$ 与 $x$ 轴所围图形绕直线 $y=-1$ 旋转所得旋转体的体积。",
])
def test_a_solid_about_another_line_is_not_drawn_about_the_x_axis(concept):
    assert _draft(concept).kind != "solid_of_revolution"


def test_an_iterated_integral_is_no_area_under_one_curve():
    c = (r"The sphere's area is $\int_0^{2\pi}\!\int_0^{\pi}4\sin\varphi\,d\varphi\,d\theta=16\pi$; "
         r"colour the northern half.")
    assert _draft(c).kind != "integral"


def test_a_general_solution_is_not_swept_beside_the_blocks_own_equation():
    c = (r"For $x''+\omega^2x=F\sin\omega t$ the resonant response is $x_p=-\frac{F}{2\omega}t\cos\omega t$. "
         r"Show it for $x''+4x=6\sin 2t$.")
    assert _draft(c).kind != "parameter_sweep"


@pytest.mark.parametrize("concept", [
    r"With $T=\tan\theta$ the trajectory condition becomes $4T^2-20T+9=0$.",
    r"For $y'+\frac{y}{x}=x^3y^2$ put $w=y^{-1}$; then $w'-\frac{w}{x}=-x^3$.",
])
def test_a_substitutions_new_letter_is_no_curve(concept):
    assert plottable(extract(concept)) is None


@pytest.mark.parametrize("concept, x1", [
    (r"Fixed-point iteration $x_{n+1}=g(x_n)$ with $g(x)=\frac{8}{x+2}$; draw the cobweb from $x_0=0.5$.", "terms = [0.5, 3.2, "),
    (r"把方程改写为 $x=g(x)=\dfrac{x^2+2}{3}$，迭代 $x_{n+1}=g(x_n)$，从 $x_0=0.5$ 出发画蛛网图。", "terms = [0.5, 0.75, "),
])
def test_an_iteration_of_a_map_the_block_names_once_is_a_cobweb(concept, x1):
    d = _draft(concept)
    assert d.kind == "cobweb" and x1 in d.code
