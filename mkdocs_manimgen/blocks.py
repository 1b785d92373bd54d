"""Fence text -> BlockSpec, with errors that name the page and line.

A block body is optional YAML options, a `---` line, then the concept (prose + LaTeX).
Without a `---` line the whole body is the concept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Protocol

import yaml

from .config import GENERATORS, parse_formats
from .errors import ManimGenError
from .model import Defaults, QUALITIES, BlockSpec

FENCE_NAME = "manimgen"
OPTIONS = ("title", "quality", "format", "generator", "code", "file", "scene", "model", "pdf", "revise", "step")

# the indent may hold blockquote markers: superfences takes fences inside `>` too
_OPEN = re.compile(r"^(?P<indent>[ \t>]*)(?P<fence>`{3,}|~{3,})[ \t]*\{?[ \t]*\.?" + FENCE_NAME + r"\b.*$")
_ANY_FENCE = re.compile(r"^(?P<indent>[ \t>]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")


@dataclass(frozen=True)
class FoundBlock:
    """A block located in a page's Markdown source."""

    line: int  # 1-based line of the opening fence
    body: str  # the fence content, dedented like superfences does


def find_blocks(markdown: str) -> list[FoundBlock]:
    """Locate every ```manimgen fence, also when indented in lists, admonitions, tabs and blockquotes."""
    lines = markdown.splitlines()
    found: list[FoundBlock] = []
    i = 0
    while i < len(lines):
        m = _ANY_FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, fence = m["indent"], m["fence"]
        close = re.compile(r"^[ \t>]*" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}[ \t]*$")
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not close.match(lines[j]):
            body.append(lines[j][len(indent):] if lines[j].startswith(indent) else lines[j].lstrip(" \t>"))
            j += 1
        # another language's fence is skipped whole: a ```manimgen inside it is an example, not a block
        if _OPEN.match(lines[i]):
            found.append(FoundBlock(line=i + 1, body="\n".join(body)))
        i = j + 1
    return found


class SceneSource(Protocol):
    """Reads `file:` scenes (site_files.SceneFiles: the build's MkDocs Files, then docs_dir).

    `read` returns None when no such file exists, and raises SceneOutside for a name that
    resolves outside the docs folder and the project folder."""

    def read(self, name: str, page: str) -> str | None: ...


class SceneOutside(ValueError):
    """A `file:` name that resolves (after `..` and symbolic links) outside the folders a site may read."""


def normalise_body(body: str) -> str:
    """The form used to match superfences' source back to a found block."""
    return "\n".join(line.rstrip() for line in body.strip("\n").splitlines()).strip()


def parse_block(body: str, *, page: str, line: int, defaults: Defaults, files: SceneSource) -> BlockSpec:
    """Turn one fence body into a BlockSpec, or raise ManimGenError naming page:line.

    `files` reads `file:` scenes (site_files.SceneFiles: the build's MkDocs Files, then docs_dir).
    """
    options, concept, concept_line = _split(body, page=page, line=line)

    def fail(message: str, hint: str, at: int | None = None) -> ManimGenError:
        return ManimGenError(message, location=f"{page}:{at or line}", hint=hint)

    key_lines = options.pop("__lines__", {})
    value_lines = options.pop("__value_lines__", {})
    for key in options:
        if key not in OPTIONS:
            raise fail(f"unknown option {key!r}", f"use one of: {', '.join(OPTIONS)}", key_lines.get(key))

    def opt(name: str, kinds: type | tuple[type, ...]) -> Any:
        value = options.get(name)
        if value is not None and not isinstance(value, kinds):
            raise fail(f"option {name!r} has the wrong type ({type(value).__name__})",
                       f"write `{name}:` as {getattr(kinds, '__name__', 'text')}", key_lines.get(name))
        return value

    quality = opt("quality", str) or defaults.quality
    if quality not in QUALITIES:
        raise fail(f"unknown quality {quality!r}", f"use one of: {', '.join(QUALITIES)}", key_lines.get("quality"))
    formats = defaults.formats
    if "format" in options:
        formats = parse_formats(options["format"], lambda msg: fail(msg, "e.g. `format: webm` or `format: [webm, mp4]`",
                                                                     key_lines.get("format")))
    generator = opt("generator", str) or defaults.generator
    if generator not in GENERATORS:
        raise fail(f"unknown generator {generator!r}", f"use one of: {', '.join(GENERATORS)}", key_lines.get("generator"))
    pdf = opt("pdf", bool)

    code = opt("code", str)
    file = opt("file", str)
    scene = opt("scene", str)
    code_origin = (page, value_lines["code"]) if code is not None and "code" in value_lines else None
    if code is not None and file is not None:
        raise fail("both `code:` and `file:` are set", "keep one of them", key_lines.get("file"))
    if file is not None:
        try:
            code = files.read(file, page)
        except SceneOutside as err:
            raise fail(str(err), "keep scene files inside docs_dir or the project folder and name them "
                       "relative to docs_dir, e.g. `file: scenes/intro.py`", key_lines.get("file")) from None
        if code is None:
            raise fail(f"scene file {file!r} not found among the site's files",
                       "give `file:` relative to docs_dir (or to the page's folder), e.g. `file: scenes/intro.py`",
                       key_lines.get("file"))
        code_origin = (file, 1)
        if scene is None:
            raise fail("`file:` needs `scene:`", "add `scene: ClassName` naming the Scene to render", key_lines.get("file"))
    if code is not None:
        generator = "code"
    elif not concept.strip():
        raise fail("the block has no concept to animate",
                   "write the concept in prose + LaTeX after the `---` line (or give `code:`/`file:`)", concept_line)

    revisions = parse_revisions(options.get("revise"), lambda msg: fail(
        msg, "write `revise:` as a list of requests, oldest first, e.g. `revise: [slower, label the angle]`",
        key_lines.get("revise")))
    if revisions and code is not None:
        raise fail("`revise:` asks a generator for changes, and `code:`/`file:` blocks have none",
                   "edit the scene code itself, or remove `revise:`", key_lines.get("revise"))
    title = opt("title", (str, int, float))
    return BlockSpec(
        page=page,
        line=line,
        concept=concept.strip(),
        title=str(title) if title is not None else None,
        quality=quality,
        formats=formats,
        generator=generator,
        code=code,
        scene=scene,
        model=opt("model", str),
        pdf=defaults.pdf if pdf is None else pdf,
        code_origin=code_origin,
        revisions=revisions,
        step=bool(opt("step", bool)),
    )


def parse_revisions(value: Any, fail: Callable[[str], Exception]) -> tuple[str, ...]:
    """`revise:` as requests, oldest first: one text, or a list of non-empty texts (numbers read as
    text), each on one line (the block's option and `manimgen render --revise`); raises `fail(message)`."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        raise fail(f"option 'revise' has the wrong type ({type(value).__name__})")
    out = []
    for n, item in enumerate(items, 1):
        if isinstance(item, bool) or not isinstance(item, (str, int, float)) or not str(item).strip():
            raise fail(f"request {n} of `revise:` is not a text ({item!r})")
        out.append(" ".join(str(item).split()))
    return tuple(out)


def _split(body: str, *, page: str, line: int) -> tuple[dict, str, int]:
    """Split the body at its first `---` line into (options, concept, concept's first line)."""
    lines = body.splitlines()
    try:
        sep = next(i for i, text in enumerate(lines) if text.strip() == "---")
    except StopIteration:
        return {}, body, line + 1
    head = "\n".join(lines[:sep])
    concept = "\n".join(lines[sep + 1:])
    first_body_line = line + 1  # the fence itself is `line`
    try:
        node = yaml.compose(head, Loader=yaml.SafeLoader)
        data = yaml.safe_load(head) if node is not None else {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        at = first_body_line + (mark.line if mark else 0)
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise ManimGenError(f"invalid YAML options: {problem}", location=f"{page}:{at}",
                            hint="options are `key: value` lines before the `---` line; quote values with `:` or `#`") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ManimGenError("the options before `---` are not `key: value` lines", location=f"{page}:{first_body_line}",
                            hint="write options as `key: value`, or remove the `---` line")
    pairs = node.value if node is not None else []
    data["__lines__"] = {k.value: first_body_line + k.start_mark.line for k, _ in pairs}
    # where each value's text starts: a `|`/`>` block scalar begins on the line after its indicator
    data["__value_lines__"] = {k.value: first_body_line + v.start_mark.line + int(getattr(v, "style", None) in ("|", ">"))
                               for k, v in pairs}
    return data, concept, first_body_line + sep + 1
