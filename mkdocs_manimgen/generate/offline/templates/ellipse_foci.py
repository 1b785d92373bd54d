"""ellipse_foci: the author's ellipse x^2/a^2 + y^2/b^2 = 1 traced by a point whose distances to the
two foci always add up to 2a (the gardener's construction with a string).
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from ..claims.core import differs, statement_rows
from ..families import no_formula
from ..given import _TRI_DEGREE, _TRI_VALUE, _math_text, assigned, tri_value
from ..latex import single_line, split_top
from ..notes import check
from ..symbolic import normalize, number, parse
from .common import Ctx, fmt, formula_corner, math_mob, text_mob

TITLE = ("An Ellipse from Its Foci", "椭圆与焦点")
WHAT = ("An ellipse is the set of points whose distances to two fixed points, the foci $F_1$ and $F_2$, add up to the same "
        "constant $2a$. For $\\frac{x^2}{a^2} + \\frac{y^2}{b^2} = 1$ with $a > b$ the foci are at $(\\pm c, 0)$, $c^2 = a^2 - b^2$.",
        "椭圆是到两个定点（焦点 $F_1$、$F_2$）距离之和等于常数 $2a$ 的点的集合。对 $\\frac{x^2}{a^2} + \\frac{y^2}{b^2} = 1$（$a > b$），"
        "焦点在 $(\\pm c, 0)$，$c^2 = a^2 - b^2$。")
PRIORITY = 95
KEYWORDS = (r"ellipse", r"椭圆", r"\bfoci\b", r"focus\s+of\s+an\s+ellipse", r"焦点")
_STD = r"\\frac\{x\^2\}\{(\d+(?:\.\d+)?)(?:\^2)?\}\s*\+\s*\\frac\{y\^2\}\{(\d+(?:\.\d+)?)(?:\^2)?\}\s*=\s*1(?![\d.+\-])"  # = 1, not = 1 + k^2


def _standard(tex: str) -> str:
    """A formula with the ellipse's terms written one way: ``x^{2}`` as ``x^2``, ``x^2/25`` as ``\\frac{x^2}{25}``."""
    tex = re.sub(r"\^\{2\}", "^2", tex.replace(" ", ""))
    return re.sub(r"([xy])\^2/\{?(\d+(?:\.\d+)?(?:\^2)?)\}?", r"\\frac{\1^2}{\2}", tex)


# The question this family draws: the foci, the focal distances and their sum 2a.  An ellipse's perimeter, its
# tangent at an eccentric angle or a sequence of nested ellipses' areas name the ellipse but ask something else.
_FOCAL = r"foc(?:us|i|al)|焦点|焦距|焦半径|(?<![A-Za-z\\])F_?\{?[12]\}?|PF|string|gardener|定义|definition|2a(?![A-Za-z])"


def needs(info):
    """(a, b) with a > b > 0: from x^2/A + y^2/B = 1 (A = a^2, or a^2 written as 5^2) or a = .., b = ..; only for a
    block that asks about the foci (:data:`_FOCAL`) or names the ellipse with no formula."""
    if no_formula(info):
        return 5.0, 3.0
    if not re.search(_FOCAL, info.concept, re.I):
        return None
    tex = " ".join(info.blocks).replace(" ", "")
    if re.search(r"z\^|(?<![A-Za-z\\])z\s*=", tex):
        return None  # a quadric surface in x, y, z (its slices are ellipses, but the block is 3D)
    m = next(filter(None, (re.search(_STD, _standard(b)) for b in info.blocks)), None)  # per formula: "= 1" ends one
    if m:
        A, B = float(m.group(1)), float(m.group(2))
        raw = m.group(0)
        a = A if f"{{{m.group(1)}^2}}" in raw else math.sqrt(A)
        b = B if f"{{{m.group(2)}^2}}" in raw else math.sqrt(B)
        if a < b:
            return None  # the long axis is the y-axis: the drawing (foci on the x-axis) would turn the author's ellipse
    elif re.search(r"hyperbol|双曲线", info.prose, re.I):
        return None  # a hyperbola's a and b (its focal triangle has S = b^2 cot(theta/2)): not this ellipse
    else:
        given = assigned(info, ("a", "b"))
        if "a" not in given or "b" not in given:
            return None
        a, b = given["a"], given["b"]
    if a < b:
        a, b = b, a  # the drawing puts the long axis along x
    return (a, b) if 0 < b < a <= 50 and a / b < 6 else None


class FocalAngle(NamedTuple):
    """The angle the block gives at a point P of the ellipse between its foci: ``\angle F_1PF_2 = 60^\circ``."""

    value: object  # exact, in radians (sympy)
    tex: str  # as the block writes it: 60^\circ, \frac{\pi}{3}
    point: str  # the point's letter, P


_FOCUS = r"F_?\{?%s\}?"
_ANGLE_AT = rf"(?:\\angle|∠)\s*(?:{_FOCUS % 1}\s*(?P<p1>[A-Z])\s*{_FOCUS % 2}|{_FOCUS % 2}\s*(?P<p2>[A-Z])\s*{_FOCUS % 1})"
# "sees the foci at an angle of 60°", "对两焦点的张角为 60°": an angle said in words, in a block about the triangle F1PF2
_ANGLE_WORDS = r"(?:angle|张角|夹角|角)[^=。.;；]{0,24}?(?:of|is|为|是|等于)?\s*"
_FOCAL_TRIANGLE = rf"{_FOCUS % 1}\s*[A-Z]\s*{_FOCUS % 2}|焦点三角形|focal\s+triangle"


def focal_angle(info) -> FocalAngle | None:
    """The angle F_1PF_2 the block gives (strictly between 0 and pi), or None."""
    import sympy as sp

    text = _math_text(info).replace("₁", "_1").replace("₂", "_2")
    value = rf"(?P<v>{_TRI_VALUE}){_TRI_DEGREE}"
    m = re.search(rf"{_ANGLE_AT}\s*=\s*{value}", text)
    if m is None and re.search(_FOCAL_TRIANGLE, text, re.I):
        m = re.search(rf"{_ANGLE_WORDS}{value}", text, re.I)
        m = m if m and (m["deg"] or "pi" in m["v"]) else None  # in words only with its unit: 60°, π/3
    v = tri_value(m["v"]) if m else None
    if v is None:
        return None
    degrees = bool(m["deg"]) or (not v.has(sp.pi) and v > 7)
    radians = v * sp.pi / 180 if degrees else v
    if not 0 < float(radians) < math.pi:
        return None
    point = m.groupdict().get("p1") or m.groupdict().get("p2") or "P"
    tex = f"{sp.latex(v)}^\\circ" if degrees else sp.latex(v)
    return FocalAngle(radians, tex, point)


def stated_areas(info, a2, b2, theta) -> list[tuple[str, bool]]:
    """Each area of the focal triangle the block states, as written, and whether it holds (every closed side, a formula
    in theta at other angles too): ``S = 16``, ``S_{\triangle F_1PF_2} = b^2\cot\frac{\theta}{2} = 16\sqrt3``, "面积为 $4$"."""
    import sympy as sp

    true = lambda t: b2 * sp.tan(t / 2)  # noqa: E731 - S = b^2 tan(theta/2)
    letters = {sp.Symbol("a"): sp.sqrt(a2), sp.Symbol("b"): sp.sqrt(b2), sp.Symbol("c"): sp.sqrt(a2 - b2)}
    angles = {sp.Symbol(n) for n in ("theta", "alpha", "varphi", "phi")}
    chains = []
    for row in statement_rows(info):
        parts = [p.strip() for p in split_top(re.sub(r"\\approx(?![A-Za-z])|≈", "=", row), "=")]
        if len(parts) > 1 and re.fullmatch(r"S(?:_\{[^{}]*\}|_\\triangle\s*\w*|_\w)?|\\text\{\s*(?:[Aa]rea|面积)\s*\}", parts[0]):
            chains.append((row, parts[1:]))
    for m in re.finditer(r"(?:面积|area)\s*(?:为|是|等于|is|equals)\s*\$([^$]+)\$", info.concept, re.I):
        chains.append((f"S = {m.group(1).strip()}", [m.group(1)]))

    def holds(side: str) -> bool | None:
        expr = parse(side)
        if not isinstance(expr, sp.Expr):
            return None
        expr = normalize(expr).subs(letters)
        free = expr.free_symbols
        if not free:
            return not differs(side, float(expr), float(true(theta)))
        if len(free) > 1 or not free <= angles:
            return None
        t = next(iter(free))  # a formula in the angle holds at every angle, not only the block's (cot 45° = tan 45°)
        return all(abs(float(expr.subs(t, u)) - float(true(u))) < 1e-9 * max(1.0, float(true(u)))
                   for u in [theta] + [sp.pi * k / 12 for k in (2, 3, 4)])

    out = []
    for tex, sides in chains:
        verdicts = [v for v in map(holds, sides) if v is not None]
        if verdicts:
            out.append((tex, all(verdicts)))
    return out



def _stage(ctx: Ctx, own: str | None, axes: tuple[str, str, str], u: float, centre: str) -> None:
    """The corner formula (``own``, else the author's equation of the ellipse, else the standard one) and the scene's ellipse frame: the
    semi-axes and focal distance ``axes`` (TeX of a, b, c), ``u`` screen units per unit, ``at(x, y)``, the foci
    with their labels and the dashed major axis, centred at ``centre`` (scene code)."""
    A, B, C = axes
    if own is None:  # the author's equation of the ellipse, if written, before one of ours
        own = next((b for b in ctx.info.blocks if re.search(_STD, _standard(b)) and len(b) < 70), None)
    formula_corner(ctx, own or rf"\frac{{x^2}}{{{A}^2}} + \frac{{y^2}}{{{B}^2}} = 1")
    ctx.w.code(
        f"a, b, c, u = {A}, {B}, {C}, {fmt(u, 4)}  # semi-axes, focal distance, screen units per unit",
        f"centre = {centre}",
        "def at(x, y):",
        "    return centre + u * np.array([x, y, 0])",
        "F1, F2 = at(-c, 0), at(c, 0)",
        "foci = VGroup(Dot(F1, color=RED), Dot(F2, color=RED))",
        'foci_labels = VGroup(MathTex("F_1", font_size=30, color=RED).next_to(F1, DOWN, buff=0.15),',
        '                     MathTex("F_2", font_size=30, color=RED).next_to(F2, DOWN, buff=0.15))',
        "major = DashedLine(at(-a, 0), at(a, 0), color=GREY_B, stroke_width=2)",
    )

# A chord through one focus: "焦点弦", "过右焦点的弦 PQ", "a focal chord", 1/|FP| + 1/|FQ|.
_CHORD = (r"焦点弦|focal\s+chord|过[^，。,.$]{0,6}焦点[^，。,.]{0,12}弦|chords?\b[^.。]{0,30}\bthrough\b[^.。]{0,16}\bfoc(?:us|i)")
_RECIPROCALS = r"\\frac\{1\}\{\s*(?:\\left)?\s*[|/]\s*[A-Z]_?\{?\d?\}?[A-Z]"


def focal_chord(info) -> tuple[str, str] | None:
    """The chord's two end letters ("P", "Q" unless the block's 1/|FA| + 1/|FB| names others) when the block is about a
    chord through a focus (its prose names one, or it writes two such reciprocals); None otherwise."""
    ends = [m[-1] for m in re.findall(_RECIPROCALS, " ".join(info.blocks))]
    if not (re.search(_CHORD, info.prose, re.I) or len(ends) >= 2):
        return None
    return (ends[0], ends[1]) if len(ends) >= 2 and ends[0] != ends[1] else ("P", "Q")


def _focal_chord(ctx: Ctx, a: float, b: float, ends: tuple[str, str]) -> None:
    """A chord PQ through the right focus F turning about it: with the semi-latus rectum l = b^2/a and e = c/a,
    |FP| = l / (1 + e cos t), |FQ| = l / (1 - e cos t) (the focus-directrix form of a conic, t the chord's angle with
    the major axis), so 1/|FP| + 1/|FQ| = 2/l = 2a/b^2 whatever t is (the block's own letters for P and Q)."""
    w = ctx.w
    p, q = ends
    c = math.sqrt(a * a - b * b)
    ell, total = b * b / a, 2 * a / (b * b)
    ctx.facts.update(a=a, b=b, c=c, chord=True, reciprocal_sum=total)
    A, B, C = fmt(a, 3), fmt(b, 3), fmt(c, 3)
    T = _exact(total)
    title = ctx.L("A Chord through a Focus", "过焦点的弦")
    w.beat(title, ctx.L(
        f"The ellipse with $a = {A}$, $b = {B}$ has its right focus at $F({C}, 0)$. Turn a chord ${p}{q}$ about $F$ and watch "
        f"$|F{p}|$, $|F{q}|$ and $\\frac{{1}}{{|F{p}|}} + \\frac{{1}}{{|F{q}|}}$.",
        f"$a = {A}$、$b = {B}$ 的椭圆，右焦点为 $F({C}, 0)$。让弦 ${p}{q}$ 绕 $F$ 旋转，观察 $|F{p}|$、$|F{q}|$ 与 "
        f"$\\frac{{1}}{{|F{p}|}} + \\frac{{1}}{{|F{q}|}}$。"))
    w.title(title)
    _stage(ctx, None, (A, B, C), min(3.0 / a, 2.0 / b), "LEFT * 2.9 + DOWN * 0.7")
    w.code(
        "ellipse = ParametricFunction(lambda s: at(a * np.cos(s), b * np.sin(s)), t_range=[0, TAU], color=BLUE, stroke_width=4)",
        f"ell, e = {fmt(ell, 6)}, c / a  # the semi-latus rectum b^2/a and the eccentricity",
        "t = ValueTracker(0.35)  # the chord's angle with the major axis",
        "def fp():",
        "    return ell / (1 + e * np.cos(t.get_value()))",
        "def fq():",
        "    return ell / (1 - e * np.cos(t.get_value()))",
        "def ends():",
        "    d = np.array([np.cos(t.get_value()), np.sin(t.get_value())])",
        "    return at(c + fp() * d[0], fp() * d[1]), at(c - fq() * d[0], -fq() * d[1])",
        "chord = always_redraw(lambda: VGroup(Line(F2, ends()[0], color=YELLOW, stroke_width=5), Line(F2, ends()[1], color=GREEN, stroke_width=5)))",
        "P = always_redraw(lambda: Dot(ends()[0], color=YELLOW))",
        "Q = always_redraw(lambda: Dot(ends()[1], color=GREEN))",
        f'P_label = always_redraw(lambda: MathTex("{p}", font_size=30, color=YELLOW).next_to(ends()[0], UR, buff=0.08))',
        f'Q_label = always_redraw(lambda: MathTex("{q}", font_size=30, color=GREEN).next_to(ends()[1], DL, buff=0.08))',
        "readout = VGroup(",
        f'    VGroup(MathTex("|F{p}| =", font_size=32, color=YELLOW), DecimalNumber(fp(), num_decimal_places=3, font_size=32, color=YELLOW)).arrange(RIGHT),',
        f'    VGroup(MathTex("|F{q}| =", font_size=32, color=GREEN), DecimalNumber(fq(), num_decimal_places=3, font_size=32, color=GREEN)).arrange(RIGHT),',
        f'    VGroup(MathTex(r"\\frac{{1}}{{|F{p}|}} + \\frac{{1}}{{|F{q}|}} =", font_size=32), DecimalNumber(1 / fp() + 1 / fq(), num_decimal_places=3, font_size=32)).arrange(RIGHT),',
        ").arrange(DOWN, aligned_edge=LEFT, buff=0.3).to_edge(RIGHT, buff=0.4).shift(UP * 0.3)",
        "readout[0][1].add_updater(lambda m: m.set_value(fp()))",
        "readout[1][1].add_updater(lambda m: m.set_value(fq()))",
        "readout[2][1].add_updater(lambda m: m.set_value(1 / fp() + 1 / fq()))",
    )
    w.play("Write(title), FadeIn(formula), Create(ellipse), Create(major), FadeIn(foci), FadeIn(foci_labels)", 1.6)
    w.play("Create(chord), FadeIn(P), FadeIn(Q), FadeIn(P_label), FadeIn(Q_label), FadeIn(readout)", 1.2)
    w.beat(ctx.L("Turn the chord", "转动这条弦"), ctx.L(
        "As the chord turns, one piece grows while the other shrinks, but the sum of their reciprocals does not move.",
        "弦转动时，一段变长、另一段变短，但两者倒数之和保持不变。"))
    w.play("t.animate.set_value(2.6)", 4.0)
    w.play("t.animate.set_value(1.2)", 2.4)
    w.beat(ctx.L("Why it is constant", "为什么是定值"), ctx.L(
        f"Measured from the focus, a point of the ellipse at angle $t$ is at distance $\\frac{{l}}{{1 + e\\cos t}}$ with "
        f"$l = \\frac{{b^2}}{{a}}$; ${q}$ is at angle $t + \\pi$, so $\\frac{{1}}{{|F{p}|}} + \\frac{{1}}{{|F{q}|}} = "
        f"\\frac{{(1 + e\\cos t) + (1 - e\\cos t)}}{{l}} = \\frac{{2a}}{{b^2}} = {T}$.",
        f"从焦点量起，椭圆上方向角为 $t$ 的点到焦点的距离是 $\\frac{{l}}{{1 + e\\cos t}}$，其中 $l = \\frac{{b^2}}{{a}}$；"
        f"${q}$ 的方向角为 $t + \\pi$，所以 $\\frac{{1}}{{|F{p}|}} + \\frac{{1}}{{|F{q}|}} = "
        f"\\frac{{(1 + e\\cos t) + (1 - e\\cos t)}}{{l}} = \\frac{{2a}}{{b^2}} = {T}$。"))
    w.code(f'why = MathTex(r"\\frac{{1}}{{|F{p}|}} + \\frac{{1}}{{|F{q}|}} = \\frac{{2a}}{{b^2}} = {T}", font_size=36, color=YELLOW)',
           "why.next_to(readout, DOWN, buff=0.5).to_edge(RIGHT, buff=0.4)")
    w.play("Write(why)", 1.2)
    w.play("Indicate(readout[2])", 1.0)
    w.wait(1.2)


def _exact(value: float) -> str:
    """``value`` as TeX: a fraction when it is one (4/3), else a decimal."""
    import sympy as sp

    q = sp.nsimplify(value, rational=True, tolerance=1e-9)
    return sp.latex(q) if q.is_Rational and q.q <= 1000 else fmt(value, 4)


def build(ctx: Ctx) -> None:
    a, b = needs(ctx.info) or (5.0, 3.0)
    angle = focal_angle(ctx.info) if ctx.info.blocks else None
    if angle is not None:
        _focal_triangle(ctx, a, b, angle)
        return
    ends = focal_chord(ctx.info)
    if ends is not None:
        _focal_chord(ctx, a, b, ends)
        return
    w = ctx.w
    c = math.sqrt(a * a - b * b)
    ctx.facts.update(a=a, b=b, c=c)
    A, B, C = fmt(a, 3), fmt(b, 3), fmt(c, 3)
    lead = ctx.L("For instance, t", "例如，") if not ctx.info.blocks else ctx.L("T", "")
    w.beat(ctx.title, ctx.L(f"{lead}he ellipse with $a = {A}$, $b = {B}$: its foci are at $(\\pm {C}, 0)$ since $c^2 = a^2 - b^2$.",
                            f"{lead}$a = {A}$、$b = {B}$ 的椭圆：由 $c^2 = a^2 - b^2$，焦点在 $(\\pm {C}, 0)$。"))
    w.title(ctx.title)
    said_e = stated_eccentricity(ctx.info)
    false_e = said_e is not None and abs(said_e - c / a) > 0.006
    # the corner shows the author's formula, unless it is a false statement (e = b/a): then the ellipse's own equation
    own = ctx.formula if ctx.formula and len(ctx.formula) < 70 and not (false_e and re.match(r"\s*e\s*=", ctx.formula)) else None
    _stage(ctx, own, (A, B, C), min(5.6 / a, 2.3 / b), "LEFT * 1.6 + DOWN * 0.9")
    w.code(
        "t = ValueTracker(0.0001)",
        "P = always_redraw(lambda: Dot(at(a * np.cos(t.get_value()), b * np.sin(t.get_value())), color=YELLOW))",
        "strings = always_redraw(lambda: VGroup(Line(F1, P.get_center(), color=BLUE, stroke_width=4),",
        "                                       Line(F2, P.get_center(), color=GREEN, stroke_width=4)))",
        "trace = TracedPath(P.get_center, stroke_color=YELLOW, stroke_width=4)",
        "def d1():",
        "    return np.linalg.norm(P.get_center() - F1) / u",
        "def d2():",
        "    return np.linalg.norm(P.get_center() - F2) / u",
        "readout = VGroup(",
        '    VGroup(MathTex("PF_1 =", font_size=32, color=BLUE), DecimalNumber(a + c, num_decimal_places=2, font_size=32, color=BLUE)).arrange(RIGHT),',
        '    VGroup(MathTex("PF_2 =", font_size=32, color=GREEN), DecimalNumber(a - c, num_decimal_places=2, font_size=32, color=GREEN)).arrange(RIGHT),',
        f'    MathTex(r"PF_1 + PF_2 = 2a = {fmt(2 * a, 3)}", font_size=32, color=YELLOW),',
        ").arrange(DOWN, aligned_edge=LEFT, buff=0.25).to_edge(RIGHT, buff=0.4).shift(DOWN * 0.4)",
        "for row in readout:",
        "    row.add_background_rectangle(opacity=0.85, buff=0.06)",
    )
    w.play("Write(title), FadeIn(formula), Create(major), FadeIn(foci), FadeIn(foci_labels)", 1.4)
    w.beat(ctx.L("Two distances", "两段距离"),
           ctx.L(f"From a point $P$ to the foci: at the end of the long axis $PF_1 = {fmt(a + c, 3)}$ and $PF_2 = {fmt(a - c, 3)}$.",
                 f"点 $P$ 到两个焦点的距离：在长轴端点处 $PF_1 = {fmt(a + c, 3)}$，$PF_2 = {fmt(a - c, 3)}$。"))
    w.code("self.add(trace)")
    w.play("FadeIn(P), Create(strings), FadeIn(readout[0]), FadeIn(readout[1])", 1.2)
    w.code("readout[0][1].add_updater(lambda m: m.set_value(d1()))",
           "readout[1][1].add_updater(lambda m: m.set_value(d2()))")
    w.beat(ctx.L("The sum never changes", "距离之和不变"),
           ctx.L(f"As $P$ goes round, one distance grows as the other shrinks: their sum stays $2a = {fmt(2 * a, 3)}$, and $P$ traces the ellipse.",
                 f"$P$ 绕行时，一段变长另一段就变短：两者之和始终是 $2a = {fmt(2 * a, 3)}$，$P$ 画出椭圆。"))
    w.play("FadeIn(readout[2])", 0.8)
    w.play("t.animate.set_value(TAU)", 4.4, "rate_func=linear")
    w.wait(1.2)
    if said_e is not None:
        e = fmt(c / a, 3)
        w.beat(ctx.L("The eccentricity", "离心率"), ctx.L(
            f"$e = c/a = {C}/{A} = {e}$" + (f"; the block's $e = {fmt(said_e, 3)}$ is false." if false_e else "."),
            f"$e = c/a = {C}/{A} = {e}$" + (f"；题中的 $e = {fmt(said_e, 3)}$ 不成立。" if false_e else "。")))
        w.code(f'eccentricity = MathTex(r"e = \\frac{{c}}{{a}} = \\frac{{{C}}}{{{A}}} = {e}", font_size=36, color=YELLOW)',
               "eccentricity.next_to(readout, DOWN, buff=0.4).add_background_rectangle(opacity=0.85, buff=0.06)")
        w.play("FadeIn(eccentricity, shift=UP * 0.2)", 0.8)
        if false_e:
            w.code(f'said_e = MathTex(r"e = {fmt(said_e, 3)}", font_size=32, color=RED).next_to(eccentricity, DOWN, buff=0.3)')
            w.play("FadeIn(said_e), Create(Cross(stroke_width=5).scale(0.15).next_to(said_e, RIGHT, buff=0.2))", 0.8)
        w.wait(1.2)


def stated_eccentricity(info) -> float | None:
    """The eccentricity the block states (``e = \\frac{b}{a} = \\frac35``: the last closed step), when its prose or
    formula names it (eccentricity, 离心率); else None."""
    if not re.search(r"eccentricity|离心率", info.concept, re.I):
        return None
    for block in info.blocks:
        parts = split_top(single_line(block), "=")
        if len(parts) >= 2 and parts[0].strip() == "e":
            value = number(parts[-1].strip().rstrip(".,").strip())
            if value is not None and 0 <= value < 1.5:
                return value
    return None


@check("ellipse_foci")
def _check(f):
    a, b, c = f["a"], f["b"], f["c"]
    return ("What is the sum of the distances from the top of the ellipse, $(0, b)$, to the two foci?",
            "椭圆顶点 $(0, b)$ 到两个焦点的距离之和是多少？",
            f"Each distance is $\\sqrt{{c^2 + b^2}} = a = {fmt(a, 3)}$, so the sum is $2a = {fmt(2 * a, 3)}$, as everywhere on the ellipse.",
            f"每段距离都是 $\\sqrt{{c^2 + b^2}} = a = {fmt(a, 3)}$，和为 $2a = {fmt(2 * a, 3)}$，与椭圆上其他点一样。")


def _focal_triangle(ctx: Ctx, a: float, b: float, angle: FocalAngle) -> None:
    """The point P of the block's ellipse where angle F_1PF_2 is the block's theta (the upper-right one), its triangle
    and the area S = b^2 tan(theta/2) derived; or, when theta exceeds the angle at the end of the short axis, no P."""
    import sympy as sp

    w = ctx.w
    a2, b2 = sp.nsimplify(round(a * a, 9)), sp.nsimplify(round(b * b, 9))
    theta, c = angle.value, math.sqrt(a * a - b * b)
    ctx.facts.update(a=a, b=b, c=c)
    cos_max = (b * b - c * c) / (a * a)  # the angle is largest at (0, b): cos = (b^2 - c^2) / a^2
    widest = math.degrees(math.acos(cos_max))
    exists = math.cos(float(theta)) >= cos_max - 1e-12
    mn = sp.nsimplify(sp.simplify(2 * b2 / (1 + sp.cos(theta))))
    area = sp.nsimplify(sp.simplify(b2 * sp.tan(theta / 2)))
    P, th = angle.point, angle.tex
    A, B, C = fmt(a, 3), fmt(b, 3), fmt(c, 3)
    if exists:
        y_p = min(float(area) / c, b)  # S = (1/2)(2c) y_P
        x_p = a * math.sqrt(max(0.0, 1 - (y_p / b) ** 2))
    else:
        x_p, y_p = 0.0, b
    stop = math.atan2(y_p / b, x_p / a)  # P = (a cos t, b sin t)
    title = ctx.L("The Focal Triangle of an Ellipse", "椭圆的焦点三角形")
    w.beat(title, ctx.L(
        f"The ellipse with $a = {A}$, $b = {B}$ has its foci at $(\\pm {C}, 0)$ ($c^2 = a^2 - b^2$). We look for ${P}$ on it with "
        f"$\\angle F_1{P}F_2 = {th}$.",
        f"$a = {A}$、$b = {B}$ 的椭圆，焦点在 $(\\pm {C}, 0)$（$c^2 = a^2 - b^2$）。在椭圆上找点 ${P}$，使 $\\angle F_1{P}F_2 = {th}$。"))
    w.title(title)
    _stage(ctx, None, (A, B, C), min(3.0 / a, 2.0 / b), "LEFT * 3.3 + DOWN * 0.7")
    w.code(
        "ellipse = ParametricFunction(lambda s: at(a * np.cos(s), b * np.sin(s)), t_range=[0, TAU], color=BLUE, stroke_width=4)",
        "t = ValueTracker(0.03)  # P = (a cos t, b sin t), from the end of the long axis",
        "def p():",
        "    return at(a * np.cos(t.get_value()), b * np.sin(t.get_value()))",
        "def angle_at_p():  # the angle F1 P F2 in degrees",
        "    v1, v2 = F1 - p(), F2 - p()",
        "    return np.degrees(np.arccos(np.dot(v1, v2) / (np.linalg.norm(v1) * np.linalg.norm(v2))))",
        "P = always_redraw(lambda: Dot(p(), color=YELLOW))",
        f'P_label = always_redraw(lambda: MathTex("{P}", font_size=32, color=YELLOW).next_to(p(), UR, buff=0.08))',
        "sides = always_redraw(lambda: VGroup(Line(F1, p(), color=BLUE_B, stroke_width=4), Line(F2, p(), color=GREEN, stroke_width=4)))",
        "mark = always_redraw(lambda: Angle(Line(p(), F1), Line(p(), F2), radius=0.4, color=YELLOW))",
        f'readout = VGroup(MathTex(r"\\angle F_1{P}F_2 =", font_size=34), DecimalNumber(angle_at_p(), num_decimal_places=1, unit=r"^\\circ", font_size=34))',
        "readout.arrange(RIGHT, buff=0.15).to_edge(RIGHT, buff=0.6).shift(UP * 1.1)",
        "readout[1].add_updater(lambda m: m.set_value(angle_at_p()))",
    )
    w.play("Write(title), FadeIn(formula), Create(ellipse), Create(major), FadeIn(foci), FadeIn(foci_labels)", 1.6)
    if exists:
        said = ctx.L(f"At the end of the long axis the angle is $0$; it grows as ${P}$ climbs towards $(0, b)$, where it is largest "
                     f"(${fmt(widest, 2)}^\\circ$). It reaches ${th}$ at ${P} \\approx ({fmt(x_p, 3)}, {fmt(y_p, 3)})$.",
                     f"在长轴端点处角为 $0$；${P}$ 向 $(0, b)$ 移动时角变大，在 $(0, b)$ 处最大（${fmt(widest, 2)}^\\circ$）。"
                     f"角等于 ${th}$ 的点是 ${P} \\approx ({fmt(x_p, 3)}, {fmt(y_p, 3)})$。")
    else:
        said = ctx.L(f"The angle grows as ${P}$ climbs towards $(0, b)$ and is largest there: $\\cos\\theta_{{\\max}} = \\frac{{b^2 - c^2}}{{a^2}} = "
                     f"{fmt(cos_max, 4)}$, $\\theta_{{\\max}} \\approx {fmt(widest, 2)}^\\circ$, less than ${th}$. No point of the ellipse "
                     f"sees the foci at ${th}$: there is no such triangle.",
                     f"${P}$ 向 $(0, b)$ 移动时角变大，在 $(0, b)$ 处最大：$\\cos\\theta_{{\\max}} = \\frac{{b^2 - c^2}}{{a^2}} = {fmt(cos_max, 4)}$，"
                     f"$\\theta_{{\\max}} \\approx {fmt(widest, 2)}^\\circ$，小于 ${th}$。椭圆上没有点对两焦点的张角为 ${th}$，这样的三角形不存在。")
    w.beat(ctx.L(f"Where is {P}?", f"点 {P} 在哪里"), said)
    w.play("FadeIn(P), FadeIn(P_label), Create(sides), Create(mark), FadeIn(readout)", 1.0)
    w.play(f"t.animate.set_value({fmt(stop, 6)})", 3.6)
    w.code("readout[1].clear_updaters()")
    if not exists:
        largest = math_mob(f"\\theta_{{\\max}} \\approx {fmt(widest, 2)}^\\circ < {th}", 34, "RED")
        w.code(f"widest = VGroup({largest}, {text_mob(ctx.L(f'no such point {P}', f'不存在这样的点 {P}'), 28, 'RED')}).arrange(DOWN, buff=0.2)",
               "widest.next_to(readout, DOWN, buff=0.4).to_edge(RIGHT, buff=0.5)")
        w.play("FadeIn(widest, shift=UP * 0.2)", 0.8)
    w.wait(0.8)
    claims = [(tex, holds and exists) for tex, holds in stated_areas(ctx.info, a2, b2, theta)]  # no triangle: no area holds
    if exists:
        S = sp.latex(area)
        approx = "" if area.is_Rational else f" \\approx {fmt(float(area), 3)}"
        lines = [rf"m = |{P}F_1|,\ n = |{P}F_2|", rf"m + n = 2a = {fmt(2 * a, 3)}", r"(2c)^2 = m^2 + n^2 - 2mn\cos\theta",
                 rf"mn = \frac{{(m+n)^2 - 4c^2}}{{2(1 + \cos\theta)}} = \frac{{2b^2}}{{1 + \cos\theta}} = {sp.latex(mn)}",
                 rf"S = \tfrac12 mn\sin\theta = b^2\tan\frac{{\theta}}{{2}}", rf"= {sp.latex(b2)}\tan\left(\tfrac12 \cdot {th}\right) = {S}{approx}"]
        w.beat(ctx.L("The area", "面积"), ctx.L(
            f"With $m = |{P}F_1|$, $n = |{P}F_2|$: $m + n = 2a$ and, by the law of cosines, $(2c)^2 = m^2 + n^2 - 2mn\\cos\\theta$, "
            f"so $mn = \\frac{{2b^2}}{{1 + \\cos\\theta}} = {sp.latex(mn)}$ and $S = \\frac12 mn\\sin\\theta = b^2\\tan\\frac{{\\theta}}{{2}} = {S}{approx}$.",
            f"设 $m = |{P}F_1|$，$n = |{P}F_2|$：$m + n = 2a$，由余弦定理 $(2c)^2 = m^2 + n^2 - 2mn\\cos\\theta$，"
            f"所以 $mn = \\frac{{2b^2}}{{1 + \\cos\\theta}} = {sp.latex(mn)}$，$S = \\frac12 mn\\sin\\theta = b^2\\tan\\frac{{\\theta}}{{2}} = {S}{approx}$。"))
        rows = ", ".join(math_mob(line, 30) for line in lines)
        w.code(
            f"triangle = Polygon(F1, at({fmt(x_p, 5)}, {fmt(y_p, 5)}), F2, color=YELLOW, fill_opacity=0.25, stroke_width=0)",
            f"derivation = VGroup({rows}).arrange(DOWN, aligned_edge=LEFT, buff=0.2)",
            "derivation[-1].align_to(derivation[-2], LEFT).shift(RIGHT * 0.35)",
            "derivation.next_to(readout, DOWN, buff=0.4).to_edge(RIGHT, buff=0.4)",
        )
        w.fit("derivation", 6.4, 4.3)
        w.code("derivation.to_edge(RIGHT, buff=0.4)", "derivation[-1].set_color(YELLOW)")
        w.code("def outside(p1, p2, other):  # beside the side p1p2, away from the triangle's third corner",
               "    mid, d = (p1 + p2) / 2, p2 - p1",
               "    normal = np.array([-d[1], d[0], 0]) / np.linalg.norm(d)",
               "    return mid - 0.28 * normal if np.dot(normal, other - mid) > 0 else mid + 0.28 * normal",
               f"corner = at({fmt(x_p, 5)}, {fmt(y_p, 5)})",
               'side_labels = VGroup(MathTex("m", font_size=32, color=BLUE_B).move_to(outside(F1, corner, F2)),',
               '                     MathTex("n", font_size=32, color=GREEN).move_to(outside(F2, corner, F1)))',
               "for label in side_labels:  # readable where a short side runs close to the ellipse",
               "    label.add_background_rectangle(opacity=0.75, buff=0.03)")
        w.play("FadeIn(triangle), FadeIn(side_labels)", 0.8)
        w.loop("for line in derivation:", "FadeIn(line, shift=RIGHT * 0.2)", len(lines), 0.9)
        w.wait(1.2)
    if claims:
        truth = sp.latex(area) if exists else None
        false = [tex for tex, holds in claims if not holds]
        hyperbola = any("cot" in tex for tex in false) and exists
        if not false:
            said = ctx.L(f"The block's {', '.join(f'${tex}$' for tex, _ in claims)} holds.", f"题中的 {'、'.join(f'${tex}$' for tex, _ in claims)} 正确。")
        elif exists:
            said = ctx.L(" ".join(f"The block's ${tex}$ is false: $S = b^2\\tan\\frac{{\\theta}}{{2}} = {truth}$." for tex in false)
                         + (" $b^2\\cot\\frac{\\theta}{2}$ is the hyperbola's focal-triangle area." if hyperbola else ""),
                         "".join(f"题中的 ${tex}$ 不成立：$S = b^2\\tan\\frac{{\\theta}}{{2}} = {truth}$。" for tex in false)
                         + ("$b^2\\cot\\frac{\\theta}{2}$ 是双曲线焦点三角形的面积公式。" if hyperbola else ""))
        else:
            said = ctx.L(" ".join(f"The block's ${tex}$ is false: there is no such triangle." for tex in false),
                         "".join(f"题中的 ${tex}$ 不成立：这样的三角形不存在。" for tex in false))
        w.beat(ctx.L("The block's area, checked", "题中面积的检验"), said)
        def row(tex: str, holds: bool) -> str:  # a false area beside the true one, when there is a triangle
            if holds or not exists:
                return math_mob(tex, 30, "GREEN" if holds else "RED")
            return f"VGroup({math_mob(tex, 30, 'RED')}, {math_mob(f'S = {truth}', 30, 'GREEN')}).arrange(RIGHT, buff=0.5)"

        rows = ", ".join(row(tex, holds) for tex, holds in claims[:2])
        w.code(f"stated = VGroup({rows}).arrange(DOWN, aligned_edge=LEFT, buff=0.2)",
               "stated.to_edge(DOWN, buff=0.25).to_edge(LEFT, buff=0.5)" if exists else "stated.next_to(widest, DOWN, buff=0.5)",
               "stated.add_background_rectangle(opacity=0.9, buff=0.1)")
        w.fit("stated", 6.4)
        w.play("FadeIn(stated, shift=UP * 0.2)", 0.8)
        for i, (_, holds) in enumerate(claims[:2]):
            if not holds:  # the group's first member is its background
                w.code(f"cross_{i} = Cross(stroke_width=5).scale(0.14).next_to(stated[{i + 1}], LEFT, buff=0.15)")
                w.play(f"Create(cross_{i})", 0.5)
        w.wait(1.6)
    elif not exists:
        w.wait(1.2)

