"""The pieces of one build (store, generators, settings, pipeline, executor) outside MkDocs.

The `manimgen` command uses this to run a block through exactly the plugin's pipeline and
cache; it mirrors `ManimGenPlugin._start_build` (plugin.py) piece by piece.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .blocks import Defaults
from .cache import Store
from .config import PluginConfig
from .errors import ManimGenError
from .generate import Generators
from .notes import PdfGuides
from .pipeline import Pipeline, Settings
from .render import Executor, Limits, make_executor

TokenFn = Callable[[str, str], None]


def plugin_config(options: dict | None = None) -> PluginConfig:
    """A validated PluginConfig from plain options (the defaults when None)."""
    cfg = PluginConfig()
    cfg.load_dict(dict(options or {}))
    errors, _warnings = cfg.validate()
    if errors:
        text = "; ".join(f"{name}: {err}" for name, err in errors)
        raise ManimGenError(f"invalid manimgen options: {text}", hint="see the plugin options in the docs")
    return cfg


def settings_of(cfg: PluginConfig) -> Settings:
    """The pipeline settings of a plugin config (same as the plugin's)."""
    return Settings(quality_limits=Limits(**dict(cfg.limits)), render_timeout=float(cfg.render_timeout),
                    scene_checks=cfg.validate_, gif_fps=cfg.gif_fps, gif_width=cfg.gif_width,
                    gif_colors=cfg.gif_colors,
                    poster_format=cfg.poster_format, max_repairs=cfg.llm.max_repairs)


def defaults_of(cfg: PluginConfig) -> Defaults:
    return Defaults(quality=cfg.quality, formats=cfg.format, generator=cfg.generator, pdf=cfg.pdf)


@dataclass
class Session:
    """One pipeline with its store and a lazily started executor; close() stops everything."""

    cfg: PluginConfig
    project_root: Path
    cache_dir: Path
    store: Store
    generators: Generators
    pipeline: Pipeline
    on_render_start: list[Callable[[], None]] = field(default_factory=list)
    _executor: Executor | None = None

    def close(self) -> None:
        self.pipeline.close()
        self.generators.close()
        if self._executor is not None:
            self._executor.close()
            self._executor = None
        self.store.close()


class _Announcing:
    """An executor wrapper that tells the CLI when a render starts (to switch to the spinner)."""

    def __init__(self, inner: Executor, hooks: list[Callable[[], None]]):
        self.inner = inner
        self.name = inner.name
        self.hooks = hooks

    def submit(self, job):
        for hook in self.hooks:
            hook()
        return self.inner.submit(job)

    def close(self) -> None:
        self.inner.close()


def open_session(cfg: PluginConfig, project_root: Path, log: logging.Logger, *, cache_dir: Path | None = None,
                 on_token: TokenFn | None = None) -> Session:
    """Store + generators + pipeline as the plugin builds them; renders start on first use."""
    project_root = Path(project_root).resolve()
    cache = Path(cache_dir).resolve() if cache_dir else (project_root / cfg.cache_dir).resolve()
    store = Store(cache)
    generators = Generators(cfg.llm, project_root, log, default=cfg.generator, on_token=on_token)
    lock = threading.Lock()
    session: Session

    def executor() -> Executor:
        with lock:
            if session._executor is None:
                session._executor = _Announcing(make_executor(cfg, cache / "tmp", log), session.on_render_start)
            return session._executor

    pipeline = Pipeline(settings_of(cfg), store, generators, executor, log, threads=4,
                        after_render=PdfGuides(store, log).after_render)
    session = Session(cfg, project_root, cache, store, generators, pipeline)
    return session
