"""The confidence-interval family: a z-interval (sigma known, or its variance in N(mu, sigma^2)), a Student t-interval
(s, or the sample listed), a proportion's interval; the level as 95%, 0.95, 1 - alpha or alpha. The interval drawn is
computed (scipy's quantiles) and every value the author states is checked; blocks modelled on 盛骤《概率论与数理统计》
ch. 7, Wackerly ch. 8, AP Statistics. Look-alikes (a false interval, a missing n, a test, a variance's interval, a
plain normal probability, the central limit theorem) go elsewhere."""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.templates import confidence_interval as ci
from mkdocs_manimgen.generate.offline.verify import asked

from drafts import draft as _draft, said as _said

WALKTHROUGH = {"equation", "explainer"}


CLAIMED = [  # (block, kind, n, level, low end, high end) -- the ends worked by hand with the printed table values
    (r"设总体 $X \sim N(\mu, 0.09)$，样本容量 $n = 25$，$\bar x = 4.2$，求 $\mu$ 的置信水平为 0.95 的置信区间。",
     "z", 25, 0.95, 4.2 - 1.96 * 0.06, 4.2 + 1.96 * 0.06),
    (r"A sample of 16 has mean 52.3 and $s = 4$: construct a 99% t-interval for the population mean $\mu$.",
     "t", 16, 0.99, 52.3 - 2.9467, 52.3 + 2.9467),  # t_{0.005}(15) = 2.9467, s/sqrt(n) = 1
    (r"In a poll 540 of 900 voters said yes. Find a 95% confidence interval for the proportion $p$ who say yes.",
     "prop", 900, 0.95, 0.6 - 1.96 * 0.016330, 0.6 + 1.96 * 0.016330),
    (r"零件长度服从正态分布，$\sigma = 2$，抽取 $n = 25$ 件，样本均值 $\bar x = 40.1$，置信区间 $\bar x \pm 1.96 \frac{\sigma}{\sqrt n}$。",
     "z", 25, 0.95, 40.1 - 0.784, 40.1 + 0.784),  # the level read from the author's 1.96
    (r"The weights of bags are normal with $\sigma = 0.3$ kg. A random sample of $n = 36$ bags has $\bar x = 10.2$. "
     r"The 90% confidence interval for $\mu$ is $(10.118, 10.282)$.", "z", 36, 0.90, 10.2 - 1.6449 * 0.05, 10.2 + 1.6449 * 0.05),
    (r"某车间生产滚珠，直径服从正态分布，从中随机抽取 9 个，测得样本均值 $\bar x = 14.91$，样本标准差 $s = 0.2$，求 $\mu$ 的置信度为 95% 的置信区间。",
     "t", 9, 0.95, 14.91 - 2.306 * 0.2 / 3, 14.91 + 2.306 * 0.2 / 3),
    (r"设某种清漆的 9 个样品，其干燥时间（以小时计）分别为 6.0, 5.7, 5.8, 6.5, 7.0, 6.3, 5.6, 6.1, 5.0。设干燥时间总体服从正态分布 "
     r"$N(\mu, \sigma^2)$，$\sigma$ 未知，求 $\mu$ 的置信水平为 0.95 的置信区间。", "t", 9, 0.95, 5.558, 6.442),  # 盛骤 7.4 例
    (r"设某种清漆的 9 个样品，其干燥时间分别为 6.0 5.7 5.8 6.5 7.0 6.3 5.6 6.1 5.0，总体服从正态分布，由以往经验知 $\sigma = 0.6$，"
     r"求 $\mu$ 的置信水平为 0.95 的置信区间。", "z", 9, 0.95, 5.608, 6.392),
    (r"A random sample of 50 students has mean GPA 3.1 with $s = 0.4$. Construct a 90% confidence interval for the mean GPA.",
     "t", 50, 0.90, 3.1 - 1.6766 * 0.4 / 50 ** 0.5, 3.1 + 1.6766 * 0.4 / 50 ** 0.5),
    (r"120 out of 400 customers prefer brand A. Find a 95% confidence interval for the proportion of all customers who prefer brand A.",
     "prop", 400, 0.95, 0.3 - 1.96 * 0.022913, 0.3 + 1.96 * 0.022913),
    (r"随机调查了 400 名学生，其中 160 人近视，求近视率 $p$ 的置信水平为 0.95 的置信区间。",
     "prop", 400, 0.95, 0.4 - 1.96 * 0.024495, 0.4 + 1.96 * 0.024495),
    (r"A survey gives $\hat p = 0.35$ with $n = 200$. Construct a 99% confidence interval for $p$.",
     "prop", 200, 0.99, 0.35 - 2.5758 * 0.033727, 0.35 + 2.5758 * 0.033727),
    (r"A machine fills bottles with $\sigma^2 = 16$. A sample of $n = 25$ has $\bar x = 502$. Find the confidence interval with $1 - \alpha = 0.90$.",
     "z", 25, 0.90, 502 - 1.6449 * 0.8, 502 + 1.6449 * 0.8),
    (r"$X \sim N(\mu, 0.09)$, $n = 25$, $\bar x = 4.2$. With $z_{0.025} = 1.96$ the 95% confidence interval is $(4.08, 4.32)$.",
     "z", 25, 0.95, 4.0824, 4.3176),
    (r"滚珠直径服从正态分布，抽取 $n = 9$ 个，$\bar x = 14.91$，$s = 0.2$，$t_{0.025}(8) = 2.306$，$\mu$ 的 95% 置信区间为 $(14.756, 15.064)$。",
     "t", 9, 0.95, 14.7563, 15.0637),
    (r"A 98% confidence interval for $\mu$: $n = 40$, $\bar x = 12.5$, $\sigma = 2.2$.",
     "z", 40, 0.98, 12.5 - 2.3263 * 2.2 / 40 ** 0.5, 12.5 + 2.3263 * 2.2 / 40 ** 0.5),
    (r"求 $\mu$ 的置信区间，$\alpha = 0.01$：样本容量 $n = 16$，$\bar x = 503.75$，样本方差 $s^2 = 38.4$。",
     "t", 16, 0.99, 503.75 - 2.9467 * 38.4 ** 0.5 / 4, 503.75 + 2.9467 * 38.4 ** 0.5 / 4),
    (r"A 95% confidence interval for $\mu$ is $\bar x \pm 1.96 \frac{\sigma}{\sqrt n} = 50 \pm 1.96 \cdot \frac{8}{\sqrt{64}} = 50 \pm 1.96$ "
     r"with $n = 64$, $\bar x = 50$, $\sigma = 8$.", "z", 64, 0.95, 48.04, 51.96),
    (r"A sample of $n = 100$ has $\bar x = 20.5$ and $s = 4$; the 95% confidence interval for $\mu$ is $(19.716, 21.284)$.",
     "zs", 100, 0.95, 20.5 - 0.784, 20.5 + 0.784),  # a large sample: the author's z with s (t would give 19.706, 21.294)
    (r"某厂生产的灯泡寿命 $X \sim N(\mu, 100^2)$，随机抽取 $n = 16$ 只，测得 $\bar x = 1500$ 小时，求 $\mu$ 的 99% 置信区间。",
     "z", 16, 0.99, 1500 - 2.5758 * 25, 1500 + 2.5758 * 25),
    (r"A 95% CI for the mean: $n = 30$, $\bar{x} = 98.2$, $s = 0.7$.", "t", 30, 0.95, 98.2 - 2.0452 * 0.7 / 30 ** 0.5,
     98.2 + 2.0452 * 0.7 / 30 ** 0.5),
    (r"A random sample of 25 bulbs had a mean life of 1200 hours with a standard deviation of 100 hours. "
     r"Construct a 95% confidence interval for the mean life.", "t", 25, 0.95, 1200 - 2.0639 * 20, 1200 + 2.0639 * 20),
    (r"Suppose the population standard deviation is $\sigma = 15$. A sample of 36 has mean 110. Find the 95% CI for $\mu$.",
     "z", 36, 0.95, 110 - 1.96 * 2.5, 110 + 1.96 * 2.5),
    (r"某旅行社随机访问了 25 名旅游者，得知平均消费额 $\bar x = 80$ 元，子样标准差 $s = 12$ 元，已知旅游者消费额服从正态分布，"
     r"求旅游者平均消费额 $\mu$ 的 95% 置信区间。", "t", 25, 0.95, 80 - 2.0639 * 2.4, 80 + 2.0639 * 2.4),
    (r"With $\sigma = 0.5$, $n = 20$ and $\bar x = 3.4$, find the 95 percent confidence interval for the mean.",
     "z", 20, 0.95, 3.4 - 1.96 * 0.5 / 20 ** 0.5, 3.4 + 1.96 * 0.5 / 20 ** 0.5),
    (r"The population is normally distributed with standard deviation 5. A sample of 20 has mean 31. Find a 95% confidence interval for $\mu$.",
     "z", 20, 0.95, 31 - 1.96 * 5 / 20 ** 0.5, 31 + 1.96 * 5 / 20 ** 0.5),
    (r"区间估计：设 $X \sim N(\mu, 4)$，$n = 16$，$\bar x = 10.5$，$1 - \alpha = 0.95$，则 $\mu$ 的置信区间为 $(9.52, 11.48)$。",
     "z", 16, 0.95, 9.52, 11.48),
]


@pytest.mark.parametrize("concept, kind, n, level, lo, hi", CLAIMED)
def test_the_interval_is_the_authors(concept, kind, n, level, lo, hi):
    c = ci.read(extract(concept))
    assert c is not None and (c.kind, c.n) == (kind, n) and c.level == pytest.approx(level)
    assert c.lo == pytest.approx(lo, abs=2e-3) and c.hi == pytest.approx(hi, abs=2e-3)
    draft = _draft(concept)
    assert draft.kind == "confidence_interval", draft.reasoning
    said = _said(draft)
    assert f"lo, hi = {ci.fmt(c.lo, 8)}, {ci.fmt(c.hi, 8)}" in draft.code
    assert ci.fmt(c.lo, 3)[:4] in said and "centred at our" in said or "放在样本的" in said
    assert ("置信区间" in said) == extract(concept).chinese


LOOK_ALIKES = [  # the family's words and numbers, another question, a missing number or a false statement
    r"The 95% confidence interval for $\mu$ with $n = 25$, $\bar x = 4.2$, $\sigma = 0.3$ is $(4.02, 4.38)$.",  # it is (4.08, 4.32)
    r"With $n = 25$, $\bar x = 4.2$, $\sigma = 0.3$: using $z_{0.025} = 1.645$, the 95% confidence interval for $\mu$.",  # 1.96
    r"The margin of error of the 95% confidence interval with $n = 16$, $\bar x = 10$, $\sigma = 2$ is $E = 0.5$.",  # 0.98
    r"A 95% confidence interval for $\mu$: $\bar x = 20$, $\sigma = 3$.",  # no n
    r"某产品的次品率，抽查 $n = 100$ 件，置信水平 0.95，求置信区间。",  # no count of defectives
    r"$$\bar x \pm z_{\alpha/2}\frac{\sigma}{\sqrt n}$$ is the confidence interval for the mean when $\sigma$ is known.",  # letters only
    r"Test $H_0: \mu = 50$ against $H_1: \mu \ne 50$ with $n = 25$, $\bar x = 52$, $\sigma = 5$ at $\alpha = 0.05$. "
    r"Reject $H_0$? Compare with the 95% confidence interval.",
    r"The 95% confidence interval for the population variance $\sigma^2$ from $n = 10$ and $s^2 = 4$ uses $\chi^2$.",
    r"求方差 $\sigma^2$ 的置信水平为 0.95 的置信区间，$n = 10$，$s^2 = 4$。",
    r"Find a 95% confidence interval for $\mu_1 - \mu_2$: $n_1 = 10$, $\bar x_1 = 5$, $n_2 = 12$, $\bar x_2 = 6$, $\sigma = 1$.",
    r"How large a sample $n$ is needed so that the 95% confidence interval for $\mu$ has margin of error 0.5 when $\sigma = 3$?",
    r"Compare the 90% and 95% confidence intervals for $\mu$: $n = 25$, $\bar x = 10$, $\sigma = 2$.",
    r"In a sample of 20 parts, 3 are defective. Find a 95% confidence interval for the proportion defective.",  # too few for z
    r"求 $\mu$ 的置信水平为 0.95 的单侧置信上限：$n = 16$，$\bar x = 10$，$s = 2$。",
    r"A 95% confidence interval for $\mu$ is $(4.08, 4.32)$ when $\sigma = 0.3$ and $\bar x = 4.2$.",  # no n
    r"Construct a 95% confidence interval for $\mu$ given $n = 25$, $\bar x = 4.2$ and $\sigma$ unknown.",  # no s
    r"区间估计：设 $X \sim N(\mu, 4)$，$n = 16$，$\bar x = 10.5$，$1 - \alpha = 0.95$，则 $\mu$ 的置信区间为 $(9.52, 11.98)$。",
    r"Simulate 100 samples of $n = 25$ from $N(50, 16)$ and draw their 95% confidence intervals: about 95 cover $\mu = 50$.",
]


@pytest.mark.parametrize("concept", LOOK_ALIKES)
def test_a_look_alike_is_not_drawn_as_an_interval(concept):
    assert ci.read(extract(concept)) is None
    assert _draft(concept).kind in WALKTHROUGH


def test_other_normal_questions_keep_their_families():
    assert not asked(extract(r"$X \sim N(3, 4)$. Find $P(X < 5)$ for the normal distribution."))
    assert _draft(r"$X \sim N(3, 4)$. Find $P(X < 5)$ for the normal distribution.").kind == "normal_probability"
    assert _draft(r"The central limit theorem: the mean of $n = 30$ rolls of a die is approximately normal.").kind == "central_limit"
    assert _draft(r"正态分布 $X \sim N(0, 1)$ 的概率密度。").kind == "probability_density"


def test_the_scene_draws_the_quantile_margin_and_bracket():
    draft = _draft(r"A sample of 16 has mean 52.3 and $s = 4$: construct a 99% t-interval for the population mean $\mu$.")
    said = _said(draft)
    assert "t_{0.005}(15) = 2.9467" in said and "(49.353, 55.247)" in said and "n - 1 = 15" in said
    assert "bracket" in draft.code and "tails" in draft.code and "(1 + ((x - 52.3) / 1) ** 2 / 15)" in draft.code
    z = _draft(r"设总体 $X \sim N(\mu, 0.09)$，样本容量 $n = 25$，$\bar x = 4.2$，求 $\mu$ 的置信水平为 0.95 的置信区间。")
    assert "方差为 $0.09$" in _said(z) and "z_{0.025} = 1.96" in _said(z) and "(4.0824, 4.3176)" in _said(z)


def test_regression_and_monte_carlo_keep_their_families_beside_an_interval():
    assert _draft(r"Least-squares regression line through $(1, 2), (2, 4.1), (3, 5.9), (4, 8.2)$, with a 95% confidence "
                  r"interval for the slope.").kind == "regression"
    assert _draft(r"Monte Carlo estimate of $\pi$: random points in the unit square; the share with $x^2 + y^2 \le 1$ "
                  r"estimates $\frac{\pi}{4}$, with a 95% confidence interval.").kind == "monte_carlo"


def test_the_repeated_samples_are_a_declared_seeded_example():
    concept = r"随机调查了 400 名学生，其中 160 人近视，求近视率 $p$ 的置信水平为 0.95 的置信区间。"
    draft = _draft(concept)
    assert "例如，假设真实的 $p$ 等于 $0.4$（这是我们选的值）" in _said(draft)
    c = ci.read(extract(concept))
    from mkdocs_manimgen.generate.offline.given import seed

    sims = ci.simulated(c, seed(extract(concept)))
    hits = sum(a <= 0.4 <= b for a, b in sims)
    assert len(sims) == ci.SAMPLES and f"这 {ci.SAMPLES} 个中有 {hits} 个包含" in _said(draft)
    assert all(abs((b - a) / 2 - 1.96 * (((a + b) / 2) * (1 - (a + b) / 2) / 400) ** 0.5) < 1e-6 for a, b in sims)
    assert draft.code == _draft(concept).code  # the same block, the same bytes


# The interval written as "the 95 % interval" (no "confidence"), asking for the intervals of repeated samples; the
# probability reading of the one computed interval (the interpretation trap), in English and Chinese.
REPEATED = [
    r"Known $\sigma = 14$, $n = 49$, $\bar x = 120$: the 95 % interval is $120 \pm 1.96\cdot 14/\sqrt{49} = [116.08, 123.92]$. "
    r"Show many intervals from repeated samples; about 95 % of them cover $\mu$.",
    r"Known $\sigma = 14$, $n = 49$, $\bar x = 120$: the 95% confidence interval is $[116.08, 123.92]$, so there is a 95 % "
    r"probability that $\mu$ lies in $[116.08, 123.92]$.",
    r"已知 $\sigma = 14$，样本容量 $n = 49$，$\bar x = 120$，95% 置信区间为 $120 \pm 1.96\times\frac{14}{\sqrt{49}} = [116.08, 123.92]$，"
    r"所以该区间有95%的概率包含总体均值。",
    r"Known $\sigma = 14$, $n = 49$, $\bar x = 120$; the 95% confidence interval gives $P(116.08 \le \mu \le 123.92) = 0.95$.",
]


@pytest.mark.parametrize("concept", REPEATED)
def test_the_interval_and_its_repeated_samples_are_drawn(concept):
    c = ci.read(extract(concept))
    assert c is not None and (c.kind, c.n) == ("z", 49) and c.lo == pytest.approx(116.08, abs=1e-3)
    draft = _draft(concept)
    assert draft.kind == "confidence_interval" and "sim_lines" in draft.code


@pytest.mark.parametrize("concept", REPEATED[1:])
def test_the_probability_reading_of_one_interval_is_called_false(concept):
    draft = _draft(concept)
    said = _said(draft)
    assert "that reading is false" in said or "这种理解是错误的" in said
    assert r"P(116.08 \le \mu \le 123.92) = 0.95" in said and "verdict" in draft.code


@pytest.mark.parametrize("concept", [
    REPEATED[0],
    r"Known $\sigma = 14$, $n = 49$, $\bar x = 120$: the 95% confidence interval is $[116.08, 123.92]$; we are 95% confident "
    r"that $\mu$ lies in this interval.",
    r"Known $\sigma = 14$, $n = 49$, $\bar x = 120$: the 95% confidence interval is $[116.08, 123.92]$. This does not mean "
    r"a 95% probability that $\mu$ is in this interval.",
    r"Known $\sigma = 14$, $n = 49$, $\bar x = 120$: the 95% confidence interval is $[116.08, 123.92]$; in repeated sampling "
    r"the probability that the interval contains $\mu$ is 0.95.",
])
def test_a_right_reading_is_not_called_false(concept):
    draft = _draft(concept)
    assert draft.kind == "confidence_interval" and "that reading is false" not in _said(draft)


def test_a_false_interval_with_the_probability_reading_is_still_refused():
    concept = (r"Known $\sigma = 14$, $n = 49$, $\bar x = 120$: the 95% confidence interval is $[116.5, 123.5]$, so there is a "
               r"95% probability that $\mu$ lies in it.")
    assert ci.read(extract(concept)) is None
