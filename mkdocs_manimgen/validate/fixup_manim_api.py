"""Fix-ups checked against the installed Manim's own API (:mod:`.manim_api`): rows ``old-module-path``
and ``unknown-keyword``.

- ``old-module-path``: ``from manim.mobject.three_dimensions import ParametricSurface`` names a
  module Manim CE moved (or a name the module no longer defines): ImportError. Every public
  class is also exported by ``manim`` itself, so the import becomes ``from manim import ...``
  (row ``parametricsurface`` renames the name in the same pass).
- ``unknown-keyword``: ``Arrow(..., max_tip_length=0.25)``, ``Sphere(gloss=0.6)``: a keyword the
  class's real signature does not take raises TypeError. A keyword with an equivalent under
  another name (:data:`EQUIVALENTS`, used only when the class takes the target) is renamed; any
  other is dropped, and the note names it with the nearest keywords the class does take.
"""

from __future__ import annotations

import ast
import difflib
import re

from .edits import Collector, Source
from .manim_api import keywords, module_names
from .table import ROWS

# ManimGL / early-CE keyword -> Manim CE's keyword for the same thing (only when the class takes it).
EQUIVALENTS: dict[str, str] = {
    "isolate": "substrings_to_isolate",  # ManimGL Tex(..., isolate=[...])
    "t2c": "tex_to_color_map",  # ManimGL Tex(..., t2c={...}); CE's Text keeps t2c
    "thickness": "stroke_width",  # ManimGL Line/Arrow thickness
    "outer_radius": "radius",  # Sector(outer_radius=...) (CE's Sector passes its radius on as outer_radius)
    "colour": "color",  # British spelling
}


class ManimApiCollector(Collector):
    def __init__(self, src: Source, tree: ast.Module):
        super().__init__(src, tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                self.import_path(node)
        table = keywords()
        if not table:
            return
        for call in ast.walk(tree):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in table
                    and call.func.id not in self.own and not any(k.arg is None for k in call.keywords)):
                self.call_keywords(call, call.func.id, table[call.func.id])

    def import_path(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if not module.startswith("manim."):
            return
        names = [al.name for al in node.names]
        defined = module_names(module)
        if defined is not None and ("*" in defined or "*" in names or all(n in defined for n in names)):
            return
        text = self.src.text(node)
        m = re.match(r"from\s+" + re.escape(module).replace(r"\.", r"\s*\.\s*") + r"\b", text)
        if m is None:
            return
        start = self.src.span(node)[0]
        why = ROWS["old-module-path"].why
        missing = "no such module" if defined is None else "not defined there"
        self.add((start, start + m.end()), "from manim", f"from {module} import ... → from manim import ... "
                 f"({missing}; {why})", node.lineno, row="old-module-path")

    def call_keywords(self, call: ast.Call, name: str, accepted: frozenset[str]) -> None:
        given = {k.arg for k in call.keywords}
        for k in call.keywords:
            if k.arg in accepted:
                continue
            target = EQUIVALENTS.get(k.arg or "")
            if target in accepted and target not in given:
                end = self.src.pos(k.lineno, k.col_offset) + len(k.arg or "")
                self.add((end - len(k.arg or ""), end), target, f"{name}({k.arg}=...) → {name}({target}=...) "
                         f"({ROWS['unknown-keyword'].why})", k.lineno, row="unknown-keyword")
                continue
            close = difflib.get_close_matches(k.arg or "", sorted(accepted), n=3, cutoff=0.6)
            hint = f"; close ones it takes: {', '.join(close)}" if close else ""
            self.add(self.src.argument_span(k), "", f"dropped {k.arg}= from {name}(...) "
                     f"({name} does not take it in Manim CE{hint})", k.lineno, row="unknown-keyword")
