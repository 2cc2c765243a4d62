"""Reading documents faithfully and writing them back atomically.

Text is decoded without newline translation, so ``\\r\\n`` stays two characters and offsets
match the bytes on disk.  A byte-order mark is dropped from the text and restored on write.
Writes go to a temporary file in the same folder, are flushed to disk, then renamed over the
original: a crash leaves the old file or the new one, never half of each.
"""

from __future__ import annotations

import codecs
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import DocumentError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and how to encode it back."""

    text: str
    encoding: str
    bom: bool


def looks_binary(data: bytes) -> bool:
    """True for content with NUL bytes that is not UTF-16/32 text."""
    sample = data[:8192]
    return b"\x00" in sample and not any(sample.startswith(bom) for bom, _ in _BOMS)


def detect_bom(data: bytes) -> tuple[int, str | None]:
    """Length and encoding of the byte-order mark ``data`` starts with (``0, None`` if none)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return len(bom), name
    return 0, None


def decode(data: bytes, path: str, encoding: str | None = None) -> Decoded:
    """Decode ``data``: by BOM, else ``encoding``, else UTF-8; a clear error otherwise."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(name), name, True)
            except UnicodeDecodeError as exc:
                raise _decode_error(data, exc, path, name) from exc
    name = encoding or "utf-8"
    try:
        return Decoded(data.decode(name), name, False)
    except UnicodeDecodeError as exc:
        raise _decode_error(data, exc, path, name) from exc
    except LookupError as exc:
        raise DocumentError(f"unknown encoding {name!r}", path) from exc


def _decode_error(data: bytes, exc: UnicodeDecodeError, path: str, name: str) -> DocumentError:
    line = data[: exc.start].count(b"\n") + 1
    return DocumentError(
        f"not valid {name} (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
        "convert the file to UTF-8 or give its encoding with --encoding",
        path,
        line,
    )


def read_bytes(path: str) -> bytes:
    """Bytes of ``path`` (``-`` is standard input); one-line errors."""
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except IsADirectoryError as exc:
        raise DocumentError("is a directory", path) from exc
    except FileNotFoundError as exc:
        raise DocumentError("no such file", path) from exc
    except PermissionError as exc:
        raise DocumentError("permission denied", path) from exc
    except OSError as exc:
        raise DocumentError(f"cannot read: {exc.strerror or exc}", path) from exc


def encode(text: str, encoding: str, bom: bool, path: str | None = None) -> bytes:
    """Bytes for ``text`` in the document's original encoding and BOM.

    A fix is never written in another encoding: if the fixed text has a character the
    file's encoding lacks (’ in a Latin-1 file), this is a :class:`DocumentError` and the
    file is left as it was.
    """
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start : exc.end]
        line = text.count("\n", 0, exc.start) + 1
        raise DocumentError(
            f"the fixed text needs {bad!r}, which {encoding} cannot encode; file left unchanged", path, line
        ) from exc
    if bom:
        prefix = next(b for b, name in _BOMS if name == encoding)
        data = prefix + data
    return data


def write_atomic(path: str, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically, keeping its permission bits."""
    target = Path(path)
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        mode = None
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".medgloss-tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dir_fd = os.open(target.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def write_file(path: str | Path, data: bytes) -> None:
    """:func:`write_atomic`, with a failure (missing folder, permissions, full disk) turned
    into one clear :class:`DocumentError` naming the file."""
    try:
        write_atomic(str(path), data)
    except OSError as exc:
        raise DocumentError(f"cannot write: {exc.strerror or exc}", str(path)) from exc
