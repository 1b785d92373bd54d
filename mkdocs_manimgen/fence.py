"""The manimgen fence with no MkDocs hooks: for Zensical, which runs Python-Markdown but no plugins.

Configure it as a superfences custom fence (the same lines serve MkDocs and ProperDocs, where the
plugin takes the fence over, so a block never renders twice):

    markdown_extensions:
      - pymdownx.superfences:
          custom_fences:
            - name: manimgen
              class: manimgen
              format: !!python/name:mkdocs_manimgen.fence.format

The options stay in the plugin's entry (`plugins: - manimgen: {…}`), read by host_config.py.

What this rests on in Zensical (0.0.7x, read from its source; internal, may change):
- every page's Markdown carries `zensical.extensions.context.ContextPreprocessor`, whose `page`
  has `path` (the source, posix, relative to docs_dir) and `url`, and whose `config` is the
  parsed configuration (`root_dir`, `docs_dir` and `site_dir` relative to it, `markdown_extensions`,
  `mdx_configs`, `extra_css`); `zensical.config.get_config()` returns the same dict;
- pages are converted one after another in one thread of one process;
- Zensical rewrites the relative URLs of `src` and `href` attributes in a page's HTML, raw HTML
  included, as links relative to the page's *source file* (as MkDocs does for Markdown links),
  and leaves other attributes (`poster`, `data-*`) alone: so those two are written relative to
  `page.path` and the others relative to `page.url` (REWRITTEN; the ecosystem checker, run on a
  Zensical build in the tests, resolves every figure URL from its page);
- a page whose Markdown and Markdown configuration are unchanged is served from Zensical's own
  cache (`.cache/`) without calling us, and `zensical build` empties `site_dir` before writing
  (`serve`'s rebuilds do not): so every block's files are published again when the process
  exits (build) or once Zensical has written the site (serve), not only when a fence is called;
- the pickle of `mdx_configs` is part of that cache's key (`mdx_configs_hash`): `format` pickles
  with a *generation* that changes when any block's inputs change or after a build that showed
  an error box, so pages are converted again then, and never served as a cached error box.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
import uuid
import weakref
from dataclasses import dataclass
from pathlib import Path

from . import embed
from .blocks import FENCE_NAME
from .errors import ManimGenError
from .fence_core import STATIC, FenceCore, publish
from .host_config import HostConfig, config_file, engine_running, read_host_config

log = logging.getLogger("mkdocs.plugins.manimgen")
REWRITTEN = ("src", "href")  # the attributes whose relative URLs Zensical rewrites (see the module doc)
GENERATION_DIR = "zensical"  # in the cache folder: each site's nonce (see "the generation" below)


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
    linked = frozenset(name for name in STATIC if any(c.endswith(f"{embed.ASSET_DIR}/{name}") for c in listed))
    return HostSite(root, (root / config["docs_dir"]).resolve(), (root / config["site_dir"]).resolve(), host,
                    [e for e in config.get("markdown_extensions", []) if isinstance(e, str)],
                    dict(config.get("mdx_configs", {})), linked)


class StandaloneSite:
    """One site's blocks in this process: its Build, every block started at once, its files
    published into the site as they finish and again when the engine has written the site."""

    def __init__(self, host: HostSite):
        from .build import Build, plugin_config
        from .page_blocks import PageBlocks, folder_pages
        from .progress import Progress
        from .site_files import SceneFiles

        self.host = host
        cfg = plugin_config(host.config.options)
        self.build = Build(cfg, host.root, log, markdown=(host.extensions, host.mdx_configs), fence_name=FENCE_NAME)
        snippets = host.mdx_configs.get("pymdownx.snippets", {}) if "pymdownx.snippets" in host.extensions else {}
        blocks = PageBlocks(self.build.parse, self.build.submit, SceneFiles(host.docs_dir, None, root=host.root),
                            snippet_paths=list(snippets.get("base_path", ["."])), root=host.root)
        self.core = FenceCore(self.build, blocks, log)
        self.lock = threading.Lock()
        self.started_at = time.time()
        self._page: weakref.ref | None = None  # the Markdown converting the current page
        self._ids: dict[str, int] = {}  # figure ids already on the current page
        futures = blocks.scan(folder_pages(host.docs_dir), host.extensions, host.mdx_configs)
        if futures:
            Progress(futures, log)
        self._closed = False
        threading.Thread(target=self._keep_published, name="manimgen-publish", daemon=True).start()

    # -- a fence ------------------------------------------------------------------------------------
    def fence(self, source: str, page_path: str, page_url: str, md) -> str:
        """The HTML of one fence of the page `page_path` (docs-relative, posix) shown at `page_url`;
        the URLs of REWRITTEN attributes are relative to the source file (see the module doc)."""

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
        publish(files, self.host.site_dir)
        if first_on_page:  # what the site does not list itself (no on_config adds it here)
            tags = {"manimgen.css": '<link rel="stylesheet" href="{}">', "manimgen.js": '<script src="{}" defer></script>'}
            html = "".join(tag.format(embed.asset_url(name, page_path)) for name, tag in tags.items()
                           if name not in self.host.linked) + "\n" + html
        return html

    # -- the site's files ---------------------------------------------------------------------------
    def _all_assets(self, *, wait: bool) -> dict:
        """Every file the site's figures link to: the fences converted and every scanned block done
        (all of them, waiting, when `wait`); blocks the engine did not convert are counted here."""
        assets = dict(self.core.assets)
        for location, future in list(self.core.blocks.started):
            if not (wait or future.done()):
                continue
            result = future.result()
            self.core.count_unseen(result, location)
            if result.error is None:
                assets.update(result.site_files(self.build.store))
        return assets

    def _site_written(self) -> bool:
        site = self.host.site_dir
        return any((site / n).is_file() and (site / n).stat().st_mtime >= self.started_at - 1
                   for n in ("sitemap.xml", "404.html", "search.json"))

    def _keep_published(self) -> None:
        """Under `serve`, the engine wrote pages from its own cache without calling us: once it has
        written the site, put back the files missing from it (checked every second)."""
        while not self._closed:
            time.sleep(1.0)
            if self._closed or not self._site_written():
                continue
            with self.lock:
                assets = self._all_assets(wait=False)
            try:
                publish(assets, self.host.site_dir)
            except OSError:  # the engine is emptying the folder right now: next time
                pass

    def finish(self) -> None:
        """At the end of the process: every block's files in the site, the summary line, the
        nonce renewed when an error box was shown; then close the build."""
        if self._closed:
            return
        try:
            with self.lock:
                assets = self._all_assets(wait=True)
            total = publish(assets, self.host.site_dir)
            self.core.summary(total)
            if self.core.failed:
                renew_nonce(self.build.cache_dir, self.host.config.path)
        finally:
            self._closed = True
            self.build.close()


# -- the generation: what makes the engine convert pages again --------------------------------------
# Zensical keys its cache of a page on the page's Markdown and the pickle of the Markdown settings,
# which holds `format`. Its generation digests every block of the site as it would run (a `file:`
# scene or a snippet changes a block without changing its page), our options and version, and a
# nonce renewed after a build that showed an error box: so a page is converted again exactly when a
# block's inputs changed or when a block failed (a failure may be transient: nothing broken is cached).

def _nonce_file(cache_dir: Path, config_path: Path) -> Path:
    import hashlib

    digest = hashlib.sha256(str(config_path).encode()).hexdigest()[:16]
    return Path(cache_dir) / GENERATION_DIR / f"{digest}.nonce"


def renew_nonce(cache_dir: Path, config_path: Path) -> None:
    from .cache import atomic_write_text

    path = _nonce_file(cache_dir, config_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, uuid.uuid4().hex)


def site_generation(path: Path) -> str:
    """The generation of the site configured by `path` (see above); raises ManimGenError for an
    invalid configuration."""
    from . import __version__
    from .blocks import find_blocks, parse_block
    from .build import cache_dir_of, defaults_of, plugin_config
    from .cache import cache_key
    from .page_blocks import folder_pages
    from .pipeline import block_key
    from .site_files import SceneFiles

    host = read_host_config(path)
    cfg = plugin_config(host.options)
    defaults, scenes = defaults_of(cfg), SceneFiles(host.docs_dir, None, root=path.parent)
    keys = []
    for page in folder_pages(host.docs_dir):
        for found in find_blocks(page.text):
            try:
                spec = parse_block(found.body, page=page.src_uri, line=found.line, defaults=defaults, files=scenes)
                keys.append(block_key(spec))
            except ManimGenError as err:
                keys.append(f"error:{page.src_uri}:{found.line}:{err}")
    try:
        nonce = _nonce_file(cache_dir_of(cfg, path.parent), path).read_text(encoding="utf-8").strip()
    except OSError:
        nonce = ""
    return cache_key("zensical-generation", blocks=sorted(keys), options=host.options, version=__version__,
                     nonce=nonce).split(":")[1][:20]


def current_generation() -> str:
    """The generation of the site this process builds ('' when its configuration cannot be found or
    read: then the engine's cache key is what it would be without us)."""
    path = config_file()
    if path is None:
        return ""
    try:
        return site_generation(path)
    except (OSError, ValueError, ManimGenError):
        return ""


# -- the registry: one StandaloneSite per project in this process ------------------------------------

_SITES: dict[Path, StandaloneSite] = {}
_REGISTRY = threading.Lock()


def site_for(config: dict) -> StandaloneSite:
    """The site of this configuration, started on first use (and again when its configuration file
    changed, under `serve`); raises ManimGenError for an unreadable or invalid configuration."""
    root = Path(config["root_dir"]).resolve()
    with _REGISTRY:
        site = _SITES.get(root)
        path = site.host.config.path if site else None
        if site is not None and path is not None and path.is_file() and path.stat().st_mtime == site.host.config.mtime:
            return site
        if site is not None:
            site.finish()
        site = _SITES[root] = StandaloneSite(zensical_site(config))
        return site


def _finish_all() -> None:
    """At exit: the site of the configuration the engine built (started now if the build ended
    before the early start got to it: every page came from the engine's cache), then finish all."""
    config = _engine_config()
    if config is not None:
        try:
            site_for(config)
        except ManimGenError as err:
            log.warning("manimgen: %s", err)
    for site in list(_SITES.values()):
        try:
            site.finish()
        except Exception as err:  # noqa: BLE001 - the process is ending: say it, never hang it
            log.warning("manimgen: could not finish the site's figures: %s", err)


atexit.register(_finish_all)


def _context(md):
    try:
        from zensical.extensions.context import ContextPreprocessor
    except ImportError:
        return None
    return ContextPreprocessor.from_markdown(md)


class FenceFormatter:
    """superfences' `format` for the manimgen fence (an object, so that it pickles with the site's
    generation: see the module doc)."""

    def __init__(self, generation: str | None = None):
        self.generation = generation

    def __reduce__(self):
        return (FenceFormatter, (current_generation(),))

    def __call__(self, source: str, language: str, class_name: str, options: dict, md, **kwargs) -> str:
        context = _context(md)
        if context is None:
            error = ManimGenError(
                "this Markdown engine gives the manimgen fence no page or site to work with",
                hint="under MkDocs or ProperDocs enable the plugin (`plugins: - manimgen`); "
                     "under Zensical keep the custom fence of the README")
            return embed.error_html(None, error, "?")
        try:
            site = site_for(context.config)
        except ManimGenError as err:
            log.warning("%s: %s", context.page.path, err)
            return embed.error_html(None, err, context.page.path)
        return site.fence(source, context.page.path, context.page.url, md)


format = FenceFormatter()  # noqa: A001 - the name superfences' docs use for a fence's formatter


def _engine_config() -> dict | None:
    """Zensical's parsed configuration, once it has read it (None before, or under another engine)."""
    if engine_running() != "zensical":
        return None
    from zensical.config import get_config

    config = get_config()
    return config if config and "root_dir" in config and "site_dir" in config else None


def _start_early() -> None:
    """Start every block as soon as the engine has read its configuration, before the first page
    is converted (and even when no page is: all served from the engine's cache)."""
    for _ in range(3000):  # 60 s: the configuration is read before the first page
        config = _engine_config()
        if config is not None:
            try:
                site_for(config)
            except ManimGenError as err:
                _handler()
                log.warning("manimgen: %s", err)
            except Exception as err:  # noqa: BLE001 - the fence will report it at its page
                log.debug("manimgen: early start failed: %s", err)
            return
        time.sleep(0.02)


def _handler() -> None:
    """Our warnings and summary on stderr when the engine configured no logging (Zensical)."""
    if not logging.getLogger().handlers and not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  manimgen: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False


if engine_running() == "zensical":
    _handler()
    threading.Thread(target=_start_early, name="manimgen-early", daemon=True).start()

__all__ = ["format", "FenceFormatter", "StandaloneSite", "site_for"]
