"""Filling a PO file's untranslated glossary terms with their French, marked fuzzy for review.

An entry is filled when it is untranslated (empty ``msgstr``, not fuzzy, not obsolete) and
its ``msgid`` is, whatever its case or inflection, an English term of the glossary — alone,
or as a short label around it: punctuation, a colon, an ellipsis, an accelerator ``&``, a
placeholder or a parenthesised abbreviation (« Bone marrow: », « Stem cells (%s) »), which
are kept.  The singular gets the preferred French term, a plural its plural, a plural entry
every slot of its ``Plural-Forms`` header (the singular in the slot
of 1, the plural in the others), in the source's case (Capitalised, Title Case → Capitalised as French titles
are, ALL CAPS → ALL CAPS).  When several concepts share the English term, the entry's
``msgctxt`` (a concept id, as in the catalogs ``medgloss catalog build`` writes) decides;
without it the entry is left alone.

The file is edited in place, not rewritten: only the filled ``msgstr`` literals and their
``#, fuzzy`` flags change, every other byte (header, wrapping, comments, line endings) is
kept, in the charset the catalog declares.  A French term that charset cannot write (« œ »
in ISO-8859-1) is replaced by an admitted term it can, or the entry is left alone with a
note.  The file is written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polib

import re

from ..documents.declared import declared_encoding
from ..documents.io import decode, encode, read_bytes
from ..documents.plurals import GNU_FRENCH, PluralForms, parse_plural_forms
from ..documents.po import fuzzy_insert
from ..documents.po_syntax import Entry, scan_po
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
    # (line of the msgid, msgid, French written) of each filled entry
    fills: list[tuple[int, str, str]] = field(default_factory=list)
    # (line, msgid, why) of each entry a term matched but that was left alone
    refused: list[tuple[int, str, str]] = field(default_factory=list)


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
    """``text`` in the case of the source ``model``: ALL CAPS stays ALL CAPS (« BONE MARROW »
    → « MOELLE OSSEUSE »), a capital first letter (Title Case included, which French titles
    do not use) gives one; an acronym or mixed-case term (IgIV) keeps its own case."""
    letters = [c for c in model if c.isalpha()]
    if is_acronym(text):
        return text
    if len(letters) > 3 and all(c.isupper() for c in letters) and " " in model.strip():
        return text.upper()
    if " " not in model.strip() and is_acronym(model):
        return text
    return match_case(model, text)


# What may surround a term in a short label and is kept as it is: an accelerator, spaces,
# punctuation, an ellipsis, printf/brace placeholders, a parenthesised abbreviation.
_AFFIX = r"(?:\s|[&*:.,;!?…+#\-–]|%(?:\(\w+\))?[sd]|\{\w*\}|\([^()]{1,12}\))*"
_LABEL = re.compile(rf"^(?P<before>{_AFFIX}?)(?P<term>[^\W\d_].*?[^\W\d_]|[^\W\d_])(?P<after>{_AFFIX})$", re.DOTALL)


def _split_label(msgid: str) -> tuple[str, str, str]:
    """(prefix, term, suffix) of a label; the term is the whole text when nothing surrounds it."""
    match = _LABEL.match(msgid)
    if match is None:
        return "", msgid, ""
    before, term, after = match.group("before"), match.group("term"), match.group("after")
    return before.replace("&", ""), term.replace("&", ""), after.replace("&", "")


def _matches(glossary: Glossary, msgid: str, context: str | None) -> tuple[list[TermMatch], str, str, str]:
    before, term, after = _split_label(msgid)
    if term != msgid:
        matches = match_english(glossary, term, context)
        if matches:
            return matches, before, term, after
    return match_english(glossary, msgid, context), "", msgid, ""


def _french_affix(affix: str) -> str:
    """A label's affix in French typography: a no-break space before « : ; ! ? »."""
    return re.sub(r"^\s*([:;!?])", "\u00a0\\1", affix)


def _representable(match: TermMatch, singular: str, plural: str, encoding: str) -> tuple[str, str] | None:
    """The renderings, or those of an admitted term, that ``encoding`` can write."""
    candidates = [(singular, plural)]
    for term in match.concept.terms:
        if not term.status.is_wrong and term.text != singular:
            single = term.text
            many = single if is_acronym(single) or term.pos not in (None, "noun") else pluralise(single)
            candidates.append((single, many))
    for one, many in candidates:
        try:
            one.encode(encoding)
            many.encode(encoding)
        except UnicodeEncodeError:
            continue
        return one, many
    return None


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


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def _untranslated(entry: Entry) -> bool:
    return (not entry.obsolete and not entry.is_header and bool(entry.value("msgid"))
            and "fuzzy" not in entry.flags and all(not f.value for f in entry.msgstrs) and bool(entry.msgstrs))


def pretranslate_text(text: str, path: str, glossary: Glossary, encoding: str = "utf-8",
                      forms: PluralForms | None = None) -> tuple[str, PretranslateResult]:
    """The PO ``text`` with its untranslated glossary terms filled (fuzzy), and what was done.

    Only the filled ``msgstr`` literals and the entries' flags change; every other character
    is kept.  :class:`DocumentError` if ``text`` is not PO."""
    entries = scan_po(text, path)
    singular_slot = (forms or parse_plural_forms(GNU_FRENCH)).singular_slot
    result = PretranslateResult()
    edits: list[tuple[int, int, str]] = []
    for entry in entries:
        if not _untranslated(entry):
            continue
        result.untranslated += 1
        msgid = entry.value("msgid") or ""
        matches, before, term, after = _matches(glossary, msgid, entry.value("msgctxt"))
        if len(matches) != 1:
            if matches:
                result.ambiguous.append(msgid)
            continue
        match = matches[0]
        singular, plural = french_strings(match)
        written = _representable(match, singular, plural, encoding)
        if written is None:
            result.refused.append((entry.line, msgid, f"{encoding} cannot write « {singular} »"))
            continue
        singular, plural = written
        before, after = _french_affix(before), _french_affix(after)
        msgid_plural = entry.value("msgid_plural")
        texts: dict[int | None, str] = {}
        if msgid_plural is not None:
            plural_term = _split_label(msgid_plural)[1]
            for field_ in entry.msgstrs:
                index = field_.index or 0
                chosen = _cased(term, singular) if index == singular_slot else _cased(plural_term, plural)
                texts[field_.index] = before + chosen + after
        else:
            texts[None] = before + _cased(term, plural if match.plural else singular) + after
        try:
            for value in texts.values():
                value.encode(encoding)
        except UnicodeEncodeError:
            result.refused.append((entry.line, msgid, f"{encoding} cannot write « {next(iter(texts.values()))} »"))
            continue
        for field_ in entry.msgstrs:
            literal = field_.literals[0]
            edits.append((literal.start, literal.end, _escape(texts.get(field_.index, texts.get(None, "")))))
        insert = fuzzy_insert(text, entry)
        if insert is not None:
            edits.append((insert[0], insert[0], insert[1]))
        shown = texts.get(None) or texts.get(0) or ""
        result.filled.append(msgid)
        result.fills.append((entry.line, msgid, shown))
    pieces, done = [], 0
    for start, end, replacement in sorted(edits):  # one pass: the untouched text copied once
        pieces += [text[done:start], replacement]
        done = end
    pieces.append(text[done:])
    return "".join(pieces), result


def pretranslate_file(path: str | Path, glossary: Glossary) -> PretranslateResult:
    """Fill a PO file's untranslated glossary terms in place (atomically, only if any), in
    the charset it declares; :class:`DocumentError` for a missing or malformed file."""
    name = str(path)
    data = read_bytes(name)
    catalog = load_po(path)  # polib's verdict on the syntax, with its line, before anything is touched
    decoded = decode(data, name, declared_encoding(name, data))
    text, result = pretranslate_text(decoded.text, name, glossary, decoded.encoding, plural_forms(catalog))
    if result.filled:
        write_file(path, encode(text, decoded.encoding, decoded.bom, name))
    return result


__all__ = ["PretranslateResult", "TermMatch", "french_strings", "load_po", "match_english", "pretranslate",
           "pretranslate_file", "pretranslate_text"]
