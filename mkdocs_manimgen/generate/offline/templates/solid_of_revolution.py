"""solid_of_revolution: the author's y = f(x) on [a, b] turned about an axis, with one slice.

Disk method (about the x-axis): a slice is a disk of radius f(x), V = pi * int_a^b f(x)^2 dx.
Shell method (about the y-axis, when the block says so): a slice is a cylindrical shell of
radius x and height f(x), V = 2 pi * int_a^b x f(x) dx. The volume is integrated numerically
at design time and written into the scene.

Discs stacked along the y-axis (:class:`DiscsAboutY`): the region between the author's curve, the y-axis and a
line y = H turned about the y-axis; the slice at height y is a disc of radius x = g(y) (the curve solved for x),
V = pi * int_c^d g(y)^2 dy. A letter of the curve or the bounds (y = kx^2, y = H) takes the value the author
gives it (k = 2, H = 6); each volume or radius the block states is checked there, and a false one said false.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from ..claims.core import differs
from ..given import function_in, integrals, interval
from ..latex import single_line, split_top
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


def evidence(info) -> int | None:
    """0: the keywords, or the block asks the verifier's "a volume of revolution" in any of its phrasings ("Rotate
    the region ... about the $y$-axis", "绕 $y$ 轴旋转", where the math taken out of the prose splits the keywords)."""
    if any(re.search(k, info.prose, re.I) for k in KEYWORDS) or info.reading.asks("a volume of revolution"):
        return 0
    return None


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


def needs(info) -> Region | DiscsAboutY | None:
    """Discs about the y-axis (:func:`discs_about_y`), or the author's f(x) (y = f(x), or the integrand of their
    volume integral) and [a, b]."""
    return discs_about_y(info) or _under_curve(info)


# An axis other than the two coordinate axes: "about the line y = 3", "绕直线 y=3", "around x = -1".  Washers about
# it are another solid than the disks about the x-axis this family draws.
_OTHER_AXIS = re.compile(r"(?:about|around|绕)\s*(?:the\s+)?(?:line|直线)?\s*\$\s*[xy]\s*=\s*-?[^0\s$][^$]*\$", re.I)


def _under_curve(info) -> Region | None:
    import sympy as sp

    if _OTHER_AXIS.search(info.concept):
        return None
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


# -- the region between a curve, the y-axis and y = H, turned about the y-axis: discs stacked along it

_ABOUT_Y = r"(?:about|around)\s+(?:the\s+)?\$?\s*y\s*\$?\s*-?\s*axis|绕\s*\$?\s*y\s*\$?\s*轴"
_Y_AXIS = r"\$?\s*y\s*\$?\s*-?\s*axis|\$?\s*y\s*\$?\s*轴"
# where the prose gives the volume: "with k = 2, H = 6 this is $9\pi$", "体积为 $9\pi$"
_GIVES = r"(?:\bis|\bequals?|\bgives?|\bbecomes?|为|是|等于|得到?)\s*\$([^$=<>]+)\$"


@dataclass(frozen=True)
class DiscsAboutY:
    """The region between the author's curve (``curve``: y = F(x), their values put in), the y-axis and the heights
    c..d, turned about the y-axis: the slice at height y is a disc of radius g(y) (``radius``, sympy in y)."""

    curve: str
    radius: object
    c: object  # sympy, exact
    d: object
    values: dict  # the author's values of their letters, {"k": 2, "H": 6}
    volume: object  # sympy: pi * int_c^d g(y)^2 dy
    false: tuple  # (stated, true) LaTeX of each statement of the block that is false with those values

    @property
    def code(self) -> str:
        return to_numpy(self.radius, ("y",))


def _closed(expr, values: dict, variable: str = ""):
    """expr with the author's values put in and worked out (sympy), or None when a letter other than ``variable``
    is left."""
    import sympy as sp

    from ..symbolic import normalize

    try:
        expr = normalize(expr).subs({sp.Symbol(k): sp.nsimplify(v) for k, v in values.items()})
        if expr.has(sp.Integral):
            expr = expr.doit()
        if {s.name for s in expr.free_symbols} - {variable}:
            return None
        return sp.simplify(expr) if variable else sp.nsimplify(sp.simplify(expr), [sp.pi])
    except Exception:  # noqa: BLE001 - an expression sympy cannot settle states nothing we can check
        return None


def discs_about_y(info) -> DiscsAboutY | None:
    """The region between the author's curve y = F(x), the y-axis and y = H (and y = c, or the curve's own
    height at x = 0), turned about the y-axis; None unless every letter has the author's value and the curve
    solved for x gives each height one radius."""
    import sympy as sp

    from ..symbolic import parse
    from .common import given_values

    if not re.search(_ABOUT_Y, info.concept, re.I) or re.search(r"shell|柱壳", info.prose, re.I):
        return None
    x, y = sp.symbols("x y")
    curve, levels, radii, rows = None, [], [], []
    for block in info.blocks:
        for piece in re.split(r"(?<!\\)[,;]|\\q?quad", single_line(block)):
            parts = [p.strip() for p in split_top(piece, "=")]
            if len(parts) < 2:
                continue
            rows.append(parts)
            expr = parse(parts[1]) if len(parts) == 2 else None
            if not isinstance(expr, sp.Expr):
                continue
            if parts[0] == "y" and x in expr.free_symbols and curve is None:
                curve = (parts[1], expr)
            elif parts[0] == "y" and not expr.free_symbols & {x, y}:
                levels.append(expr)
            elif parts[0] == "x" and y in expr.free_symbols:
                radii.append((parts[1], expr))
    bounded = len(re.findall(_Y_AXIS, info.concept, re.I)) >= 2 or any(r[0] == "x" and r[1:] == ["0"] for r in rows)
    if curve is None or not levels or not bounded:
        return None
    letters = sorted({s.name for e in [curve[1], *levels] for s in e.free_symbols} - {"x"})
    values = given_values(info, tuple(letters)) if letters else {}
    if len(values) < len(letters):
        return None  # a letter without the author's value: nothing to draw it at
    F = _closed(curve[1], values, "x")
    heights = sorted({h for h in (_closed(e, values) for e in levels) if h is not None}, key=float)
    if F is None or not heights:
        return None
    c, d = (heights[0], heights[-1]) if len(heights) > 1 else sorted((F.subs(x, 0), heights[0]), key=float)
    if not float(c) < float(d):
        return None
    radius = _radius(F, c, d)
    if radius is None:
        return None
    V = sp.nsimplify(sp.pi * sp.integrate(sp.expand(radius ** 2), (y, c, d)), [sp.pi])
    false = [(f"x = {tex}", f"x = {sp.latex(radius)}") for tex, e in radii
             if (g := _closed(e, values, "y")) is not None and not _same(g, radius, c, d)]
    false += [(f"{lhs} = {tex}" if lhs else tex, f"V = {sp.latex(V)}") for lhs, tex in _stated_volumes(info, rows)
              if (v := _closed(parse(tex), values)) is not None and differs(tex, float(v), float(V))]
    return DiscsAboutY(f"y = {sp.latex(F)}", radius, c, d, values, V, tuple(false))


def _radius(F, c, d):
    """The curve y = F(x) solved for x >= 0: one real radius at every height in [c, d], or None."""
    import sympy as sp

    x, y = sp.symbols("x y")
    heights = np.linspace(float(c), float(d), 9)
    for g in sp.solve(sp.Eq(y, F), x):
        try:
            xs = [complex(g.subs(y, h)) for h in heights]
        except (TypeError, ValueError):
            continue
        if all(abs(v.imag) < 1e-9 and v.real > -1e-9 for v in xs) and max(v.real for v in xs) > 0:
            return sp.simplify(g)
    return None


def _same(g, radius, c, d) -> bool:
    import sympy as sp

    y = sp.Symbol("y")
    return all(abs(complex(g.subs(y, h)) - complex(radius.subs(y, h))) < 1e-9 for h in np.linspace(float(c), float(d), 7)[1:])


def _stated_volumes(info, rows: list[list[str]]):
    """(left side, LaTeX) of each value the block gives the volume: the later sides of ``V = ... = ...`` (and its
    integral), and a number the prose says it is ("this is $9\\pi$")."""
    for parts in rows:
        if parts[0] == "V" or "\\int" in parts[0]:
            first = "V" if parts[0] == "V" else ""
            for side in parts[1:] if first else parts:
                yield first, side
    for m in re.finditer(_GIVES, info.concept, re.I):
        yield "V", m[1].strip()


def volume(r: Region) -> float:
    xs = np.linspace(r.a, r.b, 2001)
    ys = evaluate(r.code, "x", xs)
    integrand = 2 * math.pi * xs * ys if r.shell else math.pi * ys ** 2
    return float(np.sum((integrand[1:] + integrand[:-1]) / 2 * np.diff(xs)))


def build(ctx: Ctx) -> None:
    r = needs(ctx.info) or Region("np.sqrt(x)", r"\sqrt{x}", 0.0, 4.0, False)
    if isinstance(r, DiscsAboutY):
        _build_discs(ctx, r)
        return
    w = ctx.w
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


def _radius_tex(g) -> str:
    """The radius as a reader writes it: \\sqrt{\\frac{y}{2}}, not sympy's \\frac{\\sqrt{2} \\sqrt{y}}{2}."""
    import sympy as sp

    square = sp.simplify(g ** 2)
    if not g.is_polynomial() and square.is_rational_function():
        return rf"\sqrt{{{sp.latex(square)}}}"
    return sp.latex(g)


DISCS = 6  # discs in the stack: enough to see the sum, few enough to see each


def _build_discs(ctx: Ctx, r: DiscsAboutY) -> None:
    """The region in the upright (x, y) plane, the solid swept about the y-axis (upright on screen), one disc at
    height y of radius x = g(y), then a stack of discs along the axis and V = pi int_c^d g(y)^2 dy."""
    import sympy as sp

    w = ctx.w
    c, d, V = float(r.c), float(r.d), float(r.volume)
    g_tex, c_tex, d_tex = _radius_tex(r.radius), sp.latex(r.c), sp.latex(r.d)
    top = float(max(evaluate(r.code, "y", np.linspace(c, d, 101))))
    ctx.facts.update(tex=r.curve, a=c, b=d, V=V, shell=False, about_y=True)
    given = ", ".join(f"{k} = {fmt(v)}" for k, v in r.values.items())
    law = rf"V = \pi\int_{{{c_tex}}}^{{{d_tex}}} \left({g_tex}\right)^2 dy = {sp.latex(r.volume)}"
    w.beat(ctx.title, ctx.L(
        f"The region between ${r.curve}$, the $y$-axis and $y = {d_tex}$" + (f" (with ${given}$)" if given else "") + ", turned about the $y$-axis.",
        f"${r.curve}$、$y$ 轴与 $y = {d_tex}$ 所围的区域" + (f"（取 ${given}$）" if given else "") + "，绕 $y$ 轴旋转。"))
    # the author's y is the upright axis on screen (the scene's z), the discs lie flat in the scene's x-y plane
    # seen nearly square-on to the region's plane first (theta -80), so the region reads as the author drew it
    open_3d(ctx, "phi=72 * DEGREES, theta=-80 * DEGREES, zoom=0.9", law, 34, max_width=7)
    R = max(1, math.ceil(top * 1.15))
    lo, hi = math.floor(min(c, 0.0)), math.ceil(d * 1.1)
    unit = min(3.0 / R, 5.0 / (hi - lo), 1.4)
    flat = f"[-{R}, {R}, 1]"
    axes_code(ctx, f"x_range={flat}, y_range={flat}, z_range=[{lo}, {hi}, {1 if hi - lo <= 12 else 2}], "
                   f"x_length={fmt(unit * 2 * R, 3)}, y_length={fmt(unit * 2 * R, 3)}, z_length={fmt(unit * (hi - lo), 3)}")
    w.code(f"axes.shift(-axes.c2p(0, 0, {fmt((lo + hi) / 2, 4)}) + IN * 0.45)  # the solid's middle height a little below the frame's centre")
    u_lo = c + 0.01 * (d - c) if float(r.radius.subs(sp.Symbol("y"), r.c)) < 1e-6 else c  # no face of zero radius
    w.code(
        "",
        "def g(y):  # the radius at height y: the curve solved for x",
        f"    return {r.code}",
        "",
        "def at(x, y, turn=0.0):  # the point (x, y) of the region, turned by `turn` about the y-axis",
        "    return axes.c2p(x * np.cos(turn), x * np.sin(turn), y)",
        "",
        f"curve = ParametricFunction(lambda t: at(g(t), t), t_range=[{fmt(c, 4)}, {fmt(d, 4)}], color=YELLOW, stroke_width=5)",
        f"lid = DashedLine(at(0, {fmt(d, 4)}), at(g({fmt(d, 4)}), {fmt(d, 4)}), color=YELLOW)",
        f"region = Polygon(*[at(g(t), t) for t in np.linspace({fmt(c, 4)}, {fmt(d, 4)}, 40)], at(0, {fmt(d, 4)}), at(0, {fmt(c, 4)}),",
        "                 stroke_width=0, fill_color=YELLOW, fill_opacity=0.35)",
        "y_label = MathTex('y', font_size=34).move_to(axes.c2p(0, 0, " + fmt(hi, 3) + ") + OUT * 0.35)",
        "self.add_fixed_orientation_mobjects(y_label)",
        "self.remove(y_label)",
        "solid = Surface(lambda u, v: at(g(u), u, v),",
        f"                u_range=[{fmt(u_lo, 4)}, {fmt(d, 4)}], v_range=[0, TAU], resolution=(8, 16),",
        "                checkerboard_colors=[BLUE_D, TEAL_D], fill_opacity=0.5, stroke_width=0)",
        "def disc(y0, dy, color, opacity):",
        "    rad = g(y0 + dy / 2)  # the slab's radius at its middle height",
        "    side = Surface(lambda u, v: at(rad, y0 + u * dy, v), u_range=[0, 1], v_range=[0, TAU], resolution=(1, 24),",
        "                   fill_color=color, fill_opacity=opacity, checkerboard_colors=False, stroke_width=0)",
        "    cap = Surface(lambda u, v: at(u * rad, y0 + dy, v), u_range=[0.01, 1], v_range=[0, TAU], resolution=(1, 24),",
        "                  fill_color=color, fill_opacity=opacity, checkerboard_colors=False, stroke_width=0)",
        "    return VGroup(side, cap)",
    )
    mid = (c + d) / 2
    step = (d - c) / DISCS
    mid_r = float(evaluate(r.code, "y", np.array([mid]))[0])
    w.code(f"slice_ = disc({fmt(mid - 0.05 * (d - c), 4)}, {fmt(0.1 * (d - c), 4)}, ORANGE, 0.95)",
           f"stack = VGroup(*[disc({fmt(c, 4)} + k * {fmt(step, 6)}, {fmt(step, 6)}, [BLUE_D, TEAL_D][k % 2], 0.85) for k in range({DISCS})])")
    w.play("Write(title), FadeIn(formula), Create(axes), FadeIn(y_label)", 1.2)
    w.play("Create(curve), Create(lid), FadeIn(region)", 1.4)
    w.beat(ctx.L("Turn it about the y-axis", "绕 y 轴旋转"),
           ctx.L("Sweeping the region once around the $y$-axis gives the solid.", "区域绕 $y$ 轴扫过一周，形成旋转体。"))
    w.play("Create(solid)", 2.2)
    w.beat(ctx.L("One slice", "一个薄片"), ctx.L(
        f"The slice at height $y$ is a disc of radius $x = {g_tex}$: at $y = {fmt(mid, 3)}$ it is ${fmt(mid_r, 3)}$, and its volume is $\\pi x^2\\,dy$.",
        f"高度 $y$ 处的薄片是半径 $x = {g_tex}$ 的圆盘：在 $y = {fmt(mid, 3)}$ 处半径为 ${fmt(mid_r, 3)}$，体积为 $\\pi x^2\\,dy$。"))
    w.play("FadeIn(slice_)", 1.2)
    w.beat(ctx.L("Stack the discs", "把圆盘叠起来"), ctx.L(
        f"Discs stacked along the $y$-axis from ${c_tex}$ to ${d_tex}$ fill the solid: $V = \\pi\\int_{{{c_tex}}}^{{{d_tex}}} x^2\\,dy = {sp.latex(r.volume)} \\approx {fmt(V, 3)}$.",
        f"沿 $y$ 轴从 ${c_tex}$ 到 ${d_tex}$ 叠起的圆盘填满旋转体：$V = \\pi\\int_{{{c_tex}}}^{{{d_tex}}} x^2\\,dy = {sp.latex(r.volume)} \\approx {fmt(V, 3)}$。"))
    w.play("FadeOut(solid), FadeOut(slice_), LaggedStart(*[FadeIn(s) for s in stack], lag_ratio=0.3)", 2.2)
    w.move_camera("phi=70 * DEGREES, theta=-115 * DEGREES", 2.2)
    if r.false:
        w.beat(ctx.L("The stated values", "题中给出的值"), ctx.L(
            " ".join(f"The block states ${said}$; that is false: ${true}$." for said, true in r.false),
            "".join(f"题中写 ${said}$，这不成立：${true}$。" for said, true in r.false)))
        w.code("false = VGroup(" + ", ".join(f"MathTex(r\"{said} \\neq\", r\"{true.split('=', 1)[1].strip()}\", font_size=34, color=RED)"
                                              for said, true in r.false) + ").arrange(DOWN, aligned_edge=LEFT, buff=0.2)",
               "false.next_to(formula, DOWN, buff=0.3).align_to(formula, LEFT)",
               "self.add_fixed_in_frame_mobjects(false)",
               "self.remove(false)")
        w.play("Write(false)", 1.2)
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
