"""The syntax of gettext PO files, scanned with exact character positions.

polib parses a catalog into entries but forgets where each string sits in the file, and
medgloss must report and fix at the exact character.  This scanner walks the file line by
line (``\\n``, ``\\r\\n`` or ``\\r``, as :class:`~medgloss.text.positions.LineIndex` counts them),
groups lines into entries the way GNU gettext does, and records for every string literal the
span of its *content* (between the quotes) and its decoded value.  It is deliberately strict:
a malformed line stops it with the line number, as ``msgfmt`` would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import DocumentError

_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n)?")  # group 1: the line without its end
_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?(?=[ \t\"])")
# Most lines of a catalog, at the start of their line: a keyword with one literal, or a
# continuation literal, with no escape.  They take a shorter way through the scanner (a
# 48,000-entry catalog has 210,000 lines); any other line is read in full by ``line``.
_PLAIN_KEYWORD = re.compile(r'(msgctxt|msgid|msgstr)[ \t]*"([^"\\]*)"[ \t]*\Z')
_PLAIN_STRING = re.compile(r'"([^"\\]*)"[ \t]*\Z')
# A whole entry in its commonest form, read in one match: ``msgctxt`` (optional), ``msgid`` and
# ``msgstr``, each a keyword, one space and a literal without escapes, maybe continued by such
# literals, every line ended by ``\n``; and no continuation after it, even past blank lines (it
# would extend the msgstr).  Three lines in four of a large catalog are such entries' lines, and
# one match for all of them, instead of one per line and a call per field, halves the scan.
# Anything else (comments, plurals, escapes, blanks, ``\r``) is read line by line as before, and
# the entries are the same objects either way (tests/test_catalog_speed.py).
_PLAIN_CONTINUATION = r'(?:"[^"\\\r\n]*"\n)*'
_PLAIN_ENTRY = re.compile(
    rf'(?:msgctxt "([^"\\\r\n]*)"\n({_PLAIN_CONTINUATION}))?'
    rf'msgid "([^"\\\r\n]*)"\n({_PLAIN_CONTINUATION})'
    rf'msgstr "([^"\\\r\n]*)"\n({_PLAIN_CONTINUATION})'
    r'(?![ \t\r\n]*")'
)
# GNU gettext's escapes: one character, up to three octal digits, or \x with hex digits.
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
                   "\\": "\\", '"': '"', "?": "?", "'": "'"}
_OCTAL = re.compile(r"[0-7]{1,3}")
_HEX = re.compile(r"x[0-9A-Fa-f]+")
_DIRECTIVE = re.compile(r"medgloss\s*:\s*(?:ignore|noqa)\b(?:\s*\[([^\]]*)\])?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Escape:
    """An escape sequence inside a literal: ``[start, end)`` in the file and what it means."""

    start: int
    end: int
    value: str


@dataclass(slots=True)
class Literal:
    """A string literal: ``[start, end)`` is its content, between the quotes."""

    start: int
    end: int
    line: int
    escapes: list[Escape] = field(default_factory=list)


@dataclass(slots=True)
class Field:
    """``msgctxt``, ``msgid``, ``msgid_plural`` or ``msgstr`` (``index`` for ``msgstr[n]``)."""

    keyword: str
    index: int | None
    line: int
    literals: list[Literal] = field(default_factory=list)
    value: str = ""


@dataclass(slots=True)
class Entry:
    """One catalog entry and the positions medgloss needs to check and fix it."""

    start: int  # offset of its first line (comments included)
    line: int = 0  # line of its msgid
    obsolete: bool = False
    flags: list[str] = field(default_factory=list)
    flags_line: tuple[int, int] | None = None  # span of the "#, ..." line, end of line excluded
    insert_at: int | None = None  # where a new "#, fuzzy" line goes: first #| / msgctxt / msgid line
    ignore: frozenset[str] | None = None  # codes of "# medgloss: ignore[...]"; empty = all
    fields: list[Field] = field(default_factory=list)

    def value(self, keyword: str) -> str | None:
        """Decoded value of a field, ``None`` when absent."""
        for item in self.fields:
            if item.keyword == keyword:
                return item.value
        return None

    @property
    def msgstrs(self) -> list[Field]:
        """The ``msgstr`` fields (one, or one per plural form)."""
        return [f for f in self.fields if f.keyword == "msgstr"]

    @property
    def is_header(self) -> bool:
        """True for the header entry (empty msgid, no context)."""
        return self.value("msgid") == "" and self.value("msgctxt") is None


def scan_po(text: str, path: str, *, whole_entries: bool = True) -> list[Entry]:
    """Entries of a PO file with literal spans; :class:`DocumentError` on malformed syntax.

    ``whole_entries=False`` reads every line by itself, the reference the faster reading of
    plain entries is tested against: both give equal entries, or the same error."""
    return _Scanner(text, path, whole_entries).run()


class _Scanner:
    def __init__(self, text: str, path: str, whole_entries: bool = True) -> None:
        self.text = text
        self.path = path
        self.whole_entries = whole_entries  # off: every line read by itself (the reference reading)
        self.entries: list[Entry] = []
        self.entry: Entry | None = None
        self.current: Field | None = None  # the field continuation lines extend
        # What the current entry has so far (its fields, counted as they come in).
        self.msgstr_count = 0
        self.has_msgid = self.plural = False
        self.decoded = False  # the current entry's values are decoded (a plain entry's are)
        self.continued = 0  # continuation lines of the last plain field read

    def error(self, message: str, line: int) -> DocumentError:
        return DocumentError(f"malformed PO: {message}", self.path, line)

    def run(self) -> list[Entry]:
        text = self.text
        number = 0
        plain_keyword, plain_string, next_line = _PLAIN_KEYWORD.match, _PLAIN_STRING.match, _LINE.match
        plain_entry = _PLAIN_ENTRY.match if self.whole_entries else None
        position = 0
        while True:
            # A whole plain entry where its msgctxt or msgid line would open one (the line
            # by line reading would make the same objects from it).
            if plain_entry is not None and text.startswith("m", position) and (
                    self.entry is None or self.msgstr_count or self.entry.obsolete or not self.entry.fields):
                whole = plain_entry(text, position)
                if whole is not None:
                    number = self.plain_entry(whole, number)
                    position = whole.end()
                    continue
            match = next_line(text, position)
            assert match is not None  # (the pattern matches the empty string at the end)
            start, position = match.span()
            if start == position:
                break
            number += 1
            end = match.end(1)
            if start == end:
                continue  # a blank line
            char = text[start]
            if char == "m" and (plain := plain_keyword(text, start, end)) is not None:
                self.field(start, plain.group(1), None, number, plain.end(1), Literal(plain.start(2), plain.end(2), number))
            elif char == '"' and (plain := plain_string(text, start, end)) is not None:
                if self.current is None:
                    raise self.error("string continuation without a keyword", number)
                self.current.literals.append(Literal(start + 1, plain.end(1), number))
            else:
                self.line(start, end, number)
        self.close()
        return self.entries

    def plain_entry(self, whole: re.Match[str], number: int) -> int:
        """Read the entry ``whole`` (a match of :data:`_PLAIN_ENTRY`) whose first line is line
        ``number + 1``, as :meth:`field` and the continuation lines would; the number of its
        last line.  Nothing read after it can add to it (the match saw no continuation), so its
        values are decoded here, and :meth:`check_complete` leaves it alone."""
        start = whole.start()
        entry = self.entry
        if entry is None or self.msgstr_count or entry.obsolete:
            self.close()
            entry = self.new_entry(start)
        if entry.insert_at is None:
            entry.insert_at = start
        _all, ctxt, ctxt_more, msgid, msgid_more, msgstr, msgstr_more = whole.regs
        fields = entry.fields
        if ctxt[0] >= 0:
            number += 1
            fields.append(self.plain_field("msgctxt", ctxt, ctxt_more, number))
            number += self.continued
        number += 1
        entry.line = number
        fields.append(self.plain_field("msgid", msgid, msgid_more, number))
        number += self.continued + 1
        item = self.plain_field("msgstr", msgstr, msgstr_more, number)
        fields.append(item)
        number += self.continued
        self.has_msgid = True
        self.msgstr_count = 1
        self.current = item
        self.decoded = True
        return number

    def plain_field(self, keyword: str, content: tuple[int, int], more: tuple[int, int], number: int) -> Field:
        """The field of a plain entry whose literal is ``content``, on line ``number``, with the
        continuation lines ``more`` (a span, maybe empty); ``continued`` is left their count."""
        text = self.text
        start, end = content
        line, last = more
        if line == last:
            self.continued = 0
            return Field(keyword, None, number, [Literal(start, end, number)], text[start:end])
        literals = [Literal(start, end, number)]
        while line < last:  # '"…"\n' each
            close = text.index("\n", line) - 1
            literals.append(Literal(line + 1, close, number + len(literals)))
            line = close + 2
        self.continued = len(literals) - 1
        return Field(keyword, None, number, literals, "".join([text[lit.start : lit.end] for lit in literals]))

    def line(self, start: int, end: int, number: int) -> None:
        text = self.text
        pos = start
        while pos < end and text[pos] in " \t":
            pos += 1
        if pos == end:
            return  # blank lines may even separate continuation strings, as for GNU gettext
        char = text[pos]
        if char == "#":
            self.comment(start, pos, end, number)
        elif char == '"':
            if self.current is None:
                raise self.error("string continuation without a keyword", number)
            self.current.literals.append(self.literal(pos, end, number))
        else:
            self.keyword(start, pos, end, number)

    def open_entry(self, start: int) -> Entry:
        """The entry a comment or msgid line at ``start`` belongs to.

        A complete entry (it has its msgstr) or an obsolete one ends where the next begins.
        """
        entry = self.entry
        if entry is None or self.msgstr_count or entry.obsolete:
            self.close()
            entry = self.new_entry(start)
        return entry

    def new_entry(self, start: int) -> Entry:
        entry = self.entry = Entry(start=start)
        self.decoded = False
        self.msgstr_count = 0
        self.has_msgid = self.plural = False
        return entry

    def close(self) -> None:
        if self.entry is not None:
            if not self.decoded:
                self.check_complete(self.entry)
            self.entries.append(self.entry)
        self.entry = None

    def check_complete(self, entry: Entry) -> None:
        if entry.obsolete:
            return
        if entry.fields and not self.msgstr_count:
            raise self.error("msgid without msgstr", entry.line)
        text = self.text
        for item in entry.fields:
            literals = item.literals
            if len(literals) == 1 and not literals[0].escapes:
                item.value = text[literals[0].start : literals[0].end]
            else:
                item.value = "".join(self.decode(lit) for lit in literals)

    def comment(self, start: int, pos: int, end: int, number: int) -> None:
        text = self.text
        self.current = None
        if text.startswith("#~", pos):
            # An obsolete entry: kept byte for byte, never checked.  It opens a new entry
            # unless the comments just before it belong to it.
            entry = self.entry
            if entry is None or entry.fields:
                self.close()
                entry = self.new_entry(start)
            entry.obsolete = True
            return
        entry = self.entry
        if entry is not None and entry.fields and not self.msgstr_count and not entry.obsolete:
            raise self.error("comment inside an entry, before its msgstr", number)
        entry = self.open_entry(start)
        if text.startswith("#,", pos):
            entry.flags.extend(f.strip() for f in text[pos + 2 : end].split(",") if f.strip())
            if entry.flags_line is None:
                entry.flags_line = (pos, end)
        elif text.startswith("#|", pos):
            if entry.insert_at is None:
                entry.insert_at = start
        elif not text.startswith(("#.", "#:"), pos):
            directive = _DIRECTIVE.search(text, pos + 1, end)
            if directive is not None:
                codes = frozenset(c.strip() for c in (directive.group(1) or "").split(",") if c.strip())
                # An empty set means every code; two directives add up.
                if entry.ignore is None:
                    entry.ignore = codes
                elif entry.ignore and codes:
                    entry.ignore = entry.ignore | codes
                else:
                    entry.ignore = frozenset()

    def keyword(self, start: int, pos: int, end: int, number: int) -> None:
        match = _KEYWORD.match(self.text, pos, end)
        if match is None:
            raise self.error(f"unexpected text {self.text[pos:min(end, pos + 20)]!r}", number)
        self.field(start, match.group(1), match.group(2), number, match.end(), None, end)

    def field(self, start: int, keyword: str, index: str | None, number: int, after: int,
              literal: Literal | None, end: int = 0) -> None:
        """The field ``keyword`` (``index`` for ``msgstr[n]``) of the line at ``start``, whose
        keyword ends at ``after``; ``literal`` is its string when already read, else it is
        read from ``after`` to the line's ``end``."""
        entry = self.entry
        if keyword in ("msgctxt", "msgid"):
            entry = self.open_entry(start)
            if entry.fields and not (keyword == "msgid" and entry.fields[-1].keyword == "msgctxt"):
                if entry.line:
                    raise self.error("msgid without msgstr", entry.line)
                raise self.error(f"{keyword} after {entry.fields[-1].keyword}", number)
            if entry.insert_at is None:
                entry.insert_at = start
            if keyword == "msgid":
                entry.line = number
                self.has_msgid = True
        else:
            if entry is None or entry.obsolete or not self.has_msgid:
                raise self.error(f"{keyword} without msgid", number)
            last = entry.fields[-1].keyword
            if keyword == "msgid_plural" and last != "msgid":
                raise self.error("msgid_plural must follow msgid", number)
            plural = self.plural
            if keyword == "msgid_plural":
                self.plural = True
            else:
                if plural and index is None:
                    raise self.error("msgstr of a plural entry needs an index: msgstr[0]", number)
                if not plural and index is not None:
                    raise self.error("msgstr[n] without msgid_plural", number)
                if index is not None and int(index) != self.msgstr_count:
                    raise self.error(f"expected msgstr[{self.msgstr_count}]", number)
                if index is None and self.msgstr_count:
                    raise self.error("second msgstr in one entry", number)
        if literal is None:
            quote = after
            while quote < end and self.text[quote] in " \t":
                quote += 1
            if quote >= end or self.text[quote] != '"':
                raise self.error(f"{keyword} needs a quoted string", number)
            literal = self.literal(quote, end, number)
        item = Field(keyword, int(index) if index is not None else None, number, [literal])
        entry.fields.append(item)
        if keyword == "msgstr":
            self.msgstr_count += 1
        self.current = item

    def literal(self, quote: int, end: int, number: int) -> Literal:
        """Parse the literal opening at ``quote``; nothing but blanks may follow it."""
        text = self.text
        i = quote + 1
        escapes: list[Escape] = []
        while True:
            close = text.find('"', i, end)
            backslash = text.find("\\", i, close if close >= 0 else end)
            if backslash >= 0:
                escapes.append(self.escape(backslash, end, number))
                i = escapes[-1].end
                continue
            if close < 0:
                raise self.error("unterminated string", number)
            break
        rest = text[close + 1 : end]
        if rest.strip(" \t"):
            raise self.error(f"unexpected text after the string: {rest.strip()[:20]!r}", number)
        return Literal(quote + 1, close, number, escapes)

    def escape(self, pos: int, end: int, number: int) -> Escape:
        text = self.text
        if pos + 1 >= end:
            raise self.error("unterminated string", number)
        char = text[pos + 1]
        if char in _SIMPLE_ESCAPES:
            return Escape(pos, pos + 2, _SIMPLE_ESCAPES[char])
        octal = _OCTAL.match(text, pos + 1, end)
        if octal is not None:
            return Escape(pos, octal.end(), chr(int(octal.group(), 8)))
        hexa = _HEX.match(text, pos + 1, end)
        if hexa is not None:
            return Escape(pos, hexa.end(), chr(int(hexa.group()[1:], 16) & 0x10FFFF))
        raise self.error(f"invalid escape sequence '\\{char}'", number)

    def decode(self, literal: Literal) -> str:
        if not literal.escapes:
            return self.text[literal.start : literal.end]
        pieces = []
        last = literal.start
        for esc in literal.escapes:
            pieces.append(self.text[last : esc.start])
            pieces.append(esc.value)
            last = esc.end
        pieces.append(self.text[last : literal.end])
        return "".join(pieces)


__all__ = ["Entry", "Escape", "Field", "Literal", "scan_po"]
