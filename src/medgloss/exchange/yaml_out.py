"""Writing imported glossary data as a YAML file in the bundled glossary's own style.

Concepts are block mappings separated by a blank line, English terms a flow list and each
French term a one-line flow mapping, as a terminologist writes them by hand; PyYAML does
the quoting, so any text (« A&E », « yes », colons) reads back unchanged.
"""

from __future__ import annotations

from typing import Any

import yaml

from ..glossary.yaml_io import strip_lines

_CONCEPT_KEYS = ("id", "domain", "source", "definition", "note", "en", "fr")
_TERM_KEYS = ("term", "status", "pos", "gender", "number", "abbreviation", "use", "note", "forms", "source")


class _Flow(dict[str, Any]):
    """A mapping written on one line."""


class _FlowList(list[Any]):
    """A list written on one line."""


class _Dumper(yaml.SafeDumper):
    """Safe dumper that indents block lists under their key, as the glossary files do."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


_Dumper.add_representer(_Flow, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True))
_Dumper.add_representer(_FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


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
    text = yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=4096,
                     default_flow_style=False)
    # A blank line between concepts, as in the hand-written files.
    text = text.replace("\n  - id: ", "\n\n  - id: ").replace("concepts:\n\n", "concepts:\n")
    comments = "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines())
    return comments + text


__all__ = ["glossary_yaml"]
