"""Safe YAML loading that remembers on which line each mapping started.

Glossary errors must say ``file:line``; PyYAML's safe loader forgets positions, so this
loader records the line of every mapping under the reserved key ``__line__``.  Aliases are
refused, so a small file cannot expand to gigabytes.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GlossaryError

if TYPE_CHECKING:
    import yaml

LINE_KEY = "__line__"


# PyYAML is imported when a file is parsed: a run whose glossary comes from the cache (every
# check after the first) never needs it.
@lru_cache(maxsize=1)
def _loaders() -> tuple[type[yaml.SafeLoader], type[yaml.SafeLoader]]:
    """(the base loader, the line-recording loader)."""
    import yaml

    base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml parses 10× faster

    class _LineLoader(base):  # type: ignore[valid-type,misc]
        """SafeLoader that stores each mapping's 1-based start line under ``__line__``."""

        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if key in seen:
                    raise GlossaryError(f"duplicate key {key!r}", line=key_node.start_mark.line + 1)
                seen.add(key)
            mapping = super().construct_mapping(node, deep=deep)
            mapping[LINE_KEY] = node.start_mark.line + 1
            return mapping

    return base, _LineLoader


def _refuse_aliases(text: str) -> None:
    """Refuse YAML aliases (``*name``): a few hundred bytes of nested aliases expand to
    gigabytes (the "billion laughs"), and a glossary has no need of them."""
    if "&" not in text or "*" not in text:
        return  # an alias needs an anchor: most files are settled without parsing twice
    import yaml

    for event in yaml.parse(text, Loader=_loaders()[0]):
        if isinstance(event, yaml.AliasEvent):
            raise GlossaryError("YAML aliases (*name) are not allowed in a glossary; write the value out",
                                line=event.start_mark.line + 1 if event.start_mark is not None else None)


def load_yaml(path: Path) -> Any:
    """Load one YAML file with line annotations; raise :class:`GlossaryError` on bad input."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise GlossaryError(f"cannot read glossary file: {exc.strerror or exc}", path) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise GlossaryError("glossary file is not valid UTF-8", path, line) from exc
    import yaml

    try:
        _refuse_aliases(text)
        return yaml.load(text, Loader=_loaders()[1])  # noqa: S506 - the loader derives from SafeLoader
    except GlossaryError as exc:
        raise GlossaryError(exc.message, path, exc.line) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = mark.line + 1 if mark is not None else None
        what = exc.problem or exc.context or "malformed YAML"
        raise GlossaryError(f"malformed YAML: {what}", path, where) from exc
    except yaml.YAMLError as exc:
        raise GlossaryError(f"malformed YAML: {' '.join(str(exc).split())}", path) from exc


def strip_lines(data: Any) -> Any:
    """Return a copy of ``data`` without the ``__line__`` annotations."""
    if isinstance(data, dict):
        return {k: strip_lines(v) for k, v in data.items() if k != LINE_KEY}
    if isinstance(data, list):
        return [strip_lines(v) for v in data]
    return data


def line_of(data: Any, path: list[Any] | tuple[Any, ...]) -> int | None:
    """Line of the innermost mapping found along ``path`` (a jsonschema error path)."""
    line = data.get(LINE_KEY) if isinstance(data, dict) else None
    node = data
    for key in path:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and LINE_KEY in node:
            line = node[LINE_KEY]
    return line
