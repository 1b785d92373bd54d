"""circle_area: a disc of the author's radius cut into sectors and laid out head to tail as an
(almost) parallelogram of width pi r and height r, so its area is pi r^2.
"""

from __future__ import annotations

import math
import re

from ..families import no_formula
from ..given import assigned
from ..notes import check
from .common import Ctx, fmt, formula_corner

TITLE = ("The Area of a Circle", "圆的面积")
WHAT = ("Cut a disc of radius $r$ into thin sectors and lay them head to tail: they form (nearly) a parallelogram whose base "
        "is half the circumference, $\\pi r$, and whose height is $r$, so the area is $\\pi r \\cdot r = \\pi r^2$.",
        "把半径为 $r$ 的圆切成许多细小的扇形，交错拼在一起，近似得到一个平行四边形：底是半个周长 $\\pi r$，高是 $r$，"
        "所以面积是 $\\pi r \\cdot r = \\pi r^2$。")
PRIORITY = 88
KEYWORDS = (r"area\s+of\s+a\s+circle", r"circle'?s\s+area", r"area\s+of\s+the\s+(circle|disc|disk)", r"圆的面积", r"圆面积",
            r"\bsectors?\b.*\brearrang", r"扇形.*拼")
TEX_PATTERNS = (r"A\s*=\s*\\pi\s*r\^2", r"S\s*=\s*\\pi\s*r\^2")
N = 16  # sectors


def needs(info):
    """The author's radius r (or d), or only the law A = pi r^2 (r = 2 shown)."""
    given = assigned(info, ("r", "R", "d"))
    if "d" in given and not given.get("r"):
        given["r"] = given["d"] / 2
    r = given.get("r", given.get("R"))
    if r is not None:
        return r if 0 < r <= 1000 else None
    tex = " ".join(info.blocks)
    if no_formula(info) or re.fullmatch(r"[^0-9]*2[^0-9]*", tex) and re.search(r"\\pi\s*r\^2", tex):
        return 2.0
    return None


def build(ctx: Ctx) -> None:
    w = ctx.w
    r = needs(ctx.info) or 2.0
    area = math.pi * r * r
    ctx.facts.update(r=r, area=area)
    R = fmt(r, 3)
    example = not assigned(ctx.info, ("r", "R", "d"))
    lead = ctx.L("For instance, a", "例如，") if example else ctx.L("A", "")
    w.beat(ctx.title, ctx.L(f"{lead} disc of radius $r = {R}$, cut into {N} equal sectors.", f"{lead}半径 $r = {R}$ 的圆，切成 {N} 个相等的扇形。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 60 and "pi" in ctx.formula else r"A = \pi r^2")
    w.code(
        f"N, rho = {N}, 1.55  # sectors; radius on screen",
        "O = LEFT * 4.1 + DOWN * 0.7",
        "colors = [BLUE_D, TEAL_D]",
        "sectors = VGroup(*[Sector(radius=rho, angle=TAU / N, start_angle=k * TAU / N, arc_center=O,",
        "                          fill_color=colors[k % 2], fill_opacity=0.9, stroke_color=WHITE, stroke_width=1)",
        "                   for k in range(N)])",
        f'r_label = MathTex("r = {R}", font_size=32).next_to(O + RIGHT * rho / 2, DOWN, buff=0.1)',
        "radius = Line(O, O + RIGHT * rho, color=YELLOW)",
        "width = 2 * rho * np.sin(PI / N)  # chord of one sector",
        "base = np.array([-2.2, -2.4, 0])  # left end of the row",
        "",
        "def laid(k):",
        "    # even sectors point up from the bottom row, odd ones down from the top: head to tail",
        "    mid = (k + 0.5) * TAU / N",
        "    up = k % 2 == 0",
        "    turn = (PI / 2 if up else -PI / 2) - mid",
        "    apex = base + RIGHT * width * (k // 2 + (0 if up else 0.5)) + (ORIGIN if up else UP * rho * np.cos(PI / N))",
        "    target = sectors[k].copy().rotate(turn, about_point=O).shift(apex - O)",
        "    return target",
        "",
        "targets = [laid(k) for k in range(N)]",
        f'bottom = MathTex(r"\\pi r = {fmt(math.pi * r, 3)}", font_size=32).next_to(VGroup(*targets), DOWN, buff=0.2)',
        f'height = MathTex(r"r = {R}", font_size=32).next_to(VGroup(*targets), LEFT, buff=0.2)',
        f'result = MathTex(r"A = \\pi r \\cdot r = \\pi \\cdot {R}^2 \\approx {fmt(area, 3)}", font_size=38, color=YELLOW)',
        "result.next_to(VGroup(*targets), UP, buff=0.6)",
    )
    w.play("Write(title), FadeIn(formula), FadeIn(sectors), Create(radius), FadeIn(r_label)", 1.4)
    w.beat(ctx.L("Lay the sectors head to tail", "扇形交错拼接"),
           ctx.L("Turn every other sector upside down and set them side by side.", "把扇形一正一倒交错排成一行。"))
    w.play("LaggedStart(*[Transform(sectors[k], targets[k]) for k in range(N)], lag_ratio=0.08), FadeOut(radius), FadeOut(r_label)", 3)
    w.beat(ctx.L("Almost a parallelogram", "近似平行四边形"),
           ctx.L(f"Its base is half the circumference, $\\pi r = {fmt(math.pi * r, 3)}$, and its height is $r = {R}$.",
                 f"它的底是半个周长 $\\pi r = {fmt(math.pi * r, 3)}$，高是 $r = {R}$。"))
    w.play("FadeIn(bottom), FadeIn(height)", 1.2)
    w.beat(ctx.L("The area", "面积"),
           ctx.L(f"So the area is $\\pi r \\cdot r = \\pi r^2 \\approx {fmt(area, 3)}$; thinner sectors make the shape an exact rectangle.",
                 f"所以面积为 $\\pi r \\cdot r = \\pi r^2 \\approx {fmt(area, 3)}$；扇形越细，拼出的图形越接近长方形。"))
    w.play("Write(result)", 1.4)
    w.wait(1.2)


@check("circle_area")
def _check(f):
    r = f["r"]
    return (f"If the radius doubles to ${fmt(2 * r, 3)}$, what happens to the area?", f"半径加倍为 ${fmt(2 * r, 3)}$ 时，面积如何变化？",
            f"It is multiplied by 4: $\\pi \\cdot {fmt(2 * r, 3)}^2 \\approx {fmt(4 * f['area'], 3)}$ (both the base $\\pi r$ and the height $r$ double).",
            f"变为 4 倍：$\\pi \\cdot {fmt(2 * r, 3)}^2 \\approx {fmt(4 * f['area'], 3)}$（底 $\\pi r$ 和高 $r$ 都加倍）。")
