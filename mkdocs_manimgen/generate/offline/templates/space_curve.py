"""space_curve: the author's r(t) = (x(t), y(t), z(t)) in 3D (a helix, for instance, when the block
writes no formula), traced by a dot, then seen from above.

When the block asks for the Frenet frame (T, N, B, the curvature, the torsion), the frame rides along the
curve instead: T = r'/|r'|, B = r' x r''/|r' x r''|, N = B x T, with the curvature |r' x r''|/|r'|^3 and
the torsion (r' x r'').r'''/|r' x r''|^2 read out. The derivatives are sympy's of the author's r(t) (the
author's values put in); a curvature or torsion the block states is checked and a false one called false.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import sympy as sp

from ..extrema import close_to_shown
from ..families import no_formula, pattern
from ..given import interval
from ..latex import fmt, single_line, split_top
from ..notes import check
from ..params import given_values_put_in
from ..parts.space import arrow3d_helper
from ..storyboard import math_mob
from ..symbolic import evaluate, normalize, parse, to_numpy
from ._three_d import axes_code, beside_panel, open_3d
from .common import Ctx, nice_step


_HELIX = (("np.cos(t)", "np.sin(t)", "t / 4"), r"\mathbf r(t) = (\cos t,\ \sin t,\ t/4)")
# The Frenet frame asked: its vectors, the curvature or the torsion of a space curve (curvature alone asks it of
# an r(t) in space: needs() wants one).
FRENET = (r"frenet|\bTNB\b|binormal|torsion|curvature|osculating|moving\s+(?:frame|trihedron)|"
          r"曲率|挠率|副法(?:向|线)|主法(?:向|线)|标架")
# ... or in the math: the frame's vectors listed (T, N, B, however decorated), or both kappa and tau.
_FRAME_TEX = r"(?<![A-Za-z\\])T\s*,\s*N\s*,\s*(?:and\s+)?B(?![A-Za-z])|\\kappa(?![A-Za-z])[\s\S]*\\tau(?![A-Za-z])"


def asks_frame(info) -> bool:
    """Whether the block asks for the Frenet frame, its curvature or its torsion (:data:`FRENET`, :data:`_FRAME_TEX`)."""
    plain = re.sub(r"\\(?:mathbf|vec|boldsymbol|bm|hat)\s*|[{}]", "", info.concept)
    return bool(pattern(FRENET).search(info.concept) or re.search(_FRAME_TEX, plain))


def own_curve(info):
    """The author's space curve as three numpy codes in ``t`` (a tuple ``(x, y, z)`` or rows
    ``x = …, y = …, z = …``), or None."""
    found = _curve(info)
    return found[1] if found else None


def _curve(info):
    """(sympy components, numpy codes, whether values were put in) of the author's r(t); a letter besides t must
    have the value the block gives it later (``(a\\cos t, a\\sin t, bt)`` with ``a = 3``, ``b = 1``: the author's
    substitution)."""
    for block in info.blocks:
        flat = re.sub(r"\\[ ,;:!]", " ", single_line(block).replace("&", " "))
        rhs = split_top(flat, "=")[-1].strip()
        inner = re.sub(r"^(\\left\s*)?(\(|\\langle)|(\\right\s*)?(\)|\\rangle)$", "", rhs).strip()
        parts = split_top(inner, ",") if inner != rhs else []
        if len(parts) != 3:
            rows = {m.group(1): m.group(2) for m in re.finditer(r"(?:^|[,;]|\\quad)\s*([xyz])(?:\(t\))?\s*=\s*([^,;=]+?)(?=\s*(?:[,;]|\\quad|$))", flat)}
            parts = [rows[k] for k in "xyz"] if set(rows) >= {"x", "y", "z"} else []
        exprs, codes, general = [], [], False
        for part in parts:
            expr = parse(part.strip())
            try:
                written = normalize(expr) if expr is not None else None
                expr = given_values_put_in(info, written, "t") if written is not None else None
                general = general or (expr is not None and expr != written)
                ok = expr is not None and {s.name for s in expr.free_symbols} <= {"t"}
            except Exception:
                ok = False
            code = to_numpy(expr, ("t",)) if ok else None
            if code is None:
                break
            exprs.append(expr)
            codes.append(code if "t" in code else f"{code} + 0 * t")
        if len(codes) == 3:
            return tuple(exprs), tuple(codes), general
    return None


def _shown(exprs) -> str:
    """r(t) as the scene writes it once the author's values are put in."""
    return r"\mathbf r(t) = \left(" + r",\ ".join(sp.latex(e) for e in exprs) + r"\right)"


def _t_range(codes) -> tuple[float, float]:
    periodic = any(f in c for c in codes for f in ("np.sin", "np.cos"))
    return (0.0, float(4 * np.pi)) if periodic else (-2.0, 2.0)


def _bounds(values) -> tuple[float, float, float]:
    lo, hi = float(np.min(values)), float(np.max(values))
    if hi - lo < 1e-6:
        lo, hi = lo - 1, hi + 1
    step = nice_step(hi - lo)
    return float(np.floor(lo / step) * step), float(np.ceil(hi / step) * step), step


@dataclass(frozen=True)
class Frame:
    """The Frenet frame of a curve on [t0, t1]: numpy codes of r', r'', r''' (each three, in t), the curvature
    and torsion at ``stops`` (one stop when both are constant, a helix), and the block's false statements of
    them as (what it states, what holds), LaTeX."""

    derivatives: tuple[tuple[str, str, str], ...]
    t: tuple[float, float]
    stops: tuple[float, ...]
    kappa: tuple[float, ...]
    tau: tuple[float, ...]
    false: tuple[tuple[str, str], ...]

    @property
    def constant(self) -> bool:
        return len(self.stops) == 1


def _code(expr) -> str | None:
    code = to_numpy(expr, ("t",))
    return None if code is None else code if "t" in code else f"{code} + 0 * t"


def _frame_range(info, codes) -> tuple[float, float]:
    """The author's range of t (``0 \\le t \\le 3``), else one turn of a periodic curve (a helix climbs out of the
    picture in two), else t in [-1, 1] (drawn to one scale, (t, t^2, t^3) on [-2, 2] is a thin vertical line)."""
    own = interval(info, "t", named=True)
    if own is not None:
        return own
    t0, t1 = _t_range(codes)
    return (t0, t0 + float(2 * np.pi)) if t1 - t0 > 2 * np.pi else (-1.0, 1.0)


def frenet(info) -> Frame | None:
    """The Frenet frame of the block's curve (the example helix when it writes no formula), when the block asks
    for it (:func:`asks_frame`); None otherwise, or where the curvature vanishes (N and B are undefined there)."""
    if not asks_frame(info):
        return None
    found = _curve(info)
    if found is None and not no_formula(info):
        return None
    t = sp.Symbol("t")
    exprs = found[0] if found else (sp.cos(t), sp.sin(t), t / 4)
    derivatives = tuple(tuple(_code(sp.diff(e, t, k)) for e in exprs) for k in (1, 2, 3))
    if any(c is None for row in derivatives for c in row):
        return None
    t0, t1 = _frame_range(info, found[1] if found else _HELIX[0])
    ts = np.linspace(t0, t1, 61)
    d1, d2, d3 = (np.array([evaluate(c, "t", ts) for c in row]).T for row in derivatives)
    cross = np.cross(d1, d2)
    turn, speed = np.linalg.norm(cross, axis=1), np.linalg.norm(d1, axis=1)
    if not (np.all(np.isfinite(turn)) and np.all(np.isfinite(d3))) or turn.min() < 1e-9 * max(1.0, float(speed.max()) ** 2):
        return None
    kappa, tau = turn / speed ** 3, np.einsum("ij,ij->i", cross, d3) / turn ** 2
    stops = (t1,) if _steady(kappa) and _steady(tau) else tuple(t0 + (t1 - t0) * i / 3 for i in (1, 2, 3))
    at = [int(np.argmin(np.abs(ts - s))) for s in stops]
    false = tuple(_stated_false(info, ts, {"kappa": kappa, "tau": tau}))
    return Frame(derivatives, (t0, t1), stops, tuple(float(kappa[i]) for i in at), tuple(float(tau[i]) for i in at), false)


def _steady(values) -> bool:
    return float(np.ptp(values)) <= 1e-9 * max(1.0, float(np.abs(values).max()))


def _exact(v: float) -> str:
    """A constant curvature or torsion as a fraction when it is one (3/10), else its decimals."""
    r = sp.nsimplify(v, tolerance=1e-10, rational=True)
    return sp.latex(r) if r.q <= 1000 else fmt(v, 4)


def _stated_false(info, ts, truth: dict[str, np.ndarray]):
    """(statement, what holds) for each ``\\kappa = …`` / ``\\tau = …`` of the block (the author's values put in,
    a decimal read to its own places) that differs from the curve's, on ``ts``."""
    for block in info.blocks:
        for piece in re.split(r";|\\q?quad", single_line(block)):
            for row in split_top(piece, ","):
                parts = re.split(r"=|\\approx(?![A-Za-z])", row)
                m = re.fullmatch(r"\s*\\(kappa|tau)\s*(?:\(\s*t\s*\))?\s*", parts[0])
                if not m:
                    continue
                true = truth[m.group(1)]
                for part in parts[1:]:
                    expr = parse(part.strip())
                    try:
                        expr = given_values_put_in(info, normalize(expr), "t") if expr is not None else None
                        got = evaluate(_code(expr), "t", ts) if expr is not None and expr.free_symbols <= {sp.Symbol("t")} else None
                    except Exception:  # a side sympy cannot read states nothing we check
                        got = None
                    if got is None:
                        continue
                    i = next((i for i, (g, w) in enumerate(zip(got, true)) if not close_to_shown(float(g), float(w), part)), None)
                    if i is not None:
                        name = "\\" + m.group(1)
                        holds = f"{name} = {_exact(float(true[0]))}" if _steady(true) else \
                            f"{name}({fmt(float(ts[i]), 2)}) \\approx {fmt(float(true[i]), 4)}"
                        yield f"{name} = {part.strip()}", holds
                        break


def build(ctx: Ctx) -> None:
    w = ctx.w
    found = _curve(ctx.info)
    frame = frenet(ctx.info)
    if frame is not None:
        _frenet_scene(ctx, found, frame)
        return
    codes = found[1] if found else None
    example = codes is None
    tex = _HELIX[1] if example else _shown(found[0]) if found[2] else (ctx.formula or "")
    codes = codes or _HELIX[0]
    t0, t1 = _t_range(codes)
    ts = np.linspace(t0, t1, 300)
    xyz = [evaluate(c, "t", ts) for c in codes]
    if any(v is None or not np.all(np.isfinite(v)) for v in xyz):
        codes, tex, example = _HELIX[0], _HELIX[1], True
        t0, t1 = _t_range(codes)
        ts = np.linspace(t0, t1, 300)
        xyz = [evaluate(c, "t", ts) for c in codes]
    (xa, xb, xs), (ya, yb, ys), (za, zb, zs) = (_bounds(v) for v in xyz)
    ctx.facts.update(tex=tex, codes=codes, example=example, t=(t0, t1))
    w.beat(ctx.title, ctx.L(("For instance, a" if example else "A") + " point moving in space traces a curve.",
                            ("例如，" if example else "") + "空间中运动的点画出一条曲线。"))
    shown = tex if len(tex) < 80 else _HELIX[1]
    open_3d(ctx, "phi=70 * DEGREES, theta=-40 * DEGREES, zoom=0.75", shown.replace("&", ""), 34, max_width=6)
    axes_code(ctx, f"x_range=[{fmt(xa)}, {fmt(xb)}, {fmt(xs)}], y_range=[{fmt(ya)}, {fmt(yb)}, {fmt(ys)}], "
                   f"z_range=[{fmt(za)}, {fmt(zb)}, {fmt(zs)}], x_length=5, y_length=5, z_length=4")
    w.code(
        "axes.shift(IN * 0.8)",
        "",
        "def r(t):",
        f"    return axes.c2p({codes[0]}, {codes[1]}, {codes[2]})",
        "",
        f"curve = ParametricFunction(r, t_range=[{fmt(t0, 4)}, {fmt(t1, 4)}, {fmt((t1 - t0) / 250, 4)}], color=YELLOW, stroke_width=5)",
        "# the tracing dot follows the curve as it is drawn (no per-frame updater)",
        f"dot = Dot3D(r({fmt(t0, 4)}), color=WHITE, radius=0.08, resolution=(6, 6))",
    )
    w.play("Write(title), FadeIn(formula), Create(axes)", 1.4)
    w.beat(ctx.L("Trace the curve", "描出曲线"), ctx.L(f"As $t$ runs from ${fmt(t0, 2)}$ to ${fmt(t1, 2)}$ the point traces the curve.",
                                                    f"$t$ 从 ${fmt(t0, 2)}$ 变到 ${fmt(t1, 2)}$，点画出这条曲线。"))
    w.play("FadeIn(dot)", 0.4)
    w.play("Create(curve), MoveAlongPath(dot, curve)", 3.2, "rate_func=linear")
    w.beat(ctx.L("View from above", "俯视"), ctx.L("From above we see only $(x(t), y(t))$: the shadow of the curve on the floor.",
                                                 "从上往下看只剩 $(x(t), y(t))$：曲线在地面上的投影。"))
    w.move_camera("phi=5 * DEGREES, theta=-90 * DEGREES", 2)
    w.wait(1.2)


_FRAME_COLORS = ("ORANGE", "GREEN", "BLUE")  # T, N, B
_CAMERA = (65, -50)  # phi, theta (degrees)


def _frenet_scene(ctx: Ctx, found, frame: Frame) -> None:
    """The curve, drawn to one scale on every axis (so the frame's right angles are right angles), and the
    frame riding along it; the curvature and torsion read out (once for a helix, else at three stops)."""
    w = ctx.w
    example = found is None
    codes = _HELIX[0] if example else found[1]
    tex = _HELIX[1] if example else _shown(found[0])
    t0, t1 = frame.t
    ts = np.linspace(t0, t1, 300)
    bounds = [_bounds(evaluate(c, "t", ts)) for c in codes]
    unit = min(5.4 / (bounds[0][1] - bounds[0][0]), 5.4 / (bounds[1][1] - bounds[1][0]), 4.4 / (bounds[2][1] - bounds[2][0]))
    ctx.facts.update(tex=tex, codes=codes, example=example, t=(t0, t1), frenet=frame)
    w.beat(ctx.title, ctx.L(("For instance, a" if example else "A") + " point moving along the curve carries three perpendicular unit "
                            "vectors with it: the Frenet frame.",
                            ("例如，" if example else "") + "沿曲线运动的点带着三个两两垂直的单位向量：Frenet 标架。"))
    open_3d(ctx, f"phi={_CAMERA[0]} * DEGREES, theta={_CAMERA[1]} * DEGREES, zoom=0.9", tex, 32, max_width=5.2)
    axes_code(ctx, ", ".join(f"{a}_range=[{fmt(lo)}, {fmt(hi)}, {fmt(step)}], {a}_length={fmt((hi - lo) * unit, 3)}"
                             for a, (lo, hi, step) in zip("xyz", bounds)))
    beside_panel(ctx, _CAMERA[1], 2.3, 0.4)
    kappa = r"\kappa = \frac{|\mathbf r'\times\mathbf r''|}{|\mathbf r'|^3}"
    tau = r"\tau = \frac{(\mathbf r'\times\mathbf r'')\cdot\mathbf r'''}{|\mathbf r'\times\mathbf r''|^2}"
    if frame.constant:
        kappa, tau = kappa + f" = {_exact(frame.kappa[0])}", tau + f" = {_exact(frame.tau[0])}"
    rows = [(r"\mathbf T = \frac{\mathbf r'}{|\mathbf r'|}", _FRAME_COLORS[0]), (r"\mathbf N = \mathbf B\times\mathbf T", _FRAME_COLORS[1]),
            (r"\mathbf B = \frac{\mathbf r'\times\mathbf r''}{|\mathbf r'\times\mathbf r''|}", _FRAME_COLORS[2]),
            (kappa, "YELLOW"), (tau, "YELLOW")]
    w.code("panel = VGroup(" + ", ".join(math_mob(t, 28, c) for t, c in rows) + ")",
           "panel.arrange(DOWN, aligned_edge=LEFT, buff=0.16).next_to(formula, DOWN, buff=0.3, aligned_edge=LEFT)",
           "if panel.height > 4.2:",
           "    panel.scale_to_fit_height(4.2).next_to(formula, DOWN, buff=0.3, aligned_edge=LEFT)",
           "self.add_fixed_in_frame_mobjects(panel)",
           "self.remove(panel)")
    arrow3d_helper(w)
    d1, d2, _ = frame.derivatives
    w.code(
        "def at(t):  # the point r(t), in the author's coordinates",
        f"    return np.array([{codes[0]}, {codes[1]}, {codes[2]}], dtype=float)",
        "",
        "def frenet(t):  # T, N, B from r' and r'' (sympy's derivatives of r)",
        f"    d1 = np.array([{d1[0]}, {d1[1]}, {d1[2]}], dtype=float)",
        f"    d2 = np.array([{d2[0]}, {d2[1]}, {d2[2]}], dtype=float)",
        "    T = d1 / np.linalg.norm(d1)",
        "    B = np.cross(d1, d2)",
        "    B = B / np.linalg.norm(B)",
        "    return T, np.cross(B, T), B",
        "",
        f"length = {fmt(1.0 / unit, 4)}  # one scene unit: every axis has the same scale",
        "def frame_at(t):",
        "    p = at(t)",
        "    return VGroup(*[arrow3d(axes.c2p(*p), axes.c2p(*(p + length * v)), c)",
        f"                    for v, c in zip(frenet(t), ({', '.join(_FRAME_COLORS)}))])",
        "",
        f"curve = ParametricFunction(lambda t: axes.c2p(*at(t)), t_range=[{fmt(t0, 4)}, {fmt(t1, 4)}, {fmt((t1 - t0) / 250, 4)}], "
        "color=YELLOW, stroke_width=4)",
        f"s = ValueTracker({fmt(t0, 4)})",
        "frame = always_redraw(lambda: frame_at(s.get_value()))",
        "dot = always_redraw(lambda: Dot3D(axes.c2p(*at(s.get_value())), color=WHITE, radius=0.07, resolution=(6, 6)))",
    )
    w.play("Write(title), FadeIn(formula), Create(axes)", 1.4)
    w.beat(ctx.L("Trace the curve", "描出曲线"), ctx.L(f"As $t$ runs from ${fmt(t0, 2)}$ to ${fmt(t1, 2)}$ the point traces the curve.",
                                                    f"$t$ 从 ${fmt(t0, 2)}$ 变到 ${fmt(t1, 2)}$，点画出这条曲线。"))
    w.play("Create(curve)", 2.4, "rate_func=linear")
    w.beat(ctx.L("The Frenet frame", "Frenet 标架"), ctx.L(
        "$\\mathbf T$ (orange) is the unit tangent, $\\mathbf N$ (green) points to where the curve turns, and "
        "$\\mathbf B = \\mathbf T\\times\\mathbf N$ (blue) is perpendicular to both.",
        "$\\mathbf T$（橙）是单位切向量，$\\mathbf N$（绿）指向曲线弯曲的一侧，$\\mathbf B = \\mathbf T\\times\\mathbf N$（蓝）与两者都垂直。"))
    w.play("FadeIn(dot), FadeIn(frame), FadeIn(panel[0]), FadeIn(panel[1]), FadeIn(panel[2])", 1.2)
    _ride(ctx, frame)
    if frame.false:
        said = ", ".join(f"${stated}$" for stated, _ in frame.false)
        holds = ", ".join(f"${truth}$" for _, truth in frame.false)
        w.beat(ctx.L("The stated values, checked", "题中数值的检验"),
               ctx.L(f"The block states {said}; that is false: for this curve {holds}.", f"题中写 {said}，这不成立：这条曲线的 {holds}。"))
        w.code("wrong = VGroup(" + ", ".join(math_mob(stated.replace("=", "\\neq", 1), 28, "RED") for stated, _ in frame.false) + ")",
               "wrong.arrange(DOWN, aligned_edge=LEFT, buff=0.12).next_to(panel, DOWN, buff=0.3, aligned_edge=LEFT)",
               "self.add_fixed_in_frame_mobjects(wrong)", "self.remove(wrong)")
        w.play("FadeIn(wrong, shift=UP * 0.2)", 1.0)
    w.beat(ctx.L("Look around", "换个角度"), ctx.L("Turning the view shows the three vectors at right angles.",
                                                  "转动视角，可以看到三个向量两两垂直。"))
    w.move_camera(f"phi={_CAMERA[0] + 10} * DEGREES, theta={_CAMERA[1] + 25} * DEGREES", 2.2)
    w.wait(1.2)


def _ride(ctx: Ctx, frame: Frame) -> None:
    """The frame rides to the end; a constant curvature and torsion are written in the panel, else they are read
    out at each stop (in the panel's place: the readings of a moving point are not a formula)."""
    w = ctx.w
    if frame.constant:
        k, t = _exact(frame.kappa[0]), _exact(frame.tau[0])
        w.beat(ctx.L("Curvature and torsion", "曲率与挠率"), ctx.L(
            f"Riding along, the frame turns at the curvature $\\kappa = {k}$ and twists out of its plane at the torsion "
            f"$\\tau = {t}$, the same everywhere on this curve.",
            f"标架沿曲线前进时，以曲率 $\\kappa = {k}$ 转向，以挠率 $\\tau = {t}$ 扭出所在平面，在这条曲线上处处相同。"))
        w.play(f"s.animate.set_value({fmt(frame.t[1], 4)}), FadeIn(panel[3]), FadeIn(panel[4])", 6, "rate_func=linear")
        return
    readings = [f"\\kappa({fmt(s, 2)}) \\approx {fmt(k, 3)},\\ \\tau({fmt(s, 2)}) \\approx {fmt(t, 3)}"
                for s, k, t in zip(frame.stops, frame.kappa, frame.tau)]
    w.beat(ctx.L("Curvature and torsion", "曲率与挠率"), ctx.L(
        "Riding along, the frame turns at the curvature $\\kappa$ and twists out of its plane at the torsion $\\tau$: "
        + "; ".join(f"${r}$" for r in readings) + ".",
        "标架沿曲线前进时，以曲率 $\\kappa$ 转向、以挠率 $\\tau$ 扭出所在平面：" + "；".join(f"${r}$" for r in readings) + "。"))
    w.play("FadeIn(panel[3]), FadeIn(panel[4])", 0.8)
    for i, (stop, reading) in enumerate(zip(frame.stops, readings)):
        w.code(f"reading{i} = {math_mob(reading, 28, 'YELLOW')}.next_to(panel, DOWN, buff=0.3, aligned_edge=LEFT)",
               f"self.add_fixed_in_frame_mobjects(reading{i})", f"self.remove(reading{i})")
        w.play(f"s.animate.set_value({fmt(stop, 4)})" + (f", FadeOut(reading{i - 1})" if i else ""), 2.2, "rate_func=linear")
        w.play(f"FadeIn(reading{i})", 0.6)
    w.play(f"FadeOut(reading{len(readings) - 1})", 0.5)


@check("space_curve")
def _check(f):
    if f.get("example", True):
        return ("For the helix $\\mathbf r(t) = (\\cos t, \\sin t, t/4)$, how much does it rise in one full turn?",
                "对螺旋线 $\\mathbf r(t) = (\\cos t, \\sin t, t/4)$，绕一整圈上升多少？",
                "One turn is $t$ increasing by $2\\pi$, so $z$ rises by $2\\pi/4 = \\pi/2 \\approx 1.57$.",
                "一整圈对应 $t$ 增加 $2\\pi$，所以 $z$ 上升 $2\\pi/4 = \\pi/2 \\approx 1.57$。")
    t0 = f["t"][0]
    point = ", ".join(fmt(float(evaluate(c, "t", np.array([t0]))[0]), 3) for c in f["codes"])
    return (f"Where does the curve start, at $t = {fmt(t0, 2)}$?", f"曲线在 $t = {fmt(t0, 2)}$ 时从哪里出发？",
            f"At $({point})$: put $t = {fmt(t0, 2)}$ into each coordinate; that is where the white dot starts.",
            f"在 $({point})$：把 $t = {fmt(t0, 2)}$ 代入每个坐标，就是白点出发的位置。")


# -- recognition (see families.py)
PRIORITY = 130
THREE_D = True
KEYWORDS = (r"空间曲线", r"螺旋线", r"helix", r"space\s+curve", r"3d\s+curve", r"curve\s+in\s+space",
            r"frenet", r"\bTNB\b", r"binormal", r"torsion", r"挠率", r"副法(?:向|线)")


def title_for(info):
    return ("The Frenet Frame", "Frenet 标架") if frenet(info) is not None else None


def needs(info) -> bool:
    """The author's r(t) = (x(t), y(t), z(t)), or no formula (a helix, for instance); when the Frenet frame is
    asked, a curve that has one (its curvature nowhere 0 on the range drawn)."""
    if asks_frame(info):
        return frenet(info) is not None
    return no_formula(info) or own_curve(info) is not None
