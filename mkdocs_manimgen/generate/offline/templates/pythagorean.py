"""pythagorean: squares on the three sides of a right triangle (the author's legs, else 3-4-5),
counted out in unit cells."""

from __future__ import annotations

import math
import re

from ..families import states_only
from ..latex import fmt
from ..notes import check
from .common import Ctx, given_values


def _authors_legs(info) -> tuple[float, float] | None:
    """The legs the block gives: a = 5, b = 12, or a true triple written out (3^2 + 4^2 = 5^2)."""
    given = given_values(info, ("a", "b"))
    if "a" in given and "b" in given:
        return given["a"], given["b"]
    for block in info.blocks:
        m = _TRIPLE.search(block)
        if m and int(m[1]) ** 2 + int(m[2]) ** 2 == int(m[3]) ** 2:
            return float(m[1]), float(m[2])
    return None


_TRIPLE = re.compile(r"(\d+)\s*\^\s*\{?2\}?\s*\+\s*(\d+)\s*\^\s*\{?2\}?\s*=\s*(\d+)\s*\^\s*\{?2\}?")


def _legs(ctx: Ctx) -> tuple[int, int]:
    """Whole-number legs the author gives, when their squares can be counted and drawn side by
    side legibly; else 3 and 4."""
    a, b = _authors_legs(ctx.info) or (0, 0)
    if a and b and a == int(a) and b == int(b) and 1 <= min(a, b) and max(a, b) <= 12 and max(a, b) <= 4 * min(a, b):
        return int(a), int(b)
    return 3, 4


def build(ctx: Ctx) -> None:
    w = ctx.w
    a, b = _legs(ctx)
    w.example = (a, b) != (_authors_legs(ctx.info) or (None, None))
    c2 = a * a + b * b
    c = math.isqrt(c2)
    whole = c * c == c2  # a Pythagorean triple: the hypotenuse's square has whole cells too
    ctx.facts.update(a=a, b=b)
    # The figure spans 2a + b units across and a + 2b up (squares on both legs and on c).
    u = round(min(5.5 / (2 * a + b), 6.05 / (a + 2 * b)), 4)
    w.beat(ctx.title, ctx.L(f"A right triangle with legs {a} and {b}.", f"一个直角边为 {a} 和 {b} 的直角三角形。"))
    w.title(ctx.title)
    c_note = f"hypotenuse c = {c}" if whole else f"hypotenuse c = sqrt({c2}): no whole grid"
    w.code(
        f"u = {fmt(u, 4)}  # length of one unit on screen",
        f"A, B, C = ORIGIN, RIGHT * {b} * u, UP * {a} * u  # right angle at A",
        "triangle = Polygon(A, B, C, color=WHITE, stroke_width=5)",
        "",
        "def square_on(p, q, color, grid=True):",
        "    # the square built outward on side pq, with a grid of unit cells",
        "    d = q - p",
        "    n = np.array([d[1], -d[0], 0])",
        "    sq = Polygon(p, q, q + n, p + n, color=color, fill_color=color, fill_opacity=0.35)",
        "    k = int(round(np.linalg.norm(d) / u)) if grid else 1",
        "    cells = VGroup(*[Line(p + d * i / k, p + d * i / k + n, stroke_width=1, color=color) for i in range(1, k)],",
        "                   *[Line(p + n * i / k, p + n * i / k + d, stroke_width=1, color=color) for i in range(1, k)])",
        "    return VGroup(sq, cells)",
        "",
        f"sq_a = square_on(C, A, BLUE)    # leg a = {a}",
        f"sq_b = square_on(A, B, GREEN)   # leg b = {b}",
        f"sq_c = square_on(B, C, YELLOW{'' if whole else ', grid=False'})  # {c_note}",
        "figure = VGroup(triangle, sq_a, sq_b, sq_c).move_to(LEFT * 2.8 + DOWN * 0.45)",
        "labels = VGroup(",
        '    MathTex("a^2", font_size=40).move_to(sq_a[0]),',
        '    MathTex("b^2", font_size=40).move_to(sq_b[0]),',
        '    MathTex("c^2", font_size=40).move_to(sq_c[0]),',
        ")",
    )
    w.play("Write(title)", 1)
    w.play("Create(triangle)", 1.2)
    w.beat(ctx.L("Squares on the legs", "直角边上的正方形"),
           ctx.L(f"The squares on the legs hold ${a}^2 = {a * a}$ and ${b}^2 = {b * b}$ unit cells.",
                 f"两条直角边上的正方形分别有 ${a}^2 = {a * a}$ 和 ${b}^2 = {b * b}$ 个小格。"))
    w.play("DrawBorderThenFill(sq_a), DrawBorderThenFill(sq_b), FadeIn(labels[0], labels[1])", 1.6)
    if whole:
        w.beat(ctx.L("Square on the hypotenuse", "斜边上的正方形"),
               ctx.L(f"The square on the hypotenuse holds ${c}^2 = {c2}$ cells.", f"斜边上的正方形有 ${c}^2 = {c2}$ 个小格。"))
    else:
        w.beat(ctx.L("Square on the hypotenuse", "斜边上的正方形"),
               ctx.L(f"The square on the hypotenuse has area $c^2 = {c2}$: here $c = \\sqrt{{{c2}}}$, not a whole number of units.",
                     f"斜边上的正方形面积为 $c^2 = {c2}$：这里 $c = \\sqrt{{{c2}}}$，不是整数个单位。"))
    w.play("DrawBorderThenFill(sq_c), FadeIn(labels[2])", 1.6)
    w.beat(ctx.L("The areas add up", "面积相加"),
           ctx.L(f"${a * a} + {b * b} = {c2}$: the two small squares together equal the big one, $a^2 + b^2 = c^2$.",
                 f"${a * a} + {b * b} = {c2}$：两个小正方形的面积之和等于大正方形，即 $a^2 + b^2 = c^2$。"))
    w.code(
        "sums = VGroup(",
        f"    {_formula(ctx)},",
        f'    MathTex("{a * a}", "+", "{b * b}", "=", "{c2}", font_size=54),',
        ").arrange(DOWN, buff=0.5).move_to(RIGHT * 3.6 + DOWN * 0.3)",
        "sums[1][0].set_color(BLUE)",
        "sums[1][2].set_color(GREEN)",
        "sums[1][4].set_color(YELLOW)",
    )
    w.play("Write(sums[0])", 1.2)
    w.play("TransformFromCopy(sq_a, sums[1][0]), TransformFromCopy(sq_b, sums[1][2]), TransformFromCopy(sq_c, sums[1][4]), FadeIn(sums[1][1], sums[1][3])", 1.8)
    w.play("Circumscribe(sums, color=YELLOW)", 1.2)
    w.wait(1)


def _formula(ctx: Ctx) -> str:
    from .common import math_mob
    from ..latex import single_line

    own = single_line(ctx.formula) if ctx.formula and len(ctx.formula) < 40 else ""
    tex = own if "^2" in own and "=" in own else "a^2 + b^2 = c^2"  # the theorem, not a given like a = 1
    return math_mob(tex, 54)


@check("pythagorean")
def _check(f):
    """A different triple from the one on screen."""
    a, b = (8, 15) if (f.get("a"), f.get("b")) in ((5, 12), (12, 5)) else (5, 12)
    c2 = a * a + b * b
    return (f"A right triangle has legs {a} and {b}. How long is the hypotenuse?",
            f"直角三角形两条直角边为 {a} 和 {b}，斜边多长？",
            f"$c = \\sqrt{{{a}^2 + {b}^2}} = \\sqrt{{{c2}}} = {math.isqrt(c2)}$.",
            f"$c = \\sqrt{{{a}^2 + {b}^2}} = \\sqrt{{{c2}}} = {math.isqrt(c2)}$。")


# -- recognition (see families.py)
PRIORITY = 80
KEYWORDS = (r"勾股", r"毕达哥拉斯", r"pythagor")
TEX_PATTERNS = (r"a\^2\s*\+\s*b\^2\s*=\s*c\^2",)


def needs(info) -> bool:
    """A right triangle's legs (a = 5, b = 12, or a true triple 5^2 + 12^2 = 13^2), or none at all:
    only the theorem (3-4-5, for instance). A false "triple" (2^2 + 3^2 = 4^2) is not drawn."""
    if _authors_legs(info) is not None:
        return True
    return states_only(info, r"a\^2\+b\^2=c\^2", r"c\^2=a\^2\+b\^2", r"c=\\sqrt\{a\^2\+b\^2\}",
                       r"^[abc]=\d+(\.\d+)?$", r"^[abc]$")
