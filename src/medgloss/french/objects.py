"""Is this noun the direct object of this verb?  Read from the folded words around the verb.

A wrong verb–object collocation (« attraper une infection », « un diagnostic est atteint ») is a
verb and the head noun of its object: the noun after the verb with only a determiner, an
adverb or a prenominal adjective between (« attraper facilement une grave infection »), or,
when the verb is a past participle in the passive or used as an adjective, the noun before it
with only « être », « a été », a negation or an adverb between (« le diagnostic n’a pas été
atteint », « une réponse humidifiée »).  A preposition between them makes the noun something
else than the object (« les patients atteints d’une infection », « prendre rendez-vous pour un
test »), and the answer is no: precision first.  A quantity adverb and « de » count as a
determiner (« obtenir suffisamment de sommeil »).

Is this noun the subject of this intransitive verb (« le médicament travaille », « les
symptômes s’éclaircissent »)?  The noun stands before the verb with only a negation, an adverb,
a modal or « qui » between, and it opens its clause (nothing but a conjunction before its
determiner): in « le patient qui prend le médicament travaille » the noun is another verb's
object, and the answer is no.

The words are folded as :mod:`medgloss.text.fold` folds a sentence (lower case, no accents,
« l’ » as « l »); the noun forms are folded the same way.  This module knows French word order
only: never the glossary or the checks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

# Determiners and quantifiers that open a direct object (« de »/« d’ » only as a partitive or
# after a negation: see _preposition).
_DETERMINERS = frozenset(
    "le la l les un une des du de d ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos "
    "leur leurs quelques plusieurs certains certaines aucun aucune tout toute tous toutes chaque "
    "deux trois quatre cinq six sept huit neuf dix douze quinze vingt".split()
)
# Adjectives that stand before the noun in French (« une grave infection »).
_PRENOMINAL = frozenset(
    "nouveau nouvel nouvelle nouveaux nouvelles autre autres premier premiere premiers premieres second "
    "seconde seconds secondes dernier derniere derniers dernieres bon bonne bons bonnes mauvais mauvaise "
    "mauvaises grave graves petit petite petits petites gros grosse grosses grand grande grands grandes "
    "vrai vraie vrais vraies seul seule seuls seules meme memes simple simples double doubles leger legere "
    "legers legeres fort forte forts fortes faible faibles nombreux nombreuses deuxieme troisieme eventuel "
    "eventuelle eventuels eventuelles veritable veritables reel reelle reels reelles".split()
)
# Adverbs of the verb phrase; any other word in « -ment » is taken as an adverb too.
_ADVERBS = frozenset(
    "ne n pas plus jamais souvent parfois toujours deja bien mal encore aussi vite rarement tot tard "
    "enfin ensuite alors donc peut-etre meme".split()
)
_NEGATIONS = frozenset("pas plus jamais".split())
# Adverbs of quantity that take « de » before their noun (« suffisamment de sommeil »).
_QUANTITY = frozenset("assez beaucoup suffisamment trop peu moins plus tant autant".split())
# What « de » is a preposition before (« atteints d’une infection »), never a partitive.
_AFTER_PREPOSITION = frozenset(
    "un une le les ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs".split()
)
_ETRE = frozenset(
    "est sont etait etaient sera seront serait seraient soit soient ete etre fut furent etant".split()
)
# « doit être pansée », « peut être contractée », « va être posé ».
_MODALS = frozenset("peut peuvent pourra pourront pourrait pourraient doit doivent devra devront devrait devraient "
                    "va vont faut".split())
_AVOIR = frozenset("a ont avait avaient aura auront aurait auraient ait aient ayant".split())
# Longest noun form, in words, that a caller is expected to look for (« défenses immunitaires »).
_MAX_WORDS = 6


def _number(words: Sequence[str], k: int) -> bool:
    """A numeral or a range of them (« 2 à 5 kg », « 3 ou 4 kilos ») at ``words[k]``."""
    word = words[k]
    return word.isdigit() or (word in ("a", "ou", "et") and k > 0 and words[k - 1].isdigit())


def _adverb(word: str) -> bool:
    return word in _ADVERBS or (len(word) > 5 and word.endswith("ment"))


def _starts_with(words: Sequence[str], start: int, forms: Iterable[str]) -> bool:
    joined = " ".join(words[start : start + _MAX_WORDS]) + " "
    return any(joined.startswith(form + " ") for form in forms)


def _ends_with(words: Sequence[str], end: int, forms: Iterable[str]) -> bool:
    joined = " " + " ".join(words[max(0, end - _MAX_WORDS) : end])
    return any(joined.endswith(" " + form) for form in forms)


# Before a verb form, these make it a noun (« au cours de l’examen », « des tirs ») or say its
# object is a clitic pronoun already (« il les attrape »): either way the noun after it is not
# its object.  « de »/« d’ » stay out: « le risque d’attraper une infection ».
_NOT_BEFORE_A_VERB = frozenset(
    "le la l les un une des du au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos "
    "leur leurs quel quelle quels quelles chaque".split()
)


def could_be_verb(words_before: Sequence[str]) -> bool:
    """False if the word before a verb form shows it is a noun or has a clitic object."""
    return not words_before or words_before[-1] not in _NOT_BEFORE_A_VERB


def object_after(words: Sequence[str], forms: Iterable[str], window: int) -> bool:
    """True if one of ``forms`` starts within ``window`` words of ``words`` (the folded words
    after a verb) with only determiners, adverbs and prenominal adjectives before it."""
    forms = tuple(forms)
    for k in range(min(window, len(words))):
        if k:
            word = words[k - 1]
            if not (word in _DETERMINERS or word in _PRENOMINAL or word in _QUANTITY or _adverb(word)
                    or _number(words, k - 1)):
                return False
            if word in ("de", "d") and (words[k] in _AFTER_PREPOSITION or
                                        (words[k] not in ("la", "l") and not (k > 1 and words[k - 2] in _NEGATIONS)
                                         and not (k > 1 and words[k - 2] in _QUANTITY))):
                # « atteints d’une infection », « manquer de sang »: « de » is a preposition,
                # save the partitive (« de la fièvre ») and a negation's « pas d’infection ».
                return False
        if _starts_with(words, k, forms):
            return True
    return False


def object_before(words: Sequence[str], forms: Iterable[str], window: int, head: bool = False) -> bool:
    """True if one of ``forms`` ends within ``window`` words of the end of ``words`` (the
    folded words before a passive participle) with only « être », « avoir été », a negation
    or adverbs after it (« le diagnostic n’a pas été atteint »).  With ``head``, the form must
    be the head of the subject, not a noun complement (« les tests d’anticorps sont faits »)."""
    forms = tuple(forms)
    end = len(words)
    for k in range(min(window, end + 1)):
        between = words[end - k : end]
        if k:
            word = between[0]
            following = between[1] if len(between) > 1 else None
            # « avoir » is a passive's auxiliary only before « été » (« a été atteint »); before
            # the participle itself it is the active past (« a atteint »), whose object follows.
            if not (word in _ETRE or _adverb(word) or (word in _AVOIR and following in ("ete", "pas", "ne", "jamais", "deja"))
                    or (word in _MODALS and following in ("etre", "pas", "jamais"))):
                return False
        if _ends_with(words, end - k, forms) and not (head and _complement_at(words, end - k, forms)):
            return True
    return False


# Prepositions whose noun is a complement, not a subject (« le recueil des cellules »).
_COMPLEMENT_PREPOSITIONS = frozenset("de d du des a au aux par pour sur dans avec contre chez en entre".split())


def _complement_at(words: Sequence[str], end: int, forms: Iterable[str]) -> bool:
    """True if the form of ``forms`` ending at ``end`` is a noun complement: « de », « d’ »,
    « du » right before it, or a determiner after one of those (« tests des anticorps »)."""
    for form in forms:
        start = end - (form.count(" ") + 1)
        if start < 0 or " ".join(words[start:end]) != form:
            continue
        before = words[start - 1] if start >= 1 else ""
        if before in ("de", "d", "du"):
            return True
        if before in _SUBJECT_DETERMINERS and start >= 2 and words[start - 2] in _COMPLEMENT_PREPOSITIONS:
            return True
        if before == "des" and start >= 2 and words[start - 2].isalpha() and words[start - 2] not in _CLAUSE_OPENERS \
                and words[start - 2] != "qui":
            return True  # « le recueil des cellules » (« des » opening the clause is a determiner)
        return False
    return False


# Words that may open the clause of a subject (« si le traitement ne travaille pas »).
_CLAUSE_OPENERS = frozenset(
    "que qu si quand lorsque lorsqu et mais car comme puis ou donc alors puisque puisqu parfois souvent plupart "
    "ensuite enfin heureusement generalement habituellement".split()
)
# Words between a subject and its verb: negation, clitics of the verb, auxiliaries, modals.
_BETWEEN_SUBJECT = frozenset(
    "ne n pas plus jamais y en va vont peut peuvent pourra pourront pourrait pourraient doit doivent devrait "
    "devraient devrait commence commencent finit finissent semble semblent".split()
)
_SUBJECT_DETERMINERS = frozenset(
    "le la l les un une des ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs".split()
)


# What opens a direct object right after a verb: a verb said of a subject noun is intransitive
# only when none follows (« la fièvre a brisé son élan » is transitive).
OBJECT_OPENERS = _SUBJECT_DETERMINERS | {"du", "de", "d", "que", "qu"}


_COMPLEMENT_DETERMINERS = frozenset("la l mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ce cet cette ces".split())


def _complement_lengths(words: Sequence[str], end: int) -> list[int]:
    """Lengths of a noun complement ending at ``end`` (« du rhume », « de l’anesthésie »)."""
    lengths = []
    if end >= 2 and words[end - 2] in ("du", "des", "de", "d") and words[end - 1].isalpha():
        lengths.append(2)
    if end >= 3 and words[end - 3] in ("de", "d") and words[end - 2] in _COMPLEMENT_DETERMINERS and \
            words[end - 1].isalpha():
        lengths.append(3)
    return lengths


def subject_before(words: Sequence[str], forms: Iterable[str], window: int) -> bool:
    """True if one of ``forms`` ends within ``window`` words of the end of ``words`` (the folded
    words of the clause before a verb) as the subject of that verb: only a negation, an adverb,
    a modal, or « qui » right after it, or its noun complement (« l’effet de l’anesthésie »),
    and its determiner opening the clause (or « qui » after it)."""
    forms = tuple(forms)
    end = len(words)
    for k in range(min(window, end) + 1):
        between = words[end - k : end]
        if any(not (w in _BETWEEN_SUBJECT or _adverb(w)) for w in between[1:]) or (
                between and not (between[0] in _BETWEEN_SUBJECT or _adverb(between[0]) or between[0] == "qui")):
            return False
        relative = bool(between) and between[0] == "qui"
        head_end = end - k
        # « qui » after a complement may be the complement's (« le traitement des patients qui
        # travaillent »): a complement only without it.
        stops = [head_end] if relative else [head_end, *(head_end - n for n in _complement_lengths(words, head_end))]
        for stop in stops:
            for form in forms:
                start = stop - (form.count(" ") + 1)
                if start < 0 or " ".join(words[start:stop]) != form:
                    continue
                if relative:
                    return True
                # The determiner, then what stands before it: the clause's start or a conjunction.
                if _opens_clause(words, start):
                    return True
                # The complement of the subject's head (« l’effet de l’anesthésie s’use »).
                if stop == head_end and start >= 3:
                    opener = start - (2 if words[start - 1] in _COMPLEMENT_DETERMINERS else 1)
                    if words[opener] in ("de", "d", "du", "des") and opener >= 2 and words[opener - 1].isalpha() \
                            and _opens_clause(words, opener - 1):
                        return True
    return False


def _opens_clause(words: Sequence[str], start: int) -> bool:
    """The noun at ``start`` has its determiner before it, at the clause's start or after a
    conjunction."""
    return start >= 1 and words[start - 1] in _SUBJECT_DETERMINERS and (
        start == 1 or words[start - 2] in _CLAUSE_OPENERS)


__all__ = ["OBJECT_OPENERS", "could_be_verb", "object_after", "object_before", "subject_before"]
