"""The `manimgen` command: doctor, render, cache, export/import, pin, fix.

Mistakes a user can make (a missing site, a bad option, a block that fails) end with one
friendly message and a hint, never a traceback; `--debug` shows the traceback anyway.
"""

from __future__ import annotations

import sys

import click

from ..errors import ManimGenError
from .common import err_console, escape


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="mkdocs-manimgen", prog_name="manimgen")
@click.option("--debug", is_flag=True, help="Show tracebacks of failures.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Teaching animations for MkDocs: check the setup, render one concept, manage the cache.

    \b
    manimgen doctor                      is everything a build needs installed?
    manimgen render 'CONCEPT' -o a.webm  one animation, no site needed
    manimgen cache info|prune|clear      what the cache holds; remove unused entries
    manimgen export/import --site mkdocs.yml DIR   review designs in a pull request
    manimgen pin --site mkdocs.yml       pin the designs shown now, for CI and co-authors
    manimgen fix [--check] scenes/x.py   rewrite old / wrong Manim code in a scene file
    """
    ctx.obj = {"debug": debug}


def _register() -> None:
    from .cache_cmd import cache
    from .doctor import doctor
    from .export_cmd import export_cmd, import_cmd
    from .fix_cmd import fix_cmd
    from .pin_cmd import pin_cmd
    from .render_cmd import render

    for command in (doctor, render, cache, export_cmd, import_cmd, fix_cmd, pin_cmd):
        cli.add_command(command)


_register()


def main(argv: list[str] | None = None) -> None:
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        code = cli.main(args=argv, prog_name="manimgen", standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except click.exceptions.Abort:
        err_console.print("aborted")
        sys.exit(1)
    except click.ClickException as err:  # usage mistakes: click's own message and usage line
        err.show()
        sys.exit(err.exit_code)
    except ManimGenError as err:
        if debug:
            raise
        err_console.print(f"[red bold]error:[/] {escape(str(err.location + ': ' if err.location else ''))}"
                          f"{escape(err.message)}")
        detail = getattr(err, "detail", "")
        if detail:
            err_console.print(f"[dim]{escape(detail)}[/]")
        if err.hint:
            err_console.print(f"[cyan]fix:[/] {escape(err.hint)}")
        sys.exit(2)
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as err:  # noqa: BLE001 - a bug of ours: short message, traceback with --debug
        if debug:
            raise
        err_console.print(f"[red bold]internal error:[/] {escape(type(err).__name__)}: {escape(str(err))}")
        err_console.print("[cyan]fix:[/] run again with `manimgen --debug …` and report the traceback")
        sys.exit(3)


__all__ = ["cli", "main"]
