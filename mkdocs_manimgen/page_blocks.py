"""The site's blocks: started early from the pages' text, matched to the fences superfences hands over.

The early scan (`scan`, from `on_nav`) is what makes a build parallel: every block starts before
the first page is converted. It reads each page as Markdown's preprocessors before superfences
leave it (pymdownx.snippets inlined and `auto_append`ed, tabs expanded). But the fence superfences
hands over is the truth (`take`): another plugin may have changed it (macros), or it may be
converted for another page (a blog excerpt on the index). It is parsed again and matched to a
started job by its content key (`cache.block_key`, page and line left out), so it renders once
whatever changed its text, and it is given its real `page.md:line`: the scanned block of that
text, its line in the page's Markdown as `on_page_markdown` left it, its snippet's own file and
line, or (an excerpt) the page it was written on.
"""

from __future__ import annotations

import hashlib
import json
import os
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from mkdocs.structure.files import Files
from mkdocs.utils.meta import get_data

from .blocks import _split, find_blocks, normalise_body
from .errors import ManimGenError
from .model import BlockSpec
from .site_files import SceneFiles, fence_line, markdown_files, snippet_location

MANIFEST_DIR = "sites"  # in the cache folder: the blocks each built site shows, for `cache prune --site`


@dataclass
class Taken:
    """A fence as the page shows it: its spec and running job, or the error to show instead."""

    location: str
    spec: BlockSpec | None = None
    future: Future | None = None
    error: ManimGenError | None = None


@dataclass
class Shown:
    """A block a built page shows, with the digest of that page's source when it was built."""

    spec: BlockSpec
    page: str
    digest: str | None  # None: the page has no source file (generated)


@dataclass
class _Scanned:
    body: str  # normalised, to recognise the same text again
    page: str
    line: int


@dataclass
class PageBlocks:
    """One build's blocks. `parse` is Build.parse; `submit` starts a spec's job (Build.submit: one
    job per content key, so a fence and the scanned copy of its text share one render)."""

    parse: Callable[..., BlockSpec]
    submit: Callable[[BlockSpec], Future]
    scene_files: SceneFiles
    snippet_paths: list[str] = field(default_factory=list)  # pymdownx.snippets' base_path
    root: Path = Path(".")  # the project folder (snippet files are named relative to it)
    scanned: dict[str, list[_Scanned]] = field(default_factory=dict)  # page src_uri -> its blocks, in order
    shown: dict[str, Shown] = field(default_factory=dict)  # location -> every block a page shows
    _page: str | None = None
    _markdown: str = ""
    _used: dict[str, list[int]] = field(default_factory=dict)  # page -> lines already given to a fence
    _digests: dict[str, str | None] = field(default_factory=dict)  # page -> its source's digest
    _snippets: dict[str, str | None] = field(default_factory=dict)  # block body -> its snippet's location
    _front: dict[str, int] = field(default_factory=dict)  # page -> lines of front matter MkDocs strips
    started: list[tuple[str, Future]] = field(default_factory=list)  # (page.md:line, job) of every scanned block

    # -- early: start every block ---------------------------------------------------------
    def scan(self, pages: Iterable[PageSource], extensions: list, mdx_configs: dict, *,
             skip_templated: bool = False) -> list[Future]:
        """Start the jobs of every block found in the site's pages; returns their futures.

        `extensions`/`mdx_configs`: the site's Markdown extensions (their preprocessors before
        superfences, e.g. pymdownx.snippets, show what superfences will see).
        `skip_templated`: leave blocks with `{{`/`{%` to the fence (mkdocs-macros will change them,
        so the scanned text would be rendered for nothing).
        """
        expand = _preprocessor(extensions, mdx_configs)
        futures: dict[int, Future] = {}
        for page in pages:
            source = page.text
            self._digests[page.src_uri] = source_digest(source) if page.has_source else None
            self._front[page.src_uri] = source.count("\n") - get_data(source)[0].count("\n")
            for found in find_blocks(source):  # as written: these give the page's lines
                self.scanned.setdefault(page.src_uri, []).append(
                    _Scanned(normalise_body(found.body), page.src_uri, found.line))
            for found in find_blocks(expand(source)):  # as superfences will see it: these start jobs
                if skip_templated and ("{{" in found.body or "{%" in found.body):
                    continue
                try:
                    spec = self.parse(found.body, page=page.src_uri, line=found.line, files=self.scene_files)
                except ManimGenError:
                    continue  # the fence reports it, at its own line
                future = self.submit(spec)
                futures[id(future)] = future
                self.started.append((f"{page.src_uri}:{found.line}", future))
        return list(futures.values())

    # -- per page ---------------------------------------------------------------------------------
    def page_markdown(self, src_uri: str, markdown: str) -> None:
        """The page superfences converts next, as `on_page_markdown` (late) left its Markdown."""
        self._page, self._markdown = src_uri, markdown
        self._used[src_uri] = []

    def take(self, source: str) -> Taken:
        """The fence superfences handed over: its located spec and job (or its error)."""
        page, line = self.locate(source)
        location = f"{page}:{line}"
        try:
            spec = self.parse(source, page=page, line=line, files=self.scene_files)
        except ManimGenError as err:
            return Taken(location, error=err)
        page_now = self._page or "?"
        self.shown[location] = Shown(spec, page_now, self._digests.get(page_now))
        return Taken(location, spec=spec, future=self.submit(spec))

    def locate(self, source: str) -> tuple[str, int]:
        """(page or snippet file, 1-based line) of a fence; line 0 only when nothing names it."""
        page = self._page or "?"
        body = normalise_body(source)
        used = self._used.setdefault(page, [])
        for block in self.scanned.get(page, []):
            if block.body == body and block.line not in used:
                used.append(block.line)
                return page, block.line
        line = fence_line(source, self._markdown, after=max(used, default=0))
        if line is None and used:
            line = fence_line(source, self._markdown)
        if line is not None:
            used.append(line)
            return page, line + self._front.get(page, 0)  # the page's Markdown has no front matter
        for blocks in self.scanned.values():  # converted for another page: a blog excerpt, say
            for block in blocks:
                if block.body == body:
                    return block.page, block.line
        if body not in self._snippets:  # auto_append puts the same snippet on every page: search once
            self._snippets[body] = snippet_location(source, self.snippet_paths, self.root)
        found = self._snippets[body]
        if found is not None:
            name, _, at = found.rpartition(":")
            return name, int(at)
        return page, 0

    # -- serve --dirty: a page whose `file:` scene changed is rebuilt too -------------------------------
    def mark_stale_pages(self, files: Files) -> list[str]:
        """Pages with a `file:` scene newer than the page's built HTML; MkDocs then rebuilds them
        under `--dirty` (which otherwise compares the page's own source only). Returns their src_uris."""
        stale = []
        for src_uri, blocks in self.scanned.items():
            file = files.get_file_from_path(src_uri)
            if file is None or file.abs_src_path is None or not os.path.isfile(file.abs_dest_path):
                continue
            built = os.path.getmtime(file.abs_dest_path)
            if any(self._scene_mtime(src_uri, name) > built for name in self._scene_names(file)):
                file.content_string = file.content_string  # in memory: MkDocs' is_modified() is now True
                stale.append(src_uri)
        return stale

    def _scene_names(self, file) -> list[str]:
        names = []
        for found in find_blocks(file.content_string):
            try:
                options = _split(found.body, page=file.src_uri, line=found.line)[0]
            except ManimGenError:
                continue
            if isinstance(options.get("file"), str):
                names.append(options["file"])
        return names

    def _scene_mtime(self, page: str, name: str) -> float:
        for uri in self.scene_files.candidates(name, page):
            file = self.scene_files.files.get_file_from_path(uri) if self.scene_files.files else None
            path = file.abs_src_path if file is not None else str(Path(self.scene_files.docs_dir) / uri)
            if path and os.path.isfile(path):
                return os.path.getmtime(path)
        return 0.0


def snippet_base_paths(extensions: list, mdx_configs: dict) -> list[str]:
    """pymdownx.snippets' `base_path` of a site (its default when the extension is on), [] without it."""
    if "pymdownx.snippets" not in extensions:
        return []
    return list(mdx_configs.get("pymdownx.snippets", {}).get("base_path", ["."]))


@dataclass(frozen=True)
class PageSource:
    """A page as the engine found it: its path in the docs (posix), its Markdown, and whether it
    has a source file (a generated page has none)."""

    src_uri: str
    text: str
    has_source: bool = True


def mkdocs_pages(files: Files) -> Iterator[PageSource]:
    """The documentation pages of an MkDocs build (generated and merged ones included)."""
    for file in files.documentation_pages():
        try:
            text = file.content_string
        except (OSError, UnicodeDecodeError):
            continue
        yield PageSource(file.src_uri, text, bool(file.abs_src_path))


def folder_pages(docs_dir: Path) -> Iterator[PageSource]:
    """The Markdown pages under `docs_dir`, for an engine that hands us no list of files
    (site_files.markdown_files: hidden folders skipped, as MkDocs and Zensical skip them)."""
    docs_dir = Path(docs_dir)
    for path in markdown_files(docs_dir):
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue
        yield PageSource(path.relative_to(docs_dir).as_posix(), text)


def _preprocessor(extensions: list, mdx_configs: dict):
    """text -> text through the site's Markdown preprocessors that run before superfences' fences
    (pymdownx.snippets, whitespace normalisation); the text itself when that is not possible."""
    try:
        from markdown import Markdown

        md = Markdown(extensions=extensions, extension_configs=mdx_configs)
        fence = md.preprocessors.get_index_for_name("fenced_code_block")
        before = [p for p in md.preprocessors][:fence]
    except Exception:  # noqa: BLE001 - an odd extension set only costs the early start
        return lambda text: text

    def expand(text: str) -> str:
        try:
            lines = text.split("\n")
            for processor in before:
                lines = processor.run(lines)
            return "\n".join(lines)
        except Exception:  # noqa: BLE001
            return text

    return expand


# -- what the built site shows, for `manimgen cache prune --site` ------------------------------------------
# The scan of the sources cannot see blocks other plugins make or change (macros, snippets,
# generated or merged pages); the build records the blocks its pages showed. `prune` keeps those
# of pages not edited since (an edited page's scan is newer knowledge).

def source_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def site_digest(config_file: str | Path) -> str:
    """Names a site's own files in the cache folder (one cache may serve several sites)."""
    return hashlib.sha256(str(Path(config_file).resolve()).encode()).hexdigest()[:16]


def manifest_path(cache_dir: Path, config_file: str | Path) -> Path:
    return Path(cache_dir) / MANIFEST_DIR / f"{site_digest(config_file)}.json"


def write_manifest(path: Path, shown: dict[str, Shown]) -> None:
    """Every block the built site shows (keyed by location), written atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {loc: {"spec": vars(s.spec), "page": s.page, "digest": s.digest} for loc, s in sorted(shown.items())}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def read_manifest(path: Path, digest_now: Callable[[str], str | None]) -> list[BlockSpec]:
    """The specs of the manifest whose page is unchanged (`digest_now(page)`: its source's digest
    today, None when it has no source file); [] without a manifest."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    specs = []
    for entry in data.values():
        if entry["digest"] is None or entry["digest"] == digest_now(entry["page"]):
            specs.append(BlockSpec(**{**entry["spec"], "formats": tuple(entry["spec"]["formats"])}))
    return specs
