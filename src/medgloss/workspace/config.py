"""Project configuration: ``[tool.medgloss]`` in ``pyproject.toml``, or ``.medgloss.toml``.

The file is found by walking up from the first checked path (or the current folder), up to the
repository's top or the home folder, skipping files another user owns or others can write (``.medgloss.toml`` wins over a
``pyproject.toml`` in the same folder; a ``pyproject.toml`` without a ``[tool.medgloss]`` table
is passed over), or named with ``--config``.  Keys (kebab-case, as in ruff)::

    glossary = ["terms/local.yaml"]     # extra glossaries, relative to the config file
    select = ["MG1"]                    # codes, names or rule ids
    ignore = ["MG105"]
    severity = { MG102 = "error" }      # per-code (or name / rule id) severity
    min-severity = "info"               # lowest severity reported and failing (default "warning")
    variety = "fr-BE"                   # fr-FR (default), fr-BE, fr-CH or fr-CA
    include = ["*.md", "docs/**/*.rst"] # which files to take under folders (default: known formats)
    exclude = ["build/", "*.min.html"]  # replaces the default exclude list
    extend-exclude = ["drafts/"]        # adds to it
    respect-gitignore = true
    language = "fr"
    domain = "auto"                     # bilingual checks: "medical", "general" or "auto" (per entry)

Options on the command line override the file: ``--select``/``--ignore`` replace the lists,
``--glossary`` adds to them, ``--exclude`` replaces and ``--extend-exclude`` adds.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..findings.codes import selector_matches
from ..errors import ConfigError, shown
from ..findings.model import Finding

CONFIG_NAMES = (".medgloss.toml", "pyproject.toml")
SEVERITIES = ("error", "warning", "info")
LANGUAGES = ("fr",)
DOMAINS = ("auto", "medical", "general")
VARIETIES = ("fr-FR", "fr-BE", "fr-CH", "fr-CA")  # as medgloss.glossary.model.VARIETIES
DEFAULT_MIN_SEVERITY = "warning"
DEFAULT_EXCLUDE = ("build/", "dist/", "_build/", "site/", "*.min.html")

_LIST_KEYS = ("glossary", "select", "ignore", "include", "exclude", "extend-exclude")
_KEYS = frozenset({*_LIST_KEYS, "severity", "min-severity", "variety", "respect-gitignore", "language", "domain"})
_TOML_LINE = re.compile(r"at line (\d+)")


@dataclass
class Config:
    """Settings from a configuration file, with their defaults."""

    path: Path | None = None
    glossary: list[str] = field(default_factory=list)  # absolute paths
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    extend_exclude: list[str] = field(default_factory=list)
    respect_gitignore: bool = True
    language: str = "fr"
    domain: str = "auto"
    min_severity: str = DEFAULT_MIN_SEVERITY
    variety: str | None = None  # None: fr-FR

    @property
    def root(self) -> Path:
        """The folder exclude and include patterns are relative to."""
        return self.path.parent if self.path is not None else Path.cwd()

    @property
    def all_excludes(self) -> list[str]:
        """``exclude`` plus ``extend-exclude``."""
        return [*self.exclude, *self.extend_exclude]

    def apply_severity(self, findings: Sequence[Finding]) -> None:
        """Set each finding's severity from the first override that selects it."""
        if not self.severity:
            return
        for finding in findings:
            for selector, severity in self.severity.items():
                if selector_matches(selector, finding.rule, finding.rule_id):
                    finding.severity = severity
                    break


def _trusted(path: Path) -> bool:
    """A configuration file is obeyed only if its owner is the user running medgloss (or root)
    and no one else can write it: one planted in a shared parent (/tmp) is not."""
    try:
        info = path.stat()
    except OSError:
        return False
    if hasattr(os, "geteuid") and info.st_uid not in (os.geteuid(), 0):
        _warn(f"{shown(str(path))}: ignored: owned by another user")
        return False
    if info.st_mode & 0o022:
        _warn(f"{shown(str(path))}: ignored: others can write it")
        return False
    return True


def _warn(message: str) -> None:
    print(f"medgloss: warning: {message}", file=sys.stderr)


def find_config(start: Path | None = None) -> Path | None:
    """The configuration file governing ``start`` (default: the current folder), if any.

    The search goes up from ``start`` and stops at the repository's top (the folder holding
    ``.git``) or at the home folder, whichever comes first; files owned by another user or
    writable by others are passed over with a warning.
    """
    folder = (start or Path.cwd()).resolve()
    if folder.is_file():
        folder = folder.parent
    try:
        home: Path | None = Path.home().resolve()
    except (RuntimeError, KeyError, OSError):
        home = None
    for candidate in (folder, *folder.parents):
        dotfile = candidate / ".medgloss.toml"
        if dotfile.is_file() and _trusted(dotfile):
            return dotfile
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject) and _trusted(pyproject):
            return pyproject
        if candidate == home or (candidate / ".git").exists():
            break
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\s*\[\s*tool\s*\.\s*medgloss\s*[.\]]", text, re.M) is not None


def _line_of(text: str, key: str) -> int | None:
    match = re.search(rf"^\s*\"?{re.escape(key)}\"?\s*=", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else None


def load_config(path: str | Path) -> Config:
    """Read and check a configuration file; :class:`ConfigError` (with line) when it is wrong."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError as exc:
        raise ConfigError("no such configuration file", path) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration: {exc}", path) from exc
    import tomllib  # read when a configuration file is found: its import compiles its patterns

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE.search(str(exc))
        line = int(match.group(1)) if match else text.count("\n") + 1
        message = _TOML_LINE.sub("", str(exc)).replace("()", "").replace("(, ", "(").strip(" ()")
        raise ConfigError(f"invalid TOML: {message}", path, line) from exc
    if "tool" in data and not isinstance(data["tool"], dict):
        raise ConfigError("tool must be a table ([tool.medgloss])", path, _line_of(text, "tool"))
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("medgloss", {})
    else:
        table = data.get("tool", {}).get("medgloss", data) if "tool" in data else data
    if not isinstance(table, dict):
        raise ConfigError("[tool.medgloss] must be a table", path)
    return _from_table(table, path, text)


def _from_table(table: dict[str, Any], path: Path, text: str) -> Config:
    def fail(key: str, message: str) -> ConfigError:
        return ConfigError(f"{key}: {message}", path, _line_of(text, key))

    config = Config(path=path)
    for key, value in table.items():
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            raise fail(key, f"unknown setting (known: {known})")
        if key in _LIST_KEYS:
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise fail(key, "must be a list of strings")
            if key == "glossary":
                value = [str((path.parent / v).resolve()) for v in value]
                for entry in value:
                    if not Path(entry).exists():
                        raise fail(key, f"no such glossary file or folder: {entry}")
            setattr(config, key.replace("-", "_"), list(value))
        elif key == "severity":
            if not isinstance(value, dict):
                raise fail(key, "must be a table of CODE = \"error\"|\"warning\"|\"info\"")
            for selector, severity in value.items():
                if severity not in SEVERITIES:
                    raise fail(key, f"{selector}: severity must be one of {', '.join(SEVERITIES)}, not {severity!r}")
            config.severity = dict(value)
        elif key == "respect-gitignore":
            if not isinstance(value, bool):
                raise fail(key, "must be true or false")
            config.respect_gitignore = value
        elif key == "min-severity":
            if value not in SEVERITIES:
                raise fail(key, f"must be one of {', '.join(SEVERITIES)}, not {value!r}")
            config.min_severity = value
        elif key == "variety":
            if value not in VARIETIES:
                raise fail(key, f"unknown variety {value!r} (known: {', '.join(VARIETIES)})")
            config.variety = value
        elif key == "language":
            if value not in LANGUAGES:
                raise fail(key, f"unsupported language {value!r} (supported: {', '.join(LANGUAGES)})")
            config.language = value
        elif key == "domain":
            if value not in DOMAINS:
                raise fail(key, f"must be one of {', '.join(DOMAINS)}, not {value!r}")
            config.domain = value
    return config


def resolve_config(config_option: str | None, start: Path | None = None) -> Config:
    """The configuration named by ``--config``, else the one found from ``start``, else defaults."""
    if config_option:
        return load_config(config_option)
    found = find_config(start)
    return load_config(found) if found is not None else Config()


def merged(config: Config, **overrides: Any) -> Config:
    """``config`` with the non-empty command-line values in ``overrides`` taking precedence."""
    values = {k: v for k, v in overrides.items() if v not in (None, [], ())}
    return replace(config, **values)


__all__ = ["Config", "DEFAULT_EXCLUDE", "find_config", "load_config", "merged", "resolve_config"]
