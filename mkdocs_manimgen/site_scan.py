"""A site's mkdocs.yml and its blocks, read the way a build reads them (for the `manimgen` command).

The cache keys a site uses are computed with the pipeline's own functions
(`Generators.candidates` + `generation_key`, `render_key`), so `cache prune --site` keeps
exactly what the next build would look up.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from .blocks import find_blocks, parse_block
from .cache import Store
from .config import PluginConfig
from .errors import ManimGenError
from .generate import Generators, generation_key
from .model import BlockSpec, SceneDraft

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
    from .session import defaults_of

    defaults = defaults_of(cfg)
    for file in sorted(get_files(config).documentation_pages(), key=lambda f: f.src_uri):
        if not file.abs_src_path:
            continue
        source = Path(file.abs_src_path).read_text(encoding="utf-8-sig")
        for found in find_blocks(source):
            try:
                site.specs.append(parse_block(found.body, page=file.src_uri, line=found.line,
                                              docs_dir=site.docs_dir, defaults=defaults))
            except ManimGenError as err:
                site.errors.append(err)
    return site


def generators_of(site: Site) -> Generators:
    return Generators(site.cfg.llm, site.project_root, log, default=site.cfg.generator)


def cached_draft(spec: BlockSpec, generators: Generators, store: Store) -> tuple[str, SceneDraft] | None:
    """The design a build would take from the cache for this block (first candidate wins)."""
    for choice in generators.candidates(spec):
        key = generation_key(spec, choice)
        draft = store.get_draft(key)
        if draft is not None:
            return key, draft
    return None


@dataclass
class UsedKeys:
    drafts: set[str] = field(default_factory=set)
    renders: set[str] = field(default_factory=set)


def used_keys(site: Site, store: Store) -> UsedKeys:
    """Every generation and render key the site's blocks look up in a build."""
    from .pipeline import handwritten_draft, render_key
    from .session import settings_of

    settings = settings_of(site.cfg)
    generators = generators_of(site)
    used = UsedKeys()
    for spec in site.specs:
        if spec.handwritten:
            try:
                draft = handwritten_draft(spec)
            except ManimGenError:
                continue
        else:
            used.drafts.update(generation_key(spec, c) for c in generators.candidates(spec))
            found = cached_draft(spec, generators, store)
            if found is None:
                continue
            draft = found[1]
            if draft.generator.startswith("llm"):
                from .fixups import apply_fixups  # the pipeline renders the fixed-up code

                draft.code = apply_fixups(draft.code)[0]
        used.renders.add(render_key(spec, draft, settings))
    return used
