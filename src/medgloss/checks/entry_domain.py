"""Which entries of a bilingual document are medical text, and which are fixed names.

A clinical application's catalog mixes the two: « Screen » in a menu is no screening, while
« Lab Test Types » is laboratory vocabulary.  A share of the whole document (the old gate)
cannot tell them apart — GNU Health's core catalog has glossary terms in 6 % of its
entries — so the decision is taken per entry, from what the entry itself says:

- its context (a PO ``msgctxt`` such as ``model:gnuhealth.pathology,name:A00``, which names
  the model and field the string belongs to): clinical models make the entry medical,
  the software's own models (``ir.*``, ``res.*``: menus, actions, groups) do not by
  themselves;
- the glossary terms in its English source and in its French target;
- its neighbours (entries of one model or one dialog follow each other in a catalog).

It also tells **nomenclature entries**: names from a classification (a disease or procedure
classification, a list of specialties or occupations), whose wording is official and which
no terminology preference should rewrite.

This module decides; it reports nothing and must not look at the glossary's rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..documents.model import Unit

DOMAINS = ("auto", "medical", "general")

# Words of a model or field name (split on . _ , : -) that make its strings clinical text.
_CLINICAL_WORDS = frozenset("""
    pathology pathologies disease diseases diagnosis diagnostic patient patients lab laboratory
    surgery surgical medication medicament medicaments drug drugs dosage diet therapeutic
    prescription vaccination vaccine inpatient icu nursing pediatrics paediatrics perinatal
    pregnancy puerperium prenatal gyneco obstetrics dentistry ophthalmology imaging procedure
    procedures clinical evaluation symptom symptoms allergy immunization genetics gene protein
    anesthesia anaesthesia ecg infection injury histology oncology psychiatry emergency ems
    """.split())
# Models of the application framework itself (Tryton's ir.* and res.*): menus, actions,
# groups, users, sequences.  Their strings are interface text unless their words say more.
_SOFTWARE_MODELS = re.compile(r"^(?:model|field|selection|help|view):(?:ir|res)\.")
# Models whose records are names of a classification or of a closed list.
_NOMENCLATURE_WORDS = frozenset("""
    pathology pathologies procedure procedures icd icd10 icd9 icd9procs icpm icpc atc loinc snomed
    specialty speciality specialties occupation occupations ethnicity gene genes protein proteins
    disease_gene
    """.split())
_SPLIT = re.compile(r"[^a-z0-9]+")
# A classification code in front of a name: « (I30-I52) », « A00.1 », « [D50] ».
_CODE_PREFIX = re.compile(r"^\s*[(\[]?[A-Z]\d{2}(?:\.\d+)?(?:\s*-\s*[A-Z]\d{2}(?:\.\d+)?)?[)\]]?\s")


@dataclass(frozen=True, slots=True)
class EntryKind:
    """What one unit is: medical text or not, a nomenclature name or not."""

    medical: bool
    nomenclature: bool


def _model_words(context: str) -> frozenset[str]:
    """The words of a ``msgctxt``'s model and field part (before the record id)."""
    head = context.rsplit(":", 1)[0] if context.count(":") >= 2 else context
    return _words_of(head)


@lru_cache(maxsize=4096)
def _words_of(head: str) -> frozenset[str]:
    # Memoised: a catalog's thousands of entries share a few hundred models and fields.
    return frozenset(w for w in _SPLIT.split(head.lower()) if w)


def context_of(unit: Unit) -> str:
    """The unit's ``msgctxt`` (empty when it has none)."""
    for key, value in unit.context:
        if key == "msgctxt":
            return value
    return ""


def is_nomenclature(unit: Unit) -> bool:
    """True if the unit is a name from a classification or a closed list of names."""
    words = _model_words(context_of(unit))
    if words & _NOMENCLATURE_WORDS and not _SOFTWARE_MODELS.match(context_of(unit)):
        return True
    return bool(_CODE_PREFIX.match(unit.source))


def entry_kinds(
    units: Sequence[Unit],
    source_terms: Sequence[bool],
    target_terms: Sequence[bool],
    domain: str = "auto",
    document_share: float = 0.0,
) -> list[EntryKind]:
    """The kind of every unit (in ``units`` order).

    ``source_terms[i]``/``target_terms[i]`` say whether unit ``i``'s source has a glossary
    term and its target a correct French term.  ``domain`` ``"medical"`` or ``"general"``
    decides for every entry; ``"auto"`` decides each from its context, its terms and its
    neighbours.  ``document_share`` (the share of units with source terms) keeps the old
    reading of documents that are medical throughout (a leaflet's catalog): at 10 % or more,
    every entry with a source term is medical.
    """
    if domain not in DOMAINS:
        raise ValueError(f"domain must be one of {', '.join(DOMAINS)}, not {domain!r}")
    kinds = []
    whole = document_share >= 0.1
    for i, unit in enumerate(units):
        nomenclature = is_nomenclature(unit)
        if domain != "auto":
            kinds.append(EntryKind(domain == "medical", nomenclature))
            continue
        context = context_of(unit)
        words = _model_words(context)
        clinical_context = bool(words & _CLINICAL_WORDS) and not _SOFTWARE_MODELS.match(context)
        if clinical_context:
            medical = True
        elif not source_terms[i]:
            medical = False
        elif whole or target_terms[i]:
            # The translator used the glossary's French for it: the entry speaks medicine.
            medical = True
        else:
            # A lone term (« Screen », « Support »): medical only among medical neighbours.
            near = [j for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(units)]
            medical = sum(1 for j in near if source_terms[j] and target_terms[j]) >= 2
        kinds.append(EntryKind(medical, nomenclature))
    return kinds


__all__ = ["DOMAINS", "EntryKind", "context_of", "entry_kinds", "is_nomenclature"]
