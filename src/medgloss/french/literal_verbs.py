"""Literal French equivalents of English verbs that FreeDict's eng-fra lacks or gives without them.

FreeDict (:mod:`medgloss.french.freedict`) has fewer than 9,000 headwords: it has no entry for
« boost », « ease » or « relieve », and gives « dampen » as « abreuver » only.  Machine
translation renders such a verb by the first equivalent of a general bilingual dictionary
(Larousse, Robert & Collins), and that rendering is what the collocation generator
(:mod:`medgloss.glossary.collocations`) must know to find it in front of a medical noun.  The
table says nothing of what French medicine writes: a verb listed here is reported only where
the glossary's collocation lists do not attest it with the noun.

It knows words only: never the glossary or the checks.
"""

from __future__ import annotations

# English verb (lower case, base form; a phrasal verb with its particle) → French verbs
# (infinitives, pronominal ones with « se »/« s' »), most literal first.
LITERAL_VERBS: dict[str, tuple[str, ...]] = {
    "boost": ("booster",),
    "break out": ("éclater",),
    "catch": ("attraper",),
    "clear": ("dégager", "nettoyer", "effacer"),
    "clear up": ("s'éclaircir",),
    "cure": ("curer",),
    "dampen": ("humidifier", "mouiller", "amortir"),
    "deliver": ("délivrer", "livrer"),
    "draw": ("tirer", "dessiner"),
    "ease": ("faciliter",),
    "fill": ("remplir",),
    "kill": ("tuer",),
    "mature": ("mûrir",),  # FreeDict gives "ripen" only; a cell "matures"
    "miss": ("manquer", "rater"),
    "order": ("commander",),
    "run": ("courir", "exécuter"),
    "spread": ("répandre", "étaler"),
    "sustain": ("soutenir",),
    "thin": ("amincir", "éclaircir"),
    "wear off": ("s'user",),
}


def literal_verbs(english: str) -> tuple[str, ...]:
    """The literal French verbs of an English verb (lower case), or ``()``."""
    return LITERAL_VERBS.get(english.lower(), ())
