"""Context-limited rules, inflected and agreed replacements, and fixes that reach a fixed point."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

import medgloss
from medgloss.fixing.apply import apply_fixes
from medgloss.findings import Edit, Finding, Fix

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "seeds" / "000_1927d8f9a20f693b.txt"


def _fix(text: str) -> str:
    return medgloss.fix_text(text, unsafe=True)


def _rules(text: str) -> list[str]:
    return [f.found for f in medgloss.check_text(text)]


# -- contexts and their negatives ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ces médicaments humidifient la réponse inflammatoire.",
        "Le traitement sert à humidifier le système immunitaire.",
        "La surveillance sert à attraper les infections.",
        "Le diagnostic a été atteint tardivement.",
    ],
)
def test_rule_fires_in_its_context(text: str) -> None:
    assert _rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "On humidifie l'air de la chambre.",
        # « attraper des infections » is itself a generated collocation (catch → contracter,
        # verb-collocations.yaml); a cold is caught in French.
        "Les enfants peuvent attraper un rhume à l'école.",
        "Les patients gravement atteints reçoivent une greffe.",
        "La voie intraveineuse ou la voie sous-cutanée conviennent.",
    ],
)
def test_rule_stays_silent_outside_its_context(text: str) -> None:
    assert _rules(text) == []


def test_duplicated_term_and_english_acronym() -> None:
    assert _fix("Par voie intraveineuse ou intraveineuse.") == "Par voie intraveineuse (IV)."
    assert _fix("Il reçoit des IVIG chaque mois.") == "Il reçoit des IgIV chaque mois."


def test_a_term_ending_one_paragraph_and_starting_the_next_is_no_duplicate() -> None:
    text = "Le produit est injecté par voie intraveineuse\n\nou intraveineuse, selon le protocole."
    assert [f.rule for f in medgloss.check_text(text) if f.rule == "MG107"] == []
    assert [f.rule for f in medgloss.check_text(text.replace("\n\n", "\n")) if f.rule == "MG107"] == ["MG107"]


# -- fixing ----------------------------------------------------------------------------------


def _finding(offset: int, length: int, text: str) -> Finding:
    return Finding(
        path="<t>", offset=offset, length=length, rule="MG101", concept="c", severity="error",
        message="m", found="", replacements=[text], fix=Fix((Edit(offset, length, text),), safe=True, title="t"),
    )


def test_overlapping_fix_is_left_for_the_next_pass() -> None:
    first = _finding(0, 5, "ABC D")
    second = _finding(4, 3, "DEF")
    once = apply_fixes("abc def", [first, second])
    assert once.text == "ABC Def" and once.remaining == [second]


def test_unsafe_fixes_wait_to_be_asked() -> None:
    finding = _finding(0, 3, "xyz")
    unsafe = dataclasses.replace(finding, fix=Fix((Edit(0, 3, "xyz"),), safe=False, title="t"))
    assert apply_fixes("abc", [unsafe]).text == "abc"
    assert apply_fixes("abc", [unsafe], unsafe=True).text == "xyz"


def test_cli_fix_keeps_bom_and_crlf_and_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    original = "\ufeffAutre ligne intacte.\r\nOn pose une canule veineuse pour la perfusion.\r\n"
    path.write_bytes(original.encode("utf-8"))
    command = [sys.executable, "-m", "medgloss", "check", "--fix", "--unsafe-fixes", str(path)]
    subprocess.run(command, check=True, capture_output=True)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8") == original.replace("une canule veineuse", "un cathéter veineux")
    again = subprocess.run(command, capture_output=True)
    assert again.returncode == 0 and path.read_bytes() == data


def test_sample_fixed_is_clean_and_reads_right() -> None:
    if not SAMPLE.exists():
        pytest.skip("sample absent")
    fixed = _fix(SAMPLE.read_text(encoding="utf-8"))
    for expected in (
        "dès qu’un diagnostic est posé",
        "C’est un médicament dérivé du sang qui",
        "à travers un cathéter dans une veine",
        "aideront à détecter les infections tôt",
        "avec des corticoïdes et / ou",
        "pour atténuer le système immunitaire",
        "le déficit en NEMO est traité",
        "de cellules souches hématopoïétiques",
        "dont le groupe tissulaire correspond",
    ):
        assert expected in fixed
    assert medgloss.check_text(fixed) == []
    assert _fix(fixed) == fixed


def test_clean_text_never_imports_spacy() -> None:
    code = (
        "import sys, medgloss;"
        "assert medgloss.check_text('Le patient reçoit une perfusion d’immunoglobulines.') == [];"
        "print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "False"
