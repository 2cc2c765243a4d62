"""Filling a PO file's untranslated glossary terms with their French, marked fuzzy for review.

An entry is filled when it is untranslated (empty ``msgstr``, not fuzzy, not obsolete) and
its ``msgid`` is, whatever its case or inflection, an English term of the glossary: the
singular gets the preferred French term, a plural its plural, a plural entry every slot of its
``Plural-Forms`` header (the singular in the slot of 1, the plural in the others).
When several concepts share the English term, the entry's ``msgctxt`` (a concept id, as in
the catalogs ``medgloss catalog build`` writes) decides; without it the entry is left alone.
Everything else in the file is kept as it was, and the file is written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polib

from ..documents.io import read_bytes
from ..documents.plurals import GNU_FRENCH, PluralForms, parse_plural_forms
from ..errors import DocumentError
from ..glossary.model import Concept, Glossary
from ..french.inflect import match_case
from ..matching.compiled import TERM
from ..matching.english import english, english_plural, is_acronym
from ..french.nominal import pluralise
from ..text.fold import fold_term
from ..documents.io import write_file
from .build import french_for


@dataclass
class PretranslateResult:
    """How many entries were filled, and which."""

    untranslated: int = 0
    filled: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TermMatch:
    """An English msgid recognised as a glossary term."""

    concept: Concept
    english: str  # the glossary's spelling of the English term
    plural: bool  # the msgid is the plural form


def match_english(glossary: Glossary, text: str, context: str | None = None) -> list[TermMatch]:
    """Concepts of which ``text`` is exactly an English term (any case, singular or plural)."""
    key = fold_term(text)
    matches: dict[str, TermMatch] = {}
    for entry in english(glossary).lookup_key(key):
        if entry.kind != TERM or (entry.case_sensitive and text not in (entry.surface, entry.surface.upper())):
            continue
        concept = glossary.concepts[entry.owner]
        plural_form = english_plural(entry.surface)
        plural = plural_form is not None and fold_term(plural_form) == key and fold_term(entry.surface) != key
        matches.setdefault(concept.id, TermMatch(concept, entry.surface, plural))
    if context and context in matches:
        return [matches[context]]
    return list(matches.values())


def french_strings(match: TermMatch) -> tuple[str, str]:
    """Singular and plural French renderings of a matched term."""
    singular = french_for(match.concept, match.english)
    plural = singular if is_acronym(singular) or match.concept.preferred.pos not in (None, "noun") else pluralise(singular)
    return singular, plural


def _cased(model: str, text: str) -> str:
    return text if is_acronym(model) or is_acronym(text) else match_case(model, text)


def plural_forms(po: polib.POFile) -> PluralForms:
    """The catalog's plural forms (GNU gettext's French ones when the header has none)."""
    header = po.metadata.get("Plural-Forms")
    try:
        return parse_plural_forms(header or GNU_FRENCH)
    except ValueError as exc:
        raise DocumentError(str(exc), po.fpath or "<catalog>") from exc


def load_po(path: str | Path) -> polib.POFile:
    """Parse a PO file; one-line errors naming the file (and line when polib gives it)."""
    read_bytes(str(path))  # polib would take a missing path for PO text: fail clearly first
    try:
        return polib.pofile(str(path), wrapwidth=78)
    except OSError as exc:
        message = str(exc)
        line = None
        if "(line " in message:
            digits = message.rsplit("(line ", 1)[1].rstrip(")")
            line = int(digits) if digits.isdigit() else None
        # polib says « Syntax error in po file X (line N) »: the path and line are ours to print.
        raise DocumentError(f"not a valid PO file ({message.split(' in po file')[0].lower()})", path, line) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise DocumentError(f"not a valid PO file: {exc}", path) from exc


def pretranslate(po: polib.POFile, glossary: Glossary) -> PretranslateResult:
    """Fill the untranslated glossary terms of ``po`` in place."""
    result = PretranslateResult()
    forms = plural_forms(po)
    for entry in po:
        if entry.obsolete or not entry.msgid or entry.fuzzy:
            continue
        if entry.msgstr or any(entry.msgstr_plural.values()):
            continue
        result.untranslated += 1
        matches = match_english(glossary, entry.msgid, entry.msgctxt)
        if len(matches) != 1:
            if matches:
                result.ambiguous.append(entry.msgid)
            continue
        singular, plural = french_strings(matches[0])
        if entry.msgid_plural:
            strings = forms.forms(_cased(entry.msgid, singular), _cased(entry.msgid_plural, plural))
            entry.msgstr_plural = dict(enumerate(strings))
        else:
            entry.msgstr = _cased(entry.msgid, plural if matches[0].plural else singular)
        entry.flags.append("fuzzy")
        result.filled.append(entry.msgid)
    return result


def pretranslate_file(path: str | Path, glossary: Glossary) -> PretranslateResult:
    """Fill a PO file's untranslated glossary terms and rewrite it atomically (if any)."""
    po = load_po(path)
    result = pretranslate(po, glossary)
    if result.filled:
        write_file(path, str(po).encode(po.encoding or "utf-8"))
    return result


__all__ = ["PretranslateResult", "TermMatch", "french_strings", "load_po", "match_english", "pretranslate",
           "pretranslate_file"]
