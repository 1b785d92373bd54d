from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from sites import Site  # noqa: E402

SECRET_VARS = ("DEEPSEEK_API_KEY", "OPENAI_API_KEY")


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
