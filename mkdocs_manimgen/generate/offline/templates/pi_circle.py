"""pi_circle: a circle of diameter 1 rolls one turn; the distance it covers is pi."""

from __future__ import annotations

import re

from ..notes import check
from .common import Ctx, formula_corner


def build(ctx: Ctx) -> None:
    w = ctx.w
    w.beat(ctx.title, ctx.L("Take a circle whose diameter is 1.", "取一个直径为 1 的圆。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 60 else r"C = \pi d")
    w.code(
        "line = NumberLine(x_range=[0, 4, 1], length=11, include_numbers=True, font_size=30, color=GREY_B)",
        "line.to_edge(DOWN, buff=2.0)",
        "unit = line.get_unit_size()",
        "r = unit / 2  # diameter = 1 unit of the number line",
        "s = ValueTracker(0)  # distance rolled, in units",
        "",
        "def wheel():",
        "    centre = line.n2p(s.get_value()) + UP * r",
        "    angle = -s.get_value() / 0.5  # rolled distance / radius (in units)",
        "    rim = Circle(radius=r, color=BLUE, stroke_width=5).move_to(centre)",
        "    spoke = Line(centre, centre + r * np.array([np.sin(angle), -np.cos(angle), 0]), color=YELLOW)",
        "    mark = Dot(spoke.get_end(), color=YELLOW)",
        "    return VGroup(rim, spoke, mark)",
        "",
        "circle = always_redraw(wheel)",
        "unrolled = always_redraw(lambda: Line(line.n2p(0), line.n2p(s.get_value()) + UP * 0.001, color=YELLOW, stroke_width=8))",
        "diameter = Line(line.n2p(0), line.n2p(0) + UP * 2 * r, color=GREEN).next_to(line.n2p(0), LEFT, buff=0.35).align_to(line, DOWN).shift(UP * 0.0 + UP * (line.n2p(0)[1] - line.get_bottom()[1]))",
        f"d_label = {_label(ctx)}.next_to(diameter, LEFT, buff=0.1)",
    )
    w.play("Write(title), FadeIn(formula)", 1.2)
    w.play("Create(line), FadeIn(circle), Create(diameter), Write(d_label)", 1.2)
    w.beat(ctx.L("Roll it one turn", "滚动一圈"), ctx.L("The yellow mark starts on the ground; we roll the circle until it touches the ground again.",
                                                      "黄色标记从地面出发，滚动圆直到它再次接触地面。"))
    w.code("self.add(unrolled)")
    w.play("s.animate.set_value(PI)", 4, "rate_func=linear")
    w.beat(ctx.L("The circumference is π", "周长就是 π"), ctx.L("The unrolled rim is a bit more than 3 diameters long: $\\pi \\approx 3.14159$.",
                                                           "展开的周长比 3 个直径略长：$\\pi \\approx 3.14159$。"))
    w.code(
        "brace = BraceBetweenPoints(line.n2p(0), line.n2p(PI), DOWN, color=YELLOW).shift(DOWN * 0.45)",
        "pi_label = MathTex(r\"\\pi \\approx 3.14159\", font_size=44, color=YELLOW).next_to(brace, DOWN, buff=0.1)",
    )
    w.play("GrowFromCenter(brace), Write(pi_label)", 1.2)
    w.wait(1.5)


def _label(ctx: Ctx) -> str:
    return 'MathTex("d = 1", font_size=30, color=GREEN)'


@check("pi_circle")
def _check(f):
    return ("A bicycle wheel has diameter 0.7 m. How far does the bike move in one turn of the wheel?",
            "自行车轮直径 0.7 米。车轮转一圈，自行车前进多远？",
            "One circumference: $C = \\pi d = 0.7\\pi \\approx 2.20$ m.",
            "一个周长：$C = \\pi d = 0.7\\pi \\approx 2.20$ 米。")


# -- recognition (see families.py)
PRIORITY = 90
KEYWORDS = (r"圆周率", r"circumference", r"圆的周长", r"周长", r"\bpi\b", r"π")
TEX_PATTERNS = (r"C\s*=\s*\\pi\s*d", r"C\s*=\s*2\s*\\pi\s*r")


def needs(info) -> bool:
    """A circle in the prose, and formulas (if any) only about C, d, r and pi."""
    if not re.search(r"圆|circle|circumference|diameter|直径", info.prose, re.I):
        return any(re.search(p, " ".join(info.blocks)) for p in TEX_PATTERNS)

    def about_circle(tex: str) -> bool:
        rest = re.sub(r"\\(pi|approx|frac|tfrac|cdot|ldots|dots)|[\s{}()=\d.,^]", "", tex)
        return "\\pi" in tex and set(rest) <= set("CdrDLl")

    return all(about_circle(b) for b in info.blocks)
