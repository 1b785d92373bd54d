"""Plugin hooks that must hold however other plugins drive MkDocs (no renders)."""

from __future__ import annotations

from mkdocs.config import load_config


def test_css_and_js_are_added_once_however_often_on_config_runs(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: t\nplugins:\n  - manimgen\n")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    plugin = config.plugins["manimgen"]
    try:
        for _ in range(3):  # mkdocs-static-i18n runs on_config again for each language
            config = config.plugins.on_config(config)
    finally:
        plugin.on_shutdown()
    assert [str(c) for c in config.extra_css].count("assets/manimgen/manimgen.css") == 1
    assert [str(j) for j in config.extra_javascript].count("assets/manimgen/manimgen.js") == 1
    fences = config.mdx_configs["pymdownx.superfences"]["custom_fences"]
    assert [f["name"] for f in fences].count("manimgen") == 1
