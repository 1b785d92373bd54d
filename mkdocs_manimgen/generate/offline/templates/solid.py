"""solid: a sphere, torus, cone or cylinder, seen from two sides, with its volume.

The author's dimensions (``r = 3``, ``h = 4``; a torus's ``R`` and ``r``) set the drawn proportions,
scaled to fit the view, and the volume is worked out with them."""

from __future__ import annotations

import re

from ..families import no_formula
from ..given import assigned
from ..latex import fmt
from ..notes import check
from ._three_d import axes_code, open_3d
from .common import Ctx


_SHAPES = [
    (r"torus|圆环", "torus", "Torus(major_radius=1.6, minor_radius=0.6, resolution=(10, 16))", r"V = 2\pi^2 R r^2"),
    (r"cone|圆锥", "cone", "Cone(base_radius=1.4, height=2.8, direction=OUT, resolution=(6, 16)).shift(OUT * 1.4)", r"V = \tfrac{1}{3}\pi r^2 h"),
    (r"cylinder|圆柱", "cylinder", "Cylinder(radius=1.3, height=2.8, resolution=(6, 16))", r"V = \pi r^2 h"),
    (r"", "sphere", "Sphere(radius=1.8, resolution=(10, 16))", r"V = \tfrac{4}{3}\pi r^3"),
]


# The dimensions each solid's volume takes, in the order its formula names them.
_DIMENSIONS = {"cone": ("r", "h"), "cylinder": ("r", "h"), "sphere": ("r",), "torus": ("R", "r")}


def dimensions(info, name: str) -> dict[str, float] | None:
    """The author's dimensions of the solid (all of them, positive), else None."""
    given = assigned(info, ("r", "h", "R"))
    if name == "sphere" and "r" not in given and "R" in given:
        given["r"] = given["R"]
    found = {k: given[k] for k in _DIMENSIONS[name] if k in given}
    return found if len(found) == len(_DIMENSIONS[name]) and all(v > 0 for v in found.values()) else None


def _drawn(name: str, dims: dict[str, float]) -> str:
    """The Manim solid in the author's proportions: its largest extent as large as the default's."""
    if name in ("cone", "cylinder"):
        r, h = _to_scale(dims)
        if name == "cone":
            return f"Cone(base_radius={fmt(r, 3)}, height={fmt(h, 3)}, direction=OUT, resolution=(6, 16)).shift(OUT * {fmt(h / 2, 3)})"
        return f"Cylinder(radius={fmt(r, 3)}, height={fmt(h, 3)}, resolution=(6, 16))"
    if name == "torus":
        R, r = dims["R"], dims["r"]
        s = 2.2 / (R + r)
        return f"Torus(major_radius={fmt(R * s, 3)}, minor_radius={fmt(r * s, 3)}, resolution=(10, 16))"
    return "Sphere(radius=1.8, resolution=(10, 16))"


def _to_scale(dims: dict[str, float] | None) -> tuple[float, float]:
    """(radius, height) in scene units of a cone or cylinder drawn in the author's proportions (the defaults'
    1.4 and 2.8 when the block gives none)."""
    if dims is None:
        return 1.4, 2.8
    s = min(1.6 / dims["r"], 3.0 / dims["h"])
    return dims["r"] * s, dims["h"] * s


def _volume(name: str, dims: dict[str, float]) -> tuple[str, float]:
    """(LaTeX of the volume worked out with the author's numbers, its value)."""
    import sympy as sp

    v = {k: sp.nsimplify(x) for k, x in dims.items()}
    exact = {"cone": lambda: sp.pi * v["r"] ** 2 * v["h"] / 3, "cylinder": lambda: sp.pi * v["r"] ** 2 * v["h"],
             "sphere": lambda: sp.Rational(4, 3) * sp.pi * v["r"] ** 3,
             "torus": lambda: 2 * sp.pi ** 2 * v["R"] * v["r"] ** 2}[name]()
    return sp.latex(exact), float(exact)


def build(ctx: Ctx) -> None:
    w = ctx.w
    name, mob, vol = next((n, m, v) for pat, n, m, v in _SHAPES if re.search(pat, ctx.info.concept, re.I))
    dims = dimensions(ctx.info, name)
    worked = ""
    if dims is not None:
        mob = _drawn(name, dims)
        tex, value = _volume(name, dims)
        worked = f" = {tex} \\approx {fmt(value, 2)}"
    ctx.facts.update(shape=name, volume=vol)
    shown = ctx.formula if ctx.formula and len(ctx.formula) < 60 else vol
    names = {"torus": "圆环", "cone": "圆锥", "cylinder": "圆柱", "sphere": "球"}
    if dims is None:
        w.beat(ctx.title, ctx.L(f"A {name} in three dimensions.", f"三维空间中的{names[name]}。"))
    else:
        said = ", ".join(f"{k} = {fmt(x, 4)}" for k, x in dims.items())
        w.beat(ctx.title, ctx.L(f"A {name} with ${said}$, drawn to scale.", f"${said}$ 的{names[name]}（按比例画出）。"))
    open_3d(ctx, "phi=65 * DEGREES, theta=-45 * DEGREES, zoom=0.9", shown, 40)
    axes_code(ctx, "x_range=[-3, 3, 1], y_range=[-3, 3, 1], z_range=[-2, 2, 1], x_length=6, y_length=6, z_length=4")
    w.code(
        f"solid = {mob}",
        "solid.set_fill_by_checkerboard(BLUE_D, TEAL_D, opacity=1).set_stroke(width=0)",
    )
    w.play("Write(title), FadeIn(formula), Create(axes)", 1.4)
    w.beat(ctx.L("Build the solid", "生成立体"), ctx.L("The surface is assembled patch by patch.", "曲面一片一片拼出来。"))
    w.play("Create(solid)", 1.8)
    w.beat(ctx.L("Turn it around", "旋转观察"), ctx.L(f"The camera swings around it; its volume is ${vol}{worked}$.",
                                                   f"镜头绕着它转动，它的体积是 ${vol}{worked}$。"))
    w.move_camera("phi=50 * DEGREES, theta=45 * DEGREES", 2.2)
    w.play("Indicate(formula)", 1)
    if name == "cone" and re.search(r"cylinder|圆柱", ctx.info.prose, re.I):
        _against_cylinder(ctx, *_to_scale(dims))
    w.wait(1)


def _against_cylinder(ctx: Ctx, r: float, h: float) -> None:
    """Why a cone is a third of the cylinder around it (Cavalieri): at height z its section is the cylinder's
    scaled by (1 - z/h) in each direction, so its area by (1 - z/h)^2, and the mean of (1 - u)^2 over [0, 1]
    is 1/3. ``r``, ``h``: the drawn cone's, in scene units (:func:`_to_scale`)."""
    w = ctx.w
    ctx.facts.update(compared=True)
    w.beat(ctx.L("The cylinder around it", "外接的圆柱"), ctx.L(
        "Put the cylinder with the same base and height around the cone.", "在圆锥外面套上等底等高的圆柱。"))
    w.code(f"shell = Cylinder(radius={fmt(r, 3)}, height={fmt(h, 3)}, resolution=(6, 16))",
           "shell.set_fill(GREY_B, opacity=0.12).set_stroke(GREY_B, width=1, opacity=0.5)",
           "solid.set_fill(opacity=0.55)")
    w.play("Create(shell)", 1.5)
    w.beat(ctx.L("Slice both at the same height", "在同一高度截两者"), ctx.L(
        "At height $z$ the cylinder's section is a disc of radius $r$; the cone's has radius $r(1 - z/h)$, so its area "
        "is $(1 - z/h)^2$ of the cylinder's: all of it at the base, a quarter half-way up, nothing at the apex.",
        "在高度 $z$ 处，圆柱的截面是半径为 $r$ 的圆，圆锥的截面半径为 $r(1 - z/h)$，面积是圆柱截面的 $(1 - z/h)^2$："
        "底面处相等，半高处为四分之一，顶点处为零。"))
    w.code("u = ValueTracker(0.0)",
           f"ring = always_redraw(lambda: Circle(radius={fmt(r, 3)}, color=GREY_A, stroke_width=3)"
           f".move_to(OUT * ({fmt(-h / 2, 3)} + u.get_value() * {fmt(h, 3)})))",
           f"disc = always_redraw(lambda: Circle(radius=max({fmt(r, 3)} * (1 - u.get_value()), 0.001), color=YELLOW,"
           f" stroke_width=3).set_fill(YELLOW, opacity=0.7).move_to(OUT * ({fmt(-h / 2, 3)} + u.get_value() * {fmt(h, 3)})))")
    w.play("Create(ring), Create(disc)", 1.0)
    # the ratio at three heights, each a fixed-in-frame label of its own (a DecimalNumber's new digits would not be fixed)
    for k, (at, tex) in enumerate(((0.0, r"z = 0:\ \frac{A_{\text{cone}}}{A_{\text{cyl}}} = 1"),
                                   (0.5, r"z = \tfrac{h}{2}:\ \frac{A_{\text{cone}}}{A_{\text{cyl}}} = \left(\tfrac12\right)^2 = \tfrac14"),
                                   (0.9, r"z = 0.9h:\ \frac{A_{\text{cone}}}{A_{\text{cyl}}} = (0.1)^2 = 0.01"))):
        if at:
            w.play(f"u.animate.set_value({at})", 2.0)
        w.code(f"stop_{k} = MathTex(r\"{tex}\", font_size=36, color=YELLOW).to_corner(DR, buff=0.5)",
               f"self.add_fixed_in_frame_mobjects(stop_{k})", f"self.remove(stop_{k})")
        w.play(f"FadeIn(stop_{k})" + (f", FadeOut(stop_{k - 1})" if k else ""), 0.8)
        w.wait(0.6)
    w.beat(ctx.L("Add the slices", "把截面加起来"), ctx.L(
        "Adding the sections over the height: $V_{\\text{cone}} = \\int_0^h \\pi r^2 (1 - z/h)^2\\,dz = \\tfrac13 \\pi r^2 h$, "
        "since $(1 - u)^2$ averages $\\tfrac13$ over $[0, 1]$: a third of the cylinder's $\\pi r^2 h$.",
        "沿高度把截面加起来：圆锥的体积 $V = \\int_0^h \\pi r^2 (1 - z/h)^2\\,dz = \\tfrac13 \\pi r^2 h$，"
        "因为 $(1 - u)^2$ 在 $[0, 1]$ 上的平均值是 $\\tfrac13$：正好是圆柱 $\\pi r^2 h$ 的三分之一。"))
    w.code("whole = VGroup(MathTex(r\"V_{\\text{cone}} = \\int_0^h \\pi r^2\\left(1 - \\tfrac{z}{h}\\right)^2 dz\", font_size=38),",
           "               MathTex(r\"= \\tfrac13\\,\\pi r^2 h = \\tfrac13\\,V_{\\text{cyl}}\", font_size=38))"
           ".arrange(DOWN, aligned_edge=LEFT).set_color(YELLOW).to_corner(DR, buff=0.5)",
           "self.add_fixed_in_frame_mobjects(whole)",
           "self.remove(whole)")
    w.play("FadeOut(stop_2), FadeOut(disc), FadeOut(ring), Write(whole)", 1.5)
    w.play("Indicate(whole)", 1)


@check("solid")
def _check(f):
    shape = f["shape"]
    q = {"sphere": ("A ball has radius 3. What is its volume?", "半径为 3 的球体积是多少？", "$\\tfrac43\\pi\\cdot 27 = 36\\pi \\approx 113.1$.", "$\\tfrac43\\pi\\cdot 27 = 36\\pi \\approx 113.1$。"),
         "cone": ("A cone and a cylinder share radius and height. How do their volumes compare?", "等底等高的圆锥和圆柱，体积有什么关系？", "The cone has exactly one third of the cylinder's volume.", "圆锥的体积正好是圆柱的三分之一。"),
         "cylinder": ("Doubling the radius of a cylinder multiplies its volume by what?", "圆柱半径加倍，体积变为几倍？", "By 4, since $V = \\pi r^2 h$ grows with $r^2$.", "4 倍，因为 $V = \\pi r^2 h$ 与 $r^2$ 成正比。"),
         "torus": ("A torus has $R = 2$, $r = 1$. What is its volume?", "圆环 $R = 2$，$r = 1$，体积是多少？", "$2\\pi^2 \\cdot 2 \\cdot 1 = 4\\pi^2 \\approx 39.5$.", "$2\\pi^2 \\cdot 2 \\cdot 1 = 4\\pi^2 \\approx 39.5$。")}
    return q[shape]


# -- recognition (see families.py)
PRIORITY = 120
THREE_D = True
KEYWORDS = (r"球体", r"圆环", r"圆锥", r"圆柱", r"旋转体", r"\bsphere", r"\btorus", r"\bcone\b",
            r"cylinder", r"solid")


# A body in motion (a cylinder rolling down an incline): the question is its dynamics, not its volume.
_MOTION = (r"\broll|\bslid|\bincline|\bramp\b|friction|velocit|\bspeed|accelerat|torque|moment of inertia|angular"
           r"|滚|斜面|摩擦|速度|加速度|转动惯量|力矩|角速度")
# What the family draws: a solid's size (its volume, surface, a section), or the shape itself.
_MEASURE = r"volume|surface|area|cross.section|third|体积|表面积|面积|截面|三分之一"


def needs(info) -> bool:
    """A sphere, torus, cone or cylinder the prose names, with formulas (if any) about it alone; a body the
    block sets in motion is refused unless its volume or surface is asked too."""
    text = info.prose
    if re.search(r"revolution|旋转|polyhedr|多面体|tetrahedr|cube|立方体|prism|棱柱|pyramid|棱锥", text, re.I):
        return False
    if re.search(_MOTION, text, re.I) and not re.search(_MEASURE, text, re.I):
        return False
    if not re.search(r"torus|圆环|cone|圆锥|cylinder|圆柱|sphere|球|\bball", text, re.I):
        return False
    if no_formula(info) and re.search(r"curved\s+area|surface\s+area|lateral\s+area|\bband\b|\bzone\b|侧面积|表面积|球带|面积", text, re.I):
        return False  # Archimedes' zone of a sphere against its cylinder's band: areas, which no solid here measures
    def about_solid(tex: str) -> bool:
        if re.search(r"\\(int|sum|lim)", tex):
            return False
        rest = re.sub(r"\\(pi|frac|tfrac|cdot|approx)|[\s{}()=\d.,^]", "", tex)
        return set(rest) <= set("VSrhRAl")

    return all(about_solid(b) for b in info.blocks)
