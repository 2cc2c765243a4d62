"""Markdown and HTML readers: only prose is checked, at the exact place in the file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from medgloss.api import check_document
from medgloss.documents import load_document

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
BILINGUAL = Path(__file__).parent / "fixtures" / "bilingual"


def _findings(name: str):
    document = load_document(str(FIXTURES / name))
    return document, check_document(document)


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        # greffe.md: code spans, fences, indented code, comments, link targets, front matter,
        # table code cells are all skipped; prose line 8 and table prose (line 26) are found,
        # line 29 is silenced by a disable-next-line comment.
        ("greffe.md", [8, 26]),
        # perfusion.html: attributes, <code>, <kbd>, <pre>, <script>, <style>, translate="no"
        # and comments are skipped; line 18 is silenced.
        ("perfusion.html", [11, 16]),
    ],
)
def test_only_prose_is_flagged_at_exact_offsets(name: str, lines: list[int]) -> None:
    document, findings = _findings(name)
    assert [f.line for f in findings] == lines
    for finding in findings:
        assert document.text[finding.offset : finding.offset + finding.length] == finding.found
        line_text = document.text.splitlines()[finding.line - 1]
        assert line_text[finding.column - 1 :].startswith(finding.found)


def test_markdown_reads_through_emphasis_escapes_and_entities() -> None:
    document, _ = _findings("greffe.md")
    view = document.view.replace("\x00", "")
    assert "Votre   greffe   de moelle osseuse" in view
    assert "réponses *importantes* sont" in view
    assert "exemple.fr" not in view and "--check" not in view and "title:" not in view
    assert "Schéma d’une canule" in view  # image alt text is prose


def test_markdown_emphasis_inside_a_word_does_not_split_it() -> None:
    from medgloss.documents.markdown import read_markdown

    document = read_markdown("x.md", "Une perfusion intra**veineuse** lente.\n")
    assert "intraveineuse" in document.view.replace("\x00", "")


def test_html_entity_is_found_as_written() -> None:
    from medgloss.documents.html import read_html

    text = "<p>Une can&#117;le dans une veine.</p>\n"
    document = read_html("x.html", text)
    [finding] = check_document(document)
    assert finding.found == "can&#117;le"
    assert text[finding.offset : finding.offset + finding.length] == "can&#117;le"


@pytest.mark.parametrize("name", ["greffe.md", "perfusion.html"])
def test_fix_changes_only_the_prose_spans(cli, tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    shutil.copy(FIXTURES / name, target)
    before = target.read_text(encoding="utf-8")
    report = json.loads(cli("check", "--format", "json", name).stdout)
    spans = [(e["offset"], e["length"], e["text"]) for f in report["findings"] for e in f["fix"]["edits"]]
    assert spans and all(f["fix"]["applicability"] == "safe" for f in report["findings"])
    result = cli("check", "--fix", name)
    assert result.returncode == 0, result.stderr
    expected = before
    for offset, length, replacement in sorted(spans, reverse=True):
        # Everything outside the edited prose spans must come back byte for byte.
        expected = expected[:offset] + replacement + expected[offset + length :]
    assert target.read_text(encoding="utf-8") == expected
    assert cli("check", name).returncode == 0  # a second run finds nothing


def test_html_fix_is_escaped() -> None:
    from medgloss.documents.html import read_html

    assert read_html("x.html", "").escape("A & <b>") == "A &amp; &lt;b&gt;"


def test_mixed_folder_reports_every_format(cli, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("greffe.md", "perfusion.html"):
        shutil.copy(FIXTURES / name, docs / name)
    for name in ("nemo-leaflet.fr.po", "nemo-leaflet.fr.xlf", "nemo-memory.tmx"):
        shutil.copy(BILINGUAL / name, docs / name)
    (docs / "notes.txt").write_text("Une canule dans une veine du bras.\n", encoding="utf-8")
    (docs / "ignored.md").write_text("Une canule dans une veine du bras.\n", encoding="utf-8")
    (docs / ".gitignore").write_text("ignored.md\n", encoding="utf-8")
    result = cli("check", "--format", "json", "docs")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    paths = sorted({Path(f["path"]).name for f in report["findings"]})
    assert paths == ["greffe.md", "nemo-leaflet.fr.po", "nemo-leaflet.fr.xlf", "nemo-memory.tmx", "notes.txt", "perfusion.html"]
    assert report["summary"]["files"] == 6
