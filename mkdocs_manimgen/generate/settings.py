"""The LLM generator's settings and key lookup, apart from the SDK: a build that never calls
the model (offline, or everything cached) must not pay for importing `openai` (~0.3 s)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LLMSettings:
    """The LLM generator's settings; these defaults are the plugin config's (config.LLMConfig uses them)."""

    base_url: str = "https://api.deepseek.com"
    model: str = "deepseek-chat"
    api_key_env: str = "DEEPSEEK_API_KEY"
    temperature: float = 0.3
    timeout: float = 180.0  # hard deadline for one call, stream included
    max_retries: int = 3  # 429 / 5xx / timeouts / connection errors, retried by the SDK with backoff
    max_repairs: int = 2
    max_concurrency: int = 4
    env_file: str | None = ".env"  # relative to the project root; never overrides the real environment


def resolve_api_key(settings: LLMSettings, project_root: Path) -> str | None:
    """The key from $api_key_env, else from the .env file; None when neither has one."""
    value = os.environ.get(settings.api_key_env, "").strip()
    if value:
        return value
    if settings.env_file:
        path = Path(settings.env_file)
        if not path.is_absolute():
            path = Path(project_root) / path
        if path.is_file():
            from dotenv import dotenv_values  # here: reading a config must not import it

            # dotenv_values reads without touching os.environ (no global side effects across threads).
            value = (dotenv_values(path).get(settings.api_key_env) or "").strip()
            if value:
                return value
    return None
