"""Which class of a scene file gets rendered, and what kind of scene it is.

One algorithm for every caller (the validator, hand-written blocks, the answer parser, the
fix-ups): a class is a scene when one of its bases is a Manim scene (a name ending in
``Scene``) or a scene class of the same file; the scene to render is the one the block names
(``scene:``), else the only *leaf* scene (no other scene derives from it), preferring leaves
that define ``construct`` themselves or through the file's own base classes.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

from . import pyast
from .findings import Finding

_MOVING = ("MovingCameraScene", "ZoomedScene")  # ZoomedScene derives from MovingCameraScene
SCENE_CLASS_RE = re.compile(r"^\s*class\s+(\w+)\s*\(([^)]*Scene[^)]*)\)\s*:", re.M)


def base_name(node: ast.expr) -> str:
    """``Scene`` for ``Scene``, ``manim.Scene`` and ``m.Scene``; "" for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


@dataclass
class SceneClass:
    """One scene class of the file: its node and the Manim scene classes it derives from."""

    name: str
    node: ast.ClassDef
    bases: list[str]
    manim_bases: set[str] = field(default_factory=set)  # reached through the file's own classes too
    has_construct: bool = False  # defined here or in one of the file's own base classes

    @property
    def is_3d(self) -> bool:
        return any("ThreeDScene" in b for b in self.manim_bases)

    @property
    def moving_camera(self) -> bool:
        """Has ``self.camera.frame`` (MovingCameraScene and its subclasses)."""
        return any(b in _MOVING for b in self.manim_bases)


def scene_classes(tree: ast.Module) -> dict[str, SceneClass]:
    """Every scene class defined at the top level of ``tree``, in source order."""
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    bases = {name: [base_name(b) for b in c.bases] for name, c in classes.items()}
    scenes: set[str] = set()
    changed = True
    while changed:  # fixpoint: a local base may be defined after its subclass
        changed = False
        for name, bs in bases.items():
            if name not in scenes and any(b.endswith("Scene") or b in scenes for b in bs):
                scenes.add(name)
                changed = True

    def walk(name: str, seen: frozenset[str]) -> tuple[set[str], bool]:
        node = classes[name]
        manim: set[str] = set()
        construct = any(isinstance(f, ast.FunctionDef) and f.name == "construct" for f in node.body)
        for b in bases[name]:
            if b in classes and b not in seen and b != name:
                m, c = walk(b, seen | {name})
                manim |= m
                construct = construct or c
            elif b.endswith("Scene"):
                manim.add(b)
        return manim, construct

    out: dict[str, SceneClass] = {}
    for name in classes:
        if name in scenes:
            manim, construct = walk(name, frozenset())
            out[name] = SceneClass(name, classes[name], bases[name], manim, construct)
    return out


def plain_scene_base(info: SceneClass, scenes: dict[str, SceneClass],
                     seen: frozenset[str] = frozenset()) -> tuple[str, ast.Name | None]:
    """The ``Scene`` base node a scene class inherits through (its own, or its local base's)."""
    for node, name in zip(info.node.bases, info.bases):
        if isinstance(node, ast.Name) and name == "Scene":
            return info.name, node
        if name in scenes and name not in seen:
            owner, found = plain_scene_base(scenes[name], scenes, seen | {info.name})
            if found is not None:
                return owner, found
    return info.name, None


@dataclass
class SceneChoice:
    name: str | None  # None when no class could be chosen (see findings)
    is_3d: bool = False
    findings: list[Finding] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)  # the leaf scenes, in source order


def pick_scene(tree: ast.Module, wanted: str | None) -> SceneChoice:
    """The class to render: ``wanted``, or the one leaf scene (see the module docstring)."""
    scenes = scene_classes(tree)
    if wanted is not None:
        if wanted in scenes:
            return SceneChoice(wanted, scenes[wanted].is_3d, candidates=[wanted])
        node = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == wanted), None)
        if node is not None:
            return SceneChoice(None, findings=[Finding(node.lineno, node.col_offset + 1, f"class '{wanted}' is not a Scene",
                                                       "the scene to render must derive from Scene (or ThreeDScene, ...)")])
        have = ", ".join(sorted(scenes)) or "none"
        return SceneChoice(None, findings=[Finding(1, 1, f"no class '{wanted}' in the code", f"Scene classes defined: {have}")])
    used_as_base = {b for s in scenes.values() for b in s.bases}
    leaves = [n for n in scenes if n not in used_as_base]
    if len(leaves) > 1:
        leaves = [n for n in leaves if scenes[n].has_construct] or leaves
    if len(leaves) == 1:
        return SceneChoice(leaves[0], scenes[leaves[0]].is_3d, candidates=leaves)
    if not leaves:
        return SceneChoice(None, findings=[Finding(1, 1, "no Scene subclass",
                                                   "define one class deriving from Scene, e.g. class Main(Scene): def construct(self): ...")])
    names = ", ".join(sorted(leaves))
    line = scenes[sorted(leaves)[1]].node.lineno
    return SceneChoice(None, findings=[Finding(line, 1, f"several Scene classes ({names})",
                                               f"render one: add `scene: {sorted(leaves)[0]}` to the block, or keep a single Scene class")],
                       candidates=leaves)


def find_scene(code: str, wanted: str | None) -> tuple[str | None, list[Finding]]:
    """The scene to render in code that is not held to the allowlist (an author's own scene)."""
    try:
        tree = pyast.parse(code)
    except SyntaxError as err:
        return None, [Finding(err.lineno or 1, err.offset or 1, f"syntax error: {err.msg}", "fix the Python syntax")]
    choice = pick_scene(tree, wanted)
    return choice.name, choice.findings


def guess_scene_name(code: str) -> str:
    """A scene name even for broken or ambiguous code (a model's answer, before repair): the
    chosen scene, else the last candidate; on a syntax error, the last ``class X(...Scene...)``."""
    try:
        tree = pyast.parse(code)
    except SyntaxError:
        names = [m.group(1) for m in SCENE_CLASS_RE.finditer(code)]
        return names[-1] if names else ""
    choice = pick_scene(tree, None)
    return choice.name or (choice.candidates[-1] if choice.candidates else "")
