"""Which class of the scene code gets rendered, and whether it is a 3D scene."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .validate import Finding

_SCENE_3D = "ThreeDScene"


def _base_name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def pick_scene(tree: ast.Module, wanted: str | None) -> tuple[str | None, bool, list[Finding]]:
    """The class to render: ``wanted``, or the one Scene subclass no other scene class derives from."""
    from .validate import Finding

    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    bases = {name: [_base_name(b) for b in c.bases] for name, c in classes.items()}
    scenes: set[str] = set()
    changed = True
    while changed:  # a class is a scene if a base ends in "Scene" or is itself a scene here
        changed = False
        for name, bs in bases.items():
            if name not in scenes and any(b.endswith("Scene") or b in scenes for b in bs):
                scenes.add(name)
                changed = True

    def is_3d(name: str, seen: frozenset[str] = frozenset()) -> bool:
        return any(_SCENE_3D in b or (b in scenes and b not in seen and is_3d(b, seen | {name}))
                   for b in bases.get(name, []))

    if wanted is not None:
        if wanted in scenes:
            return wanted, is_3d(wanted), []
        node = classes.get(wanted)
        if node is not None:
            return None, False, [Finding(node.lineno, node.col_offset + 1, f"class '{wanted}' is not a Scene",
                                         "the scene to render must derive from Scene (or ThreeDScene, ...)")]
        have = ", ".join(sorted(scenes)) or "none"
        return None, False, [Finding(1, 1, f"no class '{wanted}' in the code", f"Scene classes defined: {have}")]
    used_as_base = {b for name in scenes for b in bases[name]}
    leaves = sorted(n for n in scenes if n not in used_as_base)
    if len(leaves) == 1:
        return leaves[0], is_3d(leaves[0]), []
    if not leaves:
        return None, False, [Finding(1, 1, "no Scene subclass",
                                     "define one class deriving from Scene, e.g. class Main(Scene): def construct(self): ...")]
    names = ", ".join(leaves)
    line = classes[leaves[1]].lineno
    return None, False, [Finding(line, 1, f"several Scene classes ({names})",
                                 f"render one: add `scene: {leaves[0]}` to the block, or keep a single Scene class")]


def find_scene(code: str, wanted: str | None) -> tuple[str | None, list[Finding]]:
    """The scene to render in code that is not held to the allowlist (an author's own scene)."""
    from .validate import Finding

    try:
        tree = ast.parse(code)
    except SyntaxError as err:
        return None, [Finding(err.lineno or 1, err.offset or 1, f"syntax error: {err.msg}", "fix the Python syntax")]
    name, _, findings = pick_scene(tree, wanted)
    return name, findings
