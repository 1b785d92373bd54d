from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from sites import Site  # noqa: E402

SECRET_VARS = ("DEEPSEEK_API_KEY", "OPENAI_API_KEY")


def pytest_configure(config):
    """One parse cache for the whole run (symbolic.PARSE_CACHE_ENV), made before xdist starts its workers so
    that they and every build they start inherit it: they design the same corpus formulas, and a quarter of
    the parse time had been the same formula parsed again in another process. A run's own folder, removed
    at its end, so no run reads another's."""
    from mkdocs_manimgen.generate.offline.symbolic import PARSE_CACHE_ENV

    if os.environ.get("PYTEST_XDIST_WORKER") or os.environ.get(PARSE_CACHE_ENV):
        return
    config.manimgen_parses = tempfile.mkdtemp(prefix="manimgen-parses-")
    os.environ[PARSE_CACHE_ENV] = config.manimgen_parses


def pytest_unconfigure(config):
    where = getattr(config, "manimgen_parses", None)
    if where:
        shutil.rmtree(where, ignore_errors=True)


@pytest.fixture(autouse=True)
def _no_real_keys(monkeypatch):
    """Tests never see a real API key: generation is offline unless a test sets up its own server."""
    for name in SECRET_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture
def site(tmp_path: Path) -> Site:
    """A fresh site with its own cache."""
    return Site(tmp_path / "site-src")


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory) -> Path:
    """One cache for tests that only need results, so identical scenes render once per session."""
    return tmp_path_factory.mktemp("shared-cache")


def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (scripts/test.sh: `-n 3 --dist loadfile`), each file goes whole to one worker,
    in collection order: so the files that start processes (browser, then render marks) go first and
    the in-process files last, and quick files fill the end of the run rather than one long file
    running alone on one core while the other idles. A plain `pytest` keeps the alphabetical order."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return

    def weight(item) -> int:
        return 0 if item.get_closest_marker("browser") else 1 if item.get_closest_marker("render") else 2

    files: dict[str, int] = {}
    for item in items:
        files[item.path] = min(files.get(item.path, 2), weight(item))
    items.sort(key=lambda item: files[item.path])  # stable: a file's tests keep their order
