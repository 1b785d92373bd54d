"""Buffon's needle in the monte_carlo family: needles of the author's length L dropped on lines the author's d
apart (L <= d), crossings counted, pi estimated as 2LN/(dH); every stated probability judged against 2L/(pi d).

Blocks are modelled on textbook statements (Stewart's "needle of length h ... lines L units apart", Wikipedia's
ℓ and t, 浙大《概率论与数理统计》's 间距 a 和针长 l, 同济-style 2a / 2l). Look-alikes: a long needle, a grid,
a noodle, dice and coins, a compass needle, and the plain pi-by-points block (still the quarter disc)."""

from __future__ import annotations

import math

import pytest

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.templates import _buffon


# (block, L, d, example?, stated values judged: [(value, true)])
NEEDLES = [
    (r"Buffon's needle: a needle of length $L = 1$ is dropped on a floor ruled with lines $d = 2$ apart. "
     r"The probability that it crosses a line is $\frac{2L}{\pi d}$.", 1, 2, False, [(1 / math.pi, True)]),
    (r"Drop a needle of length $2$ on lines $4$ apart (Buffon): $P = \frac{2L}{\pi d} = \frac{1}{\pi}$. Simulate it to estimate $\pi$.",
     2, 4, False, [(1 / math.pi, True), (1 / math.pi, True)]),
    (r"Buffon's needle problem: a needle of length $h$ is dropped at random onto a plane ruled with parallel lines $L$ units apart, "
     r"$h \le L$. Show that the probability that the needle crosses a line is $\frac{2h}{\pi L}$.", 1, 2, True, [(1 / math.pi, True)]),
    (r"A needle $3$ cm long is tossed onto a wooden floor whose boards are $5$ cm wide. What is the probability that it lands "
     r"across a crack? The answer is $\frac{6}{5\pi} \approx 0.382$.", 3, 5, False, [(6 / (5 * math.pi), True), (0.382, True)]),
    (r"Buffon's needle with $L = 3$ and $d = 4$: the probability of a crossing is $P = \frac{1}{2}$.", 3, 4, False, [(0.5, False)]),
    (r"Buffon's needle: needle length $L = 1$, lines $d = 2$ apart, so $P = \frac{L}{\pi d}$.", 1, 2, False, [(1 / (2 * math.pi), False)]),
    (r"Buffon's needle no longer than the spacing: a needle of length $1$ on lines $1$ apart crosses with probability $\frac{2}{\pi}$.",
     1, 1, False, [(2 / math.pi, True)]),
    (r"用蒙特卡罗方法模拟布丰投针实验：针长 $l=1$，平行线间距 $a=2$，估计 $\pi$。", 1, 2, False, []),
    (r"布丰投针实验：平面上画有等距离为 $a$ 的一些平行线，向平面任意投掷一枚长为 $l$（$l<a$）的针，"
     r"求针与任一平行线相交的概率 $p = \frac{2l}{\pi a}$。", 1, 2, True, [(1 / math.pi, True)]),
    (r"蒲丰投针问题：平行线间距为 $2a$，针长为 $2l$（$l<a$），则针与直线相交的概率为 $p=\frac{2l}{\pi a}$。",
     1, 2, True, [(1 / math.pi, True)]),
    (r"投针试验：针长 $l = 1.5$，平行线间距 $a = 3$，针与直线相交的概率为 $0.5$。", 1.5, 3, False, [(0.5, False)]),
    (r"Buffon's needle: a needle of length $\ell = 2$ on lines a distance $t = 5$ apart crosses a line with probability "
     r"$P = \frac{2\ell}{t\pi} \approx 0.2546$.", 2, 5, False, [(4 / (5 * math.pi), True), (0.2546, True)]),
]


@pytest.mark.parametrize("concept, L, d, example, claims", NEEDLES, ids=[f"needle-{i}" for i in range(len(NEEDLES))])
def test_the_needles_are_the_authors(concept, L, d, example, claims):
    needle = _buffon.read(extract(concept))
    assert needle is not None
    assert (needle.L, needle.d, needle.example) == (L, d, example)
    assert [(round(c.value, 4), c.true) for c in needle.claims] == [(round(v, 4), t) for v, t in claims]
    draft = _draft(concept)
    assert draft.kind == "monte_carlo", (draft.kind, draft.reasoning)
    code = draft.code
    assert "needles = [Line(" in code and "cross = '" in code and "ArcBetweenPoints" not in code
    p = 2 * L / (math.pi * d)
    assert f"{p:.4f}".rstrip("0") in code
    said = _said(draft)
    chinese = extract(concept).chinese
    assert ("（我们选取的值）" if chinese else "(values we chose)") in said if example else "chose" not in said and "选取" not in said
    false = [v for v, t in claims if not t]
    if false:
        assert ("错误" if chinese else "FALSE") in code
    else:
        assert "FALSE" not in code and "：错误" not in code


def test_the_crossings_follow_the_geometry():
    needle = _buffon.read(extract(r"Buffon's needle with $L = 1$ and $d = 2$."))
    u, v, theta, x, cross = _buffon.drop(needle, 7, 4)
    assert (x <= needle.d / 2 + 1e-12).all()
    lo, hi = v - needle.L / 2 * np.sin(theta), v + needle.L / 2 * np.sin(theta)
    assert list(np.floor(lo / needle.d) != np.floor(hi / needle.d)) == list(cross)  # a line lies between the ends
    assert abs(cross.mean() - needle.p) < 0.08


REFUSED = [
    r"Buffon's needle problem: a needle of length $L = 5$ on lines $d = 2$ apart.",
    r"Buffon's needle with a long needle ($\ell > t$): the probability is $\frac{2}{\pi}\left(\frac{\ell}{t} - \sqrt{\ldots}\right)$.",
    r"长针投针问题：针长 $l = 3$，平行线间距 $a = 1$，求相交的概率。",
    r"The Buffon–Laplace needle: a needle of length $1$ dropped on a grid of rectangles $2 \times 3$.",
    r"Buffon's noodle: a bent needle of length $L$ crosses lines $d$ apart $\frac{2L}{\pi d}$ times on average.",
    r"Simulate rolling two dice $1000$ times with a Monte Carlo run and estimate $P(\text{sum} = 7) = \frac16$.",
    r"用蒙特卡罗方法模拟抛硬币 $1000$ 次，正面朝上的频率趋于 $\frac12$。",
]


@pytest.mark.parametrize("concept", REFUSED, ids=[f"refused-{i}" for i in range(len(REFUSED))])
def test_other_experiments_get_no_needles(concept):
    assert _buffon.read(extract(concept)) is None
    draft = _draft(concept)
    assert draft.kind != "monte_carlo" and "needles = [Line(" not in draft.code


def test_a_compass_needle_is_no_buffon():
    concept = r"A compass needle points along the field $\mathbf B = (1, 2)$; find the angle it makes with the $x$-axis."
    assert not _buffon.about(extract(concept))
    assert "needles = [Line(" not in _draft(concept).code


@pytest.mark.parametrize("concept", [
    r"Estimate $\pi$ by Monte Carlo: throw random points into the unit square and count those with $x^2 + y^2 \le 1$.",
    r"用随机投点（蒙特卡罗方法）估计圆周率：$\pi \approx 4 \cdot \frac{m}{n}$。",
])
def test_pi_by_points_is_still_the_quarter_disc(concept):
    draft = _draft(concept)
    assert draft.kind == "monte_carlo" and "ArcBetweenPoints" in draft.code and "needles = [Line(" not in draft.code


def test_the_scene_is_titled_and_timed():
    draft = _draft(r"Drop a needle of length $2$ on lines $4$ apart (Buffon): $P = \frac{2L}{\pi d} = \frac{1}{\pi}$.")
    assert "Buffon's needle" in draft.code and "plane.plot(lambda t: 1 * np.sin(t)" in draft.code
    assert 10 <= draft.storyboard[-1].end <= 25
    zh = _draft(r"布丰投针：针长 $l = 1$，间距 $a = 2$。")
    assert "布丰投针" in zh.code and "相交" in _said(zh)


import numpy as np  # noqa: E402
from drafts import draft as _draft, said as _said
