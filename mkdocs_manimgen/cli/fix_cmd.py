"""`manimgen fix FILE`: rewrite a hand-written scene with the fix-up table (old / wrong Manim code)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import click

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
            _write_atomically(path, new)
            console.print(f"{escape(str(path))}: rewrote {len(changes)} place(s)", soft_wrap=True)
    if check and changed:
        console.print(f"{changed} file(s) would change; run `manimgen fix` without --check to rewrite them")
        raise click.exceptions.Exit(1)


def _write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` in one rename, keeping its permissions: a crash never leaves half a file."""
    mode = path.stat().st_mode
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(tmp, mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
