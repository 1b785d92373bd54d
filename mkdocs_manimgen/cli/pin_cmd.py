"""`manimgen pin`: the designs the site shows now, written beside mkdocs.yml to be committed (pins.py)."""

from __future__ import annotations

from pathlib import Path

import click

from .common import CACHE_OPTION, SITE_OPTION, console, context, escape, fail, quiet_logger


@click.command(name="pin")
@SITE_OPTION
@CACHE_OPTION
@click.argument("blocks", nargs=-1, metavar="[PAGE[:LINE]]...")
def pin_cmd(site_file: Path | None, cache_dir: Path | None, blocks: tuple[str, ...]) -> None:
    """Pin the designs of the site's blocks (all, or those on PAGE / at PAGE:LINE) in the `pins:`
    folder beside mkdocs.yml (default manimgen-pins/), to commit: a build then uses exactly these,
    with no API key, and warns when a pinned block changed. Build the site first.

    \b
    Example:
      manimgen pin --site mkdocs.yml calculus/limits.md:12
    """
    ctx = context(site_file, cache_dir, need_site=True)
    specs = [s for s in ctx.site.specs if not s.handwritten and _chosen(s.page, s.line, blocks)]
    if blocks and not specs:
        raise fail(f"no generated block at {', '.join(blocks)}", "give a page as in docs_dir (a.md) or page:line")
    from ..build import Build
    from ..pins import write_pin

    root = ctx.project_root / ctx.cfg.pins
    build = Build(ctx.cfg, ctx.project_root, quiet_logger(), cache_dir=ctx.cache_dir)
    pinned, missing = [], []
    try:
        for spec in specs:
            found = build.pipeline.cached_design(spec)
            if found is None:
                missing.append(spec.location)
                continue
            folder = write_pin(root, spec, found[0])
            pinned.append(f"{spec.location} -> {folder.relative_to(ctx.project_root)}")
    finally:
        build.close()
    for line in pinned:
        console.print(f"  {escape(line)}")
    console.print(f"pinned {len(pinned)} design(s) in {escape(str(root))}")
    if missing:
        console.print(f"[yellow]{len(missing)} block(s) have no design yet[/] (build the site first): "
                      + escape(", ".join(missing)))


def _chosen(page: str, line: int, wanted: tuple[str, ...]) -> bool:
    return not wanted or any(w == page or w == f"{page}:{line}" for w in wanted)
