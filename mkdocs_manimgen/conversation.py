"""A block's `revise:` requests as a conversation with the model, one cached step per request.

Step 0 is the design before any request, step k the design after request k; each is stored under
`design_keys(spec, choice)[k]` (key k = key k-1 + request k). The longest cached run of steps from
step 0 is reused, so adding a request costs one call and removing the last one finds the design
before it in the cache with no call.
"""

from __future__ import annotations

from typing import Callable

from .cache import Store
from .errors import ManimGenError
from .generate import GeneratorChoice, design_keys
from .generate.base import Generator
from .model import BlockSpec, SceneDraft

CallFn = Callable[[Callable[[], SceneDraft]], SceneDraft]  # runs one generator call, counting its usage
CheckFn = Callable[[SceneDraft], SceneDraft]  # fix-ups + the safety check; raises ManimGenError


def converse(spec: BlockSpec, choice: GeneratorChoice, gen: Generator, store: Store, call: CallFn,
             check: CheckFn) -> SceneDraft:
    """The design after every request of `spec.revisions`, not yet stored (the pipeline stores the
    last step once it rendered). Earlier steps are stored checked as soon as they arrive; one the
    safety check refuses is not stored, but the conversation goes on from it (the model fixes it or
    the last step's repair does). Raises what `gen` raises (GenerationFailed: the caller falls back)."""
    keys = design_keys(spec, choice)
    answers: list[SceneDraft] = []
    for key in keys[:-1]:
        cached = store.get_draft(key)
        if cached is None:
            break
        answers.append(cached)
    while True:
        k = len(answers)
        draft = call(lambda: gen.revise(spec, list(answers)) if k else gen.generate(spec))
        if k == len(keys) - 1:
            return draft
        try:
            draft = check(draft)
            store.put_draft(keys[k], draft)
        except ManimGenError:
            pass
        answers.append(draft)
