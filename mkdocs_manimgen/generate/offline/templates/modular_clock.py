"""modular_clock: arithmetic mod m on a clock of m positions; the author's a walks round to its remainder.

a = q m + r: the pointer makes q full turns and stops at r, so a and r are congruent mod m.
"""

from __future__ import annotations

import re

from ..families import no_formula
from ..notes import check
from .common import Ctx, formula_corner, text_mob

TITLE = ("Modular Arithmetic on a Clock", "钟面上的同余")
WHAT = ("Arithmetic modulo $m$ counts on a clock with $m$ positions $0, 1, \\dots, m-1$: $a \\equiv r \\pmod m$ when $a$ and $r$ "
        "leave the same remainder on division by $m$, that is, $a = qm + r$ lands on the same position after $q$ full turns.",
        "模 $m$ 的运算就是在有 $m$ 个位置 $0, 1, \\dots, m-1$ 的钟面上计数：当 $a$ 与 $r$ 除以 $m$ 的余数相同时 $a \\equiv r \\pmod m$，"
        "即 $a = qm + r$ 转 $q$ 整圈后停在同一个位置。")
PRIORITY = 68
KEYWORDS = (r"modular\s+arithmetic", r"congruen", r"同余", r"模运算", r"取模", r"clock\s+arithmetic", r"钟表算术", r"\bmodulo\b", r"remainder")
TEX_PATTERNS = (r"\\pmod|\\bmod|\\mod\b|\\equiv",)


def _whole(matches, tex: str):
    """The first match whose number is a whole side: not the last factor of a product (7 \\cdot 8 \\equiv 1),
    an exponent or part of a longer term (the clock would turn the 8 alone: 8 \\equiv 8)."""
    for m in matches:
        before = tex[:m.start(1)].rstrip()
        if not re.search(r"(?:\\cdot|\\times|[*^!)}\]\w.])$", before):
            return m
    return None


def needs(info):
    """(a, m) from the author's a \\equiv .. \\pmod m, a \\bmod m or a mod m (2 <= m <= 24, 0 <= a <= 20 m)."""
    if no_formula(info):
        return 17, 12
    tex = " ".join(info.blocks)
    m = (_whole(re.finditer(r"(\d+)\s*\\equiv\s*-?\d*\s*\\?\(?\s*\\?(?:pmod|mod)\s*\{?\s*(\d+)", tex), tex)
         or _whole(re.finditer(r"(\d+)\s*(?:\\bmod|\\mod|\\operatorname\{mod\}|mod)\s*\{?\s*(\d+)", tex), tex))
    if not m:
        return None
    a, mod = int(m.group(1)), int(m.group(2))
    return (a, mod) if 2 <= mod <= 24 and 0 <= a <= 20 * mod else None


def build(ctx: Ctx) -> None:
    w = ctx.w
    a, m = needs(ctx.info) or (17, 12)
    q, r = divmod(a, m)
    ctx.facts.update(a=a, m=m, q=q, r=r)
    lead = ctx.L("For instance, c", "例如，") if not ctx.info.blocks else ctx.L("C", "")
    w.beat(ctx.title, ctx.L(f"{lead}ount ${a}$ steps on a clock with ${m}$ positions.", f"{lead}在有 ${m}$ 个位置的钟面上走 ${a}$ 步。"))
    w.title(ctx.title)
    formula_corner(ctx, ctx.formula if ctx.formula and len(ctx.formula) < 60 else rf"{a} \equiv {r} \pmod{{{m}}}")
    w.code(
        "R = 2.2",
        "centre = LEFT * 2.6 + DOWN * 0.7",
        "face = Circle(radius=R, color=GREY_B).move_to(centre)",
        f"def spot(k):  # position k of {m}, 0 at the top, clockwise",
        f"    t = PI / 2 - TAU * k / {m}",
        "    return centre + R * np.array([np.cos(t), np.sin(t), 0])",
        f"marks = VGroup(*[Dot(spot(k), radius=0.06, color=GREY_A) for k in range({m})])",
        f"numbers = VGroup(*[MathTex(str(k), font_size={30 if m <= 12 else 24}).move_to(centre + 1.17 * (spot(k) - centre)) for k in range({m})])",
        "steps = ValueTracker(0)",
        "hand = always_redraw(lambda: Arrow(centre, centre + 0.82 * (spot(steps.get_value()) - centre), buff=0, color=YELLOW, stroke_width=6))",
        f"count = VGroup({text_mob(ctx.L('steps =', '步数 ='), 32)}, DecimalNumber(0, num_decimal_places=0, font_size=36)).arrange(RIGHT)",
        "count.to_edge(RIGHT, buff=1.2).shift(UP * 0.8)",
        f'division = MathTex(r"{a} = {q} \\cdot {m} + {r}", font_size=40).next_to(count, DOWN, buff=0.5)',
        f'congruence = MathTex(r"{a} \\equiv {r} \\pmod{{{m}}}", font_size=40, color=YELLOW).next_to(division, DOWN, buff=0.4)',
    )
    w.play("Write(title), FadeIn(formula), Create(face), FadeIn(marks), FadeIn(numbers)", 1.4)
    w.play("FadeIn(hand), FadeIn(count)", 0.8)
    w.code("count[1].add_updater(lambda d: d.set_value(steps.get_value()))")
    laps = ctx.L(f"{q} full turn{'s' if q != 1 else ''}", f"{q} 整圈")
    w.beat(ctx.L("Walk round the clock", "绕钟面行走"),
           ctx.L(f"After ${m}$ steps the hand is back at 0; ${a}$ steps make {laps} and ${r}$ more.",
                 f"每走 ${m}$ 步指针回到 0；${a}$ 步是{laps}再多 ${r}$ 步。"))
    w.play(f"steps.animate.set_value({a})", min(1.2 + 0.9 * q, 5.4), "rate_func=linear")
    w.beat(ctx.L("The remainder", "余数"),
           ctx.L(f"It stops at ${r}$: ${a} = {q} \\cdot {m} + {r}$, so ${a} \\equiv {r} \\pmod{{{m}}}$.",
                 f"指针停在 ${r}$：${a} = {q} \\cdot {m} + {r}$，所以 ${a} \\equiv {r} \\pmod{{{m}}}$。"))
    w.play(f"Indicate(numbers[{r}], scale_factor=1.6), Write(division)", 1.4)
    w.play("Write(congruence)", 1.2)
    w.wait(1.2)


@check("modular_clock")
def _check(f):
    a, m, r = f["a"], f["m"], f["r"]
    b = a + 2 * m + 1
    return (f"Where does the hand stop after ${b}$ steps on the same clock?", f"在同一个钟面上走 ${b}$ 步，指针停在哪里？",
            f"At ${b % m}$: ${b} = {b // m} \\cdot {m} + {b % m}$ (two more turns and one more step than ${a}$).",
            f"停在 ${b % m}$：${b} = {b // m} \\cdot {m} + {b % m}$（比 ${a}$ 多两整圈再多一步）。")
