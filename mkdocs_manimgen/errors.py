"""Errors a user can cause, each naming where it happened and how to fix it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .render.failure import FailureReport


class ManimGenError(Exception):
    """A problem with one block (or the configuration) that the author can fix.

    ``location`` is ``page.md:line`` of the block's opening fence when known; ``hint``
    tells the author what to change. ``str()`` gives the whole message, ready to log.
    """

    def __init__(self, message: str, *, location: str | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.location = location
        self.hint = hint

    def at(self, location: str) -> "ManimGenError":
        """Return this error with a location filled in (keeps an existing one)."""
        if self.location is None:
            self.location = location
        return self

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}" if self.location else self.message
        if self.hint:
            text += f" (fix: {self.hint})"
        return text


class RenderFailed(ManimGenError):
    """The scene code could not be rendered (exception, timeout, limit hit, no output)."""

    def __init__(self, message: str, *, detail: str = "", report: "FailureReport | None" = None, **kw):
        super().__init__(message, **kw)
        self.detail = detail  # the failure report's text (or a log tail), for the repair loop and the error box
        self.report = report  # the scene's failure report, when the render child could write one


class GenerationFailed(ManimGenError):
    """A generator could not produce a scene (API unreachable, unusable answer)."""
