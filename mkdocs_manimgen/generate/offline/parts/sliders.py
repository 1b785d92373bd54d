"""Parts for a family of graphs with parameters: ValueTrackers with readouts and an always-redrawn graph.

The scene carries the family as numpy code in ``x`` and ``p0, p1, …`` (one ValueTracker each); the
graph is redrawn from the trackers on every frame, clipped to the axes' window so a pole or a
narrowing parabola leaves the frame instead of drawing a vertical line.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..latex import fmt
from ..storyboard import SceneWriter, math_mob, text_mob


@dataclass(frozen=True)
class Tracked:
    """A parameter as the scene holds it: tracker name (``p0``), LaTeX name and start value."""

    name: str
    tex: str
    start: float


def trackers(w: SceneWriter, params: list[Tracked]) -> None:
    """One ``ValueTracker`` per parameter, named as in the family's code."""
    for p in params:
        w.code(f"{p.name} = ValueTracker({fmt(p.start, 4)})  # {p.tex}")


def family_graph(w: SceneWriter, code: str, params: list[Tracked], domain: tuple[float, float],
                 window: tuple[float, float], *, name: str = "graph", color: str = "BLUE") -> None:
    """``{name}``: the family's graph on ``axes`` at the trackers' current values (an ``always_redraw``).
    Needs ``axes`` and the trackers; writes ``family(x, p0, …)`` and ``{name}_at(values)``."""
    args = ", ".join(["x"] + [p.name for p in params])
    now = ", ".join(f"{p.name}.get_value()" for p in params)
    lo, hi = window
    w.code(
        f"def family({args}):",
        "    with np.errstate(all=\"ignore\"):",
        f"        return np.broadcast_to(np.asarray({code}, dtype=float), np.shape(x))",
        "",
        f"def {name}_at(*values):",
        "    # the family's graph at these parameter values, in pieces that stay inside the window",
        f"    xs = np.linspace({fmt(domain[0], 4)}, {fmt(domain[1], 4)}, 361)",
        "    ys = family(xs, *values)",
        f"    inside = np.isfinite(ys) & (ys >= {fmt(lo, 4)}) & (ys <= {fmt(hi, 4)})",
        "    pieces, run = VGroup(), []",
        "    for px, py, ok in zip(xs, ys, inside):",
        "        if ok:",
        "            run.append(axes.c2p(px, py))",
        "            continue",
        "        if len(run) > 1:",
        f"            pieces.add(VMobject(color={color}, stroke_width=4).set_points_as_corners(run))",
        "        run = []",
        "    if len(run) > 1:",
        f"        pieces.add(VMobject(color={color}, stroke_width=4).set_points_as_corners(run))",
        "    return pieces",
        "",
        f"{name} = always_redraw(lambda: {name}_at({now}))",
    )


def readouts(w: SceneWriter, params: list[Tracked], held: dict[str, float], *, name: str = "panel",
             size: int = 36, example: str = "") -> None:
    """``{name}``: a column of live readouts ``a = 1.00`` (one per tracker) above the values held fixed
    (``k = 1``, grey, under the heading ``example`` when they are an example), to the right of ``axes``."""
    rows = []
    for i, p in enumerate(params):
        w.code(f"read{i} = VGroup({math_mob(p.tex + ' =', size)}, DecimalNumber({fmt(p.start, 4)}, num_decimal_places=2, "
               f"include_sign=True, font_size={size})).arrange(RIGHT, buff=0.15)")
        w.code(f"read{i}[1].add_updater(lambda m: m.set_value({p.name}.get_value()))")
        rows.append(f"read{i}")
    if example and held:
        w.code(f"example = {text_mob(example, 28, 'GREY_B')}")
        rows.append("example")
    for j, (tex, value) in enumerate(held.items()):
        w.code(f"held{j} = {math_mob(f'{tex} = {fmt(value, 4)}', size, 'GREY_B')}")
        rows.append(f"held{j}")
    w.code(f"{name} = VGroup({', '.join(rows)}).arrange(DOWN, aligned_edge=LEFT, buff=0.25)",
           f"{name}.next_to(axes, RIGHT, buff=0.35).align_to(axes, UP)",
           f"if {name}.get_right()[0] > 6.9:",
           f"    {name}.shift(LEFT * ({name}.get_right()[0] - 6.9))")


def sweep(w: SceneWriter, tracker: str, stops: tuple[float, ...], *, seconds: float = 1.0, pause: float = 0.2) -> None:
    """Move ``tracker`` through ``stops`` (the first is where it already is), pausing at each."""
    for value in stops[1:]:
        w.play(f"{tracker}.animate.set_value({fmt(value, 4)})", seconds)
        w.wait(pause)
