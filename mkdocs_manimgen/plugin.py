"""MkDocs hooks only: wire MkDocs' events to one `Build` (build.py) per build.

on_startup  keep this instance (and its warm render processes) across `mkdocs serve` rebuilds
on_config   register our fence with superfences; add our CSS/JS (once); open this build's Build
on_nav      scan every page for blocks and start all of them at once (page_blocks.PageBlocks)
on_page_markdown  remember the page superfences converts next, as other plugins left its Markdown
(fence)     match the fence to its job by content, wait for it, return its HTML
on_post_page   asset URLs made relative to the page being written (embed.finish_page)
on_post_build  write the assets the pages use; resolve pages written behind MkDocs' back (print-site);
            the manifest of what the site shows (cache prune --site); one summary line; close the build
on_build_error close the build
on_shutdown stop the warm render processes
"""

from __future__ import annotations

import time
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from .render.schemes import resolve as resolve_schemes
from . import embed
from .blocks import FENCE_NAME
from .build import Build, WarmExecutor
from .cache import atomic_write_text
from .config import PluginConfig
from .embed import ASSET_DIR
from .fence_core import FenceCore
from .site_assets import publish
from .page_blocks import PageBlocks, Shown, manifest_path, mkdocs_pages, snippet_base_paths, write_manifest
from .progress import Progress
from .site_files import SceneFiles

log = get_plugin_logger("manimgen")

class ManimGenPlugin(BasePlugin[PluginConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.executors = WarmExecutor(log)  # kept warm across `mkdocs serve` rebuilds
        self.build: Build | None = None
        self.core: FenceCore | None = None  # this build's fences (None between builds)
        self.command, self.dirty = "build", False
        self.shown: dict[str, Shown] = {}  # every block the site's pages show (all i18n languages)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defining this makes MkDocs keep this instance across `mkdocs serve` rebuilds, and with
        it the warm render processes: editing one block costs one render, not a pool start."""
        self.command, self.dirty = command, dirty

    # -- configuration -------------------------------------------------------
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        if self.config.executor == "dask" and not self.config.dask.scheduler:
            raise PluginError("manimgen: `executor: dask` needs `dask: {scheduler: tcp://HOST:8786}`")
        if "pymdownx.superfences" not in config.markdown_extensions:
            config.markdown_extensions.append("pymdownx.superfences")
        fences = config.mdx_configs.setdefault("pymdownx.superfences", {}).setdefault("custom_fences", [])
        fences[:] = [f for f in fences if f.get("name") != FENCE_NAME]
        fences.append({"name": FENCE_NAME, "class": FENCE_NAME, "format": self._format_fence})
        # ours first, so the user's extra_css wins; once, however often on_config runs (static-i18n
        # runs it again for each language on the same config)
        for assets, name in ((config.extra_css, "manimgen.css"), (config.extra_javascript, "manimgen.js")):
            if f"{ASSET_DIR}/{name}" not in [str(a) for a in assets]:
                assets.insert(0, f"{ASSET_DIR}/{name}")
        self._close_build()  # a rebuild during `mkdocs serve` whose previous build did not finish
        project_root = Path(config.config_file_path or ".").resolve().parent
        self.config["schemes"] = resolve_schemes(self.config["schemes"], config.theme)  # auto: from the palette
        self.build = Build(self.config, project_root, log, executors=self.executors,
                           markdown=(config.markdown_extensions, config.mdx_configs), fence_name=FENCE_NAME)
        self.started_at = time.time()  # pages written before this are not this build's
        return config

    # -- discovery: start every block before any page is converted ---------------
    # on_nav, last: other plugins have added, generated, merged and re-included pages by now (Material's
    # blog excludes its posts during on_files), and no page has been converted yet
    @event_priority(-100)
    def on_nav(self, nav, *, config: MkDocsConfig, files: Files):
        if self.build is None:
            return None
        # the docs_dir in force now (mkdocs-monorepo-plugin swaps in its merged folder in its on_config)
        scenes = SceneFiles(Path(config.docs_dir), files, root=self.build.project_root)
        blocks = PageBlocks(self.build.parse, self.build.submit, scenes,
                            snippet_paths=snippet_base_paths(config.markdown_extensions, config.mdx_configs),
                            root=self.build.project_root)
        self.core = FenceCore(self.build, blocks, log)
        futures = blocks.scan(mkdocs_pages(files), config.markdown_extensions, config.mdx_configs,
                              skip_templated="macros" in config.plugins)
        if self.dirty:
            blocks.mark_stale_pages(files)
        if futures:
            self.progress = Progress(futures, log)
        return None

    @event_priority(-100)  # last: the Markdown as other plugins (macros) left it
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if self.core is not None:
            self.core.blocks.page_markdown(page.file.src_uri, markdown)
        return None

    # -- the fence: wait for the block, return its HTML ---------------------------
    def _format_fence(self, source: str, language: str, class_name: str, options: dict, md, **kwargs) -> str:
        if self.core is None:  # a Markdown instance used outside a build (e.g. by another plugin later)
            return ""
        # URLs are placeholders made relative to the page the HTML ends up on (on_post_page)
        return self.core.html(source, embed.asset_ref)[0]

    # -- output ---------------------------------------------------------------------
    @event_priority(100)  # first: privacy, offline or minify plugins see real URLs
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        if not self.config.enabled:
            return None
        return embed.finish_page(output, page.url)

    @event_priority(-50)  # after print-site (0) wrote its page; before static-i18n (-100) builds the next language
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.build is None:
            return
        self._finish_unwritten_pages(Path(config.site_dir))
        media_bytes = publish(self.core.assets, Path(config.site_dir)) if self.core else 0
        self.shown.update(self.core.blocks.shown if self.core else {})
        if self.command != "serve" and config.config_file_path:  # serve's temporary site is not the site
            write_manifest(manifest_path(self.build.cache_dir, config.config_file_path), self.shown)
        if self.core is not None:
            self.core.summary(media_bytes)
        self._close_build()

    def _finish_unwritten_pages(self, site_dir: Path) -> None:
        """Pages other plugins wrote without on_post_page (print-site's print page): their figures'
        placeholders made relative to where the file is."""
        for path in site_dir.rglob("*.html"):
            rel = path.relative_to(site_dir).as_posix()
            if rel.startswith(ASSET_DIR + "/") or path.stat().st_mtime < self.started_at - 1:
                continue
            try:
                html = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if embed.has_refs(html):
                atomic_write_text(path, embed.finish_page(html, rel))

    def on_build_error(self, *, error: Exception) -> None:
        self._close_build()

    def _close_build(self) -> None:
        self.core = None
        if self.build is not None:
            self.build.close()
            self.build = None

    def on_shutdown(self) -> None:
        self._close_build()
        self.executors.close()


__all__ = ["ManimGenPlugin"]
