"""The French adjectives machine translation renders English adjectives by, where FreeDict lacks them.

FreeDict (:mod:`medgloss.french.freedict`) has no entry for « loose », « runny », « oily » or
« itchy », and gives « low » as « abject, lâche » only.  Machine translation renders such an
adjective by the first equivalent of a general bilingual dictionary (Larousse, Robert &
Collins), and that rendering is what the adjective collocation generator
(:mod:`medgloss.glossary.adjective_collocations`) must know to find it next to a medical noun
(:mod:`medgloss.french.literal_adjectives` is the calque generator's table: one first
equivalent per adjective; this one lists every rendering a collocation may show).
The table says nothing of what French medicine writes: an adjective listed here is reported
only where a collocation list does not attest it with the noun.

It knows words only: never the glossary or the checks.
"""

from __future__ import annotations

# English adjective (lower case) → French adjectives (masculine singular), most literal first.
ADJECTIVE_RENDERINGS: dict[str, tuple[str, ...]] = {
    "bad": ("mauvais",),
    "cloudy": ("nuageux", "brumeux"),
    "dark": ("sombre", "foncé"),
    "dull": ("terne", "sourd", "émoussé"),
    "heavy": ("lourd",),
    "high": ("haut", "élevé"),
    "hot": ("chaud",),
    "itchy": ("démangeant",),
    "light": ("léger", "clair"),
    "loose": ("lâche", "desserré", "relâché"),
    "low": ("bas", "faible"),
    "mild": ("doux", "léger"),
    "oily": ("huileux",),
    "raw": ("cru", "brut"),
    "runny": ("coulant",),
    "sharp": ("tranchant", "coupant", "pointu", "aigu"),
    "slight": ("léger",),
    "sore": ("endolori", "douloureux"),
    "stabbing": ("poignardant",),
    "strenuous": ("ardu", "épuisant"),
    "stuffy": ("étouffant",),
    "tender": ("tendre", "sensible"),
    "throbbing": ("palpitant", "lancinant"),
    "watery": ("aqueux", "liquide"),
    "wet": ("humide", "mouillé"),
}


def adjective_renderings(english: str) -> tuple[str, ...]:
    """The literal French adjectives of an English adjective (lower case), most literal first, or ``()``."""
    return ADJECTIVE_RENDERINGS.get(english.lower(), ())


__all__ = ["ADJECTIVE_RENDERINGS", "adjective_renderings"]
