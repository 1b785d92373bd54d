"""Deterministic fixes for the old-Manim names LLMs write most, before paying for a repair call.

Models trained on older Manim write ManimGL / pre-Community-Edition names. Each rewrite is
one row of ``FIXUPS``; every target was checked against manim 0.22 (names and keyword
signatures). Rewrites work on AST node positions, so text inside strings and comments is
never touched, and they are idempotent: a second run finds nothing left to change.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Fixup:
    pattern: str  # the old name, or the shape of old code
    replacement: str
    why: str


GL = "ManimGL name"
OLD = "pre-Community-Edition name"
FIXUPS: list[Fixup] = [
    # plain renames (names, attributes, `from manim import X`)
    Fixup("ShowCreation", "Create", GL),
    Fixup("TexMobject", "MathTex", OLD),
    Fixup("TexText", "Tex", GL),
    Fixup("OldTex", "MathTex", GL),
    Fixup("OldTexText", "Tex", GL),
    Fixup("ParametricSurface", "Surface", OLD),
    Fixup(".get_graph", ".plot", "renamed in Community Edition"),
    # call rewrites
    Fixup("TextMobject(...)", "Text(...) / Tex(...) when it holds $, \\ or several strings", OLD),
    Fixup("Tex(...) in ManimGL code", "MathTex(...)", "ManimGL's Tex is math mode"),
    Fixup("FadeInFrom(m, d)", "FadeIn(m, shift=-d)", OLD + "; it came *from* d, so it moves by -d"),
    Fixup("FadeInFromDown(m)", "FadeIn(m, shift=UP)", OLD),
    Fixup("FadeOutAndShift(m, d)", "FadeOut(m, shift=d)", OLD),
    Fixup("FadeOutAndShiftDown(m)", "FadeOut(m, shift=DOWN)", OLD),
    Fixup("FadeInFromLarge(m, s)", "FadeIn(m, scale=s)", OLD),
    Fixup("ShowCreationThenDestruction(m)", "ShowPassingFlash(m, time_width=2)", OLD),
    Fixup("ApplyMethod(m.f, *args, **anim)", "m.animate(**anim).f(*args)", "the .animate syntax is the CE way"),
    Fixup("x_min=a, x_max=b", "x_range=[a, b]", OLD + " (also y_, z_, t_, u_, v_)"),
    Fixup("m.fix_in_frame()", "self.add_fixed_in_frame_mobjects(m) in a ThreeDScene, else removed", GL),
    Fixup("self.camera.frame in a Scene", "class derives from MovingCameraScene", "only MovingCameraScene has camera.frame"),
    # import and statement rewrites
    Fixup("from manimlib import *", "from manim import *", GL + " (also manimlib.imports, manim_imports_ext)"),
    Fixup("CONFIG = {...}", "removed", OLD + "; pass these values as arguments instead"),
    Fixup("self.wait(0)", "removed", "CE refuses a zero-length wait"),
    Fixup('if __name__ == "__main__":', "removed", "the plugin renders the scene itself"),
]

RENAMES: dict[str, str] = {f.pattern.lstrip("."): f.replacement.lstrip(".") for f in FIXUPS
                           if f.pattern.lstrip(".").isidentifier()}
_WHY = {f.pattern.lstrip("."): f.why for f in FIXUPS}
_MAIN_WHY = FIXUPS[-1].why
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


@dataclass
class _Edit:
    start: int
    end: int
    text: str
    line: int
    note: str  # empty: part of a rewrite whose note another edit carries


class _Source:
    """Maps AST (line, UTF-8 byte column) positions to offsets in the text."""

    def __init__(self, code: str):
        self.code = code
        self.lines = code.splitlines(keepends=True)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line))

    def pos(self, line: int, col: int) -> int:
        text = self.lines[line - 1] if line <= len(self.lines) else ""
        return self.starts[line - 1] + len(text.encode("utf-8")[:col].decode("utf-8", "ignore"))

    def span(self, node: ast.AST) -> tuple[int, int]:
        return self.pos(node.lineno, node.col_offset), self.pos(node.end_lineno, node.end_col_offset)

    def text(self, node: ast.AST) -> str:
        a, b = self.span(node)
        return self.code[a:b]

    def whole_lines(self, node: ast.stmt) -> tuple[int, int] | None:
        """The span of the full lines a statement occupies, if nothing else shares them."""
        a, b = self.span(node)
        first = self.starts[node.lineno - 1]
        last = self.starts[node.end_lineno]
        rest = self.code[b:last].strip()
        if self.code[first:a].strip() or (rest and not rest.startswith("#")):
            return None
        return first, last


def apply_fixups(code: str) -> tuple[str, list[str]]:
    """Rewrite old-Manim constructs; returns the new code and one note per rewrite."""
    notes: list[str] = []
    for _ in range(6):  # nested rewrites (ApplyMethod(m.become, TextMobject(...))) take passes
        try:
            tree = ast.parse(code)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return code, notes  # positions are unknown: leave broken code to the repair loop
        edits = _Collector(_Source(code), tree).edits
        if not edits:
            break
        code = _apply(code, edits, notes)
    return code, notes


def _apply(code: str, edits: list[_Edit], notes: list[str]) -> str:
    chosen: list[_Edit] = []
    last_end = -1
    for e in sorted(edits, key=lambda e: (e.start, -e.end)):
        if e.start >= last_end or (e.start == e.end == last_end):
            chosen.append(e)
            last_end = max(last_end, e.end)
    # an overlapped edit waits for the next pass; its note comes with it then
    for e in chosen:
        if e.note:
            notes.append(f"line {e.line}: {e.note}")
    for e in sorted(chosen, key=lambda e: (e.start, e.end), reverse=True):
        code = code[: e.start] + e.text + code[e.end :]
    return code


def _func_name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _kw(call: ast.Call, name: str) -> ast.keyword | None:
    return next((k for k in call.keywords if k.arg == name), None)


def _simple(node: ast.AST) -> bool:
    return isinstance(node, (ast.Name, ast.Attribute, ast.Call, ast.Subscript, ast.Constant))


class _Collector:
    def __init__(self, src: _Source, tree: ast.Module):
        self.src = src
        self.edits: list[_Edit] = []
        self.done: set[int] = set()  # ids of nodes a call rewrite already handled
        self.own = {n.name for n in ast.walk(tree) if isinstance(n, (ast.ClassDef, ast.FunctionDef))}
        self.own |= {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
        self.gl = False
        self.removed: dict[int, set[int]] = {}  # id(statement list) -> ids of removed statements
        self.module_body = tree.body
        self.imports(tree)
        self.classes(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                self.call(node)
        self.statements(tree)
        self.renames(tree)

    def add(self, node_or_span: ast.AST | tuple[int, int], text: str, note: str, line: int = 0) -> None:
        if isinstance(node_or_span, tuple):
            a, b = node_or_span
        else:
            a, b = self.src.span(node_or_span)
            line = line or node_or_span.lineno
        if line == 0:
            line = self.src.code.count("\n", 0, a) + 1
        self.edits.append(_Edit(a, b, text, line, note))

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
                self.add(node, "from manim import *", f"{self.src.text(node)} → from manim import * ({GL})")

    # -- classes: CONFIG dicts, camera.frame, fix_in_frame -------------------------------------
    def classes(self, tree: ast.Module) -> None:
        defs = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}

        def bases(c: ast.ClassDef) -> list[str]:
            return [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in c.bases]

        def is_3d(c: ast.ClassDef, seen: frozenset[str] = frozenset()) -> bool:
            return any("ThreeDScene" in b or (b in defs and b not in seen and is_3d(defs[b], seen | {c.name}))
                       for b in bases(c))

        for cls in defs.values():
            for stmt in cls.body:
                if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.value, ast.Dict)
                        and isinstance(stmt.targets[0], ast.Name) and stmt.targets[0].id == "CONFIG"):
                    self.remove(stmt, cls.body, f"removed CONFIG dict in {cls.name} ({_WHY['CONFIG = {...}']})")
            uses_frame = any(isinstance(n, ast.Attribute) and n.attr == "frame" and isinstance(n.value, ast.Attribute)
                             and n.value.attr == "camera" and isinstance(n.value.value, ast.Name)
                             and n.value.value.id == "self" for n in ast.walk(cls))
            scene_base = next((b for b in cls.bases if isinstance(b, ast.Name) and b.id == "Scene"), None)
            if uses_frame and scene_base is not None:
                self.add(scene_base, "MovingCameraScene",
                         f"class {cls.name}(Scene) → (MovingCameraScene) (it uses self.camera.frame)")
            self.fix_in_frame(cls, is_3d(cls))

    def fix_in_frame(self, cls: ast.ClassDef, three_d: bool) -> None:
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
                                 f"{recv}.fix_in_frame() → {me}.add_fixed_in_frame_mobjects({recv}) ({GL})")
                    elif isinstance(stmt, ast.Expr):
                        self.remove(stmt, body, f"removed {recv}.fix_in_frame() (a ManimGL call; 2D scenes need no fixing)")
                    else:
                        target = stmt.targets[0]
                        extra = ""
                        if three_d and me and isinstance(target, ast.Name) and len(stmt.targets) == 1:
                            indent = " " * stmt.col_offset
                            extra = f"\n{indent}{me}.add_fixed_in_frame_mobjects({target.id})"
                        self.add(call, recv + extra, f"{recv}.fix_in_frame() → {recv}"
                                 + (f" + {me}.add_fixed_in_frame_mobjects(...)" if extra else f" ({GL})"))

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
            self.add(func_name_node, new, f"TextMobject → {new} ({OLD})")
        elif name in _FADES and func_name_node is not None and not star and len(call.args) in (1, 2):
            self.fade(call, func_name_node)
        elif name == "ShowCreationThenDestruction" and func_name_node is not None and call.args and not star:
            self.done.add(id(func_name_node))
            self.add(func_name_node, "ShowPassingFlash", f"ShowCreationThenDestruction → ShowPassingFlash ({OLD})")
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
            self.add(call, new, f"ApplyMethod({recv}.{method.attr}, ...) → {new} (the .animate syntax)")
        elif name == "wait" and isinstance(call.func, ast.Attribute):
            return  # handled as a statement
        if name in _RANGE_CALLS and not star:
            self.ranges(call)

    def fade(self, call: ast.Call, func: ast.Name) -> None:
        new, kw, old_kw, default, negate = _FADES[func.id]
        self.done.add(id(func))
        self.add(func, new, f"{func.id}(...) → {new}(..., {kw}=...) ({_WHY.get(func.id + '(m, d)', OLD)})")
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
            self.add(lo, new, f"{p}_min=..., {p}_max=... → {new} ({OLD})")
            a, b = self.src.span(hi)
            code = self.src.code
            line_start = code.rfind("\n", 0, a) + 1
            own_line = re.match(r"[ \t]*,?[ \t]*\n", code[b:])
            before = code[:a].rstrip()
            if not code[line_start:a].strip() and own_line:  # "x_max=3," alone on its line
                a, b = line_start, b + own_line.end()
            elif before.endswith(","):  # remove ", x_max=3"
                a = len(before) - 1
            elif (after := re.match(r"\s*,\s*", code[b:])) is not None:  # first argument: "x_max=3, "
                b += after.end()
            self.add((a, b), "", "", call.lineno)

    # -- statements ------------------------------------------------------------------------------
    def statements(self, tree: ast.Module) -> None:
        for node in tree.body:
            if (isinstance(node, ast.If) and isinstance(node.test, ast.Compare)
                    and isinstance(node.test.left, ast.Name) and node.test.left.id == "__name__"):
                self.remove(node, tree.body, f"removed the if __name__ == \"__main__\" block ({_MAIN_WHY})")
        for body in _stmt_lists(tree):
            for stmt in body:
                c = stmt.value if isinstance(stmt, ast.Expr) else None
                if (isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == "wait"
                        and isinstance(c.func.value, ast.Name) and c.func.value.id == "self"):
                    arg = c.args[0] if c.args else (_kw(c, "duration").value if _kw(c, "duration") else None)
                    if isinstance(arg, ast.Constant) and type(arg.value) in (int, float) and arg.value == 0:
                        self.remove(stmt, body, "removed self.wait(0) (CE refuses a zero-length wait)")

    def remove(self, stmt: ast.stmt, body: list[ast.stmt], note: str) -> None:
        """Delete a statement's lines; the last statement of an emptied block becomes `pass`."""
        span = self.src.whole_lines(stmt)
        if span is None:
            return  # shares its line with other code: leave it
        gone = self.removed.setdefault(id(body), set())
        gone.add(id(stmt))
        if len(gone) == len(body) and body is not self.module_body:
            self.add(stmt, "pass", note)
        else:
            self.add(span, "", note, stmt.lineno)

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
        why = "ManimGL's Tex is math mode" if old == "Tex" else _WHY.get(old, OLD)
        self.add(span, new, f"{old} → {new} ({why})", node.lineno)


def _stmt_lists(root: ast.AST) -> list[list[ast.stmt]]:
    out = []
    for node in ast.walk(root):
        for attr in ("body", "orelse", "finalbody"):
            body = getattr(node, attr, None)
            if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
                out.append(body)
        if isinstance(node, ast.Try):
            out.extend(h.body for h in node.handlers)
    return out
