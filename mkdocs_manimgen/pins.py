"""Pinned designs: the ones the author approved, committed beside mkdocs.yml as plain files.

    <pins>/<page>-<title>-<hash>/   one folder per block (`manimgen pin` writes them)
        scene.py, storyboard.yaml, notes.md, reasoning.md   the design (design_files.py)
        pin.yaml   which block it is for: the hash of its concept, title and `revise:` requests,
                   its page and line when pinned, and the design's generator, scene, kind, quality

A build uses a block's pin exactly (no generator runs, no API key is needed: CI and co-authors
build the animations that were reviewed). A pin is found by the block's hash, so moving a block
or editing the text around it keeps its pin; a block whose own text changed no longer matches,
and when a pin stands at its page and line (or on its page under its title) the build warns that
the pin is stale, naming the block's page:line, instead of designing it silently.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

import yaml

from .cache import atomic_write_text
from .design_files import DesignFacts, read_design, write_design
from .errors import ManimGenError
from .model import BlockSpec, SceneDraft

PIN_FILE = "pin.yaml"
FORMAT = "manimgen-pin-1"


def block_hash(spec: BlockSpec) -> str:
    """What a pinned design is a design of: the block's concept, title and `revise:` requests
    (not its quality, formats or model: changing those keeps the pin)."""
    text = json.dumps([spec.concept, spec.title, list(spec.revisions)], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Pin:
    """One pin folder's metadata (pin.yaml); the design itself is read when a block uses it."""

    folder: Path
    block: str  # block_hash of the block it was pinned for
    page: str
    line: int
    title: str | None
    facts: DesignFacts

    @property
    def location(self) -> str:
        return f"{self.page}:{self.line}"


class Pins:
    """The pins folder of a site (`pins:` in the plugin config), read once per build.

    A pin.yaml that cannot be read is reported through `log` (a warning: `--strict` fails) and
    skipped. Designs are read on first use, from the block threads."""

    def __init__(self, root: Path, log: logging.Logger | None = None):
        self.root = Path(root)
        self._by_block: dict[str, Pin] = {}
        self._all: list[Pin] = []
        self._drafts: dict[Path, SceneDraft] = {}
        self._lock = threading.Lock()
        for meta in sorted(self.root.glob(f"*/{PIN_FILE}")) if self.root.is_dir() else []:
            try:
                pin = _read_pin(meta)
            except ManimGenError as err:
                if log is not None:
                    log.warning("%s", err)
                continue
            self._all.append(pin)
            self._by_block.setdefault(pin.block, pin)

    def __bool__(self) -> bool:
        return bool(self._all)

    def find(self, spec: BlockSpec) -> Pin | None:
        """The pin of this block's text, if any."""
        return self._by_block.get(block_hash(spec))

    def stale(self, spec: BlockSpec) -> Pin | None:
        """A pin made for this block before its text changed: at its page and line, or on its page
        under its title (None when the block has a pin of its own)."""
        if self.find(spec) is not None:
            return None
        for pin in self._all:
            if pin.page == spec.page and (pin.line == spec.line or (spec.title and pin.title == spec.title)):
                return pin
        return None

    def draft(self, pin: Pin) -> SceneDraft:
        """The pinned design, read (and safety-checked) once; raises ManimGenError naming the file."""
        with self._lock:
            if pin.folder not in self._drafts:
                self._drafts[pin.folder] = read_design(pin.folder, pin.facts)
            return self._drafts[pin.folder]

    def name(self, pin: Pin) -> str:
        """The pin's folder as the author sees it, relative to mkdocs.yml's folder."""
        return f"{self.root.name}/{pin.folder.name}"


def write_pin(root: Path, spec: BlockSpec, draft: SceneDraft) -> Path:
    """Pin `draft` for `spec` under `root`; the block's older pins (same page and line, other text)
    are removed. Returns the folder."""
    from .cli.common import slug

    digest = block_hash(spec)
    folder = Path(root) / f"{slug(spec.page.removesuffix('.md'), 30)}-{slug(spec.title or spec.concept, 30)}-{digest[:8]}"
    for old in Pins(root)._all:
        if old.folder != folder and old.page == spec.page and old.line == spec.line:
            shutil.rmtree(old.folder)
    write_design(folder, draft)
    facts = DesignFacts.of(draft)
    meta = {"format": FORMAT, "block": digest, "page": spec.page, "line": spec.line, "title": spec.title,
            "generator": facts.generator, "scene_name": facts.scene_name, "kind": facts.kind,
            "quality": facts.quality, "revisions": list(facts.revisions), "ignored": list(facts.ignored)}
    atomic_write_text(folder / PIN_FILE, yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=100))
    return folder


def _read_pin(path: Path) -> Pin:
    try:
        meta = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} file")
        facts = DesignFacts(scene_name=str(meta.get("scene_name") or ""), generator=str(meta.get("generator") or "offline"),
                            kind=meta.get("kind"), revisions=tuple(meta.get("revisions") or ()),
                            ignored=tuple(meta.get("ignored") or ()), quality=meta.get("quality"))
        return Pin(path.parent, str(meta["block"]), str(meta["page"]), int(meta["line"]), meta.get("title"), facts)
    except (OSError, yaml.YAMLError, ValueError, KeyError, TypeError) as err:
        raise ManimGenError(f"{path}: not a pinned design ({str(err).splitlines()[0]})",
                            hint="run `manimgen pin --site mkdocs.yml` again, or delete the folder") from None
