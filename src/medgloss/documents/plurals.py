"""The ``Plural-Forms`` header of a gettext catalog: how many ``msgstr[n]`` slots, which n goes where.

French catalogs come with one of two headers, and medgloss reads and writes both:

- GNU gettext's convention, :data:`GNU_FRENCH` (``nplurals=2; plural=(n > 1);``), what msginit,
  Poedit and nearly every French PO file in the wild write;
- CLDR's rule, :data:`CLDR_FRENCH`, what Babel 2.19 and later derive from their locale data: a
  third category, « many », for 1 000 000, 2 000 000… (« 1 000 000 de perfusions »).

For a noun, the « many » and « other » forms are the same word: every slot that 1 does not select
is the plural.  The slot of a count is found by evaluating the header's own C expression (with
:func:`gettext.c2py`, the parser Python's gettext uses), never by assuming slot 0 is the singular.

This module only reads headers; it does not know PO syntax nor choose a header for a build.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from dataclasses import dataclass, field

GNU_FRENCH = "nplurals=2; plural=(n > 1);"
CLDR_FRENCH = "nplurals=3; plural=(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;"

_NPLURALS = re.compile(r"\bnplurals\s*=\s*(\d+)")
_PLURAL = re.compile(r"\bplural\s*=\s*([^;]+)")
# Counts whose slot is looked up to tell which slots are reached at all.
_SAMPLES = (*range(0, 200), 1000, 10_000, 100_000, 1_000_000, 2_000_000, 10_000_000)


@dataclass(frozen=True)
class PluralForms:
    """A parsed ``Plural-Forms`` header."""

    count: int
    expression: str
    _slot: Callable[[int], int] = field(repr=False, compare=False)

    @property
    def header(self) -> str:
        """The header value, as written in a PO file."""
        return f"nplurals={self.count}; plural={self.expression};"

    def slot(self, n: int) -> int:
        """The ``msgstr[i]`` index gettext chooses for a count of ``n``."""
        return self._slot(n)

    @property
    def singular_slot(self) -> int:
        """The slot of 1: the one that takes the singular."""
        return self._slot(1)

    def forms(self, singular: str, plural: str) -> tuple[str, ...]:
        """One string per slot: the singular in the slot of 1, the plural in every other."""
        return tuple(singular if index == self.singular_slot else plural for index in range(self.count))


def parse_plural_forms(value: str) -> PluralForms:
    """Parse a ``Plural-Forms`` header value; ``ValueError`` with a one-line reason if it is unusable.

    >>> parse_plural_forms("nplurals=2; plural=(n > 1);").slot(2)
    1
    """
    count_match, plural_match = _NPLURALS.search(value), _PLURAL.search(value)
    if count_match is None or plural_match is None:
        raise ValueError(f"Plural-Forms needs nplurals= and plural=: {value.strip()!r}")
    count = int(count_match.group(1))
    expression = plural_match.group(1).strip()
    if not 1 <= count <= 6:
        raise ValueError(f"Plural-Forms: nplurals={count} is not a number of plural forms")
    try:
        slot = gettext.c2py(expression)
        reached = {slot(n) for n in _SAMPLES}
    except (ValueError, SyntaxError, RecursionError, ZeroDivisionError) as exc:
        raise ValueError(f"Plural-Forms: plural={expression} is not a valid expression") from exc
    if not reached <= set(range(count)):
        raise ValueError(f"Plural-Forms: plural={expression} chooses a form beyond nplurals={count}")
    return PluralForms(count, expression, slot)


def header_plural_forms(header: str) -> PluralForms | None:
    """The plural forms of a catalog header (the msgstr of the empty msgid), ``None`` if absent."""
    for line in header.splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() == "plural-forms":
            return parse_plural_forms(value)
    return None


__all__ = ["CLDR_FRENCH", "GNU_FRENCH", "PluralForms", "header_plural_forms", "parse_plural_forms"]
