"""The language server's settings: the project's configuration file under the client's settings.

Settings come, lowest first, from the configuration file governing the document
(``.medgloss.toml`` or ``[tool.medgloss]`` in ``pyproject.toml``, found by walking up from the
document's folder, exactly as ``medgloss check`` finds it), then from the client's
``initializationOptions``, then from ``workspace/didChangeConfiguration``.  Client settings
use the editor convention (camelCase, under a ``medgloss`` section or not)::

    {"medgloss": {"glossary": ["terms/local.yaml"], "noDefaultGlossary": false,
                  "select": ["MG1"], "ignore": ["MG105"], "severity": {"MG102": "error"},
                  "minSeverity": "warning", "variety": "fr-CA", "language": "fr",
                  "debounce": 0.25}}

This module reads and validates settings; it never loads glossaries or checks documents.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..workspace.config import SEVERITIES, Config, find_config, load_config

VARIETIES = ("fr-FR", "fr-BE", "fr-CH", "fr-CA")
SECTION = "medgloss"
DEFAULT_DEBOUNCE = 0.2  # seconds: long enough to skip most keystrokes, short enough to feel live

# Client key → (internal name, kind).  Kebab-case keys (as in the TOML file) are accepted too.
_KEYS: dict[str, tuple[str, str]] = {
    "glossary": ("glossary", "paths"),
    "noDefaultGlossary": ("no_default_glossary", "bool"),
    "select": ("select", "list"),
    "ignore": ("ignore", "list"),
    "severity": ("severity", "severities"),
    "minSeverity": ("min_severity", "severity"),
    "variety": ("variety", "variety"),
    "language": ("language", "language"),
    "configFile": ("config_file", "path"),
    "debounce": ("debounce", "seconds"),
}
_KEBAB = {"no-default-glossary": "noDefaultGlossary", "min-severity": "minSeverity", "config-file": "configFile"}


@dataclass(frozen=True)
class ClientSettings:
    """What the client asked for; ``None`` (or empty) means "as the configuration file says"."""

    glossary: tuple[str, ...] = ()
    no_default_glossary: bool | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    severity: tuple[tuple[str, str], ...] = ()
    min_severity: str | None = None
    variety: str | None = None
    language: str | None = None
    config_file: str | None = None
    debounce: float | None = None


@dataclass(frozen=True)
class Settings:
    """The settings one document is checked with."""

    glossary: tuple[str, ...] = ()  # absolute paths, configuration file's first
    include_default: bool = True
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()  # per-code overrides, first match wins
    min_severity: str = "info"
    variety: str | None = None
    config_path: str | None = None
    debounce: float = DEFAULT_DEBOUNCE
    config: Config = field(default_factory=Config, compare=False)


def _section(data: Any) -> Mapping[str, Any]:
    """The medgloss part of what a client sent (``{"medgloss": {...}}`` or the table itself)."""
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ConfigError("the client settings must be an object")
    inner = data.get(SECTION)
    if isinstance(inner, Mapping):
        return inner
    return data if any(key in _KEYS or key in _KEBAB for key in data) else {}


def _strings(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"setting {key}: must be a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def _resolve(path: str, root: Path | None) -> str:
    expanded = Path(os.path.expanduser(path))
    if not expanded.is_absolute() and root is not None:
        expanded = root / expanded
    return str(expanded.resolve())


def parse_client_settings(data: Any, root: Path | None = None) -> ClientSettings:
    """Validate what a client sent; relative paths are relative to the workspace ``root``.

    Raises :class:`~medgloss.errors.ConfigError` naming the setting that is wrong.
    """
    values: dict[str, Any] = {}
    for raw_key, value in _section(data).items():
        key = _KEBAB.get(raw_key, raw_key)
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            raise ConfigError(f"unknown setting {raw_key!r} (known: {known})")
        if value is None:
            continue
        name, kind = _KEYS[key]
        if kind == "paths":
            values[name] = tuple(_resolve(p, root) for p in _strings(key, value))
            for path in values[name]:
                if not Path(path).exists():
                    raise ConfigError(f"setting {key}: no such glossary file or folder: {path}")
        elif kind == "list":
            values[name] = _strings(key, value)
        elif kind == "bool":
            if not isinstance(value, bool):
                raise ConfigError(f"setting {key}: must be true or false")
            values[name] = value
        elif kind == "severities":
            if not isinstance(value, Mapping) or not all(v in SEVERITIES for v in value.values()):
                raise ConfigError(f"setting {key}: must map codes to one of {', '.join(SEVERITIES)}")
            values[name] = tuple((str(k), str(v)) for k, v in value.items())
        elif kind == "severity":
            if value not in SEVERITIES:
                raise ConfigError(f"setting {key}: must be one of {', '.join(SEVERITIES)}, not {value!r}")
            values[name] = value
        elif kind == "variety":
            if value not in VARIETIES:
                raise ConfigError(f"setting {key}: must be one of {', '.join(VARIETIES)}, not {value!r}")
            values[name] = value
        elif kind == "language":
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"setting {key}: must be a language tag such as fr or en")
            values[name] = value.strip()
        elif kind == "path":
            if not isinstance(value, str):
                raise ConfigError(f"setting {key}: must be a path")
            values[name] = _resolve(value, root)
        elif kind == "seconds":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 10:
                raise ConfigError(f"setting {key}: must be a number of seconds between 0 and 10")
            values[name] = float(value)
    return ClientSettings(**values)


def layered(base: ClientSettings, over: ClientSettings) -> ClientSettings:
    """``base`` with every setting ``over`` gives replacing it (initialization, then changes)."""
    values = {name: getattr(over, name) for name, _ in _KEYS.values()
              if getattr(over, name) not in (None, ())}
    return ClientSettings(**{**{n: getattr(base, n) for n, _ in _KEYS.values()}, **values})


def file_config_for(document_path: str | None, client: ClientSettings) -> Config:
    """The configuration file governing a document (the client's ``configFile`` if set)."""
    if client.config_file:
        return load_config(client.config_file)
    start = Path(document_path).parent if document_path and os.path.isabs(document_path) else None
    if start is None or not start.is_dir():
        return Config()
    found = find_config(start)
    return load_config(found) if found is not None else Config()


def settings_for(config: Config, client: ClientSettings) -> Settings:
    """The file's settings with the client's laid over them (lists replace; glossaries add)."""
    severity = tuple(client.severity) + tuple((k, v) for k, v in config.severity.items()
                                              if k not in dict(client.severity))
    return Settings(
        glossary=tuple(config.glossary) + client.glossary,
        include_default=not client.no_default_glossary,
        select=client.select if client.select is not None else tuple(config.select),
        ignore=client.ignore if client.ignore is not None else tuple(config.ignore),
        severity=severity,
        min_severity=client.min_severity or config.min_severity,
        variety=client.variety or config.variety,
        config_path=str(config.path) if config.path is not None else None,
        debounce=client.debounce if client.debounce is not None else DEFAULT_DEBOUNCE,
        config=config,
    )


__all__ = ["ClientSettings", "Settings", "VARIETIES", "file_config_for", "layered", "parse_client_settings", "settings_for"]
