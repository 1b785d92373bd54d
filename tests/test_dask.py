"""Real builds rendered on a real local Dask cluster (2 worker processes), compared with local builds."""

from __future__ import annotations

import os
import re
import signal
import threading
import time

import psutil
import pytest

from sites import dot_block

distributed = pytest.importorskip("distributed")

from mkdocs_manimgen.errors import ManimGenError, RenderFailed  # noqa: E402
from mkdocs_manimgen.model import QUALITIES  # noqa: E402
from mkdocs_manimgen.render import RenderJob, encode  # noqa: E402
from mkdocs_manimgen.render.dask_doctor import doctor_checks  # noqa: E402
from mkdocs_manimgen.render.dask_executor import EVENT_TOPIC, DaskExecutor  # noqa: E402

pytestmark = [pytest.mark.render, pytest.mark.timeout(300)]

SLOW = """
```manimgen
title: Slow
code: |
  import time
  from manim import *

  class Slow(Scene):
      def construct(self):
          time.sleep(4)  # long enough to kill its worker mid-render
          self.play(FadeIn(Square()), run_time=0.3)
---
A square, after a pause.
```
"""

BROKEN = """
```manimgen
code: |
  from manim import *

  class Broken(Scene):
      def construct(self):
          raise ValueError("boom")
---
Never renders.
```
"""

SUMMARY_WHERE = re.compile(r"(\d+) on dask worker tcp://127\.0\.0\.1:\d+")


def _descendants(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


class Cluster:
    """A LocalCluster plus every process its workers started, to prove none is left behind."""

    def __init__(self) -> None:
        self.cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                                dashboard_address=None)
        self.address = self.cluster.scheduler_address
        self.seen: dict[int, psutil.Process] = {}

    def nannies(self) -> list:
        return list(self.cluster.workers.values())

    def remember_processes(self) -> None:
        for nanny in self.nannies():
            process = getattr(nanny.process, "process", None) if nanny.process else None
            if process is not None and process.pid:
                for p in [psutil.Process(process.pid), *_descendants(process.pid)]:
                    self.seen.setdefault(p.pid, p)

    def kill_worker(self, address: str) -> None:
        for nanny in self.nannies():
            if nanny.worker_address == address:
                self.remember_processes()
                os.kill(nanny.process.process.pid, signal.SIGKILL)
                return
        raise AssertionError(f"no worker {address}")

    def close(self) -> list[psutil.Process]:
        self.remember_processes()
        self.cluster.close()
        deadline = time.monotonic() + 20
        alive = list(self.seen.values())
        while alive and time.monotonic() < deadline:
            alive = [p for p in alive if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
            time.sleep(0.2)
        return alive


@pytest.fixture(scope="module")
def cluster():
    c = Cluster()
    yield c
    left = c.close()
    assert not left, f"processes left behind: {[(p.pid, p.cmdline()) for p in left]}"


def _media(build) -> dict[str, bytes]:
    folder = build.site_dir / "assets" / "manimgen"
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.suffix in (".webm", ".png")}


def _dask(site, cluster, **dask) -> None:
    site.plugin.update(executor="dask", dask={"scheduler": cluster.address, **dask}, cache_dir=".cache-dask")


def test_doctor_checks_every_worker(cluster):
    rows = doctor_checks(cluster.address)
    assert rows[0] == (f"Dask scheduler {cluster.address}", True, "2 worker(s)")
    workers = {name.split(": ")[0] for name, _, _ in rows[1:]}
    assert len(workers) == 2
    names = {name.split(": ")[1] for name, _, _ in rows[1:]}
    assert {"manim", "mkdocs-manimgen", "ffmpeg", "gifsicle", "latex", "dvisvgm", "CJK font", "bwrap"} <= names
    bad = [r for r in rows if not r[1] and not r[0].endswith("bwrap")]
    assert not bad, bad
    assert doctor_checks("tcp://127.0.0.1:9", timeout=2)[0][1] is False


def test_a_dask_build_gives_the_same_bytes_as_a_local_build(site, cluster):
    site.plugin.update(workers=1, pdf=False)
    site.write_page("index.md", "# Dots\n" + "".join(dot_block(n) for n in (1, 2, 3)))
    local = site.build()
    assert local.returncode == 0 and local.summary["rendered"] == 3, local.log
    local_media = _media(local)

    _dask(site, cluster)
    build = site.build()
    assert build.returncode == 0, build.log
    assert build.summary["rendered"] == 3 and build.summary["failed"] == 0, build.log
    assert sum(int(n) for n in SUMMARY_WHERE.findall(build.log)) == 3, build.log
    assert "on local" not in build.log
    assert _media(build) == local_media  # same names (content hashes) and bytes

    cached = site.build()  # every render cached: must not even connect
    assert cached.summary["from_cache"] == 3, cached.log
    assert "Dask cluster" not in cached.log, cached.log


def test_a_worker_killed_mid_render_is_retried_on_another(site, cluster):
    site.plugin.update(workers=1, pdf=False)
    site.write_page("index.md", "# Slow\n" + SLOW + dot_block(4) + dot_block(5))
    killed: list[str] = []

    def on_start(event) -> None:  # runs on the watcher client's loop: kill from a thread
        msg = event[1]
        if "Slow" in open_label(site, msg["label"]) and not killed:
            killed.append(msg["worker"])
            threading.Timer(1.5, cluster.kill_worker, args=(msg["worker"],)).start()

    with distributed.Client(cluster.address, set_as_default=False) as watcher:
        watcher.subscribe_topic(EVENT_TOPIC, on_start)
        _dask(site, cluster)
        build = site.build()
    assert killed, "the slow block never started"
    assert build.returncode == 0, build.log
    assert build.summary["rendered"] == 3 and build.summary["failed"] == 0, build.log
    assert f"index.md:3: Dask worker {killed[0]} was lost during the render; retrying" in build.log, build.log
    assert sum(int(n) for n in SUMMARY_WHERE.findall(build.log)) == 3, build.log


def test_a_render_lost_more_often_than_retries_allow_fails_clearly(site, cluster):
    site.plugin.update(workers=1, pdf=False)
    site.write_page("index.md", "# Slow\n" + SLOW)
    kills: list[str] = []
    _wait_for_workers(cluster, 2)  # the nannies restart what an earlier test killed

    def on_start(event) -> None:
        if not kills:  # kill the first attempt; the second one is over the limit
            kills.append(event[1]["worker"])
            threading.Timer(1.0, cluster.kill_worker, args=(event[1]["worker"],)).start()

    with distributed.Client(cluster.address, set_as_default=False) as watcher:
        watcher.subscribe_topic(EVENT_TOPIC, on_start)
        _dask(site, cluster, retries=0)
        build = site.build(timeout=120)
    assert build.returncode == 0, build.log
    assert build.summary["failed"] == 1, build.log
    assert re.search(r"index\.md:3: the render was lost with its Dask worker 1 time\(s\), more than `dask: retries` "
                     r"\(0\) allows", build.log), build.log


def test_a_failing_scene_comes_back_as_a_located_error(site, cluster):
    site.plugin.update(workers=1, pdf=False)
    site.write_page("index.md", "# Broken\n" + BROKEN + dot_block(6))
    _dask(site, cluster)
    build = site.build()
    assert build.returncode == 0, build.log
    assert build.summary["failed"] == 1 and build.summary["rendered"] == 1, build.log
    assert re.search(r"index\.md:3: the scene failed to render: ValueError: boom \(at index\.md:9\) \(fix: ",
                     build.log), build.log
    # the failure report (RenderFailed.report and .detail) survived pickling, with the author's line
    assert 'index.md:9 in construct\n      raise ValueError("boom")' in build.log


def _job(code: str, scene: str, timeout: float = 60) -> RenderJob:
    low = QUALITIES["low"]
    return RenderJob(code=code, scene=scene, quality=low, plan=encode.plan(("webm",), low), timeout=timeout,
                     label="test.md:1")


def test_a_hung_worker_fails_the_render_at_its_deadline(cluster, tmp_path):
    _wait_for_workers(cluster, 2)
    code = "import time\nfrom manim import *\n\nclass Nap(Scene):\n    def construct(self):\n        time.sleep(3)\n"
    executor = DaskExecutor(cluster.address, work_dir=tmp_path, margin=3)
    frozen: list[int] = []

    def freeze(event) -> None:  # SIGSTOP: alive to the scheduler, silent to us
        for nanny in cluster.nannies():
            if nanny.worker_address == event[1]["worker"] and not frozen:
                frozen.append(nanny.process.process.pid)
                os.kill(frozen[0], signal.SIGSTOP)

    try:
        with distributed.Client(cluster.address, set_as_default=False) as watcher:
            watcher.subscribe_topic(EVENT_TOPIC, freeze)
            started = time.monotonic()
            future = executor.submit(_job(code, "Nap", timeout=5))
            with pytest.raises(RenderFailed, match=r"no answer from Dask worker tcp://\S+ within 8 s"):
                future.result(timeout=60)
            assert frozen and time.monotonic() - started < 20
    finally:
        for pid in frozen:
            os.kill(pid, signal.SIGCONT)
        executor.close()


def test_an_unreachable_scheduler_fails_every_render_fast_with_a_hint(tmp_path):
    executor = DaskExecutor("tcp://127.0.0.1:9", work_dir=tmp_path, connect_timeout=2)
    try:
        for _ in range(2):
            started = time.monotonic()
            with pytest.raises(ManimGenError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9") as err:
                executor.submit(_job("", "S")).result(timeout=30)
            assert "manimgen doctor --dask tcp://127.0.0.1:9" in err.value.hint
        assert time.monotonic() - started < 1, "the second render must not wait for another connect timeout"
    finally:
        executor.close()


def open_label(site, label: str) -> str:
    """The fence text at a `page.md:line` label (to tell which block a task is)."""
    page, line = label.rsplit(":", 1)
    lines = (site.root / "docs" / page).read_text(encoding="utf-8").splitlines()
    return "\n".join(lines[int(line) - 1:int(line) + 6])


def _wait_for_workers(cluster, n: int, timeout: float = 60) -> None:
    with distributed.Client(cluster.address, set_as_default=False) as client:
        client.wait_for_workers(n, timeout=timeout)
