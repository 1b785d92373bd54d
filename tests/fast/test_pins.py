"""Pinned designs through real in-process `mkdocs build`s: pinned with `manimgen pin`, a fresh copy
of the site with no API key builds byte-identically from the pins; an edited block's pin is stale."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from mkdocs.exceptions import Abort

from conftest import InProcessSite
from openai_server import openai_server  # noqa: F401 - fixture
from test_revisions import CONCEPT, answer, history, step_of

KEY_ENV = "MANIMGEN_FAST_KEY"


def page(concept: str = CONCEPT) -> str:
    return f"# Home\n\nSome text.\n\n```manimgen\ntitle: Grow\ngenerator: llm\nrevise: slower\n---\n{concept}\n```\n"


@pytest.fixture
def pinned(fast_site, openai_server, monkeypatch, cli_runner) -> InProcessSite:
    """A site the model designed (with a key), then pinned; the key is gone afterwards."""
    monkeypatch.setenv(KEY_ENV, "sk-fast-test")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764979200")  # MkDocs writes the build's date in every page
    fast_site.plugin.update(llm={"base_url": openai_server.base_url, "api_key_env": KEY_ENV, "timeout": 10,
                                 "max_retries": 0})
    openai_server.responder = lambda body: answer(step_of(body))
    fast_site.page("index.md", page())
    fast_site.build()
    assert len(openai_server.requests) == 2
    from mkdocs_manimgen.cli.pin_cmd import pin_cmd

    result = cli_runner.invoke(pin_cmd, ["--site", str(fast_site.root / "mkdocs.yml")])
    assert result.exit_code == 0 and "pinned 1 design(s)" in result.output, result.output
    monkeypatch.delenv(KEY_ENV)
    return fast_site


def fresh_copy(site: InProcessSite, where: Path) -> InProcessSite:
    """What a clone holds: mkdocs.yml, docs/ and the pins; no cache, no built site."""
    for name in ("docs", "manimgen-pins"):
        shutil.copytree(site.root / name, where / name)
    return InProcessSite(where, plugin=dict(site.plugin))


def site_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_pins_are_readable_files_with_the_blocks_hash_and_location(pinned):
    folders = list((pinned.root / "manimgen-pins").iterdir())
    assert len(folders) == 1 and folders[0].name.startswith("index-grow-")
    assert sorted(p.name for p in folders[0].iterdir()) == ["notes.md", "pin.yaml", "scene.py", "storyboard.yaml"]
    meta = yaml.safe_load((folders[0] / "pin.yaml").read_text())
    assert (meta["page"], meta["line"], meta["revisions"], meta["generator"]) == \
        ("index.md", 5, ["slower"], "llm:deepseek-chat")
    assert "self.wait(2)" in (folders[0] / "scene.py").read_text(), "the revised design, code as is"


def test_a_fresh_copy_without_a_key_builds_the_same_site_from_the_pins(pinned, openai_server, tmp_path):
    clone = fresh_copy(pinned, tmp_path / "clone")
    log = clone.build()
    assert len(openai_server.requests) == 2, "no API call"
    assert not log.warnings(), log.warnings()
    assert any("0 designed" in m and "0 API call(s)" in m for m in log.messages()), log.messages()
    assert site_files(clone.root / "site") == site_files(pinned.root / "site"), "byte for byte"
    assert history(clone.html()) == ["slower"]


def test_text_around_a_pinned_block_may_change_its_own_text_not(pinned, openai_server, tmp_path):
    clone = fresh_copy(pinned, tmp_path / "clone")
    clone.page("index.md", "# Home\n\nMore text\nabove the block.\n\n" + page().split("\n", 4)[4])
    assert not clone.build().warnings(), "a block moved down keeps its pin"
    clone.page("index.md", page(CONCEPT.replace("r = 2", "r = 3")))
    log = clone.build()
    assert len(openai_server.requests) == 2, "no key: nothing was asked of the model"
    stale = [w for w in log.warnings() if "stale" in w]
    assert len(stale) == 1 and stale[0].startswith("manimgen: index.md:5: the pinned design manimgen-pins/index-grow-"), \
        log.warnings()
    assert "manimgen pin --site mkdocs.yml" in stale[0]
    clone.extra_config["strict"] = True
    with pytest.raises(Abort):
        clone.build()
