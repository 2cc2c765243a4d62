"""The PO reader parses once: po_syntax alone rejects what polib (the former second parse) rejects.

Obsolete entries (``#~``) are the one difference: medgloss keeps them byte for byte and
never reads them, so an orphan obsolete ``msgstr`` that polib refuses is left alone.
"""

from __future__ import annotations

import polib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medgloss.documents.po import read_po
from medgloss.errors import DocumentError

LINES = [
    'msgid "a"', 'msgstr "b"', 'msgid ""', 'msgstr ""', '"x"', '"y\\n"', 'msgctxt "c"', 'msgid_plural "as"',
    'msgstr[0] "s"', 'msgstr[1] "p"', "#, fuzzy", "# c", "", '#| msgid "old"', 'msgstr "b', 'msgid "a\\q"',
    "nonsense", 'msgstr[x] "s"', '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"', "#: f.c:1", 'msgid  "sp"',
    '\t"tab"', 'msgstr "é"', 'msgid "a" "b"',
]


def _accepted_by_polib(text: str) -> bool:
    try:
        polib.pofile(text, encoding="utf-8")
    except (OSError, ValueError, UnicodeError):
        return False
    return True


def _accepted_by_medgloss(text: str) -> bool:
    try:
        read_po("x.po", text)
    except DocumentError:
        return False
    return True


@settings(max_examples=1500, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=12))
def test_what_polib_rejects_medgloss_rejects(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    if not _accepted_by_polib(text):
        assert not _accepted_by_medgloss(text), text


def test_both_accept_a_sound_catalog_and_reject_stray_text() -> None:
    sound = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a"\nmsgstr "b"\n'
    assert _accepted_by_polib(sound) and _accepted_by_medgloss(sound)
    broken = 'msgid "a"\nmsgstr "b"\nnonsense\n'
    assert not _accepted_by_polib(broken) and not _accepted_by_medgloss(broken)
