"""Content-addressed cache: keys over canonical JSON, metadata in diskcache, media as files.

Two levels (DESIGN.md): a generation key (concept + content options + generator + model +
prompt version) and a render key (code + quality + formats + encoder settings + Manim version),
so changing `quality` re-renders without regenerating. Media files are named by the sha256 of
their bytes and written to a temporary file first, then renamed: nothing half-written is
ever visible, and nothing is stored until its render succeeded.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

import diskcache

from .model import BlockSpec, RenderedMedia, SceneDraft

KEY_SCHEMA = "manimgen-cache-v1"  # bump to invalidate every entry when key layouts change


def cache_key(kind: str, **parts: Any) -> str:
    """sha256 over canonical JSON of plain data (never str() or pickles of objects)."""
    payload = json.dumps({"schema": KEY_SCHEMA, "kind": kind, **parts}, sort_keys=True,
                         separators=(",", ":"), ensure_ascii=False)
    return f"{kind}:{hashlib.sha256(payload.encode('utf-8')).hexdigest()}"


def block_key(spec: BlockSpec) -> str:
    """Identical blocks (anywhere in the site) share one run: everything but where they stand."""
    where = ("page", "line", "code_origin")
    return cache_key("block", **{k: v for k, v in vars(spec).items() if k not in where})


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _atomic_write(dest: Path, write) -> None:
    """Write through `write(binary_file)` into a temp file beside dest, then rename: readers never
    see a partial file, and two writers (threads or processes) never share a temp name."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
        # mkstemp makes 0600 files; these are published as the site's media (hard-linked), and a
        # web server running as another user must be able to read them, like MkDocs' own output.
        os.chmod(tmp, 0o644)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_copy(src: Path, dest: Path, *, follow_symlinks: bool = True) -> None:
    """Copy src to dest atomically (0644). With follow_symlinks=False a src that is a symbolic
    link raises OSError (ELOOP) instead of copying what it points to."""
    flags = os.O_RDONLY | (0 if follow_symlinks else os.O_NOFOLLOW)

    def write(out) -> None:
        with os.fdopen(os.open(src, flags), "rb") as inp:
            shutil.copyfileobj(inp, out)

    _atomic_write(dest, write)


def atomic_write_text(dest: Path, text: str) -> None:
    """Write text (UTF-8) to dest atomically (0644)."""
    _atomic_write(dest, lambda out: out.write(text.encode("utf-8")))


def link_or_copy(src: Path, dest: Path) -> None:
    """Publish a cached file into the site: a hard link when the two share a file system
    (cached media are immutable, named by their content), else an atomic copy."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:  # caches written before media were made world-readable (see atomic_copy)
        if src.stat().st_mode & 0o044 != 0o044:
            os.chmod(src, 0o644)
    except OSError:
        pass
    # A name of our own per call (os.link cannot take mkstemp's existing file): two threads
    # publishing the same file must not unlink or replace each other's link.
    tmp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex}.link")
    try:
        os.link(src, tmp)
        os.replace(tmp, dest)
    except OSError:
        atomic_copy(src, dest)
    finally:  # rename(2) does nothing when dest already is src's file: then both names stay
        tmp.unlink(missing_ok=True)


class Store:
    """The cache under `cache_dir`: `db/` (diskcache) and `media/` (content-hashed files)."""

    def __init__(self, cache_dir: Path):
        self.root = Path(cache_dir)
        self.media_dir = self.root / "media"
        self.media_dir.mkdir(parents=True, exist_ok=True)
        self.db = diskcache.Cache(str(self.root / "db"))

    # -- generations -------------------------------------------------------
    def get_draft(self, key: str) -> SceneDraft | None:
        data = self.db.get(key)
        return SceneDraft.from_json(json.loads(data)) if data else None

    def put_draft(self, key: str, draft: SceneDraft) -> None:
        self.db.set(key, json.dumps(draft.to_json(), sort_keys=True), tag="draft")

    # -- renders -------------------------------------------------------------
    def get_render(self, key: str) -> RenderedMedia | None:
        """The cached render, or None when absent or when any of its files went missing."""
        data = self.db.get(key)
        if not data:
            return None
        media = RenderedMedia.from_json(json.loads(data))
        if not all((self.media_dir / name).is_file() for name in media.all_files()):
            self.db.delete(key)  # a deleted media file is noticed: render again
            return None
        return media

    def put_render(self, key: str, media: RenderedMedia) -> None:
        self.db.set(key, json.dumps(media.to_json(), sort_keys=True), tag="render")

    # -- other documents (PDF guides, captions) ------------------------------
    def get_doc(self, key: str) -> dict | None:
        data = self.db.get(key)
        if not data:
            return None
        doc = json.loads(data)
        files = [doc["file"]] if doc.get("file") else []
        if not all((self.media_dir / f).is_file() for f in files):
            self.db.delete(key)
            return None
        return doc

    def put_doc(self, key: str, doc: dict, tag: str) -> None:
        self.db.set(key, json.dumps(doc, sort_keys=True), tag=tag)

    # -- small derived texts (highlighted code) -------------------------------
    def get_text(self, key: str) -> str | None:
        return self.db.get(key)

    def put_text(self, key: str, text: str, tag: str) -> None:
        self.db.set(key, text, tag=tag)

    # -- files ---------------------------------------------------------------
    def add_file(self, src: Path, suffix: str) -> str:
        """Store a file under its content hash; returns the file name. Idempotent."""
        name = f"{file_digest(src)[:20]}{suffix}"
        dest = self.media_dir / name
        if not dest.is_file():
            atomic_copy(src, dest)
        return name

    def path(self, name: str) -> Path:
        return self.media_dir / name

    def close(self) -> None:
        self.db.close()
