"""central_limit: histograms of seeded sample means for growing n turn into the normal curve.

The means are drawn at design time (default_rng seeded from the block) and only the bar
heights go into the scene, so the same block gives the same bytes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

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
BINS = 24


@dataclass
class Source:
    kind: str  # die | uniform | exponential | coin
    n: int  # the author's sample size (the last histogram)
    param: float  # p (coin) or lambda (exponential)
    example: bool

    @property
    def mean(self) -> float:
        return 3.5 if self.kind == "die" else 0.5 if self.kind == "uniform" else self.param if self.kind == "coin" else 1 / self.param

    @property
    def sd(self) -> float:
        if self.kind == "die":
            return math.sqrt(35 / 12)
        if self.kind == "uniform":
            return math.sqrt(1 / 12)
        return math.sqrt(self.param * (1 - self.param)) if self.kind == "coin" else 1 / self.param

    @property
    def span(self) -> tuple[float, float]:
        if self.kind == "die":
            return 1.0, 6.0
        return (0.0, 3.0 / self.param) if self.kind == "exponential" else (0.0, 1.0)


_CLT_MATH = r"\\sqrt\{?\s*n|\\bar\s*\{?\s*X|\\overline|\\mathcal\{N\}|N\s*\(|\\sigma\s*/|\\frac\{\\sigma\}|\\sum"


def needs(info) -> Source | None:
    given = assigned(info, ("n", "p", "\\lambda"))
    n = int(given["n"]) if 2 <= given.get("n", 0) <= 200 and float(given["n"]).is_integer() else None
    if info.blocks and n is None and not any(re.search(_CLT_MATH, b) for b in info.blocks):
        return None
    prose = info.prose
    kind, param, example = "die", 0.0, False
    if re.search(r"exponential|指数", prose, re.I):
        kind, param = "exponential", given.get("\\lambda", 1.0) or 1.0
    elif re.search(r"uniform|均匀分布", prose, re.I):
        kind = "uniform"
    elif "p" in given and 0 < given["p"] < 1 or re.search(r"coin|硬币|bernoulli|伯努利", prose, re.I):
        kind, param = "coin", given.get("p", 0.5) if 0 < given.get("p", 0.5) < 1 else 0.5
    elif not re.search(r"\bdie\b|\bdice\b|骰子", prose, re.I):
        example = True  # no distribution named: a die, said to be an example
    return Source(kind, n or 30, param, example)


def _means(src: Source, n: int, rng) -> np.ndarray:
    size = (MEANS, n)
    if src.kind == "die":
        draws = rng.integers(1, 7, size)
    elif src.kind == "uniform":
        draws = rng.random(size)
    elif src.kind == "exponential":
        draws = rng.exponential(1 / src.param, size)
    else:
        draws = (rng.random(size) < src.param).astype(float)
    return draws.mean(axis=1)


def histograms(src: Source, rng_seed: int) -> tuple[list[int], list[list[float]]]:
    """Sample sizes shown and, for each, the density height of every bin over ``src.span``."""
    sizes = sorted({1, 2, min(5, src.n), src.n})
    rng = np.random.default_rng(rng_seed)
    lo, hi = src.span
    out = []
    for n in sizes:
        counts, _ = np.histogram(np.clip(_means(src, n, rng), lo, hi), bins=BINS, range=(lo, hi))
        out.append([float(c) / (MEANS * (hi - lo) / BINS) for c in counts])
    return sizes, out


def build(ctx: Ctx) -> None:
    w = ctx.w
    src = needs(ctx.info) or Source("die", 30, 0.0, True)
    sizes, heights = histograms(src, seed(ctx.info))
    lo, hi = src.span
    sd_n = src.sd / math.sqrt(src.n)
    peak = max(max(max(h) for h in heights), 1 / (sd_n * math.sqrt(2 * math.pi)))
    step = nice_step(peak * 1.1)
    top = math.ceil(peak * 1.1 / step) * step
    ctx.facts.update(kind=src.kind, n=src.n, mean=src.mean, sd=src.sd, sd_n=sd_n)
    names = {"die": ("a fair die", "均匀骰子"), "uniform": ("the uniform distribution on $[0, 1]$", "$[0, 1]$ 上的均匀分布"),
             "exponential": (f"the exponential distribution with $\\lambda = {fmt(src.param)}$", f"$\\lambda = {fmt(src.param)}$ 的指数分布"),
             "coin": (f"a coin with $p = {fmt(src.param)}$", f"$p = {fmt(src.param)}$ 的硬币")}[src.kind]
    lead = ctx.L("For instance, draw" if src.example else "Draw", "例如，从" if src.example else "从")
    w.beat(ctx.title, ctx.L(f"{lead} from {names[0]}: $\\mu = {fmt(src.mean, 3)}$, $\\sigma = {fmt(src.sd, 3)}$. Average $n$ draws, {MEANS} times over.",
                            f"{lead}{names[1]}中抽样：$\\mu = {fmt(src.mean, 3)}$，$\\sigma = {fmt(src.sd, 3)}$。每次取 $n$ 个的平均值，重复 {MEANS} 次。"))
    open_with_formula(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 90 else
                      r"\bar X_n \approx \mathcal{N}\!\left(\mu, \frac{\sigma^2}{n}\right)")
    w.code(
        f"axes = Axes(x_range=[{fmt(lo)}, {fmt(hi)}, {fmt((hi - lo) / 5)}], y_range=[0, {fmt(top)}, {fmt(step)}],",
        "            x_length=10, y_length=3.9, tips=False, axis_config={\"include_numbers\": True, \"font_size\": 22, \"color\": GREY_B}).to_edge(DOWN, buff=0.4)",
        f"heights = {{  # density of the {MEANS} sample means in each of {BINS} bins, by n (seed {seed(ctx.info)})",
        *[f"    {n}: [{', '.join(fmt(v, 3) for v in h)}]," for n, h in zip(sizes, heights)],
        "}",
        "",
        "def histogram(n):",
        f"    width = {fmt((hi - lo) / BINS, 5)}",
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
    w.code(f"normal = axes.plot(lambda x: np.exp(-((x - {fmt(src.mean, 4)}) ** 2) / (2 * {fmt(sd_n, 5)} ** 2)) / ({fmt(sd_n, 5)} * np.sqrt(2 * PI)),",
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
