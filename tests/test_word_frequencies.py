"""The compact word frequency table answers exactly what wordfreq answers, without its dicts."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest

wordfreq = pytest.importorskip("wordfreq")

from wordfreq.tokens import lossy_tokenize  # noqa: E402

from medgloss.french import word_frequencies  # noqa: E402
from medgloss.french.word_frequencies import LANGUAGES, zipf_frequency  # noqa: E402

# Words the checks meet in French health writing and in the English left in it: accents,
# ligatures, elisions with both apostrophes, hyphens, capitals, digits, ß, other scripts,
# phrases, and strings that are no word at all.
AWKWARD = [
    "hôpital", "Hôpital", "HÔPITAL", "œdème", "Œdème", "cœur", "naïve", "maïs", "ÿ", "Ångström",
    "l'hôpital", "l’hôpital", "L'arc", "aujourd'hui", "aujourd’hui", "qu'un", "J'ai", "don't",
    "caregiver's", "week-end", "Week-End", "check-up", "c'est-à-dire", "anti-inflammatoire",
    "sous-cutanée", "-a", "a-", "a--b", "--", "covid-19", "COVID-19", "2020", "1,5", "x²", "H2O",
    "straße", "STRASSE", "ß", "ﬁn", "e\u0301té", "İstanbul", "µg", "ДНК", "tension artérielle",
    "blood pressure", "screening", "Screening", "caregiver", "zzzqxj", "", " ", "’", "'",
]


def _sample(lang: str, step: int) -> list[str]:
    return [w for bucket in wordfreq.get_frequency_list(lang) for w in bucket][::step]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_zipf_values_are_wordfreqs_on_a_sample_of_its_lists(lang: str) -> None:
    words = _sample("en", 97) + _sample("fr", 89)
    words += [w.capitalize() for w in words[::5]] + [w.upper() for w in words[::11]]
    assert len(words) > 7000
    differ = [(w, zipf_frequency(w, lang), wordfreq.zipf_frequency(w, lang))
              for w in words if zipf_frequency(w, lang) != wordfreq.zipf_frequency(w, lang)]
    assert not differ


@pytest.mark.parametrize("lang", LANGUAGES)
def test_zipf_values_are_wordfreqs_on_awkward_words(lang: str) -> None:
    got = {w: zipf_frequency(w, lang) for w in AWKWARD}
    assert got == {w: wordfreq.zipf_frequency(w, lang) for w in AWKWARD}
    # Not all zero or all equal: the sample tells words apart.
    assert got["hôpital" if lang == "fr" else "screening"] > 3 > got["zzzqxj"] == 0


def test_plain_words_are_tokenised_as_wordfreq_does() -> None:
    words = [w for w in _sample("fr", 13) + _sample("en", 13) if word_frequencies._PLAIN.fullmatch(w)]
    words += [w.upper() for w in words[::7]] + ["Week-End", "SOUS-CUTANÉE", "Œdème-Là"]
    assert len(words) > 40000
    for lang in LANGUAGES:
        assert [w for w in words if word_frequencies._tokens(w, lang) != lossy_tokenize(w, lang)] == []
    # Every letter of the plain class folds like its lower case and is NFC already.
    letters = [chr(c) for c in range(0x250) if word_frequencies._PLAIN.fullmatch(chr(c))]
    assert "ß" not in letters and "é" in letters and "Œ" in letters
    assert all(c.lower() == c.casefold() and unicodedata.is_normalized("NFC", c) for c in letters)


def test_table_is_read_back_from_the_cache_with_the_same_values(tmp_path) -> None:
    words = ["hôpital", "screening", "week-end", "l'hôpital", "zzzqxj", "covid-19"]
    code = ("import sys\nfrom medgloss.french.word_frequencies import zipf_frequency\n"
            f"print([zipf_frequency(w, l) for w in {words!r} for l in ('en', 'fr')])\n"
            "print(sys.modules['wordfreq'].get_frequency_dict.cache_info().currsize if 'wordfreq' in sys.modules else 0)")
    env = {"MEDGLOSS_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin", "LANGUAGE": "en"}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
            for _ in range(2)]  # the first builds the tables, the second reads them
    assert any(p.name.startswith("wordfreq-fr-") for p in tmp_path.iterdir())
    expected = str([wordfreq.zipf_frequency(w, l) for w in words for l in ("en", "fr")])
    # wordfreq's own dicts (35 MiB a language) are never loaded.
    assert runs[0] == runs[1] == f"{expected}\n0\n"


def test_a_check_never_loads_wordfreqs_dicts() -> None:
    code = ("import sys\nfrom medgloss.api import check_text\n"
            "text = ('Le patient reçoit des immunoglobulines par perfusion. The caregiver should '\n"
            "        'monitor the infusion site. Une greffe de moelle osseuse est propo sée. ') * 30\n"
            "check_text(text)\n"
            "wf = sys.modules.get('wordfreq')\n"
            "print(wf.get_frequency_dict.cache_info().currsize if wf else 0)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        zipf_frequency("Haus", "de")
