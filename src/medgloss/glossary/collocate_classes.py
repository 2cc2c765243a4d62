"""Classes of collocates derived from the glossary's own French, for the rules' contexts.

A false friend whose French form is also correct French in other senses (« condition »: a
requirement in French, a disease in English) is told apart by the *class* of the words around
it, not by a list of example words: « une condition cardiaque, génétique, rénale » is the
English « condition » because its adjective is one that qualifies diseases.  The glossary
already knows those adjectives: they are the ones its French disease terms put after a
generic disease noun (« affection cardiaque », « maladie génétique », « insuffisance rénale »).

A rule cites a class as ``class:NAME`` in a context word list; the loader replaces it, once
every layer is loaded, by the class's words (:func:`class_words`), exactly as it replaces
``domain:NAME`` by a domain's terms.  This module derives word lists; it must not decide
whether a rule applies (that is ``checks/context.py``) nor hold example sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..french import lexicon
from ..french.nominal import pluralise
from ..text.fold import fold_term
from .model import Concept, Glossary

CLASS_PREFIX = "class:"

# Generic nouns of disease: what Termium and the OQLF give for the English « condition » in
# its medical sense (maladie, affection, trouble, pathologie, état morbide) and the heads the
# glossary's disease terms share (« insuffisance rénale », « déficit immunitaire »).  A head,
# not an example: the adjectives are taken from whatever terms the glossary holds.
DISEASE_HEADS = frozenset(
    "maladie maladies affection affections trouble troubles pathologie pathologies atteinte atteintes syndrome "
    "syndromes anomalie anomalies déficit déficits insuffisance malformation malformations infection infections "
    "déficience déficiences défaillance cardiopathie".split())

# Adjectives of a disease term that say which kind or which case, not which organ or nature
# of disease: after « condition(s) » they are the French senses (« conditions spécifiques,
# particulières, hospitalières, alimentaires »: requirements, circumstances; « conditions
# affectives, intellectuelles » of learning, in psychology).
_NOT_DISEASE_DOMAIN = frozenset(
    "spécifique sélectif primaire secondaire périodique récurrent évitable organique hospitalier alimentaire "
    "affectif intellectuel général particulier normal commun simple sévère grave léger aigu".split())


def _adjective_lemma(word: str) -> str | None:
    """The masculine singular of ``word`` if Lexique383 reads it as an adjective (and not as
    a past participle, which qualifies any noun: « liée », « associée », « transmise »)."""
    readings = lexicon.analyses(word)
    if not readings or any(e.is_past_participle for e in readings):
        return None
    # Its commonest reading must be the adjective: « sur » is an adjective (sour) to Lexique,
    # but a preposition in « trouble sur… ».
    commonest = max(readings, key=lambda e: e.freq)
    return commonest.lemma if commonest.cgram == lexicon.ADJ else None


def disease_adjectives(glossary: Glossary) -> tuple[str, ...]:
    """Adjectives that qualify a disease in the glossary's French terms: the word right after
    a generic disease noun (:data:`DISEASE_HEADS`) in a preferred or admitted term, as
    Lexique383's masculine singular, sorted.  Empty without Lexique383."""
    if not lexicon.available():
        return ()
    found: set[str] = set()
    for concept in glossary.concepts.values():
        for term in concept.terms:
            if term.abbreviation or term.status.is_wrong or term.pos not in (None, "noun"):
                continue
            words = term.text.split()
            if len(words) < 2 or words[0].lower() not in DISEASE_HEADS:
                continue
            lemma = _adjective_lemma(words[1])
            if lemma is not None and lemma not in _NOT_DISEASE_DOMAIN:
                found.add(lemma)
    return tuple(sorted(found))


# --- Diseases a person « has » (issue 16, round 7: « patients with X » → « atteints de X »). ---
# Machine translation renders « children with sickle cell disease » as « les enfants avec une
# drépanocytose »: the class is every disease the glossary knows, not a list of example
# diseases.  A concept is a disease when its definition starts with a noun of disease (the
# glossary's definitions follow MeSH-fr and HAS: « Maladie… », « Déficit immunitaire… »,
# « Inflammation des bronches »), when its preferred term's head is a generic disease noun
# (:data:`DISEASE_HEADS`), or when that head ends in a suffix of disease names (-pénie, -émie,
# -ose, -ite, -ome, -pathie, -plasie, -algie) and the definition is no measurement.
DISEASE_DEFINERS = frozenset(
    "maladie maladies infection infections trouble troubles déficit déficits inflammation atteinte cancer "
    "allergie anomalie lésion syndrome affection tumeur déficience insuffisance absence défaut".split())

# Suffixes of the names of diseases and abnormal states (« neutropénie », « bactériémie »,
# « drépanocytose », « bronchiolite », « lymphome », « cardiopathie », « aplasie », « lombalgie »).
_DISEASE_SUFFIXES = ("pénie", "émie", "ose", "ite", "ome", "pathie", "plasie", "algie")

# First words of definitions that describe a measurement, a place or a process, not a disease:
# « glycémie » (« Concentration de glucose… »), « site de perfusion » (« Endroit… »),
# « phagocytose » (« Capture… »), « chromosome » (« Structure… »), « vecteur viral » (« Virus
# modifié… »: viruses are no disease class: « un anticorps anti-VRS »).
_NOT_DISEASE_DEFINERS = frozenset(
    "concentration taux part mesure consultation structure endroit capture glycémie dose".split())

# Words of a measurement's definition that make it an abnormal state.
_ABNORMAL = frozenset("inférieur inférieure supérieur supérieure trop excès anormal anormale anormalement".split())

# Heads that end like a disease name and are none (a dose, a site, a visit).
_NOT_DISEASE_HEADS = frozenset("dose doses site sites visite visites chromosome chromosomes vecteur tolérance".split())


def _is_disease(concept: Concept) -> bool:
    definition = (concept.definition or "").split()
    first = definition[0].lower().strip(",:;") if definition else ""
    head = concept.preferred.text.split()[0].lower()
    if head in _NOT_DISEASE_HEADS:
        return False
    # « Taux d’immunoglobulines inférieur à la normale » is a disease (hypogammaglobulinémie),
    # « Concentration de glucose dans le sang » a measurement (glycémie).
    if first in _NOT_DISEASE_DEFINERS and not _ABNORMAL.intersection(w.lower().strip(",.;:") for w in definition):
        return False
    return first in DISEASE_DEFINERS or head in DISEASE_HEADS or (
        len(head) > 5 and head.endswith(_DISEASE_SUFFIXES))


def disease_terms(glossary: Glossary) -> tuple[str, ...]:
    """The French terms (preferred, admitted and their abbreviations: « DICV ») of the
    glossary's diseases (:func:`_is_disease`), sorted: what a person is « atteint de »."""
    found: set[str] = set()
    for concept in glossary.concepts.values():
        if not _is_disease(concept):
            continue
        for term in concept.terms:
            if term.status.is_wrong or term.status.has_correction:
                continue
            # Context words are matched folded: « PR » would be « le Pr Martin », « TOC » a
            # knock.  Abbreviations of two letters, or that are French words, are left out.
            if term.abbreviation and (len(term.text) < 3 or lexicon.analyses(term.text.lower())):
                continue
            found.add(term.text)
            # The head of a named form is the disease itself (« hépatite » of « hépatite B »,
            # « lymphome » of « lymphome de Hodgkin »): « les malades avec l’hépatite C ».
            head = term.text.split()[0]
            if (" " in term.text and len(head) > 5 and head.lower().endswith(_DISEASE_SUFFIXES)
                    and head.lower() not in _NOT_DISEASE_DEFINERS and head.lower() not in DISEASE_HEADS):
                found.add(head)
    return tuple(sorted(found))


# --- Disease nouns (round 7, h16cond: « X est une condition qui… ») -------------------------
# The noun that a definitional « est une condition qui/où/caractérisée par… » defines tells the
# English « condition » (a disease) from the French one (a requirement): « L’hémophilie est une
# condition qui… » against « L’absence d’infection est une condition nécessaire ».  A concept
# names a disease when one of its English terms says so, by a generic disease word or by the
# suffixes of disease names in medical English (Termium's and MeSH's « -itis », « -emia »,
# « -penia »…), or when a French term is headed by a generic disease noun (:data:`DISEASE_HEADS`).
_DISEASE_WORDS_EN = frozenset(
    "disease diseases syndrome syndromes disorder disorders deficiency deficiencies immunodeficiency "
    "immunodeficiencies infection infections cancer cancers leukaemia leukemia lymphoma lymphomas failure "
    "insufficiency allergy allergies asthma diabetes lupus palsy dystrophy fever".split())
_DISEASE_SUFFIXES_EN = ("itis", "osis", "iasis", "aemia", "emia", "penia", "pathy", "philia", "plasia", "oma", "omas",
                        "algia", "rrhoea", "rrhea", "trophy", "ectasia")
# Words with those endings that name no disease (a finding, a procedure, a body part, a thing).
_NOT_DISEASE_EN = frozenset(
    "diagnosis prognosis symbiosis osmosis mitosis meiosis apoptosis phagocytosis endocytosis hypnosis stoma "
    "diploma aroma sympathy empathy telepathy homeopathy naturopathy osteopathy".split())


def _names_disease(english: str) -> bool:
    """True if an English term's head names a disease, by a generic word or a disease suffix:
    its last word, or the word before its first preposition (« deficiency of C1 inhibitor »);
    not its modifiers (« yellow fever vaccine », « diabetes treatment »)."""
    words = english.lower().replace("-", " ").split()
    cut = next((i for i, w in enumerate(words) if w in _EN_PREPOSITIONS), len(words))
    head = words[cut - 1] if cut else ""
    if head in _DISEASE_WORDS_EN:
        return True
    return len(head) > 5 and head not in _NOT_DISEASE_EN and head.endswith(_DISEASE_SUFFIXES_EN)


_EN_PREPOSITIONS = frozenset("of in to with due from caused by after at on for".split())


def disease_nouns(glossary: Glossary) -> tuple[str, ...]:
    """The French terms (abbreviations included: « DICV ») of the glossary's concepts that name
    a disease (:func:`_names_disease` of an English term, or a French term headed by one of
    :data:`DISEASE_HEADS`), with those heads themselves, sorted."""
    found: set[str] = set(DISEASE_HEADS)
    for concept in glossary.concepts.values():
        terms = [t for t in concept.terms if not t.status.is_wrong and t.pos in (None, "noun")]
        headed = any(t.text.split()[0].lower() in DISEASE_HEADS for t in terms if not t.abbreviation)
        if headed or any(_names_disease(e) for e in concept.en):
            # Short abbreviations are also words and units (« MIN », « PR »).
            found.update(t.text for t in terms if not t.abbreviation or len(t.text) >= 4)
    return tuple(sorted(found))


# --- Tests and care professionals (round 7, h16cond: « ordonner des analyses », « une référence
# à un hématologue ») ---------------------------------------------------------------------------
# What one prescribes as an examination, and whom a patient is sent to, by the English head of a
# concept's terms (« full blood count », « chest X-ray », « haematologist »): the classes of the
# objects of « order » (prescrire) and of « refer to » (adresser, orienter vers).
_TEST_HEADS_EN = frozenset(
    "test tests scan scans x-ray x-rays xray biopsy biopsies count counts panel screening analysis analyses "
    "imaging ultrasound mri ct puncture electrocardiogram ecg culture cultures assay measurement examination "
    "exam smear urinalysis mammogram".split())
_TEST_SUFFIXES_EN = ("graphy", "scopy")
_PROFESSIONAL_HEADS_EN = frozenset(
    "specialist specialists surgeon surgeons physician physicians doctor doctors nurse nurses consultant "
    "consultants pharmacist pharmacists dietitian dietician therapist physiotherapist paediatrician pediatrician "
    "gp team clinic".split())
_PROFESSIONAL_SUFFIXES_EN = ("ologist", "ologists", "iatrist", "iatrists")


def _english_head(english: str) -> str:
    """The head of an English noun phrase: its last word, or the word before its first preposition."""
    words = english.lower().split()
    cut = next((i for i, w in enumerate(words) if w in _EN_PREPOSITIONS), len(words))
    return words[cut - 1] if cut else ""


def _terms_of_heads(glossary: Glossary, heads: frozenset[str], suffixes: tuple[str, ...]) -> tuple[str, ...]:
    found: set[str] = set()
    for concept in glossary.concepts.values():
        if any((h := _english_head(e)) in heads or (len(h) > 6 and h.endswith(suffixes)) for e in concept.en):
            found.update(t.text for t in concept.terms
                         if not t.status.is_wrong and t.pos in (None, "noun") and not t.abbreviation)
    return tuple(sorted(found))


def medical_tests(glossary: Glossary) -> tuple[str, ...]:
    """The French terms of the glossary's examinations and tests (an English head such as
    « test », « count », « scan », « biopsy », « -graphy », « -scopy »), sorted."""
    return _terms_of_heads(glossary, _TEST_HEADS_EN, _TEST_SUFFIXES_EN)


def care_professionals(glossary: Glossary) -> tuple[str, ...]:
    """The French terms of the glossary's care professionals and services a patient is sent to
    (an English head such as « specialist », « nurse », « -ologist »), sorted."""
    return _terms_of_heads(glossary, _PROFESSIONAL_HEADS_EN, _PROFESSIONAL_SUFFIXES_EN)


# --- Treatments (h16colloc: « recevoir IgIV », « prendre immunoglobuline ») -------------------
# What a patient takes or receives, by the English head of a concept's terms (« intravenous
# immunoglobulin », « antibiotic », « chemotherapy », « IVIG »): the objects after which French
# needs an article (« recevoir des IgIV », « prendre des antibiotiques »).
_TREATMENT_HEADS_EN = frozenset(
    "immunoglobulin immunoglobulins immunoglobulins ivig scig igiv igsc antibiotic antibiotics antiviral antivirals "
    "antifungal antifungals antibody antibodies corticosteroid corticosteroids steroid steroids chemotherapy "
    "immunotherapy transfusion transfusions infusion infusions vaccine vaccines medicine medicines medication "
    "medications drug drugs tablet tablets capsule capsules painkiller painkillers prophylaxis treatment "
    "treatments therapy therapies interferon insulin".split())
_TREATMENT_SUFFIXES_EN = ("therapy", "mab", "cillin", "mycin", "floxacin")


def treatments(glossary: Glossary) -> tuple[str, ...]:
    """The French terms (abbreviations of three letters or more included: « IgIV ») of the
    glossary's treatments and medicines (an English head such as « immunoglobulin »,
    « antibiotic », « chemotherapy », « -mab »), sorted."""
    found: set[str] = set()
    for concept in glossary.concepts.values():
        if not any((h := _english_head(e)) in _TREATMENT_HEADS_EN or (len(h) > 6 and h.endswith(_TREATMENT_SUFFIXES_EN))
                   for e in concept.en):
            continue
        found.update(t.text for t in concept.terms if not t.status.is_wrong and t.pos in (None, "noun")
                     and (not t.abbreviation or len(t.text) >= 3))
    return tuple(sorted(found))


# --- Measured substances (h17lab: « un test d’IgG » → « un dosage des IgG ») -------------------
# A test that measures how much of a substance the blood holds is a « dosage » in French (NABM,
# HAS: « dosage des immunoglobulines », « dosage de la ferritine »); « test » stays for a
# functional or diagnostic test (« test de grossesse », « test de la sueur »).  The substances are
# the ones the glossary already says French doses: the complement of its « dosage de X » terms,
# and of its « taux de X » terms where an English term names a level (« ferritin level »), not a
# count of cells (« taux de lymphocytes » is a numération) nor another measure (« taux de masse
# grasse »); with the other terms of X's concept (« TSH », « thyréostimuline ») and the kinds of X
# the glossary names by X's English term and a letter (« immunoglobulin A » → « IgA »).
_MEASURE = re.compile(r"^(dosage|taux|concentration)(?: \w+)? (?:de la |de l’|de l'|du |des |de |d’|d')(.+)$")
_LEVEL_WORDS_EN = frozenset("level levels assay".split())
_KIND_EN = re.compile(r"^(.+) ([A-Z])$")


def measured_substances(glossary: Glossary) -> tuple[str, ...]:
    """The French terms of the substances whose level the glossary's tests measure
    (« immunoglobulines », « IgG », « ferritine », « vitamine D », « TSH »), sorted."""
    by_key: dict[str, list[Concept]] = {}
    for concept in glossary.concepts.values():
        for term in concept.terms:
            if not term.status.is_wrong:
                for text in (term.text, pluralise(term.text)):
                    by_key.setdefault(fold_term(text), []).append(concept)
    substances: set[str] = set()
    for concept in glossary.concepts.values():
        # A level that French names as a level (« kaliémie », « taux d’anticorps »), not as
        # another measure (« saturation en oxygène », measured by oximetry, not dosed).
        preferred = concept.preferred.text
        levels = (any(w in _LEVEL_WORDS_EN for e in concept.en for w in e.lower().split())
                  and (preferred.endswith("émie") or _MEASURE.match(preferred) is not None))
        for term in concept.terms:
            match = _MEASURE.match(term.text) if not term.status.is_wrong else None
            if match is None or (match.group(1) != "dosage" and not levels):
                continue
            # A level named by one word (« glycémie », « kaliémie ») is itself a measure:
            # « test de glycémie » is the French of pharmacies.
            if match.group(2).endswith("émie"):
                continue
            substances.add(match.group(2))
    found = set(substances)
    kinds: list[str] = []
    for substance in substances:
        for concept in by_key.get(fold_term(substance), []):
            # Only the substance's own concept, not a test that names it (« test INR »).
            if any(_MEASURE.match(t.text) for t in concept.terms):
                continue
            found.update(t.text for t in concept.terms if not t.status.is_wrong and t.pos in (None, "noun"))
            kinds.extend(e.lower() for e in concept.en if not e.isupper())
    for concept in glossary.concepts.values():
        if any((m := _KIND_EN.match(e)) and m.group(1).lower() in kinds for e in concept.en):
            found.update(t.text for t in concept.terms if not t.status.is_wrong and t.pos in (None, "noun"))
    return tuple(sorted(found))


def _disease_terms_of_gender(gender: str) -> Callable[[Glossary], tuple[str, ...]]:
    def derive(glossary: Glossary) -> tuple[str, ...]:
        genders = {t.text: t.gender for c in glossary.concepts.values() for t in c.terms}
        return tuple(t for t in disease_terms(glossary) if genders.get(t) == gender)
    derive.__doc__ = f"The terms of :func:`disease_terms` of gender « {gender} » (the article « l’ » hides it)."
    return derive


CLASSES: dict[str, Callable[[Glossary], tuple[str, ...]]] = {
    "treatment": treatments,
    "disease-term-m": _disease_terms_of_gender("m"),
    "disease-term-f": _disease_terms_of_gender("f"),
    "disease-adjective": disease_adjectives,
    "disease-term": disease_terms,
    "disease-noun": disease_nouns,
    "medical-test": medical_tests,
    "care-professional": care_professionals,
    "measured-substance": measured_substances,
}


def class_words(name: str, glossary: Glossary) -> tuple[str, ...] | None:
    """The words of the derived class ``name`` (None: no such class)."""
    derive = CLASSES.get(name)
    return derive(glossary) if derive is not None else None


__all__ = ["CLASSES", "CLASS_PREFIX", "DISEASE_DEFINERS", "DISEASE_HEADS", "care_professionals", "class_words",
           "disease_adjectives", "disease_nouns", "disease_terms", "measured_substances", "medical_tests"]
