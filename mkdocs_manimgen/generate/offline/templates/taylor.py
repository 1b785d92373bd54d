"""taylor: Taylor polynomials of rising degree hug the function around the centre."""

from __future__ import annotations

import re

from ..calculus import expansion_centre
from ..families import instance_of_law, no_formula
from ..latex import same_tex
from ..symbolic import function_of, to_numpy
from ..notes import check
from .common import (Ctx, fmt, Fn, graph_setup, open_with_formula, resolve_function, runs, show_approximation,
                     x_window, y_window)


def build(ctx: Ctx) -> None:
    import sympy as sp

    w = ctx.w
    approx = approximation(ctx.info)
    subject = _subject(ctx.info)
    if approx:
        fn = Fn(approx[1], approx[2], approx[0], True)
    elif subject:
        fn = Fn(to_numpy(subject[0], ("x",)), subject[1], subject[0], True)
    else:
        fn = resolve_function(ctx.info, "np.sin(x)", r"\sin x", "sin(x)")
    w.example = not fn.from_block
    x = sp.Symbol("x")
    c = (expansion_centre(ctx.info) or sp.Integer(0)) if fn.from_block else sp.Integer(0)
    a, b = x_window(fn, (-4, 4))
    if "np.exp" in fn.code:
        a, b = -4.0, 3.0
    if c != 0:  # the block's centre (sin x at pi/6): a window around it, the even degrees too
        a, b = float(c) - 2.5, float(c) + 2.5
    # The y-range comes from the function near the centre, where the polynomials
    # live: over the whole x-range e^x would reach e^3 and look flat around 0.
    lo, hi = y_window(fn.code, float(c) + 0.55 * (a - float(c)), float(c) + 0.55 * (b - float(c)))
    polys = []
    for deg in ((1, 3, 5, 7, 9) if c == 0 else (1, 2, 3, 5)):
        try:
            p = sp.series(fn.expr, x, c, deg + 1).removeO()
            code = to_numpy(p, ("x",))
        except Exception:
            code = None
        if code and all(code != c for _, c, _ in polys):
            polys.append((deg, code, sp.latex(p)))
        if len(polys) == 4:
            break
    if not polys:  # the function has no Taylor series at 0 we can compute: show sin
        fn = Fn("np.sin(x)", r"\sin x", sp.sin(x))
        return build_default(ctx)
    ctx.facts.update(fn=fn, polys=polys)

    ctx.facts.update(centre=sp.latex(c))
    w.beat(ctx.title, ctx.L(f"Polynomials that match ${fn.tex}$ at $x = {sp.latex(c)}$ more and more closely.",
                            f"在 $x = {sp.latex(c)}$ 处与 ${fn.tex}$ 越来越吻合的多项式。"))
    opening = ctx.formula
    if not opening or any(same_tex(opening, c.stated) for c in ctx.info.claims):
        opening = f"f(x) = {fn.tex}"  # not a false P_n(x) above the true polynomials (the coda calls it false)
    open_with_formula(ctx, opening)
    graph_setup(ctx, fn, a, b, lo, hi)
    w.beat(ctx.L("The function", "原函数"), ctx.L(f"The blue curve is ${fn.tex}$.", f"蓝色曲线是 ${fn.tex}$。"))
    w.play("Create(axes), Write(axis_labels), Create(graph)", 2)
    w.code("", "def poly_graph(p, x_range):", "    return axes.plot(p, x_range=x_range, color=YELLOW, stroke_width=5)", "",
           "def degree_label(n):",
           "    return MathTex(rf\"\\text{{degree }} {n}\", font_size=36, color=YELLOW).next_to(axes, UP, buff=0.1).to_edge(RIGHT, buff=0.6)")
    for i, (deg, code, tex) in enumerate(polys):
        r = runs(code, a, b, lo, hi)
        piece = max(r, key=lambda t: t[1] - t[0]) if r else (a, b)
        w.beat(ctx.L(f"Degree {deg}", f"{deg} 次"), ctx.L(f"$T_{{{deg}}}(x) = {tex}$", f"$T_{{{deg}}}(x) = {tex}$"))
        w.code(f"p{deg} = lambda x: {code}")
        rng = f"[{fmt(piece[0], 3)}, {fmt(piece[1], 3)}]"
        show_approximation(ctx, i, f"poly_graph(p{deg}, {rng})", f"degree_label({deg})", morph=1.5, pause=0.5)
    w.wait(1)


def _subject(info):
    """The function expanded when the block states a polynomial ``P_n(x) = …`` beside it: never that polynomial."""
    from ..calculus import TAYLOR_POLYNOMIAL, expanded_function
    from ..latex import single_line

    if not any(TAYLOR_POLYNOMIAL.match(single_line(b)) for b in info.blocks):
        return None
    subject = expanded_function(info)
    return subject if subject and to_numpy(subject[0], ("x",)) else None


def build_default(ctx: Ctx) -> None:
    ctx.info.blocks = []
    build(ctx)


@check("taylor")
def _check(f):
    fn, polys = f["fn"], f["polys"]
    deg, _, tex = polys[min(1, len(polys) - 1)]
    c = f.get("centre", "0")
    return (f"Why does $T_{{{deg}}}(x) = {tex}$ agree with ${fn.tex}$ near $x={c}$ but drift away far from it?",
            f"为什么 $T_{{{deg}}}(x) = {tex}$ 在 $x={c}$ 附近与 ${fn.tex}$ 吻合，离远了却偏离？",
            f"It is built to match the value and the first derivatives at ${c}$ only; far away the neglected higher-order terms dominate. Raising the degree widens the good region.",
            f"它只保证在 ${c}$ 处的函数值和前几阶导数相同；离得远时被忽略的高阶项占主导。提高次数可以扩大吻合的范围。")


# -- recognition (see families.py)
PRIORITY = 30
KEYWORDS = (r"泰勒", r"麦克劳林", r"taylor", r"maclaurin")


def evidence(info) -> int | None:
    """A keyword; or, weaker, a function written ``\\approx`` its Taylor polynomial at 0 (``e^x \\approx 1 + x``)."""
    if any(re.search(k, info.prose, re.I) for k in KEYWORDS):
        return 0
    return 1 if approximation(info) else None


def approximation(info):
    """``g(x) \\approx p(x)`` as the author writes a Taylor polynomial: (g, its numpy code, its LaTeX)
    when ``p`` is g's Taylor polynomial of p's degree at the centre the block names (0 when none); False when it is not (a false statement
    is not drawn as true); None when the block writes no such approximation."""
    import sympy as sp

    from ..calculus import approximations

    x = sp.Symbol("x")
    centre = expansion_centre(info)
    if centre is None:
        return None
    for g, p, g_tex in approximations(info):
        try:
            if g.free_symbols != {x} or not p.free_symbols <= {x} or g.is_polynomial(x) or not p.is_polynomial(x):
                continue
            degree = sp.Poly(p, x).degree()
            if sp.simplify(sp.series(g, x, centre, degree + 1).removeO() - p) != 0:
                return False
        except Exception:  # unreadable: not an approximation we can check
            continue
        code = to_numpy(g, ("x",))
        if code:
            return g, code, g_tex
    return None


def needs(info) -> bool:
    """The function to expand (its series at 0 must exist), or no formula (sin, for instance)."""
    if no_formula(info) or instance_of_law(info, "|".join(KEYWORDS)):  # Taylor's formula in general: sin, for instance
        return True
    import sympy as sp

    approx = approximation(info)
    if approx is False:
        return False  # the author's polynomial is not the Taylor polynomial
    if expansion_centre(info) is None:
        return False  # a centre named but not read: the polynomials at 0 would be another expansion
    found = approx or info.reading.function
    if found is None:
        return False
    poly = sp.series(found[0], sp.Symbol("x"), 0, 4).removeO()
    return to_numpy(poly, ("x",)) is not None
