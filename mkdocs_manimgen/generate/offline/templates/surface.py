"""surface: z = f(x, y) as a checkered Surface over ThreeDAxes, camera circling."""

from __future__ import annotations

from ..latex import fmt
from ..notes import check
from ._three_d import surface_function, z_range
from .common import Ctx, math_mob


def build(ctx: Ctx) -> None:
    w = ctx.w
    code, tex, expr, own = surface_function(ctx.info, "np.sin(x) * np.cos(y)", r"\sin x \cos y")
    lo, hi, k = z_range(code)
    ctx.facts.update(code=code, tex=tex, zlo=lo, zhi=hi)
    w.beat(ctx.title, ctx.L(f"The surface $z = {tex}$.", f"曲面 $z = {tex}$。"))
    w.code("self.set_camera_orientation(phi=65 * DEGREES, theta=-50 * DEGREES, zoom=0.85)")
    w.title(ctx.title)
    w.code(
        f"formula = {math_mob('z = ' + tex, 36)}.to_corner(UL, buff=0.4).shift(DOWN * 0.6)",
        "self.add_fixed_in_frame_mobjects(formula)",
        "self.remove(formula)",
        f"axes = ThreeDAxes(x_range=[-3, 3, 1], y_range=[-3, 3, 1], z_range=[-2, 2, 1], x_length=6, y_length=6, z_length=4)",
        "",
        "def f(x, y):",
        f"    return {fmt(k, 3)} * ({code})  # scaled so the surface fits the frame" if k != 1 else f"    return {code}",
        "",
        "surface = Surface(lambda u, v: axes.c2p(u, v, f(u, v)), u_range=[-2.5, 2.5], v_range=[-2.5, 2.5],",
        "                  resolution=(12, 12), checkerboard_colors=[BLUE_D, TEAL_D], fill_opacity=0.85, stroke_width=0.3)",
    )
    w.play("Write(title), FadeIn(formula)", 1.2)
    w.play("Create(axes)", 1.2)
    w.beat(ctx.L("Build the surface", "生成曲面"), ctx.L("Above each point (x, y) the surface rises to height f(x, y).",
                                                       "在每个点 (x, y) 的上方，曲面的高度是 f(x, y)。"))
    w.play("Create(surface)", 2.6)
    w.beat(ctx.L("Look around", "环绕观察"), ctx.L("The camera circles the surface to show its hills and valleys.",
                                                   "镜头绕曲面旋转，展示它的山峰与山谷。"))
    w.code("self.begin_ambient_camera_rotation(rate=0.35)")
    w.wait(5)
    w.code("self.stop_ambient_camera_rotation()")
    w.wait(0.6)


@check("surface")
def _check(f):
    return (f"For $z = {f['tex']}$, what are the highest and lowest heights over the square $-2 \\le x, y \\le 2$?",
            f"对 $z = {f['tex']}$，在正方形 $-2 \\le x, y \\le 2$ 上最高和最低的高度是多少？",
            f"About ${fmt(f['zhi'], 3)}$ and ${fmt(f['zlo'], 3)}$: the peaks and valleys seen as the camera turns.",
            f"约为 ${fmt(f['zhi'], 3)}$ 和 ${fmt(f['zlo'], 3)}$，也就是镜头旋转时看到的山峰和山谷。")
