"""English acronyms of everyday concepts left in French (MG111), and the French acronyms that
share their letters (« CVA »/« AVC », « TIA »/« AIT », « STI »/« IST ») left alone.

An acronym is reported in a medical text (one with a glossary term), as in a leaflet: each
wrong sentence carries one."""

from __future__ import annotations

import pytest

from medgloss import check_text

WRONG = [
    ("Les patients atteints de COPD doivent arrêter de fumer.", "COPD", "BPCO"),
    ("Un CVA peut laisser des séquelles motrices ; la rééducation commence à l’hôpital.", "CVA", "AVC"),
    ("Après un TIA, le neurologue prescrit un anticoagulant ou un antiagrégant.", "TIA", "AIT"),
    ("La GERD provoque des brûlures d’estomac après les repas.", "GERD", "RGO"),
    ("Son fils a un ADHD diagnostiqué l’an dernier par le pédiatre.", "ADHD", "TDAH"),
    ("Une DVT se traite par des anticoagulants pendant trois mois.", "DVT", "TVP"),
    # A concept French writes without an acronym: its term, in the number the words before ask for.
    ("Le nombre de WBC augmente en cas d’infection bactérienne.", "WBC", "globules blancs"),
    ("Un taux bas de RBC se voit dans l’anémie.", "RBC", "globules rouges"),
    ("Le WBC combat l’infection ; il est produit dans la moelle osseuse.", "WBC", "globule blanc"),
]
RIGHT = [
    "Les infections sexuellement transmissibles (IST) se dépistent facilement ; une IST non traitée peut rendre stérile.",
    "Un accident vasculaire cérébral (AVC) est une urgence : appelez le 15 dès les premiers signes d’AVC.",
    "Un accident ischémique transitoire (AIT) annonce souvent un AVC ; un AIT doit être exploré en urgence.",
    "La sclérose latérale amyotrophique (SLA) touche les motoneurones ; la SLA évolue vite.",
    "Le reflux gastro-œsophagien (RGO) est fréquent chez le nourrisson.",
    # Glossed as English by the text itself.
    "Les globules blancs (WBC en anglais) combattent l’infection.",
    # In brackets after its French term, but spelt by that term too: French uses it as its own.
    "Le syndrome de Wiskott-Aldrich (WAS) associe eczéma, infections et saignements.",
]


@pytest.mark.parametrize(("text", "acronym", "french"), WRONG)
def test_english_acronym_points_to_the_french_one(text: str, acronym: str, french: str) -> None:
    found = [f for f in check_text(text) if f.found == acronym]
    assert found and found[0].rule == "MG111" and found[0].severity == "warning"
    assert found[0].replacements[0] == french


@pytest.mark.parametrize("text", RIGHT)
def test_french_acronyms_with_the_same_letters_stay_silent(text: str) -> None:
    assert not check_text(text)


@pytest.mark.parametrize(("text", "fixed"), [
    ("Un faible nombre de globules blancs (WBC) expose aux infections.",
     "Un faible nombre de globules blancs expose aux infections."),
    ("Le taux de globules rouges (RBC) baisse pendant la chimiothérapie.",
     "Le taux de globules rouges baisse pendant la chimiothérapie."),
])
def test_an_english_acronym_in_brackets_after_its_french_term_is_removed(text: str, fixed: str) -> None:
    # the English source's « white blood cells (WBC) » carried over: French has no acronym to
    # put there, so the fix drops the brackets instead of spelling the term out twice
    from medgloss import fix_text

    found = [f for f in check_text(text) if f.rule == "MG111"]
    assert found and found[0].found in ("WBC", "RBC") and found[0].severity == "warning"
    assert fix_text(text, unsafe=True) == fixed
