"""Deciding whether a rule's context holds around one hit.

Cheap conditions come first (word windows on the folded sentence, regular expressions,
nearby concepts); spaCy is asked only for syntactic conditions, and only for this sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..glossary.model import Rule, WordCondition
from ..glossary.patterns import match_after, search_before
from ..matching.compiled import CompiledGlossary
from ..french.objects import OBJECT_OPENERS as _OBJECT_OPENERS
from ..french.objects import could_be_verb, object_after, object_before, subject_before
from ..french.qualifies import noun_after, noun_before, noun_features
from ..french.parse import ParsedSentence, parse
from ..text.fold import fold
from ..text.sentences import SentenceIndex, sentence_bounds, sentences_back


# Folded forms of « être » that make the participle after them passive.
_BE_FORMS = frozenset("est sont etait etaient sera seront serait seraient soit soient ete etre fut".split())


_PUNCTUATION = re.compile(r"[,;:.!?()\[\]«»\"“”—–]")


class HitContext:
    """Lazily computed surroundings of a hit: its sentence, word windows and parse."""

    def __init__(
        self, text: str, start: int, end: int, mention_index: "MentionIndex", sentences: SentenceIndex | None = None
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.mentions = mention_index
        # The document's sentence index, shared by all its hits (one scan of the document
        # instead of one backward scan per hit); None: scan around this hit only.
        self.sentences = sentences
        self._bounds: tuple[int, int] | None = None
        self._before: list[str] | None = None
        self._after: list[str] | None = None
        self._parsed: ParsedSentence | None = None
        self._passive: bool | None = None
        # Set by the engine from the matched form's analyses (conjugation tables).
        self.participle = False
        self.only_participle = False
        # Gender and number of the noun a matched adjective qualifies, once a ``qualifies``
        # condition has found it (None: not known).
        self.qualified: tuple[str | None, str | None] | None = None

    @property
    def bounds(self) -> tuple[int, int]:
        """``[start, end)`` of the sentence."""
        if self._bounds is None:
            if self.sentences is not None:
                self._bounds = self.sentences.bounds(self.start, self.end)
            else:
                self._bounds = sentence_bounds(self.text, self.start, self.end)
        return self._bounds

    def words_before(self) -> list[str]:
        """Folded words of the sentence before the hit."""
        if self._before is None:
            self._before = fold(self.text[self.bounds[0] : self.start]).key.split()
        return self._before

    def words_after(self) -> list[str]:
        """Folded words of the sentence after the hit."""
        if self._after is None:
            self._after = fold(self.text[self.end : self.bounds[1]]).key.split()
        return self._after

    def _clause_after(self) -> list[str]:
        """Folded words after the hit up to the first punctuation mark."""
        stop = _PUNCTUATION.search(self.text, self.end, self.bounds[1])
        return fold(self.text[self.end : stop.start() if stop else self.bounds[1]]).key.split()

    def _raw_clause_after(self) -> str:
        """The text after the hit up to the first punctuation mark."""
        stop = _PUNCTUATION.search(self.text, self.end, self.bounds[1])
        return self.text[self.end : stop.start() if stop else self.bounds[1]]

    def _raw_clause_before(self) -> str:
        """The text before the hit back to the last punctuation mark."""
        start = self.bounds[0]
        for mark in _PUNCTUATION.finditer(self.text, start, self.start):
            start = mark.end()
        return self.text[start : self.start]

    def _clause_before(self) -> list[str]:
        """Folded words before the hit back to the last punctuation mark."""
        start = self.bounds[0]
        for mark in _PUNCTUATION.finditer(self.text, start, self.start):
            start = mark.end()
        return fold(self.text[start : self.start]).key.split()

    @property
    def parsed(self) -> ParsedSentence:
        """spaCy's parse of the sentence."""
        if self._parsed is None:
            self._parsed = parse(self.text, *self.bounds)
        return self._parsed

    @property
    def passive(self) -> bool:
        """The hit is a past participle whose object stands before it: after « être » (« a été
        humidifié ») or used as an adjective (« une réponse humidifiée »)."""
        if self._passive is None:
            from ..french import lexicon

            word = self.text[self.start : self.end].split(" ")[0]
            readings = lexicon.analyses(word)
            participle = self.participle or any(e.is_past_participle for e in readings)
            # A form that is nothing but a participle (Lexique's readings, or the conjugation
            # table's when Lexique lacks the form) is passive even without « être ».
            only = participle and all(e.is_past_participle or e.cgram == lexicon.ADJ for e in readings) and (
                bool(readings) or self.only_participle)
            before = self.words_before()[-1:]
            self._passive = participle and (only or before[0] in _BE_FORMS if before else only)
        return self._passive

    def has_words(self, condition: WordCondition, forms: frozenset[str]) -> bool:
        """True if a form of the condition's words lies within its window.  For a verb in the
        passive the object the ``after`` words look for comes before it.  An ``object`` condition
        holds when a form is the verb's direct object (:mod:`medgloss.french.objects`).

        A form of several words counts when the word nearest the hit is inside the window
        (« effets secondaires » three words before « communs », « effets » being the fourth):
        a window counts words from the hit, not whole phrases that fit in it."""
        if condition.side == "subject":
            # An intransitive verb whose subject is the noun (« les symptômes s’éclaircissent »);
            # a determiner after it shows a transitive use with an object of its own.
            after = self._clause_after()[:3]
            transitive = bool(after) and after[0] in _OBJECT_OPENERS and not (
                after[0] in ("de", "d") and after[1:2] in (["elle"], ["elles"], ["lui"], ["eux"])
                and after[2:3] in (["meme"], ["memes"]))  # « d’elle-même »
            return not transitive and subject_before(
                self._clause_before(), forms, condition.window)
        if condition.side == "active-object":
            # Only the object after the verb; a causative or perception verb before it makes the
            # noun its subject (« laisser passer les gaz », « faire passer un calcul »).
            before = self._clause_before()
            return could_be_verb(before) and not (before and before[-1] in _CAUSATIVES) and object_after(
                self._clause_after(), forms, condition.window)
        if condition.side == "passive-object":
            # Only the subject of the verb's passive (« les anticorps sont faits par… »).
            return (self.passive or self.only_participle) and object_before(
                self._clause_before(), forms, condition.window + 2, head=True)
        if condition.side == "object":
            # The noun must be the verb's direct object, not just a word nearby; punctuation
            # ends the verb phrase (« il faut attraper, une fois… »).
            if could_be_verb(self._clause_before()) and object_after(self._clause_after(), forms, condition.window):
                return True
            # A passive's subject stands before it, with « est », « a été », a negation between.
            # A form that is nothing but a participle (« remplie », which Lexique also reads as
            # « remplier ») is a passive or an adjective whenever a noun stands before it.
            passive = self.passive or self.only_participle
            return passive and object_before(self._clause_before(), forms, condition.window + 2)
        if condition.side in ("qualifies", "qualifies-next"):
            # The hit is an adjective; the noun must be the one it qualifies and agree with it
            # (:mod:`medgloss.french.qualifies`): before it, as an epithet or the subject of its
            # attribute (« qualifies »), or right after it (« qualifies-next »).
            adjective = self.text[self.start : self.end]
            if condition.side == "qualifies-next":
                noun = noun_after(adjective, self._raw_clause_after(), forms)
            else:
                noun = noun_before(adjective, self._raw_clause_before(), forms, condition.window)
            if noun is not None:
                # The fix agrees the replacing adjective with this noun (« sombres » is of
                # either gender: « des urines sombres » → « foncées »).
                self.qualified = noun_features(noun)
            return noun is not None
        # Folded forms never start or end with a space; the longest decides how far to look.
        index = _form_index(forms)
        extra = index.extra
        window = condition.window
        side = condition.side
        if side in ("before", "near") and _window_holds(index, self.words_before()[-(window + extra) :], True, window):
            return True
        if side in ("after", "near") and _window_holds(index, self.words_after()[: window + extra], False, window):
            return True
        if side == "after" and self.passive:
            return _window_holds(index, self.words_before()[-(window + extra) :], True, window)
        return False


class _FormIndex:
    """A condition's folded forms by their first word, and how many words the longest has
    beyond its first: a window is read word by word against it, so that a condition with
    hundreds of inflected forms costs a few dictionary look-ups per hit, not one search each."""

    __slots__ = ("forms", "extra", "by_first")

    def __init__(self, forms: frozenset[str]) -> None:
        self.forms = forms  # kept alive: the cache below is keyed by its id
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for form in forms:
            words = tuple(form.split(" "))
            by_first.setdefault(words[0], []).append(words)
        self.extra = max((form.count(" ") for form in forms), default=0)
        self.by_first = {first: tuple(seqs) for first, seqs in by_first.items()}


# The form sets of a compiled glossary live as long as it does; a set made up by a caller is
# indexed again whenever its id is reused by another object (checked by identity).
_FORM_INDEXES: dict[int, _FormIndex] = {}


def _form_index(forms: frozenset[str]) -> _FormIndex:
    index = _FORM_INDEXES.get(id(forms))
    if index is None or index.forms is not forms:
        if len(_FORM_INDEXES) > 1 << 16:
            _FORM_INDEXES.clear()
        index = _FORM_INDEXES[id(forms)] = _FormIndex(forms)
    return index


def _window_holds(index: _FormIndex, words: list[str], hit_after: bool, window: int) -> bool:
    """True if a form occurs in ``words`` with the word nearest the hit inside ``window``
    words of it (the hit comes after ``words`` if ``hit_after``)."""
    by_first = index.by_first
    count = len(words)
    for first, word in enumerate(words):
        sequences = by_first.get(word)
        if sequences is None:
            continue
        for sequence in sequences:
            size = len(sequence)
            if size > 1 and tuple(words[first : first + size]) != sequence:
                continue
            if (first + size - 1 >= count - window) if hit_after else first < window:
                return True
    return False


# Forms of « laisser », « faire », « voir », « sentir » before an infinitive whose subject follows it.
_CAUSATIVES = frozenset(
    "laisser laisse laisses laissez laissent laissons laissait laissaient laissant laisse laissera fait faire font "
    "faites faisons faisait faisaient faisant fera feront voir voit voient voyez sentir sent sentent sentez".split()
)


class MentionIndex:
    """Where each concept is mentioned in the text, for ``mentions`` conditions."""

    def __init__(self, positions: dict[str, list[int]]) -> None:
        self.positions = positions

    def mentioned_between(self, concepts: tuple[str, ...], lo: int, hi: int) -> bool:
        """True if one of ``concepts`` is mentioned in ``[lo, hi)``."""
        for concept in concepts:
            starts = self.positions.get(concept)
            if starts:
                i = bisect_left(starts, lo)
                if i < len(starts) and starts[i] < hi:
                    return True
        return False


def _syntax_holds(rule: Rule, ctx: HitContext) -> bool:
    span = ctx.parsed.token_span(ctx.start, ctx.end)
    if span is None or len(span) == 0:
        return False
    token = span.root
    context = rule.context
    if context.pos and token.pos_ not in context.pos:
        return False
    if context.heads and fold(token.head.lemma_).key.strip() not in {fold(h).key.strip() for h in context.heads}:
        return False
    for relation, lemmas in context.dependents:
        wanted = {fold(lemma).key.strip() for lemma in lemmas}
        if not any(
            child.dep_.split(":")[0] == relation and fold(child.lemma_).key.strip() in wanted for child in token.children
        ):
            return False
    return True


def context_vetoes(rule: Rule, ctx: HitContext, compiled: CompiledGlossary) -> bool:
    """True if one of the rule's ``unless`` conditions holds: the words around the hit show
    the sense in which the French look-alike is right (« mise en évidence »)."""
    return any(
        ctx.has_words(condition, compiled.context_forms[(rule.id, "unless", i)])
        for i, condition in enumerate(rule.context.unless)
    )


def context_holds(rule: Rule, ctx: HitContext, compiled: CompiledGlossary) -> bool:
    """True if every condition of ``rule.context`` holds around the hit and no ``unless`` does."""
    context = rule.context
    for i, condition in enumerate(context.require):
        if not ctx.has_words(condition, compiled.context_forms[(rule.id, "require", i)]):
            return False
    for i, condition in enumerate(context.unless):
        if ctx.has_words(condition, compiled.context_forms[(rule.id, "unless", i)]):
            return False
    if context.before_regex and not search_before(context.before_regex, ctx.text, ctx.bounds[0], ctx.start):
        return False
    if context.after_regex and not match_after(context.after_regex, ctx.text, ctx.end, ctx.bounds[1]):
        return False
    if context.mentions:
        count = context.mentions_sentences
        lo = ctx.sentences.back(ctx.start, count) if ctx.sentences is not None else sentences_back(ctx.text, ctx.start, count)
        if not ctx.mentions.mentioned_between(context.mentions, lo, ctx.bounds[1]):
            return False
    if context.needs_parse and not _syntax_holds(rule, ctx):
        return False
    return True
