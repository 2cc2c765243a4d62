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
the result stays exact as long as no sentence is longer than the overlap.  Two decisions of
the detectors look at their whole text and so are taken per window here: the medical density
that gates the English and broken-word detectors, and an English acronym glossed as English
anywhere (checks/english.py).  They would need a first pass of their own over the file.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from ..findings.model import Finding, Fix, corrected_span
from ..glossary import Glossary
from ..text.positions import LINE_END, LineIndex
from ..text.sentences import BLANK_LINE as _BLANK_LINE
from ..text.sentences import _REACH  # the farthest a sentence boundary is looked for

CHUNK_CHARS = 1 << 20  # code points per chunk: a few MB of memory per window
STREAM_BYTES = 32 << 20  # plain-text files larger than this are streamed
_READ_BYTES = 1 << 20


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
    pieces: Iterable[str], path: str, apostrophe: str, overlap: int, size: int = CHUNK_CHARS
) -> Iterator[Window]:
    """Cut a text given as successive decoded ``pieces`` into :class:`Window` s."""
    buffer = ""
    tail = ""  # the end of the previous chunk, kept as overlap
    offset = 0  # global offset of buffer[0]
    lines = 0  # line ends before buffer[0]
    line_start = 0  # global start of the line holding buffer[0]
    pending = iter(pieces)
    exhausted = False
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
                     apostrophe, len(following))
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
) -> list[Finding]:
    """Findings that start in the window's chunk, positioned in the whole file."""
    from ..api import checker_for
    from ..checks.selection import selection

    checker = checker_for(glossary)
    chosen = selection(select, ignore, checker.glossary.rules)
    result = checker.check(window.text, window.path, apostrophe=window.apostrophe, selection=chosen)
    stop = len(window.text) - window.ahead
    kept = [f for f in result.findings if window.keep_from <= f.offset < stop]
    findings = kept if chosen is None else [f for f in kept if chosen.keeps(f)]
    index = LineIndex(window.text)
    return [_globalise(finding, window, index) for finding in findings]


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
    size: int = CHUNK_CHARS,
) -> Iterator[Finding]:
    """Findings of a text read twice through ``pieces_factory()`` (style pass, check pass)."""
    from ..api import checker_for

    overlap = overlap_for(checker_for(glossary).glossary)
    apostrophe = apostrophe_of(pieces_factory())
    for window in windows(pieces_factory(), path, apostrophe, overlap, size):
        yield from check_window(window, glossary, select, ignore)


def check_chunked_text(
    text: str,
    *,
    glossary: Glossary | None = None,
    path: str = "<string>",
    size: int = CHUNK_CHARS,
    piece: int = 4096,
) -> list[Finding]:
    """Findings of ``text`` checked in chunks of ``size`` (same as checking it whole)."""
    def pieces() -> Iterator[str]:
        return (text[i : i + piece] for i in range(0, len(text), piece))

    return list(check_pieces(pieces, path, glossary, size=size))


def open_streamed(
    path: str, name: str, encoding: str | None = None, glossary: Glossary | None = None
) -> Iterator[Window] | None:
    """Windows of ``path`` if it is a large plain-text file to stream, else ``None``.

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

    def pieces() -> Iterator[str]:
        try:
            yield from decoded_pieces(path, encoding, bom_length)
        except UnicodeDecodeError as exc:
            from ..errors import DocumentError

            raise DocumentError(
                f"not valid {encoding}; convert the file to UTF-8 or give its encoding with --encoding", name
            ) from exc

    apostrophe = apostrophe_of(pieces())
    return windows(pieces(), name, apostrophe, overlap)

