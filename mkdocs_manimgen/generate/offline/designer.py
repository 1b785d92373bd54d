"""The offline generator: a "teaching designer" that needs no network.

It recognises the concept's family (see :mod:`.recognise`: a family is chosen only when
the block's own math gives its template what it draws), fills that family's template with
the block's own formula/function, and writes study notes.  The same input always gives
byte-identical output.
"""

from __future__ import annotations

import threading
from functools import lru_cache
import traceback

from . import VERSION
from ...errors import GenerationFailed
from ...language import LABELS
from ...model import BlockSpec, SceneDraft
from ..base import OFFLINE
from . import requests
from .families import GENERIC, registry
from .limits import DESIGN_SECONDS, DesignTimeout, check_size, deadline
from .design_worker import Timeout, shared as shared_process
from .scene_check import SceneCheck
from .verify import verify
from .claims import coda
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
    the `revise:` requests the table of :mod:`.requests` reads; the others are listed as ignored.

    A family's design that raises or fails verification (:mod:`.verify`) is not shown: the block
    gets the walkthrough, and ``reasoning`` says why."""
    info = extract(spec.concept or "")
    wishes = requests.read(spec.revisions)
    ignored = list(wishes.ignored)
    forced = family is not None
    if family is None:
        family = classify_info(info)
        if wishes.three_d is not None and registry()[family].three_d != wishes.three_d:
            family = _other_dimension(info, wishes.three_d) or family
            if registry()[family].three_d != wishes.three_d and wishes.asked_dimension not in ignored:
                ignored.append(wishes.asked_dimension or "")
    refused = []
    drawers = [] if forced else [n for n in _drawers(info, family)  # not against an asked dimension ("in 2D")
                                 if wishes.three_d is None or registry()[n].three_d == wishes.three_d]
    for name in dict.fromkeys([family, *drawers, *walkthrough_order(info)]):
        try:
            draft, ctx = _build(spec, info, name, wishes.pace)
        except Exception:  # a template hit input it cannot handle: never fail, explain instead
            if name == "explainer":
                raise
            refused.append(f"template {name!r} failed:\n" + traceback.format_exc(limit=3))
            continue
        problems = [] if registry()[name].generic else verify(ctx, draft)
        if not problems:
            if refused:
                draft.reasoning = "\n".join(refused) + f"\nused {name}"
            return _answer_requests(draft, spec, info, wishes, ignored)
        refused.append(f"template {name!r} refused by the verifier: " + "; ".join(problems))
    raise AssertionError("the explainer always designs")  # pragma: no cover


def _drawers(info, family: str) -> list[str]:
    """The families that draw a question the block asks and ``family`` does not (verify's ``drawn_by``),
    among the candidates whose needs the block meets: an Euler's-method block that time_course claimed
    goes to slope_field, which draws Euler's polygon, before the walkthrough."""
    families = registry()
    wanted = {name for q in info.reading.questions if family not in q.drawn_by for name in q.drawn_by}
    if not wanted:
        return []
    return [name for name in candidates(info) if name in wanted and name != family and families[name].needs(info)]


def _answer_requests(draft: SceneDraft, spec: BlockSpec, info, wishes, ignored: list[str]) -> SceneDraft:
    """The `revise:` requests on the draft: the history, those ignored (in the author's order, also
    at the end of the notes) and the quality one asked for."""
    if spec.revisions:
        ignored = [r for r in spec.revisions if r in ignored]
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


def walkthrough(spec: BlockSpec, why: str, refused: tuple[str, ...] = ()) -> SceneDraft:
    """The walkthrough of ``spec``: the first generic family not in ``refused`` whose needs its math
    meets (the explainer always can); ``reasoning`` says ``why``. Pace and quality requests still
    apply; a 2D/3D request is ignored (the walkthrough is flat)."""
    info = extract(spec.concept or "")
    wishes = requests.read(spec.revisions)
    ignored = list(wishes.ignored) + ([wishes.asked_dimension] if wishes.asked_dimension else [])
    for name in walkthrough_order(info):
        if name in refused and name != "explainer":
            continue
        try:
            draft, _ = _build(spec, info, name, wishes.pace)
        except Exception:
            if name == "explainer":
                raise
            continue
        draft.reasoning = f"{why}\nused {name}"
        return _answer_requests(draft, spec, info, wishes, ignored)
    raise AssertionError("the explainer always designs")  # pragma: no cover


def walkthrough_order(info) -> list[str]:
    """The generic families that can take this block, best first (the explainer always can)."""
    families = registry()
    return [n for n in GENERIC if n == "explainer" or families[n].needs(info)]


def _build(spec: BlockSpec, info, family: str, pace: float = 1.0) -> tuple[SceneDraft, Ctx]:
    template = registry()[family]
    writer = SceneWriter(family, info.chinese, three_d=template.three_d, pace=pace)
    title = (spec.title or "").strip() or default_title(family, info)
    ctx = Ctx(info=info, family=family, w=writer, title=title)
    template.module.build(ctx)
    coda(ctx)  # the block's false statements, whichever family drew it
    code, beats = writer.finish(f"{title} (offline template: {family})")
    notes = write_notes(ctx, beats)
    return SceneDraft(
        code=code,
        scene_name=SCENE_NAME,
        storyboard=beats,
        notes_md=notes,
        generator="offline",
        kind=family,
    ), ctx


_DESIGN_LOCK = threading.Lock()


class OfflineGenerator:
    """Template-based generator; the build's default and the LLM's fallback.

    ``check_scenes``: run each design's scene (without drawing it) before handing it over, and
    give the block the walkthrough when it raises (tests of designs alone leave it off).
    ``seconds``: the time budget of one design (:mod:`.limits`). ``isolated``: design in the process's
    warm child, which is killed when the budget runs out (:mod:`.design_worker`; builds do this, since a
    long call in C outlasts the in-thread deadline); else in this process's thread."""

    name = "offline"
    version = VERSION
    capabilities = OFFLINE

    def __init__(self, check_scenes: bool = False, seconds: float = DESIGN_SECONDS, isolated: bool = False):
        self.seconds = seconds
        self._check = SceneCheck() if check_scenes else None
        self._process = shared_process() if isolated else None

    def generate(self, spec: BlockSpec) -> SceneDraft:
        check_size(spec)
        try:
            draft = self._design(spec)
            refused: tuple[str, ...] = ()
            while self._check is not None and draft.kind != "explainer":
                error = self._check.error(draft.code, draft.scene_name)
                if error is None:
                    break
                refused += (draft.kind,)
                with _DESIGN_LOCK:
                    draft = walkthrough(spec, f"the {draft.kind!r} scene did not run:\n{error}", refused)
            return draft
        except GenerationFailed:
            raise
        except Exception as exc:  # pragma: no cover - explainer itself failing
            raise GenerationFailed(f"offline generator failed: {exc}", location=spec.location) from exc

    def _design(self, spec: BlockSpec) -> SceneDraft:
        if self._process is not None:
            return self._design_isolated(spec)
        # Blocks run in threads; sympy's first, lazy import from several threads at once can
        # deadlock on its module locks. The design is pure Python under the GIL anyway, so
        # serialising it costs nothing. The imports come before the clock starts (see limits).
        with _DESIGN_LOCK:
            warm()
            try:
                with deadline(self.seconds):
                    return generate_draft(spec)
            except DesignTimeout:
                return walkthrough(spec, f"the design took longer than {self.seconds:g} s")

    def _design_isolated(self, spec: BlockSpec) -> SceneDraft:
        """The design, else (budget spent) the walkthrough, else the explainer, each in the child
        with the full budget; GenerationFailed, located, when even the explainer does not finish."""
        why = f"the design took longer than {self.seconds:g} s"
        assert self._process is not None
        for fallback, refused in ((None, ()), (why, ()), (why, tuple(GENERIC))):
            try:
                return self._process.design(spec, self.seconds, fallback, refused)
            except Timeout:
                continue
            except RuntimeError as exc:
                raise GenerationFailed(f"offline generator failed: {exc}", location=spec.location) from None
        raise GenerationFailed(
            f"the offline designer could not design this block within {self.seconds:g} s, nor its walkthrough",
            location=spec.location,
            hint="shorten the block's formulas (a huge number or a very long expression), or write the scene with code:")

    def revise(self, spec: BlockSpec, answers: list[SceneDraft]) -> SceneDraft:
        """Not a conversation: `generate` reads every `revise:` request itself (capabilities.converses)."""
        return self.generate(spec)

    def repair(self, spec: BlockSpec, draft: SceneDraft, error: str) -> SceneDraft:
        """A design whose scene failed to render is not shown: the block gets the walkthrough, the
        failed family refused (the equation slide, then the explainer; the pipeline allows
        Capabilities.repair_limit of these). Costs nothing when the scene renders, unlike a check
        before every render. Raises GenerationFailed when the explainer itself failed."""
        if draft.kind == "explainer":
            raise GenerationFailed(
                "the offline designer's explainer scene failed to render", location=spec.location,
                hint="report the block to mkdocs-manimgen, or write the scene by hand with code:")
        first_line = error.strip().splitlines()[0] if error.strip() else "no message"
        why = f"the {draft.kind!r} scene did not run: {first_line}\n{error}"
        if self._process is not None:
            try:
                return self._process.design(spec, self.seconds, why, (draft.kind,))
            except (Timeout, RuntimeError) as exc:
                raise GenerationFailed(f"the offline designer's walkthrough failed: {exc}", location=spec.location) from None
        with _DESIGN_LOCK:
            return walkthrough(spec, why, refused=(draft.kind,))

    def close(self) -> None:
        if self._check is not None:
            self._check.close()


@lru_cache(maxsize=1)
def warm() -> None:
    """What a design imports lazily (sympy, its LaTeX parser and printers, every template), imported
    once before a design's clock starts: a small design of its own does it."""
    generate_draft(BlockSpec(page="warm.md", line=1, concept=r"$$y = x^2 + \sin x, \quad \int_0^1 x\,dx$$"))
