"""Buffon's needle for the monte_carlo family: needles of length L dropped on a floor ruled every d (L <= d).

The reading (:func:`read`) takes the author's L and d (their symbols too, ``2l`` and ``2a`` as written), or a
declared example L = 1, d = 2; it refuses a long needle (L > d). Every probability the block states
(``P = \\frac{2L}{\\pi d} = \\frac{1}{\\pi}``, "概率为 $0.5$") is evaluated with those values and compared with
2L/(pi d): the scene says on screen which statements are true and which are false.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from ..latex import fmt, single_line, split_top
from ..symbolic import number, parse, strip_units

# The block describes Buffon's experiment: named, or a needle dropped/tossed onto ruled lines.
BUFFON = re.compile(r"buffon|布丰|蒲丰|投针|"
                    r"needles?\b(?=[^.。]{0,120}?(?:lines|ruled|floor|boards?|planks?|strips?))"
                    r"(?=[^.。]{0,120}?(?:drop|toss|thr[eo]w|fall|land))", re.I)
# The long needle (L > d), a grid of lines (Buffon-Laplace) and a bent needle (Buffon's noodle) have other
# probabilities; the block is not drawn.
LONG = re.compile(r"laplace|拉普拉斯|\bgrids?\b|网格|方格|rectangular\s+(?:tiles|grid)|squares\b|noodle|curved\s+needle|"
                  r"long(?:er)?\s+needle|(?<!no\s)longer\s+than|长针|针长大于|大于[^。，,]{0,6}间距|"
                  r"(?<![A-Za-z\\])(?:L|l|\\ell)\s*>\s*(?:d|a|t|D)(?![A-Za-z])|"
                  r"(?<![A-Za-z\\])(?:d|a|t|D)\s*<\s*(?:L|l|\\ell)(?![A-Za-z])", re.I)
BATCHES = (20, 80, 300)  # needles dropped in each step
MANY = 20000  # needles counted (not drawn) after the drawn ones: the estimate's convergence
EXAMPLE = (1.0, 2.0)  # L, d when the block gives neither

_SYM = r"(?:[A-Za-z]|\\ell)"
_NOT_SIZES = {"x", "y", "n", "N", "H", "m", "k", "P", "p", "X", "Y", "A", "B"}
_MATH = r"\$\s*([^$]+?)\s*\$"
_UNIT = r"(?:\s*(?:units?|cm|mm|m|inch(?:es)?|in|厘米|毫米|米))?"
_LENGTH = (re.compile(r"(?:length|long|针长|长度|长)\s*(?:of\s+|is\s+|equal\s+to\s+|为|是|=)?\s*" + _MATH, re.I),
           re.compile(_MATH + _UNIT + r"\s*(?:-\s*)?(?:long\b|长(?!方))", re.I))
_SPACING = (re.compile(r"(?:spacing|spaced|distance|width|separat\w*|间距|距离|相距|宽度?|间隔)"
                       r"(?:\s+(?:between|of)\s+(?:the\s+|adjacent\s+|neighbouring\s+|neighboring\s+|consecutive\s+)?(?:parallel\s+)?lines)?"
                       r"\s*(?:of\s+|is\s+|equal\s+to\s+|为|是|均为|都是|=)?\s*" + _MATH, re.I),
            re.compile(_MATH + _UNIT + r"\s*(?:apart|wide)", re.I))
_PNAME = re.compile(r"^(?:P|p|\\Pr|\\mathbb\s*\{?P\}?|\\mathrm\s*\{P\}|\\operatorname\s*\{P\})\s*(?:\(.*\)|\\\{.*\\\}|\\left\(.*\\right\)|_\{?\w+\}?)?$")
_PROSE_CLAIM = re.compile(r"(?:(?:probability|概率)[^$.。;；]{0,60}?(?:\bis\b|=|\bequals?\b|为|是|等于|约为|约)|"
                          r"\bwith\s+(?:a\s+)?probability(?:\s+of)?)\s*" + _MATH, re.I)


@dataclass
class Size:
    sym: str | None = None  # the author's letter, e.g. "l" in "2l"
    coef: float = 1.0
    value: float | None = None


@dataclass
class Claim:
    tex: str  # the stated value as written
    value: float
    true: bool


@dataclass
class Needle:
    kind: str = "buffon"
    L: float = 1.0
    d: float = 2.0
    example: bool = False  # L and d are the scene's own ("for instance")
    length: Size = field(default_factory=Size)
    spacing: Size = field(default_factory=Size)
    claims: list[Claim] = field(default_factory=list)

    @property
    def p(self) -> float:
        return 2 * self.L / (math.pi * self.d)


def about(info) -> bool:
    return bool(BUFFON.search(info.concept))


def _size(tex: str) -> Size | None:
    tex = strip_units(tex.strip().rstrip(",.;"))
    left, _, right = tex.partition("=")
    if right:
        val = number(right)
        sym = re.fullmatch(r"\s*(\d*(?:\.\d+)?)\s*(" + _SYM + r")\s*", left)
        if val is None:
            return None
        return Size(sym[2] if sym else None, float(sym[1]) if sym and sym[1] else 1.0, val)
    val = number(tex)
    if val is not None:
        return Size(None, 1.0, val)
    sym = re.fullmatch(r"\s*(\d*(?:\.\d+)?)\s*(" + _SYM + r")\s*", tex)
    if sym and sym[2] not in _NOT_SIZES:
        return Size(sym[2], float(sym[1]) if sym[1] else 1.0, None)
    return None


def _find(patterns, text: str) -> Size | None:
    hits = sorted((m.start(), m[1]) for p in patterns for m in p.finditer(text))
    for _, tex in hits:
        size = _size(tex)
        if size is not None:
            return size
    return None


def _assigned(info, sym: str) -> float | None:
    pat = re.compile(r"(?<![A-Za-z\\^_{])" + re.escape(sym) + r"\s*=\s*(\d+(?:\.\d+)?)(?![\d.])")
    for tex in info.blocks:
        m = pat.search(tex)
        if m:
            return float(m[1])
    return None


def _named(info, letters: tuple[str, ...]) -> Size:
    """A size the author gives only as a letter's value (``L = 3``, ``d = 4``), else an unknown size."""
    for sym in letters:
        v = _assigned(info, sym)
        if v is not None:
            return Size(sym, 1.0, v)
    return Size()


def read(info) -> Needle | None:
    """The block's needle and floor, or None (not Buffon's experiment, a long needle, sizes we cannot read)."""
    if not about(info) or LONG.search(info.concept):
        return None
    text = info.concept
    length = _find(_LENGTH, text) or _named(info, ("L", "l", "\\ell"))
    spacing = _find(_SPACING, text) or _named(info, ("d", "D", "a", "t"))
    for size in (length, spacing):
        if size.value is None and size.sym:
            v = _assigned(info, size.sym)
            if v is not None:
                size.value = size.coef * v
        elif size.value is not None and size.sym and size.coef != 1:
            size.value = size.value  # "2a = 4": the spacing is 4
    if length.sym and length.sym == spacing.sym:
        return None
    L, d = length.value, spacing.value
    example = L is None or d is None
    if L is None and d is None:
        L, d = EXAMPLE
    elif L is None:
        L = d / 2
    elif d is None:
        d = 2 * L
    if not (0 < L <= d) or d / L > 40:
        return None
    needle = Needle(L=L, d=d, example=example, length=length, spacing=spacing)
    needle.claims = _claims(info, needle)
    return needle


def _name(size: Size, default: str) -> str:
    """The author's name of a size, ``2a`` as written, or ``default``."""
    if not size.sym:
        return default
    return (fmt(size.coef) if size.coef != 1 else "") + ("\\ell" if size.sym in ("ell", "\\ell") else size.sym)


def _values(needle: Needle) -> dict[str, float]:
    """The author's letters with their values; a size given as a bare number answers to the usual letters
    (``L``, ``l``, ``\\ell`` for the needle, ``d`` for the spacing) when no letter of the block names it."""
    vals = {}
    for size, v in ((needle.length, needle.L), (needle.spacing, needle.d)):
        if size.sym:
            vals[size.sym.lstrip("\\")] = v / size.coef
    if not needle.example:
        for size, v, usual in ((needle.length, needle.L, ("L", "l", "ell")), (needle.spacing, needle.d, ("d",))):
            if not size.sym:
                vals.update({u: v for u in usual if u not in vals})
    return vals


def _evaluate(tex: str, needle: Needle) -> float | None:
    """The value of a stated side with the author's L and d put in (their letters, as they wrote them)."""
    tex = tex.strip()
    percent = tex.endswith("\\%") or tex.endswith("%")
    tex = tex.rstrip("%").rstrip("\\").strip()
    for sym, v in _values(needle).items():
        tex = re.sub(r"(?<![A-Za-z\\])" + ("\\\\" if sym == "ell" else "") + re.escape(sym) + r"(?![A-Za-z])", f"({v!r})", tex)
    tex = re.sub(r"\\pi(?![A-Za-z])", f"({math.pi!r})", tex)
    val = number(tex)
    if val is None:
        return None
    return val / 100 if percent else val


def _tolerance(tex: str) -> float:
    m = re.fullmatch(r"\s*\d*\.(\d+)\s*(?:\\?%)?\s*", tex)
    if m:
        scale = 100 if "%" in tex else 1
        return 0.51 * 10 ** -len(m[1]) / scale + 1e-9
    return 1e-6


def _claims(info, needle: Needle) -> list[Claim]:
    sides: list[str] = []
    for block in info.blocks:
        flat = single_line(block).replace("\\approx", "=").replace("≈", "=")
        if re.search(r"<|>|\\le|\\ge|\\ne", flat):
            continue
        chain = [s.strip() for s in split_top(flat, "=")]
        if len(chain) > 1 and _PNAME.match(chain[0]):
            sides += chain[1:]
    for m in _PROSE_CLAIM.finditer(info.concept):
        chain = [s.strip() for s in split_top(single_line(m[1]).replace("\\approx", "="), "=")]
        sides += [s for s in chain if not _PNAME.match(s) and s not in sides]
    out = []
    for tex in sides:
        val = _evaluate(tex, needle)
        if val is None or not math.isfinite(val):
            continue
        out.append(Claim(tex, val, abs(val - needle.p) <= max(_tolerance(tex), 1e-6 * needle.p)))
    return out


def drop(needle: Needle, rng_seed: int, strips: int, n: int = sum(BATCHES)):
    """The needles: centre (u, v) in floor units (v across ``strips`` strips), angle theta in [0, pi);
    a needle crosses when its centre's distance x to the nearest line is at most (L/2) sin theta."""
    rng = np.random.default_rng(rng_seed)
    u = rng.random(n)
    v = rng.random(n) * strips * needle.d
    theta = rng.random(n) * math.pi
    x = np.minimum(v % needle.d, needle.d - v % needle.d)
    cross = x <= needle.L / 2 * np.sin(theta)
    return u, v, theta, x, cross


def build(ctx, needle: Needle, seed_value: int) -> None:
    w = ctx.w
    w.example = needle.example
    strips = 4
    u, v, theta, x, cross = drop(needle, seed_value, strips)
    ends = np.cumsum(BATCHES)
    hits = np.cumsum(cross)
    N = np.arange(1, len(cross) + 1)
    running = np.where(hits > 0, 2 * needle.L * N / (needle.d * np.maximum(hits, 1)), np.nan)
    est = [running[e - 1] for e in ends]
    Ls, ds = fmt(needle.L, 4), fmt(needle.d, 4)
    p = needle.p
    false = [c for c in needle.claims if not c.true]
    ctx.facts.update(kind="buffon", L=needle.L, d=needle.d, p=p, N=int(ends[-1]), crossings=int(hits[-1]),
                     estimate=float(est[-1]), example=needle.example,
                     claims=[(c.tex, c.value, c.true) for c in needle.claims])

    chosen = ctx.L(" (values we chose)", "（我们选取的值）") if needle.example else ""
    named = {"L": _name(needle.length, "L"), "d": _name(needle.spacing, "d")}
    Ln, dn = (f"L = {named['L']} = " if named["L"] != "L" else "L = "), (f"d = {named['d']} = " if named["d"] != "d" else "d = ")
    intro = ctx.L(f"A needle of length ${Ln}{Ls}$ falls on a floor ruled with parallel lines ${dn}{ds}$ apart{chosen}. "
                  f"Its centre lies at a distance $x$, uniform in $[0, d/2]$, from the nearest line, at an angle $\\theta$ uniform in $[0, \\pi]$; "
                  f"it crosses a line when $x \\le \\frac{{L}}{{2}}\\sin\\theta$, with probability $\\frac{{2L}}{{\\pi d}} = {fmt(p, 4)}$.",
                  f"长 ${Ln}{Ls}$ 的针落在间距 ${dn}{ds}$ 的平行线地板上{chosen}。针的中点到最近直线的距离 $x$ 在 $[0, d/2]$ 上均匀分布，"
                  f"夹角 $\\theta$ 在 $[0, \\pi]$ 上均匀分布；当 $x \\le \\frac{{L}}{{2}}\\sin\\theta$ 时针与直线相交，概率为 $\\frac{{2L}}{{\\pi d}} = {fmt(p, 4)}$。")
    w.beat(ctx.title, intro)
    w.title(ctx.title)
    shown = rf"P = \frac{{2L}}{{\pi d}} = \frac{{2\cdot {Ls}}}{{\pi\cdot {ds}}} \approx {fmt(p, 4)}"
    from .common import formula_corner, text_mob

    formula_corner(ctx, shown)
    scale = 4.8 / (strips * needle.d)  # screen units per floor unit
    left, right, bottom = -6.6, -0.6, -3.2
    margin = needle.L * scale / 2
    width = right - left - 2 * margin
    xy = []
    for k in range(len(cross)):
        cx, cy = left + margin + u[k] * width, bottom + v[k] * scale
        dx, dy = margin * math.cos(theta[k]), margin * math.sin(theta[k])
        xy.append(f"({fmt(cx - dx, 3)}, {fmt(cy - dy, 3)}, {fmt(cx + dx, 3)}, {fmt(cy + dy, 3)})")
    w.code(
        f"floor = VGroup(*[Line(RIGHT * {left} + UP * ({bottom} + k * {fmt(needle.d * scale, 4)}), "
        f"RIGHT * {right} + UP * ({bottom} + k * {fmt(needle.d * scale, 4)}), color=GREY_B, stroke_width=3) for k in range({strips + 1})])",
        f"gap = DoubleArrow(RIGHT * {right + 0.25} + UP * {bottom}, RIGHT * {right + 0.25} + UP * ({bottom} + {fmt(needle.d * scale, 4)}), "
        "buff=0, stroke_width=3, tip_length=0.15, color=GREY_A)",
        f"gap_label = MathTex(r\"d\", font_size=30, color=GREY_A).next_to(gap, RIGHT, buff=0.08)",
        f"ends = [{', '.join(xy)}]  # needle end points, seed {seed_value}",
        f"cross = '{''.join('1' if c else '0' for c in cross)}'",
        "needles = [Line(RIGHT * a + UP * b, RIGHT * c + UP * e, stroke_width=2.5, color=ORANGE if h == '1' else BLUE_C)",
        "           for (a, b, c, e), h in zip(ends, cross)]",
        f"counts = VGroup(*[MathTex(f\"H / N = {{h}} / {{n}}\", font_size=36) for h, n in [{', '.join(f'({int(hits[e - 1])}, {int(e)})' for e in ends)}]])",
        f"values = VGroup(*[MathTex(r\"\\pi \\approx \\frac{{2LN}}{{dH}} = \" + s, font_size=36, color=YELLOW) "
        f"for s in [{', '.join(repr(fmt(e, 4) if math.isfinite(e) else '?') for e in est)}]])",
        "counts.move_to(RIGHT * 3.4 + UP * 1.75)",
        "values.move_to(RIGHT * 3.4 + UP * 0.9)",
        f"axes = Axes(x_range=[0, {int(ends[-1])}, 100], y_range=[2, 4.5, 0.5], x_length=5.2, y_length=2.3, "
        "tips=False, axis_config={'font_size': 20}).move_to(RIGHT * 3.9 + DOWN * 1.1)",
        "axes.add_coordinates()",
        f"pi_line = DashedLine(axes.c2p(0, PI), axes.c2p({int(ends[-1])}, PI), color=GREEN)",
        "pi_label = MathTex(r\"\\pi\", font_size=30, color=GREEN).next_to(pi_line, RIGHT, buff=0.1)",
        f"run = [{', '.join(f'({int(n)}, {fmt(min(4.5, max(2.0, r)), 3)})' for n, r in zip(N, running) if math.isfinite(r))}]",
    )
    w.code("def trace(a, b):",
           "    pts = [axes.c2p(n, r) for n, r in run if a <= n <= b]",
           "    return VMobject(color=YELLOW, stroke_width=3).set_points_as_corners(pts) if len(pts) > 1 else VMobject()")
    w.play("Write(title), FadeIn(formula), Create(floor), GrowFromCenter(gap), FadeIn(gap_label)", 1.6)
    w.code("traces = VGroup(" + ", ".join(f"trace({a}, {b})" for a, b in zip([1, *ends[:-1]], ends)) + ")")
    w.play("Create(axes), Create(pi_line), FadeIn(pi_label)", 1.0)
    start = 0
    for k, e in enumerate(ends):
        h = int(hits[e - 1])
        if k == 0:
            w.beat(ctx.L("Drop needles", "投针"),
                   ctx.L(f"Orange needles cross a line, blue ones do not. After {e} needles: {h} crossings, so $\\pi \\approx \\frac{{2LN}}{{dH}} = {fmt(est[0], 4) if math.isfinite(est[0]) else '?'}$.",
                         f"橙色的针与直线相交，蓝色的不相交。投 {e} 根后：相交 {h} 根，$\\pi \\approx \\frac{{2LN}}{{dH}} = {fmt(est[0], 4) if math.isfinite(est[0]) else '?'}$。"))
            w.play(f"LaggedStart(*[Create(n) for n in needles[:{e}]], lag_ratio=0.1), FadeIn(counts[0]), FadeIn(values[0]), Create(traces[0])", 2.0)
        else:
            if k == len(ends) - 1:
                w.beat(ctx.L("More needles, better estimate", "投得越多越准"),
                       ctx.L(f"After {e} needles: {h} crossings, $H/N = {fmt(h / e, 3)}$ against $\\frac{{2L}}{{\\pi d}} = {fmt(p, 3)}$, "
                             f"and $\\pi \\approx {fmt(est[-1], 4)}$.",
                             f"投 {e} 根后：相交 {h} 根，$H/N = {fmt(h / e, 3)}$，理论值 $\\frac{{2L}}{{\\pi d}} = {fmt(p, 3)}$，$\\pi \\approx {fmt(est[-1], 4)}$。"))
            w.play(f"LaggedStart(*[Create(n) for n in needles[{start}:{e}]], lag_ratio=0.02), Transform(counts[0], counts[{k}]), "
                   f"Transform(values[0], values[{k}]), Create(traces[{k}])", 2.2)
        start = e
    w.play("Indicate(values[0])", 1)
    # the (theta, x) plane: each needle is a point; it crosses when the point lies under x = (L/2) sin theta
    half = needle.d / 2
    w.beat(ctx.L("Why 2L/(πd)", "为什么是 2L/(πd)"),
           ctx.L(f"Each needle is a point $(\\theta, x)$ of the rectangle $[0, \\pi] \\times [0, {fmt(half, 4)}]$; it crosses exactly when "
                 f"$x \\le \\frac{{L}}{{2}}\\sin\\theta$. The region under that curve has area $L = {Ls}$, the rectangle $\\pi d/2$: "
                 f"their ratio is $\\frac{{2L}}{{\\pi d}}$.",
                 f"每根针对应矩形 $[0, \\pi] \\times [0, {fmt(half, 4)}]$ 中的一点 $(\\theta, x)$；当且仅当 $x \\le \\frac{{L}}{{2}}\\sin\\theta$ 时相交。"
                 f"曲线下方的面积为 $L = {Ls}$，矩形面积为 $\\pi d/2$，两者之比就是 $\\frac{{2L}}{{\\pi d}}$。"))
    w.code(
        f"plane = Axes(x_range=[0, PI, PI / 2], y_range=[0, {fmt(half, 4)}, {fmt(half / 2, 4)}], x_length=5.2, y_length=2.3, tips=False)"
        ".move_to(RIGHT * 3.9 + DOWN * 1.1)",
        "plane_labels = VGroup(MathTex(r\"\\theta\", font_size=28).next_to(plane.x_axis, RIGHT, buff=0.1),"
        " MathTex(r\"x\", font_size=28).next_to(plane.y_axis, UP, buff=0.1),"
        " MathTex(r\"\\pi\", font_size=24).next_to(plane.c2p(PI, 0), DOWN, buff=0.12),"
        f" MathTex(r\"\\tfrac{{d}}{{2}}\", font_size=24).next_to(plane.c2p(0, {fmt(half, 4)}), LEFT, buff=0.12))",
        f"rim = plane.plot(lambda t: {fmt(needle.L / 2, 4)} * np.sin(t), x_range=[0, PI], color=ORANGE, stroke_width=4)",
        "under = plane.get_area(rim, x_range=[0, PI], color=ORANGE, opacity=0.25)",
        f"box = Rectangle(width=5.2, height=2.3, color=GREY_B, stroke_width=2).move_to(plane.c2p(PI / 2, {fmt(half / 2, 4)}))",
        f"tx = [{', '.join(f'({fmt(t, 3)}, {fmt(xx, 3)})' for t, xx in zip(theta, x))}]",
        "marks = VGroup(*[Dot(plane.c2p(t, xx), radius=0.022, color=ORANGE if h == '1' else BLUE_C) for (t, xx), h in zip(tx, cross)])",
        "rim_label = MathTex(r\"x = \\tfrac{L}{2}\\sin\\theta\", font_size=26, color=ORANGE).next_to(box, UP, buff=0.08).align_to(box, RIGHT)",
    )
    w.play("FadeOut(axes), FadeOut(pi_line), FadeOut(pi_label), FadeOut(traces)", 0.8)
    w.play("Create(plane), FadeIn(plane_labels), Create(box), Create(rim), FadeIn(under), FadeIn(rim_label)", 1.4)
    w.play("LaggedStart(*[FadeIn(m) for m in marks], lag_ratio=0.005)", 2.0)
    # the probability, and every value the block states, judged
    many, many_hits = MANY, int(drop(needle, seed_value + 1, strips, MANY)[-1].sum())
    many_pi = 2 * needle.L * many / (needle.d * many_hits) if many_hits else math.nan
    ctx.facts.update(many=many, many_crossings=many_hits)
    lines = [(f"P = 2L/(πd) = {fmt(p, 4)},  H/N = {fmt(hits[-1] / ends[-1], 4)}", "GREY_A"),
             (ctx.L(f"{many} more (not drawn): π ≈ {fmt(many_pi, 4)}",
                    f"再投 {many} 根（未画出）：π ≈ {fmt(many_pi, 4)}"), "GREY_A")]
    judged: list[float] = []
    for c in needle.claims:
        if len(judged) == 2 or any(abs(c.value - v) < 1e-4 for v in judged):
            continue
        judged.append(c.value)
        verdict = ctx.L("true" if c.true else "FALSE", "正确" if c.true else "错误")
        lines.append((ctx.L(f"stated P = {fmt(c.value, 4)}: {verdict}", f"题中 P = {fmt(c.value, 4)}：{verdict}"),
                      "GREEN" if c.true else "RED"))
    w.code(*(f"verdict{i} = {text_mob(s, 22, colour)}" for i, (s, colour) in enumerate(lines)),
           f"verdict = VGroup({', '.join(f'verdict{i}' for i in range(len(lines)))}).arrange(DOWN, aligned_edge=LEFT, buff=0.12)",
           "verdict.next_to(plane, DOWN, buff=0.35)",
           "if verdict.width > 5.8:",
           "    verdict.scale_to_fit_width(5.8)",
           "if verdict.get_bottom()[1] < -3.9:",
           "    verdict.shift(UP * (-3.9 - verdict.get_bottom()[1]))")
    said = "; ".join(ctx.L(f"the stated ${c.tex}$ is {'true' if c.true else 'false'} ({fmt(c.value, 4)})",
                           f"题中的 ${c.tex}$ {'正确' if c.true else '错误'}（{fmt(c.value, 4)}）") for c in needle.claims)
    w.beat(ctx.L("The probability", "相交的概率"),
           ctx.L(f"The share of crossings approaches $\\frac{{2L}}{{\\pi d}} = {fmt(p, 4)}$: {many} more needles give "
                 f"$H/N = {fmt(many_hits / many, 4)}$ and $\\pi \\approx {fmt(many_pi, 4)}$" + (f"; {said}." if said else "."),
                 f"相交的比例趋于 $\\frac{{2L}}{{\\pi d}} = {fmt(p, 4)}$：再投 {many} 根得 $H/N = {fmt(many_hits / many, 4)}$，"
                 f"$\\pi \\approx {fmt(many_pi, 4)}$" + (f"；{said}。" if said else "。")))
    w.play("FadeIn(verdict, shift=UP * 0.2)", 1.2)
    if false:
        w.play("Indicate(verdict[2:], color=RED)", 1)
    w.wait(1.5)
