"""complex_powers: the powers z, z^2, ..., z^n of the author's z = a + bi stepping around the plane (de Moivre):
each step turns by arg z and scales by |z|, so z^n has modulus |z|^n and argument n arg z. The powers are
computed exactly with sympy; a value the block states for z^n that is false is said to be false."""

from __future__ import annotations

import math
import re

from ..latex import fmt, single_line, split_top
from ..notes import check
from ..symbolic import parse
from .common import Ctx

PRIORITY = 55  # before complex_multiplication: (1 + i)^8 is a power, not one product
KEYWORDS = (r"de\s*moivre", r"棣莫弗", r"powers?\s+of\s+(?:the\s+)?complex", r"复数的(?:乘方|幂)", r"successive\s+powers")
TEX_PATTERNS = (r"\(\s*-?\d+(?:\.\d+)?\s*[+-]\s*(?:\d+(?:\.\d+)?)?\s*i\s*\)\s*\^\s*\{?\s*\d+",)
TITLE = ("Powers of a Complex Number", "复数的乘方")
WHAT = ("Each multiplication by $z$ turns by $\\arg z$ and scales by $|z|$, so $z^n = |z|^n(\\cos n\\theta + i\\sin n\\theta)$ "
        "(de Moivre's theorem).",
        "每乘一次 $z$，就旋转 $\\arg z$ 并伸缩 $|z|$ 倍，所以 $z^n = |z|^n(\\cos n\\theta + i\\sin n\\theta)$（棣莫弗定理）。")

_NUM = r"-?\d+(?:\.\d+)?"
_Z = rf"({_NUM})\s*([+-])\s*(\d+(?:\.\d+)?)?\s*i"
MOST = 12  # powers drawn; more crowd the plane


def read(info) -> tuple[complex, int, list[str]] | None:
    """(z, n, false stated values of z^n): ``(a + bi)^n`` written, or ``z = a + bi`` with ``z^n``; n in 2..12."""
    tex = " ".join(single_line(b) for b in info.blocks)
    m = re.search(rf"\(\s*{_Z}\s*\)\s*\^\s*\{{?\s*(\d+)\s*\}}?", tex)
    if m:
        z, n = _complex(m[1], m[2], m[3]), int(m[4])
    else:
        named = re.search(rf"(?<![A-Za-z\\])z\s*=\s*{_Z}(?![\d.])", tex)
        powers = [int(k) for k in re.findall(r"(?<![A-Za-z\\])z\s*\^\s*\{?\s*(\d+)\s*\}?", tex)]
        if not (named and powers):
            return None
        z, n = _complex(named[1], named[2], named[3]), max(powers)  # z, z^2, ..., z^{10}: up to the last
    if not 2 <= n <= MOST or abs(z) == 0 or re.search(r"\^\s*\{\s*1\s*/|\\frac\{1\}\{n\}|\\sqrt\[", tex):
        return None  # roots are roots_of_unity's; a power past 12 crowds the plane
    return z, n, _false_statements(info, z, n)


def _complex(a: str, sign: str, b: str | None) -> complex:
    return complex(float(a), float(sign + (b or "1")))


def _false_statements(info, z: complex, n: int) -> list[str]:
    """The sides the block equates with z^n (``(1+i)^8 = 8(\\cos 2\\pi + i\\sin 2\\pi) = 8``) that are numbers other
    than z^n: each such side, as written."""
    import sympy as sp

    truth = z ** n
    wrong = []
    for block in info.blocks:
        flat = single_line(block)
        if not re.search(rf"\^\s*\{{?\s*{n}\s*\}}?", flat) or "=" not in flat:
            continue
        sides = [s.strip() for s in split_top(flat, "=")]
        for side in sides[1:]:
            expr = parse(side)
            if expr is None or not isinstance(expr, sp.Expr):
                continue
            try:
                value = complex(expr.subs(sp.Symbol("i"), sp.I).evalf())
            except (TypeError, ValueError):
                continue
            if abs(value - truth) > 1e-6 * max(1.0, abs(truth)):
                wrong.append(side)
    return wrong


def _exact(z: complex, k: int) -> str:
    """z^k in a + bi form, exact when z's parts are integers."""
    import sympy as sp

    a = sp.nsimplify(z.real) if z.real == int(z.real) else sp.Float(z.real)
    b = sp.nsimplify(z.imag) if z.imag == int(z.imag) else sp.Float(z.imag)
    p = sp.expand((a + b * sp.I) ** k)
    return _c(complex(p.evalf()))


def _c(c: complex) -> str:
    re_, im = round(c.real, 6), round(c.imag, 6)
    if abs(im) < 1e-9:
        return fmt(re_)
    i = "i" if abs(abs(im) - 1) < 1e-9 else f"{fmt(abs(im))}i"
    if abs(re_) < 1e-9:
        return ("-" if im < 0 else "") + i
    return f"{fmt(re_)} {'-' if im < 0 else '+'} {i}"


def evidence(info) -> int | None:
    """0: de Moivre's words or ``(a + bi)^n`` written; 1: ``z = a + bi`` and ``z^n`` (the reader decides)."""
    tex = " ".join(info.blocks)
    if any(re.search(k, info.prose, re.I) for k in KEYWORDS) or any(re.search(t, tex) for t in TEX_PATTERNS):
        return 0
    if re.search(rf"(?<![A-Za-z\\])z\s*=\s*{_Z}", tex) and re.search(r"(?<![A-Za-z\\])z\s*\^\s*\{?\s*\d", tex):
        return 1
    return None


def needs(info) -> bool:
    return read(info) is not None


def build(ctx: Ctx) -> None:
    w = ctx.w
    z, n, wrong = read(ctx.info)
    r, theta = abs(z), math.atan2(z.imag, z.real)
    powers = [z ** k for k in range(n + 1)]
    reach = max(abs(p) for p in powers)
    step = max(1, math.ceil(reach * 1.2 / 3))
    half = step * 3
    final = _exact(z, n)
    ctx.facts.update(z=z, n=n, final=final, r=r, theta=theta)
    w.beat(ctx.title, ctx.L(
        f"Take $z = {_c(z)}$: $|z| = {fmt(r, 4)}$ and $\\arg z = {fmt(math.degrees(theta), 4)}^\\circ$.",
        f"取 $z = {_c(z)}$：$|z| = {fmt(r, 4)}$，$\\arg z = {fmt(math.degrees(theta), 4)}^\\circ$。"))
    w.title(ctx.title)
    w.code(
        f"plane = ComplexPlane(x_range=[-{half}, {half}, {step}], y_range=[-{half}, {half}, {step}], x_length=6.6, y_length=6.6,",
        "                     background_line_style={\"stroke_opacity\": 0.35}).to_edge(LEFT, buff=0.6).to_edge(DOWN, buff=0.3)",
        "plane.add_coordinates(font_size=18)",
        "powers = [" + ", ".join(f"complex({fmt(p.real, 10)}, {fmt(p.imag, 10)})" for p in powers) + "]",
        "dots = VGroup(*[Dot(plane.n2p(p), radius=0.06, color=YELLOW) for p in powers])",
        "path = VMobject(color=YELLOW, stroke_width=2).set_points_as_corners([plane.n2p(p) for p in powers])",
        "arrow = Arrow(plane.n2p(0), plane.n2p(powers[1]), buff=0, color=BLUE)",
        f"rule = MathTex(r\"z^k = |z|^k\\left(\\cos k\\theta + i\\sin k\\theta\\right)\", font_size=32).to_edge(RIGHT, buff=0.5).shift(UP * 2)",
        "for t in (title, rule):",
        "    t.add_background_rectangle(opacity=0.85, buff=0.08)",
    )
    w.play("Create(plane), Write(title), Write(rule)", 1.4)
    w.beat(ctx.L("One power at a time", "逐次乘方"), ctx.L(
        f"Each multiplication by $z$ turns by ${fmt(math.degrees(theta), 4)}^\\circ$ and scales by ${fmt(r, 4)}$.",
        f"每乘一次 $z$，旋转 ${fmt(math.degrees(theta), 4)}^\\circ$ 并伸缩 ${fmt(r, 4)}$ 倍。"))
    w.code("label = MathTex(r\"z^{1} = " + _c(z) + "\", font_size=32).next_to(rule, DOWN, buff=0.5)",
           "label.add_background_rectangle(opacity=0.85, buff=0.06)")
    w.play("FadeIn(dots[0]), FadeIn(dots[1]), GrowArrow(arrow), Write(label)", 1.0)
    for k in range(2, n + 1):
        w.code(f"new = MathTex(r\"z^{{{k}}} = {_exact(z, k)}\", font_size=32).move_to(label)",
               "new.add_background_rectangle(opacity=0.85, buff=0.06)")
        w.play(f"arrow.animate.put_start_and_end_on(plane.n2p(0), plane.n2p(powers[{k}])), "
               f"Create(Line(plane.n2p(powers[{k - 1}]), plane.n2p(powers[{k}]), color=YELLOW, stroke_width=2)), "
               f"FadeIn(dots[{k}]), Transform(label, new)", 0.7 if n > 6 else 0.9)
    w.beat(ctx.L(f"z to the {n}", f"z 的 {n} 次方"), ctx.L(
        f"$z^{{{n}}} = {fmt(r, 4)}^{{{n}}}$ in length, turned by ${n} \\times {fmt(math.degrees(theta), 4)}^\\circ$: $z^{{{n}}} = {final}$.",
        f"$z^{{{n}}}$ 的模为 ${fmt(r, 4)}^{{{n}}}$，转过 ${n} \\times {fmt(math.degrees(theta), 4)}^\\circ$：$z^{{{n}}} = {final}$。"))
    w.code(f"answer = MathTex(r\"z^{{{n}}} = {final}\", font_size=40, color=YELLOW).next_to(label, DOWN, buff=0.6)",
           "answer.add_background_rectangle(opacity=0.85, buff=0.08)")
    w.play("Write(answer), Indicate(dots[-1])", 1.2)
    if wrong:
        side = wrong[-1]
        w.beat(ctx.L("The stated value", "题中给出的值"), ctx.L(
            f"The block states $z^{{{n}}} = {side}$; that is false: $z^{{{n}}} = {final}$.",
            f"题中写 $z^{{{n}}} = {side}$，这是错的：$z^{{{n}}} = {final}$。"))
        w.code(f"false = MathTex(r\"{side} \\neq {final}\", font_size=34, color=RED).next_to(answer, DOWN, buff=0.4)",
               "false.add_background_rectangle(opacity=0.85, buff=0.06)")
        w.play("Write(false)", 1.0)
    w.wait(1.5)


@check("complex_powers")
def _check(f):
    z, n, final, r = f["z"], f["n"], f["final"], f["r"]
    return (f"Check $|z^{{{n}}}| = |z|^{{{n}}}$ for $z = {_c(z)}$.",
            f"对 $z = {_c(z)}$ 验证 $|z^{{{n}}}| = |z|^{{{n}}}$。",
            f"$z^{{{n}}} = {final}$ has modulus ${fmt(r ** n, 4)} = {fmt(r, 4)}^{{{n}}}$.",
            f"$z^{{{n}}} = {final}$ 的模为 ${fmt(r ** n, 4)} = {fmt(r, 4)}^{{{n}}}$。")
