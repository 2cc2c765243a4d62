"""The pieces that TBX and CSV exchange share: glossary data in the shape of a YAML file.

Importers do not build :class:`~medgloss.glossary.model.Concept` objects themselves: they
produce the same nested data a glossary YAML file parses into (``concepts`` with ``en`` and
``fr`` lists, ``sources``), with ``__line__`` keys holding lines of *their* input.  The
glossary loader then checks that data exactly as it checks a file, so a problem in an
imported TBX or CSV file is reported as ``file.tbx:line`` and the YAML written from it
loads with the normal loader.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import GlossaryError
from ..glossary.loader import glossary_from_data
from ..glossary.model import Glossary, Status, Term
from ..glossary.yaml_io import LINE_KEY
from ..text.fold import fold_term

# Lists inside one CSV cell or TBX note (English synonyms, extra inflected forms).
LIST_SEPARATOR = " | "
DEFAULT_SOURCE = "imported"

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*[a-z0-9]$")


def split_list(value: str) -> list[str]:
    """``"a | b"`` → ``["a", "b"]`` (empty items dropped)."""
    return [item.strip() for item in value.split(LIST_SEPARATOR.strip()) if item.strip()]


def join_list(values: tuple[str, ...] | list[str], what: str, where: tuple[str | None, int | None]) -> str:
    """The inverse of :func:`split_list`; refuses an item that holds the separator itself."""
    for value in values:
        if LIST_SEPARATOR.strip() in value:
            raise GlossaryError(f"{what} {value!r} contains '|', which separates list items in exchange files", *where)
    return LIST_SEPARATOR.join(values)


def slug(text: str) -> str:
    """A concept id made from free text: « Letter (mail) » → ``letter-mail``."""
    return "-".join(fold_term(text).split())


def concept_id(raw: str, taken: set[str]) -> str:
    """A valid, unused concept id for an identifier read from another tool."""
    candidate = raw if _ID.match(raw) else slug(raw)
    if not _ID.match(candidate):
        candidate = f"concept-{candidate}".strip("-") if candidate else "concept"
    unique, n = candidate, 2
    while unique in taken:
        unique, n = f"{candidate}-{n}", n + 1
    taken.add(unique)
    return unique


def term_record(term: Term) -> dict[str, Any]:
    """A French term as the YAML files write it (defaults left out)."""
    record: dict[str, Any] = {"term": term.text, "status": term.status.value}
    for key in ("pos", "gender", "number"):
        if getattr(term, key) is not None:
            record[key] = getattr(term, key)
    if term.abbreviation:
        record["abbreviation"] = True
    for key in ("use", "note"):
        if getattr(term, key) is not None:
            record[key] = getattr(term, key)
    if term.forms:
        record["forms"] = list(term.forms)
    if term.source is not None:
        record["source"] = term.source
    if term.admitted_in:
        record["admitted_in"] = list(term.admitted_in)
    return record


def ensure_preferred(terms: list[dict[str, Any]]) -> None:
    """Other tools often give no status: then the first acceptable French term is the preferred one."""
    if any(t.get("status") == Status.PREFERRED.value for t in terms):
        return
    for term in terms:
        if term.get("status", Status.ADMITTED.value) == Status.ADMITTED.value:
            term["status"] = Status.PREFERRED.value
            return


def cited_sources(glossary: Glossary) -> dict[str, str]:
    """The declared sources that the concepts cite, in declaration order."""
    cited = {c.source for c in glossary.concepts.values()}
    cited.update(t.source for c in glossary.concepts.values() for t in c.terms if t.source)
    return {key: title for key, title in glossary.sources.items() if key in cited}


def assemble(
    concepts: list[dict[str, Any]],
    sources: dict[str, str],
    path: str,
    *,
    default_source: str = DEFAULT_SOURCE,
) -> tuple[dict[str, Any], Glossary]:
    """File data for imported ``concepts``, and the glossary it loads as (checked like a file).

    The file's ``domain`` is the most common one; other concepts keep their own.  A concept
    without a source cites ``default_source``, declared if no input declared it.
    """
    if not concepts:
        raise GlossaryError("no concept to import", path)
    domains = Counter(c["domain"] for c in concepts if c.get("domain"))
    file_domain = domains.most_common(1)[0][0] if domains else slug(Path(path).stem) or "imported"
    sources = dict(sources)
    for concept in concepts:
        if concept.get("domain") in (None, file_domain):
            concept.pop("domain", None)
        if not concept.get("source"):
            concept["source"] = default_source
            sources.setdefault(default_source, f"Imported from {Path(path).name}")
    data: dict[str, Any] = {"domain": file_domain, "sources": sources, "concepts": concepts, LINE_KEY: 1}
    return data, glossary_from_data(data, path)


__all__ = [
    "DEFAULT_SOURCE",
    "LIST_SEPARATOR",
    "assemble",
    "cited_sources",
    "concept_id",
    "ensure_preferred",
    "join_list",
    "slug",
    "split_list",
    "term_record",
]
