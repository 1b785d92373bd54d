"""space_line: a line through the author's point with the author's direction vector (swept as r(t) = P + t d),
or a plane through the author's point with the author's normal (a patch of it, the normal standing on it).
"""

from __future__ import annotations

import math

from ..latex import fmt
from ..notes import check
from ..parts.space import arrow3d_helper, line_through, plane_patch, v3
from ..space import LINE, PLANE, read_space_line
from ._three_d import axes_code
from .common import Ctx, math_mob

TITLE = ("A Line in Space", "空间直线")
WHAT = ("A line in space is fixed by a point $P_0$ and a direction $\\mathbf d$: $\\mathbf r(t) = P_0 + t\\,\\mathbf d$. "
        "A plane is fixed by a point and a normal $\\mathbf n$: every $P$ in it has $\\mathbf n\\cdot(P - P_0) = 0$.",
        "空间直线由一点 $P_0$ 和方向向量 $\\mathbf d$ 确定：$\\mathbf r(t) = P_0 + t\\,\\mathbf d$。"
        "平面由一点和法向量 $\\mathbf n$ 确定：平面上每一点 $P$ 都满足 $\\mathbf n\\cdot(P - P_0) = 0$。")
PRIORITY = 60
THREE_D = True
KEYWORDS = (LINE, PLANE)


def title_for(info):
    found = read_space_line(info)
    return ("A Plane in Space", "空间平面") if found is not None and found.kind == "plane" else None


def needs(info) -> bool:
    """The author's point and direction vector (a line) or normal vector (a plane), both in 3D."""
    return read_space_line(info) is not None


def _term(c: float, v: str) -> str:
    """`` + 2t``, `` - t``: a signed term with its coefficient (1 left out before a letter)."""
    size = "" if v and abs(abs(c) - 1) < 1e-12 else fmt(abs(c), 3)
    return f"{'+' if c >= 0 else '-'} {size}{v}"


def build(ctx: Ctx) -> None:
    w = ctx.w
    found = read_space_line(ctx.info)
    P, d = found.point, found.vector
    line = found.kind == "line"
    length = math.sqrt(sum(c * c for c in d))
    T = 2.5 / length if line else 0.0  # the line is swept over |t d| <= 2.5 around P
    reach = max(abs(c) for c in (*P, *(p + T * c for p, c in zip(P, d)), *(p - T * c for p, c in zip(P, d)), 1.0))
    R = math.ceil(reach * 1.15)
    Ps = "(" + ", ".join(fmt(c, 3) for c in P) + ")"
    ds = "(" + ", ".join(fmt(c, 3) for c in d) + ")"
    ctx.facts.update(kind=found.kind, P=P, d=d)
    if line:
        rows = [f"P_0 = {Ps},\\ \\mathbf d = {ds}",
                *(f"{v} = {fmt(p, 3)} {_term(c, 't')}" for v, p, c in zip("xyz", P, d))]
    else:
        const = -sum(n * p for n, p in zip(d, P))
        eq = " ".join(_term(n, v) for n, v in zip(d, "xyz") if abs(n) > 1e-12).lstrip("+ ")
        rows = [f"P_0 = {Ps},\\ \\mathbf n = {ds}", f"{eq} {_term(const, '')} = 0"]
    vname = "\\mathbf d" if line else "\\mathbf n"
    w.beat(ctx.title, ctx.L(f"The {'line' if line else 'plane'} through $P_0 = {Ps}$ with "
                            f"{'direction' if line else 'normal'} ${vname} = {ds}$.",
                            f"过点 $P_0 = {Ps}$、{'方向向量' if line else '法向量'}为 ${vname} = {ds}$ 的"
                            f"{'直线' if line else '平面'}。"))
    w.code("self.set_camera_orientation(phi=65 * DEGREES, theta=-45 * DEGREES, zoom=0.72)")
    w.title(ctx.title)
    w.code(
        "panel = VGroup(" + ", ".join(math_mob(r, 30, "YELLOW" if i else None) for i, r in enumerate(rows)) + ")",
        "panel.arrange(DOWN, aligned_edge=LEFT, buff=0.2).to_corner(UL, buff=0.4).shift(DOWN * 0.7)",
        "self.add_fixed_in_frame_mobjects(panel)",
        "self.remove(panel)",
    )
    axes_code(ctx, f"x_range=[-{R}, {R}, 1], y_range=[-{R}, {R}, 1], z_range=[-{R}, {R}, 1], x_length=6, y_length=6, z_length=6")
    arrow3d_helper(w)
    w.code(
        f"P0 = axes.c2p(*{v3(P)})",
        "point = Dot3D(P0, radius=0.08, color=WHITE)",
        f"vec = arrow3d(P0, axes.c2p(*({v3(P)} + {fmt(1.0 if line else 1.8 / length, 4)} * {v3(d)})), {'RED' if line else 'ORANGE'})",
    )
    w.play("Write(title), Create(axes)", 1.2)
    w.play("FadeIn(point), FadeIn(panel[0])", 1.0)
    if line:
        w.beat(ctx.L("The direction", "方向向量"), ctx.L(f"From $P_0$ the direction vector $\\mathbf d = {ds}$.",
                                                        f"从 $P_0$ 出发画出方向向量 $\\mathbf d = {ds}$。"))
        w.play("Create(vec)", 1.2)
        w.beat(ctx.L("Sweep the line", "扫出直线"),
               ctx.L("Every point of the line is $P_0 + t\\,\\mathbf d$: as $t$ runs over the reals the point sweeps the whole line.",
                     "直线上每一点都是 $P_0 + t\\,\\mathbf d$：$t$ 取遍实数时，这个点扫出整条直线。"))
        line_through(w, "forward", P, d, (0, T))
        line_through(w, "backward", P, d, (0, -T))
        w.play("Create(forward), Create(backward), " + ", ".join(f"FadeIn(panel[{i}])" for i in (1, 2, 3)), 2.0)
    else:
        w.beat(ctx.L("The normal", "法向量"), ctx.L(f"The normal $\\mathbf n = {ds}$ stands on the plane at $P_0$.",
                                                   f"法向量 $\\mathbf n = {ds}$ 在 $P_0$ 处垂直于平面。"))
        plane_patch(w, "patch", P, d, min(1.3, R * 0.4))
        w.play("Create(vec)", 1.2)
        w.beat(ctx.L("The plane", "平面"), ctx.L("Every $P$ with $\\mathbf n\\cdot(P - P_0) = 0$: the plane's equation.",
                                                 "所有满足 $\\mathbf n\\cdot(P - P_0) = 0$ 的点 $P$ 构成平面，这就是平面方程。"))
        w.play("FadeIn(patch), FadeIn(panel[1])", 1.6)
    w.move_camera("phi=70 * DEGREES, theta=20 * DEGREES", 2.0)
    w.wait(1.2)


@check("space_line")
def _check(f):
    P, d = f["P"], f["d"]
    Q = "(" + ", ".join(fmt(p + c, 3) for p, c in zip(P, d)) + ")"
    if f["kind"] == "line":
        return (f"Which point of the line has $t = 1$?", f"直线上 $t = 1$ 对应哪个点？",
                f"$P_0 + \\mathbf d = {Q}$.", f"$P_0 + \\mathbf d = {Q}$。")
    return (f"Is $P_0 + \\mathbf n = {Q}$ on the plane?", f"点 $P_0 + \\mathbf n = {Q}$ 在平面上吗？",
            "No: $\\mathbf n\\cdot\\mathbf n = |\\mathbf n|^2 > 0$, so it lies off the plane, along the normal.",
            "不在：$\\mathbf n\\cdot\\mathbf n = |\\mathbf n|^2 > 0$，它沿法向量离开了平面。")
