"""gram_schmidt_3d: the author's two or three space vectors made orthogonal, then orthonormal, in 3D.

u_1 = v_1; each next vector has its projections on the earlier u's subtracted, one at a time: the
projections (orange) add up to its shadow in their span (the plane of u_1, u_2 for the third), and what is
left (red), perpendicular to that span, moved to the origin is u_k; divided by their lengths they are the
q's. Everything is computed at design time (:func:`linalg.read_gram_schmidt`); a result the block states
is checked, and a false one is called false (:func:`.gram_schmidt.stated_checked`), never drawn.
"""

from __future__ import annotations

import math

import numpy as np

from ..latex import fmt
from ..linalg import read_gram_schmidt
from ..notes import check
from ..parts.space import arrow3d_helper, plane_patch, v3
from ..parts.vectors import vec_code
from ..storyboard import math_mob
from ._three_d import axes_code, beside_panel
from .common import Ctx
from .gram_schmidt import KEYWORDS, PRIORITY, TITLE, WHAT, stated_checked  # noqa: F401 - one family, two dimensions

THREE_D = True
_GIVEN_COLORS = ("BLUE", "GREEN", "PURPLE")
_START, _END = (65, -50), (72, -25)  # the camera's (phi, theta) in degrees, first and after the turn (a small
# one: the picture, shifted beside the panel, drifts towards it as the camera turns)
_BESIDE = 2.4  # scene units from the screen's centre to the origin, right of the panel of formulas


def needs(info) -> bool:
    """Two or three independent space vectors of the author's, in a block that asks for Gram–Schmidt."""
    gs = read_gram_schmidt(info)
    return gs is not None and gs.dim == 3


def _steps(gs) -> list[list[tuple[int, float, tuple[float, ...]]]]:
    """For each vector after the first, its projections on the earlier u's: (j, coefficient, projection);
    a zero one (the vector already perpendicular to u_j) is left out."""
    out = []
    for k in range(1, len(gs.given)):
        v = np.array(gs.given[k].value)
        rows = []
        for j in range(k):
            u = np.array(gs.w[j])
            c = float(v @ u / (u @ u))
            if abs(c) > 1e-9:
                rows.append((j, c, tuple(float(x) for x in c * u)))
        out.append(rows)
    return out


def _times(c: float, name: str) -> str:
    """``c`` times the vector ``name`` as written: ``0.5\\,u_1``, ``u_1`` (not ``1\\,u_1``), ``-u_2``."""
    return {"1": name, "-1": f"-{name}"}.get(fmt(c, 3), f"{fmt(c, 3)}\\,{name}")


def build(ctx: Ctx) -> None:
    w = ctx.w
    gs = read_gram_schmidt(ctx.info)
    names = gs.names()
    u_letter, q_letter = gs.letters()
    us = [f"{u_letter}_{k + 1}" for k in range(len(gs.given))]
    qs = [f"{q_letter}_{k + 1}" for k in range(len(gs.given))]
    steps = _steps(gs)
    ctx.facts.update(given=[v.value for v in gs.given], w=gs.w, q=gs.q, names=names)
    reach = max(abs(c) for v in (*[g.value for g in gs.given], *gs.w) for c in v)
    R = max(1.0, math.ceil(reach * 2.4) / 2)  # the axes a little longer than the longest vector, in halves
    step = 0.5 if R <= 2 else 1
    listed = ", ".join(f"${n} = {vec_code(g.value, 3)}$" for n, g in zip(names, gs.given))
    w.beat(ctx.title, ctx.L(f"Start from {listed}.", f"从 {listed} 出发。"))
    w.code(f"self.set_camera_orientation(phi={_START[0]} * DEGREES, theta={_START[1]} * DEGREES, zoom=0.9)")
    w.title(ctx.title)
    panel = [(r",\ ".join(f"{n} = {vec_code(g.value, 3)}" for n, g in zip(names, gs.given)), None),
             (f"{us[0]} = {names[0]}", "YELLOW")]
    for k, rows in enumerate(steps, start=1):
        minus = "".join(f" {'-' if c > 0 else '+'} {_times(abs(c), us[j])}" for j, c, _ in rows)
        panel.append((f"{us[k]} = {names[k]}{minus} = {vec_code(gs.w[k], 3)}", "YELLOW"))
    panel += [(f"{q} = {vec_code(v, 3)}", "TEAL") for q, v in zip(qs, gs.q)]  # one row each: the panel stays narrow
    w.code(
        "panel = VGroup(" + ", ".join(math_mob(t, 28, c) for t, c in panel) + ")",
        "panel.arrange(DOWN, aligned_edge=LEFT, buff=0.18).to_corner(UL, buff=0.35).shift(DOWN * 0.6)",
        "if panel.width > 5.4:",
        "    panel.scale_to_fit_width(5.4).to_corner(UL, buff=0.35).shift(DOWN * 0.6)",
        "self.add_fixed_in_frame_mobjects(panel)",
        "self.remove(panel)",
    )
    axes_code(ctx, ", ".join(f"{a}_range=[-{fmt(R)}, {fmt(R)}, {fmt(step)}]" for a in "xyz") + ", x_length=6, y_length=6, z_length=6")
    beside_panel(ctx, _START[1], _BESIDE)
    arrow3d_helper(w)
    w.code("O = axes.c2p(0, 0, 0)",
           "def label(tex, point, color):",
           "    m = MathTex(tex, color=color, font_size=32).move_to(point)",
           "    self.add_fixed_orientation_mobjects(m)",
           "    self.remove(m)",
           "    return m",
           "",
           "given = VGroup(" + ", ".join(f"arrow3d(O, axes.c2p(*{v3(g.value)}), {c})" for g, c in zip(gs.given, _GIVEN_COLORS)) + ")",
           "given_labels = VGroup(" + ", ".join(f"label(r\"{n}\", axes.c2p(*({v3(g.value)} * 1.15)), {c})"
                                                for n, g, c in zip(names, gs.given, _GIVEN_COLORS)) + ")")
    w.play("Write(title), Create(axes)", 1.2)
    w.play("Create(given), FadeIn(given_labels), FadeIn(panel[0])", 1.5)
    w.beat(ctx.L("Keep the first", "保留第一个"), ctx.L(f"${us[0]} = {names[0]}$: the first direction is kept as it is.",
                                                     f"${us[0]} = {names[0]}$：第一个方向保持不变。"))
    w.code(f"u0 = arrow3d(O, axes.c2p(*{v3(gs.w[0])}), YELLOW)")
    w.play("TransformFromCopy(given[0], u0), FadeIn(panel[1])", 1.2)
    for k, rows in enumerate(steps, start=1):
        _subtract(ctx, gs, k, rows, names, us)
    w.beat(ctx.L("Divide by the lengths", "单位化"), ctx.L(
        f"Divided by their lengths the ${u_letter}$'s are orthonormal: " + ", ".join(f"${q} = {vec_code(v, 3)}$" for q, v in zip(qs, gs.q)) + ".",
        f"各 ${u_letter}$ 除以自身长度，得到标准正交向量：" + "，".join(f"${q} = {vec_code(v, 3)}$" for q, v in zip(qs, gs.q)) + "。"))
    w.code("units = VGroup(" + ", ".join(f"arrow3d(O, axes.c2p(*{v3(q)}), TEAL)" for q in gs.q) + ")",
           "unit_labels = VGroup(" + ", ".join(f"label(r\"{n}\", axes.c2p(*({v3(q)} * 1.3)), TEAL)" for n, q in zip(qs, gs.q)) + ")")
    w.play("FadeOut(given), FadeOut(given_labels), " + ", ".join(f"ReplacementTransform(u{k}, units[{k}])" for k in range(len(qs)))
           + ", FadeIn(unit_labels), " + ", ".join(f"FadeIn(panel[{-1 - i}])" for i in range(len(qs))), 1.6)
    stated_checked(ctx, gs)
    w.beat(ctx.L("Look around", "换个角度"), ctx.L("Turning the view shows the right angles between them.",
                                                  "转动视角，可以看到它们两两垂直。"))
    w.move_camera(f"phi={_END[0]} * DEGREES, theta={_END[1]} * DEGREES", 2.2)
    w.wait(1.2)


def _subtract(ctx: Ctx, gs, k: int, rows, names, us) -> None:
    """Step k: the projections of vector k on the earlier u's, tip to tail (their sum lies in the span of
    those u's), the drop from the vector's tip to that sum, and what is left moved to the origin as u_k."""
    w = ctx.w
    v = gs.given[k].value
    if not rows:  # perpendicular to every earlier u already: nothing to subtract
        on = " and ".join(f"${us[j]}$" for j in range(k)), "、".join(f"${us[j]}$" for j in range(k))
        w.beat(ctx.L(f"${names[k]}$ is already perpendicular", f"${names[k]}$ 已经垂直"), ctx.L(
            f"${names[k]}$ is perpendicular to {on[0]} already: its projections are 0, so ${us[k]} = {names[k]}$.",
            f"${names[k]}$ 已与 {on[1]} 垂直：投影为 0，所以 ${us[k]} = {names[k]}$。"))
        w.code(f"u{k} = arrow3d(O, axes.c2p(*{v3(gs.w[k])}), YELLOW)")
        w.play(f"TransformFromCopy(given[{k}], u{k}), FadeIn(panel[{k + 1}])", 1.2)
        return
    foot = tuple(float(x) for x in np.array(v) - np.array(gs.w[k]))
    shadows = " + ".join(_times(c, us[j]) for j, c, _ in rows).replace("+ -", "- ")
    on, zh_on = " and ".join(f"${us[j]}$" for j in range(k)), "、".join(f"${us[j]}$" for j in range(k))
    ctx.w.beat(ctx.L(f"Subtract the projections of ${names[k]}$", f"减去 ${names[k]}$ 的投影"), ctx.L(
        (f"The projection of ${names[k]}$ on {on} is" if k == 1 else f"The projections of ${names[k]}$ on {on} add up to")
        + f" its shadow ${shadows} = {vec_code(foot, 3)}$; what is left, ${us[k]} = {vec_code(gs.w[k], 3)}$, is perpendicular to {on}.",
        f"${names[k]}$ 在 {zh_on} 上的投影{'' if k == 1 else '之和'}是 ${shadows} = {vec_code(foot, 3)}$；"
        f"剩下的 ${us[k]} = {vec_code(gs.w[k], 3)}$ 与 {zh_on}{'' if k == 1 else '都'}垂直。"))
    parts, tail = [], np.zeros(3)
    for j, _, p in rows:
        parts.append(f"arrow3d(axes.c2p(*{v3(tail)}), axes.c2p(*{v3(tail + np.array(p))}), ORANGE)")
        tail = tail + np.array(p)
    if k >= 2:  # the plane of the earlier u's, which the remainder stands perpendicular to
        plane_patch(w, f"span{k}", (0.0, 0.0, 0.0), tuple(np.cross(gs.w[0], gs.w[1])), 0.9 * max(1.0, float(np.linalg.norm(foot))))
    w.code(f"shadow{k} = VGroup({', '.join(parts)})",
           f"drop{k} = DashedLine(axes.c2p(*{v3(v)}), axes.c2p(*{v3(foot)}), color=GREY_A)",
           f"rest{k} = arrow3d(axes.c2p(*{v3(foot)}), axes.c2p(*{v3(v)}), RED)",
           f"u{k} = arrow3d(O, axes.c2p(*{v3(gs.w[k])}), YELLOW)")
    w.play(("FadeIn(span%d), " % k if k >= 2 else "") + f"Create(shadow{k})", 1.4)
    w.play(f"Create(drop{k}), Create(rest{k})", 1.2)
    w.play(f"ReplacementTransform(rest{k}, u{k}), FadeOut(drop{k}), FadeOut(shadow{k}), FadeIn(panel[{k + 1}])"
           + (f", FadeOut(span{k})" if k >= 2 else ""), 1.4)


@check("gram_schmidt_3d")
def _check(f):
    q = f["q"]
    dots = ", ".join(fmt(float(np.dot(q[i], q[j])), 3) for i in range(len(q)) for j in range(i + 1, len(q)))
    return ("Why is the last vector perpendicular to every earlier one, and what are the dot products of the q's?",
            "为什么最后一个向量与前面每一个都垂直？各 q 两两的点积是多少？",
            f"Its projections on each earlier direction were subtracted, so nothing along them is left; the dot products are {dots}.",
            f"它在前面每个方向上的投影都已减去，沿这些方向不再有分量；点积依次为 {dots}。")
