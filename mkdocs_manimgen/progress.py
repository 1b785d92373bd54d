"""A progress display for long render runs: a live bar on a terminal, periodic log lines otherwise."""

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
