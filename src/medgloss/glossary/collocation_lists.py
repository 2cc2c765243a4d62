"""What the two collocation generators share: a list's common fields, and the rules they make.

A verb–object list (:mod:`medgloss.glossary.collocations`) and an adjective–noun list
(:mod:`medgloss.glossary.adjective_collocations`) have the same frame: an id, a concept, a
source, the words professional French attests with the nouns of the list, English senses each
with the French words a fix proposes, a message and a template, example sentences and the
options of a rule (``unless``, ``window``, ``severity``, ``safe``, ``admitted_in``).  This
module holds that frame (:class:`CollocationListBase`, :class:`Sense`), the rule a list makes
from it (:meth:`CollocationListBase.rule`), and the literal renderings of an English word
that both generators start from (:func:`renderings`).

It must not know what a verb or an adjective is: each generator decides which renderings are
wrong and where they stand.  The glossary loader reads the lists' YAML into these fields.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..french.freedict import english_french
from ..text.typography import french
from .model import Context, Example, Rule, RuleTerm, WordCondition

DEFAULT_WINDOW = 4


@dataclass(frozen=True, slots=True)
class Sense:
    """English words of one sense with a list's nouns, and the French words a fix proposes."""

    en: tuple[str, ...]
    use: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class CollocationListBase:
    """The fields every collocation list of a glossary file has, its word classes expanded."""

    id: str
    concept: str
    source: str
    attested: tuple[str, ...]  # French words professional French uses with the list's nouns
    message: str  # template of the finding's message: {english}, {use} and the word's own name
    template: str  # a sentence with the word's place, from which each rule makes an example
    examples: tuple[Example, ...]
    unless: Context = Context()
    window: int = DEFAULT_WINDOW
    severity: str | None = None
    safe: bool = True
    admitted_in: tuple[str, ...] = ()  # varieties where the literal words are usage (« tirer du sang », fr-CA)
    path: str | None = None
    line: int | None = None

    def rule(self, rule_id: str, match: RuleTerm, replace: tuple[RuleTerm, ...], condition: WordCondition,
             examples: tuple[Example, ...], message: str, en: tuple[str, ...] = ()) -> Rule:
        """The collocation rule of this list that reports ``match`` where ``condition`` (on the
        list's nouns) holds."""
        return Rule(
            id=rule_id,
            kind="collocation",
            concept=self.concept,
            match=(match,),
            replace=replace,
            context=Context(require=(condition,), unless=self.unless.unless),
            examples=examples,
            source=self.source,
            en=en,
            message=french(message),
            safe=self.safe,
            severity=self.severity,
            admitted_in=self.admitted_in,
            path=self.path,
            line=self.line,
        )


def slug(word: str) -> str:
    """``word`` as a part of a rule id: ASCII letters and digits, hyphens between."""
    ascii_word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return "".join(ch if ch.isalnum() else "-" for ch in ascii_word.lower()).strip("-")


def quoted(words: tuple[str, ...]) -> str:
    """« a » ou « b », for a message."""
    return " ou ".join(f"« {w} »" for w in words)


def renderings(english: str, literal: Iterable[str], keep: Callable[[str], bool]) -> tuple[str, ...]:
    """The French words ``english`` is rendered by word for word: FreeDict's, then the
    ``literal`` equivalents FreeDict lacks, each once, those that ``keep`` accepts."""
    found = (*english_french().get(english.lower(), ()), *literal)
    return tuple(word for word in dict.fromkeys(found) if keep(word))


__all__ = ["DEFAULT_WINDOW", "CollocationListBase", "Sense", "quoted", "renderings", "slug"]
