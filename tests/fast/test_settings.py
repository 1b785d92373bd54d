"""Each default is declared once: the config schema's defaults are the runtime dataclasses' own."""

from __future__ import annotations

from dataclasses import fields

import pytest

from mkdocs_manimgen.config import LLMConfig, PluginConfig, SandboxLimits
from mkdocs_manimgen.generate.settings import LLMSettings
from mkdocs_manimgen.model import Defaults
from mkdocs_manimgen.render.job import Limits


def schema_defaults(config_class) -> dict:
    return {name: option.default for name, option in config_class._schema}


@pytest.mark.parametrize("config_class, dataclass", [(LLMConfig, LLMSettings), (SandboxLimits, Limits)])
def test_sub_config_defaults_are_the_dataclass_defaults(config_class, dataclass):
    schema = schema_defaults(config_class)
    shared = [f.name for f in fields(dataclass) if f.name in schema]
    assert len(shared) >= 4
    for name in shared:
        assert schema[name] == getattr(dataclass, name), name  # llm.timeout was 180 here, 120 there


def test_block_defaults_are_the_plugin_defaults():
    schema = schema_defaults(PluginConfig)
    assert (schema["quality"], (schema["format"],), schema["generator"], schema["pdf"]) == \
        (Defaults.quality, Defaults.formats, Defaults.generator, Defaults.pdf)
