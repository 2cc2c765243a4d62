"""Wrong verb–object collocations generated from lists of what French medicine says (MG105).

Machine translation puts the most common French equivalent of an English verb where French
uses another verb with that noun: « attraper une infection » (catch → contracter), « un
diagnostic est atteint » (reach → poser), « prendre un test » (take → passer).  A collocation
list of a glossary file (``collocations:``) names, for one class of medical nouns, the English
verbs that take them in patient writing, the French verbs that professional French attests with
them (``attested``, with where that comes from) and, per English verb, the attested verbs a fix
proposes (``use``).  Every French verb that is a translation of one of those English verbs —
FreeDict's eng-fra (:mod:`medgloss.french.freedict`, read here, at load time) or the literal
equivalents it lacks (:mod:`medgloss.french.literal_verbs`) — and that the list does not attest
becomes one collocation rule: the verb, in any form, with a noun of the class as its direct
object or as the subject of its passive (a context condition of side ``object``,
:mod:`medgloss.french.objects`), replaced by the proposed verb conjugated like it.

A list may ``report`` a neutral verb that is wrong with its nouns whatever else it does
(« passer des selles », pass → évacuer), and with ``passive: false`` the noun counts only after
the verb (« le calcul est passé » is French: the stone has passed); with ``passive: only``, only
as the subject of the verb's passive (« les anticorps sont faits par les lymphocytes », while the
active « faire des anticorps » is another list's, and « être fait de » is French).

A list of ``role: subject`` names a class of nouns that are the subject of an intransitive
verb (« le médicament travaille », work → agir; « les symptômes s’éclaircissent », clear up →
disparaître).  There the English verb is often a phrasal verb, and machine translation renders
it by its base verb's equivalent, bare or pronominal: each translation of the phrasal verb
(« clear up ») and of its base (« clear ») is tried as it is and with « se » (« se dégager »,
« s’effacer »), the noun standing before the verb as its subject (side ``subject``).

Each generated rule carries the list's example sentences that contain one of its forms, the
list's right sentences, and one sentence of its own made from the list's ``template``, so that
the suite runs every generated rule.  This module builds rules; it never checks a text.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..french import lexicon
from ..french.freedict import english_french
from ..french.literal_verbs import literal_verbs
from ..french.verbs import UnknownVerbError, conjugate
from ..text.fold import fold_term
from .collocation_lists import CollocationListBase, Sense, quoted, renderings, slug
from .model import Example, Rule, RuleTerm, WordCondition

# Verbs that take an attribute or an infinitive rather than an object (« peut devenir une
# infection »), that French uses with nearly every noun (« faire un test », « avoir une
# infection »), or that are conjugated with « être », whose « est parvenue » is no passive
# (« l’infection est parvenue au cerveau »): never reported, whatever English verb they translate.
NEUTRAL_VERBS = frozenset(
    "être avoir faire rendre devenir rester sembler paraître demeurer aller venir laisser pouvoir devoir "
    "vouloir savoir mettre arriver parvenir revenir survenir intervenir partir passer tomber sortir entrer "
    "monter descendre retourner naître mourir apparaître décéder aboutir".split()
)

# English verbs of one sense with a noun class, and the French verbs a fix proposes.
VerbSense = Sense


@dataclass(frozen=True, slots=True, kw_only=True)
class CollocationList(CollocationListBase):
    """One ``collocations:`` item of a glossary file, its word classes already expanded; its
    ``message`` cites {verb}, {english}, {use}, its ``template`` has {verb} where an infinitive
    goes."""

    objects: tuple[str, ...]  # the French nouns (lemmas) of the class
    en_object: str  # the English noun phrase, for messages and bilingual sources (« an infection »)
    senses: tuple[Sense, ...]
    role: str = "object"  # or "subject": the nouns are the subject of an intransitive verb
    report: tuple[str, ...] = ()  # neutral verbs this list reports all the same (« passer des selles »)
    # False: the noun only after the verb (« le calcul est passé » is no passive); "only": the
    # noun only as the subject of the verb's passive (« les anticorps sont faits par… »).
    passive: bool | str = True


_PRONOUNS = ("se ", "s'", "s’")


def pronominal(verb: str) -> str:
    """« se » + ``verb``, elided before a vowel or h (« s’effacer », « se dégager »)."""
    return ("s'" if verb[:1] in "aeiouyhéèêâîôûœ" else "se ") + verb


def _straight(verb: str) -> str:
    return verb.replace("’", "'")


def _base(verb: str) -> str:
    """The verb without its reflexive pronoun (« s’éclaircir » → « éclaircir »)."""
    return next((verb[len(p):] for p in _PRONOUNS if verb.startswith(p)), verb)


def is_infinitive(word: str) -> bool:
    """True if ``word`` is a French verb the conjugation tables know (and Lexique383 too, when
    it is installed): FreeDict's translations also hold nouns and typing errors (« luter »)."""
    if not word or " " in word or "'" in word or "’" in word or not word.isalpha():
        return False
    try:
        conjugate(word)
    except UnknownVerbError:
        return False
    if lexicon.available():
        return any(e.cgram == lexicon.VERB and e.lemma == word for e in lexicon.analyses(word))
    return True


def translations(english: str) -> tuple[str, ...]:
    """French verbs an English verb is rendered by word for word: FreeDict's, then the literal
    equivalents FreeDict lacks, each once, infinitives only."""
    return renderings(english, literal_verbs(english), is_infinitive)


def subject_translations(english: str) -> tuple[str, ...]:
    """French verbs an English verb said of a subject is rendered by word for word: those of
    the verb and, for a phrasal verb (« clear up »), of its base verb (« clear »), each bare and
    with « se », save the pronominal forms of the verbs that go with any subject
    (:data:`NEUTRAL_VERBS`: « se rendre », « se faire »)."""
    base = english.split(" ")[0]
    listed = (*english_french().get(english.lower(), ()), *literal_verbs(english))
    if base != english:
        listed = (*listed, *english_french().get(base, ()), *literal_verbs(base))
    found: list[str] = []
    for verb in dict.fromkeys(listed):
        if verb.startswith(_PRONOUNS):
            if is_infinitive(_base(verb)):
                found.append(verb)
        elif is_infinitive(verb):
            found.append(verb)
            if verb not in NEUTRAL_VERBS:
                found.append(pronominal(verb))
    return tuple(dict.fromkeys(found))


def _forms(verb: str) -> frozenset[str]:
    return frozenset(fold_term(form) for form, _analysis in conjugate(verb))


def _has_form(text: str, verb: str) -> bool:
    """True if ``text`` holds a form of ``verb``: a pronominal verb's after « se » (« s’use »),
    a bare verb's without it."""
    base = _base(verb)
    forms = _forms(base)
    words = fold_term(text).split()
    return any(w in forms and (k > 0 and words[k - 1] in ("se", "s")) == (base != verb) for k, w in enumerate(words))


def _participle(verb: str) -> str:
    """The masculine plural past participle of ``verb`` (« faire » → « faits »), that the
    template of a ``passive: only`` list has in place of the infinitive; a phrase's first word
    only is conjugated (« mettre au monde » → « mis au monde »)."""
    head, _, rest = verb.partition(" ")
    form = next((f for f, a in conjugate(head) if a[1] == "participe-passé" and a[3] == "p" and a[4] == "m"), head)
    return f"{form} {rest}" if rest else form


def _examples(spec: CollocationList, verb: str, use: str) -> tuple[Example, ...]:
    own = [e for e in spec.examples if e.is_wrong and _has_form(e.text, verb)]
    if spec.passive == "only":
        verb, use = _participle(verb), _participle(use)
    made = spec.template.format(verb=verb)
    fixed = spec.template.format(verb=use)
    if spec.template.startswith("{verb}"):
        made, fixed = made[:1].upper() + made[1:], fixed[:1].upper() + fixed[1:]
    right = [e for e in spec.examples if not e.is_wrong]
    return (*own, Example(made, fixed, spec.line), *right)


def collocation_rules(spec: CollocationList) -> list[Rule]:
    """The rules of one collocation list: one per French verb that renders one of its English
    verbs word for word and that professional French does not use with its nouns."""
    attested = {_straight(a) for a in spec.attested}
    rules: dict[str, Rule] = {}
    side = spec.role
    if spec.role == "object" and spec.passive == "only":
        side = "passive-object"
    elif spec.role == "object" and not spec.passive:
        side = "active-object"
    condition = WordCondition(spec.objects, spec.window, side)
    report = {_straight(v) for v in spec.report}
    rendered = subject_translations if spec.role == "subject" else translations
    for sense in spec.senses:
        sense = Sense(sense.en, tuple(_straight(u) for u in sense.use))
        for english in sense.en:
            for verb in rendered(english):
                if verb in attested or verb in sense.use or (verb in NEUTRAL_VERBS and verb not in report) or \
                        verb in rules:
                    continue
                message = spec.message.format(verb=verb, english=english, use=quoted(sense.use))
                rules[verb] = spec.rule(
                    f"{spec.id}-{slug(verb)}", RuleTerm(verb, "verb"), tuple(RuleTerm(u, "verb") for u in sense.use),
                    condition, _examples(spec, verb, sense.use[0]), message,
                    en=tuple(f"{e} {spec.en_object}" for e in sense.en))
    return list(rules.values())


__all__ = ["CollocationList", "NEUTRAL_VERBS", "VerbSense", "collocation_rules", "is_infinitive", "pronominal",
           "subject_translations", "translations"]
