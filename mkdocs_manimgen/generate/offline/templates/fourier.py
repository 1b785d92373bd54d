"""fourier: partial Fourier sums of a square (or sawtooth) wave approach the wave."""

from __future__ import annotations

import re

from ..notes import check
from .common import Ctx, formula_corner


def build(ctx: Ctx) -> None:
    w = ctx.w
    saw = bool(re.search(r"saw|锯齿", ctx.info.concept, re.I))
    if saw:
        wave_tex = r"f(x) = \frac{2}{\pi}\sum_{k=1}^{\infty} \frac{(-1)^{k+1}}{k}\sin kx"
        target = "lambda x: ((x + PI) % TAU - PI) / PI"
        partial = "lambda x: sum(2 / PI * (-1) ** (k + 1) / k * np.sin(k * x) for k in range(1, n + 1))"
        counts = [1, 2, 4, 10]
    else:
        wave_tex = r"f(x) = \frac{4}{\pi}\sum_{k=1,3,5,\dots} \frac{\sin kx}{k}"
        target = "lambda x: np.sign(np.sin(x))"
        partial = "lambda x: sum(4 / PI * np.sin(k * x) / k for k in range(1, 2 * n, 2))"
        counts = [1, 2, 3, 8]
    ctx.facts.update(saw=saw, counts=counts)
    wave = ctx.L("sawtooth wave", "锯齿波") if saw else ctx.L("square wave", "方波")
    w.beat(ctx.title, ctx.L(f"A {wave} built from sine waves.", f"用正弦波叠加出{wave}。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula or wave_tex)
    w.play("Write(title)", 1)
    w.play("FadeIn(formula, shift=DOWN * 0.2)", 1)
    w.beat(ctx.L(f"The {wave}", wave), ctx.L(f"The target: a {wave} with period $2\\pi$.", f"目标：周期为 $2\\pi$ 的{wave}。"))
    w.code(
        "axes = Axes(x_range=[-2 * PI, 2 * PI, PI], y_range=[-1.5, 1.5, 0.5], x_length=11, y_length=4.2, tips=False,",
        '            axis_config={"color": GREY_B}).to_edge(DOWN, buff=0.5)',
        f"target = axes.plot({target}, x_range=[-2 * PI, 2 * PI, 0.01], color=GREY_B, use_smoothing=False, stroke_width=3)",
        "",
        "def partial_sum(n):",
        f"    return axes.plot({partial},",
        "                     x_range=[-2 * PI, 2 * PI, 0.02], color=YELLOW, stroke_width=4)",
        "",
        "def count_label(n):",
        "    return MathTex(rf\"N = {n}\", font_size=34, color=YELLOW).next_to(axes, UP, buff=0.1).to_edge(RIGHT, buff=0.6)",
    )
    w.play("Create(axes), Create(target)", 1.5)
    for i, n in enumerate(counts):
        w.beat(ctx.L(f"{n} term{'s' if n > 1 else ''}", f"{n} 项"),
               ctx.L(f"With {n} sine term{'s' if n > 1 else ''} the sum " + ("is a single smooth wave." if n == 1 else "gets closer to the corners."),
                     f"取 {n} 项正弦，" + ("只是一条光滑的正弦波。" if n == 1 else "越来越贴近拐角。")))
        if i == 0:
            w.code(f"approx, label = partial_sum({n}), count_label({n})")
            w.play("Create(approx), Write(label)", 1.5)
        else:
            w.play(f"Transform(approx, partial_sum({n})), Transform(label, count_label({n}))", 1.4)
        w.wait(0.4)
    w.wait(1)


@check("fourier")
def _check(f):
    return ("Near each jump the partial sums overshoot by about 9% no matter how many terms you take. What is this called?",
            "无论取多少项，在跳变点附近部分和总会超出约 9%。这叫什么现象？",
            "The Gibbs phenomenon: the overshoot gets narrower with more terms but its height does not shrink.",
            "吉布斯现象：项数越多，过冲越窄，但高度不会减小。")
