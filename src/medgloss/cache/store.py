"""Where caches live, keys that change with medgloss's code, and signed, bounded cache entries.

``MEDGLOSS_CACHE_DIR`` moves the caches, ``MEDGLOSS_NO_CACHE=1`` disables them, and
``MEDGLOSS_CACHE_MAX_BYTES`` bounds their size (default 512 MB; the least recently used
entries go first).  A failure to read or write only costs speed; nothing here decides what is
cached.

What this module must not do: trust a file it did not write.  An entry is plain data
(:mod:`medgloss.cache.codec`, never pickle) behind an HMAC-SHA256 keyed with a secret kept in
``key`` (mode 0600) in the cache folder.  The folder is created 0700; a folder or a file owned
by another user, a folder others can write, or an entry whose signature does not verify is
ignored as if absent, so a shared or restored cache can neither run code nor fake results.
An entry is one payload (:func:`store_entry`) or several parts (:func:`store_parts`, each read
back into a bytes object of its own, for data handed to a C library as it is), signed alike.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import os
import secrets
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TypeVar

if TYPE_CHECKING:
    from .codec import Codec

T = TypeVar("T")

from .. import __version__

_MAGIC = b"MGC2"
_KEY_FILE = "key"
_DEFAULT_MAX_BYTES = 512 * 1024 * 1024
_STALE_TMP_SECONDS = 3600
# Longer than any build (a glossary with its calques compiles in seconds); past it, a run builds
# rather than wait on a lock some hung process holds.
_LOCK_SECONDS = 120
# Bytes written by this process since the last size check; a check walks the whole folder.
_written_since_check: list[int] = [-1]


def cache_dir() -> Path | None:
    """Where compiled glossaries are kept, or ``None`` if caching is disabled."""
    if os.environ.get("MEDGLOSS_NO_CACHE"):
        return None
    configured = os.environ.get("MEDGLOSS_CACHE_DIR")
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("medgloss"))


def source_digest(names: Iterable[str]) -> "hashlib._Hash":
    """sha256 of medgloss's version and of the package modules ``names`` (paths relative to the
    package), for cache keys that a change of code must invalidate."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(__version__.encode())
    for name in names:
        digest.update(name.encode() + b"\0")
        try:
            digest.update((root / name).read_bytes())
        except OSError:
            pass  # the name alone: a module that is gone still changes the key
    return digest


def _owned_by_me(info: os.stat_result) -> bool:
    return not hasattr(os, "geteuid") or info.st_uid == os.geteuid()


def trusted_dir(folder: Path, create: bool = False) -> bool:
    """True if ``folder`` is a real folder of ours that no one else can write (made 0700 if
    ``create`` and missing)."""
    if create and not folder.is_dir():
        # Each missing level 0700 (mkdir(parents=True) would make the parents by the umask).
        missing = [folder, *(p for p in folder.parents if not p.exists())]
        for level in reversed(missing):
            try:
                level.mkdir(mode=0o700)
            except FileExistsError:
                pass
            except OSError:
                return False
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and _owned_by_me(info) and not info.st_mode & 0o022


# Why the configured cache folder was not used, once per process (None: used, or not yet refused).
_refused: list[str | None] = [None]


def _refuse(folder: Path) -> None:
    if _refused[0] is not None:
        return
    try:
        info = os.lstat(folder)
    except OSError:
        why = "it cannot be created"
    else:
        if not stat.S_ISDIR(info.st_mode):
            why = "it is not a folder"
        elif not _owned_by_me(info):
            why = "another user owns it"
        else:
            why = "other users can write to it"
    _refused[0] = f"{folder}: cache folder not used ({why}); results stay right, runs stay slow"


def refusal() -> str | None:
    """Why this process could not use the cache folder, if it could not; said once."""
    why, _refused[0] = _refused[0], None
    return why


def _root(create: bool) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    if not trusted_dir(folder, create):
        if create or folder.exists() or folder.is_symlink():
            _refuse(folder)
        return None
    return folder


def _read_own(path: Path, limit: int | None = None) -> bytes | None:
    """Bytes of ``path`` if it is a regular file of ours (never through a symlink)."""
    return _read_own_as(path, lambda handle, size: handle.read(), limit)


def _read_own_as(path: Path, read: Callable[[BinaryIO, int], T | None], limit: int | None = None) -> T | None:
    """What ``read(handle, size)`` makes of ``path`` if it is a regular file of ours."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or not _owned_by_me(info) or info.st_mode & 0o022:
            return None
        if limit is not None and info.st_size > limit:
            return None
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return read(handle, info.st_size)
    except OSError:
        return None
    finally:
        os.close(fd)


def _secret(folder: Path) -> bytes | None:
    """The signing key of ``folder``'s entries, created (0600) on first use."""
    path = folder / _KEY_FILE
    key = _read_own(path, 4096)
    if key is not None and len(key) >= 32:
        return key
    if key is not None or path.exists() or path.is_symlink():
        return None  # someone else's or damaged: sign nothing rather than trust it
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        return _secret_existing(path)
    except OSError:
        return None
    try:
        value = secrets.token_bytes(32)
        os.write(fd, value)
    finally:
        os.close(fd)
    return value


def _secret_existing(path: Path) -> bytes | None:
    key = _read_own(path, 4096)
    return key if key is not None and len(key) >= 32 else None


def _signature(key: bytes, name: str, payload: bytes, magic: bytes = _MAGIC, parts: Sequence[bytes] = ()) -> bytes:
    # Fed part by part: concatenating would copy a payload of tens of megabytes first.
    mac = hmac.new(key, magic + name.encode("utf-8", "surrogateescape") + b"\0", hashlib.sha256)
    mac.update(payload)
    for part in parts:
        mac.update(part)
    return mac.digest()


def _entry_path(folder: Path, relative: str) -> Path | None:
    """``relative`` in ``folder`` if every folder on the way is ours."""
    path = folder / relative
    parent = path.parent
    while parent != folder:
        if not trusted_dir(parent):
            return None
        parent = parent.parent
    return path


def _touch(path: Path) -> None:
    try:
        os.utime(path)  # the least recently used entries are evicted first
    except OSError:
        pass


def _read_signed(handle: BinaryIO, size: int) -> tuple[bytes, bytes, bytes] | None:
    """(magic, signature, payload) of a signed entry, read without copying the payload twice."""
    head = handle.read(len(_MAGIC) + 32)
    if len(head) < len(_MAGIC) + 32:
        return None
    return head[: len(_MAGIC)], head[len(_MAGIC) :], handle.read()


def load_entry(relative: str) -> bytes | None:
    """The payload stored under ``relative`` (a path inside the cache folder) if its signature
    verifies and every folder on the way is ours; else ``None``."""
    folder = _root(create=False)
    path = _entry_path(folder, relative) if folder is not None else None
    data = _read_own_as(path, _read_signed) if path is not None else None
    key = _secret(folder) if data is not None and folder is not None else None
    if data is None or key is None or data[0] != _MAGIC:
        return None
    signature, payload = data[1], data[2]
    if not hmac.compare_digest(signature, _signature(key, relative, payload)):
        return None
    _touch(path)  # type: ignore[arg-type]
    return payload


# An entry of several parts: the magic, the signature, the number of parts (4 bytes) and
# their lengths (8 bytes each), then the parts.  Each part is read into its own bytes object:
# a part handed to a C library as it is (an automaton's node table, tens of megabytes) is never
# copied out of a larger payload.
_PARTS_MAGIC = b"MGP1"


def _read_parts(handle: BinaryIO, size: int) -> tuple[bytes, bytes, list[bytes]] | None:
    """(signature, header, parts) of a file of parts, or ``None`` if its lengths do not add up
    to its size (read before anything as large as the lengths claim is allocated)."""
    head = handle.read(len(_PARTS_MAGIC) + 32 + 4)
    if len(head) < len(_PARTS_MAGIC) + 36 or not head.startswith(_PARTS_MAGIC):
        return None
    count = int.from_bytes(head[-4:], "little")
    lengths_bytes = handle.read(8 * count) if count <= size // 8 else b""
    if len(lengths_bytes) != 8 * count:
        return None
    lengths = [int.from_bytes(lengths_bytes[i : i + 8], "little") for i in range(0, 8 * count, 8)]
    if len(head) + len(lengths_bytes) + sum(lengths) != size:
        return None
    parts = [handle.read(length) for length in lengths]
    if any(len(part) != length for part, length in zip(parts, lengths)):
        return None
    return head[len(_PARTS_MAGIC) : len(_PARTS_MAGIC) + 32], head[-4:] + lengths_bytes, parts


def load_parts(relative: str) -> list[bytes] | None:
    """The parts stored under ``relative`` by :func:`store_parts` if their signature verifies
    and every folder on the way is ours; else ``None``."""
    folder = _root(create=False)
    path = _entry_path(folder, relative) if folder is not None else None
    data = _read_own_as(path, _read_parts) if path is not None else None
    key = _secret(folder) if data is not None and folder is not None else None
    if data is None or key is None:
        return None
    signature, header, parts = data
    if not hmac.compare_digest(signature, _signature(key, relative, header, _PARTS_MAGIC, parts)):
        return None
    _touch(path)  # type: ignore[arg-type]
    return parts


def store_entry(relative: str, payload: bytes) -> None:
    """Sign and write ``payload`` under ``relative`` atomically; failures only cost speed and
    leave no temporary file behind."""
    _write(relative, lambda key: [_MAGIC, _signature(key, relative, payload), payload])


def store_parts(relative: str, parts: Sequence[bytes]) -> None:
    """Sign and write ``parts`` under ``relative`` as one entry, atomically (read back with
    :func:`load_parts`)."""
    header = len(parts).to_bytes(4, "little") + b"".join(len(part).to_bytes(8, "little") for part in parts)
    _write(relative, lambda key: [_PARTS_MAGIC, _signature(key, relative, header, _PARTS_MAGIC, parts), header, *parts])


def _write(relative: str, chunks: Callable[[bytes], list[bytes]]) -> None:
    """Write ``chunks(key)`` under ``relative`` atomically (a temporary file, then a rename)."""
    folder = _root(create=True)
    if folder is None:
        return
    key = _secret(folder)
    if key is None:
        return
    path = folder / relative
    if not trusted_dir(path.parent, create=True):
        return
    data = chunks(key)
    tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in data:
                handle.write(chunk)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return
    _account(folder, sum(len(chunk) for chunk in data))


def _max_bytes() -> int:
    try:
        return max(0, int(os.environ.get("MEDGLOSS_CACHE_MAX_BYTES", _DEFAULT_MAX_BYTES)))
    except ValueError:
        return _DEFAULT_MAX_BYTES


def _account(folder: Path, size: int) -> None:
    """Evict when this process may have pushed the cache over its bound (checked on the first
    write of a process, then each time as much as a tenth of the bound has been written)."""
    limit = _max_bytes()
    if _written_since_check[0] >= 0:
        _written_since_check[0] += size
        if _written_since_check[0] < max(limit // 10, 1):
            return
    _written_since_check[0] = 0
    evict(folder, limit)


def evict(folder: Path, limit: int) -> None:
    """Delete the least recently used entries until ``folder`` holds at most ``limit`` bytes,
    and temporary files an interrupted write left (older than an hour)."""
    entries: list[tuple[float, int, Path]] = []
    now = time.time()
    for root, dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            try:
                info = os.lstat(path)
            except OSError:
                continue
            if not stat.S_ISREG(info.st_mode) or not _owned_by_me(info):
                continue
            if name.endswith(".tmp"):
                if now - info.st_mtime > _STALE_TMP_SECONDS:
                    _unlink(path)
                continue
            if path.parent == folder and name == _KEY_FILE:
                continue
            if path.parent == folder / "locks":
                continue  # empty, and removing one a run holds would let a second build start
            entries.append((max(info.st_atime, info.st_mtime), info.st_size, path))
    total = sum(size for _, size, _ in entries)
    for _, size, path in sorted(entries, key=lambda e: e[0]):
        if total <= limit:
            break
        if _unlink(path):
            total -= size


def _unlink(path: Path) -> bool:
    try:
        path.unlink()
    except OSError as exc:
        return exc.errno == errno.ENOENT
    return True


@contextmanager
def building(relative: str) -> Iterator[None]:
    """Hold the cache folder's lock for the entry ``relative`` while it is built.

    Two runs that miss the same entry at once (``--jobs`` workers, the language server started
    beside a CLI check) would each build it; with this lock the second waits and then finds the
    first one's entry.  The lock files live in the cache folder, never beside the user's files.
    Without a usable cache folder, or after a wait of ``_LOCK_SECONDS``, the body runs unlocked:
    a lock only saves work, entries are written atomically either way.
    """
    folder = _root(create=True)
    locks = folder / "locks" if folder is not None else None
    if locks is None or not trusted_dir(locks, create=True):
        yield
        return
    from filelock import FileLock, Timeout

    digest = hashlib.sha256(relative.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    lock = FileLock(str(locks / f"{digest}.lock"), timeout=_LOCK_SECONDS, mode=0o600)
    try:
        lock.acquire()
    except (Timeout, OSError):
        yield
        return
    try:
        yield
    finally:
        lock.release()


__all__ = ["building", "cache_dir", "evict", "load_entry", "load_parts", "refusal", "source_digest", "store_entry",
           "store_parts", "trusted_dir"]

_MISSING = object()


def _load_value(name: str, codec: "Codec", kind: type) -> object:
    from .codec import CodecError

    payload = load_entry(name)
    if payload is None:
        return _MISSING
    try:
        loaded = codec.unpackb(payload)
    except (CodecError, TypeError, ValueError):
        return _MISSING
    return loaded if isinstance(loaded, kind) else _MISSING


def cached_value(name: str, codec: "Codec", build: "Callable[[], T]", kind: "type[T]") -> "T":
    """The value stored under ``name`` if it verifies and is a ``kind``, else ``build()``,
    stored for the next run (signed plain data through ``codec``, never code).  A run that
    finds another one building the same entry waits for it (:func:`building`)."""
    loaded = _load_value(name, codec, kind)
    if loaded is not _MISSING:
        return loaded  # type: ignore[return-value]
    with building(name):
        loaded = _load_value(name, codec, kind)  # stored while this run waited
        if loaded is not _MISSING:
            return loaded  # type: ignore[return-value]
        value = build()
        if value:
            store_entry(name, codec.packb(value))
    return value
