"""The site's manimgen options for an engine that runs no MkDocs plugins (Zensical).

Zensical reads `mkdocs.yml` (or `zensical.toml`) but drops the settings of plugins it does not
run, so our options never reach us through it. The one home of the options stays the plugin's
entry (`plugins: - manimgen: {…}` in YAML, `[project.plugins.manimgen]` in TOML): this module
reads that entry from the same file and validates it with the plugin's own schema
(`config.plugin_config`), so the three engines build one configuration the same way.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ManimGenError

PLUGIN_NAME = "manimgen"
# The order Zensical's command line looks for a configuration (zensical/main.py: `execute_build`).
CONFIG_NAMES = ("zensical.toml", "mkdocs.yml", "mkdocs.yaml")


@dataclass(frozen=True)
class HostConfig:
    """The configuration file an engine is building and the manimgen options it holds."""

    path: Path
    docs_dir: Path  # as the file says (default `docs`), resolved against the file's folder
    options: dict[str, Any]  # the plugin entry's options, unvalidated ({} when the entry has none)
    plugin_listed: bool  # the file lists the manimgen plugin (for `doctor`)
    mtime: float
    fence_declared: bool = False  # the file declares the standalone fence (a superfences custom fence)


def config_file(root_dir: Path | None = None, argv: list[str] | None = None) -> Path | None:
    """The configuration file of the build running in this process: `-f/--config-file` on the
    command line, else the first of CONFIG_NAMES in `root_dir` (default: the working directory,
    where the engine's command line looks); only a file in `root_dir` when that is given."""
    argv = sys.argv if argv is None else argv
    for i, arg in enumerate(argv):
        value = None
        if arg in ("-f", "--config-file") and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--config-file="):
            value = arg.split("=", 1)[1]
        if value:
            path = Path(value).resolve()
            if path.is_file() and (root_dir is None or path.parent == Path(root_dir).resolve()):
                return path
    root_dir = Path.cwd() if root_dir is None else Path(root_dir)
    for name in CONFIG_NAMES:
        path = Path(root_dir) / name
        if path.is_file():
            return path.resolve()
    return None


def read_host_config(path: Path) -> HostConfig:
    """The manimgen plugin entry of a mkdocs.yml or zensical.toml; raises ManimGenError when the
    file cannot be read or the entry is not a mapping."""
    try:
        data = _load(path)
    except (OSError, ValueError) as err:
        raise ManimGenError(f"{path.name}: cannot read the configuration ({err})",
                            hint=f"`{'zensical' if path.suffix == '.toml' else 'mkdocs'} build` shows the same error") from None
    if path.suffix == ".toml":
        data = data.get("project", data)
    plugins = data.get("plugins") or []
    listed, options = False, {}
    entries = plugins.items() if isinstance(plugins, dict) else (
        (next(iter(p.items())) if isinstance(p, dict) and len(p) == 1 else (p, None)) for p in plugins)
    for name, value in entries:
        if name == PLUGIN_NAME:
            listed = True
            if value is not None and not isinstance(value, dict):
                raise ManimGenError(f"{path.name}: the options of the `{PLUGIN_NAME}` plugin are not a mapping",
                                    hint=f"write them indented under `- {PLUGIN_NAME}:`")
            options = dict(value or {})
    docs_dir = (path.parent / str(data.get("docs_dir") or "docs")).resolve()
    return HostConfig(path, docs_dir, options, listed, path.stat().st_mtime, _declares_fence(data))


FENCE_FORMAT = "mkdocs_manimgen.fence.format"  # the dotted name a configuration gives superfences


def _declares_fence(data: dict) -> bool:
    """Whether superfences' custom fences hold ours (`format` as the object or its dotted name)."""
    extensions = data.get("markdown_extensions") or []
    items = extensions.items() if isinstance(extensions, dict) else (
        next(iter(e.items())) if isinstance(e, dict) and len(e) == 1 else (e, None) for e in extensions)
    for name, settings in items:
        if name == "pymdownx.superfences" and isinstance(settings, dict):
            for fence in settings.get("custom_fences") or []:
                fmt = fence.get("format") if isinstance(fence, dict) else None
                named = fmt if isinstance(fmt, str) else f"{getattr(type(fmt), '__module__', '')}.format"
                if fence.get("name") == PLUGIN_NAME and named == FENCE_FORMAT:
                    return True
    if isinstance(extensions, dict) and isinstance(extensions.get("pymdownx"), dict):  # TOML's nested form
        return _declares_fence({"markdown_extensions": {"pymdownx.superfences": extensions["pymdownx"].get("superfences")}})
    return False


def _load(path: Path) -> dict:
    if path.suffix == ".toml":
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - Python 3.10
            import tomli as tomllib
        with open(path, "rb") as f:
            return tomllib.load(f)
    from mkdocs.utils.yaml import get_yaml_loader, yaml_load

    # MkDocs' own loader: `!ENV`, `!relative` and `!!python/name:` read as MkDocs reads them
    with open(path, encoding="utf-8") as f:
        data = yaml_load(f, loader=get_yaml_loader())
    if not isinstance(data, dict):
        raise ValueError("the file is not a mapping")
    return data


def engine_running() -> str | None:
    """The engine that imported us when it is not MkDocs' own build: 'zensical', or None."""
    return "zensical" if "zensical.config" in sys.modules else None


def engines() -> dict[str, str]:
    """The site engines installed beside us: name -> version (MkDocs, ProperDocs, Zensical)."""
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in ("mkdocs", "properdocs", "zensical"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            pass
    return found


__all__ = ["HostConfig", "config_file", "read_host_config", "engine_running", "engines", "CONFIG_NAMES",
           "PLUGIN_NAME", "FENCE_FORMAT"]
