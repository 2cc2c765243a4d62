"""``medgloss catalog build``: glossary → PO/MO that GNU gettext and Python's gettext accept."""

from __future__ import annotations

import gettext
from pathlib import Path

import polib
import pytest
from catalog_helpers import TERMS_V1, TERMS_V2, msgfmt_check, write_glossary

import medgloss
from medgloss.catalog import build_catalogs
from medgloss.documents.plurals import CLDR_FRENCH, GNU_FRENCH

# Both French headers a catalog can have (GNU gettext's two forms, CLDR's three): every build
# test that involves plurals runs with each forced, so the suite says the same whatever Babel
# (whose CLDR data switched from two to three forms in 2.19) is installed.
HEADERS = {"gnu": GNU_FRENCH, "cldr": CLDR_FRENCH}
COUNTS = (0, 1, 2, 3, 1_000_000)


def _translation(folder, domain="medgloss"):
    return gettext.translation(domain, localedir=str(folder), languages=["fr"])


def test_bundled_glossary_catalog_passes_msgfmt_and_loads(tmp_path, glossary):
    result = build_catalogs(glossary, tmp_path / "locales")
    msgfmt_check(result.po_path)
    tr = _translation(tmp_path / "locales")
    assert tr.pgettext("immunoglobulin", "immunoglobulin") == "immunoglobuline"
    assert tr.npgettext("immunoglobulin", "immunoglobulin", "immunoglobulins", 3) == "immunoglobulines"
    assert tr.npgettext("stem-cell", "stem cell", "stem cells", 2) == "cellules souches"
    # An English acronym gets the French one.
    assert tr.pgettext("intravenous-immunoglobulin", "IVIG") == "IgIV"
    # A verb phrase has no plural entry.
    assert tr.pgettext("take-place", "take place") == "avoir lieu"
    # Every concept and English term is there (plurals of another term are folded into it).
    po = polib.pofile(str(result.po_path))
    pairs = {(e.msgctxt, e.msgid) for e in po}
    for concept in glossary.concepts.values():
        assert any(ctx == concept.id for ctx, _ in pairs), concept.id
    assert ("antibody", "antibodies") not in pairs
    assert next(e for e in po if e.msgctxt == "antibody").msgid_plural == "antibodies"


def test_headers_and_translator_comments(tmp_path, glossary):
    result = build_catalogs(glossary, tmp_path, domain="termes")
    assert result.po_path == tmp_path / "fr" / "LC_MESSAGES" / "termes.po"
    assert result.mo_path.is_file()
    po = polib.pofile(str(result.po_path))
    assert po.metadata["Language"] == "fr"
    # GNU gettext's French convention, whatever Babel's locale data says.
    assert po.metadata["Plural-Forms"] == GNU_FRENCH
    assert po.metadata["Content-Type"] == "text/plain; charset=utf-8"
    assert po.metadata["Generated-By"].startswith("Babel")
    assert po.metadata["Project-Id-Version"].startswith("medgloss")
    entry = next(e for e in po if e.msgctxt == "intravenous-immunoglobulin" and e.msgid == "intravenous immunoglobulin")
    comment = " ".join(entry.comment.split())
    assert "Definition: Immunoglobulines humaines normales" in comment
    assert "Admitted: IgIV (abbreviation)" in comment
    assert "IVIG → IgIV" in comment
    assert "Source: ansm" in comment


def test_rebuild_follows_babel_update_semantics(tmp_path):
    glossary_dir = write_glossary(tmp_path / "g", TERMS_V1)
    out = tmp_path / "locales"
    g1 = medgloss.load_glossary([glossary_dir], include_default=False)
    first = build_catalogs(g1, out)
    assert len(first.added) == 3
    # A translator edits « blood test » by hand.
    po = polib.pofile(str(first.po_path))
    entry = po.find("blood test", msgctxt="blood-test")
    assert entry.msgid_plural == "blood tests"
    entry.msgstr_plural = {0: "analyse de sang", 1: "analyses de sang"}
    po.save()

    glossary_dir = write_glossary(tmp_path / "g", TERMS_V2)
    g2 = medgloss.load_glossary([glossary_dir], include_default=False)
    second = build_catalogs(g2, out)
    msgfmt_check(second.po_path)
    assert second.added == ["rash|rash"]
    assert second.obsolete == ["nurse|nurse"]
    assert second.kept == ["blood-test|blood test"]
    assert second.updated == ["fever|fever"]
    po = polib.pofile(str(second.po_path))
    obsolete = [e for e in po if e.obsolete]
    assert [e.msgid for e in obsolete] == ["nurse"]
    tr = _translation(out)
    assert tr.npgettext("blood-test", "blood test", "blood tests", 1) == "analyse de sang"
    assert tr.npgettext("fever", "fever", "fevers", 2) == "hyperthermies"
    assert tr.npgettext("rash", "rash", "rashes", 1) == "éruption cutanée"
    # A third build with the same glossary changes nothing a translator did.
    third = build_catalogs(g2, out)
    assert third.kept == ["blood-test|blood test"] and not third.added and not third.updated


def test_hand_translation_now_forbidden_is_marked_fuzzy(tmp_path):
    out = tmp_path / "locales"
    g1 = medgloss.load_glossary([write_glossary(tmp_path / "g", TERMS_V1)], include_default=False)
    first = build_catalogs(g1, out)
    po = polib.pofile(str(first.po_path))
    entry = po.find("blood test", msgctxt="blood-test")
    entry.msgstr_plural = {0: "test sanguin", 1: "tests sanguins"}
    po.save()
    build_catalogs(g1, out)
    entry = polib.pofile(str(first.po_path)).find("blood test", msgctxt="blood-test")
    assert entry.msgstr_plural[0] == "test sanguin"
    assert "fuzzy" in entry.flags
    # Fuzzy entries are left out of the MO: gettext falls back to the English.
    assert _translation(out).npgettext("blood-test", "blood test", "blood tests", 1) == "blood test"


def test_cli_build_and_errors(cli, tmp_path):
    done = cli("catalog", "build", "--output-dir", "out", "--domain", "gloss")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out/fr/LC_MESSAGES/gloss.mo").is_file()
    assert "messages (" in done.stdout
    bad = cli("catalog", "build", "--locale", "de")
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "French" in bad.stderr
    broken = tmp_path / "x" / "fr" / "LC_MESSAGES"
    broken.mkdir(parents=True)
    (broken / "medgloss.po").write_text('msgid "a"\nmsgstr "b"\nmsgid\n', encoding="utf-8")
    done = cli("catalog", "build", "--output-dir", "x")
    assert done.returncode == 2
    assert "medgloss.po" in done.stderr and "Traceback" not in done.stderr
    assert (broken / "medgloss.po").read_text(encoding="utf-8") == 'msgid "a"\nmsgstr "b"\nmsgid\n'


def test_build_refuses_to_merge_into_another_catalog(cli, tmp_path):
    folder = tmp_path / "locales" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    own = Path(__file__).resolve().parent.parent / "locales" / "fr" / "LC_MESSAGES" / "medgloss.po"
    (folder / "medgloss.po").write_bytes(own.read_bytes())
    done = cli("catalog", "build")
    assert done.returncode == 2
    assert "medgloss.po: not a glossary catalog" in done.stderr
    assert (folder / "medgloss.po").read_bytes() == own.read_bytes()
    assert not (folder / "medgloss.mo").exists()


def _french_plural_expected(n, singular, plural):
    # French takes the singular for 0 and 1, the plural from 2 on; CLDR's « many » category
    # (1 000 000, « 1 000 000 de perfusions ») takes the plural too.
    return singular if n in (0, 1) else plural


@pytest.mark.parametrize("name", HEADERS)
def test_every_plural_slot_is_filled_with_the_french_form(tmp_path, glossary, name):
    result = build_catalogs(glossary, tmp_path / "locales", plural_forms=name)
    msgfmt_check(result.po_path)
    po = polib.pofile(str(result.po_path))
    assert po.metadata["Plural-Forms"] == HEADERS[name]
    nplurals = 2 if name == "gnu" else 3
    plural_entries = [e for e in po if e.msgid_plural and not e.obsolete]
    assert len(plural_entries) > 100
    for entry in plural_entries:
        assert sorted(entry.msgstr_plural) == list(range(nplurals)), entry.msgid
        assert all(entry.msgstr_plural.values()), f"empty plural slot in {entry.msgctxt}|{entry.msgid}"
    with result.mo_path.open("rb") as handle:
        tr = gettext.GNUTranslations(handle)
    for n in COUNTS:
        assert tr.npgettext("immunoglobulin", "immunoglobulin", "immunoglobulins", n) == \
            _french_plural_expected(n, "immunoglobuline", "immunoglobulines"), n
        assert tr.npgettext("stem-cell", "stem cell", "stem cells", n) == \
            _french_plural_expected(n, "cellule souche", "cellules souches"), n
    # Every plural entry of the catalog, through gettext's own choice of slot.
    for entry in plural_entries:
        singular = entry.msgstr_plural[0]
        plural = entry.msgstr_plural[1 if name == "gnu" else 2]
        for n in COUNTS:
            assert tr.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, n) == \
                _french_plural_expected(n, singular, plural)


@pytest.mark.parametrize(("first", "second"), [("gnu", "cldr"), ("cldr", "gnu")])
def test_rebuild_keeps_the_header_unless_told_and_converts_hand_translations(tmp_path, first, second):
    out = tmp_path / "locales"
    g1 = medgloss.load_glossary([write_glossary(tmp_path / "g", TERMS_V1)], include_default=False)
    built = build_catalogs(g1, out, plural_forms=first)
    po = polib.pofile(str(built.po_path))
    entry = po.find("blood test", msgctxt="blood-test")
    entry.msgstr_plural = {i: "analyse de sang" if i == 0 else "analyses de sang" for i in entry.msgstr_plural}
    po.save()
    again = build_catalogs(g1, out)  # no choice: the catalog keeps its own header
    assert polib.pofile(str(again.po_path)).metadata["Plural-Forms"] == HEADERS[first]
    assert again.kept == ["blood-test|blood test"] and not again.updated
    converted = build_catalogs(g1, out, plural_forms=second)
    msgfmt_check(converted.po_path)
    po = polib.pofile(str(converted.po_path))
    assert po.metadata["Plural-Forms"] == HEADERS[second]
    assert converted.kept == ["blood-test|blood test"] and not converted.updated
    assert all(len(e.msgstr_plural) == (2 if second == "gnu" else 3) and all(e.msgstr_plural.values())
               for e in po if e.msgid_plural)
    tr = _translation(out)
    for n in COUNTS:
        assert tr.npgettext("blood-test", "blood test", "blood tests", n) == \
            _french_plural_expected(n, "analyse de sang", "analyses de sang")
        assert tr.npgettext("fever", "fever", "fevers", n) == _french_plural_expected(n, "fièvre", "fièvres")


def test_rebuild_fills_the_slot_an_older_build_left_empty(tmp_path):
    # What medgloss wrote with Babel 2.19 before it chose its header: three forms, msgstr[2] "".
    out = tmp_path / "locales"
    g1 = medgloss.load_glossary([write_glossary(tmp_path / "g", TERMS_V1)], include_default=False)
    built = build_catalogs(g1, out, plural_forms="cldr")
    po = polib.pofile(str(built.po_path))
    for entry in po:
        if entry.msgid_plural:
            entry.msgstr_plural[2] = ""
    po.save()
    rebuilt = build_catalogs(g1, out)
    assert not rebuilt.kept
    assert sorted(rebuilt.updated) == ["blood-test|blood test", "fever|fever", "nurse|nurse"]
    po = polib.pofile(str(rebuilt.po_path))
    assert po.find("fever", msgctxt="fever").msgstr_plural == {0: "fièvre", 1: "fièvres", 2: "fièvres"}
    assert _translation(out).npgettext("fever", "fever", "fevers", 3) == "fièvres"


def test_plural_forms_option_and_bad_values(cli, tmp_path):
    done = cli("catalog", "build", "--plural-forms", "cldr")
    assert done.returncode == 0, done.stderr
    po = polib.pofile(str(tmp_path / "locales/fr/LC_MESSAGES/medgloss.po"))
    assert po.metadata["Plural-Forms"] == CLDR_FRENCH
    bad = cli("catalog", "build", "--output-dir", "other", "--plural-forms", "nplurals=2; plural=(n > 2 ? 5 : 0);")
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "Plural-Forms" in bad.stderr and "Traceback" not in bad.stderr
    assert not (tmp_path / "other").exists()
    # A catalog whose own header is broken is named in the error and left as it was.
    path = tmp_path / "locales/fr/LC_MESSAGES/medgloss.po"
    po.metadata["Plural-Forms"] = "nplurals=3; plural=n +;"
    po.save()
    broken = path.read_text(encoding="utf-8")
    done = cli("catalog", "build")
    assert done.returncode == 2
    assert "medgloss.po" in done.stderr and done.stderr.count("\n") == 1
    assert path.read_text(encoding="utf-8") == broken
