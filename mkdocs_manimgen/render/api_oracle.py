"""Facts from the installed Manim for a failed scene, so a repair targets this version's API.

A `TypeError` about a call's arguments gets the real signature of the Manim callable on the
failing line (`inspect.signature`); an `AttributeError` on a Manim object gets its nearest
real attribute names; a `NameError` gets the nearest names `manim` exports and, for a name
that was removed or renamed, its replacement from the fix-up table. Render child only: it
imports Manim and looks at the failing frame's variables.
"""

from __future__ import annotations

import ast
import difflib
import inspect
import re
from types import FrameType
from typing import Any

from ..validate import pyast

MAX_SIGNATURE = 400  # characters: Manim's longest signatures run to thousands
_KEYWORD = re.compile(r"unexpected keyword argument '(\w+)'|missing \d+ required .*argument|takes .* positional")


def replacement_for(name: str) -> str | None:
    """The fix-up table's replacement for a removed Manim name (GraphScene, ShowCreation, …), if any."""
    from ..validate.fixups import replacement_for as lookup

    return lookup(name)


def facts(err: BaseException, frame: FrameType | None, code: str, line: int | None) -> list[str]:
    """Sentences for the report; `frame`/`line`: the scene's innermost frame and its line, if any."""
    try:
        if isinstance(err, UnboundLocalError) and line:
            return _assigned_later(_quoted(str(err)), code, line)
        if isinstance(err, NameError):
            return _assigned_later(getattr(err, "name", None) or _quoted(str(err)), code, line) or \
                _name_facts(getattr(err, "name", None) or _quoted(str(err)))
        if isinstance(err, NotImplementedError) and frame is not None and line:
            return _transform_facts(frame, code, line)
        if isinstance(err, AttributeError):
            return _attribute_facts(getattr(err, "obj", None), getattr(err, "name", None))
        if isinstance(err, TypeError) and _KEYWORD.search(str(err)) and frame is not None and line:
            return _signature_facts(err, frame, code, line)
    except Exception:  # noqa: BLE001 - the oracle only adds to a report; it must never replace it
        return []
    return []


def _name_facts(name: str | None) -> list[str]:
    if not name:
        return []
    import manim

    out = []
    new = replacement_for(name)
    if new:
        out.append(f"`{name}` is not in Manim Community Edition {manim.__version__}: use {new}")
    close = difflib.get_close_matches(name, [n for n in dir(manim) if not n.startswith("_")], n=5, cutoff=0.6)
    if close:
        out.append(f"names `manim` exports that are close to `{name}`: {', '.join(close)}")
    return out


def _assigned_later(name: str | None, code: str, line: int | None) -> list[str]:
    """A name the scene uses on `line` but assigns only further down (the model reordered its lines)."""
    tree = pyast.parse_or_none(code)
    if not name or not line or tree is None:
        return []
    later = sorted(n.lineno for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id == name
                   and isinstance(n.ctx, ast.Store) and n.lineno > line)
    if not later:
        return []
    return [f"`{name}` is used on line {line} but first assigned on line {later[0]}: create it before it is used "
            f"(move line {later[0]} above line {line})"]


_MORPHS = {"Transform", "ReplacementTransform", "TransformFromCopy", "ClockwiseTransform",
           "CounterclockwiseTransform", "CyclicReplace", "Swap", "FadeTransformPieces"}


def _transform_facts(frame: FrameType, code: str, line: int) -> list[str]:
    """A Transform of a mobject without points (ImageMobject, Group…): Manim cannot morph it."""
    import manim

    out = []
    for call in _calls_on_line(code, line):
        name = call.func.id if isinstance(call.func, ast.Name) else ""
        if name not in _MORPHS or len(call.args) < 2:
            continue
        for arg in call.args[:2]:
            value = _resolve(arg, frame)
            if value is not None and isinstance(value, manim.Mobject) and not isinstance(value, manim.VMobject):
                a, b = pyast.unparse(call.args[0]), pyast.unparse(call.args[1])
                kind = type(value).__name__
                out.append(f"{name} morphs one shape's outline into another's; `{pyast.unparse(arg)}` is "
                           f"{'an' if kind[0] in 'AEIOU' else 'a'} {kind}, which has no outline to morph: use FadeOut({a}) with FadeIn({b}) "
                           f"instead (in one self.play to cross-fade)")
                break
    return out


def _attribute_facts(obj: Any, name: str | None) -> list[str]:
    if obj is None or not name or not _is_manim(obj if isinstance(obj, type) else type(obj)):
        return []
    kind = obj.__name__ if isinstance(obj, type) else type(obj).__name__
    names = [n for n in dir(obj) if not n.startswith("_")]
    close = difflib.get_close_matches(name, names, n=6, cutoff=0.55)
    lowered = [n for n in names if name.lower() in n.lower() and n not in close][:4]
    found = close + lowered
    new = replacement_for(name)
    out = [f"`{name}` was renamed: use {new}"] if new else []
    if not found:
        return out + [f"{kind} has no attribute `{name}` in this Manim version"]
    return out + [f"{kind} has no `{name}`; its closest attributes: {', '.join(found)}"]


def _signature_facts(err: TypeError, frame: FrameType, code: str, line: int) -> list[str]:
    keyword = next((m.group(1) for m in _KEYWORD.finditer(str(err)) if m.group(1)), None)
    calls = _calls_on_line(code, line)
    if keyword:  # the call that passed the refused keyword, if one did
        calls = [c for c in calls if any(k.arg == keyword for k in c.keywords)] or calls
    elif "__getattr__.<locals>" in str(err):  # a get_x/set_x that Mobject answered with a generic accessor
        calls = [c for c in calls if isinstance(c.func, ast.Attribute) and c.func.attr[:4] in ("get_", "set_")] or calls
    out = []
    for call in calls[:2]:
        target = _resolve(call.func, frame)
        if target is None or not callable(target) or not _is_manim(target):
            continue
        name = _qualname(target)
        if "__getattr__.<locals>" in name and isinstance(call.func, ast.Attribute):
            # Mobject.__getattr__ answers any get_x/set_x with a generic getter/setter: not a real method
            base = _resolve(call.func.value, frame)
            out += [f"`{call.func.attr}` is not a method of {type(base).__name__}: Mobject turns unknown "
                    "get_…/set_… names into plain attribute getters/setters"] + _attribute_facts(base, call.func.attr)
            continue
        try:
            signature = str(inspect.signature(target))
        except (TypeError, ValueError):
            continue
        if len(signature) > MAX_SIGNATURE:
            signature = signature[:MAX_SIGNATURE] + "…)"
        out.append(f"the real signature: {name}{signature}")
        if keyword:
            params = inspect.signature(target).parameters
            close = difflib.get_close_matches(keyword, list(params), n=3, cutoff=0.5)
            if keyword not in params and close:
                out.append(f"`{keyword}` is not a parameter of {name}; close ones: {', '.join(close)}")
    return out


def _calls_on_line(code: str, line: int) -> list[ast.Call]:
    """The calls that span `line`, innermost first (`self.play(Create(x, bad=1))` -> Create, play)."""
    try:
        tree = pyast.parse(code)
    except SyntaxError:
        return []
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and n.lineno <= line <= (n.end_lineno or n.lineno)]
    return sorted(calls, key=lambda c: ((c.end_lineno or c.lineno) - c.lineno, (c.end_col_offset or 0) - c.col_offset))


def _resolve(node: ast.AST, frame: FrameType) -> Any:
    """`Name` or `a.b.c` evaluated from the frame's variables, without running any call."""
    if isinstance(node, ast.Name):
        scopes = (frame.f_locals, frame.f_globals, frame.f_builtins)
        return next((s[node.id] for s in scopes if node.id in s), None)
    if isinstance(node, ast.Attribute):
        base = _resolve(node.value, frame)
        if base is None:
            return None
        try:
            return inspect.getattr_static(base, node.attr) if isinstance(base, type) else getattr(base, node.attr)
        except AttributeError:
            return None
    return None


def _is_manim(obj: Any) -> bool:
    module = getattr(obj, "__module__", "") or ""
    return module == "manim" or module.startswith("manim.")


def _qualname(obj: Any) -> str:
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", "?")
    return name.replace(".__init__", "")


def _quoted(text: str) -> str | None:
    m = re.search(r"'(\w+)'", text)
    return m.group(1) if m else None
