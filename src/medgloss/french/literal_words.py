"""Literal French equivalents of everyday English words of medical noun compounds.

FreeDict's eng-fra (:mod:`medgloss.french.freedict`) has fewer than 9,000 headwords: it lacks
words machine translation meets in every patient leaflet (disorder, deficiency, screening,
marrow, carrier, rash...).  This table gives, for such a word, the French word a
word-for-word translation puts in its place: the first equivalent of a general bilingual
dictionary (Larousse, Robert & Collins), which is what the calque generator needs.  It does
not say how French medicine names anything: that is the glossary's job, and a rendering made
with these words is kept only where the glossary and the usage corpus do not attest it.

It knows words only: never the glossary or the checks.
"""

from __future__ import annotations

# English word (lower case, singular) → French words (lemmas), most literal first.
LITERAL_WORDS: dict[str, tuple[str, ...]] = {
    "bowel": ("intestin", "boyau"),
    "breakdown": ("panne", "effondrement"),
    "carrier": ("porteur",),
    "chart": ("graphique", "tableau"),
    "control": ("contrôle",),
    "cot": ("berceau",),
    "cough": ("toux",),
    "count": ("compte",),
    "crib": ("berceau",),
    "defect": ("défaut",),
    "delivery": ("livraison",),
    "dependency": ("dépendance",),
    "diary": ("journal",),
    "discharge": ("décharge",),
    "disorder": ("trouble", "désordre"),
    "dressing": ("habillage",),
    "enlarged": ("élargi", "agrandi"),
    "enlargement": ("élargissement", "agrandissement"),
    "expectancy": ("expectative",),
    "flush": ("rinçage",),
    "gland": ("glande",),
    "heredity": ("hérédité",),
    "imaging": ("imagerie",),
    "immune": ("immunitaire", "immun"),
    "inheritance": ("hérédité", "héritage"),
    "joint": ("joint",),
    "killer": ("tueur",),
    "level": ("niveau",),
    "log": ("journal", "registre"),
    "makeup": ("maquillage",),
    "marrow": ("moelle",),
    "memory": ("mémoire",),
    "pathway": ("voie", "chemin"),
    "pattern": ("modèle", "schéma"),
    "physician": ("médecin",),
    "platelet": ("plaquette",),
    "poisoning": ("empoisonnement",),
    "rash": ("éruption",),
    "rate": ("taux",),
    "reading": ("lecture",),
    "reducer": ("réducteur",),
    "refill": ("recharge",),
    "rescue": ("sauvetage",),
    "response": ("réponse",),
    "runny": ("coulant",),
    "sampling": ("échantillonnage",),
    "scarlet": ("écarlate",),
    "screening": ("criblage",),
    "seizure": ("saisie",),
    "shortness": ("brièveté",),
    "shot": ("tir", "coup"),
    "sickness": ("maladie",),
    "sleeping": ("sommeil",),
    "softener": ("adoucisseur",),
    "specialist": ("spécialiste",),
    "strep": ("streptocoque",),
    "stretch": ("étirement",),
    "suppressant": ("suppresseur",),
    "swab": ("tampon",),
    "swelling": ("gonflement", "enflure"),
    "thinner": ("diluant", "amincisseur"),
    "tightness": ("étanchéité",),
    "tissue": ("tissu",),
    "treatment": ("traitement",),
    "ultrasound": ("ultrason",),
    "wetting": ("mouillage",),
    "work": ("travail",),
    "yeast": ("levure",),
}
