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
  `page.path` and the others relative to `page.url` (standalone.REWRITTEN; the ecosystem checker, run on a
  Zensical build in the tests, resolves every figure URL from its page);
- a page whose Markdown and Markdown configuration are unchanged is served from Zensical's own
  cache (`.cache/`) without calling us, and `zensical build` empties `site_dir` before writing
  (`serve`'s rebuilds do not): so every block's files are published again when the process
  exits (build) or once Zensical has written the site (serve), not only when a fence is called;
- the pickle of `mdx_configs` is part of that cache's key (`mdx_configs_hash`): `format` pickles
  with a *generation* that changes when any block's inputs change or after a build that showed
  an error box, so pages are converted again then, and never served as a cached error box
  (zensical_cache.py, which also makes a warm build publish its files without a pipeline).

This module stays light to import: Zensical imports it while reading its configuration.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from pathlib import Path
from typing import Callable

from .errors import ManimGenError
from .host_config import config_file, engine_running
from .site_assets import ASSET_DIR, STATIC, publish

log = logging.getLogger("mkdocs.plugins.manimgen")

# -- the state of this process: the site's generation, and the sites started ---------------------------
_STATE = None  # zensical_cache.SiteState of the configuration this process builds (computed once)
_STATE_READ = False
_SITES: dict = {}  # project folder -> standalone.StandaloneSite
_FAST: dict = {}  # project folder -> (site folder, zensical_cache.Record): a warm build that needs no pipeline
_LOCK = threading.RLock()
_STARTED = time.monotonic()
_STARTED_AT = time.time()


def _state():
    """The SiteState of the build in this process, or None when its configuration is not found or
    invalid (the fence then reports the error at its page)."""
    global _STATE, _STATE_READ
    with _LOCK:
        if not _STATE_READ:
            _STATE_READ = True
            path = config_file()
            if path is not None:
                from .zensical_cache import site_state

                try:
                    _STATE = site_state(path)
                except (OSError, ValueError, ManimGenError) as err:
                    log.debug("no site state: %s", err)
        return _STATE


def site_for(config: dict):
    """The StandaloneSite of this configuration, started on first use (and again when its file
    changed, under `serve`); raises ManimGenError for an unreadable or invalid configuration."""
    from .standalone import StandaloneSite, zensical_site

    root = Path(config["root_dir"]).resolve()
    with _LOCK:
        site = _SITES.get(root)
        if site is not None and not site.closed:
            path = site.host.config.path
            if path.is_file() and path.stat().st_mtime == site.host.config.mtime:
                return site
            site.finish()
        site = _SITES[root] = StandaloneSite(zensical_site(config))
        _FAST.pop(root, None)
        return site


# -- the fence ------------------------------------------------------------------------------------------
def _context(md):
    try:
        from zensical.extensions.context import ContextPreprocessor
    except ImportError:
        return None
    return ContextPreprocessor.from_markdown(md)


class FenceFormatter:
    """superfences' `format` for the manimgen fence; an object, so that it pickles with the site's
    generation (see the module doc)."""

    def __init__(self, generation: str = ""):
        self.generation = generation

    def __reduce__(self):
        state = _state()
        return (FenceFormatter, (state.generation if state else "",))

    def __call__(self, source: str, language: str, class_name: str, options: dict, md, **kwargs) -> str:
        from . import embed

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


# -- the process: start early, keep the site's files, finish at exit ----------------------------------------
def _engine_config() -> dict | None:
    """Zensical's parsed configuration, once it has read it (None before, or under another engine)."""
    if engine_running() != "zensical":
        return None
    from zensical.config import get_config

    config = get_config()
    return config if config and "root_dir" in config and "site_dir" in config else None


def _start(config: dict) -> None:
    """A warm site (its record matches its generation) publishes from the record; any other site
    starts every block now."""
    from .zensical_cache import read_record

    root = Path(config["root_dir"]).resolve()
    state = _state()
    record = read_record(state) if state is not None and state.host.path.parent == root else None
    with _LOCK:
        if root in _SITES:
            return
        if record is not None:
            _FAST[root] = ((root / config["site_dir"]).resolve(), record)
            return
    site_for(config)


def _start_early() -> None:
    """Start as soon as the engine has read its configuration, before the first page is converted
    (and even when no page is: all served from the engine's cache); then keep the site's files."""
    for _ in range(3000):  # 60 s: the configuration is read before the first page
        config = _engine_config()
        if config is not None:
            try:
                _start(config)
            except ManimGenError as err:
                log.warning("%s", err)
            except Exception as err:  # noqa: BLE001 - the fence will report it at its page
                log.debug("early start failed: %s", err)
            break
        time.sleep(0.02)
    _keep_published()


def _targets() -> list[tuple[Path, Callable[[], dict]]]:
    with _LOCK:
        found = [(site.site_dir, site.assets) for site in _SITES.values() if not site.closed]
        found += [(site_dir, (lambda r=record: r.assets)) for site_dir, record in _FAST.values()]
    return found


def _site_written(site_dir: Path) -> bool:
    return any((site_dir / n).is_file() and (site_dir / n).stat().st_mtime >= _STARTED_AT - 1
               for n in ("sitemap.xml", "404.html", "search.json"))


def _keep_published() -> None:
    """Under `serve`, the engine wrote pages from its own cache without calling us: once it has
    written the site, put back the files missing from it (checked every second)."""
    while True:
        time.sleep(1.0)
        for site_dir, assets in _targets():
            # the engine empties the whole folder at once; our stylesheet gone means it did (a fence
            # publishes its own files as it converts, so nothing else needs checking every second)
            if not (site_dir / ASSET_DIR / STATIC[0]).is_file() and _site_written(site_dir):
                try:
                    publish(assets(), site_dir)
                except OSError:  # the engine is emptying the folder right now: next time
                    pass


def _finish_all() -> None:
    """At exit: every started site finished; a warm one publishes its record; and a site the early
    start did not reach (a very short build) is started and finished now."""
    config = _engine_config()
    try:
        if config is not None and Path(config["root_dir"]).resolve() not in {**_SITES, **_FAST}:
            _start(config)
    except ManimGenError as err:
        log.warning("%s", err)
    for site in list(_SITES.values()):
        site.finish()
    from .progress import summary_line

    for site_dir, record in list(_FAST.values()):
        total = publish(record.assets, site_dir)
        log.info("%s", summary_line(blocks=record.blocks, designed=0, rendered=0, from_cache=record.blocks,
                                    failed=0, calls=0, tokens=0, media_bytes=total,
                                    seconds=time.monotonic() - _STARTED))


def _handler() -> None:
    """Our warnings and summary on stderr when the engine configured no logging (Zensical)."""
    if not logging.getLogger().handlers and not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  manimgen: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False


def _at_exit(function: Callable[[], None]) -> None:
    """Run `function` when the engine's build has returned, while thread pools still take work:
    `concurrent.futures` refuses new work from its own exit hook on, which runs before `atexit`'s.
    threading's hook list (used by concurrent.futures itself) runs in reverse order of
    registration, so registering after concurrent.futures is imported puts us first."""
    import concurrent.futures.thread  # noqa: F401  pyflakes: ignore - registers its hook before ours

    register = getattr(threading, "_register_atexit", None)
    (register or atexit.register)(function)


if engine_running() == "zensical":
    _handler()
    _at_exit(_finish_all)
    threading.Thread(target=_start_early, name="manimgen-early", daemon=True).start()

__all__ = ["format", "FenceFormatter", "site_for"]
