"""Neighbour concepts: pairs of concepts whose French terms share their head noun but belong
to different domains, and each concept's domain context, both generated from the glossary.

Machine translation completes an ambiguous English word with the French term of a
neighbouring concept: "marrow" in a transplant text becomes « moelle épinière » (spinal cord)
where « moelle osseuse » (bone marrow) is meant.  Both are real French terms, so no list of
wrong terms can catch this; what tells them apart is the domain of the sentence.

This module derives, with no list of examples:

- **pairs** (:class:`Neighbour`): two concepts of different glossary domains whose terms share
  their first word (the head of a French noun phrase: « moelle épinière » / « moelle osseuse »),
  where the head alone is no term of the glossary (a hypernym such as « infection » names both
  and confuses nothing), the head alone is written in the intended concept's own domain (« la
  moelle ne produit plus… » in transplantation: the short form MT has to complete), and each
  term's other words never occur in the other concept's domain (the two domains are apart);
- **domain contexts**: for each concept of a pair, the folded words of its own terms,
  definition and rules' examples, and of its glossary file's other concepts, weighted like
  TF-IDF: a word found in many domains weighs nothing, a word of one domain weighs most.

:data:`EXCEPTIONS` holds the few generated pairs that are wrong, each with its reason.

It must not read documents or decide findings (:mod:`medgloss.checks.neighbours` does).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..french import lexicon as lexique
from ..french.lexicon_words import lexicon
from ..text.fold import fold_term
from .model import Concept, Glossary, positional_reduce

_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Words of every French sentence or of any health text: evidence of no domain.
_STOP = frozenset(fold_term(w) for w in (
    "le la les l un une des du de d au aux à a en et ou où par pour sur sous dans avec sans chez entre vers "
    "ce cet cette ces son sa ses leur leurs mon ma mes notre nos votre vos il elle ils elles on nous vous se s "
    "qui que qu dont ne n pas plus moins très peu tout tous toute toutes autre autres même est sont être avoir "
    "ont fait faire peut peuvent doit comme si mais donc car aussi bien non lors après avant pendant depuis "
    "chaque plusieurs certains certaines souvent parfois cas fois type forme partie état personne personnes "
    "patient patiente patients malade malades médecin médecins traitement traitements soin soins santé maladie "
    "maladies symptôme symptômes signe signes risque risques enfant enfants adulte adultes cause causes effet "
    "effets examen examens médical médicale médicaux médicales jour jours corps produit produits "
    "terme mot anglais").split())
_COMMON = 100.0  # a word Lexique counts more often (per million words) is evidence of no domain
_OWN = 2.0  # weight of a word of the concept's own texts, against 1 for its domain's
_MENTION = 6.0  # weight of a mention of a concept of the neighbourhood (a specific word weighs 5 to 7)
_MIN_WEIGHT = 0.5  # a context word weighing less than this is dropped
_SHORT_FORM = 0.8  # share of the head's bare uses that must speak of the intended concept


@dataclass(frozen=True, slots=True)
class Neighbour:
    """``term`` (a term of concept ``found``) is the neighbour of ``intended``'s term
    ``intended_term``: written in ``intended``'s domain, it most likely means ``intended``."""

    __reduce__ = positional_reduce

    found: str  # concept id of the term found in the text
    term: str  # that term, as the glossary spells it
    intended: str  # concept id meant where its domain is evident
    intended_term: str  # the intended concept's term sharing the head
    head: str  # the shared head word, folded
    # The glossary's longer terms around ``intended_term`` (« greffe de moelle osseuse »), as
    # (words before, words after), folded and normalised by :func:`frame_words`: the term found
    # in one of these frames (« greffe de moelle épinière ») is the intended term's compound.
    frames: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()


@dataclass
class NeighbourIndex:
    """The generated pairs, by the concept of the term found, and the domain contexts."""

    by_found: dict[str, tuple[Neighbour, ...]] = field(default_factory=dict)
    # concept id → folded word → weight (only the concepts of some pair)
    context: dict[str, dict[str, float]] = field(default_factory=dict)

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_found.values())


# (term found, intended term): generated pairs that are no confusion, each with its reason.
EXCEPTIONS: dict[tuple[str, str], str] = {
    ("fréquence cardiaque", "fréquence indéterminée"): "a sign measured in any text; « fréquence "
    "indéterminée » is "
    "a side effect's frequency class (ANSM), which no English word shared with \"heart rate\" leads to",
    ("fréquence respiratoire", "fréquence indéterminée"): "as for « fréquence cardiaque »",
    ("fibroscopie bronchique", "fibroscopie gastrique"): "kinds of one examination named by their organ; the "
    "English names them in one word each (bronchoscopy, gastroscopy), so their heads never meet",
    ("prothèse auditive", "prothèse dentaire"): "kinds of prosthesis (hearing aid, denture): English names "
    "them apart, MT has no head to complete",
    ("prothèse auditive", "prothèse amovible"): "as for « prothèse dentaire »",
    ("récupération active", "récupération hématologique"): "a term of exercise (active recovery) whose "
    "adjective is an ordinary word no English of blood counts leads to: MT writes « récupération » alone there",
}


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.replace("’", " ").replace("'", " "))


# Articles and contracted prepositions are left out of frames: « greffe de la moelle osseuse »
# and « greffe de moelle osseuse » are one frame.
_FRAME_SKIP = frozenset({"la", "le", "les", "l"})
_FRAME_SAME = {"du": "de", "des": "de", "d": "de", "au": "a", "aux": "a"}


def frame_words(text: str) -> tuple[str, ...]:
    """``text``'s words as frames compare them: folded, singular, articles left out."""
    words = []
    for word in _words(text):
        folded = fold_term(word)
        folded = _FRAME_SAME.get(folded, folded)
        if folded in _FRAME_SKIP:
            continue
        words.append(folded[:-1] if len(folded) > 3 and folded.endswith(("s", "x")) else folded)
    return tuple(words)


def _frames(glossary: Glossary, found_term: str, intended_term: str) -> tuple[
        tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The frames of ``intended_term`` in the glossary's other correct terms, except those
    where ``found_term`` in the same frame is a correct term too (then both compounds exist)."""
    inner, found = frame_words(intended_term), frame_words(found_term)
    correct = {frame_words(t.text) for c in glossary.concepts.values() for t in c.terms if not t.status.is_wrong}
    frames = set()
    for words in correct:
        for at in range(len(words) - len(inner) + 1):
            if words[at:at + len(inner)] != inner or len(words) == len(inner):
                continue
            before, after = words[:at], words[at + len(inner):]
            if before + found + after not in correct:
                frames.add((before, after))
    return tuple(sorted(frames))


@lru_cache(maxsize=65536)
def word_keys(word: str) -> frozenset[str]:
    """The keys a word is compared by, in the glossary and in a sentence alike: its folded
    lemmas as Lexique reads it (« donnent » → donner, « osseuse » → osseux), or the folded
    word when Lexique does not know it."""
    folded = fold_term(word)
    lemmas = {fold_term(r.lemma) for r in lexique.analyses(word.lower())
              if r.cgram in (lexique.NOUN, lexique.ADJ, lexique.VERB) and r.lemma}
    return frozenset(lemmas) if lemmas else frozenset({folded})


_keys = word_keys


def mention_key(concept_id: str) -> str:
    """The context key of a mention of concept ``concept_id`` (no word is spelt so)."""
    return f"@{concept_id}"


def _texts(glossary: Glossary) -> dict[str, list[str]]:
    """Each concept's own correct French: terms, definition, its rules' corrected examples."""
    own: dict[str, list[str]] = {}
    for concept in glossary.concepts.values():
        texts = [t.text for t in concept.terms if not t.status.is_wrong]
        if concept.definition:
            texts.append(concept.definition)
        own[concept.id] = texts
    for rule in glossary.rules.values():
        if rule.concept not in own:
            continue
        # corrected sentences only: a rule's right ones often show its trigger in another sense
        own[rule.concept].extend(e.fixed for e in rule.examples if e.fixed)
    return own


def _content(texts: list[str], common: set[str]) -> set[str]:
    keys: set[str] = set()
    for text in texts:
        for word in _words(text):
            # short words are mostly grammar; a short noun (« os ») says its domain
            if (len(word) <= 2 and not any(r.cgram == lexique.NOUN for r in lexique.analyses(word.lower()))) or word.isupper():
                continue
            folded = fold_term(word)
            if folded in _STOP or folded in common:
                continue
            keys.update(k for k in _keys(word.lower()) if k not in _STOP and k not in common)
    return keys


def _english_heads(concept: Concept) -> set[str]:
    """The stems of what each English term of ``concept`` names: its last word, or the word
    before "of" ("pupil of the eye"); acronyms aside."""
    heads = set()
    for english in concept.en:
        if english.isupper():
            continue
        words = english.lower().replace("-", " ").split()
        if not words:
            continue
        head = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]
        heads.add(head.rstrip("s")[:5])
    return heads


def _head_and_rest(text: str, adjectives: frozenset[str]) -> tuple[str, tuple[str, ...]] | None:
    """(head, its adjective) of a term made of a noun and one relational or qualifying
    adjective (« moelle épinière »): the one shape where French completes a head that English
    leaves bare; a name (« déficit en LRBA ») or a complement is written, not chosen."""
    words = text.split()
    if len(words) != 2 or not all(w.islower() for w in words) or not _WORDS.fullmatch(words[1]):
        return None
    if words[1] not in adjectives and not any(r.cgram == lexique.ADJ for r in lexique.analyses(words[1])):
        return None
    return fold_term(words[0]), (fold_term(words[1]),)


def build_neighbours(glossary: Glossary) -> NeighbourIndex:
    """The neighbour pairs of ``glossary`` and the domain contexts of their concepts."""
    lex = lexicon()
    one_word = {fold_term(t.text) for c in glossary.concepts.values() for t in c.terms
                if not t.status.is_wrong and " " not in t.text.strip()}
    common = {w for w, f in lex.frequency.items() if f > _COMMON} - one_word
    own_texts = _texts(glossary)
    done: dict[str, set[str]] = defaultdict(set)
    near_done = done.__getitem__
    by_domain: dict[str, list[Concept]] = defaultdict(list)
    for concept in glossary.concepts.values():
        by_domain[concept.domain].append(concept)
    own_words = {cid: _content(texts, common) for cid, texts in own_texts.items()}
    # A file's words are those two of its concepts write: one concept's oddity says nothing
    # of the file's subject.
    domain_words: dict[str, set[str]] = {}
    for domain, concepts in by_domain.items():
        counts: Counter[str] = Counter()
        for concept in concepts:
            counts.update(own_words[concept.id])
        domain_words[domain] = {w for w, n in counts.items() if n > 1}
    # A concept's neighbourhood: its own words and those of the concepts whose texts write one
    # of its terms (« aplasie » is defined with « moelle osseuse »): a glossary file may mix
    # domains, the texts that name a concept do not.
    folded_texts = {cid: [fold_term(t) for t in texts] for cid, texts in own_texts.items()}
    holders: dict[str, set[str]] = defaultdict(set)  # folded word → concepts whose texts hold it
    for cid, texts in folded_texts.items():
        for text in texts:
            for word in _WORDS.findall(text):
                holders[word].add(cid)
    near_words: dict[str, set[str]] = {}
    for concept in glossary.concepts.values():
        near = set(own_words[concept.id])
        for name in {fold_term(t.text) for t in concept.terms if not t.status.is_wrong and len(t.text) > 3}:
            first = _WORDS.findall(name)[:1]
            for other in holders.get(first[0], ()) if first else ():
                if other != concept.id and other not in near_done(concept.id) \
                        and any(name in t for t in folded_texts[other]):
                    near |= own_words[other]
                    near_done(concept.id).add(other)
        near_words[concept.id] = near
    terms_by_head: dict[str, list[tuple[Concept, str, tuple[str, ...]]]] = defaultdict(list)
    for concept in glossary.concepts.values():
        for term in concept.terms:
            if term.status.is_wrong or term.abbreviation or term.pos not in (None, "noun"):
                continue
            split = _head_and_rest(term.text, lex.adjectives)
            if split is not None:
                terms_by_head[split[0]].append((concept, term.text, split[1]))

    def alone_users(head: str, modifiers: set[str]) -> list[str]:
        """The concepts whose texts write ``head`` alone (not before one of ``modifiers``)."""
        pattern = re.compile(rf"\b{re.escape(head)}s?\b(?!\s+(?:{'|'.join(map(re.escape, modifiers))})s?\b)")
        candidates = holders.get(head, set()) | holders.get(head + "s", set())
        # Terms and definitions only: a rule's example speaks of its sentence's subject, which
        # need not be the rule's concept (« la greffe de moelle » in a false friend's example).
        users = []
        for cid in sorted(candidates):
            concept = glossary.concepts[cid]
            texts = [fold_term(t.text) for t in concept.terms if not t.status.is_wrong]
            if concept.definition:
                texts.append(fold_term(concept.definition))
            if any(pattern.search(t) for t in texts):
                users.append(cid)
        return users

    def speaks_of(cid: str, concept: Concept) -> bool:
        """True if concept ``cid`` belongs with ``concept``: itself, its file, or a text naming it."""
        if cid == concept.id or glossary.concepts[cid].domain == concept.domain:
            return True
        names = [fold_term(t.text) for t in concept.terms if not t.status.is_wrong]
        if any(n in t for n in names for t in folded_texts[cid]):
            return True
        # "bone marrow biopsy" is about bone marrow, whatever its French says
        english = [e.lower() for e in concept.en if not e.isupper()]
        return any(e in other.lower() for e in english for other in glossary.concepts[cid].en)

    pairs: list[Neighbour] = []
    users_by_head: dict[str, list[str]] = {}
    for head, members in terms_by_head.items():
        if head in one_word or len({c.id for c, _, _ in members}) < 2:
            continue
        modifiers = {rest[0] for _, _, rest in members} | {
            fold_term(w) for _, text, _ in members for w in _words(text)[1:2]}
        for found, found_term, found_rest in members:
            for intended, intended_term, intended_rest in members:
                if found.id == intended.id or found.domain == intended.domain:
                    continue
                if set(found_rest) <= set(intended_rest) or set(intended_rest) <= set(found_rest):
                    continue  # one names a kind of the other (« cellule souche hématopoïétique »)
                # The same English head ("stem cell", "NK cell"): kinds of one thing, which
                # English tells apart as French does.  Different ones ("marrow", "cord"): the
                # French head is one word for two things, that MT has to choose between.
                if not _english_heads(found) or not _english_heads(intended) \
                        or _english_heads(found) & _english_heads(intended):
                    continue
                if (found_term, intended_term) in EXCEPTIONS:
                    continue
                # The head alone is the intended concept's short form (« la moelle ne produit
                # plus… » where bone marrow is spoken of): MT completes it.  A head written alone
                # about other things too (« lésion », « examen ») is a general word whose kinds
                # the English names as well.
                users = users_by_head.setdefault(head, alone_users(head, modifiers))
                if not users or sum(speaks_of(u, intended) for u in users) < _SHORT_FORM * len(users) \
                        or any(speaks_of(u, found) and not speaks_of(u, intended) for u in users):
                    continue
                # The domains are apart: neither term's own words are written in the other's.
                found_keys = set().union(*(_keys(w) for w in found_rest))
                intended_keys = set().union(*(_keys(w) for w in intended_rest))
                if found_keys & near_words[intended.id] or intended_keys & near_words[found.id]:
                    continue
                pairs.append(Neighbour(found.id, found_term, intended.id, intended_term, head,
                                       _frames(glossary, found_term, intended_term)))
                # the concepts that write the bare head for the intended one speak of it
                near_done(intended.id).update(u for u in users if u != intended.id and speaks_of(u, intended))
    index = NeighbourIndex()
    grouped: dict[str, list[Neighbour]] = defaultdict(list)
    for pair in pairs:
        if pair not in grouped[pair.found]:
            grouped[pair.found].append(pair)
    index.by_found = {k: tuple(v) for k, v in grouped.items()}
    # Domain contexts, TF-IDF-like: a word's weight is its share in the concept's texts (own
    # words count most, its neighbourhood's next, its file's least) times log(concepts /
    # neighbourhoods holding it).
    spread: Counter[str] = Counter()
    for words in near_words.values():
        spread.update(words)
    n_concepts = len(near_words)
    wanted = {p.found for p in pairs} | {p.intended for p in pairs}
    for cid in wanted:
        concept = glossary.concepts[cid]
        weights: dict[str, float] = {}
        for word in near_words[cid] | domain_words[concept.domain]:
            tf = (_OWN if word in own_words[cid] else 0.0) + (1.0 if word in near_words[cid] else 0.0) \
                + (0.5 if word in domain_words[concept.domain] else 0.0)
            weight = tf * math.log(n_concepts / max(1, spread[word]))
            if weight >= _MIN_WEIGHT:
                weights[word] = round(weight, 3)
        # The concepts whose texts write this one's terms (« aplasie », « prise de greffe » for
        # bone marrow), as mentions: a term of one of them in the sentence is the domain's own
        # vocabulary, recognised by the main scan whatever its words weigh.
        for other in near_done(cid):
            weights[mention_key(other)] = _MENTION
        index.context[cid] = weights
    return index


_MEMO: dict[str, NeighbourIndex] = {}
_MODULES = ("glossary/neighbours.py", "glossary/sense_words.py", "french/lexicon_words.py", "text/fold.py",
            "cache/codec.py")


def neighbour_index(glossary: Glossary) -> NeighbourIndex:
    """The neighbour pairs and contexts of ``glossary``: built once per glossary content and
    kept in medgloss's cache (plain data), then in memory for the run."""
    from ..cache.codec import Codec
    from ..cache.store import cache_dir, cached_value, source_digest

    key = glossary.fingerprint
    memo = key or f"object-{id(glossary)}"  # a glossary built in memory: once per object
    if memo in _MEMO:
        return _MEMO[memo]
    if not key or cache_dir() is None:
        index = build_neighbours(glossary)
    else:
        name = f"neighbours-{key[:24]}-{source_digest(_MODULES).hexdigest()[:12]}.msgpack"

        def build() -> tuple:
            built = build_neighbours(glossary)
            return (tuple(p for v in built.by_found.values() for p in v), built.context)

        stored = cached_value(name, Codec([Neighbour]), build, tuple)
        index = NeighbourIndex()
        try:
            pairs, index.context = stored
            grouped: dict[str, list[Neighbour]] = defaultdict(list)
            for pair in pairs:
                grouped[pair.found].append(pair)
            index.by_found = {k: tuple(v) for k, v in grouped.items()}
        except (TypeError, ValueError, AttributeError):
            index = build_neighbours(glossary)
    _MEMO[memo] = index
    return index
