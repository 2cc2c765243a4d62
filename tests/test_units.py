"""MG117: measurements left in American units, with their metric value written the French way."""

from __future__ import annotations

import pytest

from medgloss import check_text
from medgloss.checks.units import unit_findings
from medgloss.fixing.apply import apply_fixes

NBSP = "\u00a0"

# (wrong sentence, the span reported, the metric value proposed)
WRONG = [
    ("Appelez le médecin si la fièvre dépasse 103 °F.", "103 °F", f"39,4{NBSP}°C"),
    ("Une fièvre de 100.4˚F chez un nourrisson demande une consultation.", "100.4˚F", f"38{NBSP}°C"),
    ("La température normale est de 98,6 degrés Fahrenheit.", "98,6 degrés Fahrenheit", f"37{NBSP}°C"),
    ("La fièvre oscille entre 100 et 102 °F depuis hier.", "100 et 102 °F", f"37,8 et 38,9{NBSP}°C"),
    ("Elle a perdu 10 livres en deux mois sans régime.", "10 livres", f"4,5{NBSP}kg"),
    ("Le bébé pesait 7 lbs à la naissance.", "7 lbs", f"3,2{NBSP}kg"),
    ("La masse mesurait 2 pouces de diamètre.", "2 pouces", f"5,1{NBSP}cm"),
    ("Buvez 8 onces d’eau toutes les heures.", "8 onces", f"237{NBSP}ml"),
    ("Ne dépassez pas 4 oz de jus par jour.", "4 oz", f"118{NBSP}ml"),
    ("Marchez 2 milles chaque jour pour renforcer votre cœur.", "2 milles", f"3,2{NBSP}km"),
]

RIGHT = [
    "Appelez le médecin si la fièvre dépasse 39,4 °C.",
    # The metric value beside the American one, the metric first: a careful page keeps both.
    "Si la fièvre dépasse 39,4 °C, soit 103 °F, appelez le médecin.",
    "Une température de 39 °C (102 °F) est une fièvre.",
    "Le bébé pesait 3,2 kg (7 lb) à la naissance.",
    # The ambiguous names where nothing is measured: books, thumbs, feet, thousands.
    "J’ai lu trois livres sur la santé du cœur.",
    "Il a deux pieds plats et un pouce cassé.",
    "Le prix est de 30 livres sterling au Royaume-Uni.",
    # A number without a unit, and metric units.
    "Prenez 2 comprimés de 500 mg toutes les 6 heures, sans dépasser 4 g par jour.",
    "La mi-temps thérapeutique dure 3 mois.",
]


@pytest.mark.parametrize(("text", "span", "metric"), WRONG)
def test_american_units_are_reported_with_their_metric_value(text: str, span: str, metric: str) -> None:
    (finding,) = [f for f in check_text(text) if f.rule == "MG117"]
    assert finding.found == span and finding.severity == "warning"
    assert finding.replacements == [metric] and not finding.fix.safe
    fixed = apply_fixes(text, [finding], unsafe=True).text
    assert metric in fixed and span not in fixed


@pytest.mark.parametrize("text", RIGHT)
def test_metric_values_and_other_senses_stay_silent(text: str) -> None:
    assert not unit_findings(text, "<string>")
    assert not [f for f in check_text(text) if f.rule == "MG117"]


def test_an_english_thousands_comma_gets_no_conversion() -> None:
    # « 1,500 » is 1.5 in French and 1500 in English: the value is not guessed.
    assert not unit_findings("Le sac pèse 1,500 lb selon l’étiquette.", "<string>")


def test_a_metric_value_in_the_next_sentence_does_not_silence_the_american_one() -> None:
    # « 38 degrés » measures another fever: only a value within the same sentence is the
    # conversion of this one.
    text = ("Appelez le médecin si la fièvre dépasse 103 °F chez un enfant.\n"
            "Une fièvre de 38 degrés chez l’adulte impose de consulter.")
    (finding,) = unit_findings(text, "<string>")
    assert finding.found == "103 °F"
    assert not unit_findings(text.replace("103 °F", "103 °F, soit 39,4 °C,"), "<string>")


@pytest.mark.parametrize(("text", "found", "kept"), [
    ("Si la fièvre dépasse 103 °F (39,4 °C), appelez le médecin.", "103 °F (39,4 °C)", "39,4 °C"),
    ("Au-delà de 100,4˚ Fahrenheit (38˚ Celsius), consultez.", "100,4˚ Fahrenheit (38˚ Celsius)", "38˚ Celsius"),
    ("Un nouveau-né de 7 lb (3,2 kg) a un poids normal.", "7 lb (3,2 kg)", "3,2 kg"),
])
def test_the_american_value_first_with_its_conversion_in_brackets_keeps_the_metric_alone(
        text: str, found: str, kept: str) -> None:
    # the American page's order carried over: the fix keeps the page's own conversion
    (finding,) = unit_findings(text, "<string>")
    assert finding.found == found and finding.replacements == [kept]
