"""extremum: the largest and smallest values of the author's function of one variable on the author's
domain (the closed-interval method), local extrema by the first-derivative test, and optimisation
problems whose objective the author writes in one letter. Cases modelled on Stewart (4.1, 4.3, 4.7),
Thomas (4.5), OpenStax Calculus 1 (4.3, 4.7), Paul's Online Notes and 同济《高等数学》(3.5); every
value the author states is checked, and a block asking another question (a constrained optimum,
a minimum spanning tree, the second-derivative test) or leaving a letter symbolic is refused."""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.extrema import read_extremum
from mkdocs_manimgen.generate.offline.latex import extract

from drafts import draft as _draft, said as _said


CLAIMED = [  # (block, the function the scene draws (numpy), what the narration must say)
    # absolute extrema on a closed interval
    (r"Find the absolute maximum and minimum values of $f(x) = x^3 - 3x^2 + 1$ on $[-\frac{1}{2}, 4]$.",  # Stewart 4.1 Ex. 8
     "x**3 - 3*x**2 + 1", ["the maximum is $f(4) = 17$", "the minimum is $f(2) = -3$", r"f(- \frac{1}{2}) = \frac{1}{8}"]),
    (r"Use the closed interval method: $f(x) = x - 2\sin x$, $0 \le x \le 2\pi$.",  # Stewart 4.1 Ex. 9
     "x - 2*np.sin(x)", [r"f(\frac{5 \pi}{3})", r"6.968", r"-0.6849"]),
    (r"The absolute minimum of $f(x) = x^{2/3}$ on $[-1, 8]$ is at the cusp $x = 0$, where $f'$ is undefined.",
     "abs(x)**(2/3)", ["the minimum is $f(0) = 0$", "undefined at $x = 0$"]),
    (r"Find the absolute extrema of $f(x) = \sin x + \cos x$ on $[0, 2\pi]$.",
     "np.sin(x) + np.cos(x)", [r"f(\frac{\pi}{4}) = \sqrt{2} \approx 1.4142", r"f(\frac{5 \pi}{4}) = - \sqrt{2}"]),
    (r"The maximum value of $f(x) = x^3 - 3x$ on $[0, 2]$ is $f(2) = 2$, and the minimum is $-2$ at $x = 1$.",
     "x**3 - 3*x", ["the maximum is $f(2) = 2$", "the minimum is $f(1) = -2$"]),
    (r"Determine the absolute extrema of $Q(y) = 3y(y + 4)^{2/3}$ on $[-5, -1]$.",  # Paul's Online Notes, 4.4
     "3*x*abs(x + 4)**(2/3)", ["the maximum is $Q(-4) = 0$", "the minimum is $Q(-5) = -15$", "undefined at $y = -4$"]),
    (r"Find the critical numbers and the absolute extrema of $g(t) = t\sqrt{4 - t^2}$ on $[-1, 2]$.",
     "x*np.sqrt(4 - x**2)", [r"the maximum is $g(\sqrt{2}) = 2$", r"the minimum is $g(-1) = - \sqrt{3}"]),
    # local extrema, the first-derivative test, on R or a half-line
    (r"Find the local maximum and minimum values of $f(x) = 3x^4 - 4x^3 - 12x^2 + 5$.",  # Stewart 4.3 Ex. 1
     "3*x**4 - 4*x**3 - 12*x**2 + 5", ["local max is $f(0) = 5$", "local min is $f(-1) = 0$", "local min is $f(2) = -27$"]),
    (r"Use the first derivative test to find the local extrema of $g(x) = x^3 - 12x + 1$.",
     "x**3 - 12*x + 1", ["local max is $g(-2) = 17$", "local min is $g(2) = -15$"]),
    (r"Find the maximum of $f(x) = x e^{-x}$ on $[0, \infty)$.",
     "x*np.exp(-x)", [r"the maximum is $f(1) = e^{-1} \approx 0.3679$"]),
    (r"Show that $f(x) = x + \frac{1}{x}$ has minimum value $2$ for $x > 0$.",
     "x + x**(-1.0)", ["the minimum is $f(1) = 2$"]),
    (r"Find the maximum value of $f(x) = \frac{\ln x}{x}$.",
     "np.log(x)/x", [r"$x > 0$", r"f(e) = e^{-1}"]),
    # optimisation word problems (one variable)
    (r"A farmer with 2400 ft of fencing fences a rectangular field along a straight river (no fence along the river). "
     r"The area is $A = 2400x - 2x^2$, $0 \le x \le 1200$. Maximize $A$.",  # Stewart 4.7 Ex. 1
     "-2*x**2 + 2400*x", ["$A$ is largest at $x = 600$: $A(600) = 720000$"]),
    (r"An open-top box is made by cutting congruent squares of side $x$ from the corners of a 12 in by 12 in sheet of tin "
     r"and bending up the sides: $$V(x) = x(12 - 2x)^2$$ The largest volume is $V = 128$ at $x = 2$.",  # Thomas 4.5 Ex. 1
     "x*(12 - 2*x)**2", ["$0 < x < 6$", "$V$ is largest at $x = 2$: $V(2) = 128$"]),
    (r"A box is cut from a 24 by 36 sheet: $V = x(24 - 2x)(36 - 2x)$. Maximize the volume.",  # OpenStax 4.7
     "x*(24 - 2*x)*(36 - 2*x)", ["$0 < x < 12$", "10 - 2 \\sqrt{7}", "1825"]),
    (r"The average cost of producing $q$ units is $\bar C(q) = \frac{100}{q} + 5 + 0.1q$. Minimize the average cost.",
     "(1/10)*x + 5 + 100/x", ["$q > 0$", r"$\bar{C}$ is smallest at $q = 10 \sqrt{10}$", "11.3246"]),
    (r"A company's profit is $P(x) = -0.02x^2 + 300x - 200000$ dollars for $x$ units. How many units maximize profit?",
     "-1/50*x**2 + 300*x - 200000", ["$P$ is largest at $x = 7500$: $P(7500) = 925000$"]),
    (r"Revenue is $R(x) = 50x$ and cost is $C(x) = 100 + 10x + x^2$, so the profit is $P(x) = R(x) - C(x) = -x^2 + 40x - 100$. "
     r"Find the production level that maximizes profit.", "-x**2 + 40*x - 100", ["$P$ is largest at $x = 20$: $P(20) = 300$"]),
    (r"A ball is thrown upward; its height is $h(t) = -16t^2 + 64t$ feet. Find its maximum height.",
     "-16*x**2 + 64*x", ["$h$ is largest at $t = 2$: $h(2) = 64$"]),
    (r"A rectangle is inscribed under the parabola $y = 12 - x^2$ with its base on the $x$-axis. Its area is $A(x) = 2x(12 - x^2)$. "
     r"Find the largest area.", "2*x*(12 - x**2)", [r"$0 < x < 2 \sqrt{3}$", "$A$ is largest at $x = 2$: $A(2) = 32$"]),
    # Chinese
    (r"求函数 $y = x + \sqrt{1 - x}$ 在 $[-5, 1]$ 上的最大值、最小值。",  # 同济 3.5 习题
     "x + np.sqrt(1 - x)", [r"最大值为 $y(\frac{3}{4}) = \frac{5}{4}$", r"最小值为 $y(-5) = -5 + \sqrt{6} \approx -2.5505$"]),
    (r"求函数 $f(x)=x^3-3x$ 在 $[-2, 3]$ 上的最大值和最小值。", "x**3 - 3*x",
     ["最大值为 $f(3) = 18$", "最小值为 $f(-2) = f(1) = -2$"]),
    (r"求函数 $y = 2x^3 + 3x^2 - 12x + 14$ 在 $[-3, 4]$ 上的最大值与最小值。",  # 同济 3.5 例
     "2*x**3 + 3*x**2 - 12*x + 14", ["最大值为 $y(4) = 142$", "最小值为 $y(1) = 7$"]),
    (r"求函数 $f(x) = x^3 - 3x^2 - 9x + 5$ 的极值。", "x**3 - 3*x**2 - 9*x + 5",
     ["极大值为 $f(-1) = 10$", "极小值为 $f(3) = -22$"]),
    (r"求函数 $f(x) = x^2 e^{-x}$ 的极值。", "x**2*np.exp(-x)",
     ["极小值为 $f(0) = 0$", r"极大值为 $f(2) = \frac{4}{e^{2}} \approx 0.5413$"]),
    (r"求函数 $f(x) = x - \ln(1 + x)$ 的极值。", "x - np.log(x + 1)", ["$x > -1$", "极小值为 $f(0) = 0$"]),
    (r"用长 100 m 的篱笆靠墙围成矩形菜园，垂直于墙的边长为 $x$，面积 $S = x(100 - 2x)$。当 $x = 25$ 时面积最大，最大面积为 $1250$。",
     "x*(100 - 2*x)", ["$0 < x < 50$", "当 $x = 25$ 时 $S$ 最大，最大值 $S(25) = 1250$"]),
    (r"做一个容积为 $16\pi$ 的圆柱形无盖水桶，用料 $S(r) = \pi r^2 + \frac{32\pi}{r}$，问半径 $r$ 为多少时用料最省？",
     "np.pi*x**2 + 32*np.pi/x", ["$r > 0$", r"当 $r = 2 \sqrt[3]{2}$ 时 $S$ 最小", "59.8436"]),
    (r"某厂利润 $L(x) = -x^2 + 40x - 100$（$x$ 为产量），求利润最大时的产量。", "-x**2 + 40*x - 100",
     ["当 $x = 20$ 时 $L$ 最大，最大值 $L(20) = 300$"]),
]


@pytest.mark.parametrize("concept, plotted, said", CLAIMED)
def test_the_extremum_family_draws_the_authors_function_on_its_domain(concept, plotted, said):
    draft = _draft(concept)
    assert draft.kind == "extremum", draft.reasoning
    assert f"return {plotted}\n" in draft.code
    for words in said:
        assert words in _said(draft), _said(draft)


LOOK_ALIKES = [  # the words of an extremum, another question or a false claim
    r"The maximum value of $f(x) = x^3 - 3x$ on $[0, 2]$ is $5$.",  # it is 2
    r"The function $f(x) = x^2 - 4x + 5$ has its minimum at $x = 3$.",  # at x = 2
    r"求函数 $f(x) = x^3 - 3x$ 在 $[-2, 3]$ 上的最大值，最大值为 $2$。",  # it is 18
    r"For $f(x) = x^3 - 3x$ on $[-2, 2]$ we have $f'(x) = 3x^2 - 1$; find the absolute maximum.",  # f' is 3x^2 - 3
    r"Maximize $A = xy$ where $2x + y = 100$.",  # two letters: the constraint not substituted
    r"Maximize $f(x, y) = xy$ subject to $x + y = 10$.",  # a constrained optimum (Lagrange)
    r"Maximize $f(x) = kx - x^2$.",  # a letter left symbolic
    r"求 $f(x) = ax^2 + bx + c$ 的最小值。",
    r"A rectangle has perimeter 40 m. What is the largest possible area?",  # no function written
    r"Find the minimum spanning tree of the graph with edges $AB = 4$, $BC = 2$, $AC = 5$.",
    r"Use the second derivative test to classify the critical points of $f(x) = x^3 - 3x$ as local maxima or minima.",
    r"Minimize $f(x) = x^2$ by gradient descent with learning rate $\eta = 0.1$ from $x_0 = 3$.",
    r"Find the maximum value of $f(x) = x^3 + 1$.",  # none: f grows without bound
    r"The cost is $C(q) = 100 + 5q + 0.1q^2$. Minimize the average cost.",  # C itself has no minimum for q > 0
    r"Find the local extrema of $f(x, y) = x^2 + y^2 - 2x$.",  # two variables
    r"Maximize $A = xy$ where $y = 100 - 2x$.",  # the objective still in two letters
    r"On $[0, \pi]$ the maximum of $f(x) = \sin x$ occurs at $x = \pi$.",  # at pi/2
    r"The minimum of $f(x) = x^2$ is $0$ and the minimum of $g(x) = x^2 + 4x$ is $-4$.",  # two functions
    r"求函数 $f(x) = x^3 - 3x^2 - 9x + 5$ 的极值，极大值为 $f(-1) = 12$。",  # it is 10
]


@pytest.mark.parametrize("concept", LOOK_ALIKES)
def test_a_false_claim_or_another_question_is_not_drawn_as_an_extremum(concept):
    assert _draft(concept).kind != "extremum"
    assert read_extremum(extract(concept)) is None


def test_the_second_derivative_test_stays_with_concavity():
    draft = _draft(r"Use the second derivative test to classify the critical points of $f(x) = x^3 - 3x$.")
    assert draft.kind == "concavity"


def test_the_scene_marks_the_domain_and_never_plots_outside_it():
    draft = _draft(r"An open box from a 12 by 12 sheet: $V(x) = x(12 - 2x)^2$. Find the largest volume.")
    assert "x_range=[0, 6," in draft.code and "holes = VGroup(Circle" in draft.code
    half = _draft(r"Find the maximum of $f(x) = x e^{-x}$ on $[0, \infty)$.")
    assert "x_range=[0, " in half.code and "x_range=[-" not in half.code


def test_reader_values():
    ex = read_extremum(extract(r"Find the absolute extrema of $f(x) = x^4 - 2x^2 + 3$ on $[-2, 3]$."))
    assert [c.x for c in ex.candidates] == [-2, -1, 0, 1, 3]
    assert ex.best.x == 3 and ex.best.y == 66 and ex.worst.y == 2
    assert [c.kind for c in ex.candidates[1:4]] == ["min", "max", "min"]
    corner = read_extremum(extract(r"Find the extrema of $f(x) = |x - 2|$ on $[0, 3]$."))
    assert [c.where for c in corner.candidates] == ["end", "singular", "end"] and corner.worst.x == 2
