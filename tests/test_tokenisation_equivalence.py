"""The detectors that skip text or read each word once give the findings of the full reading.

MG114 reads only the paragraphs that may be judged, MG113 looks for fusions only in the
paragraphs that may keep one, MG118 keeps only the words that fill a slot of its index: each
is compared here with the reading of the whole text it replaced (the old code, kept below or
restored by monkeypatching), on real text and on generated text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medgloss import check_text
from medgloss.api import checker_for
from medgloss.checks import agreement_errors, broken_words, literal
from medgloss.french.phrase import Token, iter_tokens
from medgloss.glossary.literal_index import LINKS, PREPOSITIONS, literal_index
from medgloss.text.fold import fold_term

DEVSET = Path(__file__).parent / "data" / "evidence" / "mt_devset.jsonl"
# Everyday French without a health word, between the medical paragraphs (as in a long document).
_PROSE = ("Le train de huit heures partait du quai numéro trois. Les voyageurs montaient sans se presser, "
          "et le chef de gare regardait sa montre.\n\nDans le jardin , les roses étaient belles ; il ya des "
          "lesfleurs partout et unarbre immense.\n")


def _real_text(sample_text: str) -> str:
    """The user's sample, the dev set's machine-translated sentences in paragraphs of four, and
    prose without a health word between them."""
    sentences = [json.loads(line)["sentence"] for line in DEVSET.read_text(encoding="utf-8").splitlines() if line]
    paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
    mixed = "\n\n".join(p + ("\n\n" + _PROSE if n % 3 == 0 else "") for n, p in enumerate(paragraphs))
    return sample_text + "\n\n" + mixed


def _spans(findings) -> list[tuple[str, int, int, str]]:
    return [(f.rule, f.offset, f.length, f.message) for f in findings]


def test_mg114_reading_only_paragraphs_with_a_term_finds_what_reading_everything_finds(
        sample_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # A paragraph dense in medical terms, with an error in a sentence that names none (judged
    # because its paragraph is medical), and the same sentence in prose (not judged).
    medical = ("Une greffe de moelle osseuse traite la leucémie. Les globules blancs et les plaquettes "
               "sont comptés. Le lymphome touche les ganglions lymphatiques. Le résultat est très bonne. "
               "La fièvre persiste.")
    text = _real_text(sample_text) + "\n\n" + medical + "\n\nLe train part. Le résultat est très bonne.\n"
    fast = [f for f in check_text(text) if f.rule == "MG114"]

    def every_stretch(text, cuts, terms, starts, medical):  # the pass before: every stretch of the text
        return agreement_errors._segments(text)

    monkeypatch.setattr(agreement_errors, "_stretches_with_terms", every_stretch)
    slow = [f for f in check_text(text) if f.rule == "MG114"]
    assert [f.offset for f in slow if f.found == "bonne"] == [text.index("bonne")]  # the medical paragraph's
    assert _spans(fast) == _spans(slow)


def test_mg113_reading_only_paragraphs_about_health_finds_what_reading_everything_finds(
        sample_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _real_text(sample_text) + "\n\nLorganisme produit desanticorps contre linfection.\n\nIl ya unenzyme ici.\n"
    fast = [f for f in check_text(text) if f.rule == "MG113"]
    monkeypatch.setattr(broken_words, "_maybe_about_health", lambda text, paragraphs, segments: [(0, len(text))])
    slow = [f for f in check_text(text) if f.rule == "MG113"]
    assert [f.found for f in slow if f.found in ("Lorganisme", "desanticorps", "linfection")] == \
        ["Lorganisme", "desanticorps", "linfection"]
    assert _spans(fast) == _spans(slow)


def test_health_paragraphs_hold_every_match_of_the_stems() -> None:
    text = ("Un paragraphe sans rien.\n\nLa SANTÉ publique.\n\nDu sang.\n\nUn autre.\n\n"
            "Le Médecin traitant.\n\nRien ici non plus.")
    paragraphs = broken_words._Paragraphs(text, [])
    chosen = broken_words._maybe_about_health(text, paragraphs, [])
    for match in broken_words._HEALTH.finditer(text):
        assert any(lo <= match.start() < hi for lo, hi in chosen)
    assert not any(lo <= text.index("Rien") < hi for lo, hi in chosen)
    # A dotless « ı » matches « i » in the case-blind search only: the whole text is read.
    assert broken_words._maybe_about_health("ınfection", broken_words._Paragraphs("ınfection", []), []) \
        == [(0, len("ınfection"))]


_PIECES = ["la", "le", "l’", "d’", "des", "de", "du", "sang", "cellules", "globules", "blancs", "compte",
           "ganglion", "lymphatique", "Numération", "dans", "et", " ", " ", "  ", "\n", "\n\n", ",", ".", ";",
           "'", "’", "-", "3", "x86", "/", "(", ")", "«", "»", "É", "é", "immuno", "globuline", "anti-",
           "inflammatoire", "souscutanée", "\u00a0", "…"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _old_content_tokens(text: str) -> list[tuple[int, int, str, int]]:
    """MG118's words before: every word a match of ``_WORD``, its gap read by ``_GAP``."""
    tokens = []
    run, last_end = 0, -1
    links: list[str] = []
    for match in literal._WORD.finditer(text):
        if last_end >= 0 and not literal._GAP.fullmatch(text, last_end, match.start()):
            run, links = run + 1, []
        last_end = match.end()
        key = fold_term(match.group())
        if key in LINKS:
            links.append(key)
            continue
        if links and (len(links) > literal._MAX_LINKS or links[0] not in PREPOSITIONS):
            run += 1
        links = []
        tokens.append((match.start(), match.end(), key, run))
    return tokens


def _runs_equal(new: list[literal._Token], old: list[tuple[int, int, str, int]]) -> None:
    assert [(t.start, t.end, t.key) for t in new] == [t[:3] for t in old]
    for a, b in zip(zip(new, new[1:]), zip(old, old[1:])):
        assert (a[0].run == a[1].run) == (b[0][3] == b[1][3])


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_mg118_words_are_the_old_ones(text: str) -> None:
    _runs_equal(literal._content_tokens(text), _old_content_tokens(text))


def _candidate_spans(tokens, candidates) -> list[tuple[int, int, int]]:
    return [(tokens[first].start, tokens[last].end, p) for first, last, p, _flags in candidates]


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_mg118_candidates_with_the_slot_words_only_are_those_of_every_word(text: str) -> None:
    index = literal_index(checker_for().glossary)
    every, slots = literal._content_tokens(text), literal._content_tokens(text, index)
    assert _candidate_spans(slots, literal._candidates(index, slots)) == \
        _candidate_spans(every, literal._candidates(index, every))


def test_mg118_candidates_on_real_text_are_those_of_every_word(sample_text: str) -> None:
    text = _real_text(sample_text)
    index = literal_index(checker_for().glossary)
    every, slots = literal._content_tokens(text), literal._content_tokens(text, index)
    assert len(slots) < len(every) / 2  # most words fill no slot
    found = _candidate_spans(slots, literal._candidates(index, slots))
    assert found and found == _candidate_spans(every, literal._candidates(index, every))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_long_words_are_the_long_matches_of_the_word_pattern(text: str) -> None:
    old = [m.span() for m in broken_words._WORD.finditer(text) if len(m.group()) >= 8]
    assert [m.span() for m in broken_words._LONG_WORD.finditer(text)] == old


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=4))
def test_mg114_stretches_of_a_paragraph_are_those_of_the_whole_text(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    whole = [[(w.start, w.end, w.text) for w in seg.words] for seg in agreement_errors._segments(text)]
    cuts = [m.end() for m in agreement_errors._BLANK_LINE.finditer(text)]
    bounds = list(zip([0, *cuts], [*cuts, len(text)]))
    pieces = [[(w.start, w.end, w.text) for w in seg.words]
              for lo, hi in bounds for seg in agreement_errors._segments(text, lo, hi)]
    assert pieces == whole


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_token_lower_case_is_computed_as_before(text: str) -> None:
    for token in iter_tokens(text, 0, len(text)):
        assert token.low == token.text.lower().replace("'", "’")
        assert Token(token.start, token.end, token.text) == token
        assert Token(token.start, token.end, token.text).low == token.low


def test_a_capital_opens_a_sentence_after_blanks_and_punctuation() -> None:
    text = "Fin.  \u00a0Les cellules\tSont là ; Elles\nLes"
    detector = agreement_errors._Detector(text, "<t>", None, "’")  # type: ignore[arg-type]
    words = {t.text: t for t in iter_tokens(text, 0, len(text))}
    assert detector._opens_sentence(words["Fin"])
    assert detector._opens_sentence(words["Les"]) is True
    assert not detector._opens_sentence(words["Sont"])
    assert detector._opens_sentence(words["Elles"])
    assert not detector._opens_sentence(words["cellules"])
    assert re.search(r"\nLes$", text) and detector._opens_sentence(list(iter_tokens(text, 0, len(text)))[-1])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["İ", "Σ", "σ", "ς", "A", "é", "É", " ", "\n", "ΟΔΟ", "stanbul", "Œ", "."]),
                max_size=20).map("".join))
def test_lower_case_of_a_text_with_a_capital_that_expands_is_each_character_lowered_alone(text: str) -> None:
    from medgloss.text import fold as folding

    expected = text.lower() if len(text.lower()) == len(text) else "".join(c.lower()[0] for c in text)
    assert folding._lower(text) == expected
    assert len(folding.fold(text).key) <= len(text)
