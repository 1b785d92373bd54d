"""The local executor: warm render processes on this machine, one job at a time each.

Jobs are queued and handed to whichever process is free; a process that dies or hangs is
killed and replaced, and its job fails cleanly. Processes start on the first job, so a
build whose renders are all cached never starts one (and never imports Manim).
"""

from __future__ import annotations

import itertools
import json
import os
import queue
import select
import shutil
import subprocess
import tempfile
import threading
import time
from concurrent.futures import Future
from pathlib import Path

from ..errors import ManimGenError, RenderFailed
from . import sandbox, tex_cache
from .failure import scrub_paths
from .job import RenderJob, read_output
from .scene_runner import TEX_DIR

STARTUP_TIMEOUT = 180.0  # first import of Manim on a cold disk can be slow
REPLY_GRACE = 30.0  # beyond the job's own timeout, before the process is presumed hung
EXTERNAL_KILL_ATTEMPTS = 2  # a render killed from outside (not by our limits) is tried once more


class _Worker:
    """One warm zygote process and the pipe protocol to it."""

    def __init__(self, index: int, mode: str, work_root: Path):
        self.index = index
        env = sandbox.scrubbed_env(work_root)
        self.log_path = work_root / f"worker-{index}.log"
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            sandbox.command(mode, work_root, env), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self._log, env=sandbox.subprocess_env(mode, env), cwd=work_root, start_new_session=True)
        self._read_line(STARTUP_TIMEOUT, "start")

    def _read_line(self, timeout: float, what: str) -> dict:
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        line = self.proc.stdout.readline() if ready else b""
        if not line:
            self.kill()
            tail = self.log_path.read_text(errors="replace")[-3000:]
            raise RenderFailed(f"the render process failed to {what}", detail=scrub_paths(tail),
                               hint="run `manimgen doctor` to check Manim, Cairo, LaTeX and ffmpeg")
        return json.loads(line)

    def run(self, job_dir: Path, job: RenderJob, uid: int | None = None) -> dict:
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(job.wire(job_dir, uid)) + "\n").encode())
        self.proc.stdin.flush()
        return self._read_line(job.timeout + REPLY_GRACE, "answer")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self._log.close()

    def close(self) -> None:
        try:
            if self.proc.stdin:
                self.proc.stdin.close()  # the zygote's loop ends on EOF
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        self.kill()


class LocalPool:
    """Executor protocol: submit(job) -> Future[RenderOutput]; close()."""

    name = "local"

    def __init__(self, workers: int, work_dir: Path, sandbox_mode: str = "auto", log=None,
                 tex_cache: Path | None = None):
        """``tex_cache``: the formula folder kept between builds (tex_cache.folder); None keeps
        formulas for this pool's life only (a Dask worker's pool, the tests of the pool)."""
        self.size = max(1, workers)
        self.mode = sandbox.resolve_mode(sandbox_mode)
        work_dir.mkdir(parents=True, exist_ok=True)
        self.work_root = Path(tempfile.mkdtemp(prefix="run-", dir=work_dir))
        sandbox.prepare_work_root(self.work_root, self.mode)
        # formulas compiled by one job serve the next (the manim CLI gets this from its media dir)
        self.tex_cache = tex_cache or self.work_root / "tex-cache"
        self.tex_cache.mkdir(mode=0o755, parents=True, exist_ok=True)
        self._log = log
        # longest planned scene first: with the storyboard's length known before the render,
        # this keeps the last long scene from starting after everything else finished
        self._queue: queue.PriorityQueue = queue.PriorityQueue()
        self._order = itertools.count()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False
        self.renders = 0  # jobs actually run (tests count these)
        self._announced = self._submitted = 0  # renders warmed for and jobs submitted: the pool's size follows

    def _start(self) -> None:
        """Grow the pool to one render process per render announced (``warm``) or submitted, at most
        ``size``: a build that renders one block starts one process (each imports Manim, seconds of
        CPU), not ``workers`` of them."""
        with self._lock:
            wanted = min(self.size, max(self._announced, self._submitted))
            if len(self._threads) >= wanted or self._closed:
                return
            if self._log and not self._threads:
                self._log.info("starting render processes (up to %d), sandbox: %s", self.size,
                               "bubblewrap (no network, system files read-only, project hidden)" if self.mode == "bwrap" else
                               "process limits only (install bubblewrap for isolation)")
                if self.mode != "bwrap" and os.geteuid() == 0:
                    self._log.info("running as root without bubblewrap: the process-count limit is not "
                                      "enforced for root, so a scene could fork without bound")
            for i in range(len(self._threads), wanted):
                t = threading.Thread(target=self._serve, args=(i,), name=f"manimgen-render-{i}", daemon=True)
                t.start()
                self._threads.append(t)

    def warm(self) -> None:
        """A render is certainly coming: start its process now (Manim imports while the block is
        designed), not at the job."""
        with self._lock:
            self._announced += 1
        self._start()

    def submit(self, job: RenderJob) -> Future:
        future: Future = Future()
        if self._closed:
            future.set_exception(ManimGenError("the render pool is closed"))
            return future
        with self._lock:
            self._submitted += 1
        self._start()
        self._queue.put((-(job.target_duration or 0.0), next(self._order), job, future))
        return future

    def _serve(self, index: int) -> None:
        worker: _Worker | None = None
        try:  # import Manim while the build is still designing; a failure is retried with the first job
            worker = _Worker(index, self.mode, self.work_root)
        except Exception:  # noqa: BLE001
            worker = None
        while True:
            _, _, job, future = self._queue.get()
            if job is None:
                break
            if not future.set_running_or_notify_cancel():
                continue
            job_dir = Path(tempfile.mkdtemp(prefix="job-", dir=self.work_root))
            try:
                started = time.monotonic()
                for attempt in range(1, EXTERNAL_KILL_ATTEMPTS + 1):
                    if worker is None or not worker.alive():
                        worker = _Worker(index, self.mode, self.work_root)
                    reply = self._attempt(worker, job, job_dir)
                    if not (reply.get("status") == "killed" and reply.get("external")):
                        break
                    reply["attempts"] = attempt  # killed from outside: once more, in a fresh job directory
                    if attempt < EXTERNAL_KILL_ATTEMPTS:
                        if self._log:
                            self._log.info("%s: the render process was killed from outside the build; trying again",
                                           job.label or "a render")
                        shutil.rmtree(job_dir, ignore_errors=True)
                        job_dir = Path(tempfile.mkdtemp(prefix="job-", dir=self.work_root))
                with self._lock:
                    self.renders += 1
                future.set_result(read_output(job, job_dir, reply, f"local worker {index}",
                                              time.monotonic() - started))
            except BaseException as err:  # noqa: BLE001 - every failure belongs to this job's future
                if worker is not None and not worker.alive():
                    worker = None
                shutil.rmtree(job_dir, ignore_errors=True)
                future.set_exception(err if isinstance(err, ManimGenError) else RenderFailed(str(err)))
        if worker is not None:
            worker.close()

    def _attempt(self, worker: "_Worker", job: RenderJob, job_dir: Path) -> dict:
        """One run of the job in `job_dir`: inputs written, formulas seeded (and harvested after)."""
        uid = sandbox.job_uid(self.mode)
        job.write_inputs(job_dir)
        sandbox.prepare_job_dir(job_dir, uid)
        tex_dir = job_dir / TEX_DIR
        tex_cache.seed(self.tex_cache, tex_dir, uid)
        reply = worker.run(job_dir, job, uid)
        if job.share_tex and reply.get("status") == "ok":  # the zygote has killed all of the job's processes
            tex_cache.harvest(tex_dir, self.tex_cache)
        return reply

    def close(self) -> None:
        with self._lock:
            self._closed = True
            threads = list(self._threads)
        while True:  # fail what never started
            try:
                _, _, job, future = self._queue.get_nowait()
            except queue.Empty:
                break
            if future is not None:
                future.cancel()
        for _ in threads:
            self._queue.put((float("inf"), next(self._order), None, None))  # after any real job
        for t in threads:
            t.join(timeout=30)
        shutil.rmtree(self.work_root, ignore_errors=True)
