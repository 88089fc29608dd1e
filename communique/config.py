"""Settings: defaults < config file < environment (COMMUNIQUE_*) < CLI flags.

The config file is TOML (``communique.toml`` in the working directory, or the
path in ``COMMUNIQUE_CONFIG``) with the same keys as ``Settings``.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "communique.db"
    host: str = "127.0.0.1"
    port: int = 8000
    page_size: int = 20
    max_page_size: int = 100
    max_query_length: int = 500
    batch_size: int = 200
    # The largest real statement page seen is 1.4 MB; 64 MB leaves room for
    # whole-site text dumps and still refuses what would exhaust memory.
    max_page_bytes: int = 64 * 1024 * 1024
    max_line_bytes: int = 4 * 1024 * 1024
    max_html_depth: int = 3000
    enrich: bool = True
    user_agent: str = "communique-crawler"


def _cast(name: str, kind: Any, raw: Any) -> Any:
    if kind in (bool, "bool"):
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"{name}: expected a boolean, got {raw!r}")
    if kind in (int, "int"):
        try:
            return int(raw)
        except (TypeError, ValueError):
            raise ConfigError(f"{name}: expected a whole number, got {raw!r}") from None
    return str(raw)


def load_settings(
    *,
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
    config_file: str | Path | None = None,
) -> Settings:
    """Build settings from defaults, a config file, the environment and overrides.

    Raises:
        ConfigError: a value of the wrong type, or an unreadable config file.
    """
    env = os.environ if environ is None else environ
    settings = Settings()
    types = {f.name: f.type for f in fields(Settings)}
    path = Path(config_file or env.get("COMMUNIQUE_CONFIG", "communique.toml"))
    layers: list[Mapping[str, Any]] = []
    if path.is_file():
        try:
            layers.append(tomllib.loads(path.read_text("utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: {exc}") from None
    layers.append({k[len("COMMUNIQUE_"):].lower(): v for k, v in env.items()
                   if k.startswith("COMMUNIQUE_") and k != "COMMUNIQUE_CONFIG"})
    layers.append({k: v for k, v in (overrides or {}).items() if v is not None})
    for layer in layers:
        known = {k: _cast(k, types[k], v) for k, v in layer.items() if k in types}
        settings = replace(settings, **known)
    return settings
