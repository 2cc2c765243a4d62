"""Wrong adjective–noun collocations generated from lists of what French medicine says (MG105).

Machine translation gives an English adjective its most common French equivalent where French
uses another adjective with that noun: « des saignements lourds » (heavy → abondants), « une
douleur terne » (dull → sourde), « des selles lâches » (loose → molles), « une urine nuageuse »
(cloudy → trouble).  An adjective collocation list of a glossary file
(``adjective_collocations:``) names, for one class of health nouns, the English adjectives that
qualify them in patient writing, the French adjectives that professional French attests with
them (``attested``, with where that comes from) and, per English sense, the attested adjectives
a fix proposes (``use``; ``use_before`` where the wrong adjective stands before the noun, where
« élevée » cannot: « une haute fièvre » → « une forte fièvre »).  Every French adjective that is
a translation of one of those English adjectives — FreeDict's eng-fra
(:mod:`medgloss.french.freedict`, read at load time) or the literal equivalents it lacks
(:mod:`medgloss.french.adjective_renderings`) — and that the list does not attest becomes one
collocation rule: the adjective, in any gender and number, qualifying a noun of the class that
stands before it (a context condition of side ``qualifies``, :mod:`medgloss.french.qualifies`),
replaced by the proposed adjective in the same gender and number; and a second rule (id ending
in ``-avant``) for the adjective right before the noun (side ``qualifies-next``).

Each generated rule carries the list's example sentences that contain one of its forms, the
list's right sentences, and one sentence of its own made from the list's ``template``, so that
the suite runs every generated rule.  This module builds rules; it never checks a text.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..french import lexicon
from ..french.adjective_renderings import adjective_renderings
from ..french.nominal import adjective_forms
from ..text.fold import fold_term
from .collocation_lists import CollocationListBase, Sense, quoted, renderings, slug
from .model import Example, Rule, RuleTerm, WordCondition

# Adjectives that qualify nearly every noun in some sense, or whose literal sense is the
# French one too (« une douleur forte », « une fièvre légère »), and « mal », above all an
# adverb (« une douleur mal soulagée »): never generated, whatever
# English adjective they translate.  A list's own ``attested`` adds to them.
NEUTRAL_ADJECTIVES = frozenset(
    "grand petit gros fort faible léger bon mal intense sévère grave important normal anormal "
    "long court nouveau premier dernier seul même autre vrai simple".split()
)


@dataclass(frozen=True, slots=True)
class AdjectiveSense(Sense):
    """English adjectives of one sense with a noun class, and the French adjectives a fix proposes."""

    use_before: tuple[str, ...] = ()  # proposed before the noun (``use`` when empty)


@dataclass(frozen=True, slots=True, kw_only=True)
class AdjectiveList(CollocationListBase):
    """One ``adjective_collocations:`` item of a glossary file, its word classes expanded; its
    ``message`` cites {adjective}, {english}, {use}, its ``template`` has {adjective} where the
    adjective goes."""

    nouns: tuple[str, ...]  # the French nouns (lemmas) of the class
    en_noun: str  # the English noun the adjectives qualify (« bleeding »), documenting the list
    senses: tuple[AdjectiveSense, ...]
    agrees: tuple[str, str]  # the gender and number of the template's noun
    template_before: str | None = None  # a sentence with {adjective} right before a noun of the class


def is_adjective(word: str) -> bool:
    """True if ``word`` is one French word that Lexique383 reads as an adjective lemma (or any
    single word when Lexique is not installed): FreeDict's translations also hold nouns, verbs
    and phrases (« ulcère », « sécher », « à l'heure »)."""
    if not word or not word.replace("-", "").isalpha():
        return False
    if lexicon.available():
        return any(e.cgram == lexicon.ADJ and e.lemma == word for e in lexicon.analyses(word))
    return True


def translations(english: str) -> tuple[str, ...]:
    """French adjectives an English adjective is rendered by word for word: FreeDict's, then the
    literal equivalents FreeDict lacks, each once, adjectives only."""
    return renderings(english, adjective_renderings(english), is_adjective)


def inflected(adjective: str, gender: str, number: str) -> str:
    """``adjective`` in ``gender`` and ``number``: Lexique383's form where it has one."""
    if lexicon.available():
        form = lexicon.inflect(adjective, lexicon.ADJ, gender, number)
        if form:
            return form
    return adjective_forms(adjective)[(gender, number)]


def _forms(adjective: str) -> frozenset[str]:
    return frozenset(fold_term(form) for form in adjective_forms(adjective).values())


def _examples(spec: AdjectiveList, adjective: str, use: str, before: bool) -> tuple[Example, ...]:
    """The list's wrong sentences with a form of ``adjective`` (the ones where it stands before
    a noun of the class for the ``-avant`` rule, the others for the main one), a sentence of the
    rule's own from the template (``template_before`` for the ``-avant`` rule, which is made only
    when there is one or a wrong sentence), and the list's right sentences."""
    forms = _forms(adjective)
    nouns = {fold_term(n) for n in spec.nouns} | {fold_term(n) + "s" for n in spec.nouns} | \
            {fold_term(n) + "x" for n in spec.nouns}
    own = []
    for e in spec.examples:
        words = fold_term(e.text).split()
        if not e.is_wrong:
            continue
        at = [i for i, w in enumerate(words) if w in forms]
        if not at:
            continue
        next_is_noun = any(" ".join(words[i + 1 : i + 5]).startswith(n) for i in at for n in nouns)
        if next_is_noun == before:
            own.append(e)
    right = [e for e in spec.examples if not e.is_wrong]
    template = spec.template_before if before else spec.template
    if template is None:
        return (*own, *right)
    gender, number = spec.agrees
    made = template.format(adjective=inflected(adjective, gender, number))
    fixed = template.format(adjective=inflected(use, gender, number))
    return (*own, Example(made, fixed, spec.line), *right)


def adjective_rules(spec: AdjectiveList) -> list[Rule]:
    """The rules of one adjective collocation list: one per French adjective that renders one of
    its English adjectives word for word and that professional French does not use with its
    nouns."""
    attested = set(spec.attested)
    rules: dict[str, Rule] = {}
    for sense in spec.senses:
        for english in sense.en:
            for adjective in translations(english):
                if adjective in attested or adjective in sense.use or adjective in NEUTRAL_ADJECTIVES or \
                        f"{spec.id}-{slug(adjective)}" in rules:
                    continue
                for before, use in ((False, sense.use), (True, sense.use_before or sense.use)):
                    examples = _examples(spec, adjective, use[0], before)
                    if not any(e.is_wrong for e in examples):
                        continue  # no sentence of the list tests it: an untested rule is not made
                    # Named as they would agree with the template's noun (« une douleur
                    # « dull » se dit « sourde » »), not as lemmas.
                    gender, number = spec.agrees
                    message = spec.message.format(adjective=inflected(adjective, gender, number), english=english,
                                                  use=quoted(tuple(inflected(u, gender, number) for u in use)))
                    rule_id = f"{spec.id}-{slug(adjective)}" + ("-avant" if before else "")
                    side = "qualifies-next" if before else "qualifies"
                    # No ``en``: a bilingual entry's English (« heavy bleeding ») would vouch for
                    # any « lourd » of its French (« objets lourds »); the French context decides,
                    # as in a monolingual text.
                    rules[rule_id] = spec.rule(
                        rule_id, RuleTerm(adjective, "adj"), tuple(RuleTerm(u, "adj") for u in use),
                        WordCondition(spec.nouns, spec.window, side), examples, message)
    return list(rules.values())


__all__ = ["AdjectiveList", "AdjectiveSense", "NEUTRAL_ADJECTIVES", "adjective_rules", "inflected", "is_adjective",
           "translations"]
