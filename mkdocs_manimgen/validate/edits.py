"""Text edits at AST positions: the machinery every fix-up collector shares.

Edits work on AST node positions, so text inside strings and comments is never touched by
accident; overlapping edits wait for the next pass.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass


@dataclass
class Edit:
    start: int  # character offsets into the code
    end: int
    text: str
    line: int
    note: str  # empty: part of a rewrite whose note another edit carries
    row: str = ""  # the id of the fix-up table row that made it


@dataclass(frozen=True)
class Change:
    """One applied rewrite, for logs and `manimgen fix`."""

    row: str  # fix-up table row id, e.g. "graphscene"
    line: int  # 1-based line in the code before this pass
    note: str  # "old → new (why)"

    def __str__(self) -> str:
        return f"line {self.line}: {self.note}"


class Source:
    """Maps AST (line, UTF-8 byte column) positions to offsets in the text."""

    def __init__(self, code: str):
        self.code = code
        self.lines = code.splitlines(keepends=True)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line))

    def pos(self, line: int, col: int) -> int:
        text = self.lines[line - 1] if line <= len(self.lines) else ""
        return self.starts[line - 1] + len(text.encode("utf-8")[:col].decode("utf-8", "ignore"))

    def span(self, node: ast.AST) -> tuple[int, int]:
        return self.pos(node.lineno, node.col_offset), self.pos(node.end_lineno, node.end_col_offset)

    def text(self, node: ast.AST) -> str:
        a, b = self.span(node)
        return self.code[a:b]

    def argument_span(self, node: ast.AST) -> tuple[int, int]:
        """The span that removes one argument of a call with its separating comma (and its line,
        when it stands alone on one): ``f(a, x_max=3)`` -> ``f(a)``."""
        a, b = self.span(node)
        code = self.code
        line_start = code.rfind("\n", 0, a) + 1
        own_line = re.match(r"[ \t]*,?[ \t]*\n", code[b:])
        before = code[:a].rstrip()
        if not code[line_start:a].strip() and own_line:  # "x_max=3," alone on its line
            return line_start, b + own_line.end()
        if before.endswith(","):  # remove ", x_max=3"
            return len(before) - 1, b
        if (after := re.match(r"\s*,\s*", code[b:])) is not None:  # first argument: "x_max=3, "
            return a, b + after.end()
        return a, b

    def whole_lines(self, node: ast.stmt) -> tuple[int, int] | None:
        """The span of the full lines a statement occupies, if nothing else shares them."""
        a, b = self.span(node)
        first = self.starts[node.lineno - 1]
        last = self.starts[node.end_lineno]
        rest = self.code[b:last].strip()
        if self.code[first:a].strip() or (rest and not rest.startswith("#")):
            return None
        return first, last


def apply(code: str, edits: list[Edit], changes: list[Change]) -> str:
    """Apply the non-overlapping edits (first come first) and record their notes."""
    chosen: list[Edit] = []
    last_end = -1
    for e in sorted(edits, key=lambda e: (e.start, -e.end)):
        if e.start >= last_end or (e.start == e.end == last_end):
            chosen.append(e)
            last_end = max(last_end, e.end)
    # an overlapped edit waits for the next pass; its note comes with it then
    changes.extend(Change(e.row, e.line, e.note) for e in chosen if e.note)
    for e in sorted(chosen, key=lambda e: (e.start, e.end), reverse=True):
        code = code[: e.start] + e.text + code[e.end :]
    return code


def func_name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def kw(call: ast.Call, name: str) -> ast.keyword | None:
    return next((k for k in call.keywords if k.arg == name), None)


def simple(node: ast.AST) -> bool:
    """Needs no parentheses as a receiver or after a unary minus."""
    return isinstance(node, (ast.Name, ast.Attribute, ast.Call, ast.Subscript, ast.Constant))


def stmt_lists(root: ast.AST) -> list[list[ast.stmt]]:
    out = []
    for node in ast.walk(root):
        for attr in ("body", "orelse", "finalbody"):
            body = getattr(node, attr, None)
            if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
                out.append(body)
        if isinstance(node, ast.Try):
            out.extend(h.body for h in node.handlers)
    return out


class Collector:
    """Gathers the edits of one pass over one parsed file."""

    def __init__(self, src: Source, tree: ast.Module):
        self.src = src
        self.tree = tree
        self.edits: list[Edit] = []
        self.done: set[int] = set()  # ids of nodes a rewrite already handled
        self.removed: dict[int, set[int]] = {}  # id(statement list) -> ids of removed statements
        self.own = {n.name for n in ast.walk(tree) if isinstance(n, (ast.ClassDef, ast.FunctionDef))}
        self.own |= {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}

    def add(self, node_or_span: ast.AST | tuple[int, int], text: str, note: str, line: int = 0, row: str = "") -> None:
        if isinstance(node_or_span, tuple):
            a, b = node_or_span
        else:
            a, b = self.src.span(node_or_span)
            line = line or node_or_span.lineno
        if line == 0:
            line = self.src.code.count("\n", 0, a) + 1
        self.edits.append(Edit(a, b, text, line, note, row))

    def remove(self, stmt: ast.stmt, body: list[ast.stmt], note: str, row: str = "") -> None:
        """Delete a statement's lines; the last statement of an emptied block becomes `pass`."""
        span = self.src.whole_lines(stmt)
        if span is None:
            return  # shares its line with other code: leave it
        gone = self.removed.setdefault(id(body), set())
        gone.add(id(stmt))
        if len(gone) == len(body) and body is not self.tree.body:
            self.add(stmt, "pass", note, row=row)
        else:
            self.add(span, "", note, stmt.lineno, row=row)
