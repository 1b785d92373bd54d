"""Scenes on the removed ``GraphScene`` (gone since Manim CE v0.9): the row ``graphscene``.

The class keeps working: it derives from ``Scene``, its ``CONFIG`` ranges build an ``Axes``
in ``setup()`` (which Scene calls before ``construct``), and the GraphScene methods it calls
(``setup_axes``, ``get_graph``/``plot``, ``coords_to_point``, ...) become small methods that
delegate to that ``Axes``. GraphScene's defaults (x and y from -1 to 10, 9 × 6 units, origin
at 2.5·DOWN + 4·LEFT, grey axes) are from its last release, manim v0.8's ``graph_scene.py``.
"""

from __future__ import annotations

import ast

from .edits import Edit, Source
from .scene_class import SceneClass
from .table import ROWS

_DEFAULTS = {"x_min": "-1", "x_max": "10", "x_tick_frequency": "1", "y_min": "-1", "y_max": "10",
             "y_tick_frequency": "1", "x_axis_width": "9", "y_axis_height": "6",
             "graph_origin": "2.5 * DOWN + 4 * LEFT", "axes_color": "GREY", "x_axis_label": "'x'",
             "y_axis_label": "'y'"}
# GraphScene methods -> the body of the delegating method (`a` = positional args, `k` = keywords)
_DELEGATES = {
    "plot": "return self.axes.plot(*a, **k)",
    "coords_to_point": "return self.axes.coords_to_point(*a, **k)",
    "point_to_coords": "return self.axes.point_to_coords(*a, **k)",
    "input_to_graph_point": "return self.axes.input_to_graph_point(*a, **k)",
    "get_riemann_rectangles": "return self.axes.get_riemann_rectangles(*a, **k)",
    "get_area": "return self.axes.get_area(*a, **k)",
    "get_graph_label": "return self.axes.get_graph_label(*a, **k)",
    "get_vertical_line_to_graph": "x, graph = a[:2]\n{i}    return self.axes.get_vertical_line(self.axes.input_to_graph_point(x, graph), **k)",
    "get_derivative_graph": "return self.axes.plot_derivative_graph(*a, **k)",
}


def graph_scene_edits(src: Source, cls: SceneClass) -> list[Edit]:
    """The edits that move one GraphScene class onto Scene + Axes (none for other classes)."""
    base = next((b for b in cls.node.bases if isinstance(b, ast.Name) and b.id == "GraphScene"), None)
    if base is None or not cls.node.body:
        return []
    why = ROWS["graphscene"].why
    edits = [Edit(*src.span(base), "Scene", base.lineno,
                  f"class {cls.name}(GraphScene) → (Scene) with an Axes built from its ranges ({why})", "graphscene")]
    first = cls.node.body[0]
    indent = " " * first.col_offset
    config = next((s for s in cls.node.body if isinstance(s, ast.Assign) and len(s.targets) == 1
                   and isinstance(s.targets[0], ast.Name) and s.targets[0].id == "CONFIG"
                   and isinstance(s.value, ast.Dict)), None)
    values = dict(_DEFAULTS)
    attrs: list[str] = []  # other CONFIG entries stay readable as self.<key>
    if config is not None:
        for k, v in zip(config.value.keys, config.value.values):
            if not (isinstance(k, ast.Constant) and isinstance(k.value, str) and k.value.isidentifier()):
                continue
            text = src.text(v)
            if k.value in values:
                if k.value.endswith("_label") and isinstance(v, ast.Constant) and isinstance(v.value, str):
                    text = repr(v.value.replace("$", ""))
                values[k.value] = text
            else:
                attrs.append(f"{indent}{k.value} = {text}")
    used = {n.func.attr for n in ast.walk(cls.node) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
            and isinstance(n.func.value, ast.Name) and n.func.value.id == "self"}
    used = {"plot" if u == "get_graph" else u for u in used}  # row get_graph renames the calls in this pass
    defined = {n.name for n in cls.node.body if isinstance(n, ast.FunctionDef)}
    v = values
    lines = attrs + ([""] if attrs else []) + [
        f"{indent}def setup(self):",
        f"{indent}    # GraphScene's ranges (it was removed from Manim) now live in an Axes",
        f"{indent}    self.axes = Axes(x_range=[{v['x_min']}, {v['x_max']}, {v['x_tick_frequency']}],",
        f"{indent}                     y_range=[{v['y_min']}, {v['y_max']}, {v['y_tick_frequency']}],",
        f"{indent}                     x_length={v['x_axis_width']}, y_length={v['y_axis_height']},",
        f"{indent}                     axis_config={{'color': {v['axes_color']}, 'include_tip': False}})",
        f"{indent}    self.axes.shift({v['graph_origin']} - self.axes.coords_to_point(0, 0))",
        f"{indent}    self.x_axis, self.y_axis = self.axes.x_axis, self.axes.y_axis",
    ]
    if "setup_axes" not in defined:
        lines += [
            "",
            f"{indent}def setup_axes(self, animate=False):",
            f"{indent}    labels = self.axes.get_axis_labels(x_label={v['x_axis_label']}, y_label={v['y_axis_label']})",
            f"{indent}    if animate:",
            f"{indent}        self.play(Create(self.axes), Write(labels))",
            f"{indent}    else:",
            f"{indent}        self.add(self.axes, labels)",
        ]
    for name in sorted((used & set(_DELEGATES)) - defined):
        lines += ["", f"{indent}def {name}(self, *a, **k):", f"{indent}    " + _DELEGATES[name].format(i=indent)]
    text = "\n".join(lines) + "\n"
    if config is not None:
        span = src.whole_lines(config)
        if span is None:
            return []
        edits.append(Edit(span[0], span[1], text, config.lineno, "", "graphscene"))
    else:
        at = src.starts[first.lineno - 1]
        edits.append(Edit(at, at, text + "\n", first.lineno, "", "graphscene"))
    return edits
