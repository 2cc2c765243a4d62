"""The word-for-word French adjective of common English adjectives of patient texts.

FreeDict's eng-fra lists an English adjective's equivalents in no useful order (low → abject,
lâche; severe → austère, sévère; acute → aigu, intense, avisé, sagace), and a calque is made
with the first equivalent a general bilingual dictionary gives (Larousse, Robert & Collins),
the one a word-for-word translation writes whatever the noun: high → haut (« haut
cholestérol »), full → plein, large → grand (« grand intestin »), poor → pauvre.  This table
gives that adjective, for the English adjectives that FreeDict lacks or lists with others.

It says nothing about how French medicine names anything: a rendering made with these words is
a calque only where the glossary's correct French does not use the adjective (the calque
generator, :mod:`medgloss.glossary.calques`, judges that).  Adjectives whose first sense is
also the right French with most nouns (sharp → aigu, dry → sec, bad → mauvais, fast →
rapide) are left out: their literal rendering is no evidence of a calque.

It knows words only: never the glossary or the checks.
"""

from __future__ import annotations

# English adjective (lower case) → its first French equivalent (masculine singular lemma).
LITERAL_ADJECTIVES: dict[str, str] = {
    "big": "grand",
    "cold": "froid",
    "dull": "terne",
    "full": "plein",
    "heavy": "lourd",
    "high": "haut",
    "hot": "chaud",
    "large": "grand",
    "little": "petit",
    "loose": "lâche",
    "lower": "inférieur",
    "mild": "doux",
    "poor": "pauvre",
    "small": "petit",
    "soft": "doux",
    "tender": "tendre",
    "upper": "supérieur",
}
