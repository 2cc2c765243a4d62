"""Plain-data serialisation for the caches: msgpack with a closed list of types.

A cache entry must never be able to run code when it is read, so there is no pickle here.
Tuples, frozensets, enums and dataclasses travel as msgpack extension types; a dataclass or
enum is rebuilt only if its name is in the ``types`` the caller allows, by calling its
constructor with the stored field values.  Anything else in the data is a :class:`CodecError`.
This module must not import the classes it serialises (it sits below them in the layers).
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable
from typing import Any

import msgpack

_TUPLE, _FROZENSET, _OBJECT, _ENUM = 1, 2, 3, 4


class CodecError(ValueError):
    """The data holds something outside the allowed types."""


def _fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.init)


class Codec:
    """Packs and unpacks values made of builtins and the dataclasses/enums in ``types``."""

    def __init__(self, types: Iterable[type]) -> None:
        self._types = {cls.__qualname__: cls for cls in types}
        self._fields = {name: _fields(cls) for name, cls in self._types.items() if dataclasses.is_dataclass(cls)}

    def _default(self, value: Any) -> msgpack.ExtType:
        name = type(value).__qualname__
        if isinstance(value, enum.Enum):
            if self._types.get(name) is not type(value):
                raise CodecError(f"enum {name} is not allowed in this cache")
            return msgpack.ExtType(_ENUM, self.packb([name, value.value]))
        if isinstance(value, tuple):
            return msgpack.ExtType(_TUPLE, self.packb(list(value)))
        if isinstance(value, frozenset | set):
            return msgpack.ExtType(_FROZENSET, self.packb(sorted(value, key=repr)))
        fields = self._fields.get(name)
        if fields is None or self._types[name] is not type(value):
            raise CodecError(f"type {name} is not allowed in this cache")
        return msgpack.ExtType(_OBJECT, self.packb([name, *(getattr(value, f) for f in fields)]))

    def _ext(self, code: int, data: bytes) -> Any:
        items = self.unpackb(data)
        if code == _TUPLE:
            return tuple(items)
        if code == _FROZENSET:
            return frozenset(items)
        if code in (_OBJECT, _ENUM) and isinstance(items, list) and items and isinstance(items[0], str):
            cls = self._types.get(items[0])
            if cls is not None and code == _ENUM and issubclass(cls, enum.Enum) and len(items) == 2:
                return cls(items[1])
            fields = self._fields.get(items[0])
            if cls is not None and fields is not None and len(items) == len(fields) + 1:
                return cls(*items[1:])
        raise CodecError("unknown or malformed object in cache data")

    def packb(self, value: Any) -> bytes:
        """``value`` as bytes; :class:`CodecError` for a type this codec does not allow."""
        # strict_types: a tuple must reach _default to stay a tuple (and a dataclass key).
        # surrogatepass: a file name that is not valid UTF-8 reaches the findings as surrogates.
        try:
            return msgpack.packb(value, default=self._default, strict_types=True, use_bin_type=True,
                                 unicode_errors="surrogatepass")
        except CodecError:
            raise
        except (ValueError, TypeError, OverflowError) as exc:
            raise CodecError(f"cannot pack cache data: {exc}") from exc

    def unpackb(self, data: bytes) -> Any:
        """The value packed in ``data``; :class:`CodecError` (or ``ValueError``) if malformed."""
        try:
            return msgpack.unpackb(data, ext_hook=self._ext, raw=False, strict_map_key=False, use_list=True,
                                   unicode_errors="surrogatepass")
        except CodecError:
            raise
        except (ValueError, TypeError, msgpack.UnpackException) as exc:
            raise CodecError(f"malformed cache data: {exc}") from exc


__all__ = ["Codec", "CodecError"]
