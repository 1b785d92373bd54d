"""centre_of_mass: a rod on [a, b] with the author's linear density ρ(x): the density as bars (heavier
is taller), the mass M = ∫ρ dx and moment ∫xρ dx, and the fulcrum sliding from the rod's middle to the
balance point x̄ = ∫xρ dx / ∫ρ dx (Stewart, *Calculus*, 8.3)."""

from __future__ import annotations

from ..integral_readers import Rod, asks, read_rod
from ..notes import check
from ..parts.integrals import bound_tex, curve_axes, riemann_pieces
from .common import Ctx, Fn, fmt, open_with_formula

PRIORITY = 300
TITLE = ("The Centre of Mass of a Rod", "细杆的质心")
WHAT = ("A rod with linear density $\\rho(x)$ on $[a, b]$ has mass $M = \\int_a^b \\rho(x)\\,dx$ and moment "
        "$\\int_a^b x\\rho(x)\\,dx$; it balances at $\\bar x = \\frac{1}{M}\\int_a^b x\\rho(x)\\,dx$, pulled toward its heavier end.",
        "线密度为 $\\rho(x)$、位于 $[a, b]$ 上的细杆，质量 $M = \\int_a^b \\rho(x)\\,dx$，力矩 $\\int_a^b x\\rho(x)\\,dx$；"
        "它在 $\\bar x = \\frac{1}{M}\\int_a^b x\\rho(x)\\,dx$ 处平衡，偏向较重的一端。")


def evidence(info) -> int | None:
    return asks(info, "a centre of mass")


def needs(info) -> Rod | None:
    """A density ρ(x) (or λ, δ, μ) the author writes, on the interval they give (integral_readers.read_rod)."""
    return read_rod(info)


def build(ctx: Ctx) -> None:
    w = ctx.w
    rod = read_rod(ctx.info)
    c = rod.curve
    fn = Fn(c.code, c.tex, c.expr, True)
    a, b, mid = bound_tex(c.a), bound_tex(c.b), (c.a + c.b) / 2
    rho = rod.name
    ctx.facts.update(rod=rod)
    w.beat(ctx.title, ctx.L(f"A rod lies on $[{a}, {b}]$ with density ${rho}(x) = {c.tex}$; where does it balance?",
                            f"细杆位于 $[{a}, {b}]$ 上，线密度 ${rho}(x) = {c.tex}$；它在哪里平衡？"))
    open_with_formula(ctx, ctx.formula or rf"\bar x = \frac{{\int_a^b x{rho}(x)\,dx}}{{\int_a^b {rho}(x)\,dx}}")
    curve_axes(ctx, fn, c.a, c.b, pad=0.15)
    riemann_pieces(ctx, "midpoint", "center")
    w.code("bars = rects(16)",
           "rod = Line(axes.c2p(a, 0), axes.c2p(b, 0), color=GREY_A, stroke_width=12)",
           f"mass_note = MathTex(r\"M \\approx {fmt(rod.mass, 4)},\\ \\int x{rho}\\,dx \\approx {fmt(rod.moment, 4)}\", font_size=32)",
           "mass_note.next_to(axes, UP, buff=0.05).to_edge(RIGHT, buff=0.5).add_background_rectangle(opacity=0.85, buff=0.08)",
           f"rho_label = MathTex(r\"{rho}(x) = {c.tex}\", font_size=32, color=BLUE)",
           "# inside the axes at the upper left, clear of the title's formula and of the y-axis label",
           "rho_label.next_to(axes.y_axis, RIGHT, buff=0.6).align_to(axes, UP).shift(DOWN * 0.45)",
           "rho_label.add_background_rectangle(opacity=0.85, buff=0.08)")
    w.play("Create(axes), Write(axis_labels), Create(rod)", 1.6)
    w.beat(ctx.L("The density", "密度"), ctx.L(
        f"The bars show ${rho}(x) = {c.tex}$ along the rod: the mass is $M = \\int_{{{a}}}^{{{b}}} {rho}(x)\\,dx \\approx {fmt(rod.mass, 4)}$.",
        f"柱条表示细杆各处的密度 ${rho}(x) = {c.tex}$：质量 $M = \\int_{{{a}}}^{{{b}}} {rho}(x)\\,dx \\approx {fmt(rod.mass, 4)}$。"))
    w.play("Create(graph), FadeIn(bars), Write(rho_label)", 1.6)
    w.play("Write(mass_note)", 1)
    w.beat(ctx.L("The balance point", "平衡点"), ctx.L(
        f"A fulcrum at the middle $x = {fmt(mid, 4)}$ tips toward the heavier side; it balances at "
        f"$\\bar x = {fmt(rod.moment, 4)} / {fmt(rod.mass, 4)} \\approx {fmt(rod.centre, 4)}$.",
        f"支点放在中点 $x = {fmt(mid, 4)}$ 时，细杆向较重的一侧倾斜；平衡点在 "
        f"$\\bar x = {fmt(rod.moment, 4)} / {fmt(rod.mass, 4)} \\approx {fmt(rod.centre, 4)}$。"))
    w.code(f"pivot = ValueTracker({fmt(mid, 6)})",
           "fulcrum = always_redraw(lambda: Triangle(color=ORANGE, fill_opacity=1).scale(0.18)",
           "                        .move_to(axes.c2p(pivot.get_value(), 0), UP).shift(DOWN * 0.12))",
           "marker = always_redraw(lambda: DashedLine(axes.c2p(pivot.get_value(), 0), axes.c2p(pivot.get_value(), f(pivot.get_value())), color=ORANGE))",
           f"centre_note = MathTex(r\"\\bar x \\approx {fmt(rod.centre, 4)}\", font_size=34, color=ORANGE)",
           "centre_note.next_to(mass_note, DOWN, buff=0.15).add_background_rectangle(opacity=0.85, buff=0.08)")
    w.play("FadeIn(fulcrum), Create(marker)", 0.8)
    w.play(f"pivot.animate.set_value({fmt(rod.centre, 6)})", 2)
    w.play("Write(centre_note)", 1)
    w.wait(1.5)


@check("centre_of_mass")
def _check(f):
    rod: Rod = f["rod"]
    c = rod.curve
    mid = (c.a + c.b) / 2
    side = ("right", "右") if rod.centre > mid else ("left", "左")
    return (f"Why is the balance point $\\bar x \\approx {fmt(rod.centre, 4)}$ not the middle $x = {fmt(mid, 4)}$ of the rod?",
            f"为什么平衡点 $\\bar x \\approx {fmt(rod.centre, 4)}$ 不在细杆中点 $x = {fmt(mid, 4)}$？",
            f"The density ${rod.name}(x) = {c.tex}$ puts more mass on the {side[0]}, so the moments balance {side[0]} of the middle; "
            "a uniform rod would balance exactly at the middle.",
            f"密度 ${rod.name}(x) = {c.tex}$ 使{side[1]}侧更重，力矩在中点{side[1]}侧平衡；密度均匀的细杆恰好在中点平衡。")
