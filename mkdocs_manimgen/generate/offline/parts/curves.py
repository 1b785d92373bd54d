"""Several of the author's functions of one variable on one axes, each in its colour with a legend.

``curves_axes`` writes ``axes`` (linear y, or log10 y with ``10^k`` labels when ``log_y``), a function
``c{k}(v)`` per curve, the plotted graphs ``curve{k}`` and the legend ``legend`` (a VGroup of MathTex).
Values are evaluated at design time with the same numpy code the scene carries.
"""

from __future__ import annotations

import math

import numpy as np

from ..latex import fmt
from ..storyboard import SceneWriter, pystr
from ..symbolic import evaluate

COLORS = ("BLUE", "ORANGE", "GREEN", "PINK")


def curves_axes(w: SceneWriter, var: str, codes: list[str], texs: list[str], a: float, b: float, *, log_y: bool = False,
                y_length: float = 4.3) -> None:
    """Axes over [a, b] fitting every curve (``codes``: numpy code in ``var``; ``texs``: their LaTeX)."""
    xs = np.linspace(a, b, 600)
    values = np.array([evaluate(c, var, xs) for c in codes])
    if log_y:
        lo, hi = math.floor(np.log10(values.min())), math.ceil(np.log10(values.max()))
        hi = max(hi, lo + 1)
        ystep = max(1, math.ceil((hi - lo) / 8))
    else:
        lo, hi = min(0.0, float(values.min())), float(values.max()) * 1.05
        ystep = tick_step(hi - lo)
        lo, hi = math.floor(lo / ystep) * ystep, math.ceil(hi / ystep) * ystep
    xstep = tick_step(b - a)
    x0 = math.floor(a / xstep) * xstep  # ticks at multiples of the step; the curves start at a
    w.code(
        f"axes = Axes(x_range=[{fmt(x0)}, {fmt(b)}, {fmt(xstep)}], y_range=[{fmt(lo)}, {fmt(hi)}, {fmt(ystep)}],",
        f"            x_length=10.5, y_length={fmt(y_length)}, tips=False, axis_config={{\"color\": GREY_B}},",
        '            x_axis_config={"include_numbers": True, "font_size": 22},',
        f'            y_axis_config={{"include_numbers": {not log_y}, "font_size": 22}}).to_edge(DOWN, buff=0.45).shift(RIGHT * 0.3)',
        f'axis_names = VGroup(MathTex({pystr(var)}, font_size=30).next_to(axes.x_axis, RIGHT, buff=0.15))',
    )
    if log_y:
        w.code(f"axis_names.add(*[MathTex(f\"10^{{{{{{k}}}}}}\", font_size=22).next_to(axes.c2p({fmt(x0)}, k), LEFT, buff=0.12)",
               f"                  for k in range({lo}, {hi + 1}, {ystep})])")
    for k, code in enumerate(codes):
        shown = f"np.log10(c{k}({var}))" if log_y else f"c{k}({var})"
        w.code(f"def c{k}({var}):",
               "    with np.errstate(all=\"ignore\"):",
               f"        return {code}",
               f"curve{k} = axes.plot(lambda {var}: {shown}, x_range=[{fmt(a)}, {fmt(b)}, {fmt((b - a) / 300, 4)}], "
               f"color={COLORS[k]}, use_smoothing=False)")
    w.code("legend = VGroup(" + ", ".join(f"MathTex({pystr(t)}, font_size=34, color={COLORS[k]})" for k, t in enumerate(texs)) + ")",
           "legend.arrange(DOWN, aligned_edge=LEFT, buff=0.18).next_to(axes.c2p(" + fmt(x0) + ", " + fmt(hi) + "), RIGHT + DOWN, buff=0.25)",
           "legend.add_background_rectangle(opacity=0.8, buff=0.1)")


def tick_step(span: float, most: int = 8) -> float:
    """The smallest 1, 2 or 5 times a power of ten giving at most ``most`` ticks over ``span``."""
    power = 10.0 ** math.floor(math.log10(span / most))
    return next(m * power for m in (1, 2, 5, 10) if span / (m * power) <= most)


def point_on(var_value: float, y: float, log_y: bool) -> str:
    """Scene code of the point (x, y) on ``axes`` (y in log10 when ``log_y``)."""
    return f"axes.c2p({fmt(var_value, 4)}, {fmt(math.log10(y), 4) if log_y else fmt(y, 4)})"
