"""limit: two points walk along the graph toward x -> a from both sides; the value L lights up."""

from __future__ import annotations

import math

from ..families import no_formula
from ..symbolic import atoms_in_formulas, normalize, to_numpy
from ..notes import check
from .common import Ctx, fmt, Fn, graph_setup, in_range, open_with_formula, y_window


def _from_block(ctx: Ctx):
    import sympy as sp

    x = sp.Symbol("x")
    for lim in atoms_in_formulas(ctx.info, sp.Limit):
        body, var, point = lim.args[0], lim.args[1], lim.args[2]
        body = normalize(body).subs(var, x)
        point = normalize(point)
        code = to_numpy(body, ("x",))
        if code is None:
            continue
        try:
            value = sp.limit(body, x, point)
            L = float(value) if value.is_finite else None
        except Exception:
            L = None
        a = math.inf if point == sp.oo else float(point) if point.is_number else None
        if a is None:
            continue
        return Fn(code, sp.latex(body), body, True), a, L
    return None


def build(ctx: Ctx) -> None:
    import numpy as np

    w = ctx.w
    found = _from_block(ctx)
    if found is None:
        import sympy as sp

        x = sp.Symbol("x")
        fn, a, L = Fn("np.sin(x) / x", r"\frac{\sin x}{x}", sp.sin(x) / x), 0.0, 1.0
    else:
        fn, a, L = found
    w.example = found is None
    infinite = math.isinf(a)
    if L is None:  # estimate numerically from both sides
        probe = [a - 1e-4, a + 1e-4] if not infinite else [1e6]
        vals = [in_range(fn, p) for p in probe]
        vals = [v for v in vals if v is not None]
        L = float(np.mean(vals)) if vals else 0.0
    if infinite:
        lo_x, hi_x = 0.0, 20.0
    else:
        lo_x, hi_x = a - 4, a + 4
    lo, hi = y_window(fn.code, lo_x, hi_x, [L])
    ctx.facts.update(fn=fn, a=a, L=L)
    a_tex = r"\infty" if infinite else fmt(a)
    L_txt = fmt(L, 3)
    shown = ctx.formula or rf"\lim_{{x\to {a_tex}}} {fn.tex} = {L_txt}"

    w.beat(ctx.title, ctx.L(f"What value does ${fn.tex}$ approach as $x \\to {a_tex}$?",
                            f"当 $x \\to {a_tex}$ 时，${fn.tex}$ 趋近于什么值？"))
    open_with_formula(ctx, shown)

    graph_setup(ctx, fn, lo_x if not infinite else 0.5, hi_x, lo, hi)
    w.code(f"a, L = {fmt(a) if not infinite else 'None'}, {L_txt}")
    w.beat(ctx.L("The graph", "函数图像"), ctx.L(
        "We draw the graph; " + ("the open circle marks the point we approach." if not infinite else "the dashed line is the level we approach."),
        "画出图像；" + ("空心圆标出我们要趋近的位置。" if not infinite else "虚线是要趋近的高度。")))
    w.code(
        "level = DashedLine(axes.c2p(axes.x_range[0], L), axes.c2p(axes.x_range[1], L), color=YELLOW, stroke_width=3)",
    )
    if not infinite:
        w.code("hole = Circle(radius=0.09, color=BLUE, stroke_width=4).set_fill(BLACK, 1).move_to(axes.c2p(a, L))")
        w.play("Create(axes), Write(axis_labels), Create(graph)", 2)
        w.play("FadeIn(hole)", 0.5)
    else:
        w.play("Create(axes), Write(axis_labels), Create(graph)", 2)
        w.play("Create(level)", 0.5)

    w.beat(ctx.L("Approach", "逐渐靠近"), ctx.L(
        f"Points on the curve move toward $x = {a_tex}$" + (" from the left and the right" if not infinite else "") + "; their heights close in on the same value.",
        f"曲线上的点向 $x = {a_tex}$ 移动" + ("（从左右两侧）" if not infinite else "") + "，它们的高度都逼近同一个值。"))
    if not infinite:
        w.code(
            f"left = ValueTracker({fmt(a - 3.5)})",
            f"right = ValueTracker({fmt(a + 3.5)})",
            "l_dot = always_redraw(lambda: Dot(axes.c2p(left.get_value(), f(left.get_value())), color=YELLOW))",
            "r_dot = always_redraw(lambda: Dot(axes.c2p(right.get_value(), f(right.get_value())), color=GREEN))",
        )
        w.play("FadeIn(l_dot, r_dot)", 0.5)
        w.play(f"left.animate.set_value({fmt(a - 0.02, 3)}), right.animate.set_value({fmt(a + 0.02, 3)})", 3.5,
               "rate_func=rate_functions.ease_out_cubic")
    else:
        w.code(
            "t = ValueTracker(1)",
            "dot = always_redraw(lambda: Dot(axes.c2p(t.get_value(), f(t.get_value())), color=YELLOW))",
        )
        w.play("FadeIn(dot)", 0.5)
        w.play(f"t.animate.set_value({fmt(hi_x - 0.5)})", 3.5, "rate_func=rate_functions.ease_out_cubic")

    w.beat(ctx.L("The limit", "极限值"), ctx.L(f"Both approach the height ${L_txt}$: that is the limit.",
                                              f"它们都逼近高度 ${L_txt}$，这就是极限。"))
    w.code(
        f"value = MathTex(r\"L = {L_txt}\", font_size=40, color=YELLOW)",
        "value.next_to(axes, UP, buff=0.1).to_edge(RIGHT, buff=0.6)",
    )
    if not infinite:
        w.play("Create(level), Write(value)", 1.2)
        w.play("Indicate(hole, color=YELLOW, scale_factor=2)", 1)
    else:
        w.play("Write(value)", 1.2)
        w.play("Indicate(value)", 1)
    w.wait(1)


@check("limit")
def _check(f):
    a, L = f.get("a", 0), f.get("L", 0)
    fn = f.get("fn")
    a_tex = r"\infty" if math.isinf(a) else fmt(a)
    tex = fn.tex if fn else "f(x)"
    return (
        f"Why can the limit of ${tex}$ as $x \\to {a_tex}$ exist even if the formula cannot be evaluated at $x = {a_tex}$?",
        f"为什么即使在 $x = {a_tex}$ 处无法直接代入，${tex}$ 在 $x \\to {a_tex}$ 时的极限仍然可以存在？",
        f"A limit only looks at values near ${a_tex}$, never at ${a_tex}$ itself; there the values get as close as we like to ${fmt(L, 3)}$, so the limit is ${fmt(L, 3)}$.",
        f"极限只看 ${a_tex}$ 附近的函数值，不看该点本身；附近的值可以任意接近 ${fmt(L, 3)}$，所以极限是 ${fmt(L, 3)}$。",
    )


# -- recognition (see families.py)
PRIORITY = 330
KEYWORDS = (r"极限", r"\blimits?\b", r"趋近", r"approach")
STRUCTURE = (r"\\lim",)


def needs(info) -> bool:
    """A \\lim whose body is a plottable function of one variable, or no formula."""
    return no_formula(info) or _from_block(Ctx(info, "limit", None, "")) is not None
