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
from ...language import LABELS
from ...model import BlockSpec, SceneDraft
from ..base import OFFLINE
from . import requests
from .families import registry
from .recognise import candidates, classify, classify_info
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
    """Design the scene for ``spec`` (``family`` forces a family, for tests/previews), honouring
    the `revise:` requests the table of :mod:`.requests` reads; the others are listed as ignored."""
    info = extract(spec.concept or "")
    wishes = requests.read(spec.revisions)
    ignored = list(wishes.ignored)
    if family is None:
        family = classify_info(info)
        if wishes.three_d is not None and registry()[family].three_d != wishes.three_d:
            family = _other_dimension(info, wishes.three_d) or family
            if registry()[family].three_d != wishes.three_d and wishes.asked_dimension not in ignored:
                ignored.append(wishes.asked_dimension or "")
    try:
        draft = _build(spec, info, family, wishes.pace)
    except Exception:  # a template hit input it cannot handle: never fail, explain instead
        if family == "explainer":
            raise
        draft = _build(spec, info, "explainer", wishes.pace)
        draft.reasoning = f"template {family!r} failed, used explainer:\n" + traceback.format_exc(limit=3)
    if spec.revisions:
        ignored = [r for r in spec.revisions if r in ignored]  # in the author's order
        draft.revisions, draft.ignored, draft.quality = list(spec.revisions), ignored, wishes.quality
        if ignored:
            words = LABELS["zh" if info.chinese else "en"]
            draft.notes_md += "\n" + words["ignored_note"] + "\n\n" + "".join(f"- {r}\n" for r in ignored)
    return draft


def _other_dimension(info, three_d: bool) -> str | None:
    """The strongest specific family of the other kind (3D or 2D) that draws this block's own math, if any
    (the generic `equation` and `explainer` do not count: they would draw less, not the same in 2D)."""
    families = registry()
    return next((name for name in candidates(info)
                 if not families[name].generic and families[name].three_d == three_d and families[name].needs(info)),
                None)


def _build(spec: BlockSpec, info, family: str, pace: float = 1.0) -> SceneDraft:
    template = registry()[family]
    writer = SceneWriter(family, info.chinese, three_d=template.three_d, pace=pace)
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

    def revise(self, spec: BlockSpec, answers: list[SceneDraft]) -> SceneDraft:
        """Not a conversation: `generate` reads every `revise:` request itself (capabilities.converses)."""
        return self.generate(spec)

    def repair(self, spec: BlockSpec, draft: SceneDraft, error: str) -> SceneDraft:
        raise GenerationFailed(
            "the offline generator's scene failed to render and it cannot repair code",
            location=spec.location,
            hint="report the block to mkdocs-manimgen, or write the scene by hand with code:",
        )

    def close(self) -> None:
        return None
