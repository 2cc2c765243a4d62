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
    "bowel": ("intestin",),
    "carrier": ("porteur",),
    "count": ("compte", "comptage"),
    "deficiency": ("déficience", "carence"),
    "defect": ("défaut",),
    "disorder": ("trouble", "désordre"),
    "enlargement": ("élargissement", "agrandissement"),
    "gland": ("glande",),
    "heredity": ("hérédité",),
    "immune": ("immunitaire", "immun"),
    "inheritance": ("hérédité", "héritage"),
    "level": ("niveau",),
    "marrow": ("moelle",),
    "memory": ("mémoire",),
    "pattern": ("modèle", "schéma"),
    "platelet": ("plaquette",),
    "rash": ("éruption",),
    "response": ("réponse",),
    "screening": ("criblage",),
    "shortness": ("manque",),
    "specialist": ("spécialiste",),
    "swelling": ("gonflement", "enflure"),
    "tissue": ("tissu",),
    "treatment": ("traitement",),
}
