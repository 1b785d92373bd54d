"""potential_surface: the author's radial potential V(r) (e.g. a "Mexican hat" -mu^2 r^2 + lambda r^4)
turned into a surface z = V(sqrt(x^2 + y^2)), with a ball rolling from the top to the valley; or
the author's V(x, y) (a saddle, a double well, (x^2 + y^2 - 1)^2) as the surface z = V(x, y) with
its critical points marked and a ball rolling downhill from the highest saddle or maximum.

Parameters the author does not give a value are set to 1, and the scene says so.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from ..families import no_formula
from ..given import assigned
from ..latex import single_line, split_top
from ..symbolic import evaluate, normalize, parse, to_numpy
from ..notes import check
from ._three_d import axes_code, ball_code
from .common import Ctx, fmt, math_mob

TITLE = ("A Potential Surface", "势能曲面")
WHAT = ("A potential $V$ that depends only on the distance $r$ from the centre is a surface of revolution. A "
        "\"Mexican hat\" $V = -\\mu^2 r^2 + \\lambda r^4$ has a hump at $r = 0$ and a ring-shaped valley at "
        "$r = \\mu/\\sqrt{2\\lambda}$: a ball at the top rolls down into the valley in some direction, breaking the symmetry.",
        "只依赖于到中心距离 $r$ 的势能 $V$ 是一个旋转曲面。“墨西哥帽”势 $V = -\\mu^2 r^2 + \\lambda r^4$ 在 $r = 0$ 处有个隆起，"
        "在 $r = \\mu/\\sqrt{2\\lambda}$ 处有一圈环形谷底：顶上的小球会沿某个方向滚进谷底，对称性因此破缺。")
PRIORITY = 125
THREE_D = True
KEYWORDS = (r"mexican\s+hat", r"墨西哥帽", r"potential", r"势能", r"势函数", r"spontaneous\s+symmetry\s+breaking", r"对称性破缺",
            r"double[- ]well", r"双势阱")
_RADIAL = ("r", "phi", "varphi", "rho", "x", "psi", "q")


@dataclass
class Potential:
    code: str  # numpy code in r (radial) or in x and y (planar)
    tex: str  # the author's right-hand side
    shown: dict  # parameters set to a value: name -> value
    planar: object = None  # the sympy V(x, y) when the author wrote one


_EXAMPLE = ("-2 * r**2 + r**4", r"-2r^2 + r^4", {})


def needs(info):
    """The author's V(r) in one radial variable, or V(x, y) (other symbols set to their given
    values or 1), as a :class:`Potential`; the example hat only when the block has no formula."""
    if no_formula(info):
        return Potential(*_EXAMPLE)
    given = assigned(info, ("\\mu", "\\lambda", "a", "b", "k", "m", "v"))
    for tex in info.blocks:
        parts = split_top(single_line(tex), "=")
        rhs = parts[-1] if len(parts) > 1 and re.search(r"V|U|E_p", parts[0]) else None
        if rhs is None:
            continue
        flat = re.sub(r"\|\s*(\\?[A-Za-z]+)\s*\|", r"\1", rhs)  # |phi|^2 -> phi^2
        # mu^2 phi^2: the parser needs the product written out
        flat = re.sub(r"(\^\s*(?:\{[^{}]*\}|\w))\s*(?=\\[A-Za-z]|[A-Za-z(])(?!\\cdot)", r"\1 \\cdot ", flat)
        expr = parse(flat)
        if expr is None:
            continue
        import sympy as sp

        expr = normalize(expr)
        names = {s.name: s for s in expr.free_symbols}
        planar = {"x", "y"} <= set(names) and "z" not in names  # V(x, y, z) cannot be one surface
        radial = [n for n in _RADIAL if n in names]
        if not planar and (len(radial) != 1 or {"y", "z"} & set(names)):  # one radial variable, no other coordinate
            continue
        var = None if planar else names[radial[0]]
        shown = {}
        subs = {}
        for name, sym in names.items():
            if sym is var or (planar and name in ("x", "y")):
                continue
            value = given.get("\\" + name, given.get(name, 1.0))
            subs[sym] = sp.Integer(int(value)) if float(value).is_integer() else sp.Float(value)
            shown[name] = value
        if planar:
            found = _planar(expr.subs(subs), rhs.strip(), shown)
            if found is not None:
                return found
            continue
        body = expr.subs(subs).subs(var, sp.Symbol("r"))
        code = to_numpy(body, ("r",))
        if not code:
            continue
        ys = evaluate(code, "r", np.linspace(0, 3, 61))
        if ys is None or not np.all(np.isfinite(ys)):
            continue
        return Potential(code, rhs.strip(), shown)
    return None


def _planar(expr, tex: str, shown: dict) -> Potential | None:
    from ..symbolic import evaluate2

    code = to_numpy(expr, ("x", "y"))
    if not code:
        return None
    g = np.linspace(-3, 3, 31)
    Z = evaluate2(code, *np.meshgrid(g, g))
    if Z is None or not np.all(np.isfinite(Z)):
        return None
    return Potential(code, tex, shown, expr)


def _valley(code: str) -> tuple[float, float]:
    """The radius of the lowest point on [0, 3] and a plot radius showing the valley and the rim."""
    rs = np.linspace(0, 3, 601)
    vs = evaluate(code, "r", rs)
    r0 = float(rs[int(np.argmin(vs))])
    return r0, max(1.0, min(3.0, 1.35 * r0)) if r0 > 0 else 2.0


def build(ctx: Ctx) -> None:
    w = ctx.w
    pot = needs(ctx.info) or Potential(*_EXAMPLE)
    if pot.planar is not None:
        from ._planar_potential import build_planar

        return build_planar(ctx, pot)
    code, tex, shown = pot.code, pot.tex, pot.shown
    r0, R = _valley(code)
    rs = np.linspace(0, R, 201)
    vs = evaluate(code, "r", rs)
    lo, hi = float(vs.min()), float(vs.max())
    k = 2.6 / max(hi - lo, 1e-6)  # the surface about 2.6 units tall
    ctx.facts.update(r0=r0, vmin=lo, tex=tex, planar=False)
    names = {n: ("\\" + n if len(n) > 1 else n) for n in shown}
    values = ", ".join(f"${names[n]} = {fmt(v, 3)}$" for n, v in sorted(shown.items()))
    lead = ctx.L("For instance, t", "例如，") if not ctx.info.blocks else ctx.L("T", "")
    note = ctx.L(f" (with {values})" if values else "", f"（取 {values}）" if values else "")
    w.beat(ctx.title, ctx.L(f"{lead}he potential $V = {tex}${note}, turned about the vertical axis.",
                            f"{lead}势能 $V = {tex}${note}，绕竖直轴旋转成曲面。"))
    w.code("self.set_camera_orientation(phi=58 * DEGREES, theta=-60 * DEGREES, zoom=0.85)")
    w.title(ctx.title)
    w.code(
        f"formula = {math_mob('V = ' + tex, 36)}.to_corner(UL, buff=0.4).shift(DOWN * 0.6)",
        "if formula.width > 6:",
        "    formula.scale_to_fit_width(6).to_corner(UL, buff=0.4).shift(DOWN * 0.6)",
        "self.add_fixed_in_frame_mobjects(formula)",
        "self.remove(formula)",
    )
    axes_code(ctx, f"x_range=[-{fmt(R, 3)}, {fmt(R, 3)}, 1], y_range=[-{fmt(R, 3)}, {fmt(R, 3)}, 1], z_range=[-1.5, 1.5, 1], "
                   "x_length=6, y_length=6, z_length=3")
    w.code(
        "",
        "def V(r):",
        f"    return {fmt(k, 4)} * ({code}) + ({fmt(-k * (lo + hi) / 2, 4)})  # scaled and centred to fit",
        "",
        "surface = Surface(lambda u, v: axes.c2p(u * np.cos(v), u * np.sin(v), V(u)),",
        f"                  u_range=[{fmt(0.02 * R, 4)}, {fmt(R, 4)}], v_range=[0, TAU], resolution=(10, 16),",
        "                  checkerboard_colors=[BLUE_D, TEAL_D], fill_opacity=0.85, stroke_width=0)",
        f"profile = ParametricFunction(lambda s: axes.c2p(s, 0, V(abs(s))), t_range=[-{fmt(R, 4)}, {fmt(R, 4)}], color=YELLOW, stroke_width=5)",
        f"path = ParametricFunction(lambda s: axes.c2p(s * np.cos(0.6), s * np.sin(0.6), V(s) + 0.12), t_range=[0.001, {fmt(max(r0, 0.001), 4)}])",
    )
    ball_code(ctx, "path.get_start()")
    w.play("Write(title), FadeIn(formula), Create(axes)", 1.2)
    w.beat(ctx.L("The profile", "剖面"), ctx.L(f"The curve $V(r)$ along one radius; its lowest point is at $r = {fmt(r0, 3)}$.",
                                              f"沿一条半径的曲线 $V(r)$，最低点在 $r = {fmt(r0, 3)}$。"))
    w.play("Create(profile)", 1.4)
    w.beat(ctx.L("Turn it round", "旋转成曲面"), ctx.L("Since $V$ depends only on $r$, turning the profile about the axis gives the surface.",
                                                    "$V$ 只依赖于 $r$，把剖面绕轴旋转一周就得到曲面。"))
    w.play("Create(surface)", 2)
    if r0 > 0.05:
        w.beat(ctx.L("Rolling into the valley", "滚入谷底"),
               ctx.L(f"A ball balanced on the hump at $r = 0$ rolls down into the ring-shaped valley at $r = {fmt(r0, 3)}$ — in one direction out of all.",
                     f"停在 $r = 0$ 隆起处的小球会滚进 $r = {fmt(r0, 3)}$ 的环形谷底——只选了所有方向中的一个。"))
        w.play("FadeIn(ball)", 0.6)
        w.play("MoveAlongPath(ball, path)", 1.8, "rate_func=rush_into")
    w.move_camera("phi=48 * DEGREES, theta=25 * DEGREES", 2.2)
    w.wait(1)


@check("potential_surface")
def _check(f):
    if f["planar"]:
        from ._planar_potential import planar_check

        return planar_check(f)
    r0 = f["r0"]
    return ("Where is the potential lowest, and how many such points are there on the surface?",
            "势能在哪里最低？曲面上这样的点有多少个？",
            f"At $r = {fmt(r0, 3)}$ — a whole circle of points, since $V$ depends only on $r$." if r0 > 0.05 else
            "At the centre $r = 0$: a single point.",
            f"在 $r = {fmt(r0, 3)}$ 处——整整一圈点，因为 $V$ 只依赖于 $r$。" if r0 > 0.05 else "在中心 $r = 0$：只有一个点。")
