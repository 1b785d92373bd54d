"""The one home for parsing and unparsing scene code: safe under the build's block threads.

CPython keeps the AST converter's recursion-depth bookkeeping in one per-interpreter
struct, so two threads converting trees at once (``ast.parse``, ``ast.literal_eval``,
``compile`` of a tree) can trip ``SystemError: AST constructor recursion depth mismatch
(before=36, after=26)`` on perfectly good code (python/cpython#106905; seen here when four
answers arrived at once). Blocks parse, fix up, validate and diagnose scene code from many
threads, so every parse of scene code in the package goes through this module:

- calls are serialised by one process-wide lock (parsing a scene takes about a millisecond),
  which removes the race between our own threads;
- a parse that still raises that ``SystemError`` (another library parsing unlocked in a thread
  of its own) is retried once: the error says nothing about the code.

Errors: :func:`parse` raises what ``ast.parse`` raises for bad code (``SyntaxError``,
``ValueError`` for NUL bytes, ``RecursionError``/``MemoryError`` for absurd nesting); a
``SystemError`` only when the retry fails too. tests/test_validate_threads.py is the stress test.
"""

from __future__ import annotations

import ast
import threading
from typing import Any, Callable, TypeVar

_LOCK = threading.RLock()  # re-entrant: literal_eval inside a parse-holding caller is fine
_MISMATCH = "recursion depth mismatch"
T = TypeVar("T")

# What ast.parse raises for code that cannot become a tree (callers catch this tuple).
PARSE_ERRORS: tuple[type[BaseException], ...] = (SyntaxError, ValueError, RecursionError, MemoryError)


def _guarded(fn: Callable[..., T], *args: Any) -> T:
    with _LOCK:
        try:
            return fn(*args)
        except SystemError as err:
            if _MISMATCH not in str(err):
                raise
            return fn(*args)  # the bookkeeping is reset on every call: once more is enough


def parse(code: str, filename: str = "<scene>") -> ast.Module:
    """``ast.parse(code)``, serialised and retried once on CPython's spurious ``SystemError``."""
    return _guarded(ast.parse, code, filename)


def parse_or_none(code: str) -> ast.Module | None:
    """The tree, or None for code that does not parse (any of :data:`PARSE_ERRORS`)."""
    try:
        return parse(code)
    except PARSE_ERRORS:
        return None


def unparse(tree: ast.AST) -> str:
    """``ast.unparse(tree)`` under the same lock (it is pure Python; kept here so rewrites have one home)."""
    with _LOCK:
        return ast.unparse(tree)


def literal_eval(text: str) -> Any:
    """``ast.literal_eval(text)`` (it parses): serialised and retried like :func:`parse`."""
    return _guarded(ast.literal_eval, text)
