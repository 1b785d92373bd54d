"""central_limit: histograms of seeded sample means for growing n turn into the normal curve.

The means are drawn at design time (default_rng seeded from the block) and only the bar
heights go into the scene, so the same block gives the same bytes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from ..distributions import Distribution, from_block
from ..given import assigned, seed
from ..notes import check
from .common import Ctx, fmt, nice_step, open_with_formula

TITLE = ("The Central Limit Theorem", "中心极限定理")
WHAT = ("The central limit theorem: the mean of $n$ independent draws from almost any distribution with mean $\\mu$ and "
        "variance $\\sigma^2$ is approximately normal with mean $\\mu$ and standard deviation $\\sigma/\\sqrt n$. The animation "
        "draws many sample means for growing $n$ and compares their histogram with that normal curve.",
        "中心极限定理：从几乎任何均值为 $\\mu$、方差为 $\\sigma^2$ 的分布中独立抽取 $n$ 个数，它们的平均值近似服从均值 $\\mu$、"
        "标准差 $\\sigma/\\sqrt n$ 的正态分布。动画对不同的 $n$ 抽取大量样本均值，把直方图与这条正态曲线对比。")

PRIORITY = 31
KEYWORDS = (r"central\s+limit", r"中心极限", r"sampling\s+distribution\s+of\s+the\s+(sample\s+)?mean", r"样本均值的分布")
MEANS = 800  # sample means per histogram
BINS = (24, 60)  # bars per histogram: about two per standard deviation of the last mean, within these


@dataclass
class Source:
    dist: Distribution  # what one draw comes from, with the author's parameters
    n: int  # the author's sample size (the last histogram)
    example: bool

    @property
    def mean(self) -> float:
        return self.dist.mean

    @property
    def sd(self) -> float:
        return self.dist.sd

    @property
    def span(self) -> tuple[float, float]:
        return self.dist.span


_CLT_MATH = r"\\sqrt\{?\s*n|\\bar\s*\{?\s*X|\\overline|\\mathcal\{N\}|N\s*\(|\\sigma\s*/|\\frac\{\\sigma\}|\\sum"


def needs(info) -> Source | None:
    """The distribution the block names (see distributions.py) and the sample size n it gives;
    None when the block's math is about neither."""
    given = assigned(info, ("n",))
    n = int(given["n"]) if 2 <= given.get("n", 0) <= 200 and float(given["n"]).is_integer() else None
    dist = from_block(info, n_is_sample_size=True)
    if info.blocks and n is None and not (dist is not None and dist.given) and not any(re.search(_CLT_MATH, b) for b in info.blocks):
        return None
    if dist is None:  # no distribution named: a die, said to be an example
        return Source(Distribution("die", (1 / 6,) * 6), n or 30, True)
    return Source(dist, n or 30, not dist.given)


def bins(src: Source) -> int:
    """Bars per histogram: narrow enough that the last bell spans several of them."""
    lo, hi = src.span
    return int(min(BINS[1], max(BINS[0], round((hi - lo) / (src.sd / math.sqrt(src.n) / 2)))))


def histograms(src: Source, rng_seed: int) -> tuple[list[int], list[list[float]]]:
    """Sample sizes shown and, for each, the density height of every bin over ``src.span``."""
    sizes = sorted({1, 2, min(5, src.n), src.n})
    rng = np.random.default_rng(rng_seed)
    lo, hi = src.span
    out = []
    for n in sizes:
        # means outside the span (a long tail) are left out, not piled into the end bins
        counts, _ = np.histogram(src.dist.sample(rng, (MEANS, n)).mean(axis=1), bins=bins(src), range=(lo, hi))
        out.append([float(c) / (MEANS * (hi - lo) / bins(src)) for c in counts])
    return sizes, out


def build(ctx: Ctx) -> None:
    w = ctx.w
    src = needs(ctx.info) or Source(Distribution("die", (1 / 6,) * 6), 30, True)
    sizes, heights = histograms(src, seed(ctx.info))
    lo, hi = src.span
    x_step = (hi - lo) / 5 if src.dist.kind in ("die", "coin", "uniform") else nice_step(2 * (hi - lo))
    sd_n = src.sd / math.sqrt(src.n)
    peak = max(max(max(h) for h in heights), 1 / (sd_n * math.sqrt(2 * math.pi)))
    step = nice_step(peak * 1.1)
    top = math.ceil(peak * 1.1 / step) * step
    ctx.facts.update(kind=src.dist.kind, n=src.n, mean=src.mean, sd=src.sd, sd_n=sd_n)
    names = src.dist.names(fmt)
    lead = ctx.L("For instance, draw" if src.example else "Draw", "例如，从" if src.example else "从")
    w.beat(ctx.title, ctx.L(f"{lead} from {names[0]}: $\\mu = {fmt(src.mean, 3)}$, $\\sigma = {fmt(src.sd, 3)}$. Average $n$ draws, {MEANS} times over.",
                            f"{lead}{names[1]}中抽样：$\\mu = {fmt(src.mean, 3)}$，$\\sigma = {fmt(src.sd, 3)}$。每次取 $n$ 个的平均值，重复 {MEANS} 次。"))
    open_with_formula(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 90 else
                      r"\bar X_n \approx \mathcal{N}\!\left(\mu, \frac{\sigma^2}{n}\right)")
    w.code(
        f"axes = Axes(x_range=[{fmt(lo)}, {fmt(hi)}, {fmt(x_step)}], y_range=[0, {fmt(top)}, {fmt(step)}],",
        "            x_length=10, y_length=3.9, tips=False, axis_config={\"include_numbers\": True, \"font_size\": 22, \"color\": GREY_B}).to_edge(DOWN, buff=0.4)",
        f"heights = {{  # density of the {MEANS} sample means in each of {bins(src)} bins, by n (seed {seed(ctx.info)})",
        *[f"    {n}: [{', '.join(fmt(v, 3) for v in h)}]," for n, h in zip(sizes, heights)],
        "}",
        "",
        "def histogram(n):",
        f"    width = {fmt((hi - lo) / bins(src), 5)}",
        "    return VGroup(*[Rectangle(width=axes.x_axis.unit_size * width, height=max(axes.y_axis.unit_size * h, 0.001),",
        "                              stroke_width=1, stroke_color=BLUE_A, fill_color=BLUE, fill_opacity=0.75)",
        f"                    .move_to(axes.c2p({fmt(lo)} + (k + 0.5) * width, 0), aligned_edge=DOWN)",
        "                    for k, h in enumerate(heights[n])])",
        "",
        'def n_label(n):',
        '    return MathTex(f"n = {n}", font_size=36).next_to(axes, UP, buff=0.05).to_edge(RIGHT, buff=0.8)',
        "",
        f"bars, label = histogram({sizes[0]}), n_label({sizes[0]})",
    )
    w.play("Create(axes), FadeIn(bars), FadeIn(label)", 1.4)
    w.beat(ctx.L("Single draws", "单次抽样"), ctx.L("With $n = 1$ the histogram is just the shape of the distribution itself.",
                                                  "$n = 1$ 时，直方图就是原分布本身的形状。"))
    w.wait(1)
    w.beat(ctx.L("Average more draws", "平均更多次"),
           ctx.L(f"Averaging $n = {', '.join(str(s) for s in sizes[1:])}$ draws, the histogram narrows and becomes a bell.",
                 f"对 $n = {', '.join(str(s) for s in sizes[1:])}$ 个数取平均，直方图变窄并成为钟形。"))
    for n in sizes[1:]:
        w.play(f"Transform(bars, histogram({n})), Transform(label, n_label({n}))", 1.4)
        w.wait(0.4)
    w.beat(ctx.L("The normal curve", "正态曲线"),
           ctx.L(f"The normal curve with mean ${fmt(src.mean, 3)}$ and standard deviation $\\sigma/\\sqrt{{{src.n}}} = {fmt(sd_n, 3)}$ fits the bars.",
                 f"均值 ${fmt(src.mean, 3)}$、标准差 $\\sigma/\\sqrt{{{src.n}}} = {fmt(sd_n, 3)}$ 的正态曲线与柱子吻合。"))
    w.code("# the normal curve N(mu, sigma^2 / n): mu and sigma of the distribution drawn from (distributions.py)",
           f"normal = axes.plot(lambda x: np.exp(-((x - {fmt(src.mean, 4)}) ** 2) / (2 * {fmt(sd_n, 5)} ** 2)) / ({fmt(sd_n, 5)} * np.sqrt(2 * PI)),",
           f"                   x_range=[{fmt(lo)}, {fmt(hi)}, {fmt((hi - lo) / 200, 4)}], color=YELLOW, stroke_width=5)")
    w.play("Create(normal)", 1.8)
    w.wait(1.2)


@check("central_limit")
def _check(f):
    n4 = 4 * f["n"]
    return (f"If the sample size grows from ${f['n']}$ to ${n4}$, what happens to the width of the bell?",
            f"如果样本量从 ${f['n']}$ 增加到 ${n4}$，钟形曲线的宽度如何变化？",
            f"It halves: the standard deviation $\\sigma/\\sqrt n$ goes from ${fmt(f['sd_n'], 3)}$ to ${fmt(f['sd_n'] / 2, 3)}$.",
            f"减半：标准差 $\\sigma/\\sqrt n$ 从 ${fmt(f['sd_n'], 3)}$ 变为 ${fmt(f['sd_n'] / 2, 3)}$。")
