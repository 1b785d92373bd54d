"""gradient_descent: a ball steps downhill on z = f(x, y) following -grad f."""

from __future__ import annotations

import numpy as np

from ..families import states_only
from ..latex import fmt
from ..symbolic import evaluate2
from ..notes import check
from ._three_d import axes_code, surface_function, SURFACE_STYLE
from .common import Ctx, math_mob


def _path(code: str, start=(2.0, 1.6), rate=0.2, steps=8):
    pts = [np.array(start, dtype=float)]
    h = 1e-4
    for _ in range(steps):
        x, y = pts[-1]
        fx = (evaluate2(code, np.array([x + h]), np.array([y])) - evaluate2(code, np.array([x - h]), np.array([y]))) / (2 * h)
        fy = (evaluate2(code, np.array([x]), np.array([y + h])) - evaluate2(code, np.array([x]), np.array([y - h]))) / (2 * h)
        nxt = pts[-1] - rate * np.array([float(fx[0]), float(fy[0])])
        if not np.all(np.isfinite(nxt)) or np.max(np.abs(nxt)) > 2.5:
            break
        pts.append(nxt)
    return pts


def build(ctx: Ctx) -> None:
    w = ctx.w
    code, tex, expr, own = surface_function(ctx.info, "0.5 * x**2 + y**2", r"\tfrac{1}{2}x^2 + y^2")
    pts = _path(code)
    w.example = not own
    zs = [float(evaluate2(code, np.array([p[0]]), np.array([p[1]]))[0]) for p in pts]
    g = np.linspace(-2.5, 2.5, 41)
    X, Y = np.meshgrid(g, g)
    Z = evaluate2(code, X, Y)
    span = float(np.nanmax(Z) - np.nanmin(Z)) if Z is not None else 1.0
    k = min(1.0, 3.0 / max(span, 1e-6))
    ctx.facts.update(tex=tex, pts=pts, zs=zs)
    w.beat(ctx.title, ctx.L(f"Minimise $f(x, y) = {tex}$ by walking downhill.", f"沿下坡走，求 $f(x, y) = {tex}$ 的最小值。"))
    w.code("self.set_camera_orientation(phi=60 * DEGREES, theta=-60 * DEGREES, zoom=0.85)")
    w.title(ctx.title)
    w.code(
        f"formula = {math_mob('f(x, y) = ' + tex, 34)}.to_corner(UL, buff=0.4).shift(DOWN * 0.6)",
        "self.add_fixed_in_frame_mobjects(formula)",
        "self.remove(formula)",
    )
    axes_code(ctx, "x_range=[-3, 3, 1], y_range=[-3, 3, 1], z_range=[0, 4, 1], x_length=6, y_length=6, z_length=4")
    w.code(
        "axes.shift(IN * 1.2)",
        "",
        "def f(x, y):",
        f"    return {fmt(k, 3)} * ({code})" if k != 1 else f"    return {code}",
        "",
        "surface = Surface(lambda u, v: axes.c2p(u, v, f(u, v)), u_range=[-2.5, 2.5], v_range=[-2.5, 2.5],",
        f"                  {SURFACE_STYLE.replace('fill_opacity=1', 'fill_opacity=0.8')})",
        "# gradient-descent iterates (x_k, y_k), computed with step size 0.2",
        "path = [" + ", ".join(f"({fmt(p[0], 3)}, {fmt(p[1], 3)})" for p in pts) + "]",
        "points = [axes.c2p(x, y, f(x, y)) + OUT * 0.06 for x, y in path]  # just above the surface",
        "ball = Dot3D(points[0], color=YELLOW, radius=0.12, resolution=(6, 6))",
    )
    w.play("Write(title), FadeIn(formula), Create(axes)", 1.2)
    w.play("Create(surface)", 1.6)
    w.beat(ctx.L("Start high", "从高处出发"), ctx.L(f"Start at $({fmt(pts[0][0])}, {fmt(pts[0][1])})$ where $f = {fmt(zs[0], 3)}$.",
                                                   f"从 $({fmt(pts[0][0])}, {fmt(pts[0][1])})$ 出发，此处 $f = {fmt(zs[0], 3)}$。"))
    w.play("FadeIn(ball)", 0.4)
    w.beat(ctx.L("Step against the gradient", "沿负梯度走"), ctx.L(
        f"Each step moves against the gradient; after {len(pts) - 1} steps $f \\approx {fmt(zs[-1], 3)}$.",
        f"每一步都沿负梯度方向；{len(pts) - 1} 步之后 $f \\approx {fmt(zs[-1], 3)}$。"))
    w.loop("for a, b in zip(points, points[1:]):", "ball.animate.move_to(b), Create(Line(a, b, color=YELLOW, stroke_width=5))",
           len(pts) - 1, 0.4)
    w.beat(ctx.L("Look from the side", "换个角度看"), ctx.L("Seen from another side, the path runs downhill towards the lowest point.",
                                                          "换个角度看，路径一路向下，走向最低点。"))
    w.move_camera("phi=40 * DEGREES, theta=-10 * DEGREES", 1.8)
    w.wait(0.8)


@check("gradient_descent")
def _check(f):
    return (f"Why do the steps get shorter as the ball approaches the minimum of ${f['tex']}$?",
            f"为什么小球接近 ${f['tex']}$ 的最小值时，步子越来越小？",
            "The step is the learning rate times the gradient, and the gradient shrinks to zero at a minimum.",
            "步长等于学习率乘以梯度，而梯度在最小值处趋于零。")


# -- recognition (see families.py)
PRIORITY = 10
THREE_D = True
KEYWORDS = (r"梯度下降", r"gradient\s+descent", r"最速下降", r"steepest\s+descent")


def needs(info) -> bool:
    """The author's f(x, y), or only the update rule (then a bowl, for instance)."""
    return surface_function(info, "", "")[3] or states_only(info, r"\\nabla", r"\\eta", r"\\alpha")
