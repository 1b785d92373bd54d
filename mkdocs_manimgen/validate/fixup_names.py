"""Fix-ups for the old names models write most: ManimGL / pre-Community-Edition code.

Rows of :data:`mkdocs_manimgen.validate.fixups.FIXUPS`; every target was checked against
manim 0.22 (names and keyword signatures).
"""

from __future__ import annotations

import ast

from .edits import Collector, Source, func_name as _func_name, kw as _kw, simple as _simple, stmt_lists as _stmt_lists
from .scene_class import plain_scene_base, scene_classes
from .table import GL, OLD, RENAMES, ROWS

_RENAME_ROWS = {f.old.lstrip("."): f for f in ROWS.values() if f.rename}
_ATTR_ONLY = {"get_graph"}  # renamed only as a method: `get_graph` alone may be the author's own
_GL_MODULES = ("manimlib", "manim_imports_ext", "big_ol_pile_of_manim_imports")
_FADES: dict[str, tuple[str, str, str, str | None, bool]] = {
    # old name: (new name, CE keyword, old keyword, default value, negate)
    "FadeInFrom": ("FadeIn", "shift", "direction", "UP", True),
    "FadeInFromDown": ("FadeIn", "shift", "", "UP", False),
    "FadeOutAndShift": ("FadeOut", "shift", "direction", "DOWN", False),
    "FadeOutAndShiftDown": ("FadeOut", "shift", "", "DOWN", False),
    "FadeInFromLarge": ("FadeIn", "scale", "scale_factor", "2", False),
}
_OPPOSITE = {"UP": "DOWN", "DOWN": "UP", "LEFT": "RIGHT", "RIGHT": "LEFT", "IN": "OUT", "OUT": "IN",
             "UL": "DR", "DR": "UL", "UR": "DL", "DL": "UR", "ORIGIN": "ORIGIN"}
_RANGE_CALLS = {"Axes", "ThreeDAxes", "NumberPlane", "ComplexPlane", "PolarPlane", "NumberLine",
                "ParametricFunction", "Surface", "ParametricSurface"}


class NamesCollector(Collector):
    def __init__(self, src: Source, tree: ast.Module):
        super().__init__(src, tree)
        self.gl = False
        self.imports(tree)
        self.classes(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                self.call(node)
        self.statements(tree)
        self.renames(tree)

    # -- imports -----------------------------------------------------------------------------
    def imports(self, tree: ast.Module) -> None:
        for node in ast.walk(tree):
            mods = []
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                mods = [node.module]
            elif isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            old = [m for m in mods if m.split(".")[0] in _GL_MODULES]
            if old and len(old) == len(mods):
                self.gl = True
                self.add(node, "from manim import *", f"{self.src.text(node)} → from manim import * ({GL})", row="manimlib-import")

    # -- classes: CONFIG dicts, camera.frame, fix_in_frame -------------------------------------
    def classes(self, tree: ast.Module) -> None:
        scenes = scene_classes(tree)
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            info = scenes.get(cls.name)
            graph_scene = info is not None and "GraphScene" in info.bases  # row graphscene moves its CONFIG
            for stmt in [] if graph_scene else cls.body:
                if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.value, ast.Dict)
                        and isinstance(stmt.targets[0], ast.Name) and stmt.targets[0].id == "CONFIG"):
                    self.remove(stmt, cls.body, f"removed CONFIG dict in {cls.name} ({ROWS['config-dict'].why})",
                                row="config-dict")
            uses_frame = any(isinstance(n, ast.Attribute) and n.attr == "frame" and isinstance(n.value, ast.Attribute)
                             and n.value.attr == "camera" and isinstance(n.value.value, ast.Name)
                             and n.value.value.id == "self" for n in ast.walk(cls))
            if info is not None and uses_frame and not info.moving_camera and not info.is_3d:
                owner, base = plain_scene_base(info, scenes)
                if base is not None:
                    self.add(base, "MovingCameraScene", f"class {owner}(Scene) → (MovingCameraScene) "
                             f"({cls.name} uses self.camera.frame)", row="camera-frame")
            self.fix_in_frame(cls, info is not None and info.is_3d)

    def fix_in_frame(self, cls: ast.ClassDef, three_d: bool) -> None:
        if "fix_in_frame" in self.own:
            return  # the file defines its own fix_in_frame
        for fn in [n for n in ast.walk(cls) if isinstance(n, ast.FunctionDef)]:
            me = fn.args.args[0].arg if fn.args.args else None
            for body in _stmt_lists(fn):
                for stmt in body:
                    call = stmt.value if isinstance(stmt, (ast.Expr, ast.Assign)) else None
                    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                            and call.func.attr == "fix_in_frame" and not call.args and not call.keywords):
                        continue
                    self.done.add(id(call))
                    recv = self.src.text(call.func.value)
                    if isinstance(stmt, ast.Expr) and three_d and me:
                        self.add(stmt, f"{me}.add_fixed_in_frame_mobjects({recv})",
                                 f"{recv}.fix_in_frame() → {me}.add_fixed_in_frame_mobjects({recv}) ({GL})", row="fix_in_frame")
                    elif isinstance(stmt, ast.Expr):
                        self.remove(stmt, body, f"removed {recv}.fix_in_frame() (a ManimGL call; 2D scenes need no fixing)", row="fix_in_frame")
                    else:
                        target = stmt.targets[0]
                        extra = ""
                        if three_d and me and isinstance(target, ast.Name) and len(stmt.targets) == 1:
                            indent = " " * stmt.col_offset
                            extra = f"\n{indent}{me}.add_fixed_in_frame_mobjects({target.id})"
                        self.add(call, recv + extra, f"{recv}.fix_in_frame() → {recv}"
                                 + (f" + {me}.add_fixed_in_frame_mobjects(...)" if extra else f" ({GL})"), row="fix_in_frame")
                for stmt in body:  # inside an expression: `self.play(Write(eq.fix_in_frame()))`
                    if isinstance(stmt, (ast.Expr, ast.Assign, ast.Return)):
                        self.fix_in_frame_inside(stmt, three_d, me)

    def fix_in_frame_inside(self, stmt: ast.stmt, three_d: bool, me: str | None) -> None:
        """``f(m.fix_in_frame())`` → ``f(m)``; in a ThreeDScene the statement is preceded by
        ``self.add_fixed_in_frame_mobjects(m)`` (ManimGL's fix_in_frame returns the mobject)."""
        for call in ast.walk(stmt):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and id(call) not in self.done
                    and call.func.attr == "fix_in_frame" and not call.args and not call.keywords):
                continue
            recv = call.func.value
            if three_d and not (isinstance(recv, ast.Name) and me):
                continue  # an expression evaluated twice would build two mobjects: left to the repair loop
            self.done.add(id(call))
            text = self.src.text(recv)
            self.add(call, text, f"{text}.fix_in_frame() → {text}"
                     + (f", fixed by {me}.add_fixed_in_frame_mobjects({text}) first" if three_d else f" ({GL})"),
                     row="fix_in_frame")
            if three_d:
                at = self.src.pos(stmt.lineno, stmt.col_offset)
                self.add((at, at), f"{me}.add_fixed_in_frame_mobjects({text})\n{' ' * stmt.col_offset}", "", stmt.lineno)

    # -- calls ---------------------------------------------------------------------------------
    def call(self, call: ast.Call) -> None:
        name = _func_name(call)
        if id(call) in self.done or name in self.own:
            return
        star = any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords)
        func_name_node = call.func if isinstance(call.func, ast.Name) else None
        if name == "TextMobject" and func_name_node is not None:
            strings = [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            plain = len(call.args) == 1 and len(strings) == 1 and not any(c in strings[0] for c in "$\\")
            new = "Text" if plain else "Tex"
            self.done.add(id(func_name_node))
            self.add(func_name_node, new, f"TextMobject → {new} ({OLD})", row="textmobject")
        elif name in _FADES and func_name_node is not None and not star and len(call.args) in (1, 2):
            self.fade(call, func_name_node)
        elif name == "ShowCreationThenDestruction" and func_name_node is not None and call.args and not star:
            self.done.add(id(func_name_node))
            self.add(func_name_node, "ShowPassingFlash", f"ShowCreationThenDestruction → ShowPassingFlash ({OLD})", row="showcreationthendestruction")
            if _kw(call, "time_width") is None:
                end = self.src.span(call.args[0])[1]
                self.add((end, end), ", time_width=2", "", call.lineno)
        elif (name == "ApplyMethod" and func_name_node is not None and not star and call.args
              and isinstance(call.args[0], ast.Attribute)):
            method = call.args[0]
            recv = self.src.text(method.value)
            recv = recv if _simple(method.value) else f"({recv})"
            args = ", ".join(self.src.text(a) for a in call.args[1:])
            kws = ", ".join(self.src.text(k) for k in call.keywords)
            animate = f"animate({kws})" if kws else "animate"
            new = f"{recv}.{animate}.{method.attr}({args})"
            self.add(call, new, f"ApplyMethod({recv}.{method.attr}, ...) → {new} (the .animate syntax)", row="applymethod")
        elif name == "wait" and isinstance(call.func, ast.Attribute):
            return  # handled as a statement
        if name in _RANGE_CALLS and not star:
            self.ranges(call)

    def fade(self, call: ast.Call, func: ast.Name) -> None:
        new, kw, old_kw, default, negate = _FADES[func.id]
        self.done.add(id(func))
        self.add(func, new, f"{func.id}(...) → {new}(..., {kw}=...) ({ROWS[func.id.lower()].why})", row=func.id.lower())
        if _kw(call, kw) is not None:
            return
        value: ast.AST | None = call.args[1] if len(call.args) == 2 else None
        old = _kw(call, old_kw) if old_kw else None
        target = value if value is not None else old.value if old is not None else None
        if target is None:
            end = self.src.span(call.args[0])[1]
            self.add((end, end), f", {kw}={default}", "", call.lineno)
            return
        text = self.src.text(target)
        if negate:
            if isinstance(target, ast.Name) and target.id in _OPPOSITE:
                text = _OPPOSITE[target.id]
            elif isinstance(target, ast.UnaryOp) and isinstance(target.op, ast.USub):
                text = self.src.text(target.operand)
            else:
                text = f"-{text}" if _simple(target) else f"-({text})"
        self.add(value if value is not None else old, f"{kw}={text}", "", call.lineno)

    def ranges(self, call: ast.Call) -> None:
        for p in "xyztuv":
            lo, hi = _kw(call, f"{p}_min"), _kw(call, f"{p}_max")
            if lo is None or hi is None or _kw(call, f"{p}_range") is not None:
                continue
            new = f"{p}_range=[{self.src.text(lo.value)}, {self.src.text(hi.value)}]"
            self.add(lo, new, f"{p}_min=..., {p}_max=... → {new} ({OLD})", row="x_min-x_max")
            self.add(self.src.argument_span(hi), "", "", call.lineno)

    # -- statements ------------------------------------------------------------------------------
    def statements(self, tree: ast.Module) -> None:
        for node in tree.body:
            if (isinstance(node, ast.If) and isinstance(node.test, ast.Compare)
                    and isinstance(node.test.left, ast.Name) and node.test.left.id == "__name__"):
                self.remove(node, tree.body, f"removed the if __name__ == \"__main__\" block ({ROWS['main-block'].why})", row="main-block")
        for body in _stmt_lists(tree):
            for stmt in body:
                c = stmt.value if isinstance(stmt, ast.Expr) else None
                if (isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == "wait"
                        and isinstance(c.func.value, ast.Name) and c.func.value.id == "self"):
                    arg = c.args[0] if c.args else (_kw(c, "duration").value if _kw(c, "duration") else None)
                    if isinstance(arg, ast.Constant) and type(arg.value) in (int, float) and arg.value == 0:
                        self.remove(stmt, body, "removed self.wait(0) (CE refuses a zero-length wait)", row="wait-zero")
                if (isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == "embed"
                        and isinstance(c.func.value, ast.Name) and c.func.value.id == "self" and not c.args):
                    self.remove(stmt, body, f"removed self.embed() ({ROWS['embed'].why})", row="embed")

    # -- plain renames -------------------------------------------------------------------------
    def renames(self, tree: ast.Module) -> None:
        table = dict(RENAMES)
        if self.gl:
            table["Tex"] = "MathTex"  # ManimGL's Tex is CE's MathTex; its TexText is CE's Tex
        for node in ast.walk(tree):
            if id(node) in self.done:
                continue
            if isinstance(node, ast.Name) and node.id in table and node.id not in _ATTR_ONLY and node.id not in self.own:
                self.rename(node, self.src.span(node), node.id, table[node.id])
            elif isinstance(node, ast.Attribute) and node.attr in table and node.attr not in self.own:
                end = self.src.pos(node.end_lineno, node.end_col_offset)
                self.rename(node, (end - len(node.attr), end), node.attr, table[node.attr])
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "manim":
                for al in node.names:
                    if al.name in table and al.name not in _ATTR_ONLY:
                        start = self.src.pos(al.lineno, al.col_offset)
                        self.rename(al, (start, start + len(al.name)), al.name, table[al.name])

    def rename(self, node: ast.AST, span: tuple[int, int], old: str, new: str) -> None:
        row = ROWS["gl-tex"] if old == "Tex" else _RENAME_ROWS[old]
        self.add(span, new, f"{old} → {new} ({row.why})", node.lineno, row=row.id)

