"""``--format sarif``: one SARIF 2.1.0 log for code-scanning tools (GitHub, GitLab, VS Code).

One run; ``tool.driver.rules`` lists every check code with its whole documentation (the text
``medgloss rule CODE`` prints, in the message language), so a viewer can explain a result
without medgloss installed and without a link: there is no documentation site to point to, and
a ``helpUri`` to a page that does not exist is worse than none. Replacements become SARIF
``fixes``.  It must not link anything outside the log but the project's repository.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from .. import __version__
from ..findings.codes import CODES, Code
from ..findings.model import Finding
from .rule_docs import code_documentation

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/medgloss/medgloss"
# SARIF has no "info"; "note" is its lowest level that still shows up in reviews.
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _markdown(paragraph: str) -> str:
    # The documentation quotes an HTML comment (the suppression syntax): escaped, or a
    # Markdown viewer would hide it.
    return paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rule(code: Code) -> dict[str, Any]:
    title, *body = code_documentation(code)
    return {
        "id": code.code,
        "name": code.name,
        "shortDescription": {"text": code.summary},
        "fullDescription": {"text": code.help},
        "help": {
            "text": "\n\n".join([title, *body]),
            "markdown": "\n\n".join([f"**{_markdown(title)}**", *(_markdown(p) for p in body)]),
        },
        "defaultConfiguration": {"level": _LEVELS.get(code.severity, "warning")},
        "properties": {"tags": ["terminology", "translation", code.name]},
    }


def _region(f: Finding) -> dict[str, Any]:
    # SARIF columns are 1-based and endColumn is exclusive, as ours are.
    return {
        "startLine": max(f.line, 1),
        "startColumn": max(f.column, 1),
        "endLine": max(f.end_line, f.line, 1),
        "endColumn": max(f.end_column, 1),
        "charOffset": f.offset,
        "charLength": f.length,
        "snippet": {"text": f.found},
    }


def _fixes(f: Finding) -> list[dict[str, Any]]:
    if f.fix is None or not f.fix.edits:
        return []
    replacements = [
        {
            "deletedRegion": {"charOffset": e.offset, "charLength": e.length},
            "insertedContent": {"text": e.text},
        }
        for e in f.fix.edits
    ]
    title = f.fix.title or (f"Replace with « {f.replacements[0]} »" if f.replacements else "Apply the fix")
    return [
        {
            "description": {"text": title},
            "artifactChanges": [{"artifactLocation": {"uri": _uri(f.path)}, "replacements": replacements}],
        }
    ]


def _uri(path: str) -> str:
    # A relative URI reference: forward slashes, spaces and other reserved characters escaped.
    from urllib.parse import quote

    # The file name's own bytes (an undecodable one is kept by surrogateescape), percent-encoded.
    return quote(path.replace("\\", "/").encode("utf-8", "surrogateescape"), safe="/:")


def _result(f: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "level": _LEVELS.get(f.severity, "warning"),
        "message": {"text": f.message},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}, "region": _region(f)}}
        ],
        "properties": {
            "concept": f.concept,
            "found": f.found,
            "replacements": list(f.replacements),
            "certain": f.certain,
            **({"corrected": f.corrected.text} if f.corrected is not None else {}),
        },
    }
    if f.rule in rule_index:
        result["ruleIndex"] = rule_index[f.rule]
    if f.rule_id:
        result["properties"]["glossaryRule"] = f.rule_id
    fixes = _fixes(f)
    if fixes:
        result["fixes"] = fixes
    return result


def render(findings: Sequence[Finding], files: int, documents: Mapping[str, str] | None = None) -> str:
    """The SARIF log as indented JSON."""
    codes = list(CODES.values())
    rule_index = {c.code: i for i, c in enumerate(codes)}
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "medgloss",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule(c) for c in codes],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, rule_index) for f in findings],
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
