"""The language server's pure parts, without a client: positions, edits, settings, buffers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lsprotocol import types

from medgloss.errors import ConfigError
from medgloss.server.config import ClientSettings, layered, parse_client_settings, settings_for
from medgloss.server.documents import extension_for, load_buffer
from medgloss.server.edits import text_edits
from medgloss.server.positions import UTF8, UTF16, UTF32, PositionIndex
from medgloss.workspace.config import Config


def _reference_position(text: str, offset: int, encoding: str) -> types.Position:
    """Line and column counted the slow, obvious way."""
    lines = text[:offset].replace("\r\n", "\n").replace("\r", "\n").split("\n")
    last = lines[-1]
    width = {UTF8: len(last.encode("utf-8")), UTF16: len(last.encode("utf-16-le")) // 2, UTF32: len(last)}[encoding]
    return types.Position(line=len(lines) - 1, character=width)


def test_emoji_and_combining_accents_before_a_term() -> None:
    text = "a\n👩🏽‍⚕️ cafe\u0301 canule\n"
    index = PositionIndex(text)
    offset = text.index("canule")
    assert index.position(offset) == types.Position(line=1, character=len("👩🏽‍⚕️ cafe\u0301 ".encode("utf-16-le")) // 2)
    assert index.position(offset).character != offset - 2  # code points and UTF-16 units differ here
    assert index.offset(index.position(offset)) == offset
    assert PositionIndex(text, UTF8).position(offset).character == len("👩🏽‍⚕️ cafe\u0301 ".encode())
    assert PositionIndex(text, UTF32).position(offset).character == offset - 2


def test_line_breaks_as_lsp_counts_them() -> None:
    text = "un\r\ndeux\rtrois\nquatre"
    index = PositionIndex(text)
    assert index.position(text.index("deux")) == types.Position(line=1, character=0)
    assert index.position(text.index("trois")) == types.Position(line=2, character=0)
    assert index.position(text.index("quatre")) == types.Position(line=3, character=0)
    # A column past the end of a line stops at the line break, not after it.
    assert index.offset(types.Position(line=0, character=99)) == 2
    assert index.offset(types.Position(line=9, character=0)) == len(text)


def test_position_inside_a_surrogate_pair_goes_after_the_character() -> None:
    index = PositionIndex("😀x")
    assert index.offset(types.Position(line=0, character=1)) == 1
    assert index.offset(types.Position(line=0, character=2)) == 1


@given(st.text(alphabet=st.sampled_from(list("ab é\u0301😀\n\r\t👩🏽")), max_size=40), st.data(),
       st.sampled_from([UTF8, UTF16, UTF32]))
def test_positions_match_the_reference_and_round_trip(text: str, data: st.DataObject, encoding: str) -> None:
    offset = data.draw(st.integers(0, len(text)))
    if offset and text[offset - 1 : offset + 1] == "\r\n":
        offset -= 1  # the middle of a CRLF is not a position a client can name
    index = PositionIndex(text, encoding)
    assert index.position(offset) == _reference_position(text, offset, encoding)
    assert index.offset(index.position(offset)) == offset


def _apply(text: str, edits: list[types.TextEdit], index: PositionIndex) -> str:
    spans = sorted(((index.offset(e.range.start), index.offset(e.range.end), e.new_text) for e in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


@given(st.text(alphabet="abc é😀\n", max_size=60), st.text(alphabet="abc é😀\n", max_size=60))
def test_text_edits_turn_one_text_into_the_other(before: str, after: str) -> None:
    index = PositionIndex(before)
    assert _apply(before, text_edits(before, after, index), index) == after


def test_text_edits_stay_small_in_a_large_document() -> None:
    before = "".join(f"Paragraphe {i} : une canule dans une veine.\n\n" for i in range(3000))
    after = before.replace("Paragraphe 1500 : une canule", "Paragraphe 1500 : un cathéter")
    index = PositionIndex(before)
    edits = text_edits(before, after, index)
    assert _apply(before, edits, index) == after
    assert sum(len(e.new_text) for e in edits) <= len("un cathéter")
    assert all(e.range.start.line == before[: before.index("Paragraphe 1500")].count("\n") for e in edits)


def test_client_settings_are_validated_and_layered(tmp_path: Path) -> None:
    glossary = tmp_path / "terms.yaml"
    glossary.write_text("concepts: []\n", encoding="utf-8")
    first = parse_client_settings({"medgloss": {"glossary": "terms.yaml", "select": ["MG1"]}}, tmp_path)
    assert first.glossary == (str(glossary.resolve()),) and first.select == ("MG1",)
    second = parse_client_settings({"ignore": ["MG105"], "min-severity": "warning"}, tmp_path)
    both = layered(first, second)
    assert both.select == ("MG1",) and both.ignore == ("MG105",) and both.min_severity == "warning"
    config = Config(select=["MG2"], ignore=["MG108"], severity={"MG102": "error"})
    settings = settings_for(config, both)
    assert settings.select == ("MG1",) and settings.ignore == ("MG105",)
    assert settings.severity == (("MG102", "error"),)
    assert settings_for(config, ClientSettings()).select == ("MG2",)
    for bad in ({"minSeverity": "fatal"}, {"glossary": ["missing.yaml"]}, {"select": "MG1", "colour": 1},
                {"variety": "fr-XX"}, {"debounce": -1}):
        with pytest.raises(ConfigError):
            parse_client_settings({"medgloss": bad}, tmp_path)


def test_buffers_go_to_the_reader_of_their_language_or_extension() -> None:
    assert extension_for("file:///d/notes.txt", "markdown") == ".md"
    assert extension_for("file:///d/fr.po", "plaintext") == ".po"
    assert extension_for("file:///d/fr.xlf", "xml") == ".xlf"
    assert extension_for("untitled:Untitled-1", "plaintext") == ".txt"
    assert extension_for("file:///d/tool.py", "python") is None
    document = load_buffer("untitled:Untitled-1", "markdown", "Du `code` ici.\n")
    assert document is not None and document.format == "markdown"
    # The name leads back to the same reader (the library re-reads after each fix pass).
    assert document.path.endswith(".md")


def _ignore_edit(name: str, text: str):
    from medgloss.api import check_document
    from medgloss.documents import reader_for
    from medgloss.server.ignore import suppression_edit

    reader = reader_for(name)
    document = reader(name, text)
    (finding,) = check_document(document)
    edit = suppression_edit(document, finding, lambda new: reader(name, new))
    return finding, edit, None if edit is None else text[: edit.offset] + edit.text + text[edit.end :]


def test_html_ignore_comment_moves_to_its_own_line_when_the_line_ends_inside_a_tag() -> None:
    from medgloss.api import check_document
    from medgloss.documents import reader_for

    text = '<p>Une canule dans une veine <a\n  href="bras.html">du bras</a>.</p>\n'
    finding, edit, edited = _ignore_edit("page.html", text)
    assert edited == '<!-- medgloss-disable-next-line MG103 -->\n' + text
    assert check_document(reader_for("page.html")("page.html", edited)) == []
    plain = "<p>Une canule dans une veine du bras.</p>\n"
    _, _, edited = _ignore_edit("page.html", plain)
    assert edited == "<p>Une canule dans une veine du bras.</p> <!-- medgloss-disable-line MG103 -->\n"


def test_no_ignore_comment_inside_raw_text() -> None:
    from medgloss.api import check_document
    from medgloss.documents import reader_for

    # In <title> a comment is text: at the end of the first line it would not be read as one
    # (and would show in the title), so it goes on a line of its own before.
    text = "<title>Une canule dans une veine\ndu bras</title>\n"
    _, edit, edited = _ignore_edit("page.html", text)
    assert edit is not None and edit.offset == 0
    assert check_document(reader_for("page.html")("page.html", edited)) == []
