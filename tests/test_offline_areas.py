"""area_between and accumulation: the area between the author's two curves (their bounds, or where the curves
meet), and the author's accumulation function F(x) = ∫_a^x f(t) dt. Each draws only the author's objects; a
false stated value, a letter left symbolic, one curve, or another question gets the walkthrough."""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.area_readers import read_accumulation, read_area_between

from mkdocs_manimgen.generate.offline.latex import extract

from drafts import draft as _draft, said as _said

WALKTHROUGH = {"equation", "explainer"}


# (block, a, b, area): modelled on Stewart 6.1, OpenStax Calculus 1 6.1, Paul's Online Notes, AP, 同济 6.2
AREAS = [
    (r"Area between the curves $y = x$ and $y = x^2$ on $[0, 1]$ is $\frac{1}{6}$.", 0, 1, 1 / 6),
    (r"Find the area of the region enclosed by $y = x^2$ and $y = 2x$.", 0, 2, 4 / 3),
    (r"$$A = \int_0^1 (\sqrt x - x^2)\,dx = \frac{1}{3}$$ is the area between the two curves.", 0, 1, 1 / 3),
    (r"The area between $y = x^3$ and $y = x$ on $[-1, 1]$.", -1, 1, 0.5),  # they cross at 0
    (r"Find the area of the region bounded by $y = x + 2$ and $y = x^2$.", -1, 2, 4.5),
    (r"Area between $y = \sin x$ and $y = \cos x$ from $x = 0$ to $x = \frac{\pi}{2}$.", 0, 1.5708, 2 * 2 ** 0.5 - 2),
    (r"The region between $y = e^x$ and $y = x$ for $0 \le x \le 1$ has area $e - \frac{3}{2}$.", 0, 1, 2.718281828 - 1.5),
    (r"Sketch the region enclosed by $y = 4 - x^2$ and the x-axis and find its area.", -2, 2, 32 / 3),
    (r"The area of the region between $f(x) = 2x - x^2$ and $g(x) = -x$ is $\frac{9}{2}$.", 0, 3, 4.5),
    (r"AP: the region bounded by $y = \sqrt{x}$ and $y = \frac{x}{2}$ has area $\frac{4}{3}$.", 0, 4, 4 / 3),
    (r"求两曲线 $y=x^2$ 与 $y=2x$ 所围成的面积。", 0, 2, 4 / 3),
    (r"求由抛物线 $y = x^2$ 与直线 $y = x + 2$ 所围成的平面图形的面积，$$S = \int_{-1}^{2} (x + 2 - x^2)\,dx = \frac{9}{2}$$",
     -1, 2, 4.5),
    (r"计算曲线 $y = x^3$ 与 $y = x$ 之间在 $[-1, 1]$ 上的面积，答案 $A = \frac{1}{2}$。", -1, 1, 0.5),
    (r"由 $y = x^2$, $y = 0$, $x = 2$ 所围成的图形的面积。", 0, 2, 8 / 3),
    (r"两曲线 $y = \sqrt{x}$ 与 $y = x^2$ 所围成的面积为 $$A = \int_0^1 (\sqrt{x} - x^2)\,dx = \frac{1}{3}$$", 0, 1, 1 / 3),
    (r"求曲线 $y = e^x$、$y = 1$ 与直线 $x = 1$ 所围成的面积。", 0, 1, 2.718281828 - 2),
]


@pytest.mark.parametrize("concept, a, b, area", AREAS)
def test_area_between_reads_the_authors_curves_and_bounds(concept, a, b, area):
    r = read_area_between(extract(concept))
    assert r is not None
    assert (r.a, r.b) == pytest.approx((a, b), abs=1e-4)
    assert r.area == pytest.approx(area, rel=1e-4)


@pytest.mark.parametrize("concept, a, b, area", AREAS)
def test_area_between_draws_them(concept, a, b, area):
    draft = _draft(concept)
    assert draft.kind == "area_between", draft.reasoning
    said = _said(draft)
    assert f"{area:.4f}".rstrip("0").rstrip(".")[:5] in said
    assert "always_redraw(_strip)" in draft.code and "bounded_graph=piece_g" in draft.code
    if extract(concept).chinese:
        assert "曲线" in said


def test_area_between_splits_at_a_crossing_and_says_where_the_curves_meet():
    cubic = _draft(r"The area between $y = x^3$ and $y = x$ on $[-1, 1]$.")
    assert "cross at $x = 0$" in _said(cubic) and "region_1" in cubic.code
    assert r"\int_{-1}^{0}" in _said(cubic) and r"\int_{0}^{1}" in _said(cubic)
    met = _draft(r"Find the area of the region enclosed by $y = x^2$ and $y = 2x$.")
    assert "meet" in _said(met) and "$x = 0$ and $x = 2$" in _said(met) and "region_1" not in met.code


AREA_LOOK_ALIKES = [
    r"The area under $y = x^2$: $$\int_0^1 x^2\,dx = \frac{1}{3}$$",  # one curve: the integral family
    r"Area between the curves $y = x$ and $y = x^2$ on $[0, 1]$ is $\frac{1}{3}$.",  # it is 1/6
    r"The area between $y = x^2$ and $y = a$ is $\frac{4}{3}a^{3/2}$.",  # a letter left symbolic
    r"The region between $y = x$ and $y = x^2$ is rotated about the $x$-axis: $$V = \pi\int_0^1 (x^2 - x^4)\,dx$$",
    r"The volume of the solid obtained by rotating the region bounded by $y = x$ and $y = x^2$ about the x-axis.",
    r"Area between $y = \sin x$ and $y = \cos x$.",  # they meet again and again: no enclosed region named
    r"$$\int_0^1 (x - x^2)\,dx = -\frac{1}{6}$$ is the area between $y = x$ and $y = x^2$.",  # false
    r"两曲线 $y = x^2$ 与 $y = 2x$ 所围成的面积为 $2$。",  # it is 4/3
    r"求由 $x = y^2$ 与 $y = x - 2$ 所围成的面积。",  # a curve in terms of y: not drawn here
    r"The area between $y = x$ and the curve $y = x^2 + 1$ on $[0, 1]$ is $$\int_0^1 (x^2 + 1 + x)\,dx$$",  # not f - g
]


@pytest.mark.parametrize("concept", AREA_LOOK_ALIKES)
def test_area_between_refuses_look_alikes(concept):
    assert _draft(concept).kind != "area_between"


def test_plain_integral_stays_the_integral_family_and_it_refuses_areas_between():
    assert _draft(r"The area under $y = x^2$: $$\int_0^1 x^2\,dx = \frac{1}{3}$$").kind == "integral"
    assert _draft(r"$$\int_0^2 (3x^2 - 2x)\,dx = 4$$").kind == "integral"
    for concept, *_ in AREAS[:4]:
        assert _draft(concept).kind != "integral"
    for concept, *_ in ACCUMULATIONS[:4]:
        assert _draft(concept).kind != "integral"


# (block, F's name, a, a value F takes at the slope point or None, the closed form sympy gives or None)
ACCUMULATIONS = [
    (r"If $G(x) = \int_1^x \frac{1}{t}\,dt$ then $G'(x) = \frac{1}{x}$.", "G", 1, r"\log"),
    (r"The accumulation function $F(x) = \int_0^x (t^2 - 1)\,dt$ has $F(3) = 6$.", "F", 0, r"\frac{x^{3}}{3} - x"),
    (r"Let $A(x) = \int_0^x 2t\,dt$. Then $A(x) = x^2$ and $A'(x) = 2x$.", "A", 0, "x^{2}"),
    (r"$$\frac{d}{dx}\int_0^x \cos t\,dt = \cos x$$ (the fundamental theorem of calculus).", "F", 0, r"\sin"),
    (r"Accumulation function: with $f(t) = 3 - t$, $g(x) = \int_0^x f(t)\,dt$ for $0 \le x \le 5$.", "g", 0, None),
    (r"FTC part 1: $F(x) = \int_{-1}^x (t^3 - t)\,dt$, so $F'(x) = x^3 - x$.", "F", -1, None),
    (r"The accumulation function $S(x) = \int_0^x e^{-t^2}\,dt$ increases for every $x$, $S'(x) = e^{-x^2}$.", "S", 0, None),
    (r"Let $H(x) = \int_2^x \sqrt{t}\,dt$ on $[2, 6]$; $H'(4) = 2$.", "H", 2, None),
    (r"变上限积分 $\Phi(x) = \int_0^x \sin t\,dt = 1 - \cos x$，$\Phi'(x) = \sin x$。", r"\Phi", 0, r"\cos"),
    (r"积分上限函数 $F(x) = \int_0^x t e^{t}\,dt$，$F'(x) = x e^{x}$。", "F", 0, None),
    (r"设 $F(x) = \int_1^x \frac{1}{t}\,dt$，则 $F(e) = 1$。", "F", 1, r"\log"),
    (r"变上限的定积分 $F(x) = \int_0^x (2t - 2)\,dt$，在 $[0, 3]$ 上，$F(2) = 0$。", "F", 0, None),
    (r"积分上限函数 $G(x) = \int_0^x \cos t\,dt$，求 $G'(x) = \cos x$。", "G", 0, r"\sin"),
    (r"The net change: $F(x) = \int_0^x (4 - t^2)\,dt$, $F(3) = 3$.", "F", 0, None),
    (r"Accumulation function $F(x) = \int_0^x \frac{1}{1 + t^2}\,dt = \arctan x$.", "F", 0, None),
]


@pytest.mark.parametrize("concept, name, a, closed", ACCUMULATIONS)
def test_accumulation_reads_and_draws_the_authors_F(concept, name, a, closed):
    acc = read_accumulation(extract(concept))
    assert acc is not None and acc.name == name and acc.a == pytest.approx(a)
    if closed:
        assert closed in (acc.closed or "")
    draft = _draft(concept)
    assert draft.kind == "accumulation", draft.reasoning
    assert "always_redraw(accumulated)" in draft.code and "always_redraw(tangent)" in draft.code
    assert f"return {acc.code} + 0 * x" in draft.code
    said = _said(draft)
    assert ("斜率" in said) if extract(concept).chinese else ("slope" in said)


def test_accumulation_uses_the_authors_point_and_interval_and_says_what_it_chose():
    h = _draft(r"Let $H(x) = \int_2^x \sqrt{t}\,dt$ on $[2, 6]$; $H'(4) = 2$.")
    assert "a, b = 2, 6" in h.code and "for instance" not in _said(h) and "H'(4) = f(4)" in _said(h)
    g = _draft(r"If $G(x) = \int_1^x \frac{1}{t}\,dt$ then $G'(x) = \frac{1}{x}$.")
    assert "we let $x$ run to $4$" in _said(g) and "for instance" in _said(g)


ACCUMULATION_LOOK_ALIKES = [
    r"The accumulation function $F(x) = \int_0^x (t^2 - 1)\,dt$ has $F(3) = 7$.",  # it is 6
    r"If $G(x) = \int_1^x \frac{1}{t}\,dt$ then $G'(x) = \frac{1}{t^2}$.",  # false
    r"$F(x) = \int_a^x f(t)\,dt$ satisfies $F'(x) = f(x)$.",  # the theorem stated: no function
    r"积分上限函数 $F(x) = \int_0^{x^2} \sin t\,dt$，$F'(x) = 2x\sin x^2$。",  # a composite upper limit
    r"变上限积分 $F(x) = \int_0^x k t\,dt$。",  # a letter left symbolic
    r"Accumulation function $F(x) = \int_0^x \frac{1}{t}\,dt$.",  # diverges from 0
    r"设 $F(x) = \int_0^x (t - 1)\,dt$，则 $F(x) = x^2 - x$。",  # it is x²/2 - x
]


@pytest.mark.parametrize("concept", ACCUMULATION_LOOK_ALIKES)
def test_accumulation_refuses_look_alikes(concept):
    assert _draft(concept).kind != "accumulation"
