"""Writing imported glossary data as a YAML file in the bundled glossary's own style.

Concepts are block mappings separated by a blank line, English terms a flow list and each
French term a one-line flow mapping, as a terminologist writes them by hand; PyYAML does
the quoting, so any text (« A&E », « yes », colons) reads back unchanged.
"""

from __future__ import annotations

from typing import Any

import yaml

from ..glossary.yaml_io import strip_lines

_CONCEPT_KEYS = ("id", "domain", "source", "definition", "note", "en", "derived", "fr")
_TERM_KEYS = ("term", "status", "pos", "gender", "number", "abbreviation", "use", "note", "forms", "source", "admitted_in")


class _Flow(dict[str, Any]):
    """A mapping written on one line."""


class _FlowList(list[Any]):
    """A list written on one line."""


class _Dumper(yaml.SafeDumper):
    """Safe dumper that indents block lists under their key, as the glossary files do."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)




class _CDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """libyaml's emitter: five times faster, but it writes block lists flush with their key."""


for _dumper in (_Dumper, _CDumper):
    _dumper.add_representer(_Flow, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True))
    _dumper.add_representer(_FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def _fast_dump(document: dict[str, Any]) -> str | None:
    """libyaml's output re-indented to the files' style; ``None`` if it does not read back the same.

    The only block lists are the concepts and their French terms, whose entries libyaml
    starts with ``- id:`` and ``  - {`` at known columns.  When a string may span lines (a
    multi-line note), the text is read back and compared, in case shifting lines changed it.
    """
    if not hasattr(yaml, "CSafeDumper"):
        return None
    raw = yaml.dump(document, Dumper=_CDumper, allow_unicode=True, sort_keys=False, width=4096)
    head, sep, body = raw.partition("\nconcepts:\n")
    if not sep:
        return None
    lines = ["  " + line if line else line for line in body.split("\n")]
    lines = ["  " + line if line.startswith("    - {") else line for line in lines]
    text = head + sep + "\n".join(lines)
    if not _spans_lines(document):
        return text  # every scalar sits on its own line: shifting whole lines cannot change it
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return text if yaml.load(text, Loader=loader) == document else None  # noqa: S506


def _spans_lines(value: Any) -> bool:
    """True if some string could be written over several lines (a line break, or very long)."""
    if isinstance(value, str):
        return "\n" in value or "\r" in value or len(value) > 2000
    if isinstance(value, dict):
        return any(_spans_lines(v) for v in value.values())
    if isinstance(value, list):
        return any(_spans_lines(v) for v in value)
    return False


def _ordered(record: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {key: record[key] for key in keys if key in record}


def _concept(raw: dict[str, Any]) -> dict[str, Any]:
    concept = _ordered(raw, _CONCEPT_KEYS)
    concept["en"] = _FlowList(concept["en"])
    terms = []
    for term in concept["fr"]:
        flow = _Flow(_ordered(term, _TERM_KEYS))
        if "forms" in flow:
            flow["forms"] = _FlowList(flow["forms"])
        terms.append(flow)
    concept["fr"] = terms
    return concept


def glossary_yaml(data: dict[str, Any], header: str = "") -> str:
    """YAML text of glossary file data (``__line__`` keys dropped), with ``header`` as comments."""
    clean = strip_lines(data)
    document = {
        "domain": clean["domain"],
        "sources": clean.get("sources") or {},
        "concepts": [_concept(c) for c in clean.get("concepts") or []],
    }
    text = _fast_dump(document)
    if text is None:
        text = yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=4096)
    # A blank line between concepts, as in the hand-written files.
    text = text.replace("\n  - id: ", "\n\n  - id: ").replace("concepts:\n\n", "concepts:\n")
    comments = "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines())
    return comments + text


__all__ = ["glossary_yaml"]
