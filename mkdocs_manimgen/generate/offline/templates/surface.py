"""surface: z = f(x, y) as a checkered Surface over ThreeDAxes, then one camera swing."""

from __future__ import annotations

from ..families import no_formula
from ..latex import fmt
from ..notes import check
from ._three_d import axes_code, open_3d, surface_function, SURFACE_STYLE, z_range
from .common import Ctx


def build(ctx: Ctx) -> None:
    w = ctx.w
    code, tex, expr, own = surface_function(ctx.info, "np.sin(x) * np.cos(y)", r"\sin x \cos y")
    lo, hi, k = z_range(code)
    w.example = not own
    ctx.facts.update(code=code, tex=tex, zlo=lo, zhi=hi)
    w.beat(ctx.title, ctx.L(f"The surface $z = {tex}$.", f"曲面 $z = {tex}$。"))
    open_3d(ctx, "phi=65 * DEGREES, theta=-50 * DEGREES, zoom=0.85", "z = " + tex, 36)
    axes_code(ctx, "x_range=[-3, 3, 1], y_range=[-3, 3, 1], z_range=[-2, 2, 1], x_length=6, y_length=6, z_length=4")
    w.code(
        "",
        "def f(x, y):",
        f"    return {fmt(k, 3)} * ({code})  # scaled so the surface fits the frame" if k != 1 else f"    return {code}",
        "",
        "surface = Surface(lambda u, v: axes.c2p(u, v, f(u, v)), u_range=[-2.5, 2.5], v_range=[-2.5, 2.5],",
        f"                  {SURFACE_STYLE})",
    )
    w.play("Write(title), FadeIn(formula), Create(axes)", 1.2)
    w.beat(ctx.L("Build the surface", "生成曲面"), ctx.L("Above each point (x, y) the surface rises to height f(x, y).",
                                                       "在每个点 (x, y) 的上方，曲面的高度是 f(x, y)。"))
    w.play("Create(surface)", 1.8)
    w.wait(0.6)
    w.beat(ctx.L("Look around", "环绕观察"), ctx.L("The camera swings around the surface to show its hills and valleys.",
                                                   "镜头绕到曲面的另一侧，展示它的山峰与山谷。"))
    w.move_camera("phi=55 * DEGREES, theta=40 * DEGREES", 2.2)
    w.wait(1.6)


@check("surface")
def _check(f):
    return (f"For $z = {f['tex']}$, what are the highest and lowest heights over the square $-2 \\le x, y \\le 2$?",
            f"对 $z = {f['tex']}$，在正方形 $-2 \\le x, y \\le 2$ 上最高和最低的高度是多少？",
            f"About ${fmt(f['zhi'], 3)}$ and ${fmt(f['zlo'], 3)}$: the peaks and valleys seen as the camera turns.",
            f"约为 ${fmt(f['zhi'], 3)}$ 和 ${fmt(f['zlo'], 3)}$，也就是镜头旋转时看到的山峰和山谷。")


# -- recognition (see families.py)
PRIORITY = 140
THREE_D = True
KEYWORDS = (r"曲面", r"surface", r"二元函数", r"function\s+of\s+two\s+variables", r"paraboloid", r"saddle[- ](?:surface|shaped)", r"抛物面", r"马鞍面")


# with no formula, the words of a graph over the plane; "paint its surface" (Gabriel's horn) is everyday speech
_GRAPH_OF_TWO = (r"z\s*=\s*f\s*\(\s*x\s*,\s*y\s*\)|function\s+of\s+two\s+variables|二元函数|曲面|paraboloid|saddle|抛物面|"
                 r"马鞍面|surface\s+(?:z|plot|graph)|graph\s+of\s+(?:a\s+)?function\s+of\s+(?:x\s+and\s+y|two)")


def needs(info) -> bool:
    """The author's z = f(x, y), or no formula in a block about graphs over the plane (:data:`_GRAPH_OF_TWO`)."""
    import re

    if no_formula(info):
        return bool(re.search(_GRAPH_OF_TWO, info.prose, re.I))
    return surface_function(info, "", "")[3]
