"""``medgloss rule CODE|RULE_ID``: the documentation of one check, shipped with the package.

As ``ruff rule``: a check code (``MG103``), its name (``false-friend``) or a glossary rule id
(``humidifier-dampen``) prints what it reports, why, its severity, the glossary rules behind
it with their contexts and example sentences, and how to select or silence it.  ``--all``
prints every code.  The HTML report embeds the same text, so its links stay inside the report.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys

from ..errors import UsageError
from ..findings.codes import CODES, RULE_KIND_CODES, Code
from ..glossary.model import Glossary, Rule
from ..i18n import _
from ..report.rule_docs import code_documentation
from .options import add_glossary_options, glossary_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``rule`` sub-command."""
    parser = subparsers.add_parser(
        "rule",
        help=_("show the documentation of a check code or glossary rule"),
        description=_("Explain a check code (MG103), a code name (false-friend) or a glossary rule id."),
    )
    parser.add_argument("name", metavar="CODE|RULE_ID", nargs="?")
    parser.add_argument("--all", action="store_true", help=_("document every check code"))
    parser.add_argument("--format", default="text", choices=["text", "json"], help=_("output format"))
    add_glossary_options(parser)
    parser.set_defaults(func=run)


def rules_of_code(glossary: Glossary, code: Code) -> list[Rule]:
    """The glossary rules whose findings carry ``code``."""
    return [rule for rule in glossary.rules.values() if RULE_KIND_CODES.get(rule.kind) == code.code]


def _context_lines(rule: Rule) -> list[str]:
    context = rule.context
    lines = []
    for label, conditions in ((_("only with"), context.require), (_("not with"), context.unless)):
        for condition in conditions:
            where = {"near": "", "before": _(", before it"), "after": _(", after it"),
                     "object": _(", as its object or the subject of its passive"),
                     "active-object": _(", as its object"), "subject": _(", as its subject"),
                     "qualifies": _(", qualified by it (before it, or as the subject of its attribute)"),
                     "qualifies-next": _(", qualified by it, right after it")}.get(condition.side, "")
            words = ", ".join(f"« {w} »" for w in condition.words)
            lines.append(_("{label}{where}, within {n} words: {words}").format(
                label=label, where=where, n=condition.window, words=words))
    if context.mentions:
        lines.append(_("only where the text mentions: {concepts}").format(concepts=", ".join(context.mentions)))
    if context.before_regex:
        lines.append(_("text before matches: {regex}").format(regex=context.before_regex))
    if context.after_regex:
        lines.append(_("text after matches: {regex}").format(regex=context.after_regex))
    if context.heads:
        lines.append(_("syntactic head among: {lemmas}").format(lemmas=", ".join(context.heads)))
    if context.pos:
        lines.append(_("part of speech: {pos}").format(pos=", ".join(context.pos)))
    return lines


def render_rule(rule: Rule, glossary: Glossary) -> str:
    """A glossary rule as a card: triggers, correction, context, source and examples."""
    code = CODES[RULE_KIND_CODES[rule.kind]]
    concept = glossary.concepts.get(rule.concept)
    right = ", ".join(f"« {r.text} »" for r in rule.replace) or (
        f"« {concept.preferred.text} »" if concept else "—")
    lines = [f"{rule.id}  [{code.code} {code.name}, {rule.severity}]",
             "  " + _("Triggers: {terms}").format(terms=", ".join(f"« {m.text} »" for m in rule.match))]
    if rule.en:
        lines.append("  " + _("English source: {terms}").format(terms=", ".join(f"« {e} »" for e in rule.en)))
    lines.append("  " + _("Correction: {terms}").format(terms=right)
                 + ("" if rule.safe else "  " + _("(never applied automatically)")))
    if concept is not None:
        lines.append("  " + _("Concept: {id} (« {term} »)").format(id=concept.id, term=concept.preferred.text))
    context = _context_lines(rule)
    if context:
        lines.append("  " + _("Context:"))
        lines.extend(f"    - {line}" for line in context)
    if rule.message:
        lines.append("  " + rule.message)
    lines.append("  " + _("Source: {text}").format(text=glossary.sources.get(rule.source, rule.source)))
    for example in rule.examples:
        if example.fixed is not None:
            lines.append(f"  ✗ {example.text}")
            lines.append(f"    → {example.fixed}")
        else:
            lines.append(f"  ✓ {example.text}")
    return "\n".join(lines) + "\n"


def render_code(code: Code, glossary: Glossary) -> str:
    """A check code's documentation, followed by the glossary rules that carry it."""
    title, *paragraphs = code_documentation(code)
    lines = [title, "", *paragraphs[:2]]
    rules = rules_of_code(glossary, code)
    if rules:
        lines.append(_("Glossary rules with this code: {count}").format(count=len(rules)))
        for rule in rules[:12]:
            match = ", ".join(m.text for m in rule.match)
            lines.append(f"  {rule.id}: « {match} »")
        if len(rules) > 12:
            lines.append("  " + _("… and {count} more (medgloss rule RULE_ID shows one)").format(count=len(rules) - 12))
    lines += ["", *paragraphs[2:]]
    return "\n".join(lines) + "\n"


def find_code(name: str) -> Code | None:
    """The code designated by ``name`` (``MG103`` in any case, or ``false-friend``)."""
    if name.upper() in CODES:
        return CODES[name.upper()]
    return next((code for code in CODES.values() if code.name == name), None)


def run(args: argparse.Namespace) -> int:
    """Print the documentation asked for."""
    glossary = glossary_from_args(args)
    if args.all:
        texts = [render_code(code, glossary) for code in CODES.values()]
        data: object = [{"code": c.code, "name": c.name, "summary": c.summary, "severity": c.severity,
                         "help": c.help, "rules": [r.id for r in rules_of_code(glossary, c)]} for c in CODES.values()]
    elif not args.name:
        raise UsageError(_("give a check code, a code name or a rule id (or --all)"))
    else:
        code = find_code(args.name)
        rule = glossary.rules.get(args.name)
        if code is not None:
            texts = [render_code(code, glossary)]
            data = {"code": code.code, "name": code.name, "summary": code.summary, "severity": code.severity,
                    "help": code.help, "rules": [r.id for r in rules_of_code(glossary, code)]}
        elif rule is not None:
            texts = [render_rule(rule, glossary)]
            data = rule_to_dict(rule)
        else:
            known = [*CODES, *(c.name for c in CODES.values()), *glossary.rules]
            close = difflib.get_close_matches(args.name, known, n=3, cutoff=0.6)
            hint = _(" (did you mean {names}?)").format(names=", ".join(close)) if close else ""
            raise UsageError(_("no check code or rule named {name!r}{hint}").format(name=args.name, hint=hint))
    if args.format == "json":
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write("\n".join(texts))
    return 0


def rule_to_dict(rule: Rule) -> dict[str, object]:
    """A glossary rule as JSON-ready data."""
    return {
        "rule": rule.id, "code": RULE_KIND_CODES[rule.kind], "kind": rule.kind, "concept": rule.concept,
        "severity": rule.severity, "match": [m.text for m in rule.match], "replace": [r.text for r in rule.replace],
        "en": list(rule.en), "safe": rule.safe, "message": rule.message, "source": rule.source,
        "context": _context_lines(rule),
        "examples": [{"text": e.text, "fixed": e.fixed} for e in rule.examples],
    }
