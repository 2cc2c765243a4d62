"""Where a negation or a short adverb goes in a verb phrase of several words.

A verb of one word replaced by a verb phrase (« mûrissent » → « arrivent à maturité »,
« soigne » → « prend en charge ») must take the negation and the short adverbs that follow the
conjugated verb into the phrase, after its verb: « ne mûrissent pas » → « n’arrivent pas à
maturité », « mûrissent mal » → « arrivent mal à maturité », never « arrivent à maturité pas ».
French puts « pas », « plus », « jamais » and the short adverbs right after the conjugated verb
(Grevisse, *Le Bon Usage*, § 1022 and § 981).

It knows words only: never the glossary or the checks.
"""

from __future__ import annotations

import re

# The words that stand right after the conjugated verb, before its complements: the second
# part of a negation and the short adverbs of manner and time.
PARTICLES = frozenset("pas plus jamais guère point mal bien toujours encore déjà vite souvent".split())
# A phrase whose rest opens with an indefinite or partitive article changes it under a negation
# (« prend une décision » → « ne prend pas de décision »): left as it is.
_ARTICLES = frozenset("un une des du de".split())
_WORD = re.compile(r"\s*([^\W\d_]+)", re.UNICODE)
# A pronominal phrase's pronoun stands before the verb, not after it.
_PRONOUNS = ("se ", "s’", "s'")


def phrase_around(replacement: str, text: str, end: int) -> tuple[int, str] | None:
    """The verb phrase ``replacement`` with the particles that follow ``end`` in ``text`` put
    after its verb, and the offset the edit must reach; ``None`` when no particle follows, the
    replacement is one word, pronominal, or a negation would change its article."""
    if " " not in replacement or replacement.lower().startswith(_PRONOUNS):
        return None
    verb, rest = replacement.split(" ", 1)
    particles: list[str] = []
    reach = end
    while (found := _WORD.match(text, reach)) and found.group(1).lower() in PARTICLES:
        particles.append(found.group(1))
        reach = found.end()
    if not particles:
        return None
    negated = any(p.lower() in ("pas", "plus", "jamais", "guère", "point") for p in particles)
    if negated and rest.split(" ", 1)[0].lower() in _ARTICLES:
        return None
    return reach, " ".join((verb, *particles, rest))


__all__ = ["PARTICLES", "phrase_around"]
