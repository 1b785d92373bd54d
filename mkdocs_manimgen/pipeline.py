"""One block from spec to media: generate, fix up, validate, render, repair or fall back.

Every block runs in its own thread as soon as the build knows of it; renders go to the
executor (warm processes). Identical blocks share one run. Results are cached only after
they succeeded, so nothing broken is ever cached and a failed block is retried next build.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from importlib.metadata import version
from typing import Callable

from .cache import Store, cache_key
from .errors import GenerationFailed, ManimGenError, RenderFailed
from .generate import GeneratorChoice, Generators, generation_key, offline_choice
from .model import QUALITIES, BlockSpec, RenderedMedia, SceneDraft, TokenUsage
from .render import Executor, Limits, RenderJob
from .render import encode

RUNNER_VERSION = "1"  # bump when scene_runner changes what it writes


@dataclass
class BlockResult:
    """What a block became. `error` set means the page shows an error box instead."""

    draft: SceneDraft | None = None
    media: RenderedMedia | None = None
    error: ManimGenError | None = None
    warnings: list[str] = field(default_factory=list)  # shown in the log (page:line added by the caller)
    generated: bool = False  # a generator ran in this build
    rendered: bool = False  # a render ran in this build
    extras: dict = field(default_factory=dict)  # later stages' outputs (pdf file name, captions)


@dataclass
class Settings:
    quality_limits: Limits
    render_timeout: float
    scene_checks: str  # warn | strict
    gif_fps: int = 15
    gif_width: int | None = None
    gif_colors: int = 64
    poster_format: str = "png"
    max_repairs: int = 2


@dataclass
class BuildStats:
    blocks: int = 0
    rendered: int = 0
    from_cache: int = 0
    failed: int = 0
    generated: int = 0
    api_calls: int = 0
    tokens: int = 0
    seconds: float = 0.0
    where: dict[str, int] = field(default_factory=dict)


class Pipeline:
    def __init__(self, settings: Settings, store: Store, generators: Generators,
                 executor: Callable[[], Executor], log: logging.Logger, threads: int = 16,
                 after_render: Callable[[BlockSpec, BlockResult], None] | None = None):
        self.settings = settings
        self.store = store
        self.generators = generators
        self._executor = executor
        self.log = log
        self.after_render = after_render  # e.g. the PDF guide; runs in the block's thread
        self._threads = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="manimgen-block")
        self._inflight: dict[str, Future] = {}
        self._lock = threading.Lock()
        self.manim_version = version("manim")
        self.usage = TokenUsage()  # API calls and tokens of this build, for the summary

    # -- scheduling ------------------------------------------------------------
    def submit(self, spec: BlockSpec) -> Future:
        """Start the block now; identical blocks (on any page) share one future."""
        key = self.block_key(spec)
        with self._lock:
            future = self._inflight.get(key)
            if future is None:
                future = self._threads.submit(self._run, spec)
                self._inflight[key] = future
            return future

    def block_key(self, spec: BlockSpec) -> str:
        return cache_key("block", **{k: v for k, v in vars(spec).items() if k not in ("page", "line")})

    def close(self) -> None:
        self._threads.shutdown(wait=False, cancel_futures=True)

    # -- one block ---------------------------------------------------------------
    def _run(self, spec: BlockSpec) -> BlockResult:
        result = BlockResult()
        try:
            if spec.handwritten:
                result.draft = handwritten_draft(spec)
                result.media, result.rendered = self._render(spec, result.draft, result)
            else:
                self._design_and_render(spec, result)
            if self.after_render is not None:
                self.after_render(spec, result)
        except ManimGenError as err:
            result.error = err.at(spec.location)
        except Exception as err:  # noqa: BLE001 - one block's bug must not lose the site
            self.log.debug("unexpected failure", exc_info=True)
            result.error = ManimGenError(f"internal error: {type(err).__name__}: {err}", location=spec.location,
                                         hint="please report this with the block's text")
        return result

    def _design_and_render(self, spec: BlockSpec, result: BlockResult) -> None:
        draft = None
        for choice in self.generators.candidates(spec):  # a cached design of any candidate, best first
            key = generation_key(spec, choice)
            if (draft := self.store.get_draft(key)) is not None:
                break
        fresh = draft is None
        if draft is None:
            self._warm_executor()  # a new design means a new render: start the render processes now
            choice = self.generators.choose(spec)
            key = generation_key(spec, choice)
            draft, choice, key = self._generate(spec, choice, key, result)
        repairs = 0
        while True:
            try:
                if fresh:  # a cached design passed these checks before it was cached (`manimgen import` checks too)
                    draft = self._checked(spec, draft, result, llm=choice.name == "llm")
                result.media, result.rendered = self._render(spec, draft, result)
                break
            except ManimGenError as failure:
                can_repair = choice.name == "llm" and self.generators.can_call_llm()
                if can_repair and repairs < self.settings.max_repairs:
                    repairs += 1
                    error_text = failure_text(failure)
                    self.log.info("%s: repair %d/%d after: %s", spec.location, repairs,
                                  self.settings.max_repairs, error_text.splitlines()[0][:200])
                    gen = self.generators.get(choice)  # only now: a cached design needs no generator
                    draft = self._call(lambda: gen.repair(spec, draft, error_text), result)
                    fresh = True
                    continue
                if choice.name == "llm":
                    draft, choice, key = self._fall_back(spec, f"the model's code kept failing: {failure}", result)
                    fresh = True
                    continue
                raise
        result.draft = draft
        if fresh:  # only now, after it rendered
            self.store.put_draft(key, draft)

    def _warm_executor(self) -> None:
        executor = self._executor()
        if hasattr(executor, "warm"):  # optional in the Executor protocol
            executor.warm()

    def _generate(self, spec: BlockSpec, choice: GeneratorChoice, key: str, result: BlockResult):
        gen = self.generators.get(choice)
        try:
            return self._call(lambda: gen.generate(spec), result), choice, key
        except GenerationFailed as err:
            if choice.name != "llm":
                raise
            return self._fall_back(spec, str(err), result)

    def _fall_back(self, spec: BlockSpec, reason: str, result: BlockResult):
        """The offline designer stands in when the LLM path fails; a warning says why."""
        result.warnings.append(f"used the offline designer instead of the LLM: {reason}")
        choice = offline_choice()
        key = generation_key(spec, choice)
        draft = self.store.get_draft(key) or self._call(lambda: self.generators.get(choice).generate(spec), result)
        draft.fallback_reason = reason
        return draft, choice, key

    def _call(self, make: Callable[[], SceneDraft], result: BlockResult) -> SceneDraft:
        draft = make()
        result.generated = True
        with self._lock:
            self.usage.add(draft.usage)
        return draft

    def _checked(self, spec: BlockSpec, draft: SceneDraft, result: BlockResult, llm: bool) -> SceneDraft:
        """Deterministic fix-ups of model code, then the static safety check."""
        from .validate import validate_code

        if llm:
            from .fixups import apply_fixups

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
    def _render(self, spec: BlockSpec, draft: SceneDraft, result: BlockResult) -> tuple[RenderedMedia, bool]:
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
                        target_duration=target, share_tex=draft.generator in ("offline", "code"))
        output = self._executor().submit(job).result()
        try:
            if output.findings and s.scene_checks == "strict":
                raise RenderFailed("the scene's layout failed the checks (validate: strict)",
                                   detail="\n".join(output.findings),
                                   hint="keep every mobject inside the frame and text apart")
            media = RenderedMedia(
                files={fmt: self.store.add_file(path, f".{fmt}") for fmt, path in output.files.items()},
                poster=self.store.add_file(output.poster, output.poster.suffix),
                width=quality.width, height=quality.height, fps=quality.fps, duration=output.duration,
                warnings=output.findings, rendered_on=output.where)
        finally:
            output.cleanup()
        self.store.put_render(key, media)
        result.warnings.extend(media.warnings)
        return media, True


def render_plan(spec: BlockSpec, settings: Settings) -> encode.EncodePlan:
    return encode.plan(spec.formats, QUALITIES[spec.quality], gif_fps=settings.gif_fps, gif_width=settings.gif_width,
                       gif_colors=settings.gif_colors, poster_format=settings.poster_format)


def render_key(spec: BlockSpec, draft: SceneDraft, settings: Settings, manim_version: str | None = None) -> str:
    """The render cache key of a (checked) draft; public so `manimgen cache prune` computes the same keys."""
    return cache_key("render", code=draft.code, scene=draft.scene_name, quality=vars(QUALITIES[spec.quality]),
                     plan=render_plan(spec, settings).to_json(), manim=manim_version or version("manim"),
                     runner=RUNNER_VERSION)


def handwritten_draft(spec: BlockSpec) -> SceneDraft:
    """A `code:`/`file:` block: the author's scene, rendered as is (no safety allowlist, same sandbox)."""
    from .validate_scene import find_scene

    name, findings = find_scene(spec.code or "", spec.scene)
    if name is None:
        text = "; ".join(f"{f.what} ({f.why})" for f in findings) or "no Scene subclass found"
        raise ManimGenError(f"the scene code cannot be used: {text}",
                            hint="define one `class Name(Scene)` and give `scene: Name` when there are several")
    return SceneDraft(code=spec.code or "", scene_name=name, storyboard=[], notes_md=spec.concept, generator="code")


def failure_text(err: ManimGenError) -> str:
    detail = getattr(err, "detail", "")
    return f"{err.message}\n{detail}".strip()
