"""The regular expressions a glossary's rules carry (``before_regex``, ``after_regex``).

A user's glossary is input, and its patterns must not be able to hang medgloss: they run on the
`regex <https://pypi.org/project/regex/>`_ engine with a time limit per match, and a pattern
that runs out of time counts as a context that does not hold (precision first: no finding).
Loading compiles every pattern with this same engine, so ``glossary validate`` and ``check``
accept exactly the same patterns; a pattern that does not compile is a :class:`GlossaryError`.
This module must not use the standard ``re`` module for user patterns.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import GlossaryError

if TYPE_CHECKING:
    import regex

# Seconds one search may take; a real context pattern needs microseconds on one sentence.
MATCH_TIMEOUT = 0.25


@lru_cache(maxsize=1024)
def context_pattern(pattern: str, anchored_end: bool) -> "regex.Pattern[str]":
    """``pattern`` compiled to match just before (``anchored_end``) or just after a hit."""
    import regex  # imported for the first rule with a pattern: most checks never meet one

    return regex.compile(f"(?:{pattern})\\s*$" if anchored_end else f"\\s*(?:{pattern})", regex.V0)


def check_pattern(pattern: object, field: str, path: object = None, line: int | None = None) -> None:
    """Refuse a pattern the engine cannot compile, naming the glossary file and line."""
    if not isinstance(pattern, str):
        raise GlossaryError(f"{field} must be a string", path, line)  # type: ignore[arg-type]
    import regex

    try:
        context_pattern(pattern, field == "before_regex")
    except (regex.error, ValueError, OverflowError, RecursionError) as exc:
        raise GlossaryError(f"invalid {field} {pattern[:80]!r}: {exc}", path, line) from exc  # type: ignore[arg-type]


def search_before(pattern: str, text: str, start: int, end: int) -> bool:
    """True if ``pattern`` ends just before ``end`` (searching from ``start``), in time."""
    try:
        return context_pattern(pattern, True).search(text, start, end, timeout=MATCH_TIMEOUT) is not None
    except TimeoutError:
        return False


def match_after(pattern: str, text: str, start: int, end: int) -> bool:
    """True if ``pattern`` matches right at ``start`` (within ``end``), in time."""
    try:
        return context_pattern(pattern, False).match(text, start, end, timeout=MATCH_TIMEOUT) is not None
    except TimeoutError:
        return False


__all__ = ["MATCH_TIMEOUT", "check_pattern", "context_pattern", "match_after", "search_before"]
