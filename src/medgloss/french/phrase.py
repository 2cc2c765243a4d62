"""The noun phrase around a replaced noun, read from its neighbours with Lexique383.

A small set of local patterns finds the words that agree with a noun without parsing the
sentence: the determiner before it (with prenominal adjectives and adverbs between), the
adjectives and participles after it (coordinated with « et », « ou » or a comma), the
attribute or passive participle after « être » (« est posée », « a été posée », « n’est pas
posée »), and the participle after « avoir » when the noun is the object that comes first
(« la canule que l’infirmière a posée »).  The same patterns serve to re-inflect those words
(:func:`agreement_edits`) and to check a corrected sentence (:func:`disagreements`).

This module must not guess: a word is a dependent only when Lexique383 (or, for a word it
does not know, the regular endings) reads it as an adjective or participle of the right
form; anything else ends the pattern and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..findings.model import Edit
from ..i18n import _
from . import lexicon
from .agreement_lexicon import third_person
from .copulas import AVOIR, COPULA_INFINITIVES, COPULAS, MODALS
from .inflect import match_case, starts_with_vowel_sound
from .nominal import adjective_forms

_TOKEN = re.compile(r"[^\W\d_](?:[^\W_]|[-])*[’']?|\d+|[,;:.!?()«»\"“”]", re.UNICODE)
_ELIDED = re.compile(r"^(?:l|d|qu|n|s|j|c|m|t|jusqu|lorsqu|puisqu)[’']$", re.IGNORECASE)

# Determiners: (kind, gender, number).  The kind decides the form in another gender and number.
_DETERMINERS: dict[str, tuple[str, str | None, str | None]] = {
    "le": ("def", "m", "s"), "la": ("def", "f", "s"), "l’": ("def", None, "s"), "les": ("def", None, "p"),
    "un": ("ind", "m", "s"), "une": ("ind", "f", "s"), "des": ("ind", None, "p"),
    "ce": ("dem", "m", "s"), "cet": ("dem", "m", "s"), "cette": ("dem", "f", "s"), "ces": ("dem", None, "p"),
    "mon": ("pos1", None, "s"), "ma": ("pos1", "f", "s"), "mes": ("pos1", None, "p"),
    "ton": ("pos2", None, "s"), "ta": ("pos2", "f", "s"), "tes": ("pos2", None, "p"),
    "son": ("pos3", None, "s"), "sa": ("pos3", "f", "s"), "ses": ("pos3", None, "p"),
    "notre": ("notre", None, "s"), "nos": ("notre", None, "p"), "votre": ("votre", None, "s"),
    "vos": ("votre", None, "p"), "leur": ("leur", None, "s"), "leurs": ("leur", None, "p"),
    "du": ("du", "m", "s"), "au": ("au", "m", "s"), "aux": ("au", None, "p"),
    "quel": ("quel", "m", "s"), "quelle": ("quel", "f", "s"), "quels": ("quel", "m", "p"), "quelles": ("quel", "f", "p"),
    "aucun": ("aucun", "m", "s"), "aucune": ("aucun", "f", "s"),
    "chaque": ("chaque", None, "s"), "plusieurs": ("plusieurs", None, "p"),
    "certain": ("certain", "m", "s"), "certaine": ("certain", "f", "s"),
    "certains": ("certain", "m", "p"), "certaines": ("certain", "f", "p"),
    "tout": ("tout", "m", "s"), "toute": ("tout", "f", "s"), "tous": ("tout", "m", "p"), "toutes": ("tout", "f", "p"),
}

def determiner_words() -> frozenset[str]:
    """The determiners these patterns agree, as bare words (« l’ » is « l »), for callers that
    only need to know a determiner when they see one."""
    return frozenset(word.rstrip("’'") for word in _DETERMINERS)



def determiner_features(word: str) -> tuple[str, str | None, str | None] | None:
    """(kind, gender, number) of a determiner (« la » → ``("def", "f", "s")``), or ``None``."""
    return _DETERMINERS.get(word.lower().replace("'", "’"))


_FORMS = {
    "def": {("m", "s"): "le", ("f", "s"): "la", ("m", "p"): "les", ("f", "p"): "les"},
    "ind": {("m", "s"): "un", ("f", "s"): "une", ("m", "p"): "des", ("f", "p"): "des"},
    "dem": {("m", "s"): "ce", ("f", "s"): "cette", ("m", "p"): "ces", ("f", "p"): "ces"},
    "pos1": {("m", "s"): "mon", ("f", "s"): "ma", ("m", "p"): "mes", ("f", "p"): "mes"},
    "pos2": {("m", "s"): "ton", ("f", "s"): "ta", ("m", "p"): "tes", ("f", "p"): "tes"},
    "pos3": {("m", "s"): "son", ("f", "s"): "sa", ("m", "p"): "ses", ("f", "p"): "ses"},
    "notre": {("m", "s"): "notre", ("f", "s"): "notre", ("m", "p"): "nos", ("f", "p"): "nos"},
    "votre": {("m", "s"): "votre", ("f", "s"): "votre", ("m", "p"): "vos", ("f", "p"): "vos"},
    "leur": {("m", "s"): "leur", ("f", "s"): "leur", ("m", "p"): "leurs", ("f", "p"): "leurs"},
    "du": {("m", "s"): "du", ("f", "s"): "de la", ("m", "p"): "des", ("f", "p"): "des"},
    "au": {("m", "s"): "au", ("f", "s"): "à la", ("m", "p"): "aux", ("f", "p"): "aux"},
    "quel": {("m", "s"): "quel", ("f", "s"): "quelle", ("m", "p"): "quels", ("f", "p"): "quelles"},
    "aucun": {("m", "s"): "aucun", ("f", "s"): "aucune", ("m", "p"): "aucuns", ("f", "p"): "aucunes"},
    "chaque": {("m", "s"): "chaque", ("f", "s"): "chaque", ("m", "p"): "chaque", ("f", "p"): "chaque"},
    "plusieurs": {("m", "s"): "plusieurs", ("f", "s"): "plusieurs", ("m", "p"): "plusieurs", ("f", "p"): "plusieurs"},
    "certain": {("m", "s"): "certain", ("f", "s"): "certaine", ("m", "p"): "certains", ("f", "p"): "certaines"},
    "tout": {("m", "s"): "tout", ("f", "s"): "toute", ("m", "p"): "tous", ("f", "p"): "toutes"},
}
# Invariable words that may stand between a determiner and its adjective, or before an attribute.
_ADVERBS = frozenset(
    "très plus moins si trop assez bien aussi peu fort pas point jamais toujours souvent parfois déjà encore "
    "rarement généralement habituellement rapidement complètement totalement partiellement entièrement "
    "immédiatement correctement mal vite désormais alors ensuite enfin".split()
)
# The infinitive and participle of « être » stand where its finite forms do (« peut être
# posée », « a été posée »), and « eu » where « avoir »'s do (« après qu’elle a eu posé »).
_COPULAS = COPULAS | {"être", "été"}
_AVOIR = AVOIR | {"eu"}
_COORDINATION = frozenset({"et", "ou", ","})
_RELATIVE = frozenset({"que", "qu’", "qu'"})


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the sentence, with its position in the document, and ``low``: the word in
    lower case with a typographic apostrophe (computed when not given)."""

    start: int
    end: int
    text: str
    # Stored, not a property: the patterns ask each word's several times.
    low: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.low:
            object.__setattr__(self, "low", _low(self.text))


def _low(word: str) -> str:
    return word.lower().replace("'", "’")


@dataclass(frozen=True, slots=True)
class Dependent:
    """A word that agrees with the noun: its kind (``det``, ``adj``, ``attr``), the token,
    and the lemma and category it is inflected from (``ADJ`` or ``VER`` for a participle)."""

    kind: str
    token: Token
    lemma: str
    cgram: str
    preposition: Token | None = None  # « de » before « la » (→ « du »), « à » before « le »


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Words and punctuation of ``text[start:end]``; an elided word keeps its apostrophe
    (« l’ », « qu’ ») and is a token of its own."""
    return list(iter_tokens(text, start, end))


def iter_tokens(text: str, start: int, end: int) -> Iterator[Token]:
    """:func:`tokens` one at a time (a whole document's tokens at once are some 200 MiB)."""
    lows: dict[str, str] = {}  # each distinct word put in lower case once
    for match in _TOKEN.finditer(text, start, end):
        word = match.group(0)
        # « l’immunoglobuline »: the regex stops after the apostrophe only at the end of a word.
        if "’" in word[:-1] or "'" in word[:-1]:
            cut = max(word.find("’"), word.find("'")) + 1
            head, tail = word[:cut], word[cut:]
            if _ELIDED.match(head):
                yield Token(match.start(), match.start() + cut, head)
                yield Token(match.start() + cut, match.end(), tail)
                continue
        low = lows.get(word)
        if low is None:
            low = lows[word] = _low(word)
        yield Token(match.start(), match.end(), word, low)


def _adjective_lemma(word: str, gender: str | None, number: str | None) -> tuple[str, str] | None:
    """(lemma, category) of ``word`` read as an adjective or past participle of ``gender`` and
    ``number`` (``None``: any), or ``None``."""
    readings = lexicon.analyses(word)
    for entry in readings:
        if entry.cgram == lexicon.ADJ and entry.agrees_with(gender, number):
            return entry.lemma, lexicon.ADJ
        if entry.is_past_participle and entry.agrees_with(gender, number):
            return entry.lemma, lexicon.VERB
    # Lexique lists some rare adjectives in the masculine singular only (« implantable »):
    # the regular endings tell whether ``word`` is another form of such a lemma.
    low = word.lower()
    for entry in readings:
        if entry.cgram == lexicon.ADJ:
            forms = adjective_forms(entry.lemma)
            if (gender is None or number is None) and low in forms.values():
                return entry.lemma, lexicon.ADJ
            if forms.get((gender, number)) == low:  # type: ignore[arg-type]
                return entry.lemma, lexicon.ADJ
    if not readings and gender == "f" and low.endswith(("e", "es")):
        from .inflect import adjective_lemma

        lemma = adjective_lemma(low, "", (gender, number or "s"))
        if lemma and lemma != low:
            return lemma, lexicon.ADJ
    if not readings and low.endswith(_RELATIONAL_ENDINGS):
        # Medicine's relational adjectives that Lexique lacks (« autosomique », « oxydatif »,
        # « mendélien ») stand between a noun and its other adjectives: read by their regular
        # endings, so that « héritage autosomique récessif » → « transmission autosomique
        # récessive » agrees the whole chain and not only its first known word.
        from .inflect import adjective_lemma

        lemma = adjective_lemma(low, "", (gender, number) if gender and number else None)
        if lemma:
            return lemma, lexicon.ADJ
    return None


# The endings of the relational adjectives of medicine (-ique, -if/-ive, -ien/-ienne) whose
# forms the regular rules give; nouns rarely end so after a noun (« une anémie hémolytique »).
_RELATIONAL_ENDINGS = ("ique", "iques", "if", "ifs", "ive", "ives", "ien", "iens", "ienne", "iennes")


def _is_adjective_like(word: str) -> bool:
    """Lexique reads ``word`` as an adjective or participle only (no noun or finite verb)."""
    readings = _analyses_but_present_participles(word)
    return bool(readings) and all(e.cgram == lexicon.ADJ or e.is_past_participle or e.cgram == lexicon.NOUN
                                  for e in readings) and any(e.cgram == lexicon.ADJ or e.is_past_participle
                                                             for e in readings)


def _analyses_but_present_participles(word: str) -> list[lexicon.LexEntry]:
    """Lexique's readings of ``word`` but a verb's present participle (« dominant »), which is
    invariable: after a noun the adjective of the same spelling is the one that agrees
    (« un héritage dominant » → « une transmission dominante »)."""
    present = word.lower().endswith("ant")
    return [e for e in lexicon.analyses(word)
            if not (present and e.cgram == lexicon.VERB and not e.is_past_participle)]


def inflect_dependent(dep: Dependent, gender: str, number: str) -> str | None:
    """The form of an adjective or participle dependent in ``gender`` and ``number``."""
    if dep.cgram == lexicon.VERB:
        form = lexicon.inflect(dep.lemma, lexicon.VERB, gender, number, participle=True)
        if form is None:
            from .inflect import participle_in

            form = participle_in(dep.lemma, gender, number)
        return form
    form = lexicon.inflect(dep.lemma, lexicon.ADJ, gender, number)
    if form is None or (gender == "f" and form == dep.lemma and not dep.lemma.endswith("e")):
        form = adjective_forms(dep.lemma).get((gender, number))
    return form


def _left(words: list[Token], i: int, gender: str | None, number: str | None) -> list[Dependent]:
    """The determiner and prenominal adjectives before words[i] (exclusive), right to left."""
    found: list[Dependent] = []
    adjectives: list[Dependent] = []
    j = i - 1
    while j >= 0 and len(adjectives) < 3:
        word = words[j]
        if word.low in _DETERMINERS:
            break
        if word.low in _ADVERBS:
            j -= 1
            continue
        read = _adjective_lemma(word.text, gender, number)
        if read is None:
            return []
        adjectives.append(Dependent("adj", word, read[0], read[1]))
        j -= 1
    if j < 0 or words[j].low not in _DETERMINERS:
        return []
    det = words[j]
    kind, det_gender, det_number = _DETERMINERS[det.low]
    if (gender and det_gender and det_gender != gender) or (number and det_number and det_number != number):
        if not (det.low in ("mon", "ton", "son") and gender == "f"):  # « son ordonnance »
            return []
    preposition = words[j - 1] if j > 0 and words[j - 1].low in ("de", "à") and kind == "def" else None
    found.append(Dependent("det", det, det.low, "DET", preposition))
    found.extend(adjectives)
    return found


def _right(words: list[Token], i: int, gender: str | None, number: str | None,
           attribute: bool = False) -> tuple[list[Dependent], int]:
    """Adjectives and participles from words[i] on (coordinated ones included); and the index
    of the first word after them.  After a copula (``attribute``) a word that is also a
    conjugated verb (« fréquentes ») can only be the adjective."""
    found: list[Dependent] = []
    j = i
    while j < len(words):
        word = words[j]
        if word.low in _ADVERBS and j + 1 < len(words) and _adjective_lemma(words[j + 1].text, gender, number):
            j += 1
            continue
        if found and word.low in _COORDINATION and j + 1 < len(words):
            k = j + 1
            while k < len(words) and words[k].low in _ADVERBS:
                k += 1
            if k < len(words) and _is_adjective_like(words[k].text) and _adjective_lemma(words[k].text, gender, number):
                j = k
                continue
            break
        read = _adjective_lemma(word.text, gender, number)
        if read is None or word.low in _DETERMINERS or (
            _finite_verb(word.text) and not (attribute and j == i) and not _participle_here(words, j)
        ):
            break
        if not _is_adjective_like(word.text) and (found or not (attribute or _first_is_adjective(word.text))):
            break
        found.append(Dependent("adj", word, read[0], read[1]))
        j += 1
    return found, j


def _first_is_adjective(word: str) -> bool:
    readings = _analyses_but_present_participles(word)
    return not readings or readings[0].cgram == lexicon.ADJ or readings[0].is_past_participle


def _finite_verb(word: str) -> bool:
    """« dure », « sèche »: also a conjugated verb, so perhaps the verb of the sentence."""
    return any(e.cgram in (lexicon.VERB, lexicon.AUX) and any(v[:4] in ("ind:", "sub:", "imp:", "cnd:") for v in e.infover)
               for e in lexicon.analyses(word))


def _participle_here(words: list[Token], j: int) -> bool:
    """« le mouvement décrit hier »: a form that is a participle and a present (« décrit ») is
    the participle unless an object follows it (« décrit la maladie », « dure toute la vie »)."""
    if not any(e.is_past_participle for e in lexicon.analyses(words[j].text)):
        return False
    following = words[j + 1].low if j + 1 < len(words) else ""
    return following not in _DETERMINERS and following not in ("l’", "d’", "de", "qu’", "que")


_PREPOSITIONS = frozenset("de d’ du des en à au aux pour contre chez sans avec sous sur par".split())


def _skip_complement(words: list[Token], j: int) -> int:
    """After « carences partielles », skip « en IgA » (up to five words) when a copula
    follows: the attribute agrees with the head of the noun phrase, not with the complement."""
    if j >= len(words) or words[j].low not in _PREPOSITIONS:
        return j
    for k in range(j + 1, min(j + 6, len(words))):
        low = words[k].low
        if low in _COPULAS or (low in _AVOIR and k + 1 < len(words) and words[k + 1].low == "été"):
            return k
        if low in _RELATIVE or low in ("qui", "ne", "n’") or words[k].text in ",;:.!?()«»":
            return j
    return j


def _predicate(words: list[Token], j: int, gender: str | None, number: str | None) -> list[Dependent]:
    """The attribute or participle whose subject the noun phrase ending at words[j] is."""
    k = _skip_complement(words, j)
    if k < len(words) and words[k].low in ("ne", "n’"):
        k += 1
    relative = False
    if k < len(words) and words[k].low in _RELATIVE:
        # « la canule que l’infirmière a posée »: up to three words of subject, then avoir.
        for m in range(k + 1, min(k + 5, len(words))):
            if words[m].low in _AVOIR:
                k, relative = m + 1, True
                break
            if words[m].text in ",;:.!?":
                return []
        if not relative:
            return []
    elif k < len(words) and words[k].low == "qui":
        k += 1
    if not relative:
        if k < len(words) and words[k].low in ("ne", "n’"):
            k += 1
        # « doit être posée », « peut rester ouverte »: the infinitive after the modal is the copula.
        modal = k + 1 < len(words) and words[k].low in MODALS and words[k + 1].low in COPULA_INFINITIVES
        if modal:
            k += 1
        elif k < len(words) and words[k].low in _AVOIR and k + 1 < len(words) and words[k + 1].low == "été":
            k += 1
        if k >= len(words) or not (modal or words[k].low in _COPULAS):
            return []
        k += 1
        if k < len(words) and words[k].low == "été":
            k += 1
    while k < len(words) and words[k].low in _ADVERBS:
        k += 1
    found, _stop = _right(words, k, gender, number, attribute=True)
    return [Dependent("attr", d.token, d.lemma, d.cgram) for d in found]


# Pronouns that may stand between a subject and its verb (« la greffe ne le protège pas »).
_CLITICS = frozenset("ne n’ se s’ y en lui leur l’ le la les".split())
_NON_FINITE = frozenset({"été", "être", "eu"})


def _subject_verbs(words: list[Token], j: int) -> list[Token]:
    """The finite verb whose subject is the noun phrase ending at words[j] (« doit » in « la
    dose doit être prise », « augmente » in « … qui augmente le risque »), or nothing."""
    k = j
    if k < len(words) and words[k].low in _PREPOSITIONS:
        # « une histoire familiale de déficit immunitaire doit… »: the verb after a short
        # complement agrees with the head, as the attribute does.
        k = next((m for m in range(j + 1, min(j + 6, len(words))) if _finite(words[m])), j)
    if k < len(words) and words[k].low == "qui":
        k += 1
    while k < len(words) and words[k].low in _CLITICS:
        k += 1
    return [words[k]] if k < len(words) and _finite(words[k]) else []


def _finite(word: Token) -> bool:
    """A third-person finite verb: a copula, « avoir », a modal, or a word Lexique reads only
    as a verb."""
    if word.low in _NON_FINITE:
        return False
    if word.low in _COPULAS or word.low in _AVOIR or word.low in MODALS:
        return True
    return _is_verb_only(word.text) and any(
        info[-2:] in ("3s", "3p") for e in lexicon.analyses(word.text) for info in e.infover)


# What may come just before a noun phrase that is the subject of the next verb: nothing (the
# sentence starts), a comma, a conjunction or a subordinator.  After a preposition the phrase
# is a complement (« les nourrissons nourris à la formule reçoivent »), after a verb an object.
_BEFORE_SUBJECT = frozenset(", ; : ( « et mais ou car donc puis que qu’ si quand lorsque lorsqu’ comme "
                            "puisque puisqu’ parce alors".split())


def _starts_clause(words: list[Token], first: int) -> bool:
    """True if the noun phrase whose first word (its determiner, if any) is words[first] may be
    a subject: nothing, or only a clause boundary, stands before it."""
    return first == 0 or words[first - 1].low in _BEFORE_SUBJECT


def _phrase_start(words: list[Token], first: int) -> int:
    """The index of the determiner (through prenominal adjectives and adverbs) of the noun at
    words[first], or ``first``."""
    j = first - 1
    while j >= 0 and (words[j].low in _ADVERBS or _adjective_lemma(words[j].text, None, None) is not None) \
            and words[j].low not in _DETERMINERS and first - j <= 3:
        j -= 1
    return j if j >= 0 and words[j].low in _DETERMINERS else first


def _has_verb(words: list[Token], first: int, stop: int) -> bool:
    """True if the noun phrase from words[first] to words[stop] (exclusive) is the subject of
    the verb after it: it starts a clause, or a « qui » relative follows it."""
    return _starts_clause(words, _phrase_start(words, first)) or (stop < len(words) and words[stop].low == "qui")


def _verb_number(word: str) -> set[str]:
    """The numbers a finite verb form has in the third person (« augmente » {s}, « ont » {p})."""
    return {info[-1] for e in lexicon.analyses(word) if e.cgram in (lexicon.VERB, lexicon.AUX)
            for info in e.infover if info[-2:] in ("3s", "3p")}


_SUBJECT_PRONOUNS = frozenset("il elle on ils elles qui je j’ tu nous vous".split())


def verb_reading(text: str, start: int, end: int, bounds: tuple[int, int]) -> str | None:
    """Whether the verb form at ``[start, end)`` (« atteint »: present or participle?) is a
    ``"participle"`` or a ``"finite"`` form, from its neighbours; ``None`` if they do not say."""
    words = tokens(text, bounds[0], bounds[1])
    first = next((i for i, w in enumerate(words) if w.end > start), len(words))
    after = next((i for i, w in enumerate(words) if w.start >= end), len(words))
    j = first - 1
    while j >= 0 and words[j].low in _ADVERBS:
        j -= 1
    before = words[j].low if j >= 0 else ""
    following = words[after].low if after < len(words) else ""
    if before in _AVOIR or before in _COPULAS:
        return "participle"
    if before in _SUBJECT_PRONOUNS or before in ("ne", "n’", "se", "s’"):
        return "finite"
    if j >= 0 and (following in _DETERMINERS or following in ("l’", "d’")) and not _is_verb_only(words[j].text):
        # « Le traitement atteint la réponse »: after a noun and before an object, the verb.
        return "finite"
    return None


def dependents(text: str, start: int, end: int, bounds: tuple[int, int],
               gender: str | None, number: str | None) -> list[Dependent]:
    """The words agreeing with the noun (phrase) at ``[start, end)`` in the sentence ``bounds``,
    read as agreeing with ``gender`` and ``number`` (``None``: any)."""
    words = tokens(text, bounds[0], bounds[1])
    first = next((i for i, w in enumerate(words) if w.end > start), len(words))
    after = next((i for i, w in enumerate(words) if w.start >= end), len(words))
    found = _left(words, first, gender, number)
    right, stop = _right(words, after, gender, number)
    found.extend(right)
    found.extend(_predicate(words, stop, gender, number))
    return found


def determiner_number(dep: Dependent) -> str | None:
    """The number a determiner marks (« les » plural, « l’ » singular)."""
    return _DETERMINERS[dep.token.low][2]


def determiner_form(dep: Dependent, gender: str, number: str, next_word: str, apostrophe: str) -> str:
    """The determiner ``dep`` in ``gender`` and ``number`` before ``next_word`` (elision)."""
    kind = _DETERMINERS[dep.token.low][0]
    new = _FORMS[kind][(gender, number)]
    vowel = starts_with_vowel_sound(next_word)
    if vowel and number == "s":
        if new in ("le", "la"):
            new = "l" + apostrophe
        elif new == "de la" or (kind == "du"):
            new = "de l" + apostrophe
        elif new == "à la" or kind == "au":
            new = "à l" + apostrophe
        elif new == "ce":
            new = "cet"
        elif new in ("ma", "ta", "sa"):
            new = {"ma": "mon", "ta": "ton", "sa": "son"}[new]
    # « L’ » is in capitals only as far as its letter goes: « Le », not « LE ».
    return match_case(dep.token.text.rstrip("’'"), new)


def agreement_edits(text: str, start: int, end: int, bounds: tuple[int, int], replacement: str,
                    old: tuple[str | None, str | None], new: tuple[str, str], apostrophe: str) -> list[Edit]:
    """Edits outside ``[start, end)`` that agree the noun phrase with a noun of features ``new``
    replacing one of features ``old``."""
    found = dependents(text, start, end, bounds, *old)
    gender, number = new
    edits: list[Edit] = []
    new_forms: dict[int, str] = {}
    for dep in found:
        if dep.kind == "det":
            continue
        form = inflect_dependent(dep, gender, number)
        if form is None:
            continue
        new_forms[dep.token.start] = match_case(dep.token.text, form)
        if new_forms[dep.token.start] != dep.token.text:
            edits.append(Edit(dep.token.start, dep.token.end - dep.token.start, new_forms[dep.token.start]))
    words = tokens(text, bounds[0], bounds[1])
    first = next((i for i, w in enumerate(words) if w.end > start), len(words))
    after = next((i for i, w in enumerate(words) if w.start >= end), len(words))
    stop = _right(words, after, *old)[1]
    if old[1] != number and _has_verb(words, first, stop):
        # A subject that changes number changes its verb's too (« les antécédents … doivent »).
        for verb in _subject_verbs(words, stop):
            if number not in _verb_number(verb.text):
                form = third_person(verb.text, number)
                if form is not None:
                    edits.append(Edit(verb.start, verb.end - verb.start, form))
    for dep in found:
        if dep.kind != "det":
            continue
        index = next(i for i, w in enumerate(words) if w.start == dep.token.start)
        following = words[index + 1] if index + 1 < len(words) else None
        next_word = replacement if following is None or following.start >= start else new_forms.get(following.start, following.text)
        form = determiner_form(dep, gender, number, next_word, apostrophe)
        begin = dep.token.start
        if dep.preposition is not None:
            # « de la » → « du », « à le » does not exist: the preposition is part of the edit.
            fused = {("de", "le"): "du", ("à", "le"): "au", ("de", "les"): "des", ("à", "les"): "aux"}.get(
                (dep.preposition.low, form.lower()))
            if fused is not None:
                begin, form = dep.preposition.start, match_case(dep.preposition.text, fused)
        stop = following.start if following is not None else dep.token.end
        spaced = form + ("" if form.endswith(("’", "'")) else " ")
        if text[begin:stop] != spaced:
            edits.append(Edit(begin, stop - begin, spaced))
    return edits


def disagreements(text: str, start: int, end: int, bounds: tuple[int, int], gender: str | None,
                  number: str | None) -> list[str]:
    """What does not agree with a noun of ``gender`` and ``number`` at ``[start, end)``: one
    line per fault (« petite » before a masculine noun, « le » before a vowel)."""
    problems: list[str] = []
    words = tokens(text, bounds[0], bounds[1])
    first = next((i for i, w in enumerate(words) if w.end > start), len(words))
    after = next((i for i, w in enumerate(words) if w.start >= end), len(words))
    noun = text[start:end]
    if first > 0:
        # The word before: a determiner (through prenominal adjectives) must agree and elide.
        j = first - 1
        adjectives: list[Token] = []
        while j >= 0 and words[j].low not in _DETERMINERS and len(adjectives) < 3:
            if words[j].low in _ADVERBS:
                j -= 1
                continue
            if _adjective_lemma(words[j].text, None, None) is None:
                break
            adjectives.append(words[j])
            j -= 1
        if j >= 0 and words[j].low in _DETERMINERS and words[j].end <= start:
            det = words[j]
            _kind, det_gender, det_number = _DETERMINERS[det.low]
            if (gender and det_gender and det_gender != gender and not (det.low in ("mon", "ton", "son") and gender == "f")) or (
                number and det_number and det_number != number
            ):
                problems.append(_("« {word} » does not agree with « {noun} »").format(word=det.text, noun=noun))
            nxt = words[j + 1].text if j + 1 < len(words) else noun
            vowel = starts_with_vowel_sound(nxt)
            if det.low in ("le", "la", "ce") and vowel:
                problems.append(_("« {word} » before « {next} » must be elided").format(word=det.text, next=nxt))
            if det.low in ("l’", "cet") and not vowel:
                problems.append(_("« {word} » cannot stand before « {next} »").format(word=det.text, next=nxt))
            if det.low.endswith("’") and text[det.end:det.end + 1].isspace():
                problems.append(_("a space after « {word} »").format(word=det.text))
            for adjective in adjectives:
                if _adjective_lemma(adjective.text, gender, number) is None:
                    problems.append(_("« {word} » does not agree with « {noun} »").format(word=adjective.text, noun=noun))
    right, stop = _right(words, after, None, None)
    if not right and after < len(words) and _finite_verb(words[after].text) and any(
        e.cgram == lexicon.ADJ for e in lexicon.analyses(words[after].text)
    ) and _adjective_lemma(words[after].text, gender, number) is None:
        # « dure », « sèche »: the verb of the sentence, or an adjective left unagreed.
        problems.append(_("« {word} » may not agree with « {noun} »").format(word=words[after].text, noun=noun))
    for dep in right + _predicate(words, stop, None, None):
        if _adjective_lemma(dep.token.text, gender, number) is None:
            problems.append(_("« {word} » does not agree with « {noun} »").format(word=dep.token.text, noun=noun))
    if number is not None and _has_verb(words, first, stop):
        for verb in _subject_verbs(words, stop):
            numbers = _verb_number(verb.text)
            if numbers and number not in numbers:
                problems.append(_("« {word} » does not agree with « {noun} »").format(word=verb.text, noun=noun))
    if first > 0 and words[first - 1].low in ("de", "que", "ne", "le", "la", "se", "je", "me", "te") and words[first - 1].end < start:
        if starts_with_vowel_sound(noun):
            problems.append(_("« {word} » before « {next} » must be elided").format(word=words[first - 1].text, next=noun))
    if first > 0 and _is_verb_only(words[first - 1].text):
        # « Il a attrapé froid » → « Il a attrapé rhume »: a noun straight after a verb lacks its article.
        problems.append(_("« {noun} » has no determiner").format(noun=noun))
    if after + 1 < len(words) and words[after].low in ("et", "ou") and not right:
        last = noun.split(" ")[-1]
        if _adjective_lemma(words[after + 1].text, None, None) and _is_adjective_like(words[after + 1].text) and not (
            _adjective_lemma(last, None, None) and last.lower() not in lexicon_nouns(last)
        ):
            # « une fièvre haute et prolongée » → « une forte fièvre et prolongée »
            problems.append(_("« {words} » is left without an adjective to join").format(words=f"{words[after].text} {words[after + 1].text}"))
    return problems


def lexicon_nouns(word: str) -> set[str]:
    """``{word}`` lower-cased if Lexique383 reads it as a noun only, else empty."""
    readings = lexicon.analyses(word)
    return {word.lower()} if readings and all(e.cgram == lexicon.NOUN for e in readings) else set()


def _is_verb_only(word: str) -> bool:
    readings = lexicon.analyses(word)
    return bool(readings) and all(e.cgram in (lexicon.VERB, lexicon.AUX) for e in readings)


# Verbs whose « du », « de la » is a partitive article (« prendre du sirop »), not « de » + « le »
# (« parler du traitement »).
_PARTITIVE_VERBS = frozenset(
    "prendre boire manger avaler consommer donner acheter avoir contenir recevoir ajouter mettre utiliser "
    "injecter administrer falloir vouloir perfuser produire fabriquer apporter".split()
)


def _partitive_verb(word: str) -> bool:
    return any(e.cgram in (lexicon.VERB, lexicon.AUX) and e.lemma in _PARTITIVE_VERBS for e in lexicon.analyses(word))


def partitive_before(text: str, start: int, bounds: tuple[int, int]) -> str | None:
    """« du », « de la », « de l’ » before ``start`` after a verb that takes a partitive
    (« prendre du sirop »), not the contraction of « de le » (« la pose du cathéter »)."""
    words = tokens(text, bounds[0], start)
    if len(words) >= 2 and words[-1].low == "du" and _partitive_verb(words[-2].text):
        return words[-1].text
    if len(words) >= 3 and words[-2].low == "de" and words[-1].low in ("la", "l’") and _partitive_verb(words[-3].text):
        return f"{words[-2].text} {words[-1].text}"
    return None


__all__ = ["Dependent", "Token", "agreement_edits", "dependents", "determiner_features", "determiner_form", "determiner_words", "disagreements", "tokens"]
