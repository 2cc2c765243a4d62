"""Bilingual checks on catalogs of clinical software (issue 18): the domain of each entry,
derived forms, the sense of the source, names, entries left in English, false friends of
clinical software, votes of MG202, and fixes that never write wrong French."""

from __future__ import annotations

import json

import pytest

from medgloss.api import check_document, fix_document
from medgloss.checks.bilingual import pairs_document
from medgloss.checks.clinical_false_friends import PAIRS, matches
from medgloss.checks.term_forms import expresses
from medgloss.checks.untranslated import looks_english
from medgloss.documents.po import read_po


def rules(findings):
    return [(f.rule, f.found) for f in findings]


def po(*entries: tuple[str | None, str, str], fuzzy: frozenset[int] = frozenset()) -> str:
    """A French catalog of (msgctxt, msgid, msgstr) entries; indexes in ``fuzzy`` marked fuzzy."""
    parts = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: fr\\n"\n']
    for i, (context, msgid, msgstr) in enumerate(entries):
        lines = ["#, fuzzy"] if i in fuzzy else []
        if context is not None:
            lines.append(f'msgctxt "{context}"')
        lines += [f'msgid "{msgid}"', f'msgstr "{msgstr}"']
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def check_po(text: str, domain: str = "auto"):
    return check_document(read_po("app.fr.po", text), domain=domain)


# — Domain per entry —

def test_a_clinical_model_makes_its_entry_medical_in_a_software_catalog():
    interface = [(f"model:ir.ui.menu,name:m{i}", f"Open window {i}", f"Ouvrir la fenêtre {i}") for i in range(30)]
    lab = ("model:gnuhealth.lab.test_type,name:t1", "Blood Type", "Type")
    findings = check_po(po(*interface, lab))
    # « Blood Type » is the concept blood group (patient-sites.yaml): « groupe sanguin » is missing.
    assert [(f.rule, f.concept) for f in findings] == [("MG201", "blood-group")]
    assert findings[0].severity == "warning"  # a short label: the term is what it is about
    # The same entry, declared general text: nothing.
    assert check_po(po(*interface, lab), domain="general") == []


def test_a_lone_term_among_interface_strings_stays_general():
    interface = [(None, f"Open file {i}", f"Ouvrir le fichier {i}") for i in range(12)]
    screen = (None, "Screen for new devices", "Rechercher de nouveaux périphériques")
    assert check_po(po(*interface, screen)) == []
    # Told the catalog is medical, the entry is checked: « screen » has no French here.
    assert [f.rule for f in check_po(po(*interface, screen), domain="medical")] == ["MG201"]


def test_domain_option_and_config_key(cli, tmp_path):
    interface = [(None, f"Open file {i}", f"Ouvrir le fichier {i}") for i in range(12)]
    (tmp_path / "app.fr.po").write_text(
        po(*interface, (None, "Screen for new devices", "Rechercher de nouveaux périphériques")), encoding="utf-8")
    assert cli("check", "--format", "json", "app.fr.po").returncode == 0
    # MG201 is info here (« screen » is not the whole label): asked for with --severity info.
    done = cli("check", "--format", "json", "--severity", "info", "--domain", "medical", "app.fr.po")
    assert [f["rule"] for f in json.loads(done.stdout)["findings"]] == ["MG201"]
    (tmp_path / ".medgloss.toml").write_text('domain = "medical"\nmin-severity = "info"\n', encoding="utf-8")
    assert cli("check", "--no-cache", "app.fr.po").returncode == 1
    (tmp_path / ".medgloss.toml").write_text('domain = "clinical"\n', encoding="utf-8")
    bad = cli("check", "app.fr.po")
    assert bad.returncode == 2 and "domain: must be one of auto, medical, general" in bad.stderr


# — MG201 and French morphology —

@pytest.mark.parametrize("english, french", [
    ("Hypertensive heart disease", "Cardiopathie hypertensive"),
    ("Heart rate", "Fréquence cardiaque"),
    ("Bone density", "Densité osseuse"),
    ("Blood group", "Groupe sanguin"),
    ("Lung abscess", "Abcès pulmonaire"),
    ("Kidney failure", "Insuffisance rénale"),
    ("Localized skin eruption", "Éruption cutanée localisée"),
    ("Skin and subcutaneous tissue", "Peau et tissu cellulaire sous-cutané"),
    ("Viral pneumonia", "Pneumopathie virale"),
])
def test_derived_forms_and_inserted_words_count_as_translated(english, french):
    doc = pairs_document([(english, french)])
    assert check_document(doc, domain="medical") == [], (english, french)


def test_expresses_reads_the_glossary_derived_list(glossary):
    heart = glossary.concepts["heart"]
    assert expresses(heart, "Myocardite aiguë") and expresses(heart, "cardio-vasculaire")
    assert not expresses(heart, "Insuffisance respiratoire")
    tissue = glossary.concepts["subcutaneous-tissue"]
    assert expresses(tissue, "du tissu cellulaire sous-cutané")
    assert not expresses(tissue, "du tissu musculaire profond")


def test_missing_term_is_info_in_a_sentence_warning_in_a_label():
    sentence = pairs_document([("The heart pumps the blood through the whole body every second.",
                                "Il pompe le liquide dans tout le corps à chaque seconde.")])
    assert {f.severity for f in check_document(sentence, domain="medical")} == {"info"}
    label = pairs_document([("Heart", "Poumon")])
    assert [(f.rule, f.severity) for f in check_document(label, domain="medical")] == [("MG201", "warning")]


def test_nomenclature_names_keep_their_wording():
    # CIM-10's French names a disease its own way: « Scarlatine », « Insuffisance cardiaque ».
    icd = po(("model:gnuhealth.pathology,name:A38", "Scarlet fever", "Scarlatine"),
             ("model:gnuhealth.pathology,name:O300", "Twin pregnancy", "Jumeaux"),
             ("model:gnuhealth.pathology,name:C833", "Diffuse large B-cell lymphoma", "Lymphome diffus à grandes cellules B"),
             ("model:gnuhealth.pathology,name:D684", "Acquired coagulation factor deficiency",
              "Carence acquise en facteur de coagulation"))
    assert check_po(icd) == []


# — The source's sense vetoes a rule —

@pytest.mark.parametrize("english, french", [
    ("Vitamin D deficiency", "Carence en vitamine D"),
    ("Other nutritional deficiencies", "Autres carences nutritionnelles"),
    ("Laboratory evidence of HIV", "Mise en évidence par des examens de laboratoire du VIH"),
    ("Drug use", "Utilisation de drogues"),
    ("Drug rehabilitation", "Désintoxication des drogués"),
    ("Therapeutic diets", "Régimes thérapeutiques"),
    ("Pneumonia due to other specified organisms", "Pneumopathie due à d’autres micro-organismes précisés"),
])
def test_source_sense_vetoes_the_false_friend(english, french):
    assert check_document(pairs_document([(english, french)]), domain="medical") == [], english


def test_the_immune_sense_still_fires():
    found = check_document(pairs_document([("Selective IgA deficiency", "Carence sélective en IgA")]), domain="medical")
    assert [f.rule_id for f in found] == ["carence-deficit"]


# — New checks —

@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p.id)
def test_clinical_false_friend_examples(pair):
    for english, wrong, right in pair.examples:
        hits = [p.id for p, _ in matches(english, wrong)]
        if wrong == right:
            assert pair.id not in hits, (english, wrong)  # the other sense
        else:
            assert pair.id in hits, (english, wrong)
            assert pair.id not in [p.id for p, _ in matches(english, right)], (english, right)


def test_clinical_false_friends_in_a_catalog():
    text = po(("field:gnuhealth.surgery,discharge_instructions:", "Discharge Instructions", "Consignes de décharge"),
              ("model:gnuhealth.drug.form,name:ECC", "Capsule enteric-coated", "Capsule entérosoluble"),
              ("help:gnuhealth.pathology,code:", "Specific Code for the Disease (eg, ICD-10)",
               "Code spécifique de la maladie (ex : ICD-10)"),
              ("model:gnuhealth.drug.form,name:SC", "Soft capsule", "Capsule molle"))
    findings = check_po(text)
    assert [(f.rule, f.found, f.replacements[0]) for f in findings] == [
        ("MG203", "décharge", "sortie"), ("MG203", "Capsule", "gélule"), ("MG203", "ICD", "CIM")]
    assert all(f.fix is None for f in findings)  # the right word depends on the sentence


@pytest.mark.parametrize("target, english", [
    ("Preoperative Assessments", True),
    ("The diet omits foods processed with gluten.", True),
    ("Patient", False),
    ("Date de naissance", False),
    ("Description", False),
    ("{{ stageName }} - {{ sectionName }}", False),
    ("Observations", False),
    ("Évaluations préopératoires", False),
])
def test_entries_left_in_english(target, english):
    assert looks_english(target) is english


def test_untranslated_entry_reported_once_and_not_in_drafts():
    text = po((None, "Preoperative Assessments", "Preoperative Assessments"),
              (None, "Removal of ectopic pregnancy", "Removal of ectopic pregnancy"),
              (None, "Patient", "Patient"), fuzzy=frozenset({1}))
    assert rules(check_po(text)) == [("MG204", "Preoperative Assessments")]


def test_inconsistency_votes_only_translated_reviewed_entries():
    same = ("Intravenous immunoglobulin", "Immunoglobuline intraveineuse")
    other = ("Intravenous immunoglobulin is given", "Les IgIV sont administrées")
    # Two fuzzy drafts with the acronym do not outvote the reviewed translation.
    text = po((None, *same), (None, other[0], other[1]), (None, other[0] + " monthly", other[1] + " chaque mois"),
              fuzzy=frozenset({1, 2}))
    assert [f.rule for f in check_po(text, domain="medical")] == []
    # Specialties are names: « Médecin généraliste » is no inconsistency.
    names = po(("model:gnuhealth.specialty,name:GP", "General Practitioner", "Médecin généraliste"),
               (None, "Ask your general practitioner", "Demandez à votre médecin traitant"),
               (None, "Your general practitioner decides", "Votre médecin traitant décide"))
    assert [f.rule for f in check_po(names, domain="medical")] == []


# — Fixes never write wrong French —

@pytest.mark.parametrize("english, french, never", [
    ("Infections due to organisms isolated in culture", "Infections à micro-organismes isolés en culture", "micro-germes"),
    ("Laboratory evidence of the germ", "Mise en évidence du germe", "Mise en preuve"),
    ("Small cell B-cell lymphoma", "Lymphome à petites cellules B", "petites lymphocytes"),
    ("Acquired IgA deficiency", "Carence acquise en IgA", "Déficit acquise"),
    ("Acquired immune deficiency", "Carence immunitaire acquise", "Déficit immunitaire acquise"),
])
@pytest.mark.parametrize("unsafe", [False, True])
def test_fixes_never_write_these_classes(english, french, never, unsafe):
    document = read_po("app.fr.po", po((None, english, french)))
    fixed = fix_document(document, unsafe=unsafe, domain="medical")
    assert never not in fixed.text
