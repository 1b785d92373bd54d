"""Hostile scene snippets, one complete Manim module per ``*.py`` file.

Each file starts with header comments::

    # expect: static    (the static validator must refuse it)  |  sandbox (only the render sandbox can stop it)
    # what: one line saying what it tries

The files are read as text only (``conftest.py`` keeps pytest from importing them).
Use ``from hostile import load_hostile`` (tests/ is on sys.path during the test run).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
_HEADER = re.compile(r"^#\s*(expect|what):\s*(.+?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class HostileCase:
    name: str  # file stem
    code: str
    expect: str  # "static" | "sandbox"
    what: str


def load_hostile() -> list[HostileCase]:
    cases = []
    for path in sorted(HERE.glob("*.py")):
        if path.name in ("__init__.py", "conftest.py"):
            continue
        code = path.read_text(encoding="utf-8")
        header = dict(_HEADER.findall(code))
        expect = header.get("expect", "")
        if expect not in ("static", "sandbox"):
            raise ValueError(f"{path.name}: header needs '# expect: static' or '# expect: sandbox'")
        cases.append(HostileCase(path.stem, code, expect, header.get("what", "")))
    return cases
