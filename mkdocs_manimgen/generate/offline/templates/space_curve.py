"""space_curve: the author's r(t) = (x(t), y(t), z(t)) in 3D (a helix, for instance, when the block
writes no formula), traced by a dot, then seen from above."""

from __future__ import annotations

import re

import numpy as np

from ..families import no_formula
from ..latex import fmt, single_line, split_top
from ..symbolic import evaluate, normalize, parse, to_numpy
from ..notes import check
from ._three_d import axes_code, open_3d
from .common import Ctx, nice_step


_HELIX = (("np.cos(t)", "np.sin(t)", "t / 4"), r"\mathbf r(t) = (\cos t,\ \sin t,\ t/4)")


def own_curve(info):
    """The author's space curve as three numpy codes in ``t`` (a tuple ``(x, y, z)`` or rows
    ``x = …, y = …, z = …``), or None."""
    for block in info.blocks:
        flat = re.sub(r"\\[ ,;:!]", " ", single_line(block).replace("&", " "))
        rhs = split_top(flat, "=")[-1].strip()
        inner = re.sub(r"^(\\left\s*)?(\(|\\langle)|(\\right\s*)?(\)|\\rangle)$", "", rhs).strip()
        parts = split_top(inner, ",") if inner != rhs else []
        if len(parts) != 3:
            rows = {m.group(1): m.group(2) for m in re.finditer(r"(?:^|[,;]|\\quad)\s*([xyz])(?:\(t\))?\s*=\s*([^,;=]+?)(?=\s*(?:[,;]|\\quad|$))", flat)}
            parts = [rows[k] for k in "xyz"] if set(rows) >= {"x", "y", "z"} else []
        codes = []
        for part in parts:
            expr = parse(part.strip())
            try:
                expr = normalize(expr) if expr is not None else None
                ok = expr is not None and {s.name for s in expr.free_symbols} <= {"t"}
            except Exception:
                ok = False
            code = to_numpy(expr, ("t",)) if ok else None
            if code is None:
                break
            codes.append(code if "t" in code else f"{code} + 0 * t")
        if len(codes) == 3:
            return tuple(codes)
    return None


def _t_range(codes) -> tuple[float, float]:
    periodic = any(f in c for c in codes for f in ("np.sin", "np.cos"))
    return (0.0, float(4 * np.pi)) if periodic else (-2.0, 2.0)


def _bounds(values) -> tuple[float, float, float]:
    lo, hi = float(np.min(values)), float(np.max(values))
    if hi - lo < 1e-6:
        lo, hi = lo - 1, hi + 1
    step = nice_step(hi - lo)
    return float(np.floor(lo / step) * step), float(np.ceil(hi / step) * step), step


def build(ctx: Ctx) -> None:
    w = ctx.w
    codes = own_curve(ctx.info)
    example = codes is None
    tex = _HELIX[1] if example else (ctx.formula or "")
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
KEYWORDS = (r"空间曲线", r"螺旋线", r"helix", r"space\s+curve", r"3d\s+curve", r"curve\s+in\s+space")


def needs(info) -> bool:
    """The author's r(t) = (x(t), y(t), z(t)), or no formula (a helix, for instance)."""
    return no_formula(info) or own_curve(info) is not None
