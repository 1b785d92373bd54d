"""What a static check reports: one :class:`Finding` per problem, gathered in a report."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Finding:
    line: int  # 1-based line of the scene code
    col: int  # 1-based column, in characters
    what: str
    why: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.what} ({self.why})"


@dataclass
class ValidationReport:
    findings: list[Finding] = field(default_factory=list)
    scene_name: str | None = None
    is_3d: bool = False

    @property
    def ok(self) -> bool:
        return not self.findings

    def as_error_text(self) -> str:
        """One finding per line, for the LLM repair prompt and the page's error box."""
        return "\n".join(str(f) for f in self.findings)
