"""``medgloss lookup``: show the concept behind a term."""

from __future__ import annotations

import argparse
import json
import sys

from ..glossary.model import Concept, Glossary
from ..i18n import N_, _
from ..matching.lookup import lookup, lookup_rules
from .options import add_glossary_options, glossary_from_args
from .rule_cmd import render_rule, rule_to_dict


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``lookup`` sub-command."""
    parser = subparsers.add_parser(
        "lookup",
        help=_("show the concept of a term (French or English, any inflection)"),
        description=_("Find a term in either language and print its concept."),
    )
    parser.add_argument("term", metavar="TERM")
    parser.add_argument("--format", default="text", choices=["text", "json"], help=_("output format"))
    add_glossary_options(parser)
    parser.set_defaults(func=run)


def concept_to_dict(concept: Concept, glossary: Glossary) -> dict[str, object]:
    """A concept as JSON-ready data."""
    return {
        "concept": concept.id,
        "domain": concept.domain,
        "en": list(concept.en),
        "preferred": concept.preferred.text,
        "terms": [
            {"term": t.text, "status": t.status.value, "pos": t.pos, "gender": t.gender,
             "abbreviation": t.abbreviation, "use": concept.correction_for(t) if t.status.is_wrong else None,
             "note": t.note}
            for t in concept.terms
        ],
        "definition": concept.definition,
        "note": concept.note,
        "source": concept.source,
        "source_title": glossary.sources.get(concept.source),
    }


# Labels of the card, translated at display time.
_LABELS = {
    "preferred": N_("preferred"),
    "admitted": N_("admitted"),
    "superseded": N_("superseded"),
    "deprecated": N_("deprecated"),
    "forbidden": N_("forbidden"),
    "abbreviation": N_("abbreviation"),
    "false-friend": N_("false friend"),
    "calque": N_("calque"),
    "collocation": N_("wrong collocation"),
    "acronym": N_("English acronym"),
    "register": N_("wrong register"),
    "duplicate": N_("duplicated expansion"),
}


def render_text(concept: Concept, glossary: Glossary) -> str:
    """A concept as a human-readable card."""
    lines = [f"{concept.preferred.text}  [{concept.id}]  ({concept.domain})"]
    lines.append(f"  EN: {', '.join(concept.en)}")
    for term in concept.terms:
        grammar = ", ".join(x for x in (term.pos, term.gender) if x)
        suffix = f" ({grammar})" if grammar else ""
        if term.status.has_correction:
            # ✗ must be replaced; ~ is correct French that the house style replaces.
            mark = "  ✗ " if term.status.is_wrong else "  ~ "
            lines.append(mark + _("{label}: {term}").format(
                label=_(_LABELS[term.status.value]), term=f"{term.text}{suffix} → {concept.correction_for(term)}"))
        else:
            label = "abbreviation" if term.abbreviation else term.status.value
            lines.append("  ✓ " + _("{label}: {term}").format(label=_(_LABELS[label]), term=f"{term.text}{suffix}"))
        if term.note:
            lines.append(f"      {term.note}")
    if concept.definition:
        lines.append("  " + _("Definition: {text}").format(text=concept.definition))
    for rule in glossary.rules.values():
        if rule.concept == concept.id and rule.en:
            wrong = ", ".join(m.text for m in rule.match)
            right = ", ".join(r.text for r in rule.replace) or concept.preferred.text
            lines.append("  ✗ " + _("{label}: {term}").format(
                label=_(_LABELS.get(rule.kind, rule.kind)), term=f"{wrong} (EN « {', '.join(rule.en)} ») → {right}"))
    if concept.note:
        lines.append("  " + _("Note: {text}").format(text=concept.note))
    lines.append("  " + _("Source: {text}").format(text=glossary.sources.get(concept.source, concept.source)))
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Print the concepts of the term and the rules it triggers; exit 1 if there is neither."""
    glossary = glossary_from_args(args)
    concepts = lookup(glossary, args.term)
    rules = lookup_rules(glossary, args.term)
    if args.format == "json":
        data = [concept_to_dict(c, glossary) for c in concepts] + [rule_to_dict(r) for r in rules]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        if not concepts and not rules:
            print(_("No concept or rule found for « {term} ».").format(term=args.term))
        sys.stdout.write("\n".join([*(render_text(c, glossary) for c in concepts),
                                     *(render_rule(r, glossary) for r in rules)]))
    return 0 if concepts or rules else 1
