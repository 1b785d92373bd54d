"""vector_field: the author's plane field F = (P, Q) as arrows (ArrowVectorField), particles carried along its flow
lines, and its divergence ∂P/∂x + ∂Q/∂y and (scalar) curl ∂Q/∂x − ∂P/∂y from sympy, with a paddle wheel that
turns where the curl is not zero (Stewart, *Calculus*, 16.1 and 16.5).  Every divergence or curl the author
states (a value, "irrotational", "incompressible") is checked first; a false one is not drawn."""

from __future__ import annotations

import math
import re

import numpy as np

from ..fields import DIV_CURL_TEX, FIELD_WORDS, Field, read_field
from ..families import no_formula
from ..latex import extract, fmt
from ..notes import check
from ..storyboard import text_mob
from .common import Ctx

PRIORITY = 110
TITLE = ("A Vector Field, its Divergence and Curl", "向量场的散度与旋度")
WHAT = ("A vector field $\\mathbf F = (P, Q)$ attaches an arrow to every point. Its divergence "
        "$\\nabla\\cdot\\mathbf F = P_x + Q_y$ measures the net outflow near a point (a source when positive); its curl "
        "$Q_x - P_y$ measures how fast a small paddle wheel spins there (counterclockwise when positive).",
        "向量场 $\\mathbf F = (P, Q)$ 给每个点配一个箭头。散度 $\\nabla\\cdot\\mathbf F = P_x + Q_y$ 衡量一点附近的净流出量"
        "（为正是源）；旋度 $Q_x - P_y$ 衡量放在该点的小叶轮转动的快慢（为正时逆时针转）。")


def _mine(info) -> bool:
    """The block's questions are all the field's (a line integral of the same field is line_integral's)."""
    return all(__name__.rsplit(".", 1)[-1] in q.drawn_by for q in info.reading.questions)


def evidence(info) -> int | None:
    tex = " ".join(info.blocks)
    if re.search(FIELD_WORDS, info.prose, re.I) or re.search(DIV_CURL_TEX, tex):
        return 0
    return None


# For a block that only names the idea ("What does divergence measure?"): a field whose divergence and curl
# are both 2 everywhere, so the outflow and the paddle wheel's spin are both visible.
EXAMPLE = r"$\mathbf F = (x - y,\ x + y)$"


def needs(info) -> Field | None:
    """The author's field F = (P, Q) in x and y, every stated divergence and curl true (fields.read_field);
    :data:`EXAMPLE` for a block that writes no formula at all."""
    if no_formula(info):
        return read_field(extract(EXAMPLE))
    found = read_field(info)
    return found if found is not None and found.dim == 2 and _mine(info) else None


_FLOW = '''
def _flow(self, F, start, box, step, most=400):
    """A flow line of F from start (x, y): steps of equal length along the field (RK2), stopped at the box's
    edge, where the field vanishes or blows up, or when the line closes on itself."""
    x0, x1, y0, y1 = box
    pts = [np.array(start, dtype=float)]
    def unit(p):
        with np.errstate(all="ignore"):
            v = np.array(F(p[0], p[1]), dtype=float)
        n = np.hypot(v[0], v[1])
        return v / n if np.all(np.isfinite(v)) and 1e-9 < n < 1e6 else None
    for k in range(most):
        p = pts[-1]
        u = unit(p)
        if u is None:
            break
        mid = unit(p + 0.5 * step * u)
        if mid is None or np.dot(u, mid) < 0.5:  # a zero of the field: the line ends there
            break
        q = p + step * mid
        if not (x0 <= q[0] <= x1 and y0 <= q[1] <= y1):
            break
        pts.append(q)
        if k > 20 and np.hypot(*(q - pts[0])) < 0.6 * step:
            pts.append(pts[0].copy())
            break
    return pts
'''


def _plus(first: str, second) -> str:
    """``first + second`` with a negative second term written ``first - ...``."""
    import sympy as sp

    s = sp.latex(second)
    if second.could_extract_minus_sign() and (second.is_Atom or second.is_Mul):
        return f"{first} - {sp.latex(-second)}"
    return f"{first} + \\left({s}\\right)" if second.is_Add else f"{first} + {s}"


def _sample(code: str, X, Y):
    with np.errstate(all="ignore"):
        try:
            v = eval(code, {"np": np, "x": X, "y": Y})  # noqa: S307 - our own numpy code of the author's sympy
        except Exception:
            return None
    return np.broadcast_to(np.asarray(v, dtype=float), np.shape(X))


def _wheel_point(fld: Field, R: float, given: tuple[float, float] | None):
    """Where the paddle wheel sits: the author's point, else the point of a small grid where |curl| is largest
    (the origin first when it is as large there: a rotation about it)."""
    import sympy as sp

    x, y = sp.symbols("x y")
    curl = sp.lambdify((x, y), fld.curl, "numpy")
    def at(p):
        try:
            with np.errstate(all="ignore"):
                v = float(curl(*p))
        except Exception:
            return float("nan")
        return v
    if given is not None:
        return given, at(given)
    h = round(R / 3, 2)
    grid = [(0.0, 0.0)] + [(i * h, j * h) for i in (-2, -1, 0, 1, 2) for j in (-2, -1, 0, 1, 2) if (i, j) != (0, 0)]
    fine = [(p, at(p)) for p in grid if math.isfinite(at(p))]
    speed = _sample(" + ".join(f"({c})**2" for c in fld.codes), np.array([p[0] for p, _ in fine]), np.array([p[1] for p, _ in fine]))
    fine = [(p, c) for (p, c), s in zip(fine, speed) if np.isfinite(s) and s < 1e6] if speed is not None else fine
    if not fine:
        return (h, h), at((h, h))
    best = max(abs(c) for _, c in fine)
    ties = [(p, c) for p, c in fine if abs(c) >= best - 1e-9]
    return min(ties, key=lambda pc: math.hypot(*pc[0]))  # the one nearest the middle of the picture


def _point(info, fld: Field) -> tuple[float, float] | None:
    """A point the author writes that is not the field's own components (``at (1, 2)``)."""
    comps = tuple(float(c) for c in fld.comps) if all(c.is_number for c in fld.comps) else None
    for p in info.reading.points:
        if p != comps:
            return p
    return None


def build(ctx: Ctx) -> None:
    import sympy as sp

    w = ctx.w
    fld = needs(ctx.info)
    w.example = no_formula(ctx.info)  # the first beat then says "For instance"
    N = fld.name
    x, y = sp.symbols("x y")
    P, Q = fld.comps
    given = _point(ctx.info, fld)
    R = 3.0 if given is None or max(abs(given[0]), abs(given[1])) <= 2.4 else math.ceil(max(abs(given[0]), abs(given[1])) + 0.6)
    (wx, wy), wcurl = _wheel_point(fld, R, given)
    divv = fld.div.subs({x: wx, y: wy}) if fld.div.free_symbols else fld.div
    try:
        wdiv = float(divv)
    except TypeError:
        wdiv = float("nan")
    g = np.linspace(-R, R, 13)
    X, Y = np.meshgrid(g, g)
    U, V = _sample(fld.codes[0], X, Y), _sample(fld.codes[1], X, Y)
    speed = np.hypot(U, V) if U is not None and V is not None else np.array([1.0])
    speed = speed[np.isfinite(speed)]
    top = float(np.percentile(speed, 90)) if speed.size else 1.0
    top = top if top > 1e-9 else 1.0
    Px, Qy, Qx, Py = (sp.latex(sp.diff(P, x)), sp.latex(sp.diff(Q, y)), sp.latex(sp.diff(Q, x)), sp.latex(sp.diff(P, y)))
    div_tex, curl_tex = sp.latex(fld.div), sp.latex(fld.curl)
    dPy = sp.diff(P, y)
    plain = (dPy.is_Atom or dPy.is_Mul) and not dPy.could_extract_minus_sign()
    minus_Py = "" if dPy == 0 else f" - {Py}" if plain else f" - \\left({Py}\\right)"
    ctx.facts.update(field=fld, wheel=(wx, wy), wcurl=wcurl, wdiv=wdiv)
    W = f"({fmt(wx, 3)}, {fmt(wy, 3)})"
    as_stated = lambda k: ctx.L(" (as stated)", "（与题中一致）") if k in fld.stated else ""  # noqa: E731

    w.beat(ctx.title, ctx.L(f"The field ${fld.tex}$ puts an arrow at every point of the plane.",
                            f"向量场 ${fld.tex}$ 在平面的每个点上放一个箭头。"))
    w.title(ctx.title)
    w.code(
        f"formula = MathTex(r\"{fld.tex}\", font_size=34).next_to(title, DOWN, buff=0.2)",
        "if formula.width > 12:",
        "    formula.scale_to_fit_width(12)",
        f"plane = NumberPlane(x_range=[{fmt(-R)}, {fmt(R)}, 1], y_range=[{fmt(-R)}, {fmt(R)}, 1], x_length=5.4, y_length=5.4,",
        '                     background_line_style={"stroke_color": GREY_D, "stroke_opacity": 0.5},',
        '                     axis_config={"stroke_color": GREY_B}).to_corner(DL, buff=0.3).shift(RIGHT * 0.3)',
        "def F(x, y):",
        f"    return ({fld.codes[0]}) + 0 * x, ({fld.codes[1]}) + 0 * y",
        "def field_at(p):",
        "    cx, cy = plane.p2c(p)[:2]",
        "    with np.errstate(all=\"ignore\"):",
        "        u, v = (float(c) for c in F(cx, cy))",
        "    return np.array([u, v, 0.0]) if np.isfinite(u) and np.isfinite(v) and abs(u) + abs(v) < 1e6 else np.zeros(3)",
        "left, right = plane.get_left()[0] + 0.25, plane.get_right()[0] - 0.2",
        "low, high = plane.get_bottom()[1] + 0.25, plane.get_top()[1] - 0.2",
        f"arrows = ArrowVectorField(field_at, x_range=[left, right, 0.45], y_range=[low, high, 0.45],",
        f"                          length_func=lambda n: 0.4 * np.tanh(n / {fmt(top, 4)}) / np.tanh(1.0),",
        f"                          min_color_scheme_value=0, max_color_scheme_value={fmt(top, 4)})",
        "arrows.set_stroke(width=2)",
    )
    w.play("Write(title), FadeIn(formula)", 1.2)
    w.play("Create(plane)", 1.0)
    w.play("LaggedStart(*[GrowArrow(a) for a in arrows], lag_ratio=0.004)", 2.0)

    starts = [given] if given is not None else []
    starts += [p for p in [(0.5 * R, 0.0), (-0.3 * R, 0.5 * R), (0.2 * R, -0.6 * R)] if p != given][: 3 - len(starts)]
    chosen = [p for p in starts if p != given]
    start_tex = ", ".join(f"({fmt(a, 2)}, {fmt(b, 2)})" for a, b in chosen)
    w.helpers.append(_FLOW)
    w.beat(ctx.L("Carried by the field", "随场流动"), ctx.L(
        "A particle moves along the arrows: its path is a flow line of the field"
        + (f" (particles released, for instance, at ${start_tex}$)." if chosen else "."),
        "质点顺着箭头运动，它的轨迹就是场的流线" + (f"（例如从 ${start_tex}$ 出发）。" if chosen else "。")))
    w.code(
        "flows, movers = VGroup(), VGroup()",
        f"for s in [{', '.join(f'({fmt(a, 4)}, {fmt(b, 4)})' for a, b in starts)}]:",
        f"    pts = self._flow(F, s, ({fmt(-R)}, {fmt(R)}, {fmt(-R)}, {fmt(R)}), {fmt(R / 60, 4)})",
        "    if len(pts) < 3:",
        "        continue",
        "    line = VMobject(color=YELLOW, stroke_width=3).set_points_smoothly([plane.c2p(*p) for p in pts])",
        "    flows.add(line)",
        "    movers.add(Dot(plane.c2p(*pts[0]), color=YELLOW, radius=0.07))",
        f"note = {text_mob(ctx.L('start points chosen: ' if chosen else 'from the given point', '起点为示例' if chosen else '从题中的点出发'), 20, 'GREY_A')}",
        "note.next_to(plane, UP, buff=0.08).align_to(plane, LEFT)",
    )
    w.play("FadeIn(movers), FadeIn(note)", 0.6)
    w.play("*[Create(f) for f in flows], *[MoveAlongPath(m, f) for m, f in zip(movers, flows)]", 3.0, "rate_func=linear")

    w.beat(ctx.L("Divergence and curl", "散度与旋度"), ctx.L(
        f"Divergence $\\nabla\\cdot\\mathbf {N} = P_x + Q_y = {div_tex}${as_stated('div')}; "
        f"curl $Q_x - P_y = {curl_tex}${as_stated('curl')}.",
        f"散度 $\\nabla\\cdot\\mathbf {N} = P_x + Q_y = {div_tex}${as_stated('div')}；旋度 $Q_x - P_y = {curl_tex}${as_stated('curl')}。"))
    w.code(
        "panel = VGroup(",
        f'    MathTex(r"\\nabla\\cdot\\mathbf {N} = \\frac{{\\partial P}}{{\\partial x}} + \\frac{{\\partial Q}}{{\\partial y}} = {_plus(Px, sp.diff(Q, y))}", font_size=30),',
        f'    MathTex(r"= {div_tex}", font_size=32, color=BLUE_B),',
        f'    MathTex(r"\\frac{{\\partial Q}}{{\\partial x}} - \\frac{{\\partial P}}{{\\partial y}} = {Qx}{minus_Py}", font_size=30),',
        f'    MathTex(r"= {curl_tex}", font_size=32, color=YELLOW),',
        ").arrange(DOWN, aligned_edge=LEFT, buff=0.22).next_to(plane, RIGHT, buff=0.45).align_to(plane, UP).shift(DOWN * 0.2)",
        "for row in panel:",
        "    if row.width > 6.4:",
        "        row.scale_to_fit_width(6.4)",
    )
    w.play("Write(panel[0]), Write(panel[1])", 1.5)
    w.play("Write(panel[2]), Write(panel[3])", 1.5)

    turns = math.isfinite(wcurl) and abs(wcurl) > 1e-9
    sense = ctx.L("counterclockwise", "逆时针") if turns and wcurl > 0 else ctx.L("clockwise", "顺时针")
    w.beat(ctx.L("A paddle wheel", "小叶轮"), ctx.L(
        (f"A paddle wheel at ${W}$ spins {sense}: the curl there is ${fmt(wcurl, 4)}$." if turns
         else f"A paddle wheel at ${W}$ does not spin: the curl there is $0$.")
        + (f" The divergence there is ${fmt(wdiv, 4)}$: " + ("a source, more flows out than in." if wdiv > 1e-9 else
                                                            "a sink, more flows in than out." if wdiv < -1e-9 else "as much flows in as out.")
           if math.isfinite(wdiv) else ""),
        (f"把小叶轮放在 ${W}$：它{sense}转动，该点旋度为 ${fmt(wcurl, 4)}$。" if turns
         else f"把小叶轮放在 ${W}$：它不转，该点旋度为 $0$。")
        + (f"该点散度为 ${fmt(wdiv, 4)}$：" + ("是源，流出多于流入。" if wdiv > 1e-9 else "是汇，流入多于流出。" if wdiv < -1e-9 else "流入与流出相等。")
           if math.isfinite(wdiv) else "")))
    spin = (1 if wcurl > 0 else -1) * min(2 * math.pi, max(math.pi / 2, abs(wcurl) * 1.5)) if turns else 0
    w.code(
        f"hub = plane.c2p({fmt(wx, 4)}, {fmt(wy, 4)})",
        "wheel = VGroup(Circle(radius=0.3, color=WHITE, stroke_width=3).move_to(hub),",
        "               *[Line(hub, hub + 0.42 * np.array([np.cos(a), np.sin(a), 0]), color=WHITE, stroke_width=4)",
        "                 for a in np.arange(4) * PI / 2])",
        "wheel.set_z_index(3)",
        "ring = BackgroundRectangle(wheel, color=BLACK, fill_opacity=0.6, buff=0.02).set_z_index(2)",
        f'spin_note = MathTex(r"\\text{{curl}}\\,\\mathbf {N}{W} = {fmt(wcurl, 4)}", font_size=30, color=YELLOW)',
        "spin_note.next_to(panel, DOWN, buff=0.4).align_to(panel, LEFT)",
    )
    w.play("FadeIn(ring), Create(wheel), Write(spin_note)", 1.0)
    if turns:
        w.play(f"Rotate(wheel, angle={fmt(spin, 4)}, about_point=hub)", 2.4, "rate_func=linear")
    else:
        w.play("Indicate(spin_note)", 1.0)
    w.wait(1.5)


@check("vector_field")
def _check(f):
    fld = f["field"]
    (wx, wy), c = f["wheel"], f["wcurl"]
    import sympy as sp

    turn = "counterclockwise" if c > 0 else "clockwise" if c < 0 else "not at all"
    turn_zh = "逆时针" if c > 0 else "顺时针" if c < 0 else "不转"
    return (f"For ${fld.tex}$, which way does a paddle wheel at $({fmt(wx)}, {fmt(wy)})$ turn, and is that point a source or a sink?",
            f"对 ${fld.tex}$，放在 $({fmt(wx)}, {fmt(wy)})$ 的小叶轮怎样转？该点是源还是汇？",
            f"The curl $Q_x - P_y = {sp.latex(fld.curl)}$ is ${fmt(c, 4)}$ there: it turns {turn}. The divergence "
            f"${sp.latex(fld.div)}$ is ${fmt(f['wdiv'], 4)}$ there: a source if positive, a sink if negative.",
            f"旋度 $Q_x - P_y = {sp.latex(fld.curl)}$ 在该点为 ${fmt(c, 4)}$：{turn_zh}。散度 ${sp.latex(fld.div)}$ 在该点为 "
            f"${fmt(f['wdiv'], 4)}$：为正是源，为负是汇。")
