"""The English-run and MG204 word loops give the answers of a plain pass over every word.

Both loops skip work (issue 19): English runs follow only the tokens that may begin one and
keep no token list; MG204 stops judging an entry's words as soon as its answer is known.  Here
each is compared with the plain version of its rule on real text: the GNU Health catalogs
committed under tests/data/evidence (GPL-3.0-or-later, see their NOTICE), the user's sample,
and French sentences with English words left in them.
"""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from medgloss.checks import english as english_check
from medgloss.checks import untranslated
from medgloss.french.english_words import english_only, word_language

ROOT = Path(__file__).resolve().parent
CATALOGS = sorted((ROOT / "data" / "evidence" / "catalogs" / "gnuhealth").glob("*.po"))
SEED = ROOT.parent.parent / "shared" / "seeds" / "000_1927d8f9a20f693b.txt"
LEFT_IN_ENGLISH = [
    "Le patient a été revu au follow-up, puis le caregiver a signalé une fever persistante.",
    "Le screening néonatal, with the help of the nurse, est fait à la naissance.",
    "Le traitement est administré par perfusion; the infusion rate is slowly increased.",
    "Les soins à domicile (home care) sont possibles; see your doctor for the follow-up.",
]


def _msgstrs() -> list[str]:
    return [e.msgstr for path in CATALOGS for e in polib.pofile(str(path)) if e.msgstr]


def _plain_runs(text: str, words: frozenset[str], starts: list[int]) -> list[tuple[int, int]]:
    """The English runs by the rule, over the list of every token."""
    tokens = [m.span() for m in english_check._TOKEN.finditer(text)]
    runs, i = [], 0
    while i < len(tokens):
        start, end = tokens[i]
        token = text[start:end]
        if not (token.islower() and token in words) or english_check._is_code_like(text, start, end):
            i += 1
            continue
        count, j, last = 1, i + 1, i
        while j < len(tokens):
            s, e = tokens[j]
            if text[tokens[j - 1][1] : s].strip(" ") or s - tokens[j - 1][1] > 2:
                break
            if text[s:e].islower() and text[s:e] in words:
                count, last = count + 1, j
            elif text[s:e].lower() not in english_check._JOINERS:
                break
            j += 1
        if english_check._near(starts, start, text) and (count >= 2 or english_check._strongly_english(token)):
            runs.append((start, tokens[last][1]))
        i = last + 1
    return runs


@pytest.mark.skipif(not english_only(), reason="needs wordfreq and Lexique383")
def test_english_runs_are_those_of_a_pass_over_every_token() -> None:
    vocabulary = english_only()
    texts = [*LEFT_IN_ENGLISH, "\n".join(_msgstrs()), " ".join(e.msgid for p in CATALOGS for e in polib.pofile(str(p)))]
    if SEED.is_file():
        texts.append(SEED.read_text(encoding="utf-8"))
    found = 0
    for text in texts:
        every = [m.start() for m in english_check._TOKEN.finditer(text)]
        for starts in (every, every[::5], []):
            expected = _plain_runs(text, vocabulary, starts)
            assert english_check._english_runs(text, vocabulary, starts) == expected
            found += len(expected)
    assert found > 10  # the comparison saw runs, not only their absence


def _plain_looks_english(target: str) -> bool:
    """MG204's rule with every word judged."""
    words = [w.lower() for w in untranslated._WORD.findall(untranslated._CODE.sub(" ", target.replace("&", "")))]
    if len(words) < untranslated.MIN_ENGLISH_WORDS:
        return False
    languages = [word_language(w) for w in words]
    if "fr" in languages:
        return False
    english = languages.count("en")
    return english >= untranslated.MIN_ENGLISH_WORDS and english / len(words) >= untranslated.MIN_ENGLISH_SHARE


@pytest.mark.skipif(not english_only(), reason="needs wordfreq and Lexique383")
def test_untranslated_entry_answers_are_those_of_judging_every_word() -> None:
    msgids = [e.msgid for path in CATALOGS for e in polib.pofile(str(path)) if e.msgid]
    targets = [*_msgstrs(), *msgids, "Patient's weight", "The patient's doctor", "Qu'il soit pesé"]
    answers = [untranslated.looks_english(t) for t in targets]
    assert answers == [_plain_looks_english(t) for t in targets]
    assert True in answers and False in answers
