"""Shared pieces of the family templates: the context, function handling, axes."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..latex import MathInfo, fmt, is_left_side, single_line
from ..symbolic import breakpoints, evaluate, jumps, removable_points
from ..storyboard import SceneWriter, math_mob, pystr, text_mob

__all__ = ["Ctx", "Fn", "resolve_function", "graph_setup", "math_mob", "pystr", "text_mob", "fmt"]


@dataclass
class Ctx:
    """Everything a template needs: the parsed block, the writer, facts for the notes."""

    info: MathInfo
    family: str
    w: SceneWriter
    title: str
    facts: dict = field(default_factory=dict)

    @property
    def zh(self) -> bool:
        return self.w.zh

    def L(self, en: str, zh: str) -> str:
        return self.w.L(en, zh)

    @property
    def formula(self) -> str:
        return self.info.main


@dataclass
class Fn:
    """A real function of one variable: numpy code text + LaTeX + sympy expression."""

    code: str  # numpy expression in ``x``
    tex: str  # LaTeX of the right-hand side
    expr: object = None  # sympy expression (None for built-in defaults)
    from_block: bool = False


def resolve_function(info: MathInfo, default_code: str, default_tex: str, default_expr: str) -> Fn:
    """The block's own f(x) when it wrote one, else the family default."""
    import sympy as sp

    found = info.reading.function
    if found is not None:
        expr, code, tex = found
        return Fn(code, tex, expr, True)
    x = sp.Symbol("x")
    return Fn(default_code, default_tex, sp.sympify(default_expr, locals={"x": x}), False)


def nice_step(span: float) -> float:
    for step in (0.5, 1, 2, 5, 10, 20, 50, 100):
        if span / step <= 10:
            return step
    return 10 ** math.ceil(math.log10(span / 10))


def tick(span: float, count: int = 8) -> float:
    """A 1-2-5 step giving about ``count`` ticks over ``span`` (any size: probabilities too, unlike :func:`nice_step`)."""
    raw = span / count
    base = 10 ** math.floor(math.log10(raw))
    return next(m * base for m in (1, 2, 5, 10) if m * base >= raw)


def sample(code: str, a: float, b: float, n: int = 400):
    xs = np.linspace(a, b, n)
    ys = evaluate(code, "x", xs)
    if ys is None:
        return xs, np.full_like(xs, np.nan)
    return xs, ys


def y_window(code: str, a: float, b: float, extra: list[float] | None = None) -> tuple[float, float]:
    """A y-range that shows the function well (robust to poles), with nice bounds; ``extra`` values
    are always inside it."""
    xs, ys = sample(code, a, b)
    good = ys[np.isfinite(ys)]
    if extra:
        good = np.concatenate([good, np.asarray(extra, dtype=float)])
    if good.size == 0:
        return -1.0, 1.0
    lo, hi = np.percentile(good, [3, 97])
    lo, hi = min(lo, 0.0), max(hi, 0.0)
    if extra:  # values the caller must show (a traced f'), beyond the percentiles that tame poles
        lo, hi = min(lo, min(extra)), max(hi, max(extra))
    if hi - lo < 1e-6:
        lo, hi = lo - 1, hi + 1
    pad = 0.12 * (hi - lo)
    lo, hi = lo - pad, hi + pad
    step = nice_step(hi - lo)
    return math.floor(lo / step) * step, math.ceil(hi / step) * step


def runs(code: str, a: float, b: float, lo: float, hi: float) -> list[tuple[float, float]]:
    """Sub-intervals of [a, b] where f is finite and inside [lo, hi] (poles split the curve)."""
    xs, ys = sample(code, a, b, 600)
    ok = np.isfinite(ys) & (ys >= lo) & (ys <= hi)
    out, start = [], None
    for i, flag in enumerate(ok):
        if flag and start is None:
            start = i
        if (not flag or i == len(ok) - 1) and start is not None:
            end = i if flag else i - 1
            if end - start >= 6:
                out.append((float(xs[start]), float(xs[end])))
            start = None
    out.sort(key=lambda r: -(r[1] - r[0]))
    return sorted(out[:3])


def x_window(fn: Fn, default: tuple[float, float] = (-4, 4)) -> tuple[float, float]:
    """Pick a plotting range: trig functions get about two periods, others [-4, 4]."""
    code = fn.code
    if any(t in code for t in ("np.sin", "np.cos", "np.tan")):
        a, b = -7.0, 7.0
    elif "np.log" in code or "np.sqrt" in code:
        xs, ys = sample(code, -6, 6)
        finite = xs[np.isfinite(ys)]
        if finite.size and finite.min() >= -1e-9:
            a, b = 0.0, 6.0
        else:
            a, b = default
    else:
        a, b = default
    return float(a), float(b)


def graph_setup(ctx: Ctx, fn: Fn, a: float, b: float, lo: float, hi: float, *,
                y_length: float = 4.6, name: str = "graph", color: str = "BLUE",
                extra_lines: bool = True, x_length: float = 10.5, labels: tuple[str, str] = ("x", "y")) -> None:
    """Emit ``axes``, ``f`` and the graph of f (one piece per continuous run); ``labels`` name the
    axes in the author's letters (``t``, ``s``)."""
    w = ctx.w
    xs = nice_step(b - a)
    ys = nice_step(hi - lo)
    gaps = removable_points(fn.expr, a, b)
    near = 1e-4 * (b - a)  # within this of a removable point the float formula cancels to noise: its limit is drawn
    w.code(
        "# Axes sized to the function's interesting region",
        "axes = Axes(",
        f"    x_range=[{fmt(a)}, {fmt(b)}, {fmt(xs)}],",
        f"    y_range=[{fmt(lo)}, {fmt(hi)}, {fmt(ys)}],",
        f"    x_length={fmt(x_length)}, y_length={fmt(y_length)}, tips=False,",
        '    axis_config={"include_numbers": True, "font_size": 24, "color": GREY_B},',
        ").to_edge(DOWN, buff=0.35)",
        f'axis_labels = axes.get_axis_labels(MathTex("{labels[0]}", font_size=30), MathTex("{labels[1]}", font_size=30))',
        "",
        "def _f(x):",
        f"    return {fn.code}",
        "",
        "def f(x):",
        "    # the function, except at a removable gap (such as sin(x)/x at 0): there, the value just beside it",
        "    with np.errstate(all=\"ignore\"):",
        "        y = _f(x)",
        *([f"        for c, limit in {[(round(c, 9), round(v, 9)) for c, v in gaps]}:  # removable points: the limit, not cancellation noise",
           f"            y = np.where(np.abs(np.asarray(x) - c) < {near:.3g}, limit, y)",
           "        y = y if np.ndim(y) else float(y)"] if gaps else []),
        "        if np.all(np.isfinite(y)):",
        "            return y",
        "        y = np.where(np.isfinite(y), y, _f(x + 1e-6))",
        "    return y if np.ndim(y) else float(y)",
        "",
    )
    pieces = runs(fn.code, a, b, lo, hi) or [(a, b)]
    # a function defined by cases (or with a jump through |.|) is drawn piece by piece: a jump must not become a vertical line
    gap = 0.004 * (b - a)
    for cut in (c for c in sorted(set(breakpoints(fn.expr)) | set(jumps(fn.expr, a, b))) if a < c < b):
        pieces = [part for lo_x, hi_x in pieces for part in
                  ([(lo_x, cut - gap), (cut + gap, hi_x)] if lo_x < cut < hi_x else [(lo_x, hi_x)])]
    plots = []
    for lo_x, hi_x in pieces:
        step = (hi_x - lo_x) / 160
        plots.append(f"axes.plot(f, x_range=[{fmt(lo_x, 3)}, {fmt(hi_x, 3)}, {fmt(step, 4)}], color={color})")
    if len(plots) == 1:
        w.code(f"{name} = {plots[0]}")
    else:
        w.code(f"{name} = VGroup(", *[f"    {p}," for p in plots], ")")
    ctx.facts["x_range"] = (a, b)
    ctx.facts["pieces"] = pieces


def formula_corner(ctx: Ctx, tex: str, name: str = "formula", size: int = 38, where: str = "title") -> None:
    """A formula under the title (or at a corner), with a dark backing so it reads over plots."""
    w = ctx.w
    w.code(f"{name} = {math_mob(single_line(tex), size)}")
    if where == "title":
        w.code(f"{name}.next_to(title, DOWN, buff=0.25)")
    else:
        w.code(f"{name}.to_corner({where}, buff=0.4)")
    w.fit(name, 12, 1.05 if "\\begin{cases}" in tex else 1.4)  # a table of cases is tall: keep it off the axes
    w.code(f"{name}.add_background_rectangle(opacity=0.85, buff=0.1)")


def open_with_formula(ctx: Ctx, tex: str) -> None:
    """The usual opening: the title, then the block's formula fading in beneath it."""
    ctx.w.title(ctx.title)
    formula_corner(ctx, tex)
    ctx.w.play("Write(title)", 1)
    ctx.w.play("FadeIn(formula, shift=DOWN * 0.2)", 1)


def show_approximation(ctx: Ctx, i: int, curve: str, label: str, *, morph: float, pause: float) -> None:
    """Step ``i`` of approximations closing in on a function (partial sums, Taylor polynomials):
    the first is drawn as ``approx`` beside its ``label`` (scene-code expressions), each later one
    morphs out of the one before in ``morph`` seconds; then a ``pause`` (seconds) to look."""
    w = ctx.w
    if i == 0:
        w.code(f"approx, label = {curve}, {label}")
        w.play("Create(approx), Write(label)", 1.5)
    else:
        w.play(f"Transform(approx, {curve}), Transform(label, {label})", morph)
    w.wait(pause)


def in_range(fn: Fn, x: float) -> float | None:
    ys = evaluate(fn.code, "x", np.array([x]))
    if ys is None or not np.isfinite(ys[0]):
        return None
    return float(ys[0])


_GIVEN = r"(?<![A-Za-z\\^_{])(?P<name>{names})\s*=\s*(?P<value>\d+(?:\.\d+)?)(?P<rest>.*)"
# What may follow a given value: nothing, a separator, degrees or a unit.
_AFTER_VALUE = ("", ",", ";", "^\\circ", "^{\\circ}", "°", "\\,", "\\;", "\\text", "\\mathrm", "\\quad",
                "\\qquad", "~", ")", "\\)", "\\\\")


def given_values(info: MathInfo, names: tuple[str, ...]) -> dict[str, float]:
    """Numbers the author assigns in their math, e.g. ``a = 5, b = 7, C = 60^\\circ`` -> {a: 5, b: 7, C: 60}.
    Only a bare number counts (``a = 3 + 4`` and ``c = \\sqrt{a^2+b^2}`` are not values)."""
    import re

    pattern = re.compile(_GIVEN.replace("{names}", "|".join(re.escape(n) for n in names)))
    found: dict[str, float] = {}
    for tex in info.blocks:
        for piece in re.split(r",|;|\\quad|\\qquad|\\text\{\s*and\s*\}", tex):
            match = next((m for m in pattern.finditer(piece) if is_left_side(piece, m.start())), None)
            rest = match["rest"].strip() if match else None
            if match and (not rest or any(rest.startswith(p) for p in _AFTER_VALUE if p)):
                found.setdefault(match["name"], float(match["value"]))
    return found
