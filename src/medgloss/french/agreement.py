"""Edits that keep a sentence agreed when a noun is replaced by one of another gender.

Uses spaCy's parse of the one sentence concerned: the determiners and adjectival modifiers
of the replaced noun, and an adjective or past participle whose subject it is
(« la canule est posée » → « le cathéter est posé »).
"""

from __future__ import annotations

from ..findings.model import Edit
from .inflect import adjective_in, adjective_lemma, determiner_for, is_participle_of, match_case, participle_in
from .verbs import UD_GENDER, UD_NUMBER
from .parse import ParsedSentence


def _number_of(token: object) -> str:
    number = token.morph.get("Number")  # type: ignore[attr-defined]
    return UD_NUMBER.get(number[0], "s") if number else "s"


def agreement_edits(
    parsed: ParsedSentence,
    start: int,
    end: int,
    replacement: str,
    gender: str,
    apostrophe: str,
) -> list[Edit]:
    """Edits outside ``[start, end)`` that make the sentence agree with a ``gender`` noun."""
    span = parsed.token_span(start, end)
    if span is None or len(span) == 0:
        return []
    head = span.root
    number = _number_of(head)
    old_gender = _gender_of(head)
    edits: list[Edit] = []
    inside = {t.i for t in span}
    for child in head.children:
        if child.i in inside:
            continue
        if child.dep_ == "det" and child.i < span.start:
            # The word right after the determiner decides elision (cet, l’).
            next_token = parsed.doc[child.i + 1]
            next_word = replacement if next_token.i in inside else next_token.text
            new = determiner_for(child.text, gender, next_word, apostrophe)
            contracted = _contraction(parsed, child, new)
            if contracted is None and new[-1:] in "’'" and not child.text.endswith(("'", "’")):
                # « la gamme » → « l’intervalle »: the elided article swallows the space after it.
                start, _ = parsed.doc_span(child)
                next_start, _ = parsed.doc_span(next_token)
                contracted = [Edit(start, next_start - start, new)]
            edits.extend(contracted if contracted is not None else _edit(parsed, child, new))
        elif child.dep_ == "amod" and child.pos_ == "ADJ" and child.i > span.end - 1:
            adjective = _adjective_agreed(child, gender, number, old_gender)
            if adjective:
                edits.extend(_edit(parsed, child, match_case(child.text, adjective)))
    if head.dep_ in ("nsubj", "nsubj:pass") and head.head.i not in inside:
        predicate = head.head
        has_copula = any(c.dep_ in ("cop", "aux:pass") and c.lemma_ == "être" for c in predicate.children)
        is_participle = (predicate.pos_ == "VERB" and "Part" in predicate.morph.get("VerbForm", [])
                         and is_participle_of(predicate.text, predicate.lemma_))
        if has_copula and is_participle:
            participle = participle_in(predicate.lemma_, gender, number)
            if participle:
                edits.extend(_edit(parsed, predicate, match_case(predicate.text, participle)))
        elif has_copula and predicate.pos_ in ("ADJ", "VERB"):
            # The small model calls « fréquentes » a participle of « fréquenter »: an adjective
            # whose lemma regenerates the word as written is agreed; anything else is left alone.
            adjective = _adjective_agreed(predicate, gender, number, old_gender)
            if adjective:
                edits.extend(_edit(parsed, predicate, match_case(predicate.text, adjective)))
    return edits


def _adjective_agreed(token: object, gender: str, number: str, old_gender: str | None) -> str | None:
    agreed_with = (old_gender, number) if old_gender else None
    lemma = adjective_lemma(token.text, token.lemma_, agreed_with)  # type: ignore[attr-defined]
    return adjective_in(lemma, gender, number) if lemma else None


def _gender_of(token: object) -> str | None:
    gender = token.morph.get("Gender")  # type: ignore[attr-defined]
    return UD_GENDER.get(gender[0]) if gender else None


_CONTRACTIONS = {("de", "le"): "du", ("à", "le"): "au", ("de", "les"): "des", ("à", "les"): "aux"}


def _contraction(parsed: ParsedSentence, det: object, new: str) -> list[Edit] | None:
    """« de » + « le » must become « du » (and « à le » « au »): one edit over both words."""
    index = det.i  # type: ignore[attr-defined]
    if index == 0:
        return None
    preposition = parsed.doc[index - 1]
    fused = _CONTRACTIONS.get((preposition.text.lower(), new.lower()))
    if fused is None:
        return None
    start, _ = parsed.doc_span(preposition)
    _, end = parsed.doc_span(det)  # type: ignore[arg-type]
    return [Edit(start, end - start, match_case(preposition.text, fused))]


def _edit(parsed: ParsedSentence, token: object, new: str) -> list[Edit]:
    start, end = parsed.doc_span(token)  # type: ignore[arg-type]
    # spaCy reads straight apostrophes (see nlp._for_spacy): « l' » and « l’ » are the same word.
    if token.text.replace("'", "’") == new.replace("'", "’"):  # type: ignore[attr-defined]
        return []
    return [Edit(start, end - start, new)]
