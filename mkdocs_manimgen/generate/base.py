"""The Generator protocol: anything that turns a BlockSpec into a SceneDraft."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..model import BlockSpec, SceneDraft


@runtime_checkable
class Generator(Protocol):
    """A backend that designs a scene for a concept.

    ``name`` and ``version`` go into the generation cache key: bump ``version``
    whenever the output for the same input changes (templates, prompts).
    """

    name: str
    version: str

    def generate(self, spec: BlockSpec) -> SceneDraft:
        """Design the scene; raise GenerationFailed when it cannot."""
        ...

    def repair(self, spec: BlockSpec, draft: SceneDraft, error: str) -> SceneDraft:
        """Return a fixed draft given the error its code produced (LLM only; others re-raise)."""
        ...

    def close(self) -> None:
        """Release clients/threads; called once at the end of a build."""
        ...
