"""English → French word pairs of FreeDict's eng-fra dictionary, read where Debian installs it.

``dict-freedict-eng-fra`` (GPL) installs a dictd database; its body is gzip-compatible
(dictzip), one headword line ``word /pronunciation/`` followed by lines of translations,
numbered when there are several senses.  Only the pairs are returned, for the calque
generator to derive forms at glossary-compile time; nothing of FreeDict is stored in the
repository.  Without the package the pairs are empty and calques come from the glossary alone.

It knows words only: never the glossary or the checks.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

DICT_PATH = Path("/usr/share/dictd/freedict-eng-fra.dict.dz")

_HEADWORD = re.compile(r"^(\S[^/]*?) /[^/]*/$")
_SENSE = re.compile(r"^\d+\.\s*")


def read_pairs(path: Path) -> dict[str, tuple[str, ...]]:
    """English headword (lower case) → its French translations, in the dictionary's order."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        lines = handle.read().replace("\u2010", "-").split("\n")
    pairs: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        match = _HEADWORD.match(line)
        if match:
            current = pairs.setdefault(match.group(1).strip().lower(), [])
            continue
        if current is None or not line.strip() or line.startswith(" "):
            continue
        for translation in _SENSE.sub("", line).split(","):
            translation = translation.strip()
            if translation and translation not in current:
                current.append(translation)
    return {word: tuple(values) for word, values in pairs.items() if values and not word.startswith("00")}


@lru_cache(maxsize=1)
def english_french(path: Path = DICT_PATH) -> dict[str, tuple[str, ...]]:
    """FreeDict's pairs if the Debian package is installed, else an empty mapping."""
    try:
        return read_pairs(path)
    except (OSError, EOFError, UnicodeDecodeError):
        return {}
