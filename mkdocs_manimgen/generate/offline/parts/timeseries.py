"""Parts for quantities plotted against time: axes from t = 0, several responses with a legend, a
threshold line, a marked instant, and a tracer with live readouts of t and the value."""

from __future__ import annotations

from ..latex import fmt
from ..storyboard import SceneWriter, math_mob
from ..templates._plots import axes_code, nice_range
from ..templates.common import nice_step


def time_axes(w: SceneWriter, horizon: float, values, *, t_tex: str = "t", y_tex: str = "y",
              x_length: float = 10.2, y_length: float = 4.3, levels=()) -> tuple[float, float]:
    """``axes`` over [0, horizon] × a round range holding ``values`` (and 0, and ``levels``), with labels
    ``labels``; returns the y range."""
    lo, hi, step = nice_range(list(values) + list(levels), 0.08, include_zero=True)
    if min(list(values) + list(levels)) >= 0:
        lo = 0.0  # a quantity that is never negative (an amount, a height) needs no negative axis
    w.code(axes_code((0, horizon, nice_step(horizon)), (lo, hi, step), x_length=x_length, y_length=y_length)
           + ".to_edge(DOWN, buff=0.4)",
           f'labels = axes.get_axis_labels(MathTex(r"{t_tex}", font_size=30), MathTex(r"{y_tex}", font_size=30))')
    return lo, hi


def response(w: SceneWriter, name: str, code: str, horizon: float, color: str, *, var: str = "t") -> None:
    """``{name}_f(t)`` (numpy code in ``var``) and its graph ``{name}`` on ``axes`` over [0, horizon]."""
    w.code(f"def {name}_f({var}):",
           f"    return {code}",
           f"{name} = axes.plot({name}_f, x_range=[0, {fmt(horizon, 4)}, {fmt(horizon / 200, 5)}], color={color}, stroke_width=4)")


def legend(w: SceneWriter, entries: list[tuple[str, str]], *, name: str = "legend") -> None:
    """``{name}``: a line of colour swatch + LaTeX label per response, at the axes' upper right."""
    items = [f"VGroup(Line(ORIGIN, RIGHT * 0.5, color={color}, stroke_width=5), {math_mob(tex, 30, color)}).arrange(RIGHT, buff=0.15)"
             for tex, color in entries]
    w.code(f"{name} = VGroup({', '.join(items)}).arrange(DOWN, aligned_edge=LEFT, buff=0.15)",
           f"{name}.next_to(axes.get_corner(UR), DL, buff=0.15).add_background_rectangle(opacity=0.8, buff=0.1)")


def threshold(w: SceneWriter, level: float, tex: str, horizon: float, *, name: str = "threshold", color: str = "RED") -> None:
    """``{name}``: a dashed horizontal line at ``level`` across the axes, labelled ``tex`` at its right end."""
    w.code(f"{name} = VGroup(DashedLine(axes.c2p(0, {fmt(level, 6)}), axes.c2p({fmt(horizon, 4)}, {fmt(level, 6)}), color={color}),",
           f"               {math_mob(tex, 28, color)})",
           f"{name}[1].next_to({name}[0], UP, buff=0.08).align_to({name}[0], RIGHT)")


def instant(w: SceneWriter, t: float, value: float, tex: str, *, name: str = "moment", color: str = "YELLOW") -> None:
    """``{name}``: the point (t, value) on the axes with a dashed drop to the time axis and a label ``tex`` below it."""
    w.code(f"{name} = VGroup(DashedLine(axes.c2p({fmt(t, 6)}, 0), axes.c2p({fmt(t, 6)}, {fmt(value, 6)}), color={color}),",
           f"               Dot(axes.c2p({fmt(t, 6)}, {fmt(value, 6)}), color={color}, radius=0.08),",
           f"               {math_mob(tex, 30, color)})",
           f"{name}[2].next_to({name}[1], UR, buff=0.1).shift(UP * 0.35)",
           f"if {name}[2].get_right()[0] > 6.9:  # near the right edge: the label goes to the dot's left",
           f"    {name}[2].next_to({name}[1], UL, buff=0.1).shift(UP * 0.35)",
           f"{name}[2].add_background_rectangle(opacity=0.85, buff=0.06)")


def tracer(w: SceneWriter, fn: str, t_tex: str, y_tex: str, digits: int, *, name: str = "clock",
           corner: str = "UR") -> None:
    """A time tracker ``{name}`` from 0, a dot riding ``fn`` on ``axes``, and readouts ``t = …`` and ``y = …``
    (``digits`` decimals) in ``readings`` at the axes' ``corner`` (``UR`` or ``UL``: where the graph is not)."""
    w.code(f"{name} = ValueTracker(0)",
           f"rider = always_redraw(lambda: Dot(axes.c2p({name}.get_value(), {fn}({name}.get_value())), color=YELLOW, radius=0.09))",
           f"t_read = VGroup({math_mob(t_tex + ' =', 34)}, DecimalNumber(0, num_decimal_places=2, font_size=34)).arrange(RIGHT, buff=0.15)",
           f"y_read = VGroup({math_mob(y_tex + ' =', 34)}, DecimalNumber({fn}(0), num_decimal_places={digits}, font_size=34)).arrange(RIGHT, buff=0.15)",
           f"t_read[1].add_updater(lambda m: m.set_value({name}.get_value()))",
           f"y_read[1].add_updater(lambda m: m.set_value({fn}({name}.get_value())))",
           "readings = VGroup(t_read, y_read).arrange(DOWN, aligned_edge=LEFT, buff=0.15)",
           f"readings.next_to(axes.get_corner({corner}), {'DL' if corner == 'UR' else 'DR'}, buff=0.2)"
           + (".shift(RIGHT * 1.1)" if corner == "UL" else ""),  # clear of the y axis' numbers and label
           "readings.add_background_rectangle(opacity=0.85, buff=0.1)")
