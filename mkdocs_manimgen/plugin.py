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
from .cache import atomic_copy, atomic_write_text, link_or_copy
from .config import PluginConfig
from .embed import ASSET_DIR
from .errors import ManimGenError
from .page_blocks import PageBlocks, Shown, manifest_path, write_manifest
from .pipeline import BlockResult, BuildStats
from .progress import Progress
from .site_files import SceneFiles

log = get_plugin_logger("manimgen")
STATIC = ("manimgen.css", "manimgen.js")

class ManimGenPlugin(BasePlugin[PluginConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.executors = WarmExecutor(log)  # kept warm across `mkdocs serve` rebuilds
        self.build: Build | None = None
        self.blocks: PageBlocks | None = None
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
        self.stats = BuildStats()
        self.started = time.monotonic()
        self.started_at = time.time()  # pages written before this are not this build's
        self.assets: dict[str, Path | str] = {}
        self._counted: set[int] = set()
        self._located: set[str] = set()  # the locations converted (an excerpt repeats its post's)
        self._failed: set[str] = set()
        self._warned: set[str] = set()  # locations already counted and warned about
        return config

    # -- discovery: start every block before any page is converted ---------------
    # on_nav, last: other plugins have added, generated, merged and re-included pages by now (Material's
    # blog excludes its posts during on_files), and no page has been converted yet
    @event_priority(-100)
    def on_nav(self, nav, *, config: MkDocsConfig, files: Files):
        if self.build is None:
            return None
        snippets = config.mdx_configs.get("pymdownx.snippets", {}) if "pymdownx.snippets" in \
            config.markdown_extensions else {}
        # the docs_dir in force now (mkdocs-monorepo-plugin swaps in its merged folder in its on_config)
        scenes = SceneFiles(Path(config.docs_dir), files)
        self.blocks = PageBlocks(self.build.parse, self.build.submit, scenes,
                                 snippet_paths=list(snippets.get("base_path", ["."])), root=self.build.project_root)
        futures = self.blocks.scan(files, config, skip_templated="macros" in config.plugins)
        if self.dirty:
            self.blocks.mark_stale_pages(files)
        if futures:
            self.progress = Progress(futures, log)
        return None

    @event_priority(-100)  # last: the Markdown as other plugins (macros) left it
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if self.blocks is not None:
            self.blocks.page_markdown(page.file.src_uri, markdown)
        return None

    # -- the fence: wait for the block, return its HTML ---------------------------
    def _format_fence(self, source: str, language: str, class_name: str, options: dict, md, **kwargs) -> str:
        if self.blocks is None:  # a Markdown instance used outside a build (e.g. by another plugin later)
            return ""
        taken = self.blocks.take(source)
        self._located.add(taken.location)
        if taken.error is not None:
            return self._fail(taken.error, taken.location)
        result: BlockResult = taken.future.result()
        if result.error is not None:
            return self._fail(result.error, taken.location)
        if taken.location not in self._warned:  # an excerpt repeats its post's block: counted and warned once
            self._warned.add(taken.location)
            for warning in result.warnings:
                log.warning("%s: %s", taken.location, warning)
            self._count(result)
        self.assets.update(result.site_files(self.build.store))
        # URLs are placeholders made relative to the page the HTML ends up on (on_post_page)
        return self.build.figure_html(taken.spec, result, embed.asset_ref)

    def _fail(self, error: ManimGenError, block: str) -> str:
        location = error.location or block  # an option's own line beats the fence's
        if block not in self._failed:  # an excerpt repeats its post's block: one warning
            self._failed.add(block)
            message = error.message + (f" (fix: {error.hint})" if error.hint else "")
            log.warning("%s: %s", location, message)
            detail = getattr(error, "detail", "")
            if detail:
                log.info("%s: details:\n%s", location, detail)
        return embed.error_html(None, error, location)

    def _count(self, result: BlockResult) -> None:
        stats = self.stats
        first_use = id(result) not in self._counted  # identical blocks share one result
        self._counted.add(id(result))
        rendered = result.rendered and first_use
        stats.rendered += int(rendered)
        stats.from_cache += int(not rendered)
        stats.generated += int(result.generated and first_use)
        stats.where[result.media.rendered_on] = stats.where.get(result.media.rendered_on, 0) + int(rendered)

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
        out = Path(config.site_dir) / ASSET_DIR
        out.mkdir(parents=True, exist_ok=True)
        static = Path(__file__).parent / "assets"
        for name in STATIC:
            atomic_copy(static / name, out / name)
        media_bytes = 0
        for name, src in self.assets.items():
            dest = out / name
            if isinstance(src, Path):
                if not dest.is_file() or dest.stat().st_size != src.stat().st_size:
                    link_or_copy(src, dest)
            else:
                atomic_write_text(dest, src)
            media_bytes += dest.stat().st_size
        self.shown.update(self.blocks.shown if self.blocks else {})
        if self.command != "serve" and config.config_file_path:  # serve's temporary site is not the site
            write_manifest(manifest_path(self.build.cache_dir, config.config_file_path), self.shown)
        self._summary(media_bytes)
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

    def _summary(self, media_bytes: int) -> None:
        s = self.stats
        s.blocks, s.failed = len(self._located), len(self._failed)
        generators = self.build.generators
        if generators.llm_unavailable_notice:
            log.info("%s", generators.llm_unavailable_notice)
        usage = self.build.usage
        where = ", ".join(f"{n} on {w}" for w, n in sorted(s.where.items()) if n)
        log.info("%d block(s): %d designed, %d rendered, %d from cache, %d failed; %d API call(s), %d token(s); "
                 "media %.1f MB; %.1f s%s", s.blocks, s.generated, s.rendered, s.from_cache, s.failed, usage.calls,
                 usage.total_tokens, media_bytes / 1e6, time.monotonic() - self.started,
                 f" (rendered {where})" if where else "")

    def on_build_error(self, *, error: Exception) -> None:
        self._close_build()

    def _close_build(self) -> None:
        self.blocks = None
        if self.build is not None:
            self.build.close()
            self.build = None

    def on_shutdown(self) -> None:
        self._close_build()
        self.executors.close()


__all__ = ["ManimGenPlugin"]
