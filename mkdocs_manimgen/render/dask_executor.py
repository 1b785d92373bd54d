"""The Dask executor: scenes render on a Dask cluster; the media's bytes come back here.

A task runs on its worker exactly what the local pool runs on this machine: a warm, sandboxed
render process (one per worker thread, kept in a per-worker-process singleton), so the bytes
are the same wherever a scene renders. The task returns the files' bytes; this side writes
them into a temp dir and hands the pipeline an ordinary RenderOutput. Generation (LLM calls)
stays on the build machine.

Lost workers: the scheduler reschedules a task whose worker died. Every task announces its
start (a Dask event), so a watchdog here counts attempts (capped at 1 + `retries`) and gives
every started render a deadline (render timeout + margin): a dead or hung worker never
hangs the build.
"""

from __future__ import annotations

import atexit
import logging
import tempfile
import threading
import time
import uuid
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from ..errors import ManimGenError, RenderFailed
from .job import RenderJob, RenderOutput, read_chapters
from .pool import REPLY_GRACE, STARTUP_TIMEOUT, LocalPool

try:  # the `dask` extra; the worker plugin must subclass Dask's class to be accepted
    from distributed import WorkerPlugin
except ImportError:  # pragma: no cover - reported when the executor is created
    WorkerPlugin = object  # type: ignore[assignment,misc]

EVENT_TOPIC = "manimgen-render"
CONNECT_TIMEOUT = 30.0
# Beyond the render's own timeout: a cold worker starts its render process (Manim import),
# the pool's own reply grace, and the transfer of the media.
DEADLINE_MARGIN = STARTUP_TIMEOUT + REPLY_GRACE + 30.0
NO_WORKERS_GRACE = 120.0  # a cluster scaling up, or nannies restarting workers, gets this long
DOCTOR_HINT = "check the workers with `manimgen doctor --dask {address}`"


def _versions() -> dict[str, str]:
    out = {}
    for dist in ("manim", "mkdocs-manimgen"):
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:
            out[dist] = "missing"
    return out


# -- on the worker -------------------------------------------------------------------------
_pools: dict[str, LocalPool] = {}  # sandbox mode -> this worker process's warm pool
_pools_lock = threading.Lock()


def _worker_pool(worker: Any, sandbox_mode: str) -> LocalPool:
    with _pools_lock:
        pool = _pools.get(sandbox_mode)
        if pool is None:
            if not _pools:
                atexit.register(_close_pools)
            root = Path(worker.local_directory) / "manimgen"
            pool = LocalPool(worker.state.nthreads, root, sandbox_mode, log=logging.getLogger("mkdocs_manimgen.dask"))
            _pools[sandbox_mode] = pool
        return pool


def _close_pools() -> None:
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
    for pool in pools:
        pool.close()


class _PoolCloser(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Stops the worker's render processes when the worker closes."""

    idempotent = True  # a second build connecting must not restart warm processes

    def teardown(self, worker: Any) -> None:
        from distributed.core import Status

        if worker.status not in (Status.running, Status.paused):  # closing, not re-registered
            _close_pools()


def _render_task(job: RenderJob, sandbox_mode: str, job_id: str) -> dict:
    """The Dask task: render in this worker's warm sandboxed pool, return the media's bytes."""
    from distributed import get_worker

    worker = get_worker()
    worker.log_event(EVENT_TOPIC, {"job": job_id, "worker": worker.address, "label": job.label})
    output = _worker_pool(worker, sandbox_mode).submit(job).result()  # the pool has its own deadlines
    try:
        return {"files": {fmt: (path.name, path.read_bytes()) for fmt, path in output.files.items()},
                "poster": (output.poster.name, output.poster.read_bytes()), "duration": output.duration,
                "findings": output.findings, "seconds": output.seconds, "worker": worker.address,
                "chapters": output.chapters, "notices": output.notices, "versions": _versions()}
    finally:
        output.cleanup()


# -- on the build machine ------------------------------------------------------------------
@dataclass
class _Pending:
    job: RenderJob
    job_id: str
    future: Future
    dask_future: Any = None
    started: float | None = None  # when the latest attempt started (monotonic)
    workers: list[str] = field(default_factory=list)  # where each attempt started
    done: bool = False


class DaskExecutor:
    """Executor protocol on a Dask cluster: submit(job) -> Future[RenderOutput]; close()."""

    name = "dask"

    def __init__(self, address: str, *, work_dir: Path, sandbox_mode: str = "auto", retries: int = 1,
                 log: logging.Logger | None = None, connect_timeout: float = CONNECT_TIMEOUT,
                 margin: float = DEADLINE_MARGIN):
        if WorkerPlugin is object:
            raise ManimGenError("executor: dask needs the `distributed` package",
                                hint="pip install 'mkdocs-manimgen[dask]'")
        self.address = address
        self.work_dir = work_dir
        self.sandbox_mode = sandbox_mode
        self.retries = max(0, retries)
        self.log = log or logging.getLogger("mkdocs_manimgen")
        self.connect_timeout = connect_timeout
        self.margin = margin
        self.hint = DOCTOR_HINT.format(address=address)
        self._client: Any = None
        self._connect_error: str | None = None
        self._connect_hint = ""
        self._connect_lock = threading.Lock()
        self._lock = threading.Lock()  # pending jobs; never held while waiting on Dask
        self._pending: dict[str, _Pending] = {}
        self._closed = threading.Event()
        self._collectors = ThreadPoolExecutor(4, thread_name_prefix="manimgen-dask-collect")
        self._watchdog: threading.Thread | None = None
        self.ours = _versions()

    # -- connecting --------------------------------------------------------------
    def _connect(self) -> Any:
        """Connect on the first render only: a build with every render cached never connects."""
        # Its own lock: `_lock` must stay free while we wait on Dask, as the event handler
        # (on Dask's loop) takes it.
        with self._connect_lock:
            if self._client is not None:
                return self._client
            if self._connect_error is not None:  # fail every block fast, not once per timeout
                raise ManimGenError(self._connect_error, hint=self._connect_hint)  # a fresh one: .at() mutates
            from distributed import Client

            client = None
            try:
                client = Client(self.address, timeout=self.connect_timeout, set_as_default=False)
                client.register_plugin(_PoolCloser(), name="manimgen-render-pool")
                workers = len(client.scheduler_info().get("workers", {}))
                client.subscribe_topic(EVENT_TOPIC, self._on_event)
            except Exception as err:  # noqa: BLE001 - OSError, TimeoutError, a refused plugin...
                if client is not None:
                    client.close()
                self._connect_error = f"cannot reach the Dask scheduler at {self.address}: {err}"
                self._connect_hint = f"start it (`dask scheduler`) and its workers, or set `executor: local`; " \
                                     f"{self.hint}"
                raise ManimGenError(self._connect_error, hint=self._connect_hint) from err
            self.log.info("rendering on the Dask cluster at %s (%d worker(s) now)", self.address, workers)
            self._client = client
            self._watchdog = threading.Thread(target=self._watch, name="manimgen-dask-watchdog", daemon=True)
            self._watchdog.start()
            return client

    # -- submitting --------------------------------------------------------------
    def submit(self, job: RenderJob) -> Future:
        future: Future = Future()
        future.set_running_or_notify_cancel()
        if self._closed.is_set():
            future.set_exception(ManimGenError("the Dask executor is closed"))
            return future
        try:
            client = self._connect()
        except ManimGenError as err:
            future.set_exception(err)
            return future
        pending = _Pending(job, uuid.uuid4().hex, future)
        with self._lock:
            self._pending[pending.job_id] = pending
        try:
            pending.dask_future = client.submit(_render_task, job, self.sandbox_mode, pending.job_id,
                                                key=f"manimgen-render-{pending.job_id}", pure=False, retries=0)
        except Exception as err:  # noqa: BLE001 - e.g. the client closed under us
            self._finish(pending, error=RenderFailed(f"could not send the render to Dask: {err}", hint=self.hint))
            return future
        # Dask calls back on its single callback thread; fetching the bytes happens on ours.
        pending.dask_future.add_done_callback(lambda f, p=pending: self._on_done(p, f))
        return future

    def _on_done(self, pending: _Pending, dask_future: Any) -> None:
        try:
            self._collectors.submit(self._collect, pending, dask_future)
        except RuntimeError:  # closed: close() already answered every pending render
            dask_future.release()

    def _on_event(self, event: tuple) -> None:
        """A task started on a worker (runs on the client's event loop: keep it short)."""
        msg = event[1]
        with self._lock:
            pending = self._pending.get(msg.get("job"))
            if pending is None or pending.done:
                return
            pending.started = time.monotonic()
            pending.workers.append(msg.get("worker", "?"))
            lost = pending.workers[:-1]
        if lost:  # a task only starts again when its worker was lost mid-render
            self.log.info("%s: Dask worker %s was lost during the render; %s on %s", pending.job.label, lost[-1],
                          "retrying" if len(lost) <= self.retries else "no retries left, stopping it",
                          pending.workers[-1])

    def _collect(self, pending: _Pending, dask_future: Any) -> None:
        from distributed.scheduler import KilledWorker

        try:
            if pending.done:
                return
            reply = dask_future.result(timeout=pending.job.timeout + self.margin)
            self._finish(pending, output=self._write(pending.job, reply))
        except ManimGenError as err:  # the scene failed: RenderFailed pickles with detail and hint
            self._finish(pending, error=err)
        except KilledWorker as err:
            self._finish(pending, error=self._lost(pending, max(len(pending.workers), 1),
                                                   f"more than the scheduler's allowed-failures allows ({err})"))
        except CancelledError:
            self._finish(pending, error=RenderFailed("the render was cancelled on the Dask cluster "
                                                     "(scheduler restarted or connection lost)", hint=self.hint))
        except Exception as err:  # noqa: BLE001 - anything else the worker raised
            self._finish(pending, error=RenderFailed(f"the Dask worker failed: {type(err).__name__}: {err}",
                                                     hint=self.hint))
        finally:
            dask_future.release()  # the worker drops the bytes

    def _write(self, job: RenderJob, reply: dict) -> RenderOutput:
        where = f"dask worker {reply['worker']}"
        if reply["versions"] != self.ours:  # the render cache key assumes our versions
            theirs = ", ".join(f"{k} {v}" for k, v in reply["versions"].items())
            ours = ", ".join(f"{k} {v}" for k, v in self.ours.items())
            raise RenderFailed(f"{where} has {theirs}; this build has {ours}",
                               hint=f"install the same versions on the workers; {self.hint}")
        self.work_dir.mkdir(parents=True, exist_ok=True)
        job_dir = Path(tempfile.mkdtemp(prefix="dask-job-", dir=self.work_dir))
        try:
            def put(name: str, data: bytes) -> Path:
                path = job_dir / Path(name).name  # a worker's name never escapes the job dir
                path.write_bytes(data)
                return path

            files = {fmt: put(name, data) for fmt, (name, data) in reply["files"].items()}
            poster = put(*reply["poster"])
        except BaseException:
            RenderOutput(job_dir, {}, job_dir, 0, [], where, 0).cleanup()
            raise
        return RenderOutput(job_dir, files, poster, float(reply["duration"]), list(reply["findings"]), where,
                            float(reply["seconds"]), chapters=read_chapters(reply.get("chapters")),
                            notices=list(reply.get("notices", [])))

    def _lost(self, pending: _Pending, lost: int, limit: str = "") -> RenderFailed:
        workers = ", ".join(pending.workers) or "unknown"
        limit = limit or f"more than `dask: retries` ({self.retries}) allows"
        return RenderFailed(f"the render was lost with its Dask worker {lost} time(s), {limit} "
                            f"(attempts started on: {workers})",
                            hint=f"the workers may be running out of memory or being restarted; {self.hint}")

    def _finish(self, pending: _Pending, output: RenderOutput | None = None,
                error: BaseException | None = None) -> None:
        with self._lock:
            first = not pending.done
            pending.done = True
            self._pending.pop(pending.job_id, None)
        if not first:  # the watchdog or close() already answered
            if output is not None:
                output.cleanup()
            return
        if error is not None:
            pending.future.set_exception(error)
        else:
            pending.future.set_result(output)

    # -- deadlines ---------------------------------------------------------------
    def _watch(self) -> None:
        """Fail renders that restarted too often or ran past their deadline; never hang the build."""
        no_workers_since: float | None = None
        last_census = 0.0
        while not self._closed.wait(1.0):
            now = time.monotonic()
            with self._lock:
                pending = [p for p in self._pending.values() if not p.done]
            client = self._client
            if pending and client is not None and now - last_census > 5:
                last_census = now  # a queued render may wait for a busy worker, but not for none at all
                try:
                    none = not client.nthreads()
                except Exception:  # noqa: BLE001 - the status check below reports a lost connection
                    none = False
                no_workers_since = (no_workers_since or now) if none else None
            for p in pending:
                error = None
                if len(p.workers) > 1 + self.retries:
                    error = self._lost(p, len(p.workers) - 1)
                elif p.started is not None and now - p.started > p.job.timeout + self.margin:
                    where = p.workers[-1] if p.workers else "?"
                    error = RenderFailed(f"no answer from Dask worker {where} within "
                                         f"{p.job.timeout + self.margin:.0f} s", hint=self.hint)
                elif client is not None and client.status in ("closing", "closed"):
                    error = RenderFailed(f"lost the connection to the Dask scheduler at {self.address}",
                                         hint=self.hint)
                elif no_workers_since is not None and now - no_workers_since > NO_WORKERS_GRACE:
                    error = RenderFailed(f"the Dask cluster at {self.address} has had no workers for "
                                         f"{NO_WORKERS_GRACE:.0f} s", hint=f"start workers (`dask worker "
                                         f"{self.address}`); {self.hint}")
                if error is not None:
                    self._finish(p, error=error)
                    self._cancel(p)

    def _cancel(self, pending: _Pending) -> None:
        try:
            if pending.dask_future is not None:
                pending.dask_future.cancel()
        except Exception:  # noqa: BLE001 - best effort: the answer was already given
            self.log.debug("cancelling a Dask task failed", exc_info=True)

    def close(self) -> None:
        """Close our client (the cluster keeps running); fail whatever is still waiting."""
        self._closed.set()
        with self._lock:
            pending = list(self._pending.values())
            client, self._client = self._client, None
        for p in pending:
            self._finish(p, error=ManimGenError("the Dask executor was closed before the render finished"))
            self._cancel(p)
        if self._watchdog is not None:
            self._watchdog.join(timeout=5)
        self._collectors.shutdown(wait=True, cancel_futures=True)
        if client is not None:
            try:
                client.unsubscribe_topic(EVENT_TOPIC)
            finally:
                client.close()
