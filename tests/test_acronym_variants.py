"""Garbled acronyms a text introduces as a concept's name (MG112) and English compound acronyms (MG111)."""

from __future__ import annotations

import pytest

from medgloss import check_text

WRONG = [
    ("L’immunodéficience variable commune, aussi appelée IVC, touche l’adulte.", "IVC", "MG112", "DICV"),
    ("Le déficit immunitaire commun variable, aussi appelé DCIV, touche l’adulte. Les patients atteints de DCIV "
     "reçoivent des immunoglobulines.", "DCIV", "MG112", "DICV"),
    ("Le déficit en adénosine désaminase (ADA-SCID) est traité par enzymothérapie.", "ADA-SCID", "MG111",
     "DICS par déficit en ADA"),
    ("Le déficit immunitaire combiné sévère lié à l’X (X-SCID) touche les garçons.", "X-SCID", "MG111", "DICS lié à l’X"),
    ("Les enfants atteints de JAK3-SCID reçoivent une greffe de cellules souches hématopoïétiques.", "JAK3-SCID",
     "MG111", "DICS par déficit en JAK3"),
]
RIGHT = [
    "Le déficit immunitaire commun variable (DICV) touche l’adulte.",
    "La greffe de cellules souches hématopoïétiques (CSH) guérit le déficit immunitaire combiné sévère.",
]


@pytest.mark.parametrize(("text", "found", "rule", "french"), WRONG)
def test_variant_is_reported(text: str, found: str, rule: str, french: str) -> None:
    hits = [f for f in check_text(text) if f.found == found and f.rule == rule]
    assert hits and all(f.replacements[0] == french for f in hits)


@pytest.mark.parametrize("text", RIGHT)
def test_correct_acronyms_stay_silent(text: str) -> None:
    assert not [f for f in check_text(text) if f.rule in ("MG111", "MG112")]
