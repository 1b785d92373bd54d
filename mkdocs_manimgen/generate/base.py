"""The Generator protocol: anything that turns a BlockSpec into a SceneDraft."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from ..model import BlockSpec, SceneDraft


@dataclass(frozen=True)
class Capabilities:
    """What the pipeline may expect of a generator; it asks these, never the generator's name."""

    trusted: bool  # its code is ours: no fix-ups, and its formulas may join the shared TeX cache
    repairs: bool  # `repair()` can take failing code and its error and return a fixed draft
    falls_back: bool  # when it fails (or its code keeps failing), the offline designer stands in
    # `revise:` requests are a conversation: `revise()` answers one request at a time from the design
    # before it (each step cached). False: `generate()` reads all of `spec.revisions` itself.
    converses: bool = False
    # how many repairs a failing design gets (None: the config's `llm.max_repairs`); the offline
    # designer's "repair" is its walkthrough, which has two steps (the equation slide, the explainer)
    repair_limit: int | None = None


OFFLINE = Capabilities(trusted=True, repairs=True, falls_back=False, repair_limit=2)
LLM = Capabilities(trusted=False, repairs=True, falls_back=True, converses=True)
HANDWRITTEN = Capabilities(trusted=True, repairs=False, falls_back=False)  # `code:`/`file:` blocks


@runtime_checkable
class Generator(Protocol):
    """A backend that designs a scene for a concept.

    ``name`` and ``version`` go into the generation cache key: bump ``version``
    whenever the output for the same input changes (templates, prompts). ``capabilities``
    tells the pipeline what to do with its code (trust it, repair it, fall back from it).
    """

    name: str
    version: str
    capabilities: Capabilities

    def generate(self, spec: BlockSpec) -> SceneDraft:
        """Design the scene; raise GenerationFailed when it cannot."""
        ...

    def revise(self, spec: BlockSpec, answers: list[SceneDraft]) -> SceneDraft:
        """The design after request k = len(answers) of `spec.revisions`, given the design before any
        request and after each earlier one (`answers[i]`: after i requests); converses only."""
        ...

    def repair(self, spec: BlockSpec, draft: SceneDraft, error: str) -> SceneDraft:
        """Return a fixed draft given the error its code produced (LLM only; others re-raise)."""
        ...

    def close(self) -> None:
        """Release clients/threads; called once at the end of a build."""
        ...
