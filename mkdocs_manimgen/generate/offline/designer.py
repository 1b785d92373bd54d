"""The offline generator: a "teaching designer" that needs no network.

It recognises the concept's family (see :mod:`.recognise`: a family is chosen only when
the block's own math gives its template what it draws), fills that family's template with
the block's own formula/function, and writes study notes.  The same input always gives
byte-identical output.
"""

from __future__ import annotations

import threading
import traceback

from . import VERSION
from ...errors import GenerationFailed
from ...model import BlockSpec, SceneDraft
from ..base import OFFLINE
from .families import registry
from .recognise import classify, classify_info
from .latex import extract
from .notes import default_title, write_notes
from .storyboard import SCENE_NAME, SceneWriter
from .templates.common import Ctx

__all__ = ["OfflineGenerator", "classify", "FAMILIES", "generate_draft"]


def __getattr__(name: str):
    if name in ("FAMILIES", "THREE_D"):
        from . import recognise

        return getattr(recognise, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def generate_draft(spec: BlockSpec, family: str | None = None) -> SceneDraft:
    """Design the scene for ``spec`` (``family`` forces a family, for tests/previews)."""
    info = extract(spec.concept or "")
    if family is None:
        family = classify_info(info)
    try:
        return _build(spec, info, family)
    except Exception:  # a template hit input it cannot handle: never fail, explain instead
        if family == "explainer":
            raise
        draft = _build(spec, info, "explainer")
        draft.reasoning = f"template {family!r} failed, used explainer:\n" + traceback.format_exc(limit=3)
        return draft


def _build(spec: BlockSpec, info, family: str) -> SceneDraft:
    template = registry()[family]
    writer = SceneWriter(family, info.chinese, three_d=template.three_d)
    title = (spec.title or "").strip() or default_title(family, info)
    ctx = Ctx(info=info, family=family, w=writer, title=title)
    template.module.build(ctx)
    code, beats = writer.finish(f"{title} (offline template: {family})")
    notes = write_notes(ctx, beats)
    return SceneDraft(
        code=code,
        scene_name=SCENE_NAME,
        storyboard=beats,
        notes_md=notes,
        generator="offline",
        kind=family,
    )


_DESIGN_LOCK = threading.Lock()


class OfflineGenerator:
    """Template-based generator; the build's default and the LLM's fallback."""

    name = "offline"
    version = VERSION
    capabilities = OFFLINE

    def generate(self, spec: BlockSpec) -> SceneDraft:
        # Blocks run in threads; sympy's first, lazy import from several threads at once can
        # deadlock on its module locks. The design is pure Python under the GIL anyway, so
        # serialising it costs nothing.
        try:
            with _DESIGN_LOCK:
                return generate_draft(spec)
        except Exception as exc:  # pragma: no cover - explainer itself failing
            raise GenerationFailed(f"offline generator failed: {exc}", location=spec.location) from exc

    def repair(self, spec: BlockSpec, draft: SceneDraft, error: str) -> SceneDraft:
        raise GenerationFailed(
            "the offline generator's scene failed to render and it cannot repair code",
            location=spec.location,
            hint="report the block to mkdocs-manimgen, or write the scene by hand with code:",
        )

    def close(self) -> None:
        return None
