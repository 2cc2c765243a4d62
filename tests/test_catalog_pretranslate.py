"""``medgloss catalog pretranslate`` and ``medgloss lookup`` across languages and inflections."""

from __future__ import annotations

import gettext
import json

import polib
import pytest
from catalog_helpers import msgfmt_check

from medgloss.catalog.pretranslate import pretranslate_file
from medgloss.documents.plurals import CLDR_FRENCH, GNU_FRENCH
from medgloss.matching.lookup import lookup

APP_PO = """# Messages of a patient portal.
msgid ""
msgstr ""
"Project-Id-Version: portal 2.1\\n"
"PO-Revision-Date: 2026-11-20 10:00+0100\\n"
"Last-Translator: Claire Martin <claire@example.org>\\n"
"Language-Team: French <fr@example.org>\\n"
"Language: fr\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

#: portal/menu.py:10
msgid "Immunoglobulins"
msgstr ""

#: portal/menu.py:11
msgid "IVIG"
msgstr ""

#: portal/menu.py:12
msgid "stem cell"
msgid_plural "stem cells"
msgstr[0] ""
msgstr[1] ""

#: portal/menu.py:13
msgid "Your next appointment"
msgstr ""

#: portal/menu.py:14
msgid "donor"
msgstr "donneuse"

#: portal/menu.py:15
#, fuzzy
msgid "infusion"
msgstr "infusion"

#: portal/menu.py:16
msgid "Bone marrow"
msgstr ""
"""


def test_pretranslate_fills_terms_fuzzy_and_keeps_the_rest(cli, tmp_path):
    path = tmp_path / "fr.po"
    path.write_text(APP_PO, encoding="utf-8")
    done = cli("catalog", "pretranslate", "fr.po")
    assert done.returncode == 0, done.stderr
    assert "filled 4 entries of 5 untranslated" in done.stdout
    po = polib.pofile(str(path))
    assert po.metadata["Last-Translator"] == "Claire Martin <claire@example.org>"
    filled = {e.msgid: e for e in po if e.msgstr or any(e.msgstr_plural.values())}
    assert filled["Immunoglobulins"].msgstr == "Immunoglobulines"
    assert filled["IVIG"].msgstr == "IgIV"
    assert filled["stem cell"].msgstr_plural == {0: "cellule souche", 1: "cellules souches"}
    assert filled["Bone marrow"].msgstr == "Moelle osseuse"
    for msgid in ("Immunoglobulins", "IVIG", "stem cell", "Bone marrow"):
        assert "fuzzy" in filled[msgid].flags
    assert filled["donor"].msgstr == "donneuse" and "fuzzy" not in filled["donor"].flags
    assert filled["infusion"].msgstr == "infusion"  # a translator's fuzzy draft is not overwritten
    assert po.find("Your next appointment").msgstr == ""
    assert po.find("Your next appointment").occurrences == [("portal/menu.py", "13")]
    msgfmt_check(path)
    # Fuzzy entries stay out of the compiled catalog until a human reviews them.
    (tmp_path / "l" / "fr" / "LC_MESSAGES").mkdir(parents=True)
    po.save_as_mofile(str(tmp_path / "l" / "fr" / "LC_MESSAGES" / "portal.mo"))
    tr = gettext.translation("portal", localedir=str(tmp_path / "l"), languages=["fr"])
    assert tr.gettext("donor") == "donneuse" and tr.gettext("IVIG") == "IVIG"
    again = cli("catalog", "pretranslate", "fr.po")
    assert "filled 0 entries of 1 untranslated" in again.stdout


@pytest.mark.parametrize("header", [GNU_FRENCH, CLDR_FRENCH])
def test_pretranslate_fills_every_slot_of_either_french_header(tmp_path, glossary, header):
    nplurals = int(header.split(";")[0].split("=")[1])
    text = APP_PO.replace("nplurals=2; plural=(n > 1);", header)
    if nplurals == 3:
        text = text.replace('msgstr[1] ""\n', 'msgstr[1] ""\nmsgstr[2] ""\n')
    path = tmp_path / "fr.po"
    path.write_text(text, encoding="utf-8")
    pretranslate_file(path, glossary)
    msgfmt_check(path)
    po = polib.pofile(str(path))
    entry = po.find("stem cell")
    assert entry.msgstr_plural == {i: "cellule souche" if i == 0 else "cellules souches" for i in range(nplurals)}
    entry.flags.remove("fuzzy")  # as a reviewer would
    (tmp_path / "l" / "fr" / "LC_MESSAGES").mkdir(parents=True)
    po.save_as_mofile(str(tmp_path / "l" / "fr" / "LC_MESSAGES" / "portal.mo"))
    tr = gettext.translation("portal", localedir=str(tmp_path / "l"), languages=["fr"])
    for n in (0, 1, 2, 3, 1_000_000):
        assert tr.ngettext("stem cell", "stem cells", n) == ("cellule souche" if n < 2 else "cellules souches"), n


def test_pretranslate_bad_input(cli, tmp_path):
    (tmp_path / "bad.po").write_text('msgid "a"\nmsgstr "b"\n\nthis is not po\n', encoding="utf-8")
    done = cli("catalog", "pretranslate", "bad.po")
    assert done.returncode == 2 and done.stderr.startswith("medgloss: error: bad.po:4: not a valid PO file")
    assert done.stderr.count("\n") == 1
    assert (tmp_path / "bad.po").read_text(encoding="utf-8") == 'msgid "a"\nmsgstr "b"\n\nthis is not po\n'
    missing = cli("catalog", "pretranslate", "none.po")
    assert missing.returncode == 2 and "none.po: no such file" in missing.stderr


def test_lookup_finds_english_and_french_inflections(glossary):
    for query in ("immunoglobulins", "Immunoglobulin", "gamma globulins", "immunoglobulines", "IMMUNOGLOBULINE"):
        assert [c.id for c in lookup(glossary, query)] == ["immunoglobulin"], query
    assert [c.id for c in lookup(glossary, "stem cells")] == ["stem-cell"]
    assert [c.id for c in lookup(glossary, "diagnoses")] == ["diagnosis"]
    assert [c.id for c in lookup(glossary, "intra-veineuses")] == ["intravenous"]
    assert [c.id for c in lookup(glossary, "humidifiait")] == []  # a rule trigger is not a concept term
    assert lookup(glossary, "zzz") == []
    # The English source word of a false friend leads to the concept meant.
    assert [c.id for c in lookup(glossary, "dampened")] == ["immunosuppression"]


def test_lookup_cli_card(cli):
    done = cli("lookup", "intravenous immunoglobulins")
    assert done.returncode == 0, done.stderr
    assert "immunoglobuline intraveineuse  [intravenous-immunoglobulin]" in done.stdout
    assert "✗ deprecated: IVIG (noun, f) → IgIV" in done.stdout
    assert "Definition: Immunoglobulines humaines normales" in done.stdout
    assert "Source: ANSM" in done.stdout
    dampen = cli("lookup", "dampen").stdout
    assert "immunosuppression  [immunosuppression]" in dampen  # a noun concept, not the verb « atténuer »
    assert "✗ false friend: humidifier (EN « dampen, dampen down ») → atténuer, freiner" in dampen
    data = json.loads(cli("lookup", "--format", "json", "sous-cutanées").stdout)
    assert [d["concept"] for d in data] == ["subcutaneous"]
    missing = cli("lookup", "zzz")
    assert missing.returncode == 1 and "zzz" in missing.stdout


LABELS_PO = (
    'msgid ""\r\n'
    'msgstr ""\r\n'
    '"Language: fr\\n"\r\n'
    '"Content-Type: text/plain; charset=ISO-8859-1\\n"\r\n'
    '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\r\n'
    "\r\n"
    "#: app.py:1\r\n"
    'msgid "BONE MARROW"\r\n'
    'msgstr ""\r\n'
    "\r\n"
    "#, python-format\r\n"
    'msgid "Bone Marrow Transplant:"\r\n'
    'msgstr ""\r\n'
    "\r\n"
    'msgid "Heart"\r\n'
    'msgstr ""\r\n'
    "\r\n"
    'msgid ""\r\n'
    '"A long message, already translated, whose wrapping polib would change when it "\r\n'
    '"saves the file again."\r\n'
    'msgstr ""\r\n'
    '"Un long message, déjà traduit, dont polib changerait le découpage en "\r\n'
    '"enregistrant le fichier."\r\n'
)


def test_pretranslate_edits_only_what_it_fills(cli, tmp_path):
    path = tmp_path / "labels.po"
    original = LABELS_PO.encode("iso-8859-1")
    path.write_bytes(original)
    done = cli("catalog", "pretranslate", "labels.po")
    assert done.returncode == 0, done.stderr
    # What was filled is reported, entry by entry, in the source's case and with its affixes.
    assert "labels.po:8: « BONE MARROW » → « MOELLE OSSEUSE »" in done.stdout
    assert "labels.po:12: « Bone Marrow Transplant: » → « Greffe de moelle osseuse\u00a0: »" in done.stdout
    # « cœur » cannot be written in ISO-8859-1 and the concept has no other term: left alone, said so.
    assert "labels.po:15: « Heart » left untranslated: iso8859-1 cannot write « cœur »" in done.stderr
    after = path.read_bytes().decode("iso-8859-1")
    expected = (LABELS_PO
                .replace('"BONE MARROW"\r\nmsgstr ""', '"BONE MARROW"\r\nmsgstr "MOELLE OSSEUSE"')
                .replace("#: app.py:1\r\n", "#: app.py:1\r\n#, fuzzy\r\n")
                .replace("#, python-format", "#, fuzzy, python-format")
                .replace('"Bone Marrow Transplant:"\r\nmsgstr ""', '"Bone Marrow Transplant:"\r\nmsgstr "Greffe de moelle osseuse\u00a0:"'))
    assert after == expected  # every other byte, the CRLF line ends and the wrapping kept
    msgfmt_check(path)


def test_pretranslate_refuses_a_malformed_catalog_with_exit_2(cli, tmp_path):
    path = tmp_path / "broken.po"
    path.write_bytes(b'msgid "Heart"\nmsgstr ""\n\nmsgid "unterminated\n')
    done = cli("catalog", "pretranslate", "broken.po")
    assert done.returncode == 2 and done.stderr.startswith("medgloss: error: broken.po:")
    assert "Traceback" not in done.stderr
    assert path.read_bytes() == b'msgid "Heart"\nmsgstr ""\n\nmsgid "unterminated\n'
