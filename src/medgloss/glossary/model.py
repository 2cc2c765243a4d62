"""The concept-oriented glossary model (TBX-like): concepts with terms, and mistranslation rules.

A :class:`Concept` holds the terms of one meaning in both languages, each French term with
its status (preferred, admitted, superseded, deprecated, forbidden), grammar and source.
Each flagged status has one severity (:attr:`Status.severity`): forbidden means the French says
something other than the source (error), deprecated is a calque, anglicism or outdated term a
reviewer would change (warning), superseded is correct French that the house style replaces by
the preferred term (info).  A :class:`Rule`
describes a mistranslation that is wrong only in some contexts (false friends, calques, wrong
collocations) and carries its own test sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Status(str, Enum):
    """Normative status of a term, as in TBX ``normativeAuthorization``."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    SUPERSEDED = "superseded"  # correct and attested, but not the house style (TBX supersededTerm)
    DEPRECATED = "deprecated"
    FORBIDDEN = "forbidden"

    @property
    def is_wrong(self) -> bool:
        """True for terms that must be replaced (incorrect French for the concept)."""
        return self in (Status.DEPRECATED, Status.FORBIDDEN)

    @property
    def has_correction(self) -> bool:
        """True for terms that are reported with the preferred term as replacement."""
        return self in (Status.SUPERSEDED, Status.DEPRECATED, Status.FORBIDDEN)

    @property
    def severity(self) -> str | None:
        """Severity of a finding on a term of this status (``None``: not reported)."""
        return _STATUS_SEVERITY.get(self)


_STATUS_SEVERITY = {Status.FORBIDDEN: "error", Status.DEPRECATED: "warning", Status.SUPERSEDED: "info"}

VARIETIES = ("fr-FR", "fr-BE", "fr-CH", "fr-CA")
DEFAULT_VARIETY = "fr-FR"


def positional_reduce(self: object) -> tuple:
    """Pickle a frozen slots dataclass by its fields in order.

    The default for slots dataclasses goes through ``dataclasses.fields`` for every object;
    a 100,000-concept glossary then takes seconds to load from the cache instead of a fraction.
    """
    return (type(self), tuple(getattr(self, name) for name in self.__slots__))  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Term:
    """One French designation of a concept."""

    __reduce__ = positional_reduce

    text: str
    status: Status = Status.ADMITTED
    pos: str | None = None  # noun, adj, verb, adv, phrase
    gender: str | None = None  # m, f
    number: str | None = None  # s, p: set only when the term is always that number
    abbreviation: bool = False
    use: str | None = None  # the correction, for deprecated and forbidden terms
    note: str | None = None
    forms: tuple[str, ...] = ()  # explicit extra inflected forms
    source: str | None = None
    line: int | None = None
    admitted_in: tuple[str, ...] = ()  # varieties (fr-BE, fr-CH, fr-CA) where the term is admitted

    @property
    def case_sensitive(self) -> bool:
        """Abbreviations (IgIV, HLA) match only in their own case or in capitals."""
        return self.abbreviation


@dataclass(frozen=True, slots=True)
class Concept:
    """A concept: one meaning, its English and French terms, and where they come from."""

    __reduce__ = positional_reduce

    id: str
    domain: str
    source: str
    terms: tuple[Term, ...]
    en: tuple[str, ...] = ()
    definition: str | None = None
    note: str | None = None
    path: str | None = None
    line: int | None = None
    # French words that express the concept without being a term of it: relational adjectives
    # (« cardiaque »), compounds, combining forms (« cardio- » starts a word, « -cardite » ends one).
    derived: tuple[str, ...] = ()

    @property
    def preferred(self) -> Term:
        """The preferred French term (exactly one per concept, checked at load time)."""
        for term in self.terms:
            if term.status is Status.PREFERRED and not term.abbreviation:
                return term
        for term in self.terms:
            if term.status is Status.PREFERRED:
                return term
        return self.terms[0]

    @property
    def abbreviations(self) -> tuple[Term, ...]:
        """Preferred or admitted abbreviations of the concept."""
        return tuple(t for t in self.terms if t.abbreviation and not t.status.has_correction)

    def correction_for(self, term: Term) -> str:
        """What a deprecated or forbidden ``term`` should become."""
        return term.use or self.preferred.text


@dataclass(frozen=True, slots=True)
class WordCondition:
    """Some of ``words`` (folded, inflected) occur within ``window`` words of the match."""

    __reduce__ = positional_reduce

    words: tuple[str, ...]
    window: int
    side: str  # "near", "before", "after", "object", "active-object", "passive-object" or "subject" (collocation lists), "qualifies" (the noun an adjective follows), "qualifies-next" (the noun after it)


@dataclass(frozen=True, slots=True)
class Context:
    """Where a rule applies.  Every condition given must hold; ``unless`` ones must not."""

    __reduce__ = positional_reduce

    require: tuple[WordCondition, ...] = ()
    unless: tuple[WordCondition, ...] = ()
    mentions: tuple[str, ...] = ()  # concept ids mentioned nearby
    mentions_sentences: int = 1  # current sentence plus this many before it, minus one
    before_regex: str | None = None
    after_regex: str | None = None
    dependents: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (dep relation, lemmas)
    heads: tuple[str, ...] = ()  # lemmas of the syntactic head
    pos: tuple[str, ...] = ()  # allowed universal POS of the matched token

    @property
    def needs_parse(self) -> bool:
        """True when checking this context needs spaCy's parse."""
        return bool(self.dependents or self.heads or self.pos)


@dataclass(frozen=True, slots=True)
class Example:
    """A test sentence of a rule: ``wrong`` with its ``fixed`` form, or a ``right`` one."""

    __reduce__ = positional_reduce

    text: str
    fixed: str | None = None  # None for sentences that must not be flagged
    line: int | None = None

    @property
    def is_wrong(self) -> bool:
        """True if the rule must flag this sentence."""
        return self.fixed is not None


@dataclass(frozen=True, slots=True)
class RuleTerm:
    """A term named in a rule (what to match, or a replacement), with its grammar."""

    __reduce__ = positional_reduce

    text: str
    pos: str | None = None
    gender: str | None = None
    number: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """A mistranslation that is wrong in some contexts only."""

    __reduce__ = positional_reduce

    id: str
    kind: str  # false-friend, calque, collocation, acronym, register, duplicate
    concept: str
    match: tuple[RuleTerm, ...]
    replace: tuple[RuleTerm, ...]
    context: Context
    examples: tuple[Example, ...]
    source: str
    en: tuple[str, ...] = ()
    message: str | None = None
    safe: bool = True
    severity: str | None = None  # None: the default of the rule's kind (its code's severity)
    path: str | None = None
    line: int | None = None
    # English words that, in a bilingual entry's source, show the other sense: no finding.
    en_unless: tuple[str, ...] = ()
    admitted_in: tuple[str, ...] = ()  # varieties where what the rule flags is correct usage


@dataclass
class Glossary:
    """A set of concepts and rules loaded from one or more files, later files overriding."""

    concepts: dict[str, Concept] = field(default_factory=dict)
    rules: dict[str, Rule] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    fingerprint: str = ""
    attested: list[str] = field(default_factory=list)  # phrases professional French uses

    def concept(self, concept_id: str) -> Concept:
        """The concept with this id (``KeyError`` if unknown)."""
        return self.concepts[concept_id]

    def defer(self, **makers: "Callable[[], Any]") -> None:
        """Let each named field be made by its maker when it is first read.

        A cached glossary's concepts and rules are 15,000 objects to decode, and a check of a
        text without a glossary term never reads them: the loader hands their bytes over in
        a maker instead (one decoding, by whichever reader comes first).
        """
        for name in makers:
            self.__dict__.pop(name, None)
        self.__dict__.setdefault("_deferred", {}).update(makers)

    def __getattr__(self, name: str) -> Any:
        # Called only for an attribute the instance lacks: a deferred field not yet made.
        deferred = self.__dict__.get("_deferred")
        maker = deferred.get(name) if deferred else None
        if maker is None:
            raise AttributeError(name)
        value = maker()
        self.__dict__[name] = value
        deferred.pop(name, None)  # type: ignore[union-attr]  # a maker implies the dict
        return value

    def __getstate__(self) -> dict[str, Any]:
        # A copy or a pickle (a --jobs worker) carries the fields made, never a maker.
        state = {f: getattr(self, f) for f in self.__dataclass_fields__}
        return state

    def __len__(self) -> int:
        return len(self.concepts)
