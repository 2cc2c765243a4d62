"""The table of check codes: one stable code per kind of finding, with its name and help.

Codes never change meaning once released (as ruff's do); ``--select``/``--ignore`` take a
code, a code prefix (``MG1``), a name (``false-friend``) or a glossary rule id.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection
from dataclasses import dataclass

from ..i18n import N_


@dataclass(frozen=True, slots=True)
class Code:
    """A kind of finding."""

    code: str
    name: str
    summary: str  # English; shown through ``_()`` (the French catalog translates it)
    severity: str
    help: str


CODES: dict[str, Code] = {
    c.code: c
    for c in (
        Code("MG101", "forbidden-term", N_("Forbidden term"), "error",
             "The glossary forbids this term for the concept: the French says something other than the source "
             "means (a known mistranslation); use the preferred term instead."),
        Code("MG102", "deprecated-term", N_("Deprecated term"), "warning",
             "A calque, anglicism, misspelling or outdated term that a reviewer would change for the concept's "
             "preferred term."),
        Code("MG103", "false-friend", N_("False friend"), "error",
             "An English word was translated by a French word that looks alike but means something else here."),
        Code("MG104", "calque", N_("Calque"), "warning",
             "A word-for-word rendering of an English expression where French uses another term."),
        Code("MG105", "wrong-collocation", N_("Wrong collocation"), "warning",
             "The words are French, but do not go together in French medical usage (e.g. « un diagnostic est atteint »)."),
        Code("MG106", "untranslated-acronym", N_("Untranslated acronym"), "warning",
             "An English acronym was left in the French text although French has its own (IVIG → IgIV)."),
        Code("MG107", "duplicated-expansion", N_("Duplicated expansion"), "error",
             "A term and its abbreviation were both expanded, so the same word appears twice "
             "(« intraveineuse ou intraveineuse » for « intravenous (IV) »)."),
        Code("MG108", "register", N_("Wrong register"), "info",
             "A word of another register or variety than the house style (too familiar, too technical, regional)."),
        Code("MG109", "superseded-term", N_("Non-preferred term"), "info",
             "Correct, attested French, but the glossary prefers another term for the concept (house style)."),
        Code("MG110", "generated-calque", N_("Calque"), "warning",
             "A literal rendering of a concept's English term, generated from the glossary and a dictionary, "
             "where French uses the concept's preferred term (« histoire familiale » for « antécédents familiaux »)."),
        Code("MG111", "english-in-french", N_("English left in French"), "warning",
             "English words or an English acronym left untranslated in French prose."),
        Code("MG112", "garbled-acronym", N_("Garbled acronym"), "warning",
             "The letters of a concept's acronym in another order, as machine translation reshuffles them (DCIV for DICV)."),
        Code("MG113", "broken-word", N_("Broken word"), "warning",
             "Two words fused into one or one word split in two (« im munoglobuline »), by a conversion or a translation tool."),
        Code("MG114", "agreement-error", N_("Agreement error"), "warning",
             "A determiner, adjective or attribute that does not agree in gender or number with its noun, or a verb "
             "with its subject (« un infection », « un traitement préventive », « la greffe est réussi », "
             "« les infections peuvent être traité », « les enfants qui est atteints »), as the lexicon reads them."),
        Code("MG115", "wrong-sense", N_("Wrong sense"), "warning",
             "A term French knows with one word in another sense of its English word, as machine translation "
             "takes the everyday one (« échantillon de tabouret » for « échantillon de selles », stool sample)."),
        Code("MG116", "body-part-possessive", N_("Possessive before a body part"), "warning",
             "A possessive where French names the owner of a body part with the article, and a reflexive pronoun "
             "when the subject acts on its own body (« lavez vos mains » → « lavez-vous les mains », « il a cassé sa "
             "jambe » → « il s’est cassé la jambe », « j’ai mal à ma tête » → « j’ai mal à la tête »)."),
        Code("MG117", "imperial-unit", N_("American unit"), "warning",
             "A measurement left in the American units of the source (« 103 °F », « 10 livres », « 2 pouces »); "
             "French needs degrees Celsius and metric units. Silent where the metric value stands beside it."),
        Code("MG118", "literal-rendering", N_("Literal rendering"), "warning",
             "The content words of a concept's English term rendered one by one, in any order and with any "
             "articles, where French uses the concept's preferred term (« le compte des cellules blanches dans "
             "le sang » for « la numération des globules blancs »)."),
        Code("MG119", "neighbour-concept", N_("Neighbour concept"), "warning",
             "A real term of another domain where the sentence speaks of its neighbour, whose term shares its head "
             "(« avant la greffe, la chimiothérapie détruit la moelle épinière du receveur » for « moelle osseuse »), "
             "as machine translation completes an ambiguous English word. Only with strong evidence of the neighbour's domain and none of "
             "the term's own."),
        Code("MG201", "missing-term-translation", N_("Missing term translation"), "info",
             "The source text uses a glossary term whose French preferred or admitted term is absent from the translation."),
        Code("MG202", "inconsistent-translation", N_("Inconsistent translation"), "warning",
             "The same source term is translated differently in different entries."),
        Code("MG203", "source-false-friend", N_("False friend of the source term"), "error",
             "The source says an English term whose known machine-translation error appears in the target."),
        Code("MG204", "untranslated-entry", N_("Entry left in English"), "warning",
             "The translation of an entry of a French catalog is its English source, or English words: "
             "the entry was not translated."),
    )
}

RULE_KIND_CODES = {
    "false-friend": "MG103",
    "calque": "MG104",
    "collocation": "MG105",
    "acronym": "MG106",
    "duplicate": "MG107",
    "register": "MG108",
}


def code_for_rule_kind(kind: str) -> Code:
    """The code of a glossary rule of the given ``type``."""
    return CODES[RULE_KIND_CODES[kind]]


SEVERITIES = ("info", "warning", "error")  # lowest first
"""What each means: *error*, the French says something other than the source means; *warning*,
a calque, anglicism or deprecated term a reviewer would change; *info*, a preference among
correct terms (house style)."""


def severity_at_least(severity: str, threshold: str) -> bool:
    """True if ``severity`` is ``threshold`` or higher (an unknown severity counts as info)."""
    rank = SEVERITIES.index(severity) if severity in SEVERITIES else 0
    return rank >= SEVERITIES.index(threshold)


def selector_matches(selector: str, code: str, rule_id: str | None) -> bool:
    """True if a ``--select``/``--ignore`` item designates this finding."""
    selector = selector.strip()
    if not selector:
        return False
    if selector.upper() == "ALL":
        return True
    if code.startswith(selector.upper()):
        return True
    if CODES.get(code) is not None and CODES[code].name == selector:
        return True
    return rule_id is not None and rule_id == selector


def selector_is_known(selector: str, rule_ids: Collection[str]) -> bool:
    """True if ``selector`` designates at least one code, code name or rule."""
    selector = selector.strip()
    upper = selector.upper()
    return (upper == "ALL" or any(code.startswith(upper) for code in CODES) and upper.startswith("MG")
            or any(c.name == selector for c in CODES.values()) or selector in rule_ids)


def selector_suggestions(selector: str, rule_ids: Collection[str]) -> list[str]:
    """The closest valid codes, names and rule ids to a selector that designates nothing."""
    known = [*CODES, *(c.name for c in CODES.values()), *rule_ids]
    return difflib.get_close_matches(selector.strip(), known, n=3, cutoff=0.6) or difflib.get_close_matches(
        selector.strip().upper(), list(CODES), n=3, cutoff=0.5)
