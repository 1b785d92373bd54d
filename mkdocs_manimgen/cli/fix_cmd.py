"""`manimgen fix FILE`: rewrite a hand-written scene with the fix-up table (old / wrong Manim code)."""

from __future__ import annotations

from pathlib import Path

import click

from ..cache import atomic_write_text
from ..errors import ManimGenError
from .common import console, escape


@click.command("fix")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--check", is_flag=True, help="Change nothing; exit 1 when a file would change (for CI / pre-commit).")
def fix_cmd(files: tuple[Path, ...], check: bool) -> None:
    """Rewrite scene FILES for Manim CE 0.22 with the deterministic fix-ups, printing each change.

    \b
    manimgen fix scenes/graph.py           rewrite in place (atomically)
    manimgen fix --check scenes/*.py       report only; exit 1 if something would change
    """
    from ..validate.fixups import fixup_changes

    changed = 0
    for path in files:
        try:
            code = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise ManimGenError(f"cannot read {path}: {err}", hint="give the path of a Python scene file") from err
        new, changes = fixup_changes(code)
        if new == code:
            console.print(f"{escape(str(path))}: nothing to fix", soft_wrap=True)
            continue
        changed += 1
        for c in changes:
            console.print(f"{escape(str(path))}:{c.line}: [bold]{escape(c.row)}[/] {escape(c.note)}", soft_wrap=True)
        if not check:
            atomic_write_text(path, new)  # a crash never leaves half a file
            console.print(f"{escape(str(path))}: rewrote {len(changes)} place(s)", soft_wrap=True)
    if check and changed:
        console.print(f"{changed} file(s) would change; run `manimgen fix` without --check to rewrite them")
        raise click.exceptions.Exit(1)

