"""The cache codec gives back exactly the types it was given, and refuses the others."""

from __future__ import annotations

import enum
from dataclasses import dataclass

import pytest

from medgloss.cache.codec import Codec, CodecError


class Colour(str, enum.Enum):
    RED = "red"


@dataclass(frozen=True)
class Point:
    x: int
    tags: tuple[str, ...]
    seen: list[str]


def test_round_trip_keeps_lists_tuples_sets_enums_and_dataclasses() -> None:
    codec = Codec([Point, Colour])
    value = {
        ("greffe", "noun"): {("f", "s"): "greffe", ("", "p"): "greffes"},
        "list": [1, (2, [3, "x"]), frozenset({"a", "b"})],
        "point": Point(1, ("a", "b"), ["c"]),
        "colour": Colour.RED,
        "nothing": None,
        "bytes": b"\0\1",
        "float": 0.5,
    }
    back = codec.unpackb(codec.packb(value))
    assert back == value
    assert type(back["list"]) is list and type(back["list"][1]) is tuple and type(back["list"][1][1]) is list
    assert type(back["point"].tags) is tuple and type(back["point"].seen) is list
    assert back["colour"] is Colour.RED
    assert type(codec.unpackb(codec.packb([]))) is list and codec.unpackb(codec.packb(())) == ()


def test_types_not_allowed_are_refused_both_ways() -> None:
    with pytest.raises(CodecError):
        Codec([]).packb([Point(1, (), [])])
    with pytest.raises(CodecError):
        Codec([]).packb({"colour": Colour.RED})
    with pytest.raises(CodecError):
        Codec([]).unpackb(Codec([Point]).packb(Point(1, (), [])))
    with pytest.raises(CodecError):
        Codec([]).unpackb(b"\xc1")


def test_equal_sets_of_one_unpacking_are_one_object_and_lists_never_are() -> None:
    # A compiled glossary's entries repeat a few sets of analyses thousands of times (issue 19):
    # each distinct set is decoded once; a mutable list is never shared.
    codec = Codec([Point])
    analyses = frozenset({("NOUN", "", None, "s", None), ("ADJ", "", None, "s", "f")})
    value = [Point(i, ("a",), ["x"]) for i in range(3)], [frozenset(analyses) for _ in range(3)], [frozenset()] * 2
    points, sets, empties = codec.unpackb(codec.packb(value))
    assert sets == [analyses] * 3 and sets[0] is sets[1] is sets[2]
    assert empties[0] is empties[1]
    assert points[0].seen == points[1].seen and points[0].seen is not points[1].seen
    other = codec.unpackb(codec.packb(value))[1]
    assert other[0] == sets[0] and other[0] is not sets[0]  # the memo lives for one call only
