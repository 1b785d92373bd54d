"""Atomic writes under concurrency: the build runs blocks in threads of one process, and the
render pool harvests formulas from several jobs at once (real files, real threads, no renders)."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

from mkdocs_manimgen.cache import link_or_copy
from mkdocs_manimgen.render import tex_cache

THREADS = 8
ROUNDS = 20
# Big enough that one thread's copy is still running when the next starts: the window in which
# two writers sharing a temp name trip over each other.
PAYLOAD = os.urandom(2 * 1024 * 1024)


def _together(target, args_per_thread: list[tuple]) -> list[BaseException]:
    """Run target(*args) in one thread per args, released at the same instant; their errors."""
    barrier = threading.Barrier(len(args_per_thread))
    errors: list[BaseException] = []

    def run(*args) -> None:
        barrier.wait()
        try:
            target(*args)
        except BaseException as err:  # noqa: BLE001 - collected and asserted on below
            errors.append(err)

    threads = [threading.Thread(target=run, args=args) for args in args_per_thread]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_jobs_harvesting_the_same_formula_at_once_all_succeed(tmp_path: Path) -> None:
    """Several jobs of one pool compiled the same formula; they harvest it concurrently."""
    for r in range(ROUNDS):
        shared = tmp_path / f"shared-{r}"
        shared.mkdir()
        dirs = []
        for i in range(THREADS):
            tex_dir = tmp_path / f"job-{r}-{i}"
            tex_dir.mkdir()
            (tex_dir / "f00d.svg").write_bytes(PAYLOAD)
            dirs.append((tex_dir, shared))
        errors = _together(tex_cache.harvest, dirs)
        assert errors == [], f"round {r}: {errors[0]!r}"
        assert sorted(p.name for p in shared.iterdir()) == ["f00d.svg"], "no temp file is left behind"
        published = shared / "f00d.svg"
        assert published.read_bytes() == PAYLOAD
        assert stat.S_IMODE(published.stat().st_mode) == 0o644


def test_blocks_publishing_the_same_media_at_once_all_hard_link(tmp_path: Path) -> None:
    """Two blocks with the same media publish one file; each must get the cache's hard link, not
    fall back to a copy because another thread removed its temporary link."""
    src = tmp_path / "cache" / "media.webm"
    src.parent.mkdir()
    src.write_bytes(PAYLOAD)
    for r in range(ROUNDS):
        dest = tmp_path / f"site-{r}" / "media.webm"
        errors = _together(link_or_copy, [(src, dest)] * THREADS)
        assert errors == []
        assert os.path.samefile(src, dest), f"round {r}: the site got a copy, not the cache's file"
        assert sorted(p.name for p in dest.parent.iterdir()) == ["media.webm"], "no temp file is left behind"


def test_publishing_a_file_again_leaves_no_temporary_link(tmp_path: Path) -> None:
    """rename(2) does nothing when both names are already the same file: the temp link stays
    unless it is removed (a `.media.webm.*.link` would be left in the site)."""
    src = tmp_path / "cache" / "media.webm"
    src.parent.mkdir()
    src.write_bytes(b"webm")
    dest = tmp_path / "site" / "media.webm"
    link_or_copy(src, dest)
    link_or_copy(src, dest)
    assert os.path.samefile(src, dest)
    assert sorted(p.name for p in dest.parent.iterdir()) == ["media.webm"]
