"""A rule's word window counts words from the hit: a phrase of the context list counts when
its word nearest the hit is inside the window (issue 16: contexts that missed real uses)."""

from __future__ import annotations

from medgloss.api import check_text
from medgloss.checks.context import HitContext, MentionIndex
from medgloss.glossary.model import WordCondition


def _context(text: str, hit: str) -> HitContext:
    start = text.index(hit)
    return HitContext(text, start, start + len(hit), MentionIndex({}))


def test_phrase_straddling_the_window_before_counts() -> None:
    ctx = _context("Les effets secondaires les plus communs sont rares.", "communs")
    condition = WordCondition(words=("effets secondaires",), window=3, side="before")
    assert ctx.has_words(condition, frozenset({"effets secondaires"}))


def test_phrase_wholly_outside_the_window_does_not_count() -> None:
    ctx = _context("Les effets secondaires sont ici, et les cas les plus communs sont rares.", "communs")
    condition = WordCondition(words=("effets secondaires",), window=3, side="before")
    assert not ctx.has_words(condition, frozenset({"effets secondaires"}))


def test_phrase_straddling_the_window_after_counts() -> None:
    ctx = _context("Une cure pour la maladie chronique.", "cure")
    inside = WordCondition(words=("maladie chronique",), window=3, side="after")
    assert ctx.has_words(inside, frozenset({"maladie chronique"}))
    outside = WordCondition(words=("maladie chronique",), window=2, side="after")
    assert not ctx.has_words(outside, frozenset({"maladie chronique"}))


def test_common_side_effects_reported_across_the_superlative() -> None:
    findings = check_text("Les effets secondaires les plus communs sont la nausée et la diarrhée.")
    assert [(f.rule, f.found, f.replacements[0]) for f in findings] == [("MG103", "communs", "fréquents")]
