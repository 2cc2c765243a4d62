"""French typography of the glossary's prose: « », no-break spaces, apostrophes."""

from __future__ import annotations

import pytest

from medgloss.text.typography import NBSP, NNBSP, french


@pytest.mark.parametrize(
    ("typed", "typeset"),
    [
        ("Calque de « trough level ».", f"Calque de «{NBSP}trough level{NBSP}»."),
        ("On pose un diagnostic ; on ne l'atteint pas.", f"On pose un diagnostic{NNBSP}; on ne l’atteint pas."),
        ("Attention : dose oubliée !", f"Attention{NBSP}: dose oubliée{NNBSP}!"),
        ("Pourquoi ?", f"Pourquoi{NNBSP}?"),
        ("«carence»", f"«{NBSP}carence{NBSP}»"),
    ],
)
def test_french_spacing(typed: str, typeset: str) -> None:
    assert french(typed) == typeset


def test_nothing_is_added_where_the_author_put_no_space() -> None:
    # Times, ratios and URLs have no space before the colon: they stay as written.
    text = "Perfusion à 10:30, ratio 1:2, voir https://www.has-sante.fr?q=1"
    assert french(text) == text


def test_idempotent_and_applied_to_the_bundled_glossary() -> None:
    text = "Pour une perfusion, l'anglais « cannula » se traduit par « cathéter » ; la canule sert ailleurs."
    assert french(french(text)) == french(text)
    from medgloss.glossary import default_glossary

    rule = default_glossary().rules["humidifier-dampen"]
    assert rule.message is not None and "« " not in rule.message and " »" not in rule.message and "'" not in rule.message
