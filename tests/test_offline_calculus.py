"""Calculus at a point (issue 23): tangents, secants, linear approximations, normals, implicit curves,
the derivative of an inverse and concavity, each drawn for the author's own function and point.

The cases are written in the project's own words, modelled on exercises of other textbooks (Stewart,
Thomas, OpenStax Calculus Vol. 1, 同济《高等数学》). Each family must claim its kind, refuse a
look-alike whose stated value is wrong or whose question differs, and draw the author's numbers.
"""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.calculus import read_point_ask
from mkdocs_manimgen.generate.offline.implicit import read_implicit
from mkdocs_manimgen.generate.offline.shape import read_concavity, read_inverse

from mkdocs_manimgen.generate.offline.latex import extract

from drafts import draft as _draft, said as _said


CLAIMED = {
    "derivative": [
        r"Find the tangent line to $y = x^3 - 2x$ at $x = 2$: the slope is $10$ and the line is $y = 10x - 16$.",
        r"求曲线 $y = \ln x$ 在 $x = 1$ 处的切线方程：$y = x - 1$。",
        r"The average velocity of $s(t) = 16t^2$ between $t = 2$ and $t = 2 + h$ is $64 + 16h$.",
        r"Linearization of $f(x) = \sqrt{x}$ near $x = 9$: $\sqrt{x} \approx 3 + \frac{x - 9}{6}$.",
        r"Linear approximation: $e^x \approx 1 + x$ near $x = 0$.",
        r"Marginal revenue: for $R(q) = 50q - 0.5q^2$, $R'(q) = 50 - q$.",
        r"The slope of the tangent to $f(x) = \frac{1}{x}$ at $x = 2$ is $-\frac{1}{4}$.",
        r"导数的几何意义：$f(x) = x^2 + 1$ 在 $x = 1$ 处的切线斜率为 $2$。",
        r"The tangent to $y = \sin x$ at $x = 0$ is $y = x$.",
        r"Instantaneous velocity: $s(t) = 4.9t^2$ at $t = 3$.",
    ],
    "implicit_curve": [
        r"Implicit differentiation of $x^2 + y^2 = 25$ at $(3, 4)$: the slope is $-\frac{3}{4}$.",
        r"Find $\frac{dy}{dx}$ on the folium of Descartes $x^3 + y^3 = 6xy$ at $(3, 3)$.",
        r"隐函数求导：椭圆 $\frac{x^2}{25} + \frac{y^2}{9} = 1$ 上点 $(0, 3)$ 处的切线斜率为 $0$。",
        r"Implicit differentiation of $x^2 - y^2 = 1$ gives $\frac{dy}{dx} = \frac{x}{y}$.",
        r"The tangent to the curve $xy = 4$ at $(2, 2)$ has slope $-1$.",
        r"Implicitly differentiate $y^2 = x^3$: at $(1, 1)$, $\frac{dy}{dx} = \frac{3}{2}$.",
        r"隐函数 $e^y + xy = e$ 在点 $(0, 1)$ 处的导数。",
        r"The circle $x^2 + y^2 = 4$: implicit differentiation gives the tangent at every point.",
        r"The normal to the circle $x^2 + y^2 = 25$ at $(3, 4)$ passes through the centre.",
    ],
    "normal_line": [
        r"The normal line to $y = x^2$ at $x = 1$ is perpendicular to the tangent: its slope is "
        r"$-\frac{1}{f'(1)} = -\frac{1}{2}$, so $$y - 1 = -\frac{1}{2}(x - 1)$$",
        r"求曲线 $y = \ln x$ 在 $x = 1$ 处的法线方程。",
        r"The normal line to $y = \sqrt{x}$ at $x = 4$ has slope $-4$.",
        r"Find the normal line to $f(x) = x^3$ at $x = 1$: $y = -\frac{1}{3}x + \frac{4}{3}$.",
        r"曲线 $y = x^2 - 2x$ 在 $x = 2$ 处的法线。",
        r"The normal line to $y = e^x$ at $x = 0$ is $y = -x + 1$.",
        r"The normal to $y = x^2 + 1$ at $x = -1$ has slope $\frac{1}{2}$.",
        r"The normal line to $y = \frac{1}{x}$ at $x = 1$ is $y = x$.",
    ],
    "inverse_derivative": [
        r"反函数求导：$y = x^3 + x$ 的反函数满足 $\frac{dx}{dy} = \frac{1}{3x^2 + 1}$。",
        r"The derivative of an inverse: $y = \ln x$, $x = e^y$, $\frac{dx}{dy} = e^y$.",
        r"The derivative of the inverse of $f(x) = 2x + 1$: $f^{-1}(x) = \frac{x - 1}{2}$, $(f^{-1})'(x) = \frac{1}{2}$.",
        r"反函数的导数：$y = \arcsin x$，$x = \sin y$，$\frac{dx}{dy} = \cos y$。",
        r"Derivative of the inverse: $y = e^{2x}$, $x = \frac{1}{2}\ln y$, $\frac{dx}{dy} = \frac{1}{2y}$.",
        r"By the inverse function theorem, for $y = x^5 + 2x$, $\frac{dx}{dy} = \frac{1}{5x^4 + 2}$.",
        r"Derivative of an inverse: $y = \sqrt{x}$, $x = y^2$, $\frac{dx}{dy} = 2y$.",
        r"The derivative of the inverse: for $y = x^3$, $x = y^{1/3}$ and $$\frac{dx}{dy} = \frac{1}{3x^2}$$",
    ],
    "concavity": [
        r"拐点：$f(x) = x^3 - 3x^2 + 1$ 的拐点为 $(1, -1)$。",
        r"The inflection points of $f(x) = x^4 - 6x^2$ are at $x = -1$ and $x = 1$.",
        r"Second derivative test: $f(x) = x^3 - 12x$ has a local maximum at $x = -2$ and a local minimum at $x = 2$.",
        r"The concavity of $f(x) = xe^{-x}$ changes at $x = 2$.",
        r"$f(x) = \sin x$ changes concavity at its inflection points.",
        r"曲线 $y = x^3$ 的凹凸区间与拐点 $(0, 0)$。",
        r"二阶导数判别法：$f(x) = x^4 - 2x^2$ 在 $x = 0$ 处取极大值。",
        r"The logistic curve $f(x) = \frac{1}{1 + e^{-x}}$ has its inflection point at $x = 0$.",
    ],
}


@pytest.mark.parametrize("family, concept", [(f, c) for f, cases in CLAIMED.items() for c in cases])
def test_each_kind_is_drawn_by_its_family(family, concept):
    draft = _draft(concept)
    assert draft.kind == family, (draft.kind, draft.reasoning)
    assert draft.reasoning is None


REFUSED = {  # a look-alike: the value the block states is wrong, or its question is another one
    "a wrong tangent line": (r"The tangent line to $y = x^2$ at $x = 1$ is $y = 2x + 1$.", "derivative"),
    "a wrong slope": (r"The slope of $y = \sqrt{x}$ at $x = 4$ is $\frac{1}{2}$.", "derivative"),
    "a wrong linear approximation": (r"Linear approximation: $\sqrt{1 + x} \approx 1 + x$ near $x = 0$.", "derivative"),
    "a wrong average rate": (r"The average velocity of $f(t) = 5t^2$ between $t = 1$ and $t = 1 + h$ is $10 + h$.", "derivative"),
    "a wrong marginal cost": (r"Marginal cost: $C(q) = 100 + 5q + 0.1q^2$, $C'(q) = 5 + 0.1q$.", "derivative"),
    "a Taylor polynomial is no linear approximation": (r"泰勒多项式：$\cos x \approx 1 - \frac{x^2}{2} + \frac{x^4}{24}$。", "derivative"),
    "a wrong implicit slope": (r"Implicit differentiation of $xy = 6$: the slope at $(2, 3)$ is $-\frac{2}{3}$.", "implicit_curve"),
    "a point off the curve": (r"Implicit differentiation: the tangent to $x^2 + y^2 = 25$ at $(1, 1)$.", "implicit_curve"),
    "a wrong dy/dx": (r"Implicit differentiation: for $x^2 + y^2 = 25$, $\frac{dy}{dx} = \frac{x}{y}$.", "implicit_curve"),
    "related rates are not an implicit curve": (r"Related rates: a 10 m ladder slides down a wall. With $x^2 + y^2 = 100$, "
                                               r"$$2x\frac{dx}{dt} + 2y\frac{dy}{dt} = 0.$$", "implicit_curve"),
    "a wrong normal line": (r"The normal line to $y = x^2$ at $x = 1$ is $y - 1 = -2(x - 1)$.", "normal_line"),
    "the normal distribution": (r"The normal distribution $$f(x) = \frac{1}{\sqrt{2\pi}} e^{-x^2/2}$$ at $x = 0$.", "normal_line"),
    "a wrong dx/dy": (r"The derivative of the inverse: for $y = x^3$, $x = y^{1/3}$ and $\frac{dx}{dy} = 3x^2$.", "inverse_derivative"),
    "a function that is not one-to-one": (r"The derivative of an inverse: $f(x) = x^2$, $f^{-1}(x) = \sqrt{x}$.", "inverse_derivative"),
    "an inverse without a derivative": (r"Exponential and logarithm: $2^x$ and its inverse $y = \log_2 x$.", "inverse_derivative"),
    "a wrong inflection point": (r"The inflection point of $f(x) = x^3 - 6x^2$ is at $x = 1$.", "concavity"),
    "a wrong height of the inflection point": (r"拐点：$f(x) = x^3 - 3x^2 + 1$ 的拐点为 $(1, 3)$。", "concavity"),
    "no inflection point at all": (r"The inflection point of $f(x) = x^4$ is at $x = 0$.", "concavity"),
    "a maximum that is a minimum": (r"Second derivative test: $f(x) = x^3 - 12x$ has a local maximum at $x = 2$.", "concavity"),
}


@pytest.mark.parametrize("kind", sorted(REFUSED))
def test_a_look_alike_is_refused(kind):
    concept, family = REFUSED[kind]
    assert _draft(concept).kind != family


def test_the_readers_check_every_stated_value():
    ask = read_point_ask(extract(r"The slope of $y = \sqrt{x}$ at $x = 4$ is $\frac{1}{4}$; the tangent line there is "
                                 r"$y = 2 + \frac{1}{4}(x - 4)$."))
    assert ask.at == 4 and str(ask.slope) == "1/4" and str(ask.line) == "x/4 + 1"
    ask = read_point_ask(extract(r"if $f(t) = 5t^2$ then the average velocity between $t = 1$ and $t = 1 + h$ is $10 + 5h$."))
    assert (ask.curve.var, ask.at, ask.secant) == ("t", 1, "10 + 5h")
    assert read_point_ask(extract(r"边际成本：$C(q) = 100 + 5q + 0.1q^2$，$C'(q) = 5 + 0.2q$。")).curve.name == "C"
    imp = read_implicit(extract(r"Implicit differentiation of $xy = 6$: $y + x\frac{dy}{dx} = 0$, so the slope at $(2, 3)$ is $-\frac{3}{2}$."))
    assert imp.point == (2, 3) and str(imp.slope) == "-3/2" and imp.stated == r"y + x\frac{dy}{dx} = 0"
    assert read_inverse(extract(r"反函数的导数：若 $y = e^x$，则 $x = \ln y$，$\frac{dx}{dy} = \frac{1}{y}$。")).stated == (
        r"x = \ln y", r"\frac{dx}{dy} = \frac{1}{y}")
    con = read_concavity(extract(r"曲线的凹凸性与拐点：$f(x) = x^3 - 6x^2$ 的拐点在 $x = 2$。"))
    assert con.inflections == (2.0,) and con.named == (2.0,) and con.critical == ((0.0, "max"), (4.0, "min"))


def test_the_scenes_draw_the_authors_function_and_point():
    d = _draft(r"The slope of $y = \sqrt{x}$ at $x = 4$ is $\frac{1}{4}$; the tangent line there is $y = 2 + \frac{1}{4}(x - 4)$.")
    assert "return np.sqrt(x)" in d.code and "x = ValueTracker(4)" in d.code and r"y'(4) = \frac{1}{4}" in _said(d)
    assert 'formula = MathTex(r"y = \\sqrt{x}"' in d.code and r"y = 2 + \frac{1}{4}(x - 4)" in d.code  # the function, then the claim
    d = _draft(r"Velocity is the slope of the distance graph: if $f(t) = 5t^2$ then the average velocity between "
               r"$t = 1$ and $t = 1 + h$ is $10 + 5h$.")
    assert "return 5*x**2" in d.code and 'MathTex("t", font_size=30)' in d.code and "x_range=[0, 3" in d.code
    assert r"$10 + 5h \to 10$" in _said(d) and "f'(1) = 10" in _said(d)
    d = _draft(r"Linear approximation: near $x = 0$, $\sqrt{1 + x} \approx 1 + \frac{x}{2}$.")
    assert "return np.sqrt(x + 1)" in d.code and "approx_line" in d.code and "0.5 * x.get_value() + 1" in d.code
    d = _draft(r"边际成本：成本函数 $C(q) = 100 + 5q + 0.1q^2$，边际成本 $C'(q) = 5 + 0.2q$。")
    assert d.kind == "derivative" and "x_range=[0, 50" in d.code and "C'(q) = 0.2 q + 5" in _said(d)
    d = _draft(r"Implicit differentiation of $xy = 6$: $y + x\frac{dy}{dx} = 0$, so the slope at $(2, 3)$ is $-\frac{3}{2}$.")
    assert "def F(x, y):\n            return x*y - 6" in d.code and "s = ValueTracker(" in d.code and "(2, 3)" in d.code
    assert r"- \frac{3}{2}" in _said(d) and "plot_implicit_curve(F" in d.code
    d = _draft(r"反函数的导数：若 $y = e^x$，则 $x = \ln y$，$\frac{dx}{dy} = \frac{1}{y}$。")
    assert d.kind == "inverse_derivative" and "return np.exp(x)" in d.code and "Rotate(inverse, PI" in d.code
    d = _draft(r"曲线的凹凸性与拐点：$f(x) = x^3 - 6x^2$ 的拐点在 $x = 2$。")
    assert d.kind == "concavity" and "return x**3 - 6*x**2" in d.code and "(2, -16)" in _said(d)
    assert "axes.c2p(2, f(2))" in d.code  # the author's inflection point is marked


def test_the_normal_is_drawn_on_equal_axes():
    import re

    d = _draft(r"求曲线 $y = \ln x$ 在 $x = 1$ 处的法线方程。")
    lengths = re.search(r"x_range=\[(-?[\d.]+), (-?[\d.]+), [\d.]+\],\s*y_range=\[(-?[\d.]+), (-?[\d.]+), [\d.]+\],\s*"
                        r"x_length=([\d.]+), y_length=([\d.]+)", d.code)
    a, b, lo, hi, xl, yl = map(float, lengths.groups())
    assert abs(xl / (b - a) - yl / (hi - lo)) < 1e-2  # one unit on both axes: the right angle looks right
    assert "$y = 1 - x$" in _said(d) and "RightAngle(tangent, normal" in d.code
