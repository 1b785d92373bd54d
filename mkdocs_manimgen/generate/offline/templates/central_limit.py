"""central_limit: histograms of seeded sample means for growing n turn into the normal curve.

The means are drawn at design time (default_rng seeded from the block) and only the bar
heights go into the scene, so the same block gives the same bytes.  A block about the SUM of many
dice, coins or uniform numbers ("why does the sum of many dice look like a bell curve?") gets the sum
itself: its exact distribution for n = 1, 2, 3, ... draws (the faces' probabilities convolved n times;
for uniform draws the Irwin-Hall distribution), each with the normal curve N(n mu, n sigma^2).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from ..distributions import Distribution, from_block
from ..given import assigned, seed
from ..notes import check
from .common import Ctx, fmt, nice_step, open_with_formula, text_mob, tick

TITLE = ("The Central Limit Theorem", "中心极限定理")
WHAT = ("The central limit theorem: the mean of $n$ independent draws from almost any distribution with mean $\\mu$ and "
        "variance $\\sigma^2$ is approximately normal with mean $\\mu$ and standard deviation $\\sigma/\\sqrt n$. The animation "
        "draws many sample means for growing $n$ and compares their histogram with that normal curve.",
        "中心极限定理：从几乎任何均值为 $\\mu$、方差为 $\\sigma^2$ 的分布中独立抽取 $n$ 个数，它们的平均值近似服从均值 $\\mu$、"
        "标准差 $\\sigma/\\sqrt n$ 的正态分布。动画对不同的 $n$ 抽取大量样本均值，把直方图与这条正态曲线对比。")

PRIORITY = 31
# "Why does the sum of many dice look like a bell curve?": a sum or an average of many dice, coins or uniform
# draws, and the bell it makes
_MANY = r"(?:many|several|lots\s+of|a\s+(?:large\s+)?number\s+of|more\s+and\s+more|\d+|n)"
_DRAWS = (r"(?:dice|die\s+rolls|rolls(?:\s+of\s+a\s+die)?|coins?|coin\s+(?:flips|tosses)|flips|tosses|"
          r"uniform(?:\s+random)?\s+(?:numbers|draws|variables))")
_MANY_DRAWS = (rf"(?:sum|total|average|mean)s?\s+of\s+(?:the\s+)?{_MANY}\s+(?:fair\s+|independent\s+|random\s+)?{_DRAWS}|"
               rf"\badd(?:ing|ed)?\s+(?:up\s+)?{_MANY}\s+{_DRAWS}|\broll(?:ing)?\s+{_MANY}\s+dice\b.{{0,30}}\b(?:add|sum|total)|"
               rf"number\s+of\s+heads\s+in\s+{_MANY}\s+(?:coin\s+)?(?:flips|tosses)|"
               r"(?:很多|许多|多个|大量|多枚|多颗|\d+\s*[个枚颗次]|n\s*[个枚颗次])[^，。？！]{0,4}(?:骰子|硬币|均匀分布|均匀随机数)"
               r"[^。？！]{0,10}(?:之和|的和|总和|和的|平均|加起来|正面)")
_BELL = r"bell|normal|gaussian|钟形|钟型|正态|高斯"
_ESTIMATE = r"probabilit|\bestimate|normal\s+approximation|概率|估计|正态近似"  # a probability asked: not the shape's "why"
KEYWORDS = (r"central\s+limit", r"中心极限", r"sampling\s+distribution\s+of\s+the\s+(sample\s+)?mean", r"样本均值的分布",
            rf"(?s)^(?!.*(?:{_ESTIMATE}))(?=.*(?:{_BELL})).*(?:{_MANY_DRAWS})")
MEANS = 800  # sample means per histogram
BINS = (24, 60)  # bars per histogram: about two per standard deviation of the last mean, within these
SMALL_N = 5  # a counting distribution's last histogram at this n or less is said to fit the curve only roughly


@dataclass
class Source:
    dist: Distribution  # what one draw comes from, with the author's parameters
    n: int  # the author's sample size (the last histogram)
    example: bool
    sums: tuple[int, ...] = ()  # the sum view: the numbers of draws added (the last the author's n, if given)

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



# The scene's histogram of the n-th distribution, from its ``width``, ``left`` and ``heights`` tables (both views).
HISTOGRAM = (
    "def histogram(n):",
    "    return VGroup(*[Rectangle(width=axes.x_axis.unit_size * width[n], height=max(axes.y_axis.unit_size * h, 0.001),",
    "                              stroke_width=1, stroke_color=BLUE_A, fill_color=BLUE, fill_opacity=0.75)",
    "                    .move_to(axes.c2p(left[n] + (k + 0.5) * width[n], 0), aligned_edge=DOWN)",
    "                    for k, h in enumerate(heights[n])])",
)

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
    if dist.kind in SUM_SIZES and re.search(_SUM_WORDS, info.prose, re.I):
        n = n or _prose_count(info)
        sizes = SUM_SIZES[dist.kind] if n is None else tuple(k for k in SUM_SIZES[dist.kind] if k < n) + (n,)
        if max(sizes) <= SUM_MAX[dist.kind]:  # our numbers of draws make the scene an example too
            return Source(dist, sizes[-1], not dist.given or n is None, sizes)
    return Source(dist, n or 30, not dist.given)


# The sum view: the numbers of draws added when the block names none (for instance), and the most drawn
# on one axis (the sum of n draws spreads over n times one draw's span)
SUM_SIZES = {"die": (1, 2, 3, 4, 5, 6), "uniform": (1, 2, 3, 4, 5, 6), "coin": (1, 2, 4, 8, 16, 32)}
SUM_MAX = {"die": 12, "uniform": 12, "coin": 64}
_SUM_WORDS = r"\bsums?\b|\btotal|\badd(?:ing|ed)?\s+(?:them\s+)?up|number\s+of\s+heads|之和|的和|总和|和的|加起来|正面(?:朝上)?的?次数"
_COUNT = re.compile(r"(?<![\d.])(\d+)\s*(?:fair\s+|six-sided\s+)?(?:dice|coins|coin\s+(?:flips|tosses)|rolls|flips|tosses|uniform)"
                    r"|(?<![\d.])(\d+)\s*(?:个|枚|颗|次)\s*(?:均匀的?)?(?:骰子|硬币)", re.I)


def _prose_count(info) -> int | None:
    """How many draws the prose adds ("roll 10 dice", "10 枚硬币"); None when it names no number."""
    counts = {int(m[1] or m[2]) for m in _COUNT.finditer(info.prose)}
    return counts.pop() if len(counts) == 1 and 2 <= min(counts) else None


def bins(src: Source) -> int:
    """Bars over the span, for a continuous distribution: narrow enough that the last bell spans several."""
    lo, hi = src.span
    return int(min(BINS[1], max(BINS[0], round((hi - lo) / (src.sd / math.sqrt(src.n) / 2)))))


@dataclass
class Histogram:
    """The sample means of one n, binned: bar k covers [left + k * width, left + (k + 1) * width)."""

    n: int
    left: float
    width: float
    heights: list[float]  # density: the share of the MEANS means in the bar / width (the scale of the normal pdf)

    @property
    def edges(self) -> np.ndarray:
        return self.left + self.width * np.arange(len(self.heights) + 1)


def window(src: Source) -> tuple[float, float]:
    """The x-range the bars cover: the span, and for a counting distribution half a lattice step more
    on each side (its bars for n = 1 are centred on the values a draw takes)."""
    lo, hi = src.span
    half = (src.dist.lattice or 0.0) / 2
    return lo - half, hi + half


def binning(src: Source, n: int) -> tuple[float, float, int]:
    """(left edge, bar width, bars) for the means of ``n`` draws.

    Continuous: ``bins(src)`` equal bars over the span.  Counting (``dist.lattice``): the mean takes only
    the values lo + j * lattice / n, so bars of a fixed width would hold two of them, then three, and at
    small n none (a comb of spikes beside a smooth curve).  Each bar holds the same whole number m of
    these values instead (edges half a step between two), m the most that fit the continuous width.
    Values left over by whole bars (fewer than m) are the ones at the end farther from the mean."""
    lo, hi = src.span
    if src.dist.lattice is None:
        return lo, (hi - lo) / bins(src), bins(src)
    step = src.dist.lattice / n
    m = max(1, math.floor((hi - lo) / bins(src) / step + 1e-9))
    values = round((hi - lo) / step) + 1
    skip = values % m if src.mean - lo > hi - src.mean else 0
    return lo + (skip - 0.5) * step, m * step, values // m


def histograms(src: Source, rng_seed: int) -> list[Histogram]:
    """For each sample size shown (1, 2, 5 and the author's n), the MEANS seeded sample means, binned."""
    rng = np.random.default_rng(rng_seed)
    out = []
    for n in sorted({1, 2, min(5, src.n), src.n}):
        left, width, count = binning(src, n)
        bars = Histogram(n, left, width, [0.0] * count)
        # means outside the bars (a long tail) are left out, not piled into the end bars
        counts, _ = np.histogram(src.dist.sample(rng, (MEANS, n)).mean(axis=1), bins=bars.edges)
        bars.heights = [float(c) / (MEANS * width) for c in counts]
        out.append(bars)
    return out


def x_axis(src: Source) -> tuple[float, float, float, list[float] | None]:
    """(x_min, x_max, tick step, labelled values or None for every tick) of the axes.  A counting
    distribution's window starts half a step off the values: its ends are moved out to whole ticks
    (Manim counts ticks from x_min, or from 0 when the range holds 0), and only values in the span
    are labelled."""
    lo, hi = src.span
    step = (hi - lo) / 5 if src.dist.kind in ("die", "coin", "uniform") else nice_step(2 * (hi - lo))
    if src.dist.lattice is None:
        return lo, hi, step, None
    a, b = window(src)
    if a >= 0:
        a, b = math.floor(a / step) * step, math.ceil(b / step) * step
    labels = [round(k * step, 6) for k in range(math.ceil(lo / step - 1e-9), math.floor(hi / step + 1e-9) + 1)]
    return a, b, step, labels


def build(ctx: Ctx) -> None:
    w = ctx.w
    src = needs(ctx.info) or Source(Distribution("die", (1 / 6,) * 6), 30, True)
    if src.sums:
        _sum_scene(ctx, src)
        return
    hists = histograms(src, seed(ctx.info))
    sizes = [h.n for h in hists]
    x_min, x_max, x_step, labels = x_axis(src)
    sd_n = src.sd / math.sqrt(src.n)
    peak = max(max(max(h.heights) for h in hists), 1 / (sd_n * math.sqrt(2 * math.pi)))
    step = nice_step(peak * 1.1)
    top = math.ceil(peak * 1.1 / step) * step
    ctx.facts.update(kind=src.dist.kind, n=src.n, mean=src.mean, sd=src.sd, sd_n=sd_n)
    names = src.dist.names(fmt)
    lead = ctx.L("For instance, draw" if src.example else "Draw", "例如，从" if src.example else "从")
    w.beat(ctx.title, ctx.L(f"{lead} from {names[0]}: $\\mu = {fmt(src.mean, 3)}$, $\\sigma = {fmt(src.sd, 3)}$. Average $n$ draws, {MEANS} times over.",
                            f"{lead}{names[1]}中抽样：$\\mu = {fmt(src.mean, 3)}$，$\\sigma = {fmt(src.sd, 3)}$。每次取 $n$ 个的平均值，重复 {MEANS} 次。"))
    open_with_formula(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 90 else
                      r"\bar X_n \approx \mathcal{N}\!\left(\mu, \frac{\sigma^2}{n}\right)")
    # the values a draw takes are labelled, 0 too (Axes leaves out the label where the axes cross)
    axis_extra = (f", x_axis_config={{\"numbers_to_include\": [{', '.join(fmt(v, 6) for v in labels)}], \"numbers_to_exclude\": []}}"
                if labels else "")
    if x_min < 0:  # Manim draws the y-axis at x = 0, through the bar of the value 0: no numbers on it there
        axis_extra += ", y_axis_config={\"include_numbers\": False}"
    lattice = src.dist.lattice
    w.code(
        f"axes = Axes(x_range=[{fmt(x_min)}, {fmt(x_max)}, {fmt(x_step)}], y_range=[0, {fmt(top)}, {fmt(step)}],",
        "            x_length=10, y_length=3.9, tips=False, axis_config={\"include_numbers\": True, \"font_size\": 22, \"color\": GREY_B}"
        f"{axis_extra}).to_edge(DOWN, buff=0.4)",
        *(["# a draw takes whole values, so the mean of n draws takes the values k/n: each bar holds the same number of them",
           "# (bars of one fixed width would hold 0, 1 or 2 of them, a comb of spikes at small n)"] if lattice else []),
        "width = {" + ", ".join(f"{h.n}: {fmt(h.width, 6)}" for h in hists) + "}  # bar width by n",
        "left = {" + ", ".join(f"{h.n}: {fmt(h.left, 6)}" for h in hists) + "}  # left edge of the first bar by n",
        f"heights = {{  # density of the {MEANS} sample means in each bar (share / width, the scale of the normal pdf), by n (seed {seed(ctx.info)})",
        *[f"    {h.n}: [{', '.join(fmt(v, 3) for v in h.heights)}]," for h in hists],
        "}",
        "",
        *HISTOGRAM,
        "",
        'def n_label(n):',
        '    return MathTex(f"n = {n}", font_size=36).next_to(axes, UP, buff=0.05).to_edge(RIGHT, buff=0.8)',
        "",
        f"bars, label = histogram({sizes[0]}), n_label({sizes[0]})",
        f"single = {text_mob(ctx.L('one draw: the distribution itself, not yet a bell', '单次抽样：就是原分布本身，还不是钟形'), 24)}"
        ".next_to(label, LEFT, buff=0.4)",
    )
    w.play("Create(axes), FadeIn(bars), FadeIn(label), FadeIn(single)", 1.4)
    values = ctx.L(", one bar for each value a draw takes", "，每个可能的取值一根柱子") if lattice else ""
    w.beat(ctx.L("Single draws", "单次抽样"),
           ctx.L(f"With $n = 1$ there is nothing to average: the bars show {names[0]} itself{values}, not a bell. "
                 "The theorem is about what happens as $n$ grows.",
                 f"$n = 1$ 时没有什么可平均的：直方图就是{names[1]}本身{values}，还不是钟形。定理讲的是 $n$ 增大时会怎样。"))
    w.wait(1)
    rough = bool(src.dist.lattice) and src.n <= SMALL_N  # still few attainable means: say the fit is rough
    shape = ctx.L("narrows towards a bell" if rough else "narrows and becomes a bell", "变窄、趋向钟形" if rough else "变窄并成为钟形")
    w.beat(ctx.L("Average more draws", "平均更多次"),
           ctx.L(f"Averaging $n = {', '.join(str(s) for s in sizes[1:])}$ draws, the histogram {shape}.",
                 f"对 $n = {', '.join(str(s) for s in sizes[1:])}$ 个数取平均，直方图{shape}。"))
    for i, n in enumerate(sizes[1:]):
        w.play(f"Transform(bars, histogram({n})), Transform(label, n_label({n}))" + (", FadeOut(single)" if i == 0 else ""), 1.4)
        w.wait(0.4)
    curve = (f"The normal curve with mean ${fmt(src.mean, 3)}$ and standard deviation $\\sigma/\\sqrt{{{src.n}}} = {fmt(sd_n, 3)}$",
             f"均值 ${fmt(src.mean, 3)}$、标准差 $\\sigma/\\sqrt{{{src.n}}} = {fmt(sd_n, 3)}$ 的正态曲线")
    w.beat(ctx.L("The normal curve", "正态曲线"),
           ctx.L(f"{curve[0]} follows the bars only roughly: at $n = {src.n}$ the mean takes few values (steps of $1/{src.n}$). "
                 "The fit improves as $n$ grows." if rough else f"{curve[0]} fits the bars.",
                 f"{curve[1]}与柱子只是大致吻合：$n = {src.n}$ 时平均值的取值还很少（步长 $1/{src.n}$），$n$ 越大吻合得越好。"
                 if rough else f"{curve[1]}与柱子吻合。"))
    w.code("# the normal curve N(mu, sigma^2 / n): mu and sigma of the distribution drawn from (distributions.py)",
           f"normal = axes.plot(lambda x: np.exp(-((x - {fmt(src.mean, 4)}) ** 2) / (2 * {fmt(sd_n, 5)} ** 2)) / ({fmt(sd_n, 5)} * np.sqrt(2 * PI)),",
           f"                   x_range=[{fmt(x_min)}, {fmt(x_max)}, {fmt((x_max - x_min) / 200, 4)}], color=YELLOW, stroke_width=5)")
    w.play("Create(normal)", 1.8)
    w.wait(1.2)


UNIFORM_BARS = 5  # bars per unit of one uniform draw's span, in the sum view


def sum_histograms(src: Source) -> list[Histogram]:
    """The exact distribution of the sum of n draws for each n in ``src.sums``, as density bars: a die's or a
    coin's probabilities convolved n times (one bar per total), for uniform draws the Irwin-Hall
    probabilities of bars 1/UNIFORM_BARS of a draw's span wide."""
    d = src.dist
    out = []
    if d.kind == "uniform":
        a, b = d.params
        for n in src.sums:
            edges = np.linspace(0, n, n * UNIFORM_BARS + 1)  # the sum of n uniform draws on [0, 1]
            cdf = np.array([_irwin_hall_cdf(n, x) for x in edges])
            width = (b - a) / UNIFORM_BARS
            out.append(Histogram(n, n * a, width, [float(p) / width for p in np.diff(cdf)]))
        return out
    one = np.array(d.params if d.kind == "die" else (1 - d.params[0], d.params[0]))
    low = 1 if d.kind == "die" else 0
    for n in src.sums:
        pmf = np.array([1.0])
        for _ in range(n):
            pmf = np.convolve(pmf, one)
        out.append(Histogram(n, n * low - 0.5, 1.0, [float(p) for p in pmf]))
    return out


def _irwin_hall_cdf(n: int, x: float) -> float:
    """P(U_1 + ... + U_n <= x) for independent uniform draws on [0, 1]."""
    if x <= 0:
        return 0.0
    if x >= n:
        return 1.0
    return sum((-1) ** k * math.comb(n, k) * (x - k) ** n for k in range(int(math.floor(x)) + 1)) / math.factorial(n)


def _sum_scene(ctx: Ctx, src: Source) -> None:
    """The sum of n draws for n = 1, 2, 3, ...: its exact distribution on one axis, the normal curve
    N(n mu, n sigma^2) over it from n = 2 on."""
    w = ctx.w
    hists = sum_histograms(src)
    sizes = [h.n for h in hists]
    w.example = src.example
    x_min = min(0.0, *(h.left for h in hists))
    x_max = max(float(h.edges[-1]) for h in hists)
    x_step = nice_step(x_max - x_min)
    x_max = math.ceil(x_max / x_step) * x_step
    peak = max(max(h.heights) for h in hists)
    y_step = tick(peak * 1.15, 4)
    top = math.ceil(peak * 1.15 / y_step) * y_step
    ctx.facts.update(kind=src.dist.kind, n=src.n, mean=src.mean, sd=src.sd, sd_n=src.sd / math.sqrt(src.n), sums=tuple(sizes))
    names = src.dist.names(fmt)
    what = {"die": (("die", "dice"), "个骰子", "the total of the faces shown", "点数之和"),
            "coin": (("flip", "flips"), "次抛硬币", "the number of heads", "正面次数"),
            "uniform": (("draw", "draws"), "个均匀随机数", "the total of the values drawn", "抽到的值之和")}[src.dist.kind]
    count = ", ".join(str(k) for k in sizes)
    w.beat(ctx.title, ctx.L(
        f"{'a' if w.example else 'A'}dd up $n$ draws from {names[0]} ($\\mu = {fmt(src.mean, 3)}$, $\\sigma = {fmt(src.sd, 3)}$ "
        f"for one draw), for $n = {count}$: {what[2]}. Each histogram is the exact distribution of the sum, not a simulation.",
        f"把 $n$ 个独立的{names[1]}的结果相加（单次 $\\mu = {fmt(src.mean, 3)}$，$\\sigma = {fmt(src.sd, 3)}$），$n = {count}$："
        f"{what[3]}。每个直方图都是和的精确分布，不是模拟。"))
    open_with_formula(ctx, r"S_n = X_1 + \cdots + X_n \approx \mathcal{N}\!\left(n\mu,\ n\sigma^2\right)")
    w.code(
        f"axes = Axes(x_range=[{fmt(x_min)}, {fmt(x_max)}, {fmt(x_step)}], y_range=[0, {fmt(top)}, {fmt(y_step)}],",
        "            x_length=10, y_length=3.9, tips=False, axis_config={\"include_numbers\": True, \"font_size\": 22, \"color\": GREY_B}"
        # Manim draws the y-axis at x = 0, through the bar of the total 0: no numbers on it there
        + (", y_axis_config={\"include_numbers\": False}" if x_min < 0 else "") + ").to_edge(DOWN, buff=0.4)",
        "width = {" + ", ".join(f"{h.n}: {fmt(h.width, 6)}" for h in hists) + "}  # bar width by n",
        "left = {" + ", ".join(f"{h.n}: {fmt(h.left, 6)}" for h in hists) + "}  # left edge of the first bar by n",
        "heights = {  # the exact probability of each bar's totals / bar width, by n (computed at design time)",
        *[f"    {h.n}: [{', '.join(fmt(v, 4) for v in h.heights)}]," for h in hists],
        "}",
        "",
        *HISTOGRAM,
        "",
        "def normal(n):  # N(n mu, n sigma^2), the mu and sigma of one draw",
        f"    m, s = n * {fmt(src.mean, 6)}, np.sqrt(n) * {fmt(src.sd, 6)}",
        "    return axes.plot(lambda x: np.exp(-((x - m) ** 2) / (2 * s ** 2)) / (s * np.sqrt(2 * PI)),",
        f"                     x_range=[max({fmt(x_min)}, m - 4.5 * s), min({fmt(x_max)}, m + 4.5 * s), s / 40], color=YELLOW, stroke_width=4)",
        "",
        "def n_label(n):",
        f'    return VGroup(MathTex(f"n = {{n}}", font_size=36), '
        + ctx.L(f"{text_mob(what[0][0], 26)} if n == 1 else {text_mob(what[0][1], 26)}", text_mob(what[1], 26))
        + ').arrange(RIGHT, buff=0.15).next_to(axes, UP, buff=0.05).to_edge(RIGHT, buff=0.8)',
        "",
        f"bars, label = histogram({sizes[0]}), n_label({sizes[0]})",
    )
    w.play("Create(axes), FadeIn(bars), FadeIn(label)", 1.4)
    lo, hi = src.dist.span
    single = ctx.L(f"One draw: the values from ${fmt(lo)}$ to ${fmt(hi)}$ are equally likely, a flat row of bars, no bell.",
                   f"一次：从 ${fmt(lo)}$ 到 ${fmt(hi)}$ 的值等可能，一排平的柱子，不是钟形。")
    if src.dist.kind == "coin":
        p = src.dist.params[0]
        single = ctx.L(f"One flip: two bars, $P(0) = {fmt(1 - p, 3)}$ and $P(1) = {fmt(p, 3)}$, no bell.",
                       f"抛一次：两根柱子，$P(0) = {fmt(1 - p, 3)}$，$P(1) = {fmt(p, 3)}$，不是钟形。")
    if src.dist.kind == "die" and not src.dist.fair_die:
        single = ctx.L(f"One roll of {names[0]}: the bars are its face probabilities, no bell.", f"掷一次{names[1]}：柱子就是各面的概率，不是钟形。")
    w.beat(ctx.L("One draw", "一次"), single)
    w.wait(1)
    middle = ctx.L("a total in the middle can be reached in many more ways than one at either end",
                   "中间的和可以由多得多的组合得到，两端的和只有很少几种方式")
    w.beat(ctx.L("Add more draws", "加更多次"), ctx.L(
        f"Adding $n = {', '.join(str(k) for k in sizes[1:])}$ draws: {middle}, so the bars pile up in the middle and round "
        f"into a bell. The yellow curve is the normal distribution with mean $n\\mu$ and standard deviation $\\sqrt n\\,\\sigma$.",
        f"把 $n = {', '.join(str(k) for k in sizes[1:])}$ 次相加：{middle}，所以柱子向中间堆积并变圆成钟形。"
        f"黄色曲线是均值 $n\\mu$、标准差 $\\sqrt n\\,\\sigma$ 的正态分布。"))
    w.code(f"curve = normal({sizes[1]})")
    w.play(f"Transform(bars, histogram({sizes[1]})), Transform(label, n_label({sizes[1]})), Create(curve)", 1.4)
    w.wait(1.0)
    for n in sizes[2:]:
        w.play(f"Transform(bars, histogram({n})), Transform(label, n_label({n})), Transform(curve, normal({n}))", 1.2)
        w.wait(0.7)
    w.beat(ctx.L("The bell", "钟形"), ctx.L(
        f"At $n = {src.n}$ the bars follow the normal curve with mean ${fmt(src.n * src.mean, 4)}$ and standard deviation "
        f"$\\sqrt{{{src.n}}} \\times {fmt(src.sd, 3)} = {fmt(math.sqrt(src.n) * src.sd, 3)}$: the central limit theorem. Any distribution "
        "with a finite variance gives the same bell when enough draws are added.",
        f"$n = {src.n}$ 时柱子贴合均值 ${fmt(src.n * src.mean, 4)}$、标准差 $\\sqrt{{{src.n}}} \\times {fmt(src.sd, 3)} = "
        f"{fmt(math.sqrt(src.n) * src.sd, 3)}$ 的正态曲线：这就是中心极限定理。任何方差有限的分布，加的次数足够多时都给出同样的钟形。"))
    w.play("Indicate(curve, color=WHITE)", 1.2)
    w.wait(1.4)


@check("central_limit")
def _check(f):
    n4 = 4 * f["n"]
    return (f"If the sample size grows from ${f['n']}$ to ${n4}$, what happens to the width of the bell?",
            f"如果样本量从 ${f['n']}$ 增加到 ${n4}$，钟形曲线的宽度如何变化？",
            f"It halves: the standard deviation $\\sigma/\\sqrt n$ goes from ${fmt(f['sd_n'], 3)}$ to ${fmt(f['sd_n'] / 2, 3)}$.",
            f"减半：标准差 $\\sigma/\\sqrt n$ 从 ${fmt(f['sd_n'], 3)}$ 变为 ${fmt(f['sd_n'] / 2, 3)}$。")
