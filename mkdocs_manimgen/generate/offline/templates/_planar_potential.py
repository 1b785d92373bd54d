"""potential_surface for a potential written in x and y: the surface z = V(x, y) of the author's
formula, its critical points (green discs for minima, yellow diamonds for saddles, pink triangles
for maxima, named by a legend; a green circle when V depends on x^2 + y^2 alone and its minimum
is a ring) and a ball rolling downhill.
"""

from __future__ import annotations

import math

import numpy as np

from ....language import LABELS
from ..storyboard import text_mob
from ..symbolic import evaluate2
from . import _landscape
from ._three_d import axes_code, ball_code, open_3d
from .common import Ctx, fmt

# Each kind of critical point has its own colour and shape (told apart without colour vision too);
# the shapes are flat and turned to face the camera: cheap to draw, never seen edge-on.
_COLOURS = {"minimum": "GREEN", "saddle": "YELLOW", "maximum": "PINK"}
_SHAPES = {"minimum": "Circle(radius=0.19)", "saddle": "Square(side_length=0.26).rotate(PI / 4)",
           "maximum": "Triangle().scale(0.2)"}
_WORDS = {"minimum": (("a minimum", "minima"), "green disc", "绿色圆点"),
          "saddle": (("a saddle", "saddles"), "yellow diamond", "黄色菱形"),
          "maximum": (("a maximum", "maxima"), "pink triangle", "粉色三角形")}


def _marker(kind: str) -> str:
    """Code for the flat marker of a kind of critical point (at the origin)."""
    return f"{_SHAPES[kind]}.set_fill({_COLOURS[kind]}, opacity=1).set_stroke(BLACK, width=2)"


def _at(code: str, x: float, y: float) -> float:
    return float(evaluate2(code, np.array([x]), np.array([y]))[0])


def _ring(pot, R: float) -> float | None:
    """The radius of the circle of minima of a radial V (None when V is not radial or its minimum is the centre)."""
    if not _landscape.radial(pot.planar):
        return None
    rs = np.linspace(0, R, 601)
    vs = evaluate2(pot.code, rs, np.zeros_like(rs))
    r0 = float(rs[int(np.argmin(vs))])
    return r0 if 0.05 < r0 < R else None


def _points_text(ctx: Ctx, pts) -> str:
    shown = [f"$({fmt(c.x, 3)}, {fmt(c.y, 3)})$" for c in pts[:4]]
    more = len(pts) - len(shown)
    text = ctx.L(" and ", "和").join([", ".join(shown[:-1]), shown[-1]] if len(shown) > 1 else shown)
    return text + (ctx.L(f" and {more} more", f"等 {len(pts)} 个") if more else "")


def _legend(ctx: Ctx, points, ring: bool) -> list[str]:
    """Code for the legend's rows: a marker and the name of each kind of critical point shown."""
    words = LABELS["zh" if ctx.zh else "en"]
    rows = [f"VGroup({_marker(kind)}, {text_mob(words[kind], 24)}).arrange(RIGHT, buff=0.2)"
            for kind in _landscape.KINDS if any(c.kind == kind for c in points)]
    if ring:
        rows.append(f"VGroup(Line(LEFT * 0.15, RIGHT * 0.15, color={_COLOURS['minimum']}, stroke_width=6), "
                    f"{text_mob(words['minimum_ring'], 24)}).arrange(RIGHT, buff=0.2)")
    return rows


def build_planar(ctx: Ctx, pot) -> None:
    w = ctx.w
    code, tex = pot.code, pot.tex
    points = _landscape.critical_points(pot.planar) or []
    ring = _ring(pot, 3.0)
    if ring is not None:  # a radial V: shown on a disc just wider than its valley, so the hump is not dwarfed by
        # corners and the outer wall stays low enough not to hide the ball in the valley
        R = float(min(3.0, max(0.5, round(1.25 * ring, 2))))
        rr, tt = np.meshgrid(np.linspace(0, R, 41), np.linspace(0, 2 * np.pi, 41))
        Z = evaluate2(code, rr * np.cos(tt), rr * np.sin(tt))
    else:
        R = _landscape.window(code, points)
        g = np.linspace(-R, R, 61)
        Z = evaluate2(code, *np.meshgrid(g, g))
    lo, hi = float(Z.min()), float(Z.max())
    k = 2.6 / max(hi - lo, 1e-6)  # the surface about 2.6 units tall
    # a radial V falls equally steeply every way from the top: roll across the view (the camera looks
    # from theta = -55 degrees), where neither the near rim nor the central hump hides the ball
    start, top = _landscape.start_point(code, points, R, prefer=math.radians(35) if ring is not None else 0.0)
    path, rest = _landscape.downhill(code, start, R)
    end = path[-1]
    minima = [c for c in points if c.kind == "minimum"]
    settled = next((c for c in minima if np.hypot(c.x - end[0], c.y - end[1]) < 0.1 * R), None)
    on_ring = ring is not None and abs(np.hypot(*end) - ring) < 0.1 * R
    ctx.facts["what"] = (
        "A potential $V(x, y)$ on the plane is a surface $z = V(x, y)$. Where $\\nabla V = 0$ a ball can rest: at a minimum "
        "(stable), a saddle or a maximum (unstable), told apart by the second derivative test; elsewhere it rolls "
        "downhill, against $\\nabla V$.",
        "平面上的势能 $V(x, y)$ 是一个曲面 $z = V(x, y)$。在 $\\nabla V = 0$ 的点小球可以静止：极小值点（稳定）、鞍点或极大值点"
        "（不稳定），用二阶导数判别法区分；在其他地方小球沿 $-\\nabla V$ 方向滚下。")
    ctx.facts.update(planar=True, tex=tex, points=[(c.x, c.y, c.kind) for c in points], ring=ring,
                     top=(top.x, top.y, top.kind) if top else None, end=end)
    tex_names = {n: ("\\" + n if len(n) > 1 else n) for n in pot.shown}
    values = ", ".join(f"${tex_names[n]} = {fmt(v, 3)}$" for n, v in sorted(pot.shown.items()))
    note = ctx.L(f" (with {values})" if values else "", f"（取 {values}）" if values else "")
    region = ctx.L(f"the disc $x^2 + y^2 \\le {fmt(R)}^2$" if ring is not None else f"the square $|x|, |y| \\le {fmt(R)}$",
                   f"圆盘 $x^2 + y^2 \\le {fmt(R)}^2$" if ring is not None else f"正方形 $|x|, |y| \\le {fmt(R)}$")
    w.beat(ctx.title, ctx.L(f"The potential $V = {tex}${note}, drawn as the surface $z = V(x, y)$ over {region}.",
                            f"势能 $V = {tex}${note}，画成{region}上的曲面 $z = V(x, y)$。"))
    open_3d(ctx, "phi=60 * DEGREES, theta=-55 * DEGREES, zoom=0.85", "V = " + tex, 36, max_width=6)
    axes_code(ctx, f"x_range=[-{fmt(R)}, {fmt(R)}, 1], y_range=[-{fmt(R)}, {fmt(R)}, 1], z_range=[-1.5, 1.5, 1], "
                   "x_length=6, y_length=6, z_length=3")
    w.code(
        "",
        "def V(x, y):",
        f"    return {fmt(k, 4)} * ({code}) + ({fmt(-k * (lo + hi) / 2, 4)})  # scaled and centred to fit",
        "",
        *(["surface = Surface(lambda u, v: axes.c2p(u * np.cos(v), u * np.sin(v), V(u * np.cos(v), u * np.sin(v))),",
            f"                  u_range=[{fmt(0.02 * R, 4)}, {fmt(R)}], v_range=[0, TAU], resolution=(8, 18),"] if ring is not None else
          ["surface = Surface(lambda u, v: axes.c2p(u, v, V(u, v)),",
           f"                  u_range=[-{fmt(R)}, {fmt(R)}], v_range=[-{fmt(R)}, {fmt(R)}], resolution=(12, 12),"]),
        "                  checkerboard_colors=[BLUE_D, TEAL_D], fill_opacity=0.85, stroke_width=0)",
        f"critical = {[(c.x, c.y, c.kind) for c in points]}",
        "marker = {",
        *(f'    "{kind}": lambda: {_marker(kind)},' for kind in _landscape.KINDS if any(c.kind == kind for c in points)),
        "}",
        "marks = VGroup(*[marker[kind]().move_to(axes.c2p(x, y, V(x, y) + 0.1)) for x, y, kind in critical])",
        "self.add_fixed_orientation_mobjects(*marks)  # flat, facing the camera however it turns",
        "self.remove(*marks)",
    )
    if ring is not None:
        w.code(f"marks.add(ParametricFunction(lambda t: axes.c2p({fmt(ring, 4)} * np.cos(t), {fmt(ring, 4)} * np.sin(t),"
               f" V({fmt(ring, 4)} * np.cos(t), {fmt(ring, 4)} * np.sin(t)) + 0.08), t_range=[0, TAU], color={_COLOURS['minimum']}, stroke_width=6))")
    legend = _legend(ctx, points, ring is not None)
    if legend:
        w.code(
            f"legend = VGroup({', '.join(legend)}).arrange(DOWN, aligned_edge=LEFT, buff=0.18).to_corner(DL, buff=0.35)",
            "self.add_fixed_in_frame_mobjects(legend)",
            "self.remove(legend)",
        )
    w.code(
        f"downhill = {path}  # steepest descent from the start (design time)",
        "path = VMobject().set_points_smoothly([axes.c2p(x, y, V(x, y) + 0.12) for x, y in downhill])",
    )
    ball_code(ctx, "path.get_start()")
    w.play("Write(title), FadeIn(formula), Create(axes)", 1.2)
    w.beat(ctx.L("The surface", "曲面"), ctx.L("Each point $(x, y)$ of the plane is lifted to the height $V(x, y)$.",
                                              "平面上每个点 $(x, y)$ 被抬到高度 $V(x, y)$。"))
    w.play("Create(surface)", 2)
    parts = []
    for kind in _landscape.KINDS:
        pts = [c for c in points if c.kind == kind]
        if pts:
            (one, many), shape, zh_shape = _WORDS[kind]
            parts.append(ctx.L(f"{one if len(pts) == 1 else many} ({shape}{'s' if len(pts) > 1 else ''}) at {_points_text(ctx, pts)}",
                               f"{LABELS['zh'][kind]}（{zh_shape}）{_points_text(ctx, pts)}"))
    if ring is not None:
        parts.append(ctx.L(f"the minimum (green circle) is a whole ring of radius ${fmt(ring, 3)}$, since $V$ depends only on $x^2 + y^2$",
                           f"极小值（绿色圆）：因为 $V$ 只依赖于 $x^2 + y^2$，最低点是半径 ${fmt(ring, 3)}$ 的一整圈"))
    if parts:
        w.beat(ctx.L("Where the slope is zero", "坡度为零的点"),
               ctx.L("Where $\\nabla V = 0$: " + "; ".join(parts) + ".", "$\\nabla V = 0$ 的点——" + "；".join(parts) + "。"))
        w.play("FadeIn(marks), FadeIn(legend)" if legend else "FadeIn(marks)", 1)
    if top is not None:
        where = ctx.L(f"just off the {top.kind} at $({fmt(top.x, 3)}, {fmt(top.y, 3)})$",
                      f"从{LABELS['zh'][top.kind]} $({fmt(top.x, 3)}, {fmt(top.y, 3)})$ 旁边")
    else:
        where = ctx.L(f"at $({fmt(start[0], 3)}, {fmt(start[1], 3)})$", f"从 $({fmt(start[0], 3)}, {fmt(start[1], 3)})$")
    if settled is not None:
        to = ctx.L(f"settles in the minimum at $({fmt(settled.x, 3)}, {fmt(settled.y, 3)})$",
                   f"停在极小值点 $({fmt(settled.x, 3)}, {fmt(settled.y, 3)})$")
    elif on_ring:
        to = ctx.L("settles in the ring-shaped valley, in one direction out of all", "停在环形谷底——只选了所有方向中的一个")
    elif rest:
        to = ctx.L(f"comes to rest at the lowest point near $({fmt(end[0], 2)}, {fmt(end[1], 2)})$",
                   f"停在最低点 $({fmt(end[0], 2)}, {fmt(end[1], 2)})$ 附近")
    else:
        to = ctx.L("keeps falling until it leaves the picture: no minimum stops it",
                   "一直下落直到离开画面：没有最低点能让它停下")
    w.beat(ctx.L("Rolling downhill", "沿坡滚下"), ctx.L(f"A ball released {where} rolls downhill, against $\\nabla V$, and {to}.",
                                                     f"小球{where}释放，沿 $-\\nabla V$ 方向滚下，{to}。"))
    w.play("FadeIn(ball)", 0.6)
    w.play("MoveAlongPath(ball, path)", 2, "rate_func=rush_into")
    # a ring valley's ball sits against the outer wall: look down on it from higher up, turning a
    # little, or the near rim and the hump hide it (seen in the frames); other landscapes swing round
    w.move_camera("phi=32 * DEGREES, theta=-30 * DEGREES" if ring is not None else "phi=45 * DEGREES, theta=30 * DEGREES", 2.2)
    w.wait(1)


def planar_check(f) -> tuple[str, str, str, str]:
    """The notes' question for a planar potential: the stability of what the scene marked."""
    points = f["points"]
    minima = [p for p in points if p[2] == "minimum"]
    others = [p for p in points if p[2] != "minimum"]
    if f["ring"] is not None:
        r = fmt(f["ring"], 3)
        return ("How many points of lowest potential are there, and where?", "势能最低的点有几个？在哪里？",
                f"Infinitely many: the whole circle $x^2 + y^2 = {r}^2$, because $V$ depends only on $x^2 + y^2$.",
                f"无穷多个：整个圆 $x^2 + y^2 = {r}^2$，因为 $V$ 只依赖于 $x^2 + y^2$。")
    if others:
        x, y, kind = others[0]
        zh_kind = LABELS["zh"][kind]
        return (f"A ball placed exactly at the {kind} $({fmt(x, 3)}, {fmt(y, 3)})$ stays there. Is that equilibrium stable?",
                f"把小球恰好放在{zh_kind} $({fmt(x, 3)}, {fmt(y, 3)})$ 上，它会静止不动。这个平衡稳定吗？",
                "No: $\\nabla V = 0$ there, but $V$ falls in some direction, so the smallest push sends the ball downhill."
                + (f" Only the minima ({', '.join(f'$({fmt(a, 3)}, {fmt(b, 3)})$' for a, b, _ in minima)}) are stable." if minima else ""),
                "不稳定：那里 $\\nabla V = 0$，但 $V$ 沿某个方向下降，轻轻一推小球就会滚下去。"
                + (f"只有极小值点（{'、'.join(f'$({fmt(a, 3)}, {fmt(b, 3)})$' for a, b, _ in minima)}）是稳定的。" if minima else ""))
    if minima:
        x, y, _ = minima[0]
        return (f"Is the equilibrium at $({fmt(x, 3)}, {fmt(y, 3)})$ stable?", f"$({fmt(x, 3)}, {fmt(y, 3)})$ 处的平衡稳定吗？",
                "Yes: it is a minimum, $V$ rises in every direction, so a small push only makes the ball oscillate about it.",
                "稳定：它是极小值点，$V$ 向各个方向都升高，小小的扰动只会让小球在它附近来回振动。")
    x, y = f["end"]
    return ("Where does a ball released from rest end up?", "从静止释放的小球最后到哪里？",
            f"It rolls downhill against $\\nabla V$; in the picture it reaches $({fmt(x, 3)}, {fmt(y, 3)})$.",
            f"它沿 $-\\nabla V$ 滚下；在画面中到达 $({fmt(x, 3)}, {fmt(y, 3)})$。")
