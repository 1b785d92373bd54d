"""probability_density: the distribution the block names, at the author's parameters, one parameter sliding.

Normal N(mu, sigma^2): the bell and its mu +- sigma band.  Exponential and uniform: their density
curve.  Binomial and Poisson: bars of the probability mass function.  The parameters are the
author's (distributions.py reads them: ``B(20, 0.3)``, ``\\lambda = 3``, ``N(70, 10^2)``, a normal
density written out); where the block names a distribution without numbers the scene says which
values it chose.  The parameter slides away and comes back to the author's value.
"""

from __future__ import annotations

import math
import re

from ..distributions import Distribution, from_block, normal_from_block
from ..notes import check
from .common import Ctx, fmt, formula_corner, tick

# kind -> (prose pattern, general formula, parameter names as TeX, default parameters, en name, zh name)
_KINDS = {
    "binomial": (r"binomial|二项分布|伯努利", r"P(X=k) = \binom{n}{k} p^k (1-p)^{n-k}", ("n", "p"), (10.0, 0.5),
                 "binomial", "二项分布"),
    "poisson": (r"poisson|泊松", r"P(X=k) = \frac{\lambda^k e^{-\lambda}}{k!}", (r"\lambda",), (2.0,), "Poisson", "泊松分布"),
    "exponential": (r"exponential|指数分布", r"f(x) = \lambda e^{-\lambda x},\ x \ge 0", (r"\lambda",), (1.0,),
                    "exponential", "指数分布"),
    "uniform": (r"uniform|均匀分布", r"f(x) = \frac{1}{b-a},\ a \le x \le b", ("a", "b"), (0.0, 3.0), "uniform", "均匀分布"),
    "normal": (r"", r"f(x) = \frac{1}{\sigma\sqrt{2\pi}}\, e^{-\frac{(x-\mu)^2}{2\sigma^2}}", (r"\mu", r"\sigma"),
               (0.0, 1.0), "normal", "正态分布"),
}
# What the notes say each distribution is ("What it is").
_WHAT = {
    "exponential": ("The exponential distribution models waiting times between independent events at rate $\\lambda$: "
                    "its density $\\lambda e^{-\\lambda x}$ starts at $\\lambda$ and decays, and its mean is $1/\\lambda$.",
                    "指数分布描述以速率 $\\lambda$ 独立发生的事件之间的等待时间：密度 $\\lambda e^{-\\lambda x}$ 从 $\\lambda$ 开始衰减，均值为 $1/\\lambda$。"),
    "uniform": ("The uniform distribution spreads probability evenly over $[a, b]$: its density is the constant "
                "$1/(b-a)$, so a wider interval means a lower rectangle of the same area 1.",
                "均匀分布把概率平均分布在 $[a, b]$ 上：密度为常数 $1/(b-a)$，区间越宽矩形越低，面积始终为 1。"),
    "binomial": ("The binomial distribution counts the successes $k$ in $n$ independent trials that each succeed with "
                 "probability $p$; its mean is $np$.",
                 "二项分布描述 $n$ 次独立试验（每次成功概率为 $p$）中成功次数 $k$ 的分布，均值为 $np$。"),
    "poisson": ("The Poisson distribution counts events in a fixed interval when they happen independently at an "
                "average rate $\\lambda$; its mean and variance are both $\\lambda$.",
                "泊松分布描述在固定区间内以平均速率 $\\lambda$ 独立发生的事件个数，均值和方差都是 $\\lambda$。"),
}


# A formula that only assigns a parameter (``\lambda = 0.5``): the scene shows the law instead.
_ASSIGNMENT = re.compile(r"\s*\\?[A-Za-z]+\s*=\s*-?[\d.]+\s*")


def shown(info) -> Distribution | None:
    """The distribution drawn: the one the prose names, else a law written in the math
    (``X \\sim B(8, 0.25)``, ``\\mathrm{Poisson}(4)``), else the normal; at the author's parameters,
    or at the defaults (``given=False``) when the block gives none.  None when the author's
    parameters are impossible (p = 1.5, sigma = 0): the family is then not met, rather than drawn
    with other numbers."""
    kind = next((k for k, (pattern, *_rest) in _KINDS.items() if pattern and re.search(pattern, info.prose, re.I)), None)
    try:
        found = from_block(info, n_is_sample_size=False)
    except ValueError:
        if kind is not None:
            return None
        found = None
    if kind is None:
        if found is not None and found.kind in _KINDS:  # a law the math writes names the distribution
            return found
        kind = "normal"
        try:
            found = normal_from_block(info)
        except ValueError:
            return None
    if found is not None and found.kind == kind and found.given:
        return found
    if found is not None and found.kind != kind:
        return None  # the prose names one law and the math writes another (U(-1, 1) beside "normal")
    if _numbers(info):
        return None  # the block's own numbers are data the defaults would ignore (a sample mean, a charge density)
    return Distribution(kind, _KINDS[kind][3], False)


def _numbers(info) -> list[str]:
    """The numbers the block's formulas write, besides the 1s and 2s of a general law's density."""
    return [n for n in re.findall(r"\d+(?:\.\d+)?", " ".join(info.blocks)) if n not in ("1", "2")]


def _pmf(kind: str, v: float, k: int, trials: int) -> float:
    if kind == "binomial":
        return math.comb(trials, k) * v**k * (1 - v) ** (trials - k)
    return v**k * math.exp(-v) / math.factorial(k)


def _slides(d: Distribution) -> tuple[str, list[float]]:
    """The parameter that slides (its tracker's TeX) and its values, ending on the author's."""
    P = d.params
    if d.kind == "binomial":
        p = P[1]
        return "p", [round(max(0.05, p / 2), 2), round(min(0.95, (1 + p) / 2), 2), p]
    if d.kind in ("poisson", "exponential"):
        return r"\lambda", [round(P[0] * 0.5, 3), round(P[0] * 1.6, 3), P[0]]
    if d.kind == "uniform":
        width = P[1] - P[0]
        return "b", [P[1] + width, P[0] + width / 2, P[1]]
    return r"\sigma", [P[1] * 0.5, P[1] * 1.6, P[1]]


def build(ctx: Ctx) -> None:
    d = shown(ctx.info)
    assert d is not None, "needs() refuses impossible parameters"
    w = ctx.w
    kind = d.kind
    _pattern, general, names, _defaults, en, zh = _KINDS[kind]
    values = {n: (int(v) if kind == "binomial" and n == "n" else v) for n, v in zip(names, d.params)}
    law = ", ".join(f"{n} = {fmt(v, 4)}" for n, v in values.items())
    slid, stops = _slides(d)
    ctx.facts.update(dist=kind, params=values, given=d.given, formula_tex=general, what=_WHAT.get(kind))
    if d.given:
        w.beat(ctx.title, ctx.L(f"The {en} distribution with ${law}$.", f"参数 ${law}$ 的{zh}。"))
    else:
        w.beat(ctx.title, ctx.L(f"The {en} distribution; the block gives no parameters, so we show ${law}$.",
                                f"{zh}；题目没有给出参数，这里取 ${law}$。"))
    w.title(ctx.title)
    own = ctx.formula if ctx.formula and len(ctx.formula) < 90 and not _ASSIGNMENT.fullmatch(ctx.formula) else None
    formula_corner(ctx, own or rf"{general},\quad {law}")
    if kind in ("binomial", "poisson"):
        _bars(ctx, d, slid, stops)
    else:
        _curve(ctx, d, slid, stops)
    w.code(f"param.next_to(axes, UP, buff=-0.6).to_edge(RIGHT, buff=0.7)")
    w.play("Write(title), FadeIn(formula)", 1.2)
    if kind in ("binomial", "poisson"):
        w.beat(ctx.L(f"The shape of the {en} distribution", f"{zh}的形状"),
               ctx.L(f"Each bar is the probability of one value $k$; together they add up to 1. The mean is ${fmt(d.mean, 4)}$.",
                     f"每根柱子是取值 $k$ 的概率，所有柱子加起来等于 1；均值为 ${fmt(d.mean, 4)}$。"))
    else:
        w.beat(ctx.L(f"The shape of the {en} distribution", f"{zh}的形状"),
               ctx.L(f"The density curve: the area under it is 1. The mean is ${fmt(d.mean, 4)}$.",
                     f"密度曲线下的总面积为 1；均值为 ${fmt(d.mean, 4)}$。"))
    w.play("Create(axes), FadeIn(shape), FadeIn(param)", 1.6)
    w.code("param[1].add_updater(lambda m: m.set_value(s.get_value()))")
    w.wait(0.6)
    if kind == "normal":
        mu, sigma = d.params
        w.beat(ctx.L("About 68% within one σ", "约 68% 落在一个 σ 内"),
               ctx.L(f"The shaded band from $\\mu - \\sigma = {fmt(mu - sigma, 4)}$ to $\\mu + \\sigma = {fmt(mu + sigma, 4)}$ holds about 68% of the area.",
                     f"从 $\\mu - \\sigma = {fmt(mu - sigma, 4)}$ 到 $\\mu + \\sigma = {fmt(mu + sigma, 4)}$ 的阴影部分约占总面积的 68%。"))
        w.play("FadeIn(band)", 1)
    shape_words = ctx.L("the total probability stays 1", "总概率始终为 1") if kind in ("binomial", "poisson") else \
        ctx.L("the area stays 1", "面积始终为 1")
    w.beat(ctx.L(f"Change ${slid}$", f"改变 ${slid}$"),
           ctx.L(f"Sliding ${slid}$ away from ${fmt(stops[-1], 4)}$ and back reshapes the distribution; {shape_words}.",
                 f"让 ${slid}$ 离开 ${fmt(stops[-1], 4)}$ 再回来，分布的形状随之改变，但{shape_words}。"))
    for i, v in enumerate(stops):
        w.play(f"s.animate.set_value({fmt(v, 4)})", 1.8 if i < len(stops) - 1 else 1.4)
        if i < len(stops) - 1:
            w.wait(0.4)
    w.wait(1)


def _bars(ctx: Ctx, d: Distribution, slid: str, stops: list[float]) -> None:
    """Bars of the pmf; x covers every slid value's likely counts, y the tallest bar of all."""
    kind, P = d.kind, d.params
    trials = int(P[0]) if kind == "binomial" else 0
    at = [P[1]] + stops if kind == "binomial" else [P[0]] + stops
    if kind == "binomial":
        lo = min(max(0, math.floor(trials * v - 4 * math.sqrt(trials * v * (1 - v)))) for v in at)
        hi = max(min(trials, math.ceil(trials * v + 4 * math.sqrt(trials * v * (1 - v)))) for v in at)
    else:
        lo, hi = 0, max(math.ceil(v + 4 * math.sqrt(v)) + 1 for v in at)
    top = max(_pmf(kind, v, k, trials) for v in at for k in range(lo, hi + 1))
    y_step = tick(top * 1.15, 4)
    y_max = math.ceil(top * 1.15 / y_step) * y_step
    x_step = tick(hi - lo + 2, 10) if hi - lo > 12 else 1
    pmf = f"math.comb({trials}, k) * v**k * (1 - v) ** ({trials} - k)" if kind == "binomial" else \
        "v**k * math.exp(-v) / math.factorial(k)"
    start = P[1] if kind == "binomial" else P[0]
    ctx.w.code(
        f"axes = Axes(x_range=[{lo - 1}, {hi + 1}, {fmt(x_step)}], y_range=[0, {fmt(y_max, 4)}, {fmt(y_step, 4)}], x_length=10.5, y_length=4.2, tips=False,",
        '            axis_config={"include_numbers": True, "font_size": 24, "color": GREY_B}).to_edge(DOWN, buff=0.35)',
        f"s = ValueTracker({fmt(start, 4)})  # the parameter {slid}",
        "",
        "def bars():",
        "    v = s.get_value()",
        "    out = VGroup()",
        f"    for k in range({lo}, {hi + 1}):",
        f"        p = {pmf}",
        "        out.add(Rectangle(width=axes.x_axis.unit_size * 0.7, height=max(axes.y_axis.unit_size * p, 0.001),",
        "                          stroke_width=1, stroke_color=BLUE_A, fill_color=BLUE, fill_opacity=0.8)",
        "                .move_to(axes.c2p(k, 0), aligned_edge=DOWN))",
        "    return out",
        "",
        "shape = always_redraw(bars)",
        f'param = VGroup(MathTex(r"{slid} =", font_size=36), DecimalNumber({fmt(start, 4)}, num_decimal_places=2, font_size=36)).arrange(RIGHT)',
    )


def _curve(ctx: Ctx, d: Distribution, slid: str, stops: list[float]) -> None:
    """The density curve; x covers the density at every slid value, y its highest point."""
    kind, P = d.kind, d.params
    if kind == "normal":
        mu, sigma = P
        lo, hi, peak = mu - 4 * sigma, mu + 4 * sigma, 1 / (min(stops) * math.sqrt(2 * math.pi))
        density = f"np.exp(-((x - {fmt(mu, 6)}) ** 2) / (2 * v**2)) / (v * np.sqrt(2 * PI))"
        start = sigma
    elif kind == "exponential":
        lo, hi, peak = 0.0, 4.5 / P[0], max(stops)
        density = "np.where(x >= 0, v * np.exp(-v * x), 0)"
        start = P[0]
    else:
        a, b = P
        width = max(stops) - a
        lo, hi, peak = a - 0.25 * width, a + 1.15 * width, 1 / (min(stops) - a)
        density = f"np.where((x >= {fmt(a, 6)}) & (x <= v), 1 / (v - {fmt(a, 6)}), 0)"
        start = b
    x_step = tick(hi - lo, 8)
    lo, hi = math.floor(lo / x_step) * x_step, math.ceil(hi / x_step) * x_step
    y_step = tick(peak * 1.15, 4)
    y_max = math.ceil(peak * 1.15 / y_step) * y_step
    samples = fmt((hi - lo) / 300, 6)
    ctx.w.code(
        f"axes = Axes(x_range=[{fmt(lo, 6)}, {fmt(hi, 6)}, {fmt(x_step, 6)}], y_range=[0, {fmt(y_max, 6)}, {fmt(y_step, 6)}], x_length=10.5, y_length=4.2, tips=False,",
        '            axis_config={"include_numbers": True, "font_size": 24, "color": GREY_B}).to_edge(DOWN, buff=0.35)',
        f"s = ValueTracker({fmt(start, 6)})  # the parameter {slid}",
        "",
        "def density(x):",
        "    v = s.get_value()",
        f"    return {density}",
        "",
        f"shape = always_redraw(lambda: axes.plot(density, x_range=[{fmt(lo, 6)}, {fmt(hi, 6)}, {samples}], color=BLUE, stroke_width=5, use_smoothing=False))",
    )
    if kind == "normal":
        mu = P[0]
        ctx.w.code(
            f"band = always_redraw(lambda: axes.get_area(axes.plot(density, x_range=[{fmt(mu, 6)} - s.get_value(), {fmt(mu, 6)} + s.get_value(), {samples}]),",
            "                                          color=TEAL, opacity=0.45))",
        )
    ctx.w.code(f'param = VGroup(MathTex(r"{slid} =", font_size=36), DecimalNumber({fmt(start, 6)}, num_decimal_places=2, font_size=36)).arrange(RIGHT)')


@check("probability_density")
def _check(f):
    """A question answered from the author's own parameters."""
    kind, v = f["dist"], f["params"]
    if kind == "exponential":
        lam = v[r"\lambda"]
        return (f"Waiting times are exponential with $\\lambda = {fmt(lam, 4)}$. What is the mean wait?",
                f"等待时间服从 $\\lambda = {fmt(lam, 4)}$ 的指数分布，平均等待多久？",
                f"$1/\\lambda = {fmt(1 / lam, 4)}$.", f"$1/\\lambda = {fmt(1 / lam, 4)}$。")
    if kind == "uniform":
        a, b = v["a"], v["b"]
        return (f"$X$ is uniform on $[{fmt(a, 4)}, {fmt(b, 4)}]$. What is the height of its density?",
                f"$X$ 在 $[{fmt(a, 4)}, {fmt(b, 4)}]$ 上均匀分布，密度的高度是多少？",
                f"$1/(b - a) = {fmt(1 / (b - a), 4)}$, so that the area is 1.",
                f"$1/(b - a) = {fmt(1 / (b - a), 4)}$，这样总面积才是 1。")
    if kind == "binomial":
        n, p = v["n"], v["p"]
        return (f"In ${n}$ independent trials that each succeed with probability ${fmt(p, 4)}$, what is the expected number of successes?",
                f"${n}$ 次独立试验，每次成功概率为 ${fmt(p, 4)}$，成功次数的期望是多少？",
                f"$np = {n} \\cdot {fmt(p, 4)} = {fmt(n * p, 4)}$.", f"$np = {n} \\cdot {fmt(p, 4)} = {fmt(n * p, 4)}$。")
    if kind == "poisson":
        lam = v[r"\lambda"]
        return (f"Counts are Poisson with $\\lambda = {fmt(lam, 4)}$. What are the mean and the variance?",
                f"计数服从 $\\lambda = {fmt(lam, 4)}$ 的泊松分布，均值和方差是多少？",
                f"Both equal $\\lambda = {fmt(lam, 4)}$.", f"都等于 $\\lambda = {fmt(lam, 4)}$。")
    mu, sigma = v[r"\mu"], v[r"\sigma"]
    lo, hi = fmt(mu - sigma, 4), fmt(mu + sigma, 4)
    return (f"$X$ is normal with $\\mu = {fmt(mu, 4)}$, $\\sigma = {fmt(sigma, 4)}$. About what fraction of values lies between ${lo}$ and ${hi}$?",
            f"$X$ 服从正态分布，$\\mu = {fmt(mu, 4)}$，$\\sigma = {fmt(sigma, 4)}$。取值在 ${lo}$ 到 ${hi}$ 之间的约占多少？",
            "That is $\\mu \\pm \\sigma$, so about 68%.", "这正是 $\\mu \\pm \\sigma$，约 68%。")


# -- recognition (see families.py)
PRIORITY = 110
KEYWORDS = (r"正态", r"高斯分布", r"概率密度", r"normal\s+distribution", r"gaussian", r"probability\s+density",
            r"bell\s+curve", r"density\s+function", r"指数分布", r"均匀分布", r"二项分布", r"泊松分布",
            r"(exponential|uniform|binomial|poisson)\s+distribution")
# A random variable with a named law: X \sim N(0, 1), \mathrm{Poisson}(4), B(8, 0.25), Exp(2), U(0, 1).
TEX_PATTERNS = (r"\\sim\s*(?:\\(?:mathrm|operatorname|text)\{)?(?:Poisson|Pois|Bin|B|Exp|U|N|\\mathcal\{N\})\}?\s*\(",)


def title_for(info) -> tuple[str, str] | None:
    """The distribution drawn names the scene (the default title is the normal's)."""
    d = shown(info)
    if d is None or d.kind == "normal":
        return None
    _pattern, _general, _names, _defaults, en, zh = _KINDS[d.kind]
    return f"The {en[0].upper() + en[1:]} Distribution", zh


# A probability of an event, or its approximation, asked of a law whose parameters the block fixes: a slider over
# them would draw laws the block does not give (B(60, 0.4) with p slid to 0.58 for a continuity correction)
_EVENT = re.compile(r"continuity\s+correction|连续性修正|normal\s+approximation|正态近似|approximat|近似|"
                    r"(?<![A-Za-z\\])P\s*\(\s*[A-Z]\s*(?:\\le|\\ge|\\leq|\\geq|\\leqslant|\\geqslant|<|>)", re.I)  # P(X = k) is the pmf itself


def needs(info) -> bool:
    """A named distribution whose formulas (if any) are its density, not sums, integrals or limits,
    and whose parameters, where the author gives them, are possible; not an event's probability asked of the
    author's own law (the slider would leave it)."""
    if any(re.search(r"\\(sum|int|lim|prod)|\\to(?![A-Za-z])", b) for b in info.blocks):
        return False  # a sum, an integral or a limit ((1 - λ/n)^n -> e^{-λ}: binomial laws tending to Poisson's)
    d = shown(info)
    return d is not None and not (d.given and _EVENT.search(info.concept))
