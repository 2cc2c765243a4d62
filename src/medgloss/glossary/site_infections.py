"""Infections named by their site: the rules a ``site_infections:`` table generates.

English names many infections by the organ they sit in (« ear infection », « sinus
infection », « bladder infection »); machine translation renders them word for word
(« une infection de l’oreille », « des infections aux oreilles », « une infection des
sinus ») where French names the disease (« une otite », « une sinusite », « une cystite »).
A table pairs each organ (its French noun, gender, plural) with its disease, each pair with
its source; from one pair this module makes one calque rule whose triggers are every way a
word-for-word translation links « infection » to the organ:

- « de » with the definite article (« infection de l’oreille », « du rein », « des sinus »),
- « de » without it (« infection d’oreille », « infection de vessie »: Canadian French usage
  and MT),
- « à » with the article (« infection à l’oreille », « aux oreilles », « au rein »).

Nor where a second site is coordinated with the first (« infection des os et des
articulations »): the disease names the first one only.

The relational adjective (« infection pulmonaire », « infection urinaire ») is French and is
never generated.  A sentence that names the disease already (« L’otite est une infection de
l’oreille moyenne ») defines it: the rule stays silent there.  The head « infection » is
inflected by the compiler like any rule term (« infections de l’oreille »), and the fix puts
the disease in the hit's number (« des otites »).

It must not read documents or decide findings; it only generates rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text.typography import french
from .model import Context, Example, Rule, RuleTerm, WordCondition

_VOWELS = "aeiouyéèêâîôûœh"
# How far the disease's own name vetoes the rule: the sentence that defines it.
_DEFINITION_WINDOW = 20
# A second site coordinated with the first (« infection des os et des articulations »): the
# disease would be the first site's only, and « une ostéomyélite et des articulations » is no
# French; the rule stays silent there.
_COORDINATED = tuple(f"{c} {d}" for c in ("et", "ou") for d in ("de", "du", "des", "d’", "de la", "de l’", "à", "au", "aux", "à la", "à l’"))


@dataclass(frozen=True, slots=True)
class Site:
    """An organ as French names it: singular, plural, gender."""

    singular: str
    plural: str
    gender: str


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteInfection:
    """One pair of the table: an organ and the disease its infection is called in French."""

    id: str
    concept: str
    en: tuple[str, ...]
    site: Site
    disease: RuleTerm  # the French disease noun (« otite »), with its gender
    disease_forms: tuple[str, ...]  # its words that name it in the sentence (« otite », « otites »)
    source: str
    examples: tuple[Example, ...]
    severity: str | None = None
    admitted_in: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()  # more words near the hit that show another sense
    message: str | None = None
    path: str | None = None
    line: int | None = None


def _elides(word: str) -> bool:
    return word[:1].lower() in _VOWELS


def site_phrases(site: Site) -> list[str]:
    """The complements a word-for-word translation gives « infection » for ``site``, each once:
    « de l’oreille », « des oreilles », « d’oreille », « aux oreilles », « à l’oreille »."""
    one, many = site.singular, site.plural
    if _elides(one):
        definite, bare, to = f"de l’{one}", f"d’{one}", f"à l’{one}"
    elif site.gender == "m":
        definite, bare, to = f"du {one}", f"de {one}", f"au {one}"
    else:
        definite, bare, to = f"de la {one}", f"de {one}", f"à la {one}"
    phrases = [definite, f"des {many}", bare, to, f"aux {many}"]
    if _elides(many) and many != one:
        phrases.append(f"d’{many}")  # « infection d’oreilles » (Canadian usage)
    return list(dict.fromkeys(phrases))


def site_infection_rule(spec: SiteInfection) -> Rule:
    """The calque rule of one pair: « infection » + each complement of :func:`site_phrases`,
    replaced by the disease, silent where the sentence names the disease."""
    match = tuple(RuleTerm(f"infection {phrase}", "noun", "f") for phrase in site_phrases(spec.site))
    unless = [WordCondition(spec.disease_forms, _DEFINITION_WINDOW, "near"), WordCondition(_COORDINATED, 1, "after")]
    if spec.unless:
        unless.append(WordCondition(spec.unless, 6, "near"))
    disease = spec.disease.text
    message = spec.message or (
        f"Une infection {site_phrases(spec.site)[0]} se dit « {disease} » ; l’anglais nomme "
        f"l’organe (« {spec.en[0]} »), le français nomme la maladie.")
    return Rule(
        id=f"infection-{spec.id}",
        kind="calque",
        concept=spec.concept,
        match=match,
        replace=(spec.disease,),
        context=Context(unless=tuple(unless)),
        examples=spec.examples,
        source=spec.source,
        en=spec.en,
        message=french(message),
        severity=spec.severity,
        admitted_in=spec.admitted_in,
        path=spec.path,
        line=spec.line,
    )


def site_infection_rules(specs: list[SiteInfection]) -> list[Rule]:
    """One rule per pair of the table."""
    return [site_infection_rule(spec) for spec in specs]
