"""space_curve: a helix-like ParametricFunction in 3D, traced by a dot, then seen from above."""

from __future__ import annotations

from ..notes import check
from ._three_d import axes_code
from .common import Ctx, math_mob


def build(ctx: Ctx) -> None:
    w = ctx.w
    tex = r"\mathbf r(t) = (\cos t,\ \sin t,\ t/4)"
    ctx.facts["tex"] = tex
    w.beat(ctx.title, ctx.L("A point moving in space traces a curve.", "空间中运动的点画出一条曲线。"))
    w.code("self.set_camera_orientation(phi=70 * DEGREES, theta=-40 * DEGREES, zoom=0.75)")
    w.title(ctx.title)
    shown = ctx.formula if ctx.formula and len(ctx.formula) < 80 else tex
    w.code(
        f"formula = {math_mob(shown.replace('&', ''), 34)}.to_corner(UL, buff=0.4).shift(DOWN * 0.6)",
        "if formula.width > 6:",
        "    formula.scale_to_fit_width(6).to_corner(UL, buff=0.4).shift(DOWN * 0.6)",
        "self.add_fixed_in_frame_mobjects(formula)",
        "self.remove(formula)",
    )
    axes_code(ctx, "x_range=[-2, 2, 1], y_range=[-2, 2, 1], z_range=[0, 4, 1], x_length=5, y_length=5, z_length=4")
    w.code(
        "axes.shift(IN * 0.8)",
        "",
        "def r(t):",
        "    return axes.c2p(1.5 * np.cos(t), 1.5 * np.sin(t), t / 4)",
        "",
        "curve = ParametricFunction(r, t_range=[0, 4 * PI, 0.05], color=YELLOW, stroke_width=5)",
        "# the tracing dot follows the curve as it is drawn (no per-frame updater)",
        "dot = Dot3D(r(0), color=WHITE, radius=0.08, resolution=(6, 6))",
    )
    w.play("Write(title), FadeIn(formula), Create(axes)", 1.4)
    w.beat(ctx.L("Trace the curve", "描出曲线"), ctx.L("As t grows the point circles around and climbs: a helix.", "t 增大时点一边绕圈一边上升：螺旋线。"))
    w.play("FadeIn(dot)", 0.4)
    w.play("Create(curve), MoveAlongPath(dot, curve)", 3.2, "rate_func=linear")
    w.beat(ctx.L("View from above", "俯视"), ctx.L("From above, the helix is just a circle: the height comes only from z = t/4.",
                                                 "从上往下看，螺旋线只是一个圆：高度只来自 z = t/4。"))
    w.move_camera("phi=5 * DEGREES, theta=-90 * DEGREES", 2)
    w.wait(1.2)


@check("space_curve")
def _check(f):
    return ("For the helix $\\mathbf r(t) = (\\cos t, \\sin t, t/4)$, how much does it rise in one full turn?",
            "对螺旋线 $\\mathbf r(t) = (\\cos t, \\sin t, t/4)$，绕一整圈上升多少？",
            "One turn is $t$ increasing by $2\\pi$, so $z$ rises by $2\\pi/4 = \\pi/2 \\approx 1.57$.",
            "一整圈对应 $t$ 增加 $2\\pi$，所以 $z$ 上升 $2\\pi/4 = \\pi/2 \\approx 1.57$。")
