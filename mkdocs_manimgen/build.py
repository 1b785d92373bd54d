"""The composition root: one object owns everything a build opens, for the plugin and the CLI alike.

`Build` opens the store, the generators, the pipeline (with the PDF guides) and the notes
renderer from a validated plugin config, and `close()` closes exactly those. The render
executor is the one thing that may outlive a build: a `WarmExecutor` handed in by the plugin
keeps its processes across `mkdocs serve` rebuilds (and restarts them when their settings
change); without one, the build owns its executor and closes it too.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Callable

from .blocks import SceneSource, parse_block
from .cache import Store
from .config import PluginConfig, cache_dir_of, defaults_of
from .generate import Generators
from .model import BlockSpec
from .pipeline import BlockResult, Pipeline, Settings, UsedKeys
from .render import Executor, Limits, make_executor, tex_cache
from .render.schemes import parse as parse_schemes

TokenFn = Callable[[str, str], None]




def settings_of(cfg: PluginConfig) -> Settings:
    """The pipeline's settings of a plugin config."""
    return Settings(quality_limits=Limits(**dict(cfg.limits)), render_timeout=float(cfg.render_timeout),
                    scene_checks=cfg.validate_, gif_fps=cfg.gif_fps, gif_width=cfg.gif_width,
                    gif_colors=cfg.gif_colors, poster_format=cfg.poster_format, max_repairs=cfg.llm.max_repairs,
                    schemes=parse_schemes(cfg.schemes))






class WarmExecutor:
    """The render executor, started on first use and kept until `close()`; a request with other
    settings (the config changed during `mkdocs serve`) closes it and starts a new one.

    `on_start` callbacks run before every job is submitted (the CLI switches to its spinner)."""

    def __init__(self, log: logging.Logger):
        self.log = log
        self._lock = threading.Lock()  # blocks ask from many threads at once
        self._executor: Executor | None = None
        self._settings: tuple = ()

    def get(self, cfg: PluginConfig, cache_dir: Path) -> Executor:
        wanted = (cfg.executor, cfg.workers, cfg.sandbox, cfg.dask.scheduler, cfg.dask.retries, str(cache_dir))
        with self._lock:
            if self._executor is not None and self._settings != wanted:
                self._executor.close()
                self._executor = None
            if self._executor is None:
                self._executor = make_executor(cfg, cache_dir / "tmp", self.log, tex_cache.folder(cache_dir))
                self._settings = wanted
            return self._executor

    @property
    def started(self) -> bool:
        return self._executor is not None

    def close(self) -> None:
        with self._lock:
            if self._executor is not None:
                self._executor.close()
                self._executor = None


class _Announcing:
    """An executor that calls hooks before each job (the CLI's 'now rendering')."""

    def __init__(self, inner: Executor, hooks: list[Callable[[], None]]):
        self.inner = inner
        self.name = inner.name
        self.hooks = hooks

    def submit(self, job):
        for hook in self.hooks:
            hook()
        return self.inner.submit(job)

    def warm(self) -> None:
        if hasattr(self.inner, "warm"):
            self.inner.warm()

    def close(self) -> None:  # the WarmExecutor owns the inner executor
        pass


class Build:
    """Everything one build (or one `manimgen` command) opens, wired once.

    cfg: the validated plugin config; project_root: the folder of mkdocs.yml (relative paths
    in the config are resolved against it); cache_dir overrides the config's; executors: a
    WarmExecutor that outlives this build (None: the build owns one); markdown: the site's
    `(extensions, mdx_configs)` for the study notes (None: notes are not rendered to HTML,
    as in the CLI); on_token streams a model's answer live (the CLI).
    """

    def __init__(self, cfg: PluginConfig, project_root: Path, log: logging.Logger, *,
                 cache_dir: Path | None = None, executors: WarmExecutor | None = None,
                 markdown: tuple[list, dict] | None = None, fence_name: str = "manimgen",
                 on_token: TokenFn | None = None):
        self.cfg = cfg
        self.log = log
        self.project_root = Path(project_root).resolve()
        self.cache_dir = Path(cache_dir).resolve() if cache_dir else cache_dir_of(cfg, self.project_root)
        self.defaults = defaults_of(cfg)
        self.settings = settings_of(cfg)
        self._owns_executors = executors is None
        self.executors = executors or WarmExecutor(log)
        self.on_render_start: list[Callable[[], None]] = []
        self.store = Store(self.cache_dir)
        self.generators = Generators(cfg.llm, self.project_root, log, default=cfg.generator, on_token=on_token)
        from .notes import NotesRenderer, PdfGuides

        self.notes = NotesRenderer(markdown[0], markdown[1], fence_name) if markdown is not None else None
        from .pins import Pins

        self.pins = Pins(self.project_root / cfg.pins, log)
        self.pipeline = Pipeline(self.settings, self.store, self.generators, self.executor, log,
                                 guides=PdfGuides(self.store, log, self.notes.markdown if self.notes else None),
                                 pins=self.pins)
        self._closed = False

    # -- the stages --------------------------------------------------------------
    def executor(self) -> Executor:
        inner = self.executors.get(self.cfg, self.cache_dir)
        return _Announcing(inner, self.on_render_start) if self.on_render_start else inner

    def parse(self, body: str, *, page: str, line: int, files: SceneSource) -> BlockSpec:
        """A fence body -> BlockSpec with this build's defaults; `files` reads `file:` scenes
        (site_files.SceneFiles); raises ManimGenError (page:line)."""
        return parse_block(body, page=page, line=line, files=files, defaults=self.defaults)

    def submit(self, spec: BlockSpec) -> "Future[BlockResult]":
        return self.pipeline.submit(spec)

    def keys_of(self, specs: list[BlockSpec]) -> UsedKeys:
        """Every cache entry these blocks use (what `cache prune --site` keeps)."""
        used = UsedKeys()
        for spec in specs:
            used.update(self.pipeline.keys_of(spec))
        return used

    def figure_html(self, spec: BlockSpec, result: BlockResult, url_for: Callable[[str], str]) -> str:
        """The figure for a finished block; `url_for(name)` gives an asset's URL from the page."""
        from . import embed

        notes_html = self.notes.render(result.draft, spec) if self.notes is not None else ""
        return embed.figure_html(spec, result, url_for=url_for, notes_html=notes_html)

    @property
    def usage(self):
        return self.pipeline.usage

    # -- lifetime --------------------------------------------------------------
    def close(self) -> None:
        """Close what this build opened; idempotent. A WarmExecutor handed in stays open."""
        if self._closed:
            return
        self._closed = True
        self.pipeline.close()
        self.generators.close()
        if self._owns_executors:
            self.executors.close()
        self.store.close()

    def __enter__(self) -> "Build":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
