"""Fix-ups for calls that Manim CE 0.22 refuses: removed classes, old keywords, wrong scene classes.

Rows of :data:`mkdocs_manimgen.validate.table.FIXUPS`; targets checked against manim 0.22
with ``inspect.signature`` (``CoordinateSystem.plot``/``get_riemann_rectangles``/``get_area``,
``Code.__init__``, ``ThreeDScene.set_camera_orientation``/``move_camera``).
"""

from __future__ import annotations

import ast
import math

from .colours import colour_nodes
from .edits import Collector, Source, func_name, kw, simple
from .graph_scene import graph_scene_edits
from .scene_class import SceneClass, plain_scene_base, scene_classes

_PLOT_CALLS = {"plot", "get_graph", "get_riemann_rectangles", "get_area"}
# Code(...) keywords before v0.19 -> (new keyword) or (dict keyword, key) or None (dropped)
_CODE_KWS: dict[str, tuple[str, ...] | None] = {
    "file_name": ("code_file",), "code": ("code_string",), "insert_line_no": ("add_line_numbers",),
    "style": ("formatter_style",), "line_no_from": ("line_numbers_from",),
    "font": ("paragraph_config", "font"), "font_size": ("paragraph_config", "font_size"),
    "line_spacing": ("paragraph_config", "line_spacing"),
    "background_stroke_width": ("background_config", "stroke_width"),
    "background_stroke_color": ("background_config", "stroke_color"),
    "corner_radius": ("background_config", "corner_radius"), "margin": ("background_config", "buff"),
    "indentation_chars": None, "generate_html_file": None, "warn_missing_font": None, "line_no_buff": None,
    "stroke_width": None,
}
# Mobject methods a ManimGL-style `self.play(mob.method, args)` names (all exist in 0.22: tested).
_METHODS = frozenset("""
shift move_to scale rotate set_color set_fill set_stroke next_to to_edge to_corner become set_opacity flip
stretch match_color arrange align_to center set_x set_y set_z scale_to_fit_width
scale_to_fit_height stretch_to_fit_width stretch_to_fit_height rotate_about_origin fade set_value
increment_value match_width match_height match_x match_y apply_function apply_matrix set_color_by_gradient
set_sheen surround move_to arrange_in_grid restore
""".split())
_ANIM_KWS = frozenset({"run_time", "rate_func", "lag_ratio"})
_NON_VMOBJECTS = frozenset({"ValueTracker", "ComplexValueTracker", "ImageMobject", "Group", "Mobject",
                            "PMobject", "PointCloudDot", "Mobject1D", "Mobject2D"})
_DRAWS = {"Create": "FadeIn", "Write": "FadeIn", "DrawBorderThenFill": "FadeIn", "Uncreate": "FadeOut",
          "Unwrite": "FadeOut"}
_CAMERA_CALLS = {"set_camera_orientation", "move_camera"}
_ANGLES = ("phi", "theta", "gamma")


class ApiCollector(Collector):
    def __init__(self, src: Source, tree: ast.Module):
        super().__init__(src, tree)
        self.scenes = scene_classes(tree)
        for cls in self.scenes.values():
            self.edits += graph_scene_edits(src, cls)
            self.scene_class(cls)
        self.groups = self.group_names(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and func_name(node) not in self.own:
                self.call(node)
        for node, text, note in colour_nodes(tree, self.own):
            self.add(node, text, note, row="unknown-colour")

    # -- scene classes -----------------------------------------------------------------
    def scene_class(self, cls: SceneClass) -> None:
        calls = [n for n in ast.walk(cls.node) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                 and isinstance(n.func.value, ast.Name) and n.func.value.id == "self"]
        becomes_3d = False
        if not cls.is_3d and any(c.func.attr in _CAMERA_CALLS for c in calls):
            owner, base = plain_scene_base(cls, self.scenes)
            if base is not None:
                becomes_3d = True
                self.add(base, "ThreeDScene", f"class {owner}(Scene) → (ThreeDScene) ({cls.name} moves a 3D camera)",
                         row="threed-camera-in-2d")
        if cls.is_3d or becomes_3d:
            return
        for call in calls:
            if call.func.attr == "add_fixed_in_frame_mobjects":
                end = self.src.pos(call.func.end_lineno, call.func.end_col_offset)
                self.add((end - len(call.func.attr), end), "add",
                         f"self.add_fixed_in_frame_mobjects(...) → self.add(...) in {cls.name} (a 2D scene)",
                         call.lineno, row="fixed-in-frame-2d")

    # -- calls -----------------------------------------------------------------------
    def call(self, call: ast.Call) -> None:
        name = func_name(call)
        star = any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords)
        if star:
            return
        if name in _PLOT_CALLS and isinstance(call.func, ast.Attribute):
            self.plot_range(call, name)
        elif name == "Code" and isinstance(call.func, ast.Name):
            self.code_keywords(call)
        elif (name == "play" and isinstance(call.func, ast.Attribute) and call.args
              and isinstance(call.args[0], ast.Attribute) and call.args[0].attr in _METHODS):
            self.play_method(call)
        elif name == "VGroup" and isinstance(call.func, ast.Name) and self.has_non_vmobject(call):
            self.add(call.func, "Group", "VGroup(...) of non-VMobjects → Group(...) (VGroup holds only VMobjects)",
                     row="vgroup-non-vmobject")
        elif name in _DRAWS and isinstance(call.func, ast.Name) and len(call.args) == 1 and self.is_group(call.args[0]):
            new = _DRAWS[name]
            self.add(call.func, new, f"{name}(group) → {new}(group) (a Group is not drawn stroke by stroke)",
                     row="create-on-group")
        elif name in _CAMERA_CALLS and isinstance(call.func, ast.Attribute):
            self.camera_degrees(call)

    def plot_range(self, call: ast.Call, name: str) -> None:
        lo, hi = kw(call, "x_min") or kw(call, "t_min"), kw(call, "x_max") or kw(call, "t_max")
        step = kw(call, "step_size") or kw(call, "dx") if name != "get_riemann_rectangles" else None
        if name == "get_area" and lo is None and len(call.args) == 3:  # GraphScene.get_area(graph, t_min, t_max)
            a, b = call.args[1], call.args[2]
            new = f"x_range=[{self.src.text(a)}, {self.src.text(b)}]"
            self.add((self.src.span(a)[0], self.src.span(b)[1]), new,
                     f"get_area(graph, a, b) → get_area(graph, {new}) ({_row_why()})", row="x_min-on-plot")
            return
        if lo is None or hi is None or kw(call, "x_range") is not None:
            return
        parts = [self.src.text(lo.value), self.src.text(hi.value)] + ([self.src.text(step.value)] if step else [])
        new = f"x_range=[{', '.join(parts)}]"
        self.add(lo, new, f"{name}(..., {lo.arg}=..., {hi.arg}=...) → {new} ({_row_why()})", row="x_min-on-plot")
        for k in (hi, step):
            if k is not None:
                self.add(self._keyword_span(k), "", "", call.lineno)

    def _keyword_span(self, k: ast.keyword) -> tuple[int, int]:
        """A keyword argument with the comma before it (or after it, when it comes first)."""
        a, b = self.src.span(k)
        code = self.src.code
        before = code[:a].rstrip()
        if before.endswith(","):
            return len(before) - 1, b
        after = len(code[b:]) - len(code[b:].lstrip())
        if code[b + after:b + after + 1] == ",":
            rest = code[b + after + 1:]
            return a, b + after + 1 + (len(rest) - len(rest.lstrip(" ")))
        return a, b

    def code_keywords(self, call: ast.Call) -> None:
        olds = [k for k in call.keywords if k.arg in _CODE_KWS]
        if not olds:
            return
        keep = [self.src.text(k) for k in call.keywords if k.arg not in _CODE_KWS]
        new_kws: list[str] = []
        dicts: dict[str, list[str]] = {}
        for k in olds:
            target = _CODE_KWS[k.arg]
            if target is None:
                continue
            if len(target) == 1:
                new_kws.append(f"{target[0]}={self.src.text(k.value)}")
            else:
                dicts.setdefault(target[0], []).append(f"{target[1]!r}: {self.src.text(k.value)}")
        new_kws += [f"{d}={{{', '.join(items)}}}" for d, items in dicts.items() if kw(call, d) is None]
        args = [self.src.text(a) for a in call.args] + keep + new_kws
        new = f"{self.src.text(call.func)}({', '.join(args)})"
        olds_text = ", ".join(f"{k.arg}=" for k in olds)
        self.add(call, new, f"Code({olds_text}) → v0.19 keywords ({', '.join(new_kws) or 'dropped'})",
                 row="code-keywords")

    def play_method(self, call: ast.Call) -> None:
        method = call.args[0]
        recv = self.src.text(method.value)
        recv = recv if simple(method.value) else f"({recv})"
        args = [self.src.text(a) for a in call.args[1:]]
        anim = [self.src.text(k) for k in call.keywords if k.arg in _ANIM_KWS]
        margs = [self.src.text(k) for k in call.keywords if k.arg not in _ANIM_KWS]
        new = f"{self.src.text(call.func)}({recv}.animate.{method.attr}({', '.join(args + margs)})"
        new += "".join(f", {a}" for a in anim) + ")"
        self.add(call, new, f"self.play({recv}.{method.attr}, ...) → {recv}.animate.{method.attr}(...) "
                 "(CE's play takes animations)", row="play-method")

    def group_names(self, tree: ast.Module) -> set[str]:
        """Names bound to a Group (or to a VGroup this pass turns into one)."""
        out: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
                value = _root_call(node.value)
                f = func_name(value)
                if f == "Group" or (f == "VGroup" and self.has_non_vmobject(value)):
                    out |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        return out

    def non_vmobject_names(self) -> set[str]:
        if not hasattr(self, "_nonv"):
            self._nonv = {t.id for n in ast.walk(self.tree) if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call)
                          and func_name(_root_call(n.value)) in _NON_VMOBJECTS for t in n.targets if isinstance(t, ast.Name)}
        return self._nonv

    def has_non_vmobject(self, call: ast.Call) -> bool:
        for a in call.args:
            if isinstance(a, ast.Call) and func_name(a) in _NON_VMOBJECTS:
                return True
            if isinstance(a, ast.Name) and a.id in self.non_vmobject_names():
                return True
        return False

    def is_group(self, node: ast.AST) -> bool:
        if isinstance(node, ast.Call):
            f = func_name(node)
            return f == "Group" or (f == "VGroup" and self.has_non_vmobject(node))
        return isinstance(node, ast.Name) and node.id in self.groups

    def camera_degrees(self, call: ast.Call) -> None:
        values = [(n, a) for n, a in zip(_ANGLES, call.args)] + [(k.arg, k.value) for k in call.keywords if k.arg in _ANGLES]
        for name, value in values:
            number = value.operand if isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.USub) else value
            if (isinstance(number, ast.Constant) and type(number.value) in (int, float)
                    and abs(number.value) > 2 * math.pi):  # more than a full turn: these are degrees
                text = self.src.text(value)
                self.add(value, f"{text} * DEGREES",
                         f"{func_name(call)}({name}={text}) → {name}={text} * DEGREES (the camera's angles are radians)",
                         row="camera-degrees")


def _root_call(call: ast.Call) -> ast.Call:
    """``VGroup(...)`` for ``VGroup(...).arrange(RIGHT).scale(2)``: the methods return the same mobject."""
    while (isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Call)
           and call.func.attr in _METHODS):
        call = call.func.value
    return call


def _row_why() -> str:
    from .table import ROWS

    return ROWS["x_min-on-plot"].why
