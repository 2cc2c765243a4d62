"""Literal renderings of a known concept in any order and with any articles (MG118).

MG110 finds the literal renderings it generated, string for string.  Machine translation of
the same English term often differs from each of them by an article, a preposition, the
order of two words or a relational adjective: « le compte des cellules blanches dans le
sang », « la biopsie d’un nœud lymphatique ».  This check matches by content words instead:
each word of a sentence is looked up once in the glossary's content-word index
(:mod:`medgloss.glossary.literal_index`); a compact span whose content words fill every slot
of one English term (one word each, only articles and prepositions between them, no verb or
punctuation) is a candidate.

Precision first, a candidate is reported only if:

- it covers every content word of the English term (a strict subset is no finding);
- at least one of its words is a noun that is none of the concept's own French (nor the
  relational adjective of one) and no equivalent the glossary writes for that English word
  elsewhere: made of the concept's own words, it is a paraphrase a professional may write;
- it neither is nor contains attested French (a term of any concept, the usage corpus's
  phrases, a multi-word entry of Lexique), and no glossary term covers its head;
- no other finding overlaps it.

The finding points to the concept's preferred term, agreed with the article before the span
by the engine's agreement step.  Its fix is never safe: nobody reviewed the rendering.

It must not build the index (that is :mod:`medgloss.glossary.literal_index`'s work, once
per glossary) nor judge other kinds of errors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import permutations
from typing import TYPE_CHECKING

from ..findings.codes import CODES
from ..findings.model import Finding
from ..french import lexicon
from ..french.forms import noun_analysis
from ..glossary.literal_index import (CODE, LINKS, LOCATIVE, NOUN, OWN, PLURAL, PREPOSITIONS, LiteralIndex,
                                      literal_index)
from ..matching.compiled import CALQUE, TERM, Entry
from ..matching.scanner import Hit
from ..text.fold import fold_term
from ..text.sentences import sentence_bounds
from .context import HitContext, MentionIndex

if TYPE_CHECKING:
    from .engine import Checker

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# What may stand between two words of one noun phrase: spaces and an elided article's apostrophe.
_GAP = re.compile(r"[\s'’]*")
_MAX_LINKS = 2  # articles and prepositions between two content words (« dans le »)
_LOCATIVE_WORD = re.compile(r"\b(?:%s)\b" % "|".join(sorted(LOCATIVE)), re.IGNORECASE)
# A noun inside a compound preposition has lost its sense (« au niveau du cerveau », « au point
# d’injection », « au cours de »): it renders no « level », « period » or « course » of a term.
_LOCUTION = re.compile(r"\b(?:au|aux|à\s+la|en)\s+(niveau|point|cours|sein|moment|bout|lieu)\s+(?:d['’]|de\b|du\b|des\b)",
                       re.IGNORECASE)


class _Token:
    __slots__ = ("start", "end", "key", "run")

    def __init__(self, start: int, end: int, key: str, run: int) -> None:
        self.start, self.end, self.key, self.run = start, end, key, run


# A word with the gap before it: the match starts where the previous word ended exactly when
# the gap is only spaces and apostrophes (``_GAP``), and its word is the one ``_WORD`` finds next.
_GAP_WORD = re.compile(r"[\s'’]*(" + _WORD.pattern + ")")
_LINK, _NO_SLOT = 0, 1  # what a word is when it is not a content word that fills a slot


def _content_tokens(text: str, index: LiteralIndex | None = None) -> list[_Token]:
    """The words of ``text`` that are not links, each with the number of its run: a run ends
    at punctuation, a digit, markup, too many links in a row, or links that do not open with
    a preposition (an article after a noun begins another noun phrase).  With an ``index``,
    only the words that fill one of its slots are kept, a word left out ending its run: no
    candidate can hold it, and the others' candidates are the same."""
    tokens: list[_Token] = []
    run, last_end = 0, -1
    links: list[str] = []
    # Each distinct word read once (a text repeats its words): its key, or what it is.
    read: dict[str, tuple[str, int | None]] = {}
    for match in _GAP_WORD.finditer(text):
        if last_end >= 0 and match.start() != last_end:
            run, links = run + 1, []
        last_end = match.end()
        word = match.group(1)
        known = read.get(word)
        if known is None:
            key = fold_term(word)
            known = read[word] = (key, _LINK if key in LINKS else
                                  _NO_SLOT if index is not None and not index.slots_of(key) else None)
        key, kind = known
        if kind == _LINK:
            links.append(key)
            continue
        if links and (len(links) > _MAX_LINKS or links[0] not in PREPOSITIONS):
            run += 1
        links = []
        if kind == _NO_SLOT:
            run += 1
            continue
        tokens.append(_Token(match.start(1), match.end(1), key, run))
    return tokens


def _assignment(options: list[dict[int, int]], slots: int, head: int) -> list[int] | None:
    """The flags of each token when every slot gets one token (``options``: token → its
    slots and their flags) and the first noun is the head, or None."""
    if len(set().union(*options)) < slots:
        return None  # a slot no token fills (« sang sang »): no order can cover it
    for order in permutations(range(slots)):
        if not all(slot in option for slot, option in zip(order, options)):
            continue
        flags = [option[slot] for slot, option in zip(order, options)]
        # French puts the head before its complements (« compte des plaquettes »): a first
        # noun that renders a modifier reads another phrase (« tenir compte de la prise »)
        first = next((i for i, f in enumerate(flags) if f & NOUN and not f & CODE), None)
        if first is None or order[first] == head:
            return flags
    return None


def _candidates(index: LiteralIndex, tokens: list[_Token]) -> list[tuple[int, int, int, list[int]]]:
    """(first token, last token, pattern, flags of each token) of every complete span."""
    found = []
    # word → {pattern: {slot: flags}}, built once per distinct word of the text: a frequent
    # word (« sang ») fills hundreds of slots, and each must cost one look-up, not a scan
    by_word: dict[str, dict[int, dict[int, int]]] = {}
    maps = []
    for token in tokens:
        table = by_word.get(token.key)
        if table is None:
            table = {}
            flat = index.slots_of(token.key)
            for k in range(0, len(flat), 3):
                table.setdefault(flat[k], {})[flat[k + 1]] = flat[k + 2]
            by_word[token.key] = table
        maps.append(table)
    for i, table in enumerate(maps):
        for p in table:
            n = index.patterns[p].slots
            last = i + n - 1
            if last >= len(tokens) or tokens[last].run != tokens[i].run:
                continue
            options: list[dict[int, int]] = []
            for j in range(i, last + 1):
                option = maps[j].get(p)
                if option is None:
                    break
                options.append(option)
            else:
                flags = _assignment(options, n, index.patterns[p].head)
                if flags is not None:
                    found.append((i, last, p, flags))
    # the longest first, then leftmost: « numération des globules blancs du sang » before its part
    found.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    return found


def _participle_only(word: str) -> bool:
    """True if Lexique reads ``word`` as a past participle and never as a noun."""
    analyses = lexicon.analyses(word.lower())
    return any(e.is_past_participle for e in analyses) and not any(e.cgram == lexicon.NOUN for e in analyses)


def _attested(index: LiteralIndex, keys: list[str]) -> bool:
    """True if a run of two or more of the span's content words is attested French."""
    for start in range(len(keys) - 1):
        for stop in range(start + 2, len(keys) + 1):
            if " ".join(keys[start:stop]) in index.attested:
                return True
    return False


# A complement introduced with its article, as French writes one (« des », « du », « de la »,
# « d’un »): unlike a bare « de » (« crampe de muscle »), it does not mimic an English compound.
_ARTICLE_LINK = re.compile(r"\s+(?:des|du|de\s+la|de\s+l['’]|d['’]une?|de\s+ces|de\s+ses|de\s+leurs?)\s*", re.IGNORECASE)


def literal_findings(
    checker: "Checker",
    text: str,
    path: str,
    existing: Sequence[Finding],
    hits: Sequence[Hit],
    mentions: MentionIndex,
    apostrophe: str,
) -> list[Finding]:
    """MG118 findings of ``text``, outside ``existing`` ones and the glossary's terms."""
    if not any(e.kind == TERM for h in hits for e in h.entries):
        return []  # no glossary term: not a medical text, the index is not even loaded
    index = literal_index(checker.glossary)
    if not index.patterns:
        return []
    tokens = _content_tokens(text, index)
    taken = [(f.offset, f.end) for f in existing]
    locutions: list[tuple[int, int]] | None = None  # found on the first candidate: most texts have none
    terms = [(h.start, h.end) for h in hits if any(e.kind == TERM for e in h.entries)]
    findings: list[Finding] = []
    code = CODES["MG118"]
    for first, last, p, flags in _candidates(index, tokens):
        start, end = tokens[first].start, tokens[last].end
        if any(s < end and start < e for s, e in taken):
            continue
        if locutions is None:
            locutions = [m.span(1) for m in _LOCUTION.finditer(text)]
        if any(start <= s and e <= end for s, e in locutions):
            continue  # « composant sanguin au niveau de l’hôpital »: a compound preposition, not the noun
        if not any(f & NOUN and not f & (OWN | CODE) for f in flags):
            continue  # only the concept's own words, or French the glossary writes: a paraphrase
        pattern = index.patterns[p]
        span = tokens[first:last + 1]
        head = next((t for t, f in zip(span, flags) if f & NOUN and not f & CODE), span[0])
        if any(s <= head.start and head.end <= e for s, e in terms):
            continue  # a term of the glossary holds the head word: it knows better
        if _participle_only(text[head.start:head.end]):
            continue  # « des garçons vaccinés contre le HPV »: a verb's participle, not the noun « vaccin »
        if [t.key for t in span] == [w for w in fold_term(pattern.english).split() if w != "of"]:
            continue  # the English term itself (« expiration date »): English left, not rendered
        if pattern.slots < 3 and _LOCATIVE_WORD.search(text, start, end):
            continue  # « le sucre dans le sang »: French says it so too
        if checker.compiled.lookup_key(fold_term(text[start:end])) or _attested(index, [t.key for t in span]):
            continue
        concept = checker.glossary.concepts.get(pattern.concept)
        if concept is None:
            continue
        h = span.index(head)
        if flags[h] & OWN and h + 1 < len(span) and _ARTICLE_LINK.fullmatch(text[head.end : span[h + 1].start]):
            continue  # the concept's own head and a complement with its article (« l’atrophie des muscles »): French
        first_char, last_char = sentence_bounds(text, start, end)
        if mentions.mentioned_between((concept.id,), first_char, start) or \
                mentions.mentioned_between((concept.id,), end, last_char):
            continue  # the sentence writes the concept's French too (« …, appelée aussi calcul rénal »)
        head_flags = flags[span.index(head)]
        number = "p" if head_flags & PLURAL else "s"
        entry = Entry(CALQUE, concept.id, p, text[start:end], frozenset({noun_analysis(number)}), False)
        hit = Hit(start, end, (entry,))
        from .calques import _preferred_target

        ctx = HitContext(text, start, end, mentions)
        finding = checker._finding(text, path, hit, ctx, entry, code, concept, [_preferred_target(concept)],
                                   None, None, apostrophe, False)
        finding.provenance = f"rendu littéral de « {pattern.english} »"
        finding.message = f"{finding.message} ; {finding.provenance}"
        findings.append(finding)
        taken.append((start, end))
    return findings


__all__ = ["literal_findings"]
