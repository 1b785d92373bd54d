"""`manimgen cache info|prune|clear`: what the cache holds, and removing what no page uses."""

from __future__ import annotations

import json
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import click
from rich.table import Table

from ..cache import Store
from ..model import RenderedMedia
from ..render import tex_cache
from .common import CACHE_OPTION, SITE_OPTION, console, context, fail, human_size, quiet_logger

TEMP_GRACE = 3600.0  # temp files younger than this may belong to a running build


@dataclass
class Entry:
    key: str
    tag: str
    size: int
    stored: float  # unix time the entry was written
    files: list[str]  # media files it references


def entries(store: Store) -> list[Entry]:
    """Every entry with its tag, size, store time and referenced media files."""
    out = []
    rows = store.db._sql("SELECT key, tag, store_time FROM Cache").fetchall()  # diskcache keeps store_time
    for key, tag, stored in rows:
        value = store.db.get(key)
        if value is None:
            continue
        out.append(Entry(key, tag or "?", len(value), stored or 0.0, referenced_files(tag, value)))
    return out


def referenced_files(tag: str | None, value: str) -> list[str]:
    try:
        data = json.loads(value)
    except (TypeError, ValueError):
        return []
    if tag == "render":
        return RenderedMedia.from_json(data).all_files()
    if isinstance(data, dict):  # pdf and other documents name their file (and maybe more)
        names = [data["file"]] if isinstance(data.get("file"), str) else []
        names += [v for v in data.get("files", []) if isinstance(v, str)] if isinstance(data.get("files"), list) else []
        return names
    return []


def media_files(store: Store) -> list[Path]:
    return sorted(p for p in store.media_dir.iterdir() if p.is_file())


def parse_age(text: str) -> float:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*", text)
    if not m:
        raise fail(f"cannot read the age {text!r}", "write it like 30d, 12h, 2w or 90m")
    return float(m[1]) * {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "": 86400}[m[2]]


def remove_orphan_media(store: Store) -> tuple[int, int]:
    """Delete media files no remaining entry references; returns (files, bytes)."""
    keep = {name for e in entries(store) for name in e.files}
    count = size = 0
    now = time.time()
    for path in media_files(store):
        if path.name in keep:
            continue
        if path.name.startswith(".") and now - path.stat().st_mtime < TEMP_GRACE:
            continue  # a build may be writing it right now
        size += path.stat().st_size
        path.unlink(missing_ok=True)
        count += 1
    return count, size


# The kinds of entry the pipeline can name for a block (`Pipeline.keys_of`): designs, renders,
# PDF guides and highlighted code.
SITE_MATCHED = ("draft", "render", "pdf", "html")


def used_keys(ctx):
    """The cache keys the site's blocks use, asked of the build's own pipeline."""
    from ..build import Build

    with Build(ctx.cfg, ctx.project_root, quiet_logger(), cache_dir=ctx.cache_dir) as build:
        return build.keys_of([*ctx.site.specs, *ctx.site.shown])  # shown: what its last build showed


def _open(site_file: Path | None, cache_dir: Path | None, **kw):
    ctx = context(site_file, cache_dir, **kw)
    if not (ctx.cache_dir / "db").is_dir():
        raise fail(f"no manimgen cache at {ctx.cache_dir}", "build the site once, or give --cache-dir/--site")
    return ctx, Store(ctx.cache_dir)


@click.group()
def cache() -> None:
    """Inspect and clean the generation/render cache."""


@cache.command()
@CACHE_OPTION
@SITE_OPTION
def info(cache_dir: Path | None, site_file: Path | None) -> None:
    """Size and entry counts per kind (designs, renders, PDFs) and media files."""
    ctx, store = _open(site_file, cache_dir)
    try:
        all_entries = entries(store)
        files = media_files(store)
        referenced = {n for e in all_entries for n in e.files}
        table = Table(box=None, header_style="bold")
        for col in ("kind", "entries", "size"):
            table.add_column(col, justify="left" if col == "kind" else "right")
        names = {"draft": "designs (draft)", "render": "renders (render)", "pdf": "PDF guides (pdf)"}
        for tag in sorted({e.tag for e in all_entries} | {"draft", "render", "pdf"}):
            group = [e for e in all_entries if e.tag == tag]
            table.add_row(names.get(tag, tag), str(len(group)), human_size(sum(e.size for e in group)))
        media_size = sum(p.stat().st_size for p in files)
        orphans = [p for p in files if p.name not in referenced]
        table.add_row("media files", str(len(files)), human_size(media_size))
        formulas = _formulas(tex_cache.folder(ctx.cache_dir))
        table.add_row("formulas (tex)", str(len(formulas)), human_size(sum(p.stat().st_size for p in formulas)))
        console.print(f"[bold]cache[/] {ctx.cache_dir}")
        console.print(table)
        if orphans:
            console.print(f"[dim]{len(orphans)} media file(s) no entry uses "
                          f"({human_size(sum(p.stat().st_size for p in orphans))}); `manimgen cache prune` removes them[/]")
        if ctx.site is not None:
            used = used_keys(ctx)
            unused = [e for e in all_entries if e.tag in SITE_MATCHED and e.key not in used.all()]
            console.print(f"the site's {len(ctx.site.specs)} block(s) use "
                          f"{sum(e.key in used.drafts for e in all_entries)} design(s) and "
                          f"{sum(e.key in used.renders for e in all_entries)} render(s); {len(unused)} entr(y/ies) unused")
    finally:
        store.close()


@cache.command()
@SITE_OPTION
@click.option("--older-than", "older_than", metavar="AGE", default=None,
              help="Remove entries written more than AGE ago (30d, 12h, 2w); with --site, only unused ones.")
@CACHE_OPTION
@click.option("--dry-run", is_flag=True, help="Only say what would be removed.")
def prune(site_file: Path | None, older_than: str | None, cache_dir: Path | None, dry_run: bool) -> None:
    """Remove entries no page of the site uses (--site) and/or old ones (--older-than).

    Media files no remaining entry references are deleted too.
    """
    if site_file is None and older_than is None:
        raise fail("prune needs --site mkdocs.yml, --older-than AGE, or both",
                   "e.g. `manimgen cache prune --site mkdocs.yml`")
    cutoff = time.time() - parse_age(older_than) if older_than else None
    ctx, store = _open(site_file, cache_dir)
    try:
        used = None
        if ctx.site is not None:
            used = used_keys(ctx)
            if ctx.site.errors:
                console.print(f"[yellow]warning:[/] {len(ctx.site.errors)} block(s) do not parse; their cache entries "
                              "cannot be matched and may be removed:")
                for err in ctx.site.errors:
                    console.print(f"  {err}")
        doomed = []
        for e in entries(store):
            old = cutoff is not None and last_use(e, store) < cutoff
            if used is not None and e.tag in SITE_MATCHED:
                # matched against the site's keys: in use = kept, whatever its age
                if e.key not in used.all() and (cutoff is None or old):
                    doomed.append(e)
            elif old:  # other kinds, or no --site: by age only
                doomed.append(e)
        stale = tex_cache.stale_folders(ctx.cache_dir)  # formulas compiled by a TeX or Manim since upgraded
        if not dry_run:
            for e in doomed:
                store.db.delete(e.key)
            files, size = remove_orphan_media(store)
            for folder in stale:
                shutil.rmtree(folder, ignore_errors=True)
        else:
            files, size = 0, 0
        by_tag = {}
        for e in doomed:
            by_tag[e.tag] = by_tag.get(e.tag, 0) + 1
        summary = ", ".join(f"{n} {t}" for t, n in sorted(by_tag.items())) or "no entries"
        verb = "would remove" if dry_run else "removed"
        console.print(f"{verb} {summary}" + ("" if dry_run else f"; {files} media file(s), {human_size(size)}")
                      + (f"; the formulas of {len(stale)} earlier TeX toolchain(s)" if stale else ""))
    finally:
        store.close()


def _formulas(folder: Path) -> list[Path]:
    return [p for p in folder.glob("*.svg") if p.is_file()] if folder.is_dir() else []


def last_use(e: Entry, store: Store) -> float:
    """When the entry was last written or (for media) read: store time, or its files' access times."""
    times = [e.stored]
    for name in e.files:
        path = store.path(name)
        if path.is_file():
            st = path.stat()
            times.append(max(st.st_atime, st.st_mtime))
    return max(times)


@cache.command()
@CACHE_OPTION
@SITE_OPTION
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def clear(cache_dir: Path | None, site_file: Path | None, yes: bool) -> None:
    """Remove everything: designs, renders, PDFs, media files and compiled formulas."""
    ctx, store = _open(site_file, cache_dir)
    try:
        if not yes and not click.confirm(f"remove everything in {ctx.cache_dir}?", default=False):
            raise SystemExit(1)
        n = len(store.db)
        store.db.clear()
        files = media_files(store)
        size = sum(p.stat().st_size for p in files)
        for p in files:
            p.unlink(missing_ok=True)
        for sub in ("notes", "tmp", tex_cache.SUBDIR):  # not a $MANIMGEN_TEX_CACHE other sites share
            shutil.rmtree(ctx.cache_dir / sub, ignore_errors=True)
        console.print(f"removed {n} entr{'y' if n == 1 else 'ies'} and {len(files)} media file(s), {human_size(size)}")
    finally:
        store.close()
