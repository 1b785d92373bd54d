"""sequence_limit: the author's a_n = f(n) as dots (n, a_n) closing in on the limit line y = L, an ε-band and
the N past which every term stays inside it; then a narrower band and its larger N.

L is sympy's limit and must equal the author's stated limit (:mod:`..convergence`); the ε's are examples
and the scene says so.
"""

from __future__ import annotations

from ..convergence import ASKS, bands, read_sequence_limit
from ..latex import fmt
from ..notes import check
from .common import Ctx, formula_corner, nice_step, text_mob

TITLE = ("A Sequence Converges", "数列的收敛")
WHAT = ("$a_n \\to L$ means: for every band $|y - L| < \\varepsilon$, however narrow, there is an $N$ past which every term "
        "stays inside the band; a narrower band needs a larger $N$.",
        "$a_n \\to L$ 的意思是：无论带状区域 $|y - L| < \\varepsilon$ 多窄，总有一个 $N$，从它以后的每一项都落在带内；带越窄，所需的 $N$ 越大。")
PRIORITY = 150
KEYWORDS = (ASKS,)


def needs(info) -> bool:
    """An explicit a_n = f(n) whose limit (sympy) is finite and equals the one the author states, with terms that
    settle inside round ε-bands within the picture."""
    seq = read_sequence_limit(info)
    return seq is not None and bands(seq) is not None


def build(ctx: Ctx) -> None:
    w = ctx.w
    seq = read_sequence_limit(ctx.info)
    plan = bands(seq)
    L, M = seq.limit, plan.shown
    terms = seq.terms(M)
    values = [v for _, v in terms] + [L + plan.eps[0], L - plan.eps[0]]
    lo, hi = min(values), max(values)
    pad = 0.12 * (hi - lo)
    lo, hi = lo - pad, hi + pad
    ystep = nice_step(hi - lo)
    lo, hi = ystep * (lo // ystep), ystep * -(-hi // ystep)
    a = seq.name
    ctx.facts.update(tex=seq.tex, L=L, eps=plan.eps, N=plan.N, name=a)
    w.beat(ctx.title, ctx.L(f"The terms $ {a}_n = {seq.tex}$ approach $L = {fmt(L, 4)}$.",
                            f"数列 ${a}_n = {seq.tex}$ 的项趋近 $L = {fmt(L, 4)}$。"))
    w.title(ctx.title)
    formula_corner(ctx, f"{a}_n = {seq.tex} \\to {fmt(L, 4)}")
    w.code(
        "axes = Axes(",
        f"    x_range=[0, {M + 1}, {nice_step(M + 1)}], y_range=[{fmt(lo, 4)}, {fmt(hi, 4)}, {fmt(ystep, 4)}],",
        "    x_length=11, y_length=4.6, tips=False,",
        '    axis_config={"include_numbers": True, "font_size": 22, "color": GREY_B},',
        ").to_edge(DOWN, buff=0.4)",
        f'n_label = MathTex("n", font_size=30).next_to(axes.x_axis, RIGHT, buff=0.15)',
        f"terms = [{', '.join(f'({n}, {fmt(v, 6)})' for n, v in terms)}]",
        "dots = VGroup(*[Dot(axes.c2p(n, v), radius=0.05, color=BLUE) for n, v in terms])",
        f"limit_line = DashedLine(axes.c2p(0, {fmt(L, 6)}), axes.c2p({M + 1}, {fmt(L, 6)}), color=YELLOW)",
        f'limit_label = MathTex(r"L = {fmt(L, 4)}", color=YELLOW, font_size=30).next_to(limit_line, RIGHT, buff=0.1)',
        "if limit_label.get_right()[0] > 7:",
        "    limit_label.next_to(limit_line.get_end(), UP, buff=0.1).shift(LEFT * 0.6)",
        "limit_label.add_background_rectangle(opacity=0.8, buff=0.04)",
    )
    w.play("Write(title), FadeIn(formula), Create(axes), FadeIn(n_label)", 1.2)
    w.play("LaggedStart(*[FadeIn(d, scale=0.5) for d in dots], lag_ratio=0.08)", 2.4)
    w.play("Create(limit_line), FadeIn(limit_label)", 1.0)
    for k, (eps, N) in enumerate(zip(plan.eps, plan.N)):
        _band(ctx, k, eps, N, L, M)
    w.wait(1.5)


def _band(ctx: Ctx, k: int, eps: float, N: int, L: float, M: int) -> None:
    """Band ``k`` (0 first, 1 narrower): the strip |y - L| < eps, the N line, the terms past N lit."""
    w, a = ctx.w, ctx.facts["name"]
    e = fmt(eps, 6)
    first = k == 0
    w.beat(ctx.L("An ε-band" if first else "A narrower band", "ε 带" if first else "更窄的带"),
           ctx.L(f"{'Take, for instance,' if first else 'Narrow it to'} $\\varepsilon = {e}$: from $n = {N}$ on, every term "
                 f"satisfies $|{a}_n - {fmt(L, 4)}| < {e}$.",
                 f"{'例如取' if first else '把带收窄到'} $\\varepsilon = {e}$：从 $n = {N}$ 起，每一项都满足 $|{a}_n - {fmt(L, 4)}| < {e}$。"))
    w.code(
        f"band{k} = Polygon(axes.c2p(0, {fmt(L - eps, 6)}), axes.c2p({M + 1}, {fmt(L - eps, 6)}), "
        f"axes.c2p({M + 1}, {fmt(L + eps, 6)}), axes.c2p(0, {fmt(L + eps, 6)}), stroke_width=0, fill_color=YELLOW, "
        f"fill_opacity={0.18 if first else 0.3})",
        f'eps{k} = MathTex(r"\\varepsilon = {e}", font_size=32)',
        *([f"eps{k} = VGroup(eps{k}, {text_mob(ctx.L('(for instance)', '（例如）'), 24)}).arrange(RIGHT, buff=0.15)"] if first else []),
        f"eps{k}.to_corner(UR, buff=0.4).shift(DOWN * 1.6).add_background_rectangle(opacity=0.85, buff=0.05)",
        f"n_line{k} = DashedLine(axes.c2p({N}, {fmt(L - 2.2 * eps, 6)}), axes.c2p({N}, {fmt(L + 2.2 * eps, 6)}), color=GREEN)",
        f'n_tag{k} = MathTex(r"N = {N}", color=GREEN, font_size=30).next_to(n_line{k}, UP, buff=0.08)',
        f"n_tag{k}.add_background_rectangle(opacity=0.85, buff=0.04)",
        f"inside{k} = [dots[i] for i, (n, v) in enumerate(terms) if n >= {N}]",
    )
    w.play(f"FadeIn(band{k}), Write(eps{k})" + ("" if first else ", FadeOut(band0), FadeOut(n_line0), FadeOut(n_tag0), FadeOut(eps0)"), 1.2)
    w.play(f"Create(n_line{k}), FadeIn(n_tag{k})", 1.0)
    w.play(f"*[d.animate.set_color({'GREEN' if first else 'TEAL'}) for d in inside{k}]", 1.2)
    w.wait(0.8)


@check("sequence_limit")
def _check(f):
    a, (e1, e2), (n1, n2) = f["name"], f["eps"], f["N"]
    return (f"For $\\varepsilon = {fmt(e2, 6)}$ the picture needs $N = {n2}$. Why does a narrower band never need a smaller $N$?",
            f"当 $\\varepsilon = {fmt(e2, 6)}$ 时需要 $N = {n2}$。为什么带变窄时 $N$ 不会变小？",
            f"Every term inside the narrower band is also inside the wider one, so the terms that settle within ${fmt(e2, 6)}$ "
            f"from $n = {n2}$ on are within ${fmt(e1, 6)}$ too: $N$ can only grow ({n1} for the wider band).",
            f"落在窄带内的项也一定落在宽带内，所以从 $n = {n2}$ 起与极限相差小于 ${fmt(e2, 6)}$ 的项，"
            f"相差也小于 ${fmt(e1, 6)}$：$N$ 只会增大（宽带时为 {n1}）。")
