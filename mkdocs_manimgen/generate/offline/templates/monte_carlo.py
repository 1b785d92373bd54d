"""monte_carlo: seeded random points in a box; the share that lands in the region estimates its area.

Two regions: the quarter disc x^2 + y^2 <= 1 (the estimate of pi), or the area under the
author's own f(x) on [a, b] (hit-or-miss integration). Points are drawn at design time.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from ..given import function_in, interval, seed
from ..symbolic import evaluate
from ..notes import check
from . import _buffon
from .common import Ctx, Fn, fmt, formula_corner

TITLE = ("Monte Carlo Estimation", "蒙特卡罗方法")
WHAT = ("A Monte Carlo estimate throws random points into a box of known area; the fraction that lands in a region, "
        "times the box's area, estimates the region's area, and the error shrinks like $1/\\sqrt N$.",
        "蒙特卡罗方法向已知面积的方框中随机投点；落在区域内的比例乘以方框面积，就是区域面积的估计，误差按 $1/\\sqrt N$ 缩小。")

PRIORITY = 30
KEYWORDS = (r"monte\s*carlo", r"蒙特卡[罗洛]", r"random\s+points", r"随机投点", r"随机点", r"hit[- ]or[- ]miss",
            _buffon.BUFFON.pattern)
# Another random experiment named by the block (dice, coins, a random walk, cards, birthdays): points in a box
# would draw an experiment the block does not describe. Buffon's needle is drawn as needles (templates/_buffon.py).
OTHER_EXPERIMENT = re.compile(r"\bdice\b|\bdie\b|骰子|\bcoins?\b|硬币|random\s+walk|随机游走|"
                              r"\bcards?\b|扑克|birthday|生日", re.I)
BATCHES = (30, 120, 250)  # points added in each step (400 dots: each one is redrawn every frame)


@dataclass
class Region:
    kind: str  # quarter_circle | under_curve
    fn: Fn | None = None
    a: float = 0.0
    b: float = 1.0
    top: float = 1.0
    exact: float = math.pi


def title_for(info) -> tuple[str, str] | None:
    return ("Buffon's needle", "布丰投针") if _buffon.about(info) else None


def needs(info) -> Region | _buffon.Needle | None:
    """The area under the author's f on [a, b] (f >= 0 there), or the quarter disc when the block
    is about pi (or has no formula); Buffon's needle (a short needle) when the block describes it."""
    if OTHER_EXPERIMENT.search(info.concept):
        return None
    if _buffon.about(info):
        return _buffon.read(info)
    found = function_in([b for b in info.blocks if "\\int" not in b]) or function_in(info.blocks)
    span = interval(info)
    if found is not None and span is not None:
        expr, code, ftex = found
        a, b = span
        xs = np.linspace(a, b, 401)
        ys = evaluate(code, "x", xs)
        if ys is not None and np.all(np.isfinite(ys)) and ys.min() >= -1e-9 and ys.max() > 0:
            exact = float(np.sum((ys[1:] + ys[:-1]) / 2 * np.diff(xs)))
            return Region("under_curve", Fn(code, ftex, expr, True), a, b, float(ys.max()) * 1.1, exact)
    if not info.blocks or re.search(r"\\pi|x\^2\s*\+\s*y\^2", " ".join(info.blocks)):
        return Region("quarter_circle")
    return None


def throw(region: Region, rng_seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(rng_seed)
    pts = rng.random((sum(BATCHES), 2))
    if region.kind == "quarter_circle":
        inside = pts[:, 0] ** 2 + pts[:, 1] ** 2 <= 1
    else:
        x = region.a + (region.b - region.a) * pts[:, 0]
        inside = pts[:, 1] * region.top <= evaluate(region.fn.code, "x", x)
    return pts, inside


def build(ctx: Ctx) -> None:
    w = ctx.w
    region = needs(ctx.info) or Region("quarter_circle")
    if isinstance(region, _buffon.Needle):
        _buffon.build(ctx, region, seed(ctx.info))
        return
    pts, inside = throw(region, seed(ctx.info))
    circle = region.kind == "quarter_circle"
    box = 4.0 if circle else (region.b - region.a) * region.top
    ends = np.cumsum(BATCHES)
    estimates = [(4.0 if circle else box) * inside[:e].mean() for e in ends]
    ctx.facts.update(kind=region.kind, estimate=estimates[-1], exact=region.exact, N=int(ends[-1]),
                     inside=int(inside.sum()), box=box)
    lead = ctx.L("For instance, p", "例如，") if not ctx.info.blocks else ctx.L("P", "")
    if circle:
        intro = ctx.L(f"{lead}oints fall at random in the unit square; the quarter disc $x^2 + y^2 \\le 1$ covers $\\pi/4$ of it.",
                      f"{lead}在单位正方形中随机投点；四分之一圆 $x^2 + y^2 \\le 1$ 占它的 $\\pi/4$。")
        own = ctx.formula if re.search(r"[=<>]|\\le|\\approx", ctx.formula or "") and len(ctx.formula) < 80 else None
        shown = own or r"\pi \approx 4\cdot\frac{\text{inside}}{\text{total}}"
    else:
        A, B = fmt(region.a), fmt(region.b)
        intro = ctx.L(f"Points fall at random in the box $[{A}, {B}] \\times [0, {fmt(region.top, 3)}]$; the region under $y = {region.fn.tex}$ is the integral.",
                      f"在方框 $[{A}, {B}] \\times [0, {fmt(region.top, 3)}]$ 中随机投点；$y = {region.fn.tex}$ 下方的区域就是积分。")
        shown = ctx.formula if ctx.formula and len(ctx.formula) < 80 else rf"\int_{{{A}}}^{{{B}}} {region.fn.tex}\,dx"
    w.beat(ctx.title, intro)
    w.title(ctx.title)
    formula_corner(ctx, shown)
    w.code(
        "side = 4.6",
        "corner = LEFT * 5.6 + DOWN * 3.45  # lower-left corner of the box on screen",
        "box = Square(side_length=side, color=GREY_B).move_to(corner + side / 2 * (RIGHT + UP))",
        f"sx, sy = side / {fmt(region.b - region.a if not circle else 1.0, 4)}, side / {fmt(region.top if not circle else 1.0, 4)}",
    )
    if circle:
        w.code("region = ArcBetweenPoints(corner + RIGHT * side, corner + UP * side, angle=PI / 2, color=YELLOW, stroke_width=5)")
    else:
        w.code("def f(x):", f"    return {region.fn.code}", "",
               f"region = ParametricFunction(lambda t: corner + np.array([(t - {fmt(region.a, 4)}) * sx, f(t) * sy, 0]),",
               f"                            t_range=[{fmt(region.a, 4)}, {fmt(region.b, 4)}], color=YELLOW, stroke_width=5)")
    w.code(
        f"xy = [{', '.join(f'({fmt(x, 3)}, {fmt(y, 3)})' for x, y in pts)}]  # seed {seed(ctx.info)}",
        f"hit = '{''.join('1' if v else '0' for v in inside)}'",
        "dots = [Dot(corner + np.array([x * side, y * side, 0]), radius=0.035, color=GREEN if h == '1' else RED)",
        "        for (x, y), h in zip(xy, hit)]",
        f"counts = VGroup(*[MathTex(f\"{{k}} / {{n}}\", font_size=40) for k, n in [{', '.join(f'({int(inside[:e].sum())}, {int(e)})' for e in ends)}]])",
        f"values = VGroup(*[MathTex(r\"\\approx {{}}\".format(v), font_size=48, color=YELLOW) for v in [{', '.join(repr(fmt(v, 4)) for v in estimates)}]])",
        "for mob in [*counts, *values]:",
        "    mob.move_to(RIGHT * 3 + UP * 0.1)",
        "values.shift(DOWN * 1.1)",
        f"count_label = {_text(ctx.L('inside / total', '圆内 / 总数' if circle else '区域内 / 总数'))}.next_to(counts[0], UP, buff=0.35)",
        f"value_label = {_text(ctx.L('estimate of π' if circle else 'estimate of the area', 'π 的估计' if circle else '面积的估计'))}.next_to(values[0], DOWN, buff=0.35)",
    )
    w.play("Write(title), FadeIn(formula), Create(box), Create(region)", 1.4)
    start = 0
    for k, e in enumerate(ends):
        if k == 0:
            w.beat(ctx.L("Throw points", "随机投点"),
                   ctx.L(f"Green points land inside, red ones outside. After {e} points: {int(inside[:e].sum())} inside, estimate ${fmt(estimates[0], 4)}$.",
                         f"绿点落在区域内，红点落在区域外。{e} 个点后：{int(inside[:e].sum())} 个在内，估计值 ${fmt(estimates[0], 4)}$。"))
            w.play(f"LaggedStart(*[FadeIn(d) for d in dots[:{e}]], lag_ratio=0.05), FadeIn(counts[0]), FadeIn(values[0]), FadeIn(count_label), FadeIn(value_label)", 1.8)
        else:
            if k == len(ends) - 1:
                true = "\\pi \\approx 3.1416" if circle else f"{fmt(region.exact, 4)}"
                w.beat(ctx.L("More points, better estimate", "点越多越准"),
                       ctx.L(f"After {e} points the estimate is ${fmt(estimates[-1], 4)}$; the true value is ${true}$.",
                             f"{e} 个点后估计值为 ${fmt(estimates[-1], 4)}$，真实值为 ${true}$。"))
            w.play(f"LaggedStart(*[FadeIn(d) for d in dots[{start}:{e}]], lag_ratio=0.01), "
                   f"Transform(counts[0], counts[{k}]), Transform(values[0], values[{k}])", 2)
        start = e
    w.play("Indicate(values[0])", 1)
    w.wait(1.2)


def _text(s: str) -> str:
    from .common import text_mob

    return text_mob(s, 26, "GREY_A")


@check("monte_carlo")
def _check(f):
    if f.get("kind") == "buffon":
        p, L, d = fmt(f["p"], 3), fmt(f["L"], 4), fmt(f["d"], 4)
        return (f"With $L = {L}$ and $d = {d}$, about what share of the {f['N']} needles should cross a line?",
                f"当 $L = {L}$、$d = {d}$ 时，{f['N']} 根针中大约有多大比例与直线相交？",
                f"About $\\frac{{2L}}{{\\pi d}} = {p}$ of them (the scene counted {f['crossings']}).",
                f"约 $\\frac{{2L}}{{\\pi d}} = {p}$（动画中数得 {f['crossings']} 根）。")
    n4 = 4 * f["N"]
    return (f"To halve the typical error of this {f['N']}-point estimate, how many points are needed?",
            f"要把这个 {f['N']} 个点的估计的典型误差减半，需要多少个点？",
            f"About {n4}: the error shrinks like $1/\\sqrt N$, so four times the points halve it.",
            f"约 {n4} 个：误差按 $1/\\sqrt N$ 缩小，点数变为 4 倍误差才减半。")
