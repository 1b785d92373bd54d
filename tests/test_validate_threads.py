"""AST work under the block threads: fix-ups and validation of many answers at once never fail spuriously.

CPython's AST converter keeps its recursion bookkeeping in one per-interpreter struct
(python/cpython#106905): two threads parsing at once, with a thread switch inside the
conversion, raise ``SystemError: AST constructor recursion depth mismatch``. A switch there
needs Python code to run mid-conversion (a garbage collection running ``__del__`` methods), so
the race is rare: the stress test runs many answers from 8 threads with thread switches as often
as CPython allows and compares every result with a one-thread run; the retry is tested directly.
"""

from __future__ import annotations

import ast
import gc
import sys
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
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


@contextmanager
def hostile_interpreter():
    """Switch threads as often as CPython allows and collect young garbage very often (a
    collection can run finalisers, i.e. Python code, in the middle of a parse)."""
    interval, thresholds = sys.getswitchinterval(), gc.get_threshold()
    sys.setswitchinterval(1e-6)
    gc.set_threshold(50, 1000, 1000)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)
        gc.set_threshold(*thresholds)


def test_many_answers_from_many_threads() -> None:
    scenes = [p.read_text(encoding="utf-8") for p in SCENES]
    assert len(scenes) >= 60
    codes = scenes
    expected = [_work(c) for c in codes]  # one thread, and every lazy import done
    rounds = 2
    with hostile_interpreter(), ThreadPoolExecutor(max_workers=8) as pool:
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
