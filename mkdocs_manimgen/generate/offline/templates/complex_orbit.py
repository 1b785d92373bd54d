"""complex_orbit: the orbit of 0 (or the author's z_0) under z -> z^2 + c for the author's c, hopping
across the complex plane: it stays inside |z| = 2 (c is in the Mandelbrot set) or escapes."""

from __future__ import annotations

import re

from ..latex import fmt
from ..notes import check
from ._plots import points_code
from .common import Ctx, formula_corner

PRIORITY = 185
KEYWORDS = (r"mandelbrot", r"曼德博|曼德布罗", r"julia", r"朱利亚", r"orbit", r"轨道", r"escape", r"逃逸")
TEX_PATTERNS = (r"z_\{?n\s*\+\s*1\}?\s*=\s*z_\{?n\}?\s*\^\s*\{?2\}?\s*\+\s*c", r"z\s*\\(?:mapsto|to)\s*z\s*\^\s*\{?2\}?\s*\+\s*c")
TITLE = ("The Orbit of z → z² + c", "z → z² + c 的轨道")
WHAT = ("Iterating $z_{n+1} = z_n^2 + c$ from $z_0 = 0$ gives the orbit of $c$; $c$ belongs to the Mandelbrot set exactly "
        "when this orbit stays bounded (it never leaves the disc $|z| \\le 2$).",
        "从 $z_0 = 0$ 开始迭代 $z_{n+1} = z_n^2 + c$ 得到 $c$ 的轨道；当且仅当轨道保持有界（始终不离开圆盘 $|z| \\le 2$）时，$c$ 属于曼德博集合。")

_NUM = r"-?\d+(?:\.\d+)?"


def _complex(text: str, name: str) -> complex | None:
    """``c = -0.75 + 0.1i``, ``c = 0.3i``, ``c = -1`` in the block's math."""
    m = re.search(r"(?<![A-Za-z\\_])%s\s*=\s*(%s)?\s*(?:([+-])\s*(\d+(?:\.\d+)?)?\s*i)?(?![\w.])" % (name, _NUM), text)
    if m and (m.group(1) or m.group(2)):
        re_part = float(m.group(1)) if m.group(1) else 0.0
        im = float((m.group(2) or "+") + (m.group(3) or "1")) if m.group(2) else 0.0
        return complex(re_part, im)
    m = re.search(r"(?<![A-Za-z\\_])%s\s*=\s*(%s)\s*i(?![\w.])" % (name, _NUM), text)
    return complex(0, float(m.group(1))) if m else None


def _iteration(info) -> bool:
    return any(re.search(p, re.sub(r"\s+", "", b)) for b in info.blocks for p in
               (r"z_\{?n\+1\}?=z_\{?n\}?\^\{?2\}?\+c", r"z\\(?:mapsto|to)z\^\{?2\}?\+c", r"f_c\(z\)=z\^\{?2\}?\+c"))


def needs(info) -> bool:
    """The iteration z^2 + c written in the block (c may be chosen when not given)."""
    return _iteration(info)


def build(ctx: Ctx) -> None:
    w = ctx.w
    text = " ; ".join(ctx.info.blocks)
    c = _complex(text, "c")
    own = c is not None
    c = c if own else complex(-0.5, 0.55)
    z = _complex(text, "z_0") or _complex(text, "z_{0}") or 0j
    orbit = [z]
    while len(orbit) < 20 and abs(orbit[-1]) <= 2:
        orbit.append(orbit[-1] ** 2 + c)
    escaped = abs(orbit[-1]) > 2
    shown = [p for p in orbit if abs(p) <= 3.2]
    c_tex = fmt(c.real, 3) + (f" {'+' if c.imag >= 0 else '-'} {fmt(abs(c.imag), 3)}i" if c.imag else "")
    ctx.facts.update(c=c_tex, escaped=escaped, n=len(orbit) - 1)

    w.beat(ctx.title, ctx.L(f"Iterate $z \\mapsto z^2 + c$ with $c = {c_tex}$" + ("" if own else w.chose("value", "c")) + f", from $z_0 = {fmt(z.real, 3)}$.",
                            f"取 $c = {c_tex}$" + ("" if own else w.chose("value", "c")) + f"，从 $z_0 = {fmt(z.real, 3)}$ 开始迭代 $z \\mapsto z^2 + c$。"))
    w.title(ctx.title)
    formula_corner(ctx, rf"z_{{n+1}} = z_n^2 + c,\quad c = {c_tex}")
    w.code("plane = ComplexPlane(x_range=[-3, 3, 1], y_range=[-2.5, 2.5, 1], x_length=6, y_length=5,",
           '                     background_line_style={"stroke_opacity": 0.35}).to_edge(DOWN, buff=0.2)',
           "plane.add_coordinates(font_size=20)",
           "disc = Circle(radius=2 * plane.get_x_unit_size(), color=GREY_B, stroke_width=2).move_to(plane.n2p(0))",
           'disc_label = MathTex(r"|z| = 2", font_size=26, color=GREY_B).next_to(disc, UR, buff=-0.3)',
           points_code("orbit", [(p.real, p.imag) for p in shown], 4),
           "dots = VGroup(*[Dot(plane.n2p(complex(*p)), color=YELLOW, radius=0.06) for p in orbit])",
           "hops = VGroup(*[Line(plane.n2p(complex(*a)), plane.n2p(complex(*b)), color=YELLOW, stroke_width=2, stroke_opacity=0.7)",
           "                for a, b in zip(orbit, orbit[1:])])",
           f"c_dot = Dot(plane.n2p(complex({fmt(c.real, 4)}, {fmt(c.imag, 4)})), color=RED, radius=0.08)",
           'c_label = MathTex("c", font_size=30, color=RED).next_to(c_dot, UP, buff=0.12)')
    w.play("Write(title), FadeIn(formula)", 1.2)
    w.play("Create(plane), Create(disc), FadeIn(disc_label, c_dot, c_label)", 1.4)
    w.beat(ctx.L("Hop by hop", "一步一步跳"), ctx.L(
        "Each hop squares the point and adds $c$: " + ", ".join(f"$z_{i} = {fmt(p.real, 2)}{'+' if p.imag >= 0 else '-'}{fmt(abs(p.imag), 2)}i$" for i, p in enumerate(orbit[1:4], 1)) + ", …",
        "每一跳把点平方再加上 $c$：" + "，".join(f"$z_{i} = {fmt(p.real, 2)}{'+' if p.imag >= 0 else '-'}{fmt(abs(p.imag), 2)}i$" for i, p in enumerate(orbit[1:4], 1)) + "，……"))
    w.play("FadeIn(dots[0])", 0.4)
    w.play("LaggedStart(*[AnimationGroup(Create(h), FadeIn(d)) for h, d in zip(hops, dots[1:])], lag_ratio=1)", 5, "rate_func=linear")
    w.code("self.bring_to_front(c_dot, c_label)  # c stays readable where the orbit passes over it")
    w.beat(ctx.L("Bounded or not", "有界还是逃逸"), ctx.L(
        (f"After {len(orbit) - 1} steps the orbit leaves the disc $|z| \\le 2$: it escapes, so $c$ is not in the Mandelbrot set." if escaped
         else f"After {len(orbit) - 1} steps the orbit is still inside $|z| \\le 2$: $c$ looks like a point of the Mandelbrot set."),
        (f"{len(orbit) - 1} 步后轨道离开圆盘 $|z| \\le 2$：它逃逸了，所以 $c$ 不在曼德博集合中。" if escaped
         else f"{len(orbit) - 1} 步后轨道仍在 $|z| \\le 2$ 之内：$c$ 看来属于曼德博集合。")))
    w.play("Indicate(disc, color=YELLOW)", 1.2)
    w.wait(1)


@check("complex_orbit")
def _check(f):
    return ("Why is $|z| > 2$ enough to know that the orbit escapes to infinity?",
            "为什么只要 $|z| > 2$ 就能断定轨道会趋于无穷？",
            f"Once $|z| > 2$ (and $|z| \\ge |c|$), $|z^2 + c| \\ge |z|^2 - |c| > |z|$, and the growth compounds. For $c = {f['c']}$ the orbit " + ("escaped." if f["escaped"] else "never got there."),
            f"一旦 $|z| > 2$（且 $|z| \\ge |c|$），就有 $|z^2 + c| \\ge |z|^2 - |c| > |z|$，并且越长越快。对 $c = {f['c']}$，轨道" + ("逃逸了。" if f["escaped"] else "始终没有越过。"))
