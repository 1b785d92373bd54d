"""pythagorean: squares on the three sides of a 3-4-5 triangle, counted out in unit cells."""

from __future__ import annotations

from ..notes import check
from .common import Ctx


def build(ctx: Ctx) -> None:
    w = ctx.w
    w.beat(ctx.title, ctx.L("A right triangle with legs 3 and 4.", "一个直角边为 3 和 4 的直角三角形。"))
    w.title(ctx.title)
    w.code(
        "u = 0.55  # length of one unit on screen",
        "A, B, C = ORIGIN, RIGHT * 4 * u, UP * 3 * u  # right angle at A",
        "triangle = Polygon(A, B, C, color=WHITE, stroke_width=5)",
        "",
        "def square_on(p, q, color):",
        "    # the square built outward on side pq, with a grid of unit cells",
        "    d = q - p",
        "    n = np.array([d[1], -d[0], 0])",
        "    sq = Polygon(p, q, q + n, p + n, color=color, fill_color=color, fill_opacity=0.35)",
        "    k = int(round(np.linalg.norm(d) / u))",
        "    cells = VGroup(*[Line(p + d * i / k, p + d * i / k + n, stroke_width=1, color=color) for i in range(1, k)],",
        "                   *[Line(p + n * i / k, p + n * i / k + d, stroke_width=1, color=color) for i in range(1, k)])",
        "    return VGroup(sq, cells)",
        "",
        "sq_a = square_on(C, A, BLUE)    # leg a = 3",
        "sq_b = square_on(A, B, GREEN)   # leg b = 4",
        "sq_c = square_on(B, C, YELLOW)  # hypotenuse c = 5",
        "figure = VGroup(triangle, sq_a, sq_b, sq_c).move_to(LEFT * 2.8 + DOWN * 0.45)",
        "labels = VGroup(",
        '    MathTex("a^2", font_size=40).move_to(sq_a[0]),',
        '    MathTex("b^2", font_size=40).move_to(sq_b[0]),',
        '    MathTex("c^2", font_size=40).move_to(sq_c[0]),',
        ")",
    )
    w.play("Write(title)", 1)
    w.play("Create(triangle)", 1.2)
    w.beat(ctx.L("Squares on the legs", "直角边上的正方形"), ctx.L("The squares on the legs hold $3^2 = 9$ and $4^2 = 16$ unit cells.",
                                                               "两条直角边上的正方形分别有 $3^2 = 9$ 和 $4^2 = 16$ 个小格。"))
    w.play("DrawBorderThenFill(sq_a), DrawBorderThenFill(sq_b), FadeIn(labels[0], labels[1])", 1.6)
    w.beat(ctx.L("Square on the hypotenuse", "斜边上的正方形"), ctx.L("The square on the hypotenuse holds $5^2 = 25$ cells.",
                                                                    "斜边上的正方形有 $5^2 = 25$ 个小格。"))
    w.play("DrawBorderThenFill(sq_c), FadeIn(labels[2])", 1.6)
    w.beat(ctx.L("The areas add up", "面积相加"), ctx.L("$9 + 16 = 25$: the two small squares together equal the big one, $a^2 + b^2 = c^2$.",
                                                     "$9 + 16 = 25$：两个小正方形的面积之和等于大正方形，即 $a^2 + b^2 = c^2$。"))
    w.code(
        "sums = VGroup(",
        f"    {_formula(ctx)},",
        '    MathTex("9", "+", "16", "=", "25", font_size=54),',
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

    tex = single_line(ctx.formula) if ctx.formula and len(ctx.formula) < 40 else "a^2 + b^2 = c^2"
    return math_mob(tex, 54)


@check("pythagorean")
def _check(f):
    return ("A right triangle has legs 5 and 12. How long is the hypotenuse?",
            "直角三角形两条直角边为 5 和 12，斜边多长？",
            "$c = \\sqrt{5^2 + 12^2} = \\sqrt{169} = 13$.",
            "$c = \\sqrt{5^2 + 12^2} = \\sqrt{169} = 13$。")
