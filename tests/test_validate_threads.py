"""AST work under the block threads: fix-ups and validation of many answers at once never fail spuriously.

CPython's AST converter keeps its recursion bookkeeping in one per-interpreter struct
(python/cpython#106905): two threads parsing at once, with a thread switch inside the
conversion, raise ``SystemError: AST constructor recursion depth mismatch``. A thread switch
there needs Python code to run mid-conversion; a garbage collection that runs ``__del__``
methods does that, so the stress test keeps a thread making such garbage, collects often and
switches threads as often as CPython allows. On the code before validate/pyast.py it fails
within a few hundred parses.
"""

from __future__ import annotations

import ast
import gc
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from mkdocs_manimgen.generate.answer_parser import parse_answer
from mkdocs_manimgen.render.play_watch import static_findings
from mkdocs_manimgen.validate import pyast, validate_code
from mkdocs_manimgen.validate.fixups import fixup_changes

DATA = Path(__file__).parent / "data"
SCENES = sorted((DATA / "broken_scenes").glob("*.py")) + sorted((DATA / "old_scenes").glob("*.py"))


def _answer(code: str) -> str:
    # no storyboard: the parser reads the beats from the code's play calls (one more parse)
    return f"## Scene code\n```python\n{code}```\n\n## Study notes\nNotes.\n"


def _work(code: str) -> tuple:
    """What a block thread does with a model's answer: parse it, fix it up, validate it."""
    draft = parse_answer(_answer(code), concept="A concept.")
    fixed, changes = fixup_changes(draft.code)
    report = validate_code(fixed)
    return (draft.scene_name, tuple(draft.storyboard), fixed, tuple(changes), report.scene_name,
            tuple(report.findings), tuple(static_findings(fixed)))


class _Finalised:
    """Garbage whose collection runs Python code, so a thread switch can land inside a parse."""

    def __del__(self) -> None:
        time.sleep(0)  # hands the GIL to another thread, as any finaliser doing I/O would


def _churn(stop: threading.Event) -> None:
    while not stop.is_set():
        for _ in range(2000):
            obj = _Finalised()
            obj.me = obj  # a cycle: only the collector frees it


@pytest.fixture
def hostile_interpreter():
    """Collect garbage very often and switch threads as often as possible, with finalisers to run."""
    interval, thresholds = sys.getswitchinterval(), gc.get_threshold()
    stop = threading.Event()
    churner = threading.Thread(target=_churn, args=(stop,), daemon=True)
    sys.setswitchinterval(1e-6)
    gc.set_threshold(50, 1, 1)
    churner.start()
    try:
        yield
    finally:
        stop.set()
        churner.join()
        sys.setswitchinterval(interval)
        gc.set_threshold(*thresholds)


def test_many_answers_from_many_threads(hostile_interpreter) -> None:
    scenes = [p.read_text(encoding="utf-8") for p in SCENES]
    assert len(scenes) >= 37
    codes = scenes
    expected = [_work(c) for c in codes]
    rounds = 4
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(_outcome, codes * rounds))
    wrong = [f"answer {i % len(codes)}: {g if isinstance(g, str) else 'a different result'}"
             for i, g in enumerate(got) if g != expected[i % len(codes)]]
    assert not wrong, f"{len(wrong)} of {len(got)} differ from the one-thread run: {wrong[:5]}"


def _outcome(code: str) -> tuple | str:
    try:
        return _work(code)
    except Exception as err:  # noqa: BLE001 - reported as the test's failure, compactly
        return f"{type(err).__name__}: {err}"


def test_a_foreign_parse_mismatch_is_retried_once(monkeypatch) -> None:
    """Another library's unlocked parse can still trip the bookkeeping: one retry, then the real tree."""
    real = ast.parse
    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise SystemError("AST constructor recursion depth mismatch (before=36, after=26)")
        return real(*args, **kwargs)

    monkeypatch.setattr(ast, "parse", flaky)
    tree = pyast.parse("x = 1\n")
    assert isinstance(tree.body[0], ast.Assign) and len(calls) == 2
    # a different SystemError, or a second mismatch in a row, is not hidden
    calls.clear()
    monkeypatch.setattr(ast, "parse", lambda *a, **k: (_ for _ in ()).throw(SystemError("other")))
    with pytest.raises(SystemError, match="other"):
        pyast.parse("x = 1\n")


def test_no_scene_code_is_parsed_outside_pyast() -> None:
    """One home: the package parses scene code only through validate/pyast.py."""
    root = Path(__file__).resolve().parent.parent / "mkdocs_manimgen"
    offenders = []
    for path in root.rglob("*.py"):
        if path.name == "pyast.py":
            continue
        text = path.read_text(encoding="utf-8")
        for needle in ("ast.parse(", "ast.unparse(", "ast.literal_eval("):
            offenders += [f"{path.relative_to(root)}: {needle}" for line in text.splitlines()
                          if needle in line and "pyast." + needle.split(".")[1] not in line]
    assert offenders == []
