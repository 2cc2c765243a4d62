"""The glossary compiled for matching: every folded form of every term in one automaton.

Compiling means inflecting every term (verbecc for verbs), folding each form, and loading
the keys into an Aho-Corasick automaton; it takes a second or two, so the result is cached
on disk by :mod:`medgloss.matching.cache`, keyed by the glossary's content.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload

import ahocorasick

from ..errors import GlossaryError
from ..glossary.calques import Calque, generate_calques
from ..glossary.model import Glossary, Rule, positional_reduce
from ..glossary.sense_words import generate_wrong_sense_words
from ..glossary.senses import generate_wrong_senses
from ..french.forms import Form, context_word_forms, noun_analysis, term_forms
from ..french.verbs import Analysis, UnknownVerbError
from ..text.fold import fold_term, term_variants
from .calque_table import CalqueTable

TERM = 0
RULE = 1
CALQUE = 2  # a generated literal rendering (owner: concept id, index: position in ``calques``)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Entry:
    """What a matched key stands for: a form of a concept's term, or of a rule's trigger."""

    __reduce__ = positional_reduce

    kind: int  # TERM, RULE or CALQUE
    owner: str  # concept id (TERM, CALQUE) or rule id (RULE)
    index: int  # position of the term in ``concept.terms``, ``rule.match`` or ``calques``
    surface: str  # the inflected form, as spelt in the glossary
    analyses: frozenset[Analysis]
    case_sensitive: bool


class CalqueEntries(Sequence[tuple[Entry, ...]]):
    """The entry buckets of the calques' automaton, each made when a hit reads it.

    A calque's entry is all in its record (its concept, position, rendering and number), so a
    bucket is stored as the positions of its calques in ``calques``: two flat arrays instead of
    52,000 entries of their own (30 MiB of a check's peak, issue 19)."""

    __slots__ = ("calques", "_members", "_ends")

    def __init__(self, calques: CalqueTable, members: array, ends: array) -> None:
        self.calques = calques
        self._members = members  # calque positions, bucket after bucket
        self._ends = ends  # bucket i is members[ends[i - 1]:ends[i]]

    @classmethod
    def of(cls, calques: CalqueTable, buckets: Sequence[Sequence[int]]) -> "CalqueEntries":
        """The buckets of ``calques`` at the given positions, in order."""
        members, ends = array("I"), array("I")
        for bucket in buckets:
            members.extend(bucket)
            ends.append(len(members))
        return cls(calques, members, ends)

    def columns(self) -> tuple[bytes, bytes]:
        """The buckets as plain data, for the cache."""
        return self._members.tobytes(), self._ends.tobytes()

    @classmethod
    def from_columns(cls, calques: CalqueTable, columns: Sequence[bytes]) -> "CalqueEntries":
        """The buckets of :meth:`columns`; ``ValueError`` if they do not fit ``calques``."""
        members, ends = array("I"), array("I")
        members.frombytes(columns[0])
        ends.frombytes(columns[1])
        if (ends and ends[-1] != len(members)) or any(m >= len(calques) for m in members) \
                or any(a > b for a, b in zip(ends, ends[1:])):
            raise ValueError("calque buckets do not fit the calques")
        return cls(calques, members, ends)

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> tuple[Entry, ...]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[Entry, ...]]: ...

    def __getitem__(self, index: int | slice) -> tuple[Entry, ...] | list[tuple[Entry, ...]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        end = self._ends[index]
        calques = self.calques
        return tuple(calque_entry(calques, i) for i in self._members[self._ends[index - 1] if index else 0 : end])

    def __iter__(self) -> Iterator[tuple[Entry, ...]]:
        return (self[i] for i in range(len(self)))


# The analyses of a calque's entry, by the number of its head: one object each for all of them.
_CALQUE_ANALYSES = {number: frozenset({noun_analysis(number)}) for number in "sp"}


def calque_entry(calques: CalqueTable, index: int) -> Entry:
    """The entry of the calque at ``index`` (what the calques' automaton reports for it)."""
    number = calques.number(index)
    analyses = _CALQUE_ANALYSES.get(number) or frozenset({noun_analysis(number)})
    return Entry(CALQUE, calques.concept(index), index, calques.text(index), analyses, False)


class Deferred(Generic[T]):
    """A part of a compiled glossary made on first use: the cache restores the automata and
    decodes the key indexes and the replacements' forms only when a run reads them (a clean
    one-line check reads none of the keys, forms or contexts)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], T]) -> None:
        self.make = make


def _resolved(owner: Any, name: str) -> Any:
    value = getattr(owner, name)
    if type(value) is Deferred:
        value = value.make()
        setattr(owner, name, value)
    return value


class KeyIndex:
    """An automaton over folded keys with its entry buckets (what :func:`scan` walks).

    ``automaton`` and ``keys`` may be given as :class:`Deferred`, made on first read."""

    __slots__ = ("_automaton", "entries", "_keys", "anchors")

    def __init__(self, automaton: "ahocorasick.Automaton | Deferred[ahocorasick.Automaton]",
                 entries: Sequence[tuple[Entry, ...]], keys: dict[str, int] | Deferred[dict[str, int]],
                 anchors: frozenset[str] | None = None) -> None:
        self._automaton = automaton
        self.entries = entries
        self._keys = keys
        # One word of each key (:func:`key_anchors`), or None: a text whose folded words hold
        # none of them has no hit, and is answered without the automaton.
        self.anchors = anchors

    @property
    def automaton(self) -> "ahocorasick.Automaton":
        return _resolved(self, "_automaton")

    @property
    def keys(self) -> dict[str, int]:
        """Folded key → position of its bucket in ``entries``."""
        return _resolved(self, "_keys")


def key_anchors(keys: Iterable[str], rarity: Callable[[str], float] | None = None) -> frozenset[str]:
    """One word of each folded key, its rarest by ``rarity`` (a frequency: lower is rarer; the
    longest word on a tie), else its longest.

    A key is found as `` key `` in the padded folded text, so each of its words is then one of
    the text's space-separated words: a text that holds no anchor holds no key.  Rarer anchors
    only make that answer more frequent; any choice gives the same hits."""
    anchors = set()
    for key in keys:
        words = [w for w in key.split(" ") if w] or [key]
        if rarity is None or len(words) == 1:
            anchors.add(max(words, key=len))
        else:
            anchors.add(min(words, key=lambda w: (rarity(w), -len(w))))
    return frozenset(anchors)


class CompiledGlossary(KeyIndex):
    """A glossary with its automaton and the folded forms of its rules' context words.

    ``target_forms``: forms of every replacement term, so that checking and fixing never need
    the conjugation tables (verbecc) once the glossary is compiled.  ``calques``: the generated
    calques (:mod:`medgloss.glossary.calques`), in an automaton of their own
    (``calque_index``), so that they never hide a term or a rule's trigger from the main scan.
    Any of the automaton, keys, context forms and target forms may be :class:`Deferred`."""

    __slots__ = ("glossary", "_context_forms", "_target_forms", "calques", "calque_index")

    def __init__(
        self,
        glossary: Glossary,
        automaton: "ahocorasick.Automaton | Deferred[ahocorasick.Automaton]",
        entries: Sequence[tuple[Entry, ...]],
        keys: dict[str, int] | Deferred[dict[str, int]],
        context_forms: dict[tuple[str, str, int], frozenset[str]] | Deferred[dict[tuple[str, str, int], frozenset[str]]],
        target_forms: dict[tuple[str, str | None, str | None], tuple[Form, ...]]
        | Deferred[dict[tuple[str, str | None, str | None], tuple[Form, ...]]],
        calques: Sequence[Calque] | None = None,
        calque_index: KeyIndex | None = None,
    ) -> None:
        super().__init__(automaton, entries, keys)
        self.glossary = glossary
        self._context_forms = context_forms
        self._target_forms = target_forms
        self.calques: Sequence[Calque] = calques if calques is not None else []
        self.calque_index = calque_index

    @property
    def context_forms(self) -> dict[tuple[str, str, int], frozenset[str]]:
        """(rule id, "require" or "unless", condition) → folded forms of its context words."""
        return _resolved(self, "_context_forms")

    @property
    def target_forms(self) -> dict[tuple[str, str | None, str | None], tuple[Form, ...]]:
        """(text, pos, number) of a replacement → its inflected forms."""
        return _resolved(self, "_target_forms")

    def forms_of(self, text: str, pos: str | None, number: str | None = None) -> tuple[Form, ...]:
        """Inflected forms of a replacement term.

        Every replacement of the glossary was inflected by :func:`compile_glossary`; computing
        one now (which may load verbecc) only happens for a target made up by the caller.
        """
        key = (text, pos, number)
        forms = self.target_forms.get(key)
        if forms is None:
            forms = tuple(term_forms(text, pos, number=number))
            self.target_forms[key] = forms
        return forms

    def lookup_key(self, key: str) -> tuple[Entry, ...]:
        """Entries whose folded form is exactly ``key``."""
        pattern = self.keys.get(key)
        return self.entries[pattern] if pattern is not None else ()


def _forms_or_error(text: str, pos: str | None, where: tuple[str | None, int | None], **kwargs: object) -> list:
    try:
        return term_forms(text, pos, **kwargs)  # type: ignore[arg-type]
    except UnknownVerbError as exc:
        raise GlossaryError(f"verb {text!r} is unknown to the conjugation tables (verbecc)", *where) from exc


def _context_forms(rule: Rule) -> dict[tuple[str, str, int], frozenset[str]]:
    result = {}
    for group, conditions in (("require", rule.context.require), ("unless", rule.context.unless)):
        for i, condition in enumerate(conditions):
            keys: set[str] = set()
            for word in condition.words:
                for form in context_word_forms(word):
                    keys.update(term_variants(form))
            result[(rule.id, group, i)] = frozenset(keys)
    return result


def compile_glossary(glossary: Glossary) -> CompiledGlossary:
    """Inflect, fold and index every term and rule trigger of ``glossary``."""
    by_key: dict[str, list[Entry]] = {}
    # Most forms share their analyses (every singular noun has the same ones): one object per
    # distinct set keeps the compiled glossary small in memory and fast to load from the cache.
    shared: dict[frozenset[Analysis], frozenset[Analysis]] = {}

    def add(entry: Entry) -> None:
        for key in term_variants(entry.surface):
            bucket = by_key.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)

    for concept in glossary.concepts.values():
        for index, term in enumerate(concept.terms):
            forms = _forms_or_error(
                term.text,
                term.pos,
                (concept.path, term.line or concept.line),
                number=term.number,
                abbreviation=term.abbreviation,
                extra=term.forms,
            )
            for form in forms:
                add(Entry(TERM, concept.id, index, form.text, shared.setdefault(form.analyses, form.analyses), term.case_sensitive))
    context_forms: dict[tuple[str, str, int], frozenset[str]] = {}
    target_forms: dict[tuple[str, str | None, str | None], tuple[Form, ...]] = {}

    def add_target(text: str, pos: str | None, number: str | None, where: tuple[str | None, int | None]) -> None:
        if (text, pos, number) not in target_forms:
            target_forms[(text, pos, number)] = tuple(_forms_or_error(text, pos, where, number=number))

    for concept in glossary.concepts.values():
        for term in concept.terms:
            if term.status.has_correction:
                correction = concept.correction_for(term)
                model = next((t for t in concept.terms if t.text == correction), None)
                pos = model.pos if model is not None else term.pos
                add_target(correction, pos, model.number if model is not None else None, (concept.path, term.line))
    for rule in glossary.rules.values():
        for index, trigger in enumerate(rule.match):
            forms = _forms_or_error(trigger.text, trigger.pos, (rule.path, rule.line), number=trigger.number)
            for form in forms:
                add(Entry(RULE, rule.id, index, form.text, form.analyses, trigger.text.isupper() and len(trigger.text) > 1))
        for replacement in rule.replace:
            add_target(replacement.text, replacement.pos, replacement.number, (rule.path, rule.line))
        if not rule.replace:
            concept = glossary.concepts[rule.concept]
            # The checker takes the first term spelt like the preferred one as the model.
            model = next(t for t in concept.terms if t.text == concept.preferred.text)
            add_target(model.text, model.pos, model.number, (rule.path, rule.line))
        context_forms.update(_context_forms(rule))

    automaton, entries, keys = index_keys(by_key)
    calques = [c for c in generate_calques(glossary) if not any(k in by_key for k in term_variants(c.text))]
    # Wrong-sense renderings (MG115) share the calques' automaton: one scan finds both.
    generated = {fold_term(c.text) for c in calques}
    calques += [c for c in generate_wrong_senses(glossary)
                if fold_term(c.text) not in generated and not any(k in by_key for k in term_variants(c.text))]
    # One-word wrong senses (MG115 too) carry the words that must surround them; a glossary term
    # spelt the same keeps the word, a rule's trigger shares it (its finding wins where both fire,
    # and its `unless` words are among the generated ones).
    calques += [c for c in generate_wrong_sense_words(glossary)
                if not any(e.kind == TERM for k in term_variants(c.text) for e in by_key.get(k, ()))]
    table = CalqueTable.of(calques)
    calque_keys: dict[str, list[int]] = {}
    for i, calque in enumerate(calques):
        for key in term_variants(calque.text):
            calque_keys.setdefault(key, []).append(i)
        concept = glossary.concepts[calque.concept]
        preferred = concept.preferred
        add_target(preferred.text, preferred.pos, preferred.number, (concept.path, concept.line))
        if calque.right:
            add_target(calque.right, "noun", None, (concept.path, concept.line))
    calque_index = None
    if calque_keys:
        calque_automaton, buckets, calque_key_index = index_keys(calque_keys)
        calque_index = KeyIndex(calque_automaton, CalqueEntries.of(table, buckets), calque_key_index)
    return CompiledGlossary(glossary, automaton, entries, keys, context_forms, target_forms, table, calque_index)


def index_keys(by_key: dict[str, list[T]]) -> tuple["ahocorasick.Automaton", list[tuple[T, ...]], dict[str, int]]:
    """The automaton over ``" key "`` patterns, the buckets (of entries, or of calque
    positions) and the key → bucket index."""
    automaton = ahocorasick.Automaton()
    entries: list[tuple[T, ...]] = []
    keys: dict[str, int] = {}
    for key, bucket in sorted(by_key.items()):
        keys[key] = len(entries)
        automaton.add_word(f" {key} ", (len(entries), len(key)))
        entries.append(tuple(bucket))
    if entries:
        automaton.make_automaton()
    return automaton, entries, keys


def fold_query(text: str) -> str:
    """Fold a user's query (``medgloss lookup``) the way terms are folded."""
    return fold_term(text)
