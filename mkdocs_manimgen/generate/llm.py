"""The LLM generator: asks an OpenAI-compatible chat API (DeepSeek by default) to design the scene.

One call = one streamed chat completion, run in a worker thread so that a hard overall
deadline holds even when the server accepts the connection and then stalls or trickles
(the SDK's own timeout is per read). Transient HTTP failures are retried by the SDK.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable

import openai

from ..errors import GenerationFailed
from ..model import BlockSpec, SceneDraft, TokenUsage
from . import prompts
from .base import LLM
from .answer_parser import ParsedAnswer, parse_answer
from .prompts import PROMPT_VERSION
from .revise_prompt import revise_prompt
from .settings import LLMSettings, resolve_api_key  # noqa: F401 - re-exported for callers

log = logging.getLogger(__name__)

ProgressFn = Callable[[str], None]
TokenFn = Callable[[str, str], None]

_PROGRESS_EVERY = 4000  # chars of reasoning/answer between progress messages


@dataclass
class _Result:
    text: str
    reasoning: str
    usage: TokenUsage
    finish_reason: str | None
    seconds: float


class _Call:
    """One streamed completion in a worker thread; abandon() cuts it loose at the deadline."""

    def __init__(self, gen: "LLMGenerator", model: str, messages: list[dict[str, str]], deadline: float, label: str):
        self.gen = gen
        self.model = model
        self.messages = messages
        self.deadline = deadline
        self.label = label
        self.cancelled = threading.Event()
        self.result: _Result | None = None
        self.error: BaseException | None = None
        self.received = 0  # chars of reasoning + answer so far (for the timeout message)
        self.dropped = False  # the connection broke mid-stream (worth another try)
        self._client: openai.OpenAI | None = None
        self._stream: Any = None

    def run(self) -> None:
        try:
            self.result = self._run()
        except BaseException as exc:  # handed to the waiting thread
            self.error = exc
        finally:
            self._close_quietly()

    def _run(self) -> _Result:
        s = self.gen.settings
        started = time.monotonic()
        # A client per call: closing it is the only way to stop an abandoned call's SDK retries.
        self._client = openai.OpenAI(
            base_url=s.base_url, api_key=self.gen._key, timeout=s.timeout, max_retries=s.max_retries
        )
        kwargs: dict[str, Any] = dict(
            model=self.model,
            messages=self.messages,
            temperature=s.temperature,
            stream=True,
            stream_options={"include_usage": True},
        )
        try:
            stream = self._client.chat.completions.create(**kwargs)
        except openai.BadRequestError as exc:
            # Some OpenAI-compatible servers reject stream_options outright; usage is optional.
            if "stream_options" not in str(exc):
                raise
            kwargs.pop("stream_options")
            stream = self._client.chat.completions.create(**kwargs)
        self._stream = stream
        if self.cancelled.is_set():
            raise _Cancelled()

        text: list[str] = []
        reasoning: list[str] = []
        n_text = n_reasoning = 0
        next_text_note = next_reasoning_note = 0
        usage = TokenUsage(calls=1)
        finish: str | None = None
        try:
            for chunk in stream:
                if self.cancelled.is_set():
                    raise _Cancelled()
                if time.monotonic() > self.deadline:
                    raise _Cancelled()  # the waiting thread reports the deadline
                if getattr(chunk, "usage", None) is not None:
                    usage.prompt_tokens = chunk.usage.prompt_tokens or 0
                    usage.completion_tokens = chunk.usage.completion_tokens or 0
                for choice in chunk.choices or ():
                    finish = choice.finish_reason or finish
                    delta = choice.delta
                    if delta is None:
                        continue
                    piece = _reasoning_of(delta)
                    if piece:
                        if not reasoning:
                            self.gen._progress(f"{self.label}: {self.model} is reasoning…")
                        reasoning.append(piece)
                        n_reasoning += len(piece)
                        self.received += len(piece)
                        self.gen._token("reasoning", piece, self)
                        if n_reasoning >= next_reasoning_note + _PROGRESS_EVERY:
                            next_reasoning_note = n_reasoning - n_reasoning % _PROGRESS_EVERY
                            self.gen._progress(f"{self.label}: reasoning {n_reasoning} chars")
                    if delta.content:
                        if not text:
                            after = f" after {n_reasoning} chars of reasoning" if n_reasoning else ""
                            self.gen._progress(f"{self.label}: {self.model} is answering{after}")
                        text.append(delta.content)
                        n_text += len(delta.content)
                        self.received += len(delta.content)
                        self.gen._token("content", delta.content, self)
                        if n_text >= next_text_note + _PROGRESS_EVERY:
                            next_text_note = n_text - n_text % _PROGRESS_EVERY
                            self.gen._progress(f"{self.label}: answer {n_text} chars")
        except openai.APIConnectionError:
            self.dropped = not self.cancelled.is_set()
            raise
        return _Result("".join(text), "".join(reasoning), usage, finish, time.monotonic() - started)

    def abandon(self) -> None:
        """Stop caring about this call; close its stream and client without blocking the caller."""
        self.cancelled.set()
        threading.Thread(target=self._close_quietly, daemon=True, name="manimgen-llm-abort").start()

    def _close_quietly(self) -> None:
        for closer in (self._stream, self._client):
            if closer is not None:
                try:
                    closer.close()
                except Exception:  # closing a half-dead connection may complain; nothing to do
                    pass


class _Cancelled(Exception):
    pass


@dataclass
class _Outcome:
    result: _Result | None
    error: BaseException | None
    dropped: bool  # the connection broke mid-stream (worth another try)
    received: int  # chars streamed before the end (for the timeout message)


def _reasoning_of(delta: Any) -> str | None:
    """DeepSeek streams reasoning as delta.reasoning_content; some servers call it `reasoning`."""
    piece = getattr(delta, "reasoning_content", None)
    if not piece:
        extra = getattr(delta, "model_extra", None) or {}
        piece = extra.get("reasoning_content") or extra.get("reasoning")
    return piece if isinstance(piece, str) else None


class LLMGenerator:
    """Designs scenes with an OpenAI-compatible chat model (implements the Generator protocol)."""

    name = "llm"
    version = PROMPT_VERSION
    capabilities = LLM

    def __init__(
        self,
        settings: LLMSettings,
        api_key: str,
        *,
        manim_version: str,
        on_progress: ProgressFn | None = None,
        on_token: TokenFn | None = None,
    ) -> None:
        if not api_key or not api_key.strip():
            raise GenerationFailed(
                f"no API key for {settings.base_url}",
                hint=f"set ${settings.api_key_env}"
                + (f" or put {settings.api_key_env}=... in {settings.env_file}" if settings.env_file else ""),
            )
        self.settings = settings
        self._key = api_key.strip()
        self.manim_version = manim_version
        self.on_progress = on_progress
        self.on_token = on_token
        self._sem = threading.BoundedSemaphore(max(1, settings.max_concurrency))
        self._lock = threading.Lock()
        self._calls: set[_Call] = set()
        self._closed = False

    def __repr__(self) -> str:  # never show the key
        return f"LLMGenerator(base_url={self.settings.base_url!r}, model={self.settings.model!r})"

    # --- Generator protocol ---------------------------------------------------------

    def generate(self, spec: BlockSpec) -> SceneDraft:
        """The design before any `revise:` request (those are `revise()`'s, one call each)."""
        model = spec.model or self.settings.model
        result = self._complete(model, self._opening(spec), spec.location)
        parsed = self._parse(result, spec, model)
        return self._draft(parsed, result, model)

    def revise(self, spec: BlockSpec, answers: list[SceneDraft]) -> SceneDraft:
        """One call: the conversation so far (the prompt, then each answer and the request that
        followed it) and request k = len(answers); returns the design after it, this call's usage only."""
        model = spec.model or self.settings.model
        k = len(answers)
        messages = self._opening(spec)
        for answer, request in zip(answers, spec.revisions[:k]):
            messages += [{"role": "assistant", "content": prompts.previous_answer(answer.code, answer.storyboard)},
                         {"role": "user", "content": revise_prompt(request)}]
        result = self._complete(model, messages, f"{spec.location} (revision {k}/{len(spec.revisions)})")
        draft = self._kept(self._parse(result, spec, model), answers[-1], result, model)
        draft.revisions = list(spec.revisions[:k])
        return draft

    def repair(self, spec: BlockSpec, draft: SceneDraft, error: str) -> SceneDraft:
        """Ask for a fixed answer given the render error; returns this call's usage only."""
        model = spec.model or self.settings.model
        messages = [
            *self._opening(spec),
            {"role": "assistant", "content": prompts.previous_answer(draft.code, draft.storyboard)},
            {"role": "user", "content": prompts.repair_prompt(error, self.manim_version)},
        ]
        result = self._complete(model, messages, f"{spec.location} (repair)")
        fixed = self._kept(self._parse(result, spec, model), draft, result, model)
        fixed.revisions = list(draft.revisions)  # a revised design stays the answer to its requests
        return fixed

    def close(self) -> None:
        with self._lock:
            self._closed = True
            calls = list(self._calls)
        for call in calls:
            call.abandon()

    # --- internals ------------------------------------------------------------------

    def _opening(self, spec: BlockSpec) -> list[dict[str, str]]:
        """The first two messages of every conversation about a block: the rules, then the concept."""
        return [{"role": "system", "content": prompts.system_prompt(spec, self.manim_version)},
                {"role": "user", "content": prompts.user_prompt(spec)}]

    def _kept(self, parsed: ParsedAnswer, before: SceneDraft, result: _Result, model: str) -> SceneDraft:
        """A follow-up answer with only code keeps the storyboard and notes of the design before it."""
        if parsed.storyboard_derived and before.storyboard:
            parsed.storyboard = list(before.storyboard)
        if parsed.notes_derived and before.notes_md:
            parsed.notes_md = before.notes_md
        return self._draft(parsed, result, model)

    def _draft(self, parsed: ParsedAnswer, result: _Result, model: str) -> SceneDraft:
        return SceneDraft(
            code=parsed.code,
            scene_name=parsed.scene_name,
            storyboard=parsed.storyboard,
            notes_md=parsed.notes_md,
            reasoning=self._redact(result.reasoning) or None,
            generator=f"llm:{model}",
            usage=result.usage,
        )

    def _parse(self, result: _Result, spec: BlockSpec, model: str) -> ParsedAnswer:
        try:
            return parse_answer(self._redact(result.text), concept=spec.concept, expected_duration=prompts.EXPECTED_DURATION)
        except GenerationFailed as exc:
            why = " (the answer was cut off at the token limit)" if result.finish_reason == "length" else ""
            empty = " (the answer was empty)" if not result.text.strip() else ""
            raise GenerationFailed(
                f"{model} at {self.settings.base_url}: {exc.message}{why}{empty}", hint=exc.hint, location=spec.location
            ) from None

    def _complete(self, model: str, messages: list[dict[str, str]], label: str) -> _Result:
        s = self.settings
        with self._sem:  # waiting for a slot does not count against the deadline
            deadline = time.monotonic() + s.timeout
            self._progress(f"{label}: asking {model} at {s.base_url}")
            attempt = 0
            while True:
                call = self._run(model, messages, deadline, label)
                if call.error is None and call.result is not None:
                    r = call.result
                    self._progress(
                        f"{label}: done in {r.seconds:.1f} s, {r.usage.prompt_tokens} prompt + "
                        f"{r.usage.completion_tokens} completion tokens"
                    )
                    return r
                # A stream cut mid-answer is transient too, but the SDK only retries the request itself.
                if call.dropped and attempt < s.max_retries and time.monotonic() < deadline - 1.0:
                    attempt += 1
                    self._progress(f"{label}: connection dropped mid-answer, retrying ({attempt}/{s.max_retries})")
                    continue
                raise self._explain(call, model, label)

    def _run(self, model: str, messages: list[dict[str, str]], deadline: float, label: str) -> "_Outcome":
        call = _Call(self, model, messages, deadline, label)
        with self._lock:
            if self._closed:
                raise GenerationFailed("the LLM generator was closed", location=_location_of(label))
            self._calls.add(call)
        try:
            worker = threading.Thread(target=call.run, daemon=True, name="manimgen-llm")
            worker.start()
            worker.join(max(deadline - time.monotonic(), 0.0))
            if worker.is_alive() or isinstance(call.error, _Cancelled):
                call.abandon()
                # A snapshot: the abandoned worker may still write to `call` later.
                return _Outcome(None, TimeoutError(), False, call.received)
            return _Outcome(call.result, call.error, call.dropped, call.received)
        finally:
            with self._lock:
                self._calls.discard(call)

    def _explain(self, call: "_Outcome", model: str, label: str) -> GenerationFailed:
        """A GenerationFailed that says what happened, where, and what to check (never the key)."""
        s = self.settings
        base, env = s.base_url, f"${s.api_key_env}"
        exc = call.error
        retries = f" (after {s.max_retries} retries)" if s.max_retries else ""
        hint: str | None
        if isinstance(exc, TimeoutError) and self._closed:
            msg = f"the call to {base} (model {model!r}) was cut short: the LLM generator was closed"
            hint = None
        elif isinstance(exc, TimeoutError):
            what = (
                f"only {call.received} chars arrived (the stream stalled)"
                if call.received
                else "the server accepted the request but sent no answer"
            )
            msg = f"no complete answer from {base} (model {model!r}) within {s.timeout:g} s: {what}"
            hint = "check that the server is up, or raise the llm timeout"
        elif isinstance(exc, openai.APIStatusError):
            status, detail = exc.status_code, _detail(exc)
            if status == 401:
                msg = f"401 from {base}: the key in {env} was refused — check it"
                hint = f"put a valid key for {base} in {env}" + (f" or {s.env_file}" if s.env_file else "")
            elif status == 402:
                msg = f"402 from {base}: payment required — the account behind {env} has no balance left"
                hint = "top up the account or use another key"
            elif status == 403:
                msg = f"403 from {base}: the key in {env} may not use model {model!r}: {detail}"
                hint = "check the model name and the key's permissions"
            elif status == 404:
                msg = f"404 from {base}: no such endpoint or model {model!r}: {detail}"
                hint = "check base_url (the API root, e.g. https://api.deepseek.com or https://host/v1) and the model name"
            elif status == 429:
                msg = f"429 from {base}: rate limited or out of quota for model {model!r}{retries}: {detail}"
                hint = "wait and build again, lower max_concurrency, or check the account's quota"
            elif status >= 500:
                msg = f"{status} from {base}: server error for model {model!r}{retries}: {detail}"
                hint = "the service may be down or overloaded; try again later"
            else:
                msg = f"{status} from {base}: the request for model {model!r} was rejected: {detail}"
                hint = "check the model name and the llm settings"
        elif isinstance(exc, openai.APITimeoutError):
            msg = f"no answer from {base} (model {model!r}): timed out after {s.timeout:g} s{retries}"
            hint = "check that the server is up, or raise the llm timeout"
        elif isinstance(exc, openai.APIConnectionError):
            cause = exc.__cause__
            why = f"{type(cause).__name__}: {cause}" if cause is not None else exc.message
            where = "the connection dropped mid-answer" if call.dropped else "could not connect"
            msg = f"{where} to {base} (model {model!r}){retries if not call.dropped else ''}: {why}"
            hint = "check base_url, the network and any proxy settings"
        elif isinstance(exc, openai.APIError):
            msg = f"{base} reported an error for model {model!r}: {exc.message}"
            hint = None
        elif isinstance(exc, openai.OpenAIError):
            msg = f"OpenAI client error for {base} (model {model!r}): {exc}"
            hint = "check the llm settings (base_url, model)"
        else:
            msg = f"unexpected error talking to {base} (model {model!r}): {type(exc).__name__}: {exc}"
            hint = None
        return GenerationFailed(self._redact(msg), hint=hint, location=_location_of(label))

    def _redact(self, text: str) -> str:
        return text.replace(self._key, "***") if self._key and len(self._key) >= 4 else text

    def _progress(self, message: str) -> None:
        log.debug("%s", message)
        if self.on_progress is not None:
            try:
                self.on_progress(self._redact(message))
            except Exception:  # a broken printer must not fail the build
                log.debug("on_progress callback failed", exc_info=True)

    def _token(self, kind: str, text: str, call: _Call) -> None:
        if self.on_token is None or call.cancelled.is_set():  # an abandoned call stays quiet
            return
        try:
            self.on_token(kind, text)
        except Exception:
            log.debug("on_token callback failed", exc_info=True)


def _detail(exc: openai.APIStatusError) -> str:
    """The server's own error message, short."""
    body = exc.body
    message: object = None
    if isinstance(body, dict):
        err = body.get("error", body)
        message = err.get("message") if isinstance(err, dict) else err
    text = str(message or exc.message or "").strip()
    return text[:300] + ("…" if len(text) > 300 else "")


def _location_of(label: str) -> str | None:
    loc = label.split(" (", 1)[0]
    return loc or None
