"""A scripted, real-HTTP OpenAI chat-completions server for tests (no SDK mocking).

    server.reply("## Scene code ...", reasoning="thinking...")   # streamed or JSON, per request
    server.error(429, headers={"retry-after": "0"})
    server.hang()              # accept, never answer (until the server stops)
    server.drop("partial")     # stream some content, then cut the connection
    server.trickle("...", interval=0.5)   # one small chunk every `interval` seconds

Each request takes the next scripted reply; with none left it gets a 500 that says so
(`server.responder = fn` answers first: fn(request_body) -> answer text, or None to fall through
to the scripted replies; for builds whose blocks ask concurrently, in any order)
(and `x-should-retry: false`, so the SDK does not retry it). `server.requests` records
what was sent: path, headers (Authorization reduced to whether it was present), JSON body.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterator

import pytest


@dataclass
class Reply:
    kind: str = "answer"  # answer | error | hang | drop | trickle
    text: str = ""
    reasoning: str = ""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    message: str = ""  # error message (kind="error")
    chunk_size: int = 64
    interval: float = 0.0  # seconds between streamed chunks
    usage: bool = True  # send a usage chunk when the client asks for it


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-cased names, without Authorization
    authorization: bool  # whether an Authorization header was sent
    body: Any  # parsed JSON (None for GET)

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list((self.body or {}).get("messages", []))

    def text(self) -> str:
        """Every message's content, joined (for "was X sent?" assertions)."""
        return "\n".join(str(m.get("content", "")) for m in self.messages)


class OpenAIServer:
    def __init__(self, *, api_key: str | None = None, model_ids: tuple[str, ...] = ("deepseek-chat",)) -> None:
        self.api_key = api_key  # when set, other keys get a 401 that echoes the key sent (as some APIs do)
        self.model_ids = model_ids
        self.replies: deque[Reply] = deque()
        self.responder: Callable[[dict], str | None] | None = None
        self.requests: list[RecordedRequest] = []
        self.stop_event = threading.Event()
        self._lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    # --- scripting ----------------------------------------------------------------

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def reply(self, text: str, *, reasoning: str = "", usage: bool = True, chunk_size: int = 64) -> None:
        self.replies.append(Reply("answer", text, reasoning, usage=usage, chunk_size=chunk_size))

    def error(self, status: int, message: str = "", *, headers: dict[str, str] | None = None) -> None:
        self.replies.append(Reply("error", status=status, message=message or f"error {status}", headers=headers or {}))

    def hang(self) -> None:
        self.replies.append(Reply("hang"))

    def drop(self, text: str = "## Storyboard\n1. Start") -> None:
        self.replies.append(Reply("drop", text))

    def trickle(self, text: str, *, interval: float = 0.5, chunk_size: int = 4) -> None:
        self.replies.append(Reply("trickle", text, interval=interval, chunk_size=chunk_size))

    # --- lifecycle ----------------------------------------------------------------

    def start(self) -> "OpenAIServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stop_event.set()  # releases hanging/trickling handlers
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> "OpenAIServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- used by the handler ------------------------------------------------------

    def _next(self, body: Any = None) -> Reply:
        if self.responder is not None and isinstance(body, dict):
            text = self.responder(body)
            if text is not None:
                return Reply("answer", text)
        with self._lock:
            if self.replies:
                return self.replies.popleft()
        return Reply(
            "error", status=500, message="test server: no scripted reply left", headers={"x-should-retry": "false"}
        )

    def _enter(self) -> None:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a hanging handler must not block server_close()
    owner: OpenAIServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients closing keep-alive connections (or giving up at a deadline) are normal here.
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    # --- routes -------------------------------------------------------------------

    def do_GET(self) -> None:
        self._record(None)
        if self.path.rstrip("/") in ("/v1/models", "/models"):
            data = [{"id": m, "object": "model", "created": 0, "owned_by": "test"} for m in self.server.owner.model_ids]
            self._json(200, {"object": "list", "data": data})
        else:
            self._json(404, {"error": {"message": f"no route {self.path}", "type": "invalid_request_error"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            body = None
        self._record(body)
        if self.path.rstrip("/") not in ("/v1/chat/completions", "/chat/completions"):
            self._json(404, {"error": {"message": f"no route {self.path}", "type": "invalid_request_error"}})
            return
        owner = self.server.owner
        if owner.api_key is not None:
            sent = (self.headers.get("authorization") or "").removeprefix("Bearer ").strip()
            if sent != owner.api_key:
                message = f"Authentication Fails, Your api key: {sent} is invalid"
                self._json(401, {"error": {"message": message, "type": "authentication_error"}})
                return
        reply = owner._next(body)
        owner._enter()
        try:
            self._answer(reply, body if isinstance(body, dict) else {})
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (deadline) — expected in timeout tests
        finally:
            owner._leave()

    # --- replies ------------------------------------------------------------------

    def _answer(self, reply: Reply, body: dict[str, Any]) -> None:
        owner = self.server.owner
        if reply.kind == "hang":
            owner.stop_event.wait()
            self.close_connection = True
            return
        if reply.kind == "error":
            kind = {401: "authentication_error", 429: "rate_limit_error"}.get(reply.status, "api_error")
            self._json(reply.status, {"error": {"message": reply.message, "type": kind}}, reply.headers)
            return
        model = body.get("model", "test-model")
        if not body.get("stream"):
            self._json(200, _completion(model, reply))
            return
        include_usage = bool((body.get("stream_options") or {}).get("include_usage")) and reply.usage
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("cache-control", "no-cache")
        self.send_header("transfer-encoding", "chunked")  # so a cut is a protocol error, not a clean end
        self.end_headers()
        for i, event in enumerate(_chunks(model, reply, include_usage)):
            if reply.kind == "drop" and i == 2:
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(2)  # cut mid-stream: no terminating chunk
                return
            if reply.interval and i and owner.stop_event.wait(reply.interval):
                return
            self._chunk(f"data: {event}\n\n".encode())
        self._chunk(b"data: [DONE]\n\n")
        self._chunk(b"")  # end of the chunked body

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def _record(self, body: Any) -> None:
        headers = {k.lower(): v for k, v in self.headers.items() if k.lower() != "authorization"}
        rec = RecordedRequest(self.command, self.path, headers, "authorization" in map(str.lower, self.headers), body)
        with self.server.owner._lock:
            self.server.owner.requests.append(rec)


def _usage(reply: Reply) -> dict[str, int]:
    # Rough token counts so tests can tell "usage was read" from "usage was absent".
    prompt, completion = 100, max(1, (len(reply.text) + len(reply.reasoning)) // 4)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _completion(model: str, reply: Reply) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.text}
    if reply.reasoning:
        message["reasoning_content"] = reply.reasoning
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": _usage(reply),
    }


def _chunks(model: str, reply: Reply, include_usage: bool) -> Iterator[str]:
    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        choices = [{"index": 0, "delta": delta, "finish_reason": finish}]
        data = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 0, "model": model}
        return json.dumps({**data, "choices": choices, **extra})

    size = max(1, reply.chunk_size)
    yield chunk({"role": "assistant", "content": ""})
    for i in range(0, len(reply.reasoning), size):
        yield chunk({"reasoning_content": reply.reasoning[i : i + size], "content": None})
    for i in range(0, len(reply.text), size):
        yield chunk({"content": reply.text[i : i + size]})
    yield chunk({}, "stop")
    if include_usage:
        data = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 0, "model": model}
        yield json.dumps({**data, "choices": [], "usage": _usage(reply)})


@pytest.fixture
def openai_server() -> Iterator[OpenAIServer]:
    server = OpenAIServer().start()
    try:
        yield server
    finally:
        server.stop()
