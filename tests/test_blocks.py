"""Fence text -> BlockSpec: options, defaults and errors that name page:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from mkdocs_manimgen.blocks import Defaults, find_blocks, normalise_body, parse_block
from mkdocs_manimgen.site_files import SceneFiles
from mkdocs_manimgen.errors import ManimGenError


def parse(body: str, line: int = 10, docs: Path = Path("."), **defaults):
    return parse_block(body, page="p.md", line=line, files=SceneFiles(docs), defaults=Defaults(**defaults))


def test_no_separator_means_the_whole_body_is_the_concept():
    spec = parse("Show $x^2$.\nSecond line.")
    assert spec.concept == "Show $x^2$.\nSecond line." and spec.title is None
    assert spec.quality == "medium" and spec.formats == ("webm",) and spec.generator == "auto"


def test_options_override_defaults():
    spec = parse("title: T\nquality: high\nformat: [webm, mp4, webm]\ngenerator: offline\npdf: false\nmodel: m\n---\nc",
                 quality="low")
    assert (spec.title, spec.quality, spec.formats, spec.generator, spec.pdf, spec.model) == \
        ("T", "high", ("webm", "mp4"), "offline", False, "m")


def test_code_block_is_handwritten():
    spec = parse("code: |\n  from manim import *\n  class A(Scene): pass\n---\n")
    assert spec.handwritten and spec.generator == "code"


def test_file_block_reads_the_file(tmp_path):
    (tmp_path / "s.py").write_text("from manim import *\n")
    spec = parse("file: s.py\nscene: A\n---\n", docs=tmp_path)
    assert spec.code == "from manim import *\n" and spec.scene == "A"


@pytest.mark.parametrize("body, line, text", [
    ("title: [x\n---\nc", 11, "invalid YAML options"),
    ("title: a\ncolour: red\n---\nc", 12, "unknown option 'colour'"),
    ("quality: huge\n---\nc", 11, "unknown quality 'huge'"),
    ("format: ogg\n---\nc", 11, "unknown format 'ogg'"),
    ("generator: gpt\n---\nc", 11, "unknown generator 'gpt'"),
    ("title: a\n---\n\n", 13, "no concept"),
    ("- a\n- b\n---\nc", 11, "not `key: value`"),
    ("pdf: maybe\n---\nc", 11, "wrong type"),
    ("file: nope.py\nscene: A\n---\n", 11, "not found"),
    ("file: s.py\n---\n", 11, "needs `scene:`"),
    ("code: x\nfile: y\n---\n", 12, "both"),
])
def test_errors_name_the_line_and_a_fix(body, line, text, tmp_path):
    (tmp_path / "s.py").write_text("")
    with pytest.raises(ManimGenError) as info:
        parse(body, docs=tmp_path)
    err = info.value
    assert err.location == f"p.md:{line}", str(err)
    assert text in err.message and err.hint
    assert str(err).startswith(f"p.md:{line}: ")


def test_find_blocks_top_level_and_indented():
    md = "# T\n\n```manimgen\nA $x$\n```\n\n- item\n\n    ````manimgen\n    title: t\n    ---\n    B\n    ````\n\n" \
         "```python\nnot ours\n```\n~~~manimgen\nC\n~~~\n"
    blocks = find_blocks(md)
    assert [(b.line, normalise_body(b.body)) for b in blocks] == [(3, "A $x$"), (9, "title: t\n---\nB"), (18, "C")]


def test_examples_inside_other_fences_are_not_blocks():
    md = "````markdown\n```manimgen\ntitle: shown, not run\n---\nx\n```\n````\n\n```manimgen\nreal\n```\n"
    assert [(b.line, b.body) for b in find_blocks(md)] == [(9, "real")]
