"""trig_transform: the graph of y = A sin(ωx + φ) + k built from y = sin x (or cos x, or the author's start) step by step,
in the order the block gives (高中数学 必修 "函数 y = A sin(ωx + φ) 的图像变换"; A-level "transformations of graphs").
Each step is a morph of the graph with the five key points (五点法) moving and the new formula written; a formula
the block states for a stage is checked (a false one is said false, and the true one drawn). The reverse question
(how is y = 3 sin(2x − π/3) obtained from y = sin x) uses the standard order, said on screen."""

from __future__ import annotations

import math

from ..graph_moves import Plan, Wave, arg_tex, num_tex, read_plan
from ..notes import check
from .common import Ctx, fmt, math_mob, text_mob

PRIORITY = 90  # before unit_circle's 正弦曲线, parameter_sweep's 平移 and function_plot
TITLE = ("Transforming the Graph of a Sine Function", "函数 y = Asin(ωx + φ) 的图像变换")
WHAT = ("Each step moves every point of the graph: a shift left by $a$ replaces $x$ by $x + a$, a horizontal stretch by $k$ "
        "replaces $x$ by $x/k$, a vertical stretch by $k$ multiplies $y$ by $k$. The order matters: shrinking by $\\frac12$ "
        "then shifting left $\\frac{\\pi}{6}$ gives $\\sin 2(x + \\frac{\\pi}{6}) = \\sin(2x + \\frac{\\pi}{3})$.",
        "每一步都移动图像上的每个点：向左平移 $a$ 个单位即把 $x$ 换成 $x + a$；横坐标变为原来的 $k$ 倍即把 $x$ 换成 $\\frac{x}{k}$；"
        "纵坐标变为原来的 $k$ 倍即把 $y$ 乘以 $k$。顺序很重要：先把横坐标缩短为原来的 $\\frac12$，再向左平移 $\\frac{\\pi}{6}$，"
        "得到 $\\sin 2(x + \\frac{\\pi}{6}) = \\sin(2x + \\frac{\\pi}{3})$。")


def evidence(info) -> int | None:
    return 0 if read_plan(info) is not None else None


def needs(info) -> Plan | None:
    return read_plan(info)


def _why(step, before: Wave, after: Wave, ctx: Ctx) -> str:
    """What the step does to the formula, in words and LaTeX."""
    v = num_tex(step.value)
    if step.kind in ("left", "right"):
        sub = f"x {'+' if step.kind == 'left' else '-'} {v}"
        inner = step.inner(before)
        shown = f"y = {after.tex(inner)} = {after.tex()}" if inner else f"y = {after.tex()}"
        return ctx.L(f"Replace $x$ by ${sub}$: ${shown}$.", f"把 $x$ 换成 ${sub}$：${shown}$。")
    if step.kind in ("up", "down"):
        return ctx.L(f"{'Add' if step.kind == 'up' else 'Subtract'} ${v}$ {'to' if step.kind == 'up' else 'from'} every $y$: $y = {after.tex()}$.",
                     f"每个点的纵坐标{'加' if step.kind == 'up' else '减'} ${v}$：$y = {after.tex()}$。")
    if step.kind == "hscale":
        by = arg_tex(1 / step.value, 0)
        return ctx.L(f"Every point's $x$ is multiplied by ${v}$, so $x$ is replaced by ${by}$: $y = {after.tex()}$.",
                     f"每个点的横坐标乘以 ${v}$，即把 $x$ 换成 ${by}$：$y = {after.tex()}$。")
    return ctx.L(f"Every point's $y$ is multiplied by ${v}$: $y = {after.tex()}$.",
                 f"每个点的纵坐标乘以 ${v}$：$y = {after.tex()}$。")


def _window(plan: Plan):
    import sympy as sp

    xs = [x for s in plan.stages for x, _ in s.keypoints()]
    lo_x, hi_x = min(xs), max(xs)
    pad = 0.12 * (hi_x - lo_x)
    lo_x, hi_x = lo_x - pad, hi_x + pad
    for k in (6, 4, 3, 2, 1):  # ticks at multiples of π/k, at most 9 labels
        step = math.pi / k
        a, b = math.floor(lo_x / step), math.ceil(hi_x / step)
        if b - a <= 9:
            break
    else:
        k, step = sp.Rational(1, 2), 2 * math.pi
        a, b = math.floor(lo_x / step), math.ceil(hi_x / step)
    labels = [(i * step, sp.latex(sp.nsimplify(i * sp.pi / k))) for i in range(a, b + 1)]
    ys = [y for s in plan.stages for _, y in s.keypoints()]
    lo_y, hi_y = min(min(ys), 0), max(max(ys), 0)
    lo_y, hi_y = math.floor(lo_y - 0.3), math.ceil(hi_y + 0.3)
    ystep = 1 if hi_y - lo_y <= 8 else 2
    return a * step, b * step, step, labels, lo_y, hi_y, ystep


def _points(s: Wave) -> str:
    return "[" + ", ".join(f"({fmt(x, 4)}, {fmt(y, 4)})" for x, y in s.keypoints()) + "]"


def build(ctx: Ctx) -> None:
    w = ctx.w
    plan = read_plan(ctx.info)
    ctx.facts.update(plan=plan)
    start, final = plan.start, plan.final
    x0, x1, xstep, labels, lo, hi, ystep = _window(plan)
    steps_said = ctx.L(", then ".join(s.said(False) for s in plan.steps), "，再".join(s.said(True) for s in plan.steps))
    if plan.reverse:
        intro = ctx.L(f"How is $y = {final.tex()}$ obtained from $y = {start.tex()}$? We use the standard order: the shift by $\\varphi$ first, "
                      f"then the horizontal factor $\\frac{{1}}{{\\omega}}$, then the vertical factor $A$: {steps_said}.",
                      f"$y = {final.tex()}$ 的图像怎样由 $y = {start.tex()}$ 的图像得到？这里按常用顺序：先平移 $\\varphi$，"
                      f"再把横坐标变为原来的 $\\frac{{1}}{{\\omega}}$ 倍，最后把纵坐标变为原来的 $A$ 倍：{steps_said}。")
    else:
        said_start = ctx.L(" (the sine curve the block names)", "（题中所说的正弦曲线）") if plan.start_declared else ""
        intro = ctx.L(f"Start from $y = {start.tex()}${said_start} and apply the steps in the block's order: {steps_said}.",
                      f"从 $y = {start.tex()}${said_start} 出发，按题中的顺序变换：{steps_said}。")
    w.beat(ctx.title, intro)
    w.title(ctx.title)
    w.code(f"formula = {math_mob('y = ' + start.tex(), 42)}.next_to(title, DOWN, buff=0.25)")
    w.code(
        "axes = Axes(",
        f"    x_range=[{fmt(x0, 5)}, {fmt(x1, 5)}, {fmt(xstep, 6)}], y_range=[{lo}, {hi}, {ystep}],",
        "    x_length=11.5, y_length=4.2, tips=False, axis_config={\"color\": GREY_B},",
        "    y_axis_config={\"include_numbers\": True, \"font_size\": 22},",
        ").to_edge(DOWN, buff=0.55)",
        "xlabels = VGroup(*[MathTex(t, font_size=24).next_to(axes.c2p(v, axes.y_range[0]), DOWN, buff=0.12)",
        f"                  for v, t in [{', '.join(f'({fmt(v, 5)}, r{chr(34)}{t}{chr(34)})' for v, t in labels)}]])",
        "grid = VGroup(*[DashedLine(axes.c2p(v, axes.y_range[0]), axes.c2p(v, axes.y_range[1]), stroke_width=1, color=GREY_D)",
        "                for v in np.arange(axes.x_range[0], axes.x_range[1] + 1e-6, axes.x_range[2])])",
        f"graph = axes.plot(lambda x: {start.code()}, x_range=[{fmt(x0, 5)}, {fmt(x1, 5)}, {fmt((x1 - x0) / 300, 5)}], color=BLUE)",
        "ghost = graph.copy().set_stroke(GREY_B, width=2, opacity=0.45)",
        f"dots = VGroup(*[Dot(axes.c2p(x, y), radius=0.07, color=YELLOW) for x, y in {_points(start)}])",
    )
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    w.play("Create(axes), FadeIn(grid), Write(xlabels)", 1.2)
    w.beat(ctx.L("The start graph and its five key points", "起始图像与五个关键点"), ctx.L(
        f"The graph of $y = {start.tex()}$ over one period: its zeros, maximum and minimum are the five key points (yellow).",
        f"$y = {start.tex()}$ 一个周期内的零点、最高点、最低点，就是“五点法”的五个关键点（黄色）。"))
    w.play("Create(graph), FadeIn(ghost)", 1.6)
    w.play("LaggedStart(*[GrowFromCenter(d) for d in dots], lag_ratio=0.2)", 1.2)
    w.code("caption = VGroup()")
    for i, step in enumerate(plan.steps, 1):
        before, after = plan.stages[i - 1], plan.stages[i]
        title = ctx.L(f"Step {i}: ", f"第 {i} 步：") + step.said(ctx.zh, plain=True)
        w.beat(title, _why(step, before, after, ctx))
        inner = step.inner(before)
        w.code(f"new_caption = {text_mob(title, 26, 'YELLOW')}.next_to(axes, UP, buff=0.12)")
        w.fit("new_caption", 12)
        w.play("FadeOut(caption), FadeIn(new_caption, shift=DOWN * 0.1)", 0.8)
        w.code("caption = new_caption")
        if inner:  # the substitution as written, then simplified: the order lesson
            w.code(f"sub = {math_mob('y = ' + after.tex(inner), 42)}.next_to(title, DOWN, buff=0.25)")
            w.play("ReplacementTransform(formula, sub)", 1.0)
            w.code("formula = sub")
        w.code(
            f"new_graph = axes.plot(lambda x: {after.code()}, x_range=[{fmt(x0, 5)}, {fmt(x1, 5)}, {fmt((x1 - x0) / 300, 5)}], color=BLUE)",
            f"targets = {_points(after)}",
            f"new_formula = {math_mob('y = ' + after.tex(), 42)}.next_to(title, DOWN, buff=0.25)",
        )
        w.fit("new_formula", 12)
        w.play("Transform(graph, new_graph), *[d.animate.move_to(axes.c2p(x, y)) for d, (x, y) in zip(dots, targets)], "
               "ReplacementTransform(formula, new_formula)", 2.2)
        w.code("formula = new_formula")
        w.wait(0.6)
        for c in (c for c in plan.claims if c.stage == i and c is not plan.claims[-1] and not c.true):
            _false(ctx, c, after)
    _ending(ctx, plan)


def _false(ctx: Ctx, claim, true: Wave, keep: bool = False) -> None:
    w = ctx.w
    w.beat(ctx.L("The block's formula does not follow", "题中的结论不成立"), ctx.L(
        f"The block says $y = {claim.tex}$; the steps give $y = {true.tex()}$.",
        f"题中给出 $y = {claim.tex}$，但按这些步骤得到的是 $y = {true.tex()}$。"))
    w.code(
        f"said = VGroup({text_mob(ctx.L('the block says', '题中给出'), 26)}, {math_mob('y = ' + claim.tex, 36)}).arrange(RIGHT, buff=0.2)",
        "said.next_to(axes, UP, buff=0.12)",
        "cross = Cross(said[1], stroke_color=RED, stroke_width=5)",
    )
    w.fit("said", 12)
    w.play("FadeOut(caption), FadeIn(said)", 1.0)
    w.play("Create(cross)", 0.8)
    w.play("Indicate(formula, color=GREEN)", 1.0)
    w.wait(1.2)
    if keep:  # the last word: the block's formula stays crossed out beside the true one
        w.wait(1.0)
        return
    w.play("FadeOut(said), FadeOut(cross)", 0.6)
    w.code("caption = VGroup()")


def _ending(ctx: Ctx, plan: Plan) -> None:
    w = ctx.w
    final = plan.final
    last = plan.claims[-1] if plan.claims else None
    if last is not None and not last.true and last.stage == len(plan.stages) - 1:
        _false(ctx, last, final, keep=True)
        return
    if last is not None and last.stage == len(plan.stages) - 1:
        words = ctx.L(f"The result is $y = {final.tex()}$, as the block says.", f"结果是 $y = {final.tex()}$，与题中一致。")
    elif plan.options:
        words = ctx.L(f"The result is $y = {final.tex()}$: the choice $y = {plan.options[0]}$.",
                      f"结果是 $y = {final.tex()}$，即选项 $y = {plan.options[0]}$。")
    elif plan.reverse:
        words = ctx.L(f"So $y = {plan.start.tex()}$ becomes $y = {final.tex()}$; another order needs other amounts (shrinking first, the shift is "
                      f"$\\frac{{\\varphi}}{{\\omega}}$).",
                      f"这样 $y = {plan.start.tex()}$ 就变成了 $y = {final.tex()}$；若先伸缩后平移，平移量应为 $\\frac{{\\varphi}}{{\\omega}}$。")
    else:
        words = ctx.L(f"The result is $y = {final.tex()}$.", f"最后得到 $y = {final.tex()}$。")
    w.beat(ctx.L("The result", "结果"), words)
    w.play("FadeOut(caption), Indicate(formula, color=GREEN)", 1.2)
    w.wait(1.5)


@check("trig_transform")
def _check(f):
    plan: Plan = f["plan"]
    first = plan.steps[0]
    return ("If the steps were applied in the opposite order, would the final graph be the same? Why?",
            "如果把这些步骤的顺序倒过来，最后的图像还一样吗？为什么？",
            "Not in general: a shift after a horizontal stretch by $k$ moves the argument by $\\omega a$, not $a$; "
            f"here the first step is {first.said(False)}, and the result is $y = {plan.final.tex()}$.",
            "一般不一样：先伸缩再平移时，平移 $a$ 会使 $\\omega x + \\varphi$ 中的相位改变 $\\omega a$ 而不是 $a$；"
            f"这里第一步是{first.said(True)}，结果为 $y = {plan.final.tex()}$。")
