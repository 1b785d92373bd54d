"""point_line_plane: the question a block asks about its point, line and plane, drawn from its own numbers
(:func:`..space.read_relation`, exact with sympy):

- a point P and a plane n·x = d: the normal line P + t n slides from P until it meets the plane at the t the
  block computes, the foot F, |PF| = |n·P - d|/|n| measured (and the reflection P' = P + 2t n when asked);
- a line a + t b and a plane: a point runs along the line until it pierces the plane at X (t = (d - n·a)/(n·b)),
  the angle with the plane marked (sin θ = |b·n|/(|b||n|)); a line parallel to the plane, or lying in it;
- two planes: their normals from a point of both, the angle between them (cos θ = |n1·n2|/(|n1||n2|));
- two lines a + λb and c + μd (no plane): b × d and (c - a)·(b × d) tell how they lie; meeting lines run to their
  point S (λ, μ), skew lines get their common perpendicular F1F2 of length |(c - a)·(b × d)|/|b × d|, parallel ones
  the distance |(c - a) × b|/|b|; the angle between them (cos θ = |b·d|/(|b||d|)) when asked.

A value the block states (F, t, the distance, the angle, sin θ, the intersection point, how two lines lie) is checked; a false one
is crossed out on screen beside the right value. Why a family of its own and not ``space_line``: that family
draws one object; these questions relate two or three, each with its own motion.
"""

from __future__ import annotations

import math

import numpy as np
import sympy as sp

from ..boxes import POINT_PLANE, cross, dot
from ..families import pattern
from ..latex import fmt
from ..notes import check
from ..parts.space import arrow3d_helper, plane_patch, v3
from ..space import ANGLE, FOOT, INTERSECTION, PARALLEL, PLANE, REFLECTION, TWO_LINES, Line3, Relation, read_relation, results
from ..storyboard import text_mob
from ._three_d import axes_code
from .box_volume import _approx, _plane_tex, _t  # one writing of exact values and plane equations
from .common import Ctx, math_mob

TITLE = ("A Point, a Line and a Plane", "点、直线与平面")
WHAT = ("The foot of the perpendicular from $P$ to the plane $\\mathbf n\\cdot\\mathbf x = d$ is where $P + t\\,\\mathbf n$ meets it, "
        "at $t = (d - \\mathbf n\\cdot P)/|\\mathbf n|^2$; the distance is $|\\mathbf n\\cdot P - d|/|\\mathbf n|$. A line "
        "$\\mathbf a + t\\mathbf b$ meets the plane at $t = (d - \\mathbf n\\cdot\\mathbf a)/(\\mathbf n\\cdot\\mathbf b)$, at an angle "
        "with $\\sin\\theta = |\\mathbf b\\cdot\\mathbf n|/(|\\mathbf b||\\mathbf n|)$; two planes meet at the angle of their normals.",
        "点 $P$ 到平面 $\\mathbf n\\cdot\\mathbf x = d$ 的垂足是直线 $P + t\\,\\mathbf n$ 与平面的交点，$t = (d - \\mathbf n\\cdot P)/|\\mathbf n|^2$；"
        "距离为 $|\\mathbf n\\cdot P - d|/|\\mathbf n|$。直线 $\\mathbf a + t\\mathbf b$ 与平面交于 "
        "$t = (d - \\mathbf n\\cdot\\mathbf a)/(\\mathbf n\\cdot\\mathbf b)$ 处，线面角满足 "
        "$\\sin\\theta = |\\mathbf b\\cdot\\mathbf n|/(|\\mathbf b||\\mathbf n|)$；两平面的夹角即法向量的夹角。")
PRIORITY = 38  # before box_volume (40): a point and a plane equation is this family's, a solid is box_volume's
THREE_D = True
_QUESTION = "|".join((FOOT, POINT_PLANE, REFLECTION, INTERSECTION, ANGLE, PARALLEL))


def evidence(info):
    """Tier 0 when the block names a plane and asks one of the questions, or asks about two lines (skew, meeting, their
    distance or angle), and :func:`read_relation` reads it."""
    if pattern(PLANE + r"|\bplan\b").search(info.concept):  # plan: French
        if not pattern(_QUESTION).search(info.prose):
            return None
    elif not pattern(TWO_LINES).search(info.prose):
        return None
    return 0 if read_relation(info) is not None else None


def needs(info) -> bool:
    return read_relation(info) is not None


def title_for(info):
    rel = read_relation(info)
    if rel is None:
        return None
    if rel.kind == "planes":
        return ("The Angle Between Two Planes", "两平面的夹角")
    if rel.kind == "lines":
        return (("The Angle Between Two Lines", "两直线的夹角") if rel.asked == {"angle"}
                else ("Two Lines in Space", "空间两直线的位置关系"))
    if rel.kind == "pierce":
        if "angle" in rel.asked:
            return ("The Angle Between a Line and a Plane", "直线与平面所成的角")
        if rel.t is None:
            return ("A Line Parallel to a Plane", "直线与平面平行")
        return ("Where a Line Meets a Plane", "直线与平面的交点")
    if rel.asked == {"reflection"}:
        return ("Reflection in a Plane", "点关于平面的对称点")
    if "foot" in rel.asked or "reflection" in rel.asked:
        return ("The Foot of the Perpendicular", "垂足与点到平面的距离")
    return ("Distance from a Point to a Plane", "点到平面的距离")


# -- formatting ----------------------------------------------------------------------------------------------

def _pt(v) -> str:
    return "\\left(" + ", ".join(_t(c) for c in v) + "\\right)"


def _f(v) -> list[float]:
    return [float(c) for c in v]


def _degrees(deg) -> str:
    d = sp.nsimplify(deg)
    return f"{_t(d)}^\\circ" if d.is_Rational else f"{fmt(float(d), 2)}^\\circ"


_NAMES = {"distance": "d", "angle": "\\theta", "t": "t", "sin": "\\sin\\theta", "cos": "\\cos\\theta",
          "foot": "F", "reflection": "P'", "intersection": "X"}
# how two lines lie, in words (English, Chinese)
_POSITION = {"skew": ("the lines are skew", "两直线异面"), "parallel": ("the lines are parallel", "两直线平行"),
             "identical": ("the lines are one line", "两直线重合"), "intersect": ("the lines meet", "两直线相交")}


def _truth_tex(s) -> str:
    """The exact value a stated value ``s`` (:class:`..boxes.Stated`) is compared with, named as the block names it."""
    what, exact = s.what, s.exact
    if what in ("foot", "reflection", "intersection"):
        return f"{_NAMES[what]} = {_pt(exact)}"
    if what == "angle":
        return f"\\theta = {_degrees(exact)}"
    if what in ("t", "t2") and "=" in s.tex:  # the author's own parameter letter (λ, μ of two lines)
        return f"{s.tex.split('=')[0].strip()} = {_t(exact)}"
    return f"{_NAMES[what]} = {_t(exact)}"


def _lie(ctx: Ctx, position: str) -> str:
    """'the lines are skew' / '两直线异面'."""
    return ctx.L(*_POSITION[position])


# -- the picture ---------------------------------------------------------------------------------------------

def _view(slant=None, along=(), edge=None, tilt: float = 0.35) -> tuple[float, float]:
    """(phi, theta) in degrees of a camera that sees the plane with normal ``slant`` at a slant (|v·n| about ``tilt``,
    0.35: the perpendicular and the patch both readable), each vector of ``along`` in its full length (v ⊥ it), or looks
    nearly along ``edge`` (two planes' common line: their angle seen edge-on); near the usual (68°, -50°)."""
    best, found = None, (68.0, -50.0)
    unit = lambda v: np.asarray(v, float) / np.linalg.norm(np.asarray(v, float))  # noqa: E731
    for phi in range(50, 81, 3):
        for theta in range(-180, 180, 5):
            p, t = math.radians(phi), math.radians(theta)
            v = np.array([math.sin(p) * math.cos(t), math.sin(p) * math.sin(t), math.cos(p)])
            cost = (phi - 68) ** 2 / 4000 + (((theta + 50 + 180) % 360 - 180) / 180) ** 2 / 20
            if slant is not None:
                cost += (abs(v @ unit(slant)) - tilt) ** 2
            cost += sum((v @ unit(a)) ** 2 for a in along)
            if edge is not None:
                cost += (abs(v @ unit(edge)) - 0.85) ** 2
            if best is None or cost < best:
                best, found = cost, (float(phi), float(theta))
    return found


def _axes(ctx: Ctx, keys: list[list[float]], half: float, view: tuple[float, float]) -> float:
    """Axes around the points that matter, one unit the same on the three axes, seen from ``view`` (phi, theta),
    their centre moved to the right of the panel; returns the scene length of one unit."""
    lo = np.min(np.array(keys), axis=0)
    hi = np.max(np.array(keys), axis=0)
    centre = (lo + hi) / 2
    reach = max(float(np.max(hi - lo)) / 2 + half, 1.5)
    unit = 2.6 / reach
    ranges = []
    for c in centre:
        a, b = math.floor(min(c - reach, 0) - 0.5), math.ceil(max(c + reach, 0) + 0.5)
        ranges.append((a, b))
    step = 1 if max(b - a for a, b in ranges) <= 14 else 2
    args = ", ".join(f"{k}_range=[{a}, {b}, {step}], {k}_length={fmt((b - a) * unit, 3)}" for k, (a, b) in zip("xyz", ranges))
    w = ctx.w
    phi, theta = view
    ctx.facts["view"] = view
    w.code(f"self.set_camera_orientation(phi={fmt(phi)} * DEGREES, theta={fmt(theta)} * DEGREES, zoom=0.85)")
    w.title(ctx.title)
    axes_code(ctx, args)
    t = math.radians(theta)
    right = 2.2
    w.code(f"axes.shift(-axes.c2p(*{v3(centre)}) + {fmt(-right * math.sin(t), 3)} * RIGHT + {fmt(right * math.cos(t), 3)} * UP"
           " + 0.5 * IN)  # the question's points beside the panel")
    return unit


def _across(ctx: Ctx, seg) -> np.ndarray:
    """The direction (axes coordinates, one unit on all three axes) that the first camera shows perpendicular to ``seg``
    and pointing right, towards the free side of the picture: where a segment's length label goes."""
    phi, theta = (math.radians(x) for x in ctx.facts["view"])
    right = np.array([-math.sin(theta), math.cos(theta), 0.0])
    up = np.array([-math.cos(phi) * math.cos(theta), -math.cos(phi) * math.sin(theta), math.sin(phi)])
    seg = np.asarray(seg, float)
    x, y = seg @ right, seg @ up
    px, py = (-y, x) if -y >= 0 else (y, -x)
    return px * right + py * up if abs(px) + abs(py) > 1e-9 else right


def _turn(ctx: Ctx) -> None:
    """The closing camera move: a little higher and 20° round from the first view (the picture stays in frame)."""
    phi, theta = ctx.facts["view"]
    ctx.w.move_camera(f"phi={fmt(phi + 4)} * DEGREES, theta={fmt(theta + 20)} * DEGREES", 2.0)


def _panel(ctx: Ctx, rows: list[str]) -> None:
    ctx.w.code(
        "panel = VGroup(" + ", ".join(rows) + ")",
        "panel.arrange(DOWN, aligned_edge=LEFT, buff=0.2).to_corner(UL, buff=0.35).shift(DOWN * 0.6)",
        "if panel.width > 5.6:",
        "    panel.scale_to_fit_width(5.6).to_corner(UL, buff=0.35).shift(DOWN * 0.6)",
        "if panel.height > 6.0:",
        "    panel.scale_to_fit_height(6.0).to_corner(UL, buff=0.35).shift(DOWN * 0.6)",
        "self.add_fixed_in_frame_mobjects(panel)",
        "self.remove(panel)",
    )


def _label(ctx: Ctx, name: str, tex: str, at, away, unit: float, color: str = "WHITE", gap: float = 0.4) -> None:
    """A label that always faces the camera, ``gap`` scene units from the point ``at`` (axes coordinates) in the
    direction ``away`` (clear of the segment or the line through it)."""
    away = np.asarray(away, float)
    spot = np.asarray(at, float) + gap / unit * away / np.linalg.norm(away)
    ctx.w.code(f"{name} = MathTex(r\"{tex}\", font_size=34, color={color}).move_to(axes.c2p(*{v3(spot)}))",
               f"self.add_fixed_orientation_mobjects({name})", f"self.remove({name})")


def _in_plane(n) -> np.ndarray:
    """A unit vector of the plane with normal n (the patch's first edge direction, as ``plane_patch`` takes it)."""
    n = np.asarray(n, float) / np.linalg.norm(np.asarray(n, float))
    helper = np.array([1.0, 0, 0]) if abs(n[0]) < 0.9 else np.array([0, 1.0, 0])
    e = np.cross(n, helper)
    return e / np.linalg.norm(e)


def _corner(centre, n, half: float) -> np.ndarray:
    """A point inside a corner of the patch of half-side ``half`` at ``centre``: where the plane's name goes."""
    e1 = _in_plane(n)
    e2 = np.cross(np.asarray(n, float) / np.linalg.norm(np.asarray(n, float)), e1)
    return np.asarray(centre, float) + 0.75 * half * (e1 + e2)


def _stated_rows(ctx: Ctx, rel: Relation) -> list[str]:
    rows = []
    for s in rel.stated:
        said = text_mob(ctx.L("stated:", "题给："), 24, "GREEN" if s.true else "RED")
        words = s.what == "position"  # how two lines lie: words, not a formula
        if s.true:
            value = text_mob(_lie(ctx, s.tex) + " ✓", 24, "GREEN") if words else math_mob(s.tex + r"\ \checkmark", 28, "GREEN")
            rows.append(f"VGroup({said}, {value}).arrange(RIGHT, buff=0.15)")
        else:
            false = text_mob(_lie(ctx, s.tex), 24, "RED") if words else math_mob(s.tex, 28, "RED")
            truth = text_mob(_lie(ctx, s.exact), 24, "GREEN") if words else math_mob(_truth_tex(s), 28, "GREEN")
            rows.append(f"VGroup({said}, {false}, Cross(stroke_width=4).scale(0.12), "
                        f"{text_mob(ctx.L('in fact', '实际上'), 24, 'GREEN')}, {truth})"
                        ".arrange(RIGHT, buff=0.15)")
    return rows


def _said(ctx: Ctx, rel: Relation, first: int) -> None:
    """The beat that checks the block's stated values (rows from ``first`` on)."""
    if not rel.stated:
        return
    false = [s for s in rel.stated if not s.true]
    w = ctx.w
    if false:
        said = lambda s: _lie(ctx, s.tex) if s.what == "position" else f"${s.tex}$"  # noqa: E731
        truth = lambda s: _lie(ctx, s.exact) if s.what == "position" else f"${_truth_tex(s)}$"  # noqa: E731
        w.beat(ctx.L("A stated value is false", "题给数值不成立"), ctx.L(
            " ".join(f"The block states {said(s)}; that is false: {truth(s)}." for s in false),
            "".join(f"题中写{said(s)}，这不成立：{truth(s)}。" for s in false)))
    else:
        w.beat(ctx.L("The stated values check", "题给数值正确"),
               ctx.L("The values the block states agree with the exact computation.", "题中给出的数值与精确计算一致。"))
    w.play(", ".join(f"FadeIn(panel[{i}])" for i in range(first, first + len(rel.stated))), 1.2)
    w.wait(1.0)


def build(ctx: Ctx) -> None:
    rel = read_relation(ctx.info)
    ctx.facts.update(kind=rel.kind, asked=sorted(rel.asked), results={k: str(v) for k, v in results(rel).items()},
                     false=[s.tex for s in rel.stated if not s.true])
    {"foot": _foot, "pierce": _pierce, "planes": _planes, "lines": _lines}[rel.kind](ctx, rel)
    ctx.w.wait(1.0)


def _foot(ctx: Ctx, rel: Relation) -> None:
    w = ctx.w
    n, d, P, name = rel.plane.n, rel.plane.d, rel.point, rel.name
    res = results(rel)
    t, F, dist = res["t"], res["foot"], res["distance"]
    t0 = rel.t_start  # P on the author's normal line (0 for P + t n)
    t2 = 2 * t - t0  # as far again beyond F: the reflection
    reflect = "reflection" in rel.asked
    Q = res["reflection"]
    keys = [_f(P), _f(F)] + ([_f(Q)] if reflect else [])
    half = max(1.2, 0.6 * float(dist))
    unit = _axes(ctx, keys, half, _view(slant=_f(n)))
    up = np.array(_f(P)) - np.array(_f(F))  # from the plane towards P
    nn = dot(n, n)
    on_line = rel.line is not None  # the block wrote the normal line itself: its own a + t b
    a, b = (rel.line.a, rel.line.b) if on_line else (P, n)
    par = rel.line.param if on_line and rel.line.param else "t"
    rows = [
        math_mob(f"{name}{_pt(P)},\\ \\pi:\\ {_plane_tex(n, d)}", 30),
        math_mob(f"\\mathbf n = {_pt(n)}:\\ \\mathbf r = {_pt(a)} + {par}\\,{_pt(b)}", 28, "ORANGE"),
        math_mob(f"\\mathbf n\\cdot\\mathbf r = {_t(d)} \\Rightarrow {par} = {_t(t)}", 28, "YELLOW"),
        math_mob(f"F = {_pt(F)}", 30, "YELLOW"),
        math_mob(f"|{name}F| = \\frac{{|\\mathbf n\\cdot {name} - d|}}{{|\\mathbf n|}} = "
                 f"\\frac{{{_t(abs(dot(n, P) - d))}}}{{{_t(sp.sqrt(nn))}}} = {_t(dist)}{_approx(dist)}", 28, "GREEN"),
    ]
    if reflect:
        rows.append(math_mob(f"{name}' = 2F - {name} = {_pt(Q)}", 28, "PINK"))
    first = len(rows)
    rows += _stated_rows(ctx, rel)
    w.beat(ctx.title, ctx.L(f"The point ${name}{_pt(P)}$ and the plane $\\pi: {_plane_tex(n, d)}$.",
                            f"点 ${name}{_pt(P)}$ 与平面 $\\pi: {_plane_tex(n, d)}$。"))
    _panel(ctx, rows)
    arrow3d_helper(w)
    plane_patch(w, "patch", _f(F), _f(n), half)
    reach = 1.2 / math.sqrt(float(nn))
    w.code(f"P0 = axes.c2p(*{v3(_f(P))})",
           f"a0, b0 = {v3(_f(a))}, {v3(_f(b))}",
           "point = Dot3D(P0, radius=0.08, color=WHITE)",
           f"normal = arrow3d(P0, axes.c2p(*({v3(_f(P))} + {fmt(reach, 4)} * {v3(_f(n))})), ORANGE)",
           f"guide = DashedLine(axes.c2p(*(a0 + {fmt(float(min(t0, t2 if reflect else t) - 0.3 * abs(t - t0)), 4)} * b0)), "
           f"axes.c2p(*(a0 + {fmt(float(max(t0, t2 if reflect else t) + 0.3 * abs(t - t0)), 4)} * b0)), color=ORANGE, stroke_width=2)",
           f"tt = ValueTracker({fmt(float(t0), 4)})",
           "mover = Dot3D(P0, radius=0.07, color=YELLOW)",
           "mover.add_updater(lambda m: m.move_to(axes.c2p(*(a0 + tt.get_value() * b0))))",
           "trail = always_redraw(lambda: Line(P0, axes.c2p(*(a0 + tt.get_value() * b0)) + 1e-4 * OUT, color=YELLOW, stroke_width=6))",
           f"foot = Dot3D(axes.c2p(*{v3(_f(F))}), radius=0.08, color=YELLOW)")
    _label(ctx, "p_label", name, _f(P), _in_plane(_f(n)), unit)  # beside the perpendicular, off the normal arrow
    _label(ctx, "f_label", "F", _f(F), _in_plane(_f(n)), unit, "YELLOW")
    _label(ctx, "pi_label", "\\pi", _corner(_f(F), _f(n), half), _f(n), unit, "TEAL")
    w.play("Write(title), Create(axes)", 1.0)
    w.play("FadeIn(patch), FadeIn(pi_label), FadeIn(point), FadeIn(p_label), FadeIn(panel[0])", 1.4)
    w.beat(ctx.L("The normal line", "过点的法线"), ctx.L(
        f"The perpendicular from ${name}$ runs along the normal $\\mathbf n = {_pt(n)}$: its points are "
        f"$\\mathbf r = {_pt(a)} + {par}\\,{_pt(b)}$.",
        f"从 ${name}$ 出发的垂线沿法向量 $\\mathbf n = {_pt(n)}$，其上的点为 $\\mathbf r = {_pt(a)} + {par}\\,{_pt(b)}$。"))
    w.play("Create(normal), Create(guide), FadeIn(panel[1])", 1.4)
    dot_a = " + ".join(f"{_t(c)}({_t(p)} + {_t(q)}{par})" for c, p, q in zip(n, a, b) if c != 0)
    w.beat(ctx.L("Slide to the plane", "沿法线滑到平面"), ctx.L(
        f"Put $\\mathbf r$ into the plane: ${dot_a} = {_t(d)}$ gives ${par} = {_t(t)}$. The point slides from ${name}$ and "
        f"meets the plane there, at the foot $F = {_pt(F)}$.",
        f"把 $\\mathbf r$ 代入平面方程：${dot_a} = {_t(d)}$，得 ${par} = {_t(t)}$。点从 ${name}$ 出发沿法线滑动，"
        f"在此与平面相交，垂足 $F = {_pt(F)}$。"))
    w.code("self.add(trail)")
    w.play("FadeIn(mover)", 0.5)
    w.play(f"tt.animate.set_value({fmt(float(t), 4)})", 2.4, "rate_func=smooth")
    w.play("FadeIn(foot), FadeIn(f_label), FadeIn(panel[2]), FadeIn(panel[3])", 1.0)
    w.beat(ctx.L("The distance", "点到平面的距离"), ctx.L(
        f"$|{name}F| = |{par}|\\,|\\mathbf n| = {_t(abs(t))}\\cdot{_t(sp.sqrt(nn))} = {_t(dist)}$: the same as "
        f"$|\\mathbf n\\cdot {name} - d|/|\\mathbf n|$.",
        f"$|{name}F| = |{par}|\\,|\\mathbf n| = {_t(abs(t))}\\cdot{_t(sp.sqrt(nn))} = {_t(dist)}$，"
        f"与公式 $|\\mathbf n\\cdot {name} - d|/|\\mathbf n|$ 一致。") if not on_line else ctx.L(
        f"$|{name}F| = |\\mathbf n\\cdot {name} - d|/|\\mathbf n| = {_t(dist)}$.",
        f"$|{name}F| = |\\mathbf n\\cdot {name} - d|/|\\mathbf n| = {_t(dist)}$。"))
    mid = [(p + q) / 2 for p, q in zip(_f(P), _f(F))]
    w.code(f"brace_len = MathTex(r\"{_t(dist)}\", font_size=34, color=GREEN).move_to(axes.c2p(*{v3(mid)}) + 0.35 * (OUT + LEFT))",
           "self.add_fixed_orientation_mobjects(brace_len)", "self.remove(brace_len)",
           f"segment = Line(P0, axes.c2p(*{v3(_f(F))}), color=GREEN, stroke_width=8)")
    w.play("Create(segment), FadeIn(brace_len), FadeIn(panel[4])", 1.2)
    if reflect:
        w.beat(ctx.L("The reflection", "对称点"), ctx.L(
            f"Go on as far again, to ${par} = {_t(t2)}$: the reflection of ${name}$ in the plane is ${name}' = {_pt(Q)}$, "
            f"with $F$ the midpoint of ${name}{name}'$.",
            f"再走同样远，到 ${par} = {_t(t2)}$：${name}$ 关于平面的对称点为 ${name}' = {_pt(Q)}$，$F$ 是 ${name}{name}'$ 的中点。"))
        w.code(f"image = Dot3D(axes.c2p(*{v3(_f(Q))}), radius=0.08, color=PINK)")
        _label(ctx, "q_label", f"{name}'", _f(Q), -up, unit, "PINK")
        w.play(f"tt.animate.set_value({fmt(float(t2), 4)})", 1.8, "rate_func=smooth")
        w.play("FadeIn(image), FadeIn(q_label), FadeIn(panel[5])", 1.0)
    w.code("mover.clear_updaters()")
    _said(ctx, rel, first)
    _turn(ctx)


def _pierce(ctx: Ctx, rel: Relation) -> None:
    w = ctx.w
    n, d, line = rel.plane.n, rel.plane.d, rel.line
    a, b = line.a, line.b
    par = line.param or "t"
    res = results(rel)
    t = res.get("t")
    nb = dot(n, b)
    na = dot(n, a)
    if t is None:  # parallel: the plane's patch at the foot of a, the line over it
        centre = tuple(p - (na - d) / sum(c * c for c in n) * c for p, c in zip(a, n))
        X = None
    else:
        X = res["intersection"]
        centre = X
    blen = math.sqrt(float(sum(c * c for c in b)))
    span = 2.2 / blen
    t0 = float(t) if t is not None else 0.0
    lo, hi = min(0.0, t0) - span * 0.6, max(0.0, t0) + span * 0.6
    ends = [[float(p + s * c) for p, c in zip(a, b)] for s in (lo, hi)]
    half = max(1.6, 0.45 * math.dist(_f(a), _f(centre)))  # the patch (and the angle's marks) at the picture's scale
    unit = _axes(ctx, [_f(a), _f(centre)] + ends, half * 0.6, _view(slant=_f(n), along=[_f(b)]))
    line_tex = line.tex if line.tex and len(line.tex) < 60 else f"\\mathbf r = {_pt(a)} + {par}\\,{_pt(b)}"
    rows = [math_mob(f"\\pi:\\ {_plane_tex(n, d)},\\ \\mathbf n = {_pt(n)}", 28),
            math_mob(line_tex, 28, "YELLOW"),
            math_mob(f"\\mathbf r = {_pt(a)} + {par}\\,{_pt(b)}", 28, "YELLOW")]
    angle = "angle" in rel.asked and t is not None
    substituted = sp.latex(na + nb * sp.Symbol(par.lstrip("\\")))  # n·a + (n·b) t: sympy writes \\lambda back
    if t is not None:
        rows.append(math_mob(f"{substituted} = {_t(d)} \\Rightarrow {par} = {_t(t)},\\ X = {_pt(X)}", 28, "ORANGE"))
    else:
        relation = "=" if na == d else "\\neq"
        rows.append(math_mob(f"\\mathbf b\\cdot\\mathbf n = 0,\\ \\mathbf n\\cdot\\mathbf a = {_t(na)} {relation} {_t(d)}", 28, "ORANGE"))
    if angle:
        s = res["sin"]
        rows.append(math_mob(f"\\sin\\theta = \\frac{{|\\mathbf b\\cdot\\mathbf n|}}{{|\\mathbf b||\\mathbf n|}} = {_t(s)},\\ "
                             f"\\theta = {_degrees(res['angle'])}", 28, "PINK"))
    first = len(rows)
    rows += _stated_rows(ctx, rel)
    w.beat(ctx.title, ctx.L(f"The line ${line_tex}$ and the plane $\\pi: {_plane_tex(n, d)}$.",
                            f"直线 ${line_tex}$ 与平面 $\\pi: {_plane_tex(n, d)}$。"))
    _panel(ctx, rows)
    arrow3d_helper(w)
    plane_patch(w, "patch", _f(centre), _f(n), half)
    w.code(f"a0, b0 = {v3(_f(a))}, {v3(_f(b))}",
           f"track = Line(axes.c2p(*(a0 + {fmt(lo, 4)} * b0)), axes.c2p(*(a0 + {fmt(hi, 4)} * b0)), color=YELLOW, stroke_width=3)",
           "start = Dot3D(axes.c2p(*a0), radius=0.07, color=WHITE)",
           "tt = ValueTracker(0)",
           "mover = Dot3D(axes.c2p(*a0), radius=0.08, color=YELLOW)",
           "mover.add_updater(lambda m: m.move_to(axes.c2p(*(a0 + tt.get_value() * b0))))",
)
    _label(ctx, "pi_label", "\\pi", _corner(_f(centre), _f(n), half), _f(n), unit, "TEAL")
    side = np.cross(np.array(_f(b)), np.array(_f(n)))
    side = side if np.linalg.norm(side) > 1e-9 else _in_plane(_f(n))  # beside the line, not on it
    _label(ctx, "a_label", f"{par} = 0", _f(a), side, unit)
    w.play("Write(title), Create(axes)", 1.0)
    w.play("FadeIn(patch), FadeIn(pi_label), FadeIn(panel[0])", 1.2)
    w.beat(ctx.L("The line", "直线"), ctx.L(
        f"The line's points are $\\mathbf r = {_pt(a)} + {par}\\,{_pt(b)}$: the point at ${par} = 0$ and the direction $\\mathbf b = {_pt(b)}$.",
        f"直线上的点为 $\\mathbf r = {_pt(a)} + {par}\\,{_pt(b)}$：${par} = 0$ 处的点和方向向量 $\\mathbf b = {_pt(b)}$。"))
    w.play("Create(track), FadeIn(start), FadeIn(a_label), FadeIn(panel[1]), FadeIn(panel[2])", 1.4)
    if t is not None:
        w.beat(ctx.L("Where it meets the plane", "与平面的交点"), ctx.L(
            f"Put $\\mathbf r$ into the plane: ${substituted} = {_t(d)}$, so ${par} = {_t(t)}$. The point runs along "
            f"the line and pierces the plane at $X = {_pt(X)}$.",
            f"把 $\\mathbf r$ 代入平面方程：${substituted} = {_t(d)}$，得 ${par} = {_t(t)}$。点沿直线运动，"
            f"在 $X = {_pt(X)}$ 处穿过平面。"))
        w.code(f"hit = Dot3D(axes.c2p(*{v3(_f(X))}), radius=0.09, color=ORANGE)")
        _label(ctx, "x_label", "X", _f(X), -side, unit, "ORANGE")
        w.play("FadeIn(mover)", 0.5)
        w.play(f"tt.animate.set_value({fmt(t0, 4)})", 2.4, "rate_func=smooth")
        w.play("FadeIn(hit), FadeIn(x_label), FadeIn(panel[3])", 1.0)
        w.code("mover.clear_updaters()")
    else:
        lies = na == d
        w.beat(ctx.L("Parallel to the plane", "与平面平行"), ctx.L(
            f"$\\mathbf b\\cdot\\mathbf n = 0$: the line's direction lies along the plane, so the line never crosses it. "
            + (f"Its point $\\mathbf a$ satisfies the equation ($ {_t(na)} = {_t(d)}$): the line lies in the plane."
               if lies else f"$\\mathbf n\\cdot\\mathbf a = {_t(na)} \\neq {_t(d)}$: the line is parallel to the plane, off it."),
            "$\\mathbf b\\cdot\\mathbf n = 0$：直线的方向与平面平行，直线不会穿过平面。"
            + (f"点 $\\mathbf a$ 满足平面方程（${_t(na)} = {_t(d)}$）：直线在平面内。"
               if lies else f"$\\mathbf n\\cdot\\mathbf a = {_t(na)} \\neq {_t(d)}$：直线与平面平行，不在平面内。")))
        w.play("FadeIn(mover)", 0.5)
        w.play(f"tt.animate.set_value({fmt(hi * 0.9, 4)})", 2.0, "rate_func=smooth")
        w.play("FadeIn(panel[3])", 1.0)
        w.code("mover.clear_updaters()")
    if angle:
        _line_angle(ctx, rel, X, res, half)
    _said(ctx, rel, first)
    _turn(ctx)


def _arc_code(name: str, at, u, v, theta: float, r: float, color: str) -> str:
    """An arc of radius ``r`` (axes units) at ``at`` from the unit vector ``u`` towards ``v`` (unit, in the plane of u
    and v), over the angle ``theta`` (radians)."""
    u, v = np.asarray(u, float), np.asarray(v, float)
    w = v - (u @ v) * u
    w /= np.linalg.norm(w)
    return (f"{name} = ParametricFunction(lambda s: axes.c2p(*({v3(at)} + {fmt(r, 3)} * (np.cos(s) * {v3(u)} + np.sin(s) * {v3(w)}))), "
            f"t_range=[0, {fmt(theta, 4)}], color={color}, stroke_width=6)")


def _line_angle(ctx: Ctx, rel: Relation, X, res, half: float) -> None:
    """The angle at X between the line and its projection onto the plane."""
    w = ctx.w
    n = np.array(_f(rel.plane.n))
    b = np.array(_f(rel.line.b))
    n /= np.linalg.norm(n)
    u = b / np.linalg.norm(b)
    if u @ n < 0:
        u = -u  # the half of the line on the normal's side
    proj = u - (u @ n) * n
    theta = math.radians(float(res["angle"]))
    Xf = np.array(_f(X))
    if np.linalg.norm(proj) < 1e-9:  # perpendicular: any direction of the plane
        helper = np.array([1.0, 0, 0]) if abs(n[0]) < 0.9 else np.array([0, 1.0, 0])
        proj = np.cross(n, helper)
    proj /= np.linalg.norm(proj)
    w.beat(ctx.L("The angle with the plane", "线面角"), ctx.L(
        f"The angle between the line and the plane is the angle between the line and its projection onto the plane: the "
        f"complement of the angle with the normal, so $\\sin\\theta = |\\mathbf b\\cdot\\mathbf n|/(|\\mathbf b||\\mathbf n|) = "
        f"{_t(res['sin'])}$ and $\\theta = {_degrees(res['angle'])}$.",
        f"直线与平面所成的角是直线与它在平面内的射影所成的角，它与直线和法向量的夹角互余，所以 "
        f"$\\sin\\theta = |\\mathbf b\\cdot\\mathbf n|/(|\\mathbf b||\\mathbf n|) = {_t(res['sin'])}$，$\\theta = {_degrees(res['angle'])}$。"))
    w.code(f"shadow = DashedLine(axes.c2p(*{v3(Xf - 0.9 * half * proj)}), axes.c2p(*{v3(Xf + 0.9 * half * proj)}), color=PINK, stroke_width=4)",
           f"up = Line(axes.c2p(*{v3(Xf)}), axes.c2p(*{v3(Xf + 0.9 * half * u)}), color=PINK, stroke_width=6)",
           _arc_code("arc", Xf, proj, u, theta, 0.6 * half, "PINK"))
    mid = Xf + 1.0 * half * (math.cos(theta / 2) * proj + math.sin(theta / 2) * (u - (u @ proj) * proj) / max(1e-9, np.linalg.norm(u - (u @ proj) * proj)))
    w.code(f"theta_label = MathTex(r\"\\theta\", font_size=36, color=PINK).move_to(axes.c2p(*{v3(mid)}))",
           "self.add_fixed_orientation_mobjects(theta_label)", "self.remove(theta_label)")
    w.play("Create(shadow), Create(up)", 1.0)
    w.play("Create(arc), FadeIn(theta_label), FadeIn(panel[4])", 1.2)


def _planes(ctx: Ctx, rel: Relation) -> None:
    w = ctx.w
    p1, p2 = rel.plane, rel.plane2
    x, y, z = sp.symbols("x y z")
    L = cross(p1.n, p2.n)
    sol = sp.solve([sum(c * s for c, s in zip(p.n, (x, y, z))) - p.d for p in (p1, p2)]
                   + [sum(c * s for c, s in zip(L, (x, y, z)))], [x, y, z], dict=True)[0]
    Q = tuple(sol[s] for s in (x, y, z))  # the point of both planes nearest the origin
    res = results(rel)
    c, deg = res["cos"], res["angle"]
    half = 1.5
    _axes(ctx, [_f(Q)], half, _view(edge=_f(L)))
    n1 = np.array(_f(p1.n)) / math.sqrt(float(sum(v * v for v in p1.n)))
    n2 = np.array(_f(p2.n)) / math.sqrt(float(sum(v * v for v in p2.n)))
    if n1 @ n2 < 0:
        n2 = -n2  # the acute angle between the planes
    rows = [math_mob(f"\\pi_1:\\ {_plane_tex(p1.n, p1.d)},\\ \\mathbf n_1 = {_pt(p1.n)}", 28, "TEAL"),
            math_mob(f"\\pi_2:\\ {_plane_tex(p2.n, p2.d)},\\ \\mathbf n_2 = {_pt(p2.n)}", 28, "BLUE"),
            math_mob(f"\\cos\\theta = \\frac{{|\\mathbf n_1\\cdot\\mathbf n_2|}}{{|\\mathbf n_1||\\mathbf n_2|}} = {_t(c)},\\ "
                     f"\\theta = {_degrees(deg)}", 28, "PINK")]
    first = len(rows)
    rows += _stated_rows(ctx, rel)
    w.beat(ctx.title, ctx.L(f"The planes $\\pi_1: {_plane_tex(p1.n, p1.d)}$ and $\\pi_2: {_plane_tex(p2.n, p2.d)}$.",
                            f"平面 $\\pi_1: {_plane_tex(p1.n, p1.d)}$ 与 $\\pi_2: {_plane_tex(p2.n, p2.d)}$。"))
    _panel(ctx, rows)
    arrow3d_helper(w)
    plane_patch(w, "patch1", _f(Q), _f(p1.n), half)
    plane_patch(w, "patch2", _f(Q), _f(p2.n), half, color="BLUE")
    Qf = np.array(_f(Q))
    w.code(f"nv1 = arrow3d(axes.c2p(*{v3(Qf)}), axes.c2p(*{v3(Qf + 1.3 * n1)}), TEAL)",
           f"nv2 = arrow3d(axes.c2p(*{v3(Qf)}), axes.c2p(*{v3(Qf + 1.3 * n2)}), BLUE)",
           f"edge = Line(axes.c2p(*{v3(Qf - 1.6 * np.array(_f(L)) / np.linalg.norm(_f(L)))}), "
           f"axes.c2p(*{v3(Qf + 1.6 * np.array(_f(L)) / np.linalg.norm(_f(L)))}), color=WHITE, stroke_width=4)",
           _arc_code("arc", Qf, n1, n2, math.radians(float(deg)), 0.7, "PINK"))
    bis = (n1 + n2) / np.linalg.norm(n1 + n2)
    w.code(f"theta_label = MathTex(r\"\\theta\", font_size=36, color=PINK).move_to(axes.c2p(*{v3(Qf + 0.95 * bis)}))",
           "self.add_fixed_orientation_mobjects(theta_label)", "self.remove(theta_label)")
    w.play("Write(title), Create(axes)", 1.0)
    w.play("FadeIn(patch1), FadeIn(patch2), Create(edge), FadeIn(panel[0]), FadeIn(panel[1])", 1.4)
    w.beat(ctx.L("The normals", "法向量"), ctx.L(
        f"The angle between two planes is the angle between their normals $\\mathbf n_1 = {_pt(p1.n)}$ and $\\mathbf n_2 = {_pt(p2.n)}$ "
        f"(the acute one): $\\cos\\theta = {_t(c)}$, $\\theta = {_degrees(deg)}$.",
        f"两平面的夹角等于法向量 $\\mathbf n_1 = {_pt(p1.n)}$ 与 $\\mathbf n_2 = {_pt(p2.n)}$ 的夹角（取锐角）："
        f"$\\cos\\theta = {_t(c)}$，$\\theta = {_degrees(deg)}$。"))
    w.play("Create(nv1), Create(nv2)", 1.2)
    w.play("Create(arc), FadeIn(theta_label), FadeIn(panel[2])", 1.2)
    _said(ctx, rel, first)
    _turn(ctx)


def _param_names(l1: Line3, l2: Line3) -> tuple[str, str]:
    """The two lines' parameters: the author's letters when each line has its own, else λ and μ (a symmetric form has none)."""
    p1, p2 = l1.param, l2.param
    return (p1, p2) if p1 and p2 and p1 != p2 else ("\\lambda", "\\mu")


def _unit(v) -> np.ndarray:
    v = np.asarray(_f(v))
    return v / np.linalg.norm(v)


def _lines(ctx: Ctx, rel: Relation) -> None:
    """Two lines: their directions compared (b × d), then where they meet, their common perpendicular (skew) or their
    distance (parallel); the angle between them when asked."""
    w = ctx.w
    l1, l2 = rel.line, rel.line2
    a, b, c, d = l1.a, l1.b, l2.a, l2.b
    res = results(rel)
    pos = res["position"]
    p1, p2 = _param_names(l1, l2)
    ac = tuple(q - p for p, q in zip(a, c))
    n = res.get("normal") or cross(b, ac)  # a normal of the plane of parallel lines
    if not any(n):
        n = tuple(_in_plane(_f(b)))  # one line: any direction across it
    lam, mu = res.get("t"), res.get("t2")
    if pos == "identical":
        lam, mu = sp.sympify(dot(ac, b)) / dot(b, b), 0  # C on the first line
    len_b, len_d = math.sqrt(float(dot(b, b))), math.sqrt(float(dot(d, d)))
    lo1, hi1 = min(0.0, float(lam or 0)) - 1.6 / len_b, max(0.0, float(lam or 0)) + 1.6 / len_b
    lo2, hi2 = min(0.0, float(mu or 0)) - 1.6 / len_d, max(0.0, float(mu or 0)) + 1.6 / len_d
    along = lambda p, v, s: [float(x + s * y) for x, y in zip(p, v)]  # noqa: E731
    ends1, ends2 = [along(a, b, lo1), along(a, b, hi1)], [along(c, d, lo2), along(c, d, hi2)]
    meets = pos == "intersect"
    unit = _axes(ctx, ends1 + ends2, 0.3, _view(slant=_f(n), along=[] if meets else [_f(b), _f(d)], tilt=0.8 if meets else 0.5))
    line_tex = lambda name, p, q, par, pv, qv: f"{name}:\\ \\mathbf {pv} + {par}\\,\\mathbf {qv} = {_pt(p)} + {par}\\,{_pt(q)}"  # noqa: E731
    rows = [math_mob(line_tex("\\ell_1", a, b, p1, "a", "b"), 28, "YELLOW"),
            math_mob(line_tex("\\ell_2", c, d, p2, "c", "d"), 28, "BLUE"),
            math_mob(f"\\mathbf b\\times\\mathbf d = {_pt(cross(b, d))}", 28, "ORANGE")]
    if pos in ("intersect", "skew"):
        triple = res["triple"]
        rows.append(math_mob(f"(\\mathbf c - \\mathbf a)\\cdot(\\mathbf b\\times\\mathbf d) = {_t(triple)}"
                             + (" \\neq 0" if triple != 0 else ""), 28, "ORANGE"))
    else:
        far = cross(ac, b)
        rows.append(math_mob(f"(\\mathbf c - \\mathbf a)\\times\\mathbf b = {_pt(far)}", 28, "ORANGE"))
    dist = res["distance"]
    if meets:
        S = res["intersection"]
        rows.append(math_mob(f"{p1} = {_t(lam)},\\ {p2} = {_t(mu)}:\\ S = {_pt(S)}", 28, "GREEN"))
    elif pos == "skew":
        nn = dot(n, n)
        rows.append(math_mob(f"d = \\frac{{|(\\mathbf c - \\mathbf a)\\cdot(\\mathbf b\\times\\mathbf d)|}}{{|\\mathbf b\\times\\mathbf d|}} = "
                             f"\\frac{{{_t(abs(res['triple']))}}}{{{_t(sp.sqrt(nn))}}} = {_t(dist)}{_approx(dist)}", 28, "GREEN"))
        rows.append(math_mob(f"F_1 = {_pt(res['foot1'])},\\ F_2 = {_pt(res['foot2'])}", 28, "GREEN"))
    elif pos == "parallel":
        rows.append(math_mob(f"d = \\frac{{|(\\mathbf c - \\mathbf a)\\times\\mathbf b|}}{{|\\mathbf b|}} = {_t(dist)}{_approx(dist)}", 28, "GREEN"))
    angle = "angle" in rel.asked
    if angle:
        rows.append(math_mob(f"\\cos\\theta = \\frac{{|\\mathbf b\\cdot\\mathbf d|}}{{|\\mathbf b||\\mathbf d|}} = {_t(res['cos'])},\\ "
                             f"\\theta = {_degrees(res['angle'])}", 28, "PINK"))
    first = len(rows)
    rows += _stated_rows(ctx, rel)
    said = lambda p, q, par: f"\\mathbf r = {_pt(p)} + {par}\\,{_pt(q)}"  # noqa: E731
    w.beat(ctx.title, ctx.L(f"The lines $\\ell_1: {said(a, b, p1)}$ and $\\ell_2: {said(c, d, p2)}$: each a point ($\\mathbf a$, "
                            f"$\\mathbf c$) and a direction ($\\mathbf b$, $\\mathbf d$).",
                            f"直线 $\\ell_1: {said(a, b, p1)}$ 与 $\\ell_2: {said(c, d, p2)}$：各由一点（$\\mathbf a$、$\\mathbf c$）"
                            f"和方向向量（$\\mathbf b$、$\\mathbf d$）确定。"))
    _panel(ctx, rows)
    arrow3d_helper(w)
    w.code(f"a0, b0, c0, d0 = {v3(_f(a))}, {v3(_f(b))}, {v3(_f(c))}, {v3(_f(d))}",
           f"track1 = Line(axes.c2p(*(a0 + {fmt(lo1, 4)} * b0)), axes.c2p(*(a0 + {fmt(hi1, 4)} * b0)), color=YELLOW, stroke_width=4)",
           f"track2 = {'DashedLine' if pos == 'identical' else 'Line'}(axes.c2p(*(c0 + {fmt(lo2, 4)} * d0)), "
           f"axes.c2p(*(c0 + {fmt(hi2, 4)} * d0)), color=BLUE, stroke_width=4)",
           "A = Dot3D(axes.c2p(*a0), radius=0.07, color=YELLOW)",
           "C = Dot3D(axes.c2p(*c0), radius=0.07, color=BLUE)",
           f"arrow_b = arrow3d(axes.c2p(*a0), axes.c2p(*(a0 + {fmt(1.2 / len_b, 4)} * b0)), ORANGE)",
           f"arrow_d = arrow3d(axes.c2p(*c0), axes.c2p(*(c0 + {fmt(1.2 / len_d, 4)} * d0)), ORANGE)")
    side1 = np.cross(_unit(b), _unit(n))  # beside each line, in the view's plane of the pair
    near = np.array(_f(res.get("foot1", a)))  # each line's name at its end away from where the lines come close
    far1 = max(ends1, key=lambda e: np.linalg.norm(np.array(e) - near))
    far2 = max(ends2, key=lambda e: np.linalg.norm(np.array(e) - near))
    _label(ctx, "l1_label", "\\ell_1", far1, side1, unit, "YELLOW")
    _label(ctx, "l2_label", "\\ell_2", far2, -np.cross(_unit(d), _unit(n)), unit, "BLUE")
    # b and d on the outer side of the pair: away from the other line
    apart = np.array(_f(res["foot1"])) - np.array(_f(res["foot2"])) if pos in ("skew", "parallel") else side1
    _label(ctx, "b_label", "\\mathbf b", along(a, b, 1.2 / len_b), apart, unit, "ORANGE")
    _label(ctx, "d_label", "\\mathbf d", along(c, d, 1.2 / len_d), -apart if pos in ("skew", "parallel") else
           -np.cross(_unit(d), _unit(n)), unit, "ORANGE")
    w.play("Write(title), Create(axes)", 1.0)
    w.play("Create(track1), FadeIn(A), FadeIn(l1_label), FadeIn(panel[0])", 1.2)
    w.play("Create(track2), FadeIn(C), FadeIn(l2_label), FadeIn(panel[1])", 1.2)
    bd = _pt(cross(b, d))
    if any(cross(b, d)):
        w.beat(ctx.L("Compare the directions", "比较方向向量"), ctx.L(
            f"$\\mathbf b\\times\\mathbf d = {bd} \\neq \\mathbf 0$: the directions are not parallel, so the lines either meet or are skew.",
            f"$\\mathbf b\\times\\mathbf d = {bd} \\neq \\mathbf 0$：方向不平行，两直线要么相交，要么异面。"))
    else:
        w.beat(ctx.L("Compare the directions", "比较方向向量"), ctx.L(
            "$\\mathbf b\\times\\mathbf d = \\mathbf 0$: the directions are parallel, so the lines are parallel or the same line.",
            "$\\mathbf b\\times\\mathbf d = \\mathbf 0$：方向平行，两直线平行或重合。"))
    w.play("Create(arrow_b), Create(arrow_d), FadeIn(b_label), FadeIn(d_label), FadeIn(panel[2])", 1.2)
    w.code("tt, uu = ValueTracker(0), ValueTracker(0)",
           "m1 = Dot3D(axes.c2p(*a0), radius=0.08, color=YELLOW)",
           "m1.add_updater(lambda m: m.move_to(axes.c2p(*(a0 + tt.get_value() * b0))))",
           "m2 = Dot3D(axes.c2p(*c0), radius=0.08, color=BLUE)",
           "m2.add_updater(lambda m: m.move_to(axes.c2p(*(c0 + uu.get_value() * d0))))")
    if meets:
        w.beat(ctx.L("They meet", "两直线相交"), ctx.L(
            f"$(\\mathbf c - \\mathbf a)\\cdot(\\mathbf b\\times\\mathbf d) = 0$: the lines lie in one plane, so they meet. "
            f"Solving $\\mathbf a + {p1}\\mathbf b = \\mathbf c + {p2}\\mathbf d$ gives ${p1} = {_t(lam)}$, ${p2} = {_t(mu)}$: "
            f"both points arrive at $S = {_pt(S)}$.",
            f"$(\\mathbf c - \\mathbf a)\\cdot(\\mathbf b\\times\\mathbf d) = 0$：两直线共面，且方向不平行，所以相交。"
            f"解 $\\mathbf a + {p1}\\mathbf b = \\mathbf c + {p2}\\mathbf d$ 得 ${p1} = {_t(lam)}$，${p2} = {_t(mu)}$，"
            f"两点同时到达交点 $S = {_pt(S)}$。"))
        w.code(f"S = Dot3D(axes.c2p(*{v3(_f(S))}), radius=0.1, color=GREEN)")
        _label(ctx, "s_label", "S", _f(S), _unit(b) - _unit(d), unit, "GREEN")  # between the lines, off both
        w.play("FadeIn(m1), FadeIn(m2), FadeIn(panel[3])", 0.8)
        w.play(f"tt.animate.set_value({fmt(float(lam), 4)}), uu.animate.set_value({fmt(float(mu), 4)})", 2.4, "rate_func=smooth")
        w.play("FadeIn(S), FadeIn(s_label), FadeIn(panel[4])", 1.0)
        corner = _f(S)
    elif pos == "skew":
        F1, F2 = res["foot1"], res["foot2"]
        w.beat(ctx.L("Skew lines", "异面直线"), ctx.L(
            f"$(\\mathbf c - \\mathbf a)\\cdot(\\mathbf b\\times\\mathbf d) = {_t(res['triple'])} \\neq 0$: the lines lie in no "
            f"common plane and never meet: they are skew. Their distance is measured along $\\mathbf b\\times\\mathbf d$, "
            f"perpendicular to both: $d = |(\\mathbf c - \\mathbf a)\\cdot(\\mathbf b\\times\\mathbf d)|/|\\mathbf b\\times\\mathbf d| = {_t(dist)}$.",
            f"$(\\mathbf c - \\mathbf a)\\cdot(\\mathbf b\\times\\mathbf d) = {_t(res['triple'])} \\neq 0$：两直线不共面、不相交，是异面直线。"
            f"它们的距离沿同时垂直于两者的 $\\mathbf b\\times\\mathbf d$ 量取："
            f"$d = |(\\mathbf c - \\mathbf a)\\cdot(\\mathbf b\\times\\mathbf d)|/|\\mathbf b\\times\\mathbf d| = {_t(dist)}$。"))
        w.play("FadeIn(panel[3]), FadeIn(panel[4])", 1.2)
        w.beat(ctx.L("The common perpendicular", "公垂线"), ctx.L(
            f"The nearest points: $F_1$ at ${p1} = {_t(lam)}$ and $F_2$ at ${p2} = {_t(mu)}$, where $F_1F_2$ is perpendicular to both "
            f"lines. $F_1 = {_pt(F1)}$, $F_2 = {_pt(F2)}$, and $|F_1F_2| = {_t(dist)}$.",
            f"最近的两点：${p1} = {_t(lam)}$ 处的 $F_1$ 与 ${p2} = {_t(mu)}$ 处的 $F_2$，$F_1F_2$ 同时垂直于两直线，即公垂线段。"
            f"$F_1 = {_pt(F1)}$，$F_2 = {_pt(F2)}$，$|F_1F_2| = {_t(dist)}$。"))
        gap = np.array(_f(F2)) - np.array(_f(F1))
        w.code(f"F1 = Dot3D(axes.c2p(*{v3(_f(F1))}), radius=0.08, color=GREEN)",
               f"F2 = Dot3D(axes.c2p(*{v3(_f(F2))}), radius=0.08, color=GREEN)",
               f"common = Line(axes.c2p(*{v3(_f(F1))}), axes.c2p(*{v3(_f(F2))}), color=GREEN, stroke_width=7)")
        _label(ctx, "f1_label", "F_1", _f(F1), -gap - 0.5 * _across(ctx, gap), unit, "GREEN")  # on the segment's line, left of it
        _label(ctx, "f2_label", "F_2", _f(F2), gap - 0.5 * _across(ctx, gap), unit, "GREEN")
        _label(ctx, "len_label", f"d = {_t(dist)}", (np.array(_f(F1)) + np.array(_f(F2))) / 2, _across(ctx, gap), unit, "GREEN", 1.05)
        w.play("FadeIn(m1), FadeIn(m2)", 0.6)
        w.play(f"tt.animate.set_value({fmt(float(lam), 4)}), uu.animate.set_value({fmt(float(mu), 4)})", 2.4, "rate_func=smooth")
        w.play("FadeIn(F1), FadeIn(F2), FadeIn(f1_label), FadeIn(f2_label)", 0.8)
        w.play("Create(common), FadeIn(len_label), FadeIn(panel[5])", 1.2)
        corner = _f(F1)
    elif pos == "parallel":
        F = res["foot1"]
        w.beat(ctx.L("Parallel lines", "平行直线"), ctx.L(
            f"$(\\mathbf c - \\mathbf a)\\times\\mathbf b = {_pt(cross(ac, b))} \\neq \\mathbf 0$: $\\mathbf c$ is off $\\ell_1$, so the "
            f"lines are parallel and distinct. The perpendicular from $\\mathbf c$ meets $\\ell_1$ at ${p1} = {_t(lam)}$, "
            f"$F = {_pt(F)}$: $d = |(\\mathbf c - \\mathbf a)\\times\\mathbf b|/|\\mathbf b| = {_t(dist)}$.",
            f"$(\\mathbf c - \\mathbf a)\\times\\mathbf b = {_pt(cross(ac, b))} \\neq \\mathbf 0$：点 $\\mathbf c$ 不在 $\\ell_1$ 上，"
            f"两直线平行且不重合。从 $\\mathbf c$ 向 $\\ell_1$ 作垂线，垂足在 ${p1} = {_t(lam)}$ 处，$F = {_pt(F)}$："
            f"$d = |(\\mathbf c - \\mathbf a)\\times\\mathbf b|/|\\mathbf b| = {_t(dist)}$。"))
        w.code(f"F1 = Dot3D(axes.c2p(*{v3(_f(F))}), radius=0.08, color=GREEN)",
               f"common = Line(axes.c2p(*{v3(_f(F))}), axes.c2p(*c0), color=GREEN, stroke_width=7)")
        _label(ctx, "len_label", f"d = {_t(dist)}", (np.array(_f(F)) + np.array(_f(c))) / 2,
               _across(ctx, np.array(_f(c)) - np.array(_f(F))), unit, "GREEN", 1.05)
        w.play("FadeIn(m1), FadeIn(panel[3])", 0.8)
        w.play(f"tt.animate.set_value({fmt(float(lam), 4)})", 2.0, "rate_func=smooth")
        w.play("FadeIn(F1), Create(common), FadeIn(len_label), FadeIn(panel[4])", 1.2)
        corner = None
    else:
        w.beat(ctx.L("The same line", "同一条直线"), ctx.L(
            f"$(\\mathbf c - \\mathbf a)\\times\\mathbf b = \\mathbf 0$: $\\mathbf c$ lies on $\\ell_1$ (at ${p1} = {_t(lam)}$), so the "
            "two equations describe one line.",
            f"$(\\mathbf c - \\mathbf a)\\times\\mathbf b = \\mathbf 0$：点 $\\mathbf c$ 在 $\\ell_1$ 上（${p1} = {_t(lam)}$ 处），"
            "两个方程表示同一条直线。"))
        w.play("FadeIn(m1), FadeIn(panel[3])", 0.8)
        w.play(f"tt.animate.set_value({fmt(float(lam), 4)})", 2.0, "rate_func=smooth")
        corner = None
    w.code("m1.clear_updaters()", "m2.clear_updaters()")
    if angle:
        w.beat(ctx.L("The angle between the lines", "两直线的夹角"), ctx.L(
            f"The angle between two lines is the acute angle between their directions: $\\cos\\theta = "
            f"|\\mathbf b\\cdot\\mathbf d|/(|\\mathbf b||\\mathbf d|) = {_t(res['cos'])}$, $\\theta = {_degrees(res['angle'])}$"
            + ("." if corner is None or meets else ", measured with a copy of $\\mathbf d$ moved to $F_1$."),
            f"两直线的夹角是方向向量所成的锐角：$\\cos\\theta = |\\mathbf b\\cdot\\mathbf d|/(|\\mathbf b||\\mathbf d|) = "
            f"{_t(res['cos'])}$，$\\theta = {_degrees(res['angle'])}$" + ("。" if corner is None or meets else "（把 $\\mathbf d$ 平移到 $F_1$ 处量取）。")))
        if corner is not None:
            u = _unit(b)
            v = _unit(d) * (1 if float(dot(b, d)) >= 0 else -1)  # the acute angle
            theta = math.radians(float(res["angle"]))
            r = 0.9 / unit
            anims = ["Create(arc)", "FadeIn(theta_label)", f"FadeIn(panel[{first - 1}])"]
            if not meets:
                w.code(f"copy_d = DashedLine(axes.c2p(*{v3(np.array(corner) - 0.9 / unit * v)}), "
                       f"axes.c2p(*{v3(np.array(corner) + 0.9 / unit * v)}), color=BLUE, stroke_width=3)")
                anims.insert(0, "Create(copy_d)")
            w.code(_arc_code("arc", corner, u, v, theta, r, "PINK"))
            bis = (u + v) / np.linalg.norm(u + v)
            w.code(f"theta_label = MathTex(r\"\\theta\", font_size=34, color=PINK).move_to(axes.c2p(*{v3(np.array(corner) + 1.35 * r * bis)}))",
                   "self.add_fixed_orientation_mobjects(theta_label)", "self.remove(theta_label)")
            w.play(", ".join(anims), 1.4)
        else:
            w.play(f"FadeIn(panel[{first - 1}])", 1.0)
    _said(ctx, rel, first)
    _turn(ctx)


@check("point_line_plane")
def _check(f):
    if f["kind"] == "foot":
        return ("Why is the foot of the perpendicular the nearest point of the plane?", "为什么垂足是平面上离该点最近的点？",
                "For any other point Q of the plane, PFQ is a right triangle with hypotenuse PQ, so $|PQ| > |PF|$.",
                "平面上任取另一点 Q，PFQ 是以 PQ 为斜边的直角三角形，所以 $|PQ| > |PF|$。")
    if f["kind"] == "pierce":
        return ("Why is the sine, not the cosine, of the angle given by $|\\mathbf b\\cdot\\mathbf n|/(|\\mathbf b||\\mathbf n|)$?",
                "为什么线面角的正弦（而不是余弦）等于 $|\\mathbf b\\cdot\\mathbf n|/(|\\mathbf b||\\mathbf n|)$？",
                "That quotient is the cosine of the angle with the normal, which is $90^\\circ - \\theta$.",
                "这个商是直线与法向量夹角的余弦，而那个角等于 $90^\\circ - \\theta$。")
    if f["kind"] == "lines":
        return ("Why do two lines with non-parallel directions and $(\\mathbf c - \\mathbf a)\\cdot(\\mathbf b\\times\\mathbf d) = 0$ meet?",
                "为什么方向不平行且 $(\\mathbf c - \\mathbf a)\\cdot(\\mathbf b\\times\\mathbf d) = 0$ 的两直线一定相交？",
                "Then $\\mathbf c - \\mathbf a$, $\\mathbf b$, $\\mathbf d$ lie in one plane: both lines lie in the plane through "
                "$\\mathbf a$ spanned by $\\mathbf b$ and $\\mathbf d$, and two non-parallel lines of a plane meet.",
                "这时 $\\mathbf c - \\mathbf a$、$\\mathbf b$、$\\mathbf d$ 共面：两直线都在过 $\\mathbf a$、由 $\\mathbf b$ 和 $\\mathbf d$ "
                "张成的平面内，而同一平面内不平行的两直线必相交。")
    return ("When are two planes perpendicular?", "两平面何时垂直？",
            "When their normals are: $\\mathbf n_1\\cdot\\mathbf n_2 = 0$.", "当法向量垂直时：$\\mathbf n_1\\cdot\\mathbf n_2 = 0$。")
