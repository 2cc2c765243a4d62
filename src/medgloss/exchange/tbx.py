"""TBX-Basic (ISO 30042:2019, TBX v3, DCA style) export and import of the glossary's concepts.

One ``conceptEntry`` per concept (its id as ``id``), with the domain as ``subjectField``,
the concept's source as ``admin type="source"`` and its note as ``note``; an ``en``
language section with the English terms and an ``fr`` one with the definition (written in
French) and one ``termSec`` per French term: ``partOfSpeech``, ``grammaticalGender``,
``administrativeStatus``, ``termType`` *abbreviation*, the term's source and note.  The
titles of the sources go to the header's ``sourceDesc``, one ``p`` each: ``key: title``.

TBX-Basic has no place for some of medgloss's data; they travel as term ``note`` elements
of the form ``key: value`` that the importer reads back (and that a reviewer can read):

- ``status: forbidden`` — TBX-Basic's strongest status is *deprecated*; a forbidden term is
  exported as ``deprecatedTerm-admn-sts`` plus this note;
- ``use: …`` — the correction of a deprecated or forbidden term;
- ``admitted in: fr-BE, fr-CH`` — the varieties of French where a flagged term is admitted;
- ``number: singular|plural``, ``forms: a | b`` (extra inflected forms), ``pos: phrase``
  (TBX-Basic's parts of speech stop at noun/verb/adjective/adverb/other).

A plain note that happens to start with one of these keys is written ``note: …`` so that it
is not mistaken for one.  Mistranslation rules (context conditions, example sentences) are
not terminology and have no TBX form: they stay in the YAML files.

Reading also takes TBX v2 (ISO 30042:2008, ``martif`` with ``termEntry``/``langSet``/
``tig``/``ntig``), which some tools still export.  It goes through
:func:`~medgloss.documents.xml_scan.parse_xml`, the same guarded parser as bilingual XML
documents: entity declarations (billion laughs, external entities) are refused before lxml
sees the file, lxml resolves no entity, loads no DTD and uses no network, and a reference to
an entity that only an external DTD could define is refused too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from lxml import etree

from ..terminology.candidates import Candidate
from ..documents.io import decode, read_bytes
from ..documents.xml_scan import local_name, parse_xml
from ..errors import GlossaryError
from ..glossary.model import Concept, Glossary, Status, Term
from ..glossary.yaml_io import LINE_KEY
from .records import assemble, cited_sources, concept_id, ensure_preferred, join_list, split_list

TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
# Drafts of TBX v3 used this namespace; files written with it are still around.
_NAMESPACES = {TBX_NAMESPACE, "urn:iso:std:iso:30042:ed:3.0"}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_STATUS_OUT = {
    Status.PREFERRED: "preferredTerm-admn-sts",
    Status.ADMITTED: "admittedTerm-admn-sts",
    Status.SUPERSEDED: "supersededTerm-admn-sts",
    Status.DEPRECATED: "deprecatedTerm-admn-sts",
    Status.FORBIDDEN: "deprecatedTerm-admn-sts",
}
_STATUS_IN = {
    "preferredTerm-admn-sts": Status.PREFERRED,
    "admittedTerm-admn-sts": Status.ADMITTED,
    "deprecatedTerm-admn-sts": Status.DEPRECATED,
    # Correct but replaced by the preferred term: an info finding, not a warning.
    "supersededTerm-admn-sts": Status.SUPERSEDED,
}
_POS_OUT = {"noun": "noun", "adj": "adjective", "verb": "verb", "adv": "adverb", "phrase": "other"}
_POS_IN = {"noun": "noun", "adjective": "adj", "verb": "verb", "adverb": "adv"}
_GENDER_OUT = {"m": "masculine", "f": "feminine"}
_GENDER_IN = {"masculine": "m", "feminine": "f"}
_NUMBER_OUT = {"s": "singular", "p": "plural"}
_NUMBER_IN = {v: k for k, v in _NUMBER_OUT.items()}
# TBX v2 (ISO 30042:2008, ``martif``) names of the v3 structure, for files other tools still write.
_V2_NAMES = {"termEntry": "conceptEntry", "langSet": "langSec", "tig": "termSec", "ntig": "termSec"}
_SHORT_FORMS = {"abbreviation", "acronym", "shortForm", "initialism"}
# Keys of the notes that carry what TBX-Basic has no data category for.
_NOTE_KEYS = ("status", "use", "admitted in", "number", "forms", "pos", "note")


# ── writing ──────────────────────────────────────────────────────────────────────────────


def _element(parent: etree._Element, tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    node = etree.SubElement(parent, f"{{{TBX_NAMESPACE}}}{tag}")
    for key, value in attributes.items():
        node.set(_XML_LANG if key == "lang" else key, value)
    if text is not None:
        node.text = text
    return node


def _document(title: str, sources: dict[str, str]) -> tuple[etree._Element, etree._Element]:
    """The ``tbx`` root with its header, and the ``body`` to fill."""
    root = etree.Element(f"{{{TBX_NAMESPACE}}}tbx", nsmap={None: TBX_NAMESPACE})  # type: ignore[dict-item]
    root.set("type", "TBX-Basic")
    root.set("style", "dca")
    root.set(_XML_LANG, "en")
    file_desc = _element(_element(root, "tbxHeader"), "fileDesc")
    _element(_element(file_desc, "titleStmt"), "title", title)
    if sources:
        source_desc = _element(file_desc, "sourceDesc")
        for key, value in sources.items():
            _element(source_desc, "p", f"{key}: {value}")
    return root, _element(_element(root, "text"), "body")


def _serialise(root: etree._Element) -> bytes:
    body = etree.tostring(root, encoding="unicode", pretty_print=True)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body).encode("utf-8")


def _xml_id(cid: str) -> str:
    # xml:id-like values are NCNames and may not start with a digit; ours may (« 22q11-deletion »).
    return f"_{cid}" if cid[:1].isdigit() else cid


def _plain_note(note: str) -> str:
    key, sep, _rest = note.partition(": ")
    return f"note: {note}" if sep and key in _NOTE_KEYS else note


def _term_notes(concept: Concept, term: Term) -> list[str]:
    where = (concept.path, term.line or concept.line)
    notes = []
    if term.status is Status.FORBIDDEN:
        notes.append("status: forbidden")
    if term.use is not None:
        notes.append(f"use: {term.use}")
    if term.admitted_in:
        notes.append(f"admitted in: {', '.join(term.admitted_in)}")
    if term.number is not None:
        notes.append(f"number: {_NUMBER_OUT[term.number]}")
    if term.forms:
        notes.append(f"forms: {join_list(term.forms, 'inflected form', where)}")
    if term.pos == "phrase":
        notes.append("pos: phrase")
    if term.note is not None:
        notes.append(_plain_note(term.note))
    return notes


def _french_term(lang_sec: etree._Element, concept: Concept, term: Term) -> None:
    term_sec = _element(lang_sec, "termSec")
    _element(term_sec, "term", term.text)
    if term.pos is not None:
        _element(term_sec, "termNote", _POS_OUT[term.pos], type="partOfSpeech")
    if term.gender is not None:
        _element(term_sec, "termNote", _GENDER_OUT[term.gender], type="grammaticalGender")
    _element(term_sec, "termNote", _STATUS_OUT[term.status], type="administrativeStatus")
    if term.abbreviation:
        _element(term_sec, "termNote", "abbreviation", type="termType")
    if term.source is not None:
        _element(term_sec, "admin", term.source, type="source")
    for note in _term_notes(concept, term):
        _element(term_sec, "note", note)


def glossary_tbx(glossary: Glossary, title: str = "medgloss glossary (EN→FR)") -> bytes:
    """The glossary's concepts as a TBX-Basic document (UTF-8 bytes)."""
    root, body = _document(title, cited_sources(glossary))
    for concept in glossary.concepts.values():
        entry = _element(body, "conceptEntry", id=_xml_id(concept.id))
        _element(entry, "descrip", concept.domain, type="subjectField")
        _element(entry, "admin", concept.source, type="source")
        if concept.note is not None:
            _element(entry, "note", concept.note)
        english = _element(entry, "langSec", lang="en")
        for text in concept.en:
            _element(_element(english, "termSec"), "term", text)
        french = _element(entry, "langSec", lang="fr")
        if concept.definition is not None:
            _element(french, "descrip", concept.definition, type="definition")
        if concept.derived:
            # TBX-Basic has no category for relational adjectives and combining forms.
            _element(french, "note", "derived: " + join_list(concept.derived, "derived form", (concept.path, concept.line)))
        for term in concept.terms:
            _french_term(french, concept, term)
    return _serialise(root)


def candidates_tbx(candidates: Iterable[Candidate]) -> bytes:
    """Candidate terms as TBX-Basic for review: one concept each, French variants as terms.

    Each entry belongs to the project subset *medgloss-candidates* and says in a note that it
    is a candidate, with its lemma, frequency and C-value; each variant says how often it
    was seen.  A reviewer adds the English term, the status and the source, and
    ``medgloss glossary import`` turns the file into glossary YAML.
    """
    root, body = _document("medgloss term candidates (FR), for review", {})
    for n, candidate in enumerate(candidates, 1):
        entry = _element(body, "conceptEntry", id=f"candidate-{n}")
        _element(entry, "admin", "medgloss-candidates", type="projectSubset")
        _element(entry, "note", f"candidate, not reviewed; lemma: {candidate.lemma}; "
                                f"frequency: {candidate.frequency}; C-value: {round(candidate.score, 3)}")
        french = _element(entry, "langSec", lang="fr")
        for variant, count in candidate.variants.most_common():
            term_sec = _element(french, "termSec")
            _element(term_sec, "term", variant)
            _element(term_sec, "note", f"seen {count} time{'s' if count > 1 else ''}")
    return _serialise(root)


# ── reading ──────────────────────────────────────────────────────────────────────────────


def _name(node: etree._Element) -> str:
    """The element's TBX v3 name (TBX v2 ``termEntry``, ``langSet``, ``tig``/``ntig`` mapped)."""
    name = local_name(node)
    return _V2_NAMES.get(name, name)


def _children(node: etree._Element) -> Iterator[etree._Element]:
    """Child elements, looking into ``termNoteGrp``/``descripGrp``/``adminGrp`` for their head."""
    for child in node:
        if not isinstance(child.tag, str):
            continue  # comments, processing instructions
        name = local_name(child)
        if name == "termGrp":
            yield from _children(child)  # TBX v2 ntig: the term and its termNotes, grouped
        elif name.endswith("Grp"):
            head = next((c for c in child if isinstance(c.tag, str)), None)
            if head is not None:
                yield head
        else:
            yield child


def _text(node: etree._Element) -> str:
    return "".join(str(piece) for piece in node.itertext()).strip()


def _of(node: etree._Element, name: str, kind: str | None = None) -> list[etree._Element]:
    return [c for c in _children(node) if _name(c) == name and (kind is None or c.get("type") == kind)]


def _first(node: etree._Element, name: str, kind: str | None = None) -> str | None:
    found = [_text(c) for c in _of(node, name, kind) if _text(c)]
    return found[0] if found else None


def _language(node: etree._Element) -> str:
    return (node.get(_XML_LANG) or node.get("lang") or "").lower().split("-")[0].split("_")[0]


def _line(node: etree._Element) -> int | None:
    return node.sourceline if isinstance(node.sourceline, int) else None


def _apply_notes(record: dict[str, Any], notes: list[str], path: str, line: int | None) -> None:
    plain = []
    for note in notes:
        key, sep, value = note.partition(": ")
        if not sep or key not in _NOTE_KEYS:
            plain.append(note)
        elif key == "note":
            plain.append(value)
        elif key == "status":
            if value not in {s.value for s in Status}:
                raise GlossaryError(f"unknown status {value!r} in a note", path, line)
            record["status"] = value
        elif key == "use":
            record["use"] = value
        elif key == "admitted in":
            record["admitted_in"] = [v.strip() for v in value.split(",") if v.strip()]
        elif key == "number":
            if value not in _NUMBER_IN:
                raise GlossaryError(f"number must be singular or plural, not {value!r}", path, line)
            record["number"] = _NUMBER_IN[value]
        elif key == "forms":
            record["forms"] = split_list(value)
        elif key == "pos":
            record["pos"] = value
    if plain:
        record["note"] = "\n".join(plain)


def _read_term(term_sec: etree._Element, path: str) -> dict[str, Any]:
    line = _line(term_sec)
    text = _first(term_sec, "term")
    if text is None:
        raise GlossaryError("termSec without a term", path, line)
    record: dict[str, Any] = {"term": text, LINE_KEY: line}
    for note in _of(term_sec, "termNote"):
        kind, value = note.get("type"), _text(note)
        if kind == "administrativeStatus":
            if value not in _STATUS_IN:
                raise GlossaryError(f"unknown administrativeStatus {value!r}", path, _line(note))
            record["status"] = _STATUS_IN[value].value
        elif kind == "partOfSpeech" and value in _POS_IN:
            record["pos"] = _POS_IN[value]
        elif kind == "grammaticalGender" and value in _GENDER_IN:
            record["gender"] = _GENDER_IN[value]
        elif kind == "termType" and value in _SHORT_FORMS:
            record["abbreviation"] = True
    source = _first(term_sec, "admin", "source")
    if source is not None:
        record["source"] = source
    _apply_notes(record, [_text(n) for n in _of(term_sec, "note") if _text(n)], path, line)
    return record


def _read_concept(entry: etree._Element, path: str, taken: set[str]) -> dict[str, Any]:
    line = _line(entry)
    raw_id = entry.get("id") or ""
    if raw_id.startswith("_") and raw_id[1:2].isdigit():
        raw_id = raw_id[1:]
    if not raw_id:
        raise GlossaryError("conceptEntry without an id", path, line)
    english: list[str] = []
    french: list[dict[str, Any]] = []
    definitions: dict[str, str] = {}
    concept_definition = _first(entry, "descrip", "definition")
    derived: list[str] = []
    for lang_sec in _of(entry, "langSec"):
        language = _language(lang_sec)
        if language == "fr":
            for note in _of(lang_sec, "note"):
                if _text(note).startswith("derived: "):
                    derived.extend(split_list(_text(note)[len("derived: "):]))
        definition = _first(lang_sec, "descrip", "definition")
        if definition is not None:
            definitions.setdefault(language, definition)
        for term_sec in _of(lang_sec, "termSec"):
            if language == "en":
                text = _first(term_sec, "term")
                if text is None:
                    raise GlossaryError("termSec without a term", path, _line(term_sec))
                english.append(text)
            elif language == "fr":
                french.append(_read_term(term_sec, path))
    cid = concept_id(raw_id, taken)
    if not english:
        raise GlossaryError(f"concept {cid!r} has no English term (langSec xml:lang=\"en\")", path, line)
    if not french:
        raise GlossaryError(f"concept {cid!r} has no French term (langSec xml:lang=\"fr\")", path, line)
    ensure_preferred(french)
    record: dict[str, Any] = {"id": cid, LINE_KEY: line, "en": english, "fr": french}
    for key, value in (
        ("domain", _first(entry, "descrip", "subjectField")),
        ("source", _first(entry, "admin", "source")),
        ("definition", definitions.get("fr") or concept_definition or definitions.get("en")),
    ):
        if value is not None:
            record[key] = value
    notes = [_text(n) for n in _of(entry, "note") if _text(n)]
    if notes:
        record["note"] = "\n".join(notes)
    if derived:
        record["derived"] = derived
    return record


def _header_sources(root: etree._Element) -> dict[str, str]:
    sources: dict[str, str] = {}
    for node in root.iter():
        if not isinstance(node.tag, str) or local_name(node) != "sourceDesc":
            continue
        for p in node:
            if isinstance(p.tag, str) and local_name(p) == "p":
                key, sep, title = _text(p).partition(": ")
                if sep and key and title:
                    sources.setdefault(key, title)
    return sources


def read_tbx(path: str, *, default_source: str = "imported") -> tuple[dict[str, Any], Glossary]:
    """Glossary file data read from a TBX file, and the glossary it makes (checked as a file is)."""
    text = decode(read_bytes(path), path).text
    root = parse_xml(text, path).root.node
    assert root is not None  # parse_xml pairs every element with its lxml node
    for entity in root.iter(etree.Entity):
        # parse_xml refused entity declarations; one defined in an external DTD (which is never
        # loaded) would be left as a reference: refuse it rather than read it as text.
        raise GlossaryError(f"refused: entity reference {entity.text} (DTDs and their entities are not read)",
                            path, _line(entity))
    namespace = etree.QName(root).namespace
    known = local_name(root) == "tbx" and namespace in _NAMESPACES | {None}
    if not known and not (local_name(root) == "martif" and namespace is None):
        found = local_name(root) if namespace is None else f"{{{namespace}}}{local_name(root)}"
        raise GlossaryError(f"not a TBX file: the root element is <{found}>, not <tbx xmlns=\"{TBX_NAMESPACE}\"> "
                            "(TBX v3) or <martif> (TBX v2)", path, _line(root))
    taken: set[str] = set()
    concepts = [_read_concept(entry, path, taken) for entry in root.iter() if isinstance(entry.tag, str)
                and _name(entry) == "conceptEntry"]
    return assemble(concepts, _header_sources(root), path, default_source=default_source)


__all__ = ["TBX_NAMESPACE", "candidates_tbx", "glossary_tbx", "read_tbx"]
