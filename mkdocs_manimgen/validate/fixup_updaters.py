"""Fix-ups for updater signatures: row ``updater-dt``.

Manim CE 0.22 (``Mobject.update``) calls an updater as ``f(mob, dt)`` only when it has a
parameter *named* ``dt``, else as ``f(mob)``. ManimGL passed the time step to any updater with
two parameters, whatever their names. So in CE ``lambda m, delta: ...`` is called with one
argument (TypeError when it runs, or a scene that silently never moves: a non-time-based
updater does not make ``wait`` render), and ``lambda dt: ...`` gets two (TypeError). The rewrite
gives the time step its CE name: the second parameter becomes ``dt`` (with its uses), a lone
``dt`` gets the mobject parameter in front. ``self.add_updater`` (the Scene's: ``f(dt)``) is
left alone.
"""

from __future__ import annotations

import ast

from .edits import Collector, Source
from .table import ROWS

_MOB = "_mob"  # the mobject parameter a lone `dt` updater gets


class UpdaterCollector(Collector):
    def __init__(self, src: Source, tree: ast.Module):
        super().__init__(src, tree)
        functions: dict[str, list[ast.FunctionDef]] = {}
        for n in ast.walk(tree):
            if isinstance(n, ast.FunctionDef):
                functions.setdefault(n.name, []).append(n)
        seen: set[int] = set()
        for call in ast.walk(tree):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "add_updater" and call.args):
                continue
            if isinstance(call.func.value, ast.Name) and call.func.value.id == "self":
                continue  # Scene.add_updater calls f(dt)
            fn = call.args[0]
            if isinstance(fn, ast.Name) and len(functions.get(fn.id, [])) == 1:
                fn = functions[fn.id][0]
            if isinstance(fn, (ast.Lambda, ast.FunctionDef)) and id(fn) not in seen:
                seen.add(id(fn))
                self.signature(fn)

    def signature(self, fn: ast.Lambda | ast.FunctionDef) -> None:
        a = fn.args
        params = a.posonlyargs + a.args
        if a.vararg is not None or not params:
            return
        what = f"def {fn.name}" if isinstance(fn, ast.FunctionDef) else "lambda"
        why = ROWS["updater-dt"].why
        if len(params) == 1:  # f(mob) is how CE calls it, unless its one parameter is `dt`
            if params[0].arg == "dt":
                at = self.src.pos(params[0].lineno, params[0].col_offset)
                self.add((at, at), f"{_MOB}, ", f"{what}(dt) → ({_MOB}, dt) ({why})", params[0].lineno, row="updater-dt")
            return
        if "dt" in [p.arg for p in params + a.kwonlyargs]:
            return
        body = fn.body if isinstance(fn, ast.FunctionDef) else [fn.body]
        old = params[1].arg
        if any(isinstance(n, ast.Name) and n.id == "dt" for b in body for n in ast.walk(b)):
            return  # `dt` already names something else in there
        if isinstance(fn, ast.FunctionDef) and any(
                isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id == fn.name
                and any(k.arg == old for k in c.keywords) for c in ast.walk(self.tree)):
            return  # called elsewhere with `old=` by name: renaming it would break that call
        start = self.src.pos(params[1].lineno, params[1].col_offset)
        self.add((start, start + len(old)), "dt", f"{what}({params[0].arg}, {old}) → ({params[0].arg}, dt) ({why})",
                 params[1].lineno, row="updater-dt")
        for n in (n for b in body for n in ast.walk(b) if isinstance(n, ast.Name) and n.id == old):
            self.add(n, "dt", "")
