"""trig_transform: the graph of y = A sin(ωx + φ) + k built from y = sin x (or cos x, or the author's start) step by step,
in the order the block gives (高中数学 必修 "函数 y = A sin(ωx + φ) 的图像变换"; A-level "transformations of graphs").
Each step is a morph of the graph with the five key points (五点法) moving and the new formula written; a formula
the block states for a stage is checked (a false one is said false, and the true one drawn). The reverse question
(how is y = 3 sin(2x − π/3) obtained from y = sin x) uses the standard order, said on screen. A block asking for both
orders (先平移后伸缩 and 先伸缩后平移) gets both routes side by side: the shift φ in one, φ/ω in the other, the same
curve at the end, and each shift the block states checked against its route."""

from __future__ import annotations

import math

from ..graph_moves import Orders, Plan, Wave, arg_tex, num_tex, plain_number, read_orders, read_plan
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
    return 0 if needs(info) else None


def needs(info) -> Plan | Orders | None:
    return read_plan(info) or read_orders(info)


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


def _window(stages: list[Wave], labels_at_most: int = 9):
    import sympy as sp

    xs = [x for s in stages for x, _ in s.keypoints()]
    lo_x, hi_x = min(xs), max(xs)
    pad = 0.12 * (hi_x - lo_x)
    lo_x, hi_x = lo_x - pad, hi_x + pad
    for k in (6, 4, 3, 2, 1):  # ticks at multiples of π/k, at most 9 labels
        step = math.pi / k
        a, b = math.floor(lo_x / step), math.ceil(hi_x / step)
        if b - a <= labels_at_most:
            break
    else:
        k, step = sp.Rational(1, 2), 2 * math.pi
        a, b = math.floor(lo_x / step), math.ceil(hi_x / step)
    labels = [(i * step, sp.latex(sp.nsimplify(i * sp.pi / k))) for i in range(a, b + 1)]
    ys = [y for s in stages for _, y in s.keypoints()]
    lo_y, hi_y = min(min(ys), 0), max(max(ys), 0)
    lo_y, hi_y = math.floor(lo_y - 0.3), math.ceil(hi_y + 0.3)
    ystep = 1 if hi_y - lo_y <= 8 else 2
    return a * step, b * step, step, labels, lo_y, hi_y, ystep


def _points(s: Wave) -> str:
    return "[" + ", ".join(f"({fmt(x, 4)}, {fmt(y, 4)})" for x, y in s.keypoints()) + "]"


def build(ctx: Ctx) -> None:
    w = ctx.w
    plan = read_plan(ctx.info)
    if plan is None:
        _both_orders(ctx, read_orders(ctx.info))
        return
    ctx.facts.update(plan=plan)
    start, final = plan.start, plan.final
    x0, x1, xstep, labels, lo, hi, ystep = _window(plan.stages)
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

_ROUTES = (("Shift first, then stretch", "先平移后伸缩"), ("Stretch first, then shift", "先伸缩后平移"))
_ROUTE_COLOURS = ("TEAL", "ORANGE")


def _both_orders(ctx: Ctx, orders: Orders) -> None:
    """The two routes side by side, each step a morph with its key points; the shift's arrow; then the same
    curve at both ends and the two shift amounts, |φ| and |φ|/ω, compared."""
    w = ctx.w
    t, start = orders.target, orders.start
    ctx.facts.update(plan=orders.routes[0], orders=orders)
    stages = orders.routes[0].stages + orders.routes[1].stages
    x0, x1, xstep, labels, lo, hi, ystep = _window(stages, labels_at_most=7)
    phi, omega = abs(t.p), t.w
    assumed = ctx.L(" (the block names no start: the usual one)", "（题中未写出发点，按常规取它）") if orders.start_declared else ""
    w.beat(ctx.title, ctx.L(
        f"Two routes take $y = {start.tex()}${assumed} to $y = {t.tex()}$: on the left the shift comes first and then the "
        f"horizontal stretch; on the right the stretch comes first and then the shift.",
        f"从 $y = {start.tex()}${assumed} 到 $y = {t.tex()}$ 有两条路线：左边先平移后伸缩，右边先伸缩后平移。"))
    w.title(ctx.title)
    w.code(f"target = {math_mob('y = ' + t.tex(), 34)}.next_to(title, DOWN, buff=0.15)", "crossed = VGroup()")
    w.fit("target", 12)
    plot = f"x_range=[{fmt(x0, 5)}, {fmt(x1, 5)}, {fmt((x1 - x0) / 300, 5)}]"
    for r in (0, 1):
        side = "LEFT" if r == 0 else "RIGHT"
        w.code(
            f"axes{r} = Axes(",
            f"    x_range=[{fmt(x0, 5)}, {fmt(x1, 5)}, {fmt(xstep, 6)}], y_range=[{lo}, {hi}, {ystep}],",
            "    x_length=6.2, y_length=3.0, tips=False, axis_config={\"color\": GREY_B},",
            "    y_axis_config={\"include_numbers\": True, \"font_size\": 18},",
            f").move_to({side} * 3.5 + DOWN * 0.4)",
            f"xlabels{r} = VGroup(*[MathTex(t, font_size=20).next_to(axes{r}.c2p(v, axes{r}.y_range[0]), DOWN, buff=0.1)",
            f"                   for v, t in [{', '.join(f'({fmt(v, 5)}, r{chr(34)}{tx}{chr(34)})' for v, tx in labels)}]])",
            f"heading{r} = {text_mob(ctx.L(*_ROUTES[r]), 26, _ROUTE_COLOURS[r])}.move_to({side} * 3.5 + UP * 2.3)",
            f"formula{r} = {math_mob('y = ' + start.tex(), 30)}.next_to(heading{r}, DOWN, buff=0.15)",
            f"graph{r} = axes{r}.plot(lambda x: {start.code()}, {plot}, color=BLUE)",
            f"ghost{r} = graph{r}.copy().set_stroke(GREY_B, width=2, opacity=0.45)",
            f"dots{r} = VGroup(*[Dot(axes{r}.c2p(x, y), radius=0.06, color=YELLOW) for x, y in {_points(start)}])",
            f"steps{r} = VGroup()",
            f"arrow{r} = VGroup()",
        )
    w.play("Write(title), FadeIn(target, shift=DOWN * 0.2)", 1.2)
    w.play("Create(axes0), Create(axes1), Write(xlabels0), Write(xlabels1), FadeIn(heading0), FadeIn(heading1), "
           "FadeIn(formula0), FadeIn(formula1)", 1.4)
    w.beat(ctx.L("The same start", "同一个起点"), ctx.L(
        f"Both start from $y = {start.tex()}$ with its five key points (yellow).",
        f"两边都从 $y = {start.tex()}$ 及其五个关键点（黄色）出发。"))
    w.play("Create(graph0), Create(graph1), FadeIn(ghost0), FadeIn(ghost1)", 1.6)
    w.play("LaggedStart(*[GrowFromCenter(d) for d in [*dots0, *dots1]], lag_ratio=0.08)", 1.0)
    for r in (0, 1):
        route = orders.routes[r]
        for i, step in enumerate(route.steps, 1):
            before, after = route.stages[i - 1], route.stages[i]
            words = _why(step, before, after, ctx)
            if step.kind in ("left", "right") and before.w != 1:  # the lesson: the shift acts on x, not on ωx
                words += ctx.L(
                    f" The shift acts on $x$, which is already multiplied by ${num_tex(omega)}$: shifting by ${num_tex(step.value)}$ "
                    f"moves the phase by ${num_tex(omega)} \\cdot {num_tex(step.value)} = {num_tex(phi)} = |\\varphi|$, "
                    f"so the shift is $\\frac{{|\\varphi|}}{{\\omega}} = {num_tex(step.value)}$.",
                    f"平移只作用于 $x$，而此时 $x$ 的系数已是 ${num_tex(omega)}$：平移 ${num_tex(step.value)}$ 使相位改变 "
                    f"${num_tex(omega)} \\cdot {num_tex(step.value)} = {num_tex(phi)} = |\\varphi|$，所以平移量是 "
                    f"$\\frac{{|\\varphi|}}{{\\omega}} = {num_tex(step.value)}$。")
            elif step.kind in ("left", "right"):
                words += ctx.L(f" Here $x$ has coefficient 1, so the shift is $|\\varphi| = {num_tex(phi)}$.",
                               f"此时 $x$ 的系数为 1，所以平移量就是 $|\\varphi| = {num_tex(phi)}$。")
            w.beat(ctx.L(f"{_ROUTES[r][0]}: step {i}", f"{_ROUTES[r][1]}：第 {i} 步"), words)
            line = f"{i}. " + step.said(ctx.zh, plain=True)
            colour = "YELLOW" if step.kind in ("left", "right") else "WHITE"
            w.code(f"line = {text_mob(line, 20, colour)}",
                   "if line.width > 6.2:",
                   "    line.scale_to_fit_width(6.2)",
                   f"line.next_to(steps{r}, DOWN, aligned_edge=LEFT, buff=0.1) if len(steps{r}) else "
                   f"line.next_to(xlabels{r}, DOWN, buff=0.2).align_to(axes{r}, LEFT)",
                   f"steps{r}.add(line)")
            inner = step.inner(before)
            if inner:  # the substitution as written, then simplified
                w.code(f"sub = {math_mob('y = ' + after.tex(inner), 30)}.move_to(formula{r})")
                w.fit("sub", 6.8)
                w.play(f"ReplacementTransform(formula{r}, sub)", 1.0)
                w.code(f"formula{r} = sub")
            w.code(
                f"new_graph = axes{r}.plot(lambda x: {after.code()}, {plot}, color=BLUE)",
                f"targets = {_points(after)}",
                f"new_formula = {math_mob('y = ' + after.tex(), 30)}.move_to(formula{r})",
            )
            w.fit("new_formula", 6.8)
            w.code(f"old_arrow = arrow{r}")
            anims = (f"Transform(graph{r}, new_graph), *[d.animate.move_to(axes{r}.c2p(x, y)) for d, (x, y) in zip(dots{r}, targets)], "
                     f"ReplacementTransform(formula{r}, new_formula), FadeIn(line, shift=UP * 0.1), FadeOut(old_arrow)")
            if step.kind in ("left", "right"):
                # an arrow from the first key point before to after, just under it: the shift's length
                (xa, ya), (xb, _) = before.keypoints()[0], after.keypoints()[0]
                w.code(f"arrow{r} = VGroup(Arrow(axes{r}.c2p({fmt(xa, 5)}, {fmt(ya, 5)}) + DOWN * 0.3, "
                       f"axes{r}.c2p({fmt(xb, 5)}, {fmt(ya, 5)}) + DOWN * 0.3, buff=0,",
                       "                       color=YELLOW, stroke_width=5, max_tip_length_to_length_ratio=0.4, max_stroke_width_to_length_ratio=12),",
                       f"                 {math_mob(num_tex(step.value), 26, 'YELLOW')})",
                       f"arrow{r}[1].next_to(arrow{r}[0], DOWN, buff=0.08).add_background_rectangle(opacity=0.8, buff=0.04)")
                anims += f", GrowArrow(arrow{r}[0]), FadeIn(arrow{r}[1])"
            w.play(anims, 2.0)
            w.code(f"formula{r} = new_formula")
            w.wait(0.4)
            for said in (s for s in orders.false_stated if s.route == r and s.truth is step):
                _stated_false(ctx, said, orders, "line")
    w.play("FadeOut(arrow0), FadeOut(arrow1)", 0.5)
    for said in (s for s in orders.false_stated if s.route is None or not any(s.truth is x for x in orders.routes[s.route].steps)):
        _stated_false(ctx, said, orders, None)
    w.beat(ctx.L("The same curve", "终点相同"), ctx.L(
        f"Both routes end on $y = {t.tex()}$: the left result, carried onto the right axes, lies exactly on the right one.",
        f"两条路线都得到 $y = {t.tex()}$：把左边的结果平移到右边的坐标系上，与右边的曲线完全重合。"))
    w.code("same = graph0.copy().set_stroke(YELLOW, width=9, opacity=0.55)")
    w.play("same.animate.shift(axes1.c2p(0, 0) - axes0.c2p(0, 0))", 1.8)
    w.play("Indicate(target, color=GREEN), FadeOut(same)", 1.2)
    s0, s1 = orders.shift(0), orders.shift(1)
    w.beat(ctx.L("Why the shifts differ", "平移量为何不同"), ctx.L(
        f"Shifting first, $x$ has coefficient 1 and the shift is $|\\varphi| = {num_tex(s0.value)}$; stretching first, $x$ already "
        f"carries $\\omega = {num_tex(omega)}$ and the shift is $\\frac{{|\\varphi|}}{{\\omega}} = {num_tex(s1.value)}$. A shift "
        "replaces $x$, never $\\omega x$.",
        f"先平移时 $x$ 的系数为 1，平移量为 $|\\varphi| = {num_tex(s0.value)}$；先伸缩时 $x$ 的系数已是 $\\omega = {num_tex(omega)}$，"
        f"平移量为 $\\frac{{|\\varphi|}}{{\\omega}} = {num_tex(s1.value)}$。平移替换的是 $x$，而不是 $\\omega x$。"))
    i0, i1 = (orders.routes[r].steps.index(orders.shift(r)) for r in (0, 1))
    why = (math_mob("= |\\varphi|", 30, "YELLOW"), math_mob("= |\\varphi| / \\omega", 30, "YELLOW"))
    w.code(f"box0 = SurroundingRectangle(steps0[{i0}], color=YELLOW, buff=0.06)",
           f"box1 = SurroundingRectangle(steps1[{i1}], color=YELLOW, buff=0.06)",
           f"why0 = {why[0]}.next_to(box0, RIGHT, buff=0.12)",
           f"why1 = {why[1]}.next_to(box1, RIGHT, buff=0.12)")
    w.play("FadeOut(crossed), Create(box0), Create(box1), FadeIn(why0), FadeIn(why1)", 1.2)
    w.wait(2.0)


def _stated_false(ctx: Ctx, said, orders: Orders, near: str | None) -> None:
    """A step the block states that its route does not take: said false, crossed out beside the route's true step
    (``near``, the step's line) or under the target."""
    w = ctx.w
    true, route = said.truth, said.route
    where = ctx.L(f" for “{_ROUTES[route][0].lower()}”", f"（{_ROUTES[route][1]}时）") if route is not None else ""
    if route is None and said.step.kind in ("left", "right", "shift"):
        s0, s1 = (orders.shift(r) for r in (0, 1))
        fix_en = f"shifting first it is {s0.said(False)}; stretching first, {s1.said(False)}"
        fix_zh = f"先平移时应{s0.said(True)}，先伸缩时应{s1.said(True)}"
    elif true is None:
        fix_en, fix_zh = "this route has no such step", "这条路线没有这一步"
    else:
        fix_en, fix_zh = f"the route takes: {true.said(False)}", f"这条路线应是：{true.said(True)}"
    w.beat(ctx.L("The block's step is false", "题中的这一步不成立"), ctx.L(
        f"The block says{where}: {said.step.said(False)}. That is false: {fix_en}.",
        f"题中说{where}：{said.step.said(True)}。这不成立：{fix_zh}。"))
    w.code(f"said = {text_mob(ctx.L('the block says: ', '题中说：') + said.step.said(ctx.zh, plain=True), 20, 'RED')}")
    if near is not None:  # to the right of the route's true step, in the room left before the frame's edge
        w.code(f"room = 6.9 - {near}.get_right()[0] - 0.25",
               "if said.width > room:",
               "    said.scale_to_fit_width(room)",
               f"said.next_to({near}, RIGHT, buff=0.25)")
    else:
        w.fit("said", 12)
        w.code("said.next_to(target, DOWN, buff=0.1)")
    w.code("cross = Cross(said, stroke_color=RED, stroke_width=4)")
    w.play("FadeIn(said)", 0.8)
    w.play("Create(cross)", 0.6)
    w.wait(1.0)
    if near is None:
        w.play("FadeOut(said), FadeOut(cross)", 0.5)
    else:
        w.code("crossed.add(said, cross)  # cleared before the shifts are compared")


@check("trig_transform")
def _check(f):
    orders: Orders | None = f.get("orders")
    if orders is not None:
        s0, s1 = (plain_number(orders.shift(r).value) for r in (0, 1))
        w = num_tex(orders.target.w)
        return ("Why is the shift smaller (or larger) when the stretch comes first?",
                "为什么先伸缩后平移时，平移量与先平移时不同？",
                f"A shift replaces $x$, not $\\omega x$: after the stretch $x$ carries $\\omega = {w}$, so a shift by $a$ changes the phase by "
                f"$\\omega a$; the shift is $|\\varphi|/\\omega$ = {s1} instead of $|\\varphi|$ = {s0}.",
                f"平移替换的是 $x$ 而不是 $\\omega x$：伸缩之后 $x$ 的系数是 $\\omega = {w}$，平移 $a$ 使相位改变 $\\omega a$；"
                f"所以平移量是 $|\\varphi|/\\omega$ = {s1}，而不是 $|\\varphi|$ = {s0}。")
    plan: Plan = f["plan"]
    first = plan.steps[0]
    return ("If the steps were applied in the opposite order, would the final graph be the same? Why?",
            "如果把这些步骤的顺序倒过来，最后的图像还一样吗？为什么？",
            "Not in general: a shift after a horizontal stretch by $k$ moves the argument by $\\omega a$, not $a$; "
            f"here the first step is {first.said(False)}, and the result is $y = {plan.final.tex()}$.",
            "一般不一样：先伸缩再平移时，平移 $a$ 会使 $\\omega x + \\varphi$ 中的相位改变 $\\omega a$ 而不是 $a$；"
            f"这里第一步是{first.said(True)}，结果为 $y = {plan.final.tex()}$。")
