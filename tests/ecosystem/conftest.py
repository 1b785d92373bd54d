from __future__ import annotations

import pytest

from sites import Site


@pytest.fixture
def eco(tmp_path, shared_cache) -> Site:
    """A site whose cache is shared with the other ecosystem fixtures (identical scenes render once)."""
    return Site(tmp_path / "src", plugin={"cache_dir": str(shared_cache)})
