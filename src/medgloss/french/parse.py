"""The spaCy French pipeline, loaded only when a sentence actually needs it.

``fr_core_news_sm`` takes a second to load and parses a few thousand words a second, so
medgloss never parses a whole document: only the sentences where a candidate term needs a
syntactic check, a morphological decision or an agreement fix.  Parses are memoised.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..errors import MedglossError
from ..text.offsets import OffsetMap
from .token_match import factor_alternatives

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

MODEL = "fr_core_news_sm"
_INVISIBLE = "\x00\u00ad\u200b\u200c\u200d\u2060\ufeff"


# spaCy compiles its French TOKEN_MATCH (1.45 MB of alternatives) twice over: at the import
# of spacy.lang.fr.tokenizer_exceptions and again from the model's tokenizer file.  Patterns
# at least this long are given to re.compile in their factored, equivalent form.
_GIANT_PATTERN = 100_000


@contextmanager
def _factored_giant_patterns() -> Iterator[None]:
    """While spaCy loads, compile giant alternations as their equivalent factored form.

    The substitution is exact (see :mod:`medgloss.french.token_match`, and the test that
    compares both matchers on a corpus); a pattern that cannot be factored is compiled as is.
    """
    real_compile = re.compile

    def compile(pattern: Any, flags: Any = 0) -> "re.Pattern[Any]":
        if isinstance(pattern, str) and len(pattern) >= _GIANT_PATTERN:
            pattern = _factored(pattern)
        return real_compile(pattern, flags)

    re.compile = compile
    try:
        yield
    finally:
        re.compile = real_compile


@lru_cache(maxsize=4)
def _factored(pattern: str) -> str:
    return factor_alternatives(pattern) or pattern


@lru_cache(maxsize=1)
def load_nlp() -> "Language":
    """The French pipeline without NER (not used), loaded once per process.

    The lemmatizer stays: context rules compare the lemmas of heads and dependents.
    """
    try:
        with _factored_giant_patterns():
            import spacy

            return spacy.load(MODEL, exclude=["ner"])
    except OSError as exc:
        raise MedglossError(
            f"the spaCy model {MODEL!r} is not installed; install medgloss with its dependencies "
            f"(pip install medgloss) or run: pip install {MODEL}"
        ) from exc


class ParsedSentence:
    """A parsed sentence and the way back from its characters to the document's."""

    __slots__ = ("doc", "offsets", "base")

    def __init__(self, doc: "Doc", offsets: OffsetMap, base: int) -> None:
        self.doc = doc
        self.offsets = offsets
        self.base = base

    def token_span(self, start: int, end: int) -> "Span | None":
        """Tokens covering the document span ``[start, end)``."""
        local_start = _to_local(self.offsets, start - self.base)
        local_end = _to_local(self.offsets, end - self.base)
        return self.doc.char_span(local_start, local_end, alignment_mode="expand")

    def doc_span(self, token: "Token") -> tuple[int, int]:
        """Document ``[start, end)`` of a token."""
        start, end = self.offsets.span(token.idx, token.idx + len(token.text))
        return self.base + start, self.base + end


def _to_local(offsets: OffsetMap, source_index: int) -> int:
    # Inverse of OffsetMap.start for positions that were not deleted.
    lo, hi = 0, offsets.d_length
    while lo < hi:
        mid = (lo + hi) // 2
        if offsets.start(mid) < source_index:
            lo = mid + 1
        else:
            hi = mid
    return lo


_PARSES: "OrderedDict[str, Doc]" = OrderedDict()
_MAX_PARSES = 512


_PRELOADED: "dict[str, Doc]" = {}


def _for_spacy(sentence: str) -> str:
    """The sentence as spaCy reads it best: invisible characters dropped, apostrophes straight.

    The small French model takes « d’ » (typographic apostrophe) for an adverb and then
    misparses the whole noun phrase; « d' » it knows.  One character for one, so offsets hold.
    """
    return "".join(ch for ch in sentence if ch not in _INVISIBLE).replace("’", "'")


def preparse(text: str) -> "dict[str, Doc]":
    """Parse every sentence of ``text`` (the slow reference path); returns them by sentence."""
    from ..text.sentences import sentence_bounds

    sentences = []
    pos = 0
    while pos < len(text):
        start, end = sentence_bounds(text, pos, pos)
        if end <= pos:
            end = pos + 1
        if start < end:
            sentences.append(_for_spacy(text[start:end]))
        pos = end
    unique = list(dict.fromkeys(s for s in sentences if s.strip()))
    return dict(zip(unique, load_nlp().pipe(unique, batch_size=256)))


def parse(text: str, start: int, end: int) -> ParsedSentence:
    """Parse ``text[start:end]`` (a sentence) with invisible characters dropped."""
    sentence = text[start:end]
    deletions = [(i, i + 1) for i, ch in enumerate(sentence) if ch in _INVISIBLE]
    offsets = OffsetMap.from_deletions(len(sentence), deletions) if deletions else OffsetMap.identity(len(sentence))
    clean = _for_spacy(sentence)
    doc = _PRELOADED.get(clean) or _PARSES.get(clean)
    if doc is None:
        doc = load_nlp()(clean)
        _PARSES[clean] = doc
        if len(_PARSES) > _MAX_PARSES:
            _PARSES.popitem(last=False)
    else:
        _PARSES.move_to_end(clean)
    return ParsedSentence(doc, offsets, start)
