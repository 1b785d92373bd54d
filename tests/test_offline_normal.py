"""The normal_probability family: X ~ N(mu, sigma^2) with the author's numbers and the probability of the intervals
the block asks (tails, between, |X - mu| < c, mu +- k sigma and the 3-sigma rule, symmetry, an inverse question,
standardising, an expected count n p), each probability from scipy.stats.norm; every probability, Phi value and count
the block states is checked at its own precision and a false one is called false on screen (the trap 0.0455 for one
tail of mu + 2 sigma). Look-alikes (a bare density, a sample mean, a confidence interval, a test, a binomial, two
variables, no numbers) are other families'."""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.templates import normal_probability as npb

from drafts import draft as _draft, said as _said


CLAIMED = [  # (block, mu, sigma, the probabilities of the intervals asked, in order; the population or None)
    (r"Exam marks are normal with mean 70 and standard deviation 10. About how many of 500 students score above 85?",
     70, 10, [0.0668], 500),
    (r"某校 1000 名学生的数学成绩 $X\sim N\left(100, 15^{2}\right)$，求 $P(X>130)$，并估计 130 分以上的人数。",
     100, 15, [0.0228], 1000),
    (r"某校学生身高 $X\sim N(170, 8^{2})$（单位：cm），由 3σ 原则，$P(162<X\le 178)\approx 0.6827$，"
     r"$P(154<X\le 186)\approx 0.9545$，$P(146<X\le 194)\approx 0.9973$。", 170, 8, [0.6827, 0.9545, 0.9973], None),
    (r"Heights are normally distributed with mean 170 cm and standard deviation 8 cm. Find the probability that a "
     r"person is between 160 and 185 cm tall.", 170, 8, [0.8640], None),
    (r"For the standard normal $Z \sim N(0, 1)$, find $c$ such that $P(Z < c) = 0.95$.", 0, 1, [0.95], None),
    (r"设 $\xi \sim N(2, 9)$，由正态曲线的对称性，$P(\xi < -1) = P(\xi > 5)$，求 $P(\xi > 5)$。", 2, 3, [0.1587], None),
    (r"零件长度 $X \sim N(100, 225)$，标准化后 $P(X < 85) = \Phi(-1) = 1 - \Phi(1)$，其中 $\Phi(1) = 0.8413$，所以 "
     r"$P(X < 85) = 0.1587$。", 100, 15, [0.1587], None),
    (r"Let $X \sim \mathcal{N}(50, 5^2)$. Then $P(|X - 50| < 10) = 0.9545$.", 50, 5, [0.9545], None),
    (r"某次考试成绩服从正态分布，均值为 70，标准差为 10，求成绩在 60 分到 90 分之间的概率。", 70, 10, [0.8186], None),
    (r"Bag weights $W \sim N(500, 4^2)$ grams; find $P(W < 492)$.", 500, 4, [0.0228], None),
]


@pytest.mark.parametrize("concept, mu, sigma, probs, n", CLAIMED)
def test_the_intervals_asked_are_drawn_with_their_probabilities(concept, mu, sigma, probs, n):
    q = npb.read(extract(concept))
    assert q is not None and (q.mu, q.sigma) == (mu, sigma)
    assert [round(q.prob(e), 4) for e in q.events] == probs and q.population == n and not q.false
    draft = _draft(concept)
    assert draft.kind == "normal_probability", draft.reasoning
    said = _said(draft)
    assert all(npb._p(p) in said for p in probs)
    assert ("面积" in said) == extract(concept).chinese


def test_a_count_the_standardised_axis_and_the_mirror_tail():
    tail = _draft(r"Scores are normal, $X \sim N(100, 15^2)$. Standardise with $z = \frac{x - \mu}{\sigma}$ to find "
                  r"$P(X > 130)$, and estimate how many of the 1000 students score above 130.")
    said = _said(tail)
    assert r"1 - \Phi(2) \approx 0.0228" in said and r"1000 \times 0.0228 \approx 23" in said and "z_labels" in tail.code
    mirror = _draft(CLAIMED[5][0])
    assert "mirror_0" in mirror.code and r"P(\xi > 5) = P(\xi < -1)" in mirror.code and "对称" in _said(mirror)
    inverse = _draft(CLAIMED[4][0])
    assert r"a \approx 1.6449" in inverse.code and "1.6449" in _said(inverse)
    rule = _draft(CLAIMED[2][0])
    assert rule.storyboard[0].title == "3σ 原则" and "68.27%" in _said(rule)


TRAPS = [  # (block, the false statement, the true value, the reason said)
    (r"$X \sim N(100, 15^2)$. Then $P(X > 130) = 0.0455$, so about 46 of the 1000 students score above 130.",
     r"P(X > 130) = 0.0455", "0.0228", "both tails together"),
    (r"设 $X \sim N(2, 4)$，则 $P(X > 4) = 0.8413$。", r"P(X > 4) = 0.8413", "0.1587", "对立事件"),
    (r"已知 $X \sim N(100, 15^2)$，$P(|X - 100| > 30) = 0.0228$。", r"P(|X - 100| > 30) = 0.0228", "0.0455", "只是一侧尾部"),
]


@pytest.mark.parametrize("concept, stated, truth, why", TRAPS)
def test_a_false_stated_value_is_called_false_with_the_true_one(concept, stated, truth, why):
    q = npb.read(extract(concept))
    assert q is not None and any(f[0] == stated and f[1] == truth for f in q.false)
    draft = _draft(concept)
    assert draft.kind == "normal_probability" and "verdict_0_0" in draft.code
    said = _said(draft)
    assert stated in said and truth in said and why in said
    assert ("不成立" in said) == extract(concept).chinese
    assert ("twin_0_0" in draft.code) == (why == "both tails together")  # the other tail the stated value counts


def test_the_authors_table_value_and_precision_hold():
    # Phi(1.33) = 0.9082 from a table (z rounded to two places): 1 - 0.9082 = 0.0918 holds; 0.09 holds at its precision
    for concept in (r"$X \sim N(50, 6^2)$, $P(X > 58) = 0.0918$.", r"$X \sim N(50, 6^2)$, $P(X > 58) \approx 0.09$.",
                    r"$X \sim N(100, 15^2)$: $P(X > 130) \approx 2.28\%$."):
        q = npb.read(extract(concept))
        assert q is not None and not q.false, concept


LOOK_ALIKES = [  # another family's question, or no numbers of the author's
    r"Draw the standard normal $N(0,1)$ and slide $\sigma$ to see the bell change.",
    r"正态分布 $X \sim N(0, 1)$ 的概率密度。",
    r"样本均值 $\bar X$ 由 $n = 25$ 个来自 $N(100, 15^2)$ 的观测算出，求 $P(\bar X > 103)$。",
    r"设总体 $X \sim N(\mu, 0.09)$，样本容量 $n = 25$，$\bar x = 4.2$，求 $\mu$ 的置信水平为 0.95 的置信区间。",
    r"设 $X \sim N(\mu, \sigma^2)$，求 $P(\mu - \sigma < X < \mu + \sigma)$。",
    r"Test $H_0: \mu = 100$ with $X \sim N(100, 15^2)$: is $P(X > 130)$ small enough to be significant?",
    r"用正态分布近似二项分布 $B(100, 0.5)$，求 $P(X > 60)$。",
    r"$X \sim N(10, 4)$ and $Y \sim N(20, 9)$ are independent. Find $P(X + Y > 35)$.",
]


@pytest.mark.parametrize("concept", LOOK_ALIKES)
def test_a_look_alike_is_not_this_family(concept):
    assert npb.read(extract(concept)) is None
    assert _draft(concept).kind != "normal_probability"


@pytest.mark.parametrize("concept", [
    r"Heights are $H\sim N(170, 8^2)$. Find $\Pr(H>186)$ and how many of $500$ people are taller.",
    r"设 $L\sim N(50,\,2^2)$，求 $\mathbb{P}(L>54)$。",
])
def test_the_probability_in_other_notations_and_any_letter(concept):
    assert _draft(concept).kind == "normal_probability"
