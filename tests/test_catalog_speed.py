"""The catalog path's round-5 shortcuts (issue 19) give the answers of the code they replaced.

Each shortcut is compared with its reference, kept here or switched back by a flag, on the real
catalogs committed under tests/data (GNU Health, GPL-3.0-or-later, see their NOTICE; GNUmed and
DHIS2 excerpts), the user's sample, and generated text:

- a plain PO entry (msgctxt, msgid, msgstr, no escape) is read in one match
  (:mod:`medgloss.documents.po_syntax`): the entries are equal to those read line by line, and
  a malformed catalog gives the same error;
- English acronyms are found by a pattern whose look-behind follows the first capital
  (:mod:`medgloss.checks.english`): the same matches as the pattern that started with it;
- folding (:mod:`medgloss.text.fold`) finds what it deletes with a pattern that starts with one
  class: the same spans as the three alternatives that each started with their own;
- MG204 (:mod:`medgloss.checks.untranslated`) masks code only in entries that can hold some, and
  sorts an entry's words only when one has an apostrophe: the same answers as before.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medgloss.checks import english as english_check
from medgloss.checks import untranslated
from medgloss.documents.po import read_po
from medgloss.documents.po_syntax import scan_po
from medgloss.errors import DocumentError
from medgloss.french.english_words import word_language
from medgloss.text import fold as fold_module

ROOT = Path(__file__).resolve().parent
CATALOGS = sorted(p for p in (ROOT / "data").rglob("*.po") if p.is_file())
SEED = ROOT.parent.parent / "shared" / "seeds" / "000_1927d8f9a20f693b.txt"


def _read(text: str, whole_entries: bool) -> object:
    """The entries of ``text``, or the error (message and line) it stops at."""
    try:
        return scan_po(text, "x.po", whole_entries=whole_entries)
    except DocumentError as error:
        return ("error", str(error), error.line)


def test_there_are_real_catalogs_with_plain_and_other_entries() -> None:
    assert len(CATALOGS) >= 5
    entries = [e for p in CATALOGS for e in scan_po(p.read_text(encoding="utf-8"), str(p))]
    assert len(entries) > 500
    # Both readings are exercised: plain entries, and entries with comments or escapes (plurals
    # are left to the generated catalogs below).
    assert any(e.flags for e in entries) and any(e.insert_at != e.start for e in entries)
    assert any(lit.escapes for e in entries for f in e.fields for lit in f.literals)


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.name)
def test_plain_entries_read_whole_are_the_entries_read_line_by_line(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    whole = _read(text, True)
    assert isinstance(whole, list) and whole
    assert whole == _read(text, False)
    # Windows line ends: no plain entry (their lines end with \r\n), the same entries as before.
    crlf = text.replace("\n", "\r\n")
    assert _read(crlf, True) == _read(crlf, False)


_LINES = [
    'msgid "a"', 'msgstr "b"', 'msgid ""', 'msgstr ""', '"x"', '"y\\n"', 'msgctxt "c"', 'msgid_plural "as"',
    'msgstr[0] "s"', 'msgstr[1] "p"', "#, fuzzy", "# c", "", "  ", '#| msgid "old"', 'msgstr "b', 'msgid "a\\q"',
    "nonsense", '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"', "#: f.c:1", 'msgid  "sp"', '\t"tab"',
    'msgstr "é"', 'msgid "a" "b"', '#~ msgid "old"', '#~ msgstr "vieux"', "# medgloss: ignore[MG204]",
    'msgstr "trailing" ', 'msgid "q\\"uote"',
]


@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=14), st.sampled_from(["\n", "\r\n", "\r"]),
       st.booleans())
def test_whole_entries_and_lines_agree_on_any_catalog(lines: list[str], end: str, last_end: bool) -> None:
    text = end.join(lines) + (end if last_end else "")
    assert _read(text, True) == _read(text, False), text


def test_a_continuation_after_a_plain_entry_still_extends_its_msgstr() -> None:
    # Past a blank line, with an escape: the plain match must not take the entry alone.
    text = 'msgid "a"\nmsgstr "b"\n\n"c\\n"\nmsgid "d"\nmsgstr "e"\n'
    entries = scan_po(text, "x.po")
    assert entries[0].value("msgstr") == "bc\n" and entries == scan_po(text, "x.po", whole_entries=False)


# The acronym pattern as it was: its look-behind first, tried at every position of the text.
_OLD_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")
_ACRONYM_PIECES = ["A", "B", "SCID", "CVID", "ABCDEFG", "é", "É", "a", "-", " ", "\n", "1", "_", "(", ")", "’", "."]


@settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(_ACRONYM_PIECES), max_size=12).map("".join))
def test_acronyms_are_the_old_patterns_on_any_text(text: str) -> None:
    assert [m.span() for m in english_check._ACRONYM.finditer(text)] == [m.span() for m in _OLD_ACRONYM.finditer(text)]


def test_acronyms_are_the_old_patterns_on_real_text() -> None:
    texts = [p.read_text(encoding="utf-8") for p in CATALOGS]
    if SEED.is_file():
        texts.append(SEED.read_text(encoding="utf-8"))
    text = "\n".join(texts)
    found = [m.span() for m in english_check._ACRONYM.finditer(text)]
    assert len(found) > 100
    assert found == [m.span() for m in _OLD_ACRONYM.finditer(text)]


def _old_looks_english(target: str) -> bool:
    """MG204's test as it was: the code pattern on every entry, the words always sorted."""
    words = [w.lower() for w in untranslated._WORD.findall(untranslated._CODE.sub(" ", target.replace("&", "")))]
    if len(words) < untranslated.MIN_ENGLISH_WORDS:
        return False
    words.sort(key=untranslated._elided)
    languages = [word_language(w) for w in words]
    if "fr" in languages:
        return False
    english = languages.count("en")
    return english >= untranslated.MIN_ENGLISH_WORDS and english / len(words) >= untranslated.MIN_ENGLISH_SHARE


_ENTRY_PIECES = ["The", " ", "patient", "record", "is", "saved", "Le", "dossier", "%s", "%(name)s", "{0}", "<b>",
                 "</b>", "&amp;", "&", "user@example.org", "http://x.org/a", "HTTP", "don't", "l’unité", "’", "'",
                 "@", "%", "{", "<", ",", "İstanbul", "ŉ"]


@settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(_ENTRY_PIECES), max_size=10).map("".join))
def test_entries_left_in_english_are_the_old_tests_answers(target: str) -> None:
    assert untranslated.looks_english(target) == _old_looks_english(target)


def test_entries_left_in_english_are_the_old_tests_answers_on_real_catalogs() -> None:
    targets = {u.source for p in CATALOGS for u in read_po(str(p), p.read_text(encoding="utf-8")).units}
    targets |= {e.value("msgstr") or "" for p in CATALOGS for e in scan_po(p.read_text(encoding="utf-8"), str(p))}
    answers = {t: untranslated.looks_english(t) for t in targets}
    assert sum(answers.values()) > 50 and sum(not a for a in answers.values()) > 200
    assert answers == {t: _old_looks_english(t) for t in targets}


# Folding's deletion pattern as it was: three alternatives, each starting with its own class.
_S = fold_module._SPACE_CLASS
_OLD_DELETE = re.compile(
    "[\\x00\\xad\\u200b-\\u200d\\u2060\\ufeff\\u0300-\\u036f]+"
    f"|{_S}(?<=\\w.)(?:{_S}+\\n?|\\n){_S}*(?=\\w)"
    f"|{_S}(?<=\\w\\n.){_S}*(?=\\w)"
)
_FOLD_PIECES = ["a", "é", " ", "  ", "\n", "\n\n", "\t", "\r", "\xa0", "\u202f", "\u2009", "\x00", "\xad", "\u200b",
                "\ufeff", "\u0301", "-", ".", "1", "_", "œ"]


@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(_FOLD_PIECES), max_size=16).map("".join))
def test_folding_deletes_what_the_old_pattern_deleted(text: str) -> None:
    assert [m.span() for m in fold_module._DELETE.finditer(text)] == [m.span() for m in _OLD_DELETE.finditer(text)]


def test_folding_deletes_what_the_old_pattern_deleted_in_real_views() -> None:
    views = [read_po(str(p), p.read_text(encoding="utf-8")).view for p in CATALOGS]
    views += [p.read_text(encoding="utf-8", errors="replace") for suffix in ("txt", "md", "html", "xlf", "tmx")
              for p in sorted((ROOT / "data").rglob(f"*.{suffix}")) if p.is_file()]
    if SEED.is_file():
        views.append(SEED.read_text(encoding="utf-8"))
    text = "\n".join(views)
    spans = [m.span() for m in fold_module._DELETE.finditer(text)]
    assert len(spans) > 100
    assert spans == [m.span() for m in _OLD_DELETE.finditer(text)]
