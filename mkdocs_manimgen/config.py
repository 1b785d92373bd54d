"""The plugin's configuration schema, validated by MkDocs itself.

Every option has a one-line docstring: the docs' option table is generated from them.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c

from .errors import ManimGenError
from .model import Defaults, Limits
from .generate.settings import LLMSettings
from .model import QUALITIES
from .render.schemes import OPTION_VALUES

# Each default is declared once, on the dataclass the value ends up in (Defaults, LLMSettings,
# Limits); the schema refers to it, so the docs, the plugin and the CLI cannot drift apart.

FORMATS = ("webm", "mp4", "gif")
GENERATORS = ("auto", "llm", "offline")


class _WithDefault(c.BaseConfigOption):
    """A custom option that, like MkDocs' own, takes a default."""

    def __init__(self, default: object = None):
        super().__init__()
        self.default = default


class Workers(_WithDefault):
    """`auto` (the CPU count) or a positive integer."""

    def run_validation(self, value: object) -> int:
        if value in (None, "auto"):
            return max(1, os.cpu_count() or 1)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        raise base.ValidationError(f"expected 'auto' or a positive integer, got {value!r}")


class BoundedInt(_WithDefault):
    """An integer from `low` to `high`."""

    def __init__(self, low: int, high: int, default: int | None = None):
        super().__init__(default)
        self.low, self.high = low, high

    def run_validation(self, value: object) -> int:
        if isinstance(value, int) and not isinstance(value, bool) and self.low <= value <= self.high:
            return value
        raise base.ValidationError(f"expected an integer from {self.low} to {self.high}, got {value!r}")


class Formats(_WithDefault):
    """One format (`webm`) or a list of them (`[webm, mp4]`), each webm|mp4|gif."""

    def run_validation(self, value: object) -> tuple[str, ...]:
        return parse_formats(value, base.ValidationError)


def parse_formats(value: object, error: type[Exception]) -> tuple[str, ...]:
    """Shared by the plugin config and block options: normalise and check formats."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)) or not items:
        raise error(f"format must be one of {', '.join(FORMATS)} or a list of them, got {value!r}")
    out: list[str] = []
    for item in items:
        if item not in FORMATS:
            raise error(f"unknown format {item!r}: use one of {', '.join(FORMATS)}")
        if item not in out:
            out.append(item)
    return tuple(out)


class LLMConfig(base.Config):
    """Settings of the LLM generator (any OpenAI-compatible chat API)."""

    base_url = c.Type(str, default=LLMSettings.base_url)
    """The API's base URL: DeepSeek by default; OpenAI, Ollama or vLLM work the same."""
    model = c.Type(str, default=LLMSettings.model)
    """The model name, e.g. deepseek-chat, deepseek-reasoner, gpt-4o, qwen2.5-coder."""
    api_key_env = c.Type(str, default=LLMSettings.api_key_env)
    """Name of the environment variable holding the key (a `.env` beside mkdocs.yml is read too)."""
    temperature = c.Type(float, default=LLMSettings.temperature)
    """Sampling temperature."""
    timeout = c.Type((int, float), default=LLMSettings.timeout)
    """Hard deadline in seconds for one API call, stream included."""
    max_retries = c.Type(int, default=LLMSettings.max_retries)
    """Retries of transient API failures (429, 5xx, dropped connections), with backoff."""
    max_repairs = c.Type(int, default=LLMSettings.max_repairs)
    """How many times failing code is sent back to the model with its error."""
    max_concurrency = c.Type(int, default=LLMSettings.max_concurrency)
    """How many API calls may run at once."""


class SandboxLimits(base.Config):
    """Resource limits of one render process."""

    cpu_seconds = c.Type(int, default=Limits.cpu_seconds)
    """CPU time limit of a render (RLIMIT_CPU)."""
    memory_mb = c.Type(int, default=Limits.memory_mb)
    """Address-space limit of a render in MiB (RLIMIT_AS)."""
    file_mb = c.Type(int, default=Limits.file_mb)
    """Largest file a render may write, in MiB (RLIMIT_FSIZE)."""
    processes = c.Type(int, default=Limits.processes)
    """Process/thread limit of a render (RLIMIT_NPROC; LaTeX and ffmpeg need a few)."""


class DaskConfig(base.Config):
    """Where `executor: dask` sends renders."""

    scheduler = c.Optional(c.Type(str))
    """Address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786."""
    retries = c.Type(int, default=1)
    """How many times a render lost with its worker is tried on another worker."""


class PluginConfig(base.Config):
    """Options of the `manimgen` plugin in mkdocs.yml."""

    enabled = c.Type(bool, default=True)
    """Turn the plugin off (blocks are then left as code)."""
    generator = c.Choice(GENERATORS, default=Defaults.generator)
    """auto: the LLM when its API key is set, else offline; llm; offline."""
    quality = c.Choice(tuple(QUALITIES), default=Defaults.quality)
    """low 854x480@15, medium 1280x720@30, high 1920x1080@60, ultra 3840x2160@60."""
    format = Formats(default=Defaults.formats[0])
    """webm, mp4, gif, or a list such as [webm, mp4] (one render, several encodings)."""
    cache_dir = c.Type(str, default=".cache/manimgen")
    """Where generations and renders are cached, relative to mkdocs.yml."""
    pins = c.Type(str, default="manimgen-pins")
    """Pinned designs beside mkdocs.yml (`manimgen pin`): used exactly, no API key; a changed block warns."""
    workers = Workers(default="auto")
    """Render processes kept warm; auto = the CPU count."""
    executor = c.Choice(("local", "dask"), default="local")
    """local: warm render processes on this machine; dask: a Dask cluster (see `dask:`)."""
    dask = c.SubConfig(DaskConfig)
    """The Dask cluster used with `executor: dask`."""
    render_timeout = c.Type((int, float), default=300)
    """Wall-clock limit in seconds for rendering one scene."""
    sandbox = c.Choice(("auto", "bwrap", "none"), default="auto")
    """auto: bubblewrap when installed; bwrap: require it; none: only process limits."""
    limits = c.SubConfig(SandboxLimits)
    """Resource limits of each render process."""
    # The trailing underscore is MkDocs' way to name a key that shadows a method (`validate`).
    validate_ = c.Choice(("warn", "strict"), default="warn")
    """Scene-graph findings (off-frame, overlaps): warn, or fail the block with strict."""
    pdf = c.Type(bool, default=Defaults.pdf)
    """Compile a PDF scene guide of each block's notes with LaTeX."""
    gif_fps = BoundedInt(1, 50, default=15)
    """Frame rate of gif output."""
    gif_width = c.Optional(BoundedInt(16, 3840))
    """Width of gif output; default: the preset's width, capped at 854."""
    gif_colors = BoundedInt(2, 256, default=64)
    """Palette size of gif output: fewer colours, fewer bytes (64 keeps text and shading clean)."""
    poster_format = c.Choice(("png", "webp"), default="png")
    """Image format of the poster (last frame)."""
    schemes = c.Choice(OPTION_VALUES, default="auto")
    """Colour schemes of the media: auto (Material's palette: both with its toggle; else light), light, dark, both."""
    llm = c.SubConfig(LLMConfig)
    """The LLM generator's settings."""


# -- a validated config from plain options (the CLI, and engines that run no plugins) --------------------
def plugin_config(options: dict | None = None) -> PluginConfig:
    """A validated PluginConfig from plain options (the defaults when None).

    Raises ManimGenError naming every invalid option."""
    cfg = PluginConfig()
    cfg.load_dict(dict(options or {}))
    errors, _warnings = cfg.validate()
    if errors:
        text = "; ".join(f"{name}: {err}" for name, err in errors)
        raise ManimGenError(f"invalid manimgen options: {text}", hint="see the plugin options in the docs")
    return cfg


def defaults_of(cfg: PluginConfig) -> Defaults:
    """What a block inherits from the plugin config when it does not say."""
    return Defaults(quality=cfg.quality, formats=cfg.format, generator=cfg.generator, pdf=cfg.pdf)


def cache_dir_of(cfg: PluginConfig, project_root: Path) -> Path:
    return (Path(project_root) / cfg.cache_dir).resolve()

