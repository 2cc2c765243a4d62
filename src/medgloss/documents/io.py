"""Reading documents faithfully and writing them back safely.

Text is decoded without newline translation, so ``\\r\\n`` stays two characters and offsets
match the bytes on disk.  A byte-order mark is dropped from the text and restored on write.
Writes go to a temporary file in the same folder, are flushed to disk, then renamed over the
original: a crash leaves the old file or the new one, never half of each.  Only regular files
are read or written (never a FIFO, device or socket), reads are bounded, links are kept, and a
rewrite of a file that changed since it was read is refused (see :func:`write_atomic`).
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
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
                raise _decode_error(data, exc, path, name, len(bom)) from exc
    name = encoding or "utf-8"
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        raise _decode_error(data, exc, path, name) from exc
    except LookupError as exc:
        raise DocumentError(f"unknown encoding {name!r}", path) from exc
    except (TypeError, ValueError) as exc:  # a codec that is not a text encoding (rot13, zlib)
        raise DocumentError(f"{name!r} is not a text encoding", path) from exc
    if not isinstance(text, str):
        raise DocumentError(f"{name!r} is not a text encoding", path)
    if codecs.lookup(name).name not in _NO_SURROGATES:
        _refuse_surrogates(text, path, name)
    return Decoded(text, name, False)


# Strict decoders of these never produce a lone surrogate; others (utf-7, unicode-escape) can.
_NO_SURROGATES = frozenset({"utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
                            "iso8859-1", "cp1252", "ascii"})
_SURROGATE = re.compile("[\ud800-\udfff]")


def _refuse_surrogates(text: str, path: str, name: str) -> None:
    """A lone surrogate is no character: it cannot be written back or reported."""
    found = _SURROGATE.search(text)
    if found is not None:
        line = text.count("\n", 0, found.start()) + 1
        raise DocumentError(f"decoding as {name} gives an invalid character (a lone surrogate); "
                            "is this the file's encoding?", path, line)


def _decode_error(data: bytes, exc: UnicodeDecodeError, path: str, name: str, shift: int = 0) -> DocumentError:
    # ``shift``: the byte-order mark was cut off before decoding; offsets count from the file's start.
    start = exc.start + shift
    line = data[:start].count(b"\n") + 1
    return DocumentError(
        f"not valid {name} (byte 0x{data[start]:02x} at offset {start}); "
        "convert the file to UTF-8 or give its encoding with --encoding",
        path,
        line,
    )


# Reading stops there: a document larger than this is refused rather than exhaust memory.
_DEFAULT_MAX_READ = 1 << 30


def max_read_bytes() -> int:
    """The largest document read (``MEDGLOSS_MAX_FILE_BYTES``, default 1 GiB)."""
    try:
        return max(1, int(os.environ.get("MEDGLOSS_MAX_FILE_BYTES", _DEFAULT_MAX_READ)))
    except ValueError:
        return _DEFAULT_MAX_READ


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a file was when it was read: its identity, size, time and content hash, so that a
    rewrite can tell whether someone changed it in between."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    sha256: str


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words, for messages."""
    if stat.S_ISDIR(mode):
        return "is a directory"
    if stat.S_ISFIFO(mode):
        return "is a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "is a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device"
    return "is not a regular file"


def _open_error(exc: OSError, path: str) -> DocumentError:
    if isinstance(exc, IsADirectoryError):
        return DocumentError("is a directory", path)
    if isinstance(exc, FileNotFoundError):
        return DocumentError("no such file", path)
    if isinstance(exc, PermissionError):
        return DocumentError("permission denied", path)
    return DocumentError(f"cannot read: {exc.strerror or exc}", path)


def read_with_snapshot(path: str) -> tuple[bytes, Snapshot | None]:
    """Bytes of ``path`` (``-`` is standard input, with no snapshot) and what the file was.

    Only regular files are read: a FIFO, a device or a socket is refused without blocking
    (it is opened non-blocking and checked before any read), and a file larger than
    :func:`max_read_bytes` is refused.  Errors are one-line :class:`DocumentError`.
    """
    limit = max_read_bytes()
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise DocumentError(f"standard input is larger than {limit} bytes; not checked", path)
        return data, None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _open_error(exc, path) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError(f"{file_kind(info.st_mode)}, not a regular file; not read", path)
        if info.st_size > limit:
            raise DocumentError(f"larger than {limit} bytes (MEDGLOSS_MAX_FILE_BYTES); not read", path)
        chunks = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise DocumentError(f"larger than {limit} bytes (MEDGLOSS_MAX_FILE_BYTES); not read", path)
        data = b"".join(chunks)
    except OSError as exc:
        raise _open_error(exc, path) from exc
    finally:
        os.close(fd)
    snapshot = Snapshot(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, hashlib.sha256(data).hexdigest())
    return data, snapshot


def read_bytes(path: str) -> bytes:
    """Bytes of ``path`` (``-`` is standard input); one-line errors, regular files only."""
    return read_with_snapshot(path)[0]


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


def _resolved(path: str) -> str:
    """The file a write to ``path`` must change: a symlink's target, so that the link stays."""
    return os.path.realpath(path) if os.path.islink(path) else path


def _lock(fd: int) -> None:
    # An advisory lock on the file itself (no lock file left beside the user's documents):
    # two medgloss runs rewriting one file take turns, and the second sees the first's change.
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: the identity check below still holds
        return
    fcntl.flock(fd, fcntl.LOCK_EX)


def _unchanged(fd: int, target: str, expect: Snapshot) -> bool:
    """True if ``target`` is still the very file, with the very content, that was read."""
    try:
        now = os.stat(target)
    except OSError:
        return False
    if (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns) != (expect.device, expect.inode, expect.size, expect.mtime_ns):
        return False
    if (now.st_dev, now.st_ino) != (os.fstat(fd).st_dev, os.fstat(fd).st_ino):
        return False
    digest = hashlib.sha256()
    os.lseek(fd, 0, os.SEEK_SET)
    while chunk := os.read(fd, 1 << 20):
        digest.update(chunk)
    return digest.hexdigest() == expect.sha256


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _copy_metadata(source: os.stat_result, source_path: str, tmp: str) -> None:
    """Owner, group, extended attributes and mode of the old file onto its replacement, each
    where permitted (a user may not give a file away; the mode is always kept)."""
    if hasattr(os, "chown"):
        try:
            os.chown(tmp, source.st_uid, source.st_gid)
        except OSError:
            try:
                os.chown(tmp, -1, source.st_gid)
            except OSError:
                pass
    if hasattr(os, "listxattr"):
        try:
            names = os.listxattr(source_path)
        except OSError:
            names = []
        for name in names:
            try:
                os.setxattr(tmp, name, os.getxattr(source_path, name))
            except OSError:
                pass
    os.chmod(tmp, stat.S_IMODE(source.st_mode))


def write_atomic(path: str, data: bytes, expect: Snapshot | None = None) -> None:
    """Replace the content of ``path`` with ``data``, keeping what the file is.

    - Only a regular file or a new path is written; a device, FIFO, socket or folder is a
      :class:`DocumentError` (so ``--output-file /dev/null`` run as root cannot replace it).
    - A symlink is followed and its target rewritten; the link stays a link.
    - A file with several hard links is rewritten in place, so that every link sees the new
      content; any other file is replaced atomically by a flushed temporary file, with its
      mode, owner, group and extended attributes.  A new file gets the umask's permissions.
    - With ``expect`` (what :func:`read_with_snapshot` saw), the file is locked and checked
      again just before the write: if it changed since it was read, nothing is written and
      this is a :class:`DocumentError`.
    """
    target = _resolved(path)
    try:
        info: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise DocumentError(f"{file_kind(info.st_mode)}, not a regular file; not written", path)
    if info is None and expect is not None:
        raise DocumentError("was removed while it was being checked; nothing written", path)
    lock_fd = None
    if info is not None:
        lock_fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        if lock_fd is not None:
            _lock(lock_fd)
            if expect is not None and not _unchanged(lock_fd, target, expect):
                raise DocumentError("changed on disk while it was being checked; nothing written, run again", path)
            current = os.fstat(lock_fd)
            if not stat.S_ISREG(current.st_mode):
                raise DocumentError(f"{file_kind(current.st_mode)}, not a regular file; not written", path)
            if current.st_nlink > 1:
                _write_in_place(target, data)
                return
            info = current
        _replace(target, data, info)
    finally:
        if lock_fd is not None:
            os.close(lock_fd)  # releases the lock, after the rename


def _write_in_place(target: str, data: bytes) -> None:
    fd = os.open(target, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.ftruncate(fd, len(data))
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace(target: str, data: bytes, info: os.stat_result | None) -> None:
    folder = os.path.dirname(target) or "."
    name = os.path.basename(target)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".medgloss-tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if info is not None:
            _copy_metadata(info, target, tmp)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def write_file(path: str | Path, data: bytes, expect: Snapshot | None = None) -> None:
    """:func:`write_atomic`, with a failure (missing folder, permissions, full disk) turned
    into one clear :class:`DocumentError` naming the file."""
    try:
        write_atomic(str(path), data, expect)
    except OSError as exc:
        raise DocumentError(f"cannot write: {exc.strerror or exc}", str(path)) from exc
