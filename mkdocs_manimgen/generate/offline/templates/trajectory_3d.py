"""trajectory_3d: the author's system of three equations (Lorenz, Rössler...) integrated by RK4 at
design time and traced as a path in space, then seen from another side."""

from __future__ import annotations

import re

import numpy as np

from ..latex import fmt
from ..notes import check
from ..odes import ode_system, rk4
from ._plots import nice_range, points_code, thin
from ._three_d import axes_code
from .common import Ctx, math_mob

PRIORITY = 215
THREE_D = True
KEYWORDS = (r"lorenz", r"洛伦兹", r"rössler|rossler", r"strange\s+attractor", r"奇怪吸引子", r"chaos|chaotic", r"混沌",
            r"butterfly", r"蝴蝶", r"system\s+of\s+(differential\s+)?equations", r"微分方程组",
            r"differential\s+equation", r"微分方程")
TITLE = ("A Trajectory in Space", "空间中的轨线")
WHAT = ("A system of three first-order equations moves a point $(x, y, z)$ through space; integrating it step by "
        "step (here with RK4) traces the trajectory, which for the Lorenz system winds around two wings.",
        "三个一阶方程组成的方程组让点 $(x, y, z)$ 在空间中运动；逐步数值积分（这里用 RK4）就画出轨线，洛伦兹系统的轨线绕着两只“翅膀”旋转。")


def _spatial(info):
    system = ode_system(info)
    return system if system is not None and len(system.states) == 3 and not system.second_order else None


def evidence(info) -> int | None:
    if any(re.search(p, info.prose, re.I) for p in KEYWORDS):
        return 0
    return 1 if _spatial(info) is not None else None


def needs(info) -> bool:
    """Three unknowns, each with its first-order equation."""
    return _spatial(info) is not None


def build(ctx: Ctx) -> None:
    w = ctx.w
    system = _spatial(ctx.info)
    F = system.F()
    u0, own = system.start([1.0, 1.0, 1.0])
    ts, us = rk4(F, 0.0, u0, 25.0, 5000)
    us = us[thin(len(us), 900)]
    ranges = [nice_range(us[:, i], 0.05) for i in range(3)]
    names = system.states
    s0 = "(" + ", ".join(fmt(v, 2) for v in u0) + ")"
    ctx.facts.update(rows=system.rows, start=s0, end="(" + ", ".join(fmt(float(v), 2) for v in us[-1]) + ")", T=float(ts[-1]))

    w.beat(ctx.title, ctx.L(f"Three equations move the point $({', '.join(names)})$ through space{system.declared(w)}.",
                            f"三个方程让点 $({', '.join(names)})$ 在空间中运动{system.declared(w)}。"))
    w.code("self.set_camera_orientation(phi=70 * DEGREES, theta=-50 * DEGREES, zoom=0.8)")
    w.title(ctx.title)
    w.code(f"system = {math_mob(system.stacked_rows(), 30)}.to_corner(UL, buff=0.35).shift(DOWN * 0.55)",
           "if system.width > 4.4:",
           "    system.scale_to_fit_width(4.4).to_corner(UL, buff=0.35).shift(DOWN * 0.55)",
           "self.add_fixed_in_frame_mobjects(system)",
           "self.remove(system)")
    axes_code(ctx, ", ".join(f"{k}_range=[{fmt(r[0])}, {fmt(r[1])}, {fmt(r[2])}]" for k, r in zip("xyz", ranges))
              + ", x_length=6, y_length=6, z_length=4.5")
    w.code("# the trajectory, computed with RK4 (t from 0 to 25, step 0.005) when the scene was designed",
           points_code("points", us, 2),
           "path = VMobject(color=YELLOW, stroke_width=2).set_points_as_corners([axes.c2p(*p) for p in points])",
           "path.set_color_by_gradient(BLUE, TEAL, YELLOW)",
           f"start = Dot3D(axes.c2p(*points[0]), color=RED, radius=0.08, resolution=(6, 6))")
    w.play("Write(title), FadeIn(system), Create(axes)", 1.4)
    w.beat(ctx.L("Trace the trajectory", "描出轨线"), ctx.L(
        f"From ${s0}$" + ("" if own else w.chose("start")) + f", the solution runs to $t = {fmt(float(ts[-1]), 1)}$.",
        f"从 ${s0}$ 出发" + ("" if own else w.chose("start")) + f"，解一直算到 $t = {fmt(float(ts[-1]), 1)}$。"))
    w.play("FadeIn(start)", 0.4)
    w.play("Create(path)", 6, "rate_func=linear")
    w.beat(ctx.L("Another side", "换个角度"), ctx.L("Turning the view shows the shape of the path in depth.",
                                                  "转动视角，看清轨线在空间中的形状。"))
    w.move_camera("phi=80 * DEGREES, theta=20 * DEGREES", 2.2)
    w.wait(1)


@check("trajectory_3d")
def _check(f):
    return ("Two starts that differ by 0.001 are traced side by side. What happens to their distance?",
            "两个只差 0.001 的起点同时出发，它们之间的距离会怎样变化？",
            f"For a chaotic system such as Lorenz's it grows until the paths are unrelated, although both stay on the same attractor; this path went from ${f['start']}$ to about ${f['end']}$.",
            f"对洛伦兹这样的混沌系统，距离会不断增大，直到两条轨线毫无关系，但两者都留在同一个吸引子上；这条轨线从 ${f['start']}$ 走到约 ${f['end']}$。")
