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
    """One parse cache and one formula cache for the whole run, made before xdist starts its workers so that
    they and every build they start inherit them (as several sites of one author share them):
    - symbolic.PARSE_CACHE_ENV: the workers design the same corpus formulas, and a quarter of the parse
      time had been the same formula parsed again in another process;
    - tex_cache.TEX_CACHE_ENV: every test site has its own cache_dir, and LaTeX was half of a cold render.
    A run's own folders, removed at its end, so no run reads another's (a formula that fails to compile
    is never cached, so the tests of TeX errors still meet TeX)."""
    from mkdocs_manimgen.generate.offline.symbolic import PARSE_CACHE_ENV
    from mkdocs_manimgen.render.tex_cache import TEX_CACHE_ENV

    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    config.manimgen_folders = []
    for variable, prefix in ((PARSE_CACHE_ENV, "manimgen-parses-"), (TEX_CACHE_ENV, "manimgen-formulas-")):
        if not os.environ.get(variable):
            os.environ[variable] = tempfile.mkdtemp(prefix=prefix)
            config.manimgen_folders.append(os.environ[variable])


def pytest_unconfigure(config):
    for where in getattr(config, "manimgen_folders", []):
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
