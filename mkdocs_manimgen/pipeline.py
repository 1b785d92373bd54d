"""One block from spec to media and its derived assets: generate, fix up, validate, render,
repair or fall back, then captions, highlighted code and the PDF guide.

Every block runs in its own thread as soon as the build knows of it; renders go to the
executor (warm processes). Identical blocks share one run. Results are cached only after
they succeeded, so nothing broken is ever cached and a failed block is retried next build.
The pipeline decides by the generator's capabilities (trusted code, can repair, falls back),
never by its name, and `keys_of` says which cache entries a block uses, so `cache prune`
asks the pipeline instead of imitating it. A pinned design (pins.py) comes before the cache; a
block's `revise:` requests are a conversation with a model (conversation.py), one step per request.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .cache import Store, block_key, cache_key
from .conversation import converse
from .derived import DerivedAssets, code_html_key, derive
from .errors import GenerationFailed, ManimGenError, RenderFailed
from .generate import GeneratorChoice, Generators, design_keys, generation_key, offline_choice
from .generate.base import HANDWRITTEN, Capabilities
from .model import QUALITIES, BlockSpec, RenderedMedia, SceneDraft, TokenUsage
from .render import Executor, Limits, RenderJob
from .render import encode
from .render.failure import relocate_text, scrub_paths

if TYPE_CHECKING:
    from .notes import PdfGuides
    from .pins import Pins

RUNNER_VERSION = "3"  # bump when scene_runner changes what it writes (3: scheme renditions, sections)
BLOCK_THREADS = 16  # blocks designed/waited on at once; they mostly wait on renders and API calls


@dataclass
class BlockResult:
    """What a block became. `error` set means the page shows an error box instead."""

    draft: SceneDraft | None = None
    media: RenderedMedia | None = None
    error: ManimGenError | None = None
    warnings: list[str] = field(default_factory=list)  # shown in the log (page:line added by the caller)
    generated: bool = False  # a generator ran in this build
    rendered: bool = False  # a render ran in this build
    fallback_reason: str | None = None  # why the offline designer stood in for the LLM, in this run
    derived: DerivedAssets = field(default_factory=DerivedAssets)

    def site_files(self, store: Store) -> dict[str, Path | str]:
        """Every name the figure links to -> the cached file to publish, or the text to write."""
        files: dict[str, Path | str] = {}
        names = [*(self.media.all_files() if self.media else []), *([self.derived.pdf] if self.derived.pdf else [])]
        for name in names:
            files[name] = store.path(name)
        files.update(self.derived.texts)
        return files


@dataclass(frozen=True)
class Settings:
    """The pipeline's share of the plugin config (built by `build.settings_of`; defaults live in config.py)."""

    quality_limits: Limits
    render_timeout: float
    scene_checks: str  # warn | strict
    gif_fps: int
    gif_width: int | None
    gif_colors: int
    poster_format: str
    max_repairs: int
    schemes: tuple[str, ...] = ("light",)  # the colour schemes rendered, primary first (render/schemes.py)


@dataclass
class UsedKeys:
    """The cache entries a set of blocks uses: designs, renders and documents (PDF guides, code HTML)."""

    drafts: set[str] = field(default_factory=set)
    renders: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)

    def update(self, other: "UsedKeys") -> None:
        self.drafts |= other.drafts
        self.renders |= other.renders
        self.documents |= other.documents

    def all(self) -> set[str]:
        return self.drafts | self.renders | self.documents


@dataclass
class BuildStats:
    blocks: int = 0
    rendered: int = 0
    from_cache: int = 0
    failed: int = 0
    generated: int = 0
    where: dict[str, int] = field(default_factory=dict)


class Pipeline:
    def __init__(self, settings: Settings, store: Store, generators: Generators,
                 executor: Callable[[], Executor], log: logging.Logger, guides: "PdfGuides | None" = None,
                 threads: int = BLOCK_THREADS, pins: "Pins | None" = None):
        self.settings = settings
        self.store = store
        self.generators = generators
        self._executor = executor
        self.log = log
        self.guides = guides  # None: no PDF guides at all (the blocks' `pdf:` still decides per block)
        self.pins = pins  # the site's pinned designs: used before the cache and any generator
        self._threads = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="manimgen-block")
        self._inflight: dict[str, Future] = {}
        self._lock = threading.Lock()
        self.manim_version = version("manim")
        self.usage = TokenUsage()  # API calls and tokens of this build, for the summary

    # -- scheduling ------------------------------------------------------------
    def submit(self, spec: BlockSpec) -> Future:
        """Start the block now; identical blocks (on any page) share one run, each with its own lines."""
        key = block_key(spec)
        with self._lock:
            future = self._inflight.get(key)
            if future is None:
                future = self._threads.submit(self._run, spec)
                self._inflight[key] = future
        return _at_authors_lines(future, spec) if spec.code_origin else future

    def close(self) -> None:
        self._threads.shutdown(wait=False, cancel_futures=True)

    # -- one block ---------------------------------------------------------------
    def _run(self, spec: BlockSpec) -> BlockResult:
        result = BlockResult()
        try:
            if spec.handwritten:
                result.draft = handwritten_draft(spec)
                try:
                    result.media, result.rendered = self._render(spec, result.draft, HANDWRITTEN, result)
                except RenderFailed as err:  # rendered as written; say when `manimgen fix` knows the cause
                    from .validate import fixup_hint

                    if (hint := fixup_hint(result.draft.code)) is not None:
                        err.hint = f"{err.hint}; {hint}" if err.hint else hint
                    raise
            else:
                self._design_and_render(spec, result)
            derive(spec, result, self.store, self.guides, self.log)
        except ManimGenError as err:
            result.error = err.at(spec.location)
        except Exception as err:  # noqa: BLE001 - one block's bug must not lose the site
            self.log.debug("unexpected failure", exc_info=True)
            result.error = ManimGenError(f"internal error: {type(err).__name__}: {err}", location=spec.location,
                                         hint="please report this with the block's text")
        return result

    def cached_design(self, spec: BlockSpec) -> tuple[SceneDraft, GeneratorChoice, str] | None:
        """The block's pinned design, else a cached design of any candidate generator, best first."""
        if self.pins and (pin := self.pins.find(spec)) is not None:
            draft = self.pins.draft(pin)
            choice = self.generators.llm_choice(spec) if draft.generator.startswith("llm") else offline_choice()
            return draft, choice, generation_key(spec, choice)
        for choice in self.generators.candidates(spec):
            key = generation_key(spec, choice)
            if (draft := self.store.get_draft(key)) is not None:
                return draft, choice, key
        return None

    def _design_and_render(self, spec: BlockSpec, result: BlockResult) -> None:
        if self.pins and (stale := self.pins.stale(spec)) is not None:
            result.warnings.append(
                f"the pinned design {self.pins.name(stale)} is stale: this block changed since it was pinned "
                f"(at {stale.location}), so it was designed again (fix: when the new design is right, "
                "`manimgen pin --site mkdocs.yml` pins it; or delete that folder)")
        cached = self.cached_design(spec)
        fresh = cached is None
        if cached is None:
            self._warm_executor()  # a new design means a new render: start the render processes now
            choice = self.generators.choose(spec)
            draft, choice, key = self._generate(spec, choice, result)
        else:
            draft, choice, key = cached
        repairs = 0
        while True:
            try:
                if fresh:  # a cached design passed these checks before it was cached (`manimgen import` checks too)
                    draft = self._checked(spec, draft, choice.capabilities)
                result.media, result.rendered = self._render(spec, draft, choice.capabilities, result)
                break
            except ManimGenError as failure:
                limit = choice.capabilities.repair_limit
                limit = self.settings.max_repairs if limit is None else limit
                if self.generators.can_repair(choice) and repairs < limit:
                    repairs += 1
                    error_text = failure_text(failure)
                    self.log.info("%s: repair %d/%d after: %s", spec.location, repairs, limit,
                                  error_text.splitlines()[0][:200])
                    gen = self.generators.get(choice)  # only now: a cached design needs no generator
                    draft = self._call(lambda: gen.repair(spec, draft, error_text), result)
                    fresh = True
                    continue
                if choice.capabilities.falls_back:
                    draft, choice, key = self._fall_back(spec, f"the model's code kept failing: {failure}", result)
                    fresh = True
                    continue
                raise
        result.draft = draft
        if fresh:  # only now, after it rendered
            self.store.put_draft(key, draft)
        if draft.ignored:
            result.warnings.append("the offline designer could not honour these `revise:` requests and ignored "
                                   "them: " + "; ".join(repr(r) for r in draft.ignored))

    def _warm_executor(self) -> None:
        executor = self._executor()
        if hasattr(executor, "warm"):  # optional in the Executor protocol
            executor.warm()

    def _generate(self, spec: BlockSpec, choice: GeneratorChoice, result: BlockResult):
        gen = self.generators.get(choice)
        try:
            if spec.revisions and choice.capabilities.converses:
                draft = converse(spec, choice, gen, self.store, lambda make: self._call(make, result),
                                 lambda d: self._checked(spec, d, choice.capabilities))
            else:
                draft = self._call(lambda: gen.generate(spec), result)
            return draft, choice, generation_key(spec, choice)
        except GenerationFailed as err:
            if not choice.capabilities.falls_back:
                raise
            return self._fall_back(spec, str(err), result)

    def _fall_back(self, spec: BlockSpec, reason: str, result: BlockResult):
        """The offline designer stands in when the LLM path fails; a warning says why."""
        result.warnings.append(f"used the offline designer instead of the LLM: {reason}")
        result.fallback_reason = reason
        choice = offline_choice()
        key = generation_key(spec, choice)
        draft = self.store.get_draft(key) or self._call(lambda: self.generators.get(choice).generate(spec), result)
        return draft, choice, key

    def _call(self, make: Callable[[], SceneDraft], result: BlockResult) -> SceneDraft:
        draft = make()
        result.generated = True
        with self._lock:
            self.usage.add(draft.usage)
        return draft

    def _checked(self, spec: BlockSpec, draft: SceneDraft, caps: Capabilities) -> SceneDraft:
        """Deterministic fix-ups of untrusted code, then the static safety check."""
        from .validate import validate_code

        if not caps.trusted:
            from .validate import apply_fixups

            code, changes = apply_fixups(draft.code)
            if changes:
                self.log.info("%s: rewrote old Manim names: %s", spec.location, "; ".join(changes))
                draft = replace(draft, code=code)
        report = validate_code(draft.code, scene=draft.scene_name or None)
        if not report.ok:
            raise RenderFailed("the scene code was refused by the safety check", detail=report.as_error_text(),
                               hint="the code may only import manim, numpy and the standard math modules, "
                                    "and may not touch files, the network or Python internals")
        if report.scene_name and report.scene_name != draft.scene_name:
            draft = replace(draft, scene_name=report.scene_name)
        return draft

    # -- rendering -----------------------------------------------------------------
    def _render(self, spec: BlockSpec, draft: SceneDraft, caps: Capabilities,
                result: BlockResult) -> tuple[RenderedMedia, bool]:
        spec = rendered_as(spec, draft)
        quality = QUALITIES[spec.quality]
        s = self.settings
        plan = render_plan(spec, s)
        key = render_key(spec, draft, s, self.manim_version)
        cached = self.store.get_render(key)
        if cached is not None:
            result.warnings.extend(cached.warnings)
            return cached, False
        # the storyboard's length is the target the scene checks compare the video with
        target = draft.storyboard[-1].end if draft.storyboard else None
        job = RenderJob(code=draft.code, scene=draft.scene_name, quality=quality, plan=plan,
                        timeout=s.render_timeout, limits=s.quality_limits, label=spec.location,
                        target_duration=target, share_tex=caps.trusted)
        output = self._executor().submit(job).result()
        try:
            if output.findings and s.scene_checks == "strict":
                raise RenderFailed("the scene's layout failed the checks (validate: strict)",
                                   detail="\n".join(output.findings),
                                   hint="keep every mobject inside the frame and text apart")
            media = RenderedMedia(
                files={key: self.store.add_file(path, path.suffix) for key, path in output.files.items()},
                poster=self.store.add_file(output.poster, output.poster.suffix),
                width=quality.width, height=quality.height, fps=quality.fps, duration=output.duration,
                warnings=[*output.findings, *output.notices], rendered_on=output.where,
                scheme=plan.schemes[0], sections=output.chapters)
        finally:
            output.cleanup()
        self.store.put_render(key, media)
        result.warnings.extend(media.warnings)
        return media, True

    # -- what a block uses in the cache (for `manimgen cache prune --site`) -----------
    def keys_of(self, spec: BlockSpec) -> UsedKeys:
        """The cache keys this block looks up in a build, given what the cache holds now: every
        candidate design's key (each `revise:` step's too), and for the design a build would take,
        its render, highlighted code and PDF guide. Computed by the same functions the run uses, so
        nothing is imitated."""
        used = UsedKeys()
        if spec.handwritten:
            try:
                draft = handwritten_draft(spec)
            except ManimGenError:
                return used
        else:
            # every `revise:` step: removing the last request finds the design before it
            used.drafts.update(key for c in self.generators.candidates(spec) for key in design_keys(spec, c))
            cached = self.cached_design(spec)
            if cached is None:
                return used
            draft = cached[0]  # cached designs are stored fixed-up and checked
        key = render_key(spec, draft, self.settings, self.manim_version)
        used.renders.add(key)
        used.documents.add(code_html_key(draft.code))
        media = self.store.get_render(key)
        if media is not None and spec.pdf and self.guides is not None:
            used.documents.add(self.guides.key(spec, draft, media))
        return used


def render_plan(spec: BlockSpec, settings: Settings) -> encode.EncodePlan:
    return encode.plan(spec.formats, QUALITIES[spec.quality], gif_fps=settings.gif_fps, gif_width=settings.gif_width,
                       gif_colors=settings.gif_colors, poster_format=settings.poster_format,
                       schemes=settings.schemes)


def rendered_as(spec: BlockSpec, draft: SceneDraft) -> BlockSpec:
    """The block as it is rendered: at the quality a `revise:` request asked the design for, if any."""
    return replace(spec, quality=draft.quality) if draft.quality and draft.quality != spec.quality else spec


def render_key(spec: BlockSpec, draft: SceneDraft, settings: Settings, manim_version: str | None = None) -> str:
    """The render cache key of a (checked) draft."""
    spec = rendered_as(spec, draft)
    return cache_key("render", code=draft.code, scene=draft.scene_name, quality=vars(QUALITIES[spec.quality]),
                     plan=render_plan(spec, settings).to_json(), manim=manim_version or version("manim"),
                     runner=RUNNER_VERSION)


def handwritten_draft(spec: BlockSpec) -> SceneDraft:
    """A `code:`/`file:` block: the author's scene, rendered as is (no safety allowlist, same sandbox)."""
    from .validate import find_scene

    name, findings = find_scene(spec.code or "", spec.scene)
    if name is None:
        text = "; ".join(f"{f.what} ({f.why})" for f in findings) or "no Scene subclass found"
        raise ManimGenError(f"the scene code cannot be used: {text}",
                            hint="define one `class Name(Scene)` and give `scene: Name` when there are several")
    return SceneDraft(code=spec.code or "", scene_name=name, storyboard=[], notes_md=spec.concept, generator="code")


def failure_text(err: ManimGenError) -> str:
    """The error as the repair request gives it to the model: the failure report, no machine paths."""
    report = getattr(err, "report", None)
    if report is not None:
        return report.as_text()
    return scrub_paths(f"{err.message}\n{getattr(err, 'detail', '')}".strip())


def _at_authors_lines(shared: Future, spec: BlockSpec) -> Future:
    """A hand-written block's result whose failure report names the author's lines (page.md:LINE), not scene.py's."""
    mine: Future = Future()

    def done(f: Future) -> None:
        if f.cancelled():
            mine.cancel()
        elif f.exception() is not None:
            mine.set_exception(f.exception())
        else:
            result = f.result()
            report = getattr(result.error, "report", None)
            if report is not None and spec.code_origin:
                error = report.relocated(*spec.code_origin).error()
                error.location = spec.location  # this block's fence (the shared run may be another page's)
                error.hint = relocate_text(result.error.hint or "", *spec.code_origin) or None  # `manimgen fix` too
                result = replace(result, error=error)
            mine.set_result(result)

    shared.add_done_callback(done)
    return mine
