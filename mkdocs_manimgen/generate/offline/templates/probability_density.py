"""probability_density: a normal bell curve whose mu and sigma slide (ValueTracker)."""

from __future__ import annotations

from ..notes import check
from .common import Ctx, formula_corner


def build(ctx: Ctx) -> None:
    w = ctx.w
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


@check("probability_density")
def _check(f):
    return ("Exam scores are normal with $\\mu = 70$, $\\sigma = 10$. About what fraction score between 60 and 80?",
            "考试成绩服从正态分布，$\\mu = 70$，$\\sigma = 10$。成绩在 60 到 80 之间的约占多少？",
            "That is $\\mu \\pm \\sigma$, so about 68%.",
            "这正是 $\\mu \\pm \\sigma$，约 68%。")
