"""What the installed Manim accepts, for fix-ups that must not guess: keywords per class, module names.

- :func:`keywords`: class name -> the keyword arguments its constructor takes, read with
  ``inspect`` from the real signatures along the MRO (a class's ``**kwargs`` go to the next
  ``__init__``; a keyword a class passes to ``super().__init__`` itself is not the caller's to
  give: ``Sector(outer_radius=...)`` fails although ``AnnularSector`` has it). Building it imports
  Manim (seconds), so it is stored in ``manim_api.json`` for the pinned Manim version and only
  used when that version is installed; ``python -m mkdocs_manimgen.validate.manim_api`` rewrites
  it and tests/test_validate_package.py checks it matches a fresh build.
- :func:`module_names`: the top-level names a module of the installed Manim defines, read from
  its source (no import); None for a module that does not exist.
"""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import inspect
import json
import textwrap
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import pyast

DATA = Path(__file__).with_name("manim_api.json")


def build() -> dict[str, Any]:
    """{"version": manim's version, "keywords": {class: [keyword, ...]}} from the installed Manim."""
    import manim

    keywords: dict[str, list[str]] = {}
    for name in sorted(dir(manim)):
        obj = getattr(manim, name)
        if name.startswith("_") or not isinstance(obj, type) or not issubclass(obj, (manim.Mobject, manim.Animation)):
            continue
        accepted = _accepted(obj)
        if accepted is not None:
            keywords[name] = sorted(accepted)
    return {"version": manim.__version__, "keywords": keywords}


def _accepted(cls: type) -> set[str] | None:
    """The keywords ``cls(...)`` takes; None when a ``**kwargs`` leaves the MRO's ``__init__``s."""
    out: set[str] = set()
    taken: set[str] = set()  # passed to super().__init__ by a subclass: no longer the caller's
    for klass in cls.__mro__:
        init = klass.__dict__.get("__init__")
        if init is None:
            continue
        try:
            params = inspect.signature(init).parameters.values()
        except (TypeError, ValueError):
            return None
        read, passed, onward = _kwargs_use(init)
        out |= ({p.name for p in params if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)} - taken - {"self"}) | read
        if not any(p.kind is p.VAR_KEYWORD for p in params):
            return out
        if not onward:  # **kwargs go elsewhere too (TransformMatchingShapes -> Transform), or nowhere
            return None
        taken |= passed - read
    return None


def _kwargs_use(init: Any) -> tuple[set[str], set[str], bool]:
    """Keywords an ``__init__`` reads from its ``**kwargs`` (``kwargs.pop("tip_shape", ...)``,
    ``kwargs["x"]``, ``"x" in kwargs``), those it passes to ``super().__init__`` by name, and whether
    its ``**kwargs`` go on to an ``__init__`` and nowhere else."""
    try:
        tree = pyast.parse(textwrap.dedent(inspect.getsource(init)))
    except (OSError, TypeError, *pyast.PARSE_ERRORS):
        return set(), set(), False
    read: set[str] = set()
    passed: set[str] = set()
    to_init = to_other = False
    for n in ast.walk(tree):
        if isinstance(n, ast.Call) and any(k.arg is None and isinstance(k.value, ast.Name) and k.value.id == "kwargs"
                                           for k in n.keywords):
            if isinstance(n.func, ast.Attribute) and n.func.attr == "__init__":
                to_init = True
            else:
                to_other = True
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute):
            if n.func.attr == "__init__":
                passed |= {k.arg for k in n.keywords if k.arg}
            elif (n.func.attr in ("pop", "get", "setdefault") and isinstance(n.func.value, ast.Name)
                  and n.func.value.id == "kwargs" and n.args and isinstance(n.args[0], ast.Constant)):
                read.add(str(n.args[0].value))
        elif (isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id == "kwargs"
              and isinstance(n.slice, ast.Constant)):
            read.add(str(n.slice.value))
        elif (isinstance(n, ast.Compare) and isinstance(n.left, ast.Constant) and isinstance(n.ops[0], ast.In)
              and isinstance(n.comparators[0], ast.Name) and n.comparators[0].id == "kwargs"):
            read.add(str(n.left.value))
    return read, passed, to_init and not to_other


@lru_cache(maxsize=1)
def keywords() -> dict[str, frozenset[str]]:
    """class name -> accepted keywords; empty when the installed Manim is not the one the table is for."""
    try:
        data = json.loads(DATA.read_text(encoding="utf-8"))
        installed = importlib.metadata.version("manim")
    except (OSError, ValueError, importlib.metadata.PackageNotFoundError):
        return {}
    if data.get("version") != installed:
        return {}
    return {name: frozenset(kws) for name, kws in data["keywords"].items()}


@lru_cache(maxsize=256)
def module_names(module: str) -> frozenset[str] | None:
    """Names defined at the top of ``module`` (``manim.mobject.geometry.arc``), read from its source;
    None when the installed Manim has no such module. A star import makes the answer unknown: it
    then holds ``"*"``."""
    spec = importlib.util.find_spec("manim")
    if spec is None or spec.origin is None or module.split(".")[0] != "manim":
        return frozenset({"*"})
    base = Path(spec.origin).parent.joinpath(*module.split(".")[1:])
    path = next((p for p in (base.with_suffix(".py"), base / "__init__.py") if p.is_file()), None)
    if path is None:
        return None
    tree = pyast.parse_or_none(path.read_text(encoding="utf-8"))
    if tree is None:
        return frozenset({"*"})
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= {(al.asname or al.name).split(".")[0] for al in node.names}
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    if path.name == "__init__.py":  # a package's submodules can be imported from it
        names |= {p.stem for p in path.parent.iterdir() if p.suffix == ".py" or (p / "__init__.py").is_file()}
    return frozenset(names)


if __name__ == "__main__":
    DATA.write_text(json.dumps(build(), indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {DATA}")
