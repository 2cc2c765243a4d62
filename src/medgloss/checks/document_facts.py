"""The answers about a whole document that the check of one window of it reads.

A few detectors decide something from their whole text, not from the words near a finding:
whether the text is medical (enough medical terms per word), whether it has any glossary
term, a clinical shorthand or a stem of health writing at all, whether a concept is
mentioned anywhere, whether an English acronym is presented as English anywhere, whether
the whole text lost its accents.  A large file checked window by window
(:mod:`medgloss.batch.stream`) must take those decisions for the whole file, not per window.

:class:`DocumentFacts` is what such a check is given: each question is asked through
:meth:`DocumentFacts.ask` under a key; the answer is the whole document's when the caller
knows it, else the window's own (what the check of the window alone would decide), and every
answer given is recorded, so that the caller can tell, once it knows the document's answers,
which windows were checked with a wrong one and check them again.  A check of a whole text
is given none (``Checker.facts`` is ``None``) and decides from its text as before.

This module only carries answers; it must not compute any of them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any, TypeVar

T = TypeVar("T")

# The keys asked (a tuple for a question about one concept):
TERMS = "terms"  # any glossary term (a hit of a concept's term)
SHORTHAND = "shorthand"  # an English clinical shorthand (english.has_shorthand)
HEALTH = "health"  # a stem of health writing (broken_words.about_health)
MEDICAL = "medical"  # medical terms dense enough (english.medical_anchors not empty)
STRIPPED = "stripped"  # the accent candidates are more than the accented words
MENTIONED = "mentioned"  # (MENTIONED, concept): a term of the concept
ESTABLISHED = "established"  # (ESTABLISHED, concept, acronym): english._established


class DocumentFacts:
    """The whole document's answers that are known (``known``), and every answer given."""

    def __init__(self, known: Mapping[Hashable, Any] | None = None) -> None:
        self.known: Mapping[Hashable, Any] = dict(known or {})
        self.asked: dict[Hashable, Any] = {}
        # What a detector leaves for the caller's count over the whole document: the starts of
        # the accent candidates (accents.py), whose number decides STRIPPED.
        self.accent_candidates: list[int] = []

    def ask(self, key: Hashable, local: Callable[[], T]) -> T:
        """The document's answer to ``key`` if known, else ``local()``; recorded either way."""
        if key in self.known:
            answer = self.known[key]
        elif key in self.asked:
            answer = self.asked[key]
        else:
            answer = local()
        self.asked[key] = answer
        return answer


def facts_of(checker: object) -> DocumentFacts | None:
    """The facts the checker's current check is given (``None`` for a whole text)."""
    return getattr(checker, "facts", None)


__all__ = ["DocumentFacts", "facts_of", "TERMS", "SHORTHAND", "HEALTH", "MEDICAL", "STRIPPED", "MENTIONED",
           "ESTABLISHED"]
