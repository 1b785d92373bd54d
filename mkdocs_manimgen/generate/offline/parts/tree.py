"""A tree of boxes level by level: each row a list of groups of labelled boxes (a recursion's sub-problems).

``tree_rows`` lays the rows out from the top of the frame down (``rows[k]`` is ``row{k}`` in the scene,
a VGroup of groups, each a VGroup of [square, label] boxes). Group positions follow the flat index of
their first element, so a child sits under its parent; a boundary made at a deeper level gets a smaller gap.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..latex import fmt
from ..storyboard import SceneWriter, pystr


@dataclass(frozen=True)
class Group:
    """A run of boxes: ``start`` is the flat index of its first element, ``labels`` its LaTeX labels."""

    start: int
    labels: tuple[str, ...]


def tree_rows(w: SceneWriter, rows: list[list[Group]], *, top: float = 2.2, bottom: float = -3.4,
              width: float = 11.0, colors: list[str] | None = None, name: str = "row") -> float:
    """Write ``{name}0 .. {name}{len(rows)-1}`` (row k in ``colors[k]``, default BLUE_E); returns the box size."""
    n = sum(len(g.labels) for g in rows[0])
    introduced: dict[int, int] = {}  # boundary (a flat index starting a group) -> the first row that has it
    for k, row in enumerate(rows):
        for g in row:
            if g.start:
                introduced.setdefault(g.start, k)
    depth = max(introduced.values(), default=0) + 1
    gaps = {b: 0.12 + 0.5 * (depth - k) / depth for b, k in introduced.items()}
    cell = min(0.62, (width - sum(gaps.values())) / max(n, 1))
    size = min(cell * 0.9, (top - bottom) / max(len(rows), 1) * 0.72)
    step = (top - bottom) / max(len(rows) - 1, 1)
    w.code("def box(label, color=BLUE_E):",
           f"    square = Square(side_length={fmt(size, 3)}, stroke_width=1.5, stroke_color=WHITE, fill_color=color, fill_opacity=0.85)",
           f"    return VGroup(square, MathTex(label, font_size={max(16, min(30, int(size * 52)))}).move_to(square))")
    for k, row in enumerate(rows):
        starts = {g.start for g in row}
        xs, x = [], 0.0
        for i in range(n):
            if i in starts and i in gaps:
                x += gaps[i]
            xs.append(x)
            x += cell
        mid = (xs[0] + xs[-1]) / 2
        groups = []
        for g in row:
            color = colors[k] if colors else "BLUE_E"
            boxes = ", ".join(f"box({pystr(t)}, {color}).move_to([{fmt(xs[g.start + j] - mid, 3)}, {fmt(top - k * step, 3)}, 0])"
                              for j, t in enumerate(g.labels))
            groups.append(f"VGroup({boxes})")
        w.code(f"{name}{k} = VGroup(" + ", ".join(groups) + ")")
    return size
