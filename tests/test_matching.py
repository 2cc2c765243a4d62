"""Term extraction: inflection, case, hyphens, apostrophes, Unicode, spacing; exact offsets."""

from __future__ import annotations

import unicodedata

import pytest

import medgloss


def _terms(text: str) -> list[tuple[str, str, str]]:
    found = medgloss.extract_terms(text)
    for term in found:
        assert text[term.offset : term.offset + term.length] == term.found
    return [(t.found, t.canonical, t.concept) for t in found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Une perfusion intraveineuse.", "intraveineuse"),
        ("Des perfusions intraveineuses.", "intraveineuses"),
        ("Des traitements intra-veineux.", "intra-veineux"),
        ("Les injections INTRAVEINEUSES.", "INTRAVEINEUSES"),
        ("des perfusions sous cutanées", "sous cutanées"),
        ("des perfusions sous\u2011cutanées", "sous\u2011cutanées"),
        ("une dose sous-cutane\u0301e", "sous-cutane\u0301e"),
    ],
)
def test_adjective_found_in_any_form(text: str, found: str) -> None:
    terms = _terms(text)
    concept = "intravenous" if "intra" in found.lower() else "subcutaneous"
    assert (found, medgloss.default_glossary().concept(concept).preferred.text, concept) in terms


def test_elision_and_apostrophes() -> None:
    for apostrophe in ("’", "'"):
        terms = _terms(f"On injecte l{apostrophe}immunoglobuline.")
        assert ("immunoglobuline", "immunoglobuline", "immunoglobulin") in terms


def test_multiword_term_wins_over_its_parts() -> None:
    terms = _terms("Il a reçu une greffe de moelle osseuse l’an dernier.")
    assert ("greffe de moelle osseuse", "greffe de moelle osseuse", "bone-marrow-transplant") in terms
    assert not any(found == "greffe" for found, _, _ in terms)
    assert not any(found == "moelle osseuse" for found, _, _ in terms)


def test_term_across_line_break_and_nbsp() -> None:
    text = "une greffe de\n    moelle\u00a0osseuse"
    terms = _terms(text)
    assert terms and terms[0][2] == "bone-marrow-transplant"
    assert terms[0][0] == "greffe de\n    moelle\u00a0osseuse"


def test_nfd_text_offsets_cover_the_accents() -> None:
    text = unicodedata.normalize("NFD", "Les cellules souches hématopoïétiques.")
    terms = _terms(text)
    assert terms[0][2] == "haematopoietic-stem-cell"
    assert terms[0][0].endswith("que\u0301s") or terms[0][0].endswith("ques")


def test_abbreviations_are_case_sensitive() -> None:
    assert ("IgIV", "immunoglobuline intraveineuse", "intravenous-immunoglobulin") in _terms("Perfusion d’IgIV.")
    # « iv » in lower case is a roman numeral or a typo, not the abbreviation.
    assert not any(c == "intravenous" for _, _, c in _terms("Voir le chapitre iv."))


def test_no_match_inside_words() -> None:
    assert _terms("Les veinettes et les perfusionnistes.") == []


@pytest.mark.parametrize(
    ("text", "found", "fixed"),
    [
        ("Le médecin a prescrit des IVIG tous les mois.", "IVIG", "IgIV"),
        ("Le médecin a prescrit des IVIg tous les mois.", "IVIg", "IgIV"),  # the usual English spelling
        ("Les SCIg se font à domicile.", "SCIg", "IgSC"),
    ],
)
def test_english_acronyms_in_their_written_cases(text: str, found: str, fixed: str) -> None:
    findings = medgloss.check_text(text)
    assert [(f.rule, f.found, f.replacements[0]) for f in findings] == [("MG106", found, fixed)]


def test_acronym_case_is_not_folded() -> None:
    # « ivig » in lower case is no acronym the glossary names (a case-sensitive term).
    assert medgloss.check_text("Le fichier ivig.txt est vide.") == []
