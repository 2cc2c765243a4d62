"""The generated calques of a compiled glossary, stored as columns (issue 19, peak memory).

A compiled glossary holds some 51,000 generated renderings (:class:`~medgloss.glossary.calques.Calque`),
and a check reads only the few its text hits.  One record object each, with its own four
strings and the context sets only the one-word wrong senses use, was 14 MiB of a check's peak,
and one :class:`~medgloss.matching.compiled.Entry` each for the calques' automaton 30 MiB more.
Here the plain renderings are columns: the concept ids and the English terms, which repeat,
as tables of distinct strings and an index per calque; the renderings as one string and their
offsets; number and kind as one code each.  A :class:`Calque` is made when one is read, equal
to the one generated.  The renderings that carry more than these fields (the one-word wrong
senses' context words, their own replacement) are kept apart, whole, in a side table.

The table holds plain data only (strings, bytes, tuples) so that the cache stores it through
:mod:`medgloss.cache.codec` without a type of its own.  It must not generate or judge calques.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

from ..glossary.calques import Calque

# Unsigned 32-bit indices and offsets ('I' is 4 bytes on every platform CPython supports).
_INDEX = "I"
# The kinds (glossary/calques.py, senses.py, sense_words.py) and numbers a plain row may have;
# any other value sends its calque to the side table, so no value is ever lost.
_KINDS = ("", "wrong-sense", "wrong-sense-word")
_NUMBERS = "sp"


def _plain(calque: Calque) -> bool:
    """True if ``calque`` is all in the columns: no context words, no replacement of its own."""
    return (not calque.context and not calque.unless and not calque.strong and not calque.right
            and calque.kind in _KINDS and len(calque.number) == 1 and calque.number in _NUMBERS)


def _indices(values: Iterable[int]) -> array:
    return array(_INDEX, values)


def _from_bytes(data: bytes) -> array:
    table = array(_INDEX)
    table.frombytes(data)
    return table


class CalqueTable(Sequence[Calque]):
    """The calques of a compiled glossary by position, each made on read (see the module)."""

    __slots__ = ("_concepts", "_concept_of", "_english", "_english_of", "_texts", "_ends", "_codes", "_side")

    def __init__(self, concepts: tuple[str, ...], concept_of: array, english: tuple[str, ...], english_of: array,
                 texts: str, ends: array, codes: bytes, side: dict[int, Calque]) -> None:
        self._concepts, self._concept_of = concepts, concept_of
        self._english, self._english_of = english, english_of
        self._texts, self._ends = texts, ends  # calque i is texts[ends[i - 1]:ends[i]]
        self._codes = codes  # per calque: kind * len(_NUMBERS) + number
        self._side = side

    @classmethod
    def of(cls, calques: Iterable[Calque]) -> "CalqueTable":
        """The table of ``calques``, in their order."""
        concepts: dict[str, int] = {}
        english: dict[str, int] = {}
        concept_of, english_of, ends = _indices(()), _indices(()), _indices(())
        texts: list[str] = []
        codes = bytearray()
        side: dict[int, Calque] = {}
        length = 0
        for i, calque in enumerate(calques):
            plain = _plain(calque)
            if not plain:
                side[i] = calque
            # a side row keeps its place in the columns (empty text) so positions stay positions
            concept_of.append(concepts.setdefault(calque.concept, len(concepts)) if plain else 0)
            english_of.append(english.setdefault(calque.english, len(english)) if plain else 0)
            if plain:
                texts.append(calque.text)
                length += len(calque.text)
            ends.append(length)
            codes.append(_KINDS.index(calque.kind) * len(_NUMBERS) + _NUMBERS.index(calque.number) if plain else 0)
        return cls(tuple(concepts), concept_of, tuple(english), english_of, "".join(texts), ends, bytes(codes), side)

    def columns(self) -> tuple[Any, ...]:
        """The table as plain data (strings, bytes, tuples and calques), for the cache."""
        return (self._concepts, self._concept_of.tobytes(), self._english, self._english_of.tobytes(),
                self._texts, self._ends.tobytes(), self._codes, tuple(sorted(self._side.items())))

    @classmethod
    def from_columns(cls, columns: Sequence[Any]) -> "CalqueTable":
        """The table of :meth:`columns`; ``ValueError`` if they do not fit together."""
        concepts, concept_of, english, english_of, texts, ends, codes, side = columns
        table = cls(tuple(concepts), _from_bytes(concept_of), tuple(english), _from_bytes(english_of), texts,
                    _from_bytes(ends), bytes(codes), {int(i): c for i, c in side})
        size = len(table._codes)
        if not (len(table._concept_of) == len(table._english_of) == len(table._ends) == size) \
                or (size and table._ends[-1] != len(texts)) \
                or not all(type(c) is Calque and 0 <= i < size for i, c in table._side.items()):
            raise ValueError("calque table columns do not fit together")
        return table

    def __len__(self) -> int:
        return len(self._codes)

    @overload
    def __getitem__(self, index: int) -> Calque: ...

    @overload
    def __getitem__(self, index: slice) -> list[Calque]: ...

    def __getitem__(self, index: int | slice) -> Calque | list[Calque]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        side = self._side.get(index)
        if side is not None:
            return side
        code = self._codes[index]  # IndexError out of range, as a list
        kind, number = divmod(code, len(_NUMBERS))
        return Calque(self._concepts[self._concept_of[index]], self._english[self._english_of[index]],
                      self.text(index), _NUMBERS[number], _KINDS[kind])

    def __iter__(self) -> Iterator[Calque]:
        return (self[i] for i in range(len(self)))

    def text(self, index: int) -> str:
        """The rendering of calque ``index`` without making its record."""
        side = self._side.get(index)
        if side is not None:
            return side.text
        return self._texts[self._ends[index - 1] if index else 0 : self._ends[index]]

    def concept(self, index: int) -> str:
        """The concept id of calque ``index`` without making its record."""
        side = self._side.get(index)
        return side.concept if side is not None else self._concepts[self._concept_of[index]]

    def number(self, index: int) -> str:
        """The number of the head of calque ``index`` without making its record."""
        side = self._side.get(index)
        return side.number if side is not None else _NUMBERS[self._codes[index] % len(_NUMBERS)]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CalqueTable):
            return self.columns() == other.columns()
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<CalqueTable of {len(self)} calques, {len(self._side)} with context words>"


__all__ = ["CalqueTable"]
