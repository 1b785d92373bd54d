"""The integral-question families (issue 23): arc length, average value, centre of mass, improper and line
integrals, and Riemann sums that stop at the author's n. Each draws the author's own function, interval
and numbers; a block that states a wrong value, or asks another question, is left to the walkthrough."""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline import integral_readers as readers

from mkdocs_manimgen.generate.offline.latex import extract

from drafts import draft as _draft, said as _said

WALKTHROUGH = {"equation", "explainer"}


CLAIMED = [  # (block, family, what the scene plots or runs on, a number the narration must give)
    (r"Arc length of the parabola $y = x^2$ on $[0, 1]$.", "arc_length", "return x**2", "L \\approx 1.4789"),
    (r"弧长：曲线 $y = x^{3/2}$ 从 $x = 0$ 到 $x = 1$。", "arc_length", "return x**(3/2)", "1.4397"),
    (r"The average value of $f(x) = \sin x$ on $[0, \pi]$ is $$\frac{1}{\pi}\int_0^{\pi}\sin x\,dx = \frac{2}{\pi}$$",
     "average_value", "return np.sin(x)", "0.6366"),
    (r"求函数 $f(x) = \cos x$ 在 $[0, \frac{\pi}{2}]$ 上的平均值，$$\bar f = \frac{2}{\pi}$$", "average_value", "return np.cos(x)", "0.6366"),
    (r"质心：密度均匀的细杆在 $[0, 4]$ 上，线密度 $\rho(x) = 1 + x$，求质心 $\bar x = \frac{\int_0^4 x\rho\,dx}{\int_0^4 \rho\,dx}$。",
     "centre_of_mass", "return x + 1", "2.4444"),
    (r"A thin rod lies on $[0, 3]$ with linear density $\lambda(x) = 2 + x$; find its center of mass.",
     "centre_of_mass", "return x + 2", "1.7143"),  # (9 + 9) / (6 + 4.5)
    (r"An improper integral: $$\int_1^{\infty} \frac{1}{x^2}\,dx = 1$$", "improper_integral", "return x**(-2.0)", "0.9412"),
    (r"反常积分 $$\int_1^{+\infty} \frac{1}{x}\,dx$$ 发散。", "improper_integral", "return x**(-1.0)", "发散"),
    # over the whole line: the areas over [-R, R] (f keeps one sign, so they tend to the integral)
    (r"Why is $\int_{-\infty}^{\infty}e^{-x^2}\,dx=\sqrt{\pi}$?", "improper_integral", "return np.exp(-x**2)", "1.7725"),
    (r"Show that $$\int_{-\infty}^{\infty}\frac{dx}{1+x^2}=\pi$$", "improper_integral", "return (x**2 + 1)**(-1.0)", "3.1416"),
    (r"The work done by the force $\mathbf F = (y, x)$ along the parabola $y = x^2$ from $(0,0)$ to $(1,1)$ is "
     r"$$W = \int_C \mathbf F \cdot d\mathbf r = 1$$", "line_integral", "return t**2 + 0 * t", "W \\approx 1"),
    (r"Line integral of $\mathbf F = (-y, x)$ along $\mathbf r(t) = (\cos t, \sin t)$, $0 \le t \le \pi$.",
     "line_integral", "return np.sin(t) + 0 * t", "3.1416"),
]


@pytest.mark.parametrize("concept, family, plotted, number", CLAIMED)
def test_each_family_draws_the_authors_own_objects(concept, family, plotted, number):
    draft = _draft(concept)
    assert draft.kind == family, draft.reasoning
    assert plotted in draft.code and number in _said(draft)


LOOK_ALIKES = [  # the family's keyword and objects, another question or a wrong claim
    r"The arc length of $y = x^2$ on $[0, 1]$ is $L = 2$.",  # the length is 1.4789
    r"The average value of $f(x) = x^2$ on $[0, 3]$ is $$\frac{1}{3}\int_0^3 x^2\,dx = 9$$",  # it is 3
    r"The centre of mass of a rod on $[0, 2]$ with density $\rho(x) = x^2$ is $\bar x = 1$.",  # it is 3/2
    r"The centroid of the region under $y = x^2$ on $[0, 1]$.",  # a region, not a rod
    r"The improper integral $$\int_1^{\infty} \frac{1}{x}\,dx$$ converges.",  # it diverges
    r"The improper integral $$\int_1^{\infty} \frac{1}{x^2}\,dx = 2$$",  # it is 1
    r"$$\int_{-\infty}^{\infty} e^{-x^2}\,dx = \pi$$",  # it is √π
    r"$$\int_{-\infty}^{\infty} x\,e^{-x^2}\,dx = 0$$",  # f changes sign: no area drawn
    r"$$\int_{-\infty}^{1} e^{x}\,dx = e$$",  # a lower limit -∞ alone is not drawn as [a, ∞)
    r"The work done by $\mathbf F = (y, x)$ along $y = x^2$ from $(0,0)$ to $(1,1)$ is $W = 2$.",  # it is 1
    r"The work done by $\mathbf F = (y, x)$ along $y = x^2$ from $(0,0)$ to $(2,2)$.",  # (2, 2) is not on the path
]


@pytest.mark.parametrize("concept", LOOK_ALIKES)
def test_a_wrong_claim_or_another_question_gets_the_walkthrough(concept):
    assert _draft(concept).kind in WALKTHROUGH


def test_an_area_is_still_the_integral_family():
    for concept in (r"The area under $y = x^2$: $$\int_0^1 x^2\,dx = \frac{1}{3}$$",
                    r"换元积分：$$\int_0^1 2x\,e^{x^2}\,dx = e - 1$$"):
        assert _draft(concept).kind == "integral"


def test_riemann_sums_stop_at_the_authors_n_and_show_its_exact_sum():
    draft = _draft(r"Approximating area: left Riemann sums of $f(x) = x^2$ on $[0, 2]$ with $n = 8$ rectangles.")
    assert draft.kind == "integral" and "boxes = rects(8)" in draft.code and "rects(16)" not in draft.code
    assert "a, b = 0, 2" in draft.code and "an interval we chose" not in _said(draft)
    assert "L_{8} = 2.1875" in _said(draft)  # (1/4) Σ (i/4)² for i = 0..7 = 140/64
    assert "running = [0, 0.015625, 0.078125" in draft.code and "2.1875]" in draft.code
    simpson = _draft(r"Simpson's rule approximates $\int_0^{\pi} \sin x\,dx$ with $n = 4$.")
    assert "boxes = rects(4)" in simpson.code and "S_{4} = 2.0046" in _said(simpson)  # (π/12)(2 + 4√2)


def test_readers_compute_from_the_authors_objects():
    rod = readers.read_rod(extract(r"A rod on $[0, 2]$ with density $\rho(x) = x^2$."))
    assert rod.mass == pytest.approx(8 / 3) and rod.centre == pytest.approx(1.5)
    horn = readers.read_improper(extract(r"$$\int_1^{\infty} \frac{1}{x}\,dx$$ diverges"))
    assert horn is not None and horn.value is None
    work = readers.read_line_integral(extract(r"The work of $\mathbf F = (1, 2)$ along $y = \sqrt{x}$ from $(0, 0)$ to $(4, 2)$ is $8$."))
    assert work.work == pytest.approx(8.0)
    assert readers.read_arc_length(extract(r"Arc length of $y = 2x + 1$ between $x = 0$ and $x = 3$: $L = 3\sqrt{5}$.")).length \
        == pytest.approx(3 * 5 ** 0.5)
    assert not readers.stated_values_hold(extract(r"$$\int_0^1 x^2\,dx = \frac{1}{2}$$"))
