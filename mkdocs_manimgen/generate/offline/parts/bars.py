"""Bars that step to new heights: a distribution over a few labelled states, each bar with its value.

``bars_setup`` writes a ``make_bars(values)`` function into the scene (a VGroup of [bar, value label]
per state, standing on a base line) and the state labels; ``step_bars`` transforms the drawn bars into
the next values. Heights are scaled so ``top`` fills ``height`` scene units.
"""

from __future__ import annotations

from ..latex import fmt
from ..storyboard import SceneWriter, pystr


def bars_setup(w: SceneWriter, labels: list[str], top: float, *, name: str = "bars", width: float = 9.0,
               height: float = 3.4, base_y: float = -2.9, centre_x: float = 0.0, digits: int = 3) -> None:
    """Write ``make_{name}(values)``, the labels under the bars (``{name}_labels``, LaTeX each) and a
    base line (``{name}_base``). ``top``: the value drawn ``height`` units tall (> 0)."""
    n = len(labels)
    gap = width / n
    w.code(
        f"{name}_gap, {name}_scale = {fmt(gap, 3)}, {fmt(height / top, 4)}  # scene units per state and per unit of value",
        f"{name}_left = np.array([{fmt(centre_x - (n - 1) * gap / 2, 3)}, {fmt(base_y)}, 0])",
        f"def make_{name}(values, color=BLUE):",
        "    group = VGroup()",
        "    for k, v in enumerate(values):",
        f"        rect = Rectangle(width={name}_gap * 0.6, height=max(v * {name}_scale, 0.001), stroke_width=1,",
        "                         fill_color=color, fill_opacity=0.8)",
        f"        rect.move_to({name}_left + RIGHT * k * {name}_gap, aligned_edge=DOWN)",
        f"        value = MathTex(f\"{{v:.{digits}f}}\", font_size=26).next_to(rect, UP, buff=0.08)",
        "        group.add(VGroup(rect, value))",
        "    return group",
        f"{name}_labels = VGroup(*[MathTex(t, font_size=30).move_to({name}_left + RIGHT * k * {name}_gap + DOWN * 0.35)",
        f"                       for k, t in enumerate([{', '.join(pystr(t) for t in labels)}])])",
        f"{name}_base = Line({name}_left + LEFT * {name}_gap / 2, {name}_left + RIGHT * ({len(labels) - 0.5} * {name}_gap), color=GREY_B)",
    )


def step_bars(w: SceneWriter, values: list[float], run_time: float, *, name: str = "bars", extra: str = "") -> None:
    """Animate the drawn ``{name}`` to ``values`` (``extra``: more animations played with it)."""
    shown = ", ".join(fmt(v, 4) for v in values)
    w.play(f"Transform({name}, make_{name}([{shown}]))" + (f", {extra}" if extra else ""), run_time)


def marks(w: SceneWriter, values: list[float], *, name: str = "bars", mark: str = "targets", color: str = "YELLOW") -> None:
    """Dashed marks across each bar at ``values`` (``{mark}``, a VGroup): where the bars are heading."""
    shown = ", ".join(fmt(v, 4) for v in values)
    w.code(f"{mark} = VGroup(*[DashedLine({name}_left + RIGHT * (k * {name}_gap - 0.4 * {name}_gap) + UP * v * {name}_scale,",
           f"                             {name}_left + RIGHT * (k * {name}_gap + 0.4 * {name}_gap) + UP * v * {name}_scale,",
           f"                             color={color}, stroke_width=4) for k, v in enumerate([{shown}])])")
