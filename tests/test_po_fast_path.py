"""The fast catalog path gives the findings of the slow one it replaced (issue 19).

Checking a 48,000-entry PO was made faster by scanning every English source in one pass,
reusing the French checks' hits, scanning for broken words only the paragraphs that hold a
glossary term, folding without trying a match at every masked line break, indexing sentences
later, and looking for the clinical false friends only where their English is.  Each
shortcut is switched back to the code it replaced (kept here, as it was) and the findings on
real catalogs (GNU Health, GNUmed, DHIS2: tests/data/catalogs_real, tests/data/evidence),
with errors injected into them, must be the same.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import medgloss.checks.bilingual as bilingual
import medgloss.checks.broken_words as broken_words
import medgloss.text.fold as fold_module
import medgloss.text.sentences as sentences
from medgloss.api import check_document, checker_for
from medgloss.documents.po import read_po
from medgloss.documents.registry import load_document
from medgloss.matching.english import english
from medgloss.matching.compiled import TERM
from medgloss.matching.scanner import scan, scan_each

DATA = Path(__file__).parent / "data"
CATALOGS = sorted((DATA / "catalogs_real").glob("*.fr.po")) + sorted((DATA / "evidence" / "catalogs" / "gnuhealth").glob("*.po"))

# The deletion pattern as it was, whose third alternative started with the line break.
_S = fold_module._SPACE_CLASS
_OLD_DELETE = re.compile(
    "[\\x00\\xad\\u200b-\\u200d\\u2060\\ufeff\\u0300-\\u036f]+"
    f"|{_S}(?<=\\w.)(?:{_S}+\\n?|\\n){_S}*(?=\\w)"
    f"|\\n(?<=\\w\\n){_S}+(?=\\w)"
)


def _old_deletions(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for match in _OLD_DELETE.finditer(text):
        start, end = match.span()
        if text[start] in " \t\r\n\xa0\u2007\u2009\u202f":
            start += 1
        if start < end:
            spans.append((start, end))
    return spans


def _old_cuts(text: str) -> list[int]:
    return [m.end() for m in broken_words._BLANK_LINE.finditer(text)]


def _old_bounds(cuts: list[int], length: int, position: int) -> tuple[int, int]:
    i = bisect_right(cuts, position)
    return (cuts[i - 1] if i else 0), (cuts[i] if i < len(cuts) else length)


@pytest.fixture
def slow_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every shortcut of the catalog path switched back to the code it replaced."""
    monkeypatch.setattr(bilingual, "scan_each", lambda texts, compiled: [scan(t, compiled) for t in texts])
    original = bilingual.bilingual_findings
    monkeypatch.setattr(bilingual, "bilingual_findings",
                        lambda document, checker, existing=(), domain="auto", french_hits=None, selection=None:
                        original(document, checker, existing, domain=domain, french_hits=None, selection=selection))
    friends = bilingual._source_false_friends
    monkeypatch.setattr(bilingual, "_source_false_friends", lambda *a: friends(*a[:9], None))
    monkeypatch.setattr(bilingual, "_any_clinical_english", lambda: re.compile(""))
    monkeypatch.setattr(broken_words._Paragraphs, "with_terms", lambda self: [(0, len(self.text))])

    def bounds(self: broken_words._Paragraphs, position: int) -> tuple[int, int]:
        if not hasattr(self, "old_cuts"):
            self.old_cuts = _old_cuts(self.text)  # type: ignore[attr-defined]
        return _old_bounds(self.old_cuts, len(self.text), position)  # type: ignore[attr-defined]

    monkeypatch.setattr(broken_words._Paragraphs, "bounds", bounds)
    monkeypatch.setattr(fold_module, "_deletions", _old_deletions)
    monkeypatch.setattr(sentences, "_BOUNDARY_COST", 0)
    broken_words._MEMO.clear()


def _findings(path: Path | str, text: str | None = None) -> list[dict]:
    document = load_document(str(path)) if text is None else read_po(str(path), text)
    return [dataclasses.asdict(f) for f in check_document(document)]


def _injected(path: Path) -> str:
    """The catalog with errors put in, as the benchmark does: msgstrs left in English, and
    wrong sentences of the glossary's own rule examples."""
    import polib

    catalog = polib.pofile(path.read_text(encoding="utf-8"))
    wrong = [e.text for r in checker_for().glossary.rules.values() for e in r.examples if e.is_wrong][:40]
    for n, entry in enumerate(e for e in catalog if e.translated() and not e.msgid_plural):
        if n % 7 == 3:
            entry.msgstr = entry.msgid
        elif n % 7 == 5:
            entry.msgstr = wrong[n % len(wrong)]
    return str(catalog)


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.name)
def test_fast_catalog_path_gives_the_slow_paths_findings(path: Path, request: pytest.FixtureRequest) -> None:
    fast = _findings(path)
    fast_injected = _findings(path, _injected(path))
    request.getfixturevalue("slow_path")
    assert _findings(path) == fast
    slow_injected = _findings(path, _injected(path))
    assert slow_injected == fast_injected


def test_the_injected_errors_are_found() -> None:
    """The comparison above is worth something only if the injected errors give findings."""
    found = {f["rule"] for path in CATALOGS for f in _findings(path, _injected(path))}
    assert "MG204" in found and found & {"MG101", "MG103", "MG105"}


def test_scan_each_is_one_scan_per_text_on_real_sources() -> None:
    checker = checker_for()
    terms = english(checker.glossary, TERM)
    sources = [u.source for path in CATALOGS for u in load_document(str(path)).units]
    assert sum(1 for hits in scan_each(sources, terms) if hits) > 100
    assert scan_each(sources, terms) == [scan(s, terms) for s in sources]
    assert scan_each(sources, checker.compiled) == [scan(s, checker.compiled) for s in sources]


_PIECES = ["Blood", " count", "-", "‑", "|", " ", "  ", "\n", "\r\n", "\t", "\xa0", "\x00", "\u0301", "\xad", "IgG",
           "anti", "white", "cells", "vein", "e", "é", "1", "_", ".", "subcut", "SCID"]


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join), max_size=6))
def test_scan_each_is_one_scan_per_text_on_any_text(texts: list[str]) -> None:
    terms = english(checker_for().glossary, TERM)
    assert scan_each(texts, terms) == [scan(t, terms) for t in texts]


_FOLD_PIECES = ["a", "é", " ", "\n", "\t", "\r", "\xa0", "\u202f", "\x00", "\u0301", "-", ".", "1", "_", "ß", "œ"]


@settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(_FOLD_PIECES), max_size=14).map("".join))
def test_deletions_are_the_old_patterns(text: str) -> None:
    assert fold_module._deletions(text) == _old_deletions(text)


def test_deletions_and_paragraphs_are_the_old_ones_on_a_catalog_view() -> None:
    view = "".join(load_document(str(p)).view for p in CATALOGS)
    assert fold_module._deletions(view) == _old_deletions(view)
    paragraphs = broken_words._Paragraphs(view, [])
    cuts = _old_cuts(view)
    # Around every character that is not a blank (every word, hit and finding starts on one).
    visible = [m.start() for m in re.finditer(r"[^\s]", view)]
    assert len(visible) > 10_000
    assert all(paragraphs.bounds(p) == _old_bounds(cuts, len(view), p) for p in visible)


_WORD_PIECES = ["a", "é", "É", "œ", "ab", "abcd", "élan", " ", "\n", "1", "_", "-", "ç", "ÿ", "×", "\u0301"]


@settings(max_examples=1500, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=16).map("".join), st.integers(min_value=1, max_value=5))
def test_accent_word_counts_are_the_old_ones(text: str, enough: int) -> None:
    from medgloss.checks import accents

    old = sum(1 for w in accents._WORD.findall(text) if accents._ACCENTED.search(w))
    assert accents._accented_words(text, enough) == min(old, enough)
    old_long = [m.span() for m in accents._WORD.finditer(text) if len(m.group()) >= accents._MIN_LENGTH]
    assert [m.span() for m in accents._LONG_WORD.finditer(text)] == old_long


def _old_orphan_fragment(text: str, start: int, fragment: str, lex, single: frozenset[str]) -> str | None:
    from medgloss.text.fold import fold_term

    key = fold_term(fragment)
    if key in lex.words or broken_words._any_word(lex, fragment) or broken_words.french_frequency(fragment) >= 1.0:
        return None
    lo = text.rfind(".", 0, start) + 1
    before = {fold_term(w) for w in broken_words._WORD.findall(text[lo:start]) if len(w) >= 4}
    for word in single:
        if len(word) > len(key) + 3 and word.endswith(key) and " " not in word:
            head = word[: -len(key)]
            if any(w.startswith(head) and w != word for w in before):
                return word
    return None


def test_orphan_fragments_are_the_old_ones() -> None:
    lex = broken_words.lexicon()
    _joined, single = broken_words._glossary_forms(checker_for().compiled)
    text = ("La lymphe tueuse naturelle (NK) fonction ocyte. Les immuno globuline et la cyto kine ocyte. "
            + " ".join(load_document(str(p)).view for p in CATALOGS[:4]))
    fragments = list(broken_words._FRAGMENT.finditer(text))
    results = [broken_words._orphan_fragment(text, m.start(), m.group(), lex, single) for m in fragments]
    assert results == [_old_orphan_fragment(text, m.start(), m.group(), lex, single) for m in fragments]
    assert "lymphocyte" in results
