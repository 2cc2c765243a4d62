"""Counting the words of a text without holding a list of them.

``len(text.split())`` on a 1M-word document builds a million strings first: some 70 MiB for
an instant, the peak of a whole check.  :func:`word_count` gives the same number from slices of
a fixed size, each cut at whitespace so that no word is counted twice.

It counts whitespace-separated words and nothing else (no tokenising, no language).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_SPACE = re.compile(r"\s")  # for a str pattern, the characters str.split() splits at (str.isspace)
_SLICE = 1 << 16


def word_count(text: str) -> int:
    """``len(text.split())``, in bounded memory."""
    if len(text) <= _SLICE:
        return len(text.split())
    count, start, size = 0, 0, len(text)
    while start < size:
        end = start + _SLICE
        if end < size:
            space = _SPACE.search(text, end)
            end = space.start() if space else size
        count += len(text[start:end].split())
        start = end
    return count



def standing_alone(text: str, word: str, lo: int = 0, hi: int | None = None) -> Iterator[int]:
    """Where ``word`` starts in ``text[lo:hi]`` with no word character or hyphen on either side.
    ``str.find`` then a look at the two neighbours: a catalog's view is megabytes, and a regex
    compiled per acronym and run over all of it was a third of a 48k-entry PO's MG111 check."""
    end_of = len(text) if hi is None else hi
    at = text.find(word, lo) if word else -1
    while 0 <= at < end_of:
        end = at + len(word)
        before = text[at - 1] if at > 0 else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_-" or after.isalnum() or after in "_-"):
            yield at
        at = text.find(word, at + 1)


__all__ = ["standing_alone", "word_count"]
