"""probability_density: the distribution the block names (normal by default), its parameter sliding.

Normal: the bell with mu and sigma.  Exponential and uniform: their density curve.
Binomial and Poisson: bars of the probability mass function.
"""

from __future__ import annotations

import re

from ..notes import check
from .common import Ctx, formula_corner


# (kind, prose pattern, formula, parameter tex, start, values, en name, zh name)
_OTHERS = [
    ("exponential", r"exponential|指数分布", r"f(x) = \lambda e^{-\lambda x},\ x \ge 0", r"\lambda", 1, (2, 0.6), "exponential", "指数分布"),
    ("uniform", r"uniform|均匀分布", r"f(x) = \frac{1}{b-a},\ a \le x \le b", "b", 3, (5, 1.5), "uniform", "均匀分布"),
    ("binomial", r"binomial|二项分布|伯努利", r"P(X=k) = \binom{n}{k} p^k (1-p)^{n-k}", "p", 0.5, (0.2, 0.75), "binomial", "二项分布"),
    ("poisson", r"poisson|泊松", r"P(X=k) = \frac{\lambda^k e^{-\lambda}}{k!}", r"\lambda", 2, (5, 1), "Poisson", "泊松分布"),
]
# What the notes say each distribution is ("What it is"), in place of the normal density's text.
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
_CURVES = {
    "exponential": ("[0, 6, 1]", "[0, 2.2, 0.5]", "np.where(x >= 0, v * np.exp(-v * x), 0)", "[0, 6, 0.02]"),
    "uniform": ("[-1, 6, 1]", "[0, 1.2, 0.2]", "np.where((x >= 0) & (x <= v), 1 / v, 0)", "[-1, 6, 0.01]"),
}
_BARS = {  # x range, y range, probability of k with parameter v
    "binomial": ("[-1, 11, 1]", "[0, 0.45, 0.1]", "math.comb(10, k) * v**k * (1 - v) ** (10 - k)", 11),
    "poisson": ("[-1, 13, 1]", "[0, 0.45, 0.1]", "v**k * math.exp(-v) / math.factorial(k)", 13),
}


def build(ctx: Ctx) -> None:
    for kind, pattern, *rest in _OTHERS:
        if re.search(pattern, ctx.info.prose, re.I):
            return build_other(ctx, kind, *rest)
    build_normal(ctx)


def build_other(ctx: Ctx, kind, formula, param, start, values, en, zh) -> None:
    w = ctx.w
    ctx.facts.update(dist=kind, what=_WHAT[kind], formula_tex=formula)
    name = ctx.L(f"the {en} distribution", zh)
    w.beat(ctx.title, ctx.L(f"The {en} distribution and its parameter ${param}$.", f"{zh}及其参数 ${param}$。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 90 else formula)
    if kind in _CURVES:
        xr, yr, density, rng = _CURVES[kind]
        shape = "curve"
    else:
        xr, yr, pmf, count = _BARS[kind]
        shape = "bars"
    w.code(
        f"axes = Axes(x_range={xr}, y_range={yr}, x_length=10.5, y_length=4.2, tips=False,",
        '            axis_config={"include_numbers": True, "font_size": 24, "color": GREY_B}).to_edge(DOWN, buff=0.35)',
        f"s = ValueTracker({start})  # the parameter {param}",
        "",
    )
    if shape == "curve":
        w.code(
            "def density(x):",
            "    v = s.get_value()",
            f"    return {density}",
            "",
            f"shape = always_redraw(lambda: axes.plot(density, x_range={rng}, color=BLUE, stroke_width=5, use_smoothing=False))",
        )
    else:
        w.code(
            "def bars():",
            "    v = s.get_value()",
            "    out = VGroup()",
            f"    for k in range({count}):",
            f"        p = {pmf}",
            "        out.add(Rectangle(width=axes.x_axis.unit_size * 0.7, height=max(axes.y_axis.unit_size * p, 0.001),",
            "                          stroke_width=1, stroke_color=BLUE_A, fill_color=BLUE, fill_opacity=0.8)",
            "                .move_to(axes.c2p(k, 0), aligned_edge=DOWN))",
            "    return out",
            "",
            "shape = always_redraw(bars)",
        )
    w.code(
        f'param = VGroup(MathTex(r"{param} =", font_size=36), DecimalNumber({start}, font_size=36)).arrange(RIGHT)',
        "param.next_to(axes, UP, buff=-0.6).to_edge(RIGHT, buff=0.7)",
    )
    w.play("Write(title), FadeIn(formula)", 1.2)
    w.beat(ctx.L(f"The shape of {name}", f"{zh}的形状"),
           ctx.L("Each bar is the probability of one value k; together they add up to 1." if shape == "bars" else
                 "The density curve: the area under it is 1.",
                 "每根柱子是取值 k 的概率，所有柱子加起来等于 1。" if shape == "bars" else "密度曲线下的总面积为 1。"))
    w.play("Create(axes), FadeIn(shape), FadeIn(param)", 1.6)
    w.code("param[1].add_updater(lambda m: m.set_value(s.get_value()))")
    w.wait(0.6)
    w.beat(ctx.L(f"Change ${param}$", f"改变 ${param}$"),
           ctx.L(f"Sliding ${param}$ reshapes the distribution; the total probability stays 1.",
                 f"改变 ${param}$，分布的形状随之改变，但总概率始终为 1。"))
    for v in values:
        w.play(f"s.animate.set_value({v})", 1.8)
        w.wait(0.4)
    w.play(f"s.animate.set_value({start})", 1.4)
    w.wait(1)


def build_normal(ctx: Ctx) -> None:
    w = ctx.w
    ctx.facts.update(dist="normal", formula_tex=r"f(x) = \frac{1}{\sigma\sqrt{2\pi}}\, e^{-\frac{(x-\mu)^2}{2\sigma^2}}")
    w.beat(ctx.title, ctx.L("The normal density with mean μ and standard deviation σ.", "均值为 μ、标准差为 σ 的正态分布密度。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 90 else
                   r"f(x) = \frac{1}{\sigma\sqrt{2\pi}}\, e^{-\frac{(x-\mu)^2}{2\sigma^2}}")
    w.code(
        "axes = Axes(x_range=[-5, 5, 1], y_range=[0, 0.9, 0.2], x_length=10.5, y_length=4.2, tips=False,",
        '            axis_config={"include_numbers": True, "font_size": 24, "color": GREY_B}).to_edge(DOWN, buff=0.35)',
        "mu, sigma = ValueTracker(0), ValueTracker(1)",
        "",
        "def density(x):",
        "    s = sigma.get_value()",
        "    return np.exp(-((x - mu.get_value()) ** 2) / (2 * s**2)) / (s * np.sqrt(2 * PI))",
        "",
        "curve = always_redraw(lambda: axes.plot(density, x_range=[-5, 5, 0.05], color=BLUE, stroke_width=5))",
        "band = always_redraw(lambda: axes.get_area(axes.plot(density, x_range=[mu.get_value() - sigma.get_value(), mu.get_value() + sigma.get_value(), 0.05]),",
        "                                          color=TEAL, opacity=0.45))",
        'params = VGroup(MathTex(r"\\mu =", font_size=36), DecimalNumber(0, font_size=36), MathTex(r"\\sigma =", font_size=36), DecimalNumber(1, font_size=36))',
        "params.arrange_in_grid(rows=2, cols=2, buff=(0.2, 0.25), col_alignments='rl').next_to(axes, UP, buff=-0.9).to_edge(RIGHT, buff=0.7)",
    )
    w.play("Write(title), FadeIn(formula)", 1.2)
    w.play("Create(axes), Create(curve), FadeIn(params)", 1.6)
    w.code("params[1].add_updater(lambda m: m.set_value(mu.get_value()))",
           "params[3].add_updater(lambda m: m.set_value(sigma.get_value()))")
    w.beat(ctx.L("About 68% within one σ", "约 68% 落在一个 σ 内"), ctx.L("The shaded band from $\\mu - \\sigma$ to $\\mu + \\sigma$ holds about 68% of the area.",
                                                                        "从 $\\mu - \\sigma$ 到 $\\mu + \\sigma$ 的阴影部分约占总面积的 68%。"))
    w.play("FadeIn(band)", 1)
    w.beat(ctx.L("Shift μ", "改变 μ"), ctx.L("Changing μ slides the whole bell left or right without changing its shape.",
                                            "改变 μ，整条钟形曲线左右平移，形状不变。"))
    w.play("mu.animate.set_value(1.5)", 1.6)
    w.play("mu.animate.set_value(-1)", 1.6)
    w.beat(ctx.L("Change σ", "改变 σ"), ctx.L("A smaller σ makes it tall and narrow, a larger σ low and wide; the area stays 1.",
                                             "σ 变小曲线变高变窄，σ 变大曲线变低变宽；总面积始终为 1。"))
    w.play("sigma.animate.set_value(0.5)", 1.6)
    w.play("sigma.animate.set_value(1.6)", 1.6)
    w.wait(1)


_CHECKS = {
    "exponential": ("Waiting times are exponential with $\\lambda = 2$ per hour. What is the mean wait?",
                    "等待时间服从 $\\lambda = 2$（每小时）的指数分布，平均等待多久？",
                    "$1/\\lambda = 0.5$ hours.", "$1/\\lambda = 0.5$ 小时。"),
    "uniform": ("$X$ is uniform on $[0, 4]$. What is the height of its density?", "$X$ 在 $[0, 4]$ 上均匀分布，密度的高度是多少？",
                "$1/4$, so that the area is 1.", "$1/4$，这样总面积才是 1。"),
    "binomial": ("Ten fair coins are tossed. What is the expected number of heads?", "掷 10 枚均匀硬币，正面朝上的期望个数是多少？",
                 "$np = 10 \\cdot 0.5 = 5$.", "$np = 10 \\cdot 0.5 = 5$。"),
    "poisson": ("Calls arrive as Poisson with $\\lambda = 3$ per minute. What are the mean and the variance?",
                "电话按 $\\lambda = 3$（每分钟）的泊松分布到达，均值和方差是多少？",
                "Both equal $\\lambda = 3$.", "都等于 $\\lambda = 3$。"),
}


@check("probability_density")
def _check(f):
    if f.get("dist") in _CHECKS:
        return _CHECKS[f["dist"]]
    return ("Exam scores are normal with $\\mu = 70$, $\\sigma = 10$. About what fraction score between 60 and 80?",
            "考试成绩服从正态分布，$\\mu = 70$，$\\sigma = 10$。成绩在 60 到 80 之间的约占多少？",
            "That is $\\mu \\pm \\sigma$, so about 68%.",
            "这正是 $\\mu \\pm \\sigma$，约 68%。")


# -- recognition (see families.py)
PRIORITY = 110
KEYWORDS = (r"正态", r"高斯分布", r"概率密度", r"normal\s+distribution", r"gaussian", r"probability\s+density",
            r"bell\s+curve", r"density\s+function", r"指数分布", r"均匀分布", r"二项分布", r"泊松分布",
            r"(exponential|uniform|binomial|poisson)\s+distribution")


def needs(info) -> bool:
    """A named distribution whose formulas (if any) are its density, not sums, integrals or limits."""
    return not any(re.search(r"\\(sum|int|lim|prod)", b) for b in info.blocks)
