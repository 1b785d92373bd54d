"""polar_curve: r = f(theta) drawn on a PolarPlane by a rotating radius."""

from __future__ import annotations

import math

import numpy as np

from ..families import no_formula
from ..latex import fmt
from ..symbolic import evaluate, formulas, normalize, sides, to_numpy
from ..notes import check
from .common import Ctx, formula_corner

PLANE_GAP = 0.6  # scene units: the bottom buffer (0.3) plus the space left under the formula


def _own_polar(info):
    """The author's r = f(theta) as (numpy code in theta, LaTeX, largest |r|), or None."""
    import sympy as sp

    for expr in formulas(info):
        try:
            lhs, rhs = sides(expr)
            rhs = normalize(rhs)
            syms = rhs.free_symbols
        except Exception:
            continue
        if rhs.is_Symbol and lhs is None:
            continue  # a bare "$\theta$" in the prose names the variable ("r 对 θ 的积分"): it is no curve r = θ
        if len(syms) == 1:
            s = next(iter(syms))
            if s.name in ("theta", "varphi", "phi", "t"):
                body = rhs.subs(s, sp.Symbol("x"))
                code = to_numpy(body, ("x",))
                if code:
                    rs = evaluate(code, "x", np.linspace(0, 2 * np.pi, 200))
                    if rs is not None and np.all(np.isfinite(rs)) and np.max(np.abs(rs)) > 0:
                        return code.replace("x", "theta"), sp.latex(rhs), float(np.max(np.abs(rs)))
    return None


def _polar(ctx: Ctx):
    return _own_polar(ctx.info) or ("1 + np.cos(theta)", r"1 + \cos\theta", 2.0)


def grid(rmax: float) -> tuple[float, float]:
    """(radius_max, radius_step) of the PolarPlane: at most five circles, the outer one just past ``rmax``.

    Manim draws the circles at ``np.arange(0, radius_max + radius_step, radius_step)``: a radius_max that
    is not a whole number of steps (1.1 with the default step 1) adds a circle beyond it, twice the
    plane's size, which reached above the frame and behind the title.  So radius_max is a whole
    number of steps, and the step one whose sum does not round past it."""
    for exp in range(math.floor(math.log10(rmax)) - 2, math.floor(math.log10(rmax)) + 2):
        for mantissa in (1, 2, 2.5, 5):
            step = float(f"{mantissa * 10.0 ** exp:.12g}")
            count = math.ceil(rmax * 1.05 / step - 1e-9)
            radius = float(f"{count * step:.12g}")  # as the scene code writes it (repr)
            if count <= 5 and len(np.arange(0, radius + step, step)) == count + 1:
                return radius, step
    raise ValueError(f"no polar grid for r up to {rmax}")  # unreachable for finite rmax > 0


def build(ctx: Ctx) -> None:
    w = ctx.w
    code, tex, rmax = _polar(ctx)
    radius, step = grid(rmax)
    w.example = _own_polar(ctx.info) is None
    ctx.facts.update(tex=tex, rmax=rmax)
    w.beat(ctx.title, ctx.L(f"The polar curve $r = {tex}$.", f"极坐标曲线 $r = {tex}$。"))
    w.title(ctx.title)
    formula_corner(ctx, f"r = {tex}")
    w.code(
        f"plane = PolarPlane(radius_max={radius!r}, radius_step={step!r}, size=5.6, azimuth_units=\"PI radians\",",
        "                   background_line_style={\"stroke_opacity\": 0.35})",
        "# the plane fits between the formula and the bottom edge, whatever the formula's height",
        f"plane.scale_to_fit_height(min(plane.height, formula.get_bottom()[1] + config.frame_height / 2 - {fmt(PLANE_GAP)}))",
        "plane.to_edge(DOWN, buff=0.3)",
        "",
        "def r(theta):",
        f"    return {code}",
        "",
        "theta = ValueTracker(0)",
        "# the whole curve is sampled once; the part drawn so far is the first theta / 2pi of it",
        "full = plane.plot_polar_graph(r, [0, 2 * PI], color=YELLOW, stroke_width=5)",
        "curve = full.copy().pointwise_become_partial(full, 0, 0)",
        "curve.add_updater(lambda m: m.pointwise_become_partial(full, 0, theta.get_value() / (2 * PI)))",
        "tip = lambda: plane.pr2pt(r(theta.get_value()), theta.get_value())",
        "ray = always_redraw(lambda: Line(plane.get_origin(), tip(), color=GREEN))",
        "dot = always_redraw(lambda: Dot(tip(), color=YELLOW))",
    )
    w.play("Write(title), FadeIn(formula), Create(plane)", 1.4)
    w.beat(ctx.L("Sweep the angle", "扫过角度"), ctx.L("For each direction θ the green ray has length r(θ); its tip draws the curve.",
                                                      "对每个方向 θ，绿色射线的长度是 r(θ)，端点画出曲线。"))
    w.code("self.add(curve, ray, dot)")
    w.play("theta.animate.set_value(2 * PI)", 6, "rate_func=linear")
    w.code("curve.clear_updaters()")
    w.beat(ctx.L("The whole curve", "完整曲线"), ctx.L("One full turn of θ closes the curve.", "θ 转完一整圈，曲线闭合。"))
    w.play("Indicate(curve, color=YELLOW, scale_factor=1.05)", 1.2)
    w.wait(1)


@check("polar_curve")
def _check(f):
    return (f"For $r = {f['tex']}$, how far from the origin does the curve reach at most?",
            f"对 $r = {f['tex']}$，曲线离原点最远是多少？",
            f"The largest $|r|$ is about ${fmt(f['rmax'], 3)}$, reached where the ray is longest in the animation.",
            f"最大的 $|r|$ 约为 ${fmt(f['rmax'], 3)}$，就是动画中射线最长的时候。")


# -- recognition (see families.py)
PRIORITY = 150
KEYWORDS = (r"极坐标", r"心形线", r"玫瑰线", r"polar", r"cardioid", r"rose\s+curve")


def needs(info) -> bool:
    """The author's r = f(theta), or no formula (a cardioid, for instance)."""
    return no_formula(info) or _own_polar(info) is not None
