"""A node-edge graph with the author's weights, and the highlight steps an algorithm takes on it.

``graph_setup`` writes ``nodes`` (name -> VGroup(circle, label)), ``edges`` ("a|b" -> Line), ``weights``
("a|b" -> MathTex) and ``graph`` (all of them), the vertices on a circle in the block's order (a
deterministic layout: the same block always gives the same picture). ``tag_positions`` gives, per
vertex, a point just outside the circle for a label such as a distance.
"""

from __future__ import annotations

import math

from ..latex import fmt
from ..storyboard import SceneWriter, pystr


def layout(vertices: tuple[str, ...], radius: float = 2.4, centre: tuple[float, float] = (-1.6, -0.55)) -> dict[str, tuple[float, float]]:
    """Vertices on a circle, the first at the top, clockwise."""
    n = len(vertices)
    return {v: (centre[0] + radius * math.sin(2 * math.pi * k / n), centre[1] + radius * math.cos(2 * math.pi * k / n))
            for k, v in enumerate(vertices)}


def key(a: str, b: str) -> str:
    """The scene's key of the undirected edge a-b."""
    return "|".join(sorted((a, b)))


def graph_setup(w: SceneWriter, vertices: tuple[str, ...], edges, pos: dict[str, tuple[float, float]]) -> None:
    """Write the graph's mobjects (see the module docstring); ``edges``: (a, b, weight or None)."""
    w.code("pos = {" + ", ".join(f"{pystr(v)}: np.array([{fmt(x, 3)}, {fmt(y, 3)}, 0])" for v, (x, y) in pos.items()) + "}",
           "nodes = {v: VGroup(Circle(radius=0.3, color=WHITE, stroke_width=2, fill_color=BLUE_E, fill_opacity=1),",
           "                   MathTex(v, font_size=30)).move_to(p) for v, p in pos.items()}",
           "edges, weights = {}, {}")
    for a, b, wt in edges:
        k = key(a, b)
        w.code(f"edges[{pystr(k)}] = Line(pos[{pystr(a)}], pos[{pystr(b)}], buff=0.3, color=GREY_B, stroke_width=3)")
        if wt is not None:
            w.code(f"weights[{pystr(k)}] = MathTex({pystr(fmt(wt))}, font_size=26, color=GREY_A)"
                   f".move_to(edges[{pystr(k)}].point_from_proportion(0.4))",  # off-centre: crossing diagonals share a midpoint
                   f"weights[{pystr(k)}].add_background_rectangle(opacity=0.9, buff=0.05)")
    w.code("graph = VGroup(*edges.values(), *weights.values(), *nodes.values())")


def tag_positions(pos: dict[str, tuple[float, float]], centre: tuple[float, float] = (-1.6, -0.55), out: float = 0.62) -> dict[str, str]:
    """Scene code of a point ``out`` units outside each vertex, away from the layout's centre."""
    found = {}
    for v, (x, y) in pos.items():
        dx, dy = x - centre[0], y - centre[1]
        r = math.hypot(dx, dy) or 1
        found[v] = f"np.array([{fmt(x + out * dx / r, 3)}, {fmt(y + out * dy / r, 3)}, 0])"
    return found
