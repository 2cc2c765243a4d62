"""Wrong-sense renderings of the glossary's French terms: the right term with one word taken in
another sense of its English word.

Machine translation picks one French word per English word, often the everyday sense:
"stool sample" → « échantillon de tabouret », "caesarean delivery" → « livraison par
césarienne », "clinical trial" → « procès clinique ».  The French term is right but for that
word.  For each correct multi-word French term of a concept, each of its nouns is aligned with
the English word it translates, from the concept's own English terms (the word's translations in
FreeDict, :mod:`medgloss.french.literal_words` and the glossary's one-word pairs, cognates and
relational adjectives; the last word left, as in "count" ↔ « numération » of « numération des
globules blancs ») or from a one-word concept (stool ↔ selles).  The noun is then replaced by
each everyday sense of that English word (:mod:`medgloss.french.everyday_senses`) and by the
other nouns FreeDict gives it; the articles and adjectives are made to agree with it.

A rendering is kept only if it is nonsense in health writing: a FreeDict sense must be no word
of any correct term, attested phrase, definition or rule example of the glossary (« essai »,
« proportion », « rapport » are health French), and the rendering must not be attested French
(any concept's term, a rule's trigger, an ``attested`` phrase, a Lexique entry).  What is kept
is compiled with the generated calques (:mod:`medgloss.matching.compiled`) and reported as
MG115, pointing to the concept's preferred term: a check pays nothing more.

It must not read documents or decide findings; it only generates forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..french import lexicon as lexique
from ..french.everyday_senses import ADJECTIVE_FITS, EVERYDAY_SENSES, NOT_WRONG
from ..french.freedict import english_french
from ..french.lexicon_words import Lexicon, lexicon
from ..french.literal_words import LITERAL_WORDS
from ..french.nominal import adjective_forms, pluralise, pluralise_word
from ..text.fold import fold_term
from .calques import Calque
from .model import Concept, Glossary

WRONG_SENSE = "wrong-sense"  # the ``kind`` of a :class:`Calque` made here

# Words between the nouns of a French term: prepositions, articles, elided forms.
_LINKS = frozenset("de d’ du des la le l’ les au aux à en par pour contre sans avec chez sous sur et ou un une avant après".split())
# Prepositions that take a bare noun or an article (« par césarienne », « contre la grippe »).
_PREPOSITIONS = frozenset("en par pour contre sans avec chez sous sur à".split())
_ENGLISH_FUNCTION = frozenset("a an the of in on at to for from by with without and or your you my our their his her its".split())
_VOWELS = tuple("aeiouyhéèêâîôûœ")
_WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")


@dataclass(frozen=True, slots=True)
class _Token:
    text: str  # as spelt in the term
    lemma: str  # the noun's lemma ('' for a link word or an adjective)
    gender: str  # the noun's gender ('' when not a noun)
    number: str  # 's' or 'p'
    adjective: str = ""  # the adjective's lemma ('' when not an adjective)


def _split(term: str) -> list[str]:
    """The words of a French term, an elided article or preposition a word of its own."""
    return term.replace("'", "’").replace("’", "’ ").split()


def _join(words: list[str]) -> str:
    return " ".join(words).replace("’ ", "’")


def _analyse(words: list[str], lex: Lexicon, gender_hint: str | None) -> list[_Token]:
    tokens = []
    for i, word in enumerate(words):
        low = word.lower()
        if i > 0 and low in _LINKS:
            tokens.append(_Token(word, "", "", ""))
            continue
        noun = adjective = None
        participle = ""
        for entry in lexique.analyses(word):
            if entry.cgram == lexique.NOUN and noun is None:
                noun = entry
            elif entry.cgram == lexique.ADJ and adjective is None:
                adjective = entry
            elif entry.cgram == lexique.VERB and (entry.gender, entry.number) == ("m", "s"):
                participle = word  # « maternisé »: an adjective French's rules inflect
        after_link = i == 0 or words[i - 1].lower() in _LINKS
        if noun is not None and (after_link or adjective is None):
            gender = noun.gender or lex.noun_gender.get(noun.lemma, "") or (gender_hint if i == 0 else "") or ""
            tokens.append(_Token(word, noun.lemma, gender, noun.number or "s"))
        elif adjective is not None:
            tokens.append(_Token(word, "", "", adjective.number or "s", adjective.lemma))
        elif participle and i > 0:
            tokens.append(_Token(word, "", "", "s", participle))
        else:
            tokens.append(_Token(word, "", "", ""))
    return tokens


class _Senses:
    """English word → French words it translates (for alignment) and its wrong senses."""

    def __init__(self, glossary: Glossary, lex: Lexicon, freedict: dict[str, tuple[str, ...]]) -> None:
        self.lex = lex
        self.freedict = freedict
        # one-word English term → one-word correct French nouns of the same concept
        self.pairs: dict[str, set[str]] = {}
        for concept in glossary.concepts.values():
            nouns = [t.text for t in _good_terms(concept) if " " not in t.text]
            for english in concept.en:
                if " " not in english and not english.isupper():
                    self.pairs.setdefault(english.lower(), set()).update(fold_term(n) for n in nouns)
        # Words health writing uses: a FreeDict sense among them may be French in the term.
        self.health_words: set[str] = set()
        texts: list[str] = list(glossary.attested)
        for concept in glossary.concepts.values():
            texts.extend(t.text for t in concept.terms if not t.status.is_wrong)
            texts.extend(x for x in (concept.definition, concept.note) if x)
        for rule in glossary.rules.values():
            for example in rule.examples:
                texts.append(example.fixed if example.is_wrong and example.fixed else example.text)
        for text in texts:
            self.health_words.update(fold_term(w) for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text.replace("’", " ")))

    def keys(self, english: str) -> set[str]:
        """Folded French words (both numbers, relational adjectives) that translate ``english``."""
        words = {english}
        if english.endswith("s"):
            words.update({english[:-1], english[:-3] + "y" if english.endswith("ies") else english[:-1]})
        found: set[str] = set()
        for word in words:
            lemmas = [t for t in self.freedict.get(word, ()) + LITERAL_WORDS.get(word, ()) if " " not in t]
            lemmas += list(self.pairs.get(word, ()))
            for lemma in lemmas:
                found.add(fold_term(lemma))
                found.add(fold_term(pluralise_word(lemma)))
                for adjective in self.lex.relational_adjectives(lemma):
                    found.update(fold_term(self.lex.adjective_form(adjective, g, n)) for g in "mf" for n in "sp")
        return found

    def matches(self, english: str, token: _Token) -> bool:
        """True if the French word ``token`` translates ``english`` (or is its cognate)."""
        return fold_term(token.text) in self.keys(english) or _cognate(english, fold_term(token.lemma or token.adjective or token.text))

    def wrong(self, english: str, lemma: str) -> list[tuple[str, str]]:
        """(noun, gender) senses of ``english`` other than ``lemma``, curated ones first."""
        result = list(EVERYDAY_SENSES.get(english, ()))
        # FreeDict's other senses only for a word known to have an everyday sense: for the
        # others they are as often French synonyms (disease → infirmité, pain → peine).
        for translation in self.freedict.get(english, ()) if result else ():
            if " " in translation or "-" in translation or not _WORD.match(translation) or translation in NOT_WRONG:
                continue
            if translation not in self.lex.noun_gender or fold_term(translation) in self.health_words:
                continue
            result.append((translation, self.lex.noun_gender[translation]))
        unique: dict[str, tuple[str, str]] = {}
        for word, gender in result:
            if fold_term(word) != fold_term(lemma):
                unique.setdefault(word, (word, gender))
        return list(unique.values())


def _normalise(word: str) -> str:
    for english, french in (("ae", "e"), ("oe", "e"), ("ph", "f"), ("k", "c"), ("y", "i"), ("th", "t")):
        word = word.replace(english, french)
    return word


def _cognate(english: str, french: str) -> bool:
    """True if the two words share a beginning long enough to be the same word
    (caesarean ↔ césarienne, leukocyte ↔ leucocytaire)."""
    english, french = _normalise(english), _normalise(french)
    common = 0
    for a, b in zip(english, french):
        if a != b:
            break
        common += 1
    return common >= 4 and common >= 0.6 * min(len(english), len(french))


def _good_terms(concept: Concept) -> list:
    return [t for t in concept.terms if not t.status.is_wrong and not t.abbreviation and t.pos in (None, "noun")]


def _align(english: str, tokens: list[_Token], senses: _Senses) -> dict[int, str]:
    """Token index of a noun → the English word of ``english`` it translates."""
    words = [w for w in english.lower().split() if w not in _ENGLISH_FUNCTION]
    if not words or not all(w.isalpha() for w in words):
        return {}
    content = [i for i, t in enumerate(tokens) if t.lemma or t.adjective]
    aligned: dict[int, str] = {}
    left = list(words)
    for word in words:
        keys = senses.keys(word)
        matches = [i for i in content if i not in aligned and (fold_term(tokens[i].text) in keys or _cognate(word, fold_term(tokens[i].lemma or tokens[i].adjective)))]
        if len(matches) == 1:
            aligned[matches[0]] = word
            left.remove(word)
    rest = [i for i in content if i not in aligned]
    if len(words) == len(content) and len(left) == 1 and len(rest) == 1:
        aligned[rest[0]] = left[0]  # the last word left: "count" ↔ « numération »
    return {i: w for i, w in aligned.items() if tokens[i].lemma}


def _article(previous: list[str], word: str, gender: str, number: str) -> list[str] | None:
    """The link words before a replaced complement, agreeing with ``word``; None if it cannot."""
    elided = word[:1].lower() in _VOWELS
    if not previous:
        return []
    last = previous[-1].lower()
    before = previous[:-1]
    if last in ("de", "d’"):
        return before + ["d’" if elided else "de"]
    if last in ("du", "des", "au", "aux"):
        prep = "de" if last in ("du", "des") else "à"
        if number == "p":
            return before + ["des" if prep == "de" else "aux"]
        if elided:
            return before + [prep, "l’"]
        return before + ([("du" if prep == "de" else "au")] if gender == "m" else [prep, "la"])
    if last in ("la", "le", "l’", "les"):
        prep = before[-1].lower() if before else ""
        if prep in ("de", "à"):
            # « de le », « à les »: French contracts them (du, au, des, aux)
            before = before[:-1]
            if number == "p":
                return before + ["des" if prep == "de" else "aux"]
            if not elided and gender == "m":
                return before + ["du" if prep == "de" else "au"]
            before = before + [prep]
        if number == "p":
            return before + ["les"]
        return before + (["l’"] if elided else ["le" if gender == "m" else "la"])
    if last in _PREPOSITIONS:
        return previous
    return None


def _agree(tokens: list[_Token], start: int, gender: str, number: str, lex: Lexicon) -> list[str] | None:
    """The adjectives after the noun at ``start`` agreeing with ``gender``/``number``; None if
    a word there is unknown (« vulvovaginale ») and the agreement would change."""
    words = []
    noun = tokens[start]
    for token in tokens[start + 1:]:
        if not token.adjective:
            if not token.lemma and token.text.lower() not in _LINKS and (gender, number) != (noun.gender, noun.number):
                return None
            break
        # Lexique lists some adjectives in one form only (« maternisé »): French's rules then
        form = lexique.inflect(token.adjective, lexique.ADJ, gender, number)
        if not form or (gender == "f" and form == token.adjective and not form.endswith("e")):
            form = adjective_forms(token.adjective)[(gender, number)]
        if not form or not _WORD.match(form):
            return None
        words.append(form)
    return words


def _substitute(tokens: list[_Token], i: int, word: str, gender: str, lex: Lexicon) -> list[tuple[str, str]]:
    """(rendering, number of its head) with the noun at ``i`` replaced by ``word``."""
    token = tokens[i]
    if i > 0 and tokens[i - 1].adjective:
        return []  # an adjective before the noun (« grande salle »): its agreement is unknown
    # the head in both numbers; a bare complement too (« analyse de tabouret(s) »)
    numbers = ("s", "p") if i == 0 or tokens[i - 1].text.lower() in ("de", "d’") else (token.number,)
    result = []
    for number in numbers:
        form = word if number == "s" else pluralise_word(word)
        if i > 0:
            # the words before the complement's article or preposition, as the term has them
            j = i
            while j > 0 and tokens[j - 1].text.lower() in _LINKS:
                j -= 1
            linked = _article([t.text for t in tokens[j:i]], form, gender, number)
            if linked is None:
                continue
            prefix = [t.text for t in tokens[:j]] + linked
        else:
            prefix = []
        adjectives = _agree(tokens, i, gender, number, lex)
        if adjectives is None or (adjectives and word in ADJECTIVE_FITS):
            continue
        if i > 0 and adjectives != [t.text for t in tokens[i + 1:i + 1 + len(adjectives)]]:
            # after a complement an adjective may agree with the head (« test de dépistage
            # rapide »): only a replacement that leaves it as it is says the same
            continue
        after = [t.text for t in tokens[i + 1 + len(adjectives):]]
        text = _join(prefix + [form] + adjectives + after)
        if i == 0:
            result.append((text, number))
        else:
            result.append((text, tokens[0].number or "s"))
            if tokens[0].number != "p":
                result.append((pluralise(text), "p"))
    return result


def _variant_words(english_terms: tuple[str, ...]) -> set[tuple[str, str]]:
    """(a, b) for each two English terms alike but for one word, a in the one and b in the other."""
    split = [e.lower().split() for e in english_terms if not e.isupper()]
    pairs = set()
    for one in split:
        for two in split:
            if len(one) == len(two) and one != two:
                diff = [(a, b) for a, b in zip(one, two) if a != b]
                if len(diff) == 1 and diff[0][1].isalpha() and diff[0][1] not in _ENGLISH_FUNCTION:
                    pairs.add(diff[0])
    return pairs


# The last glossary's alignment: both generators of a compilation use it (a few seconds each).
_LEARNED: list = []


def _learn(glossary: Glossary, senses: _Senses, lex: Lexicon) -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], list[_Token]]]:
    """(concept id, noun lemma) → the English words that noun translates in the concept's
    terms, and the analysed tokens of each (concept id, term)."""
    key = (id(glossary), glossary.fingerprint, id(lex), id(senses.freedict))
    if glossary.fingerprint and _LEARNED and _LEARNED[0] == key:
        return _LEARNED[1]
    result = _learn_now(glossary, senses, lex)
    _LEARNED[:] = [key, result]
    return result


def _learn_now(glossary: Glossary, senses: _Senses, lex: Lexicon) -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], list[_Token]]]:
    learned: dict[tuple[str, str], set[str]] = {}
    analysed: dict[tuple[str, str], list[_Token]] = {}
    for concept in glossary.concepts.values():
        for term in _good_terms(concept):
            words = _split(term.text)
            if len(words) < 2 or not all(_WORD.match(w.rstrip("’")) for w in words):
                continue
            tokens = analysed[(concept.id, term.text)] = _analyse(words, lex, term.gender)
            for english in concept.en:
                if not english.isupper():
                    for i, word in _align(english, tokens, senses).items():
                        learned.setdefault((concept.id, tokens[i].lemma), set()).add(word)
        # Two English terms of the concept that differ by one word say it twice ("booster dose",
        # "booster shot"): the French word of the one is the French word of the other.
        for word, other in _variant_words(concept.en):
            for (owner, _lemma), english_words in learned.items():
                if owner == concept.id and word in english_words:
                    english_words.add(other)
    return learned, analysed


def aligned_by_concept(glossary: Glossary, lex: Lexicon | None = None,
                       freedict: dict[str, tuple[str, ...]] | None = None) -> dict[tuple[str, str], set[str]]:
    """(concept id, French noun lemma) → the English words that noun translates in the
    concept's multi-word terms (stool-test, « selle » ← stool, from "stool test" ↔ « examen
    des selles »)."""
    lex = lex if lex is not None else lexicon()
    if not lex.words or not lexique.available():
        return {}
    senses = _Senses(glossary, lex, freedict if freedict is not None else english_french())
    return _learn(glossary, senses, lex)[0]


def generate_wrong_senses(glossary: Glossary, lex: Lexicon | None = None,
                          freedict: dict[str, tuple[str, ...]] | None = None) -> list[Calque]:
    """Every concept's correct multi-word terms with one noun in a wrong sense of its English
    word, where French does not attest the result; sorted by concept and text."""
    lex = lex if lex is not None else lexicon()
    if not lex.words or not lexique.available():
        return []
    senses = _Senses(glossary, lex, freedict if freedict is not None else english_french())
    attested: set[str] = set()
    for concept in glossary.concepts.values():
        for term in concept.terms:
            attested.update({fold_term(term.text), fold_term(pluralise(term.text))})
    for rule in glossary.rules.values():
        attested.update(fold_term(trigger.text) for trigger in rule.match)
    for phrase in glossary.attested:
        attested.update({fold_term(phrase), fold_term(pluralise(phrase))})
    # French noun (folded) → the one-word English terms it translates (selles ← stool)
    by_french: dict[str, set[str]] = {}
    for english, nouns in senses.pairs.items():
        for noun in nouns:
            by_french.setdefault(noun, set()).add(english)
    # What one term of a concept aligns holds for its other terms ("stool analysis" ↔ « analyse
    # de selles » tells that selles is "stool" in « échantillon de selles »), never for another
    # concept's: « pertes » is "discharge" in « pertes vaginales », not in « perte de poids ».
    learned, analysed = _learn(glossary, senses, lex)
    found: dict[tuple[str, str], Calque] = {}
    for concept in glossary.concepts.values():
        if concept.preferred.pos not in (None, "noun"):
            continue
        own = {fold_term(w) for t in concept.terms if not t.status.is_wrong for w in _split(t.text)}
        for term in _good_terms(concept):
            known = analysed.get((concept.id, term.text))
            if known is None:
                continue
            tokens = known
            # which English word each noun translates: the concept's own English terms ...
            aligned: dict[int, set[str]] = {}
            for english in concept.en:
                if not english.isupper():
                    for i, word in _align(english, tokens, senses).items():
                        aligned.setdefault(i, set()).add(word)
            for i, token in enumerate(tokens):
                if token.lemma:
                    aligned.setdefault(i, set()).update(learned.get((concept.id, token.lemma), set()))
            # ... and the one-word concepts (stool ↔ selles), for their curated senses only
            for i, token in enumerate(tokens):
                if token.lemma:
                    for word in by_french.get(fold_term(token.text), set()) | by_french.get(fold_term(token.lemma), set()):
                        if word in EVERYDAY_SENSES:
                            aligned.setdefault(i, set()).add(word)
            for i, english_words in sorted(aligned.items()):
                for english in sorted(english_words):
                    for word, gender in senses.wrong(english, tokens[i].lemma):
                        if fold_term(word) in own:
                            continue
                        for text, number in _substitute(tokens, i, word, gender, lex):
                            key = fold_term(text)
                            if key in attested or key in lex.words:
                                continue
                            found.setdefault((concept.id, key), Calque(concept.id, english, text, number, WRONG_SENSE))
    return sorted(found.values(), key=lambda c: (c.concept, c.text))
