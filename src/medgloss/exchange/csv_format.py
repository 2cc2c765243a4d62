"""CSV export and import of the glossary's concepts, in the columns translation platforms use.

One row per French term.  The first three columns are the ones Weblate's CSV glossaries
(translate-toolkit's CSV) read, and those Crowdin's import lets one map as *term* and
*translation*; the others carry the rest of the concept so that an export imports back to
the same glossary:

========================  =============================================================
``source``                the concept's first English term (Weblate *source*)
``target``                the French term (Weblate *target*)
``context``               the concept id (Weblate *context*: tells apart homonyms)
``status``                preferred, admitted, deprecated or forbidden
``pos`` ``gender``        noun/adj/verb/adv/phrase; m/f
``number``                s or p, when the term is always singular or plural
``abbreviation``          ``yes`` for an abbreviation (matched case-sensitively)
``use``                   the correction of a deprecated or forbidden term
``note``                  the term's note
``forms``                 extra inflected forms, ``a | b``
``term_source``           the term's own reference terminology (key), and its title in
``term_source_title``
``en``                    every English term of the concept, ``a | b``
``definition``            the concept's definition
``domain``                its sub-domain
``concept_note``          the concept's note
``concept_source``        the concept's reference terminology (key), and its title in
``concept_source_title``
========================  =============================================================

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written with a
leading ``'`` so that a spreadsheet shows it as text instead of running it (OWASP CSV
injection); the import removes that apostrophe again.

Concept columns repeat on every row of the concept.  A hand-written file needs only
``source`` and ``target``: rows are grouped into concepts by ``context`` when the file has
an ``en`` column (medgloss's own export), else by source term and context; without
``status`` the first French term of a concept is the preferred one.  Weblate's
``developer_comments`` and ``translator_comments`` are read as definition and note.
Mistranslation rules are not glossary rows: they stay in the YAML files.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ..documents.io import decode, read_bytes
from ..errors import GlossaryError
from ..glossary.model import Glossary
from ..glossary.yaml_io import LINE_KEY
from .records import assemble, concept_id, ensure_preferred, join_list, slug, split_list, term_record

COLUMNS = [
    "source", "target", "context", "status", "pos", "gender", "number", "abbreviation", "use", "note", "forms",
    "term_source", "term_source_title", "en", "definition", "domain", "concept_note", "concept_source",
    "concept_source_title", "derived", "admitted_in",
]
# Other tools' names for the same columns.
_ALIASES = {
    "term": "source", "translation": "target", "concept": "context", "developer_comments": "definition",
    "description": "definition", "translator_comments": "note", "part of speech": "pos", "partofspeech": "pos",
}
_CONCEPT_COLUMNS = ("en", "definition", "domain", "concept_note", "concept_source", "derived")
_YES = {"yes", "true", "1", "y", "x"}
_NO = {"", "no", "false", "0", "n"}


# Cells a spreadsheet would run as a formula (OWASP "CSV injection"): they are written with a
# leading apostrophe, which spreadsheets show as text, and which the import takes off again.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralised(cell: str) -> str:
    """``cell`` safe to open in a spreadsheet: ``'`` before a formula-starting character."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def restored(cell: str) -> str:
    """The cell :func:`neutralised` wrote (a leading ``'`` before a formula character is ours)."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_START) else cell


class _SafeWriter(csv.DictWriter):
    def writerow(self, rowdict):
        return super().writerow({k: neutralised(v) if isinstance(v, str) else v for k, v in rowdict.items()})


def glossary_csv(glossary: Glossary) -> str:
    """The glossary's concepts as CSV text, one row per French term."""
    buffer = io.StringIO()
    writer = _SafeWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for concept in glossary.concepts.values():
        shared = {
            "source": concept.en[0],
            "context": concept.id,
            "en": join_list(concept.en, "English term", (concept.path, concept.line)),
            "definition": concept.definition or "",
            "domain": concept.domain,
            "concept_note": concept.note or "",
            "concept_source": concept.source,
            "concept_source_title": glossary.sources.get(concept.source, ""),
            "derived": join_list(concept.derived, "derived form", (concept.path, concept.line)),
        }
        for term in concept.terms:
            record = term_record(term)
            where = (concept.path, term.line or concept.line)
            writer.writerow({
                **shared,
                "target": term.text,
                "status": term.status.value,
                "pos": term.pos or "",
                "gender": term.gender or "",
                "number": term.number or "",
                "abbreviation": "yes" if term.abbreviation else "",
                "use": term.use or "",
                "note": term.note or "",
                "forms": join_list(record.get("forms", []), "inflected form", where),
                "term_source": term.source or "",
                "term_source_title": glossary.sources.get(term.source, "") if term.source else "",
                "admitted_in": " | ".join(term.admitted_in),
            })
    return buffer.getvalue()


def _header(fields: list[str] | None, path: str) -> list[str]:
    names = [_ALIASES.get(f.strip().lower(), f.strip().lower()) for f in fields or []]
    if "source" not in names or "target" not in names:
        raise GlossaryError("the first line must name the columns, with at least 'source' and 'target'", path, 1)
    return names


def _declare(sources: dict[str, str], key: str, title: str, path: str, line: int) -> None:
    if not title:
        return
    if sources.setdefault(key, title) != title:
        raise GlossaryError(f"source {key!r} has two different titles", path, line)


def _term(row: dict[str, str], path: str, line: int) -> dict[str, Any]:
    record: dict[str, Any] = {"term": row["target"], LINE_KEY: line}
    for key in ("status", "pos", "gender", "number", "use", "note"):
        if row.get(key):
            record[key] = row[key]
    flag = (row.get("abbreviation") or "").lower()
    if flag not in _YES | _NO:
        raise GlossaryError(f"abbreviation must be yes or empty, not {row['abbreviation']!r}", path, line)
    if flag in _YES:
        record["abbreviation"] = True
    if row.get("forms"):
        record["forms"] = split_list(row["forms"])
    if row.get("term_source"):
        record["source"] = row["term_source"]
    if row.get("admitted_in"):
        record["admitted_in"] = split_list(row["admitted_in"])
    return record


def _merge_concept(concept: dict[str, Any], row: dict[str, str], path: str, line: int) -> None:
    """Concept columns: the first row that fills one gives it; another row may not contradict it."""
    for column in _CONCEPT_COLUMNS:
        value = row.get(column) or ""
        key = {"concept_note": "note", "concept_source": "source"}.get(column, column)
        if not value:
            continue
        if column == "en":
            for text in split_list(value):
                if text not in concept["en"]:
                    concept["en"].append(text)
        elif column == "derived":
            for text in split_list(value):
                if text not in concept.setdefault("derived", []):
                    concept["derived"].append(text)
        elif concept.setdefault(key, value) != value:
            raise GlossaryError(f"{column} of concept {concept['id']!r} differs from an earlier row", path, line)


def read_csv(path: str, *, default_source: str = "imported") -> tuple[dict[str, Any], Glossary]:
    """Glossary file data read from a CSV file, and the glossary it makes (checked as a file is)."""
    text = decode(read_bytes(path), path).text
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        names = _header(next(reader, None), path)
        concepts: dict[str, dict[str, Any]] = {}
        sources: dict[str, str] = {}
        taken: set[str] = set()
        own_format = "en" in names
        line = reader.line_num + 1
        for cells in reader:
            row = {name: restored(cell.strip()) for name, cell in zip(names, cells)}
            if any(row.values()):
                _read_row(row, path, line, own_format, concepts, sources, taken)
            line = reader.line_num + 1
    except csv.Error as exc:
        raise GlossaryError(f"malformed CSV: {exc}", path, reader.line_num) from exc
    for concept in concepts.values():
        ensure_preferred(concept["fr"])
    return assemble(list(concepts.values()), sources, path, default_source=default_source)


def _read_row(row: dict[str, str], path: str, line: int, own_format: bool, concepts: dict[str, dict[str, Any]],
              sources: dict[str, str], taken: set[str]) -> None:
    if not row.get("source") or not row.get("target"):
        raise GlossaryError("a row needs both a source (English) and a target (French) term", path, line)
    context = row.get("context") or ""
    key = context if own_format and context else f"{row['source']}\0{context}"
    concept = concepts.get(key)
    if concept is None:
        raw_id = context if own_format and context else slug(f"{row['source']} {context}")
        concept = concepts[key] = {"id": concept_id(raw_id, taken), LINE_KEY: line, "en": [], "fr": []}
    if row["source"] not in concept["en"] and not row.get("en"):
        concept["en"].append(row["source"])
    _merge_concept(concept, row, path, line)
    if row["source"] not in concept["en"]:
        concept["en"].insert(0, row["source"])
    concept["fr"].append(_term(row, path, line))
    if row.get("concept_source"):
        _declare(sources, row["concept_source"], row.get("concept_source_title", ""), path, line)
    if row.get("term_source"):
        _declare(sources, row["term_source"], row.get("term_source_title", ""), path, line)


__all__ = ["COLUMNS", "glossary_csv", "read_csv"]
