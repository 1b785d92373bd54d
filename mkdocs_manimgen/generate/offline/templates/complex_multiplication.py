"""complex_multiplication: multiplying by w rotates by arg w and scales by |w|."""

from __future__ import annotations

import cmath
import math
import re

from ..families import states_only
from ..latex import fmt
from ..notes import check
from .common import Ctx


def _named(info) -> list[complex]:
    """The numbers the author names, ``z = 2 + i``, ``w = 1 + \\sqrt3\\,i`` (any closed form sympy reads, i the unit)."""
    import sympy as sp

    from ..latex import single_line, split_top
    from ..symbolic import normalize, parse

    out = []
    for block in info.blocks:
        for piece in re.split(r"(?<!\\)[,;]|\\q?quad", single_line(block)):  # not the thin space \,
            parts = split_top(piece, "=")
            if len(parts) < 2 or not re.fullmatch(r"\s*[zwuv](?:_\{?\d\}?)?\s*", parts[0]):
                continue
            expr = parse(parts[1])
            if not isinstance(expr, sp.Expr):
                continue
            expr = normalize(expr).subs(sp.Symbol("i"), sp.I)
            if expr.free_symbols:
                continue
            try:
                value = complex(sp.N(expr))
            except (TypeError, ValueError):
                continue
            if value.imag:
                out.append(value)
    return out


def _numbers_of(info):
    """The first two complex numbers a + bi the author writes, when they fit the plane; else None."""
    pat = r"\(?\s*(-?\d+(?:\.\d+)?)\s*([+-])\s*(\d+(?:\.\d+)?)?\s*i\s*\)?"
    found = _named(info)
    if len(found) < 2:
        found = [complex(float(a), float((s + (b or "1")))) for a, s, b in re.findall(pat, " ".join(info.blocks))]
    good = [z for z in found if 0 < abs(z) <= 8]
    if len(good) >= 2 and abs(good[0] * good[1]) <= 12:
        return good[0], good[1]
    return None


def said_multiplier(info) -> complex | None:
    """The one number the prose multiplies by ("multiplying ... by $i$", "乘以 $-i$", "times $2i$"), or None."""
    m = (re.search(r"(?:multipl\w*|times|乘以|乘上)[^$。.?？]{0,40}?\$\s*([^$]{1,12}?)\s*\$", info.concept, re.I)
         or re.search(r"(?:multipl\w*|times)[^$。.?？]{0,40}?\bby\s+([+-]?\d*i)\b", info.concept, re.I))
    if not m:
        return None
    tex = m.group(1).replace(" ", "")
    one = re.fullmatch(r"([+-]?\d*(?:\.\d+)?)i", tex)
    if one:
        k = one.group(1)
        return complex(0, float(k + "1") if k in ("", "+", "-") else float(k))
    return None


def _numbers(ctx: Ctx):
    """The author's two numbers; else the multiplier the prose names times an example z; else an example pair."""
    found = _numbers_of(ctx.info)
    if found is not None:
        return found
    said = said_multiplier(ctx.info)
    if said is not None and 0 < abs(said) <= 1.8:
        return complex(2, 1), said
    return complex(2, 1), complex(1, 1)


def plane_ranges(*points: complex) -> tuple[tuple[int, int, int], tuple[float, float, int], float]:
    """x_range, y_range and the length of one unit on screen for a plane that holds ``points`` (and at least
    [-6, 6] x [-2.5, 3.5]) in 13.2 x 6.6 screen units, with equal units on both axes (an angle must look right)."""
    half = max(6, math.ceil(max(abs(q.real) for q in points)) + 1)
    low = min(-2.5, math.floor(min(q.imag for q in points)) - 0.5)
    high = max(3.5, math.ceil(max(q.imag for q in points)) + 0.5)
    unit = min(13.2 / (2 * half), 6.6 / (high - low))
    step = 1 if max(2 * half, high - low) <= 16 else 2
    return (-half, half, step), (low, high, step), unit


def _plane(*points: complex) -> str:
    (a, b, s), (lo, hi, t), unit = plane_ranges(*points)
    return (f"x_range=[{a}, {b}, {s}], y_range=[{fmt(lo)}, {fmt(hi)}, {t}], "
            f"x_length={fmt(unit * (b - a), 4)}, y_length={fmt(unit * (hi - lo), 4)}")


def _c(z: complex) -> str:
    sign = "+" if z.imag >= 0 else "-"
    im = "" if abs(abs(z.imag) - 1) < 1e-12 else fmt(abs(z.imag))
    if abs(z.real) < 1e-12 and abs(z.imag) > 1e-12:  # i, -2i: no "0 +"
        return f"{'-' if z.imag < 0 else ''}{im}i"
    return f"{fmt(z.real)} {sign} {im}i"


def build(ctx: Ctx) -> None:
    w = ctx.w
    z, wv = _numbers(ctx)
    p = z * wv
    w.example = _numbers_of(ctx.info) is None
    ang = cmath.phase(wv)
    ctx.facts.update(z=z, w=wv, p=p)
    w.beat(ctx.title, ctx.L(f"Take $z = {_c(z)}$ and $w = {_c(wv)}$.", f"取 $z = {_c(z)}$，$w = {_c(wv)}$。"))
    w.title(ctx.title)
    w.code(
        "title.add_background_rectangle(opacity=0.85, buff=0.1)",
        f"plane = ComplexPlane({_plane(z, wv, p)},",
        "                     background_line_style={\"stroke_opacity\": 0.35}).to_edge(DOWN, buff=0.3)",
        "plane.add_coordinates(font_size=20)",
        f"z, w = complex({fmt(z.real)}, {fmt(z.imag)}), complex({fmt(wv.real)}, {fmt(wv.imag)})",
        "arrow_z = Arrow(plane.n2p(0), plane.n2p(z), buff=0, color=BLUE)",
        "arrow_w = Arrow(plane.n2p(0), plane.n2p(w), buff=0, color=GREEN)",
        "# each label sits beyond its arrow's tip, away from the axes, on a panel the grid cannot cut",
        f"label_z = MathTex(r\"z = {_c(z)}\", font_size=34, color=BLUE).next_to(plane.n2p(z), {_outward(z)}, buff=0.15)",
        f"label_w = MathTex(r\"w = {_c(wv)}\", font_size=34, color=GREEN).next_to(plane.n2p(w), {_outward(wv)}, buff=0.15)",
        "for label in (label_z, label_w):",
        "    label.add_background_rectangle(opacity=0.85, buff=0.06)",
    )
    w.play("Create(plane), Write(title)", 1.2)
    w.play("GrowArrow(arrow_z), GrowArrow(arrow_w), Write(label_z), Write(label_w)", 1.4)
    w.beat(ctx.L("Rotate by arg w", "旋转 arg w"), ctx.L(f"Multiplying by $w$ first turns $z$ by $\\arg w \\approx {fmt(ang * 180 / 3.141592653589793, 1)}^\\circ$.",
                                                      f"乘以 $w$，先把 $z$ 旋转 $\\arg w \\approx {fmt(ang * 180 / 3.141592653589793, 1)}^\\circ$。"))
    w.code("product = arrow_z.copy().set_color(YELLOW)",
           "arc = Arc(radius=0.6, start_angle=np.angle(z), angle=np.angle(w), arc_center=plane.n2p(0), color=YELLOW)")
    w.play("Rotate(product, angle=np.angle(w), about_point=plane.n2p(0)), Create(arc)", 2)
    w.beat(ctx.L("Scale by |w|", "缩放 |w|"), ctx.L(f"Then it stretches by $|w| \\approx {fmt(abs(wv), 3)}$, landing on $zw = {_c(p)}$.",
                                                   f"再伸长 $|w| \\approx {fmt(abs(wv), 3)}$ 倍，落在 $zw = {_c(p)}$。"))
    w.play("product.animate.put_start_and_end_on(plane.n2p(0), plane.n2p(z * w))", 2)
    w.code(f"label_p = MathTex(r\"zw = {_c(p)}\", font_size=36, color=YELLOW).next_to(plane.n2p(z * w), UP, buff=0.15)",
           "label_p.add_background_rectangle(opacity=0.85, buff=0.08)")
    w.play("Write(label_p)", 1)
    w.wait(1.5)


@check("complex_multiplication")
def _check(f):
    z, wv, p = f["z"], f["w"], f["p"]
    return (f"Verify $({_c(z)})({_c(wv)})$ by algebra, and check its length against $|z|\\,|w|$.",
            f"用代数验证 $({_c(z)})({_c(wv)})$，并检查其长度是否等于 $|z|\\,|w|$。",
            f"$= {_c(p)}$ (using $i^2 = -1$), and $|zw| = {fmt(abs(p), 3)} = {fmt(abs(z), 3)} \\times {fmt(abs(wv), 3)}$.",
            f"$= {_c(p)}$（利用 $i^2 = -1$），且 $|zw| = {fmt(abs(p), 3)} = {fmt(abs(z), 3)} \\times {fmt(abs(wv), 3)}$。")


def _outward(c: complex) -> str:
    """The Manim direction that points from the origin through c (RIGHT for 0)."""
    if abs(c) < 1e-9:
        return "RIGHT"
    u = c / abs(c)
    return f"np.array([{fmt(u.real, 3)}, {fmt(u.imag, 3)}, 0])"


# -- recognition (see families.py)
PRIORITY = 60
KEYWORDS = (r"复数", r"复平面", r"complex\s+(number|multiplication|plane)")


def needs(info) -> bool:
    """Two complex numbers of the author's, or only a symbolic product rule."""
    return _numbers_of(info) is not None or said_multiplier(info) is not None or states_only(info, r"^[^0-9]*$")
