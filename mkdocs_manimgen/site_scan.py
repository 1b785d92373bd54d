"""A site's mkdocs.yml and its blocks, read the way a build reads them (for the `manimgen` command).

The cache keys a site uses are asked of the pipeline itself (`Build.keys_of`), so
`cache prune --site` keeps exactly what the next build would look up.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from .blocks import find_blocks, parse_block
from .config import PluginConfig
from .errors import ManimGenError
from .model import BlockSpec
from .page_blocks import manifest_path, read_manifest, source_digest
from .site_files import SceneFiles

log = logging.getLogger("mkdocs.plugins.manimgen")


@dataclass
class Site:
    config_file: Path
    project_root: Path
    docs_dir: Path
    cfg: PluginConfig  # the manimgen plugin's validated options
    cache_dir: Path
    specs: list[BlockSpec] = field(default_factory=list)
    errors: list[ManimGenError] = field(default_factory=list)  # blocks that do not parse
    shown: list[BlockSpec] = field(default_factory=list)  # what the last build's pages showed (its manifest)


def load_site(config_file: str | Path) -> Site:
    """Load mkdocs.yml with MkDocs itself and parse every block of every page."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError
    from mkdocs.structure.files import get_files

    path = Path(config_file)
    if path.is_dir():
        path = path / "mkdocs.yml"
    if not path.is_file():
        raise ManimGenError(f"{path}: no such file", hint="give the site's mkdocs.yml with --site")
    quiet = logging.getLogger("mkdocs")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # load_config's info lines are noise here
    try:
        config = load_config(config_file=str(path))
    except ConfigurationError as err:
        raise ManimGenError(f"{path}: {err}", hint="`mkdocs build` shows the same error") from None
    finally:
        quiet.setLevel(level)
    plugin = config.plugins.get("manimgen")
    if plugin is None:
        raise ManimGenError(f"{path}: the manimgen plugin is not enabled",
                            hint="add `- manimgen` under `plugins:` in mkdocs.yml")
    cfg: PluginConfig = plugin.config
    root = path.resolve().parent
    site = Site(path.resolve(), root, Path(config.docs_dir), cfg, (root / cfg.cache_dir).resolve())
    from .config import defaults_of

    defaults = defaults_of(cfg)
    files = get_files(config)
    scenes = SceneFiles(site.docs_dir, files, root=root)
    digests: dict[str, str] = {}
    for file in sorted(files.documentation_pages(), key=lambda f: f.src_uri):
        if not file.abs_src_path:
            continue
        source = Path(file.abs_src_path).read_text(encoding="utf-8-sig")
        digests[file.src_uri] = source_digest(source)
        for found in find_blocks(source):
            try:
                site.specs.append(parse_block(found.body, page=file.src_uri, line=found.line, files=scenes,
                                              defaults=defaults))
            except ManimGenError as err:
                site.errors.append(err)
    # blocks only a build sees (changed by macros or snippets, generated or merged pages): its manifest
    site.shown = read_manifest(manifest_path(site.cache_dir, site.config_file), digests.get)
    return site
