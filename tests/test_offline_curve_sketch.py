"""curve_sketch: the whole sketch of the author's f (Stewart 4.5 "Summary of curve sketching", Thomas 4.4,
OpenStax Calculus 1 4.6, 同济《高等数学》3.6 函数图形的描绘, A-level "sketch the curve, stating the asymptotes"):
domain, vertical / horizontal / oblique asymptotes, removable holes, intercepts, the sign line of f' with
the local extrema, concavity and inflection points when asked, the curve drawn piece by piece. Every value
the author states is checked; a false one, a free letter, a polar / parametric / implicit / piecewise
curve, a periodic f without an interval, and blocks asking only for an extremum, an inflection point,
a limit or a plain plot are refused or left to their own family."""

from __future__ import annotations

import re

import pytest

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.sketch import read_sketch

from drafts import draft as _draft, said as _said


CLAIMED = [  # (block, the function drawn (numpy), what the narration must say)
    # 同济《高等数学》3.6 and 考研 style
    (r"描绘函数 $y = x^3 - x^2 - x + 1$ 的图形。",  # 同济 3.6 例1
     "x**3 - x**2 - x + 1", ["它没有渐近线", r"$x = - \frac{1}{3}$ 处极大值 $y = \frac{32}{27} \approx 1.1852$",
                             "$x = 1$ 处极小值 $y = 0$", r"拐点 $(\frac{1}{3}, \frac{16}{27} \approx 0.5926)$",
                             r"在 $(- \frac{1}{3}, 1)$ 上单调减少"]),
    (r"作函数 $f(x) = \frac{4(x+1)}{x^2} - 2$ 的图形。",  # 同济 3.6 例3
     "-2 + (4*x + 4)/x**2", [r"$x = 0$ 是铅直渐近线", r"水平渐近线 $y = -2$", "极小值 $f(-2) = -3$"]),
    (r"描绘函数 $y = \frac{x}{1+x^2}$ 的图形。",  # 同济 3.6 习题
     "x/(x**2 + 1)", ["水平渐近线 $y = 0$", r"$x = 1$ 处极大值 $y = \frac{1}{2}", r"拐点 $(- \sqrt{3}, - \frac{\sqrt{3}}{4}"]),
    (r"描绘函数 $y = x^2 e^{-x}$ 的图形，并求其单调区间、极值、凹凸区间与拐点。",
     "x**2*np.exp(-x)", [r"$\lim_{x \to +\infty} y = 0$", "在 $(0, 2)$ 上单调增加", r"$x = 2$ 处极大值 $y = \frac{4}{e^{2}} \approx 0.5413$",
                         r"在 $(2 - \sqrt{2}, \sqrt{2} + 2)$ 上是凸的"]),
    (r"求曲线 $y = \frac{x^3}{(x-1)^2}$ 的渐近线，并描绘其图形。",  # 考研
     "x**3/(x - 1)**2", [r"$x = 1$ 是铅直渐近线", "斜渐近线 $y = x + 2$", r"$x = 3$ 处极小值 $y = \frac{27}{4}",
                         "在 $x = 0$ 处 $y'$ 不变号，不是极值点", "拐点 $(0, 0)$"]),
    (r"全面讨论函数 $y = \ln(x^2 + 1)$ 的性态并作出图形。",
     "np.log(x**2 + 1)", ["它没有渐近线", "$x = 0$ 处极小值 $y = 0$", "在 $(-1, 1)$ 上是凹的"]),
    (r"作出函数 $f(x) = \frac{\ln x}{x}$ 的图像，指出其渐近线与极大值 $f(e) = \frac{1}{e}$。",
     "np.log(x)/x", [r"$\lim_{x \to 0^{+}} f(x) = -\infty$", "水平渐近线 $y = 0$", r"极大值 $f(e) = e^{-1} \approx 0.3679$"]),
    # Stewart 4.5, Thomas 4.4, OpenStax 4.6, A-level
    (r"Use the guidelines to sketch the curve $y = \frac{2x^2}{x^2 - 1}$.",  # Stewart 4.5 Ex. 1
     "2*x**2/(x**2 - 1)", [r"\lim_{x \to -1^{-}} y = +\infty, \lim_{x \to -1^{+}} y = -\infty", "the horizontal asymptote $y = 2$",
                           "a local maximum $y = 0$ at $x = 0$", "concave down on $(-1, 1)$", "no inflection point"]),
    (r"Sketch the graph of $f(x) = x e^x$, showing its horizontal asymptote, the local minimum and the inflection point.",  # Ex. 3
     "x*np.exp(x)", [r"$\lim_{x \to -\infty} f(x) = 0$", r"a local minimum $f(-1) = - \frac{1}{e} \approx -0.3679$",
                     r"inflection point $(-2, - \frac{2}{e^{2}} \approx -0.2707)$"]),
    (r"Sketch the curve $y = \frac{x^3}{x^2+1}$. It has the slant asymptote $y = x$.",  # Stewart 4.5 Ex. 5
     "x**3/(x**2 + 1)", ["the oblique asymptote $y = x$", r"increasing on $(-\infty, \infty)$", "keeps its sign: no extremum"]),
    (r"Sketch the graph of $y = \frac{x^2 + 4}{2x}$, showing asymptotes and local extrema.",  # Thomas 4.4
     "(1/2)*(x**2 + 4)/x", [r"the oblique asymptote $y = \frac{x}{2}$", "a local maximum $y = -2$ at $x = -2$",
                            "a local minimum $y = 2$ at $x = 2$", "never meets the $x$-axis"]),
    (r"Sketch the curve $y = \frac{x+1}{x-2}$, stating the equations of the asymptotes, $x = 2$ and $y = 1$, "
     r"and the points where it crosses the axes.",  # A-level
     "(x + 1)/(x - 2)", ["$x = 2$ is a vertical asymptote", "the horizontal asymptote $y = 1$", "$x$-axis at $(-1, 0)$",
                         r"$y$-axis at $(0, - \frac{1}{2})$"]),
    (r"Sketch $f(x) = \frac{x^2}{1-x}$ showing all asymptotes, intervals of increase and decrease, and local extrema.",  # OpenStax 4.6
     "x**2/(1 - x)", ["the oblique asymptote $y = - x - 1$", "$f(x) + x$ tends to a limit", "a local maximum $f(2) = -4$"]),
    (r"Sketch $f(x) = \ln(4 - x^2)$, showing its domain, asymptotes, intervals of increase and decrease and concavity.",
     "np.log(4 - x**2)", [r"$x \in (-2, 2)$", r"$\lim_{x \to 2^{-}} f(x) = -\infty$", "concave down on $(-2, 2)$"]),
    (r"Sketch the graph of $f(x) = \frac{x^2}{\sqrt{x+1}}$, with its asymptotes and concavity.",  # Stewart 4.5 Ex. 2
     "x**2/np.sqrt(x + 1)", [r"$\lim_{x \to -1^{+}} f(x) = +\infty$", "a local minimum $f(0) = 0$", r"concave up on $(-1, \infty)$"]),
    (r"Sketch the graph of $f(x) = \frac{x^2 - 1}{x^2 - x}$, showing its asymptotes and any holes.",
     "(x**2 - 1)/(x**2 - x)", ["$x = 0$ is a vertical asymptote", "the horizontal asymptote $y = 1$", "an open dot $(1, 2)$"]),
    (r"Sketch $f(x) = x + 2\sin x$ on $[0, 2\pi]$, showing its extrema and inflection points.",
     "x + 2*np.sin(x)", [r"$x \in [0, 2 \pi]$", r"a local maximum $f(\frac{2 \pi}{3}) = \sqrt{3} + \frac{2 \pi}{3} \approx 3.8264$",
                         r"inflection point $(\pi, \pi \approx 3.1416)$"]),
]


@pytest.mark.parametrize("concept, plotted, said", CLAIMED)
def test_the_sketch_draws_the_authors_function_with_its_features(concept, plotted, said):
    draft = _draft(concept)
    assert draft.kind == "curve_sketch", draft.reasoning
    assert f"return {plotted}\n" in draft.code
    for words in said:
        assert words in _said(draft), _said(draft)


LOOK_ALIKES = [  # (block, the family it must get instead; None: anything but curve_sketch)
    (r"Sketch $y = \frac{2x^2}{x^2-1}$; its horizontal asymptote is $y = 1$.", None),  # it is y = 2
    (r"描绘函数 $y = x e^{-x}$ 的图形，其极大值为 $f(1) = 1$。", None),  # f(1) = 1/e
    (r"Sketch the graph of $f(x) = x e^x$; it is increasing on $(-2, \infty)$.", None),  # on (-1, oo)
    (r"Sketch $y = \frac{x+1}{x-2}$; its vertical asymptote is $x = -2$.", None),
    (r"作函数 $y = \frac{x^3}{(x-1)^2}$ 的图形，其斜渐近线为 $y = x + 1$。", None),  # y = x + 2
    (r"Sketch the graph of $f(x) = \frac{x}{x^2 - 4}$; it has a local maximum at $x = 0$.", None),  # no extremum
    (r"描绘 $y = \frac{x}{1+x^2}$ 的图形，该曲线没有渐近线。", None),  # y = 0 is one
    (r"Sketch $y = \frac{x^2}{x^2 - a^2}$ showing its asymptotes.", None),  # a free letter
    (r"Sketch the graph of $y = x + \sin x$.", None),  # infinitely many flat points, no interval
    (r"Sketch $f(x) = \begin{cases} x^2 & x < 0 \\ \frac{1}{x} & x > 0 \end{cases}$ showing its asymptotes.", None),
    (r"Sketch the curve $x^3 + y^3 = 6xy$ and its asymptote.", None),  # implicit
    (r"Sketch the polar curve $r = 1 + \cos\theta$.", "polar_curve"),
    (r"Sketch the parametric curve $x = \cos t$, $y = \sin 2t$.", "parametric_curve"),
    (r"Sketch the region bounded by $y = x^2$ and $y = x + 2$ and find its area.", "area_between"),
    (r"Find the local maximum of $f(x) = \frac{\ln x}{x}$.", "extremum"),
    (r"求函数 $f(x) = x^3 - 3x^2 - 9x + 5$ 的极值。", "extremum"),
    (r"Find the inflection points of $f(x) = x^3 - 3x^2$.", "concavity"),
    (r"Use the second derivative test to classify the critical points of $f(x) = x^3 - 3x$.", "concavity"),
    (r"Plot the graph of $f(x) = x^2 - 2x$.", "function_plot"),
    (r"Sketch $f(x) = |x - 1|$ on $[-2, 3]$.", "function_plot"),
    (r"Find $\lim_{x \to \infty} \frac{2x^2}{x^2-1}$.", "limit"),
    (r"Sketch the direction field of $y' = x - y$.", "slope_field"),
]


@pytest.mark.parametrize("concept, family", LOOK_ALIKES)
def test_a_false_claim_or_another_question_is_not_sketched(concept, family):
    draft = _draft(concept)
    assert draft.kind != "curve_sketch"
    if family is not None:
        assert draft.kind == family, draft.reasoning
    else:
        assert read_sketch(extract(concept)) is None


def test_the_curve_never_joins_across_an_asymptote():
    draft = _draft(r"Use the guidelines to sketch the curve $y = \frac{2x^2}{x^2 - 1}$.")
    ranges = [tuple(map(float, m)) for m in re.findall(r"axes\.plot\(f, x_range=\[([-\d.e]+), ([-\d.e]+),", draft.code)]
    assert len(ranges) >= 3
    for u, v in ranges:
        assert not (u < -1 < v) and not (u < 1 < v)
    assert draft.code.count("DashedLine(") >= 3  # x = -1, x = 1, y = 2


def test_reader_values():
    sk = read_sketch(extract(r"Sketch $f(x) = \frac{x^2 - 1}{x^2 - x}$ showing its asymptotes."))
    assert [v[0] for v in sk.vertical] == [0.0] and [(h[1], h[2]) for h in sk.horizontal] == [(1.0, "1"), (1.0, "1")]
    assert [(p.x, p.y) for p in sk.holes] == [(1.0, 2.0)] and sk.critical == ()
    sk = read_sketch(extract(r"描绘函数 $y = e^{1/x}$ 的图形，并求其渐近线。"))
    assert [v[:2] for v in sk.vertical] == [(0.0, "0")] and sk.vertical[0][2] == ("++",)  # only from the right
    assert [round(p.x, 6) for p in sk.inflections] == [-0.5]
    sk = read_sketch(extract(r"Sketch $f(x) = x^4 - 4x^3$ showing its extrema and inflection points."))
    assert [(p.x, p.kind) for p in sk.critical] == [(0.0, "flat"), (3.0, "min")] and [p.x for p in sk.inflections] == [0.0, 2.0]


@pytest.mark.parametrize("concept, claimed", [
    (r"作函数 $f(x) = \frac{4(x+1)}{x^2} - 2$ 的图形，其极小值为 $-3$。", True),
    (r"作函数 $f(x) = \frac{4(x+1)}{x^2} - 2$ 的图形，其极小值为 $-2$。", False),  # it is -3
    (r"Since $\lim_{x\to\infty} \frac{3x^2}{x^2+1} = 3$, the line $y = 3$ is a horizontal asymptote of $y = \frac{3x^2}{x^2+1}$.", True),
    (r"Since $\lim_{x\to\infty} \frac{3x^2}{x^2+1} = 2$, the line $y = 2$ is a horizontal asymptote of $y = \frac{3x^2}{x^2+1}$.", False),
    (r"Sketch $f(x) = x e^x$: it is concave up on $(-2, \infty)$ and concave down on $(-\infty, -2)$, "
     r"with an inflection point at $(-2, -2e^{-2})$.", True),
    (r"Sketch $f(x) = x e^x$: it is concave up on $(-3, \infty)$.", False),  # only from -2
])
def test_each_stated_value_is_checked(concept, claimed):
    assert (_draft(concept).kind == "curve_sketch") is claimed
