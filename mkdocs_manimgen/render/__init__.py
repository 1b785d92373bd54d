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


__all__ = ["Executor", "Limits", "RenderJob", "RenderOutput"]
