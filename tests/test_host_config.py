"""The site's options and fence as an engine without plugins finds them (host_config), and `doctor`'s word."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from mkdocs_manimgen.cli.doctor import check_engines
from mkdocs_manimgen.errors import ManimGenError
from mkdocs_manimgen.host_config import config_file, read_host_config

YAML_WITH_FENCE = """
site_name: s
docs_dir: pages
plugins:
  - search
  - manimgen:
      quality: high
      workers: !ENV [NO_SUCH_VARIABLE_HERE, 3]
markdown_extensions:
  - pymdownx.superfences:
      custom_fences:
        - name: manimgen
          class: manimgen
          format: !!python/name:mkdocs_manimgen.fence.format
"""

TOML = """
[project]
site_name = "s"

[project.plugins.manimgen]
quality = "medium"

[project.markdown_extensions.pymdownx.superfences]
custom_fences = [{ name = "manimgen", class = "manimgen", format = "mkdocs_manimgen.fence.format" }]
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_yaml_options_env_tags_and_the_fence_are_read(tmp_path):
    host = read_host_config(write(tmp_path, "mkdocs.yml", YAML_WITH_FENCE))
    assert host.options == {"quality": "high", "workers": 3} and host.plugin_listed and host.fence_declared
    assert host.docs_dir == (tmp_path / "pages").resolve()


def test_toml_options_and_the_fence_are_read(tmp_path):
    host = read_host_config(write(tmp_path, "zensical.toml", TOML))
    assert host.options == {"quality": "medium"} and host.fence_declared and host.docs_dir == (tmp_path / "docs")


def test_plugin_without_options_and_without_fence(tmp_path):
    host = read_host_config(write(tmp_path, "mkdocs.yml", "site_name: s\nplugins: [search, manimgen]\n"))
    assert host.options == {} and host.plugin_listed and not host.fence_declared


def test_options_that_are_not_a_mapping_name_the_fix(tmp_path):
    with pytest.raises(ManimGenError, match="not a mapping") as caught:
        read_host_config(write(tmp_path, "mkdocs.yml", "site_name: s\nplugins:\n  - manimgen: fast\n"))
    assert "- manimgen:" in caught.value.hint


def test_config_file_follows_the_engines_rule(tmp_path):
    write(tmp_path, "mkdocs.yml", "site_name: s\n")
    assert config_file(tmp_path, argv=["zensical", "build"]) == (tmp_path / "mkdocs.yml").resolve()
    write(tmp_path, "zensical.toml", TOML)  # Zensical looks for zensical.toml first
    assert config_file(tmp_path, argv=[]) == (tmp_path / "zensical.toml").resolve()
    other = write(tmp_path, "other.yml", "site_name: s\n")
    assert config_file(tmp_path, argv=["zensical", "build", "-f", str(other)]) == other.resolve()


def test_doctor_warns_when_zensical_would_show_blocks_as_code(tmp_path):
    write(tmp_path, "mkdocs.yml", "site_name: s\nplugins: [manimgen]\n")
    checks = {c.name: c for c in check_engines(tmp_path)}
    assert "zensical" in checks["site engine"].detail and "mkdocs" in checks["site engine"].detail
    zensical = checks["blocks under Zensical"]
    assert not zensical.ok and "code listing" in zensical.detail
    assert "mkdocs_manimgen.fence.format" in next(iter(zensical.fix.values()))
    write(tmp_path, "mkdocs.yml", YAML_WITH_FENCE)
    assert {c.name: c for c in check_engines(tmp_path)}["blocks under Zensical"].ok
