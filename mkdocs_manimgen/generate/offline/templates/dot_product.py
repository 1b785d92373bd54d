"""dot_product: the author's u and v, the angle between them, and v projected onto u.

u . v is computed twice on screen, from the components and as |u| |v| cos(theta), and the
projection (u . v / |u|^2) u is drawn where the perpendicular from v's tip meets u's line.
"""

from __future__ import annotations

import math
import re

from ..families import no_formula
from ..given import vector_names, vectors
from ..linalg import PROJECTION, read_projection
from ..notes import check
from ..parts.vectors import away, fit, right_angle
from .common import Ctx, fmt, formula_corner

TITLE = ("The Dot Product and Projection", "点积与投影")
WHAT = ("The dot product $\\mathbf u\\cdot\\mathbf v = u_1v_1 + u_2v_2 = |\\mathbf u||\\mathbf v|\\cos\\theta$ measures how much "
        "two vectors point the same way; divided by $|\\mathbf u|$ it is the signed length of $\\mathbf v$'s shadow on "
        "$\\mathbf u$, and the projection is $\\operatorname{proj}_{\\mathbf u}\\mathbf v = \\frac{\\mathbf u\\cdot\\mathbf v}{|\\mathbf u|^2}\\mathbf u$.",
        "点积 $\\mathbf u\\cdot\\mathbf v = u_1v_1 + u_2v_2 = |\\mathbf u||\\mathbf v|\\cos\\theta$ 衡量两个向量方向的一致程度；"
        "除以 $|\\mathbf u|$ 就是 $\\mathbf v$ 在 $\\mathbf u$ 上投影的有向长度，投影向量为 "
        "$\\operatorname{proj}_{\\mathbf u}\\mathbf v = \\frac{\\mathbf u\\cdot\\mathbf v}{|\\mathbf u|^2}\\mathbf u$。")
PRIORITY = 175
KEYWORDS = (r"dot\s+product", r"scalar\s+product", r"inner\s+product", r"点积", r"数量积", r"内积", r"点乘",
            r"angle\s+between\s+(two\s+)?vectors", r"向量的夹角", PROJECTION)
TEX_PATTERNS = (r"\\(?:operatorname|text|mathrm)\s*\{\s*proj\s*\}",)
EXAMPLE = ((3.0, 1.0), (1.0, 2.0))


def title_for(info):
    """A block that asks for a projection is titled by it."""
    return ("Projection onto a Line", "向量的投影") if read_projection(info) else None


def needs(info):
    """(u, v): v is projected onto u. When the block asks for a projection, the vector it projects and the one
    it projects onto, read by name (:func:`linalg.read_projection`; a stated wrong p is refused); else its first
    two plane vectors, or no formula at all."""
    if no_formula(info):
        return EXAMPLE
    projection = read_projection(info)
    if projection is not None:
        return projection.a.value, projection.b.value
    if re.search(PROJECTION, info.concept, re.I):
        return None  # which vector goes onto which is not read: no guess
    found = [v for v in vectors(info, 2) if any(v)]
    return (found[0], found[1]) if len(found) >= 2 else None


def build(ctx: Ctx) -> None:
    w = ctx.w
    u, v = needs(ctx.info) or EXAMPLE
    dot = u[0] * v[0] + u[1] * v[1]
    nu, nv = math.hypot(*u), math.hypot(*v)
    theta = math.degrees(math.acos(max(-1.0, min(1.0, dot / (nu * nv)))))
    k = dot / (nu * nu)
    proj = (k * u[0], k * u[1])
    s, ox, oy = fit([u, v, proj])
    projection = read_projection(ctx.info)
    a, b = (projection.a.tex, projection.b.tex) if projection else vector_names(ctx.info, (r"\mathbf u", r"\mathbf v"))
    ctx.facts.update(u=u, v=v, dot=dot, theta=theta, proj=proj, names=(a, b))
    U, V = f"({fmt(u[0])}, {fmt(u[1])})", f"({fmt(v[0])}, {fmt(v[1])})"
    lead = ctx.L("For instance, ", "例如，") if not ctx.info.blocks else ""
    w.beat(ctx.title, ctx.L(f"{lead}${a} = {U}$ and ${b} = {V}$.", f"{lead}${a} = {U}$，${b} = {V}$。"))
    w.title(ctx.title)
    w.code("title.add_background_rectangle(opacity=0.85, buff=0.1)")
    own = ctx.formula if ctx.formula and "\\cdot" in ctx.formula and len(ctx.formula) < 80 else None
    if projection is not None:  # the projection's law, in the author's names
        own = f"p = \\frac{{{a}\\cdot {b}}}{{{a}\\cdot {a}}}\\,{a}"
    formula_corner(ctx, own or r"\mathbf u \cdot \mathbf v = |\mathbf u|\,|\mathbf v|\cos\theta")
    w.code(
        f"s = {fmt(s, 4)}  # screen units per unit, so that both vectors and the projection fit",
        f"origin = np.array([{fmt(ox, 3)}, {fmt(oy, 3)}, 0])",
        "plane = NumberPlane(x_range=[-12, 12, 1], y_range=[-8, 8, 1], background_line_style={\"stroke_opacity\": 0.3}).scale(s).shift(origin)",
        "def at(x, y):",
        "    return origin + s * np.array([x, y, 0])",
        f"u, v, proj = ({fmt(u[0])}, {fmt(u[1])}), ({fmt(v[0])}, {fmt(v[1])}), ({fmt(proj[0], 4)}, {fmt(proj[1], 4)})",
        "arrow_u = Arrow(at(0, 0), at(*u), buff=0, color=BLUE)",
        "arrow_v = Arrow(at(0, 0), at(*v), buff=0, color=GREEN)",
        f'label_u = MathTex(r"{a}", color=BLUE, font_size=38).next_to(at(*u), {away(u)}, buff=0.12)',
        f'label_v = MathTex(r"{b}", color=GREEN, font_size=38).next_to(at(*v), {away(v)}, buff=0.12)',
        f"angle = Angle(Line(at(0, 0), at(*u)), Line(at(0, 0), at(*v)), radius=0.55, other_angle={_other(u, v)}, color=WHITE)",
        f'theta = MathTex(r"\\theta = {fmt(theta, 1)}^\\circ", font_size=30).next_to(angle, {away(((u[0] / nu + v[0] / nv), (u[1] / nu + v[1] / nv)))}, buff=0.1)',
        f"line_u = DashedLine(at(*(-{fmt(0.8 / (s * nu), 4)} * np.array(u))), at(*({fmt(max(1.0, k) + 0.8 / (s * nu), 4)} * np.array(u))), color=BLUE_E, stroke_width=2)",
        "drop = DashedLine(at(*v), at(*proj), color=GREY_A)",
        "shadow = Arrow(at(0, 0), at(*proj), buff=0, color=YELLOW, stroke_width=5, max_tip_length_to_length_ratio=0.15)" if abs(k) * nu * s > 0.3 else
        "shadow = Dot(at(*proj), color=YELLOW)",
        'panel = VGroup(',
        f'    MathTex(r"{a}\\cdot {b} = {fmt(u[0])}\\cdot{_p(v[0])} + {_p(u[1])}\\cdot{_p(v[1])} = {fmt(dot, 4)}", font_size=34),',
        f'    MathTex(r"|{a}|\\,|{b}|\\cos\\theta = {fmt(nu, 3)}\\cdot{fmt(nv, 3)}\\cdot\\cos {fmt(theta, 1)}^\\circ", font_size=34),',
        f'    MathTex(r"p = \\operatorname{{proj}}_{{{a}}}{b} = \\frac{{{fmt(dot, 4)}}}{{{fmt(nu * nu, 4)}}}\\,{a} = ({fmt(proj[0], 3)}, {fmt(proj[1], 3)})", font_size=34, color=YELLOW),',
        ").arrange(DOWN, aligned_edge=LEFT, buff=0.35)",
        "panel.scale_to_fit_width(min(panel.width, 6.2)).to_edge(RIGHT, buff=0.35).shift(DOWN * 0.2)",
        "for row in panel:",
        "    row.add_background_rectangle(opacity=0.85, buff=0.06)",
    )
    w.play("Write(title), FadeIn(formula), Create(plane)", 1.2)
    w.play("GrowArrow(arrow_u), GrowArrow(arrow_v), FadeIn(label_u), FadeIn(label_v)", 1.4)
    w.beat(ctx.L("Multiply and add", "对应相乘再相加"),
           ctx.L(f"Component by component: ${a}\\cdot {b} = {fmt(dot, 4)}$.",
                 f"按分量计算：${a}\\cdot {b} = {fmt(dot, 4)}$。"))
    w.play("Write(panel[0])", 1.4)
    w.beat(ctx.L("The angle between them", "两个向量的夹角"),
           ctx.L(f"The same number is $|{a}||{b}|\\cos\\theta$ with $\\theta = {fmt(theta, 1)}^\\circ$"
                 + (": they are perpendicular." if abs(dot) < 1e-9 else "."),
                 f"同一个数也等于 $|{a}||{b}|\\cos\\theta$，其中 $\\theta = {fmt(theta, 1)}^\\circ$"
                 + ("：两者垂直。" if abs(dot) < 1e-9 else "。")))
    w.play("Create(angle), FadeIn(theta), Write(panel[1])", 1.4)
    w.beat(ctx.L(f"The shadow of ${b}$ on ${a}$", f"${b}$ 在 ${a}$ 上的投影"),
           ctx.L(f"Drop a perpendicular from the tip of ${b}$: its foot is the projection $({fmt(proj[0], 3)}, {fmt(proj[1], 3)})$, "
                 f"of signed length ${a}\\cdot {b} / |{a}| = {fmt(dot / nu, 3)}$.",
                 f"从 ${b}$ 的终点向 ${a}$ 所在直线作垂线，垂足就是投影 $({fmt(proj[0], 3)}, {fmt(proj[1], 3)})$，"
                 f"有向长度为 ${a}\\cdot {b} / |{a}| = {fmt(dot / nu, 3)}$。"))
    w.play("Create(line_u), Create(drop)", 1.2)
    w.play("GrowFromPoint(shadow, at(0, 0)), Write(panel[2])", 1.4)
    _error(ctx, u, v, proj, projection is not None and projection.stated)
    w.wait(1.4)


def _error(ctx: Ctx, u, v, proj, stated: bool) -> None:
    """The error e = v - proj from the foot to v's tip, perpendicular to u (a right-angle mark at the foot)."""
    w = ctx.w
    e = (v[0] - proj[0], v[1] - proj[1])
    if math.hypot(*e) < 1e-9 or math.hypot(*proj) < 1e-9:
        return  # v on u's line, or perpendicular to it: no right angle to show
    a, b = ctx.facts["names"]
    w.beat(ctx.L("The error is perpendicular", "误差向量与之垂直"),
           ctx.L(f"The error $e = {b} - p = ({fmt(e[0], 3)}, {fmt(e[1], 3)})$ is perpendicular to ${a}$: "
                 f"${a}\\cdot e = 0$" + (", which confirms the stated $p$." if stated else "."),
                 f"误差 $e = {b} - p = ({fmt(e[0], 3)}, {fmt(e[1], 3)})$ 与 ${a}$ 垂直：${a}\\cdot e = 0$"
                 + ("，这验证了题中给出的 $p$。" if stated else "。")))
    right_angle(w, "corner", proj, (-u[0] if proj[0] * u[0] + proj[1] * u[1] > 0 else u[0],
                                    -u[1] if proj[0] * u[0] + proj[1] * u[1] > 0 else u[1]), e)
    w.code(f"error = Arrow(at(*proj), at(*v), buff=0, color=RED, stroke_width=5, max_tip_length_to_length_ratio=0.2)",
           f'error_label = MathTex(r"e = {b} - p", color=RED, font_size=30).next_to(error.get_center(), {"LEFT" if e[0] <= 0 else "RIGHT"}, buff=0.15)',
           "error_label.add_background_rectangle(opacity=0.8, buff=0.04)")
    w.play("FadeOut(drop), GrowArrow(error), FadeIn(error_label), Create(corner)", 1.4)


def _p(x: float) -> str:
    return f"({fmt(x)})" if x < 0 else fmt(x)


def _other(u, v) -> str:
    """Angle() measures counter-clockwise from the first line: take the other side when v is clockwise of u."""
    return "True" if u[0] * v[1] - u[1] * v[0] < 0 else "False"


@check("dot_product")
def _check(f):
    u, v = f["u"], f["v"]
    w = (-u[1], u[0])
    return (f"Which vector $(a, b)$ perpendicular to $\\mathbf u = ({fmt(u[0])}, {fmt(u[1])})$ has the same length, and what is its dot product with $\\mathbf u$?",
            f"与 $\\mathbf u = ({fmt(u[0])}, {fmt(u[1])})$ 垂直且等长的向量是什么？它与 $\\mathbf u$ 的点积是多少？",
            f"$({fmt(w[0])}, {fmt(w[1])})$ (or its negative): the dot product is $0$, because $\\cos 90^\\circ = 0$ and its shadow on $\\mathbf u$ is a point.",
            f"$({fmt(w[0])}, {fmt(w[1])})$（或其相反向量）：点积为 $0$，因为 $\\cos 90^\\circ = 0$，它在 $\\mathbf u$ 上的投影只是一个点。")
