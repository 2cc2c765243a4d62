"""Property-based tests (hypothesis): positions, idempotent fixes, exact folding, chunking."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medgloss.batch import stream
from medgloss.api import check_text, fix_text
from medgloss.text.fold import fold

# Words and pieces that reach the glossary and its rules, spelt in the ways folding unifies.
PIECES = [
    "canule", "Canule", "veine", "intra-veineuse", "intra‑veineuse", "intraveineuse", "sous cutanée",
    "sous-cutanées", "IVIG", "IgIV", "humidifier", "humidifiait", "système immunitaire", "diagnostic",
    "est atteint", "stéroïdes", "auto-immune", "greffe de moelle osseuse", "NEMO", "syndrome de carence en",
    "Une", "une", "la", "le", "l’", "l'", "d’", "dans", "ou", "par", "perfusion", "à travers",
    "immunoglobuline", "médicaments", "biologiques", "Le traitement", "type de tissu",
]
SEPARATORS = [" ", " ", " ", "  ", "\n", "\r\n", "\n\n", ". ", ", ", "\u00a0", "\u202f", "\u00ad", "\t", " (", ") "]

texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(SEPARATORS), st.text(max_size=4)), max_size=40
).map("".join)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(texts)
def test_offsets_are_inside_the_text_and_give_found(text: str) -> None:
    for finding in check_text(text):
        assert 0 <= finding.offset < finding.end <= len(text)
        assert text[finding.offset : finding.end] == finding.found
        for edit in finding.fix.edits if finding.fix else ():
            assert 0 <= edit.offset <= edit.end <= len(text)


@SETTINGS
@given(texts)
def test_fixing_is_idempotent(text: str) -> None:
    once = fix_text(text)
    assert fix_text(once) == once


def _same_fold(a: str, b: str) -> bool:
    # str.lower() turns a word-final capital sigma into ς, a lone one into σ.
    return a.replace("ς", "σ") == b.replace("ς", "σ")


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60))
def test_fold_offset_map_is_exact_for_any_unicode(text: str) -> None:
    folded = fold(text)
    key = folded.key
    previous = -1
    for i in range(len(key)):
        start, end = folded.span(i, i + 1)
        assert previous < start < end <= len(text) and end == start + 1
        previous = start
        assert _same_fold(fold(text[start]).key, key[i])
    # Whatever was dropped is invisible, a combining mark, or a blank between two words.
    kept = {folded.span(i, i + 1)[0] for i in range(len(key))}
    for j, ch in enumerate(text):
        if j not in kept:
            assert fold(ch).key in ("", " ") or ch.isspace()
    if key:
        whole = folded.span(0, len(key))
        assert 0 <= whole[0] <= whole[1] <= len(text)


paragraphs = st.lists(
    st.lists(st.sampled_from(PIECES + [" ", " ", ". ", "\n"]), min_size=1, max_size=25).map("".join),
    min_size=1,
    max_size=25,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs, st.sampled_from(["\n\n", "\r\n\r\n", "\n \n"]), st.integers(min_value=40, max_value=600))
def test_chunked_findings_equal_whole_findings(parts: list[str], blank: str, size: int) -> None:
    text = blank.join(parts)
    whole = [f.to_dict() for f in check_text(text)]
    assert [f.to_dict() for f in stream.check_chunked_text(text, size=size, piece=61)] == whole


def test_a_paragraph_longer_than_a_chunk_keeps_the_context_after_the_cut() -> None:
    # Found by the property above: the cut inside the paragraph fell after « carence », and the
    # chunk lost the « immunoglobuline » that makes it a false friend.
    text = "canulecanulecanulesyndrome de carence enl’immunoglobuline canulecanuleintra-veineuse"
    whole = [f.to_dict() for f in check_text(text)]
    assert whole and [f.to_dict() for f in stream.check_chunked_text(text, size=40, piece=61)] == whole
