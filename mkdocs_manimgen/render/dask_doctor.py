"""`manimgen doctor --dask ADDRESS`: the scheduler, then each worker's Manim, tools, fonts and sandbox.

The check travels to the workers as source (not as a function of this package), so a worker
without mkdocs-manimgen, or with another version of it, still answers and says so.
"""

from __future__ import annotations

from .dask_executor import CONNECT_TIMEOUT, _versions

# Sent to the workers as source, so it runs (and reports) even where our package is missing.
_CHECK_SOURCE = '''
def manimgen_worker_check():
    import shutil, subprocess
    from importlib.metadata import version

    def run(args):
        try:
            p = subprocess.run(args, capture_output=True, text=True, timeout=30)
            return p.returncode == 0, (p.stdout or p.stderr).strip().splitlines()[:1]
        except (OSError, subprocess.TimeoutExpired) as err:
            return False, [str(err)]

    out = {}
    for dist, module in (("manim", "manim"), ("mkdocs-manimgen", "mkdocs_manimgen")):
        try:
            __import__(module)
            out[dist] = (True, version(dist))
        except Exception as err:
            out[dist] = (False, f"{type(err).__name__}: {err}")
    for tool, args in (("ffmpeg", ["ffmpeg", "-version"]), ("gifsicle", ["gifsicle", "--version"]),
                       ("latex", ["latex", "--version"]), ("xelatex", ["xelatex", "--version"]),
                       ("dvisvgm", ["dvisvgm", "--version"])):
        ok, line = run(args) if shutil.which(tool) else (False, ["not on PATH"])
        out[tool] = (ok, line[0].split(" Copyright")[0] if line else "")
    ok, line = run(["fc-list", ":lang=zh", "family"]) if shutil.which("fc-list") else (False, ["no fc-list"])
    out["CJK font"] = (ok and bool(line), line[0] if line else "no CJK font (install fonts-noto-cjk)")
    if shutil.which("bwrap"):
        ok, line = run(["bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--unshare-all", "--die-with-parent", "true"])
        out["bwrap"] = (ok, "usable" if ok else "cannot create namespaces: " + " ".join(line))
    else:
        out["bwrap"] = (False, "not installed (renders run with process limits only)")
    return out
'''


def _check_function():
    namespace: dict = {"__name__": "manimgen_doctor"}  # not importable: cloudpickle sends it by value
    exec(compile(_CHECK_SOURCE, "<manimgen doctor>", "exec"), namespace)  # noqa: S102 - our own constant
    return namespace["manimgen_worker_check"]


def doctor_checks(address: str, timeout: float = CONNECT_TIMEOUT) -> list[tuple[str, bool, str]]:
    """(what, ok, detail) rows for `manimgen doctor --dask ADDRESS`: the scheduler, then each worker."""
    try:
        from distributed import Client
    except ImportError:
        return [("distributed installed", False, "pip install 'mkdocs-manimgen[dask]'")]
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as err:
        return [(f"Dask scheduler {address}", False, f"cannot connect: {err}")]
    ours = _versions()
    try:
        workers = sorted(client.scheduler_info().get("workers", {}))
        rows = [(f"Dask scheduler {address}", bool(workers), f"{len(workers)} worker(s)" if workers else
                 "no workers: start some with `dask worker ADDRESS`")]
        if not workers:
            return rows
        results = client.run(_check_function(), on_error="return")
        for worker in workers:
            result = results.get(worker)
            if not isinstance(result, dict):
                rows.append((f"{worker}", False, f"the check failed: {result!r}"))
                continue
            for what, (ok, detail) in result.items():
                if what in ours and ok and detail != ours[what]:
                    ok, detail = False, f"{detail}, but this machine has {ours[what]} (must be equal)"
                rows.append((f"{worker}: {what}", bool(ok), str(detail)))
        return rows
    finally:
        client.close()
