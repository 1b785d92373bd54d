"""MkDocs hooks of the project's own documentation (registered in the root mkdocs.yml).

- `{{ manimgen_options }}` becomes the table of plugin options, generated from the
  docstrings in mkdocs_manimgen/config.py (one per option), so the docs never drift.
- `{{ pages_workflow }}` becomes the example site's GitHub Pages workflow, verbatim.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def option_docs(cls) -> list[tuple[str, object, str]]:
    """(name, option, docstring) of a Config class, in source order, read with ast."""
    tree = ast.parse(inspect.getsource(cls))
    body = tree.body[0].body
    out = []
    for node, nxt in zip(body, body[1:] + [None]):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            doc = ""
            if isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant) and isinstance(nxt.value.value, str):
                doc = inspect.cleandoc(nxt.value.value)
            out.append((name, getattr(cls, name), doc))
    return out


def _default(option) -> str:
    from mkdocs.config import config_options as c

    if isinstance(option, c.SubConfig):
        return "(see below)"
    default = getattr(option, "default", None)
    if isinstance(option, c.Optional):
        default = getattr(option.option, "default", None)
    if default is None:
        return "—"
    if isinstance(default, (list, tuple)):
        return f"`[{', '.join(map(str, default))}]`"
    if isinstance(default, bool):
        return f"`{str(default).lower()}`"
    return f"`{default}`"


def options_table() -> str:
    from mkdocs.config import config_options as c

    from mkdocs_manimgen.config import PluginConfig

    rows = ["| option | default | what it does |", "|---|---|---|"]
    subs = []
    for name, option, doc in option_docs(PluginConfig):
        key = name.rstrip("_")  # `validate_` is the key `validate` (MkDocs' convention)
        rows.append(f"| `{key}` | {_default(option)} | {_cell(doc)} |")
        if isinstance(option, c.SubConfig):
            subs.append((key, option.config_class, doc))
    parts = ["\n".join(rows)]
    for key, cls, doc in subs:
        sub_rows = [f"### `{key}:`", "", doc, "", "| option | default | what it does |", "|---|---|---|"]
        for name, option, sub_doc in option_docs(cls):
            sub_rows.append(f"| `{key}.{name}` | {_default(option)} | {_cell(sub_doc)} |")
        parts.append("\n".join(sub_rows))
    return "\n\n".join(parts)


def on_page_markdown(markdown: str, page, config, files) -> str:
    if "{{ manimgen_options }}" in markdown:
        markdown = markdown.replace("{{ manimgen_options }}", options_table())
    if "{{ pages_workflow }}" in markdown:
        workflow = (ROOT / "site_examples/course/.github/workflows/pages.yml").read_text(encoding="utf-8")
        markdown = markdown.replace("{{ pages_workflow }}", workflow.rstrip("\n"))
    return markdown


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
