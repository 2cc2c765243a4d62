"""Info findings that machine translation makes are raised to warning in a text that shows it."""

from __future__ import annotations

import medgloss
from medgloss.checks import escalation

# Written for these tests, in the manner of a machine-translated leaflet: a false friend, a
# wrong collocation, a calque, then « cellules T » (a calque professionals write too).
MACHINE = (
    "Si votre enfant attrape une infection, appelez le centre. "
    "Le diagnostic est atteint par une prise de sang. "
    "Les immunoglobulines sont des produits sanguins. "
    "Dans le DICS, les cellules T ne se forment pas."
)
# The same sentence in a text with no other sign of machine translation.
PROFESSIONAL = (
    "Le déficit immunitaire combiné sévère est dépisté à la naissance en France depuis 2022. "
    "Dans le DICS, les cellules T ne se forment pas."
)


def _info_or_hidden(text: str, found: str) -> str:
    everything = medgloss.check_text(text)
    return next((f.severity for f in everything if f.found == found), "none")


def test_a_calque_professionals_write_is_info_in_their_text() -> None:
    assert _info_or_hidden(PROFESSIONAL, "cellules T") == "info"


def test_the_same_calque_is_a_warning_in_a_machine_translated_text() -> None:
    finding = next(f for f in medgloss.check_text(MACHINE) if f.found == "cellules T")
    assert finding.severity == "warning"
    assert "machine translation" in finding.message


def test_the_evidence_needs_several_findings_and_their_density() -> None:
    findings = medgloss.check_text(MACHINE)
    assert escalation.machine_translated(findings, MACHINE) >= escalation.MIN_EVIDENCE
    # The same findings spread over a long professional text are slips, not evidence.
    long_text = MACHINE + " " + "Le patient reçoit son traitement à l’hôpital. " * 200
    assert escalation.machine_translated(findings, long_text) == 0


def test_a_french_synonym_is_no_sign_of_translation() -> None:
    # « infections récurrentes » is French (superseded by « récidivantes »): it stays info.
    text = MACHINE + " Il a des infections récurrentes."
    finding = next(f for f in medgloss.check_text(text) if f.found == "infections récurrentes")
    assert finding.severity == "info"


def test_an_english_acronym_is_raised_in_a_machine_translated_text() -> None:
    text = MACHINE + " Le SCID est une urgence."
    alone = next(f for f in medgloss.check_text("Le SCID est une urgence.") if f.found == "SCID")
    raised = next(f for f in medgloss.check_text(text) if f.found == "SCID")
    assert (alone.severity, raised.severity) == ("info", "warning")


def test_an_english_acronym_glossing_the_french_name_stays_info() -> None:
    # « (XLA) » after the French name is how professionals give the English acronym
    text = MACHINE + " L’agammaglobulinémie liée à l’X (XLA) a été décrite en 1952."
    finding = next(f for f in medgloss.check_text(text) if f.found == "XLA")
    assert finding.severity == "info"
