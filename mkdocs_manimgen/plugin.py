"""MkDocs hooks only: wire MkDocs' events to one `Build` (build.py) per build.

on_startup  keep this instance (and its warm render processes) across `mkdocs serve` rebuilds
on_config   register our fence with superfences; add our CSS/JS; open this build's Build
on_files    scan every page's source for blocks and start all of them at once
on_page_markdown  remember which page superfences is converting
(fence)     wait for that block's result and return its HTML
on_post_build  write the assets the pages use; one summary line; close the build
on_build_error close the build
on_shutdown stop the warm render processes
"""

from __future__ import annotations

import time
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from . import embed
from .blocks import FENCE_NAME, find_blocks, normalise_body
from .build import Build, WarmExecutor
from .cache import atomic_copy, atomic_write_text, link_or_copy
from .config import PluginConfig
from .errors import ManimGenError
from .model import BlockSpec
from .pipeline import BlockResult, BuildStats
from .progress import Progress

log = get_plugin_logger("manimgen")
ASSET_DIR = "assets/manimgen"
STATIC = ("manimgen.css", "manimgen.js")


@dataclass
class PageBlock:
    body: str  # normalised fence body, to match superfences' source
    spec: BlockSpec | None
    error: ManimGenError | None
    future: Future | None
    location: str


class ManimGenPlugin(BasePlugin[PluginConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.executors = WarmExecutor(log)  # kept warm across `mkdocs serve` rebuilds
        self.build: Build | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defining this makes MkDocs keep this instance across `mkdocs serve` rebuilds, and with
        it the warm render processes: editing one block costs one render, not a pool start."""

    # -- configuration -------------------------------------------------------
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        if self.config.executor == "dask" and not self.config.dask.scheduler:
            raise PluginError("manimgen: `executor: dask` needs `dask: {scheduler: tcp://HOST:8786}`")
        self.docs_dir = Path(config.docs_dir)
        if "pymdownx.superfences" not in config.markdown_extensions:
            config.markdown_extensions.append("pymdownx.superfences")
        fences = config.mdx_configs.setdefault("pymdownx.superfences", {}).setdefault("custom_fences", [])
        fences[:] = [f for f in fences if f.get("name") != FENCE_NAME]
        fences.append({"name": FENCE_NAME, "class": FENCE_NAME, "format": self._format_fence})
        # ours first, so the user's extra_css wins
        config.extra_css.insert(0, f"{ASSET_DIR}/manimgen.css")
        config.extra_javascript.insert(0, f"{ASSET_DIR}/manimgen.js")
        self._close_build()  # a rebuild during `mkdocs serve` whose previous build did not finish
        project_root = Path(config.config_file_path or ".").resolve().parent
        self.build = Build(self.config, project_root, log, executors=self.executors,
                           markdown=(config.markdown_extensions, config.mdx_configs), fence_name=FENCE_NAME)
        self.stats = BuildStats()
        self.started = time.monotonic()
        self.assets: dict[str, Path | str] = {}
        self.blocks: dict[str, list[PageBlock]] = {}
        self._counted: set[int] = set()
        return config

    # -- discovery: start every block before any page is converted ---------------
    @event_priority(-50)  # late: after other plugins added or removed pages
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if self.build is None:
            return None
        for file in files.documentation_pages():
            try:
                source = Path(file.abs_src_path).read_text(encoding="utf-8-sig") if file.abs_src_path else file.content_string
            except OSError:
                continue
            for found in find_blocks(source):
                location = f"{file.src_uri}:{found.line}"
                spec = error = future = None
                try:
                    spec = self.build.parse(found.body, page=file.src_uri, line=found.line, docs_dir=self.docs_dir)
                    future = self.build.submit(spec)
                except ManimGenError as err:
                    error = err
                self.blocks.setdefault(file.src_uri, []).append(
                    PageBlock(normalise_body(found.body), spec, error, future, location))
        found_count = sum(len(v) for v in self.blocks.values())
        self.stats.blocks = found_count
        if found_count:
            self.progress = Progress([b.future for v in self.blocks.values() for b in v if b.future], log)
        return None

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        self.current_page = page
        return None

    # -- the fence: wait for the block, return its HTML ---------------------------
    def _format_fence(self, source: str, language: str, class_name: str, options: dict, md, **kwargs) -> str:
        page: Page | None = getattr(self, "current_page", None)
        block = self._take_block(page, source)
        if block is None:  # e.g. a snippet included from elsewhere: not scanned, run it now
            block = self._late_block(page, source)
        if block.error is not None:
            return self._fail(block.error, block.location)
        result: BlockResult = block.future.result()
        if result.error is not None:
            return self._fail(result.error, block.location)
        for warning in result.warnings:
            log.warning("%s: %s", block.location, warning)
        self._count(result)
        self.assets.update(result.site_files(self.build.store))

        def url_for(name: str) -> str:
            return get_relative_url(f"{ASSET_DIR}/{name}", page.url)

        return self.build.figure_html(block.spec, result, url_for)

    def _take_block(self, page: Page | None, source: str) -> PageBlock | None:
        if page is None:
            return None
        candidates = self.blocks.get(page.file.src_uri, [])
        body = normalise_body(source)
        for i, block in enumerate(candidates):
            if block.body == body:
                return candidates.pop(i)
        return None

    def _late_block(self, page: Page | None, source: str) -> PageBlock:
        src = page.file.src_uri if page else "?"
        try:
            spec = self.build.parse(source, page=src, line=0, docs_dir=self.docs_dir)
            return PageBlock(normalise_body(source), spec, None, self.build.submit(spec), f"{src}")
        except ManimGenError as err:
            return PageBlock("", None, err, None, src)

    def _fail(self, error: ManimGenError, location: str) -> str:
        self.stats.failed += 1
        location = error.location or location  # an option's own line beats the fence's
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
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.build is None:
            return
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
        self._summary(media_bytes)
        self._close_build()

    def _summary(self, media_bytes: int) -> None:
        s = self.stats
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
        if self.build is not None:
            self.build.close()
            self.build = None

    def on_shutdown(self) -> None:
        self._close_build()
        self.executors.close()


__all__ = ["ManimGenPlugin"]
