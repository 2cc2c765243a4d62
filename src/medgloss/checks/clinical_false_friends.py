"""False friends of clinical software, checked against the English source (MG203).

Hospital and practice software says « discharge », « complaint », « capsule », « ICD » in
its own sense; a translator who does not know it writes the French look-alike.  These pairs
need the source: « décharge » is right for a battery and « capsule » for a joint, so each
one names the English words it comes from, the French it must not become, the words of
either language that show the other sense, and the French to use.  « Encounter » →
« rencontre » is not one of them: the French primary-care classification (CISP-2) itself
says « motif de rencontre ».

Each pair carries its reference and example entries (English, wrong French, right French)
that the test suite runs.  No fix is offered: the right word depends on the sentence
(« sortie » or « écoulement » for *discharge*), so the finding lists the replacements.
This module holds data and matches it; it decides nothing about domains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text.fold import fold


@dataclass(frozen=True, slots=True)
class SourceFalseFriend:
    """An English word, the French look-alike it must not become, and what to write."""

    id: str
    en: str  # regular expression on the folded English source (word-bounded)
    wrong: str  # regular expression on the folded French target (word-bounded)
    right: tuple[str, ...]
    message: str
    reference: str
    en_unless: str = ""  # in the source: the other sense
    fr_unless: str = ""  # in the target: the other sense
    severity: str = "error"
    # (English, wrong French, right French); wrong == right: the other sense, nothing to report
    examples: tuple[tuple[str, str, str], ...] = ()


PAIRS: tuple[SourceFalseFriend, ...] = (
    SourceFalseFriend(
        "discharge-decharge", r"discharg(?:e|es|ed|ing)", r"decharges?",
        ("sortie", "écoulement"),
        "L’anglais « discharge » est la « sortie » du patient (d’hospitalisation) ou un "
        "« écoulement » ; une « décharge » est électrique, ou le document qui dégage une responsabilité.",
        "HAS, « Sortie d’hospitalisation » ; Termium Plus, discharge (patient)",
        en_unless=r"electric\w*|batter\w*|shock|static|waiver|liability|firearms?|guns?|handguns?|rifles?|shotguns?|weapons?",
        fr_unless=r"electrique|electrostatique",
        examples=(("Discharge instructions", "Consignes de décharge", "Consignes de sortie"),
                  ("Nipple discharge", "Décharge du mamelon", "Écoulement mammaire"),
                  ("Electric discharge", "Décharge électrique", "Décharge électrique"),
                  ("Handgun discharge", "Décharge d’arme de poing", "Décharge d’arme de poing")),
    ),
    SourceFalseFriend(
        "capsule-gelule", r"capsules?", r"capsules?",
        ("gélule",),
        "Forme pharmaceutique : l’anglais « capsule » (dure) se dit « gélule » ; « capsule molle » "
        "est le terme normalisé de la forme molle.",
        "EDQM Standard Terms : Capsule, hard = Gélule ; Capsule, soft = Capsule molle",
        en_unless=r"soft|joint|renal|lens|internal|bowman|adrenal|articular|glisson|tenon|otic|"
                  r"capsular\w*|capsulitis|capsulotomy|capsulectomy|bacterial|polysaccharide",
        fr_unless=r"molles?|articulaires?|renales?|du cristallin|surrenales?|interne|de bowman|"
                  r"de glisson|de tenon|bacteriennes?",
        examples=(("Capsule, enteric coated", "Capsule entérosoluble", "Gélule gastrorésistante"),
                  ("Soft capsule", "Capsule molle", "Capsule molle"),
                  ("Joint capsule", "Capsule articulaire", "Capsule articulaire")),
    ),
    SourceFalseFriend(
        "icd-cim", r"icd(?: ?\d+)?", r"icd",
        ("CIM",),
        "La classification internationale des maladies (ICD) s’appelle « CIM » en français "
        "(CIM-10, CIM-11).",
        "OMS, Classification statistique internationale des maladies (CIM-10), édition française",
        en_unless=r"defibrillators?|cardioverter\w*|implantable",
        examples=(("ICD-10 code", "Code ICD-10", "Code CIM-10"),
                  # Another ICD, not this pair's error (its French is « DAI »).
                  ("Implantable cardioverter defibrillator (ICD)", "Défibrillateur (ICD)", "Défibrillateur (ICD)")),
    ),
    SourceFalseFriend(
        "complaint-plainte", r"(?:chief|presenting|main|principal) complaints?", r"plaintes?",
        ("motif de consultation",),
        "Le « chief complaint » d’un dossier est le « motif de consultation » ; une « plainte » "
        "est une réclamation (ou ce que le patient dit ressentir, en langue courante).",
        "HAS, dossier patient : « motif de consultation » ; Termium Plus, chief complaint",
        en_unless=r"file|lodge\w*|customer|service|legal|formal|police",
        fr_unless=r"deposer|porter",
        severity="warning",
        examples=(("Chief complaint", "Plainte principale", "Motif de consultation"),
                  ("File a complaint", "Déposer une plainte", "Déposer une plainte"),
                  ("Current complaint of chest pain", "Plainte actuelle de douleur thoracique",
                   "Plainte actuelle de douleur thoracique")),
    ),
    SourceFalseFriend(
        "nurse-nourrice", r"nurs(?:e|es|ing)", r"nourrices?",
        ("infirmier", "infirmière"),
        "L’anglais « nurse » est un infirmier ou une infirmière ; une « nourrice » garde des enfants.",
        "Termium Plus, nurse ; Code de la santé publique, profession d’infirmier",
        en_unless=r"wet|nursery|breast\w*",
        examples=(("Nurse", "Nourrice", "Infirmière"),
                  ("Wet nurse", "Nourrice", "Nourrice")),
    ),
)


@lru_cache(maxsize=64)
def _word_regex(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])")


def _folded(text: str) -> str:
    # fold() turns hyphens into spaces; « ICD-10 » becomes « icd 10 ».
    return " ".join(fold(text).key.split())


def matches(source: str, target: str) -> list[tuple[SourceFalseFriend, tuple[int, int]]]:
    """The pairs whose English is in ``source`` and whose wrong French is in ``target`` (with
    neither language showing the other sense), and the span of the French in ``target``."""
    english = _folded(source)
    found = []
    folded = fold(target)
    for pair in PAIRS:
        if not _word_regex(pair.en).search(english):
            continue
        if pair.en_unless and _word_regex(pair.en_unless).search(english):
            continue
        french = " ".join(folded.key.split())
        if pair.fr_unless and _word_regex(pair.fr_unless).search(french):
            continue
        hit = _word_regex(pair.wrong).search(folded.key)
        if hit is None:
            continue
        start, end = folded.span(hit.start(), hit.end())
        found.append((pair, (start, end)))
    return found


__all__ = ["PAIRS", "SourceFalseFriend", "matches"]
