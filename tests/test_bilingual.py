"""Checks of translated catalogs that use the English source: MG201, MG202, MG203."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polib
import pytest
from catalog_helpers import msgfmt_check

from medgloss.api import check_document
from medgloss.checks.bilingual import pairs_document
from medgloss.documents.model import Document
from medgloss.documents.plurals import CLDR_FRENCH, GNU_FRENCH
from medgloss.documents.text import read_text

FIXTURE = Path(__file__).parent / "fixtures" / "bilingual-leaflet.fr.po"


def bilingual(pairs: list[tuple[str, str]]) -> Document:
    """A two-column document: English lines masked out of the view, French targets as units."""
    return pairs_document(pairs, "leaflet.tsv")


def rules(findings):
    return [(f.rule, f.found) for f in findings]


def test_missing_term_translation():
    doc = bilingual([
        ("A bone marrow transplant may be offered.", "Une intervention peut être proposée."),
        ("A bone marrow transplant may be offered.", "Une greffe de moelle osseuse peut être proposée."),
        ("Stem cells are collected from the donor.", "Les cellules souches sont prélevées chez le donneur."),
        ("Stem cells are collected from the donor.", ""),  # untranslated: not a terminology error
    ])
    findings = check_document(doc)
    assert rules(findings) == [("MG201", "Une intervention peut être proposée.")]
    assert findings[0].replacements == ["greffe de moelle osseuse", "transplantation de moelle osseuse"]
    assert "« bone marrow transplant »" in findings[0].message
    assert findings[0].context == {"msgid": "A bone marrow transplant may be offered."}


def test_inflected_and_admitted_terms_count_as_present():
    doc = bilingual([
        ("Immunoglobulins are given by infusion.", "Les immunoglobulines sont administrées par perfusion."),
        ("The catheter goes into a vein.", "Le cathéter veineux périphérique est posé dans une veine."),
        ("The medicine is given intravenously.", "Le médicament est administré par voie intraveineuse."),
        # Terms nested in a longer French term are there too (moelle osseuse, greffe).
        ("Bone marrow or blood stem cell transplant.",
         "Greffe de moelle osseuse ou de cellules souches hématopoïétiques."),
    ])
    assert check_document(doc) == []


def test_inconsistent_translation_against_the_majority():
    doc = bilingual([
        ("Intravenous immunoglobulin is given monthly.", "L’immunoglobuline intraveineuse est administrée chaque mois."),
        ("Intravenous immunoglobulin can cause headaches.", "Les IgIV peuvent provoquer des maux de tête."),
        ("Intravenous immunoglobulin comes from plasma.", "Les immunoglobulines intraveineuses proviennent du plasma."),
        # A different English term (the acronym) may well get the French acronym.
        ("IVIG is given in hospital.", "Les IgIV sont administrées à l’hôpital."),
    ])
    findings = check_document(doc)
    assert rules(findings) == [("MG202", "IgIV")]
    assert findings[0].replacements == ["immunoglobuline intraveineuse"]
    assert "in 2 other entries" in findings[0].message


def test_source_false_friend_keeps_the_french_context():
    # A label has no French context: the source says what was meant.
    label = check_document(bilingual([("Dampen", "Humidifier")]), domain="medical")
    assert rules(label) == [("MG203", "Humidifier")]
    assert label[0].replacements[0] == "Atténuer" and label[0].rule_id == "humidifier-dampen"
    assert label[0].fix is not None and not label[0].fix.safe  # the translator decides
    # In a sentence the rule's French context must hold (issue 18): « dampen » may well be
    # rendered « humidifier » where something is made moist.
    moist = bilingual([("Dampen the compress before use.", "Humidifiez la compresse avant usage.")])
    assert check_document(moist) == []
    # Where the French context holds, the finding is a plain false friend.
    both = bilingual([("Steroids dampen the immune system.", "Les corticoïdes humidifient le système immunitaire.")])
    assert [f.rule for f in check_document(both)] == ["MG103"]
    # The same French without that source is not an error: one humidifies many things.
    french_only = bilingual([("Moisten", "Humidifier")])
    assert check_document(french_only, domain="medical") == []


def test_tissue_type_and_forbidden_terms_reported_once():
    doc = bilingual([
        ("Your donor must be a good tissue type match.", "Votre donneur doit avoir un type de tissu compatible."),
        ("IVIG is given in hospital.", "Les IVIG sont administrées à l’hôpital."),
    ])
    assert [(f.rule, f.found, f.replacements[0]) for f in check_document(doc)] == [
        ("MG104", "type de tissu", "groupe tissulaire"),
        ("MG106", "IVIG", "IgIV"),
    ]


def test_plain_text_has_no_bilingual_findings():
    doc = read_text("notes.txt", "Une intervention peut être proposée.")
    assert check_document(doc) == []


def test_bilingual_po_fixture_all_reported(cli, tmp_path):
    shutil.copy(FIXTURE, tmp_path / "leaflet.fr.po")
    done = cli("check", "--severity", "info", "--format", "json", "leaflet.fr.po")  # MG201 is info
    assert done.returncode == 1, done.stderr
    found = [(f["rule"], f["found"], f["line"]) for f in json.loads(done.stdout)["findings"]]
    assert found == [
        ("MG202", "IgIV", 23),
        ("MG201", "Une intervention peut être proposée à certains enfants.", 32),
        ("MG102", "immunoglobine", 36),
        ("MG103", "humidifient", 40),
    ]


def test_fix_on_the_bilingual_po_marks_entries_fuzzy(cli, tmp_path):
    path = tmp_path / "leaflet.fr.po"
    shutil.copy(FIXTURE, path)
    done = cli("check", "--severity", "info", "--fix", "--format", "json", "leaflet.fr.po")
    assert done.returncode == 1, done.stderr  # MG201 and MG202 have no automatic fix
    left = sorted(f["rule"] for f in json.loads(done.stdout)["findings"])
    assert left == ["MG201", "MG202"]
    msgfmt_check(path)
    po = polib.pofile(str(path))
    dose = po.find("Your immunoglobulin dose depends on your weight.")
    assert dose.msgstr == "La dose d’immunoglobuline dépend de votre poids." and "fuzzy" in dose.flags
    swelling = po.find("Anti-inflammatory medicines dampen the swelling.")
    assert swelling.msgstr == "Les anti-inflammatoires atténuent le gonflement." and "fuzzy" in swelling.flags
    untouched = po.find("A bone marrow transplant may be offered to some children.")
    assert "fuzzy" not in untouched.flags
    before = path.read_bytes()
    again = cli("check", "--severity", "info", "--fix", "leaflet.fr.po")
    assert again.returncode == 1 and path.read_bytes() == before


def test_missing_terms_only_in_documents_of_the_domain():
    # In a software catalog « screen » is no medical screening: no MG201.
    software = [("Screen for new devices", "Rechercher de nouveaux périphériques")] + [
        (f"Open file number {i}", f"Ouvrir le fichier numéro {i}") for i in range(12)
    ]
    assert check_document(bilingual(software)) == []
    leaflet = [
        ("Newborns are screened for immune deficiencies.", "Les nouveau-nés passent un examen des déficits immunitaires."),
        ("Stem cells come from a donor.", "Les cellules souches viennent d’un donneur."),
    ]
    findings = check_document(bilingual(leaflet))
    assert rules(findings) == [("MG201", "Les nouveau-nés passent un examen des déficits immunitaires.")]
    assert findings[0].replacements == ["détecter", "dépister"]


def test_xliff_and_tmx_sources_are_compared(cli, tmp_path):
    fixtures = Path(__file__).parent / "fixtures"
    for name in ("bilingual-leaflet.fr.xlf", "bilingual-memory.tmx"):
        shutil.copy(fixtures / name, tmp_path / name)
    done = cli("check", "--severity", "info", "--format", "json", "bilingual-leaflet.fr.xlf", "bilingual-memory.tmx")
    assert done.returncode == 1, done.stderr
    found = [(f["path"], f["rule"], f["found"], f["line"]) for f in json.loads(done.stdout)["findings"]]
    assert found == [
        ("bilingual-leaflet.fr.xlf", "MG201", "Une intervention peut être proposée à certains enfants.", 7),
        ("bilingual-leaflet.fr.xlf", "MG103", "humidifient", 11),
        ("bilingual-memory.tmx", "MG202", "IgIV", 11),
    ]


def test_source_false_friends_need_a_document_about_medicine():
    # A software catalog: « address » and « support » mean what the French says.
    software = [
        ("Enter the e-mail address of the sender.", "Saisissez l’adresse électronique de l’expéditeur."),
        ("This format is not supported.", "Ce format n’est pas supporté."),
        ("The file could not be opened.", "Le fichier n’a pas pu être ouvert."),
        ("Save changes before closing?", "Enregistrer les modifications avant de fermer ?"),
    ] * 5
    assert [f for f in check_document(bilingual(software)) if f.rule == "MG203"] == []
    # « Infusion » alone among software strings is a tea; among clinical entries, where the
    # translator used the glossary's French, the English vouches for the false friend.
    tea = software + [("Infusion", "Infusion")]
    assert [f for f in check_document(bilingual(tea)) if f.rule == "MG203"] == []
    leaflet = [
        ("Immunoglobulin is given by infusion every month.", "Les immunoglobulines sont administrées par perfusion chaque mois."),
        ("Infusion", "Infusion"),
        ("Subcutaneous immunoglobulin", "Immunoglobuline sous-cutanée"),
    ]
    assert ("MG203", "Infusion") in rules(check_document(bilingual(leaflet)))


def test_homograph_of_a_verb_rule_is_not_flagged():
    from medgloss.api import check_text

    # « adresse » the noun, with « besoin » close by, is not « adresser un problème ».
    assert check_text("Le calcul d’adresse a besoin d’un symbole défini.") == []
    assert [f.found for f in check_text("Votre médecin adressera ce problème lors de la consultation.")] == ["adressera"]


PLURAL_PO = """msgid ""
msgstr ""
"Language: fr\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: {header}\\n"

msgid "The donor gave %d stem cell sample."
msgid_plural "The donor gave %d stem cell samples."
{msgstrs}
"""


@pytest.mark.parametrize("header", [GNU_FRENCH, CLDR_FRENCH])
def test_every_plural_slot_of_either_french_header_is_compared_with_msgid_plural(cli, tmp_path, header):
    nplurals = int(header.split(";")[0].split("=")[1])
    singular = "Le donneur a donné %d échantillon de cellules souches."
    plural = "Le donneur a donné %d échantillons de cellules souches."
    # The last slot (the plural of 2, 3… under both headers) lost its term.
    slots = [singular] + [plural] * (nplurals - 2) + ["Le donneur a donné %d échantillons."]
    msgstrs = "\n".join(f'msgstr[{i}] "{s}"' for i, s in enumerate(slots))
    (tmp_path / "donor.fr.po").write_text(PLURAL_PO.format(header=header, msgstrs=msgstrs), encoding="utf-8")
    msgfmt_check(tmp_path / "donor.fr.po")
    done = cli("check", "--severity", "info", "--format", "json", "donor.fr.po")
    assert done.returncode == 1, done.stderr
    findings = json.loads(done.stdout)["findings"]
    assert [(f["rule"], f["found"], f["line"]) for f in findings] == [
        ("MG201", "Le donneur a donné %d échantillons.", 8 + nplurals)]
    assert findings[0]["context"]["msgid_plural"] == "The donor gave %d stem cell samples."
    assert findings[0]["context"]["plural_form"] == str(nplurals - 1)
