"""The colour schemes a site's figures come in: which ones, their backgrounds, their files' names.

A site pays for the schemes it shows: `schemes:` in the plugin config (auto: from Material's
`theme.palette`). How a rendition is made from the one drawing is scheme_map.py's business.
Pure Python: the build's own process imports this (no numpy, no Manim).
"""

from __future__ import annotations

# The page backgrounds of Material for MkDocs (its `--md-default-bg-color`): `default` is white,
# `slate` is hsl(232, 15%, 14%) (Material's palette/_scheme.scss). A plain theme gets the same.
BACKGROUNDS: dict[str, str] = {"light": "#FFFFFF", "dark": "#1E2029"}
SCHEMES = tuple(BACKGROUNDS)
OPTION_VALUES = ("auto", "light", "dark", "both")
# Bump when scheme_map.py's transform changes what a rendition looks like: it is in every EncodePlan,
# so in the render cache key (2: colour to alpha before the flip).
TRANSFORM_VERSION = "2"


def parse(value: object) -> tuple[str, ...]:
    """A resolved `schemes` option ('light', 'dark', 'both' or a list) -> the schemes, primary first."""
    if value == "both":
        return ("light", "dark")
    items = [value] if isinstance(value, str) else list(value or ())  # type: ignore[arg-type]
    out = tuple(s for s in items if s in SCHEMES)
    return out or ("light",)


def resolve(option: str, theme: object | None) -> tuple[str, ...]:
    """The schemes a site pays for. `auto` follows Material's `theme.palette`: a toggle (two or
    more palettes) gives both, the first palette's scheme first; one palette gives its own
    (`slate` is dark, anything else light); another theme gets light."""
    if option != "auto":
        return parse(option)
    name = getattr(theme, "name", None) if theme is not None else None
    palette = theme.get("palette") if theme is not None and hasattr(theme, "get") else None
    if name != "material" or not palette:
        return ("light",)
    entries = palette if isinstance(palette, list) else [palette]
    found: list[str] = []
    for entry in entries:
        scheme = "dark" if isinstance(entry, dict) and entry.get("scheme") == "slate" else "light"
        if scheme not in found:
            found.append(scheme)
    return tuple(found) or ("light",)


def tag(scheme: str, primary: str) -> str:
    """What names an output of a scheme: nothing for the primary scheme, `@dark` for another
    (`webm@dark` in RenderedMedia.files, `video@dark.webm` in the render's out/)."""
    return "" if scheme == primary else f"@{scheme}"


def renditions(files: dict[str, str], poster: str, primary: str) -> dict[str, dict[str, str]]:
    """scheme -> {format or 'poster' -> file name}, from RenderedMedia's flat `files` and `poster`."""
    out: dict[str, dict[str, str]] = {primary: {"poster": poster}}
    for key, name in files.items():
        fmt, _, scheme = key.partition("@")
        out.setdefault(scheme or primary, {})[fmt] = name
    return out
