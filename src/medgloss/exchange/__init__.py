"""Terminology exchange: the glossary's concepts as TBX-Basic or CSV, and back to YAML.

>>> from medgloss.exchange import export_glossary, import_glossary
>>> data = export_glossary(glossary, "tbx")            # bytes      # doctest: +SKIP
>>> yaml_text, imported = import_glossary("mine.tbx")  # str, Glossary  # doctest: +SKIP

Only concepts travel: mistranslation rules (contexts, example sentences) are not terminology
in the TBX or CSV sense and stay in the YAML files.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError
from ..glossary.model import Glossary
from .csv_format import COLUMNS, glossary_csv, read_csv
from .records import DEFAULT_SOURCE
from .tbx import TBX_NAMESPACE, candidates_tbx, glossary_tbx, read_tbx
from .yaml_out import glossary_yaml

FORMATS = ("tbx", "csv")


def export_glossary(glossary: Glossary, fmt: str) -> bytes:
    """The glossary's concepts in ``fmt`` (``tbx`` or ``csv``), as UTF-8 bytes."""
    if fmt == "tbx":
        return glossary_tbx(glossary)
    if fmt == "csv":
        return glossary_csv(glossary).encode("utf-8")
    raise UsageError(f"unknown exchange format {fmt!r} (choose tbx or csv)")


def format_of(path: str) -> str:
    """``tbx`` or ``csv``, from the file name's extension."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UsageError(f"cannot tell the format of {path!r} from its extension: give --format tbx or csv")
    return suffix


def import_glossary(path: str, fmt: str | None = None, *, default_source: str = DEFAULT_SOURCE) -> tuple[str, Glossary]:
    """Read a TBX or CSV file: the YAML text of the glossary file it makes, and that glossary.

    Problems are :class:`~medgloss.errors.MedglossError` naming ``path`` and its line; the
    glossary has been checked exactly as the loader checks a YAML file.
    """
    fmt = fmt or format_of(path)
    reader = read_tbx if fmt == "tbx" else read_csv
    data, glossary = reader(path, default_source=default_source)
    header = (f"Imported by medgloss from {Path(path).name} ({'TBX-Basic' if fmt == 'tbx' else 'CSV'}): "
              f"{len(glossary.concepts)} concepts.\nMistranslation rules are not part of TBX/CSV exchange; "
              "they live in YAML files of their own.")
    return glossary_yaml(data, header), glossary


__all__ = [
    "COLUMNS",
    "FORMATS",
    "TBX_NAMESPACE",
    "candidates_tbx",
    "export_glossary",
    "format_of",
    "glossary_csv",
    "glossary_tbx",
    "import_glossary",
]
