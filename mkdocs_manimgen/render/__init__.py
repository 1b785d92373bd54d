"""Rendering: executors (local warm pool; others behind the same protocol), sandbox, encoding."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Protocol

from .job import Limits, RenderJob, RenderOutput


class Executor(Protocol):
    """Anything that runs RenderJobs: the local pool, a Dask cluster…"""

    name: str

    def submit(self, job: RenderJob) -> "Future[RenderOutput]": ...

    def close(self) -> None: ...

    # Optional: `warm()` starts the workers early, when a render is certainly coming (LocalPool).


def make_executor(config, work_dir, log, tex_cache=None) -> Executor:
    """The executor named by the plugin config (`executor: local|dask`); ``tex_cache`` is the local
    pool's formula folder (tex_cache.folder; a Dask worker keeps its own)."""
    if config.executor == "dask":
        from .dask_executor import DaskExecutor

        return DaskExecutor(config.dask.scheduler, work_dir=work_dir, sandbox_mode=config.sandbox,
                            retries=config.dask.retries, log=log)
    from .pool import LocalPool

    return LocalPool(config.workers, work_dir, config.sandbox, log=log, tex_cache=tex_cache)


__all__ = ["Executor", "Limits", "RenderJob", "RenderOutput", "make_executor"]
