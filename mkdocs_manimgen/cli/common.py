"""What every command shares: the console, friendly errors, and finding the site/cache."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import click
from rich.console import Console

from ..errors import ManimGenError

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

SITE_OPTION = click.option("--site", "site_file", type=click.Path(dir_okay=True, path_type=Path), default=None,
                           help="The site's mkdocs.yml (its manimgen options and cache_dir are used).")
CACHE_OPTION = click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                            help="The cache folder (default: the site's cache_dir, else ./.cache/manimgen).")


class UserError(ManimGenError):
    """A mistake on the command line: shown as one friendly line, never as a traceback."""


def fail(message: str, hint: str | None = None) -> UserError:
    return UserError(message, hint=hint)


@dataclass
class Context:
    """The plugin options, project root and cache folder a command works with."""

    cfg: object  # PluginConfig
    project_root: Path
    cache_dir: Path
    site: object | None = None  # site_scan.Site when --site was given


def context(site_file: Path | None, cache_dir: Path | None, *, need_site: bool = False,
            options: dict | None = None) -> Context:
    """From --site (its mkdocs.yml) or the defaults; --cache-dir overrides the cache folder."""
    if site_file is None and need_site:
        raise fail("this command needs the site", "give its mkdocs.yml with --site mkdocs.yml")
    if site_file is not None:
        from ..site_scan import load_site

        site = load_site(site_file)
        cache = cache_dir.resolve() if cache_dir else site.cache_dir
        return Context(site.cfg, site.project_root, cache, site)
    from ..config import plugin_config

    cfg = plugin_config(options)
    root = Path.cwd()
    return Context(cfg, root, cache_dir.resolve() if cache_dir else (root / cfg.cache_dir).resolve())


def quiet_logger() -> logging.Logger:
    """The plugin's logger, printing warnings through rich (info lines would fight the spinner)."""
    log = logging.getLogger("mkdocs.plugins.manimgen")
    if not any(isinstance(h, _RichWarnings) for h in log.handlers):
        log.addHandler(_RichWarnings())
    log.setLevel(logging.INFO)
    log.propagate = False
    return log


class _RichWarnings(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.levelno >= logging.WARNING:
            err_console.print(f"[yellow]warning:[/] {escape(text)}")
        elif record.levelno >= logging.INFO:
            err_console.print(f"[dim]{escape(text)}[/]")


def escape(text: str) -> str:
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def slug(text: str, limit: int = 40) -> str:
    text = re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-")
    return text[:limit].strip("-") or "block"


def human_size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"
