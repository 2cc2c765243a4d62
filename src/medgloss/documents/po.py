"""gettext PO/POT catalogs: the translations (``msgstr``) are checked, nothing else.

The view shows the *content* of msgstr literals only.  PO syntax inside a translation is
masked so that the text reads as the translator wrote it: an escape keeps the character it
stands for in its first position (``\\"`` → ``"`` + NUL, ``\\n`` → newline + space), and the
quotes and line break between two continuation strings are invisible (NUL) — so that
``"greffe de "`` / ``"moelle osseuse"`` still reads « greffe de moelle osseuse ».
Everything else (msgid, comments, obsolete entries, the header) is masked with newlines, so
two translations can never run into one sentence.

``--fix`` replaces characters inside msgstr literals only (escaped for PO), then marks the
entries it changed ``#, fuzzy`` so that a translator reviews them (gettext's convention).
The file is parsed once, by :mod:`.po_syntax` (which rejects every non-obsolete entry polib
rejects: tested); a second parse by polib cost as much again on a large catalog.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from ..errors import DocumentError
from ..findings.model import Finding
from .edits import PositionSet, confine
from .model import Document, Suppression, Unit
from .plurals import header_plural_forms
from .po_syntax import Entry, Field, Literal, scan_po

IGNORE_FLAG = "medgloss-ignore"
_EOL = re.compile(r"\r\n|\r|\n")


@dataclass
class PODocument(Document):
    """A PO catalog: units are translations, fixes are escaped and mark entries fuzzy."""

    entries: list[Entry] = field(default_factory=list)
    unit_entries: list[int] = field(default_factory=list)  # entry index of each unit
    mark_fuzzy: bool = True  # issue 9: fixed entries go back to review unless told otherwise
    frozen: list[tuple[int, int]] = field(default_factory=list)  # escape sequences in msgstrs
    seams: list[tuple[int, int]] = field(default_factory=list)  # between continuation strings

    def escape(self, replacement: str) -> str:
        """``replacement`` written as the content of a PO string literal."""
        return (
            replacement.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        )

    def review(self, findings: list[Finding]) -> list[Finding]:
        """Drop suppressed findings; keep every fix inside one msgstr, escapes whole.

        A fix that would span two continuation strings is narrowed to what changes, so the
        wrapping stays as it was; one that would still cut an escape sequence is withdrawn.
        """
        kept = super().review(findings)
        confine(kept, self.units, text=self.text, view=self.view, seams=PositionSet(self.seams),
                atoms=PositionSet(self.frozen), seams_replaceable=True)
        return kept

    def after_fix(self, fixed_text: str, fixed: list[Any]) -> str:
        """Mark every entry changed by a fix ``#, fuzzy`` (unless ``mark_fuzzy`` is off)."""
        if not self.mark_fuzzy or not fixed:
            return fixed_text
        edits = sorted(
            (e.offset, len(self.escape(e.text)) - e.length) for f in fixed for e in f.fix.edits
        )
        starts = [u.start for u in self.units]
        targets = set()
        for finding in fixed:
            i = bisect_right(starts, finding.offset) - 1
            if i >= 0:
                targets.add(self.unit_entries[i])
        inserts = []
        for index in targets:
            insert = _fuzzy_insert(self.text, self.entries[index])
            if insert is not None:
                inserts.append(insert)
        # Positions before the entry's msgstr move by the edits made earlier in the file.
        pieces = []
        last = 0
        for position, addition in sorted(inserts):
            shift = sum(delta for offset, delta in edits if offset < position)
            pieces.append(fixed_text[last : position + shift])
            pieces.append(addition)
            last = position + shift
        pieces.append(fixed_text[last:])
        return "".join(pieces)


def _fuzzy_insert(text: str, entry: Entry) -> tuple[int, str] | None:
    """Where and what to insert so that ``entry`` carries the fuzzy flag."""
    if "fuzzy" in entry.flags:
        return None
    if entry.flags_line is not None:
        start, end = entry.flags_line
        # "#, c-format" → "#, fuzzy, c-format", as msgmerge writes it.
        position = start + 2
        while position < end and text[position] in " \t":
            position += 1
        return position, "fuzzy, " if text[start + 2 : position] else " fuzzy,"
    position = entry.insert_at if entry.insert_at is not None else entry.start
    eol = _EOL.search(text, position)
    return position, "#, fuzzy" + (eol.group() if eol else "\n")


fuzzy_insert = _fuzzy_insert  # for catalog tools that add the flag to entries they fill


def _view_of_literals(text: str, literals: list[Literal]) -> str:
    """The view of one msgstr, from the first literal's content to the last one's end."""
    pieces: list[str] = []
    previous_end = None
    for literal in literals:
        if previous_end is not None:
            before = pieces[-1][-1:] if pieces else ""
            after = text[literal.start] if literal.start < literal.end else ""
            # The seam between two strings: invisible, unless a blank is already there.
            blank = before.isspace() or after.isspace() or (after == "\\" and text[literal.start + 1] in "nt")
            pieces.append((" " if blank else "\x00") * (literal.start - previous_end))
        last = literal.start
        for esc in literal.escapes:
            pieces.append(text[last : esc.start])
            width = esc.end - esc.start
            value = esc.value
            if value == "\n":
                pieces.append("\n" + " " * (width - 1))
            elif value.isprintable() and not value.isspace():
                pieces.append(value + "\x00" * (width - 1))
            else:
                pieces.append(" " * width)
            last = esc.end
        pieces.append(text[last : literal.end])
        previous_end = literal.end
    return "".join(pieces)


def _singular_slot(entries: list[Entry]) -> int:
    """The ``msgstr[n]`` that translates ``msgid`` (the others translate ``msgid_plural``).

    Slot 0 for every French header (GNU's two forms, CLDR's three) and for a template's
    ``nplurals=INTEGER`` placeholder; read from the header for any other language's rule.
    """
    header = next((e for e in entries if e.is_header and not e.obsolete), None)
    try:
        forms = header_plural_forms(header.value("msgstr") or "") if header else None
    except ValueError:
        return 0  # msgfmt reports a broken header; the translations can still be checked
    return forms.singular_slot if forms else 0


def read_po(path: str, text: str) -> PODocument:
    """A PO/POT catalog whose translations are the checkable view."""
    # The parse makes some ten objects per entry and no reference cycle: the collector's
    # passes over them (and over all that was alive before) were a third of a large
    # catalog's parse (48,000 entries: 0.54 s of the scan alone without them, 0.84 s with).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _read_po(path, text)
    finally:
        if enabled:
            gc.enable()


def _read_po(path: str, text: str) -> PODocument:
    entries = scan_po(text, path)
    singular_slot = _singular_slot(entries)
    view: list[str] = []  # masked gaps and msgstr views, in file order
    viewed = 0
    units: list[Unit] = []
    unit_entries: list[int] = []
    suppressions: list[Suppression] = []
    frozen: list[tuple[int, int]] = []
    seams: list[tuple[int, int]] = []
    for index, entry in enumerate(entries):
        if entry.obsolete or entry.ignore == frozenset() or IGNORE_FLAG in entry.flags:
            continue
        # The entry's fields in one pass (Entry.value looks each up from the first).
        msgid = plural = msgctxt = None
        msgstrs: list[Field] = []
        for item in entry.fields:
            keyword = item.keyword
            if keyword == "msgstr":
                msgstrs.append(item)
            elif keyword == "msgid":
                msgid = msgid if msgid is not None else item.value
            elif keyword == "msgctxt":
                msgctxt = msgctxt if msgctxt is not None else item.value
            elif plural is None:
                plural = item.value
        if msgid == "" and msgctxt is None:
            continue  # the header
        msgid = msgid or ""
        context: list[tuple[str, str]] = []
        if msgctxt is not None:
            context.append(("msgctxt", msgctxt))
        context.append(("msgid", msgid))
        if plural is not None:
            context.append(("msgid_plural", plural))
        fuzzy = "fuzzy" in entry.flags
        for msgstr in msgstrs:
            if not msgstr.value:
                continue
            literals = msgstr.literals
            first = literals[0]
            start, end = first.start, literals[-1].end
            view.append("\n" * (start - viewed))
            if len(literals) == 1 and not first.escapes:
                view.append(text[start:end])  # what _view_of_literals gives a plain literal
            else:
                view.append(_view_of_literals(text, literals))
                frozen.extend((e.start, e.end) for lit in literals for e in lit.escapes)
                seams.extend((a.end, b.start) for a, b in zip(literals, literals[1:]))
            viewed = end
            source = msgid
            if msgstr.index is None:
                unit_context = tuple(context)
            else:
                unit_context = (*context, ("plural_form", str(msgstr.index)))
                source = msgid if msgstr.index == singular_slot or plural is None else plural
            units.append(Unit(start, end, source, unit_context, msgstr.line, fuzzy))
            unit_entries.append(index)
            if entry.ignore:
                suppressions.append(Suppression(start, end, entry.ignore))
    return PODocument(
        path=path,
        text=text,
        view="".join(view) + "\n" * (len(text) - viewed),
        format="po",
        units=units,
        suppressions=suppressions,
        entries=entries,
        unit_entries=unit_entries,
        frozen=frozen,
        seams=seams,
    )


__all__ = ["IGNORE_FLAG", "PODocument", "fuzzy_insert", "read_po"]
