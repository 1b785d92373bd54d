"""The fence, whatever engine converts the page: a fence body in, the figure HTML (or an error box) out.

One `FenceCore` per build. Engines differ only in what they hand it:

- the MkDocs/ProperDocs plugin (plugin.py) tells it which page superfences converts next
  (`on_page_markdown`), writes asset URLs as placeholders resolved per written page
  (`on_post_page`: blog excerpts and print pages move HTML away from its page) and publishes
  the assets once, in `on_post_build`;
- the standalone fence (fence.py: Zensical, or any Python-Markdown host that names the page)
  resolves URLs from the page being converted and publishes each block's assets at once.

Both share what matters to a user: the early start of every block (`PageBlocks`), the same
cache and keys, `page.md:line` in every message, an error box instead of a lost site, one
warning per block however often its HTML is repeated, and the same summary line.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from . import embed
from .errors import ManimGenError
from .page_blocks import PageBlocks
from .pipeline import BlockResult, BuildStats
from .progress import summary_line

if TYPE_CHECKING:
    from .build import Build

UrlFor = Callable[[str], str]  # an asset's file name -> its URL as the page will see it


@dataclass
class FenceCore:
    """Turns fences into HTML for one build; `assets` collects every file the figures link to
    (name -> cached file to publish, or text to write)."""

    build: Build
    blocks: PageBlocks
    log: logging.Logger
    stats: BuildStats = field(default_factory=BuildStats)
    assets: dict[str, Path | str] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)
    _counted: set[int] = field(default_factory=set)
    _located: set[str] = field(default_factory=set)  # the locations converted (an excerpt repeats its post's)
    _failed: set[str] = field(default_factory=set)
    _warned: set[str] = field(default_factory=set)  # locations already counted and warned about

    def html(self, source: str, url_for: UrlFor) -> tuple[str, dict[str, Path | str]]:
        """(figure or error-box HTML, the assets this figure links to) for a fence body, waiting
        for its job. Never raises for a block's own fault: the error box names its `page.md:line`."""
        taken = self.blocks.take(source)
        self._located.add(taken.location)
        if taken.error is not None:
            return self.fail(taken.error, taken.location), {}
        result: BlockResult = taken.future.result()
        if result.error is not None:
            return self.fail(result.error, taken.location), {}
        if taken.location not in self._warned:  # an excerpt repeats its post's block: counted and warned once
            self._warned.add(taken.location)
            for warning in result.warnings:
                self.log.warning("%s: %s", taken.location, warning)
            self._count(result)
        files = result.site_files(self.build.store)
        self.assets.update(files)
        return self.build.figure_html(taken.spec, result, url_for), files

    def fail(self, error: ManimGenError, block: str) -> str:
        """The error box for a block, with one warning naming its location (however often shown)."""
        location = error.location or block  # an option's own line beats the fence's
        if block not in self._failed:
            self._failed.add(block)
            message = error.message + (f" (fix: {error.hint})" if error.hint else "")
            self.log.warning("%s: %s", location, message)
            detail = getattr(error, "detail", "")
            if detail:
                self.log.info("%s: details:\n%s", location, detail)
        return embed.error_html(None, error, location)

    @property
    def failed(self) -> set[str]:
        """The locations of the blocks shown as error boxes in this build."""
        return set(self._failed)

    def _count(self, result: BlockResult) -> None:
        stats = self.stats
        first_use = id(result) not in self._counted  # identical blocks share one result
        self._counted.add(id(result))
        rendered = result.rendered and first_use
        stats.rendered += int(rendered)
        stats.from_cache += int(not rendered)
        stats.generated += int(result.generated and first_use)
        stats.where[result.media.rendered_on] = stats.where.get(result.media.rendered_on, 0) + int(rendered)

    def count_unseen(self, result: BlockResult, location: str) -> None:
        """Count a block the engine did not convert this time (Zensical served its page from its own
        cache) but whose assets the site still needs."""
        if location in self._located:
            return
        self._located.add(location)
        if result.error is not None:
            self._failed.add(location)
            return
        self._count(result)

    def summary(self, media_bytes: int) -> None:
        """The build's one summary line (and the LLM notice, if any)."""
        s = self.stats
        s.blocks, s.failed = len(self._located), len(self._failed)
        generators = self.build.generators
        if generators.llm_unavailable_notice:
            self.log.info("%s", generators.llm_unavailable_notice)
        usage = self.build.usage
        self.log.info("%s", summary_line(blocks=s.blocks, designed=s.generated, rendered=s.rendered,
                                         from_cache=s.from_cache, failed=s.failed, calls=usage.calls,
                                         tokens=usage.total_tokens, media_bytes=media_bytes,
                                         seconds=time.monotonic() - self.started, where=s.where))
