"""box_volume: the parallelepiped spanned by the author's u, v, w (base |u×v|, height the component of w along
u×v, volume |u·(v×w)| = |det[u v w]|), or the tetrahedron/pyramid of the author's vertices with what the block
asks of it: a face's normal AB × AC, its plane n·x = d, the distance from a point to a plane with the
perpendicular and its foot, the angle between two faces, a face's area, the volume 1/3·|base|·h (a point and a
plane equation are point_line_plane's). Every value is exact (sympy, :mod:`..boxes`); a value the block states
is checked and a false one is called false on screen.
"""

from __future__ import annotations

import math

import sympy as sp

from .. import boxes
from ..boxes import POINT_PLANE, SOLID_WORDS, VOLUME_OF_SOLID
from ..families import pattern
from ..latex import fmt
from ..notes import check
from ..parts.space import arrow3d_helper, plane_patch, v3
from ._three_d import axes_code
from .common import Ctx, math_mob
from ..storyboard import text_mob

TITLE = ("Volumes and Distances in Space", "空间中的体积与距离")
WHAT = ("Three vectors span a parallelepiped of volume $|\\mathbf u\\cdot(\\mathbf v\\times\\mathbf w)| = |\\det[\\mathbf u\\ \\mathbf v\\ \\mathbf w]|$ "
        "(base $|\\mathbf u\\times\\mathbf v|$ times height). A face's normal is $\\overrightarrow{AB}\\times\\overrightarrow{AC}$, its plane "
        "$\\mathbf n\\cdot\\mathbf x = d$, a point's distance to it $|\\mathbf n\\cdot P - d|/|\\mathbf n|$, and a pyramid's volume "
        "$\\tfrac13\\cdot$ base $\\cdot$ height.",
        "三个向量张成的平行六面体体积为 $|\\mathbf u\\cdot(\\mathbf v\\times\\mathbf w)| = |\\det[\\mathbf u\\ \\mathbf v\\ \\mathbf w]|$"
        "（底面积 $|\\mathbf u\\times\\mathbf v|$ 乘高）。面的法向量为 $\\overrightarrow{AB}\\times\\overrightarrow{AC}$，平面方程 "
        "$\\mathbf n\\cdot\\mathbf x = d$，点到平面的距离 $|\\mathbf n\\cdot P - d|/|\\mathbf n|$，棱锥体积 $\\tfrac13\\cdot$ 底面积 $\\cdot$ 高。")
PRIORITY = 40  # before cross_product (45): the block asks a volume or a distance, not u × v alone
THREE_D = True
KEYWORDS = (SOLID_WORDS, r"triple\s+product|box\s+product|混合积|Spatprodukt", POINT_PLANE)


def title_for(info):
    box = boxes.read_parallelepiped(info)
    if box is not None:
        return ("The Volume of a Parallelepiped", "平行六面体的体积")
    s = boxes.read_solid(info)
    if s is not None and not s.solid:
        return ("Distance from a Point to a Plane", "点到平面的距离")
    if s is not None:
        return (("The Tetrahedron", "三棱锥（四面体）") if len(s.base) == 3 else ("The Pyramid", "四棱锥"))
    return None


def needs(info):
    """The author's three vectors with a parallelepiped's volume asked, or the author's vertices (a point and a
    plane equation) with quantities asked that this family computes; never for a block stating a value we do
    not compute."""
    if not (pattern(VOLUME_OF_SOLID).search(info.concept) or pattern(POINT_PLANE).search(info.concept)
            or pattern(SOLID_WORDS).search(info.concept)):
        return None
    return boxes.read_parallelepiped(info) or boxes.read_solid(info)


def _t(x) -> str:
    return sp.latex(sp.nsimplify(x))


def _vt(v) -> str:
    return "(" + ", ".join(_t(c) for c in v) + ")"


def _approx(x) -> str:
    e = sp.nsimplify(x)
    return "" if e.is_Rational else rf" \approx {fmt(float(e), 3)}"


def _plane_tex(n, d) -> str:
    terms = ""
    for c, s in zip(n, "xyz"):
        if c == 0:
            continue
        size = "" if abs(c) == 1 else _t(abs(c))
        terms += (" - " if c < 0 else (" + " if terms else "")) + size + s
    return f"{terms.strip()} = {_t(d)}"


def _f(v) -> list[float]:
    return [float(c) for c in v]


def _stated_lines(ctx: Ctx, stated) -> list[tuple[str | None, str]]:
    """Panel rows (None, code) for the stated values: words as Text (CJK-safe), values as MathTex."""
    names = {"volume": "V", "distance": "d", "height": "h", "angle": r"\theta", "area": "S"}
    out = []
    for s in stated:
        unit = r"^\circ" if s.what == "angle" and "circ" not in s.tex and "°" not in s.tex and "pi" not in s.tex else ""
        said = text_mob(ctx.L("stated:", "题给："), 24, "GREEN" if s.true else "RED")
        value = math_mob(rf"{names[s.what]} = {s.tex}{unit}" + (r"\ \checkmark" if s.true else ""), 28, "GREEN" if s.true else "RED")
        if s.true:
            out.append((None, f"VGroup({said}, {value}).arrange(RIGHT, buff=0.15)"))
        else:
            exact = _t(s.exact) if s.what != "angle" else fmt(float(s.exact), 3) + r"^\circ"
            real = math_mob(rf"({names[s.what]} = {exact})", 28, "RED")
            out.append((None, f"VGroup({said}, {value}, {text_mob(ctx.L('is false', '不成立'), 24, 'RED')}, {real}).arrange(RIGHT, buff=0.15)"))
    return out


def _panel(ctx: Ctx, rows: list[tuple[str, str | None]]) -> None:
    ctx.w.code(
        "panel = VGroup(" + ", ".join(col if r is None else math_mob(r, 28, col) for r, col in rows) + ")",
        "panel.arrange(DOWN, aligned_edge=LEFT, buff=0.18).to_corner(UL, buff=0.35).shift(DOWN * 0.6)",
        "if panel.width > 6.2:",
        "    panel.scale_to_fit_width(6.2).to_corner(UL, buff=0.35).shift(DOWN * 0.6)",
        "if panel.height > 5.8:",
        "    panel.scale_to_fit_height(5.8).to_corner(UL, buff=0.35).shift(DOWN * 0.6)",
        "self.add_fixed_in_frame_mobjects(panel)",
        "self.remove(panel)",
    )


def _axes(ctx: Ctx, coords) -> float:
    R = max(2, math.ceil(max(abs(c) for p in coords for c in p) * 1.15))
    step = 1 if R <= 6 else 2
    ctx.w.code("self.set_camera_orientation(phi=65 * DEGREES, theta=-50 * DEGREES, zoom=0.8)")
    ctx.w.title(ctx.title)
    return R, step


def _said_false(ctx: Ctx, stated) -> None:
    false = [s for s in stated if not s.true]
    if false:
        words = "; ".join(f"${s.tex}$" for s in false)
        ctx.w.beat(ctx.L("A stated value is false", "题给数值不成立"),
                   ctx.L(f"The block states {words}, which the exact computation does not give: that statement is false.",
                         f"题中给出的 {words} 与精确计算不符：该结论不成立。"))
    elif stated:
        ctx.w.beat(ctx.L("The stated value checks", "题给数值正确"),
                   ctx.L("The value the block states agrees with the exact computation.", "题中给出的数值与精确计算一致。"))


def build(ctx: Ctx) -> None:
    box = boxes.read_parallelepiped(ctx.info)
    if box is not None:
        _parallelepiped(ctx, box)
    else:
        _solid(ctx, boxes.read_solid(ctx.info))


def _parallelepiped(ctx: Ctx, b: boxes.Box) -> None:
    w = ctx.w
    u, v, ww = b.u, b.v, b.w
    n = b.base
    area = sp.sqrt(boxes.dot(n, n))
    triple = b.triple
    vol = abs(triple)
    h = sp.nsimplify(vol / area)
    corners = [(0, 0, 0), u, v, ww, *[tuple(a + c for a, c in zip(p, q)) for p, q in ((u, v), (u, ww), (v, ww))],
               tuple(a + c + e for a, c, e in zip(u, v, ww))]
    R, step = _axes(ctx, [_f(p) for p in corners])
    ctx.facts.update(kind="box", u=_f(u), v=_f(v), w=_f(ww), volume=float(vol))
    rows = [(rf"\mathbf u = {_vt(u)},\ \mathbf v = {_vt(v)},\ \mathbf w = {_vt(ww)}", None),
            (rf"|\mathbf u\times\mathbf v| = |{_vt(n)}| = {_t(area)}{_approx(area)}", "TEAL"),
            (rf"h = \frac{{|\mathbf w\cdot(\mathbf u\times\mathbf v)|}}{{|\mathbf u\times\mathbf v|}} = {_t(h)}{_approx(h)}", "ORANGE"),
            (rf"V = |\mathbf u\cdot(\mathbf v\times\mathbf w)| = |\det[\mathbf u\ \mathbf v\ \mathbf w]| = {_t(vol)}", "YELLOW"),
            *_stated_lines(ctx, b.stated)]
    w.beat(ctx.title, ctx.L(f"The three vectors $\\mathbf u = {_vt(u)}$, $\\mathbf v = {_vt(v)}$, $\\mathbf w = {_vt(ww)}$ from the origin.",
                            f"从原点出发的三个向量 $\\mathbf u = {_vt(u)}$、$\\mathbf v = {_vt(v)}$、$\\mathbf w = {_vt(ww)}$。"))
    _axes_code(ctx, R, step)
    _panel(ctx, rows)
    arrow3d_helper(w)
    foot = tuple(c - sp.Rational(boxes.dot(ww, n), boxes.dot(n, n)) * k for c, k in zip(ww, n))
    scale = 0.35 * R / float(area)
    w.code(
        "O = axes.c2p(0, 0, 0)",
        f"u, v, w = {v3(_f(u))}, {v3(_f(v))}, {v3(_f(ww))}",
        "arrows = VGroup(arrow3d(O, axes.c2p(*u), BLUE), arrow3d(O, axes.c2p(*v), GREEN), arrow3d(O, axes.c2p(*w), RED))",
        "names = VGroup(*[MathTex(s, color=c, font_size=34).move_to(axes.c2p(*(p * 1.12))) for s, c, p in "
        "((r'\\mathbf u', BLUE, u), (r'\\mathbf v', GREEN, v), (r'\\mathbf w', RED, w))])",
        "for m in names:",
        "    self.add_fixed_orientation_mobjects(m)",
        "self.remove(*names)",
        "def face(a, b, c, d, color, opacity):",
        "    return Polygon(*[axes.c2p(*p) for p in (a, b, c, d)], stroke_color=color, stroke_width=2, fill_color=color, fill_opacity=opacity)",
        "base = face(0 * u, u, u + v, v, TEAL, 0.55)",
        "top = face(w, u + w, u + v + w, v + w, BLUE_E, 0.25)",
        "sides = VGroup(face(0 * u, u, u + w, w, BLUE_E, 0.2), face(v, u + v, u + v + w, v + w, BLUE_E, 0.2),",
        "               face(0 * u, v, v + w, w, BLUE_E, 0.2), face(u, u + v, u + v + w, u + w, BLUE_E, 0.2))",
        f"normal = arrow3d(O, axes.c2p(*({v3([float(c) * scale for c in n])})), YELLOW)",
        f"height = DashedLine(axes.c2p(*w), axes.c2p(*{v3(_f(foot))}), color=ORANGE, stroke_width=5)",
        f"foot = Dot3D(axes.c2p(*{v3(_f(foot))}), radius=0.07, color=ORANGE)",
    )
    w.play("Write(title), Create(axes)", 1.2)
    w.play("Create(arrows), FadeIn(names), FadeIn(panel[0])", 1.4)
    w.beat(ctx.L("The base", "底面"), ctx.L(f"$\\mathbf u$ and $\\mathbf v$ span the base, a parallelogram of area $|\\mathbf u\\times\\mathbf v| = {_t(area)}$.",
                                           f"$\\mathbf u$ 与 $\\mathbf v$ 张成底面平行四边形，面积 $|\\mathbf u\\times\\mathbf v| = {_t(area)}$。"))
    w.play("FadeIn(base), Create(normal), FadeIn(panel[1])", 1.4)
    w.beat(ctx.L("The height", "高"), ctx.L(f"The height is the component of $\\mathbf w$ along $\\mathbf u\\times\\mathbf v$: $h = {_t(h)}$.",
                                           f"高是 $\\mathbf w$ 在 $\\mathbf u\\times\\mathbf v$ 方向上的分量：$h = {_t(h)}$。"))
    w.play("Create(height), FadeIn(foot), FadeIn(panel[2])", 1.4)
    w.beat(ctx.L("The volume", "体积"), ctx.L(f"Base times height: $V = |\\mathbf u\\cdot(\\mathbf v\\times\\mathbf w)| = |\\det[\\mathbf u\\ \\mathbf v\\ \\mathbf w]| = {_t(vol)}$.",
                                             f"底面积乘高：$V = |\\mathbf u\\cdot(\\mathbf v\\times\\mathbf w)| = |\\det[\\mathbf u\\ \\mathbf v\\ \\mathbf w]| = {_t(vol)}$。"))
    w.play("FadeIn(sides), FadeIn(top), FadeIn(panel[3])", 1.6)
    _said_false(ctx, b.stated)
    if b.stated:
        w.play(", ".join(f"FadeIn(panel[{4 + i}])" for i in range(len(b.stated))), 1.0)
    w.move_camera("phi=72 * DEGREES, theta=20 * DEGREES", 2.2)
    w.wait(1.2)


def _axes_code(ctx: Ctx, R, step) -> None:
    axes_code(ctx, f"x_range=[-{R}, {R}, {step}], y_range=[-{R}, {R}, {step}], z_range=[-{R}, {R}, {step}], "
                   "x_length=6, y_length=6, z_length=6")


def _solid(ctx: Ctx, s: boxes.Solid) -> None:
    w = ctx.w
    P = s.points
    coords = [_f(p) for p in P.values()]
    R, step = _axes(ctx, coords)
    ctx.facts.update(kind="solid", points={k: _f(p) for k, p in P.items()}, asked=[a.kind for a in s.asked])
    pts = ", ".join(f"{k}{_vt(p)}" for k, p in P.items())
    rows: list[tuple[str, str | None]] = [(pts, None)]
    steps: list[tuple[str, str, str, list[str]]] = []  # (title, narration, animations code, new mobject names)
    code: list[str] = [f"{k} = {v3(_f(p))}" for k, p in P.items()]
    code.append("dots = VGroup(" + ", ".join(f"Dot3D(axes.c2p(*{k}), radius=0.06, color=WHITE)" for k in P) + ")")
    code.append("labels = VGroup(" + ", ".join(f"MathTex('{k}', font_size=32).move_to(axes.c2p(*{k}) + 0.32 * (OUT + RIGHT))" for k in P) + ")")
    code += ["for m in labels:", "    self.add_fixed_orientation_mobjects(m)", "self.remove(*labels)"]
    code.append("def face(names, color=BLUE_E, opacity=0.25):")
    code.append("    return Polygon(*[axes.c2p(*p) for p in names], stroke_color=WHITE, stroke_width=2, fill_color=color, fill_opacity=opacity)")
    if s.solid:
        base, apex = s.base, s.apex
        faces = ["".join(base)] + ["".join((base[i], base[(i + 1) % len(base)], apex)) for i in range(len(base))]
        code.append("solid = VGroup(" + ", ".join(f"face([{', '.join(f)}], {'TEAL' if i == 0 else 'BLUE_E'}, {0.45 if i == 0 else 0.2})"
                                                  for i, f in enumerate(faces)) + ")")
        intro = ctx.L(f"The {'tetrahedron' if len(base) == 3 else 'pyramid'} with vertices ${pts}$.",
                      f"顶点为 ${pts}$ 的{'三棱锥' if len(base) == 3 else '四棱锥'}。")
        first = "FadeIn(solid)"
    else:
        f = "".join(s.base)
        code.append(f"solid = VGroup(face([{', '.join(f)}], TEAL, 0.45))")
        intro = ctx.L(f"The points ${pts}$: the plane ${f}$ and the point off it.", f"点 ${pts}$：平面 ${f}$ 与平面外一点。")
        first = "FadeIn(solid)"
    arrows = 0
    for a in s.asked[:5]:
        r0 = len(rows)
        if a.kind in ("normal", "plane"):
            f = a.faces[0]
            n, d = boxes.face_plane(P, f)
            A, B, C = f[:3]
            g = boxes.primitive(n)
            k = sp.nsimplify(boxes.dot(g, P[A]))
            if a.kind == "normal" or not any(x.kind == "normal" and x.faces == a.faces for x in s.asked):
                rows.append((rf"\mathbf n_{{{f}}} = \overrightarrow{{{A}{B}}}\times\overrightarrow{{{A}{C}}} = {_vt(n)}", "YELLOW"))
            if a.kind == "plane":
                rows.append((rf"{f}:\ {_plane_tex(g, k)}", "TEAL"))
            centre = [sum(float(P[c][i]) for c in f) / len(f) for i in range(3)]
            size = 0.3 * R / math.sqrt(float(boxes.dot(n, n)))
            code.append(f"extra{arrows} = VGroup(face([{', '.join(f)}], YELLOW, 0.35), arrow3d(axes.c2p(*{v3(centre)}), "
                        f"axes.c2p(*{v3([c + size * float(x) for c, x in zip(centre, n)])}), YELLOW))")
            text = ctx.L(f"The normal of ${f}$ is $\\overrightarrow{{{A}{B}}}\\times\\overrightarrow{{{A}{C}}} = {_vt(n)}$"
                         + (f"; the plane is ${_plane_tex(g, k)}$." if a.kind == "plane" else "."),
                         f"平面 ${f}$ 的法向量为 $\\overrightarrow{{{A}{B}}}\\times\\overrightarrow{{{A}{C}}} = {_vt(n)}$"
                         + (f"，平面方程为 ${_plane_tex(g, k)}$。" if a.kind == "plane" else "。"))
            steps.append((ctx.L("The plane " if a.kind == "plane" else "The normal ", "平面 " if a.kind == "plane" else "法向量 ") + f,
                          text, f"FadeIn(extra{arrows})", list(range(r0, len(rows)))))
            arrows += 1
        elif a.kind == "distance":
            f = a.faces[0]
            n, d = boxes.face_plane(P, f)
            Q, name, fname = P[a.point], a.point, f
            dist, F = boxes.plane_distance(n, d, Q), boxes.plane_foot(n, d, Q)
            rows.append((rf"d({name}, {fname}) = \frac{{|\mathbf n\cdot {name} - d|}}{{|\mathbf n|}} = {_t(dist)}{_approx(dist)}", "ORANGE"))
            code.append(f"extra{arrows} = VGroup(DashedLine(axes.c2p(*{v3(_f(Q))}), axes.c2p(*{v3(_f(F))}), color=ORANGE, stroke_width=5), "
                        f"Dot3D(axes.c2p(*{v3(_f(F))}), radius=0.07, color=ORANGE))")
            patch = _Collect()
            plane_patch(patch, f"patch{arrows}", _f(F), _f(n), min(1.6, R * 0.4), color="ORANGE")
            code += patch.lines
            code.append(f"patch{arrows}.set_fill(opacity=0.18)")
            code.append(f"extra{arrows}.add(patch{arrows})")
            steps.append((ctx.L("Distance to the plane", "点到平面的距离"),
                          ctx.L(f"Drop the perpendicular from ${name}$ to the plane ${fname}$: its foot is ${_vt(F)}$ and its length "
                                f"$|\\mathbf n\\cdot {name} - d|/|\\mathbf n| = {_t(dist)}$.",
                                f"从 ${name}$ 向平面 ${fname}$ 作垂线，垂足为 ${_vt(F)}$，长度 $|\\mathbf n\\cdot {name} - d|/|\\mathbf n| = {_t(dist)}$。"),
                          f"Create(extra{arrows})", list(range(r0, len(rows)))))
            arrows += 1
        elif a.kind == "angle":
            f1, f2 = a.faces
            c = boxes.angle(P, f1, f2)
            deg = float(sp.deg(sp.acos(c)))
            n1, _ = boxes.face_plane(P, f1)
            n2, _ = boxes.face_plane(P, f2)
            rows.append((rf"\cos\theta = \frac{{|\mathbf n_{{{f1}}}\cdot\mathbf n_{{{f2}}}|}}{{|\mathbf n_{{{f1}}}||\mathbf n_{{{f2}}}|}} = {_t(c)},"
                         rf"\ \theta \approx {fmt(deg, 2)}^\circ", "PINK"))
            parts = []
            for f, n in ((f1, n1), (f2, n2)):
                centre = [sum(float(P[q][i]) for q in f) / len(f) for i in range(3)]
                size = 0.3 * R / math.sqrt(float(boxes.dot(n, n)))
                parts.append(f"arrow3d(axes.c2p(*{v3(centre)}), axes.c2p(*{v3([x + size * float(y) for x, y in zip(centre, n)])}), PINK)")
            code.append(f"extra{arrows} = VGroup({', '.join(parts)})")
            steps.append((ctx.L("The angle between the faces", "两平面的夹角"),
                          ctx.L(f"The angle between ${f1}$ and ${f2}$ is the angle between their normals: $\\cos\\theta = {_t(c)}$, "
                                f"$\\theta \\approx {fmt(deg, 2)}^\\circ$.",
                                f"平面 ${f1}$ 与 ${f2}$ 的夹角即法向量的夹角：$\\cos\\theta = {_t(c)}$，$\\theta \\approx {fmt(deg, 2)}^\\circ$。"),
                          f"Create(extra{arrows})", list(range(r0, len(rows)))))
            arrows += 1
        elif a.kind == "area":
            f = a.faces[0]
            ar = sp.nsimplify(boxes.area(P, f))
            rows.append((rf"S_{{{f}}} = {_t(ar)}{_approx(ar)}", "GREEN"))
            code.append(f"extra{arrows} = face([{', '.join(f)}], GREEN, 0.5)")
            steps.append((ctx.L("The area", "面积"), ctx.L(f"The area of ${f}$ is ${_t(ar)}$ (half the length of a cross product).",
                                                         f"${f}$ 的面积为 ${_t(ar)}$（叉积长度的一半）。"),
                          f"FadeIn(extra{arrows})", list(range(r0, len(rows)))))
            arrows += 1
        elif a.kind == "volume":
            base, apex = s.base, s.apex
            bf = "".join(base)
            h = boxes.distance(P, P[apex], bf)
            ba = sp.nsimplify(boxes.area(P, bf))
            vol = boxes.volume(s)
            n, d = boxes.face_plane(P, bf)
            F = boxes.foot(P, P[apex], bf)
            if len(base) == 3:
                det = boxes.dot(boxes._vec(P[base[0]], P[base[1]]), boxes.cross(boxes._vec(P[base[0]], P[base[2]]), boxes._vec(P[base[0]], P[apex])))
                rows.append((rf"V = \tfrac13 \cdot {_t(ba)} \cdot {_t(h)} = \tfrac16|\det| = \tfrac16\cdot{_t(abs(det))} = {_t(vol)}{_approx(vol)}", "YELLOW"))
            else:
                rows.append((rf"V = \tfrac13\cdot|{bf}|\cdot h = \tfrac13 \cdot {_t(ba)} \cdot {_t(h)} = {_t(vol)}{_approx(vol)}", "YELLOW"))
            code.append(f"extra{arrows} = VGroup(DashedLine(axes.c2p(*{apex}), axes.c2p(*{v3(_f(F))}), color=YELLOW, stroke_width=5), "
                        f"Dot3D(axes.c2p(*{v3(_f(F))}), radius=0.07, color=YELLOW))")
            steps.append((ctx.L("The volume", "体积"),
                          ctx.L(f"The base ${bf}$ has area ${_t(ba)}$, the height from ${apex}$ is $h = {_t(h)}$: $V = \\tfrac13\\cdot{_t(ba)}\\cdot{_t(h)} = {_t(vol)}$.",
                                f"底面 ${bf}$ 的面积为 ${_t(ba)}$，顶点 ${apex}$ 到底面的高 $h = {_t(h)}$：$V = \\tfrac13\\cdot{_t(ba)}\\cdot{_t(h)} = {_t(vol)}$。"),
                          f"Create(extra{arrows})", list(range(r0, len(rows)))))
            arrows += 1
    r_stated = len(rows)
    rows += _stated_lines(ctx, s.stated)
    w.beat(ctx.title, intro)
    _axes_code(ctx, R, step)
    _panel(ctx, rows)
    arrow3d_helper(w)
    w.code(*code)
    w.play("Write(title), Create(axes)", 1.2)
    w.play(f"{first}, FadeIn(dots), FadeIn(labels), FadeIn(panel[0])", 1.6)
    for title, text, anim, new_rows in steps:
        w.beat(title, text)
        w.play(", ".join([anim] + [f"FadeIn(panel[{i}])" for i in new_rows]), 1.5)
    if s.stated:
        _said_false(ctx, s.stated)
        w.play(", ".join(f"FadeIn(panel[{i}])" for i in range(r_stated, len(rows))), 1.0)
    w.move_camera("phi=72 * DEGREES, theta=15 * DEGREES", 2.2)
    w.wait(1.2)


class _Collect:
    """A stand-in writer: collects the code lines a part writes."""

    def __init__(self):
        self.lines: list[str] = []

    def code(self, *lines: str) -> None:
        self.lines += lines


@check("box_volume")
def _check(f):
    if f.get("kind") == "box":
        return ("What happens to the volume if $\\mathbf w$ is doubled?", "把 $\\mathbf w$ 加倍，体积如何变化？",
                f"It doubles to ${fmt(2 * f['volume'], 3)}$: the height doubles, the base stays.",
                f"变为 ${fmt(2 * f['volume'], 3)}$：底面不变，高加倍。")
    return ("Why is the distance from a point to a plane measured along the normal?", "为什么点到平面的距离沿法向量量取？",
            "The perpendicular is the shortest segment to the plane; its length is the component of any segment to the plane along $\\mathbf n$.",
            "垂线段是到平面最短的线段，它的长度等于任一连接线段在 $\\mathbf n$ 方向上的分量。")
