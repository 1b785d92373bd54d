"""Colour names Manim CE does not define (``CYAN``, ``LIGHT_BLUE``, ``"magenta"``) → the nearest one it does.

"Nearest" is the smallest CIE 1976 colour difference ΔE*ab (Euclidean distance in CIELAB,
CIE 15:2004 §8.2.1) from sRGB (IEC 61966-2-1) under D65, between the CSS colour of the
name (CSS Color Module Level 4 §6.1, as Pillow's ``ImageColor.colormap`` lists it) and every
colour ``from manim import *`` exports.
"""

from __future__ import annotations

import ast
import importlib.util
from functools import lru_cache
from pathlib import Path

from . import pyast

_COLOUR_KWS = {"color", "fill_color", "stroke_color", "background_color", "background_stroke_color"}
_COLOUR_CALLS = {"set_color", "set_fill", "set_stroke", "set_background_stroke", "ManimColor"}


@lru_cache(maxsize=1)
def _css() -> dict[str, str]:
    from PIL import ImageColor

    return dict(ImageColor.colormap)


@lru_cache(maxsize=1)
def manim_colours() -> dict[str, str]:
    """NAME -> '#RRGGBB' for every colour constant ``from manim import *`` gives.

    Read from the installed manim's ``utils/color/manim_colors.py`` (``NAME = ManimColor("#hex")``
    and aliases) without importing manim, which takes seconds; a test compares it with the import."""
    spec = importlib.util.find_spec("manim")
    if spec is None or spec.origin is None:
        return {}
    tree = pyast.parse((Path(spec.origin).parent / "utils" / "color" / "manim_colors.py").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for n in tree.body:
        if not (isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)):
            continue
        v = n.value
        if (isinstance(v, ast.Call) and isinstance(v.func, ast.Name) and v.func.id == "ManimColor" and v.args
                and isinstance(v.args[0], ast.Constant) and isinstance(v.args[0].value, str)):
            out[n.targets[0].id] = v.args[0].value.upper()
        elif isinstance(v, ast.Name) and v.id in out:
            out[n.targets[0].id] = out[v.id]
    return out


def _lab(hex_colour: str) -> tuple[float, float, float]:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    x = (0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]) / 0.95047
    y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    z = (0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]) / 1.08883
    f = [t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


@lru_cache(maxsize=256)
def nearest_manim_colour(hex_colour: str) -> str:
    """The name of the Manim colour closest to ``hex_colour`` ('#RRGGBB') by ΔE*ab."""
    target = _lab(hex_colour)
    return min(sorted(manim_colours().items()),
               key=lambda item: sum((a - b) ** 2 for a, b in zip(_lab(item[1]), target)))[0]


def css_hex(name: str) -> str | None:
    """The CSS colour of ``CYAN`` / ``LIGHT_BLUE`` / ``"light blue"``, or None."""
    value = _css().get(name.lower().replace("_", "").replace(" ", ""))
    return value.upper() if isinstance(value, str) and value.startswith("#") else None


def unknown_name(name: str) -> str | None:
    """For a bare ``CYAN``: the Manim colour to use instead, or None when Manim has the name (or it is no colour)."""
    if not name.isupper() or css_hex(name) is None or name in manim_colours():
        return None
    return nearest_manim_colour(css_hex(name))


def unknown_string(text: str) -> str | None:
    """For a colour string ``"cyan"``: the Manim colour name to use, or None when ManimColor takes it."""
    if text.startswith("#") or css_hex(text) is None or text.upper().replace(" ", "_") in manim_colours():
        return None
    return nearest_manim_colour(css_hex(text))


def colour_nodes(tree: ast.Module, own: set[str]) -> list[tuple[ast.AST, str, str]]:
    """(node, replacement text, note) for every unknown colour name or colour string."""
    star = any(isinstance(n, ast.ImportFrom) and n.module == "manim" and any(a.name == "*" for a in n.names)
               for n in ast.walk(tree))
    out: list[tuple[ast.AST, str, str]] = []
    for node in ast.walk(tree):
        if (star and isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id not in own
                and node.id.isupper() and css_hex(node.id) and (new := unknown_name(node.id))):
            out.append((node, new, f"{node.id} → {new} (the nearest Manim colour; Manim CE has no {node.id})"))
        elif isinstance(node, ast.Call):
            f = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            values = [k.value for k in node.keywords if k.arg in _COLOUR_KWS]
            if f in _COLOUR_CALLS and node.args:
                values.append(node.args[0])
            for v in values:
                if (isinstance(v, ast.Constant) and isinstance(v.value, str) and css_hex(v.value)
                        and (new := unknown_string(v.value))):
                    out.append((v, repr(new), f"{v.value!r} → {new!r} (the nearest Manim colour; "
                                              "ManimColor does not know CSS names)"))
    return out
