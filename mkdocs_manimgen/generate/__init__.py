"""Generators: the LLM (any OpenAI-compatible API) and the offline teaching designer.

`Generators` picks one per block and creates each lazily, so a build that hits the cache
never imports sympy or the openai SDK.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Callable

from ..model import BlockSpec
from .base import LLM, OFFLINE, Capabilities, Generator

__all__ = ["Capabilities", "Generator", "Generators", "GeneratorChoice", "design_keys", "generation_key",
           "offline_choice"]

# In the key of every revised design (not of a block without `revise:`): bump when the revision
# request sent to a model (revise_prompt.py) or the offline designer's request table changes.
REVISION_VERSION = "1"


@dataclass(frozen=True)
class GeneratorChoice:
    """Which generator designs (or designed) a block; known without importing the generator."""

    name: str  # "llm" | "offline"
    version: str  # the generator's output version (prompt/template version)
    model: str | None = None
    base_url: str | None = None
    capabilities: Capabilities = OFFLINE  # not part of the cache key: a fact about the generator named


def generation_key(spec: BlockSpec, choice: GeneratorChoice) -> str:
    """The cache key of a block's design, after all its `revise:` requests. quality/format are left
    out on purpose: changing them re-renders without designing again."""
    return design_keys(spec, choice)[-1]


def design_keys(spec: BlockSpec, choice: GeneratorChoice) -> list[str]:
    """The key of the design before any `revise:` request, then one per request: key k is key k-1
    plus request k, so adding a request adds a key and removing the last finds the one before."""
    from ..cache import cache_key

    keys = [cache_key("generation", concept=spec.concept, title=spec.title, generator=choice.name,
                      generator_version=choice.version, model=choice.model, base_url=choice.base_url)]
    for request in spec.revisions:
        keys.append(cache_key("revision", previous=keys[-1], request=request, version=REVISION_VERSION))
    return keys


def offline_choice() -> GeneratorChoice:
    from .offline import VERSION

    return GeneratorChoice("offline", VERSION, capabilities=OFFLINE)


class Generators:
    def __init__(self, llm_config, project_root: Path, log: logging.Logger, default: str = "auto",
                 on_token: Callable[[str, str], None] | None = None):
        from .settings import LLMSettings

        # MkDocs' validated `llm:` sub-config -> the generator's own frozen settings
        self.llm_settings = LLMSettings(**{k: v for k, v in dict(llm_config).items()
                                           if k in LLMSettings.__dataclass_fields__})
        self.project_root = project_root
        self.log = log
        self.default = default
        self.on_token = on_token  # the CLI streams the model's reasoning and answer live
        self._lock = threading.Lock()
        self._offline: Generator | None = None
        self._llm: Generator | None = None
        self._api_key: str | None = None
        self._key_checked = False
        self.llm_unavailable_notice: str | None = None  # said once per build

    @property
    def api_key(self) -> str | None:
        with self._lock:
            if not self._key_checked:
                from .settings import resolve_api_key

                self._api_key = resolve_api_key(self.llm_settings, self.project_root)
                self._key_checked = True
            return self._api_key

    def wants_llm(self, spec: BlockSpec) -> bool:
        wanted = spec.generator if spec.generator != "auto" else self.default
        return wanted in ("auto", "llm")

    def llm_choice(self, spec: BlockSpec) -> GeneratorChoice:
        from .prompts import PROMPT_VERSION

        return GeneratorChoice("llm", PROMPT_VERSION, spec.model or self.llm_settings.model,
                               self.llm_settings.base_url, LLM)

    def candidates(self, spec: BlockSpec) -> list[GeneratorChoice]:
        """Generators whose cached design this block may use, best first. An LLM design that is
        cached (or imported with `manimgen import`) is used even when no key is set."""
        if not self.wants_llm(spec):
            return [offline_choice()]
        if self.api_key:  # the model is reachable: an offline stand-in from a failed run must not stick
            return [self.llm_choice(spec)]
        return [self.llm_choice(spec), offline_choice()]

    def choose(self, spec: BlockSpec) -> GeneratorChoice:
        """Which generator designs this block now (before any fallback)."""
        if self.wants_llm(spec):
            if self.api_key:
                return self.llm_choice(spec)
            if spec.generator == "llm" or self.default == "llm":
                self.llm_unavailable_notice = (
                    f"blocks ask for generator: llm but ${self.llm_settings.api_key_env} is not set (nor in .env): "
                    "the offline designer made them. Set the key to use the model.")
        return offline_choice()

    def get(self, choice: GeneratorChoice) -> Generator:
        with self._lock:
            if choice.name == "offline":
                if self._offline is None:
                    from .offline import OfflineGenerator

                    # in a child process killed when a design outlasts its budget; a scene of its own that
                    # fails to render is repaired by its walkthrough
                    self._offline = OfflineGenerator(isolated=True)
                return self._offline
            if self._llm is None:
                from .llm import LLMGenerator

                self._llm = LLMGenerator(self.llm_settings, self._api_key or "", manim_version=version("manim"),
                                         on_progress=lambda msg: self.log.info("%s", msg), on_token=self.on_token)
            return self._llm

    def can_repair(self, choice: GeneratorChoice) -> bool:
        """Whether a failing design of `choice` can be sent back now (a model needs its key)."""
        if not choice.capabilities.repairs:
            return False
        return choice.name != "llm" or bool(self.api_key)

    def close(self) -> None:
        for gen in (self._offline, self._llm):
            if gen is not None:
                gen.close()
