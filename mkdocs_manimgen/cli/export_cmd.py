"""`manimgen export|import`: the site's designs as plain files to review in a pull request, and back.

export writes one folder per block (scene.py, storyboard.yaml, notes.md) and manifest.json
(generation key, page, line, generator, model…). import reads the folders back, possibly
edited, into the cache under the recorded keys: a build without an API key then uses them
(`Generators.candidates` looks up cached LLM designs first), so CI reproduces what was reviewed.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..cache import atomic_write_text
from ..design_files import DesignFacts, read_design, write_design
from ..model import SceneDraft
from .common import SITE_OPTION, CACHE_OPTION, console, context, fail, quiet_logger, slug

MANIFEST = "manifest.json"
FORMAT = "manimgen-export-1"


def folder_name(page: str, line: int, title: str | None, concept: str) -> str:
    return f"{slug(page.removesuffix('.md'), 30)}-L{line}-{slug(title or concept, 30)}"


@click.command(name="export")
@SITE_OPTION
@CACHE_OPTION
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def export_cmd(site_file: Path | None, cache_dir: Path | None, directory: Path) -> None:
    """Write every block's cached design to DIRECTORY as plain files, for review.

    One folder per block (scene.py, storyboard.yaml, notes.md) and manifest.json.
    Blocks without a cached design are listed: build the site first.
    """
    ctx = context(site_file, cache_dir, need_site=True)
    from ..build import Build

    build = Build(ctx.cfg, ctx.project_root, quiet_logger(), cache_dir=ctx.cache_dir)
    try:
        entries, missing, seen = [], [], set()
        for spec in ctx.site.specs:
            if spec.handwritten:
                continue  # the author's own code is already in the repository
            found = build.pipeline.cached_design(spec)
            if found is None:
                missing.append(spec.location)
                continue
            draft, _choice, key = found
            if key in seen:  # identical blocks share one design
                continue
            seen.add(key)
            name = folder_name(spec.page, spec.line, spec.title, spec.concept)
            folder = directory / name
            write_design(folder, draft)  # the code exactly: an unedited import gives the same keys
            entries.append({
                "folder": name, "generation_key": key, "page": spec.page, "line": spec.line,
                "title": spec.title, "concept": spec.concept,
                "model": draft.generator.split(":", 1)[1] if draft.generator.startswith("llm:") else None,
                **vars(DesignFacts.of(draft)),
            })
        manifest = {"format": FORMAT, "site": str(ctx.site.config_file.name), "blocks": entries}
        atomic_write_text(directory / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    finally:
        build.close()
    console.print(f"exported {len(entries)} design(s) to {directory}")
    if missing:
        console.print(f"[yellow]{len(missing)} block(s) have no cached design yet[/] (build the site first): "
                      + ", ".join(missing))


@click.command(name="import")
@SITE_OPTION
@CACHE_OPTION
@click.argument("directory", type=click.Path(file_okay=False, exists=True, path_type=Path))
def import_cmd(site_file: Path | None, cache_dir: Path | None, directory: Path) -> None:
    """Read DIRECTORY (written by `manimgen export`, maybe edited) back into the cache.

    Each design is stored under its recorded generation key, so the next build uses it
    without calling any generator. Scene code is checked with the same safety rules first.
    """
    ctx = context(site_file, cache_dir, need_site=True)
    manifest_path = directory / MANIFEST
    if not manifest_path.is_file():
        raise fail(f"{manifest_path}: not found", "give the folder `manimgen export` wrote")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        blocks = manifest["blocks"]
    except (ValueError, KeyError, TypeError) as err:
        raise fail(f"{manifest_path}: not a manimgen export manifest ({err})") from None
    from ..build import Build

    drafts = [(entry, read_draft(directory, entry)) for entry in blocks]  # all checked before anything is stored
    build = Build(ctx.cfg, ctx.project_root, quiet_logger(), cache_dir=ctx.cache_dir)
    stale = []
    try:
        site_keys = build.keys_of(ctx.site.specs).drafts
        for entry, draft in drafts:
            build.store.put_draft(entry["generation_key"], draft)
            if entry["generation_key"] not in site_keys:
                stale.append(f"{entry['page']}:{entry['line']}")
    finally:
        build.close()
    console.print(f"imported {len(drafts)} design(s) into {ctx.cache_dir}")
    if stale:
        console.print(f"[yellow]warning:[/] {len(stale)} design(s) belong to blocks that changed or no longer exist "
                      f"in the site (they will not be used): {', '.join(stale)}")


def read_draft(directory: Path, entry: dict) -> SceneDraft:
    return read_design(directory / entry["folder"], DesignFacts(
        scene_name=entry.get("scene_name") or "", generator=entry.get("generator") or "offline",
        kind=entry.get("kind"), usage=entry.get("usage") or {}, revisions=tuple(entry.get("revisions") or ()),
        ignored=tuple(entry.get("ignored") or ()), quality=entry.get("quality")))
