"""Inline suppressions: the generic mechanism every reader plugs into."""

from __future__ import annotations

from medgloss.api import check_document
from medgloss.documents import Document, Suppression
from medgloss.documents.suppress import comment_suppressions, parse_directive

TEXT = "Une canule dans une veine du bras.\nUne canule dans une veine de la main.\n"


def test_parse_directive() -> None:
    assert parse_directive(" medgloss-disable-next-line MG103, false-friend ") == (
        "disable-next-line",
        ("MG103", "false-friend"),
    )
    assert parse_directive("medgloss-enable") == ("enable", ())
    assert parse_directive("a plain comment") is None


def test_document_suppression_filters_by_selector() -> None:
    second = TEXT.index("\n") + 1
    codes = [f.rule for f in check_document(Document("t.txt", TEXT, TEXT))]
    assert codes == ["MG103", "MG103"]
    silenced = Document("t.txt", TEXT, TEXT, suppressions=[Suppression(0, second, frozenset({"MG103"}))])
    assert [f.line for f in check_document(silenced)] == [2]
    other = Document("t.txt", TEXT, TEXT, suppressions=[Suppression(0, second, frozenset({"MG999"}))])
    assert len(check_document(other)) == 2


def test_comment_directives_make_ranges() -> None:
    text = "<!-- medgloss-disable-next-line -->\n\nA\nB\n<!-- medgloss-disable MG1 -->\nC\n<!-- medgloss-enable -->\nD\n"
    comments = [(m, text.index("-->", m) + 3, text[m + 4 : text.index("-->", m)]) for m in
                [i for i in range(len(text)) if text.startswith("<!--", i)]]
    ranges = comment_suppressions(text, comments)
    assert text[ranges[0].start : ranges[0].end] == "A"
    assert "C" in text[ranges[1].start : ranges[1].end] and "D" not in text[ranges[1].start : ranges[1].end]
    assert ranges[1].codes == {"MG1"}
