"""Folding takes a fast path (Latin-1 byte table) or the dictionary path depending on the
characters of the whole text; a word must fold the same whichever path its text took
(issue 19: a large document is folded at once, a sentence alone elsewhere)."""

from __future__ import annotations

from medgloss.text.fold import fold

# Many distinct non-Latin-1 letters that fold into Latin-1 (Polish, Czech, Romanian,
# Turkish, Vietnamese names in a French text), and Greek/Cyrillic words
# whose folds are outside Latin-1.
_LATIN_WORDS = ("Łódź", "Dvořák", "Ştefan", "Ţară", "Erdoğan", "Nguyễn", "Đặng", "Kraków", "Gdańsk", "Śląsk",
                "Brașov", "Plzeň", "Øresund", "œdème", "Ÿ", "Ĳssel")
_OTHER_WORDS = ("ΑΣΘΕΝΕΙΑ", "болезнь", "Ωμέγα", "İstanbul")


def test_a_word_folds_alike_whatever_the_rest_of_the_text_holds() -> None:
    alone = [fold(word).key for word in _LATIN_WORDS]
    mixed = fold(" ".join(_LATIN_WORDS + _OTHER_WORDS)).key.split(" ")
    assert mixed[: len(_LATIN_WORDS)] == alone
    latin_only = fold(" ".join(_LATIN_WORDS)).key.split(" ")
    assert latin_only == alone
    assert alone[1:3] == ["dvorak", "stefan"]


def test_a_capital_that_lowers_to_two_characters_keeps_one() -> None:
    text = "İstanbul et Izmir : Ωμέγα"
    key = fold(text).key
    assert len(key) == len(text)
    assert key.startswith("istanbul et izmir")
