"""derivative: a secant through two points turns into the tangent as h -> 0, then slides.

A recipe over :mod:`..parts.curve`, on the author's function in the author's variable (``f(t)``,
``C(q)``), at the author's point when the block names one (``at x = 4``, ``near x = 0``, ``在 x = 1
处``, ``between t = 1 and t = 1 + h``), every value the block states checked first
(:func:`..calculus.read_point_ask`): its slope, tangent line, linear approximation, average rate
over [a, a + h] and ``f'``. A linear approximation shows the tangent line as the approximation and
its error shrinking near the point."""

from __future__ import annotations

import re

import sympy as sp

from ..calculus import PointAsk, read_point_ask, statement
from ..given import interval
from ..latex import single_line, split_top
from ..families import instance_of_law, no_formula
from ..parts.curve import (axes_with_curve, line_through, readout, follow, secant, shrink_h, slide_with_trace,
                           slope_label, trace_scale, view_around)
from .common import Ctx, Fn, fmt, formula_corner

_EXAMPLE = (sp.Symbol("x") ** 3 / 4 - sp.Symbol("x"), "0.25 * x**3 - x", r"\tfrac{1}{4}x^3 - x")


def build(ctx: Ctx) -> None:
    w = ctx.w
    ask = read_point_ask(ctx.info) if ctx.info.blocks else None
    w.example = ask is None
    if ask is None:
        fn, var, name, at = Fn(_EXAMPLE[1], _EXAMPLE[2], _EXAMPLE[0], False), "x", "f", None
    else:
        c = ask.curve
        fn, var, name, at = Fn(c.code, c.tex, c.expr, True), c.var, c.name, ask.at
    f_of = "y" if name == "y" else f"{name}({var})"
    ctx.facts.update(fn=fn)
    view = view_around(fn, at, var, within=interval(ctx.info) if ask is not None else None)
    x0 = at if at is not None else round(view.a + 0.3 * (view.b - view.a), 2)
    h0 = round(0.3 * (view.b - view.a), 2) if not (ask and ask.secant is not None) else _secant_h(view, x0)
    end = round(view.b - 0.1 * (view.b - view.a), 2)
    if at is not None and end - x0 < 0.2 * (view.b - view.a):  # near the right edge: slide left
        end = round(view.a + 0.1 * (view.b - view.a), 2)
    if x0 + h0 > view.b - 0.05 * (view.b - view.a):  # the second point would leave the axes: take it on the left
        h0 = -h0
    view, scale = trace_scale(fn, view, x0, end)
    approx = bool(ask and ask.approx)
    ctx.facts.update(x0=x0, trace=scale is not None)

    w.beat(ctx.title, _opening(ctx, ask, fn, f_of))
    w.title(ctx.title)
    formula_corner(ctx, f"{f_of} = {fn.tex}")
    claim = _claim(ctx, ask, name) if ask else None
    if claim:
        w.code(f"claim = MathTex(r\"{claim}\", font_size=34, color=YELLOW)",
               "claim.next_to(formula, DOWN, buff=0.2)", "if claim.width > 12:", "    claim.scale_to_fit_width(12)",
               "claim.add_background_rectangle(opacity=0.85, buff=0.08)")
    w.play("Write(title)", 1)
    w.play("FadeIn(formula, shift=DOWN * 0.2)" + (", FadeIn(claim, shift=DOWN * 0.2)" if claim else ""), 1)

    w.beat(ctx.L("The graph", "函数图像"), ctx.L(f"First we draw the curve ${f_of} = {fn.tex}$.",
                                                 f"先画出曲线 ${f_of} = {fn.tex}$。"))
    axes_with_curve(ctx, fn, view, (var, "y" if name == "f" else name))
    ctx.facts.update(name=name, var=var)

    p = fmt(x0, 4)
    if ask is not None and ask.secant is not None:
        label = rf"\frac{{{name}({p}+h) - {name}({p})}}{{h}}"
        w.beat(ctx.L("Average rate over [a, a + h]", "区间 [a, a + h] 上的平均变化率"), ctx.L(
            f"The secant from ${var} = {p}$ to ${var} = {p} + h$ has slope ${label} = {ask.secant}$: the average rate of change.",
            f"从 ${var} = {p}$ 到 ${var} = {p} + h$ 的割线斜率 ${label} = {ask.secant}$，即平均变化率。"))
    else:
        label = None
        w.beat(ctx.L("A secant line", "割线"), ctx.L(f"Join the points at ${var}={p}$ and ${var}={p}+h$: the secant's slope is the average rate of change.",
                                                    f"连接 ${var}={p}$ 和 ${var}={p}+h$ 两点：割线斜率是平均变化率。"))
    secant(ctx, x0, h0, slope_label(ctx, label))

    w.beat(ctx.L("Let h shrink", "让 h 变小"), _limit_said(ctx, ask, name, var, x0))
    shrink_h(ctx, h0)
    if approx:
        _approximation(ctx, ask, view, name, var, end)
        return

    w.beat(ctx.L("Slide the tangent", "移动切线"), _slide_said(ctx, ask, name, var, scale is not None))
    slide_with_trace(ctx, end, scale, f"{name}'({var})")
    w.wait(1)


def _secant_h(view, x0: float) -> float:
    """A first h that shows the secant well: a third of the room right of the point, rounded."""
    return max(0.5, round(0.35 * (view.b - x0) * 2) / 2)


def _opening(ctx: Ctx, ask: PointAsk | None, fn: Fn, f_of: str) -> str:
    if ask is not None and ask.approx:
        return ctx.L(f"Near ${ask.curve.var} = {fmt(ask.at, 4)}$ the tangent line of ${f_of} = {fn.tex}$ is its best linear approximation.",
                     f"在 ${ask.curve.var} = {fmt(ask.at, 4)}$ 附近，${f_of} = {fn.tex}$ 的切线就是它最好的线性近似。")
    return ctx.L(f"The derivative of ${f_of} = {fn.tex}$ is the slope of its tangent line.",
                 f"函数 ${f_of} = {fn.tex}$ 的导数，就是切线的斜率。")


def _claim(ctx: Ctx, ask: PointAsk, name: str) -> str | None:
    """The author's statement beside the function (a tangent line, an approximation, f', an average
    rate), as the author wrote it; None when the block states only the function."""
    if ask.secant is not None:
        p = fmt(ask.at, 4)
        return rf"\frac{{{name}({p}+h) - {name}({p})}}{{h}} = {ask.secant}"
    return statement(ctx.info, ask.curve)


def _limit_said(ctx: Ctx, ask: PointAsk | None, name: str, var: str, x0: float) -> str:
    if ask is None or ask.at is None:
        return ctx.L("As h goes to 0 the second point slides into the first and the secant becomes the tangent.",
                     "h 趋于 0 时，第二个点滑向第一个点，割线变成切线。")
    p, slope = fmt(x0, 4), _number_tex(ask.slope)
    line = sp.latex(ask.line).replace("x", var) if var != "x" else sp.latex(ask.line)
    if ask.secant is not None:
        return ctx.L(f"As $h \\to 0$, ${ask.secant} \\to {slope}$: the secant becomes the tangent at ${var} = {p}$, "
                     f"and ${name}'({p}) = {slope}$ is the instantaneous rate.",
                     f"$h \\to 0$ 时，${ask.secant} \\to {slope}$：割线变成 ${var} = {p}$ 处的切线，${name}'({p}) = {slope}$ 就是瞬时变化率。")
    return ctx.L(f"As h goes to 0 the secant becomes the tangent at ${var} = {p}$: its slope is ${name}'({p}) = {slope}$, "
                 f"and the tangent line is $y = {line}$.",
                 f"h 趋于 0 时，割线变成 ${var} = {p}$ 处的切线：斜率 ${name}'({p}) = {slope}$，切线方程为 $y = {line}$。")


def _number_tex(value) -> str:
    return sp.latex(value) if value.is_rational else rf"{sp.latex(value)} \approx {fmt(float(value), 4)}"


def _slide_said(ctx: Ctx, ask: PointAsk | None, name: str, var: str, trace: bool) -> str:
    d = f"{name}'({var})"
    stated = f" = {sp.latex(ask.derivative).replace('x', var)}" if ask is not None and ask.derivative is not None else ""
    return ctx.L(f"Moving the point, the tangent's slope changes: that changing slope is ${d}{stated}$." + (" The green trail plots it." if trace else ""),
                 f"移动切点，切线斜率随之变化，这个变化的斜率就是 ${d}{stated}$。" + ("绿色轨迹画出了它。" if trace else ""))


def _approximation(ctx: Ctx, ask: PointAsk, view, name: str, var: str, end: float) -> None:
    """The author's linear approximation drawn as the tangent line, and its error |f - L| shrinking as
    the point comes back to where the approximation is made."""
    w, at = ctx.w, ask.at
    line = sp.lambdify(sp.Symbol("x"), ask.line)
    line_through(ctx, "approx_line", view, (at, float(line(at))), float(ask.slope), color="ORANGE")
    w.beat(ctx.L("The tangent line is the approximation", "切线就是近似"), ctx.L(
        f"The tangent at ${var} = {fmt(at, 4)}$ is $y = {sp.latex(ask.line)}$, the author's approximation.",
        f"${var} = {fmt(at, 4)}$ 处的切线 $y = {sp.latex(ask.line)}$ 正是这里的线性近似。"))
    w.play("FadeOut(line, p_dot, q_dot, slope), Create(approx_line)", 1.2)
    m, b = float(ask.slope), float(line(0))
    value = f"abs(f(x.get_value()) - ({fmt(m, 6)} * x.get_value() + {fmt(b, 6)}))"
    w.code("x.set_value(" + fmt(end, 4) + ")",
           f"gap = always_redraw(lambda: Line(axes.c2p(x.get_value(), f(x.get_value())), axes.c2p(x.get_value(), {fmt(m, 6)} * x.get_value() + {fmt(b, 6)}), color=RED, stroke_width=6))",
           "x_dot = always_redraw(lambda: Dot(axes.c2p(x.get_value(), f(x.get_value())), color=RED, radius=0.07))")
    readout(ctx, "error", 'MathTex(r"\\text{error} =", font_size=34)', value)
    w.beat(ctx.L("The error shrinks near the point", "误差在该点附近趋于 0"), ctx.L(
        f"The red gap is the error ${name}({var}) - ({sp.latex(ask.line)})$: far away it is large, and it shrinks to 0 as ${var} \\to {fmt(at, 4)}$.",
        f"红色线段是误差 ${name}({var}) - ({sp.latex(ask.line)})$：远处较大，${var} \\to {fmt(at, 4)}$ 时缩小到 0。"))
    w.play("FadeIn(gap, x_dot), FadeIn(error)", 0.8)
    follow(ctx, "error", value)
    w.play(f"x.animate.set_value({fmt(at, 4)})", 4, "rate_func=smooth")
    w.wait(1)


# -- recognition (see families.py)
PRIORITY = 340
KEYWORDS = (r"导数", r"微分", r"切线", r"斜率", r"derivative", r"tangent", r"slope", r"differentiat",
            r"linear(?:ization| approximation)", r"线性(?:近似|化|逼近)", r"marginal", r"边际",
            r"average (?:velocity|rate)", r"平均(?:速度|变化率)", r"instantaneous", r"瞬时")
STRUCTURE = (r"\\frac\{d[^}]*\}\{d|f'\s*\(|\\prime",)


def needs(info) -> bool:
    """The function that is differentiated (in one variable, every value the block states about it
    at its point checked), or no formula. A block about a differential equation asks for its solutions or its
    coefficients, not for one function's slope."""
    if re.search(_EQUATION, info.prose, re.I) or _writes_an_ode(info):
        return False
    if no_formula(info):  # its example only for the derivative itself: a circle's tangent is geometry's
        return bool(re.search(_NAMES_IT, info.prose, re.I))
    if instance_of_law(info, _DEFINITION):  # f'(x) = lim (f(x + h) - f(x)) / h in general: its example
        return True
    return read_point_ask(info) is not None


def _writes_an_ode(info) -> bool:
    """The block writes a differential equation: a system of two or more (x' = 1.2 - 0.04x, y' = 0.04x - 0.04y), or one
    whose right side holds its unknown (y' = ky); y' = 2x is a derivative, not an equation for y."""
    from ..odes import ode_system

    system = ode_system(info)
    if system is not None and (len(system.states) > 1 or system.states[0] in system.rhs[0]):
        return True
    # y' + 2y = g(t), y'' - 3y' + 2y = e^x: the unknown beside its own derivative in one equation (not in the form y' = f)
    for block in info.blocks:
        for row in split_top(single_line(block), ","):
            if "=" not in row or re.search(r"\\(?:lim|int)(?![A-Za-z])", row):
                continue  # f'(x) = lim (f(x+h) - f(x))/h defines the derivative: no equation for f
            for m in re.finditer(_DERIVATIVE_OF, row):
                letter = m.group(1) or m.group(2)
                bare = re.sub(_DERIVATIVE_OF, " ", row)
                if re.search(rf"(?<![A-Za-z\\]){letter}(?:(?![A-Za-z'^_(]|\^\{{?\\prime)|\s*\(\s*[xt]\s*\))", bare):
                    return True
    return False


# y', y'', y^{\prime}, \dot y, dy/dx, \frac{dy}{dt}, \frac{\mathrm dy}{\mathrm dx}: a derivative of the letter named
_DERIVATIVE_OF = (r"(?<![A-Za-z\\])([A-Za-z])(?:'+|\^\{?\\prime(?:\\prime)*\}?|\^\{?\(\d\)\}?)|"
                  r"\\frac\{\s*(?:\\mathrm\{d\}|\\mathrm\s*d|d)\s*(?:\^\{?\d\}?)?\s*([A-Za-z])\s*\}\{\s*(?:\\mathrm\{d\}|\\mathrm\s*d|d)\s*[A-Za-z](?:\^\{?\d\}?)?\s*\}")


_DEFINITION = r"defin|定义|difference\s+quotient|差商"
_EQUATION = (r"differential\s+equation|\bODEs?\b|微分方程|特解|通解|characteristic\s+(?:equation|roots?)|特征方程|特征根|"
             r"laplace\s+transform|拉普拉斯变换|拉氏变换")
_NAMES_IT = r"导数|微分|derivative|differentiat|rate of change|变化率|slope of (?:a|the) (?:curve|graph)"
