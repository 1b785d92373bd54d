"""law_of_large_numbers: the running average of seeded draws settles on the mean.

The draws are made at design time (numpy's default_rng, seeded from the block), so the
path is written into the scene as numbers and the same block always gives the same bytes.
The x-axis is logarithmic in n: the first wild averages and the long calm run both show.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from ..distributions import Distribution, from_block
from ..given import seed
from ..notes import check
from .common import Ctx, fmt, nice_step, open_with_formula

PRIORITY = 32
KEYWORDS = (r"law\s+of\s+large\s+numbers", r"大数定律", r"running\s+average", r"long[- ]run\s+(average|frequency)", r"频率.*稳定",
            r"average\s+of\s+(the\s+)?(many|more|\d+|n)\s+(rolls|tosses|flips|draws|trials)", r"(多次|大量).*(平均值|均值).*(趋于|接近)",
            r"(sample\s+mean|average|mean)\s+of\s+(the\s+)?(many|more|\d+|n|repeated|a\s+large\s+number\s+of)\s+(?:\w+\s+)?(rolls|tosses|flips|draws|trials|samples)",
            r"(样本均值|平均值).{0,12}(趋于|接近|逼近|收敛)")
N = 1000  # draws; n runs 1..N on a log axis
TITLE = ("The Law of Large Numbers", "大数定律")
WHAT = ("The law of large numbers: the average of $n$ independent draws, $\\bar X_n = \\frac1n\\sum X_i$, gets close to "
        "the mean $\\mu$ and stays close as $n$ grows. The animation follows one seeded run of draws on a logarithmic $n$ axis.",
        "大数定律：$n$ 次独立抽样的平均值 $\\bar X_n = \\frac1n\\sum X_i$ 随 $n$ 增大而接近均值 $\\mu$ 并保持接近。"
        "动画沿对数刻度的 $n$ 轴展示一次（固定随机种子的）抽样过程。")


@dataclass
class Draws:
    dist: Distribution  # what is drawn, with the author's parameters
    example: bool  # the block named no distribution: narrated as "for instance"


_AVERAGE = r"\\bar\s*\{?\s*[XxY]|\\overline\{?\s*[XxY]|\\frac\{1\}\{n\}\s*\\sum|\\frac\{S_n\}\{n\}|S_n\s*/\s*n|\\mathbb\{?E|E\s*\[|\\mu"


def needs(info) -> Draws | None:
    """What is averaged: the distribution the block names, with its numbers (see distributions.py).
    None when the block's math is about something else (no average, no parameter of a distribution)."""
    dist = from_block(info, n_is_sample_size=False)
    has_average = any(re.search(_AVERAGE, b) for b in info.blocks)
    if info.blocks and not (has_average or (dist is not None and dist.given)):
        return None
    if dist is None:
        return Draws(Distribution("coin", (0.5,), False), True)
    stated = stated_mean(info)
    if stated is not None and abs(stated - dist.mean) > 1e-3 * max(1.0, abs(dist.mean)):
        return None  # the block states another mean than its distribution's: not ours to draw
    return Draws(dist, not dist.given)


_NUMBER = r"-?\d+(?:\.\d+)?"
_MEAN_WORDS = r"expected\s+value|expectation|\bmean\b|期望|均值"


def stated_mean(info) -> float | None:
    """The mean the block states: ``E[X] = 3.5``, ``\\mu = 3.5``, or a lone number beside the words
    "expected value"/"mean" in the prose (None when it states none)."""
    from ..symbolic import number

    for tex in info.blocks:
        named = re.fullmatch(rf"\s*(?:(?:E|\\mathbb\{{?E\}}?)\s*[\[(]\s*X\s*[\])]|\\mu)\s*=\s*({_NUMBER})\s*", tex)
        lone = re.fullmatch(rf"\s*({_NUMBER})\s*", tex)
        if named or (lone and re.search(_MEAN_WORDS, info.prose, re.I)):
            return number((named or lone).group(1))
    return None


def running_average(d: Draws, rng_seed: int) -> tuple[list[int], list[float]]:
    rng = np.random.default_rng(rng_seed)
    x = d.dist.sample(rng, N)
    avg = np.cumsum(x) / np.arange(1, N + 1)
    ns = sorted(set(int(round(v)) for v in np.logspace(0, 3, 90)))
    return ns, [float(avg[n - 1]) for n in ns]


def y_axis(d: Draws, avgs: list[float]) -> tuple[float, float, float]:
    """(low, high, step) of the average's axis: a die's faces, [0, 1] for a coin, else the path and the mean."""
    if d.dist.kind == "die":
        return 1, 6, 1
    if d.dist.kind == "coin":
        return 0, 1, 0.25
    lo, hi = min(avgs + [d.dist.mean]), max(avgs + [d.dist.mean])
    pad = 0.1 * max(hi - lo, 1e-6)
    step = nice_step(2 * (hi - lo + 2 * pad))
    lo, hi = math.floor((lo - pad) / step) * step, math.ceil((hi + pad) / step) * step
    return (max(lo, 0.0) if d.dist.span[0] >= 0 else lo), hi, step


def build(ctx: Ctx) -> None:
    w = ctx.w
    d = needs(ctx.info) or Draws(Distribution("coin", (0.5,), False), True)
    dist = d.dist
    ns, avgs = running_average(d, seed(ctx.info))
    lo, hi, y_step = y_axis(d, avgs)
    at = {n: a for n, a in zip(ns, avgs)}
    ctx.facts.update(kind=dist.kind, mean=dist.mean, sd=dist.sd, final=avgs[-1], at10=at.get(10))
    name = ctx.L(*dist.names(fmt))
    lead = ctx.L("For instance, " if d.example else "", "例如，" if d.example else "")
    value = ctx.L(*dist.value_words())
    sigma = ctx.L(f", the standard deviation $\\sigma = {fmt(dist.sd, 3)}$", f"，标准差 $\\sigma = {fmt(dist.sd, 3)}$")
    w.beat(ctx.title, ctx.L(f"{lead}{N} draws from {name}; each draw counts {value}. The mean is $\\mu = {fmt(dist.mean)}${sigma}.",
                            f"{lead}从{name}中抽取 {N} 次，每次记{value}。均值 $\\mu = {fmt(dist.mean)}${sigma}。"))
    shown = ctx.formula if ctx.formula and len(ctx.formula) < 90 and not re.fullmatch(r"\s*-?[\d.]+\s*", ctx.formula) else ""
    open_with_formula(ctx, shown or rf"\bar X_n = \frac{{1}}{{n}}\sum_{{i=1}}^{{n}} X_i \to \mu = {fmt(dist.mean)}")  # a lone number is no formula
    w.code(
        "# n on a log scale: x = log10(n)",
        f"axes = Axes(x_range=[0, 3.05, 1], y_range=[{fmt(lo)}, {fmt(hi)}, {fmt(y_step)}], x_length=10, y_length=3.9, tips=False,",
        '            axis_config={"color": GREY_B}, y_axis_config={"include_numbers": True, "font_size": 24}).to_edge(DOWN, buff=0.55)',
        'ticks = VGroup(*[MathTex(str(10**k), font_size=24).next_to(axes.c2p(k, ' + fmt(lo) + '), DOWN, buff=0.15) for k in range(4)])',
        'n_label = MathTex("n", font_size=30).next_to(axes.x_axis, RIGHT, buff=0.15)',
        f"mean_line = DashedLine(axes.c2p(0, {fmt(dist.mean)}), axes.c2p(3.05, {fmt(dist.mean)}), color=YELLOW)",
        f'mean_label = MathTex(r"\\mu = {fmt(dist.mean)}", font_size=32, color=YELLOW).next_to(mean_line, RIGHT, buff=0.1).shift(LEFT * 0.9 + UP * 0.3)',
        f"ns = [{', '.join(str(n) for n in ns)}]",
        f"averages = [{', '.join(fmt(a, 4) for a in avgs)}]  # running mean after n draws (seed {seed(ctx.info)})",
        "points = [axes.c2p(math.log10(n), a) for n, a in zip(ns, averages)]",
        "split = ns.index(10) + 1",
        "early = VMobject(color=BLUE, stroke_width=4).set_points_as_corners(points[:split])",
        "late = VMobject(color=BLUE, stroke_width=4).set_points_as_corners(points[split - 1:])",
        "# the average after 1, 10 and 1000 draws (whole formulas swapped: a DecimalNumber re-typesets every frame)",
        "def average_label(n, value):",
        '    return MathTex(rf"\\bar X_{{{n}}} = {value:.3f}", font_size=34).next_to(axes, UP, buff=0.1).to_edge(RIGHT, buff=0.8)',
        "readout = average_label(1, averages[0])",
    )
    w.play("Create(axes), FadeIn(ticks), FadeIn(n_label), Create(mean_line), FadeIn(mean_label), FadeIn(readout)", 1.4)
    a10 = at.get(10, avgs[0])
    w.beat(ctx.L("The first ten draws", "前十次"),
           ctx.L(f"Early averages jump around: after 10 draws the average is ${fmt(a10, 3)}$.",
                 f"开始时平均值跳动很大：10 次后平均值为 ${fmt(a10, 3)}$。"))
    w.play("Create(early), Transform(readout, average_label(10, averages[split - 1]))", 2.2)
    w.beat(ctx.L("A thousand draws", "一千次"),
           ctx.L(f"With more draws the swings shrink; after {N} the average is ${fmt(avgs[-1], 3)}$, close to $\\mu = {fmt(dist.mean)}$.",
                 f"次数越多，波动越小；{N} 次后平均值为 ${fmt(avgs[-1], 3)}$，接近 $\\mu = {fmt(dist.mean)}$。"))
    w.play(f"Create(late), Transform(readout, average_label({N}, averages[-1]))", 3.4, "rate_func=linear")
    band = 0.1 * (hi - lo) / 2
    w.beat(ctx.L("It stays close", "稳定在均值附近"),
           ctx.L(f"For any band around $\\mu$, here $\\pm{fmt(band, 3)}$, the average eventually stays inside it.",
                 f"无论在 $\\mu$ 周围取多窄的带（这里是 $\\pm{fmt(band, 3)}$），平均值最终都会留在带内。"))
    w.code(f"band = Rectangle(width=axes.x_length, height=axes.y_axis.unit_size * {fmt(2 * band, 4)}, stroke_width=0,",
           "                 fill_color=YELLOW, fill_opacity=0.18).move_to(axes.c2p(1.525, " + fmt(dist.mean) + "))")
    w.play("FadeIn(band), Indicate(readout)", 1.4)
    w.wait(1.2)


@check("law_of_large_numbers")
def _check(f):
    sd = f["sd"]
    return (f"Roughly how far from $\\mu = {fmt(f['mean'])}$ would you expect the average of 10,000 draws to be?",
            f"抽取 10000 次，平均值大约会偏离 $\\mu = {fmt(f['mean'])}$ 多少？",
            f"One draw has standard deviation $\\sigma = {fmt(sd, 3)}$, so the average's is $\\sigma/\\sqrt{{10000}} = {fmt(sd / 100, 4)}$: "
            "it is typically within a few of those.",
            f"单次抽样的标准差 $\\sigma = {fmt(sd, 3)}$，平均值的标准差为 $\\sigma/\\sqrt{{10000}} = {fmt(sd / 100, 4)}$，通常只偏离它的几倍。")
