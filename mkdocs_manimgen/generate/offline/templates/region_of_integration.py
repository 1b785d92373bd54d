"""region_of_integration: the author's region D of a double integral (bounded by curves, not a rectangle), shaded
with its boundary curves labelled; the strip of the inner integral sweeps across it (vertical for dy inner,
horizontal for dx inner, rays for polar) with the inner limits at its ends; when the block swaps the order or
changes to polar, the second description on the same region; the value (sympy), a stated value checked
(Stewart, *Calculus*, 15.2–15.3; 同济《高等数学》10.2 二重积分的计算法)."""

from __future__ import annotations

import re

import numpy as np

from ..families import formula_example
from ..latex import fmt
from ..notes import check
from ..regions import ASKS_POLAR, ASKS_SWAP, Description, RegionIntegral, read_region_integral
from ..symbolic import to_numpy
from .common import Ctx, math_mob, nice_step, pystr

PRIORITY = 66  # before double_integral (70): this family never claims a rectangle, that one only claims rectangles
TITLE = ("The Region of a Double Integral", "二重积分的积分区域")
WHAT = ("$\\iint_D f\\,d\\sigma$ over a region bounded by curves is computed as an iterated integral: at each value of "
        "the outer variable, the inner integral runs along a strip of $D$ between its boundary curves; swapping the order "
        "or changing to polar coordinates ($d\\sigma = r\\,dr\\,d\\theta$) describes the same region by other strips.",
        "曲线围成的区域 $D$ 上的 $\\iint_D f\\,\\mathrm{d}\\sigma$ 化为累次积分：外层变量每取一个值，内层积分沿 $D$ 的一条窄条从下边界积到上边界；"
        "交换积分次序或化为极坐标（$\\mathrm{d}\\sigma = r\\,\\mathrm{d}r\\,\\mathrm{d}\\theta$）是用另一种窄条描述同一个区域。")
KEYWORDS = (r"double\s+integral", r"二重积分", r"iterated\s+integral", r"累次积分", r"二次积分", r"积分区域", r"region\s+of\s+integration",
            ASKS_SWAP)
TEX_PATTERNS = (r"\\iint", r"\\int[^$]{0,80}?\\int")
# a block with no formula ("why does swapping the order help?"): the classic ∫e^{y^2}dy, said "for instance"
EXAMPLE = r"$$\int_0^1 \mathrm{d}x\int_x^1 e^{y^2}\,\mathrm{d}y$$ (change the order 交换积分次序)"


def _read(info) -> tuple[RegionIntegral | None, bool]:
    info, example = formula_example(info, EXAMPLE)
    return read_region_integral(info), example


def needs(info) -> bool:
    """A double integral over a region the block gives completely (iterated limits, inequalities, or the curves that bound it)."""
    return _read(info)[0] is not None


def _code(e, var: str) -> str:
    """numpy code of a bound in its variable, written in ``u``."""
    import sympy as sp

    free = list(e.free_symbols)
    e = e.subs({s: sp.Symbol("u") for s in free})
    return to_numpy(e, ("u",)) or "0"


def _point(kind: str, u: str, v: str) -> str:
    """The scene point of (outer u, inner v)."""
    return {"dy": f"axes.c2p({u}, {v})", "dx": f"axes.c2p({v}, {u})",
            "polar": f"axes.c2p(({v}) * np.cos({u}), ({v}) * np.sin({u}))"}[kind]


def _var_tex(kind: str) -> tuple[str, str]:
    return {"dy": ("x", "y"), "dx": ("y", "x"), "polar": ("\\theta", "r")}[kind]


def _b(e) -> str:
    import sympy as sp

    return sp.latex(e)


def iterated_tex(ri: RegionIntegral, desc: Description) -> str:
    """The description as an iterated integral (the author's own TeX when they wrote it), in the author's d."""
    import sympy as sp

    if desc.written:
        return desc.written
    d = ri.d
    o, i = _var_tex(desc.kind)
    if desc.kind == "polar":
        r = sp.Symbol("r", real=True)
        body = sp.latex(sp.simplify(ri.polar_f / r))
        body = "" if body == "1" else (f"\\left({body}\\right)" if isinstance(sp.simplify(ri.polar_f / r), sp.Add) else body)
        body = re.sub(r"\\(sin|cos)\{\\left\(\\theta \\right\)\}", r"\\\1\\theta", body) + ("\\, r" if body else "r")
    else:
        body = ri.f_tex
    parts = [f"\\int_{{{_b(p.a)}}}^{{{_b(p.b)}}} {d}{o} \\int_{{{p.lo_tex}}}^{{{p.hi_tex}}} {body}\\,{d}{i}" for p in desc.pieces]
    return " + ".join(parts)


def _functions(ctx: Ctx, desc: Description, tag: str) -> None:
    """Scene code: LO_tag(u), HI_tag(u), piecewise over the pieces, and the TeX of the strip's ends."""
    w = ctx.w
    o, i = _var_tex(desc.kind)
    iname = "y" if desc.kind == "dy" else ("x" if desc.kind == "dx" else "r")
    for k, p in enumerate(desc.pieces):
        w.code(f"def lo_{tag}{k}(u):", f"    return {_code(p.lo, o)}",
               f"def hi_{tag}{k}(u):", f"    return {_code(p.hi, o)}")
    cuts = [float(p.b) for p in desc.pieces[:-1]]
    w.code(f"cuts_{tag} = [{', '.join(fmt(c, 8) for c in cuts)}]",
           f"def piece_{tag}(u):",
           f"    return sum(u > c for c in cuts_{tag})",
           f"LO_{tag} = [{', '.join(f'lo_{tag}{k}' for k in range(len(desc.pieces)))}]",
           f"HI_{tag} = [{', '.join(f'hi_{tag}{k}' for k in range(len(desc.pieces)))}]",
           f"lo_tex_{tag} = [{', '.join(pystr(f'{iname} = {p.lo_tex}') for p in desc.pieces)}]",
           f"hi_tex_{tag} = [{', '.join(pystr(f'{iname} = {p.hi_tex}') for p in desc.pieces)}]")


def _strip(ctx: Ctx, desc: Description, tag: str) -> None:
    """A strip (a thick segment) of the inner integral at the tracker's value, its two ends labelled."""
    k = desc.kind
    lo_pt = _point(k, f"s_{tag}.get_value()", f"LO_{tag}[piece_{tag}(s_{tag}.get_value())](s_{tag}.get_value())")
    hi_pt = _point(k, f"s_{tag}.get_value()", f"HI_{tag}[piece_{tag}(s_{tag}.get_value())](s_{tag}.get_value())")
    low_dir, high_dir = {"dy": ("DOWN", "UP"), "dx": ("LEFT", "RIGHT"), "polar": ("-_out()", "_out()")}[k]
    ctx.w.code(
        f"s_{tag} = ValueTracker({fmt(float(desc.pieces[0].a), 8)})",
        "def _out():",
        f"    v = np.array({hi_pt}) - axes.c2p(0, 0)",
        "    return v / max(np.linalg.norm(v), 1e-6)",
        f"strip_{tag} = always_redraw(lambda: Line({lo_pt}, {hi_pt}, stroke_width=7, color=YELLOW))",
        f"end_lo_{tag} = always_redraw(lambda: MathTex(lo_tex_{tag}[piece_{tag}(s_{tag}.get_value())], font_size=28, color=YELLOW)"
        f".add_background_rectangle(opacity=0.8, buff=0.05).next_to({lo_pt}, {low_dir}, buff=0.12))",
        f"end_hi_{tag} = always_redraw(lambda: MathTex(hi_tex_{tag}[piece_{tag}(s_{tag}.get_value())], font_size=28, color=YELLOW)"
        f".add_background_rectangle(opacity=0.8, buff=0.05).next_to({hi_pt}, {high_dir}, buff=0.12))",
    )


def _sweep(ctx: Ctx, desc: Description, tag: str) -> None:
    w = ctx.w
    eps = 1e-4 * float(desc.pieces[-1].b - desc.pieces[0].a)
    w.code(f"s_{tag}.set_value({fmt(float(desc.pieces[0].a) + eps, 8)})")
    w.play(f"FadeIn(strip_{tag}), FadeIn(end_lo_{tag}), FadeIn(end_hi_{tag})", 0.6)
    span = float(desc.pieces[-1].b - desc.pieces[0].a)
    for p in desc.pieces:
        stop = float(p.b) - eps
        w.play(f"s_{tag}.animate.set_value({fmt(stop, 8)})", max(1.0, 3.6 * float(p.b - p.a) / span), "rate_func=linear")
        w.wait(0.4)
    w.play(f"FadeOut(strip_{tag}), FadeOut(end_lo_{tag}), FadeOut(end_hi_{tag})", 0.5)


def _outline(desc: Description) -> np.ndarray:
    """Points (x, y) around the region (for the window)."""
    import sympy as sp

    pts = []
    for p in desc.pieces:
        us = np.linspace(float(p.a), float(p.b), 60)
        for e in (p.lo, p.hi):
            f = sp.lambdify(list(e.free_symbols) or [sp.Symbol("u")], e, "numpy")
            vs = np.broadcast_to(np.asarray(f(us), dtype=float), us.shape)
            if desc.kind == "dy":
                pts += list(zip(us, vs))
            elif desc.kind == "dx":
                pts += list(zip(vs, us))
            else:
                pts += list(zip(vs * np.cos(us), vs * np.sin(us)))
    return np.array(pts)


def build(ctx: Ctx) -> None:
    w = ctx.w
    ri, example = _read(ctx.info)
    w.example = example
    first, second = ri.first, ri.second
    ctx.facts.update(region=ri)
    pts = _outline(first)
    xlo, xhi = min(0.0, pts[:, 0].min()), max(0.0, pts[:, 0].max())
    ylo, yhi = min(0.0, pts[:, 1].min()), max(0.0, pts[:, 1].max())
    pad = 0.15 * max(xhi - xlo, yhi - ylo)
    xlo, xhi, ylo, yhi = xlo - pad, xhi + pad, ylo - pad, yhi + pad
    unit = min(6.0 / (xhi - xlo), 5.2 / (yhi - ylo))
    step = nice_step(max(xhi - xlo, yhi - ylo))
    w.title(ctx.title)
    shown = ctx.formula if not example else iterated_tex(ri, first)
    w.beat(ctx.title, ctx.L(f"The block's integral: ${shown}$. First, the region $D$ it runs over.",
                            f"题中的积分：${shown}$。先画出积分区域 $D$。"))
    w.code(f"formula = {math_mob(shown, 34)}",
           "formula.next_to(title, DOWN, buff=0.25)")
    w.fit("formula", 12.5, 1.2)
    w.code(
        f"axes = Axes(x_range=[{fmt(xlo, 3)}, {fmt(xhi, 3)}, {fmt(step)}], y_range=[{fmt(ylo, 3)}, {fmt(yhi, 3)}, {fmt(step)}], "
        f"x_length={fmt((xhi - xlo) * unit, 3)}, y_length={fmt((yhi - ylo) * unit, 3)}, tips=False, "
        "axis_config={'include_numbers': True, 'font_size': 22})",
        "axes.to_edge(LEFT, buff=0.5).to_edge(DOWN, buff=0.3)",
        "axis_labels = axes.get_axis_labels(MathTex('x', font_size=30), MathTex('y', font_size=30))",
    )
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.2)
    w.play("Create(axes), FadeIn(axis_labels)", 1.0)

    # the region and its boundary, labelled as the description's bounds
    _functions(ctx, first, "a")
    o, i = _var_tex(first.kind)
    iname = {"dy": "y", "dx": "x", "polar": "r"}[first.kind]
    w.code("region = VGroup()", "edges = VGroup()", "edge_labels = VGroup()", "_seen = set()")
    w.code(
        "def _label(tex, point, way):",
        "    if tex in _seen or tex.endswith('= 0'):  # an axis is labelled already",
        "        return",
        "    _seen.add(tex)",
        "    m = MathTex(tex, font_size=28, color=BLUE_B).add_background_rectangle(opacity=0.8, buff=0.05)",
        "    edge_labels.add(m.next_to(point, way, buff=0.1))",
    )
    for k, p in enumerate(first.pieces):
        a, b = fmt(float(p.a), 8), fmt(float(p.b), 8)
        lo_pt, hi_pt = _point(first.kind, "u", f"lo_a{k}(u)"), _point(first.kind, "u", f"hi_a{k}(u)")
        w.code(
            f"us = np.linspace({a}, {b}, 80)",
            f"region.add(Polygon(*[{lo_pt} for u in us], *[{hi_pt} for u in us[::-1]], stroke_width=0, fill_color=TEAL, fill_opacity=0.45))",
            f"for fn, tex, way in ((lo_a{k}, lo_tex_a[{k}], -1), (hi_a{k}, hi_tex_a[{k}], 1)):",
            f"    pts = [{_point(first.kind, 'u', 'fn(u)')} for u in us]",
            "    if np.linalg.norm(pts[-1] - pts[0]) > 1e-3 or np.linalg.norm(pts[len(pts) // 2] - pts[0]) > 1e-3:",
            "        edges.add(VMobject(stroke_color=BLUE_B, stroke_width=4).set_points_smoothly(pts))",
            "        mid = pts[len(pts) // 2]",
            ("        _label(tex, mid, DOWN if way < 0 else UP)" if first.kind == "dy" else
             "        _label(tex, mid, LEFT if way < 0 else RIGHT)" if first.kind == "dx" else
             "        _label(tex, mid, (mid - axes.c2p(0, 0)) / max(np.linalg.norm(mid - axes.c2p(0, 0)), 1e-6) * way)"),
            f"for u in ({', '.join([u for u, end in ((a, k == 0), (b, k == len(first.pieces) - 1)) if end] + ['None'])},):  # D's own ends",
            "    if u is None:  # not the cuts between pieces",
            "        continue",
            f"    p0, p1 = {_point(first.kind, 'u', f'lo_a{k}(u)')}, {_point(first.kind, 'u', f'hi_a{k}(u)')}",
            "    if np.linalg.norm(p1 - p0) > 1e-3:",
            "        edges.add(Line(p0, p1, stroke_color=BLUE_B, stroke_width=4))",
        )
        if first.kind != "polar":
            for u, way in ((p.a, "LEFT" if first.kind == "dy" else "DOWN"), (p.b, "RIGHT" if first.kind == "dy" else "UP")):
                if k in (0, len(first.pieces) - 1) and (u == p.a) == (k == 0) and u != 0:  # x = 0 is the axis itself
                    w.code(f"if np.linalg.norm({_point(first.kind, fmt(float(u), 8), f'hi_a{k}({fmt(float(u), 8)})')} - "
                           f"{_point(first.kind, fmt(float(u), 8), f'lo_a{k}({fmt(float(u), 8)})')}) > 1e-3:",
                           f"    _label(r'{o} = {_b(u)}', {_point(first.kind, fmt(float(u), 8), f'(lo_a{k}({fmt(float(u), 8)}) + hi_a{k}({fmt(float(u), 8)})) / 2')}, {way})")
    w.code("edge_labels.set_z_index(3)")
    w.beat(ctx.L("The region D", "积分区域 D"), ctx.L(
        "The region $D$, shaded, between its boundary curves.", "阴影部分是积分区域 $D$，由这些边界曲线围成。"))
    w.play("Create(edges), FadeIn(region)", 1.6)
    w.play("FadeIn(edge_labels)", 0.8)

    # the first description: its strips
    inner_said = _inner_words(ctx, first)
    w.beat(ctx.L("The inner integral: one strip", "内层积分：一条窄条"), inner_said)
    w.code(f"panel = VGroup({math_mob(iterated_tex(ri, first), 32)})",
           "panel.arrange(DOWN, aligned_edge=LEFT, buff=0.3)",
           "panel.next_to(formula, DOWN, buff=0.35).to_edge(RIGHT, buff=0.4)")
    w.fit("panel[0]", 6.6)
    w.code("panel.to_edge(RIGHT, buff=0.4)")
    _strip(ctx, first, "a")
    w.play("Write(panel[0])", 1.2)
    _sweep(ctx, first, "a")

    if second is not None:
        _functions(ctx, second, "b")
        polar = second.kind == "polar"
        w.beat(ctx.L("In polar coordinates" if polar else "The other order", "化为极坐标" if polar else "交换积分次序"),
               _inner_words(ctx, second, again=True))
        if len(second.pieces) > 1 and not polar:
            cuts = ", ".join(fmt(float(p.b), 8) for p in second.pieces[:-1])
            w.code(f"splits = VGroup(*[DashedLine(axes.c2p(axes.x_range[0], c), axes.c2p(axes.x_range[1], c), color=ORANGE) "
                   f"for c in ({cuts},)])" if second.kind == "dx" else
                   f"splits = VGroup(*[DashedLine(axes.c2p(c, axes.y_range[0]), axes.c2p(c, axes.y_range[1]), color=ORANGE) "
                   f"for c in ({cuts},)])")
            w.play("Create(splits)", 0.8)
        w.code(f"panel.add({math_mob('= ' + iterated_tex(ri, second), 32)})",
               "panel.arrange(DOWN, aligned_edge=LEFT, buff=0.3)",
               "panel.next_to(formula, DOWN, buff=0.35).to_edge(RIGHT, buff=0.4)")
        w.fit("panel[1]", 6.6)
        w.code("panel.to_edge(RIGHT, buff=0.4)")
        _strip(ctx, second, "b")
        w.play("Write(panel[1])", 1.2)
        _sweep(ctx, second, "b")

    # the value
    value = (f"{ri.exact} \\approx {fmt(ri.value, 5)}" if ri.exact and ri.exact != fmt(ri.value, 5) else
             ri.exact or f"\\approx {fmt(ri.value, 6)}")
    w.beat(ctx.L("The value", "积分值"), ctx.L(f"Integrating inner then outer: $\\iint_D = {value}$.",
                                              f"先内后外积分得：$\\iint_D = {value}$。"))
    w.code(f"result = {math_mob('= ' + value, 36, 'YELLOW')}",
           "panel.add(result)",
           "panel.arrange(DOWN, aligned_edge=LEFT, buff=0.3)")
    w.fit("panel", 6.6, 4.6)
    w.code("panel.next_to(formula, DOWN, buff=0.35).to_edge(RIGHT, buff=0.4)")
    w.play("Write(result)", 1.2)
    if ri.stated is not None:
        if ri.stated_ok:
            w.beat(ctx.L("The stated value", "题中给出的值"), ctx.L(f"The block states ${ri.stated}$: that is right.",
                                                                f"题中给出 ${ri.stated}$，结果正确。"))
            verdict = math_mob(ri.stated + r" \ \checkmark", 32, "GREEN")
            w.code(f"verdict = {verdict}")
        else:
            w.beat(ctx.L("The stated value", "题中给出的值"), ctx.L(
                f"The block states ${ri.stated}$; that is false: the integral is ${value}$.",
                f"题中写 ${ri.stated}$，这不成立：积分值是 ${value}$。"))
            verdict = math_mob(r"\iint_D \neq " + ri.stated, 32, "RED")
            w.code(f"verdict = {verdict}")
        w.code("verdict.next_to(result, DOWN, aligned_edge=LEFT, buff=0.3)")
        w.fit("verdict", 6.2)
        w.play("FadeIn(verdict)", 0.8)
        if not ri.stated_ok:
            w.code("cross = Cross(stroke_width=6).scale(0.25).next_to(verdict, RIGHT, buff=0.3)")
            w.play("Create(cross)", 0.6)
    w.wait(1.5)


def _inner_words(ctx: Ctx, desc: Description, again: bool = False) -> str:
    """What the strips of ``desc`` say: the inner variable's limits at each value of the outer one."""
    o, i = _var_tex(desc.kind)
    pieces_en = "; ".join(f"for ${_b(p.a)} \\le {o} \\le {_b(p.b)}$, ${i}$ runs from ${p.lo_tex}$ to ${p.hi_tex}$" for p in desc.pieces)
    pieces_zh = "；".join(f"当 ${_b(p.a)} \\le {o} \\le {_b(p.b)}$ 时，${i}$ 从 ${p.lo_tex}$ 到 ${p.hi_tex}$" for p in desc.pieces)
    shape = {"dy": ("vertical strips", "竖直窄条", "先对 $y$ 后对 $x$"), "dx": ("horizontal strips", "水平窄条", "先对 $x$ 后对 $y$"),
             "polar": ("rays from the origin, $d\\sigma = r\\,dr\\,d\\theta$", "从原点出发的射线，$\\mathrm{d}\\sigma = r\\,\\mathrm{d}r\\,\\mathrm{d}\\theta$",
                       "先对 $r$ 后对 $\\theta$")}[desc.kind]
    lead_en = "The same region, cut the other way" if again else "Cut D into"
    return ctx.L(f"{lead_en}: {shape[0]}. {pieces_en[0].upper() + pieces_en[1:]}.",
                 f"{'同一个区域换一种分法' if again else '把 D 分成'}{shape[1]}（{shape[2]}）：{pieces_zh}。")


@check("region_of_integration")
def _check(facts):
    ri: RegionIntegral = facts["region"]
    first = ri.first
    o, i = _var_tex(first.kind)
    p = first.pieces[0]
    return (f"In ${iterated_tex(ri, first)}$, why are the inner limits functions of ${o}$ while the outer ones are numbers?",
            f"在 ${iterated_tex(ri, first)}$ 中，为什么内层积分限是 ${o}$ 的函数，而外层积分限是常数？",
            f"At each ${o}$ the strip of $D$ runs from ${i} = {p.lo_tex}$ to ${i} = {p.hi_tex}$, which depend on ${o}$; "
            f"the outer integral then adds the strips over the fixed range of ${o}$.",
            f"对每个 ${o}$，$D$ 中的窄条从 ${i} = {p.lo_tex}$ 到 ${i} = {p.hi_tex}$，随 ${o}$ 变化；外层积分再把这些窄条在 ${o}$ 的固定范围上累加。")
