"""One site's blocks in a process whose engine runs no MkDocs hooks (Zensical): see fence.py.

`StandaloneSite` is what the plugin's hooks are to MkDocs: it opens the Build, starts every block
of the docs at once, converts each fence the engine hands over (FenceCore, the plugin's own
core), publishes each figure's files at once, and at the end publishes every block's files again
(the engine may have written pages from its own cache), prints the summary line and keeps
Zensical's page cache right (zensical_cache.py).
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path

from . import embed
from .blocks import FENCE_NAME
from .errors import ManimGenError
from .fence_core import FenceCore
from .host_config import HostConfig, config_file, read_host_config
from .site_assets import ASSET_DIR, STATIC, publish
from .zensical_cache import Record, renew_nonce, site_state, write_record

log = logging.getLogger("mkdocs.plugins.manimgen")
REWRITTEN = ("src", "href")  # the attributes whose relative URLs Zensical rewrites (fence.py's module doc)


@dataclass(frozen=True)
class HostSite:
    """What the engine tells us of the site being built."""

    root: Path  # the project folder (the configuration file's)
    docs_dir: Path
    site_dir: Path
    config: HostConfig
    extensions: list  # the site's Markdown extensions (names) and their settings, for the notes
    mdx_configs: dict
    linked: frozenset[str]  # our static files the site's extra_css/extra_javascript already list
    theme: dict  # the engine's `theme` settings (its `palette` decides `schemes: auto`)


def zensical_site(config: dict) -> HostSite:
    """HostSite from Zensical's parsed configuration; raises ManimGenError when the configuration
    file cannot be found or read."""
    root = Path(config["root_dir"]).resolve()
    path = config_file(root)
    if path is None:
        raise ManimGenError(f"no mkdocs.yml or zensical.toml in the project folder {root.name!r}",
                            hint="build from the folder of the configuration file, or pass -f")
    host = read_host_config(path)
    listed = [str(c.get("path", "") if isinstance(c, dict) else c)
              for c in [*config.get("extra_css", []), *config.get("extra_javascript", [])]]
    linked = frozenset(name for name in STATIC if any(c.endswith(f"{ASSET_DIR}/{name}") for c in listed))
    return HostSite(root, (root / config["docs_dir"]).resolve(), (root / config["site_dir"]).resolve(), host,
                    [e for e in config.get("markdown_extensions", []) if isinstance(e, str)],
                    dict(config.get("mdx_configs", {})), linked, dict(config.get("theme") or {}))


class _ThemeView(dict):
    """Zensical's `theme` as render.schemes.resolve reads MkDocs' Theme: a `name` and `get`. Zensical's
    themes are Material's successors: a palette there is a Material palette, whatever the name."""

    @property
    def name(self) -> str | None:
        return "material" if self.get("palette") else self.get("name")


class StandaloneSite:
    """One site's Build, every block started at once, each figure's files published as it is shown."""

    def __init__(self, host: HostSite):
        from .build import Build
        from .config import plugin_config
        from .page_blocks import PageBlocks, folder_pages, snippet_base_paths
        from .progress import Progress
        from .site_files import SceneFiles

        self.host = host
        from .render.schemes import resolve as resolve_schemes

        cfg = plugin_config(host.config.options)
        cfg["schemes"] = resolve_schemes(cfg["schemes"], _ThemeView(host.theme))  # auto: from the palette
        self.build = Build(cfg, host.root, log, markdown=(host.extensions, host.mdx_configs), fence_name=FENCE_NAME)
        blocks = PageBlocks(self.build.parse, self.build.submit, SceneFiles(host.docs_dir, None, root=host.root),
                            snippet_paths=snippet_base_paths(host.extensions, host.mdx_configs), root=host.root)
        self.core = FenceCore(self.build, blocks, log)
        self.lock = threading.Lock()
        self._page: weakref.ref | None = None  # the Markdown converting the current page
        self._ids: dict[str, int] = {}  # figure ids already on the current page
        self.closed = False
        futures = blocks.scan(folder_pages(host.docs_dir), host.extensions, host.mdx_configs)
        if futures:
            Progress(futures, log)

    @property
    def site_dir(self) -> Path:
        return self.host.site_dir

    # -- a fence ------------------------------------------------------------------------------------
    def fence(self, source: str, page_path: str, page_url: str, md) -> str:
        """The HTML of one fence of the page `page_path` (docs-relative, posix) shown at `page_url`;
        the URLs of REWRITTEN attributes are relative to the source file (see fence.py)."""

        def url_for(attribute: str, name: str) -> str:
            return embed.asset_url(name, page_path if attribute in REWRITTEN else page_url)

        with self.lock:
            if self._page is None or self._page() is not md:  # the next page
                self._page, self._ids = weakref.ref(md), {}
                self.core.blocks.page_markdown(page_path, "\n".join(getattr(md, "lines", []) or []))
            html, files = self.core.html(source, embed.asset_ref)
            html = embed.finish_page(embed.resolve_refs(html, url_for), page_url, self._ids)
            first_on_page = not getattr(md, "_manimgen_static", False)
            md._manimgen_static = True
        publish(files, self.site_dir)
        if first_on_page:  # what the site does not list itself (no on_config adds it here)
            tags = {"manimgen.css": '<link rel="stylesheet" href="{}">', "manimgen.js": '<script src="{}" defer></script>'}
            html = "".join(tag.format(embed.asset_url(name, page_path)) for name, tag in tags.items()
                           if name not in self.host.linked) + "\n" + html
        return html

    # -- the site's files ---------------------------------------------------------------------------
    def assets(self, *, wait: bool = False) -> dict[str, Path | str]:
        """Every file the site's figures link to: the fences converted and every scanned block done
        (all of them, waiting, when `wait`); blocks the engine did not convert are counted here."""
        with self.lock:
            assets = dict(self.core.assets)
            for location, future in list(self.core.blocks.started):
                if not (wait or future.done()):
                    continue
                result = future.result()
                self.core.count_unseen(result, location)
                if result.error is None:
                    assets.update(result.site_files(self.build.store))
        return assets

    def finish(self) -> None:
        """Every block's files in the site, the summary line, Zensical's page cache kept right (a new
        nonce after an error box, else the record of this clean build); then close the build."""
        if self.closed:
            return
        started = time.monotonic()
        try:
            assets = self.assets(wait=True)
            total = publish(assets, self.site_dir)
            self.core.summary(total)
            if self.core.failed:
                renew_nonce(self.build.cache_dir, self.host.config.path)
            else:
                state = site_state(self.host.config.path)
                write_record(state, Record(state.generation, self.core.stats.blocks, assets))
        except (OSError, ManimGenError) as err:
            log.warning("could not finish the site's figures: %s", err)
        finally:
            self.closed = True
            self.build.close()
            log.debug("finished in %.2f s", time.monotonic() - started)
