"""gettext PO catalogs: only translations are checked, fixes touch only msgstr text."""

from __future__ import annotations

import difflib
import json
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from medgloss.api import check_document
from medgloss.documents import load_document
from medgloss.documents.po import PODocument, read_po
from medgloss.documents.po_syntax import scan_po
from medgloss.errors import DocumentError
from medgloss.findings import Edit, Finding, Fix
from medgloss.fixing.apply import apply_fixes

FIXTURE = Path(__file__).parent / "fixtures" / "bilingual" / "nemo-leaflet.fr.po"


@pytest.fixture(scope="module")
def text() -> str:
    return FIXTURE.read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def document(text) -> PODocument:
    return read_po(str(FIXTURE), text)


@pytest.fixture(scope="module")
def findings(document, glossary) -> list[Finding]:
    # The monolingual checks; test_bilingual.py covers the MG2xx ones.
    return check_document(document, glossary=glossary, select=["MG1"])


def line_of(text: str, needle: str) -> int:
    """1-based line of the first line containing ``needle``."""
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


def fix(document: PODocument, findings: list[Finding]) -> str:
    result = apply_fixes(document.text, findings, escape=document.escape)
    return document.after_fix(result.text, result.fixed)


def test_translations_are_checked_and_positions_exact(text, findings) -> None:
    lines = text.split("\n")
    assert [f.found.split()[0] for f in findings] == [
        "canule", "stéroïdes", "humidifier", "cellules", "type", "attraper", "canule", "canule", "attraper"
    ]
    for finding in findings:
        assert text[finding.offset : finding.offset + finding.length] == finding.found
        first_line = lines[finding.line - 1]
        assert first_line[finding.column - 1 :].startswith(finding.found.split("\n")[0])
        assert first_line.lstrip().startswith(('"', "msgstr")), "a finding outside a msgstr"


def test_msgid_comments_obsolete_header_and_ignored_entries_are_not_checked(text, findings) -> None:
    flagged = {f.line for f in findings}
    not_checked = [
        "ne pas écrire « canule dans une veine »",  # translator comment
        'msgid "Une canule dans une veine',  # a French msgid
        "Ancienne phrase sur les stéroïdes pour humidifier",  # obsolete entry
        "Note historique : on posait autrefois une canule",  # medgloss: ignore[MG103]
        "des stéroïdes pour humidifier le système immunitaire.",  # #, medgloss-ignore
    ]
    for needle in not_checked:
        assert line_of(text, needle) not in flagged, needle
    # "# medgloss: ignore[MG101]" does not hide the MG103 of its entry.
    assert line_of(text, "aide à attraper les infections") in flagged


def test_term_split_across_continuation_lines(text, findings) -> None:
    (split,) = [f for f in findings if f.rule == "MG102"]
    assert split.found == 'cellules "\n"souches sanguines'
    assert (split.line, split.end_line) == (line_of(text, '"Greffe de moelle'), line_of(text, '"souches sanguines'))


def test_findings_carry_the_entry_context(findings) -> None:
    by_found = {}
    for finding in findings:
        by_found.setdefault(finding.found.split()[0], []).append(finding.context)
    assert by_found["cellules"] == [{"msgctxt": "transplant", "msgid": "Bone marrow or blood stem cell transplant."}]
    assert by_found["type"] == [{"msgid": 'A donor whose "tissue type" matches the patient.'}]
    plural = [c for c in by_found["canule"] if "msgid_plural" in c]
    assert [c["plural_form"] for c in plural] == ["0", "1"]
    assert plural[1]["msgid_plural"] == "%d infusions every week."


def test_units_are_the_translations(document, text) -> None:
    sources = [u.source for u in document.units]
    assert "Treatment" in sources and "%d infusions every week." in sources
    assert "" not in sources  # no header
    assert not any("Not yet translated" in s for s in sources)  # empty msgstr
    assert not any("1990" in s for s in sources)  # "#, medgloss-ignore"
    for unit in document.units:
        assert text[unit.start - 1] == '"' and text[unit.end] == '"'
        assert text.split("\n")[unit.line - 1].lstrip().startswith("msgstr")


def test_scanner_agrees_with_polib(text) -> None:
    ours = [e for e in scan_po(text, "x.po") if not e.obsolete]
    theirs = [e for e in polib.pofile(text) if not e.obsolete]
    theirs.insert(0, None)  # polib keeps the header apart
    assert len(ours) == len(theirs)
    for mine, entry in zip(ours[1:], theirs[1:]):
        assert mine.value("msgid") == entry.msgid
        assert mine.value("msgctxt") == entry.msgctxt
        values = [f.value for f in mine.msgstrs]
        expected = [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)] if entry.msgid_plural else [entry.msgstr]
        assert values == expected
        assert mine.flags == entry.flags


def test_fix_changes_only_msgstr_text_and_marks_fuzzy(document, findings, text) -> None:
    fixed = fix(document, findings)
    removed, added = [], []
    for line in difflib.ndiff(text.split("\n"), fixed.split("\n")):
        if line.startswith("- "):
            removed.append(line[2:])
        elif line.startswith("+ "):
            added.append(line[2:])
    assert all(line.startswith(("msgstr", '"')) or line == "#, c-format" for line in removed)
    assert all(line.startswith(("msgstr", '"', "#, fuzzy")) for line in added)
    # The wrapping of the split term stays as it was.
    assert '"Greffe de moelle osseuse ou de cellules "\n"souches hématopoïétiques."' in fixed
    assert 'msgstr "Un donneur dont le \\"groupe tissulaire\\" correspond au patient.\\n"' in fixed
    catalog = {(e.msgctxt, e.msgid): e for e in polib.pofile(fixed)}
    before = {(e.msgctxt, e.msgid): e for e in polib.pofile(text)}
    assert catalog.keys() == before.keys()
    for key, entry in catalog.items():
        changed = entry.msgstr != before[key].msgstr or entry.msgstr_plural != before[key].msgstr_plural
        assert ("fuzzy" in entry.flags) == (changed or "fuzzy" in before[key].flags), key
        assert [f for f in entry.flags if f != "fuzzy"] == [f for f in before[key].flags if f != "fuzzy"]
        assert (entry.tcomment, entry.comment, entry.occurrences) == (
            before[key].tcomment, before[key].comment, before[key].occurrences)
    assert "#, fuzzy, c-format\n" in fixed
    assert fixed.endswith(text[text.index("#~ msgid"):])  # the obsolete entry, byte for byte


def test_fixed_catalog_passes_msgfmt(document, findings, tmp_path) -> None:
    if shutil.which("msgfmt") is None:
        pytest.skip("GNU gettext's msgfmt is not installed (make system-deps)")
    out = tmp_path / "fixed.po"
    out.write_text(fix(document, findings), encoding="utf-8")
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_no_fuzzy_and_crlf(text, glossary) -> None:
    crlf = text.replace("\n", "\r\n")
    document = read_po("crlf.po", crlf)
    found = check_document(document, glossary=glossary, select=["MG1"])
    assert [f.found.split()[0] for f in found][:3] == ["canule", "stéroïdes", "humidifier"]
    for finding in found:
        assert crlf[finding.offset : finding.end] == finding.found
    fixed = fix(document, found)
    assert "\r\n#, fuzzy\r\nmsgid" in fixed and "\n#, fuzzy\n" not in fixed
    assert fixed.count("\n") == fixed.count("\r\n")
    document.mark_fuzzy = False
    unflagged = fix(document, check_document(document, glossary=glossary, select=["MG1"]))
    assert unflagged.count("fuzzy") == crlf.count("fuzzy")


def test_fix_that_would_cut_an_escape_is_withdrawn(glossary) -> None:
    text = 'msgid "x"\nmsgstr "Le \\"type de tissu\\" correspond."\n'
    document = read_po("x.po", text)
    quote = text.index('\\"type') + 1  # inside the escape sequence \"
    bogus = Finding("x.po", quote, 5, "MG104", "c", "error", "", text[quote:quote + 5], ["y"],
                    fix=Fix((Edit(quote, 5, "y"),)))
    outside = Finding("x.po", 0, 5, "MG104", "c", "error", "", "msgid", ["y"], fix=Fix((Edit(0, 5, "y"),)))
    reviewed = document.review([bogus, outside])
    assert [f.fix for f in reviewed] == [None, None]
    assert document.escape('a "b"\n') == 'a \\"b\\"\\n'


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        ('msgid "a"\nmsgstr "b\n', 2, "unterminated string"),
        ('msgid "a"\nmsgstr "b\\q"\n', 2, "invalid escape"),
        ('msgid "a"\n\nmsgid "b"\nmsgstr "c"\n', 1, "msgid without msgstr"),
        ('# comment\nmsgstr "a"\n', 2, "msgstr without msgid"),
        ('msgid "a"\nmsgid_plural "as"\nmsgstr "b"\n', 3, "needs an index"),
        ('msgid "a"\nmsgstr "b" c\n', 2, "unexpected text"),
        ('msgid "a"\nmsgstr "b"\nnonsense\n', 3, "unexpected text"),
    ],
)
def test_malformed_po_is_one_error_with_its_line(content, line, message) -> None:
    with pytest.raises(DocumentError) as caught:
        read_po("bad.po", content)
    assert caught.value.line == line and message in str(caught.value)


def test_cli_fix_writes_file_and_second_run_changes_nothing(cli, tmp_path) -> None:
    target = tmp_path / "leaflet.po"
    shutil.copy(FIXTURE, target)
    (tmp_path / "broken.po").write_text('msgid "a"\nmsgstr "unterminated\n', encoding="utf-8")
    result = cli("check", "--fix", "--select", "MG1", "--format", "json", "leaflet.po", "broken.po")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "medgloss: error: broken.po:2: malformed PO: unterminated string"
    assert lines[1:] == ["leaflet.po: 9 fixes applied, 0 left", "In all: 9 fixes applied, 0 left."]
    assert json.loads(result.stdout)["findings"] == []
    once = target.read_bytes()
    assert once != FIXTURE.read_bytes() and once.count(b"#, fuzzy") == 8
    assert cli("check", "--fix", "--select", "MG1", "leaflet.po").returncode == 0
    assert target.read_bytes() == once


def test_load_document_picks_the_po_reader(tmp_path) -> None:
    path = tmp_path / "messages.pot"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Cannula"\nmsgstr ""\n',
                    encoding="utf-8")
    document = load_document(str(path))
    assert isinstance(document, PODocument) and document.units == []
    assert set(document.view) <= {"\n"}


def test_declared_charset_is_used_and_kept(tmp_path, glossary) -> None:
    from medgloss.api import fix_document
    from medgloss.documents.io import encode

    content = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
               'msgid "A cannula into a vein, in summer."\nmsgstr "Une canule dans une veine, en été."\n')
    path = tmp_path / "latin1.po"
    path.write_bytes(content.encode("latin-1"))
    document = load_document(str(path))
    assert document.encoding == "iso8859-1"
    (finding,) = check_document(document, glossary=glossary, select=["MG1"])
    assert finding.found == "canule"
    data = encode(fix_document(document, glossary=glossary, select=["MG1"]).text, document.encoding, document.bom)
    assert data.decode("latin-1").endswith('msgstr "Un cathéter dans une veine, en été."\n')
    assert "#, fuzzy\nmsgid" in data.decode("latin-1")
    template = tmp_path / "new.pot"  # a fresh template says charset=CHARSET: UTF-8 is assumed
    template.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=CHARSET\\n"\n', encoding="utf-8")
    assert load_document(str(template)).encoding == "utf-8"


def test_wrapping_kept_when_the_change_starts_at_a_line_break(glossary) -> None:
    text = ('msgid "Blood stem cells."\nmsgstr ""\n"Des cellules souches "\n"sanguines\\ttrès \\"rares\\"."\n')
    document = read_po("w.po", text)
    out = fix(document, check_document(document, glossary=glossary, select=["MG1"]))
    assert out == ('#, fuzzy\nmsgid "Blood stem cells."\nmsgstr ""\n"Des cellules souches "\n'
                   '"hématopoïétiques\\ttrès \\"rares\\"."\n')
