"""`file:` through MkDocs' Files, a late block's real line, and page-relative asset URLs (no renders)."""

from __future__ import annotations

import pytest
from mkdocs.structure.files import File, Files

from mkdocs_manimgen import embed
from mkdocs_manimgen.blocks import Defaults, parse_block
from mkdocs_manimgen.errors import ManimGenError
from mkdocs_manimgen.site_files import SceneFiles, fence_line, snippet_location

SCENE = "from manim import *\nclass S(Scene):\n    def construct(self):\n        self.wait(0.1)\n"
BLOCK = "file: {}\nscene: S\n---\nx"


def test_file_scene_from_mkdocs_files_generated_only(tmp_path):
    files = Files([File("scenes/gen.py", src_dir=None, dest_dir=str(tmp_path / "site"), use_directory_urls=True)])
    files.get_file_from_path("scenes/gen.py").content_string = SCENE  # exists in no folder
    spec = parse_block(BLOCK.format("scenes/gen.py"), page="index.md", line=3, defaults=Defaults(),
                       files=SceneFiles(tmp_path, files))
    assert spec.code == SCENE


def test_file_scene_relative_to_a_merged_sub_project_folder(tmp_path):
    (tmp_path / "sub" / "scenes").mkdir(parents=True)
    (tmp_path / "sub" / "scenes" / "s.py").write_text(SCENE)
    scenes = SceneFiles(tmp_path)
    assert scenes.candidates("scenes/s.py", "sub/deep/p.md") == ["scenes/s.py", "sub/deep/scenes/s.py",
                                                                  "sub/scenes/s.py"]
    spec = parse_block(BLOCK.format("scenes/s.py"), page="sub/deep/p.md", line=1, defaults=Defaults(), files=scenes)
    assert spec.code == SCENE


def test_missing_file_scene_names_the_line_and_no_machine_path(tmp_path):
    try:
        parse_block(BLOCK.format("nope.py"), page="a.md", line=4, defaults=Defaults(), files=SceneFiles(tmp_path))
    except ManimGenError as err:
        assert err.location == "a.md:5" and str(tmp_path) not in str(err) + (err.hint or "")
    else:
        raise AssertionError("no error")


def _project(tmp_path):
    """project/docs with a page folder, a scene in the project beside docs, and a secret outside."""
    root = tmp_path / "project"
    (root / "docs" / "ch").mkdir(parents=True)
    (root / "scenes").mkdir()
    (root / "scenes" / "shared.py").write_text(SCENE)
    (tmp_path / "secret.py").write_text(SCENE)
    return root


@pytest.mark.parametrize("name", ["../../secret.py", "../../../secret.py", "ch/../../../secret.py",
                                  "/../../secret.py", "..\\..\\secret.py"])
def test_file_outside_docs_and_project_is_a_located_error(tmp_path, name):
    root = _project(tmp_path)
    with pytest.raises(ManimGenError) as caught:
        parse_block(BLOCK.format(name), page="ch/p.md", line=4, defaults=Defaults(),
                    files=SceneFiles(root / "docs", root=root))
    err = caught.value
    assert err.location == "ch/p.md:5" and "outside the docs folder and the project folder" in err.message
    assert str(tmp_path) not in str(err) + (err.hint or "")


def test_file_through_a_symlink_out_of_the_project_is_refused(tmp_path):
    root = _project(tmp_path)
    (root / "docs" / "ch" / "link.py").symlink_to(tmp_path / "secret.py")
    with pytest.raises(ManimGenError, match="outside the docs folder"):
        parse_block(BLOCK.format("ch/link.py"), page="ch/p.md", line=1, defaults=Defaults(),
                    files=SceneFiles(root / "docs", root=root))


def test_file_in_the_project_beside_docs_is_read(tmp_path):
    root = _project(tmp_path)
    spec = parse_block(BLOCK.format("../scenes/shared.py"), page="index.md", line=1, defaults=Defaults(),
                       files=SceneFiles(root / "docs", root=root))
    assert spec.code == SCENE
    with pytest.raises(ManimGenError, match="outside"):  # without a project folder, docs_dir alone
        parse_block(BLOCK.format("../scenes/shared.py"), page="index.md", line=1, defaults=Defaults(),
                    files=SceneFiles(root / "docs"))


BODY = "title: T\ncode: |\n  x = 1\n---\nA dot."


def test_fence_line_in_blockquote_and_tabbed_list():
    quoted = "# Q\n\n> ```manimgen\n> title: T\n> code: |\n>   x = 1\n> ---\n> A dot.\n> ```\n"
    assert fence_line(BODY, quoted) == 3
    tabbed = "# T\n\n- item\n\n\t```manimgen\n\ttitle: T\n\tcode: |\n\t  x = 1\n\t---\n\tA dot.\n\t```\n"
    assert fence_line(BODY, tabbed) == 5
    twice = quoted + "\n" + quoted
    assert fence_line(BODY, twice, after=3) == 13
    assert fence_line("other", quoted) is None


def test_snippet_location_names_the_snippet_file(tmp_path):
    (tmp_path / "snippets").mkdir()
    (tmp_path / "snippets" / "part.md").write_text("Intro\n\n```manimgen\n" + BODY + "\n```\n")
    assert snippet_location(BODY, [tmp_path / "snippets"], tmp_path) == "snippets/part.md:3"
    assert snippet_location("nothing like it", [tmp_path / "snippets"], tmp_path) is None


def test_finish_page_resolves_assets_for_the_page_written_and_dedupes_ids():
    figure = (f'<figure class="manimgen" id="manimgen-0123abcd"><video poster="{embed.asset_ref("p.png")}">'
              f'<source src="{embed.asset_ref("v.webm")}"></video></figure>')
    html = embed.finish_page(figure + figure, "blog/")
    assert 'poster="../assets/manimgen/p.png"' in html and 'src="../assets/manimgen/v.webm"' in html
    assert 'id="manimgen-0123abcd"' in html and 'id="manimgen-0123abcd-2"' in html
    # print-site joins a page's folder onto relative URLs it does not know: the placeholder survives it
    printed = figure.replace('src="', 'src="../deep/')
    assert 'src="../assets/manimgen/v.webm"' in embed.finish_page(printed, "print_page/index.html")
    assert not embed.has_refs(embed.finish_page(printed, "index.html"))
