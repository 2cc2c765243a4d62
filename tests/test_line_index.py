"""Line starts of the line index: the same from the regex pass and from the lines' lengths."""

from __future__ import annotations

from pathlib import Path

from medgloss.text.positions import LINE_END, LineIndex

CATALOG = Path(__file__).resolve().parent / "data" / "evidence" / "catalogs" / "gnuhealth" / "health_lab.fr.po"


def _by_regex(text: str) -> list[int]:
    return [0, *(m.end() for m in LINE_END.finditer(text))]


def test_line_starts_are_the_regex_passes_with_and_without_carriage_returns() -> None:
    text = CATALOG.read_text(encoding="utf-8")
    for variant in (text, text.replace("\n", "\r\n"), text + "\n\n", "\n" + text[:500], "", "\n", "a", "a\r", "\r\n\r"):
        assert LineIndex(variant).starts == _by_regex(variant)
    index = LineIndex(text)
    second = text.index("\n") + 1
    assert index.position(second) == (2, 1)
    assert index.position(second + 3) == (2, 4)
