"""Words fused into one or split in two by a conversion or a translation tool (MG113).

- Split: two neighbouring pieces, one of which is no French word, that join into a form of a
  glossary term (« im munoglobuline » → « immunoglobuline »).
- Split around a hyphen: « sous -cutané », « anti- inflammatoire », whose pieces joined by the
  hyphen make a compound Lexique383 or the glossary knows.
- Split off a lone letter: « s imilar », « p ression », where the rest is no word of French or
  English and the letter put back makes one.
- Fused: a long word that neither Lexique383 nor the glossary knows and that divides into two
  or three known parts, one of them a glossary form (« Souscutanéeimmunoglobuline » →
  « Sous-cutanée immunoglobuline »); or a short common word glued before a word of at least
  five letters (« lestroubles » → « les troubles », « bonsmarqueurs »), or « de »/« des »/« du »
  glued after one (« souchede » → « souche de »).
- Fused to an acronym: a function word glued to an immunoglobulin class, often with the « I »
  lost (« etgE », « LesgE » → « et IgE », « Les IgE »), or to an acronym of the glossary
  (« desDICV »).

The lexicon is Lexique383 (:mod:`medgloss.french.lexicon_words`); without it nothing is reported.
It must not judge spelling beyond this: a word it does not know is not an error.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from ..findings.codes import CODES
from ..findings.model import Finding
from ..french.english_words import english_frequency, english_only, french_frequency
from ..french.agreement_lexicon import noun_reading
from ..french.function_words import AFTER_ELIDED, AVOIR_AFTER_Y, FOLLOWERS, VERBAL_ELIDED, FUNCTION_WORDS, GLUES, SUFFIX_WORDS, looks_plural, Glue, elided_surface, may_precede
from ..french.lexicon_words import Lexicon, lexicon
from ..cache.codec import Codec
from ..cache.store import cached_value
from ..matching.cache import derived_name
from ..matching.compiled import TERM, CompiledGlossary
from ..matching.scanner import Hit
from .english import medical_anchors, near_anchor, replacement_finding
from ..text.fold import fold_term, lower_in_slices
from ..text.sentences import BLANK_LINE as _BLANK_LINE
from ..text.spans import SpanSet

if TYPE_CHECKING:
    from .engine import Checker

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]+")
# The words of eight letters or more, as ``_WORD`` finds them (a shorter run is no match at all,
# and a longer one matches from its first letter): the fusions looked for are no shorter.
_LONG_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]{8,}")
# The second word is read ahead, not taken: in « Les im munoglobulines » the pair « Les im »
# must leave « im » to the pair after it.
_PAIR = re.compile(r"(?<![\w-])([A-Za-zÀ-ÖØ-öø-ÿŒœ]{2,})[ \u00a0](?=([a-zà-öø-ÿœ]{2,})(?![\w-]))")
# A function word, then an immunoglobulin class whose « I » may be lost or an uppercase acronym.
_FUNCTION_WORDS = ("et|ou|les|des|aux|une|un|la|le|de|du|en|par|pour|avec|dans|sans|sur|ses|ces|leurs|leur|"
                   "nos|vos|mes|entre|contre")
_ACRONYM_FUSED = re.compile(
    rf"(?<![\w-])((?i:{_FUNCTION_WORDS}))(I?g[AGMDE]|[A-Z][A-Z0-9]*[A-Z][A-Za-z0-9]*)(?![\w-])")
_HYPHEN_SPLIT = re.compile(
    r"(?<![\w-])([A-Za-zÀ-ÖØ-öø-ÿŒœ]{2,})(?: -|- )([a-zà-öø-ÿœ]{2,})(?![\w-])")
# A lone letter that starts no French word by itself (« a », « à », « y », « ô » do; « l », « d »,
# « s », « n », « j », « c », « m », « t » do only with an apostrophe).
_LONE_LETTER = re.compile(
    r"(?<![\w'’.,%$\\/-])([b-xzB-XZ])[ \u00a0]([a-zà-öø-ÿœ]{3,})(?![\w'’-])")
_ENGLISH_WORD = 3.0  # Zipf: « similar » (5.2) is an English word, « imilar » (0) is none
_MIN_FUSED = 12
_MIN_PART = 4
_COMMON = 5.0  # per million: a part this common is a word, not a fragment
_MEMO: dict[int, tuple[dict[str, str], frozenset[str]]] = {}


def _glossary_forms(compiled: CompiledGlossary) -> tuple[dict[str, str], frozenset[str]]:
    """(key without its spaces → surface, single-word keys) of the correct terms' forms."""
    memo = _MEMO.get(id(compiled))
    if memo is not None:
        return memo
    # Read from every entry of the compiled glossary, 0.15 s of each check of a medical text:
    # kept in the cache folder with the glossary's other derived tables.
    name = derived_name(compiled.glossary, "broken-word-forms", ["checks/broken_words.py"])
    stored = cached_value(name, Codec([]), lambda: _packed_forms(compiled), tuple) if name is not None else ()
    if len(stored) == 3 and all(isinstance(part, str) for part in stored):
        keys, surfaces, singles = (part.split("\n") if part else [] for part in stored)
        result = (dict(zip(keys, surfaces)), frozenset(singles))
    else:
        result = _forms(compiled)
    _MEMO[id(compiled)] = result
    return result


def _packed_forms(compiled: CompiledGlossary) -> tuple[str, str, str]:
    joined, single = _forms(compiled)
    return "\n".join(joined), "\n".join(joined.values()), "\n".join(sorted(single))


def _forms(compiled: CompiledGlossary) -> tuple[dict[str, str], frozenset[str]]:
    joined: dict[str, str] = {}
    single: set[str] = set()
    glossary = compiled.glossary
    for key, index in compiled.keys.items():
        entries = [e for e in compiled.entries[index] if e.kind == TERM]
        good = [e for e in entries if not glossary.concepts[e.owner].terms[e.index].status.is_wrong]
        if not good or good[0].case_sensitive or key.count(" ") > 2:
            continue
        joined.setdefault(key.replace(" ", ""), good[0].surface)
        if " " not in key:
            single.add(key)
    return joined, frozenset(single)


def broken_word_findings(
    checker: "Checker", text: str, path: str, hits: Sequence[Hit], covered: Sequence[tuple[int, int]]
) -> list[Finding]:
    """MG113 findings of ``text`` outside the spans ``covered`` by other findings or terms.
    A glued article is reported only in a medical sentence of a medical text (a manual's
    « nomfonction » placeholder is not a broken word)."""
    # Judged paragraph by paragraph (a paragraph with a glossary term, its own density of medical
    # terms), so that a file checked in chunks cut at blank lines gets the same findings.
    paragraphs = _Paragraphs(text, hits)
    # Only paragraphs with a glossary term can keep a finding (the filter at the end), so only
    # they are scanned: a catalog's view is mostly masked lines and entries without a term.
    # No pattern matches across a line break and a paragraph ends with one, so a scan limited
    # to a paragraph finds exactly the matches the whole text's scan finds in it.
    segments = paragraphs.with_terms()
    # Fusions of a function word hold by the grammar of their parts, in any paragraph of prose
    # (a sentence about « unenzyme défectueuse » need not name a glossary term).  Only a
    # paragraph with a term or a stem of health writing can keep one (the filter at the end,
    # which judges each finding's paragraph exactly), so only those are read.
    everything = _maybe_about_health(text, paragraphs, segments)
    if not everything:
        return []  # a text about nothing medical: neither Lexique nor the glossary's forms are read
    lex = lexicon()
    if not lex.words:
        return []
    joined, single = _glossary_forms(checker.compiled)
    findings: list[Finding] = []
    spans = SpanSet(covered)  # a scan of ``covered`` here made a long document's check quadratic
    # The findings so far join ``spans`` when ``free`` is next asked (a scan of them was
    # quadratic too: a long text's fusions, kept until the end's filter, are hundreds).
    added = 0

    def free(start: int, end: int) -> bool:
        nonlocal added
        while added < len(findings):
            spans.add(findings[added].offset, findings[added].end)
            added += 1
        return not spans.overlaps(start, end)

    findings += y_avoir_fusions(text, everything, path, free)
    findings += fusions_and_splits(text, everything, path, lex, joined, single, free)
    anywhere = len(findings)

    def matches(pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        for lo, hi in segments:
            yield from pattern.finditer(text, lo, hi)

    for match in matches(_PAIR):
        first, second = match.group(1), match.group(2)
        end = match.end() + len(second)
        whole = fold_term(first + second)
        if whole not in single or not free(match.start(), end):
            continue
        if _is_word(lex, first, single) and _is_word(lex, second, single):
            continue  # two real words that happen to join into a third (« para site »)
        repaired = first + second
        findings.append(_finding(path, match.start(), text[match.start():end], repaired))
    for match in matches(_ACRONYM_FUSED):
        glue, acronym = match.group(1), match.group(2)
        if not free(match.start(), match.end()) or not _is_acronym(acronym, checker.compiled):
            continue
        if not (glue.islower() or glue.istitle()):
            continue  # « DESC » is an uppercase word, not « de » + « SC »
        if acronym.startswith("g"):
            acronym = "I" + acronym  # « etgE »: the « I » was lost with the space
        findings.append(_finding(path, match.start(), match.group(), f"{glue} {acronym}"))
    for match in matches(_HYPHEN_SPLIT):
        first, second = match.group(1), match.group(2)
        compound = f"{first}-{second}"
        key = fold_term(compound)  # folding makes the hyphen a space: Lexique's key of the compound
        # Lexique lists compounds in the singular only (« anti-inflammatoire »).
        singular = key[:-1] if key.endswith(("s", "x")) else key
        if not free(match.start(), match.end()) or not (
                key in lex.words or singular in lex.words or key in single or key in joined):
            continue
        findings.append(_finding(path, match.start(), match.group(), compound))
    for match in matches(_LONE_LETTER):
        letter, rest = match.group(1), match.group(2)
        whole = letter + rest
        if not free(match.start(), match.end()) or _any_word(lex, rest):
            continue
        key = fold_term(whole)
        if not ((key in lex.words and lex.freq(key) >= 1.0) or key in single or english_frequency(whole) >= _ENGLISH_WORD):
            continue
        findings.append(_finding(path, match.start(), match.group(), whole))
    heads: dict[str, list[str] | None] = {}  # each distinct fragment's glossary words, judged once
    for match in matches(_FRAGMENT):
        fragment = match.group()
        if fragment not in heads:
            heads[fragment] = _fragment_of(fragment, lex, single)
        words = heads[fragment]
        if not words or not free(match.start(), match.end()):
            continue
        completed = _orphan_before(text, match.start(), fragment, words)
        if completed is not None:
            findings.append(_finding(path, match.start(), match.group(), completed))
    for match in matches(_LONG_WORD):
        token = match.group()
        if not (token.islower() or token[1:].islower()):
            continue
        key = fold_term(token)
        if len(key) != len(token) or key in lex.words or key in joined or not free(match.start(), match.end()):
            continue
        if french_frequency(token) > 0:
            continue  # French corpora write it (« plasmatiques »): a word Lexique lacks, not a fusion
        parts = _segment(key, lex, joined) if len(token) >= _MIN_FUSED else None
        if parts is not None and parts[0] in _LEARNED_PREFIXES:
            parts = None  # a learned prefix makes a derivation (« autotransplantation », « primovaccination »)
        if parts is None:
            if paragraphs.medical_near(match.start()):
                parts = _glued_article(token, lex) or _glued_preposition(token, lex)
        if parts is None or fold_term(token) in english_only():
            continue
        repaired, position = [], 0
        for part in parts:
            piece = token[position : position + len(part)]
            surface = joined.get(part)
            if surface is not None and len(surface.replace(" ", "").replace("-", "")) == len(piece):
                piece = _with_separators(piece, surface)
            repaired.append(piece)
            position += len(part)
        findings.append(_finding(path, match.start(), token, " ".join(repaired)))
    # A fusion or a split counts in a paragraph about health: with the stem of a health word, or a
    # medical glossary term in its sentence (a manual's « unalias » is no broken word, though
    # « alias » is a word of the glossary).
    health: dict[int, bool] = {}

    def about_health_at(offset: int) -> bool:
        lo, hi = paragraphs.bounds(offset)
        if lo not in health:
            health[lo] = _HEALTH.search(text, lo, hi) is not None
        return health[lo] or paragraphs.medical_near(offset)

    return ([f for f in findings[:anywhere] if about_health_at(f.offset)]
            + [f for f in findings[anywhere:] if paragraphs.has_term(f.offset)])


_BLANK_LINES = re.compile(f"(?:{_BLANK_LINE.pattern})+")  # a run of them, as successive matches of one


class _Paragraphs:
    """The paragraphs of a text (cut at blank lines) and the glossary terms in each."""

    def __init__(self, text: str, hits: Sequence[Hit]) -> None:
        self.text = text
        # By start: a paragraph's hits are one slice (a catalog's view has 48,000 paragraphs,
        # and filtering every hit for each of them made its check quadratic).
        self.hits = sorted((h for h in hits if any(e.kind == TERM for e in h.entries)), key=lambda h: h.start)
        self.starts = [h.start for h in self.hits]
        # Every blank line cuts, but a run of them (a catalog's masked lines: millions) leaves
        # only blanks between its first cut and its last, and the paragraph around a word ends
        # at the first cut of the run after it and starts at the last cut of the run before.
        self.firsts: list[int] = []
        self.lasts: list[int] = []
        for run in _BLANK_LINES.finditer(text):
            first = _BLANK_LINE.match(text, run.start())
            assert first is not None
            self.firsts.append(first.end())
            self.lasts.append(run.end())
        self._anchors: dict[int, list[int]] = {}

    def bounds(self, position: int) -> tuple[int, int]:
        """``[lo, hi)`` of the paragraph around the word at ``position`` (not a blank)."""
        i = bisect_right(self.lasts, position)
        return (self.lasts[i - 1] if i else 0), (self.firsts[i] if i < len(self.firsts) else len(self.text))

    def _inside(self, lo: int, hi: int) -> list[Hit]:
        """The hits that start in ``[lo, hi)``, in order."""
        return self.hits[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def with_terms(self) -> list[tuple[int, int]]:
        """``[lo, hi)`` of the paragraphs that hold a glossary term, in order, neighbours merged."""
        merged: list[tuple[int, int]] = []
        for hit in self.hits:
            lo, hi = self.bounds(hit.start)
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
            else:
                merged.append((lo, hi))
        return merged

    def has_term(self, position: int) -> bool:
        return bool(self._inside(*self.bounds(position)))

    def medical_near(self, position: int) -> bool:
        """True if a medical term of the paragraph, itself medical enough, is in the sentence."""
        lo, hi = self.bounds(position)
        if lo not in self._anchors:
            inside = [Hit(h.start - lo, h.end - lo, h.entries) for h in self._inside(lo, hi)]
            self._anchors[lo] = [a + lo for a in medical_anchors(self.text[lo:hi], inside)]
        return near_anchor(self._anchors[lo], position, self.text)


# per million: the word after the glue is a word of the lexicon, not a rare fragment
# (« marqueurs » is 0.8); the fused whole is unknown to Lexique and to wordfreq.
_GLUED_REST = 0.5
_GLUE_FREQUENCY = 50.0  # per million: the short words that get glued (les, une, pas, bons)
# French prefixes that are also short words (« dés », « sur »): prefix + word is a derivation.
_PREFIXES = ("dés", "dé", "ré", "re", "pré", "sur", "sous", "en", "em", "in", "im", "co", "mi", "non", "anti", "auto")
_LEARNED_PREFIXES = frozenset("auto allo xeno primo immuno hemo radio chimio post pre poly micro macro multi pluri "
                              "inter intra extra trans hyper hypo sous sur anti contre neo para peri".split())
_GLUE = ("les", "des", "une", "aux", "dans", "pour", "avec", "par", "leur", "leurs", "ces", "ses", "mes", "vos", "nos")


def _glued_article(token: str, lex: Lexicon) -> list[str] | None:
    """``[article, word]`` if ``token`` is a short function word glued to a common word (the
    article as spelt: « désenregistrement » does not start with « des »)."""
    lowered = token.lower()
    if lowered.startswith(_PREFIXES):
        return None
    for cut in range(2, 5):
        glue, rest = lowered[:cut], fold_term(lowered[cut:])
        # Two letters glue only from the list: « madresse » is « m’adresse » with its apostrophe lost.
        if (glue in _GLUE or (len(glue) >= 3 and lex.has_spelling(glue) and lex.freq(glue) >= _GLUE_FREQUENCY)) and len(rest) >= 5 \
                and rest in lex.words and lex.freq(rest) >= _GLUED_REST:
            return [glue, rest]
    return None


# Glued after a word: « souchede ». Only « de » and its forms: « -et », « -le », « -en » end
# too many words that Lexique lacks (« ballet », « interleukine »…).
_TRAILING_GLUE = ("des", "du", "de")


def _glued_preposition(token: str, lex: Lexicon) -> list[str] | None:
    """``[word, preposition]`` if ``token`` is a common word followed by « de », « des » or « du »."""
    lowered = token.lower()
    for glue in _TRAILING_GLUE:
        head = fold_term(lowered[: -len(glue)])
        if lowered.endswith(glue) and len(head) >= 5 and head in lex.words and lex.freq(head) >= _COMMON:
            return [head, glue]
    return None


_FRAGMENT = re.compile(r"(?<![\w'’-])[a-zà-öø-ÿœ]{4,}(?![\w'’-])")
_MIN_HEAD = 4


def _fragment_of(fragment: str, lex: Lexicon, single: frozenset[str]) -> list[str] | None:
    """The one-word glossary keys that ``fragment`` may be the end of, or None: the fragment
    must be no word of French or English.  Depends on the fragment only (judged once each)."""
    key = fold_term(fragment)
    if key in lex.words or _any_word(lex, fragment) or french_frequency(fragment) >= 1.0:
        return None
    return _ending_in(single).get(key) if key else [w for w in single if len(w) >= _MIN_HEAD and " " not in w]


def _orphan_fragment(text: str, start: int, fragment: str, lex: Lexicon, single: frozenset[str]) -> str | None:
    """The glossary word whose end ``fragment`` is when its beginning was left earlier in the
    sentence (« la lymphe tueuse naturelle (NK) fonction ocyte »: « lymph » + « ocyte »), or None.
    The fragment must be no word of French or English."""
    words = _fragment_of(fragment, lex, single)
    if not words:
        return None  # no glossary word ends so (most fragments): the sentence need not be read
    return _orphan_before(text, start, fragment, words)


def _orphan_before(text: str, start: int, fragment: str, words: list[str]) -> str | None:
    """:func:`_orphan_fragment` once the fragment's candidate ``words`` are known."""
    key = fold_term(fragment)
    lo = text.rfind(".", 0, start) + 1
    before = {fold_term(w) for w in _WORD.findall(text[lo:start]) if len(w) >= _MIN_HEAD}
    for word in words:
        head = word[: -len(key)]
        if any(w.startswith(head) and w != word for w in before):
            return word
    return None


_ENDINGS: dict[int, tuple[frozenset[str], dict[str, list[str]]]] = {}


def _ending_in(single: frozenset[str]) -> dict[str, list[str]]:
    """Each ending of a one-word glossary key after a head of at least :data:`_MIN_HEAD` letters →
    the keys that end so, in the order of ``single`` (the order a scan of it met them in)."""
    memo = _ENDINGS.get(id(single))
    if memo is not None and memo[0] is single:
        return memo[1]
    endings: dict[str, list[str]] = {}
    for word in single:
        if " " not in word:
            for cut in range(_MIN_HEAD, len(word)):
                endings.setdefault(word[cut:], []).append(word)
    _ENDINGS[id(single)] = (single, endings)
    return endings


def _is_acronym(acronym: str, compiled: CompiledGlossary) -> bool:
    """True for an immunoglobulin class (with or without its « I ») or an acronym of the glossary."""
    if re.fullmatch(r"I?g[AGMDE]", acronym):
        return True
    return any(e.kind == TERM and e.case_sensitive for e in compiled.lookup_key(fold_term(acronym)))


def _any_word(lex: Lexicon, piece: str) -> bool:
    """True if ``piece`` is a word of French (Lexique383) or of English (wordfreq)."""
    return fold_term(piece) in lex.words or english_frequency(piece) >= 1.5


def _is_word(lex: Lexicon, word: str, single: frozenset[str]) -> bool:
    key = fold_term(word)
    if key in single or (key in lex.words and (len(key) >= 3 or lex.freq(key) >= _COMMON)):
        return True
    # A plural Lexique383 lacks (« globulines »): its singular is the word.
    return len(key) > 4 and key.endswith(("s", "x")) and (key[:-1] in lex.words or key[:-1] in single)


def _segment(key: str, lex: Lexicon, joined: dict[str, str]) -> list[str] | None:
    """The division of ``key`` into two or three known parts that the rules accept, or None."""
    def known(part: str) -> bool:
        return len(part) >= _MIN_PART and (part in joined or (part in lex.words and lex.freq(part) >= 1.0))

    best: list[str] | None = None
    n = len(key)
    for i in range(_MIN_PART, n - _MIN_PART + 1):
        head, rest = key[:i], key[i:]
        if not known(head):
            continue
        candidates = [[head, rest]] if known(rest) else []
        for j in range(_MIN_PART, len(rest) - _MIN_PART + 1):
            if known(rest[:j]) and known(rest[j:]):
                candidates.append([head, rest[:j], rest[j:]])
        for parts in candidates:
            # A glossary form among the parts; common words alone make derivations
            # (« impossible » + « ment ») as often as fusions.
            if any(p in joined for p in parts) and (best is None or len(parts) < len(best)):
                best = parts
    return best


def _with_separators(piece: str, surface: str) -> str:
    """``piece`` with the hyphens and spaces of the glossary's ``surface`` put back."""
    out, i = [], 0
    for ch in surface:
        if ch in " -":
            out.append(ch)
        else:
            out.append(piece[i])
            i += 1
    return "".join(out)


def _finding(path: str, start: int, found: str, repaired: str) -> Finding:
    return replacement_finding(path, start, found, CODES["MG113"], "", [repaired], None)


# -- A function word fused with the next word, anywhere in French prose ------------------------
#
# « unenzyme », « lesanticorps », « lorganisme », « quil », « etla »: the token is no word of
# Lexique383 (nor of the glossary, nor English), and exactly one cut leaves a function word that
# French may write before what follows (:func:`medgloss.french.function_words.may_precede`) and a
# word of Lexique.  The grammar of the first part is what makes this safe where the length
# limits of :func:`_glued_article` were needed: « dune » and « lent » are words, « duodénite »
# would be « du » before a vowel, « desmopressine » « des » before a singular.

_MIN_FOLLOWING = 0.5  # per million: the word after the glue is a word of the lexicon, not a rare form
_SENTENCE_START = re.compile(r"(?:^|[.!?:;«»\"()\n]\s*|^\s*[-•*–]\s*)$")
_ENGLISH_MARGIN = 1.0  # Zipf: a token this much more common in English is English (« duration », « desire »)


def _follows_glue(rest: str, glue: Glue, lex: Lexicon, single: frozenset[str]) -> bool:
    """True if ``rest`` (lower case) is a word that may follow ``glue`` inside a fused token."""
    if glue.kind == "elided":
        if len(rest) <= 3:
            return rest in AFTER_ELIDED[glue.word]  # « dun », « quil », « cest », « ny »
    elif rest in FOLLOWERS:
        # « etla », « dansla »: a preposition or conjunction, then a determiner; never two determiners.
        return glue.kind in ("preposition", "conjunction")
    if len(rest) < 4:
        return False
    key = fold_term(rest)
    if not lex.has_spelling(rest):
        # The accents as written (« james » is no « j’âmes »); a glossary word may be typed without them.
        return rest == key and key in single
    if glue.kind in ("determiner", "plural"):
        agrees = _agrees_with_determiner(rest, glue.word)
        if agrees is False:
            return False  # « unaires » is no « un aires »: the noun is a feminine plural
        if agrees is None and glue.kind == "determiner" and looks_plural(rest, lambda w: lex.is_noun(w) or lex.is_adjective(w)):
            return False  # not a noun Lexique knows: its form alone says it is plural
    if glue.kind == "elided" and glue.word in VERBAL_ELIDED and _nominal(rest, lex):
        return False  # « n’», « s’», « j’» come before a verb (« sondées » is no « s’ondées »)
    return lex.freq(key) >= _MIN_FOLLOWING or key in single


def _agrees_with_determiner(rest: str, determiner: str) -> bool | None:
    """Whether the noun ``rest`` may take the number of ``determiner`` (« le » + the invariable
    « taux »: yes; « un » + the plural « aires »: no), by Lexique383's noun readings; ``None``
    where Lexique reads no noun there (an adjective, a word it lacks).  The gender is not
    asked: a tool that glued « un » to « enzyme » may have got its gender wrong too, an
    agreement error (MG114) of its own once the space is back."""
    from ..french.phrase import determiner_features  # the agreement tables: only for a fused determiner

    features = determiner_features(determiner)
    reading = noun_reading(rest, after_determiner=True) if features is not None else None
    if reading is None or features is None:
        return None
    return reading.allows(None, features[2])


def _nominal(word: str, lex: Lexicon) -> bool:
    """True if ``word`` is a noun or an adjective lemma, or the plural or feminine of one."""
    lemmas = [word]
    if word.endswith(("s", "x")):
        lemmas.append(word[:-1])
    if word.endswith(("e", "es")):
        lemmas.append(word.rstrip("s")[:-1])
    return any(lex.is_noun(w) or lex.is_adjective(w) for w in lemmas)


def _fused_function_word(token: str, lex: Lexicon, single: frozenset[str]) -> tuple[Glue, str] | None:
    """``(glue, rest)`` if ``token`` (not a word) is a function word fused with the next word,
    by the one cut that makes it so, or None (no cut, or two)."""
    lowered = token.lower()
    readings = []
    for glue in GLUES:
        if len(lowered) < len(glue.word) + 2 or not lowered.startswith(glue.word):
            continue
        rest = lowered[len(glue.word):]
        if may_precede(glue, rest) and _follows_glue(rest, glue, lex, single):
            readings.append((lex.freq(rest), glue, rest))
    if not readings:
        return None
    readings.sort(key=lambda r: -r[0])
    if len(readings) > 1 and readings[0][0] < _CLEARER * readings[1][0]:
        return None  # two readings as likely: not a fusion we can name
    return readings[0][1], readings[0][2]


# « lagrippe »: « la grippe » (8.9 per million) rather than « l’agrippe » (4.2)? Not clearly
# enough; a reading wins only when its word is this many times more frequent.
_CLEARER = 5.0


def _is_english(lowered: str) -> bool:
    english = english_frequency(lowered)
    return english >= 2.5 and english >= french_frequency(lowered) + _ENGLISH_MARGIN or lowered in english_only()


def _sentence_initial(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text, max(0, start - 4), start)) or start == 0


def _each(pattern: re.Pattern[str], text: str, segments: Sequence[tuple[int, int]]) -> Iterator[re.Match[str]]:
    for lo, hi in segments:
        yield from pattern.finditer(text, lo, hi)


def _fusion_of(token: str, lex: Lexicon, joined: dict[str, str], single: frozenset[str]) -> tuple[Glue, str] | None:
    """What :func:`_fused_function_word` reads in ``token`` (no word of Lexique, the glossary or
    English), or None; what does not depend on the token's place in the text."""
    lowered = token.lower()
    key = fold_term(token)
    if key in lex.words or key in joined or _is_english(lowered):
        return None
    fused = _fused_function_word(token, lex, single)
    if fused is not None and not token.islower() and len(fused[1]) > 3 and french_frequency(lowered) >= _NAME_FREQUENCY:
        return None  # a name at the start of a sentence (« Dumont a dit »); « Cest », « Quil » are none
    return fused


def _fusion_finding(text: str, path: str, start: int, token: str, fused: tuple[Glue, str]) -> Finding | None:
    """The finding of the fused ``token`` at ``start``, or None where its place makes it a name."""
    if not token.islower() and not _sentence_initial(text, start):
        return None  # a capital inside a sentence is a name (« Dupont », « Lorient »)
    if not _prose_edge(text, start - 1) or not _prose_edge(text, start + len(token)):
        return None  # a piece of code, a path, an accented or garbled word (« rép/monfichier »)
    if _between_names(text, start, start + len(token)):
        return None  # a particle of a name (« Van den Berg »)
    glue, _rest = fused
    head = token[: len(glue.word)]
    return _finding(path, start, token, elided_surface(Glue(head, glue.kind)) + token[len(glue.word):])


_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]{2,}")


def fusions_and_splits(text: str, segments: Sequence[tuple[int, int]], path: str, lex: Lexicon,
                       joined: dict[str, str], single: frozenset[str],
                       free: "Callable[[int, int], bool]") -> list[Finding]:
    """MG113 findings of function words fused with the next word and of common words split in
    two, in the ``segments`` of ``text``, where ``free``: one pass over the tokens, each
    distinct unknown token judged once."""
    findings: list[Finding] = []
    spelt = lex.spelt
    judged: dict[str, tuple[Glue, str] | None] = {}
    # Each distinct token read once: (known to Lexique, an ending of derivation, may be a fusion).
    read: dict[str, tuple[bool, bool, bool]] = {}
    for lo, hi in segments:
        previous, previous_end, previous_known = "", -2, True
        for match in _TOKEN.finditer(text, lo, hi):
            token = match.group()
            start, end = match.span()
            facts = read.get(token)
            if facts is None:
                lowered = token.lower()
                known = lowered in spelt
                facts = read[token] = (known, lowered in SUFFIX_WORDS, not (
                    known or len(token) < 3 or not (token.islower() or token[1:].islower())))
            known, ending, may_be_fused = facts
            # A split: the previous token one space before, one of the two unknown or an ending.
            if previous_end == start - 1 and text[previous_end] in " \u00a0" and (
                    not known or not previous_known or ending):
                split = _split_finding(text, path, previous_end - len(previous), previous, token, lex)
                if split is not None and free(split.offset, split.end):
                    findings.append(split)
            previous, previous_end, previous_known = token, end, known
            if not may_be_fused:
                continue
            if token not in judged:
                judged[token] = _fusion_of(token, lex, joined, single)
            fused = judged[token]
            if fused is not None and free(start, end):
                finding = _fusion_finding(text, path, start, token, fused)
                if finding is not None:
                    findings.append(finding)
    return findings


# The stems of everyday health writing, inside any word (« linfection », « dumédecin »): enough to
# look for fusions in a text without a glossary term; not « traitement », « analyse » or
# « diagnostic », which a manual uses as often.
_HEALTH = re.compile(r"(?i)médec|médic|maladi|malade|santé|patient|symptôm|hôpita|infirmi|vaccin|sanguin|infect|"
                     r"clinique|pharmac|ordonnance|douleur|fièvre|enceinte|anticorps|globule|immun|greff|\bsang\b|"
                     # The body's cells and defences, its diseases (« lorganisme se défend »,
                     # « desimmunoglobulines », « lacellule »): health words a manual has no use for.
                     r"cellul|organisme|virus|bactéri|plaquett|lymphocyt|protéin|anémi|cancer|tumeur|diabèt|"
                     r"glycém|chirurg")


_HEALTH_LOWER = re.compile(_HEALTH.pattern.removeprefix("(?i)"))
# The stems as plain strings (« sang » without its word bounds: a wider test), and the only
# characters the case-blind search matches to a stem's letter though their lower case is
# another (« ı », « İ », « ſ »: the test falls back to the whole text where one is written).
_HEALTH_STEMS = tuple(_HEALTH_LOWER.pattern.replace(r"\b", "").split("|"))
_CASE_EXCEPTIONS = re.compile("[\u0130\u0131\u017f]")


def _maybe_about_health(text: str, paragraphs: "_Paragraphs", with_terms: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[lo, hi)`` of the paragraphs (neighbours merged, in order) that hold a glossary term
    (``with_terms``) or a stem of :data:`_HEALTH` in any case: every paragraph where the
    search of ``_HEALTH`` finds one, and maybe a few more.  A stem is looked for with
    ``str.find`` on the text in lower case, a pass per stem at C speed (the case-blind regex,
    tried at every character, cost more than the token pass it saves)."""
    # Lowered a slice at a time (text.fold's): str.lower of a whole long text at once allocates
    # twelve bytes a character, the peak of a check's memory.
    lowered = lower_in_slices(text)
    if len(lowered) != len(text) or _CASE_EXCEPTIONS.search(text):
        return [(0, len(text))]  # positions of the lower case would not be the text's
    found = set(with_terms)
    for stem in _HEALTH_STEMS:
        at = lowered.find(stem)
        while at >= 0:
            lo, hi = paragraphs.bounds(at)
            found.add((lo, hi))
            at = lowered.find(stem, hi)
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(found):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def about_health(text: str) -> bool:
    """True if ``text`` holds a stem of health writing: its fusions are looked for without a term."""
    # On the text in lower case: a case-blind search of the stems is three times slower.
    return _HEALTH_LOWER.search(text.lower()) is not None


_WORD_BEFORE = re.compile(r"([A-Za-zÀ-ÖØ-öø-ÿŒœ]+)[ \u00a0]+$")
_WORD_AFTER = re.compile(r"[ \u00a0]+([A-Za-zÀ-ÖØ-öø-ÿŒœ]+)")


def _between_names(text: str, start: int, end: int) -> bool:
    """True if capitalised words stand on both sides of ``[start, end)``."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    return bool(before and after and before.group(1)[0].isupper() and after.group(1)[0].isupper())


_NAME_FREQUENCY = 2.5  # Zipf: a capitalised token this common in French is a name, not a typo


# « il ya », « il n’ya », « ilya »: the pronoun « y » fused with « avoir » after the subject « il ».
# The patterns start with « il » and look behind it after: a pattern that starts with a literal
# is searched for at C speed, one that starts with a look-behind is tried at every character.
_Y_AVOIR = re.compile(
    r"[Ii]l(?<![\w-]..)(?:[ \u00a0]?|[ \u00a0]+[Nn]['’])(y(?:" + "|".join(sorted(AVOIR_AFTER_Y, key=len, reverse=True)) + r"))(?![\w'’-])")


_AVOIR = "|".join(sorted(AVOIR_AFTER_Y, key=len, reverse=True))
# « il ny a »: the negation's « n’ » fused with « y », before the same verb.
_NY_AVOIR = re.compile(r"[Ii]l(?<![\w-]..)[ \u00a0]+([Nn]y)(?=[ \u00a0]+(?:" + _AVOIR + r")(?![\w'’-]))")


def y_avoir_fusions(text: str, segments: Sequence[tuple[int, int]], path: str,
                    free: "Callable[[int, int], bool]") -> list[Finding]:
    """MG113 findings of « y » fused with the verb or the negation after « il » (« il ya » →
    « il y a », « il ny a » → « il n’y a »)."""
    findings = []
    for match in _each(_Y_AVOIR, text, segments):
        start, end = match.span(1)
        token = match.group(1)
        if free(start, end):
            findings.append(_finding(path, start, token, f"{token[0]} {token[1:]}"))
    for match in _each(_NY_AVOIR, text, segments):
        start, end = match.span(1)
        token = match.group(1)
        if free(start, end):
            findings.append(_finding(path, start, token, f"{token[0]}’{token[1:]}"))
    return findings


# -- A word of Lexique split in two, one piece no word ---------------------------------------
#
# « infec tion », « périphé rique », « traite ment »: the two pieces joined are a common word of
# Lexique383, and one of them is no word of French or English, or the second is an ending of
# derivation (:data:`SUFFIX_WORDS`).  Two words that join into a third (« de main », « sur tout »,
# « pas sage ») stay silent: a function word never starts such a split, and two content words
# are told apart only by an ending.
_JOINED_MIN = 7
_JOINED_FREQUENCY = 1.0  # per million: the word the pieces make is a common one
_FUNCTION = FUNCTION_WORDS | FOLLOWERS


def _no_word(piece: str, lex: Lexicon) -> bool:
    """True if ``piece`` is no word: not in Lexique, rare in French and English (wordfreq)."""
    lowered = piece.lower()
    return (fold_term(piece) not in lex.words and english_frequency(lowered) < _ENGLISH_WORD - 0.5
            and french_frequency(lowered) < _ENGLISH_WORD - 0.5)


def _split_finding(text: str, path: str, start: int, first: str, second: str, lex: Lexicon) -> Finding | None:
    """The finding of ``first`` and ``second`` (one space apart from ``start``) as the pieces of
    one common word of Lexique, or None."""
    whole = (first + second).lower()
    if len(whole) < _JOINED_MIN or whole not in lex.spelt or lex.freq(whole) < _JOINED_FREQUENCY:
        return None
    if first.lower() in _FUNCTION or not (first.islower() or first[1:].islower()) or not second.islower():
        return None
    if not (_no_word(first, lex) or _no_word(second, lex) or (second in SUFFIX_WORDS and len(first) >= 4)):
        return None  # two words (« pas sage »)
    end = start + len(first) + 1 + len(second)
    if not (_prose_edge(text, start - 1) and _prose_edge(text, end)):
        return None  # a piece of a hyphenated, accented or garbled word (« traver‐ sant », « Ã©tait »)
    return _finding(path, start, text[start:end], first + second)


_PROSE_EDGE = frozenset(" \t\n\r\u00a0\u202f()[]«»\"“”‘,;:!?…")


def _prose_edge(text: str, index: int) -> bool:
    """True if ``text[index]`` is outside the text, a space or the punctuation of prose (a full
    stop only when no letter follows it)."""
    if index < 0 or index >= len(text):
        return True
    ch = text[index]
    if ch == ".":
        return index + 1 >= len(text) or not text[index + 1].isalnum()
    return ch in _PROSE_EDGE
