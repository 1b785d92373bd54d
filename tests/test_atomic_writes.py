"""Atomic writes under concurrency: the build runs blocks in threads of one process, and the
render pool harvests formulas from several jobs at once (real files, real threads, no renders)."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from mkdocs_manimgen.cache import atomic_copy, atomic_write_text, link_or_copy
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


def test_a_reader_never_sees_a_partial_text_file(tmp_path: Path) -> None:
    """Captions and highlighted code are rewritten while a server may be reading them."""
    dest = tmp_path / "site" / "code.html"
    versions = ["<pre>" + "α" * (1 << 20) + "</pre>", "<pre>" + "β" * (1 << 21) + "</pre>"]
    atomic_write_text(dest, versions[0])
    done = threading.Event()
    seen: set[str] = set()

    def read() -> None:
        while not done.is_set():
            seen.add(dest.read_text(encoding="utf-8"))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(40):
            atomic_write_text(dest, versions[i % 2])
    finally:
        done.set()
        reader.join()
    assert seen <= set(versions), "a reader saw a half-written file"
    assert dest.read_bytes() == versions[1].encode("utf-8")
    assert sorted(p.name for p in dest.parent.iterdir()) == ["code.html"]


def test_site_text_files_are_world_readable_whatever_the_umask(tmp_path: Path) -> None:
    """A web server running as another user serves the site: 0644 like the media, even under
    umask 077 (mkstemp alone would give 0600)."""
    old = os.umask(0o077)
    try:
        atomic_write_text(tmp_path / "a" / "caption.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\n微积分\n")
    finally:
        os.umask(old)
    written = tmp_path / "a" / "caption.vtt"
    assert stat.S_IMODE(written.stat().st_mode) == 0o644
    assert written.read_bytes() == "WEBVTT\n\n00:00.000 --> 00:02.000\n微积分\n".encode()


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    dest = tmp_path / "notes.html"
    atomic_write_text(dest, "old")

    # Reading the source fails once the temp file exists (a directory opens, but cannot be read).
    (tmp_path / "a-directory").mkdir()
    with pytest.raises(IsADirectoryError):
        atomic_copy(tmp_path / "a-directory", dest)
    assert dest.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-directory", "notes.html"]

    # The rename itself failing (a directory where the file should go) cleans up too.
    (tmp_path / "taken").mkdir()
    with pytest.raises(OSError):
        atomic_write_text(tmp_path / "taken", "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-directory", "notes.html", "taken"]


def test_atomic_copy_can_refuse_a_symbolic_link(tmp_path: Path) -> None:
    """The TeX cache harvests only files a job wrote itself, never what a link points to."""
    secret = tmp_path / "secret.txt"
    secret.write_text("not a formula")
    (tmp_path / "job").mkdir()
    (tmp_path / "job" / "f00d.svg").symlink_to(secret)
    shared = tmp_path / "shared"
    with pytest.raises(OSError):
        atomic_copy(tmp_path / "job" / "f00d.svg", shared / "f00d.svg", follow_symlinks=False)
    assert not shared.exists() or not any(shared.iterdir()), "nothing was published"
