"""Keeping Zensical's own page cache right, and a warm build cheap.

Zensical keys its cache of a converted page on the page's Markdown and on the pickle of the
Markdown settings, which holds our `format` (fence.py). So `format` pickles with the site's
*generation*: a digest of every block's text and of the `file:` scenes they name (a scene changes
a block without changing its page), our options and version, and a nonce renewed after a build
that showed an error box. A page is converted again exactly when one of its blocks' inputs
changed, or after a failure (which may have been transient): a cached page never shows a stale
figure or an error box.

Zensical also empties the site folder and writes unchanged pages from its cache without calling
us. After a build that showed no error box we record the generation and every file its figures
link to (`Record`); a later build whose generation is the same publishes those files and starts
nothing else: no pipeline, no render processes (bench/engines.py measures it).

Everything here is light to import: it runs while Zensical reads its configuration.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from .host_config import HostConfig, read_host_config

FOLDER = "zensical"  # in the cache folder: each site's nonce and record


def _file(cache_dir: Path, config_path: Path, suffix: str) -> Path:
    from .page_blocks import site_digest

    return Path(cache_dir) / FOLDER / f"{site_digest(config_path)}.{suffix}"


def renew_nonce(cache_dir: Path, config_path: Path) -> None:
    """After a build that showed an error box: the next build converts every page again."""
    from .cache import atomic_write_text

    path = _file(cache_dir, config_path, "nonce")
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, uuid.uuid4().hex)


@dataclass(frozen=True)
class SiteState:
    """The site as the next build will see it: its configuration, cache folder and generation."""

    host: HostConfig
    cache_dir: Path
    generation: str


_FILE_OPTION = re.compile(r"^file:[ \t]*['\"]?([^'\"\n]+?)['\"]?[ \t]*$", re.M)


def site_state(path: Path) -> SiteState:
    """The generation of the site configured by `path`: a digest of every block's text as written,
    the `file:` scenes they name, our options and version, and the nonce. No block is parsed (a
    warm build pays for this): what a block's options mean is already in its text and the options.
    Raises ManimGenError for an invalid configuration, OSError when it cannot be read."""
    from . import __version__
    from .blocks import SceneOutside, find_blocks
    from .cache import cache_key
    from .config import cache_dir_of, plugin_config
    from .page_blocks import folder_pages
    from .site_files import SceneFiles

    host = read_host_config(path)
    cache_dir = cache_dir_of(plugin_config(host.options), path.parent)
    scenes = SceneFiles(host.docs_dir, None, root=path.parent)
    blocks, files = [], {}
    for page in folder_pages(host.docs_dir):
        for found in find_blocks(page.text):
            blocks.append([page.src_uri, found.line, found.body])
            for name in _FILE_OPTION.findall(found.body.split("\n---", 1)[0]):
                try:
                    text = scenes.read(name.strip(), page.src_uri)
                except SceneOutside:
                    text = None
                files[f"{page.src_uri}:{name}"] = hashlib.sha256((text or "").encode()).hexdigest()
    try:
        nonce = _file(cache_dir, path, "nonce").read_text(encoding="utf-8").strip()
    except OSError:
        nonce = ""
    generation = cache_key("zensical-generation", blocks=blocks, files=files, options=host.options,
                           version=__version__, nonce=nonce).split(":")[1][:20]
    return SiteState(host, cache_dir, generation)


@dataclass
class Record:
    """What a build that showed no error box published: its generation, its blocks and every file
    (name -> cached file, or text)."""

    generation: str
    blocks: int
    assets: dict[str, Path | str] = field(default_factory=dict)

    def complete(self) -> bool:
        """Every cached file it names still exists (a pruned cache makes the record useless)."""
        return all(src.is_file() for src in self.assets.values() if isinstance(src, Path))


def write_record(state: SiteState, record: Record) -> None:
    from .cache import atomic_write_text

    data = {"generation": record.generation, "blocks": record.blocks,
            "assets": {n: ({"path": str(s)} if isinstance(s, Path) else {"text": s}) for n, s in record.assets.items()}}
    path = _file(state.cache_dir, state.host.path, "record.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(data, ensure_ascii=False))


def read_record(state: SiteState) -> Record | None:
    """The record of the last clean build when it is for this generation and complete, else None."""
    try:
        data = json.loads(_file(state.cache_dir, state.host.path, "record.json").read_text(encoding="utf-8"))
        record = Record(data["generation"], int(data["blocks"]),
                        {n: (Path(v["path"]) if "path" in v else v["text"]) for n, v in data["assets"].items()})
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return record if record.generation == state.generation and record.complete() else None
