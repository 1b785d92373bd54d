"""solid_of_revolution: the author's y = f(x) on [a, b] turned about an axis, with one slice.

Disk method (about the x-axis): a slice is a disk of radius f(x), V = pi * int_a^b f(x)^2 dx.
Shell method (about the y-axis, when the block says so): a slice is a cylindrical shell of
radius x and height f(x), V = 2 pi * int_a^b x f(x) dx. The volume is integrated numerically
at design time and written into the scene.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from ..given import function_in, integrals, interval
from ..symbolic import evaluate, to_numpy
from ..notes import check
from ._three_d import axes_code, open_3d
from .common import Ctx, fmt

TITLE = ("A Solid of Revolution", "旋转体的体积")
WHAT = ("Turning the region under $y = f(x)$, $a \\le x \\le b$, about an axis sweeps out a solid. About the $x$-axis each "
        "slice is a disk of radius $f(x)$, so $V = \\pi\\int_a^b f(x)^2\\,dx$; about the $y$-axis each slice is a cylindrical "
        "shell, so $V = 2\\pi\\int_a^b x f(x)\\,dx$.",
        "把 $y = f(x)$（$a \\le x \\le b$）下方的区域绕坐标轴旋转一周得到旋转体。绕 $x$ 轴时每一薄片是半径为 $f(x)$ 的圆盘，"
        "$V = \\pi\\int_a^b f(x)^2\\,dx$；绕 $y$ 轴时每一薄片是圆柱壳，$V = 2\\pi\\int_a^b x f(x)\\,dx$。")
PRIORITY = 115
THREE_D = True
KEYWORDS = (r"solids?\s+of\s+revolution", r"volumes?\s+of\s+revolution", r"旋转体", r"disk\s+method", r"disc\s+method",
            r"washer", r"shell\s+method", r"圆盘法", r"柱壳法", r"revolv", r"rotated\s+about", r"绕\s*[xy]\s*轴旋转")


@dataclass
class Region:
    code: str
    tex: str
    a: float
    b: float
    shell: bool  # about the y-axis


def _integral_parts(info):
    """(f, a, b) from the author's V = pi int_a^b f(x)^2 dx (f recovered from f^2) or 2 pi int x f(x) dx."""
    import sympy as sp

    for body, a, b in integrals(info):
        if isinstance(body, sp.Pow) and body.exp == 2:
            return body.base, a, b
        x = sp.Symbol("x")
        if body.is_Mul and x in body.args:  # the shell integrand x f(x)
            return sp.simplify(body / x), a, b
        return sp.sqrt(body), a, b
    return None


def needs(info) -> Region | None:
    """The author's f(x) (y = f(x), or the integrand of their volume integral) and [a, b]."""
    import sympy as sp

    shell = bool(re.search(r"shell|柱壳|y[- ]axis|y\s*轴", info.prose, re.I))
    plain = [b for b in info.blocks if "\\int" not in b]
    curves = {str(f[0]) for b in plain for f in [function_in([b])] if f is not None}
    if len(curves) > 1:
        return None  # a region between two curves (y = x^2 and y = 2x): this family turns one curve's region only
    found = function_in(plain)
    span = interval(info)
    parts = _integral_parts(info)
    if found is not None:
        expr, code, tex = found
    elif parts is not None:
        expr = parts[0]
        code, tex = to_numpy(expr, ("x",)), sp.latex(expr)
    else:
        return None
    if span is None and parts is not None:
        span = parts[1:]
    if not code or span is None or span[1] - span[0] > 20:
        return None
    a, b = span
    if shell and a < 0:
        return None
    ys = evaluate(code, "x", np.linspace(a, b, 101))
    if ys is None or not np.all(np.isfinite(ys)) or ys.min() < -1e-9 or ys.max() <= 0:
        return None
    return Region(code, tex, a, b, shell)


def volume(r: Region) -> float:
    xs = np.linspace(r.a, r.b, 2001)
    ys = evaluate(r.code, "x", xs)
    integrand = 2 * math.pi * xs * ys if r.shell else math.pi * ys ** 2
    return float(np.sum((integrand[1:] + integrand[:-1]) / 2 * np.diff(xs)))


def build(ctx: Ctx) -> None:
    w = ctx.w
    r = needs(ctx.info) or Region("np.sqrt(x)", r"\sqrt{x}", 0.0, 4.0, False)
    lead = ctx.L("For instance, ", "例如，") if not ctx.info.blocks else ""
    V = volume(r)
    xs = np.linspace(r.a, r.b, 101)
    top = float(np.max(evaluate(r.code, "x", xs)))
    A, B = _limit(r.a), _limit(r.b)
    ctx.facts.update(tex=r.tex, a=r.a, b=r.b, V=V, shell=r.shell)
    reach = max(abs(r.a), abs(r.b)) if r.shell else top  # the radius of the solid
    R = max(1, math.ceil(reach * 1.1))
    x_lo, x_hi = (min(0.0, math.floor(r.a)), math.ceil(r.b)) if not r.shell else (-R, R)
    unit = min(6.5 / (x_hi - x_lo), 2.3 / R, 1.4)  # the solid (2R tall) stays clear of the title
    law = (rf"V = 2\pi\int_{{{A}}}^{{{B}}} x\,({r.tex})\,dx \approx {fmt(V, 3)}" if r.shell else
           rf"V = \pi\int_{{{A}}}^{{{B}}} \left({r.tex}\right)^2 dx \approx {fmt(V, 3)}")
    axis = ctx.L("the y-axis" if r.shell else "the x-axis", "y 轴" if r.shell else "x 轴")
    w.beat(ctx.title, ctx.L(f"{lead}The region under $y = {r.tex}$ for ${A} \\le x \\le {B}$, turned about {axis}.",
                            f"{lead}$y = {r.tex}$ 在 ${A} \\le x \\le {B}$ 上与 $x$ 轴之间的区域，绕{axis}旋转。"))
    open_3d(ctx, "phi=70 * DEGREES, theta=-60 * DEGREES, zoom=0.9", law, 34, max_width=7)
    yz = f"[-{R}, {R}, 1]"
    axes_code(ctx, f"x_range=[{fmt(x_lo)}, {fmt(x_hi)}, 1], y_range={yz}, z_range={yz}, "
                   f"x_length={fmt(unit * (x_hi - x_lo), 3)}, y_length={fmt(unit * 2 * R, 3)}, z_length={fmt(unit * 2 * R, 3)}")
    mid = (r.a + r.b) / 2
    # a face of zero radius (the apex of sqrt(x) at 0, the axis in the shell method) has no normal and
    # shades as shards across the frame: start the sweep just beside it
    ends = evaluate(r.code, "x", np.array([r.a, r.b]))
    u_lo = r.a + 0.01 * (r.b - r.a) if (r.a == 0 if r.shell else ends[0] < 1e-6) else r.a
    u_hi = r.b - 0.01 * (r.b - r.a) if (not r.shell and ends[1] < 1e-6) else r.b
    w.code(
        "",
        "def f(x):",
        f"    return {r.code}",
        "",
        f"curve = ParametricFunction(lambda t: axes.c2p(t, f(t), 0), t_range=[{fmt(r.a, 4)}, {fmt(r.b, 4)}], color=YELLOW, stroke_width=5)",
        f"region = Polygon(*[axes.c2p(t, f(t), 0) for t in np.linspace({fmt(r.a, 4)}, {fmt(r.b, 4)}, 40)],",
        f"                 axes.c2p({fmt(r.b, 4)}, 0, 0), axes.c2p({fmt(r.a, 4)}, 0, 0), stroke_width=0, fill_color=YELLOW, fill_opacity=0.35)",
    )
    if r.shell:
        w.code(
            "solid = Surface(lambda u, v: axes.c2p(u * np.cos(v), f(u), u * np.sin(v)),",
            f"                u_range=[{fmt(u_lo, 4)}, {fmt(u_hi, 4)}], v_range=[0, TAU], resolution=(8, 16),",
            "                checkerboard_colors=[BLUE_D, TEAL_D], fill_opacity=0.6, stroke_width=0)",
            f"slice_ = Surface(lambda u, v: axes.c2p({fmt(mid, 4)} * np.cos(u), v, {fmt(mid, 4)} * np.sin(u)),",
            f"                 u_range=[0, TAU], v_range=[0, f({fmt(mid, 4)})], resolution=(20, 2),",
            "                 fill_color=ORANGE, fill_opacity=0.9, checkerboard_colors=False, stroke_width=0)",
        )
    else:
        w.code(
            "solid = Surface(lambda u, v: axes.c2p(u, f(u) * np.cos(v), f(u) * np.sin(v)),",
            f"                u_range=[{fmt(u_lo, 4)}, {fmt(u_hi, 4)}], v_range=[0, TAU], resolution=(8, 16),",
            "                checkerboard_colors=[BLUE_D, TEAL_D], fill_opacity=0.6, stroke_width=0)",
            f"slice_ = Surface(lambda u, v: axes.c2p({fmt(mid, 4)}, u * np.cos(v), u * np.sin(v)),",
            f"                 u_range=[0.01, f({fmt(mid, 4)})], v_range=[0, TAU], resolution=(2, 20),",
            "                 fill_color=ORANGE, fill_opacity=0.9, checkerboard_colors=False, stroke_width=0)",
        )
    w.play("Write(title), FadeIn(formula), Create(axes)", 1.2)
    w.play("Create(curve), FadeIn(region)", 1.4)
    w.beat(ctx.L("Turn it about the axis", "绕轴旋转"),
           ctx.L(f"Sweeping the region once around {axis} gives the solid.", f"区域绕{axis}扫过一周，形成旋转体。"))
    w.play("Create(solid)", 2.2)
    mid_f = float(evaluate(r.code, "x", np.array([mid]))[0])
    slice_text = (ctx.L(f"A thin shell at $x = {fmt(mid, 3)}$: radius ${fmt(mid, 3)}$, height $f({fmt(mid, 3)}) = {fmt(mid_f, 3)}$, volume $2\\pi x f(x)\\,dx$.",
                        f"$x = {fmt(mid, 3)}$ 处的薄圆柱壳：半径 ${fmt(mid, 3)}$，高 $f({fmt(mid, 3)}) = {fmt(mid_f, 3)}$，体积 $2\\pi x f(x)\\,dx$。")
                  if r.shell else
                  ctx.L(f"A thin disk at $x = {fmt(mid, 3)}$ has radius $f({fmt(mid, 3)}) = {fmt(mid_f, 3)}$ and volume $\\pi f(x)^2\\,dx$.",
                        f"$x = {fmt(mid, 3)}$ 处的薄圆盘半径为 $f({fmt(mid, 3)}) = {fmt(mid_f, 3)}$，体积为 $\\pi f(x)^2\\,dx$。"))
    w.beat(ctx.L("One slice", "一个薄片"), slice_text)
    w.play("FadeIn(slice_)", 1.2)
    w.beat(ctx.L("Add up the slices", "把薄片加起来"),
           ctx.L(f"Adding all the slices gives $V \\approx {fmt(V, 3)}$.", f"把所有薄片加起来得到 $V \\approx {fmt(V, 3)}$。"))
    w.move_camera("phi=70 * DEGREES, theta=-115 * DEGREES", 2.2)  # round to the other side, still across the axis
    w.wait(1.2)


def _limit(v: float) -> str:
    """An interval end as the author would write it: 4, or pi, 2pi, pi/2 for multiples of pi/2."""
    half = v / (math.pi / 2)
    if v and abs(half - round(half)) < 1e-9:
        n = int(round(half))
        return {1: r"\frac{\pi}{2}", 2: r"\pi", -2: r"-\pi"}.get(n, rf"{n // 2}\pi" if n % 2 == 0 else rf"\frac{{{n}\pi}}{{2}}")
    return fmt(v, 3)


@check("solid_of_revolution")
def _check(f):
    if f["shell"]:
        return ("Why does the shell method put an $x$ in front of $f(x)$?", "为什么柱壳法的被积函数里有一个 $x$？",
                "A shell of radius $x$ unrolls to a slab of length $2\\pi x$, height $f(x)$ and thickness $dx$.",
                "半径为 $x$ 的圆柱壳展开后是长 $2\\pi x$、高 $f(x)$、厚 $dx$ 的薄板。")
    return (f"If the region under $y = {f['tex']}$ were twice as tall, how would the volume change?",
            f"如果 $y = {f['tex']}$ 下方的区域高度加倍，体积如何变化？",
            f"It would be 4 times as large, about ${fmt(4 * f['V'], 3)}$: each disk's area $\\pi f(x)^2$ grows with the square of its radius.",
            f"变为 4 倍，约 ${fmt(4 * f['V'], 3)}$：每个圆盘面积 $\\pi f(x)^2$ 与半径的平方成正比。")
