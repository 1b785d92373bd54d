"""The fast tier: in-process MkDocs builds (fence -> HTML) with a fake render executor.

Like markdown-exec's tests, nothing here starts a process: `mkdocs.commands.build.build` runs
in this process with the real plugin, the real pipeline and the offline generator (or the LLM
generator against the real HTTP test server), and `FakeExecutor` stands in for the render
processes. It collects and runs with the package's own dependencies and pytest only.
"""

from __future__ import annotations

import hashlib
import json
import logging
import textwrap
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from mkdocs_manimgen.errors import RenderFailed
from mkdocs_manimgen.render.job import RenderJob, RenderOutput

FAIL_MARK = "# fake-render: fail"  # a scene whose code holds this line "raises" in the fake render


class FakeExecutor:
    """Runs no scene: writes small files derived from the code, or fails on FAIL_MARK.

    `jobs` records every job submitted (to count renders); `closed` whether close() ran."""

    name = "fake"

    def __init__(self, work: Path):
        self.work = work
        self.jobs: list[RenderJob] = []
        self.closed = False
        self._lock = threading.Lock()

    def submit(self, job: RenderJob) -> Future:
        future: Future = Future()
        with self._lock:
            self.jobs.append(job)
            index = len(self.jobs)
        for line in job.code.splitlines():
            if line.strip().startswith(FAIL_MARK):
                reason = line.strip()[len(FAIL_MARK):].strip() or "fake failure"
                future.set_exception(RenderFailed("the scene raised an exception", detail=f"ValueError: {reason}"))
                return future
        job_dir = self.work / f"job-{index}"
        job_dir.mkdir(parents=True)
        digest = hashlib.sha256(json.dumps([job.code, job.quality.name, job.plan.to_json()]).encode()).hexdigest()
        files = {}
        for fmt in job.plan.outputs:
            path = job_dir / f"out.{fmt}"
            path.write_text(f"{fmt}:{digest}")
            files[fmt] = path
        poster = job_dir / "poster.png"
        poster.write_text(f"poster:{digest}")
        future.set_result(RenderOutput(job_dir=job_dir, files=files, poster=poster,
                                       duration=job.target_duration or 1.0, findings=[], where="fake", seconds=0.0))
        return future

    def close(self) -> None:
        self.closed = True


class FakeExecutors:
    """Stands in for build.WarmExecutor: one FakeExecutor for as long as the plugin lives."""

    def __init__(self, work: Path):
        self.executor = FakeExecutor(work)
        self.gets = 0

    def get(self, cfg, cache_dir: Path) -> FakeExecutor:
        self.gets += 1
        return self.executor

    def close(self) -> None:
        self.executor.close()


@dataclass
class InProcessSite:
    """A site in a temp dir, built in this process; `build()` returns the log records."""

    root: Path
    plugin: dict = field(default_factory=lambda: {"quality": "low", "pdf": False})
    extra_config: dict = field(default_factory=lambda: {"markdown_extensions": ["admonition", "pymdownx.superfences"]})
    executors: FakeExecutors | None = None
    config: object = None

    def page(self, name: str, text: str) -> None:
        path = self.root / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")

    def load(self):
        """Load mkdocs.yml with MkDocs (a new plugin instance, as a fresh `mkdocs build`)."""
        from mkdocs.config import load_config

        cfg = {"site_name": "Fast", "docs_dir": "docs", "site_dir": "site", "use_directory_urls": False,
               "plugins": [{"manimgen": self.plugin}], **self.extra_config}
        (self.root / "mkdocs.yml").write_text(yaml.safe_dump(cfg), encoding="utf-8")
        self.config = load_config(config_file=str(self.root / "mkdocs.yml"))
        plugin = self.config.plugins["manimgen"]
        if self.executors is None:
            self.executors = FakeExecutors(self.root / "jobs")
        plugin.executors = self.executors
        return self.config

    @property
    def plugin_instance(self):
        return self.config.plugins["manimgen"]

    def build(self, *, reload: bool = True) -> "BuildLog":
        """One `mkdocs build` in this process (reload=False: the same config and plugin instance,
        as `mkdocs serve` rebuilds)."""
        from mkdocs.commands.build import build

        if reload or self.config is None:
            self.load()
        records = _Collect()
        logger = logging.getLogger("mkdocs")
        level = logger.level
        logger.addHandler(records)
        logger.setLevel(logging.INFO)
        try:
            build(self.config)
        finally:
            logger.removeHandler(records)
            logger.setLevel(level)
        return BuildLog(records.records, self.root / "site")

    def html(self, page: str = "index.html") -> str:
        return (self.root / "site" / page).read_text(encoding="utf-8")

    @property
    def jobs(self) -> list[RenderJob]:
        return self.executors.executor.jobs


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass
class BuildLog:
    records: list[logging.LogRecord]
    site_dir: Path

    def messages(self, level: int = logging.INFO) -> list[str]:
        return [r.getMessage() for r in self.records if r.levelno >= level]

    def warnings(self) -> list[str]:
        return self.messages(logging.WARNING)


@pytest.fixture
def fast_site(tmp_path: Path) -> InProcessSite:
    return InProcessSite(tmp_path / "src")


class CliRunner:
    """click's CliRunner for `manimgen` commands run in this process: after each command the plugin
    logger's state, which the commands change (cli/common.quiet_logger), is put back."""

    def invoke(self, command, args: list[str]):
        from click.testing import CliRunner as ClickRunner

        log = logging.getLogger("mkdocs.plugins.manimgen")
        saved = (log.propagate, list(log.handlers), log.level)
        try:
            return ClickRunner().invoke(command, args)
        finally:
            log.propagate, log.handlers[:], log.level = saved[0], saved[1], saved[2]


@pytest.fixture
def cli_runner() -> CliRunner:
    return CliRunner()
