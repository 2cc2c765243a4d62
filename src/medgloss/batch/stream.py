"""Checking texts too large to hold in memory, in windows cut at paragraph boundaries.

A large plain-text file is decoded incrementally and cut into chunks that end just after a
blank line.  Each chunk is checked together with the text that precedes it (an *overlap*
long enough for every look-back the rules make: sentence starts reach at most
``sentences._REACH`` characters back, ``mentions`` conditions a few sentences), and only
the findings that start inside the chunk itself are kept.  A term never spans a blank line
(folding keeps it as two spaces, patterns have one), so every finding belongs to exactly one
chunk and the result is the same as checking the whole text at once: offsets, lines and
columns are global.  The apostrophe style of fixes is decided over the whole file first.

A paragraph longer than the chunk size is cut at a line end, or failing that at a space;
the result stays exact as long as no sentence is longer than the overlap.

A few decisions of the detectors read their whole text (:mod:`medgloss.checks.document_facts`:
is the text medical, has it any glossary term, is a concept mentioned anywhere, an acronym
glossed as English anywhere…) and the severities raised by the evidence of machine
translation count the whole text's findings (:mod:`medgloss.checks.escalation`).  Each
window is checked with the facts it is given, answering from the window alone the questions
whose answer for the document is not yet known, and reports its own part of the document's
answers (its words, medical terms, concepts…), counted in its chunk only.  Once every window
is checked, :func:`finish` sums those parts into the document's answers (reading the file
once more for the few that need its text: a shorthand, a gloss, accented words), checks
again, with the document's answers, every window that was given another answer (a rare
window near a decision's threshold: most documents decide alike in all their windows), and
raises the severities over the whole document.  The findings are those of the whole text.

It must not check anything itself: the checker does, on each window.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..findings.model import Finding, Fix, corrected_span
from ..glossary import Glossary
from ..text.positions import LINE_END, LineIndex
from ..text.sentences import BLANK_LINE as _BLANK_LINE
from ..text.sentences import _REACH  # the farthest a sentence boundary is looked for
from ..text.words import word_count

# Code points per chunk (a chunk ends at the last blank line before twice this): the check of a
# window holds some 40 bytes per character of it (folding, tokens, agreement tables), and
# 128k-character chunks keep the 8M-character benchmark corpus under 250 MB; the overlap each
# window checks again (twice 12,000 characters) costs a few percent of the time.
CHUNK_CHARS = 1 << 17
STREAM_BYTES = 1 << 20  # plain-text files larger than this are streamed
_READ_BYTES = 1 << 20
_ROUNDS = 4  # checks of the stale windows again: answers settle in two (accents' count last)


@dataclass(frozen=True, slots=True)
class Window:
    """A chunk of a large text with the overlap that precedes it and the text that follows it."""

    path: str
    text: str  # overlap + chunk + what follows
    base: int  # global offset of ``text[0]``
    keep_from: int  # local offset where the chunk proper starts
    base_line: int  # line ends before ``text[0]``
    line_start: int  # global start of the line holding the chunk's first character
    apostrophe: str  # the whole file's apostrophe style
    # Characters after the chunk, read for the context of its last words only: a paragraph
    # longer than a chunk is cut inside a sentence, and « carence » at the end of one chunk
    # needs the « en immunoglobulines » that starts the next to be judged as the whole text is.
    ahead: int = 0
    index: int = 0  # the window's rank in its document

    @property
    def chunk(self) -> tuple[int, int]:
        """``[lo, hi)`` of the chunk proper in :attr:`text`."""
        return self.keep_from, len(self.text) - self.ahead


@dataclass
class WindowResult:
    """The findings of a window's chunk, and its part of the document's answers."""

    index: int
    findings: list[Finding]  # positioned in the whole file, selected
    raisable: list[bool]  # per finding: raised to warning if the document shows machine translation
    evidence: set[tuple[int, str]]  # signs of machine translation in the chunk (global offset, code)
    asked: dict[Hashable, Any]  # the answers the window's check was given (document_facts)
    words: int  # the chunk's words (escalation, medical density)
    medical: int  # the chunk's medical glossary terms (english.medical_starts)
    terms: bool  # a glossary term starts in the chunk
    mentioned: frozenset[str] = field(default_factory=frozenset)  # concepts of the chunk's terms
    accents: int = 0  # accent candidates starting in the chunk


def overlap_for(glossary: Glossary) -> int:
    """Characters of context each chunk needs before it, for ``glossary``'s rules."""
    sentences = max((r.context.mentions_sentences for r in glossary.rules.values()), default=1)
    return (max(sentences, 1) + 2) * _REACH


def _cut(buffer: str, size: int) -> int:
    """Where to end a chunk of ``buffer`` (just after a blank line near ``size``)."""
    blank = None
    for blank in _BLANK_LINE.finditer(buffer, size // 2, min(len(buffer), size * 2)):
        pass  # the last blank line in range makes the largest chunk
    if blank is not None:
        return blank.end()
    for sep in ("\n", " "):
        i = buffer.rfind(sep, 0, size)
        if i > 0:
            return i + 1
    return size


def windows(
    pieces: Iterable[str], path: str, apostrophe: str, overlap: int, size: int | None = None
) -> Iterator[Window]:
    """Cut a text given as successive decoded ``pieces`` into :class:`Window` s (of
    :data:`CHUNK_CHARS` unless ``size`` is given)."""
    size = size or CHUNK_CHARS
    buffer = ""
    tail = ""  # the end of the previous chunk, kept as overlap
    offset = 0  # global offset of buffer[0]
    lines = 0  # line ends before buffer[0]
    line_start = 0  # global start of the line holding buffer[0]
    pending = iter(pieces)
    exhausted = False
    index = 0
    while True:
        while not exhausted and len(buffer) < size * 2 + overlap:
            piece = next(pending, None)
            if piece is None:
                exhausted = True
            else:
                buffer += piece
        if not buffer:
            return
        if exhausted and len(buffer) <= size * 2:
            end = len(buffer)
        else:
            end = _cut(buffer, size)
        # A "\r\n" must not be split between chunks.
        if end < len(buffer) and buffer[end - 1] == "\r" and buffer[end] == "\n":
            end += 1
        chunk = buffer[:end]
        tail_lines = len(LINE_END.findall(tail))
        tail_start = offset - len(tail)
        # ``line_start`` is the start of the line holding the chunk's first character; it is
        # also that of ``tail[0]`` unless the tail holds a line end, and then a finding on the
        # window's first line lies in the tail and is dropped anyway.
        following = buffer[end : end + overlap]
        yield Window(path, tail + chunk + following, tail_start, len(tail), lines - tail_lines, line_start,
                     apostrophe, len(following), index)
        index += 1
        ends = [m.end() for m in LINE_END.finditer(chunk)]
        if ends:
            line_start = offset + ends[-1]
        lines += len(ends)
        tail = (tail + chunk)[-overlap:]
        offset += end
        buffer = buffer[end:]


def check_window(
    window: Window,
    glossary: Glossary | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    known: dict[Hashable, Any] | None = None,
) -> WindowResult:
    """Findings that start in the window's chunk, positioned in the whole file, checked with
    the document's answers ``known`` so far (see :func:`finish`)."""
    from ..api import checker_for
    from ..checks.document_facts import DocumentFacts
    from ..checks.english import medical_starts
    from ..checks.escalation import evidence, raisable
    from ..checks.selection import glossary_selection
    from ..matching.compiled import TERM

    checker = checker_for(glossary)
    chosen = glossary_selection(select, ignore, checker.glossary)
    facts = DocumentFacts(known)
    text = window.text
    result = checker.check(text, window.path, apostrophe=window.apostrophe, selection=chosen, facts=facts)
    lo, hi = window.chunk
    inside = [f for f in result.findings if lo <= f.offset < hi]
    findings = inside if chosen is None else [f for f in inside if chosen.keeps(f)]
    flags = [raisable(f, checker.glossary, text) for f in findings]
    signs = {(offset + window.base, rule) for offset, rule in evidence(inside)}
    terms = [h for h in result.hits or () if lo <= h.start < hi and any(e.kind == TERM for e in h.entries)]
    words = word_count(text[lo:hi])
    if 0 < lo < hi and not text[lo - 1].isspace() and not text[lo].isspace():
        words -= 1  # a chunk cut inside an overlong word: the word is the previous chunk's
    index = LineIndex(text)
    return WindowResult(
        window.index, [_globalise(f, window, index) for f in findings], flags, signs, facts.asked, words,
        len(medical_starts(text, terms)), bool(terms), frozenset(e.owner for h in terms for e in h.entries
                                                                 if e.kind == TERM),
        sum(1 for start in facts.accent_candidates if lo <= start < hi))


def learn(known: dict[Hashable, Any], result: WindowResult) -> None:
    """Add to ``known`` what ``result``'s chunk settles for the whole document: a term, and
    each concept it mentions, make those answers true wherever they are asked (the windows
    after it, checked in the same process, need not guess them: fewer are checked again)."""
    from ..checks import document_facts as df

    if result.terms:
        known[df.TERMS] = True
    for concept in result.mentioned:
        known[(df.MENTIONED, concept)] = True


def finish(
    results: list[WindowResult],
    windows_again: Callable[[], Iterable[Window]],
    glossary: Glossary | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
) -> list[Finding]:
    """The findings of a whole document from its windows' ``results`` (in order): the windows
    checked with another answer than the document's are checked again (``windows_again()``
    reads the document's windows once more), and severities are raised over the document."""
    from ..api import checker_for
    from ..checks.escalation import MIN_EVIDENCE, raised, shows_machine_translation
    from ..checks.selection import glossary_selection

    results = sorted(results, key=lambda r: r.index)
    for _round in range(_ROUNDS):
        known = document_answers(results, windows_again, glossary)
        stale = {r.index for r in results if any(known[key] != answer for key, answer in r.asked.items())}
        if not stale:
            break
        for window in windows_again():
            if window.index in stale:
                results[window.index] = check_window(window, glossary, select, ignore, known)
    findings = [f for r in results for f in r.findings]
    chosen = glossary_selection(select, ignore, checker_for(glossary).glossary)
    if chosen is None or chosen.runs("escalation"):
        signs = set().union(*(r.evidence for r in results))
        if len(signs) >= MIN_EVIDENCE:
            count = shows_machine_translation(len(signs), sum(r.words for r in results))
            findings = raised(findings, count, [flag for r in results for flag in r.raisable])
    return findings


def document_answers(
    results: list[WindowResult], windows_again: Callable[[], Iterable[Window]], glossary: Glossary | None = None
) -> dict[Hashable, Any]:
    """The whole document's answer to every question its windows' checks asked, from the parts
    the windows counted in their chunks (and, for the questions on its text, one more read)."""
    from ..api import checker_for
    from ..checks import document_facts as df
    from ..checks.english import is_medical_text

    asked = {key for r in results for key in r.asked}
    mentioned = frozenset().union(*(r.mentioned for r in results))
    known: dict[Hashable, Any] = {}
    on_text = []
    for key in asked:
        if key == df.TERMS:
            known[key] = any(r.terms for r in results)
        elif key == df.MEDICAL:
            known[key] = is_medical_text(sum(r.medical for r in results), sum(r.words for r in results))
        elif isinstance(key, tuple) and key[0] == df.MENTIONED:
            known[key] = key[1] in mentioned
        else:
            on_text.append(key)
    if on_text:
        known.update(_answers_on_text(on_text, sum(r.accents for r in results), windows_again,
                                      checker_for(glossary).glossary))
    return known


def _answers_on_text(keys: list[Hashable], accents: int, windows_again: Callable[[], Iterable[Window]],
                     glossary: Glossary) -> dict[Hashable, Any]:
    """The document's answers to ``keys``, each decided by the occurrences that start in a
    chunk (one read of the document's windows, stopped as soon as every answer is known)."""
    from ..checks import document_facts as df
    from ..checks.accents import _STRIPPED_MIN, accented_words
    from ..checks.broken_words import about_health
    from ..checks.english import _established, _shorthands

    answers: dict[Hashable, Any] = {key: False for key in keys}
    accented = 0
    need_accents = df.STRIPPED in answers and accents >= _STRIPPED_MIN
    open_keys = {key for key in keys if key != df.STRIPPED}
    _table, shorthand = _shorthands(glossary)
    for window in windows_again():
        if not open_keys and not (need_accents and accented < accents):
            break
        text = window.text
        lo, hi = window.chunk
        for key in list(open_keys):
            if key == df.SHORTHAND:
                found = shorthand is not None and (m := shorthand.search(text, lo)) is not None and m.start() < hi
            elif key == df.HEALTH:
                found = about_health(text[lo:hi])  # (its stems hold no space: a chunk ends at one)
            elif isinstance(key, tuple) and key[0] == df.ESTABLISHED:
                found = _established(glossary, key[1], key[2], text, lo, hi)
            else:
                raise ValueError(f"unknown document fact {key!r}")
            if found:
                answers[key] = True
                open_keys.discard(key)
        if need_accents and accented < accents:
            accented += accented_words(text[lo:hi], accents - accented)
    if df.STRIPPED in answers:
        answers[df.STRIPPED] = need_accents and accented < accents
    return answers


def _globalise(finding: Finding, window: Window, index: LineIndex) -> Finding:
    def position(local: int) -> tuple[int, int]:
        line, column = index.position(local)
        if line == 1:
            column = window.base + local - window.line_start + 1
        return window.base_line + line, column

    text = window.text
    finding.found = text[finding.offset : finding.end]
    finding.line, finding.column = position(finding.offset)
    finding.end_line, finding.end_column = position(finding.end)
    fix = finding.fix
    if fix is not None:
        finding.corrected = corrected_span(text, fix.edits)
        if finding.corrected is not None:
            finding.corrected = replace(finding.corrected, offset=finding.corrected.offset + window.base)
        edits = tuple(replace(e, offset=e.offset + window.base) for e in fix.edits)
        finding.fix = replace(fix, edits=edits) if isinstance(fix, Fix) else fix
    finding.offset += window.base
    return finding


def decoded_pieces(path: str, encoding: str, skip: int = 0) -> Iterator[str]:
    """The text of ``path`` decoded incrementally (``skip`` bytes of byte-order mark first)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    with open(path, "rb") as handle:
        handle.seek(skip)
        while True:
            data = handle.read(_READ_BYTES)
            if not data:
                tail = decoder.decode(b"", final=True)
                if tail:
                    yield tail
                return
            text = decoder.decode(data)
            if text:
                yield text


def apostrophe_of(pieces: Iterable[str]) -> str:
    """The apostrophe a whole text uses most (see :func:`medgloss.french.inflect.apostrophe_style`)."""
    straight = curly = 0
    for piece in pieces:
        straight += piece.count("'")
        curly += piece.count("\u2019")
    return "'" if straight > curly else "\u2019"


def check_pieces(
    pieces_factory: Callable[[], Iterable[str]],
    path: str,
    glossary: Glossary | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    size: int | None = None,
) -> list[Finding]:
    """Findings of a text read through ``pieces_factory()`` (a style pass, a check pass, and
    the reads :func:`finish` asks for)."""
    from ..api import checker_for

    overlap = overlap_for(checker_for(glossary).glossary)
    apostrophe = apostrophe_of(pieces_factory())

    def again() -> Iterator[Window]:
        return windows(pieces_factory(), path, apostrophe, overlap, size)

    results = []
    known: dict[Hashable, Any] = {}
    for window in again():
        results.append(check_window(window, glossary, select, ignore, dict(known)))
        learn(known, results[-1])
    return finish(results, again, glossary, select, ignore)


def check_chunked_text(
    text: str,
    *,
    glossary: Glossary | None = None,
    path: str = "<string>",
    size: int | None = None,
    piece: int = 4096,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
) -> list[Finding]:
    """Findings of ``text`` checked in chunks of ``size`` (same as checking it whole)."""
    def pieces() -> Iterator[str]:
        return (text[i : i + piece] for i in range(0, len(text), piece))

    return check_pieces(pieces, path, glossary, select, ignore, size=size)


@dataclass(frozen=True)
class StreamedFile:
    """A large plain-text file read in windows, as many times as :func:`finish` needs."""

    path: str  # where to read it
    name: str  # the name findings carry
    encoding: str
    skip: int  # bytes of byte-order mark
    apostrophe: str
    overlap: int

    def pieces(self) -> Iterator[str]:
        """The file's text, decoded piece by piece."""
        try:
            yield from decoded_pieces(self.path, self.encoding, self.skip)
        except UnicodeDecodeError as exc:
            from ..errors import DocumentError

            raise DocumentError(
                f"not valid {self.encoding}; convert the file to UTF-8 or give its encoding with --encoding", self.name
            ) from exc

    def windows(self) -> Iterator[Window]:
        """The file's windows, in order."""
        return windows(self.pieces(), self.name, self.apostrophe, self.overlap)

    def text(self) -> str:
        """The whole text (for the report's snippets, once the check is over)."""
        with open(self.path, "rb") as handle:
            handle.seek(self.skip)
            data = handle.read()
        try:
            return data.decode(self.encoding)  # (one decode: no list of pieces beside their join)
        except UnicodeDecodeError as exc:
            from ..errors import DocumentError

            raise DocumentError(f"not valid {self.encoding}", self.name) from exc


def open_streamed(
    path: str, name: str, encoding: str | None = None, glossary: Glossary | None = None
) -> StreamedFile | None:
    """``path`` to read in windows if it is a large plain-text file to stream, else ``None``.

    Small files, files of other formats (whose readers need the whole text) and binary files
    are left to :func:`medgloss.documents.load_document`.
    """
    import os

    from ..api import checker_for
    from ..documents.io import detect_bom, looks_binary
    from ..documents.registry import reader_for
    from ..documents.text import read_text

    if reader_for(name) is not read_text:
        return None
    try:
        if os.path.getsize(path) <= STREAM_BYTES:
            return None
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except OSError:
        return None  # load_document reports it
    if looks_binary(head):
        return None
    bom_length, bom_encoding = detect_bom(head)
    encoding = bom_encoding or encoding or "utf-8"
    try:
        codecs.lookup(encoding)
    except LookupError as exc:
        from ..errors import DocumentError

        raise DocumentError(f"unknown encoding {encoding!r}", name) from exc
    overlap = overlap_for(checker_for(glossary).glossary)
    streamed = StreamedFile(path, name, encoding, bom_length, "\u2019", overlap)
    return replace(streamed, apostrophe=apostrophe_of(streamed.pieces()))
