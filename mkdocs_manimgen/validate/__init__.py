"""Everything that judges or repairs scene code before it runs, in one package.

- :mod:`.static`: the AST allowlist untrusted (model-written) code must pass; its tables in :mod:`.rules`.
- :mod:`.scene_class`: which class is the scene, one algorithm for every caller.
- :mod:`.pyast`: the one place scene code is parsed or unparsed (serialised: safe under the block threads).
- :mod:`.tex`: which TeX control sequences are refused (scene code) or stripped (math the plugin writes).
- :mod:`.fixups`: deterministic rewrites of old / wrong Manim code: the table of rows with ids
  (:mod:`.table`), the rewrites (:mod:`.fixup_names`, :mod:`.fixup_api`, :mod:`.graph_scene`,
  :mod:`.fixup_tex`, :mod:`.colours`) over shared position-based edits (:mod:`.edits`).

The checks that need the live scene graph run inside the render process
(:mod:`mkdocs_manimgen.render.scene_checks`).
"""

from __future__ import annotations

from .findings import Finding, ValidationReport
from .fixups import FIXUPS, apply_fixups, fixup_hint, replacement_for
from .scene_class import SceneChoice, find_scene, guess_scene_name, pick_scene, scene_classes
from .static import DEFAULT_ALLOWED_IMPORTS, MAX_CODE_BYTES, validate_code

__all__ = [
    "DEFAULT_ALLOWED_IMPORTS", "FIXUPS", "MAX_CODE_BYTES", "Finding", "SceneChoice", "ValidationReport",
    "apply_fixups", "find_scene", "fixup_hint", "guess_scene_name", "pick_scene", "replacement_for",
    "scene_classes", "validate_code",
]
