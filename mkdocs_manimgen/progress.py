"""A progress display for long render runs (a live bar on a terminal, periodic log lines otherwise),
and the build's closing summary line."""

from __future__ import annotations

import logging
import sys
import threading
import time
from concurrent.futures import Future

LOG_EVERY = 30.0  # seconds between progress lines when not on a terminal


class Progress:
    def __init__(self, futures: list[Future], log: logging.Logger):
        self.futures = list({id(f): f for f in futures}.values())
        self.log = log
        if self.futures and not all(f.done() for f in self.futures):
            threading.Thread(target=self._run, name="manimgen-progress", daemon=True).start()

    def _done(self) -> int:
        return sum(f.done() for f in self.futures)

    def _run(self) -> None:
        total = len(self.futures)
        time.sleep(2.0)  # quick builds (all cached) show nothing
        if self._done() == total:
            return
        if sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TimeElapsedColumn

            with Bar("[bold]manimgen", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                     transient=True) as bar:
                task = bar.add_task("blocks", total=total)
                while (done := self._done()) < total:
                    bar.update(task, completed=done)
                    time.sleep(0.2)
            return
        last = time.monotonic()
        while self._done() < total:
            time.sleep(0.5)
            if time.monotonic() - last >= LOG_EVERY:
                last = time.monotonic()
                self.log.info("%d/%d blocks done", self._done(), total)


def summary_line(*, blocks: int, designed: int, rendered: int, from_cache: int, failed: int, calls: int, tokens: int,
                 media_bytes: int, seconds: float, where: dict[str, int] | None = None) -> str:
    """The one line a build ends with (tests and users read it: keep its shape)."""
    placed = ", ".join(f"{n} on {w}" for w, n in sorted((where or {}).items()) if n)
    return (f"{blocks} block(s): {designed} designed, {rendered} rendered, {from_cache} from cache, {failed} failed; "
            f"{calls} API call(s), {tokens} token(s); media {media_bytes / 1e6:.1f} MB; {seconds:.1f} s"
            + (f" (rendered {placed})" if placed else ""))
